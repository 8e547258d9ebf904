"""One PDF holding a whole run, split per recipient by the marker of each first page."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from app.compose.events import Cancelled
from app.demo.letter_run import write_letter_run
from app.letter_import.create import create_letters
from app.letter_import.pdf import BadFile
from app.letter_import.plan import ImportOptions, plan_import
from app.sending.compatibility import check_events
from app.sending.prepare import prepare_letter_files
from app.store.models import Event, SendType, Tiers

MARKER = r"Réf\. tiers : (\S+)"
CODES = [f"T{n:04d}" for n in range(1, 12)]


def _events(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count(Event.id)))


def _last_number(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.max(Event.treatment_number)))


def test_twelve_letters_with_one_unknown_marker_make_eleven_chronoted_events(demo_store, tmp_path):
    run = write_letter_run(tmp_path / "Convocation AG 2026.pdf", [*CODES[:6], "Z9999", *CODES[6:]])
    before, last = _events(demo_store), _last_number(demo_store)
    with demo_store.session() as session:
        plan = plan_import(session, run, ImportOptions(marker=MARKER, ag_date=dt.date(2027, 1, 20)))
    assert [(letter.pages, letter.code) for letter in plan.letters][:2] == [("1–3", "T0001"), ("4–6", "T0002")]
    assert len(plan.accepted) == 11
    [refused] = plan.refused
    assert str(refused.refusal) == "Pages 19–21 : aucun tiers n'a le code « Z9999 »."

    result = create_letters(demo_store, plan, "JLC", folder=tmp_path / "docs")
    assert _events(demo_store) == before + 11
    with demo_store.session() as session:
        events = session.scalars(select(Event).where(Event.id.in_(result.event_ids)).order_by(Event.id)).all()
        numbers = [event.treatment_number for event in events]
        assert numbers == list(range(last + 1, last + 12))    # after the demo's numbers
        first = events[0]
        assert (first.tiers.code, first.subject, first.ag_date, first.body_html) == (
            "T0001", "Convocation AG 2026", dt.date(2027, 1, 20), "")
        assert [a.filename for a in first.attachments] == ["Convocation AG 2026-T0001.pdf"]
        letter = PdfReader(first.attachments[0].path)
        assert len(letter.pages) == 3 and "Courrier 1, page 1" in letter.pages[0].extract_text()
        assert events[6].tiers.code == "T0007"       # the letter after the refused one
    check = check_events(demo_store, result.event_ids, SendType.LR_PAPIER, login="JLC", payment_required=False)
    assert not [issue for issue in check.errors if issue.code.name in ("DOCUMENT", "CHRONO", "VARIABLE")]


def test_a_second_import_continues_the_numbers(demo_store, tmp_path):
    with demo_store.session() as session:
        plan = plan_import(session, write_letter_run(tmp_path / "a.pdf", CODES[:2]), ImportOptions(marker=MARKER))
    first = create_letters(demo_store, plan, "JLC", folder=tmp_path / "a").event_ids
    second = create_letters(demo_store, plan, "JLC", folder=tmp_path / "b").event_ids
    with demo_store.session() as session:
        numbers = [session.get(Event, i).treatment_number for i in (*first, *second)]
    assert numbers == list(range(numbers[0], numbers[0] + 4))


def test_default_marker_is_a_known_tiers_code_and_fixed_pages_split(demo_store, tmp_path):
    run = write_letter_run(tmp_path / "run.pdf", ["T0004", "T0005"], pages=2, marker="Dossier {code}")
    with demo_store.session() as session:
        by_code = plan_import(session, run, ImportOptions())
        by_pages = plan_import(session, run, ImportOptions(pages=2))
        names = [session.scalar(select(Tiers).where(Tiers.code == code)).display_name for code in ("T0004", "T0005")]
    assert [(letter.pages, letter.recipient) for letter in by_code.letters] == [("1–2", names[0]), ("3–4", names[1])]
    assert [letter.pages for letter in by_pages.letters] == ["1–2", "3–4"]


def test_a_pdf_without_any_marker_creates_nothing(demo_store, tmp_path):
    run = write_letter_run(tmp_path / "sans repere.pdf", [None, None])
    with demo_store.session() as session, pytest.raises(BadFile) as refused:
        plan_import(session, run, ImportOptions(marker=MARKER))
    assert str(refused.value.message) == ("« sans repere.pdf » : le repère « Réf\\. tiers : (\\S+) » n'a été trouvé "
                                          "sur aucune des 6 pages ; rien n'a été importé.")


@pytest.mark.parametrize("content, expected", [
    (b"", "Le fichier « bad.pdf » est vide (0 octet)."),
    (b"%PDF-1.4 not really", ("Le fichier « bad.pdf » n'est pas un PDF lisible (endommagé ou d'un autre format) : "
                              "enregistrez-le de nouveau en PDF.")),
    ("secret", "Le fichier « bad.pdf » est protégé par un mot de passe : enregistrez-en une version non protégée."),
    (None, "Le fichier « bad.pdf » pèse 51 Mo, au-delà des 50 Mo acceptés pour un import."),
])
def test_bad_files_are_refused_whole(demo_store, tmp_path, content, expected):
    bad = tmp_path / "bad.pdf"
    if content == "secret":
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.encrypt("secret")
        writer.write(bad)
    else:
        with bad.open("wb") as file:
            if content is None:
                file.truncate(51 * 1024 * 1024)     # sparse: refused on its size, never read
            else:
                file.write(content)
    with demo_store.session() as session, pytest.raises(BadFile, match=re.escape(expected)):
        plan_import(session, bad)


def test_cancel_leaves_the_store_and_the_folder_as_they_were(demo_store, tmp_path):
    with demo_store.session() as session:
        plan = plan_import(session, write_letter_run(tmp_path / "run.pdf", CODES), ImportOptions(marker=MARKER))
    before, last = _events(demo_store), _last_number(demo_store)
    calls = []

    def cancelled() -> bool:    # let the PDFs be written, cancel while the events are created
        calls.append(1)
        return len(calls) > 15

    with pytest.raises(Cancelled):
        create_letters(demo_store, plan, "JLC", folder=tmp_path / "docs", cancelled=cancelled)
    assert _events(demo_store) == before
    assert not (tmp_path / "docs").exists()
    with demo_store.session() as session:   # the treatment numbers were given back too
        plan_ids = create_letters(demo_store, plan, "JLC", folder=tmp_path / "again").event_ids
        assert session.get(Event, plan_ids[0]).treatment_number == last + 1


def test_folder_of_pdfs_named_by_tiers_code(demo_store, tmp_path):
    folder = tmp_path / "courriers"
    write_letter_run(folder / "T0001.pdf", [None], pages=1)
    write_letter_run(folder / "Relance_T0002.pdf", [None], pages=2)
    write_letter_run(folder / "inconnu.pdf", [None], pages=1)
    with demo_store.session() as session:
        plan = plan_import(session, folder)
        name = session.scalar(select(Tiers.lastname).where(Tiers.code == "T0002"))
    assert [(letter.code, letter.pages, letter.subject) for letter in plan.accepted] == [
        ("T0002", "1–2", "Relance_T0002"), ("T0001", "1", "T0001")]
    assert plan.accepted[0].recipient.startswith(name.upper())
    assert [str(letter.refusal) for letter in plan.refused] == [
        "« inconnu.pdf » : aucun code tiers connu dans le nom du fichier."]


def test_manifest_with_attachments_and_refused_lines(demo_store, tmp_path):
    write_letter_run(tmp_path / "lettres" / "a.pdf", [None], pages=1)
    write_letter_run(tmp_path / "lettres" / "b.pdf", [None], pages=1)
    write_letter_run(tmp_path / "pj" / "ordre du jour.pdf", [None], pages=2)
    manifest = tmp_path / "manifeste.csv"
    manifest.write_bytes("Fichier;Code tiers;Sujet;AG du;Pièces jointes\n"
                         "lettres/a.pdf;T0001;Convocation AG;20/01/2027;pj/ordre du jour.pdf\n"
                         "lettres/b.pdf;T0002;Relance;31/02/2027;\n"
                         "lettres/c.pdf;T0003;Relance;;\n"
                         "lettres/b.pdf;X1;Relance;;\n".encode("cp1252"))
    with demo_store.session() as session:
        plan = plan_import(session, manifest)
    assert [str(letter.refusal) for letter in plan.refused] == [
        "Ligne 3, colonne « AG du » : date illisible « 31/02/2027 » (JJ/MM/AAAA).",
        "Ligne 4, colonne « Fichier » : fichier introuvable « lettres/c.pdf ».",
        "Ligne 5 : aucun tiers n'a le code « X1 »."]
    result = create_letters(demo_store, plan, "JLC", folder=tmp_path / "docs")
    with demo_store.session() as session:
        event = session.get(Event, result.event_ids[0])
        assert (event.subject, event.ag_date) == ("Convocation AG", dt.date(2027, 1, 20))
        assert [a.filename for a in event.attachments] == ["a.pdf", "ordre du jour.pdf"]


def test_a_manifest_in_an_unknown_encoding_is_refused_with_its_line(demo_store, tmp_path):
    manifest = tmp_path / "manifeste.csv"
    manifest.write_bytes(b"Fichier;Code tiers\r\na.pdf;T0001\r\nb\x81.pdf;T0002\r\n")
    with demo_store.session() as session, pytest.raises(BadFile) as refused:
        plan_import(session, manifest)
    assert str(refused.value.message) == ("Ligne 3 de « manifeste.csv » : encodage inconnu (octet 0x81) ; "
                                          "enregistrez le fichier en UTF-8.")


def test_an_imported_letter_is_sent_as_its_pdf(demo_store, tmp_path):
    with demo_store.session() as session:
        plan = plan_import(session, write_letter_run(tmp_path / "Relance.pdf", ["T0003"], pages=2),
                           ImportOptions(marker=MARKER))
    [event_id] = create_letters(demo_store, plan, "JLC", folder=tmp_path / "docs").event_ids
    with demo_store.session() as session:
        files = prepare_letter_files(session, event_id, SendType.LR_PAPIER, "JLC", tmp_path / "out")
    assert [(f.name, f.kind) for f in files] == [("Relance-T0003.pdf", "letter")]     # no body page added
    assert len(PdfReader(files[0].path).pages) == 2


def test_a_marker_on_every_page_keeps_a_letter_whole_and_pages_before_the_first_are_refused(demo_store, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    run = tmp_path / "pied de page.pdf"
    canvas = Canvas(str(run))
    for footer in (None, "T0001", "T0001", "T0002", None, "T0002"):   # a cover page, then footers
        if footer:
            canvas.drawString(72, 40, f"Réf. tiers : {footer}")
        canvas.showPage()
    canvas.save()
    with demo_store.session() as session:
        plan = plan_import(session, run, ImportOptions(marker=MARKER))
    assert [(letter.pages, letter.code) for letter in plan.letters] == [
        ("1", ""), ("2–3", "T0001"), ("4–5", "T0002"), ("6", "T0002")]
    assert str(plan.letters[0].refusal) == "Page 1 : aucun repère."
