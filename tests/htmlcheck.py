"""Read an HTML page the way the tests need it: ids, links, elements by class, outside resources.

Built on the standard library's HTML parser, so the tests check the bytes a browser gets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import ClassVar


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children_tags: list[str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class Page(HTMLParser):
    """Every element with its attributes and its text (all text inside it, tags removed)."""

    VOID: ClassVar[set[str]] = {"meta", "input", "br", "img", "link", "hr", "col", "source", "wbr", "area", "base", "embed"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        for parent in self._open:
            parent.children_tags.append(tag)
        self.elements.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    @property
    def ids(self) -> list[str]:
        return [e.attrs["id"] for e in self.elements if "id" in e.attrs]

    def by_id(self, ident: str) -> Element:
        return next(e for e in self.elements if e.attrs.get("id") == ident)

    def by_class(self, name: str, tag: str | None = None) -> list[Element]:
        return [e for e in self.elements if name in e.classes and (tag is None or e.tag == tag)]

    def tags(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def local_links(self) -> list[str]:
        return [e.attrs["href"][1:] for e in self.tags("a") if e.attrs.get("href", "").startswith("#")]

    def outside_resources(self) -> list[str]:
        """Anything the page would fetch: src attributes, stylesheets, imports, url() references."""
        out = [e.attrs["src"] for e in self.elements if "src" in e.attrs]
        out += [e.attrs.get("href", "") for e in self.tags("link")]
        out += [e.attrs["xlink:href"] for e in self.elements if "xlink:href" in e.attrs
                and not e.attrs["xlink:href"].startswith("#")]
        for style in self.tags("style"):
            if "url(" in style.text or "@import" in style.text:
                out.append("style: url()/@import")
        return out
