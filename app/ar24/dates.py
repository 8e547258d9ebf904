"""AR24 dates: Europe/Paris local time written ``%Y-%m-%d %H:%M:%S`` (spec §2.1)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def paris_now() -> datetime:
    return datetime.now(PARIS)


def format_paris(moment: datetime | float) -> str:
    """Write an aware datetime or a POSIX timestamp as AR24 expects it."""
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(moment, PARIS)
    return moment.astimezone(PARIS).strftime(DATE_FORMAT)


def parse_paris(text: str, fold: int = 0) -> datetime:
    """Read an AR24 date as an aware Paris datetime; ``fold`` picks the second occurrence of
    the hour repeated when summer time ends. Raises ValueError on a malformed string."""
    return datetime.strptime(text, DATE_FORMAT).replace(tzinfo=PARIS, fold=fold)
