"""``main.py screenshots DIR``: every window rendered offscreen with the demo data.

File names are fixed so that pictures can be compared from one version to the next.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from app.context import AppContext
from app.demo.letters import seed_demo_letters
from app.demo.seed import seed_demo_agency
from app.machine_settings import MachineSettings
from app.store.database import open_store
from app.sync.archive import ProofArchive
from app.store.models import ConsentChange
from ui.letter_detail import LetterDetailDialog
from ui.letters_list import LettersListWindow
from ui.main_window import MainWindow
from ui.tiers_record import TiersRecordDialog


def _richest_tiers(context: AppContext) -> int:
    """The tiers with the longest consent history makes the most telling record picture."""
    with context.store.session() as session:
        return session.execute(
            select(ConsentChange.tiers_id).group_by(ConsentChange.tiers_id)
            .order_by(func.count().desc(), ConsentChange.tiers_id)).scalars().first()


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
        **letter_shots(folder, main),
    }


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
