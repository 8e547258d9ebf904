"""The AR24 connection of this workstation: which environment, which credentials, one client.

"Démo locale" (the default) starts the built-in local AR24 service in this process on a
free loopback port, the first time it is needed (not at start-up, so the window opens
fast). Other environments take the partner token and private key from the keyring.
``AR24_BASE_URL`` / ``AR24_TOKEN`` / ``AR24_PRIVATE_KEY`` override everything.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ar24.connection import PRODUCTION_URL, SANDBOX_URL, ConnectionSettings, with_env_overrides
from app.ar24.errors import AR24Error
from app.i18n import QT_TRANSLATE_NOOP, Text, message
from app.machine_settings import MachineSettings
from app.paths import ar24_service_dir
from app.secrets import SecretStore, ar24_private_key_key, ar24_token_key
from app.store.models import LinkState, User

if TYPE_CHECKING:   # only demo mode imports the local service, when it starts it
    from app.ar24.client import AR24Client
    from app.ar24.local_service import LocalAR24Service

# In demo mode one real minute is about 5 service hours: a letter is sent within a second,
# acknowledged within half a minute, and the 15-day non-claim delay passes in 75 minutes.
DEMO_CLOCK_SPEED = 288.0

ENVIRONMENT_LABELS = {   # windows show them through translate("Environments", label)
    "demo": QT_TRANSLATE_NOOP("Environments", "Démo locale"),
    "sandbox": QT_TRANSLATE_NOOP("Environments", "Sandbox AR24"),
    "production": QT_TRANSLATE_NOOP("Environments", "Production AR24"),
    "custom": QT_TRANSLATE_NOOP("Environments", "Autre adresse"),
}


def start_demo_service() -> LocalAR24Service:
    """The « Démo locale » service of this data folder, started (its first start creates the demo
    account already granted: the demo agency is seeded linked to it, app/demo/sending_setup.py)."""
    from app.ar24.local_service import LocalAR24Service   # only demo mode pays for it

    return LocalAR24Service(ar24_service_dir(), clock_speed=DEMO_CLOCK_SPEED, demo_link="granted").start()


class AR24SetupError(AR24Error):
    """Something to set in the preferences before AR24 can be reached."""


class AR24Access:
    def __init__(self, settings: MachineSettings, secrets: SecretStore) -> None:
        self.settings = settings
        self.secrets = secrets
        self._lock = threading.Lock()
        self._service: LocalAR24Service | None = None
        self._client: AR24Client | None = None
        self._client_settings: ConnectionSettings | None = None

    @property
    def environment_label(self) -> Text:
        return ENVIRONMENT_LABELS[self.settings.ar24_environment]

    def local_service(self) -> LocalAR24Service:
        """The in-process local AR24 service (demo mode), started on first use."""
        with self._lock:
            if self._service is None:
                self._service = start_demo_service()
            return self._service

    def connection(self) -> ConnectionSettings:
        environment = self.settings.ar24_environment
        if environment == "demo":
            service = self.local_service()
            settings = ConnectionSettings(service.base_url, service.token, service.private_key)
        else:
            url = {"sandbox": SANDBOX_URL, "production": PRODUCTION_URL}.get(environment,
                                                                              self.settings.ar24_custom_url)
            settings = ConnectionSettings(url or "", self.secrets.get(ar24_token_key(environment)) or "",
                                          self.secrets.get(ar24_private_key_key(environment)) or "")
        settings = with_env_overrides(settings)
        if not (settings.base_url.strip("/") and settings.token and settings.private_key):
            raise AR24SetupError(message(QT_TRANSLATE_NOOP(
                "AR24Access", "La connexion « {environment} » n'est pas paramétrée : saisissez l'adresse, le jeton et "
                "la clé privée d'API fournis par AR24 dans Paramètres › Préférences et administration."),
                environment=self.environment_label))
        return settings

    def client(self) -> AR24Client:
        """One pooled client, rebuilt only when the connection settings change."""
        # httpx and cryptography are imported with the first client, not to open the first window
        from app.ar24.client import AR24Client

        settings = self.connection()
        with self._lock:
            if self._client is None or self._client_settings != settings:
                if self._client is not None:
                    self._client.close()
                self._client, self._client_settings = AR24Client(settings), settings
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
            if self._service is not None:
                self._service.stop()
                self._service = None


def linked_account_id(session: Session, login: str) -> int:
    """The AR24 id of the user's linked account, else an ``AR24SetupError`` saying what to do."""
    user = session.scalar(select(User).where(User.login == login))
    if user is None or user.ar24_link_state is not LinkState.LINKED or user.ar24_user_id is None:
        raise AR24SetupError(message(QT_TRANSLATE_NOOP(
            "AR24Access", "Le compte AR24 de l'utilisateur {login} n'est pas encore lié : ouvrez Paramètres › "
            "Préférences et administration › Utilisateurs, double-cliquez sur votre fiche puis « Autoriser le compte »."),
            login=login))
    return user.ar24_user_id
