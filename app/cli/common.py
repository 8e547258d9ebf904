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
import copy
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NoReturn

from app.cli import GlobalOptions, language_in
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message, render, sentence_of
from app.translations import Translate, translator

OK, REFUSED, USAGE = 0, 1, 2


class CommandFailed(Exception):
    """Ends a command with a sentence and an exit code (REFUSED unless said otherwise)."""

    def __init__(self, text: Message | Text | str, code: int = REFUSED) -> None:
        super().__init__(str(text))
        self.text = text
        self.code = code


# argparse's own words, which it would write in English whatever the run's language.
USAGE_PREFIX = QT_TRANSLATE_NOOP("CommandHelp", "utilisation : ")
SECTION_TITLES = {"options": QT_TRANSLATE_NOOP("CommandHelp", "options"),
                  "positional arguments": QT_TRANSLATE_NOOP("CommandHelp", "arguments positionnels")}
HELP_OPTION = QT_TRANSLATE_NOOP("CommandHelp", "afficher cette aide et quitter")
ERROR_LINE = QT_TRANSLATE_NOOP("CommandHelp", "{prog} : erreur : {reason}")


class _Formatter(argparse.HelpFormatter):
    """Renders the marked description, epilog, help and metavars in one language."""

    def __init__(self, prog: str, translate: Translate) -> None:
        super().__init__(prog)
        self._translate = translate

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, render(USAGE_PREFIX, self._translate) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(render(SECTION_TITLES.get(heading or "", heading), self._translate))

    def _format_text(self, text: str) -> str:            # the description and the epilog
        return super()._format_text(render(text, self._translate))

    def _get_help_string(self, action: argparse.Action) -> str:
        return render(action.help, self._translate)

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str) -> Any:
        if isinstance(action.metavar, Text):
            action = copy.copy(action)
            action.metavar = render(action.metavar, self._translate)
        return super()._metavar_formatter(action, default_metavar)


class CommandParser(argparse.ArgumentParser):
    """A command's parser: its help (and usage errors' usage line) in the run's language, the
    command's own ``--lang`` wherever it is written, else the global one."""

    def __init__(self, *args: Any, language: str | None = None, add_help: bool = True, **kwargs: Any) -> None:
        self.language = language
        super().__init__(*args, add_help=False, **kwargs)
        if add_help:     # argparse's own -h, with its help in the run's language
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_OPTION)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self.language = language_in(list(args or [])) or self.language   # before --help acts
        return super().parse_known_args(args, namespace)

    def _get_formatter(self) -> argparse.HelpFormatter:
        return _Formatter(self.prog, translator(self.language))

    def error(self, reason: str) -> NoReturn:      # argparse's, said in the run's language
        self.print_usage(sys.stderr)
        said = render(message(ERROR_LINE, prog=self.prog, reason=reason), translator(self.language))
        self.exit(USAGE, said + "\n")


def parser(prog: str, description: str, options: GlobalOptions | None, *, json_rows: bool = False,
           login: bool = True, epilog: str | None = None) -> CommandParser:
    """The command's parser; ``description``, ``epilog`` and each option's help and metavar are
    marked (``QT_TRANSLATE_NOOP``) to be shown in ``--lang``."""
    parser = CommandParser(prog=f"main.py {prog}", description=description, epilog=epilog,
                           language=options.lang if options else None)
    if login:
        parser.add_argument("--login", help=QT_TRANSLATE_NOOP(
            "CommandHelp", "agir en tant que cet utilisateur (défaut : le premier de la base)"))
    if json_rows:
        parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
            "CommandHelp", "sortie : un tableau JSON (le résumé va sur la sortie d'erreur)"))
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

    try:
        yield
    except AccountInputError as error:     # what the user must fix first: its own sentence says it
        raise CommandFailed(sentence_of(error)) from error
    except AR24Error as error:
        raise CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "AR24 n'a pas pu être utilisé : {reason}"),
                                    reason=sentence_of(error))) from error


def fail_usage(parser: argparse.ArgumentParser, text: str) -> NoReturn:
    parser.error(text)   # argparse prints the usage and exits with USAGE
