"""Every command's own ``--help`` follows ``--lang`` (French by default), the global one or the
command's own written after it: its description, its options' help and their metavars, and
argparse's own words ("usage:", "options:", the -h line, "error:")."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMANDS, GlobalOptions
from tests.test_one_language import FRENCH

ROOT = Path(__file__).resolve().parents[2]


def _help(capsys, name: str, argv: list[str], lang: str | None = None) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        COMMANDS[name].load()(argv, GlobalOptions(lang=lang))
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_commands_help_is_french_by_default_and_english_with_lang_en(capsys, name: str) -> None:
    french = _help(capsys, name, ["--help"])
    english = _help(capsys, name, ["--help"], lang="en")
    assert FRENCH.search(french), french
    assert not FRENCH.findall(english), english
    assert english != french and f"main.py {name}" in english


def test_lang_written_after_the_command_and_after_help_counts(capsys) -> None:
    english = _help(capsys, "send", ["--help", "--lang", "en"])
    assert "Send events as registered letters" in english and "send without asking for confirmation" in english
    assert not FRENCH.findall(english)
    # ... and wins over the global one, as for the command's other output
    assert "Importer des tiers" in _help(capsys, "import-tiers", ["--lang=fr", "-h"], lang="en")
    metavars = _help(capsys, "import-letters", ["-h"], lang="en")
    assert "--ag-date DD/MM/YYYY" in metavars and "JJ/MM/AAAA" not in metavars


def test_main_py_command_help_and_unknown_arguments_in_english() -> None:
    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, check=False)

    helped = run("--lang", "en", "payment-methods", "--help")
    assert helped.returncode == 0 and "--assign ENTITY=CODE" in helped.stdout
    assert "pay the letters of every entity with CODE" in helped.stdout and not FRENCH.findall(helped.stdout)
    unknown = run("--lang", "en", "--bogus")
    assert unknown.returncode == 2 and "unknown arguments: --bogus" in unknown.stderr


def test_argparse_s_own_words_follow_the_language(capsys) -> None:
    french = _help(capsys, "send", ["--help"])
    assert french.startswith("utilisation : main.py send") and "afficher cette aide et quitter" in french
    assert "usage:" not in french and "show this help" not in french
    english = _help(capsys, "send", ["--help"], lang="en")
    assert english.startswith("usage: main.py send") and "show this help message and exit" in english
    for lang, said in ((None, "main.py send : erreur : "), ("en", "main.py send: error: ")):
        with pytest.raises(SystemExit) as exit_:
            COMMANDS["send"].load()(["--type", "lre"], GlobalOptions(lang=lang))
        assert exit_.value.code == 2 and said in capsys.readouterr().err
