"""The "contains" of the search boxes that go to SQL: what the user typed, searched literally."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, false, or_

from app.text_input import control_character

ESCAPE = "\\"


def literal_pattern(text: str) -> str:
    """``%text%`` for LIKE, with LIKE's own ``%`` and ``_`` (and the escape) taken literally."""
    escaped = text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def contains(columns: Sequence[Any], text: str) -> ColumnElement[bool]:
    """Any of ``columns`` contains ``text`` (surrounding spaces ignored, case-insensitive). A
    text with a control character matches nothing: no record holds one, and PostgreSQL would
    refuse a NUL in the query."""
    text = text.strip()
    if control_character(text):
        return false()
    pattern = literal_pattern(text)
    return or_(*(column.ilike(pattern, escape=ESCAPE) for column in columns))
