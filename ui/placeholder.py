"""A window for a screen that is specified but not built yet: it says what will be there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.help import add_help_shortcut, help_header


class PlaceholderWindow(QMainWindow):
    def __init__(self, title: str, header: str, what: list[str], parent: QWidget | None = None, *,
                 help_topic: str = "index") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(translate("PlaceholderWindow",
                                 "<b>Cet écran arrive dans une prochaine version.</b> Il contiendra :"))
        items = QLabel("<ul>" + "".join(f"<li>{line}</li>" for line in what) + "</ul>")
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout()
        layout.addWidget(help_header(header, help_topic))
        layout.addSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(items)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        add_help_shortcut(self, help_topic)
        self.resize(760, 420)

