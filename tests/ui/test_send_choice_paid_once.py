"""The send choice, unchanged, shows the "paid once" rule of app/sending/sent.py: an event
delivered as LRE is refused on paper with what exists; after a non-claimed LRE the LR papier
is offered, saying why."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.demo.sending_setup import make_demo_ready_to_send
from app.store.models import Event, OutboxState, RegisteredLetter, SendType, User
from ui.sending.events_list import EventsListWindow
from ui.sending.send_choice import OFFERED

DELIVERED, NOT_CLAIMED = 2931, 2936   # MUSIGNY Mathilde and ATRILLON Louis, of SDC S001


def _letters(store) -> dict[int, int]:
    with store.session() as session, session.begin():
        user_id = session.scalar(select(User.id).where(User.login == "JLC"))
        ids = dict(session.execute(select(Event.treatment_number, Event.id)
                                   .where(Event.treatment_number.in_([DELIVERED, NOT_CLAIMED]))).all())
        for number, status, ar24 in ((DELIVERED, "AR", 100001), (NOT_CLAIMED, "negligence", 100002)):
            session.add(RegisteredLetter(
                local_ref=f"RECO-{number}", event_id=ids[number], user_id=user_id, send_type=SendType.LRE_EIDAS,
                outbox_state=OutboxState.POSTED, ar24_status=status, ar24_mail_id=ar24,
                created_at=dt.datetime(2026, 11, 10, 9, 0), deposit_date=dt.datetime(2026, 11, 10, 10, 0),
                negligence_date=dt.datetime(2026, 11, 26, 8, 0) if status == "negligence" else None))
    return ids


def test_the_send_choice_refuses_a_paid_event_and_says_why_a_failed_one_is_offered(qtbot, demo_context) -> None:
    make_demo_ready_to_send(demo_context.store)
    ids = _letters(demo_context.store)
    window = EventsListWindow(demo_context)
    qtbot.addWidget(window)
    window.select_ids({ids[DELIVERED], ids[NOT_CLAIMED]})
    dialog = window.send_selected()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    dialog.types.button(OFFERED.index(SendType.LR_PAPIER)).click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    assert dialog.compatible.text() == "Nombre d'événement compatible : 1"
    assert dialog.incompatible.text() == "Nombre d'événement incompatible : 1"
    shown = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        shown[dialog.tabs.tabText(index)] = dialog.detail.information.text()
    refused = next(text for title, text in shown.items() if title.startswith("MUSIGNY"))
    offered = next(text for title, text in shown.items() if title.startswith("ATRILLON"))
    assert "Déjà envoyé : LRE n° 100001 du 10/11/2026, statut Accusé de réception" in refused
    assert "Evénement compatible pour l'envoi" in offered
    assert "LRE non réclamée le 26/11/2026 : renvoi en LR papier" in offered
    dialog.grab().save("/tmp/cli-money-send-choice-paid-once.png")
    dialog.close()
