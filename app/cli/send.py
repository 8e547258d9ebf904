"""``python main.py send (--events ID[,ID…] | --all-ready) --type lre|notice|paper|ere [--yes]
[--force-resend --reason TEXT]``: « Envoyer en AR » without a window.

First the letters an earlier batch left unfinished are resumed (those in doubt looked up on
AR24 first), as the window does at start. Then the send choice's rules and prices decide, the
same as in the dialog: an event already sent or on its way, of any type, is refused with what
exists. Without ``--yes`` the command prints what would be paid and asks; with no terminal to
ask, it sends nothing and exits 1. Then it prepares and posts like « Valider » (LRE letters
then wait for their OTP: ``main.py validate``). ``--all-ready``: every chronoted event the rules
accept for that type (the others are only counted).
"""
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
from app.i18n import QT_TRANSLATE_NOOP, Text, message

YES_ANSWERS = {"o", "oui", "y", "yes"}


def _event_ids(text: str) -> list[int]:
    ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    if not ids:
        raise ValueError(text)
    return list(dict.fromkeys(ids))


def run(argv: list[str], options: GlobalOptions) -> int:
    from app.services.commands import SEND_TYPES

    command = parser("send", QT_TRANSLATE_NOOP("CommandHelp", "Envoyer des événements en AR (comme « Valider » du choix de l'envoi)"),
                     options, json_rows=True)
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("--events", metavar="ID[,ID…]", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "les événements à envoyer (numéros internes, voir « events »)"))
    which.add_argument("--all-ready", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "tous les événements chronotés que les règles acceptent"))
    command.add_argument("--type", required=True, choices=list(SEND_TYPES), help=QT_TRANSLATE_NOOP("CommandHelp", "type d'envoi"))
    command.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP("CommandHelp", "envoyer sans demander de confirmation"))
    command.add_argument("--force-resend", action="store_true",
                         help=QT_TRANSLATE_NOOP(
                             "CommandHelp", "renvoyer quand même un événement déjà remis (motif obligatoire, inscrit au journal)"))
    command.add_argument("--reason", metavar=QT_TRANSLATE_NOOP("CommandHelp", "MOTIF"),
                         help=QT_TRANSLATE_NOOP("CommandHelp", "le motif du renvoi volontaire"))
    args = command.parse_args(argv)
    usage = output_for(args, options).text
    try:
        requested = _event_ids(args.events) if args.events else None
    except ValueError:
        fail_usage(command, usage(message(QT_TRANSLATE_NOOP("Commands", "--events attend des numéros séparés par des "
                                                                        "virgules, pas « {text} »"), text=args.events)))
    if args.force_resend and not (args.reason or "").strip():
        fail_usage(command, usage(QT_TRANSLATE_NOOP("Commands", "--force-resend demande un motif : --reason TEXTE")))
    if args.force_resend and args.all_ready:   # a second send is chosen event by event, never in bulk
        fail_usage(command, usage(QT_TRANSLATE_NOOP("Commands", "--force-resend s'emploie avec --events, pas avec "
                                                                "--all-ready")))
    if args.reason and not args.force_resend:
        fail_usage(command, usage(QT_TRANSLATE_NOOP("Commands", "--reason accompagne --force-resend")))
    send_type = SEND_TYPES[args.type]
    return run_command(lambda output: _send(output, args, options, requested, send_type), args, options)


def _send(output, args, options: GlobalOptions, requested: list[int] | None, send_type) -> int:
    from app.services import commands
    from app.store.models import SendType

    with opened_context(options) as context:
        use_login(context, args.login)
        with reaching_ar24():
            resumed = commands.resume_unfinished(context)
        if resumed is not None:
            _report(output, resumed)
        refused = False
        if requested is None:
            event_ids = commands.ready_event_ids(context.store)
        else:
            known = commands.known_event_ids(context.store, requested)
            for event_id in (i for i in requested if i not in known):
                missing = message(QT_TRANSLATE_NOOP("Commands", "L'événement {id} n'existe pas."), id=event_id)
                output.warn(message(QT_TRANSLATE_NOOP("Commands", "Refusé : {reason}"), reason=missing))
                output.add_rows([{"event_id": event_id, "compatible": False, "refusal": output.text(missing)}])
                refused = True
            event_ids = [i for i in requested if i in known]
        reasons = {event_id: args.reason for event_id in event_ids} if args.force_resend else {}
        choice = commands.send_choice(context, event_ids, send_type, reasons)
        batch = choice.batch
        for check in batch.events:
            if check.compatible:
                for warning in check.warnings:
                    output.say(message(QT_TRANSLATE_NOOP("Commands", "{event} — Attention : {warning}"),
                                       event=_name(check), warning=warning.commentaire))
            elif requested is not None:
                output.warn(message(QT_TRANSLATE_NOOP("Commands", "Refusé : {event} — {reasons}"),
                                    event=_name(check), reasons=check.information))
                refused = True
        if requested is None and batch.incompatible:
            output.say(message(QT_TRANSLATE_NOOP("Commands", "{count} événement(s) chronoté(s) non retenu(s) par les "
                                                             "règles pour ce type."), count=batch.incompatible))
        compatible = batch.compatible_event_ids
        if not compatible:
            output.add_rows(_plan_rows(output, batch, requested is not None, None))
            output.say(QT_TRANSLATE_NOOP("Commands", "Aucun événement à envoyer."))
            return REFUSED if refused else OK
        _price(output, choice, commands.sender_of(context))
        if not args.yes and not _confirmed(output):
            output.add_rows(_plan_rows(output, batch, requested is not None, choice.price.total.unit_ht))
            raise CommandFailed(QT_TRANSLATE_NOOP("Commands", "Rien n'a été envoyé (confirmation absente : ajoutez --yes "
                                                              "pour envoyer sans terminal)."))
        with reaching_ar24():
            report = commands.send_events(context, send_type, compatible, resend_reasons=reasons)
        output.add_rows(_plan_rows(output, batch, requested is not None, None, report))
        ok = _report(output, report)
        if send_type is SendType.LRE_EIDAS and ok:
            output.say(QT_TRANSLATE_NOOP("Commands", "Les LRE attendent leur validation OTP : main.py validate "
                                                     "--sender EMAIL --otp CODE"))
        return OK if ok and not refused else REFUSED


def _name(check) -> str:
    return f"{check.event_id} ({check.tab_title})"


def _price(output, choice, sender: str) -> None:
    price = choice.price
    tax_label = Text("Pricing", price.tax_label)   # TVA is translated; a tax the agency named stays as written
    payers = {c.entity_code: c.payment.code for c in choice.batch.events if c.compatible and c.payment}

    def money(amount):
        return price.money(amount, output.language)

    output.say(message(QT_TRANSLATE_NOOP("Commands", "À payer ({count} lettre(s), expéditeur {sender}) :"),
                       count=price.total.count, sender=sender))
    for line in price.lines:
        output.say(message(QT_TRANSLATE_NOOP("Commands", "  {entity} ({payer}) : {count} × {unit} HT = {ht} HT, "
                                                         "{tax_label} {tax}, {ttc} TTC"),
                           entity=line.label, payer=payers.get(line.label, "—"), count=line.count,
                           unit=money(line.unit_ht), ht=money(line.ht), tax_label=tax_label, tax=money(line.tax),
                           ttc=money(line.ttc)))
    total = price.total
    output.say(message(QT_TRANSLATE_NOOP("Commands", "Total : {ht} HT, {tax_label} {tax}, {ttc} TTC"),
                       ht=money(total.ht), tax_label=tax_label, tax=money(total.tax), ttc=money(total.ttc)))


def _confirmed(output) -> bool:
    """Ask on the terminal; no terminal (a scheduled task, a pipe) never confirms."""
    if not sys.stdin.isatty():
        return False
    answer = input(output.text(QT_TRANSLATE_NOOP("Commands", "Confirmer l'envoi ? [o/N] ")))
    return answer.strip().lower() in YES_ANSWERS


def _plan_rows(output, batch, listed: bool, unit_ht, report=None) -> list[dict]:
    """One JSON row per event: refused (with why), to be paid, or what the batch did."""
    results = {result.event_id: result for result in report.results} if report is not None else {}
    rows = []
    for check in batch.events:
        if not check.compatible and not listed:
            continue
        result = results.get(check.event_id)
        rows.append({"event_id": check.event_id, "recipient": check.recipient_name, "entity": check.entity_code,
                     "compatible": check.compatible,
                     "refusal": None if check.compatible else output.text(check.information),
                     "notes": [output.text(warning.commentaire) for warning in check.warnings],
                     "price_ht": str(unit_ht) if check.compatible and unit_ht is not None else None,
                     "outcome": result.outcome.name.lower() if result else None,
                     "message": output.text(result.message) if result else None, "letter_id": result.letter_id if result else None})
    return rows


def _report(output, report) -> bool:
    """The batch's report, event by event; True when every letter went through."""
    from app.outbox.pipeline import Outcome

    output.say(report.summary())
    for result in report.results:
        line = f"  {output.text(result.label)} : {output.text(result.outcome.value)} — {output.text(result.message)}"
        (output.say if result.outcome is Outcome.OK else output.warn)(line)
    return all(result.outcome is Outcome.OK for result in report.results)
