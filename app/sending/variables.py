"""Letter variables («Nom», «AR24_LienConsentement»…) substituted in a body before rendering.

A variable is written as the agency software inserts it: a name between French quotes with no
space inside (``«Nom»``). Quoted words typed by hand carry spaces (``« urgent »``) and are left alone.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.consent.link import consent_link
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message

VARIABLE = re.compile(r"«([A-Za-z][A-Za-z0-9_]*)»")
CONSENT_LINK = "AR24_LienConsentement"
KNOWN = (CONSENT_LINK, "Civilite", "Nom", "Prenom", "Adresse", "Entite", "Lot", "DateJour", "DateAG")
UNKNOWN_VARIABLE = QT_TRANSLATE_NOOP("LetterVariables", "Variable de courrier inconnue : {names} ; corrigez le corps du courrier.")
UNKNOWN_VARIABLES = QT_TRANSLATE_NOOP("LetterVariables", "Variables de courrier inconnues : {names} ; corrigez le corps du courrier.")
NO_AG_DATE = QT_TRANSLATE_NOOP("LetterVariables", "La variable «DateAG» est utilisée mais l'événement n'a pas de date d'AG : renseignez "
                                                  "« AG du » ou retirez la variable.")
NO_ACCOUNT = QT_TRANSLATE_NOOP("LetterVariables", "La variable «AR24_LienConsentement» demande un compte AR24 relié : reliez votre "
                                                  "compte dans les préférences, ou retirez la variable.")


class LetterVariableError(ValueError):
    """A variable of the body cannot be filled in; raised with its sentence (a Message or Text)."""


@dataclass(frozen=True)
class VariableSubject:
    """Who the letter is for, as the variables see it."""
    tiers_code: str
    email: str
    civility: str
    lastname: str
    firstname: str
    ag_date: dt.date | None
    address_lines: tuple[str, ...] = ()     # as printed in the envelope window
    entity_name: str = ""
    lot: str = ""
    today: dt.date | None = None            # the letter's date («DateJour»)


ConsentLinkMaker = Callable[[VariableSubject], str]


def ar24_consent_links(api_base_url: str, id_user: int) -> ConsentLinkMaker:
    """Each recipient's link to AR24's consent page, for the sender's AR24 account."""
    return lambda subject: consent_link(api_base_url, id_user, subject.email, subject.firstname, subject.lastname)


def variable_problems(body_html: str, ag_date: dt.date | None) -> list[Message | Text]:
    """Why the variables of a body cannot all be filled in, one sentence each."""
    used = list(dict.fromkeys(VARIABLE.findall(body_html)))
    problems: list[Message | Text] = []
    if unknown := [name for name in used if name not in KNOWN]:
        quoted = ", ".join(f"«{name}»" for name in unknown)
        problems.append(message(UNKNOWN_VARIABLE if len(unknown) == 1 else UNKNOWN_VARIABLES, names=quoted))
    if "DateAG" in used and ag_date is None:
        problems.append(NO_AG_DATE)
    return problems


def substitute(body_html: str, subject: VariableSubject, consent_links: ConsentLinkMaker | None = None) -> str:
    """The body with every variable replaced by its (HTML-escaped) value."""
    if problems := variable_problems(body_html, subject.ag_date):
        raise LetterVariableError(problems[0])
    values = _values(subject, consent_links)
    return VARIABLE.sub(lambda match: values[match.group(1)](), body_html)


def _values(subject: VariableSubject, consent_links: ConsentLinkMaker | None) -> dict[str, Callable[[], str]]:
    """Values computed only when used."""
    def link() -> str:
        if consent_links is None:   # the link names the sender's AR24 account
            raise LetterVariableError(NO_ACCOUNT)
        url = html.escape(consent_links(subject))
        return f'<a href="{url}">{url}</a>'

    return {"Civilite": lambda: html.escape(subject.civility),
            "Nom": lambda: html.escape(subject.lastname.upper()),
            "Prenom": lambda: html.escape(subject.firstname),
            "Adresse": lambda: "<br/>".join(html.escape(line) for line in subject.address_lines),
            "Entite": lambda: html.escape(subject.entity_name),
            "Lot": lambda: html.escape(subject.lot),
            "DateJour": lambda: f"{subject.today or dt.date.today():%d/%m/%Y}",
            "DateAG": lambda: f"{subject.ag_date:%d/%m/%Y}",
            CONSENT_LINK: link}
