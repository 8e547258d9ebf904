"""A batch against an AR24 that has none of our guessed routes: ERE letters are posted through
the confirmed ``POST mail``; the consents are checked on the local record, and the report says so."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.ar24.features import UNAVAILABLE_SENTENCES, Feature
from app.outbox.control import Control
from app.outbox.pipeline import LOCAL_CONSENTS, Outcome
from app.sending.send_types import PrintOptions
from app.store.models import RegisteredLetter, SendType
from tests.outbox.conftest import mails_by_ref, make_outbox
from tests.outbox.support import seed_batch
from tests.outbox.test_pipeline import assert_exactly_one_mail_each


def test_ere_letters_are_posted_and_consents_checked_locally(store, client, control, account, tmp_path: Path) -> None:
    events = seed_batch(store, account, 4)
    control.settings(confirmed_only=True)
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert [r.outcome for r in report.results] == [Outcome.OK] * 4
    assert report.notes == [LOCAL_CONSENTS]
    assert_exactly_one_mail_each(store, control, 4)


def test_a_paper_letter_without_its_route_fails_with_the_manual_path(store, client, control, account,
                                                                      tmp_path: Path) -> None:
    """Sent before any detection told the send choice: the first use says what to do instead."""
    events = seed_batch(store, account, 2)
    control.settings(confirmed_only=True)
    report = make_outbox(store, client, tmp_path).send(SendType.LR_PAPIER, events, PrintOptions(), Control())
    assert [r.outcome for r in report.results] == [Outcome.ERROR] * 2
    assert {str(r.message) for r in report.results} == {str(UNAVAILABLE_SENTENCES[Feature.PAPER])}
    with store.session() as session:
        refs = set(session.scalars(select(RegisteredLetter.local_ref)))
    assert not refs & set(mails_by_ref(control))          # nothing created (nor billed) at AR24
