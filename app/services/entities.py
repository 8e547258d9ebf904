"""Entities (syndicats de copropriété, mandats de gérance, the agency): list, record, archive.

An entity is never deleted: its letters and payment link name it. Archived, it leaves the lists
(an import may still name it)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Change, publish
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.store.models import AuditEntry, Entity, EntityKind, Tiers
from app.store.transactions import retrying
from app.text_input import control_character_error

DEFAULT_KIND = EntityKind.SYNDICAT
KIND_LABELS = {EntityKind.SYNDICAT: QT_TRANSLATE_NOOP("Entities", "Syndicat de copropriété"),
               EntityKind.GERANCE: QT_TRANSLATE_NOOP("Entities", "Mandat de gérance"),
               EntityKind.AGENCE: QT_TRANSLATE_NOOP("Entities", "Agence")}
CODE_MAX, NAME_MAX, ADDRESS_MAX = 12, 120, 200


@dataclass(frozen=True)
class EntityRow:
    id: int
    code: str
    name: str
    kind: EntityKind
    address: str
    tiers: int            # tiers attached to it
    archived: bool


@dataclass(frozen=True)
class EntityForm:
    code: str
    name: str
    kind: EntityKind
    address: str = ""


def list_entities(context: AppContext, *, archived: bool = False) -> list[EntityRow]:
    """Entities by code; the archived ones too when ``archived``."""
    counts = (select(Tiers.entity_id, func.count(Tiers.id).label("n")).where(Tiers.archived_at.is_(None))
              .group_by(Tiers.entity_id).subquery())
    statement = (select(Entity.id, Entity.code, Entity.name, Entity.kind, Entity.address,
                        func.coalesce(counts.c.n, 0), Entity.archived_at.is_not(None))
                 .outerjoin(counts, counts.c.entity_id == Entity.id).order_by(Entity.code))
    if not archived:
        statement = statement.where(Entity.archived_at.is_(None))
    with context.store.session() as session:
        return [EntityRow(*row) for row in session.execute(statement)]


def get_entity(context: AppContext, entity_id: int) -> EntityRow:
    return next(row for row in list_entities(context, archived=True) if row.id == entity_id)


def _errors(session: Session, entity_id: int | None, form: EntityForm) -> list[Message]:
    errors = []
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9_-]*", form.code):
        errors.append(message(QT_TRANSLATE_NOOP(
            "Entities", "Code « {code} » : lettres majuscules, chiffres, tiret ou souligné (par exemple S001)."),
            code=form.code))
    elif len(form.code) > CODE_MAX:
        errors.append(message(QT_TRANSLATE_NOOP("Entities", "Code : {count} caractères, {limit} au plus."),
                              count=len(form.code), limit=CODE_MAX))
    else:
        other = session.scalars(select(Entity).where(func.upper(Entity.code) == form.code,
                                                     Entity.id != (entity_id or 0))).first()
        if other is not None:
            errors.append(message(QT_TRANSLATE_NOOP("Entities", "Le code « {code} » est déjà celui de « {name} »."),
                                  code=form.code, name=other.name))
    if not form.name:
        errors.append(message(QT_TRANSLATE_NOOP("Entities", "Indiquez le nom de l'entité.")))
    for label, value, limit in ((QT_TRANSLATE_NOOP("Entities", "Nom"), form.name, NAME_MAX),
                                (QT_TRANSLATE_NOOP("Entities", "Adresse"), form.address, ADDRESS_MAX)):
        if len(value) > limit:
            errors.append(message(QT_TRANSLATE_NOOP("Entities", "{label} : {count} caractères, {limit} au plus."),
                                  label=label, count=len(value), limit=limit))
        if error := control_character_error(label, value):
            errors.append(error)
    return errors


def save_entity(context: AppContext, entity_id: int | None, form: EntityForm) -> tuple[int | None, list[Message]]:
    """Create (``entity_id`` None) or edit; returns (id, []) when saved, (None, French errors) otherwise."""
    form = EntityForm(form.code.strip().upper(), " ".join(form.name.split()), form.kind, form.address.strip())

    def work(session: Session) -> tuple[int | None, list[Message]]:
        errors = _errors(session, entity_id, form)
        if errors:
            return None, errors
        entity = Entity() if entity_id is None else session.get(Entity, entity_id)
        entity.code, entity.name, entity.kind, entity.address = form.code, form.name, form.kind, form.address
        session.add(entity)
        session.flush()
        session.add(AuditEntry(login=context.login, workstation=context.workstation,
                               action="entity_created" if entity_id is None else "entity_edited",
                               target=f"entity:{entity.id}", detail=f"{form.code} {form.name}"))
        return entity.id, []

    saved, errors = retrying(context.store, work)
    if saved is not None:
        publish(Change.ENTITIES)
    return saved, errors


def archive_entities(context: AppContext, entity_ids: list[int], archived: bool = True) -> int:
    """Archive (or bring back) entities; returns how many changed."""
    def work(session: Session) -> int:
        changed = 0
        for entity in session.scalars(select(Entity).where(Entity.id.in_(entity_ids))):
            if (entity.archived_at is not None) == archived:
                continue
            entity.archived_at = dt.datetime.now().replace(microsecond=0) if archived else None
            session.add(AuditEntry(login=context.login, workstation=context.workstation,
                                   action="entity_archived" if archived else "entity_restored",
                                   target=f"entity:{entity.id}", detail=entity.code))
            changed += 1
        return changed

    changed = retrying(context.store, work)
    if changed:
        publish(Change.ENTITIES)
    return changed
