"""Lists whose columns the user hides, shows and resizes: a right-click on the header lists the
columns with a check box each; with a context and a list name the layout is remembered per user
(app/services/list_columns.py)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from app.context import AppContext
from app.services.list_columns import ColumnLayout, load_layout, save_layout
from ui.i18n import translate


class ColumnLayoutKeeper(QObject):
    """Owned by the table; ``menu()`` is what the header's right-click shows."""

    def __init__(self, table: QTableView, context: AppContext | None = None, list_name: str = "") -> None:
        super().__init__(table)
        self.table, self.context, self.list_name = table, context, list_name
        self.header: QHeaderView = table.horizontalHeader()
        self.header.setSectionsMovable(False)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(lambda pos: self.menu().popup(self.header.mapToGlobal(pos)))
        self._save_timer = QTimer(self, singleShot=True, interval=400)   # one write after a drag, not one per pixel
        self._save_timer.timeout.connect(self.save)
        self._defaults = [self.header.sectionSize(c) for c in range(self.header.count())]
        if context is not None and list_name:
            self._apply(load_layout(context, list_name))
            self.header.sectionResized.connect(self._resized)

    def _stretched(self, column: int) -> bool:
        # The stretched last column follows the window's width, not the user's hand.
        return self.header.stretchLastSection() and column == self.header.count() - 1

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._stretched(column):
            self._save_timer.start()

    def menu(self) -> QMenu:
        self._menu = QMenu(self.table)
        model = self.table.model()
        shown = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        for column in range(self.header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            action = self._menu.addAction(str(title or column + 1))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))     # the last column stays
            action.toggled.connect(lambda checked, c=column: self.set_visible(c, checked))
        self._menu.addSeparator()
        self._menu.addAction(translate("ColumnLayout", "Colonnes par défaut"), self.reset)
        return self._menu

    def set_visible(self, column: int, visible: bool) -> None:
        self.header.setSectionHidden(column, not visible)
        self.save()

    def reset(self) -> None:
        self._apply(ColumnLayout())
        for column, width in enumerate(self._defaults):
            self.header.resizeSection(column, width)
        self.save()

    def _apply(self, layout: ColumnLayout) -> None:
        for column in range(self.header.count()):
            self.header.setSectionHidden(column, column in layout.hidden)
        for column, width in layout.widths.items():
            if 0 <= column < self.header.count() and width > 0 and not self._stretched(column):
                self.header.resizeSection(column, width)

    def layout(self) -> ColumnLayout:
        count = self.header.count()
        return ColumnLayout(tuple(c for c in range(count) if self.header.isSectionHidden(c)),
                            {c: self.header.sectionSize(c) for c in range(count)
                             if not self.header.isSectionHidden(c) and not self._stretched(c)
                             and self.header.sectionSize(c) != self._defaults[c]})

    def save(self) -> None:
        if self.context is not None and self.list_name:
            save_layout(self.context, self.list_name, self.layout())
