"""The editor's HTML (Qt's ``toHtml``: a whole document, styles on spans) reduced to the small
subset the letter PDF lays out (app/sending/html_flow.py): paragraphs, line breaks, bold, italic,
underline, links and lists. Head, styles and scripts are dropped with their text."""
from __future__ import annotations

from html import escape
from html.parser import HTMLParser

_KEPT = {"p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li"}
_DROPPED = {"head", "style", "script", "title"}


def simple_html(document: str) -> str:
    parser = _Reducer()
    parser.feed(document)
    parser.close()
    return "".join(parser.out).strip()


def _span_tags(style: str) -> list[str]:
    style = style.replace(" ", "").lower()
    tags = []
    if "font-weight:600" in style or "font-weight:700" in style or "font-weight:bold" in style:
        tags.append("b")
    if "font-style:italic" in style:
        tags.append("i")
    if "text-decoration:underline" in style:
        tags.append("u")
    return tags


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._spans: list[list[str]] = []    # the simple tags each open span stands for
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropping += 1
        elif self._dropping:
            return
        elif tag == "span":
            tags = _span_tags(dict(attrs).get("style") or "")
            self._spans.append(tags)
            self.out.extend(f"<{t}>" for t in tags)
        elif tag == "a" and (href := dict(attrs).get("href")):
            self.out.append(f'<a href="{escape(href)}">')
        elif tag in _KEPT:
            self.out.append("<br/>" if tag == "br" else f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropping = max(0, self._dropping - 1)
        elif self._dropping:
            return
        elif tag == "span" and self._spans:
            self.out.extend(f"</{t}>" for t in reversed(self._spans.pop()))
        elif tag == "a":
            self.out.append("</a>")
        elif tag in _KEPT and tag != "br":
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self.out.append(escape(data, quote=False))
