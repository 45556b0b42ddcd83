"""The coloured terminal report: header, findings, per-part summary, then the changes with inline highlights.

Without colour (piped, NO_COLOR, --color never) edits are marked git-style, [-deleted-]{+inserted+}, so the
report still reads in a log file.

Report text (titles, country names, part headings, quotes) is never rich markup: it is passed as `Text`, and
the console is made with `markup=False`, so "Westland [/]" or "[bold]" in a page title is shown as written.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tipdiff.diff import change_words
from tipdiff.model import CHANGE_KINDS, Change, Comparison, Report, SectionDiff
from tipdiff.render import typography_note
from tipdiff.render.common import part_title, restricted, tiers_shown
from tipdiff.wording import count, plural

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MARK = {"edited": "~", "moved": ">", "split": "~", "merged": "~", "added": "+", "removed": "-"}
STYLE = {"edited": "yellow", "moved": "magenta", "split": "yellow", "merged": "yellow", "added": "green", "removed": "red"}
MINOR_EDIT = 0.6  # below this similarity an edit is shown old / new rather than word by word


def header(comparison: Comparison) -> Panel:
    old, new = comparison.old, comparison.new
    country = old.country if old.country == new.country else f"{old.country or '?'} / {new.country or '?'}"
    line = Text()
    line.append(f"{old.label} -> {new.label}", style="bold")
    tiers = tiers_shown(comparison)
    if tiers is not None:
        line.append("   ")
    if tiers is not None and old.tier == new.tier:
        line.append(f"{tiers[1]} (unchanged)" if new.tier else tiers[1])
    elif tiers is not None:
        line.append(tiers[0], style="red")
        line.append(" -> ")
        line.append(tiers[1], style="bold green")
    # report text is never markup: a str title would be parsed by rich ("Westland [/]" raises), so a Text it is
    return Panel(line, title=Text(country or "Unknown country", style="bold"), title_align="left", expand=True)


def summary(comparison: Comparison, sections: tuple[SectionDiff, ...]) -> Table:
    table = Table(title=None, expand=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("part")
    # split and merged get a column only when some part has one
    kinds = [k for k in CHANGE_KINDS if k not in ("split", "merged") or any(s.count(k) for s in sections)]
    for kind in kinds:
        table.add_column(kind, justify="right")
    for section in sections:
        table.add_row(part_title(comparison, section.name), *[str(section.count(k)) for k in kinds])
    return table


def inline(change: Change, color: bool) -> Text:
    text = Text()
    for op in change_words(change):
        if op.op == 0:
            text.append(op.text)
        elif op.op == -1:
            text.append(op.text if color else f"[-{op.text}-]", style="red strike" if color else None)
        else:
            text.append(op.text if color else f"{{+{op.text}+}}", style="bold green" if color else None)
    return text


def _indent(text: Text) -> Padding:
    return Padding(text, (0, 0, 0, 2), expand=False)


def _change_lines(change: Change, comparison: Comparison, color: bool) -> list[Text | Padding]:
    kind = change.kind
    label = Text(f"{MARK[kind]} {kind}", style=f"bold {STYLE[kind]}")
    if kind == "moved":
        label.append(f" from {part_title(comparison, change.from_section)}" if change.from_section != change.section
                     else " within part")
    if kind == "split":
        label.append(f" into {count(len(change.new_units), 'sentence')}")
    if kind == "merged":
        label.append(f" from {count(len(change.old_units), 'sentence')}")
    if kind in ("split", "merged") and change.from_section and change.from_section != change.section:
        label.append(f", moved from {part_title(comparison, change.from_section)}")
    if kind in ("edited", "moved", "split", "merged") and change.similarity < 1:
        label.append(f" ({change.similarity:.0%} similar)", style="dim")
    lines: list[Text | Padding] = [label]
    if kind == "added":
        lines.append(_indent(Text(change.new_text, style="green")))
    elif kind == "removed":
        lines.append(_indent(Text(change.old_text, style="red")))
    elif not change.text_changed:
        lines.append(_indent(Text(change.new_text)))
    elif change.similarity >= MINOR_EDIT:
        lines.append(_indent(inline(change, color)))
    else:
        lines.extend(_old_new(change.old_text, change.new_text))
    return lines


def _old_new(old: str, new: str) -> list[Padding]:
    return [_indent(Text("old: ", style="dim") + Text(old, style="red")),
            _indent(Text("new: ", style="dim") + Text(new, style="green"))]


def _capped(items: list[list[Text | Padding]], limit: int | None, what: str) -> list[Text | Padding]:
    """The first `limit` items (--max-items), then '… and 3 more changes' (all of them when limit is None)."""
    shown = items if limit is None else items[:limit]
    out = [line for item in shown for line in item]
    if len(items) > len(shown):
        rest = len(items) - len(shown)
        out.append(Text(f"… and {rest:,} more {what if rest == 1 else plural(what)}", style="dim"))
    return out


def section_body(section: SectionDiff, comparison: Comparison, color: bool,
                 limit: int | None = None) -> list[Text | Padding]:
    """The part's changes, each a few lines; with `limit` (--max-items) the first that many, the rest counted."""
    items: list[list[Text | Padding]] = []
    shown_groups: set[int] = set()
    for change in section.changes:
        if change.rewrite_group is not None:
            if change.rewrite_group in shown_groups:
                continue
            shown_groups.add(change.rewrite_group)
            rewrite = next(r for r in section.rewrites if r.group == change.rewrite_group)
            items.append([Text("~ paragraph rewritten", style="bold yellow"),
                          *_old_new(rewrite.old_text, rewrite.new_text)])
            continue
        if change.kind != "unchanged":
            items.append(_change_lines(change, comparison, color))
    for other in comparison.sections:
        for change in other.changes:
            if change.from_section != section.name or other.name == section.name:
                continue
            if change.kind not in ("moved", "split", "merged"):
                continue
            how = {"moved": "moved", "split": "split into two sentences and moved",
                   "merged": "merged from two sentences and moved"}[change.kind]
            items.append([Text(f"> {how} to {part_title(comparison, other.name)}", style="dim magenta"),
                          _indent(Text(change.old_text, style="dim"))])
    return _capped(items, limit, "change")


def findings_block(comparison: Comparison, only_section: str | None = None,
                   limit: int | None = None) -> list[Text | Padding]:
    items: list[list[Text | Padding]] = []
    for finding in restricted(comparison, only_section).findings:
        out: list[Text | Padding] = []
        items.append(out)
        line = Text()
        line.append(f"{finding.severity.upper():8}", style=SEVERITY_STYLE.get(finding.severity, ""))
        line.append(finding.message, style="bold")
        line.append(f"  [{finding.rule} · {part_title(comparison, finding.section)}]", style="dim")
        out.append(line)
        if finding.old:
            out.append(Padding(Text("was: ", style="dim") + Text(finding.old, style="red"), (0, 0, 0, 4), expand=False))
        if finding.new:
            out.append(Padding(Text("now: ", style="dim") + Text(finding.new, style="green"), (0, 0, 0, 4), expand=False))
    return _capped(items, limit, "finding")


def render(comparison: Comparison, console: Console, *, only_section: str | None = None,
           max_items: int | None = None) -> None:
    """The terminal report; `only_section` (--section) keeps one part, `max_items` (--max-items) shows at most
    that many findings and that many changes per part, and counts the rest."""
    color = console.color_system is not None
    sections = tuple(s for s in comparison.sections if only_section in (None, s.name))
    console.print(header(comparison))
    for line in comparison.context:
        console.print(Text(line, style="bold"))
    for warning in comparison.warnings:
        console.print(Text("warning: ", style="yellow") + Text(warning))
    if restricted(comparison, only_section).findings:
        console.print(Rule(Text("Findings", style="bold"), align="left"))
        for block in findings_block(comparison, only_section, max_items):
            console.print(block)
    note = typography_note(sections)
    if comparison.identical:
        console.print(Text("No changes: the two texts are the same, part by part.", style="bold green"))
        if note:
            console.print(Text(note, style="dim"))
        return
    console.print(Rule(Text("Summary", style="bold"), align="left"))
    console.print(summary(comparison, sections))
    if note:
        console.print(Text(note, style="dim"))
    for section in sections:
        body = section_body(section, comparison, color, max_items)
        if not body:
            continue
        title = part_title(comparison, section.name).upper()
        if len(title) + 4 > console.width:  # a long heading is written whole, never cut to fit a rule's title
            console.print(Rule())
            console.print(Text(title, style="bold"))
        else:
            console.print(Rule(Text(title, style="bold"), align="left"))
        console.print(Group(*body))


def render_sections(report: Report, console: Console, *, units: bool = False) -> None:
    """`tipdiff sections`: how a file was split, so a user can check a new paste; `units` (--units) lists each
    part's sentences and items after the table, numbered as their ids are ('prosecution-3')."""
    tier = report.tier or ("tier not found" if report.profile.has_tiers else None)
    head = Text(f"{report.country or 'Unknown country'} · {report.year or 'year?'} ({report.year_source})"
                + (f" · {tier}" if tier else ""), style="bold")
    console.print(head)
    for warning in report.warnings:
        console.print(Text("warning: ", style="yellow") + Text(warning))
    if report.removed_chrome:
        console.print(Text(f"removed {count(len(report.removed_chrome), 'line', digits=True)} of page chrome:", style="dim"))
        for line in report.removed_chrome:
            console.print(Text(f"  - {line}", style="dim"), no_wrap=True, overflow="ellipsis")
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("part", no_wrap=True, overflow="ellipsis", max_width=max(15, console.width // 3))
    table.add_column("line", justify="right", no_wrap=True, min_width=4)
    table.add_column("units", justify="right", no_wrap=True, min_width=5)
    table.add_column("starts with", overflow="ellipsis", no_wrap=True, max_width=max(20, console.width - 32))
    for section in report.sections:
        count_of = len(report.units_in(section.name)) if section.paragraphs else 0
        first = section.heading or (section.paragraphs[0] if section.paragraphs else "")
        table.add_row(section.name, str(section.line), str(count_of), first)
    console.print(table)
    if not units:
        return
    for name in report.section_names():
        console.print(Rule(Text(name, style="bold"), align="left"))
        for unit in report.units_in(name):
            console.print(Text(f"{unit.id}  ", style="dim") + Text(unit.text))
