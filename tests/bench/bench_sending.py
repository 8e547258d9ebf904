"""The send choice on 1,000 events: compatibility, the dialog, and one letter's documents."""
from __future__ import annotations

import functools
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.sizes import size

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EVENTS = size(1000, 40)   # the demo has 36 chronotés events: the others are their copies
RUNS = size(7, 1)
LETTERS = size(40, 3)     # prepared by document_per_letter
SANDBOX = "https://sandbox.ar24.fr/api/"


@functools.cache
def _store_with_events():
    """The demo agency, set up for sending, grown to 1,000 chronotés events, each with its own
    attachment file (so that no check is cheaper than in an agency). Documents inspected once,
    as the first opening of the send choice does."""
    from sqlalchemy import insert, select

    from app.demo.sending_setup import make_demo_ready_to_send
    from app.demo.seed import seed_demo_agency
    from app.sending.compatibility import check_events
    from app.store.database import open_store
    from app.store.models import Event, EventAttachment, SendType

    folder = Path(tempfile.mkdtemp(prefix="bench-sending-"))
    store = open_store(f"sqlite:///{folder / 'bench.db'}")
    seed_demo_agency(store, docs=folder / "docs")
    make_demo_ready_to_send(store)
    with store.session() as session:
        models = session.scalars(select(Event).where(Event.treatment_number.is_not(None))).all()
        templates = [(e, [(a.filename, a.path) for a in e.attachments]) for e in models]
        columns = [c.key for c in Event.__table__.columns if c.key != "id"]
        rows, attachments = [], []
        for number in range(EVENTS - len(models)):
            event, files = templates[number % len(templates)]
            row = {key: getattr(event, key) for key in columns}
            row["treatment_number"] = 10_000 + number
            rows.append((row, files))
    with store.engine.begin() as connection:
        for row, files in rows:
            event_id = connection.execute(insert(Event).values(row)).inserted_primary_key[0]
            for position, (name, path) in enumerate(files):
                copy = folder / "docs" / f"copy-{event_id}-{position}-{name}"
                shutil.copyfile(path, copy)
                attachments.append({"event_id": event_id, "position": position, "filename": name,
                                    "path": str(copy), "size": copy.stat().st_size})
        connection.execute(insert(EventAttachment), attachments)
    with store.session() as session:
        ids = list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None))))
    check_events(store, ids, SendType.LRE_EIDAS, login="JLC")
    return store, ids


def _median_ms(fn, runs: int = RUNS) -> float:
    from app.sending.inspection import clear_memo

    times = []
    for _ in range(runs):
        clear_memo()          # a new session of the app: inspections come from the database cache
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def recap_1000_events() -> float:
    from app.sending.compatibility import check_events
    from app.store.models import SendType

    store, ids = _store_with_events()
    assert len(ids) == EVENTS
    return _median_ms(lambda: check_events(store, ids, SendType.LRE_EIDAS, login="JLC").recap_lines())


def document_per_letter() -> float:
    """Body → PDF, variables, attachments checked and written, per letter (median over 40 letters),
    as a batch prepares them: for a linked AR24 account (the consent link is one of the variables)."""
    from app.sending.prepare import DocumentError, prepare_letter_files
    from app.sending.variables import ar24_consent_links
    from app.store.models import SendType

    store, ids = _store_with_events()
    out = Path(tempfile.mkdtemp(prefix="bench-letters-"))
    links = ar24_consent_links(SANDBOX, 1)
    times = []
    with store.session() as session:
        prepare_letter_files(session, ids[0], SendType.LR_PAPIER, "JLC", out / "warm",   # fonts, imports
                             consent_links=links)
        for event_id in ids[:LETTERS]:
            start = time.perf_counter()
            try:
                prepare_letter_files(session, event_id, SendType.LR_PAPIER, "JLC", out / str(event_id),
                                     consent_links=links)
            except DocumentError:   # a refused landscape annex still costs its checks
                pass
            times.append((time.perf_counter() - start) * 1000)
    shutil.rmtree(out, ignore_errors=True)
    return statistics.median(times)


def send_choice_open_1000() -> float:
    """From "Envoyer en AR" to the dialog showing its counts, cost and tabs for 1,000 events."""
    from PySide6.QtWidgets import QApplication

    from app.context import AppContext
    from app.machine_settings import MachineSettings
    from ui.application import make_application
    from ui.sending.send_choice import SendChoiceDialog

    make_application()
    store, ids = _store_with_events()
    context = AppContext(store, MachineSettings())

    def open_dialog() -> None:
        dialog = SendChoiceDialog(context, ids)
        dialog.show()
        while dialog.choice is None:
            QApplication.processEvents()
            time.sleep(0.001)
        QApplication.processEvents()
        assert dialog.tabs.count() == EVENTS
        dialog.close()
        dialog.deleteLater()

    try:
        return _median_ms(open_dialog, runs=5)
    finally:
        context.close()
