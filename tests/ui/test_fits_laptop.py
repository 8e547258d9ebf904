"""Every window opens within a 1366×768 laptop screen (client area ≤ 1366×700: the title bar and the
task bar take the rest), and shows no clipped label or button and no overlapping widgets."""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

from ui.i18n import install_translators
from ui.tiers.tiers_record import TiersRecordDialog
from ui.tools.screenshots import shots

MAX_WIDTH, MAX_HEIGHT = 1366, 700
# Windows of ui/letters and ui/home being reworked on another branch: measured, not yet held to it.
ELSEWHERE: set[str] = set()
SHOTS_DIR = os.environ.get("RECO_FITS_SHOTS", "")     # set it to look at what the test measured


def _managed(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets.extend(_managed(item.layout()))
    return widgets


def _inside_item_view(widget: QWidget) -> bool:
    """Cell editors and index widgets are the table's business (it scrolls)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _header_problems(header: QHeaderView) -> list[str]:
    """Column titles cut by their section (the stretched last one excepted)."""
    found = []
    model = header.model()
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section) or (section == last and header.stretchLastSection()):
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 6
        if needed > header.sectionSize(section):
            found.append(f"column {title!r} needs {needed} px, has {header.sectionSize(section)}")
    return found


def _text_problem(widget: QWidget) -> str | None:
    parent = widget.parentWidget()
    if isinstance(widget, QLabel | QAbstractButton) and parent is not None and \
            not isinstance(parent.parentWidget(), QAbstractScrollArea) and \
            not parent.rect().contains(widget.geometry()):
        return f"{type(widget).__name__} {widget.text()[:60]!r} is cut by its parent {type(parent).__name__}"
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        hint = widget.sizeHint()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                return f"label {widget.text()[:60]!r} needs {needed} px of height, has {widget.height()}"
        elif hint.width() > widget.width() + 2:
            return f"label {widget.text()[:60]!r} needs {hint.width()} px, has {widget.width()}"
    if isinstance(widget, QAbstractButton) and widget.text():
        needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
        if needed > widget.width():
            return f"button {widget.text()!r} needs {needed} px, has {widget.width()}"
    return None


def problems(window: QWidget) -> list[str]:
    found = []
    size = window.size()
    if size.width() > MAX_WIDTH or size.height() > MAX_HEIGHT:
        found.append(f"opens at {size.width()}×{size.height()}")
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    if isinstance(window, QDialog) and buttons and not any(b.isDefault() for b in buttons):
        found.append("no default button: Enter does nothing")
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.width() <= 0 or \
                (_inside_item_view(widget) and not isinstance(widget, QHeaderView)):
            continue
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found.extend(_header_problems(widget))
        if (problem := _text_problem(widget)) is not None:
            found.append(problem)
        layout = widget.layout()
        if layout is None:
            continue
        placed = [w for w in _managed(layout) if w.isVisibleTo(window) and w.parentWidget() is widget]
        for i, first in enumerate(placed):
            for second in placed[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{type(first).__name__} {getattr(first, 'text', lambda: '')()!r:.40} overlaps "
                                 f"{type(second).__name__} {getattr(second, 'text', lambda: '')()!r:.40}")
    return found


def _tiers_record_in_error(context) -> QWidget:
    record = TiersRecordDialog(context, 1)      # T0001's e-mail lacks its domain: the errors show
    record.save()
    return record


def _send_confirmation(context) -> QWidget:
    from app.demo.sending_setup import make_demo_ready_to_send
    from app.services import sending
    from app.store.models import SendType
    from ui.sending.send_confirm import SendConfirmDialog

    make_demo_ready_to_send(context.store)
    return SendConfirmDialog(sending.confirm_send(context, [(SendType.LRE_EIDAS, list(range(1, 41)))]))


def _after_authorize(context) -> QWidget:
    """The preferences with the message AR24's authorisation request leaves under the buttons."""
    from sqlalchemy import select

    from app.store.models import User
    from ui.admin.user_record import UserRecordDialog

    with context.store.session() as session:
        user_id = session.scalar(select(User.id).where(User.login == context.login))
    record = UserRecordDialog(context, user_id)
    record.show()
    job = record.preferences.authorize()
    deadline = time.monotonic() + 20
    while (job.running or record.preferences.runner.busy) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return record


def more_windows(context) -> dict[str, Callable[[], QWidget]]:
    """The dialogs the screenshots do not show."""
    from ui.accounts.senders_window import AddSenderDialog
    from ui.compose.tiers_picker import TiersPickerDialog
    from ui.entities.entity_record import EntityRecordDialog
    from ui.tiers.consent_dialogs import AssignDialog
    from ui.tiers.new_tiers import NewTiersDialog

    return {"entity-record": lambda: EntityRecordDialog(context, 1), "new-entity": lambda: EntityRecordDialog(context),
            "new-tiers": lambda: NewTiersDialog(context), "assign": lambda: AssignDialog(3),
            "tiers-record-error": lambda: _tiers_record_in_error(context),
            "add-sender": lambda: AddSenderDialog(context, context.login),
            "tiers-picker": lambda: TiersPickerDialog(context), "send-confirm": lambda: _send_confirmation(context),
            "preferences-authorize": lambda: _after_authorize(context)}


def open_all(context, folder: Path):
    """(name, window) for every window of ``main.py screenshots`` and a few more, shown as on a laptop."""
    from ui.home.main_window import MainWindow

    main = MainWindow(context)
    main.show()
    for name, make in {**shots(context, main, folder), **more_windows(context)}.items():
        window = make()
        window.show()
        for _ in range(5):                 # layouts settle over a few rounds of posted requests
            QApplication.processEvents()
        if SHOTS_DIR:
            window.grab().save(f"{SHOTS_DIR}/{name}-{QLocale().name()[:2]}.png")
        yield name, window
        if window is not main:
            window.close()
    main.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_window_fits_a_laptop_screen(qapp, qtbot, demo_context, tmp_path, language):
    install_translators(qapp, language)
    try:
        report = {name: problems(window) for name, window in open_all(demo_context, tmp_path)}
    finally:
        install_translators(qapp, "fr")
    if SHOTS_DIR:
        print("\n".join(f"{name}: {found}" for name, found in report.items()))
    assert {name: found for name, found in report.items() if found and name not in ELSEWHERE} == {}
    if elsewhere := {name: found for name, found in report.items() if found and name in ELSEWHERE}:
        pytest.xfail(f"being fixed on the letters branch: {elsewhere}")
