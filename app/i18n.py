"""Marks French labels and sentences of the plain-Python layer for translation, without Qt.

``QT_TRANSLATE_NOOP("Context", "Texte")`` returns the French text unchanged, as a ``str`` that
also remembers its context; pyside6-lupdate finds the call by its name, and the window that
shows the label translates it with ``ui.i18n.translate("Context", label)``.

A sentence with values is a ``Message``: the marked template and its arguments, so that the
window can show it in its own language (``ui.i18n.render``). ``str(message)`` is the French
sentence (logs, the French command line).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Text(str):
    """A French source text that knows its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Text:
        value = super().__new__(cls, text)
        value.context = context
        return value


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


def message(template: Text, **args: Any) -> Message:
    return Message(template, args)
