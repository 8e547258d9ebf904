"""The send choice, its error recap and the Fiche tiers driven with the keyboard only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import select

from app.demo.sending_setup import make_demo_ready_to_send
from app.store.models import Event
from ui import help as help_module
from ui.sending.events_list import EventsListWindow
from ui.tiers.tiers_record import TiersRecordDialog


def press(key: Qt.Key, times: int = 1) -> QWidget:
    """A key on the widget that has the focus, as the keyboard would; returns the new focus."""
    for _ in range(times):
        assert QApplication.focusWidget() is not None, "no widget has the keyboard focus"
        QTest.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def tab_until(found, limit: int = 40) -> QWidget:
    for _ in range(limit):
        widget = press(Qt.Key.Key_Tab)
        if found(widget):
            return widget
    raise AssertionError("Tab never reaches it")


def link_in_focus(label) -> str:
    """The text of the link of ``label`` that has the keyboard focus (its selected anchor)."""
    return label.selectedText()


@pytest.fixture
def dialog(qtbot, demo_context):
    make_demo_ready_to_send(demo_context.store)
    events = EventsListWindow(demo_context)
    qtbot.addWidget(events)
    with demo_context.store.session() as session:
        ids = list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None)).order_by(Event.id)))
    events.select_ids(set(ids))
    dialog = events.send_selected()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    dialog.activateWindow()
    dialog.validate_button.setFocus()
    yield dialog
    dialog.close()


def test_send_choice_and_error_recap_by_keyboard(qtbot, dialog):
    assert dialog.validate_button.isDefault()
    # The header's links are Tab stops: "Valider" then "Aide".
    header = tab_until(lambda w: w is dialog.header)
    assert link_in_focus(header) == "Valider"
    assert press(Qt.Key.Key_Tab) is dialog.header and link_in_focus(header) == "Aide"
    press(Qt.Key.Key_Space)                                   # Aide: the help window, no message box
    assert help_module._window is not None and help_module._window.isVisible()
    assert "choix-envoi" in help_module._window.browser.source().toString()
    assert not dialog.findChildren(QMessageBox)
    # Tab walks on through the page without staying in a table, to the recap link and the button.
    seen: list[QWidget] = []
    tab_until(lambda w: seen.append(w) or w is dialog.recap_link)
    assert dialog.price not in seen[:-1] or seen.count(dialog.price) == 1
    assert link_in_focus(dialog.recap_link).endswith("Accès au récapitulatif des erreurs")
    press(Qt.Key.Key_Return)
    assert dialog.pages.currentWidget() is dialog.recap and dialog.isVisible()
    # Escape goes back one level, to the choice; the dialog stays open.
    press(Qt.Key.Key_Escape)
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible()
    # Back to the recap, its header: "Lister…", "Recalculer…", "Retour" reachable and followed by Enter.
    assert link_in_focus(dialog.recap_link).endswith("Accès au récapitulatif des erreurs")
    press(Qt.Key.Key_Return)
    recap = dialog.recap
    assert recap.table.hasFocus()
    links = []
    focus = press(Qt.Key.Key_Backtab)
    while focus is recap.header and link_in_focus(recap.header) not in links:
        links.append(link_in_focus(recap.header))
        focus = press(Qt.Key.Key_Backtab)
    assert {"Lister les événements en erreur", "Recalculer les erreurs", "Retour"} <= set(links)
    recap.header.setFocus(Qt.FocusReason.TabFocusReason)
    while link_in_focus(recap.header) != "Retour":
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0
    # Enter on a line of the recap opens the record to correct; Escape on the choice closes the dialog.
    dialog.show_recap()
    recap.table.setCurrentCell(next(r for r, line in enumerate(recap.lines) if line.issue.tiers_id), 0)
    press(Qt.Key.Key_Return)
    assert isinstance(dialog.record, QDialog) and dialog.record.isVisible()
    dialog.record.close()
    dialog.activateWindow()
    recap.table.setFocus()
    press(Qt.Key.Key_Escape)
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible()
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.fixture
def record(qtbot, demo_context):
    dialog = TiersRecordDialog(demo_context, 2)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.lastname.setFocus()
    return dialog


def test_tiers_record_by_keyboard_asks_before_dropping_edits(qtbot, record, demo_context):
    from app.services import tiers as service

    saved_name = service.tiers_record(demo_context, 2).form.lastname
    press(Qt.Key.Key_Escape)                                  # nothing changed: Escape closes at once
    assert not record.isVisible() and record.leave_box is None
    record.show()
    record.activateWindow()
    record.lastname.setFocus()
    qtbot.waitUntil(lambda: record.lastname.hasFocus())
    # Tab goes down the identity fields in reading order.
    assert press(Qt.Key.Key_Tab) is record.firstname
    assert press(Qt.Key.Key_Tab) is record.company
    record.paper.setFocus()                                   # the last field: Tab crosses the history
    save = record.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert tab_until(lambda w: w is save, limit=3) is save and save.isDefault()
    record.firstname.setFocus()
    QTest.keyClicks(record.firstname, "X")
    press(Qt.Key.Key_Escape)                                  # modified: asks, the record stays open
    box = record.leave_box
    assert record.isVisible() and box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    QTest.keyClick(box, Qt.Key.Key_Escape)                    # Annuler: back to the record, edit kept
    assert record.isVisible() and record.firstname.text().endswith("X")
    record.close()                                            # the window's close asks too
    assert record.isVisible() and record.leave_box.isVisible()
    record.leave_box.button(QMessageBox.StandardButton.Discard).click()
    assert not record.isVisible()
    assert service.tiers_record(demo_context, 2).form.lastname == saved_name


def test_tiers_record_leaving_with_save(qtbot, record, demo_context):
    from app.services import tiers as service

    record.phone.setFocus()
    QTest.keyClicks(record.phone, "0102030405")
    press(Qt.Key.Key_Escape)
    QTest.keyClick(record.leave_box, Qt.Key.Key_Return)     # Enregistrer is the default
    assert not record.isVisible(), record.errors.text()
    assert service.tiers_record(demo_context, 2).form.phone.endswith("0102030405")


def test_otp_entry_enter_validates_once_a_code_is_there_even_after_generer(qtbot, demo_context):
    """Typing or generating the code, then Enter: the code is submitted; before, Enter does nothing."""
    from ui.letters.otp_validation import OtpEntryDialog

    entry = OtpEntryDialog(demo_context, 3)
    qtbot.addWidget(entry)
    entry.show()
    entry.code.setFocus()
    QTest.keyClick(entry.code, Qt.Key.Key_Return)
    assert entry.isVisible() and entry.result() == 0          # no code yet: nothing happens
    entry.generate.setFocus()                                # where the focus is after a click on "Générer"
    entry.code.setText("123456")
    with qtbot.waitSignal(entry.accepted, timeout=2_000):
        QTest.keyClick(entry.generate, Qt.Key.Key_Return)
    assert entry.value() == "123456"
    for foreign in ("١٢٣٤٥٦", "１２３４５６"):                 # other scripts' digits cannot be typed in
        assert entry.code.validator().validate(foreign, 0)[0] == QValidator.State.Invalid
