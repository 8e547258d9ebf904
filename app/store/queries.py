"""Read-side queries behind the big lists: flat rows, one SQL statement each.

Lists of tens of thousands of rows are loaded as plain tuples (SQLAlchemy Core),
not ORM objects: ten times cheaper, and a list only needs to display them.
The field order of each query is its public contract (``*_FIELDS``).
"""
from __future__ import annotations

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session, aliased

from app.store.models import (
    Entity,
    Event,
    EventAttachment,
    RegisteredLetter,
    Tiers,
    User,
)

TIERS_FIELDS = ("id", "code", "civility", "name", "company", "status", "relation", "email",
                "postal_code", "city", "entity_code", "lre_consent", "paper_requested")


def _rows(session: Session, statement) -> list[tuple]:
    # Core execution on the session's connection and one fetchall: no ORM row processing.
    # Rows are tuple-like and immutable; the lists index them by position.
    return session.connection().execute(statement).all()


def _driver_rows(session: Session, statement) -> list[tuple]:
    """The driver's own tuples, without SQLAlchemy's per-row result processing.

    Twice as fast on 50,000 rows, at a price: values come as the driver gives them
    (enums as their string value, booleans as 0/1 on SQLite) and bound parameters
    are passed unconverted, so only plain strings and numbers may be bound.
    """
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    params = compiled.params
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def tiers_rows(session: Session) -> list[tuple]:
    """Text fields are never NULL (fast search); unordered: the list sorts on its own.

    Status comes as its string value and the two flags as 0/1 or booleans (driver rows).
    """
    name = func.trim(func.upper(Tiers.lastname) + literal(" ") + Tiers.firstname)
    statement = (
        select(Tiers.id, Tiers.code, Tiers.civility, name, Tiers.company, Tiers.status, Tiers.relation,
               Tiers.email, Tiers.postal_code, Tiers.city, func.coalesce(Entity.code, ""), Tiers.lre_consent,
               Tiers.paper_requested)
        .outerjoin(Entity, Tiers.entity_id == Entity.id)
        .where(Tiers.archived_at.is_(None))   # archived tiers keep their letters, out of the list
    )
    return _driver_rows(session, statement)


EVENT_FIELDS = ("id", "author", "assignee", "created_at", "dossier", "identity", "model_subject",
                "treatment_number", "treatment_date", "attachment_count", "expedition", "via", "ag_date",
                "tiers_id", "letter_type", "letter_state", "letter_ar24_status", "letter_date")


def event_rows(session: Session, event_ids: list[int] | None = None) -> list[tuple]:
    identity = case((Tiers.lastname != "", func.trim(func.upper(Tiers.lastname) + literal(" ")
                                                     + Tiers.firstname)), else_=Tiers.company)
    """The letter fields are the event's latest letter: its type, outbox state, AR24 status and
    creation time; None when the event was never sent."""
    attachments = (select(func.count(EventAttachment.id))
                   .where(EventAttachment.event_id == Event.id).scalar_subquery())
    latest = (select(func.max(RegisteredLetter.id)).where(RegisteredLetter.event_id == Event.id)
              .correlate(Event).scalar_subquery())
    letter = aliased(RegisteredLetter)
    statement = (
        select(Event.id, Event.author, Event.assignee, Event.created_at, Event.dossier, identity,
               func.trim(Event.model + literal("\n") + Event.subject), Event.treatment_number,
               Event.treatment_date, attachments, Event.expedition, Event.via, Event.ag_date, Tiers.id,
               letter.send_type, letter.outbox_state, letter.ar24_status, letter.created_at)
        .join(Tiers, Event.tiers_id == Tiers.id)
        .outerjoin(letter, letter.id == latest)
        .order_by(Event.created_at.desc(), Event.id.desc())
    )
    if event_ids is not None:
        statement = statement.where(Event.id.in_(event_ids))
    return _rows(session, statement)


USER_FIELDS = ("id", "login", "full_name", "ar24_email", "ar24_link_state")


def user_rows(session: Session) -> list[tuple]:
    statement = select(User.id, User.login, User.full_name, User.ar24_email, User.ar24_link_state
                       ).order_by(User.login)
    return _rows(session, statement)
