"""Headless store command wired into main.py: ``copy-store --from URL --to URL``; its report in
French, or in English with ``--lang en``."""
from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from app.cli import GlobalOptions
from app.cli.common import Output, output_for, parser
from app.database_setting import failure_reason, with_stored_password
from app.i18n import QT_TRANSLATE_NOOP, message, sentence_of
from app.secrets import SecretStore
from app.store.copy import CopyRefused, CopyReport, copy_store
from app.store.migrate import StoreRefused

COPYING = QT_TRANSLATE_NOOP("CopyStore", "Copie en cours…")
COPIED = QT_TRANSLATE_NOOP("CopyStore", "{table} {rows} ligne(s) copiée(s)")
REFUSED = QT_TRANSLATE_NOOP("CopyStore", "Copie refusée : {reason}")
IMPOSSIBLE = QT_TRANSLATE_NOOP("CopyStore", "Copie impossible, aucune donnée n'a été écrite dans la base cible : "
                               "{reason}.")
CHECKING = QT_TRANSLATE_NOOP("CopyStore", "Vérification de {source} → {target}")
# One line, its columns aligned with the rows below (24 characters, then 9, 9).
HEADER = QT_TRANSLATE_NOOP("CopyStore", "table                       source     cible  empreinte SHA-256")
IDENTICAL = QT_TRANSLATE_NOOP("CopyStore", "identique")
DIFFERENT = QT_TRANSLATE_NOOP("CopyStore", "DIFFÉRENTE (cible {fingerprint})")
MISMATCH = QT_TRANSLATE_NOOP("CopyStore", "La copie ne correspond pas à l'original : n'utilisez pas la base cible ; "
                             "videz-la et recommencez.")
DONE = QT_TRANSLATE_NOOP("CopyStore", "Copie terminée et vérifiée : {tables} tables, {rows} lignes identiques.")
INDENT = "  "


def copy_store_command(argv: list[str], options: GlobalOptions | None = None) -> int:
    command = parser(
        "copy-store",
        QT_TRANSLATE_NOOP("CommandHelp", "Copie toutes les tables d'une base (la base SQLite d'un poste) dans une "
                                         "base vide (le serveur PostgreSQL de l'agence), puis vérifie chaque table "
                                         "(nombre de lignes et empreinte SHA-256)."),
        options, login=False,
        epilog=QT_TRANSLATE_NOOP("CommandHelp", "Le mot de passe du serveur : dans l'URL, dans PGPASSWORD, ou celui "
                                                "enregistré dans Paramètres › Préférences et administration › Base "
                                                "de données."))
    command.add_argument("--from", dest="source", required=True, metavar="URL", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "base d'origine, par exemple sqlite:////chemin/recommandes.db"))
    command.add_argument("--to", dest="target", required=True, metavar="URL", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "base cible vide, par exemple postgresql://agence@serveur/recommandes"))
    args = command.parse_args(argv)
    output = output_for(args, options or GlobalOptions())
    secrets = SecretStore()
    source, target = with_stored_password(args.source, secrets), with_stored_password(args.target, secrets)
    output.say(COPYING)
    try:
        report = copy_store(source, target, progress=lambda table, rows: output.say(
            INDENT + output.text(message(COPIED, table=f"{table:<24}", rows=f"{rows:>9}"))))
    except CopyRefused as error:
        output.say(message(REFUSED, reason=sentence_of(error)))
        for detail in error.details:
            output.say(detail)
        return 1
    except StoreRefused as error:
        output.say(message(REFUSED, reason=sentence_of(error)))
        return 1
    except DBAPIError as error:
        output.say(message(IMPOSSIBLE, reason=failure_reason(error)))
        return 1
    _print_verification(output, report)
    if not report.ok:
        output.say(MISMATCH)
        return 1
    output.say(message(DONE, tables=len(report.tables), rows=report.rows))
    return 0


def _print_verification(output: Output, report: CopyReport) -> None:
    output.say(message(CHECKING, source=report.source, target=report.target))
    output.say(INDENT + output.text(HEADER))
    for check in report.tables:
        verdict = IDENTICAL if check.ok else message(DIFFERENT, fingerprint=check.target_sha256[:16])
        output.say(f"{INDENT}{check.table:<24} {check.source_rows:>9} {check.target_rows:>9}  "
                   f"{check.source_sha256[:16]} {output.text(verdict)}")
