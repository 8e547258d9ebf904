"""Headless store command wired into main.py: ``copy-store --from URL --to URL``."""
from __future__ import annotations

from app.cli import GlobalOptions

import argparse

from sqlalchemy.exc import DBAPIError

from app.database_setting import with_stored_password
from app.secrets import SecretStore
from app.store.copy import CopyRefused, copy_store
from app.store.migrate import StoreRefused


def copy_store_command(argv: list[str], options: GlobalOptions | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="copy-store",
        description="Copie toutes les tables d'une base (la base SQLite d'un poste) dans une base vide "
                    "(le serveur PostgreSQL de l'agence), puis vérifie chaque table (nombre de lignes et "
                    "empreinte SHA-256).",
        epilog="Le mot de passe du serveur : dans l'URL, dans PGPASSWORD, ou celui enregistré dans "
               "Paramètres › Préférences et administration › Base de données.")
    parser.add_argument("--from", dest="source", required=True, metavar="URL",
                        help="base d'origine, par exemple sqlite:////chemin/recommandes.db")
    parser.add_argument("--to", dest="target", required=True, metavar="URL",
                        help="base cible vide, par exemple postgresql://agence@serveur/recommandes")
    args = parser.parse_args(argv)
    secrets = SecretStore()
    source, target = with_stored_password(args.source, secrets), with_stored_password(args.target, secrets)
    print("Copie en cours…", flush=True)
    try:
        report = copy_store(source, target,
                            progress=lambda table, rows: print(f"  {table:<24} {rows:>9} ligne(s) copiée(s)", flush=True))
    except (CopyRefused, StoreRefused) as error:
        print(f"Copie refusée : {error}")
        return 1
    except DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        print(f"Copie impossible, aucune donnée n'a été écrite dans la base cible : {reason}.")
        return 1
    print(f"Vérification de {report.source} → {report.target}")
    print(f"  {'table':<24} {'source':>9} {'cible':>9}  empreinte SHA-256")
    for check in report.tables:
        verdict = "identique" if check.ok else f"DIFFÉRENTE (cible {check.target_sha256[:16]})"
        print(f"  {check.table:<24} {check.source_rows:>9} {check.target_rows:>9}  "
              f"{check.source_sha256[:16]} {verdict}")
    if not report.ok:
        print("La copie ne correspond pas à l'original : n'utilisez pas la base cible ; videz-la et recommencez.")
        return 1
    print(f"Copie terminée et vérifiée : {len(report.tables)} tables, {report.rows} lignes identiques.")
    return 0
