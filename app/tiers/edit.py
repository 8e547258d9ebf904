"""Editing a "Fiche tiers": validation in French, optimistic locking, audit entry."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import asdict, dataclass, fields
from typing import Any, cast

from sqlalchemy import String
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.consent.changes import set_consent, set_paper_request
from app.consent.emails import email_error
from app.store.models import AuditEntry, Tiers, TiersStatus
from app.text_input import control_character_error

ADDRESS_LINE_MAX = 38   # French postal standard (AFNOR XP Z10-011): 38 characters a line
DEFAULT_COUNTRY = "FR"  # ISO 3166 code of a record whose country is left empty
# How many characters each field of the record holds: the store's column widths, read once.
FIELD_MAX: dict[str, int] = {
    name: cast(String, Tiers.__table__.c[name].type).length or 0
    for name in ("code", "civility", "lastname", "firstname", "company", "email", "phone", "address1", "address2",
                 "address3", "postal_code", "city", "country", "consent_email", "lot", "relation")}
STALE_MESSAGE = ("Cette fiche a été modifiée entre-temps (sur un autre poste ou dans une autre fenêtre). "
                 "Vos changements n'ont pas été enregistrés : rouvrez la fiche pour repartir de la version à jour.")


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
LABELS = {"civility": "Civilité", "lastname": "Nom", "firstname": "Prénom", "company": "Raison sociale",
          "relation": "Relation", "email": "Email", "phone": "Téléphone", "address1": "Adresse",
          "address2": "Complément", "address3": "Complément 2", "postal_code": "Code postal", "city": "Ville",
          "country": "Pays", "consent_email": "Email de consentement"}


def validate(form: TiersForm) -> list[str]:
    errors = [str(problem) for name, label in LABELS.items()
              if (problem := control_character_error(label, getattr(form, name)))]
    if not (form.lastname.strip() or form.company.strip()):
        errors.append("Indiquez un nom ou une raison sociale.")
    if form.status is TiersStatus.PROFESSIONNEL and not form.company.strip():
        errors.append("Un tiers professionnel doit avoir une raison sociale.")
    if form.email and (error := email_error(form.email)):
        errors.append(error)
    if form.consent_email and (error := email_error(form.consent_email, "L'email de consentement")):
        errors.append(error)
    if form.lre_consent and not (form.consent_email or form.email):
        errors.append("L'accord de consentement LRE demande une adresse e-mail.")
    for label, value in (("Adresse", form.address1), ("Complément", form.address2),
                         ("Complément 2", form.address3), ("Ville", form.city)):
        if len(value) > ADDRESS_LINE_MAX:
            errors.append(f"{label} : {len(value)} caractères, {ADDRESS_LINE_MAX} au plus sur une enveloppe.")
    if any((form.address1, form.postal_code, form.city)):
        missing = [name for name, value in (("l'adresse", form.address1), ("le code postal", form.postal_code),
                                            ("la ville", form.city)) if not value.strip()]
        if missing:
            errors.append(f"Adresse postale incomplète : il manque {', '.join(missing)}.")
    if form.country == DEFAULT_COUNTRY and form.postal_code and not re.fullmatch(r"\d{5}", form.postal_code):
        errors.append(f"Le code postal « {form.postal_code} » doit compter 5 chiffres.")
    return errors


def save_tiers(session: Session, tiers_id: int, form: TiersForm, login: str) -> list[str]:
    """Normalize, validate and save; returns the French errors (nothing saved) or [] when saved.

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
