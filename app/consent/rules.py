"""Whether a letter may go electronically to a recipient: the two legal consent models.

- **Opt-in** (gérance and every sender that is not a syndicate, CPCE L.100): a non-professional
  recipient must have given prior consent to electronic registered letters.
- **Copropriété** (décret 2025-1292, in force since 25 Dec 2025, art. 64 of the 1967 décret):
  electronic notification is the default; a co-owner may ask at any time, by any means, to
  receive paper, and that request wins.

A professional recipient needs no consent in either model.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.store.models import EntityKind, TiersStatus

# The copropriété regime of décret 2025-1292 applies to notifications from this day on.
COPRO_DEFAULT_SINCE = dt.date(2025, 12, 25)

NO_CONSENT = QT_TRANSLATE_NOOP("ConsentModel", "Consentement LRE non valide")
PAPER_REQUESTED = QT_TRANSLATE_NOOP(
    "ConsentModel", "Le copropriétaire a demandé l'envoi papier : envoyez ce courrier en LR papier")
PAPER_REQUESTED_ON = QT_TRANSLATE_NOOP(
    "ConsentModel", "Le copropriétaire a demandé l'envoi papier le {date} : envoyez ce courrier en LR papier")


class ConsentModel(str, enum.Enum):
    OPT_IN = "opt_in"
    COPRO_DEFAULT = "copro_default"

    @property
    def label(self) -> Text:
        """French; a window shows it through ``ui.i18n.render(label)``."""
        return {ConsentModel.OPT_IN: QT_TRANSLATE_NOOP("ConsentModel", "accord préalable (art. L.100 CPCE)"),
                ConsentModel.COPRO_DEFAULT: QT_TRANSLATE_NOOP(
                    "ConsentModel", "copropriété : électronique par défaut (décret 2025-1292)")}[self]


def consent_model_for(entity_kind: EntityKind | None, on: dt.date | None = None) -> ConsentModel:
    on = on or dt.date.today()
    if entity_kind is EntityKind.SYNDICAT and on >= COPRO_DEFAULT_SINCE:
        return ConsentModel.COPRO_DEFAULT
    return ConsentModel.OPT_IN


@dataclass(frozen=True)
class ConsentFacts:
    """What the store knows about one recipient's consent."""
    status: TiersStatus
    lre_consent: bool
    paper_requested: bool
    paper_requested_date: dt.datetime | None = None


def electronic_refusal(facts: ConsentFacts, model: ConsentModel) -> Message | Text | None:
    """None when an electronic letter is allowed, else the reason (one error line, marked for translation)."""
    if model is ConsentModel.COPRO_DEFAULT:
        if not facts.paper_requested:
            return None
        if facts.paper_requested_date is None:
            return PAPER_REQUESTED
        return message(PAPER_REQUESTED_ON, date=f"{facts.paper_requested_date:%d/%m/%Y}")
    if facts.status is TiersStatus.PROFESSIONNEL:
        return None
    return None if facts.lre_consent else NO_CONSENT
