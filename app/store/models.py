"""The domain of the product as SQLAlchemy 2 models (see shared/spec/screens.md, "Domain").

One module so that Alembic and a newcomer see the whole schema at once. Secrets
(AR24 password, API private key, OTP keys) are deliberately absent: they live in
the OS keyring (app/secrets.py).
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that migrations behave the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __table__: ClassVar[Table]   # every model maps one table (SQLAlchemy types it as any FromClause)


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the enum's value (readable in SQL), checked by a VARCHAR, not a native PG type:
    # adding a value later is then a plain migration on both engines.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=32,
                validate_strings=True)


class LinkState(str, enum.Enum):
    NOT_LINKED = "not_linked"
    PENDING = "pending"
    LINKED = "linked"


class EidasState(str, enum.Enum):
    NONE = "none"            # sender known, identifiers not ordered
    ORDERED = "ordered"      # postal letter with the OTP key ordered from AR24
    IDENTIFIED = "identified"  # OTP key registered and accepted by AR24


class EntityKind(str, enum.Enum):
    SYNDICAT = "syndicat"    # a building's syndicate of co-owners (copropriété)
    GERANCE = "gerance"      # a rental-management account
    AGENCE = "agence"        # the agency itself


class TiersStatus(str, enum.Enum):
    PARTICULIER = "particulier"
    PROFESSIONNEL = "professionnel"


class ConsentOrigin(str, enum.Enum):
    MANUEL = "manuel"
    AR24 = "ar24"
    COPROPRIETAIRE = "demande_coproprietaire"
    IMPORT = "import"        # read from an imported file: the file's name and SHA-256 are kept as evidence


class SendType(str, enum.Enum):
    LRE_EIDAS = "lre_eidas"          # LRE qualifiée - eIDAS - OTP
    AVIS_SYNDIC = "avis_syndic"      # Avis électronique pour les Syndics de copropriété
    LR_PAPIER = "lr_papier"          # LR Papier (A4 portrait uniquement)
    ERE_SIMPLE = "ere_simple"        # Lettre suivie électronique


class OutboxState(str, enum.Enum):
    """Durable sending state of one letter; each is committed before the network step it leads to."""
    PREPARED = "prepared"
    UPLOADED = "uploaded"
    TO_VALID = "to_valid"
    POSTING = "posting"
    POSTED = "posted"
    UNCERTAIN = "uncertain"
    FAILED = "failed"
    CANCELLED = "cancelled"


# How a letter can end without reaching its recipient: the outbox gave up before AR24 had it, or
# AR24 reports a failure. Such a letter no longer holds its event (see app/sending/sent.py).
ENDED_BEFORE_AR24 = ("failed", "cancelled")
AR24_FAILURES = ("refused", "negligence", "bounced", "error", "not_valided")


class ProofKind(str, enum.Enum):
    DEPOT = "dp"
    EV = "ev"
    AR = "ar"
    RF = "rf"
    NG = "ng"
    BC = "bc"
    CONTENT = "content"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class User(Base):
    """A person working at the agency (LSC "fiche utilisateur"), with their AR24 account link."""
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    ar24_email: Mapped[str | None] = mapped_column(String(254))
    ar24_user_id: Mapped[int | None] = mapped_column(Integer)
    ar24_link_state: Mapped[LinkState] = mapped_column(_enum(LinkState), default=LinkState.NOT_LINKED)
    ar24_account_name: Mapped[str | None] = mapped_column(String(200))
    ar24_identity_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    ar24_payment_ready: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    senders: Mapped[list[Sender]] = relationship(back_populates="user", cascade="all, delete-orphan")


class Sender(Base):
    """The person legally sending LRE for the agency (seed 001): at most 2 per AR24 account."""
    __tablename__ = "sender"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))
    firstname: Mapped[str] = mapped_column(String(80), default="")
    lastname: Mapped[str] = mapped_column(String(80), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    address1: Mapped[str] = mapped_column(String(38), default="")
    address2: Mapped[str] = mapped_column(String(38), default="")
    zipcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(38), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    ar24_user_id: Mapped[int | None] = mapped_column(Integer)
    eidas_state: Mapped[EidasState] = mapped_column(_enum(EidasState), default=EidasState.NONE)
    # True once the OTP key is in the keyring; the key itself never enters the database.
    otp_key_stored: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    user: Mapped[User] = relationship(back_populates="senders")
    __table_args__ = (UniqueConstraint("user_id", "email"),)


class Entity(Base):
    """Accounting entity: a syndicate (S001), a management account (G001)..."""
    __tablename__ = "entity"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[EntityKind] = mapped_column(_enum(EntityKind))
    address: Mapped[str] = mapped_column(String(200), default="")
    ics: Mapped[str] = mapped_column(String(35), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    # Archived entities leave the lists but keep their letters and payment link (migration 0012).
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PaymentMethodLink(Base):
    """Which AR24 payment method pays for the letters of an entity (done once per entity)."""
    __tablename__ = "payment_method_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(64))        # e.g. stripe-47146
    label: Mapped[str] = mapped_column(String(200), default="")
    linked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    entity: Mapped[Entity] = relationship()
    __table_args__ = (UniqueConstraint("entity_id", "user_id"),)


class Tiers(Base):
    """A third party: co-owner, tenant, landlord, supplier..."""
    __tablename__ = "tiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    civility: Mapped[str] = mapped_column(String(16), default="")
    lastname: Mapped[str] = mapped_column(String(80), default="")
    firstname: Mapped[str] = mapped_column(String(80), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    # Postal address: at most 6 lines of 38 characters, postcode and town last (AFNOR / Maileva).
    address1: Mapped[str] = mapped_column(String(38), default="")
    address2: Mapped[str] = mapped_column(String(38), default="")
    address3: Mapped[str] = mapped_column(String(38), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(38), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    status: Mapped[TiersStatus] = mapped_column(_enum(TiersStatus), default=TiersStatus.PARTICULIER)
    relation: Mapped[str] = mapped_column(String(32), default="")  # copropriétaire, locataire, bailleur...
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entity.id", ondelete="SET NULL"))
    lot: Mapped[str] = mapped_column(String(40), default="", server_default="")   # lot(s), the letters' «Lot»
    # A tiers with letters is archived, never deleted: its history and proofs stay (migration 0012).
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # LRE frame of the record: "Accord de consentement" + "Email".
    lre_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_email: Mapped[str] = mapped_column(String(254), default="")
    consent_date: Mapped[dt.datetime | None] = mapped_column(DateTime)
    consent_origin: Mapped[ConsentOrigin | None] = mapped_column(_enum(ConsentOrigin))
    # Copropriété since décret 2025-1292: electronic by default, unless the owner asked for paper.
    paper_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    paper_requested_date: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    # Optimistic locking: a save from a stale copy (another seat) is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    entity: Mapped[Entity | None] = relationship()
    correspondants: Mapped[list[Correspondant]] = relationship(back_populates="tiers",
                                                               cascade="all, delete-orphan")
    consent_history: Mapped[list[ConsentChange]] = relationship(
        back_populates="tiers", cascade="all, delete-orphan",
        order_by="[ConsentChange.at, ConsentChange.id]")  # id: two changes within one second

    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        """LSC style: surname in capitals, then first name ("MEURSAULT Jeannine"), or the company."""
        person = " ".join(p for p in (self.lastname.upper(), self.firstname) if p)
        return person or self.company


class ConsentChange(Base):
    """History of a tiers' LRE consent: every change, when, by whom, from where."""
    __tablename__ = "consent_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    tiers_id: Mapped[int] = mapped_column(ForeignKey("tiers.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    by_login: Mapped[str] = mapped_column(String(32), default="")
    origin: Mapped[ConsentOrigin] = mapped_column(_enum(ConsentOrigin))
    # consent_given, consent_withdrawn, consent_requested, paper_requested, paper_withdrawn
    change: Mapped[str] = mapped_column(String(32))
    email: Mapped[str] = mapped_column(String(254), default="")
    # Evidence of a change read from an imported file: its name and SHA-256 (migration 0012).
    source_file: Mapped[str] = mapped_column(String(255), default="", server_default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")

    tiers: Mapped[Tiers] = relationship(back_populates="consent_history")


class Correspondant(Base):
    """A contact person of a tiers, with its own e-mail (preferred for LRE when present)."""
    __tablename__ = "correspondant"

    id: Mapped[int] = mapped_column(primary_key=True)
    tiers_id: Mapped[int] = mapped_column(ForeignKey("tiers.id", ondelete="CASCADE"), index=True)
    civility: Mapped[str] = mapped_column(String(16), default="")
    lastname: Mapped[str] = mapped_column(String(80), default="")
    firstname: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")

    tiers: Mapped[Tiers] = relationship(back_populates="correspondants")


class Event(Base):
    """An "événement": a letter prepared in the agency software, to be sent as a registered letter."""
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    author: Mapped[str] = mapped_column(String(32))            # "De": login of the author
    assignee: Mapped[str] = mapped_column(String(32), default="")  # "A qui"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)  # "Date / Heure"
    dossier: Mapped[str] = mapped_column(String(120), default="")  # "Service / Imm / Dossier"
    tiers_id: Mapped[int] = mapped_column(ForeignKey("tiers.id", ondelete="RESTRICT"), index=True)
    correspondant_id: Mapped[int | None] = mapped_column(
        ForeignKey("correspondant.id", ondelete="SET NULL"))
    model: Mapped[str] = mapped_column(String(80), default="")    # "Modèle"
    subject: Mapped[str] = mapped_column(String(200), default="")  # "Sujet"
    treatment_number: Mapped[int | None] = mapped_column(Integer)  # "chrono"; required to send
    treatment_date: Mapped[dt.date | None] = mapped_column(Date)
    body_html: Mapped[str] = mapped_column(Text, default="")        # the word-processor zone
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entity.id", ondelete="SET NULL"))
    ag_date: Mapped[dt.date | None] = mapped_column(Date)          # "AG du": an AG convocation
    expedition: Mapped[str] = mapped_column(String(16), default="courrier")  # "Exp"
    via: Mapped[str] = mapped_column(String(32), default="Autres")

    tiers: Mapped[Tiers] = relationship()
    correspondant: Mapped[Correspondant | None] = relationship()
    entity: Mapped[Entity | None] = relationship()
    attachments: Mapped[list[EventAttachment]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventAttachment.position")


class EventAttachment(Base):
    """A file joined to an event; the file itself lives in the agency's document folder."""
    __tablename__ = "event_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    path: Mapped[str] = mapped_column(String(1024))
    size: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="attachments")


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


# The rows of the unique index above, in SQL the migration writes as is on both engines.
LIVE_LETTER_SQL = text(f"outbox_state NOT IN ({_in(ENDED_BEFORE_AR24)}) AND ar24_status NOT IN "
                       f"({_in(AR24_FAILURES)}) AND resend_reason = ''")


class RegisteredLetter(Base):
    """One AR24 mail and its durable sending state (the outbox row)."""
    __tablename__ = "registered_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique local reference sent in ref_client: how an uncertain post is found again on AR24.
    local_ref: Mapped[str] = mapped_column(String(40), unique=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), index=True)
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("sender.id", ondelete="SET NULL"))
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entity.id", ondelete="SET NULL"))
    send_type: Mapped[SendType] = mapped_column(_enum(SendType))
    outbox_state: Mapped[OutboxState] = mapped_column(_enum(OutboxState), default=OutboxState.PREPARED,
                                                      index=True)
    ar24_mail_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    ar24_status: Mapped[str] = mapped_column(String(32), default="")  # as received from AR24
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient_email: Mapped[str] = mapped_column(String(254), default="")
    recipient_status: Mapped[TiersStatus] = mapped_column(_enum(TiersStatus),
                                                          default=TiersStatus.PARTICULIER)
    recipient_address: Mapped[str] = mapped_column(Text, default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_email: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    payment_slug: Mapped[str] = mapped_column(String(64), default="")
    price_ht: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    print_color: Mapped[bool] = mapped_column(Boolean, default=False)
    print_duplex: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    deposit_date: Mapped[dt.datetime | None] = mapped_column(DateTime)   # "Date dépôt"
    sent_date: Mapped[dt.datetime | None] = mapped_column(DateTime)      # "Date d'envoi"
    ar_date: Mapped[dt.datetime | None] = mapped_column(DateTime)        # "Date d'AR"
    refused_date: Mapped[dt.datetime | None] = mapped_column(DateTime)
    negligence_date: Mapped[dt.datetime | None] = mapped_column(DateTime)
    bounced_date: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(80))           # worker that holds it
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The AR24 fields of the letter (recipient, references, payment, print options) as JSON,
    # frozen when it was prepared: a repost after a crash sends exactly what was checked.
    ar24_request: Mapped[str] = mapped_column(Text, default="")
    # When the last POST of this letter started: an uncertain post is reposted only once AR24
    # can no longer be processing it (migration 0004).
    post_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # "LSE260414-000006": readable, unique per agency, sent in ref_dossier (app/sending/references.py).
    reference: Mapped[str] = mapped_column(String(40), default="", server_default="", index=True)
    # Why this letter was sent although its event had a delivered one (a deliberate second send,
    # chosen with a reason; migration 0011). Empty for every ordinary letter.
    resend_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    event: Mapped[Event | None] = relationship()
    user: Mapped[User] = relationship()
    sender: Mapped[Sender | None] = relationship()
    entity: Mapped[Entity | None] = relationship()
    documents: Mapped[list[LetterDocument]] = relationship(
        back_populates="letter", cascade="all, delete-orphan", order_by="LetterDocument.position")
    status_history: Mapped[list[LetterStatusChange]] = relationship(
        back_populates="letter", cascade="all, delete-orphan", order_by="LetterStatusChange.at")
    proofs: Mapped[list[Proof]] = relationship(back_populates="letter", cascade="all, delete-orphan")

    __table_args__ = (
        # One letter on its way or delivered per event, whatever its type: an event is paid once.
        # A failed letter frees its event; a deliberate second send (resend_reason) is outside.
        Index("uq_registered_letter_live_event", "event_id", unique=True,
              sqlite_where=LIVE_LETTER_SQL, postgresql_where=LIVE_LETTER_SQL),
        # "My letters, newest first": the first screen of the letters list without sorting them all.
        Index("ix_registered_letter_user_created", "user_id", "created_at"),
    )


class LetterDocument(Base):
    """A PDF prepared for a letter (body or attachment), hashed, with its AR24 file id once uploaded."""
    __tablename__ = "letter_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("registered_letter.id", ondelete="CASCADE"),
                                           index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    path: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    ar24_file_id: Mapped[str | None] = mapped_column(String(40))

    letter: Mapped[RegisteredLetter] = relationship(back_populates="documents")


class LetterStatusChange(Base):
    """Every status a letter went through, with when we learnt it."""
    __tablename__ = "letter_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("registered_letter.id", ondelete="CASCADE"),
                                           index=True)
    status: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    source: Mapped[str] = mapped_column(String(16), default="sync")  # sync, outbox, manual

    letter: Mapped[RegisteredLetter] = relationship(back_populates="status_history")
    __table_args__ = (
        # An AR24 status is recorded once per letter, even by two seats syncing at the same time.
        Index("uq_letter_status_change_sync_step", "letter_id", "status", unique=True,
              sqlite_where=source == "sync", postgresql_where=source == "sync"),
    )


PROOF_REASON_LENGTH = 500   # characters of a proof's last failure reason


class Proof(Base):
    """A proof PDF from AR24, kept in the local content-addressed archive with its hash."""
    __tablename__ = "proof"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("registered_letter.id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[ProofKind] = mapped_column(_enum(ProofKind))
    url: Mapped[str] = mapped_column(String(1024), default="")
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    downloaded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The seat downloading it now (UTC by the database's clock): a proof is downloaded once.
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Failed downloads since the last success (a broken link is asked again at later syncs, once
    # a day after many failures), the last one's reason (app.i18n.sentence_to_stored: translatable
    # when it fits) and when (UTC, database clock).
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(String(PROOF_REASON_LENGTH))
    failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    letter: Mapped[RegisteredLetter] = relationship(back_populates="proofs")
    __table_args__ = (UniqueConstraint("letter_id", "kind"),)


class AuditEntry(Base):
    """Who did what and when: consent changes, sends, validations, settings."""
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    login: Mapped[str] = mapped_column(String(32), default="")
    workstation: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(80), default="")   # e.g. "tiers:12", "letter:LRE..."
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Agency-wide settings shared by every seat (prices, tax, currency, sync period...)."""
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now,
                                                    server_default=func.current_timestamp())


from sqlalchemy import BigInteger  # noqa: E402  (kept with the model below, added by migration 0002)


class DocumentInspection(Base):
    """What reading a document once taught us (pages, sizes, protection, error), so that checks
    never re-read an unchanged file. Keyed by path; valid while size and mtime are unchanged."""
    __tablename__ = "document_inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    # JSON list of [width_mm, height_mm] per page, as displayed (page rotation applied).
    page_sizes: Mapped[str] = mapped_column(Text, default="[]")
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str] = mapped_column(Text, default="")   # "" or why the file could not be read
    inspected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ReferenceCounter(Base):
    """The last sequence number given per reference prefix and day ("LSE261123" → 6), so that
    letter references read like the seed's ``LSE260414-000006`` and stay unique per agency."""
    __tablename__ = "reference_counter"

    prefix_day: Mapped[str] = mapped_column(String(16), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class LetterModel(Base):
    """A "Nouveau courrier" saved to be written again: its model name, subject and body (0013)."""
    __tablename__ = "letter_model"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Lease(Base):
    """A job done once for the whole agency (status sync, proof download): whoever holds the
    unexpired lease does it, the other seats read its results. See app/store/lease.py."""
    __tablename__ = "lease"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    # Both in UTC, by the database's clock (the seats' clocks may disagree).
    acquired_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # +1 at each change of holder: a holder that sees another number knows it lost the lease.
    generation: Mapped[int] = mapped_column(Integer, default=1)
