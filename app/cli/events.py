"""``python main.py events [--json]``: every event, with its last letter. JSON keys: ``id``,
``tiers_code``, ``recipient``, ``subject``, ``chrono``, ``entity``, ``ag_date``, ``last_letter``
(null, or ``id``, ``type`` lre|notice|paper|ere, ``status`` AR24's raw value or the outbox
state, ``ar24_number``)."""
from __future__ import annotations

from app.cli import GlobalOptions
from app.cli.common import OK, opened_context, parser, run_command, use_login
from app.i18n import QT_TRANSLATE_NOOP, message


def run(argv: list[str], options: GlobalOptions) -> int:
    command = parser("events", QT_TRANSLATE_NOOP("CommandHelp", "Lister les événements et leur dernière lettre"), options,
                     json_rows=True)
    args = command.parse_args(argv)

    def body(output) -> int:
        from app.services.commands import event_rows

        with opened_context(options) as context:
            use_login(context, args.login)
            rows = event_rows(context.store)
        output.add_rows(rows)
        if not output.as_json:
            for row in rows:
                last = row["last_letter"]
                letter = "—" if last is None else f"{last['type']} {last['status']} n° {last['ar24_number'] or '—'}"
                output.say(f"{row['id']:>5}  {row['chrono'] or '—':>6}  {row['tiers_code']:<8} {row['recipient']:<24.24} "
                           f"{row['subject']:<32.32} {row['entity'] or '—':<6} {letter}")
        sent = sum(row["last_letter"] is not None for row in rows)
        output.say(message(QT_TRANSLATE_NOOP("Commands", "{count} événement(s), dont {sent} avec une lettre."),
                           count=len(rows), sent=sent))
        return OK

    return run_command(body, args, options)
