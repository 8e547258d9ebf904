"""Typed results of AR24 calls, built leniently from AR24's PHP-flavoured JSON.

AR24 sends numbers as strings, booleans as 0/1/"0"/"1", empty strings for missing dates.
Each dataclass keeps the fields it does not know in ``raw`` so nothing is lost, and the mail
``status`` is kept exactly as received (``AR`` upper case, others lower case).
"""
from __future__ import annotations

import dataclasses
import functools
import typing
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, TypeVar

from app.ar24.dates import parse_paris
from app.i18n import QT_TRANSLATE_NOOP


def to_int(value: Any) -> int | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def to_str(value: Any) -> str:
    return "" if value is None else str(value)


def to_date(value: Any) -> datetime | None:
    """``Y-m-d H:i:s`` Paris time; empty, null and PHP's zero date mean "not yet"."""
    if not value or str(value).startswith("0000-00-00"):
        return None
    try:
        return parse_paris(str(value).strip())
    except ValueError:
        return None


def to_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return None


def to_int_list(value: Any) -> list[int]:
    items = value.values() if isinstance(value, dict) else (value or [])
    return [number for number in map(to_int, items) if number is not None]


_COERCERS: dict[Any, Callable[[Any], Any]] = {
    int | None: to_int,
    bool: to_bool,
    str: to_str,
    datetime | None: to_date,
    Decimal | None: to_decimal,
    list[int]: to_int_list,
}

T = TypeVar("T")


@functools.cache
def _coercers_of(cls: type) -> dict[str, Callable[[Any], Any]]:
    """Field name → coercer, from the type hints (resolved once per class: it is slow)."""
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.name != "raw"]
    return {name: _COERCERS.get(hints[name], lambda value: value) for name in names}


def from_api(cls: type[T], data: dict[str, Any], **overrides: Any) -> T:
    """Build dataclass ``cls`` from an AR24 object, coercing each field by its type hint.
    Fields given in ``overrides`` are taken as they are (nested objects)."""
    dataclass_type: type = cls   # hashable, the cache's key (mypy does not see it through T)
    coercers = _coercers_of(dataclass_type)
    values = {name: coerce(data[name]) for name, coerce in coercers.items() if name in data and name not in overrides}
    raw = {key: value for key, value in data.items() if key not in coercers}
    return cls(**values, **overrides, raw=raw)  # type: ignore[call-arg]


@dataclass(frozen=True)
class User:
    """An AR24 sender account (spec §6.1)."""

    id: int | None = None
    email: str = ""
    firstname: str = ""
    lastname: str = ""
    name: str = ""
    company: str = ""
    statut: str = ""
    gender: str = ""
    address1: str = ""
    address2: str = ""
    zipcode: str = ""
    city: str = ""
    country: str = ""
    confirmed: bool = False
    cgu: bool = False
    payment_active: bool = False
    is_payment_possible: bool = False
    is_identity_verified: bool = False
    notify_eidas_to_valid: bool = False
    creation: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> User:
        return from_api(cls, data)

    @property
    def display_name(self) -> str:
        return self.name or f"{self.firstname} {self.lastname}".strip() or self.email


@dataclass(frozen=True)
class AttachmentDetail:
    """One entry of a mail's ``attachments_details`` (spec §6.3)."""

    id: int | None = None
    name: str = ""
    hash_sha1: str = ""
    file_size: int | None = None
    human_file_size: str = ""
    download_url: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> AttachmentDetail:
        return from_api(cls, data)


@dataclass(frozen=True)
class RecipientUpdate:
    """A change of the recipient's identity reported by AR24 (spec §6.4)."""

    id_recipient_update: int | None = None
    date: datetime | None = None
    lastname: str = ""
    firstname: str = ""
    company: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> RecipientUpdate:
        return from_api(cls, data)


PROOF_KINDS = ("ev", "ar", "rf", "ng", "bc")
# AR24 will not change these any more: their proofs are final.
FINAL_STATUSES = ("AR", "refused", "negligence", "bounced", "error")
# The proofs a letter has once it reached its final status (the content PDF comes with all).
FINAL_PROOFS = {"AR": ("ev", "ar"), "refused": ("ev", "rf"), "negligence": ("ev", "ng"), "bounced": ("bc",),
                "error": ()}

STATUS_LABELS = {
    "to_valid": QT_TRANSLATE_NOOP("Letters", "À valider (OTP)"),
    "waiting": QT_TRANSLATE_NOOP("Letters", "En attente d'envoi"),
    "sent": QT_TRANSLATE_NOOP("Letters", "Envoyé"),
    "AR": QT_TRANSLATE_NOOP("Letters", "Accusé de réception"),
    "refused": QT_TRANSLATE_NOOP("Letters", "Refusé"),
    "negligence": QT_TRANSLATE_NOOP("Letters", "Non réclamé"),
    "bounced": QT_TRANSLATE_NOOP("Letters", "Non distribué"),
    "error": QT_TRANSLATE_NOOP("Letters", "Erreur technique"),
    "not_valided": QT_TRANSLATE_NOOP("Letters", "Validation refusée"),
}


@dataclass(frozen=True)
class Mail:
    """An AR24 registered mail (spec §6.2)."""

    id: int | None = None
    type: str = ""
    status: str = ""
    from_name: str = ""
    from_email: str = ""
    to_name: str = ""
    to_firstname: str = ""
    to_lastname: str = ""
    to_company: str = ""
    to_email: str = ""
    dest_statut: str = ""
    id_sender: int | None = None
    id_creator: int | None = None
    price_ht: Decimal | None = None
    payment_slug: str = ""
    ref_dossier: str = ""
    ref_client: str = ""
    ref_facturation: str = ""
    date: datetime | None = None
    full_hash_sha256: str = ""
    send_fail: bool = False
    is_eidas: bool = False
    proof_ev_url: str = ""
    ts_ev_date: datetime | None = None
    proof_ar_url: str = ""
    view_date: datetime | None = None
    proof_rf_url: str = ""
    refused_date: datetime | None = None
    proof_ng_url: str = ""
    negligence_date: datetime | None = None
    proof_bc_url: str = ""
    bounced_date: datetime | None = None
    pdf_content: str = ""
    zip: str = ""
    attachments: list[int] = field(default_factory=list)
    attachments_details: list[AttachmentDetail] = field(default_factory=list)
    update: list[RecipientUpdate] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Mail:
        return from_api(
            cls,
            data,
            attachments_details=[AttachmentDetail.from_api(item) for item in data.get("attachments_details") or []],
            update=[RecipientUpdate.from_api(item) for item in data.get("update") or []],
        )

    def proof_urls(self) -> dict[str, str]:
        """The proofs available now, by kind (``ev``, ``ar``, ``rf``, ``ng``, ``bc``)."""
        urls = {kind: getattr(self, f"proof_{kind}_url") for kind in PROOF_KINDS}
        return {kind: url for kind, url in urls.items() if url}


@dataclass(frozen=True)
class OtpSession:
    """Result of ``user/auth_otp``: a hash that identifies the sender for about one hour."""

    hash: str = ""
    expiration_date: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> OtpSession:
        return from_api(cls, data)


@dataclass(frozen=True)
class UploadedFile:
    """Result of ``POST attachment``: ``file_id`` goes into ``attachment[n]`` of a mail."""

    file_id: int | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> UploadedFile:
        return from_api(cls, data)


@dataclass(frozen=True)
class DownloadedFile:
    """A proof or document saved to disk, with the fingerprint kept in the archive."""

    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class MailRequest:
    """Parameters of ``POST mail`` (spec §4.11). ``eidas`` asks for a qualified LRE, which
    needs ``otp`` or ``auth_otp_hash``; ``ref_client`` carries our unique local reference."""

    id_user: int
    to_email: str
    dest_statut: str = "particulier"
    to_firstname: str = ""
    to_lastname: str = ""
    to_company: str = ""
    content: str = ""
    attachments: tuple[int, ...] = ()
    ref_dossier: str = ""
    ref_client: str = ""
    ref_facturation: str = ""
    eidas: bool = False
    otp: str = ""
    auth_otp_hash: str = ""
    payment_slug: str = ""
    webhook: str = ""
    custom_name_sender: str = ""

    def form(self) -> dict[str, str]:
        """Form fields, empty ones left out, booleans as 1, arrays PHP-style."""
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        attachments = values.pop("attachments")
        values["eidas"] = "1" if values["eidas"] else ""
        form = {name: str(value) for name, value in values.items() if value not in ("", None)}
        form.update(php_array("attachment", attachments))
        return form


def php_array(name: str, items: typing.Iterable[Any]) -> dict[str, str]:
    """PHP-style indexed form keys: ``name[0]=…&name[1]=…``."""
    return {f"{name}[{index}]": str(item) for index, item in enumerate(items)}
