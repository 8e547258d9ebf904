"""The recipient's postal address as printed in the envelope window, and what makes it unusable.

Rules (NF Z10-011, Maileva): at most 6 lines of 38 characters, the postal code and town on the
last line (for addresses in France, the outre-mer included).
"""
from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.sending.facts import RecipientFacts
from app.store.models import TiersStatus

MAX_LINES = 6
MAX_CHARS = 38
# Countries served with French postal codes (5 digits, town last): metropolitan France and outre-mer.
FRENCH_POSTCODE_COUNTRIES = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC"}
_FRENCH_POSTCODE = re.compile(r"\d{5}")
# What is missing, by (street, postal code, town) missing.
INCOMPLETE: dict[tuple[bool, bool, bool], Text] = {
    (True, False, False): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : adresse manquante"),
    (False, True, False): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : code postal manquant"),
    (False, False, True): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : ville manquante"),
    (True, True, False): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : adresse et code postal manquants"),
    (True, False, True): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : adresse et ville manquantes"),
    (False, True, True): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : code postal et ville manquants"),
    (True, True, True): QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incomplète : adresse, code postal et ville manquants"),
}
BAD_POSTCODE = QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale incorrecte : le code postal « {code} » doit compter 5 chiffres")
TOO_MANY_LINES = QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale trop longue : {lines} lignes pour {max} au plus dans la fenêtre de "
                                                    "l'enveloppe")
LINE_TOO_LONG = QT_TRANSLATE_NOOP("PostalAddress", "Adresse postale trop longue : la ligne « {line} » dépasse {max} caractères ({length})")


def postal_lines(recipient: RecipientFacts) -> tuple[str, ...]:
    """The address block, top to bottom."""
    if recipient.status is TiersStatus.PROFESSIONNEL and recipient.company:
        name = recipient.company
    else:
        name = " ".join(p for p in (recipient.civility, recipient.firstname, recipient.lastname.upper()) if p)
    lines = [name or recipient.display_name]
    if recipient.correspondant_name:
        lines.append(f"À l'attention de {recipient.correspondant_name}")  # i18n: data
    lines += [line.strip() for line in (recipient.address1, recipient.address2, recipient.address3)
              if line.strip()]
    lines.append(" ".join(p for p in (recipient.postal_code.strip(), recipient.city.strip().upper()) if p))
    country = (recipient.country or "FR").upper()
    if country not in FRENCH_POSTCODE_COUNTRIES:
        lines.append(country)
    return tuple(line for line in lines if line)


def address_problems(recipient: RecipientFacts) -> list[Message | Text]:
    """Each problem as one sentence; empty when the address can be printed."""
    missing = tuple(not value.strip() for value in (_street(recipient), recipient.postal_code, recipient.city))
    if any(missing):
        return [INCOMPLETE[missing]]
    problems: list[Message | Text] = []
    country = (recipient.country or "FR").upper()
    if country in FRENCH_POSTCODE_COUNTRIES and not _FRENCH_POSTCODE.fullmatch(recipient.postal_code.strip()):
        problems.append(message(BAD_POSTCODE, code=recipient.postal_code.strip()))
    lines = postal_lines(recipient)
    if len(lines) > MAX_LINES:
        problems.append(message(TOO_MANY_LINES, lines=len(lines), max=MAX_LINES))
    problems += [message(LINE_TOO_LONG, line=line, max=MAX_CHARS, length=len(line))
                 for line in lines if len(line) > MAX_CHARS]
    return problems


def _street(recipient: RecipientFacts) -> str:
    return recipient.address1 + recipient.address2 + recipient.address3

