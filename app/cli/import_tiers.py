"""``python main.py import-tiers FILE [--mapping FILE.json] [--sheet NAME] [--dry-run] [--json]``.

The same import as Fichier › Importer des tiers…: columns from ``--mapping`` (a JSON object
{"column of the file": "field"}), else the mapping remembered for files laid out like this one,
else the one guessed from the headers. ``--json`` rows: ``line``, ``code``, ``name``, ``verdict``
(``created``, ``updated``, ``unchanged``, ``refused``) and ``problems`` (``column``, ``value``,
``reason``). Exit code 1 when a row or the whole file is refused.
"""
from __future__ import annotations

import json
from pathlib import Path

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
    cli = parser("import-tiers", QT_TRANSLATE_NOOP("CommandHelp", "Importer des tiers d'un fichier CSV ou XLSX"), options, json_rows=True)
    cli.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP(
        "CommandHelp", "fichier CSV (séparateur et encodage détectés) ou XLSX"))
    cli.add_argument("--mapping", type=Path, metavar=QT_TRANSLATE_NOOP("CommandHelp", "FICHIER.json"),
                     help=QT_TRANSLATE_NOOP("CommandHelp", 'correspondance des colonnes : {"colonne du fichier": "champ"}'))
    cli.add_argument("--sheet", metavar=QT_TRANSLATE_NOOP("CommandHelp", "FEUILLE"),
                     help=QT_TRANSLATE_NOOP("CommandHelp", "feuille du classeur XLSX (défaut : la première)"))
    cli.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("CommandHelp", "tout vérifier sans rien enregistrer"))
    args = cli.parse_args(argv)
    named = _mapping_file(cli, args.mapping, output_for(args, options)) if args.mapping else None
    return run_command(lambda output: _import(output, args, options, named), args, options)


def _mapping_file(cli, path: Path, output: Output) -> dict[str, str]:
    """The ``--mapping`` file's {column: field}; bad usage (said in ``--lang``) when it is not one."""
    from app.imports.mapping import FIELD_BY_KEY, unknown_fields

    try:
        named = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        fail_usage(cli, output.text(message(QT_TRANSLATE_NOOP(
            "Commands", "--mapping {path} : fichier illisible ({error})"), path=path, error=error)))
    if not isinstance(named, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in named.items()):
        fail_usage(cli, output.text(message(QT_TRANSLATE_NOOP(
            "Commands", '--mapping {path} : un objet JSON {{"colonne": "champ"}} est attendu'), path=path)))
    if named and all(key in FIELD_BY_KEY for key in named) and not any(v in FIELD_BY_KEY for v in named.values()):
        named = {column: key for key, column in named.items()}   # written {"champ": "colonne"}
    if unknown := unknown_fields(named):
        fail_usage(cli, output.text(message(QT_TRANSLATE_NOOP(
            "Commands", "--mapping {path} : champ(s) inconnu(s) {unknown} ; champs : {fields}"),
            path=path, unknown=", ".join(unknown), fields=", ".join(FIELD_BY_KEY))))
    return named


def _import(output: Output, args, options: GlobalOptions, named: dict[str, str] | None) -> int:
    from app.imports.errors import BadFile
    from app.imports.mapping import FIELD_BY_KEY, from_named
    from app.imports.tiers_import import VERDICT_KEYS
    from app.services import imports

    if not args.file.is_file():
        raise CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "Fichier introuvable : {path}"),
                                    path=args.file), USAGE)
    with opened_context(options) as context:
        use_login(context, args.login)
        try:
            table = imports.read_tiers_file(args.file, args.sheet)
            mapping = from_named(table.headers, named) if named is not None else \
                imports.remembered_mapping(context, table)
            output.say(message(QT_TRANSLATE_NOOP("Commands", "Colonnes : {columns}"), columns=", ".join(
                f"« {table.headers[index]} » → {output.text(FIELD_BY_KEY[key].label)}"
                for index, key in sorted(mapping.items())) or "—"))
            report = imports.import_tiers(context, table, mapping, dry_run=args.dry_run)
        except BadFile as error:
            raise CommandFailed(error.message) from error
    output.add_rows({"line": v.line, "code": v.code, "name": v.name, "verdict": VERDICT_KEYS[v.verdict],
                     "problems": [{"column": p.column, "value": p.value, "reason": output.text(p.reason)}
                                  for p in v.problems]} for v in report.verdicts)
    for problem in report.refused + report.warnings:
        output.say(problem.sentence())
    summary = message(QT_TRANSLATE_NOOP(
        "Commands", "{file} : {created} créé(s), {updated} mis à jour, {unchanged} inchangé(s), {refused} refusé(s), "
        "{consents} consentement(s) enregistré(s)."), file=report.file_name, created=report.created,
        updated=report.updated, unchanged=report.unchanged, refused=len(report.refused), consents=report.consents)
    if args.dry_run:
        summary = message(QT_TRANSLATE_NOOP("Commands", "Simulation, rien n'est enregistré : {summary}"),
                          summary=summary)
    output.say(summary)
    return REFUSED if report.refused else OK
