"""The 21-day delay of an AG convocation (art. 9 of the décret of 17 March 1967).

The delay runs from the day after the first presentation (art. 64), so the 21 days are the full
days strictly between the presentation and the AG: presented on day P, the AG may be held on
P + 22 at the earliest.

When is a letter "presented"?
- electronic types (LRE, avis électronique): on the day AR24 e-mails the notice, taken as the
  send day;
- paper LR: ASSUMPTION, two business days after the send day (J+2 ouvrés, the usual lettre
  recommandée delivery time; weekends and French public holidays are not business days). Real
  delivery may be later: this is an estimate, hence a warning and not an error.
"""
from __future__ import annotations

import datetime as dt
import functools

from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.sending.send_types import is_electronic
from app.store.models import SendType

CONVOCATION_DAYS = 21
PAPER_DELIVERY_BUSINESS_DAYS = 2
AG_PAST = QT_TRANSLATE_NOOP("SendingDeadlines", "L'AG du {ag} est déjà passée ou a lieu aujourd'hui : vérifiez la date « AG du ».")
TOO_LATE = QT_TRANSLATE_NOOP("SendingDeadlines", "Convocation à l'AG du {ag} présentée au plus tôt le {presented} : {days} jours au lieu "
                                                 "des {legal} jours légaux (présentation au plus tard le {latest}), l'assemblée pourrait "
                                                 "être annulée.")


def presentation_date(send_date: dt.date, send_type: SendType) -> dt.date:
    if is_electronic(send_type):
        return send_date
    day, remaining = send_date, PAPER_DELIVERY_BUSINESS_DAYS
    while remaining:
        day += dt.timedelta(days=1)
        remaining -= is_business_day(day)
    return day


def convocation_warning(ag_date: dt.date, send_date: dt.date, send_type: SendType) -> Message | None:
    """A sentence when the convocation would leave less than 21 days, else None."""
    if ag_date <= send_date:
        return message(AG_PAST, ag=f"{ag_date:%d/%m/%Y}")
    presented = presentation_date(send_date, send_type)
    days = (ag_date - presented).days - 1
    if days >= CONVOCATION_DAYS:
        return None
    latest = ag_date - dt.timedelta(days=CONVOCATION_DAYS + 1)
    return message(TOO_LATE, ag=f"{ag_date:%d/%m/%Y}", presented=f"{presented:%d/%m/%Y}", days=max(days, 0),
                   legal=CONVOCATION_DAYS, latest=f"{latest:%d/%m/%Y}")


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _french_holidays()


@functools.cache
def _french_holidays():
    """Metropolitan France's public holidays (Easter-based ones included), computed per year on
    demand. Imported on first use: the library loads every country's calendar (0.4 s at start)."""
    import holidays

    return holidays.France()
