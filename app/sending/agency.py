"""The agency's letterhead, read from the shared settings (table ``setting``).

Keys: ``agency.name``, ``agency.address`` (lines separated by a new line) and ``agency.town``
(which starts the date line, "Dijon, le …"). Missing keys give an empty letterhead part.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sending.letter_pdf import Letterhead
from app.store.models import Setting

NAME, ADDRESS, TOWN = "agency.name", "agency.address", "agency.town"


def load_letterhead(session: Session) -> Letterhead:
    values = {key: value for key, value in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_((NAME, ADDRESS, TOWN))))}
    lines = tuple(line.strip() for line in values.get(ADDRESS, "").splitlines() if line.strip())
    return Letterhead(values.get(NAME, "").strip(), lines, values.get(TOWN, "").strip())
