"""Recommandés AR24 — entry point: parses the command line and dispatches.

    python main.py                      start the application (GUI)
    python main.py screenshots DIR      render every window to DIR/<name>.png (offscreen, demo data
                                        in a throwaway folder)
    python main.py --self-test          open every window and talk once to the local AR24 service
                                        (temporary data folder); exit code 0 when all went well
    python main.py COMMAND ...          a command of app/cli (account, payment-methods, import-tiers,
                                        import-letters, events, letters, send, validate, sync,
                                        check-ar24, ar24-service, copy-store): see the README

Global options: --db URL (or the RECO_DB_URL environment variable) to use another database;
--lang fr|en|system to override the language chosen in the preferences.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

START = time.perf_counter()


def _parser(commands: dict) -> argparse.ArgumentParser:
    """The global options and the commands; their help in the ``--lang`` written in the arguments."""
    from app.cli.common import CommandParser
    from app.i18n import QT_TRANSLATE_NOOP

    parser = CommandParser(prog="main.py", description=QT_TRANSLATE_NOOP("Main", "Lettres recommandées AR24"))
    parser.add_argument("--db", metavar="URL", help=QT_TRANSLATE_NOOP("Main", "URL SQLAlchemy de la base (défaut : SQLite local)"))
    parser.add_argument("--no-demo", action="store_true", help=QT_TRANSLATE_NOOP("Main", "ne pas créer l'agence de démonstration"))
    parser.add_argument("--lang", choices=["fr", "en", "system"], help=QT_TRANSLATE_NOOP("Main", "langue de l'interface"))
    parser.add_argument("--self-test", action="store_true", help=QT_TRANSLATE_NOOP(
        "Main", "autotest : fenêtres et service AR24 local, dans un dossier temporaire"))
    subparsers = parser.add_subparsers(dest="command")
    shots = subparsers.add_parser("screenshots", help=QT_TRANSLATE_NOOP("Main", "capturer chaque fenêtre en PNG"))
    shots.add_argument("directory", type=Path)
    for name, command in commands.items():
        subparsers.add_parser(name, help=command.help, add_help=False)
    subparsers.add_parser("outbox-worker", help=QT_TRANSLATE_NOOP(
        "Main", "processus d'envoi d'un lot (lancé par la fenêtre d'envoi)"), add_help=False)
    return parser


def main(argv: list[str]) -> int:
    from app.cli import COMMANDS as commands
    from app.cli import GlobalOptions

    parser = _parser(commands)
    args, rest = parser.parse_known_args(argv)
    if args.command == "outbox-worker":   # logs to stderr, which the window copies to its log
        from app.outbox.worker import main as run_worker

        return run_worker()
    from app.log_file import configure_logging

    configure_logging()
    if args.command in commands:
        options = GlobalOptions(db=args.db, no_demo=args.no_demo, lang=args.lang)
        return commands[args.command].load()(rest, options)
    if rest:
        from app.i18n import QT_TRANSLATE_NOOP, message

        parser.error(message(QT_TRANSLATE_NOOP("Main", "arguments inconnus : {arguments}"), arguments=" ".join(rest)))
    if args.self_test:
        from ui.tools.self_test import run_self_test

        return run_self_test(args.lang)
    if args.command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.tools.screenshots import render_demo

        for path in render_demo(args.directory, args.lang):
            print(path)
        return 0
    return _run_gui(args)


def _run_gui(args: argparse.Namespace) -> int:
    # The store's modules (SQLAlchemy) before the first Qt import: PySide6 inspects every module
    # imported after it (~50 ms for these).
    import app.context  # noqa: F401
    from app.machine_settings import MachineSettings
    from app.secrets import SecretStore
    from ui.admin.open_store import open_store_or_ask
    from ui.application import make_application
    from ui.i18n import install_translators

    application = make_application()
    settings, secrets = MachineSettings.load(), SecretStore()
    install_translators(application, args.lang or settings.language)
    context = open_store_or_ask(settings, secrets, args.db, demo=not args.no_demo)
    if context is None:
        return 2
    try:
        return _show(application, context, args)
    finally:
        context.close()


def _show(application, context, args: argparse.Namespace) -> int:
    from ui.home.main_window import MainWindow

    window = MainWindow(context)
    window.show()
    if os.environ.get("RECO_REPORT_STARTUP"):
        # Used by the cold_start benchmark: time from process start to the window shown.
        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"STARTUP_SECONDS {time.perf_counter() - START:.4f}", flush=True)
            application.quit()

        QTimer.singleShot(0, report)
    return application.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
