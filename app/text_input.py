"""Text the user types or an import brings: control characters are refused before they reach
the store (PostgreSQL refuses a NUL in any text and raises; an invisible character in a name
ends up on an envelope or in an AR24 request). A multi-line field keeps tab and line breaks."""
from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP, Message, message

_IN_A_LINE = re.compile(r"[\x00-\x1f\x7f]")                  # C0 controls and DEL
_IN_A_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # the same but tab, LF and CR


def control_character(text: str, *, multiline: bool = False) -> str:
    """The first control character ``text`` may not hold, or ""."""
    found = (_IN_A_TEXT if multiline else _IN_A_LINE).search(text)
    return found.group() if found else ""


def visible(text: str) -> str:
    """``text`` with its control characters shown as « � » (to quote it in a sentence)."""
    return _IN_A_LINE.sub("\ufffd", text)


def control_character_error(label: str, text: str, *, multiline: bool = False) -> Message | None:
    """A French sentence naming the field when ``text`` holds a forbidden control character."""
    character = control_character(text, multiline=multiline)
    if not character:
        return None
    return message(QT_TRANSLATE_NOOP("Inputs", "{label} : ce texte contient un caractère invisible interdit ({code}), "
                                               "souvent venu d'un copier-coller ; retapez-le."),
                   label=label, code=f"U+{ord(character):04X}")
