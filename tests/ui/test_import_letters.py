""""Importer des courriers PDF": the preview before anything is created, refused letters in red,
then the chronoted events created in the background."""
from __future__ import annotations

from sqlalchemy import func, select

from app.demo.letter_run import write_letter_run
from app.store.models import Event
from ui.compose.import_letters import REFUSED, ImportLettersWindow


def _count(context) -> int:
    with context.store.session() as session:
        return session.scalar(select(func.count(Event.id)))


def test_preview_then_create(qtbot, demo_context, tmp_path):
    demo_context.settings.login = "JLC"
    run = write_letter_run(tmp_path / "Appel de fonds.pdf", ["T0001", "Z9999", "T0002"], pages=2)
    before = _count(demo_context)
    window = ImportLettersWindow(demo_context)
    qtbot.addWidget(window)
    window.source.setText(str(run))
    window.marker.setText(r"Réf\. tiers : (\S+)")
    window.analyse()
    qtbot.waitUntil(lambda: window.plan is not None, timeout=20000)
    table = window.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert [row[1:3] for row in rows] == [["1–2", "T0001"], ["3–4", "Z9999"], ["5–6", "T0002"]]
    assert rows[1][5] == "Pages 3–4 : aucun tiers n'a le code « Z9999 »."
    assert table.item(1, 0).foreground().color() == REFUSED and table.item(0, 0).foreground().color() != REFUSED
    assert window.summary.text().startswith("2 courrier(s) prêt(s) à créer, 1 refusé(s)")
    assert _count(demo_context) == before                       # the preview created nothing

    window.create_events()
    qtbot.waitUntil(lambda: window.imported is not None, timeout=20000)
    assert _count(demo_context) == before + 2
    assert window.summary.text().startswith("2 événement(s) créé(s), chronotés n° ")
    assert not window.create_button.isEnabled()
    with demo_context.store.session() as session:
        subjects = {e.subject for e in session.scalars(select(Event).where(Event.id.in_(window.imported.event_ids)))}
    assert subjects == {"Appel de fonds"}


def test_a_pdf_without_marker_is_refused_whole(qtbot, demo_context, tmp_path):
    window = ImportLettersWindow(demo_context)
    qtbot.addWidget(window)
    window.source.setText(str(write_letter_run(tmp_path / "blanc.pdf", [None])))
    window.analyse()
    qtbot.waitUntil(lambda: not window.jobs.busy and window.summary.text() != "", timeout=20000)
    assert window.summary.text() == ("« blanc.pdf » : aucun code tiers connu n'a été trouvé sur aucune des 3 pages ; "
                                     "rien n'a été importé.")
    assert window.table.rowCount() == 0 and not window.create_button.isEnabled()
