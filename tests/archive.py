"""Web-archive captures of a saved page, built by the tests (our own wrapper, written from what archives inject).

`wayback(page)` does what the Internet Archive's Wayback Machine does to a page it serves: its scripts and
styles in the head, the toolbar and banner ("The Wayback Machine - https://web.archive.org/web/TS/URL") at the top
of the body, every link and image rewritten to /web/TIMESTAMP/URL, the page wrapped in an extra <div>, and the
capture comments at the end. `archive_today(page)` does what archive.today does: scripts removed, a header with
"webpage capture" / "Saved from" / snapshot links on top, and the page wrapped in two extra <div>s.
"""

from __future__ import annotations

import re

TIMESTAMP = "20231215083000"
ORIGIN = "https://www.state.gov"

_HEAD = (
    '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>\n'
    '<script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{};</script>\n'
    '<script type="text/javascript">__wm.init("https://web.archive.org/web");</script>\n'
    '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1">\n'
    "<!-- End Wayback Rewrite JS Include -->\n"
)
_TOOLBAR = (
    "<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n"
    '<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;">'
    '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">'
    '<div id="wm-ipp-inside"><table style="width:100%"><tr>'
    '<td class="logo"><a href="/web/">Wayback Machine</a></td>'
    '<td><form target="_top" method="get" action="/web/submit"><input type="text" name="url" value="{url}"></form></td>'
    '<td class="n"><a href="/web/20231101000000*/{url}">Nov</a> <b>DEC</b> <a href="/web/2024*/{url}">Jan</a></td>'
    '<td class="c"><a href="/web/{ts}*/{url}">1,284 captures</a><br>12 Apr 2024 - 30 Nov 2026</td>'
    '<td class="r"><a href="#close">Close</a> <a href="#help">Help</a> <a href="#about">About this capture</a></td>'
    "</tr></table></div></div>"
    '<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{url}</div></div>\n'
    '<div id="donato" style="position:relative;width:100%;"><div id="donato-base">'
    "<p>Please donate today. Your generosity preserves knowledge for future generations. Thank you.</p>"
    "</div></div>\n"
    "<!-- END WAYBACK TOOLBAR INSERT -->\n"
)
_TAIL = (
    "\n<!--\n     FILE ARCHIVED ON 08:30:00 Dec 15, 2023 AND RETRIEVED FROM THE\n"
    "     INTERNET ARCHIVE ON 10:00:00 Nov 30, 2026.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->\n"
    "<!--\nplayback timings (ms):\n  captures_list: 0.61\n  load_resource: 120.2\n-->"
)
_ATTR = re.compile(r'\b(href|src|action)="([^"#][^"]*)"')
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def _rewrite(match: re.Match[str]) -> str:
    name, target = match.group(1), match.group(2)
    if target.startswith(("mailto:", "javascript:", "data:", "tel:")):
        return match.group(0)
    absolute = target if target.startswith("http") else ORIGIN + ("" if target.startswith("/") else "/") + target
    flag = "im_" if name == "src" else ""
    return f'{name}="/web/{TIMESTAMP}{flag}/{absolute}"'


def _wrap_body(page: str, before: str, after: str) -> str:
    opened = _BODY_OPEN.search(page)
    closed = _BODY_CLOSE.search(page)
    assert opened and closed, "the page has a <body>"
    return page[:opened.end()] + before + page[opened.end():closed.start()] + after + page[closed.start():]


def wayback(page: str, url: str = ORIGIN + "/reports/country-page/") -> str:
    """The page as the Wayback Machine serves it (and as a browser then saves it)."""
    page = _ATTR.sub(_rewrite, page)
    head = _HEAD_OPEN.search(page)
    assert head, "the page has a <head>"
    page = page[:head.end()] + _HEAD + page[head.end():]
    toolbar = _TOOLBAR.format(url=url, ts=TIMESTAMP)
    page = _wrap_body(page, toolbar + '<div id="wm-page-wrapper" class="wb-autoscroll">', "</div>")
    return page + _TAIL


def archive_today(page: str, url: str = ORIGIN + "/reports/country-page/") -> str:
    """The page as archive.today saves it: no scripts, its header on top, the page wrapped twice."""
    page = _SCRIPT.sub("", page)
    header = (
        '<div id="HEADER" style="background-color:#EEEEEE;">'
        '<table><tr><td>archive.today<br>webpage capture</td>'
        f'<td>Saved from <a href="{url}">{url}</a></td><td>search</td><td>15 Dec 2023 08:30:00 UTC</td></tr>'
        '<tr><td colspan="4">All snapshots from host www.state.gov</td></tr>'
        '<tr><td>Webpage</td><td>Screenshot</td><td>share</td><td>download .zip</td><td>report bug or abuse</td></tr>'
        "</table></div>\n"
    )
    return _wrap_body(page, header + '<div id="CONTENT"><div class="html1"><div class="html">', "</div></div></div>")
