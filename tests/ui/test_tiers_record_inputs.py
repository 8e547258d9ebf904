"""The "Fiche tiers" with text pasted from elsewhere: a NUL (PostgreSQL raised on it) or another
control character is refused with a sentence naming the field, on both engines."""
from __future__ import annotations

from sqlalchemy import select

from app.context import AppContext
from app.machine_settings import MachineSettings
from app.store.models import Tiers
from ui.tiers.tiers_record import TiersRecordDialog


def test_a_nul_pasted_in_a_tiers_field_is_refused_by_name(qtbot, demo_db):
    context = AppContext(demo_db, MachineSettings())
    with context.store.session() as session:
        tiers_id, version = session.execute(select(Tiers.id, Tiers.version).where(
            Tiers.lastname == "MEURSAULT", Tiers.firstname == "Jeannine")).one()
    dialog = TiersRecordDialog(context, tiers_id)
    qtbot.addWidget(dialog)
    dialog.city.setText("BEAUNE\x00")
    dialog.lastname.setText("MEURSAULT\x1b")
    assert dialog.save() is False
    lines = dialog.errors.text()
    assert "Nom : ce texte contient un caractère invisible interdit (U+001B)" in lines
    assert "Ville : ce texte contient un caractère invisible interdit (U+0000)" in lines
    dialog.grab().save("/tmp/pi_tiers_record_nul.png")
    with context.store.session() as session:
        assert session.get(Tiers, tiers_id).version == version   # nothing saved
    context.close()
