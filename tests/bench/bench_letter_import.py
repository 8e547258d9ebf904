"""Letters brought in: a 2,000-page run split by marker into 500 letters (read, matched, cut and
their chronoted events created), and 500 letters of a "Nouveau courrier" merged into PDFs."""
from __future__ import annotations

import datetime as dt
import functools
import os
import statistics
import tempfile
import time
from pathlib import Path

LETTERS = 500
PAGES_PER_LETTER = 4          # 2,000 pages
RUNS = 3
MARKER = r"Réf\. tiers : (\S+)"


@functools.cache
def _agency() -> tuple[object, list[str], Path]:
    """The demo agency grown to 500 more tiers (one per letter), in a temporary data folder."""
    from sqlalchemy import insert

    from app.demo.seed import seed_demo_agency
    from app.store.database import open_store
    from app.store.models import Tiers

    folder = Path(tempfile.mkdtemp(prefix="bench-letters-"))
    os.environ["RECO_DATA_DIR"] = str(folder / "data")
    store = open_store(f"sqlite:///{folder / 'bench.db'}")
    seed_demo_agency(store, docs=folder / "docs")
    codes = [f"B{number:05d}" for number in range(1, LETTERS + 1)]
    with store.engine.begin() as connection:
        connection.execute(insert(Tiers), [
            {"code": code, "civility": "Madame", "lastname": f"BENCH{number}", "firstname": "Claire",
             "email": f"claire.{number}@example.fr", "address1": f"{number} rue Monge", "postal_code": "21000",
             "city": "DIJON", "relation": "copropriétaire", "entity_id": 1, "lot": f"{number:03d}"}
            for number, code in enumerate(codes, start=1)])
    return store, codes, folder


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def split_pdf_2000_pages() -> float:
    from app.demo.letter_run import write_letter_run
    from app.letter_import.create import create_letters
    from app.letter_import.plan import ImportOptions, plan_import

    store, codes, folder = _agency()
    run = write_letter_run(folder / "run.pdf", codes, pages=PAGES_PER_LETTER)

    def split() -> None:
        with store.session() as session:
            plan = plan_import(session, run, ImportOptions(marker=MARKER))
        assert len(plan.accepted) == LETTERS, plan.refused[:1]
        create_letters(store, plan, "JLC")
    return _median(split)


def merge_letters_500() -> float:
    from sqlalchemy import select

    from app.compose.events import EventDraft
    from app.compose.merge import merged_letters
    from app.store.models import Tiers

    store, codes, _folder = _agency()
    with store.session() as session:
        ids = list(session.scalars(select(Tiers.id).where(Tiers.code.in_(codes))))
    body = ("<p>«Civilite» «Nom»,</p><p>Vous êtes convoqué(e) à l'assemblée générale de «Entite» "
            "le <b>«DateAG»</b>, pour votre lot «Lot».</p>" + "<p>Ordre du jour : approbation des comptes, "
            "budget, travaux de ravalement, questions diverses.</p>" * 6 + "<p>«Adresse»</p>")
    drafts = [EventDraft(tiers_id, "Convocation AG", body_html=body, ag_date=dt.date(2027, 3, 1)) for tiers_id in ids]

    def merge() -> None:
        count = sum(1 for pdf in merged_letters(store, drafts, "JLC") if pdf)
        assert count == LETTERS
    return _median(merge)
