"""Consent: the two legal models, and every change recorded with its history."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.consent.changes import RemoteConsent, apply_remote_consents, set_consent, set_paper_request
from app.consent.rules import NO_CONSENT, ConsentFacts, ConsentModel, consent_model_for, electronic_refusal
from app.store.models import AuditEntry, ConsentOrigin, EntityKind, Tiers, TiersStatus

AFTER_DECREE = dt.date(2026, 3, 1)
BEFORE_DECREE = dt.date(2025, 6, 1)


def test_models_follow_the_entity_kind_and_the_date_of_the_decree():
    assert consent_model_for(EntityKind.SYNDICAT, AFTER_DECREE) is ConsentModel.COPRO_DEFAULT
    assert consent_model_for(EntityKind.SYNDICAT, BEFORE_DECREE) is ConsentModel.OPT_IN
    assert consent_model_for(EntityKind.GERANCE, AFTER_DECREE) is ConsentModel.OPT_IN
    assert consent_model_for(None, AFTER_DECREE) is ConsentModel.OPT_IN


def test_the_same_recipient_under_both_models():
    silent = ConsentFacts(TiersStatus.PARTICULIER, lre_consent=False, paper_requested=False)
    # Gérance: no opt-in, no electronic letter (L.100).
    assert electronic_refusal(silent, ConsentModel.OPT_IN) == NO_CONSENT
    # Copropriété: electronic by default.
    assert electronic_refusal(silent, ConsentModel.COPRO_DEFAULT) is None

    paper = ConsentFacts(TiersStatus.PARTICULIER, lre_consent=True, paper_requested=True,
                         paper_requested_date=dt.datetime(2026, 1, 12, 9, 0))
    assert electronic_refusal(paper, ConsentModel.OPT_IN) is None
    refusal = electronic_refusal(paper, ConsentModel.COPRO_DEFAULT)
    assert refusal and "papier" in str(refusal) and "12/01/2026" in str(refusal)


def test_professionals_need_no_opt_in():
    pro = ConsentFacts(TiersStatus.PROFESSIONNEL, lre_consent=False, paper_requested=False)
    assert electronic_refusal(pro, ConsentModel.OPT_IN) is None


def _tiers(session, code: str) -> Tiers:
    return session.scalar(select(Tiers).where(Tiers.code == code))


def test_set_consent_is_dated_attributed_and_audited(demo_store):
    with demo_store.session() as session, session.begin():
        target = session.scalar(select(Tiers).where(~Tiers.lre_consent, Tiers.email != "").limit(1))
        tiers_id, history = target.id, len(target.consent_history)
        diffs = set_consent(session, [tiers_id], True, "MDU")
    assert [d.tiers_id for d in diffs] == [tiers_id] and diffs[0].after_consent
    with demo_store.session() as session:
        tiers = session.get(Tiers, tiers_id)
        assert tiers.lre_consent and tiers.consent_email == tiers.email
        assert tiers.consent_origin is ConsentOrigin.MANUEL
        last = tiers.consent_history[-1]
        assert (last.change, last.by_login, last.origin) == ("consent_given", "MDU", ConsentOrigin.MANUEL)
        assert len(tiers.consent_history) == history + 1
        assert session.scalar(select(AuditEntry).where(AuditEntry.target == f"tiers:{tiers_id}",
                                                       AuditEntry.action == "consent_given"))
    # Ticking again changes nothing and writes no history.
    with demo_store.session() as session, session.begin():
        assert set_consent(session, [tiers_id], True, "MDU") == []


def test_paper_request_is_recorded_with_its_date(demo_store):
    with demo_store.session() as session, session.begin():
        tiers = session.scalar(select(Tiers).where(~Tiers.paper_requested).limit(1))
        assert set_paper_request(session, [tiers.id], True, "JLC") == 1
        assert tiers.paper_requested_date is not None
        assert tiers.consent_history[-1].origin is ConsentOrigin.COPROPRIETAIRE


def test_remote_consents_tick_untick_and_update_the_email(demo_store):
    with demo_store.session() as session:
        silent = session.scalar(select(Tiers).where(~Tiers.lre_consent, Tiers.email.like("%.%")).limit(1))
        consenting = session.scalar(select(Tiers).where(Tiers.lre_consent).limit(1))
        silent_id, silent_email = silent.id, silent.email
        consenting_id, consenting_email = consenting.id, consenting.email
    remote = [RemoteConsent(silent_email.upper(), "accepted"), RemoteConsent(consenting_email, "refused"),
              RemoteConsent("nobody@example.org", "accepted"), RemoteConsent(silent_email, "waiting")]
    with demo_store.session() as session, session.begin():
        diffs = apply_remote_consents(session, remote, "JLC")
    assert {d.tiers_id: d.after_consent for d in diffs} == {silent_id: True, consenting_id: False}
    with demo_store.session() as session:
        assert session.get(Tiers, silent_id).lre_consent is True
        assert session.get(Tiers, silent_id).consent_origin is ConsentOrigin.AR24
        assert session.get(Tiers, consenting_id).lre_consent is False
        assert session.get(Tiers, consenting_id).consent_history[-1].change == "consent_refused"


def test_email_errors_are_explained_in_french():
    from app.consent.emails import email_error

    assert email_error("jeannine.meursault@gmail.com") is None
    assert "nom de domaine est incomplet" in str(email_error("jeannine.meursault@gmail"))
    assert "il manque le @" in str(email_error("jeannine.meursault.gmail.com"))
    assert "espace" in str(email_error("jeannine meursault@gmail.com"))


def test_refusals_and_email_reasons_read_in_english():
    from app.consent.emails import email_error
    from app.i18n import render
    from app.translations import translator

    english = translator("en")
    paper = ConsentFacts(TiersStatus.PARTICULIER, lre_consent=True, paper_requested=True,
                         paper_requested_date=dt.datetime(2026, 1, 12, 9, 0))
    assert render(electronic_refusal(paper, ConsentModel.COPRO_DEFAULT), english) == (
        "The co-owner asked for paper mail on 12/01/2026: send this letter as a paper registered letter")
    silent = ConsentFacts(TiersStatus.PARTICULIER, lre_consent=False, paper_requested=False)
    assert render(electronic_refusal(silent, ConsentModel.OPT_IN), english) == "No valid LRE consent"
    assert render(email_error("jeannine.meursault.gmail.com"), english) == (
        "The e-mail address “jeannine.meursault.gmail.com” is not valid: the @ is missing.")
