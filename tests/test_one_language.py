"""One language at a time: every sentence that ``app/`` hands to a window or to the command
line is marked for translation (``QT_TRANSLATE_NOOP`` / ``message``), so that the English
interface and ``--lang en`` never show a French sentence built in ``app/``.

The test reads the sources: a string literal of ``app/`` that looks French must sit inside
``QT_TRANSLATE_NOOP`` (the commands' argparse help included: it follows ``--lang`` too), a
docstring or a log call, or on a line marked ``# i18n: data`` (words the program matches or
writes as data: import headers, a letter's own text). Whole modules whose French is content, not
interface, are listed in ``CONTENT``.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRENCH = re.compile(r"[éèàêçùâîôû]|\b(le|la|les|des|du|une|un|est|sont|pour|avec|sans|aucun|aucune|non|lettre|"
                    r"envoi|erreur|pas|dans|sur|vous|votre|être|et|ou|au|aux|cette|ces|qui|que|ne|attend|doit|peut)\b",
                    re.IGNORECASE)
# Calls whose French arguments are not interface sentences: the marker itself and log lines
# (the log file is for the support, in French).
NOT_INTERFACE_CALLS = {"QT_TRANSLATE_NOOP", "debug", "info", "warning", "error", "exception", "critical"}
DATA_MARK = "i18n: data"
CONTENT = {
    "app/demo",                    # the demo agency's data: names, addresses, letters
    "app/ar24/local_service",      # AR24's side: its pages and proofs are AR24's, in French
    "app/sending/letter_pdf.py",   # the letter itself, addressed to a French recipient
    "app/store/migrations",
}
# Modules still to convert (issue 20, item 3); the list only shrinks.
PENDING: set[str] = {
}


def _content(path: str) -> bool:
    return any(path == entry or path.startswith(entry + "/") for entry in CONTENT)


def french_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every French-looking string literal not in an allowed place."""
    tree = ast.parse(source)
    lines = source.splitlines()
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3
                and FRENCH.search(node.value)):
            continue
        if isinstance(parents.get(node), ast.Expr) or DATA_MARK in lines[node.lineno - 1]:
            continue
        ancestor, allowed = node, False
        while ancestor in parents and not allowed:
            ancestor = parents[ancestor]
            if isinstance(ancestor, ast.Call):
                name = ancestor.func.attr if isinstance(ancestor.func, ast.Attribute) else getattr(ancestor.func, "id", "")
                allowed = name in NOT_INTERFACE_CALLS
        if not allowed:
            found.append((node.lineno, node.value))
    return found


def test_french_literal_detector_sees_unmarked_sentences_only():
    source = '''
from app.i18n import QT_TRANSLATE_NOOP, message
def f(name):
    """Docstring en français : ignorée."""
    log.info("Ligne de journal ignorée")
    ok = message(QT_TRANSLATE_NOOP("Ctx", "Aucune entité : {name}"), name=name)
    header = "date du consentement"  # i18n: data
    return f"Le tiers {name} n'a pas d'adresse"
'''
    assert {line for line, _ in french_literals(source)} == {8}


def test_app_sentences_are_marked_for_translation():
    unmarked = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if _content(relative) or relative in PENDING:
            continue
        unmarked += [f"{relative}:{line}: {text[:80]!r}" for line, text in french_literals(path.read_text("utf-8"))]
    assert not unmarked, ("Phrases françaises non marquées dans app/ (elles resteraient en français dans "
                          "l'interface anglaise) : utilisez message(QT_TRANSLATE_NOOP(...)), ou « # i18n: data » "
                          "pour une donnée :\n" + "\n".join(unmarked))


def test_pending_modules_exist():
    assert all((ROOT / path).exists() for path in PENDING), "PENDING cite un module disparu"
