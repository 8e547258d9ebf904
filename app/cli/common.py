"""What every command of ``main.py`` shares: its options, opening the store as the window
does, acting as a user, printing a summary (French, or English with ``--lang en``) and rows
as JSON, and the exit codes.

- The store: ``--db``, else ``RECO_DB_URL``, else the saved setting, else the local SQLite
  file; an empty local store gets the demo agency, as at the window's first start, unless
  ``--no-demo``.
- AR24: the ``AR24_*`` variables when set, else the saved connection (in Démo locale, the
  built-in local service, started as the window starts it): ``AppContext.ar24`` does both.
- Output: the summary on standard output, or on standard error with ``--json``, where standard
  output holds only a JSON array. Routine log lines go to the log file only.
- Exit codes: ``OK`` everything went through; ``REFUSED`` some rows, letters or events were
  refused, a whole file was refused, or AR24 or the store could not be used; ``USAGE`` bad
  usage (argparse exits with 2 by itself).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NoReturn

from app.cli import GlobalOptions
from app.i18n import Message, Text, render, sentence_of
from app.translations import Translate, translator

OK, REFUSED, USAGE = 0, 1, 2


class CommandFailed(Exception):
    """Ends a command with a sentence and an exit code (REFUSED unless said otherwise)."""

    def __init__(self, text: Message | Text | str, code: int = REFUSED) -> None:
        super().__init__(str(text))
        self.text = text
        self.code = code


def parser(prog: str, description: str, *, json_rows: bool = False, login: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"main.py {prog}", description=description)
    if login:
        parser.add_argument("--login", help="agir en tant que cet utilisateur (défaut : le premier de la base)")
    if json_rows:
        parser.add_argument("--json", action="store_true",
                            help="sortie : un tableau JSON (le résumé va sur la sortie d'erreur)")
    # Also accepted after the command's name, where a user naturally writes it.
    parser.add_argument("--lang", choices=["fr", "en", "system"], default=None, help=argparse.SUPPRESS)
    return parser


@dataclass
class Output:
    """Summary lines and JSON rows of one command run."""

    language: str | None = None
    as_json: bool = False
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def translate(self) -> Translate:
        return translator(self.language)

    def text(self, value: Message | Text | str | BaseException) -> str:
        return render(value, self.translate)

    def say(self, value: Message | Text | str) -> None:
        print(self.text(value), file=sys.stderr if self.as_json else sys.stdout, flush=True)

    def warn(self, value: Message | Text | str) -> None:
        print(self.text(value), file=sys.stderr, flush=True)

    def add_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows.extend(rows)

    def flush_json(self) -> None:
        if self.as_json:
            json.dump(self.rows, sys.stdout, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
            sys.stdout.flush()


def output_for(args: argparse.Namespace, options: GlobalOptions) -> Output:
    return Output(language=getattr(args, "lang", None) or options.lang, as_json=bool(getattr(args, "json", False)))


@contextmanager
def opened_context(options: GlobalOptions, *, demo: bool | None = None) -> Iterator[Any]:
    """The application context on the configured store, as the window opens it
    (``app.services.admin.open_context``), closed afterwards. Raises ``CommandFailed`` with a
    French sentence when the store cannot be opened (never a traceback: a scheduled task's
    log must say what to fix): ``USAGE`` for a malformed address. ``demo=False`` never seeds."""
    from app.machine_settings import MachineSettings
    from app.secrets import SecretStore
    from app.services.admin import open_context

    seed = (not options.no_demo) if demo is None else demo
    opening = open_context(MachineSettings.load(), SecretStore(), options.db, seed)
    if opening.context is None:
        raise CommandFailed(opening.problem, USAGE if opening.malformed else REFUSED)
    context = opening.context
    try:
        yield context
    finally:
        context.close()
        context.store.dispose()


def use_login(context: Any, login: str | None) -> None:
    """Act as ``login`` (default: the store's first user); unknown login → CommandFailed(USAGE)."""
    from app.i18n import QT_TRANSLATE_NOOP, message
    from app.letters.queries import first_login, user_id_of

    with context.store.session() as session:
        chosen = login or first_login(session)
        if chosen is None or user_id_of(session, chosen) is None:
            raise CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "Utilisateur inconnu : {login}"),
                                        login=login or "—"), USAGE)
    context.settings.login = chosen


def run_command(body, args: argparse.Namespace, options: GlobalOptions) -> int:
    """Run ``body(output)`` (returns an exit code); a ``CommandFailed`` becomes its sentence on
    standard error and its code. JSON rows are written even when some rows were refused."""
    output = output_for(args, options)
    try:
        code = body(output)
    except CommandFailed as failure:
        output.warn(failure.text)
        code = failure.code
    output.flush_json()
    return code


@contextmanager
def reaching_ar24() -> Iterator[None]:
    """AR24 unreachable, refusing, or not set up: the command ends with the reason (REFUSED)."""
    from app.accounts.link import AccountInputError
    from app.ar24.errors import AR24Error
    from app.i18n import QT_TRANSLATE_NOOP, message

    try:
        yield
    except AccountInputError as error:     # what the user must fix first: its own sentence says it
        raise CommandFailed(sentence_of(error)) from error
    except AR24Error as error:
        raise CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "AR24 n'a pas pu être utilisé : {reason}"),
                                    reason=sentence_of(error))) from error


def fail_usage(parser: argparse.ArgumentParser, text: str) -> NoReturn:
    parser.error(text)   # argparse prints the usage and exits with USAGE
