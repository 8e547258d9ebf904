"""The OTP validation's entry point: to_valid LRE eIDAS letters are posted with the session
hash; an expired session is a clear signal, nothing is lost and the rest can follow."""
from __future__ import annotations

import pyotp
from sqlalchemy import select

from app.sending.send_types import PrintOptions
from app.outbox.control import Control
from app.outbox.post import post_validated
from app.store.models import OutboxState, RegisteredLetter, SendType
from tests.outbox.conftest import SETTLE, make_outbox, mails_by_ref
from tests.outbox.support import seed_batch


def to_valid_letters(store, client, account, tmp_path, count: int) -> list[int]:
    events = seed_batch(store, account, count)
    make_outbox(store, client, tmp_path).send(SendType.LRE_EIDAS, events, PrintOptions(), Control())
    with store.session() as session:
        return list(session.scalars(select(RegisteredLetter.id).where(
            RegisteredLetter.outbox_state == OutboxState.TO_VALID).order_by(RegisteredLetter.id)))


def otp_hash(client, account) -> str:
    return client.auth_otp(account["id"], pyotp.TOTP(account["otp_secret"]).now()).hash


def test_validated_letters_are_posted_as_eidas_once(store, client, control, account, tmp_path) -> None:
    letters = to_valid_letters(store, client, account, tmp_path, 6)
    report = post_validated(store, client, letters, otp_hash(client, account), Control(), workstation="poste",
                            parallel=3, settle=SETTLE)
    assert sorted(report.posted) == letters and not report.otp_expired and not report.remaining
    assert all(mail.is_eidas and mail.status == "waiting" for mail in report.posted.values())
    with store.session() as session:
        rows = list(session.execute(select(RegisteredLetter.local_ref, RegisteredLetter.outbox_state,
                                           RegisteredLetter.claimed_by)))
    assert {row.outbox_state for row in rows} == {OutboxState.POSTED} and {row.claimed_by for row in rows} == {None}
    counts = mails_by_ref(control)
    assert [counts[row.local_ref] for row in rows] == [1] * 6
    again = post_validated(store, client, letters, otp_hash(client, account), workstation="poste")
    assert not again.posted and set(again.skipped) == set(letters)   # never posted twice


def test_an_expired_otp_session_stops_and_leaves_the_rest_to_valid(store, client, control, account, tmp_path) -> None:
    letters = to_valid_letters(store, client, account, tmp_path, 4)
    report = post_validated(store, client, letters, "session-expiree", workstation="poste", parallel=1, settle=SETTLE)
    assert report.otp_expired and report.remaining == letters and not report.posted
    assert "saisissez un nouveau code OTP" in str(report.otp_message)
    with store.session() as session:
        assert set(session.scalars(select(RegisteredLetter.outbox_state))) == {OutboxState.TO_VALID}
    follow_up = post_validated(store, client, report.remaining, otp_hash(client, account), workstation="poste",
                               settle=SETTLE)
    assert sorted(follow_up.posted) == letters


def test_a_dropped_answer_during_validation_is_reconciled(store, client, control, account, tmp_path) -> None:
    letters = to_valid_letters(store, client, account, tmp_path, 5)
    control.faults(drop_after_commit=2)
    report = post_validated(store, client, letters, otp_hash(client, account), workstation="poste", parallel=2,
                            settle=SETTLE)
    assert sorted(report.posted) == letters
    counts = mails_by_ref(control)
    with store.session() as session:
        assert [counts[ref] for ref in session.scalars(select(RegisteredLetter.local_ref))] == [1] * 5
