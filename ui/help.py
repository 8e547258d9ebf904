"""The "Aide" of every screen: a short help page per screen, bundled in resources/help/ (French)
and resources/help/<language>/ (the other languages of the interface; French where a page is missing).

A screen names its topic (the file name without ``.html``): ``help_header(text, topic)`` is the
LSC header line with its "Aide" link, ``add_help_shortcut(window, topic)`` binds F1, and
``show_help(topic)`` opens the page in the one help window of the application.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QTextBrowser, QWidget

from app.resources import help_dir
from ui.i18n import SOURCE_LANGUAGE, current_language, translate
from ui.widgets import LinkLabel, header_bar

TOPICS = ("index", "organiseur", "tiers", "fiche-tiers", "evenements", "choix-envoi", "erreurs", "envoi",
          "lettres", "validation-otp", "moyens-paiement", "preferences")

_window: HelpWindow | None = None


def help_url(topic: str) -> QUrl:
    """The page of ``topic`` in the interface's language, else the French one."""
    if topic not in TOPICS:
        raise ValueError(f"unknown help topic {topic!r}")
    language = current_language()
    page = help_dir() / language / f"{topic}.html"
    if language == SOURCE_LANGUAGE or not page.exists():
        page = help_dir() / f"{topic}.html"
    return QUrl.fromLocalFile(str(page))


class HelpWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)       # https links (AR24's OTP page) go to the browser
        self.browser.sourceChanged.connect(lambda _url: self._retitle())
        self.setCentralWidget(self.browser)
        self.resize(720, 560)

    def show_topic(self, topic: str) -> None:
        self.browser.setSource(help_url(topic))
        self._retitle()

    def _retitle(self) -> None:
        self.setWindowTitle(translate("HelpWindow", "Aide - {page}").format(page=self.browser.documentTitle()))


def show_help(topic: str) -> HelpWindow:
    global _window
    if _window is None or not shiboken6.isValid(_window):   # first use, or deleted with its owner
        _window = HelpWindow()
    _window.show_topic(topic)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def add_help_shortcut(window: QWidget, topic: str) -> None:
    """F1 on ``window`` opens the help page of its screen."""
    QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window, activated=lambda: show_help(topic))


def help_header(text: str, topic: str) -> QWidget:
    """The LSC header (e.g. "LETTRES RECOMMANDEES AR24 > Valider   Aide") with its "Aide" link."""
    bar = header_bar(text)
    label = translate("HelpWindow", "Aide")
    link = LinkLabel(f"<a href='{topic}' style='color:white'>{label}</a>")
    link.setStyleSheet(bar.styleSheet())
    link.setToolTip(translate("HelpWindow", "Aide sur cet écran (F1)"))
    link.linkActivated.connect(show_help)
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar, 1)
    layout.addWidget(link)
    box.setObjectName("help_header")
    return box

