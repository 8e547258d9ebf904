"""The shapes of AR24's results (spec §4, §6), checked where each answer enters: anything
else is refused as an ``UnexpectedAnswerError``, never guessed (a mail without its number
would be marked sent and never followed)."""
from __future__ import annotations

from typing import Any

from app.ar24.errors import UnexpectedAnswerError
from app.i18n import QT_TRANSLATE_NOOP, Text, message

# What came instead of the expected shape (named inside the UnexpectedAnswerError's sentence).
SHAPES: dict[type, Text] = {
    dict: QT_TRANSLATE_NOOP("AR24Errors", "un objet"),
    list: QT_TRANSLATE_NOOP("AR24Errors", "une liste"),
    str: QT_TRANSLATE_NOOP("AR24Errors", "un texte"),
    type(None): QT_TRANSLATE_NOOP("AR24Errors", "rien"),
}


def expect_object(result: Any, endpoint: str) -> dict[str, Any]:
    if not isinstance(result, dict):
        raise UnexpectedAnswerError(message(QT_TRANSLATE_NOOP("AR24Errors", "{endpoint} : {shape} au lieu d'un objet"),
                                            endpoint=endpoint, shape=shape_of(result)))
    return result


def expect_objects(result: Any, endpoint: str) -> list[dict[str, Any]]:
    """A list of objects; PHP sends an indexed array as an object keyed "0", "1"… when sparse."""
    items = list(result.values()) if isinstance(result, dict) else result
    if result is None:
        return []
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise UnexpectedAnswerError(message(QT_TRANSLATE_NOOP(
            "AR24Errors", "{endpoint} : {shape} au lieu d'une liste d'objets"), endpoint=endpoint, shape=shape_of(result)))
    return items


def expect_id(data: dict[str, Any], key: str, endpoint: str) -> dict[str, Any]:
    """``data`` when its ``key`` is a number (or a string of digits): the identity of what AR24
    created, without which a letter could never be followed nor reconciled."""
    value = data.get(key)
    if isinstance(value, bool) or not (isinstance(value, int) and value > 0
                                       or isinstance(value, str) and value.strip().isdigit() and value.isascii()):
        raise UnexpectedAnswerError(message(QT_TRANSLATE_NOOP(
            "AR24Errors", "{endpoint} : « {key} » absent ou non numérique ({value})"),
            endpoint=endpoint, key=key, value=f"{value!r:.40}"))
    return data


def shape_of(value: Any) -> str:
    return SHAPES.get(type(value), type(value).__name__)
