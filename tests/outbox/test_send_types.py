"""Paper letters (LR papier) and syndic electronic notices go through the same pipeline as the
other letters — prepared, uploaded, posted once — each to its own AR24 endpoint."""
from __future__ import annotations

from app.outbox.control import Control
from app.outbox.pipeline import Outcome
from app.sending.send_types import PrintOptions
from app.store.models import OutboxState, RegisteredLetter, SendType
from tests.outbox.conftest import make_outbox
from tests.outbox.test_pipeline import assert_exactly_one_mail_each, states
from tests.outbox.support import seed_batch


def mails_at_ar24(client, account) -> dict[str, object]:
    """AR24's mails of the account, by their ref_client (the letters' local reference)."""
    return {mail.ref_client: mail for page in client.mail_pages(account["id"]) for mail in page}


def letters(store) -> list[RegisteredLetter]:
    with store.session() as session:
        return list(session.query(RegisteredLetter).order_by(RegisteredLetter.id))


def test_paper_letters_are_posted_once_to_the_paper_endpoint_with_address_and_print_options(
        store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 6)
    report = make_outbox(store, client, tmp_path).send(SendType.LR_PAPIER, events,
                                                       PrintOptions(color=True, duplex=False), Control())
    assert [r.outcome for r in report.results] == [Outcome.OK] * 6, report.summary()
    assert states(store) == {OutboxState.POSTED: 6}   # no OTP step for paper
    assert_exactly_one_mail_each(store, control, 6)
    at_ar24 = mails_at_ar24(client, account)
    for letter in letters(store):
        mail = at_ar24[letter.local_ref]
        assert mail.type == "paper" and mail.id == letter.ar24_mail_id   # POST paper, not POST mail
        assert (mail.raw["to_address1"], mail.raw["to_zipcode"], mail.raw["to_city"]) == ("3 rue des Lilas", "69003", "Lyon")
        assert (int(mail.raw["color"]), int(mail.raw["duplex"])) == (1, 0)
        assert len(mail.attachments) == 1 and not mail.to_email and letter.recipient_email == ""


def test_syndic_notices_are_posted_once_to_the_notice_endpoint_without_otp(
        store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 6, prefix="avis")
    report = make_outbox(store, client, tmp_path).send(SendType.AVIS_SYNDIC, events, PrintOptions(), Control())
    assert [r.outcome for r in report.results] == [Outcome.OK] * 6, report.summary()
    assert states(store) == {OutboxState.POSTED: 6}   # a simple (non-eIDAS) LRE: no to_valid step
    assert_exactly_one_mail_each(store, control, 6)
    at_ar24 = mails_at_ar24(client, account)
    for letter in letters(store):
        mail = at_ar24[letter.local_ref]
        assert mail.type == "syndic_notice" and mail.id == letter.ar24_mail_id   # POST notice
        assert not mail.is_eidas and mail.to_email == letter.recipient_email and mail.to_email.startswith("avis")
        assert len(mail.attachments) == 1
