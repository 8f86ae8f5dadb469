"""The Markdown extension that passes the generated pages' ready HTML through."""

from __future__ import annotations

import markdown

from timeline.site.html_block import HTML_START, GeneratedHtmlExtension, html_block


def convert(text: str) -> str:
    return markdown.Markdown(extensions=[GeneratedHtmlExtension()]).convert(text)


def test_ready_html_passes_through_and_the_markdown_around_it_renders() -> None:
    paragraph = html_block("<p>*b* &amp;</p>\n")
    bullets = html_block("<ul>\n<li>d</li>\n</ul>\n")
    text = f"*a*\n\n{paragraph}\n*c*\n\n{bullets}"
    assert convert(text) == (
        "<p><em>a</em></p>\n<p>*b* &amp;</p>\n<p><em>c</em></p>\n<ul>\n<li>d</li>\n</ul>"
    )


def test_without_an_end_marker_the_lines_stay_ordinary_markdown() -> None:
    assert convert(f"{HTML_START}\n\n*a*\n") == f"{HTML_START}\n\n<p><em>a</em></p>"


def test_without_the_extension_the_block_is_ordinary_raw_html() -> None:
    text = html_block("<p>*b*</p>\n")
    assert "<p>*b*</p>" in markdown.Markdown().convert(text)
