"""The steps every end-to-end test takes after the send choice: "Valider l'envoi…", "Confirmer
l'envoi", then the thermomètre's report."""
from __future__ import annotations


def confirm_and_wait_report(qtbot, dialog, events_window, timeout: int = 180_000):
    """Validate the send choice, confirm, and return the thermomètre and its batch report."""
    dialog.validate_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=10_000)
    dialog.confirmation.confirm_button.click()           # "Confirmer l'envoi"
    qtbot.waitUntil(lambda: bool(events_window.sending_windows), timeout=10_000)
    progress = events_window.sending_windows[-1]
    with qtbot.waitSignal(progress.report_ready, timeout=timeout) as ready:
        pass
    return progress, ready.args[0]
