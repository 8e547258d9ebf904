"""Everything the "Choix de l'envoi" shows for one send type, computed off the UI thread.

The batch check, its estimated price and, for an electronic type, the LR papier fallback: the
events refused only for lack of consent, checked again for paper.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.i18n import Sentence
from app.sending.compatibility import BatchCheck, check_events
from app.sending.pricing import PriceSummary, load_price_settings, summarize
from app.sending.send_types import is_electronic
from app.store.database import Store
from app.store.models import SendType


@dataclass(frozen=True)
class SendChoice:
    batch: BatchCheck
    price: PriceSummary
    paper_fallback: BatchCheck | None     # consent-only refusals, checked as LR papier
    paper_price: PriceSummary | None

    @property
    def paper_fallback_ids(self) -> list[int]:
        return self.paper_fallback.compatible_event_ids if self.paper_fallback else []


def evaluate_send_choice(store: Store, event_ids: Sequence[int], send_type: SendType, *, login: str,
                         send_date: dt.date | None = None,
                         resend_reasons: Mapping[int, str] | None = None,
                         unavailable: Mapping[SendType, Sentence] | None = None) -> SendChoice:
    """``resend_reasons``: events chosen to be sent again although delivered (with the reason);
    ``unavailable``: send types the AR24 account does not offer through the API (refused)."""
    batch = check_events(store, event_ids, send_type, login=login, send_date=send_date,
                         resend_reasons=resend_reasons, unavailable=unavailable)
    with store.session() as session:
        settings = load_price_settings(session)
    fallback = paper_price = None
    if is_electronic(send_type) and (refused := batch.consent_only_event_ids):
        fallback = check_events(store, refused, SendType.LR_PAPIER, login=login, send_date=send_date,
                                unavailable=unavailable)
        paper_price = summarize(SendType.LR_PAPIER, fallback.compatible_entity_codes, settings)
    return SendChoice(batch, summarize(send_type, batch.compatible_entity_codes, settings), fallback, paper_price)
