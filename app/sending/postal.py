"""The recipient's postal address as printed in the envelope window, and what makes it unusable.

Rules (NF Z10-011, Maileva): at most 6 lines of 38 characters, the postal code and town on the
last line (for addresses in France, the outre-mer included).
"""
from __future__ import annotations

import re

from app.sending.facts import RecipientFacts
from app.store.models import TiersStatus

MAX_LINES = 6
MAX_CHARS = 38
# Countries served with French postal codes (5 digits, town last): metropolitan France and outre-mer.
FRENCH_POSTCODE_COUNTRIES = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC"}
_FRENCH_POSTCODE = re.compile(r"\d{5}")


def postal_lines(recipient: RecipientFacts) -> tuple[str, ...]:
    """The address block, top to bottom."""
    if recipient.status is TiersStatus.PROFESSIONNEL and recipient.company:
        name = recipient.company
    else:
        name = " ".join(p for p in (recipient.civility, recipient.firstname, recipient.lastname.upper()) if p)
    lines = [name or recipient.display_name]
    if recipient.correspondant_name:
        lines.append(f"À l'attention de {recipient.correspondant_name}")
    lines += [line.strip() for line in (recipient.address1, recipient.address2, recipient.address3)
              if line.strip()]
    lines.append(" ".join(p for p in (recipient.postal_code.strip(), recipient.city.strip().upper()) if p))
    country = (recipient.country or "FR").upper()
    if country not in FRENCH_POSTCODE_COUNTRIES:
        lines.append(country)
    return tuple(line for line in lines if line)


def address_problems(recipient: RecipientFacts) -> list[str]:
    """Each problem as one French sentence; empty when the address can be printed."""
    missing = [part for part, value in (("adresse", _street(recipient)), ("code postal", recipient.postal_code),
                                        ("ville", recipient.city)) if not value.strip()]
    if missing:
        return [f"Adresse postale incomplète : {_missing(missing)}"]
    problems = []
    country = (recipient.country or "FR").upper()
    if country in FRENCH_POSTCODE_COUNTRIES and not _FRENCH_POSTCODE.fullmatch(recipient.postal_code.strip()):
        problems.append(f"Adresse postale incorrecte : le code postal « {recipient.postal_code.strip()} » "
                        "doit compter 5 chiffres")
    lines = postal_lines(recipient)
    if len(lines) > MAX_LINES:
        problems.append(f"Adresse postale trop longue : {len(lines)} lignes pour {MAX_LINES} au plus "
                        "dans la fenêtre de l'enveloppe")
    problems += [f"Adresse postale trop longue : la ligne « {line} » dépasse {MAX_CHARS} caractères "
                 f"({len(line)})" for line in lines if len(line) > MAX_CHARS]
    return problems


def _street(recipient: RecipientFacts) -> str:
    return recipient.address1 + recipient.address2 + recipient.address3


def _missing(parts: list[str]) -> str:
    """"code postal manquant", "adresse et ville manquantes", "code postal et ville manquants"."""
    feminine = {"adresse", "ville"}
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]
    ending = "e" if all(p in feminine for p in parts) else ""
    return f"{listed} manquant{ending}{'s' if len(parts) > 1 else ''}"
