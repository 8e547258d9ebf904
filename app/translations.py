"""The interface's catalogs read without Qt, for the command line's ``--lang en``.

The same ``resources/translations/recommandes_<lang>.ts`` the windows use; only finished
translations count (an unfinished one leaves the French source).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from app.resources import translations_dir

Translate = Callable[[str, str], str]


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, French source) → translation, finished ones only, from a ``.ts`` catalog."""
    messages: dict[tuple[str, str], str] = {}
    if not path.exists():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                messages[(name, entry.findtext("source", ""))] = translation.text
    return messages


@lru_cache(maxsize=4)
def _catalog(language: str) -> dict[tuple[str, str], str]:
    return read_ts(translations_dir() / f"recommandes_{language}.ts")


def translator(language: str | None) -> Translate:
    """``translate(context, text)`` for ``language`` (French, the source language, by default)."""
    if language in (None, "fr", "system"):
        return lambda context, text: text
    catalog = _catalog(language)
    return lambda context, text: catalog.get((context, text), text)
