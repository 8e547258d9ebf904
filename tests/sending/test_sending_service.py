"""The sending operations behind the windows: the chrono rule, the record a recap line opens (a
typed location, never a parsed label), the events refused before the send choice, change events."""
from __future__ import annotations

from app import changes
from app.changes import Change
from app.demo.sending_setup import make_demo_ready_to_send
from app.sending.issues import (
    Issue,
    IssueCode,
    RecordKind,
    entity_place,
    event_place,
    tiers_place,
    user_place,
)
from app.sending.rules import is_chronoted
from app.services import sending as service
from app.store.models import SendType


def test_only_an_event_with_a_treatment_number_is_chronoted():
    assert is_chronoted(2901) and is_chronoted(0)
    assert not is_chronoted(None)


def test_each_recap_line_says_which_record_to_open():
    on_tiers = Issue(IssueCode.EMAIL, tiers_place("MEURSAULT Jeannine"), "Adresse Email incompatible", 1, 7)
    no_payment = Issue(IssueCode.PAYMENT, entity_place("S003"), "Aucun moyen de paiement", 2, ar24_setup=True)
    no_entity = Issue(IssueCode.PAYMENT, event_place("n° 2903"), "Evénement rattaché à aucune entité", 3)
    no_sender = Issue(IssueCode.EIDAS, user_place("JLC"), "Aucun expéditeur identifié eIDAS", 4, ar24_setup=True)
    landscape = Issue(IssueCode.DOCUMENT, "Pièce jointe : Annexe.pdf", "page 1 en paysage", 5)
    assert [(i.location.kind, i.location.record_id) for i in (on_tiers, no_payment, no_entity, no_sender, landscape)] \
        == [(RecordKind.TIERS, 7), (RecordKind.AR24_SETUP, None), (RecordKind.EVENT, 3),
            (RecordKind.AR24_SETUP, None), (RecordKind.EVENT, 5)]
    assert str(on_tiers.location.label) == "Tiers : MEURSAULT Jeannine"


def test_the_recap_of_the_demo_points_at_the_tiers_and_at_the_ar24_setup(demo_context):
    make_demo_ready_to_send(demo_context.store)
    choice = service.evaluate_send_choice(demo_context, [1, 2], SendType.LRE_EIDAS)
    lines = {str(line.location.label): line.location for line in choice.batch.recap_lines()}
    assert lines["Tiers : MEURSAULT Jeannine"].kind is RecordKind.TIERS     # event 1: "@gmail"
    assert lines["Entité : S003"].kind is RecordKind.AR24_SETUP              # event 2: S003 has no payment method


def test_events_without_a_number_are_set_aside_and_named(demo_context):
    selection = service.selection_for_sending(demo_context, [10, 1, 20, 2])   # every tenth has no number
    assert selection.ready == (1, 2) and selection.refused == (10, 20)
    notice = str(selection.notice)
    assert notice.startswith("2 événement(s) non chronoté(s) écarté(s) : ")
    assert notice.endswith("Seuls les événements ayant un numéro de traitement peuvent être envoyés en AR.")
    assert service.selection_for_sending(demo_context, [1, 2]).notice is None


def test_the_end_of_a_batch_refreshes_letters_and_events():
    heard: list[Change] = []
    unsubscribe = changes.subscribe(heard.append)
    try:
        service.batch_ended()
    finally:
        unsubscribe()
    assert heard == [Change.BATCH_ENDED, Change.LETTERS, Change.EVENTS]


def test_what_became_of_an_event_by_its_latest_letter():
    from app.sending.history import SendState, send_state

    assert send_state(None, None) is SendState.NOT_SENT
    for state in ("prepared", "uploaded", "posting", "uncertain", "to_valid"):
        assert send_state(state, "") is SendState.SENT, state
    for status in ("to_valid", "waiting", "sent", "AR", "read"):
        assert send_state("posted", status) is SendState.SENT, status
    for status in ("refused", "negligence", "bounced", "error", "not_valided"):
        assert send_state("posted", status) is SendState.TO_RESEND, status
    for state in ("failed", "cancelled"):
        assert send_state(state, "") is SendState.TO_RESEND, state
