"""What a user types or a file brings: control characters (a NUL first: PostgreSQL refuses it
and raised) are refused with a French sentence naming the field, on both engines; the search
boxes take ``%`` and ``_`` literally and a NUL there simply finds nothing; OTP codes are six
ASCII digits."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.accounts.link import AccountInputError
from app.accounts.otp_keys import checked_otp_code
from app.accounts.senders import SenderAddress
from app.context import AppContext
from app.machine_settings import MachineSettings
from app.services import compose, imports
from app.services.entities import EntityForm, save_entity
from app.services.tiers_records import NewTiers, create_tiers
from app.store.models import EntityKind, RegisteredLetter, Tiers
from app.store.search import contains
from app.text_input import control_character_error
from app.tiers.edit import TiersForm, validate
from tests.cli.support import run_cli
from tests.imports.support import agency_rows, write_csv

INVISIBLE = "caractère invisible interdit"


@pytest.fixture
def context(demo_db):
    context = AppContext(demo_db, MachineSettings())
    yield context
    context.close()


def _tiers_count(context) -> int:
    with context.store.session() as session:
        return session.scalar(select(func.count(Tiers.id)))


@pytest.mark.parametrize("text", ["Dupont\x00", "Du\x07pont", "Dupont\tJean", "\x1b[31mDupont", "Dupont\x7f"])
def test_a_control_character_in_a_tiers_record_is_refused_by_name(text: str) -> None:
    errors = validate(TiersForm(version=1, lastname=text))
    assert any(str(error).startswith("Nom : ce texte contient un caractère invisible interdit (U+") for error in errors)
    assert not validate(TiersForm(version=1, lastname="Dupont-Éloïse d'Aß"))


def test_a_new_tiers_with_a_nul_is_refused_and_not_created_on_both_engines(context) -> None:
    before = _tiers_count(context)
    created, errors = create_tiers(context, NewTiers(code="T\x00", lastname="Dupont", firstname="Jé\x00rôme"))
    assert created is None
    assert any(str(error).startswith("Code : ") and INVISIBLE in str(error) for error in errors)
    assert any(str(error).startswith("Prénom : ") and "(U+0000)" in str(error) for error in errors)
    assert _tiers_count(context) == before


def test_an_entity_with_a_nul_is_refused_on_both_engines(context) -> None:
    saved, errors = save_entity(context, None, EntityForm("S777", "Résidence\x00 des Lilas", EntityKind.SYNDICAT,
                                                          "3 rue \x00 Haute"))
    assert saved is None
    assert [str(error).split(" : ")[0] for error in errors] == ["Nom", "Adresse"]
    assert all(INVISIBLE in str(error) for error in errors)


def test_a_sender_address_with_a_control_character_is_refused() -> None:
    address = SenderAddress("Jean", "Carré\x00", "", "3 rue Haute", "\x08", "21000", "DIJON", "FR")
    problems = address.problems()
    assert [str(problem).split(" : ")[0] for problem in problems] == ["Nom", "Complément d'adresse"]
    assert not SenderAddress("Jean", "Carré", "", "3 rue Haute", "", "21000", "DIJON", "FR").problems()


def test_a_letter_subject_is_one_line_and_its_body_keeps_tabs_and_line_breaks() -> None:
    good = compose.LetterDraft(subject="Appel de fonds", body_html="<p>Madame,\n\tnous…</p>\r\n")
    assert not [str(problem) for problem in compose.problems(good, 1)]
    bad = compose.LetterDraft(subject="Appel\x00de fonds", body_html="<p>Madame\x0c</p>", dossier="D\n1")
    assert sorted(str(problem).split(" : ")[0] for problem in compose.problems(bad, 1)) == [
        "Corps du courrier", "Dossier", "Sujet"]


def test_an_imported_row_with_a_control_character_is_refused_and_named_on_both_engines(context, tmp_path) -> None:
    rows = agency_rows(5, refused=False)
    rows[1][2] = "DUPONT\x7f"     # a NUL refuses the whole CSV file (its encoding); an XLSX cell may hold one
    rows[3][9] = "Dijon\x01"
    table = imports.read_tiers_file(write_csv(tmp_path / "export.csv", rows, encoding="utf-8"))
    report = imports.import_tiers(context, table, imports.remembered_mapping(context, table))
    assert report.created == 3
    sentences = sorted(str(problem.sentence()) for problem in report.refused)
    assert sentences == [
        "Ligne 3, colonne « Nom » : caractère invisible interdit (U+007F) : corrigez la cellule dans le fichier.",
        "Ligne 5, colonne « Ville » : caractère invisible interdit (U+0001) : corrigez la cellule dans le fichier."]


def test_an_imported_cell_with_a_nul_is_refused() -> None:
    from app.imports.reading import SourceTable
    from app.imports.tiers_rows import check_rows

    table = SourceTable("a.xlsx", "0" * 64, ["Nom", "Ville"], [["DUPONT\x00", "Dijon"], ["MARTIN", "Dijon"]], [2, 3],
                        "xlsx")
    accepted, refused = check_rows(table, {0: "lastname", 1: "city"}, {}, dt.date(2026, 11, 30))
    assert [row.values["lastname"] for row in accepted] == ["MARTIN"]
    assert str(refused[0].refusal.sentence()).startswith("Ligne 2, colonne « Nom » : caractère invisible interdit (U+0000)")
    assert refused[0].refusal.value == "DUPONT\ufffd"


@pytest.mark.parametrize("text", ["\x00", "Dup\x00", "%\x00%"])
def test_a_nul_typed_in_a_search_finds_nothing_on_both_engines(context, text: str) -> None:
    assert compose.search_tiers(context, text) == []
    with context.store.session() as session:   # the letters search's condition (app/store/search.py)
        assert session.scalars(select(RegisteredLetter.id).where(contains(
            [RegisteredLetter.recipient_name, RegisteredLetter.recipient_email], text))).all() == []


def test_percent_and_underscore_are_searched_literally_on_both_engines(context) -> None:
    assert compose.search_tiers(context, "%") == [] and compose.search_tiers(context, "_") == []
    assert compose.search_tiers(context, "\\") == []
    for lastname in ("Remise 100%", "Remise 1000", "DE_GAULLE", "DELGAULLE"):
        assert create_tiers(context, NewTiers(lastname=lastname))[1] == []
    assert ["100%" in found.name for found in compose.search_tiers(context, "100%")] == [True]
    assert ["DE_GAULLE" in found.name for found in compose.search_tiers(context, "e_g")] == [True]
    assert len(compose.search_tiers(context, "remise")) == 2   # still case-insensitive, still "contains"


@pytest.mark.parametrize("typed", ["١٢٣٤٥٦", "１２３４５６", "12345", "1234567", "12a456", "۱۲۳۴۵۶"])
def test_an_otp_code_is_six_ascii_digits(typed: str) -> None:
    with pytest.raises(AccountInputError, match="exactement 6 chiffres de 0 à 9"):
        checked_otp_code(typed)


def test_an_otp_code_may_be_typed_with_spaces() -> None:
    assert checked_otp_code(" 123 456\n") == "123456"


def test_the_validate_command_refuses_foreign_digits(capsys, demo_context) -> None:
    run = run_cli(capsys, "validate", "--sender", "jlc@exemple.fr", "--otp", "１２３４５６",
                  db=str(demo_context.store.engine.url))
    assert run.code == 2 and "exactement 6 chiffres de 0 à 9" in run.err


def test_a_multiline_field_keeps_tab_and_line_breaks_only() -> None:
    assert control_character_error("Corps", "a\tb\r\nc", multiline=True) is None
    assert control_character_error("Objet", "a\tb") is not None


def test_a_letter_model_with_a_nul_is_not_saved_on_both_engines(context) -> None:
    problems = compose.save_model(context, compose.SavedModel("Relance\x00", "Relance", "<p>Madame,\n</p>"))
    assert [str(problem).split(" : ")[0] for problem in problems] == ["Modèle"]
    assert compose.list_models(context) == []
    assert compose.save_model(context, compose.SavedModel("Relance", "Relance", "<p>Madame,\n</p>")) == []
    assert [model.name for model in compose.list_models(context)] == ["Relance"]


def test_a_letters_manifest_line_with_a_nul_is_refused_on_both_engines(context, tmp_path) -> None:
    from app.demo.letter_run import write_letter_run
    from app.letter_import.plan import plan_import

    write_letter_run(tmp_path / "a.pdf", [None], pages=1)
    manifest = tmp_path / "manifeste.csv"
    manifest.write_bytes("Fichier;Code tiers;Sujet\na.pdf;T0001;Relance\x00\na\x00.pdf;T0002;Relance\n"
                         "a.pdf;T0003;Relance\n".encode("utf-8"))
    with context.store.session() as session:
        plan = plan_import(session, manifest)
    assert [str(letter.refusal) for letter in plan.refused] == [
        "Ligne 2, colonne « Sujet » : caractère invisible interdit (U+0000) ; corrigez le fichier.",
        "Ligne 3, colonne « Fichier » : caractère invisible interdit (U+0000) ; corrigez le fichier."]
    assert [letter.code for letter in plan.accepted] == ["T0003"]


def test_a_subject_typed_for_a_letters_import_is_one_line(context, tmp_path) -> None:
    from app.letter_import.pdf import BadFile
    from app.letter_import.plan import ImportOptions, plan_import

    with context.store.session() as session, pytest.raises(BadFile) as refused:
        plan_import(session, tmp_path, ImportOptions(subject="Relance\x00"))
    assert str(refused.value).startswith("Sujet : ce texte contient un caractère invisible interdit (U+0000)")
