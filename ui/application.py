"""The QApplication of the product: style, fonts, names."""
from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.resources import icon_path


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    application = QApplication(argv if argv is not None else sys.argv[:1])
    application.setApplicationName(APP_NAME)
    application.setOrganizationName(APP_NAME)
    application.setApplicationVersion(__version__)
    application.setWindowIcon(QIcon(str(icon_path())))
    application.setStyle("Fusion")   # the same look on Windows, Linux and offscreen renders
    font = QFont(application.font())
    font.setPointSize(10)
    application.setFont(font)
    return application
