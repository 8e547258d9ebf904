"""A fast read-only table model over flat rows, and its search/sort proxy.

Built for lists of 100,000 rows: values are formatted only when a cell is painted,
sorting is one Python ``sorted`` on the source rows (not n·log n calls of a Python
``lessThan``), and the free-text filter tests a precomputed lower-case string per row.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

Formatter = Callable[[object], str]
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fmt_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def fmt_date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else ""


def fmt_datetime(value: object) -> str:
    return value.strftime("%d/%m/%Y %H:%M:%S") if isinstance(value, dt.datetime) else ""


def fmt_yes_no(value: object) -> str:
    return "Oui" if value else "Non"


@dataclass(frozen=True)
class Column:
    """One visible column: which field of the row, its French title, how to show it."""
    field: int
    title: str
    format: Formatter = fmt_text
    align_right: bool = False
    tooltip: Callable[[tuple], str] | None = None
    # When a cell shows several fields (e.g. "2901 16/01/2019"), it is built from the whole row;
    # ``field`` then only says what the column sorts on.
    row_display: Callable[[tuple], str] | None = None


def _sort_key(value: object) -> tuple:
    # None sorts first; mixed types never raise.
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, value.casefold())
    if isinstance(value, enum.Enum):
        return (1, str(value.value))
    if isinstance(value, bool | int | float):
        return (2, value)
    return (3, value)


class RowTableModel(QAbstractTableModel):
    """Rows are tuples; the first field of every row is its database id."""

    def __init__(self, columns: Sequence[Column], search_fields: Sequence[int], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.search_fields = list(search_fields)
        self.rows: list[tuple] = []
        self.haystack: list[str] = []
        self.foreground: Callable[[tuple], object] | None = None

    # -- loading -------------------------------------------------------------------------
    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        fields = self.search_fields
        self.haystack = ["\x1f".join(fmt_text(row[f]) for f in fields).casefold() for row in rows]
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return self.rows[row][0]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.row_display:
                return column.row_display(row)
            return column.format(row[column.field])
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.foreground:
            return self.foreground(row)
        if role == ROW_ID_ROLE:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = self.columns[column].field
        reverse = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        order_ = sorted(range(len(self.rows)), key=lambda i: _sort_key(self.rows[i][field]), reverse=reverse)
        self.rows = [self.rows[i] for i in order_]
        self.haystack = [self.haystack[i] for i in order_]
        self.layoutChanged.emit()


class SearchProxy(QSortFilterProxyModel):
    """Free-text search over a RowTableModel; sorting is delegated to the source model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._accepted: list[bool] | None = None
        self._only_ids: set[int] | None = None

    def source(self) -> RowTableModel:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._refilter()

    def set_only_ids(self, ids: set[int] | None) -> None:
        """Restrict the list to these row ids (e.g. "the events in error"); None shows all."""
        self._only_ids = ids
        self._refilter()

    def _refilter(self) -> None:
        source = self.source()
        needle, only = self._needle, self._only_ids
        self.beginFilterChange()
        if not needle and only is None:
            self._accepted = None
        else:
            # One list comprehension per keystroke; filterAcceptsRow then only indexes it.
            self._accepted = [(not needle or needle in hay) and (only is None or row[0] in only)
                              for row, hay in zip(source.rows, source.haystack)]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent) -> bool:
        return self._accepted is None or self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
        if self._accepted is not None:
            self._refilter()

    def row_id(self, proxy_row: int) -> int:
        return self.source().row_id(self.mapToSource(self.index(proxy_row, 0)).row())
