"""The "Fiche tiers": validation in French (and in English), save with history, a stale copy refused."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.store.models import AuditEntry, Tiers
from app.tiers.edit import TiersForm, validate
from ui.i18n import install_translators
from ui.tiers.tiers_record import TiersRecordDialog


def _meursault(context) -> int:
    with context.store.session() as session:
        return session.scalar(select(Tiers.id).where(Tiers.lastname == "MEURSAULT", Tiers.firstname == "Jeannine"))


def test_an_invalid_email_is_refused_with_a_french_reason(qtbot, demo_context):
    tiers_id = _meursault(demo_context)
    dialog = TiersRecordDialog(demo_context, tiers_id)
    qtbot.addWidget(dialog)
    dialog.email.setText("jeannine.meursault@gmail")
    assert dialog.save() is False
    assert "nom de domaine est incomplet" in dialog.errors.text()
    assert dialog.errors.isVisibleTo(dialog)


def test_fixing_the_record_saves_it_with_history_and_audit(qtbot, demo_context):
    tiers_id = _meursault(demo_context)
    dialog = TiersRecordDialog(demo_context, tiers_id)
    qtbot.addWidget(dialog)
    dialog.email.setText("jeannine.meursault@gmail.com")
    dialog.consent_email.setText("")
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save() is True
    with demo_context.store.session() as session:
        tiers = session.get(Tiers, tiers_id)
        assert tiers.email == "jeannine.meursault@gmail.com"
        assert tiers.lre_consent and tiers.consent_email == "jeannine.meursault@gmail.com"
        assert tiers.consent_history[-1].change == "consent_given"
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "tiers_edited",
                                                       AuditEntry.target == f"tiers:{tiers_id}"))


def test_incomplete_address_and_long_lines_are_named(qtbot, demo_context):
    dialog = TiersRecordDialog(demo_context, _meursault(demo_context))
    qtbot.addWidget(dialog)
    dialog.postal_code.setText("")
    dialog.address1.setMaxLength(100)
    dialog.address1.setText("Résidence les Jardins de la Colombière, bâtiment C")
    assert dialog.save() is False
    assert "il manque le code postal" in dialog.errors.text()
    assert "38 au plus" in dialog.errors.text()


def test_the_second_of_two_concurrent_saves_is_told_the_record_changed(qtbot, demo_context):
    with demo_context.store.session() as session:
        tiers_id = next(t.id for t in session.scalars(select(Tiers).order_by(Tiers.id))
                        if not validate(TiersForm.of(t)))
    first, second = TiersRecordDialog(demo_context, tiers_id), TiersRecordDialog(demo_context, tiers_id)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.phone.setText("03 80 11 22 33")
    assert first.save() is True
    second.phone.setText("06 00 00 00 00")
    second.email.setText("jeannine@exemple.fr")
    assert second.save() is False
    assert "modifiée entre-temps" in second.errors.text()
    with demo_context.store.session() as session:
        tiers = session.get(Tiers, tiers_id)
        assert tiers.phone == "03 80 11 22 33", "the first save is kept, nothing lost"


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "fr")


def test_the_record_says_what_to_fix_in_english(qtbot, demo_context, english):
    """The record's error state in the English interface: app/'s sentences arrive translated, and
    the suggested civility and relation are shown in English but stored in French."""
    dialog = TiersRecordDialog(demo_context, _meursault(demo_context))
    qtbot.addWidget(dialog)
    dialog.email.setText("jeannine.meursault@gmail")
    dialog.postal_code.setText("")
    dialog.city.setText("")
    dialog.address2.setMaxLength(100)
    dialog.address2.setText("Résidence les Jardins de la Colombière, bâtiment C")
    assert dialog.save() is False
    lines = dialog.errors.text().splitlines()
    assert "The e-mail address “jeannine.meursault@gmail” is not valid: the domain name is incomplete " \
           "(for example “gmail.com”, not “gmail”)." in lines
    assert "Address line 2: 50 characters, 38 at most on an envelope." in lines
    assert "Incomplete postal address: the postcode and the city are missing." in lines
    for french in ("adresse", "manque", "caractères", "enveloppe", "valide"):
        assert french not in dialog.errors.text()

    dialog.civility.setCurrentText("Mr")
    dialog.relation.setCurrentText("tenant")
    assert (dialog.current_form().civility, dialog.current_form().relation) == ("Monsieur", "locataire")
    dialog.relation.setCurrentText("gardien")                    # typed: kept as it is
    assert dialog.current_form().relation == "gardien"


def test_nouveau_tiers_refuses_in_english(qtbot, demo_context, english):
    from ui.tiers.new_tiers import NewTiersDialog

    dialog = NewTiersDialog(demo_context)
    qtbot.addWidget(dialog)
    assert dialog.relation.currentText() == "co-owner"
    assert dialog.create() is None
    assert dialog.errors.text() == "Enter a name or a company name."
    with demo_context.store.session() as session:
        taken = session.get(Tiers, _meursault(demo_context)).code
    dialog.code.setText(taken)
    dialog.lastname.setText("NOUVEAU")
    dialog.email.setText("nouveau@exemple")
    assert dialog.create() is None
    assert dialog.errors.text().splitlines() == [
        "The e-mail address “nouveau@exemple” is not valid: the domain name is incomplete (for example “gmail.com”, "
        "not “gmail”)."]
    dialog.email.setText("nouveau@exemple.fr")
    assert dialog.create() is None
    assert dialog.errors.text() == f"The code “{taken}” is already taken."
