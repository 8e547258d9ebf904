"""``main.py screenshots DIR``: every window rendered offscreen with the demo data.

File names are fixed so that pictures can be compared from one version to the next.
"""
from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from app.context import AppContext
from app.demo.letters import seed_demo_letters
from app.demo.seed import seed_demo_agency
from app.demo.sending_setup import make_demo_ready_to_send
from app.machine_settings import MachineSettings
from app.store.database import open_store, sqlite_path
from app.store.models import ConsentChange, Event, SendType
from app.sync.archive import ProofArchive
from ui.compose.samples import import_letters_sample, new_letter_sample
from ui.sending.event_record import EventRecordDialog
from ui.sending.events_list import EventsListWindow
from ui.help import show_help
from ui.imports.samples import import_shots
from ui.letters.letter_detail import LetterDetailDialog
from ui.letters.letters_list import LettersListWindow
from ui.home.main_window import MainWindow
from ui.sending.send_choice import SendChoiceDialog
from ui.sending.sending_progress import sample_window
from ui.tiers.tiers_record import TiersRecordDialog


def _richest_tiers(context: AppContext) -> int:
    """The tiers with the longest consent history makes the most telling record picture."""
    with context.store.session() as session:
        return session.execute(
            select(ConsentChange.tiers_id).group_by(ConsentChange.tiers_id)
            .order_by(func.count().desc(), ConsentChange.tiers_id)).scalars().first()


def _first_event(context: AppContext) -> int:
    with context.store.session() as session:
        return session.execute(select(Event.id).order_by(Event.id)).scalars().first()


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
    from app.store.models import User
    from ui.admin.user_record import UserRecordDialog

    set_up_demo_account(context)   # demo environment only: the account linked, a sender, two entities paid
    with context.store.session() as session:
        user_id = session.scalar(select(User.id).where(User.login == context.login))
    return UserRecordDialog(context, user_id, main.open_users())


def _letters_sample(folder: Path) -> tuple[AppContext, ProofArchive, list[int]]:
    """The letters screens pictured on sample letters in a throwaway demo store: the agency's own
    store is never written by a screenshot."""
    store = open_store(f"sqlite:///{folder / 'letters-sample.db'}")
    seed_demo_agency(store, docs=folder / "documents")
    archive = ProofArchive(folder / "preuves")
    return AppContext(store, MachineSettings()), archive, seed_demo_letters(store, archive)


def letter_shots(folder: Path, main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    sample, archive, ids = _letters_sample(folder)
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
    return {
        "main": lambda: main,
        "tiers": main.open_tiers,
        "tiers-record": lambda: TiersRecordDialog(context, _richest_tiers(context), main.open_tiers()),
        "events": main.open_events,
        "event-record": lambda: EventRecordDialog(context, _first_event(context), main.open_events()),
        "users": main.open_users,
        "database": main.open_database,
        "preferences": lambda: _user_record(context, main),
        "senders": main.open_senders,
        "payment-methods": lambda: _settled(main.open_payment_methods()),
        "send-choice": lambda: _send_choice(context, SendType.LRE_EIDAS),
        "send-choice-paper": lambda: _send_choice(context, SendType.LR_PAPIER),
        "send-choice-ere": lambda: _send_choice(context, SendType.ERE_SIMPLE),
        "pricing": main.open_pricing,
        "error-recap": lambda: _send_choice(context, SendType.LRE_EIDAS, recap=True),
        "progress": sample_window,
        **letter_shots(folder, main),
        "new-letter": lambda: new_letter_sample(context, folder),
        "import-letters-split": lambda: import_letters_sample(context, folder),
        **import_shots(folder, main),
        "help": lambda: show_help("tiers"),
    }


def _ready_context(context: AppContext) -> AppContext:
    """A private copy of the store with the AR24 set-up done (payment methods, eIDAS sender), so that
    the send choice shows a realistic mix; a screenshot never changes the user's own data."""
    if not hasattr(context, "_ready_copy"):
        source = sqlite_path(context.store)
        if source is None:                  # a shared server database: shown as it is
            context._ready_copy = context
        else:
            copy = Path(tempfile.mkdtemp(prefix="reco-shots-")) / "copy.db"
            with sqlite3.connect(source) as origin, sqlite3.connect(copy) as target:
                origin.backup(target)
            store = open_store(f"sqlite:///{copy}")
            make_demo_ready_to_send(store, context.login)
            context._ready_copy = AppContext(store, context.settings, context.secrets)
    return context._ready_copy


def _send_choice(context: AppContext, send_type: SendType, *, recap: bool = False) -> QWidget:
    ready = _ready_context(context)
    with ready.store.session() as session:
        ids = list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None)).order_by(Event.id)))
    events = EventsListWindow(ready)
    dialog = SendChoiceDialog(ready, ids, events, send_type=send_type)
    deadline = time.monotonic() + 30
    while dialog.choice is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if recap:
        dialog.show_recap()
    return dialog


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
