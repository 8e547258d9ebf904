""""Nouveau tiers" and archiving from the tiers list.

A tiers is never deleted: its letters, their proofs and its consent history must stay. Archived,
it leaves the list; importing it again from the agency's file brings it back."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Change, publish
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.imports.tiers_import import next_code_number
from app.store.models import AuditEntry, Tiers, TiersStatus
from app.store.transactions import retrying
from app.text_input import control_character_error
from app.tiers.edit import TiersForm, validate

CODE_MAX = 16


@dataclass(frozen=True)
class NewTiers:
    code: str = ""               # empty: the next free "T0001"-like code
    civility: str = ""
    lastname: str = ""
    firstname: str = ""
    company: str = ""
    status: TiersStatus = TiersStatus.PARTICULIER
    relation: str = ""
    email: str = ""
    entity_id: int | None = None


def next_tiers_code(context: AppContext) -> str:
    with context.store.session() as session:
        return f"T{next_code_number(session.scalars(select(Tiers.code))):04d}"


def create_tiers(context: AppContext, new: NewTiers) -> tuple[int | None, list[Message | Text]]:
    """(id, []) when created; (None, errors: the window renders them) otherwise. The record then completes it."""
    form = TiersForm(version=0, civility=new.civility.strip(), lastname=new.lastname.strip(),
                     firstname=new.firstname.strip(), company=new.company.strip(), status=new.status,
                     relation=new.relation.strip(), email=new.email.strip())
    errors = validate(form)
    code = new.code.strip().upper()
    if error := control_character_error("Code", code):
        errors.append(error)
    if len(code) > CODE_MAX:
        errors.append(message(QT_TRANSLATE_NOOP("TiersRecords", "Code : {count} caractères, {limit} au plus."),
                              count=len(code), limit=CODE_MAX))

    def work(session: Session) -> int | None:
        chosen = code or f"T{next_code_number(session.scalars(select(Tiers.code))):04d}"
        if session.scalar(select(Tiers.id).where(Tiers.code == chosen)) is not None:
            errors.append(message(QT_TRANSLATE_NOOP("TiersRecords", "Le code « {code} » est déjà pris."),
                                  code=chosen))
        if errors:
            return None
        tiers = Tiers(code=chosen, civility=form.civility, lastname=form.lastname, firstname=form.firstname,
                      company=form.company, status=form.status, relation=form.relation, email=form.email,
                      entity_id=new.entity_id)
        session.add(tiers)
        session.flush()
        session.add(AuditEntry(login=context.login, workstation=context.workstation, action="tiers_created",
                               target=f"tiers:{tiers.id}", detail=f"{chosen} {tiers.display_name}"))
        return tiers.id

    created = retrying(context.store, work) if not errors else None
    if created is not None:
        publish(Change.TIERS)
    return created, errors


def archive_tiers(context: AppContext, tiers_ids: list[int]) -> int:
    """Archive the tiers (never delete them); returns how many were archived."""
    def work(session: Session) -> int:
        changed = 0
        now = dt.datetime.now().replace(microsecond=0)
        for tiers in session.scalars(select(Tiers).where(Tiers.id.in_(tiers_ids), Tiers.archived_at.is_(None))):
            tiers.archived_at = now
            session.add(AuditEntry(login=context.login, workstation=context.workstation, action="tiers_archived",
                                   target=f"tiers:{tiers.id}", detail=f"{tiers.code} {tiers.display_name}"))
            changed += 1
        return changed

    changed = retrying(context.store, work)
    if changed:
        publish(Change.TIERS)
    return changed
