"""``python main.py payment-methods [--json] [--assign ENTITY=CODE …] [--assign-all CODE]``: the
account's AR24 payment methods, each entity's, and their assignment (« Liste des moyens de
paiement AR24 »). A code AR24 does not list, or where it lists none, is accepted with a warning:
AR24 checks it at the first letter. An unknown entity code is refused (exit 1)."""
from __future__ import annotations

from app.cli import GlobalOptions
from app.cli.common import (
    OK,
    REFUSED,
    fail_usage,
    opened_context,
    output_for,
    parser,
    reaching_ar24,
    run_command,
    use_login,
)
from app.i18n import QT_TRANSLATE_NOOP, message
from app.store.statuses import payment_label


def _pair(text: str) -> tuple[str, str]:
    entity, sep, code = text.partition("=")
    if not sep or not entity.strip() or not code.strip():
        raise ValueError(text)
    return entity.strip(), code.strip()


def run(argv: list[str], options: GlobalOptions) -> int:
    command = parser("payment-methods", QT_TRANSLATE_NOOP("CommandHelp", "Moyens de paiement AR24 et leur affectation aux entités"),
                     options, json_rows=True)
    command.add_argument("--assign", action="append", default=[], metavar=QT_TRANSLATE_NOOP("CommandHelp", "ENTITE=CODE"),
                         help=QT_TRANSLATE_NOOP("CommandHelp", "payer les lettres de l'entité ENTITE avec le moyen AR24 CODE (répétable)"))
    command.add_argument("--assign-all", metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "payer les lettres de toutes les entités avec CODE"))
    args = command.parse_args(argv)
    try:
        pairs = [_pair(text) for text in args.assign]
    except ValueError as error:
        fail_usage(command, output_for(args, options).text(message(QT_TRANSLATE_NOOP(
            "Commands", "--assign attend ENTITE=CODE, pas « {value} »"), value=error)))

    def body(output) -> int:
        from app.services.commands import assign_payment_methods, payment_overview

        with opened_context(options) as context:
            use_login(context, args.login)
            with reaching_ar24():
                overview = payment_overview(context)
            choices = {row.code: args.assign_all for row in overview.entities} if args.assign_all else {}
            choices |= dict(pairs)
            result = assign_payment_methods(context, overview, choices) if choices else None
            if result is not None and result.changed:
                overview = payment_overview(context)
        if overview.methods_problem:
            output.warn(overview.methods_problem)
        output.say(message(QT_TRANSLATE_NOOP("Commands", "Moyens de paiement du compte AR24 : {count}"),
                           count=len(overview.methods)))
        for method in overview.methods:
            output.say(f"  {method.slug}  {output.text(payment_label(method.label))}")
        output.say(QT_TRANSLATE_NOOP("Commands", "Entité / Moyen de paiement AR24 / Code AR24 :"))
        for row in overview.entities:
            output.say(f"  {row.code}  {row.name}  {output.text(payment_label(row.label)) or '—'}  {row.slug or '—'}")
        output.add_rows({"entity": row.code, "name": row.name, "code": row.slug or None, "label": row.label or None}
                        for row in overview.entities)
        if result is None:
            return OK
        for warning in result.warnings:
            output.warn(message(QT_TRANSLATE_NOOP("Commands", "Attention : {warning}"), warning=warning))
        for refusal in result.refused:
            output.warn(message(QT_TRANSLATE_NOOP("Commands", "Refusé : {reason}"), reason=refusal))
        output.say(message(QT_TRANSLATE_NOOP("Commands", "{count} affectation(s) modifiée(s)."), count=result.changed))
        return REFUSED if result.refused else OK

    return run_command(body, args, options)
