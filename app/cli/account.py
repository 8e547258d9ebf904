"""``python main.py account [--login L] [--authorize]``: the user's AR24 account and its link
state; ``--authorize`` asks AR24 for the link as « Autoriser le compte » does (in Démo locale
the demo service grants it at once)."""
from __future__ import annotations

from app.cli import GlobalOptions
from app.cli.common import (
    OK,
    opened_context,
    parser,
    reaching_ar24,
    run_command,
    use_login,
)
from app.i18n import QT_TRANSLATE_NOOP, message
from app.store.models import LinkState

STATES = {
    LinkState.NOT_LINKED: QT_TRANSLATE_NOOP("Commands", "non lié"),
    LinkState.PENDING: QT_TRANSLATE_NOOP("Commands", "autorisation en attente"),
    LinkState.LINKED: QT_TRANSLATE_NOOP("Commands", "lié"),
}
YES, NO = QT_TRANSLATE_NOOP("Commands", "oui"), QT_TRANSLATE_NOOP("Commands", "non")


def run(argv: list[str], options: GlobalOptions) -> int:
    command = parser("account", QT_TRANSLATE_NOOP("CommandHelp", "Le compte AR24 de l'utilisateur et l'état de son lien"), options,
                     json_rows=True)
    command.add_argument("--authorize", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "demander à AR24 le lien du compte (« Autoriser le compte »)"))
    args = command.parse_args(argv)

    def body(output) -> int:
        from app.services.commands import account_status

        with opened_context(options) as context:
            use_login(context, args.login)
            with reaching_ar24():
                status = account_status(context, authorize=args.authorize)
        output.add_rows([{"login": status.login, "email": status.email or None, "link": status.state.value,
                          "account_name": status.account_name or None,
                          "identity_verified": status.identity_verified, "payment_ready": status.payment_ready}])
        output.say(message(QT_TRANSLATE_NOOP("Commands", "Utilisateur : {login}"), login=status.login))
        output.say(message(QT_TRANSLATE_NOOP("Commands", "Compte AR24 : {email}"), email=status.email or "—"))
        output.say(message(QT_TRANSLATE_NOOP("Commands", "Lien : {state}"), state=STATES[status.state]))
        if status.state is LinkState.LINKED:
            output.say(message(QT_TRANSLATE_NOOP("Commands", "Titulaire : {name}"), name=status.account_name or "—"))
            output.say(message(QT_TRANSLATE_NOOP("Commands", "Identité vérifiée : {answer} ; paiement possible : {payment}"),
                               answer=YES if status.identity_verified else NO,
                               payment=YES if status.payment_ready else NO))
        for line in status.lines:
            output.say(line)
        if args.authorize and status.state is LinkState.PENDING:
            output.say(QT_TRANSLATE_NOOP("Commands", "AR24 a envoyé un e-mail au titulaire du compte : le lien sera "
                                                     "établi quand il aura cliqué sur son lien."))
        return OK

    return run_command(body, args, options)
