"""The commands of ``main.py``: one module each, found through ``COMMANDS``.

A command is ``run(argv, options) -> int``: ``argv`` holds its own arguments, ``options`` the
global ones (``--db``, ``--no-demo``, ``--lang``). Commands call ``app/``'s services, the same
ones the windows call, so a rule holds for both. Exit codes: 0 everything went through, 1 some
rows, letters or events were refused or AR24 or the store could not be used, 2 bad usage.

Modules are imported only when their command runs: the window's start never pays for them.
"""
from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class GlobalOptions:
    db: str | None = None
    no_demo: bool = False
    lang: str | None = None


def language_in(argv: list[str]) -> str | None:
    """The ``--lang`` written among ``argv``, before or after ``--help`` (None without one, or
    when it lacks its value: the command's own parser then says so)."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    try:
        language: str | None = early.parse_known_args(argv)[0].lang
    except argparse.ArgumentError:
        return None
    return language


@dataclass(frozen=True)
class Command:
    target: str          # "module:function"
    help: Text           # one line of ``main.py --help``, in ``--lang``

    def load(self) -> Callable[[list[str], GlobalOptions], int]:
        module, function = self.target.split(":")
        return getattr(importlib.import_module(module), function)


COMMANDS: dict[str, Command] = {
    "ar24-service": Command("app.cli.ar24_commands:run_service",
                             QT_TRANSLATE_NOOP("Commands", "service AR24 local (démo et tests)")),
    "check-ar24": Command("app.cli.ar24_commands:check_ar24", QT_TRANSLATE_NOOP("Commands", "tester la connexion à AR24")),
    "copy-store": Command("app.cli.copy_store:copy_store_command",
                           QT_TRANSLATE_NOOP("Commands", "copier une base dans une base vide (SQLite → PostgreSQL)")),
    "sync": Command("app.cli.sync:run_sync",
                     QT_TRANSLATE_NOOP("Commands", "actualiser les statuts et les preuves depuis AR24")),
    "account": Command("app.cli.account:run", QT_TRANSLATE_NOOP("Commands", "le compte AR24 de l'utilisateur et son lien")),
    "payment-methods": Command("app.cli.payment_methods:run",
                                QT_TRANSLATE_NOOP("Commands", "moyens de paiement et leur affectation")),
    "import-tiers": Command("app.cli.import_tiers:run", QT_TRANSLATE_NOOP("Commands", "importer des tiers (CSV, XLSX)")),
    "import-letters": Command("app.cli.import_letters:run", QT_TRANSLATE_NOOP("Commands", "importer des courriers PDF")),
    "events": Command("app.cli.events:run", QT_TRANSLATE_NOOP("Commands", "lister les événements")),
    "letters": Command("app.cli.letters:run", QT_TRANSLATE_NOOP("Commands", "lister les lettres recommandées")),
    "send": Command("app.cli.send:run", QT_TRANSLATE_NOOP("Commands", "envoyer des événements en AR")),
    "validate": Command("app.cli.validate:run",
                         QT_TRANSLATE_NOOP("Commands", "valider les LRE en attente avec un code OTP")),
}

