"""Editing a "Fiche tiers": validation (sentences marked for translation, shown by the record
with ``ui.i18n.render``), optimistic locking, audit entry."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import asdict, dataclass, fields
from typing import Any, cast

from sqlalchemy import String
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.consent.changes import set_consent, set_paper_request
from app.consent.emails import CONSENT_EMAIL_INVALID, email_error
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.store.models import AuditEntry, Tiers, TiersStatus
from app.text_input import control_character_error

ADDRESS_LINE_MAX = 38   # French postal standard (AFNOR XP Z10-011): 38 characters a line
DEFAULT_COUNTRY = "FR"  # ISO 3166 code of a record whose country is left empty
# How many characters each field of the record holds: the store's column widths, read once.
FIELD_MAX: dict[str, int] = {
    name: cast(String, Tiers.__table__.c[name].type).length or 0
    for name in ("code", "civility", "lastname", "firstname", "company", "email", "phone", "address1", "address2",
                 "address3", "postal_code", "city", "country", "consent_email", "lot", "relation")}
STALE_MESSAGE = QT_TRANSLATE_NOOP(
    "TiersRecordDialog", "Cette fiche a été modifiée entre-temps (sur un autre poste ou dans une autre fenêtre). "
    "Vos changements n'ont pas été enregistrés : rouvrez la fiche pour repartir de la version à jour.")
# What an incomplete postal address lacks: one whole sentence per case.
ADDRESS_MISSING: dict[tuple[str, ...], Text] = {
    ("address1",): QT_TRANSLATE_NOOP("TiersRecordDialog", "Adresse postale incomplète : il manque l'adresse."),
    ("postal_code",): QT_TRANSLATE_NOOP("TiersRecordDialog", "Adresse postale incomplète : il manque le code postal."),
    ("city",): QT_TRANSLATE_NOOP("TiersRecordDialog", "Adresse postale incomplète : il manque la ville."),
    ("address1", "postal_code"): QT_TRANSLATE_NOOP(
        "TiersRecordDialog", "Adresse postale incomplète : il manque l'adresse, le code postal."),
    ("address1", "city"): QT_TRANSLATE_NOOP(
        "TiersRecordDialog", "Adresse postale incomplète : il manque l'adresse, la ville."),
    ("postal_code", "city"): QT_TRANSLATE_NOOP(
        "TiersRecordDialog", "Adresse postale incomplète : il manque le code postal, la ville."),
}


class StaleRecordError(RuntimeError):
    def __init__(self) -> None:
        super().__init__(STALE_MESSAGE)


@dataclass
class TiersForm:
    """What the record's fields hold; ``version`` is the one the form was loaded from."""
    version: int
    civility: str = ""
    lastname: str = ""
    firstname: str = ""
    company: str = ""
    status: TiersStatus = TiersStatus.PARTICULIER
    relation: str = ""
    email: str = ""
    phone: str = ""
    address1: str = ""
    address2: str = ""
    address3: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = DEFAULT_COUNTRY
    lre_consent: bool = False
    consent_email: str = ""
    paper_requested: bool = False

    @classmethod
    def of(cls, tiers: Tiers) -> TiersForm:
        return cls(**{f.name: getattr(tiers, f.name) for f in fields(cls)})


def normalized(form: TiersForm) -> TiersForm:
    """As the post writes it: the city in capitals, the country as an upper-case code, France by
    default; surrounding spaces removed."""
    texts: dict[str, Any] = {f.name: value.strip() for f in fields(form) if type(value := getattr(form, f.name)) is str}
    return dataclasses.replace(form, **texts | {"city": texts["city"].upper(),
                                                "country": texts["country"].upper() or DEFAULT_COUNTRY})


# The record's labels, for the sentences about one field.
LABELS: dict[str, Text] = {
    "civility": QT_TRANSLATE_NOOP("TiersRecordDialog", "Civilité"),
    "lastname": QT_TRANSLATE_NOOP("TiersRecordDialog", "Nom"),
    "firstname": QT_TRANSLATE_NOOP("TiersRecordDialog", "Prénom"),
    "company": QT_TRANSLATE_NOOP("TiersRecordDialog", "Raison sociale"),
    "relation": QT_TRANSLATE_NOOP("TiersRecordDialog", "Relation"),
    "email": QT_TRANSLATE_NOOP("TiersRecordDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("TiersRecordDialog", "Téléphone"),
    "address1": QT_TRANSLATE_NOOP("TiersRecordDialog", "Adresse"),
    "address2": QT_TRANSLATE_NOOP("TiersRecordDialog", "Complément"),
    "address3": QT_TRANSLATE_NOOP("TiersRecordDialog", "Complément 2"),
    "postal_code": QT_TRANSLATE_NOOP("TiersRecordDialog", "Code postal"),
    "city": QT_TRANSLATE_NOOP("TiersRecordDialog", "Ville"),
    "country": QT_TRANSLATE_NOOP("TiersRecordDialog", "Pays"),
    "consent_email": QT_TRANSLATE_NOOP("TiersRecordDialog", "Email de consentement"),
}
# The lines printed on the envelope, limited to ADDRESS_LINE_MAX characters.
ENVELOPE_LINES = ("address1", "address2", "address3", "city")


def validate(form: TiersForm) -> list[Message | Text]:
    """What prevents saving the record, one sentence each (empty: it can be saved)."""
    errors: list[Message | Text] = [problem for name, label in LABELS.items()
                                    if (problem := control_character_error(label, getattr(form, name)))]
    if not (form.lastname.strip() or form.company.strip()):
        errors.append(QT_TRANSLATE_NOOP("TiersRecordDialog", "Indiquez un nom ou une raison sociale."))
    if form.status is TiersStatus.PROFESSIONNEL and not form.company.strip():
        errors.append(QT_TRANSLATE_NOOP("TiersRecordDialog", "Un tiers professionnel doit avoir une raison sociale."))
    if form.email and (error := email_error(form.email)):
        errors.append(error)
    if form.consent_email and (error := email_error(form.consent_email, CONSENT_EMAIL_INVALID)):
        errors.append(error)
    if form.lre_consent and not (form.consent_email or form.email):
        errors.append(QT_TRANSLATE_NOOP("TiersRecordDialog", "L'accord de consentement LRE demande une adresse e-mail."))
    for name in ENVELOPE_LINES:
        if len(value := getattr(form, name)) > ADDRESS_LINE_MAX:
            errors.append(message(QT_TRANSLATE_NOOP(
                "TiersRecordDialog", "{label} : {count} caractères, {limit} au plus sur une enveloppe."),
                label=LABELS[name], count=len(value), limit=ADDRESS_LINE_MAX))
    if any((form.address1, form.postal_code, form.city)):
        missing = tuple(name for name in ("address1", "postal_code", "city") if not getattr(form, name).strip())
        if missing:
            errors.append(ADDRESS_MISSING[missing])
    if form.country == DEFAULT_COUNTRY and form.postal_code and not re.fullmatch(r"\d{5}", form.postal_code):
        errors.append(message(QT_TRANSLATE_NOOP("TiersRecordDialog", "Le code postal « {code} » doit compter 5 chiffres."),
                              code=form.postal_code))
    return errors


def save_tiers(session: Session, tiers_id: int, form: TiersForm, login: str) -> list[Message | Text]:
    """Normalize, validate and save; returns the errors (nothing saved) or [] when saved.

    Raises StaleRecordError when the record changed since the form was loaded."""
    form = normalized(form)
    errors = validate(form)
    if errors:
        return errors
    tiers = session.get(Tiers, tiers_id)
    if tiers is None or tiers.version != form.version:
        raise StaleRecordError()
    before = TiersForm.of(tiers)
    plain = {k: v for k, v in asdict(form).items()
             if k not in ("version", "lre_consent", "consent_email", "paper_requested")}
    changed = [k for k, v in plain.items() if getattr(tiers, k) != v]
    for key in changed:
        setattr(tiers, key, plain[key])
    if (form.lre_consent, form.consent_email) != (before.lre_consent, before.consent_email):
        set_consent(session, [tiers.id], form.lre_consent, login,
                    email=(form.consent_email or form.email) if form.lre_consent else form.consent_email)
        changed.append("lre_consent")
    if form.paper_requested != before.paper_requested:
        set_paper_request(session, [tiers.id], form.paper_requested, login)
        changed.append("paper_requested")
    if changed:
        session.add(AuditEntry(login=login, action="tiers_edited", target=f"tiers:{tiers.id}",
                               detail=", ".join(changed)))
    try:
        session.commit()
    except StaleDataError as error:   # another seat saved between our read and our write
        session.rollback()
        raise StaleRecordError() from error
    return []
