"""Marks French labels of the plain-Python layer for translation, without importing Qt.

``QT_TRANSLATE_NOOP("Context", "Texte")`` returns the French text unchanged; pyside6-lupdate
finds the call by its name, and the window that shows the label translates it with
``ui.i18n.translate("Context", label)``.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    return text
