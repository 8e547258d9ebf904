"""Entities and tiers created, edited, archived through the services (never deleted)."""
from __future__ import annotations

from sqlalchemy import select

from app.services import entities, tiers_records
from app.store.models import EntityKind, Event, Tiers, TiersStatus
from app.store.queries import tiers_rows


def test_an_entity_is_created_edited_and_archived(demo_context):
    saved, errors = entities.save_entity(demo_context, None, entities.EntityForm(
        " s010 ", "Résidence  Les Tilleuls", EntityKind.SYNDICAT, "4 allée des Tilleuls 21000 DIJON"))
    assert errors == [] and entities.get_entity(demo_context, saved).code == "S010"
    _same, errors = entities.save_entity(demo_context, None, entities.EntityForm("S010", "", EntityKind.GERANCE))
    assert [str(e) for e in errors] == ["Le code « S010 » est déjà celui de « Résidence Les Tilleuls ».",
                                       "Indiquez le nom de l'entité."]
    assert entities.save_entity(demo_context, saved, entities.EntityForm("S010", "Les Tilleuls",
                                                                         EntityKind.SYNDICAT))[1] == []
    assert entities.archive_entities(demo_context, [saved]) == 1
    assert saved not in [row.id for row in entities.list_entities(demo_context)]
    assert entities.get_entity(demo_context, saved).archived
    assert entities.archive_entities(demo_context, [saved], archived=False) == 1
    assert entities.get_entity(demo_context, saved).name == "Les Tilleuls"


def test_a_new_tiers_gets_the_next_code_and_is_checked(demo_context):
    code = tiers_records.next_tiers_code(demo_context)
    tiers_id, errors = tiers_records.create_tiers(demo_context, tiers_records.NewTiers(
        lastname="NOUVEAU", firstname="Paul", email="paul@exemple.fr"))
    assert errors == []
    with demo_context.store.session() as session:
        assert session.get(Tiers, tiers_id).code == code
    _id, errors = tiers_records.create_tiers(demo_context, tiers_records.NewTiers(
        code=code, status=TiersStatus.PROFESSIONNEL, email="paul@exemple"))
    assert "Indiquez un nom ou une raison sociale." in errors
    assert any("nom de domaine est incomplet" in str(error) for error in errors)


def test_a_tiers_with_letters_is_archived_not_deleted(demo_context):
    with demo_context.store.session() as session:
        tiers_id = session.scalars(select(Event.tiers_id).order_by(Event.id)).first()
    assert tiers_records.archive_tiers(demo_context, [tiers_id]) == 1
    with demo_context.store.session() as session:
        assert session.get(Tiers, tiers_id).archived_at is not None        # still there, with its events
        assert session.scalars(select(Event.id).where(Event.tiers_id == tiers_id)).first() is not None
        assert tiers_id not in [row[0] for row in tiers_rows(session)]     # out of the list
