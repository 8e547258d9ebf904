"""``main.py screenshots DIR``: every window rendered offscreen with the demo data.

File names are fixed so that pictures can be compared from one version to the next.
"""
from __future__ import annotations

import functools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.demo import samples
from app.sending.send_types import SendType
from ui.compose.samples import import_letters_sample, new_letter_sample
from ui.help import show_help
from ui.home.main_window import MainWindow
from ui.imports.samples import import_shots
from ui.letters.letter_detail import LetterDetailDialog
from ui.letters.letters_list import LettersListWindow
from ui.sending.event_record import EventRecordDialog
from ui.sending.events_list import EventsListWindow
from ui.sending.send_choice import SendChoiceDialog
from ui.sending.sending_progress import sample_window
from ui.tiers.tiers_record import TiersRecordDialog


def _settled(window: QWidget) -> QWidget:
    """Wait for the window's AR24 job (the picture shows its answer, not a busy bar)."""
    deadline = time.monotonic() + 15
    while window.runner.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()
    return window


def _user_record(context: AppContext, main: MainWindow) -> QWidget:
    from app.accounts.demo import set_up_demo_account
    from ui.admin.user_record import UserRecordDialog

    set_up_demo_account(context)   # demo environment only: the account linked, a sender, two entities paid
    return UserRecordDialog(context, samples.current_user(context), main.open_users())


def letter_shots(folder: Path, main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    sample, archive, ids = samples.letters_sample(folder)
    main.destroyed.connect(lambda: (sample.close(), sample.store.dispose()))
    letters = LettersListWindow(sample, main)

    def otp_entry() -> QWidget:
        window = letters.open_otp_validation()
        window.model.set_all(True)
        entry = window.validate_checked()
        entry.code.setText("482913")
        return entry

    def otp_select() -> QWidget:
        window = letters.open_otp_validation()
        window.model.set_all(True)
        return window

    return {
        "letters": lambda: letters,
        "letter-detail": lambda: LetterDetailDialog(sample, ids[0], archive, letters),
        "otp-select": otp_select,
        "otp-entry": otp_entry,
    }


def shots(context: AppContext, main: MainWindow, folder: Path) -> dict[str, Callable[[], QWidget]]:
    ready = functools.cache(lambda: samples.ready_copy(context))   # one copy for the send choice's pictures
    return {
        "main": lambda: main,
        "tiers": main.open_tiers,
        "tiers-record": lambda: TiersRecordDialog(context, samples.richest_tiers(context), main.open_tiers()),
        "events": main.open_events,
        "event-record": lambda: EventRecordDialog(context, samples.first_event(context), main.open_events()),
        "users": main.open_users,
        "database": main.open_database,
        "preferences": lambda: _user_record(context, main),
        "senders": main.open_senders,
        "payment-methods": lambda: _settled(main.open_payment_methods()),
        "send-choice": lambda: _send_choice(ready(), SendType.LRE_EIDAS),
        "send-choice-paper": lambda: _send_choice(ready(), SendType.LR_PAPIER),
        "send-choice-ere": lambda: _send_choice(ready(), SendType.ERE_SIMPLE),
        "pricing": main.open_pricing,
        "error-recap": lambda: _send_choice(ready(), SendType.LRE_EIDAS, recap=True),
        "send-confirm": lambda: _confirmation(_send_choice(ready(), SendType.LR_PAPIER)),
        "progress": sample_window,
        "progress-cancelled": lambda: sample_window(cancelled=True),
        **letter_shots(folder, main),
        "new-letter": lambda: new_letter_sample(context, folder),
        "import-letters-split": lambda: import_letters_sample(context, folder),
        **import_shots(folder, main),
        "help": lambda: show_help("tiers"),
    }


def _send_choice(ready: AppContext, send_type: SendType, *, recap: bool = False) -> QWidget:
    ids = samples.chronoted_events(ready)
    events = EventsListWindow(ready)
    dialog = SendChoiceDialog(ready, ids, events, send_type=send_type)
    deadline = time.monotonic() + 30
    while dialog.choice is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if recap:
        dialog.show_recap()
    return dialog


def _confirmation(dialog: SendChoiceDialog) -> QWidget:
    """"Valider l'envoi…": the confirmation recomputed at that moment (nothing is sent)."""
    dialog.validate()
    deadline = time.monotonic() + 30
    while dialog.confirmation is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if dialog.confirmation is None:
        raise RuntimeError("la confirmation de l'envoi ne s'est pas ouverte")
    return dialog.confirmation


def render_all(context: AppContext, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    main = MainWindow(context)
    main.show()
    written = []
    scratch = tempfile.TemporaryDirectory(prefix="captures-")
    for name, make in shots(context, main, Path(scratch.name)).items():
        widget = make()
        widget.show()
        QApplication.processEvents()
        path = out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"Impossible d'écrire {path}")
        written.append(path)
        if widget is not main:
            widget.close()
    main.close()
    main.deleteLater()
    QApplication.processEvents()
    scratch.cleanup()
    return written


def render_demo(out_dir: Path, language: str | None) -> list[Path]:
    """``main.py screenshots``: every window drawn with a new demo agency in a throwaway data
    folder (ui/tools/throwaway.py): the user's data folder, database and keyring stay as they were."""
    from app.bootstrap import open_app_store
    from app.machine_settings import MachineSettings
    from app.secrets import SecretStore
    from ui.application import make_application
    from ui.i18n import install_translators
    from ui.tools.throwaway import throwaway_data_folder

    out_dir = out_dir.resolve()
    application = make_application()
    install_translators(application, language or MachineSettings.load().language)   # the user's language
    with throwaway_data_folder("recommandes-captures-") as folder:
        store = open_app_store(f"sqlite:///{folder / 'recommandes.db'}")
        context = AppContext(store, MachineSettings(), SecretStore())
        try:
            return render_all(context, out_dir)
        finally:
            context.close()
            store.dispose()

