"""A whole file refused: one French sentence naming the line, the column or the value at fault."""
from __future__ import annotations

from app.i18n import Message


class BadFile(Exception):
    """Nothing of the file is imported; ``message`` says why (shown by the wizard and the command)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class ImportCancelled(Exception):
    """The user cancelled: nothing is kept (the caller rolls the transaction back)."""
