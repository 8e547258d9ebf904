"""``python main.py sync``: the status sync without a window, for a scheduled task.

It opens the same database as the seats (``--db``, ``RECO_DB_URL`` or the saved setting, the
server's password from the keyring) and takes the agency's lease like them: on a server it
does the sync for every seat, which then only read its results.

Exit codes: 0 done, or done by another seat at that moment — also when some proofs could not
be archived (a broken link): the letters are up to date, the summary says how many proofs
failed and why, and they are asked for again at the next syncs; 1 AR24 could not be reached
(nothing changed) or refused an account; the French reason is printed on stderr, the summary
on stdout.
"""
from __future__ import annotations

from app.ar24.errors import AR24Error
from app.cli import GlobalOptions, common
from app.i18n import QT_TRANSLATE_NOOP, message, sentence_of


def run_sync(argv: list[str], options: GlobalOptions) -> int:
    parser = common.parser("sync", QT_TRANSLATE_NOOP("CommandHelp", "Actualiser les statuts et les preuves des lettres depuis AR24"),
                           options, login=False)
    parser.add_argument("--login", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "seulement les lettres de cet utilisateur (défaut : toutes)"))
    args = parser.parse_args(argv)
    return common.run_command(lambda output: _sync(args.login, options, output), args, options)


def _sync(login: str | None, options: GlobalOptions, output: common.Output) -> int:
    from app.letters.queries import user_id_of
    from app.sync.agency import sync_for_agency
    from app.sync.archive import ProofArchive

    with common.opened_context(options, demo=False) as context:
        user_id = None
        if login:
            with context.store.session() as session:
                user_id = user_id_of(session, login)
            if user_id is None:
                raise common.CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "Utilisateur inconnu : {login}"),
                                                   login=login), common.USAGE)
        try:
            report = sync_for_agency(context.store, context.ar24.client, ProofArchive(), context.workstation,
                                     user_id=user_id)
        except AR24Error as error:
            raise common.CommandFailed(message(QT_TRANSLATE_NOOP("Commands", "Actualisation impossible : {reason}"),
                                               reason=sentence_of(error))) from error
        for line in report.lines():
            output.say(line)
        return common.REFUSED if report.errors else common.OK
