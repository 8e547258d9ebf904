"""``python main.py validate --sender EMAIL (--otp CODE | --otp -)``: validates every LRE letter
of that sender waiting for its OTP, with one code (``-`` reads it on standard input), as
« Consulter mes AR en attente de validation OTP » does for the ticked letters."""
from __future__ import annotations

import sys

from app.cli import GlobalOptions
from app.cli.common import (
    OK,
    REFUSED,
    CommandFailed,
    fail_usage,
    opened_context,
    output_for,
    parser,
    reaching_ar24,
    run_command,
    use_login,
)
from app.i18n import QT_TRANSLATE_NOOP, message


def run(argv: list[str], options: GlobalOptions) -> int:
    from app.accounts.link import AccountInputError
    from app.accounts.otp_keys import checked_otp_code

    command = parser("validate", QT_TRANSLATE_NOOP("CommandHelp", "Valider avec un code OTP les LRE d'un expéditeur en attente"),
                     options, json_rows=True)
    command.add_argument("--sender", required=True, metavar="EMAIL", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "l'adresse de l'expéditeur eIDAS"))
    command.add_argument("--otp", required=True, metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "le code OTP à 6 chiffres, ou - pour le lire sur l'entrée standard"))
    args = command.parse_args(argv)
    try:
        code = checked_otp_code(sys.stdin.readline() if args.otp == "-" else args.otp)
    except AccountInputError as error:
        fail_usage(command, output_for(args, options).text(error))

    def body(output) -> int:
        from app.letters.validation import summary, validate_letters
        from app.services.commands import waiting_for_otp

        with opened_context(options) as context:
            use_login(context, args.login)
            names = waiting_for_otp(context.store, context.login, args.sender)
            if not names:
                raise CommandFailed(message(QT_TRANSLATE_NOOP(
                    "Commands", "Aucune LRE de l'expéditeur {sender} n'attend de validation OTP."), sender=args.sender))
            with reaching_ar24():
                report = validate_letters(context, list(names), code)
        outcomes = ([(i, "posted", "") for i in report.posted] + [(i, "failed", r) for i, r in report.failed.items()]
                    + [(i, "in_doubt", r) for i, r in report.in_doubt.items()]
                    + [(i, "skipped", r) for i, r in report.skipped.items()]
                    + [(i, "to_valid", report.otp_message) for i in report.remaining])
        output.add_rows({"letter_id": letter_id, "recipient": names.get(letter_id), "result": result,
                         "ar24_number": report.posted[letter_id].id if letter_id in report.posted else None,
                         "message": output.text(reason) if reason else None}
                        for letter_id, result, reason in sorted(outcomes))
        for line in summary(report, names):
            output.say(line)
        return OK if len(report.posted) == len(names) else REFUSED

    return run_command(body, args, options)
