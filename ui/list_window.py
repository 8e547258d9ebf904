"""The shape shared by every LSC list ("Liste des tiers", "Liste Evénement"...).

A window with its own menu bar (Actions...), a search field, a counter "N / total"
and a sortable, multi-selection table; double-click opens the record.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from ui.column_layout import ColumnLayoutKeeper
from ui.help import add_help_shortcut, show_help
from ui.i18n import translate
from ui.table_model import Column, RowTableModel


class ListWindow(QMainWindow):
    """Subclasses load rows with ``set_rows`` and react to ``record_requested``."""

    record_requested = Signal(int)

    def __init__(self, title: str, columns: Sequence[Column], search_fields: Sequence[int],
                 parent: QWidget | None = None, *, sort_column: int = 0,
                 sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, help_topic: str = "index",
                 search_shown: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.base_title = title
        self.setWindowTitle(title)
        self.model = RowTableModel(columns, search_fields, self, search_shown=search_shown)

        self.search = QLineEdit(placeholderText=translate("ListWindow", "Rechercher (nom, e-mail, ville, code…)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.counter = QLabel()
        self.filter_notice = QLabel()
        self.filter_notice.setStyleSheet("color: #a33; font-weight: bold;")
        self.filter_notice.hide()

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)     # Tab leaves the list; the arrows move in it
        self.table.setModel(self.model)
        # The indicator first: enabling sorting then sorts once, on that column.
        self.table.horizontalHeader().setSortIndicator(sort_column, sort_order)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.doubleClicked.connect(lambda index: self.record_requested.emit(self.model.row_id(index.row())))
        for signal in (self.model.modelReset, self.model.layoutChanged):
            signal.connect(self._update_counter)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_notice)
        top.addWidget(self.counter)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.table)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.actions_menu = self.menuBar().addMenu(translate("ListWindow", "&Actions"))
        self.actions_menu.addAction(translate("ListWindow", "Ouvrir la fiche"), self._open_current)
        self.actions_menu.addAction(translate("ListWindow", "Tout sélectionner"), QKeySequence.StandardKey.SelectAll,
                                    self.table.selectAll)
        help_menu = self.menuBar().addMenu(translate("ListWindow", "Aide"))
        help_menu.addAction(translate("ListWindow", "Aide sur cet écran (F1)"), lambda: show_help(help_topic))
        add_help_shortcut(self, help_topic)

    def set_rows(self, rows: list[tuple]) -> None:
        self.model.set_rows(rows)
        self._update_counter()

    def set_column_widths(self, widths: Sequence[int], context: AppContext | None = None,
                          list_name: str = "") -> None:
        """The default widths; then the header's right-click hides and shows columns, and with a
        context and a list name the user's own layout is restored and remembered."""
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # never narrower than its title in the language shown (+ the sort arrow's room)
            self.table.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(title) + 20))
        self.column_layout = ColumnLayoutKeeper(self.table, context, list_name)

    def show_only(self, ids: set[int] | None, notice: str = "") -> None:
        self.model.set_only_ids(ids)
        self.filter_notice.setText(notice)
        self.filter_notice.setVisible(bool(ids is not None and notice))
        self._update_counter()

    def select_ids(self, ids: set[int]) -> None:
        """Select the rows of these ids (e.g. to keep a selection across a reload)."""
        if not ids:
            return
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) in ids:
                index = self.model.index(row, 0)
                selection.select(index, index)
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_id(row) for row in rows]

    def _update_counter(self, *_args) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.counter.setText(f"{shown} / {total}")
        self.setWindowTitle(f"{self.base_title} {shown} / {total}")

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.record_requested.emit(self.model.row_id(self.table.currentIndex().row()))

    def keyPressEvent(self, event) -> None:  # Enter opens the current record, like a double-click
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        super().keyPressEvent(event)
