"""Operations of the ADMINISTRATION screens: the agency's users, the database this seat works
in (and opening it at start-up), the prices and tax of the cost estimate.

The database operations take the settings and the keyring, not an ``AppContext``: they run
before any store is open (the start-up dialog) or decide which one the next start opens.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app import database_setting
from app.accounts.link import AccountInputError
from app.bootstrap import open_app_store
from app.changes import Change, publish
from app.context import AppContext
from app.database_setting import ConnectionCheck
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_of
from app.machine_settings import MachineSettings
from app.secrets import SecretStore, db_password_key
from app.sending.pricing import (
    CURRENCIES,
    DEFAULT_CURRENCY,
    DEFAULT_TAX_LABEL,
    OTHER_PRICES,
    PRICE_SOURCES,
    TERRITORIES,
    PriceSettings,
    money,
    load_price_settings,
    save_price_settings,
    settings_from_form,
)
from app.sending.send_types import LABELS as SEND_TYPE_LABELS
from app.store.database import default_url
from app.store.migrate import SchemaTooNewError, StoreRefused
from app.store.models import LinkState, User
from app.store.queries import user_rows

__all__ = [
    "CURRENCIES",
    "DEFAULT_CURRENCY",
    "DEFAULT_TAX_LABEL",
    "OTHER_PRICES",
    "PRICE_SOURCES",
    "SEND_TYPE_LABELS",
    "TERRITORIES",
    "ConnectionCheck",
    "LinkState",
    "PriceSettings",
    "money",
    "settings_from_form",
]

POSTGRESQL_PORT = 5432   # the server's default port, proposed until the administrator types another
log = logging.getLogger(__name__)
OPEN_FAILED = QT_TRANSLATE_NOOP("OpenStore", "La base de données n'a pas pu être ouverte : {reason}")
MALFORMED_URL = QT_TRANSLATE_NOOP("OpenStore", "Adresse de base de données invalide : « {url} » (exemple : "
                                  "postgresql+psycopg://agence@serveur/recommandes)")
USER_GONE = QT_TRANSLATE_NOOP("Admin", "L'utilisateur n° {id} n'existe plus : rouvrez la liste des utilisateurs.")


# -- users -----------------------------------------------------------------------------------

class UserRow(NamedTuple):
    """A row of the users list: a plain tuple, as the table model of every list wants it."""

    id: int
    login: str
    full_name: str
    ar24_email: str | None
    ar24_link_state: LinkState


@dataclass(frozen=True)
class UserIdentity:
    id: int
    login: str
    full_name: str


def users(context: AppContext) -> list[UserRow]:
    with context.store.session() as session:
        return [UserRow(*row) for row in user_rows(session)]


def user_identity(context: AppContext, user_id: int) -> UserIdentity:
    with context.store.session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise AccountInputError(str(message(USER_GONE, id=user_id)))
        return UserIdentity(user.id, user.login, user.full_name)


# -- prices and tax --------------------------------------------------------------------------

def price_settings(context: AppContext) -> PriceSettings:
    with context.store.session() as session:
        return load_price_settings(session)


def save_prices(context: AppContext, settings: PriceSettings) -> None:
    """For every seat of the agency (table ``setting``), with an audit line naming the user."""
    with context.store.session() as session, session.begin():
        save_price_settings(session, settings, context.login)
    publish(Change.SETTINGS)


# -- the database of this seat ---------------------------------------------------------------

@dataclass(frozen=True)
class DatabaseChoice:
    """The fields of « Base de données »: the local file, or a PostgreSQL server."""

    server: bool = False
    host: str = ""
    port: int = POSTGRESQL_PORT
    database: str = ""
    user: str = ""
    password: str = ""

    def url(self) -> str:
        """"" for the local file, else the server's URL without its password."""
        if not self.server:
            return ""
        return database_setting.server_url(self.host, self.port, self.database, self.user)


def database_choice(settings: MachineSettings, secrets: SecretStore) -> DatabaseChoice:
    """What is saved for this seat, the password taken from the keyring."""
    saved = settings.database_url
    if not saved or not database_setting.is_server(saved):
        return DatabaseChoice()
    url = make_url(saved)
    socket_folder = url.query.get("host", "")   # a seat on the server itself (see server_url)
    return DatabaseChoice(True, url.host or str(socket_folder), url.port or POSTGRESQL_PORT,
                          url.database or "", url.username or "", secrets.get(db_password_key(saved)) or "")


def check_database(choice: DatabaseChoice) -> ConnectionCheck:
    """Connect to the chosen server without changing anything (run in the background)."""
    url = choice.url()
    if problem := database_setting.url_problem(url):
        return ConnectionCheck(False, problem)
    full = make_url(url).set(password=choice.password or None).render_as_string(hide_password=False)
    return database_setting.check_connection(full)


def save_database(settings: MachineSettings, secrets: SecretStore, choice: DatabaseChoice) -> None:
    """Effective at the next start; raises ``ValueError`` (a French sentence) for a bad address."""
    database_setting.save(settings, secrets, choice.url(), choice.password)
    publish(Change.SETTINGS)


def database_overridden() -> bool:
    """``RECO_DB_URL`` decides for this run: the saved choice is not used."""
    return database_setting.overridden()


def local_database_url() -> str:
    return default_url()


@dataclass(frozen=True)
class StoreOpening:
    """The store opened at start-up, or why not and whether the user can fix it."""

    context: AppContext | None
    problem: Sentence = ""
    too_new: bool = False          # migrated by a newer version: only updating this seat helps
    fixable: bool = False          # the saved address is at fault: « Base de données » may fix it
    malformed: bool = False        # the address itself is not a database address (a typing error)


def open_context(settings: MachineSettings, secrets: SecretStore, command_line_url: str | None = None,
                 demo: bool = True) -> StoreOpening:
    """Open (and migrate) the configured database: ``--db``, ``RECO_DB_URL``, the saved
    address, else this seat's file."""
    fixable = not (command_line_url or database_overridden())
    try:
        url = database_setting.configured_url(settings, secrets, command_line_url)
        store = open_app_store(url, demo=demo)
    except ArgumentError:
        return StoreOpening(None, message(MALFORMED_URL, url=command_line_url or settings.database_url or ""),
                            fixable=fixable, malformed=True)
    except SchemaTooNewError as error:
        return StoreOpening(None, sentence_of(error), too_new=True)
    except StoreRefused as error:   # a file of another program: left untouched
        return StoreOpening(None, sentence_of(error), fixable=fixable)
    except DBAPIError as error:
        return StoreOpening(None, message(OPEN_FAILED, reason=database_setting.failure_reason(error)),
                            fixable=fixable)
    except Exception as error:  # noqa: BLE001 — a damaged or foreign file fails in many ways
        log.exception("the store could not be opened")
        return StoreOpening(None, message(OPEN_FAILED, reason=f"{type(error).__name__}: {error}"[:300]),
                            fixable=fixable)
    return StoreOpening(AppContext(store, settings, secrets))
