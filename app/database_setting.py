"""Which database this seat works in, and checking a PostgreSQL server before switching to it.

In order: ``--db URL``, the ``RECO_DB_URL`` environment variable, the URL saved in
Paramètres › Préférences et administration › Base de données (``settings.json``, without its
password, which goes to the keyring), else the local SQLite file of this seat.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, Text, message
from app.machine_settings import MachineSettings
from app.secrets import SecretStore, db_password_key
from app.store.database import DB_URL_ENV, default_url, make_engine, normalize_url
from app.store.migrate import current_revision, head_revision, schema_too_new_message

SERVER_BACKENDS = ("postgresql",)
NOT_A_URL = QT_TRANSLATE_NOOP("DatabaseSetting", "« {url} » n'est pas une adresse de base de données (exemple : "
                              "postgresql://agence@serveur/recommandes).")
ENGINE_REFUSED = QT_TRANSLATE_NOOP("DatabaseSetting", "Le moteur « {engine} » n'est pas pris en charge : SQLite ou "
                                   "PostgreSQL seulement.")
NO_HOST = QT_TRANSLATE_NOOP("DatabaseSetting", "Indiquez le nom ou l'adresse du serveur PostgreSQL.")
NO_DATABASE = QT_TRANSLATE_NOOP("DatabaseSetting", "Indiquez le nom de la base sur le serveur PostgreSQL.")
UNREACHABLE = QT_TRANSLATE_NOOP("DatabaseSetting", "Connexion impossible : {reason}. Vérifiez le serveur, le port, le "
                                "nom de la base, l'utilisateur et le mot de passe, et que le serveur accepte ce poste.")
EMPTY = QT_TRANSLATE_NOOP("DatabaseSetting", "Connexion réussie. La base est vide : l'application y créera ses tables "
                          "au prochain démarrage (copiez-y d'abord la base de ce poste si besoin).")
TOO_NEW = QT_TRANSLATE_NOOP("DatabaseSetting", "Connexion réussie. {problem}")
OLDER = QT_TRANSLATE_NOOP("DatabaseSetting", "Connexion réussie. La base (révision {revision}) sera mise à jour en "
                          "révision {head} au prochain démarrage : mettez à jour tous les postes.")
UP_TO_DATE = QT_TRANSLATE_NOOP("DatabaseSetting", "Connexion réussie : base à jour (révision {head}).")


def without_password(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() in SERVER_BACKENDS


def with_stored_password(url: str, secrets: SecretStore) -> str:
    """A server URL without password gets the one saved in the keyring for it (if any)."""
    parsed = make_url(url)
    if not is_server(url) or parsed.password:
        return url
    password = secrets.get(db_password_key(without_password(url)))
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url


def overridden() -> bool:
    """The environment decides for this run (the saved setting is then not used)."""
    return bool(os.environ.get(DB_URL_ENV))


def configured_url(settings: MachineSettings, secrets: SecretStore, command_line: str | None = None) -> str:
    url = command_line or os.environ.get(DB_URL_ENV) or settings.database_url or default_url()
    return with_stored_password(url, secrets)


def server_url(host: str, port: int | None, database: str, user: str) -> str:
    """The URL (without password) of a PostgreSQL database, from the fields of the dialog.
    A host that is a folder is the server's unix-socket folder (a seat on the server itself)."""
    host = host.strip()
    socket_folder = host.startswith("/")
    return URL.create("postgresql+psycopg", username=user.strip() or None,
                      host=None if socket_folder else host or None, port=port or None, database=database.strip(),
                      query={"host": host} if socket_folder else {}).render_as_string(hide_password=False)


def url_problem(url: str) -> Text | Message | None:
    """What makes ``url`` unfit for a database of the application, else None."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return message(NOT_A_URL, url=url)
    if parsed.get_backend_name() not in ("sqlite", *SERVER_BACKENDS):
        return message(ENGINE_REFUSED, engine=parsed.get_backend_name())
    if is_server(url) and not (parsed.host or parsed.query.get("host")):
        return NO_HOST
    if is_server(url) and not parsed.database:
        return NO_DATABASE
    return None


def save(settings: MachineSettings, secrets: SecretStore, url: str, password: str = "") -> None:
    """Remember the database of this seat (effective at the next start); "" = the local SQLite file.
    A bad address raises ``ValueError`` with its sentence."""
    if url and (problem := url_problem(url)):
        raise ValueError(problem)
    plain = without_password(url) if url else ""
    if plain and is_server(plain):
        if password:
            secrets.set(db_password_key(plain), password)
        else:
            secrets.delete(db_password_key(plain))
    settings.database_url = plain
    settings.save()


def failure_reason(error: DBAPIError) -> str:
    """The first line of the driver's message (the server's own words), else SQLAlchemy's."""
    return str(error.orig).strip().splitlines()[0] if error.orig else str(error)


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: Sentence


def check_connection(url: str) -> ConnectionCheck:
    """Connect without changing anything and say what the application will find there."""
    if problem := url_problem(url):
        return ConnectionCheck(False, problem)
    engine = make_engine(normalize_url(url))
    try:
        revision, head = current_revision(engine), head_revision()
    except DBAPIError as error:
        return ConnectionCheck(False, message(UNREACHABLE, reason=failure_reason(error)))
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionCheck(True, EMPTY)
    if revision > head:
        return ConnectionCheck(False, message(TOO_NEW, problem=schema_too_new_message(revision, head)))
    if revision < head:
        return ConnectionCheck(True, message(OLDER, revision=revision, head=head))
    return ConnectionCheck(True, message(UP_TO_DATE, head=head))
