"""``python main.py import-letters (MANIFEST.csv | FOLDER | FILE.pdf)``: letters printed by the
agency software brought in as chronoted events, as "Importer des courriers PDF" does.

One JSON row per letter (``--json``): ``source``, ``pages``, ``line``, ``tiers_code``,
``recipient``, ``subject``, ``ag_date``, ``status`` (``created``, ``accepted`` with ``--dry-run``,
``refused``), ``event_id``, ``chrono``, ``reason``. Exit 1 when a letter or the whole file was
refused (a whole file refused creates nothing).
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import GlobalOptions
from app.cli.common import (
    OK,
    REFUSED,
    USAGE,
    CommandFailed,
    Output,
    fail_usage,
    opened_context,
    output_for,
    parser,
    run_command,
    use_login,
)
from app.i18n import QT_TRANSLATE_NOOP, message


def run(argv: list[str], options: GlobalOptions) -> int:
    cli = parser("import-letters", QT_TRANSLATE_NOOP("CommandHelp", "Importer des courriers PDF : un manifeste CSV, un "
                                                                    "dossier de PDF nommés par code tiers, ou un PDF à "
                                                                    "découper par destinataire"),
                 options, json_rows=True)
    cli.add_argument("source", type=Path, help=QT_TRANSLATE_NOOP("CommandHelp", "MANIFESTE.csv, DOSSIER ou FICHIER.pdf"))
    split = cli.add_mutually_exclusive_group()
    split.add_argument("--split-marker", metavar="REGEX",
                       help=QT_TRANSLATE_NOOP("CommandHelp", "repère de la première page de chaque courrier (son 1er "
                                                             "groupe, ou tout, est le code tiers ; défaut : un code "
                                                             "tiers connu)"))
    split.add_argument("--pages", type=int, metavar="N", help=QT_TRANSLATE_NOOP("CommandHelp", "découper tous les N pages"))
    cli.add_argument("--subject", metavar=QT_TRANSLATE_NOOP("CommandHelp", "OBJET"), help=QT_TRANSLATE_NOOP(
        "CommandHelp", "sujet des événements (défaut : Sujet du manifeste, ou nom du fichier)"))
    cli.add_argument("--ag-date", metavar=QT_TRANSLATE_NOOP("CommandHelp", "JJ/MM/AAAA"),
                     help=QT_TRANSLATE_NOOP("CommandHelp", "date d'AG (convocation)"))
    cli.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("CommandHelp", "montrer ce qui serait créé, sans rien créer"))
    args = cli.parse_args(argv)
    usage = output_for(args, options)      # bad usage is said in --lang too
    if (args.split_marker or args.pages) and (args.source.is_dir() or args.source.suffix.lower() == ".csv"):
        fail_usage(cli, usage.text(QT_TRANSLATE_NOOP(
            "Commands", "--split-marker et --pages s'appliquent à un PDF à découper, pas à un dossier ni à un manifeste")))
    if args.pages is not None and args.pages < 1:
        fail_usage(cli, usage.text(QT_TRANSLATE_NOOP("Commands", "--pages : un nombre de pages d'au moins 1")))
    ag_date = None
    if args.ag_date:
        try:
            ag_date = dt.datetime.strptime(args.ag_date, "%d/%m/%Y").date()
        except ValueError:
            fail_usage(cli, usage.text(message(QT_TRANSLATE_NOOP(
                "Commands", "--ag-date : date illisible « {value} » (JJ/MM/AAAA)"), value=args.ag_date)))
    return run_command(lambda output: _import(output, args, options, ag_date), args, options)


def _import(output: Output, args: argparse.Namespace, options: GlobalOptions, ag_date: dt.date | None) -> int:
    from app.services import letter_imports as imports

    source: Path = args.source
    if not source.exists():
        raise CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "Fichier ou dossier introuvable : {path}"),
                                    path=str(source)))
    with opened_context(options) as context:
        use_login(context, args.login)
        request = imports.ImportOptions(args.split_marker, args.pages, args.subject, ag_date)
        try:
            plan = imports.preview(context, source, request)
        except imports.BadMarker as bad:
            raise CommandFailed(bad.message, USAGE) from None
        except imports.BadFile as bad:
            raise CommandFailed(bad.message) from None
        created = {} if args.dry_run or not plan.accepted else dict(
            zip((id(letter) for letter in plan.accepted), imports.create(context, plan).events, strict=True))
    output.add_rows(_row(output, letter, created.get(id(letter)), args.dry_run) for letter in plan.letters)
    numbers = sorted(number for _event, number in created.values())
    if args.dry_run:
        output.say(message(QT_TRANSLATE_NOOP("Commands", "Simulation : {accepted} courrier(s) seraient importés, "
                                              "{refused} refusé(s) ; rien n'a été créé."),
                           accepted=len(plan.accepted), refused=len(plan.refused)))
    elif numbers:
        output.say(message(QT_TRANSLATE_NOOP("Commands", "{count} courrier(s) importé(s) : événements chronotés "
                                              "n° {first} à {last}."),
                           count=len(numbers), first=numbers[0], last=numbers[-1]))
    else:
        output.say(QT_TRANSLATE_NOOP("Commands", "Aucun courrier importé."))
    if plan.refused:
        output.say(message(QT_TRANSLATE_NOOP("Commands", "{count} courrier(s) refusé(s) :"), count=len(plan.refused)))
        for letter in plan.refused:
            output.say(f"  - {output.text(letter.refusal or '')}")
    return REFUSED if plan.refused else OK


def _row(output: Output, letter, created: tuple[int, int] | None, dry_run: bool) -> dict[str, Any]:
    status = "refused" if not letter.accepted else ("accepted" if dry_run else "created")
    return {"source": letter.source.name, "pages": letter.pages, "line": letter.line, "tiers_code": letter.code,
            "recipient": letter.recipient or None, "subject": letter.subject,
            "ag_date": letter.ag_date.isoformat() if letter.ag_date else None, "status": status,
            "event_id": created[0] if created else None, "chrono": created[1] if created else None,
            "reason": output.text(letter.refusal) if letter.refusal else None}
