"""``main.py import-tiers`` in a temporary data folder: dry run, JSON rows, refusals, exit codes."""
from __future__ import annotations

import json

import pytest

from main import main
from tests.imports.support import agency_rows, write_csv


def _run(capsys, *argv):
    code = main(["import-tiers", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_dry_run_then_import_then_nothing_to_change(tmp_path, capsys):
    path = write_csv(tmp_path / "export.csv", agency_rows(80))
    code, out, _err = _run(capsys, path, "--dry-run")
    assert code == 1                                   # two rows refused
    assert "Ligne 41, colonne « Nom » : ni nom ni raison sociale." in out
    assert "Simulation, rien n'est enregistré : export.csv : 78 créé(s), 0 mis à jour" in out

    code, out, err = _run(capsys, path, "--json")
    rows = json.loads(out)                             # standard output holds only the JSON array
    assert code == 1 and len(rows) == 80
    assert rows[0] == {"line": 2, "code": "IMP00001", "name": "DÉSIRÉ-1 Hélène", "verdict": "created", "problems": []}
    assert rows[79]["verdict"] == "refused" and rows[79]["problems"] == [
        {"column": "Immeuble", "value": "S999", "reason": "entité inconnue « S999 » : créez-la d'abord (Fichier › Entités)."}]
    assert "export.csv : 78 créé(s)" in err            # the summary went to standard error

    clean = write_csv(tmp_path / "propre.csv", agency_rows(80, refused=False))
    code, out, _err = _run(capsys, clean)
    assert code == 0
    assert "propre.csv : 2 créé(s), 0 mis à jour, 78 inchangé(s), 0 refusé(s)" in out


def test_a_bad_file_creates_nothing_and_exits_1(tmp_path, capsys):
    rows = agency_rows(10, refused=False)
    rows[5][0] = rows[2][0]
    code, out, err = _run(capsys, write_csv(tmp_path / "double.csv", rows), "--json")
    assert code == 1 and json.loads(out) == []
    assert "Le code « IMP00003 » figure deux fois dans le fichier : lignes 4 et 7" in err
    code, out, _err = _run(capsys, write_csv(tmp_path / "ok.csv", agency_rows(10, refused=False)), "--dry-run")
    assert "10 créé(s)" in out                          # nothing of the refused file was kept


def test_a_mapping_file_chooses_the_columns(tmp_path, capsys):
    path = write_csv(tmp_path / "export.csv", [["A1", "Syndic Dupont"]], headers=["Réf", "Libellé"])
    mapping = tmp_path / "colonnes.json"
    mapping.write_text(json.dumps({"Réf": "code", "Libellé": "company"}), encoding="utf-8")
    code, out, _err = _run(capsys, path, "--mapping", mapping)
    assert code == 0 and "« Libellé » → Société" in out and "1 créé(s)" in out
    code, _out, err = _run(capsys, path)             # guessed: nothing recognisable
    assert code == 1 and "Aucune colonne reconnue" in err


@pytest.mark.parametrize("argv", [["--colonnes", "x"], [], ["--mapping"]])
def test_bad_usage_exits_2(tmp_path, capsys, argv):
    path = write_csv(tmp_path / "export.csv", agency_rows(3))
    with pytest.raises(SystemExit) as exit_:
        main(["import-tiers", *([str(path)] if argv != [] else []), *argv])
    assert exit_.value.code == 2


def test_a_malformed_mapping_or_a_missing_file_is_bad_usage(tmp_path, capsys):
    path = write_csv(tmp_path / "export.csv", agency_rows(3))
    mapping = tmp_path / "colonnes.json"
    mapping.write_text('{"Nom": "surname"}', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["import-tiers", str(path), "--mapping", str(mapping)])
    assert exit_.value.code == 2 and "champ(s) inconnu(s) surname" in capsys.readouterr().err
    code, _out, err = _run(capsys, tmp_path / "absent.csv")
    assert code == 2 and "Fichier introuvable" in err


def test_summary_in_english_with_lang_en(tmp_path, capsys):
    path = write_csv(tmp_path / "export.csv", agency_rows(41))
    code = main(["--lang", "en", "import-tiers", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 1
    assert "Line 41, column “Nom”: neither a name nor a company name." in out
    assert "Dry run, nothing saved: export.csv: 40 created, 0 updated, 0 unchanged, 1 refused" in out


def test_refusals_and_bad_usage_in_english_with_lang_en(tmp_path, capsys):
    path = write_csv(tmp_path / "export.csv", agency_rows(81))
    code, out, _err = _run(capsys, path, "--dry-run", "--json", "--lang", "en")
    rows = json.loads(out)
    assert code == 1 and rows[79]["problems"] == [
        {"column": "Immeuble", "value": "S999", "reason": "unknown entity “S999”: create it first (File › Entities)."}]
    mapping = tmp_path / "columns.json"
    mapping.write_text('{"Nom": "surname"}', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "import-tiers", str(path), "--mapping", str(mapping)])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "unknown field(s) surname; fields: code," in err and "inconnu" not in err
