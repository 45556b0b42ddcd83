"""Write fixtures/html/veridia-2021.html: the 2021 Veridia narrative (our own text) inside a state.gov-like page
template, with the navigation, "On This Page" table of contents, share widget, report-nav and footer that
tipdiff must leave out.

    python tools/make_html_fixture.py
"""

from __future__ import annotations

import html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADINGS = {"PRIORITIZED RECOMMENDATIONS:", "PROSECUTION", "PROTECTION", "PREVENTION", "TRAFFICKING PROFILE"}


def main() -> None:
    text = (ROOT / "fixtures/series/veridia/2021.txt").read_bytes().decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    body = []
    for paragraph in (p.strip() for p in text.split("\n\n") if p.strip()):
        if paragraph.startswith("VERIDIA:"):
            body.append(f'<h2 class="report__section-title">{html.escape(paragraph)}</h2>')
        elif paragraph in HEADINGS:
            body.append(f'<h3 class="report__section-subtitle">{html.escape(paragraph)}</h3>')
        else:
            body.append(f"<p>{html.escape(paragraph)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Veridia - United States Department of State</title>
<script>document.addEventListener("DOMContentLoaded", function() {{ window.x = 1; }});</script>
<style>.hidden {{ display: none; }}</style></head>
<body>
<div class="header_banner_content">An official website of the United States Government Here's how you know</div>
<header class="site-header nav__main-header"><nav class="site-nav site-nav--primary nav__nav">
<ul><li><a href="/">Home</a></li><li><a href="/reports">Reports</a></li><li>Countries &amp; Areas</li></ul></nav></header>
<div class="site-content" id="content"><main>
<span class="bc_content"><a href="https://www.state.gov/reports/2021-trafficking-in-persons-report/">2021 Trafficking in Persons Report</a></span>
<section class="report-header"><h1 class="report-header__headline">Veridia</h1>
<div class="report-meta__link report-meta__link--download-pdf"><a href="#">Download PDF</a></div></section>
<nav class="report-toc"><h3>On This Page</h3><ul><li>Prosecution</li><li>Protection</li><li>Prevention</li></ul></nav>
<div class="report__content" id="report_content">
<div class="share-widget social"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
{chr(10).join(body)}
</div>
<nav class="report-nav" id="report-nav"><h2>View report by:</h2><h3>On This Page</h3></nav>
</main></div>
<footer class="site-footer footer"><h2>U.S. Department of State</h2><h4>The Lessons of 1989: Freedom and Our Future</h4>
<a href="/privacy">Privacy Policy</a></footer>
</body></html>
"""
    (ROOT / "fixtures/html/veridia-2021.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
