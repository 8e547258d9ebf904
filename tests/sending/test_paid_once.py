"""An event is paid once, whatever the type: the send choice's rule, first type × outcome ×
second type (the command line's side is in tests/cli/test_send_rule.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.sending.choice import evaluate_send_choice
from app.sending.issues import IssueCode, Severity
from app.store.database import open_store
from app.store.models import RegisteredLetter, SendType
from tests.outbox.support import LOGIN
from tests.sending.paid_once import (
    FAILURES,
    TYPES,
    expected_line,
    expected_resend,
    seed_table,
)


@pytest.fixture
def table(tmp_path: Path):
    store = open_store(f"sqlite:///{tmp_path / 'table.db'}")
    cases, fresh = seed_table(store)
    yield store, cases, fresh
    store.dispose()


@pytest.mark.parametrize("second", list(TYPES))
def test_a_second_letter_is_offered_exactly_after_a_failure_of_the_first(table, second) -> None:
    store, cases, fresh = table
    choice = evaluate_send_choice(store, [c.event_id for c in cases] + fresh, TYPES[second], login=LOGIN)
    checks = {check.event_id: check for check in choice.batch.events}
    assert all(checks[event_id].compatible for event_id in fresh)   # the baseline: nothing else refuses
    for case in cases:
        check = checks[case.event_id]
        if case.outcome in FAILURES:
            assert check.compatible, (case, check.errors)
            assert [str(w.commentaire) for w in check.warnings] == [expected_resend(case, second)]
        else:
            assert [(e.code, str(e.commentaire)) for e in check.errors] == [(IssueCode.ALREADY_SENT, expected_line(case))]
            assert str(check.information) == expected_line(case)
    # What the confirmation would price: the failed events and the fresh ones, nothing already paid.
    assert choice.price.total.count == len(FAILURES) * len(TYPES) + len(fresh)


def test_a_chosen_second_send_of_a_delivered_event_is_offered_with_its_reason(table) -> None:
    store, cases, _ = table
    delivered = next(c for c in cases if c.first == "lre" and c.outcome == "AR")
    on_its_way = next(c for c in cases if c.first == "lre" and c.outcome == "sent")
    reasons = {delivered.event_id: "AR contesté par le copropriétaire", on_its_way.event_id: "trop lent"}
    choice = evaluate_send_choice(store, list(reasons), SendType.LR_PAPIER, login=LOGIN, resend_reasons=reasons)
    forced, waiting = choice.batch.events
    assert forced.compatible and [(w.code, w.severity, str(w.commentaire)) for w in forced.warnings] == [
        (IssueCode.RESEND, Severity.WARNING, (f"Renvoi volontaire en LR papier malgré LRE n° {delivered.number} du "
                                              "10/11/2026, statut Accusé de réception : motif « AR contesté par le "
                                              "copropriétaire »"))]
    assert not waiting.compatible and str(waiting.errors[0].commentaire).endswith(
        "un renvoi volontaire n'est possible qu'une fois la lettre remise")


def test_the_database_holds_one_letter_on_its_way_per_event_whatever_the_type(table) -> None:
    from sqlalchemy.exc import IntegrityError

    store, cases, _ = table
    for case in cases:
        with store.session() as session:
            user_id = session.scalar(select(RegisteredLetter.user_id).limit(1))
            session.add(RegisteredLetter(local_ref=f"SECOND-{case.event_id}", event_id=case.event_id,
                                         user_id=user_id, send_type=SendType.LR_PAPIER))
            if case.outcome in FAILURES:
                session.commit()
            else:
                with pytest.raises(IntegrityError):
                    session.commit()
    with store.session() as session, session.begin():   # a deliberate second send carries its reason
        delivered = next(c for c in cases if c.outcome == "AR")
        session.add(RegisteredLetter(local_ref="FORCED", event_id=delivered.event_id, user_id=user_id,
                                     send_type=SendType.LR_PAPIER, resend_reason="Renvoi volontaire : motif"))
