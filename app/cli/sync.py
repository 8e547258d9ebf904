"""``python main.py sync``: the status sync without a window, for a scheduled task.

It opens the same database as the seats (``--db``, ``RECO_DB_URL`` or the saved setting, the
server's password from the keyring) and takes the agency's lease like them: on a server it
does the sync for every seat, which then only read its results.

Exit codes: 0 done, or done by another seat at that moment; 1 AR24 could not be reached
(nothing changed) or refused an account; the French reason is printed on stderr, the summary
on stdout.
"""
from __future__ import annotations

from app.cli import GlobalOptions

import argparse
import sys

from app.ar24.errors import AR24Error


def run_sync(argv: list[str], options: GlobalOptions) -> int:
    parser = argparse.ArgumentParser(prog="main.py sync",
                                     description="Actualiser les statuts et les preuves des lettres depuis AR24")
    parser.add_argument("--login", help="seulement les lettres de cet utilisateur (défaut : toutes)")
    args = parser.parse_args(argv)

    from app.bootstrap import open_app_store
    from app.context import AppContext
    from app.database_setting import configured_url
    from app.letters.queries import user_id_of
    from app.machine_settings import MachineSettings
    from app.secrets import SecretStore
    from app.sync.agency import sync_for_agency
    from app.sync.archive import ProofArchive

    settings, secrets = MachineSettings.load(), SecretStore()
    store = open_app_store(configured_url(settings, secrets, options.db), demo=False)
    context = AppContext(store, settings, secrets)
    try:
        user_id = None
        if args.login:
            with store.session() as session:
                user_id = user_id_of(session, args.login)
            if user_id is None:
                print(f"Utilisateur inconnu : {args.login}", file=sys.stderr)
                return 2
        try:
            report = sync_for_agency(store, context.ar24.client, ProofArchive(), context.workstation,
                                     user_id=user_id)
        except AR24Error as error:
            print(f"Actualisation impossible : {error}", file=sys.stderr)
            return 1
        print(report.summary())
        return 1 if report.errors else 0
    finally:
        context.close()
        store.dispose()
