"""Reading a tiers file: encodings, separators, quoted fields, XLSX sheets, and the files refused whole."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from app.imports.errors import BadFile
from app.imports.mapping import guess_mapping
from app.imports.reading import read_table
from app.imports.tiers_rows import check_file, check_rows
from tests.imports.support import HEADERS, agency_rows, write_csv

ENTITIES = {"s001": 1, "s002": 2, "g001": 3}


@pytest.mark.parametrize("encoding, bom, expected", [("cp1252", b"", "Windows-1252"), ("utf-8", b"", "UTF-8"),
                                                      ("utf-8", b"\xef\xbb\xbf", "UTF-8 (BOM)")])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_encoding_and_separator_are_detected(tmp_path, encoding, bom, expected, separator):
    path = write_csv(tmp_path / "export.csv", agency_rows(12), encoding=encoding, separator=separator)
    path.write_bytes(bom + path.read_bytes())
    table = read_table(path)
    assert (table.encoding, table.separator) == (expected, separator)
    assert table.headers == HEADERS
    assert table.rows[0][2] == "DÉSIRÉ-1" and table.rows[0][6] == "1 rue de l'Église"
    assert len(table.rows) == 12 and table.lines[0] == 2


def test_quoted_fields_keep_separators_and_line_breaks_and_lines_are_counted(tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_text('Code;Nom;Adresse 1\r\nT1;"DUPONT; père";"12 rue ""Haute""\r\nBât. A"\r\nT2;MARTIN;3 rue Basse\r\n',
                    encoding="utf-8")
    table = read_table(path)
    assert table.rows[0] == ["T1", "DUPONT; père", '12 rue "Haute"\r\nBât. A']
    assert table.lines == [2, 4]   # the second row starts after the quoted line break


def test_xlsx_chosen_sheet_numbers_and_dates(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["rien"])
    sheet = workbook.create_sheet("Copropriétaires")
    sheet.append(["Code", "Nom", "CP", "Ville", "Consentement LRE", "Date du consentement"])
    sheet.append(["T1", "DUPONT", 1000, "Bourg-en-Bresse", "oui", dt.datetime(2025, 3, 12)])
    path = tmp_path / "tiers.xlsx"
    workbook.save(path)
    table = read_table(path, "Copropriétaires")
    assert table.sheets == ("Notes", "Copropriétaires") and table.lines == [2]
    rows, refused = check_rows(table, guess_mapping(table.headers), ENTITIES, dt.date(2026, 1, 5))
    assert not refused
    assert rows[0].values["postal_code"] == "01000"          # the leading zero a spreadsheet dropped
    assert rows[0].consent and rows[0].consent_date == dt.date(2025, 3, 12)
    with pytest.raises(BadFile, match="La feuille « Tiers » n'existe pas"):
        read_table(path, "Tiers")


def test_a_formula_in_xlsx_refuses_the_file_naming_line_column_and_value(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Code", "Nom", "Courriel"])
    workbook.active.append(["T1", "DUPONT", "a@b.fr"])
    workbook.active.append(["T2", '=CONCATENATE("MAR","TIN")', "c@d.fr"])
    path = tmp_path / "formules.xlsx"
    workbook.save(path)
    table = read_table(path)
    with pytest.raises(BadFile) as refused:
        check_file(table, guess_mapping(table.headers))
    assert str(refused.value).startswith('Ligne 3, colonne « Nom » : une formule (« =CONCATENATE("MAR","TIN") »)')


def test_a_csv_formula_is_refused_but_a_phone_number_is_not(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("Code;Nom;Téléphone\nT1;DUPONT;+33 6 12 34 56 78\nT2;=HYPERLINK(\"x\");\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(BadFile, match="Ligne 3, colonne « Nom » : une formule"):
        check_file(table, guess_mapping(table.headers))


@pytest.mark.parametrize("content, expected", [
    (b"", "est vide"),
    (b"  \r\n \r\n", "est vide"),
    (b"Code;Nom\r\n", "ne contient que sa ligne d'en-tête"),
    (b"Code;Nom\r\nT1;DUPONT\r\nT2;MA\x81RTIN\r\n", "ligne 3, caractère 6, l'octet 0x81"),
    ("Code;Nom\r\nT1;HÉLÈNE\r\n".encode() + b"T2;J\xe9r\xf4me\r\n", "ligne 3, caractère 5, l'octet 0xE9"),
    ("Code;Nom".encode("utf-16"), "l'octet 0x00"),
])
def test_unreadable_files_are_refused_with_a_french_sentence(tmp_path, content, expected):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(BadFile, match=expected):
        read_table(path)


def test_a_file_over_50_mb_is_refused_before_reading(tmp_path):
    path = tmp_path / "enorme.csv"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(BadFile, match="pèse 50,0 Mo : 50 Mo au plus"):
        read_table(path)


def test_a_code_twice_names_both_lines(tmp_path):
    rows = agency_rows(30, refused=False)
    rows[24][0] = rows[6][0]
    table = read_table(write_csv(tmp_path / "double.csv", rows))
    with pytest.raises(BadFile, match="Le code « IMP00007 » figure deux fois dans le fichier : lignes 8 et 26"):
        check_file(table, guess_mapping(table.headers))


def test_no_recognisable_column_lists_the_headers(tmp_path):
    table = read_table(write_csv(tmp_path / "autre.csv", [["1", "2"]], headers=["Montant", "Échéance"]))
    with pytest.raises(BadFile, match="Aucune colonne reconnue .* « Montant », « Échéance »"):
        check_file(table, guess_mapping(table.headers))
