"""The rich-text zone of an event (a small HTML subset) as reportlab paragraphs.

Kept: paragraphs, line breaks, bold, italic, underline, links and bullet or numbered lists.
Any other tag is dropped but its text kept, so that a letter never loses words.
"""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from xml.sax.saxutils import escape, quoteattr

_INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u"}
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"}


@dataclass(frozen=True)
class Block:
    """One paragraph in reportlab's paragraph markup; ``bullet`` is set for list items."""
    markup: str
    bullet: str = ""


def html_blocks(body_html: str) -> list[Block]:
    parser = _BodyParser()
    parser.feed(body_html)
    parser.close()
    parser.end_block()
    return parser.blocks


class _BodyParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._open: list[tuple[str, str]] = []   # inline tags open in this block, with their markup
        self._lists: list[list[int]] = []   # one counter per open list; [-1] marks a bullet list
        self._bullet = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.end_block()
            if tag == "li" and self._lists:
                self._bullet = self._next_bullet()
        elif tag in ("ul", "ol"):
            self.end_block()
            self._lists.append([-1] if tag == "ul" else [0])
        elif tag == "br":
            self._parts.append("<br/>")
        elif tag in _INLINE:
            self._open_inline(f"<{_INLINE[tag]}>", _INLINE[tag])
        elif tag == "a" and (href := dict(attrs).get("href")):
            self._open_inline(f'<a href={quoteattr(href)} color="#1a4f8b">', "a")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.end_block()
        elif tag in ("ul", "ol") and self._lists:
            self.end_block()
            self._lists.pop()
        elif tag in _INLINE:
            self._close_inline(_INLINE[tag])
        elif tag == "a":
            self._close_inline("a")

    def handle_data(self, data: str) -> None:
        self._parts.append(escape(data))

    def end_block(self) -> None:
        # Inline tags never span paragraphs in a rich-text zone: close what is left open.
        markup = "".join(self._parts).strip() + "".join(f"</{tag}>" for tag, _ in reversed(self._open))
        if markup.replace("<br/>", "").strip():
            self.blocks.append(Block(markup, self._bullet))
        self._parts, self._open, self._bullet = [], [], ""

    def _open_inline(self, markup: str, tag: str) -> None:
        self._parts.append(markup)
        self._open.append((tag, markup))

    def _close_inline(self, tag: str) -> None:
        tags = [open_tag for open_tag, _ in self._open]
        if tag not in tags:
            return
        # Close in nesting order, then reopen the inner ones: badly nested HTML still gives valid markup.
        index = len(tags) - 1 - tags[::-1].index(tag)
        inner = self._open[index + 1:]
        self._parts.extend(f"</{open_tag}>" for open_tag, _ in reversed(self._open[index:]))
        self._parts.extend(markup for _, markup in inner)
        self._open = self._open[:index] + inner

    def _next_bullet(self) -> str:
        counter = self._lists[-1]
        if counter[0] < 0:
            return "•"
        counter[0] += 1
        return f"{counter[0]}."
