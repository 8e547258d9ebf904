"""Marks French labels and sentences of the plain-Python layer for translation, without Qt.

``QT_TRANSLATE_NOOP("Context", "Texte")`` returns the French text unchanged, as a ``str`` that
also remembers its context; pyside6-lupdate finds the call by its name, and the window that
shows the label translates it with ``ui.i18n.translate("Context", label)``.

A sentence with values is a ``Message``: the marked template and its arguments, so that the
window can show it in its own language (``ui.i18n.render``). ``str(message)`` is the French
sentence (logs, the French command line).

An exception meant for the user carries its ``Message`` (or marked ``Text``) as its first
argument: ``raise SomeError(message(TEMPLATE, name=value))``; ``sentence_of(error)`` gives it
back, and ``render`` translates an exception through it. A ``Message`` crosses a process
boundary as JSON (``to_json`` / ``from_json``), so the sending process's reports are
translated by the window that shows them.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias


class Text(str):
    """A French source text that knows its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Text:
        value = super().__new__(cls, text)
        value.context = context
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        # copy, deepcopy, pickle and dataclasses.asdict rebuild it with its context
        return (Text, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802  (the name lupdate looks for)
    return Text(context, text)


@dataclass(frozen=True)
class Message:
    """A sentence for the user: a marked template (``{name}`` placeholders) and its arguments.
    An argument may itself be a ``Message`` or a marked ``Text``: it is translated too."""

    template: Text
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """The sentence in the language ``translate(context, text)`` gives (French without it)."""
        def text(value: Any) -> Any:
            if isinstance(value, Message):
                return value.render(translate)
            if isinstance(value, Text) and translate is not None:
                return translate(value.context, str(value))
            return value

        template = str(self.template)
        if translate is not None and isinstance(self.template, Text):
            template = translate(self.template.context, template)
        return template.format(**{name: text(value) for name, value in self.args.items()})

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {"context": self.template.context if isinstance(self.template, Text) else "",
                "text": str(self.template), "args": {name: _value_to_json(value) for name, value in self.args.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Message:
        return cls(Text(str(data["context"]), str(data["text"])),
                   {str(name): _value_from_json(value) for name, value in dict(data.get("args", {})).items()})


# What app/ hands to a window or to the command line: a Message, a marked Text, or (data,
# numbers, AR24's own words) a plain string shown as it is.
Sentence: TypeAlias = "Message | Text | str"


def message(template: Text, **args: Any) -> Message:
    return Message(template, args)


def _value_to_json(value: Any) -> Any:
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, Text):
        return {"text": {"context": value.context, "text": str(value)}}
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def _value_from_json(value: Any) -> Any:
    if isinstance(value, dict) and "message" in value:
        return Message.from_json(value["message"])
    if isinstance(value, dict) and "text" in value:
        return Text(str(value["text"]["context"]), str(value["text"]["text"]))
    return value


def sentence_to_json(value: Sentence) -> Any:
    """A sentence as JSON: a Message or a marked Text keeps what translates it."""
    return _value_to_json(value)


def sentence_from_json(value: Any) -> Sentence:
    found = _value_from_json(value)
    return found if isinstance(found, (Message, Text)) else str(found)


def sentence_to_stored(value: Sentence, limit: int | None = None) -> str:
    """A sentence kept in a text column (of ``limit`` characters): as JSON when it fits, so that
    it is shown later in the reader's language; else its French text, cut."""
    if isinstance(value, (Message, Text)):
        stored = json.dumps(sentence_to_json(value), ensure_ascii=False)
        if limit is None or len(stored) <= limit:
            return stored
    return str(value)[:limit]


def sentence_from_stored(text: str | None) -> Sentence:
    """What ``sentence_to_stored`` kept; a plain text (an older row, a cut sentence) as it is."""
    if text and text.startswith("{"):
        try:
            return sentence_from_json(json.loads(text))
        except (ValueError, KeyError, TypeError):
            pass
    return text or ""


def sentence_of(value: Any) -> Sentence:
    """What to tell the user about ``value``: an exception's Message or marked Text when it was
    raised with one, else its French text; a Message or Text as it is; anything else as text."""
    if isinstance(value, BaseException):
        first = value.args[0] if value.args else None
        if isinstance(first, (Message, Text)):
            return first
        return str(value)
    if isinstance(value, (Message, Text)):
        return value
    return str(value)


def render(value: Any, translate: Any = None) -> str:
    """``value`` (a Message, a marked Text, an exception, anything) in the language
    ``translate(context, text)`` gives; French without it."""
    found = sentence_of(value)
    if isinstance(found, Message):
        return found.render(translate)
    if isinstance(found, Text) and translate is not None:
        return str(translate(found.context, str(found)))
    return str(found)
