"""A window for a screen that is specified but not built yet: it says what will be there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.widgets import header_bar


class PlaceholderWindow(QMainWindow):
    def __init__(self, title: str, header: str, what: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel("<b>Cet écran arrive dans une prochaine version.</b> Il contiendra :")
        items = QLabel("<ul>" + "".join(f"<li>{line}</li>" for line in what) + "</ul>")
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout()
        layout.addWidget(header_bar(header))
        layout.addSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(items)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(760, 420)


