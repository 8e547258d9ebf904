"""List columns: the header's right-click hides and shows them; hidden columns and widths are
remembered per user, from one opening of the list to the next."""
from __future__ import annotations

from PySide6.QtCore import QPoint

from app.context import AppContext
from app.machine_settings import MachineSettings
from ui.tiers.tiers_list import TiersListWindow


def _open(qtbot, context) -> TiersListWindow:
    window = TiersListWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _titles(window) -> dict[str, bool]:
    return {action.text(): action.isChecked() for action in window.column_layout.menu().actions()
            if action.isCheckable()}


def test_hide_resize_and_find_them_again_per_user(qtbot, demo_context, demo_store):
    window = _open(qtbot, demo_context)
    header = window.table.horizontalHeader()
    assert _titles(window)["Papier demandé"] is True
    menu = window.column_layout.menu()
    paper = next(a for a in menu.actions() if a.text() == "Papier demandé")
    paper.trigger()                                            # unticked: the column goes
    assert header.isSectionHidden(11)
    header.resizeSection(2, 320)                               # "Nom" made wider by hand
    qtbot.waitUntil(lambda: not window.column_layout._save_timer.isActive())
    window.close()

    again = _open(qtbot, demo_context)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(11) and header.sectionSize(2) == 320
    assert _titles(again)["Papier demandé"] is False

    other = AppContext(demo_store, MachineSettings(login="ABC"))   # another user: his own layout
    theirs = _open(qtbot, other).table.horizontalHeader()
    assert not theirs.isSectionHidden(11) and theirs.sectionSize(2) != 320

    reset = next(a for a in again.column_layout.menu().actions() if a.text() == "Colonnes par défaut")
    reset.trigger()
    assert not header.isSectionHidden(11) and header.sectionSize(2) != 320


def test_the_header_offers_the_menu_and_keeps_one_column(qtbot, demo_context):
    window = _open(qtbot, demo_context)
    header = window.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(5, 5))
    assert window.column_layout._menu.isVisible()
    window.column_layout._menu.close()
    for column in range(1, header.count()):
        window.column_layout.set_visible(column, False)
    last = next(a for a in window.column_layout.menu().actions() if a.text() == "Code")
    assert last.isChecked() and not last.isEnabled()           # the last column shown cannot go
