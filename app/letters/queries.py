"""Read side of the registered letters: the list's flat rows (one SQL statement), the OTP
selection, the search choices and one letter's detail."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_from_stored
from app.store.statuses import shown_status
from app.store.models import Entity, OutboxState, RegisteredLetter, User
from app.store.queries import _driver_rows
from app.store.search import contains
from app.sync.proof_attempts import proof_note

LETTER_FIELDS = ("id", "created_at", "number", "reference", "send_type", "status", "sender_name", "sender_email",
                 "recipient_name", "recipient_email", "deposit_date", "sent_date", "ar_date", "entity_code",
                 "number_text")


@dataclass(frozen=True)
class LetterSearch:
    """"Rechercher": whose letters, over which dates, with which filters. The default is the
    current user's letters, all dates."""
    user_id: int | None = None          # None: every user's letters
    date_from: dt.date | None = None
    date_to: dt.date | None = None      # included
    statuses: tuple[str, ...] = ()
    send_type: str | None = None
    entity_id: int | None = None
    recipient: str = ""                 # part of the recipient's name or e-mail

    def describe(self, logins: dict[int, str], entities: dict[int, str]) -> list[Sentence]:
        """The window's filter notice: whose letters, then each criterion that narrows them."""
        parts: list[Sentence] = [LETTERS_OF_ALL if self.user_id is None
                                 else message(LETTERS_OF, login=logins.get(self.user_id, "?"))]
        if self.date_from or self.date_to:
            start = self.date_from.strftime("%d/%m/%Y") if self.date_from else "…"
            end = self.date_to.strftime("%d/%m/%Y") if self.date_to else "…"
            parts.append(message(BETWEEN, start=start, end=end))
        if self.statuses:
            parts.append(message(STATUSES, count=len(self.statuses)))
        if self.send_type:
            parts.append(ONE_TYPE)
        if self.entity_id is not None:
            parts.append(message(ENTITY, code=entities.get(self.entity_id, "?")))
        if self.recipient:
            parts.append(message(RECIPIENT, name=self.recipient))
        return parts


LETTERS_OF_ALL = QT_TRANSLATE_NOOP("LetterSearch", "Lettres de tous les utilisateurs")
LETTERS_OF = QT_TRANSLATE_NOOP("LetterSearch", "Lettres de {login}")
BETWEEN = QT_TRANSLATE_NOOP("LetterSearch", "du {start} au {end}")
STATUSES = QT_TRANSLATE_NOOP("LetterSearch", "{count} statut(s)")
ONE_TYPE = QT_TRANSLATE_NOOP("LetterSearch", "un type")
ENTITY = QT_TRANSLATE_NOOP("LetterSearch", "entité {code}")
RECIPIENT = QT_TRANSLATE_NOOP("LetterSearch", "destinataire « {name} »")


def letter_rows(session: Session, search: LetterSearch, *, newest: int | None = None) -> list[tuple]:
    """Text fields are never NULL (fast search); dates come as the driver gives them. Only the
    shown and searched fields: each more costs about 25 ms per 100,000 letters. ``newest``: only
    that many, the most recent first (the first screen of the list, shown while the rest loads)."""
    statement = (
        select(RegisteredLetter.id, RegisteredLetter.created_at, RegisteredLetter.ar24_mail_id,
               RegisteredLetter.reference, RegisteredLetter.send_type, shown_status(), RegisteredLetter.sender_name,
               RegisteredLetter.sender_email, RegisteredLetter.recipient_name, RegisteredLetter.recipient_email,
               RegisteredLetter.deposit_date, RegisteredLetter.sent_date, RegisteredLetter.ar_date,
               func.coalesce(Entity.code, ""), func.coalesce(cast(RegisteredLetter.ar24_mail_id, String), ""))
        .outerjoin(Entity, RegisteredLetter.entity_id == Entity.id)
    )
    if search.user_id is not None:
        statement = statement.where(RegisteredLetter.user_id == search.user_id)
    if search.date_from:
        statement = statement.where(RegisteredLetter.created_at >= _bound(search.date_from))
    if search.date_to:
        statement = statement.where(RegisteredLetter.created_at < _bound(search.date_to + dt.timedelta(days=1)))
    if search.statuses:
        # Equalities, not IN: driver rows cannot expand a list parameter.
        statement = statement.where(or_(*[shown_status() == status for status in search.statuses]))
    if search.send_type:
        statement = statement.where(RegisteredLetter.send_type == search.send_type)
    if search.entity_id is not None:
        statement = statement.where(RegisteredLetter.entity_id == search.entity_id)
    if search.recipient.strip():   # % and _ literally; a control character matches nothing
        statement = statement.where(contains([RegisteredLetter.recipient_name, RegisteredLetter.recipient_email],
                                             search.recipient))
    if newest is not None:
        statement = statement.order_by(RegisteredLetter.created_at.desc(), RegisteredLetter.id.desc()).limit(newest)
    return _driver_rows(session, statement)


def _bound(day: dt.date) -> str:
    # Driver rows bind values unconverted: a date bound as text compares right on both engines.
    return f"{day.isoformat()} 00:00:00"


def to_valid_rows(session: Session, user_id: int) -> list[tuple]:
    """"Consulter mes AR en attente de validation OTP": the user's letters waiting for the code."""
    return letter_rows(session, LetterSearch(user_id=user_id, statuses=(OutboxState.TO_VALID.value,)))


def user_id_of(session: Session, login: str) -> int | None:
    return session.scalar(select(User.id).where(User.login == login))


def first_login(session: Session) -> str | None:
    """The store's first user (by id): who the command line acts as without ``--login``."""
    return session.scalar(select(User.login).order_by(User.id).limit(1))


def search_choices(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    """Users (id → "LOGIN - name") and entities (id → "CODE - name") for the search window."""
    users = {row.id: f"{row.login} - {row.full_name}" for row in session.execute(
        select(User.id, User.login, User.full_name).order_by(User.login))}
    entities = {row.id: f"{row.code} - {row.name}" for row in session.execute(
        select(Entity.id, Entity.code, Entity.name).order_by(Entity.code))}
    return users, entities


@dataclass(frozen=True)
class ProofInfo:
    kind: str
    sha256: str | None
    size: int | None
    downloaded_at: dt.datetime | None
    note: Sentence = ""     # why it is not archived yet, after failed downloads


@dataclass(frozen=True)
class LetterDetail:
    id: int
    number: int | None
    local_ref: str               # the technical ref_client, for support
    reference: str               # "LSE260414-000006", the agency's reference
    send_type: str
    status: str                  # shown: AR24's once AR24 has the letter, else the outbox state
    ar24_status: str
    outbox_state: str
    subject: str
    recipient_name: str
    recipient_email: str
    recipient_status: str
    recipient_address: str
    sender_name: str
    sender_email: str
    entity: str
    login: str
    event_id: int | None
    treatment_number: int | None
    payment_slug: str
    price_ht: object
    created_at: dt.datetime | None
    deposit_date: dt.datetime | None
    sent_date: dt.datetime | None
    ar_date: dt.datetime | None
    refused_date: dt.datetime | None
    negligence_date: dt.datetime | None
    bounced_date: dt.datetime | None
    incident: Sentence            # why the last attempt failed, while AR24 does not have the letter ("" else)
    last_sync_at: dt.datetime | None
    history: tuple[tuple[dt.datetime, str, str], ...] = ()   # (at, status, source)
    proofs: tuple[ProofInfo, ...] = ()


def letter_detail(session: Session, letter_id: int) -> LetterDetail | None:
    letter = session.scalar(select(RegisteredLetter).where(RegisteredLetter.id == letter_id).options(
        selectinload(RegisteredLetter.status_history), selectinload(RegisteredLetter.proofs),
        selectinload(RegisteredLetter.event), selectinload(RegisteredLetter.entity),
        selectinload(RegisteredLetter.user)))
    if letter is None:
        return None
    return LetterDetail(
        id=letter.id, number=letter.ar24_mail_id, local_ref=letter.local_ref, reference=letter.reference, send_type=letter.send_type.value,
        status=letter.ar24_status or letter.outbox_state.value, ar24_status=letter.ar24_status,
        outbox_state=letter.outbox_state.value,
        subject=letter.subject, recipient_name=letter.recipient_name, recipient_email=letter.recipient_email,
        recipient_status=letter.recipient_status.value, recipient_address=letter.recipient_address,
        sender_name=letter.sender_name, sender_email=letter.sender_email,
        entity=f"{letter.entity.code} - {letter.entity.name}" if letter.entity else "",
        login=letter.user.login, event_id=letter.event_id,
        treatment_number=letter.event.treatment_number if letter.event else None,
        payment_slug=letter.payment_slug, price_ht=letter.price_ht, created_at=letter.created_at,
        deposit_date=letter.deposit_date, sent_date=letter.sent_date, ar_date=letter.ar_date,
        refused_date=letter.refused_date, negligence_date=letter.negligence_date,
        bounced_date=letter.bounced_date, last_sync_at=letter.last_sync_at,
        incident="" if letter.outbox_state is OutboxState.POSTED else sentence_from_stored(letter.last_error),
        history=tuple((change.at, change.status, change.source) for change in letter.status_history),
        proofs=tuple(ProofInfo(p.kind.value, p.sha256, p.size, p.downloaded_at, proof_note(p))
                     for p in sorted(letter.proofs, key=lambda p: p.id)),
    )
