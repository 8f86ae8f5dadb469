"""A Markdown extension that passes the generated pages' ready HTML through unparsed.

Event pages are mostly HTML the renderer has built and escaped itself. As a
raw HTML block, MkDocs and Python-Markdown would each run it through Python's
HTML parser, which costs more per page than the rest of its Markdown; between
:data:`HTML_START` and :data:`HTML_END` it goes to Python-Markdown's HTML stash
as it is. Without this extension (another builder reading the output of
``timeline render``) the same lines are an ordinary raw HTML block.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

HTML_START = "<!-- timeline:html -->"
HTML_END = "<!-- /timeline:html -->"


def html_block(html: str) -> str:
    """Ready, escaped HTML (whole lines) as Markdown that this extension passes through."""
    return f"{HTML_START}\n{html}{HTML_END}\n"


class GeneratedHtmlExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After whitespace normalisation (30), before MkDocs' (21) and
        # Python-Markdown's (20) raw HTML preprocessors.
        md.preprocessors.register(_StashGeneratedHtml(md), "timeline_html", 25)


class _StashGeneratedHtml(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if HTML_START not in lines:
            return lines
        out: list[str] = []
        position = 0
        while HTML_START in lines[position:]:
            start = lines.index(HTML_START, position)
            try:
                end = lines.index(HTML_END, start + 1)
            except ValueError:
                break
            assert self.md is not None
            placeholder = self.md.htmlStash.store("\n".join(lines[start + 1 : end]))
            out.extend([*lines[position:start], "", placeholder, ""])
            position = end + 1
        out.extend(lines[position:])
        return out
