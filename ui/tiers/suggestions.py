"""The editable drop-down lists of suggested civilities and relations: shown in the interface's
language, kept in the store as their French value; any other value is kept as typed."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from app.services.tiers import shown_value
from ui.i18n import render


def suggestion_box(values: Sequence[str], current: str = "", *, empty_first: bool = False) -> QComboBox:
    box = QComboBox(editable=True)
    if empty_first:
        box.addItem("", "")
    for value in values:
        box.addItem(render(value), str(value))
    box.setCurrentText(render(shown_value(current)))
    box.setProperty("stored_value", current)
    return box


def stored_value(box: QComboBox) -> str:
    """The value as stored when the box still shows it, else the French value of the suggestion
    shown (chosen or typed as shown), else the text typed."""
    text = box.currentText()
    stored = box.property("stored_value")
    if isinstance(stored, str) and text == render(shown_value(stored)):
        return stored
    index = box.findText(text)
    return str(box.itemData(index)) if index >= 0 else text
