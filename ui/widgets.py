"""Small building blocks shared by the screens (LSC look: orange frame bars, read-only fields)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

ACCENT = "#e07b00"   # LSC's orange frame bar
ERROR_STYLE = "color: #b71c1c;"   # one red for every sentence that says what went wrong

FRAME_STYLE = (
    "QGroupBox { font-weight: bold; border: 1px solid #d0d0d0; border-left: 4px solid %s;"
    " margin-top: 14px; padding: 8px 6px 6px 8px; }"
    "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }" % ACCENT
)


def frame(title: str, content: QWidget | None = None) -> QGroupBox:
    box = QGroupBox(title)
    box.setStyleSheet(FRAME_STYLE)
    if content is not None:
        layout = QVBoxLayout(box)
        layout.addWidget(content)
    return box


READ_ONLY_STYLE = "QLineEdit { background: #eeeeee; color: #404040; border: 1px solid #d0d0d0; padding: 1px 2px; }"


def read_only_field(value: str, min_width: int = 0) -> QLineEdit:
    """A value shown, not edited: greyed so that it does not look like a field to fill, and left out
    of the Tab order (a click still selects it for copying)."""
    field = QLineEdit(value)
    set_read_only(field, True)
    field.setCursorPosition(0)
    if min_width:
        field.setMinimumWidth(min_width)
    return field


def set_read_only(field: QLineEdit, read_only: bool) -> None:
    """A field that is read-only now and then looks it, and leaves the Tab order while it is."""
    field.setReadOnly(read_only)
    field.setStyleSheet(READ_ONLY_STYLE if read_only else "")
    field.setFocusPolicy(Qt.FocusPolicy.ClickFocus if read_only else Qt.FocusPolicy.StrongFocus)


def scrolling(content: QWidget) -> QScrollArea:
    """A long form in a frameless scroll area, so that its window fits a laptop screen."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def form(rows: list[tuple[str, QWidget]]) -> QFormLayout:
    layout = QFormLayout()
    for label, widget in rows:
        layout.addRow(label, widget)
    return layout


class LinkLabel(QLabel):
    """A label of links that the keyboard reaches: Tab goes from link to link (then on to the next
    widget), Enter or Space follows the link that has the focus."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # Arriving by Tab puts the focus on the first link (the last by Shift+Tab), not on the label;
        # setting the text again forgets the link that had the focus last time.
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.setText(self.text())
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)

    def focus_first_link(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setText(self.text())
        self.focusNextPrevChild(True)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space:      # Space follows the link too, like a button
            QApplication.sendEvent(self, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, event.modifiers()))
            return
        super().keyPressEvent(event)


def header_bar(text: str, links: bool = False) -> QLabel:
    """The LSC header line, e.g. "LETTRES RECOMMANDEES AR24 > Valider"; with ``links`` its entries
    are links the keyboard reaches too."""
    label = LinkLabel(text) if links else QLabel(text)
    label.setStyleSheet(f"background: #3c3f46; color: white; font-weight: bold; padding: 6px 10px;"
                        f" border-bottom: 3px solid {ACCENT};")
    return label


def single_choice_table(columns: list[str], stretch_column: int) -> QTableWidget:
    """A small read-only table where the user picks one row (senders, entities)."""
    table = QTableWidget(0, len(columns))
    table.setTabKeyNavigation(False)     # Tab goes on to the buttons; the arrows pick the row
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
