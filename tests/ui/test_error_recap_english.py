"""The send choice and its LISTE DES ERREURS in the English interface: the places, the comments
and the event's detail built by the sending rules are English sentences, with no French word
of those sentences left."""
from __future__ import annotations

import pytest

from app.sending.issues import IssueCode
from tests.ui.test_send_choice import _all_ids, _open, events  # noqa: F401  (fixture)
from ui.i18n import install_translators

# French words of the recap's own sentences (places, payment, e-mail, counts, detail lines).
FRENCH = ("Entité", "Tiers :", "Evénement", "événements", "Aucun moyen", "Gérer", "Adresse Email", "renseignée",
          "compatible pour l'envoi", "Moyen de paiement")


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "fr")


def _cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_demo_recap_in_english(qtbot, english, events, demo_context):  # noqa: F811
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    dialog.show_recap()
    recap, table = dialog.recap, dialog.recap.table
    places, comments = _cells(table, 0), _cells(table, 1)
    assert recap.count.text() == "Incompatible events: 18"
    row = places.index("Entity: S003")
    assert comments[row] == ("No AR24 payment method linked to entity S003: see “Manage the payment methods of my "
                             "account” (8 events)")
    assert "Third party: MEURSAULT Jeannine" in places
    assert "Unusable e-mail address: “jeannine.meursault@gmail”" in comments
    shown = "\n".join(places + comments)
    assert not [word for word in FRENCH if word in shown], shown


def test_the_consent_lines_of_the_demo_recap_in_english(qtbot, english, events, demo_context):  # noqa: F811
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    consent = [line for line in dialog.choice.batch.recap_lines() if line.issue.code is IssueCode.CONSENT]
    assert consent                                   # the gérance tenants of G002 never consented
    comments = _cells(dialog.recap.table, 1)
    assert all("Consentement" not in comment for comment in comments), comments


def test_the_event_detail_in_english(qtbot, english, events, demo_context):  # noqa: F811
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    checks = dialog.choice.batch.events
    compatible = next(index for index, check in enumerate(checks) if check.compatible and check.payment)
    dialog.tabs.setCurrentIndex(compatible)
    detail = dialog.detail
    assert detail.information.text().endswith("Event ready to send</span>")
    assert f"(Entity: {checks[compatible].entity_code})" in detail.payment.text()
    refused = next(index for index, check in enumerate(checks) if check.entity_code == "S003")
    dialog.tabs.setCurrentIndex(refused)
    assert "No AR24 payment method linked to entity S003" in detail.information.text()
    shown = detail.information.text() + detail.payment.text()
    assert not [word for word in FRENCH if word in shown], shown


def test_the_amounts_are_written_the_english_way(qtbot, english, events, demo_context):  # noqa: F811
    dialog = _open(qtbot, events, _all_ids(demo_context, chrono_only=True))
    table = dialog.price
    total = table.rowCount() - 1
    assert table.horizontalHeaderItem(4).text() == "VAT 20%"
    assert table.item(0, 2).text() == "€3.49" and table.item(total, 5).text() == "€75.39"
    assert "€62.82" in dialog.price_recap.text() and "," not in table.item(total, 5).text()


def test_the_agency_prices_are_typed_the_english_way(qtbot, english, demo_context):
    from app.store.models import SendType
    from ui.admin.pricing_dialog import PricingDialog

    dialog = PricingDialog(demo_context)
    qtbot.addWidget(dialog)
    assert dialog.prices[SendType.LRE_EIDAS].text() == "€3.49" and dialog.tax_rate.text() == "20.00%"
    assert dialog.tax_label.text() == "VAT"
    assert dialog.settings().tax_label == "TVA"      # the default stays one value, whatever the language
