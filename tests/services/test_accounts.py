"""app/services/accounts.py against the local AR24 service over real HTTP, without a window:
what each operation returns, and which changes it tells the other windows about."""
from __future__ import annotations

import pyotp
import pytest

from app import APP_NAME
from app.ar24.local_service import LocalServiceControl
from app.changes import Change, subscribe
from app.services import accounts
from app.services.accounts import (
    FIELD_MAX_LENGTHS,
    SENT_MESSAGE,
    AccountInputError,
    EidasState,
    LinkState,
    SenderAddress,
    otp_letters_dir,
)
from tests.conftest import link_demo_account


@pytest.fixture
def heard():
    """The changes published during the test, in order."""
    changes: list[Change] = []
    unsubscribe = subscribe(changes.append)
    yield changes
    unsubscribe()


def second_account(context) -> dict:
    """An AR24 account not yet verified by AR24 (no OTP key sent yet), which authorised the app."""
    with LocalServiceControl(context.ar24.local_service().root_url) as control:
        return control.add_user("gestion@agence-exemple.fr", otp_secret=None, link="granted", firstname="Paul",
                                lastname="Gérant", address1="8 place Darcy", zipcode="21000", city="Dijon")


def test_linking_tells_the_other_windows_once_and_the_demo_hint_comes_with_the_message(unlinked_demo_context, heard):
    email = unlinked_demo_context.ar24.local_service().demo_account["email"]
    requested = accounts.request_link(unlinked_demo_context, "MDU", email, "secret")
    assert requested.status.state is LinkState.PENDING and heard == [Change.LINK]
    text = str(requested.message)
    assert text.startswith(SENT_MESSAGE.format(app=APP_NAME)) and "Simuler le clic" in text
    assert accounts.has_saved_password(unlinked_demo_context, "MDU")

    heard.clear()
    assert accounts.refresh_link(unlinked_demo_context, "MDU").state is LinkState.PENDING
    assert heard == [], "a poll that finds nothing new is not a change"
    status = accounts.simulate_link_confirmation(unlinked_demo_context, "MDU")
    assert status.state is LinkState.LINKED and "Camille Martin" in status.account_name
    assert heard == [Change.LINK]
    assert accounts.link_status(unlinked_demo_context, "MDU").state is LinkState.LINKED


def test_the_simulated_click_exists_only_in_the_demo(demo_context):
    demo_context.settings.ar24_environment = "sandbox"
    with pytest.raises(AccountInputError, match="« Démo locale »"):
        accounts.simulate_link_confirmation(demo_context, "JLC")


def test_a_sender_ordered_then_identified_from_the_demo_letter(unlinked_demo_context, heard):
    link_demo_account(unlinked_demo_context)
    account = second_account(unlinked_demo_context)
    assert accounts.sender_slots(unlinked_demo_context) == accounts.SenderSlots(0, 0)
    draft = accounts.find_sender_account(unlinked_demo_context, "JLC", account["email"])
    assert (draft.identity_verified, draft.address.city) == (False, "Dijon")

    saved = accounts.add_sender(unlinked_demo_context, "JLC", draft, draft.address)
    letters = list(otp_letters_dir().glob("*.pdf"))
    assert len(letters) == 1 and str(letters[0]) in str(saved.message)
    assert str(saved.message).startswith("Identifiants eIDAS commandés")
    assert heard == [Change.SENDERS, Change.SENDERS]           # saved, then ordered
    (row,) = accounts.list_senders(unlinked_demo_context, "JLC")
    assert (row.id, row.state) == (saved.sender_id, EidasState.ORDERED)
    assert accounts.sender_code(unlinked_demo_context, row) is None

    key = accounts.read_otp_key_file(letters[0])
    accounts.register_otp_key(unlinked_demo_context, saved.sender_id, " ".join(key[i:i + 4] for i in range(0, len(key), 4)))
    (row,) = accounts.list_senders(unlinked_demo_context, "JLC")
    code = accounts.sender_code(unlinked_demo_context, row)
    assert row.state is EidasState.IDENTIFIED and pyotp.TOTP(key).verify(code.now().code, valid_window=1)
    assert key not in repr(code), "the key never reaches a log line through a repr"
    assert accounts.sender_slots(unlinked_demo_context) == accounts.SenderSlots(used=1, identified=1)


def test_two_senders_at_most_then_a_place_is_freed(unlinked_demo_context, heard):
    link_demo_account(unlinked_demo_context)
    for email in (unlinked_demo_context.ar24.local_service().demo_account["email"], second_account(unlinked_demo_context)["email"]):
        draft = accounts.find_sender_account(unlinked_demo_context, "JLC", email)
        accounts.add_sender(unlinked_demo_context, "JLC", draft, draft.address)
    slots = accounts.sender_slots(unlinked_demo_context, "JLC")
    assert slots.full and (slots.used, slots.limit) == (2, 2)
    with pytest.raises(AccountInputError, match="limité à 2 maximum"):
        accounts.find_sender_account(unlinked_demo_context, "JLC", "autre@agence-exemple.fr")
    heard.clear()
    accounts.remove_sender(unlinked_demo_context, accounts.list_senders(unlinked_demo_context, "JLC")[0].id)
    assert heard == [Change.SENDERS] and not accounts.sender_slots(unlinked_demo_context).full


def test_payment_methods_linked_to_every_entity_make_the_account_ready(unlinked_demo_context, heard):
    link_demo_account(unlinked_demo_context)
    methods = accounts.fetch_payment_methods(unlinked_demo_context, "JLC")
    rows = accounts.entity_payments(unlinked_demo_context, "JLC")
    assert accounts.payment_readiness(unlinked_demo_context) == accounts.PaymentReadiness(len(rows), 0)
    assert accounts.save_payment_links(unlinked_demo_context, "JLC", {rows[0].entity_id: methods[0]}) == 1
    assert heard == [Change.PAYMENT_LINKS]
    readiness = accounts.payment_readiness(unlinked_demo_context)
    assert (readiness.linked, readiness.complete) == (1, False)
    heard.clear()
    assert accounts.save_payment_links(unlinked_demo_context, "JLC", {rows[0].entity_id: methods[0]}) == 0
    assert heard == [], "nothing changed, nothing told"
    accounts.save_payment_links(unlinked_demo_context, "JLC", {row.entity_id: methods[1] for row in rows})
    assert accounts.payment_readiness(unlinked_demo_context).complete
    assert accounts.entity_payments(unlinked_demo_context, "JLC")[-1].slug == methods[1].slug


def test_the_home_checklist_follows_the_set_up_and_the_demo_reset(demo_context, heard):
    setup = accounts.ar24_setup(demo_context)
    assert (setup.link.state, setup.senders.identified, setup.payments.linked, setup.payments.entities) == \
        (LinkState.LINKED, 1, 4, 5), "seeded ready to try sending"
    assert not setup.complete, "S003 has no payment method: the error recap shows the rule"
    assert accounts.ar24_setup(demo_context, "NOBODY").link.state is LinkState.NOT_LINKED

    status = accounts.reset_demo(demo_context, "JLC")
    assert heard == [Change.LINK, Change.SENDERS, Change.PAYMENT_LINKS]
    setup = accounts.ar24_setup(demo_context)
    assert (status.state, setup.link.state, setup.senders.used, setup.payments.linked) == \
        (LinkState.NOT_LINKED, LinkState.NOT_LINKED, 0, 0)
    with pytest.raises(AccountInputError, match="pas encore autorisé"):    # AR24's side was reset too
        accounts.find_sender_account(demo_context, "JLC", setup.link.email)
    from app.accounts.demo import set_up_demo_account

    set_up_demo_account(demo_context)
    setup = accounts.ar24_setup(demo_context)
    assert setup.link.state is LinkState.LINKED and setup.senders.identified == 1
    assert setup.payments.linked == 2 and not setup.complete, "two entities paid of the demo's many"


def test_the_reset_exists_only_in_the_demo(demo_context):
    demo_context.settings.ar24_environment = "sandbox"
    with pytest.raises(AccountInputError, match="« Démo locale »"):
        accounts.reset_demo(demo_context, "JLC")
    assert accounts.ar24_setup(demo_context).link.state is LinkState.LINKED


def test_the_seeded_sender_validates_with_the_key_of_the_letter_it_opens(demo_context):
    """No hidden secret: the letter AR24 would have posted holds the key (QR code and in clear)."""
    (row,) = accounts.list_senders(demo_context, "JLC")
    assert (row.state, accounts.sender_code(demo_context, row)) == (EidasState.IDENTIFIED, None)
    letter = accounts.otp_letter(demo_context, row.id)
    assert letter.parent == otp_letters_dir() and letter.read_bytes().startswith(b"%PDF")
    key = accounts.read_otp_key_file(letter)
    accounts.register_otp_key(demo_context, row.id, key)        # AR24 accepts a code made from it
    (row,) = accounts.list_senders(demo_context, "JLC")
    assert accounts.sender_code(demo_context, row) is not None
    assert accounts.otp_letter(demo_context, row.id) == letter, "the letter is written once"


def test_address_field_lengths_are_those_the_rules_check():
    """The form's limits and the rule agree: 38 characters a line (NF Z10-011), ISO country."""
    assert FIELD_MAX_LENGTHS == {"address1": 38, "address2": 38, "city": 38, "country": 2}
    ok = SenderAddress("Paul", "Gérant", "", "x" * FIELD_MAX_LENGTHS["address1"], "", "21000", "Dijon", "FR")
    assert ok.problems() == []
    too_long = SenderAddress("Paul", "Gérant", "", "x" * 39, "", "21000", "Dijon", "FRA")
    assert [str(p).split(" ")[:3] for p in too_long.problems()] == [["Une", "ligne", "d'adresse"],
                                                               ["Le", "pays", "s'écrit"]]


def test_saving_the_connection_tells_the_link_may_have_changed(demo_context, heard):
    form = accounts.ConnectionForm("sandbox", token="T", private_key="K")
    assert accounts.save_connection(demo_context, form)
    assert heard == [Change.SETTINGS, Change.LINK]
    assert accounts.environment_label(demo_context) == "Sandbox AR24"
    heard.clear()
    assert not accounts.save_connection(demo_context, form)
    assert heard == [Change.SETTINGS]
