"""The compatibility rules of "Choix de l'envoi", one error line each, over the demo store."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.demo.sending_setup import make_demo_ready_to_send
from app.sending.compatibility import COMPATIBLE, check_events
from app.sending.issues import IssueCode
from app.sending.pricing import TERRITORIES, load_price_settings, money, save_price_settings, summarize
from app.store.models import AuditEntry, Event, Setting, TiersStatus
from app.store.models import SendType as T

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def ready(demo_store):
    return demo_store           # seeded ready to send: S003 alone has no payment method


def _check(store, ids, send_type, **kwargs):
    kwargs.setdefault("send_date", TODAY)
    return check_events(store, ids, send_type, login="JLC", **kwargs)


def _comments(batch) -> list[str]:
    return [str(issue.commentaire) for issue in batch.errors]


def test_compatible_event_has_the_lsc_information_line(ready, add_event, add_tiers):
    event_id = add_event(tiers_code=add_tiers("G001", lre_consent=True))
    batch = _check(ready, [event_id], T.LRE_EIDAS)
    assert (batch.demanded, batch.compatible, batch.incompatible) == (1, 1, 0)
    event = batch.events[0]
    assert event.information == COMPATIBLE == "Evénement compatible pour l'envoi"
    assert event.tab_title == "ESSAI Lucie : Courrier de test"
    assert event.recipient_address == ("lucie.essai@exemple.fr",)
    assert event.payment.text == "test prelevement (****42 - BANQUE KOLB) gocardless-18178 (Entité : G001)"


def test_email_of_the_correspondant_first_then_the_tiers(ready, add_event, add_tiers):
    with_contact = add_event(tiers_code=add_tiers(lre_consent=True, correspondant_email="paul@notaire.fr"))
    bad_contact = add_event(tiers_code=add_tiers(lre_consent=True, correspondant_email="paul@notaire"))
    batch = _check(ready, [with_contact, bad_contact], T.LRE_EIDAS)
    assert batch.events[0].recipient_address == ("paul@notaire.fr",)
    assert _comments(batch) == ["Adresse Email incompatible : « paul@notaire »"]
    empty = add_event(tiers_code=add_tiers(lre_consent=True, email=""))
    assert _comments(_check(ready, [empty], T.LRE_EIDAS)) == ["Adresse Email incompatible : aucune adresse renseignée"]


def test_consent_follows_the_legal_model_of_the_entity(ready, add_event, add_tiers):
    gerance = add_event(tiers_code=add_tiers("G001"))                          # opt-in: consent required
    pro = add_event(tiers_code=add_tiers("G001", status=TiersStatus.PROFESSIONNEL, company="SCI Test"))
    copro = add_event(tiers_code=add_tiers("S001"))                            # electronic by default
    paper = add_event(tiers_code=add_tiers("S001", paper_requested=True,
                                           paper_requested_date=dt.datetime(2026, 1, 5, 9, 0)))
    batch = _check(ready, [gerance, pro, copro, paper], T.LRE_EIDAS)
    assert [e.compatible for e in batch.events] == [False, True, True, False]
    assert _comments(batch) == ["Consentement LRE non valide",
                                "Le copropriétaire a demandé l'envoi papier le 05/01/2026 : envoyez ce courrier "
                                "en LR papier"]
    assert batch.errors[0].emplacement == "Tiers : ESSAI Lucie"
    assert batch.consent_only_event_ids == [gerance, paper]
    before_decree = _check(ready, [copro], T.LRE_EIDAS, send_date=dt.date(2025, 12, 1))
    assert _comments(before_decree) == ["Consentement LRE non valide"]


def test_paper_checks_the_postal_address_and_portrait_pages(ready, add_event, add_tiers, corpus):
    no_town = add_event(tiers_code=add_tiers(postal_code="", city=""))
    landscape = add_event(corpus["paysage.pdf"], tiers_code=add_tiers(email="", lre_consent=False))
    long_line = add_event(tiers_code=add_tiers(address1="Résidence du Grand Parc des Tilleuls, bâtiment"))
    batch = _check(ready, [no_town, landscape, long_line], T.LR_PAPIER)
    assert _comments(batch) == [
        "Adresse postale incomplète : code postal et ville manquants",
        "La page 3 de « paysage.pdf » est en paysage : la LR papier n'accepte que le format A4 portrait.",
        "Adresse postale trop longue : la ligne « Résidence du Grand Parc des Tilleuls, bâtiment » dépasse "
        "38 caractères (46)"]
    assert batch.events[1].recipient_address == ("Madame Lucie ESSAI", "3 rue Monge", "21000 DIJON")
    # The same landscape A4 annex is fine electronically, where the e-mail is checked instead.
    assert _comments(_check(ready, [landscape], T.LRE_EIDAS)) == [
        "Adresse Email incompatible : aucune adresse renseignée", "Consentement LRE non valide"]


def test_account_rules_payment_method_and_eidas_sender(unlinked_demo_store, add_event, add_tiers):
    event_id = add_event(tiers_code=add_tiers("S003", lre_consent=True))
    batch = _check(unlinked_demo_store, [event_id], T.LRE_EIDAS)          # nothing linked, no sender
    assert [(i.code, i.emplacement) for i in batch.errors] == [(IssueCode.EIDAS, "Utilisateur : JLC"),
                                                                (IssueCode.PAYMENT, "Entité : S003")]
    assert "Gérer les moyens de paiement pour mon compte" in batch.errors[1].commentaire
    make_demo_ready_to_send(unlinked_demo_store)
    assert [i.code for i in _check(unlinked_demo_store, [event_id], T.LRE_EIDAS).errors] == [IssueCode.PAYMENT]
    assert _check(unlinked_demo_store, [event_id], T.LRE_EIDAS, payment_required=False).compatible == 1


def test_treatment_number_and_avis_for_syndicates_only(ready, add_event, add_tiers):
    not_chrono = add_event(tiers_code=add_tiers("S001"), number=None)
    gerance = add_event(tiers_code=add_tiers("G001", lre_consent=True))
    batch = _check(ready, [not_chrono, gerance], T.AVIS_SYNDIC)
    assert [i.code for i in batch.errors] == [IssueCode.CHRONO, IssueCode.SEND_TYPE]
    assert batch.errors[0].commentaire == "Evénement non chronoté : attribuez-lui un numéro de traitement"


def test_ag_convocation_deadline_is_a_warning(ready, add_event, add_tiers):
    tiers = add_tiers("S001")
    late = add_event(tiers_code=tiers, ag_date=TODAY + dt.timedelta(days=21))
    in_time = add_event(tiers_code=tiers, ag_date=TODAY + dt.timedelta(days=22))
    batch = _check(ready, [late, in_time], T.LRE_EIDAS)
    assert batch.compatible == 2                       # a warning never blocks
    assert [len(e.warnings) for e in batch.events] == [1, 0]
    assert batch.events[0].warnings[0].commentaire.startswith(
        "Convocation à l'AG du 23/03/2026 présentée au plus tôt le 02/03/2026 : 20 jours au lieu des 21")
    # Paper is presented two business days later: 22 days are not enough any more.
    assert [len(e.warnings) for e in _check(ready, [late, in_time], T.LR_PAPIER).events] == [1, 1]


def test_whole_demo_batch_and_the_recap_lines(ready):
    with ready.session() as session:
        ids = list(session.scalars(select(Event.id).order_by(Event.id)))
    batch = _check(ready, ids, T.LRE_EIDAS)
    assert batch.demanded == 40 and batch.compatible + batch.incompatible == 40
    assert 0 < batch.compatible < 40
    assert batch.error_event_ids == [e.event_id for e in batch.events if e.errors]
    lines = batch.recap_lines()
    assert lines[0].issue.emplacement == "Tiers : MEURSAULT Jeannine"
    assert lines[0].commentaire == "Adresse Email incompatible : « jeannine.meursault@gmail »"
    payment = [line for line in lines if line.issue.code is IssueCode.PAYMENT]
    assert len(payment) == 1 and payment[0].commentaire.endswith("événements)")   # once, with its count


def test_changed_attachment_is_inspected_again(ready, add_event, add_tiers, tmp_path, corpus):
    path = tmp_path / "annexe.pdf"
    path.write_bytes(corpus["bon.pdf"].read_bytes())
    event_id = add_event(path, tiers_code=add_tiers(lre_consent=True))
    assert _check(ready, [event_id], T.LR_PAPIER).compatible == 1
    path.write_bytes(corpus["paysage.pdf"].read_bytes())
    assert _comments(_check(ready, [event_id], T.LR_PAPIER)) == [
        "La page 3 de « annexe.pdf » est en paysage : la LR papier n'accepte que le format A4 portrait."]


def test_price_summary_per_entity_with_the_tax_of_the_settings(demo_store):
    with demo_store.session() as session, session.begin():
        defaults = load_price_settings(session)
        session.add_all([Setting(key="price_ht.lre_eidas", value="3,50"), Setting(key="tax.rate", value="11"),
                         Setting(key="tax.label", value="TGC")])
    assert (defaults.tax_rate, defaults.tax_label) == (Decimal(20), "TVA")
    with demo_store.session() as session:
        settings = load_price_settings(session)
    summary = summarize(T.LRE_EIDAS, ["S001", "G001", "S001"], settings)
    assert [(line.label, line.count, line.ht, line.tax, line.ttc) for line in summary.lines] == [
        ("G001", 1, Decimal("3.50"), Decimal("0.39"), Decimal("3.89")),
        ("S001", 2, Decimal("7.00"), Decimal("0.77"), Decimal("7.77"))]
    assert (summary.total.count, summary.total.ttc, summary.tax_label) == (3, Decimal("11.66"), "TGC")
    assert summary.money(Decimal("1234.5")) == "1\u202f234,50 €"


def test_new_caledonian_agency_counts_whole_francs_cfp_with_tgc(demo_store):
    with demo_store.session() as session, session.begin():
        save_price_settings(session, TERRITORIES["nouvelle_caledonie"].settings, "JLC")
    with demo_store.session() as session:
        settings = load_price_settings(session)
        audit = session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "tarifs"))
    assert (settings.currency.code, settings.tax_label, settings.tax_rate) == ("XPF", "TGC", Decimal(6))
    assert audit.startswith("XPF, TGC 6 %")
    summary = summarize(T.ERE_SIMPLE, ["S001", "G001", "S001"], settings)
    # By hand: 377 XPF HT a letter (OPT-NC's price); TGC 6 % per entity rounded to the franc.
    # G001: 377 + 22,62 → 23 = 400 (the seed's receipt); S001: 754 + 45,24 → 45 = 799.
    assert [(line.label, line.ht, line.tax, line.ttc) for line in summary.lines] == [
        ("G001", Decimal(377), Decimal(23), Decimal(400)), ("S001", Decimal(754), Decimal(45), Decimal(799))]
    assert (summary.total.ht, summary.total.tax, summary.total.ttc) == (Decimal(1131), Decimal(68), Decimal(1199))
    assert summary.money(summary.total.ttc) == "1\u202f199 XPF"
    assert money(Decimal("3.355")) == "3,36 €"
