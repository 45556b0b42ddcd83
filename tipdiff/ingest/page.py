"""A saved page's blocks to clean paragraphs: the page title set aside, chrome removed and listed.

The HTML reader (`tipdiff.ingest.html`) has already dropped the page furniture it knows by structure
(navigation, share widgets, web-archive toolbars); what is left and known only by its words (a republication's
citation block, an "extracted from the ... Report" line, an archive banner pasted as text) is removed here by
the profile's `chrome` patterns, at the top and bottom of the text, and around the report's own title.
"""

from __future__ import annotations

from tipdiff.errors import InputError
from tipdiff.ingest.html import Page
from tipdiff.ingest.text import CleanText, strip_chrome
from tipdiff.profile import Profile


def clean_page(encoding: str, warnings: list[str], path: str, profile: Profile, page: Page) -> CleanText:
    """Paragraphs, block numbers (1-based, standing in for lines), removed chrome and heading levels of a page.

    Raises InputError when nothing but chrome is left.
    """
    paragraphs = [b.text for b in page.blocks]
    levels = [b.level for b in page.blocks]
    numbers = list(range(1, len(paragraphs) + 1))  # for a page, "line" is the block number
    removed = list(page.removed)
    if paragraphs and levels[0] == 1 and not (profile.title and profile.title.fullmatch(paragraphs[0])):
        # the page's h1 ("Veridia") when the narrative carries its own title ("VERIDIA: Tier 2 Watch List")
        removed.append(paragraphs.pop(0))
        levels.pop(0)
        numbers.pop(0)
    removed += strip_chrome(paragraphs, profile, levels, numbers)
    if paragraphs and profile.title and profile.title.fullmatch(paragraphs[0]):
        # chrome between the report's title and its text ("Read a Section: China", a republisher's banner)
        title = (paragraphs.pop(0), levels.pop(0), numbers.pop(0))
        removed += strip_chrome(paragraphs, profile, levels, numbers)
        paragraphs.insert(0, title[0])
        levels.insert(0, title[1])
        numbers.insert(0, title[2])
    if not paragraphs:
        raise InputError("has no report text (no paragraphs or headings in its main content); expected a saved "
                         "report page", path=path)
    return CleanText(tuple(paragraphs), tuple(numbers), tuple(removed), tuple(warnings), encoding, tuple(levels),
                     page.series)
