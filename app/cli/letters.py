"""``python main.py letters [--json]``: the user's registered letters, as the list shows them.
JSON keys: ``id``, ``event_id``, ``type`` (lre, notice, paper, ere), ``status`` (AR24's raw value,
e.g. ``AR``; ``to_valid`` while it waits for its OTP), ``status_label`` (as the list shows it),
``reference``, ``ar24_number`` (null until AR24 gave one), ``proofs`` (number archived)."""
from __future__ import annotations

from app.cli import GlobalOptions
from app.cli.common import OK, opened_context, parser, run_command, use_login
from app.i18n import QT_TRANSLATE_NOOP, message


def run(argv: list[str], options: GlobalOptions) -> int:
    command = parser("letters", QT_TRANSLATE_NOOP("CommandHelp", "Lister les lettres recommandées de l'utilisateur"), options,
                     json_rows=True)
    args = command.parse_args(argv)

    def body(output) -> int:
        from app.services.commands import letter_rows_of

        with opened_context(options) as context:
            use_login(context, args.login)
            rows = letter_rows_of(context.store, context.login)
        output.add_rows({key: value for key, value in row.items() if key != "recipient"} for row in rows)
        if not output.as_json:
            for row in rows:
                output.say(f"{row['id']:>5}  {row['reference']:<18} {row['type']:<6} {row['ar24_number'] or '—':>8}  "
                           f"{output.text(row['status_label']):<24.24} {row['recipient']:<24.24} "
                           f"{row['proofs']}")
        output.say(message(QT_TRANSLATE_NOOP("Commands", "{count} lettre(s) de {login}."),
                           count=len(rows), login=args.login or context.login))
        return OK

    return run_command(body, args, options)
