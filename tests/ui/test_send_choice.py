"""Liste Evénement › Envoyer en AR › "Choix de l'envoi" › "LISTE DES ERREURS", as a user drives them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.demo.sending_setup import make_demo_ready_to_send
from app.sending.send_types import PrintOptions
from app.store.models import Event, SendType, Tiers
from ui.sending.events_list import EventsListWindow
from ui.sending.send_choice import OFFERED
from ui.tiers.tiers_record import TiersRecordDialog


@pytest.fixture
def events(qtbot, demo_context):
    make_demo_ready_to_send(demo_context.store)
    window = EventsListWindow(demo_context)
    qtbot.addWidget(window)
    yield window
    if window.send_dialog is not None:
        window.send_dialog.close()


def _all_ids(context, chrono_only=False) -> list[int]:
    query = select(Event.id).order_by(Event.id)
    if chrono_only:
        query = query.where(Event.treatment_number.is_not(None))
    with context.store.session() as session:
        return list(session.scalars(query))


def _open(qtbot, events, ids):
    events.table.clearSelection()
    events.select_ids(set(ids))
    dialog = events.send_selected()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    return dialog


def _counts(dialog) -> tuple[str, str, str]:
    return dialog.demanded.text(), dialog.compatible.text(), dialog.incompatible.text()


# Counted by hand from the demo seed (app/demo/seed.py, sending_setup.py) for its 36 chronotés (every
# tenth of the 40 events has no treatment number):
# - 8 events of S003, the entity left without a payment method (events 2, 7, 12, … 37);
# - LRE: + 4 broken e-mails (T0001, T0018, T0039 "@gmail", T0027 empty; event 12 is also S003's)
#   + 7 gérance tenants of G002 who never consented → 8 + 4 - 1 + 7 = 18 incompatible;
# - LR papier: + 2 landscape annexes (events 21, 29; event 37's is S003's) + 2 incomplete postal
#   addresses (T0010, T0045) → 12 incompatible;
# - avis électronique: LRE's 18 + the 4 other gérance events (5, 8, 25, 35), syndics only → 22.
LRE_INCOMPATIBLE = {2, 7, 12, 17, 22, 27, 32, 37} | {1, 12, 15, 39} | {3, 13, 18, 23, 28, 33, 38}
PAPER_INCOMPATIBLE = {2, 7, 12, 17, 22, 27, 32, 37} | {21, 29} | {28, 33}
EXPECTED_COUNTS = {SendType.LRE_EIDAS: (36, 18, 18), SendType.LR_PAPIER: (36, 24, 12),
                   SendType.AVIS_SYNDIC: (36, 14, 22)}


def _expected(send_type) -> tuple[str, str, str]:
    demanded, compatible, incompatible = EXPECTED_COUNTS[send_type]
    return (f"Nombre d'AR demandés : {demanded}", f"Nombre d'événement compatible : {compatible}",
            f"Nombre d'événement incompatible : {incompatible}")


def test_actions_menu_ends_with_envoyer_en_ar(events):
    assert events.actions_menu.actions()[-1].text() == "Envoyer en AR"


def test_events_without_treatment_number_are_refused_with_a_message(qtbot, events, demo_context):
    ids = _all_ids(demo_context)
    chrono = _all_ids(demo_context, chrono_only=True)
    dialog = _open(qtbot, events, ids)
    assert sorted(dialog.event_ids) == chrono         # only the chronotés go on, in the list's order
    assert dialog.notice.text().startswith(f"{len(ids) - len(chrono)} événement(s) non chronoté(s) écarté(s) : ")
    assert "numéro de traitement" in dialog.notice.text()
    not_chrono = sorted(set(ids) - set(chrono))
    events.send_dialog.close()
    events.table.clearSelection()
    events.select_ids(set(not_chrono))
    assert events.send_selected() is None
    assert "non chronoté" in events.message_box.text()


def test_switching_the_type_recomputes_the_three_counts(qtbot, events, demo_context):
    ids = _all_ids(demo_context, chrono_only=True)
    dialog = _open(qtbot, events, ids)
    assert dialog.send_type is SendType.LRE_EIDAS
    assert _counts(dialog) == _expected(SendType.LRE_EIDAS)
    assert not dialog.print_box.isEnabled()           # print settings are for paper only
    assert dialog.tabs.count() == len(ids)
    for send_type in (SendType.LR_PAPIER, SendType.AVIS_SYNDIC):
        dialog.types.button(OFFERED.index(send_type)).click()
        assert dialog.choice is None                   # the old figures are never shown as new
        qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
        assert _counts(dialog) == _expected(send_type)
        assert dialog.print_box.isEnabled() is (send_type is SendType.LR_PAPIER)


def test_one_tab_per_event_with_its_detail(qtbot, events, demo_context):
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    dialog.tabs.setCurrentIndex(dialog.event_ids.index(1))          # event 1: MEURSAULT Jeannine
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "MEURSAULT Jeannine : Convocation AG"
    assert dialog.detail.recipient.text() == "Destinataire : MEURSAULT Jeannine"
    assert dialog.detail.address.text().endswith("jeannine.meursault@gmail")
    assert "Adresse Email incompatible" in dialog.detail.information.text()
    compatible = next(i for i, c in enumerate(dialog.choice.batch.events) if c.compatible)
    dialog.tabs.setCurrentIndex(compatible)
    assert "Evénement compatible pour l'envoi" in dialog.detail.information.text()
    assert dialog.detail.payment.text().startswith("Moyen de paiement : ")
    assert dialog.detail.attachments.horizontalHeaderItem(0).text() == "Nom"


def test_recap_fix_a_tiers_by_double_click_then_recalculate(qtbot, events, demo_context):
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    before = dialog.choice.batch.incompatible
    dialog.recap_link.linkActivated.emit("recap")
    assert dialog.pages.currentWidget() is dialog.recap
    assert dialog.recap.count.text() == f"Nombre d'événement incompatible : {before}"
    table = dialog.recap.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Tiers : MEURSAULT Jeannine")
    assert table.item(row, 1).text() == "Adresse Email incompatible : « jeannine.meursault@gmail »"
    table.doubleClicked.emit(table.model().index(row, 1))
    record = dialog.record
    assert isinstance(record, TiersRecordDialog) and record.isVisible()
    record.email.setText("jeannine.meursault@gmail.com")
    record.consent_email.setText("")
    assert record.save()
    dialog.recap.header.linkActivated.emit("recalculer")
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    assert dialog.choice.batch.incompatible == before - 1
    assert dialog.recap.count.text() == f"Nombre d'événement incompatible : {before - 1}"
    assert all(table.item(r, 0).text() != "Tiers : MEURSAULT Jeannine" for r in range(table.rowCount()))
    dialog.recap.header.linkActivated.emit("retour")
    assert dialog.pages.currentIndex() == 0


def test_list_the_events_in_error(qtbot, events, demo_context):
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    dialog.show_recap()
    dialog.recap.header.linkActivated.emit("lister")
    assert {events.model.row_id(r) for r in range(events.model.rowCount())} == LRE_INCOMPATIBLE
    assert events.windowTitle() == "Liste Evénement 18 / 40"
    events.show_only(None)
    assert events.model.rowCount() == 40


def _confirmation(qtbot, dialog, click=None):
    (click or dialog.validate_button.click)()
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=10_000)
    return dialog.confirmation


def _table(confirm) -> dict[str, list[str]]:
    table = confirm.table
    return {table.item(r, 1).text(): [table.item(r, c).text() for c in (2, 3, 4, 5, 6)]
            for r in range(table.rowCount())}


def test_valider_is_the_default_button_and_asks_before_anything_starts(qtbot, events, demo_context):
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    button = dialog.validate_button
    assert button.text() == "Valider l'envoi…" and button.isDefault()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus          # reachable with Tab, pressed with Enter
    started = []
    dialog.send_requested.connect(lambda *args: started.append(args))
    confirm = _confirmation(qtbot, dialog, lambda: dialog.header.linkActivated.emit("valider"))   # LSC's link
    assert confirm.isVisible() and confirm.cancel_button.isDefault()
    confirm.cancel_button.click()                                     # "Annuler": nothing starts
    assert started == [] and dialog.isVisible() and dialog.confirmation is None
    confirm = _confirmation(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key.Key_Return))   # Enter: the default
    confirm.confirm_button.click()
    assert [send_type for send_type, _ids, _options in started] == [SendType.LRE_EIDAS]
    assert sorted(started[0][1]) == [i for i in _all_ids(demo_context, chrono_only=True) if i not in LRE_INCOMPATIBLE]


def test_the_confirmation_shows_what_will_be_paid_per_entity_and_payer(qtbot, events, demo_context):
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    dialog.types.button(OFFERED.index(SendType.LR_PAPIER)).click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    dialog.color.setChecked(True)
    confirm = _confirmation(qtbot, dialog)
    # By hand: 6,99 € HT a paper letter (AR24's price, seed 002), TVA 20 % per entity rounded to the
    # cent (4 × 6,99 = 27,96 → TVA 5,592 → 5,59); 24 compatible (see EXPECTED_COUNTS).
    bank, card = "test prelevement (****42 - BANQUE KOLB) gocardless-18178", "TEST (****3640 - 6/2023) stripe-47146"
    assert _table(confirm) == {"G001": [bank, "4", "27,96 €", "5,59 €", "33,55 €"],
                               "G002": [card, "6", "41,94 €", "8,39 €", "50,33 €"],
                               "S001": [bank, "7", "48,93 €", "9,79 €", "58,72 €"],
                               "S002": [card, "7", "48,93 €", "9,79 €", "58,72 €"]}
    assert confirm.per_type.text() == "• LR Papier (A4 portrait uniquement) : 24 lettre(s)"
    # Totals: 24 × 6,99 = 167,76 € HT; the tax is the sum of the entities' lines (each payer is billed
    # its own): 5,59 + 8,39 + 9,79 + 9,79 = 33,56 €; 201,32 € TTC.
    for label, value in (("Montant hors taxes :", "167,76 €"), ("Montant TVA 20 % :", "33,56 €"),
                         ("Montant TTC total :", "201,32 €")):
        assert f"<td>{label}</td><td align='right'><b>{value}</b>" in confirm.totals.text()
    assert confirm.sender.text().startswith("Expéditeur : ")
    assert not confirm.dropped.isVisibleTo(confirm)
    with qtbot.waitSignal(dialog.send_requested) as sent:
        confirm.confirm_button.click()
    send_type, ids, options = sent.args
    chrono = _all_ids(demo_context, chrono_only=True)
    assert (send_type, sorted(ids), options) == (SendType.LR_PAPIER, [i for i in chrono if i not in PAPER_INCOMPATIBLE],
                                                 PrintOptions(color=True, duplex=True))


def test_the_confirmation_is_recomputed_at_that_moment(qtbot, events, demo_context):
    dialog = _open(qtbot, events, [4, 6, 11])            # three compatible LRE: S002, S001, S001
    with demo_context.store.session() as session, session.begin():   # meanwhile, event 6's tiers loses its e-mail
        session.get(Event, 6).tiers.email = ""
    confirm = _confirmation(qtbot, dialog)
    assert confirm.confirmation.letters == 2 and confirm.dropped.isVisibleTo(confirm)
    assert confirm.dropped.text().startswith("1 événement(s) ne sont plus compatibles")
    assert _table(confirm) == {"S001": ["test prelevement (****42 - BANQUE KOLB) gocardless-18178", "1", "3,49 €",
                                        "0,70 €", "4,19 €"],
                               "S002": ["TEST (****3640 - 6/2023) stripe-47146", "1", "3,49 €", "0,70 €", "4,19 €"]}
    confirm.reject()


def test_consent_only_refusals_can_go_by_paper(qtbot, events, demo_context):
    with demo_context.store.session() as session:
        gerance = list(session.scalars(select(Event.id).join(Tiers, Event.tiers_id == Tiers.id).where(
            Event.treatment_number.is_not(None), ~Tiers.lre_consent, Tiers.email.contains("."),
            Tiers.postal_code != "", Tiers.city != "", Tiers.status == "particulier",
            Event.entity_id.in_(select(Tiers.entity_id).where(Tiers.code.in_(("T0004", "T0005")))))))
    dialog = _open(qtbot, events, gerance)
    # The G002 tenants who never consented (events 3, 13, 18, 23, 38), all with a complete address.
    assert sorted(gerance) == [3, 13, 18, 23, 38] and dialog.paper_offer.isVisible()
    assert dialog.paper_offer_text.text() == ("5 événement(s) refusé(s) faute de consentement, dont 5 compatible(s) "
                                              "en LR papier :")
    dialog.paper_offer.setChecked(True)
    assert dialog.print_box.isEnabled()
    assert "LR papier" in dialog.price.item(dialog.price.rowCount() - 1, 0).text()
    confirm = _confirmation(qtbot, dialog)
    # By hand: five G002 letters on paper, 5 × 6,99 € = 34,95 € HT, TVA 6,99 €; no LRE left to send.
    assert confirm.per_type.text() == "• LR Papier (A4 portrait uniquement) : 5 lettre(s)"
    assert "<b>41,94 €</b>" in confirm.totals.text()
    with qtbot.waitSignals([dialog.send_requested], check_params_cbs=[
            lambda send_type, ids, _o: send_type is SendType.LR_PAPIER and sorted(ids) == [3, 13, 18, 23, 38]]):
        confirm.confirm_button.click()


def test_ere_simple_says_what_it_is_worth_and_refuses_ag_convocations(qtbot, events, demo_context):
    ids = _all_ids(demo_context, chrono_only=True)
    dialog = _open(qtbot, events, ids)
    assert not dialog.type_notice.isVisible()
    dialog.types.button(OFFERED.index(SendType.ERE_SIMPLE)).click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    assert dialog.types.checkedButton().text() == "Lettre suivie électronique (ERE simple)"
    assert dialog.type_notice.isVisibleTo(dialog) and "Sans valeur de lettre recommandée" in dialog.type_notice.text()
    with demo_context.store.session() as session:
        convocations = set(session.scalars(select(Event.id).where(Event.id.in_(ids), Event.ag_date.is_not(None))))
    assert convocations
    batch = dialog.choice.batch
    refusals = [issue for issue in batch.errors if issue.event_id in convocations
                and "la lettre suivie électronique n'a pas la valeur d'une lettre recommandée" in str(issue.commentaire)]
    assert {issue.event_id for issue in refusals} == convocations      # every convocation, none sent
    assert not convocations & set(batch.compatible_event_ids)
    assert str(refusals[0].commentaire).startswith("Convocation à l'AG du ")
    assert str(refusals[0].commentaire).endswith("choisissez la LRE qualifiée, l'avis électronique ou la LR papier")


def _francs(amount: int) -> str:
    return f"{amount:,}".replace(",", "\u202f") + " XPF"


def test_price_summary_in_francs_cfp_with_tgc_after_switching_the_agency(qtbot, events, demo_context):
    from ui.home.main_window import MainWindow

    main = MainWindow(demo_context)
    qtbot.addWidget(main)
    pricing = main.open_pricing()
    pricing.territory.setCurrentIndex(pricing.territory.findData("nouvelle_caledonie"))
    pricing.territory.activated.emit(pricing.territory.currentIndex())
    assert (pricing.currency.currentData(), pricing.tax_label.text(), pricing.tax_rate.value()) == ("XPF", "TGC", 6)
    assert pricing.prices[SendType.ERE_SIMPLE].text() == "377 XPF"
    pricing.save()

    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    dialog.types.button(OFFERED.index(SendType.ERE_SIMPLE)).click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    # LRE's 18 compatible events less the 5 AG convocations among them (9, 21, 26, 29, 34).
    per_entity = {"G001": 3, "G002": 1, "S001": 5, "S002": 4}
    # By hand: 377 XPF HT a letter, TGC 6 % per entity rounded to the franc.
    expected = {code: (377 * n, round(377 * n * 0.06 + 1e-9)) for code, n in per_entity.items()}
    table = {dialog.price.item(row, 0).text(): [dialog.price.item(row, c).text() for c in range(1, 6)]
             for row in range(dialog.price.rowCount())}
    assert dialog.price.horizontalHeaderItem(4).text() == "TGC 6 %"
    for code, (ht, tax) in expected.items():
        assert table[code] == [str(per_entity[code]), "377 XPF", _francs(ht), _francs(tax), _francs(ht + tax)]
    ht, tax = sum(h for h, _t in expected.values()), sum(t for _h, t in expected.values())
    recap = dialog.price_recap.text()
    for label, value in (("Montant hors taxes", _francs(ht)), ("Taux TGC appliqué", "6 %"),
                         ("Montant TGC", _francs(tax)), ("Montant TTC total", _francs(ht + tax))):
        assert f"<td>{label} :</td><td align='right'><b>{value}</b>" in recap
