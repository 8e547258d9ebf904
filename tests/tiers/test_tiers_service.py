"""The tiers operations behind the windows: normalization, field widths, saving, change events."""
from __future__ import annotations

from sqlalchemy import select

from app import changes
from app.changes import Change
from app.services import tiers as service
from app.store.models import Tiers
from app.tiers.edit import DEFAULT_COUNTRY, FIELD_MAX, TiersForm, normalized


def test_a_form_is_written_as_the_post_reads_it():
    form = normalized(TiersForm(version=1, lastname="  Meursault ", city=" dijon cedex ", country=" be "))
    assert (form.lastname, form.city, form.country) == ("Meursault", "DIJON CEDEX", "BE")
    assert normalized(TiersForm(version=1, country="  ")).country == DEFAULT_COUNTRY == "FR"


def test_field_widths_are_the_store_columns():
    assert FIELD_MAX["address1"] == FIELD_MAX["city"] == 38    # AFNOR XP Z10-011: 38 characters a line
    assert (FIELD_MAX["lastname"], FIELD_MAX["company"], FIELD_MAX["country"]) == (80, 120, 2)
    assert FIELD_MAX["email"] == FIELD_MAX["consent_email"] == 254


def _heard() -> tuple[list[Change], callable]:
    heard: list[Change] = []
    return heard, changes.subscribe(heard.append)


def _meursault(context) -> int:
    with context.store.session() as session:
        return session.scalar(select(Tiers.id).where(Tiers.lastname == "MEURSAULT", Tiers.firstname == "Jeannine"))


def test_saving_a_record_normalizes_it_and_says_tiers_changed(demo_context):
    tiers_id = _meursault(demo_context)
    record = service.tiers_record(demo_context, tiers_id)
    assert record.display_name == "MEURSAULT Jeannine"
    form = record.form
    form.email, form.consent_email, form.city, form.country = "jeannine.meursault@gmail.com", "", "beaune", ""
    heard, unsubscribe = _heard()
    try:
        assert service.save_tiers_record(demo_context, tiers_id, form) == ()
    finally:
        unsubscribe()
    assert heard == [Change.TIERS]
    again = service.tiers_record(demo_context, tiers_id)
    assert (again.form.city, again.form.country) == ("BEAUNE", "FR") and again.form.version > form.version
    # The copy read before the save is now stale: refused with the French explanation, nothing published.
    heard, unsubscribe = _heard()
    try:
        errors = service.save_tiers_record(demo_context, tiers_id, form)
    finally:
        unsubscribe()
    assert len(errors) == 1 and "modifiée entre-temps" in errors[0] and heard == []


def test_consent_actions_count_what_changed_and_publish(demo_context):
    with demo_context.store.session() as session:
        ids = list(session.scalars(select(Tiers.id).where(~Tiers.lre_consent).order_by(Tiers.id).limit(3)))
    heard, unsubscribe = _heard()
    try:
        assert service.set_consent(demo_context, ids, True) == 3
        assert service.set_consent(demo_context, ids, True) == 0        # already given: nothing changes
        assert service.set_paper_request(demo_context, ids[:2], True) == 2
    finally:
        unsubscribe()
    assert heard == [Change.TIERS] * 3
    history = service.tiers_record(demo_context, ids[0]).history
    assert [str(line.change) for line in history[:2]] == ["Demande d'envoi papier", "Accord de consentement donné"]
