"""An agency's many letters: the list shows the newest at once and the others as soon as a
background job has read them, keeping what the user typed and selected meanwhile."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from app.letters.queries import LetterSearch
from app.store.models import OutboxState, RegisteredLetter, SendType, User
from ui.letters.letters_list import FIRST_SCREEN, LettersListWindow

COUNT = 650


def _many_letters(store) -> None:
    with store.session() as session:
        user_id = session.scalar(select(User.id).where(User.login == "JLC"))
    start = dt.datetime(2025, 1, 1, 9, 0)
    rows = [{"local_ref": f"RECO-T{i:06d}", "reference": f"LRE250101-{i + 1:06d}", "user_id": user_id,
             "send_type": SendType.LRE_EIDAS, "outbox_state": OutboxState.POSTED, "ar24_mail_id": 5_000_000 + i,
             "ar24_status": "AR", "recipient_name": f"DESTINATAIRE {i:04d}", "recipient_email": f"d{i}@exemple.fr",
             "created_at": start + dt.timedelta(hours=i)} for i in range(COUNT)]
    with store.engine.begin() as connection:
        connection.execute(insert(RegisteredLetter), rows)


def test_the_newest_letters_first_then_all_of_them(qtbot, demo_context) -> None:
    _many_letters(demo_context.store)
    window = LettersListWindow(demo_context)
    qtbot.addWidget(window)
    assert window.model.rowCount() == FIRST_SCREEN + 1           # shown before any wait
    assert window.model.row(0)[0] != 0 and "DESTINATAIRE 0649" in window.model.row(0)   # newest on top
    assert window.counter.text().endswith("(chargement…)")
    window.search.setText("destinataire 00")                     # typed while the rest loads
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        pass
    assert window.model.total == COUNT
    assert window.model.rowCount() == 100                         # 0000…0099, found in the full list
    assert window.counter.text() == f"100 / {COUNT}"
    window.search.clear()
    assert window.model.rowCount() == COUNT
    assert "DESTINATAIRE 0000" in window.model.row(COUNT - 1)     # the oldest, last


def test_a_new_search_is_not_overwritten_by_an_older_load(qtbot, demo_context) -> None:
    _many_letters(demo_context.store)
    window = LettersListWindow(demo_context)
    qtbot.addWidget(window)
    wider = window.load_job
    window.apply_search(LetterSearch(user_id=window.my_id, recipient="destinataire 064"))
    assert window.model.total == 10 and not window.loading        # small enough: no background load
    qtbot.waitUntil(lambda: not wider.running, timeout=20_000)    # the first, wider load ends meanwhile
    qtbot.wait(50)                                                # and its result is delivered
    assert window.model.total == 10
