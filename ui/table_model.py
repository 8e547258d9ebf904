"""A fast read-only table model over flat rows, with its own sort and free-text filter.

Built for lists of 100,000 rows: values are formatted only when a cell is painted,
sorting is one Python ``sorted`` (not n·log n calls of a Python ``lessThan``), and the
filter tests a precomputed lower-case string per row.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import translate

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
    return translate("Labels", "Oui") if value else translate("Labels", "Non")


@dataclass(frozen=True)
class Column:
    """One visible column: which field of the row, its French title, how to show it.
    ``title`` is marked ``QT_TRANSLATE_NOOP("Columns", ...)`` and translated when shown."""
    field: int
    title: str
    format: Formatter = fmt_text
    align_right: bool = False
    tooltip: Callable[[tuple], str] | None = None
    # When a cell shows several fields (e.g. "2901 16/01/2019"), it is built from the whole row;
    # ``field`` then only says what the column sorts on.
    row_display: Callable[[tuple], str] | None = None

    def text(self, row: tuple) -> str:
        """What the cell of ``row`` shows (and what an export writes)."""
        return self.row_display(row) if self.row_display else self.format(row[self.field])


def _casefold_all(texts: list[str]) -> list[str]:
    # One casefold over the joined text instead of one call per row: 3x faster on 50,000 rows.
    # The record separator never occurs in our data, and casefold never produces it.
    folded = "\x1e".join(texts).casefold().split("\x1e")
    return folded if len(folded) == len(texts) else [text.casefold() for text in texts]


def search_haystack(rows: list[tuple], fields: Sequence[int], shown: Sequence[Column] = ()) -> list[str]:
    """One lower-case string per row, joining its searchable fields and the text that the ``shown``
    columns display (translated labels such as "particulier", "Accusé de réception", "Oui"), so that
    a search finds the words the list shows, in the language it shows them."""
    if not rows or not (fields or shown):
        return [""] * len(rows)
    joined = [""] * len(rows)
    if fields:
        getter = itemgetter(*fields) if len(fields) > 1 else (lambda row: (row[fields[0]],))
        try:
            joined = ["\x1f".join(getter(row)) for row in rows]    # all text: fast path
        except TypeError:
            joined = ["\x1f".join(fmt_text(v) for v in getter(row)) for row in rows]
    if shown:
        joined = [text + "\x1f" + "\x1f".join(column.text(row) for column in shown)
                  for text, row in zip(joined, rows)]
    return _casefold_all(joined)


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
    """Rows are tuples whose first field is the database id.

    The model sorts and filters its own row list: a QSortFilterProxyModel would call back
    into Python once per row on every keystroke (measured 50 to 165 ms on 50,000 rows),
    where one list comprehension here takes about 5 ms. Rows stay in load order; sorting
    computes ``order`` (a permutation) and filtering keeps the matching part of it.
    """

    def __init__(self, columns: Sequence[Column], search_fields: Sequence[int], parent=None, *,
                 search_shown: Sequence[int] = ()) -> None:
        """``search_shown``: the columns whose displayed text the search also finds (see search_haystack)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.search_fields = list(search_fields)
        self.search_shown = [self.columns[index] for index in search_shown]
        self.all_rows: list[tuple] = []
        self.haystack: list[str] = []       # aligned with all_rows
        self.order: list[int] = []          # indices into all_rows, sorted
        self.visible: list[int] = []        # the part of ``order`` that passes the filter
        self.foreground: Callable[[tuple], object] | None = None
        self._needle = ""
        self._only_ids: set[int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None   # re-applied to every new row list

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: list[tuple], haystack: list[str] | None = None) -> None:
        """``haystack``: the rows' ``search_haystack``, when a background job already built it."""
        self.beginResetModel()
        self.all_rows = list(rows)
        self.haystack = haystack if haystack is not None else search_haystack(self.all_rows, self.search_fields, self.search_shown)
        self.order = self._sorted_order()
        self.visible = self._matching()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._refilter()

    def set_only_ids(self, ids: set[int] | None) -> None:
        """Restrict the list to these row ids (e.g. "the events in error"); None shows all."""
        self._only_ids = ids
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self.visible = self._matching()
        self.endResetModel()

    def _matching(self) -> list[int]:
        needle, only, haystack, rows = self._needle, self._only_ids, self.haystack, self.all_rows
        if only is not None:
            return [i for i in self.order if rows[i][0] in only and needle in haystack[i]]
        if needle:
            return [i for i in self.order if needle in haystack[i]]
        return list(self.order)

    @property
    def total(self) -> int:
        return len(self.all_rows)

    def row(self, visible_row: int) -> tuple:
        return self.all_rows[self.visible[visible_row]]

    def row_id(self, visible_row: int) -> int:
        return self.all_rows[self.visible[visible_row]][0]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.all_rows[self.visible[index.row()]]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
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
            return translate("Columns", self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self.visible[index.row()]) for index in persistent]
        self.order = self._sorted_order()
        self.visible = self._matching()
        # Keep the selection on the same rows after the sort.
        position = {source: row for row, source in enumerate(self.visible)}
        self.changePersistentIndexList(
            persistent, [self.index(position[source], index.column()) for index, source in held])
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        if not self._sort:
            return list(range(len(self.all_rows)))
        column, order = self._sort
        field = self.columns[column].field
        values = [row[field] for row in self.all_rows]
        if all(type(v) is str for v in values):
            keys = _casefold_all(values)          # the common case, and the fastest
        else:
            keys = [_sort_key(v) for v in values]
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
