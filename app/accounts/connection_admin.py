"""Administration of this workstation's AR24 connection: the environment (settings file) and
the partner token and private key (keyring only — never the settings file or the database)."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from app.accounts.link import AccountInputError
from app.ar24.connection import PRODUCTION_URL, SANDBOX_URL
from app.ar24_access import ENVIRONMENT_LABELS
from app.i18n import QT_TRANSLATE_NOOP, message
from app.machine_settings import ENVIRONMENTS, MachineSettings
from app.secrets import SecretStore, ar24_private_key_key, ar24_token_key

FIXED_URLS = {"sandbox": SANDBOX_URL, "production": PRODUCTION_URL}
MISSING_TOKEN = QT_TRANSLATE_NOOP("ConnectionAdmin", "Saisissez le jeton d'API fourni par AR24 pour l'environnement "
                                                     "« {environment} ».")
MISSING_PRIVATE_KEY = QT_TRANSLATE_NOOP("ConnectionAdmin", "Saisissez la clé privée d'API fournie par AR24 pour "
                                                           "l'environnement « {environment} ».")


@dataclass(frozen=True)
class ConnectionForm:
    """What the administration frame shows and sends back. Empty secrets mean "unchanged"."""

    environment: str
    custom_url: str = ""
    token: str = ""
    private_key: str = ""


@dataclass(frozen=True)
class ConnectionView:
    environment: str
    url: str
    has_token: bool
    has_private_key: bool

    @property
    def local_demo(self) -> bool:
        """The built-in local AR24 service: no address to type, no credentials, no fees."""
        return self.environment == "demo"

    @property
    def needs_credentials(self) -> bool:
        return not self.local_demo

    @property
    def url_editable(self) -> bool:
        """Only « Autre adresse » is typed; the others are AR24's own addresses."""
        return self.environment == "custom"


def connection_view(settings: MachineSettings, secrets: SecretStore, environment: str | None = None) -> ConnectionView:
    environment = environment or settings.ar24_environment
    url = FIXED_URLS.get(environment, settings.ar24_custom_url if environment == "custom" else "")
    return ConnectionView(environment, url, bool(secrets.get(ar24_token_key(environment))),
                          bool(secrets.get(ar24_private_key_key(environment))))


def checked_custom_url(url: str) -> str:
    url = url.strip()
    if any(ord(char) < 32 or ord(char) == 127 or char.isspace() for char in url):
        # A line break or a tab pasted with the address would be saved, then fail at each call.
        raise AccountInputError(QT_TRANSLATE_NOOP(
            "ConnectionAdmin", "L'adresse de l'API AR24 contient un espace, un saut de ligne ou un caractère invisible : "
            "retapez-la sur une seule ligne (par exemple https://app.ar24.fr/api/)."))
    try:
        parts = urlsplit(url)
        port = parts.port            # raises on a port that is not a number
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
        raise AccountInputError(QT_TRANSLATE_NOOP(
            "ConnectionAdmin", "L'adresse de l'API AR24 doit commencer par https:// (par exemple "
            "https://app.ar24.fr/api/) : corrigez-la."))
    if parts.username or parts.password:
        # The settings file is not a place for a password, even inside a URL.
        raise AccountInputError(QT_TRANSLATE_NOOP(
            "ConnectionAdmin", "L'adresse de l'API ne doit contenir ni identifiant ni mot de passe : retirez la partie "
            "« nom:mot_de_passe@ »."))
    return url if url.endswith("/") else url + "/"


def save_connection(settings: MachineSettings, secrets: SecretStore, form: ConnectionForm) -> bool:
    """Store the form; returns True when the environment or its address changed (every link
    must then be checked again against the new AR24)."""
    if form.environment not in ENVIRONMENTS:
        raise AccountInputError(message(QT_TRANSLATE_NOOP("ConnectionAdmin", "Environnement AR24 inconnu : {environment}."),
                                        environment=form.environment))
    label = ENVIRONMENT_LABELS[form.environment]
    custom_url = checked_custom_url(form.custom_url) if form.environment == "custom" else settings.ar24_custom_url
    if form.environment != "demo":
        given = {ar24_token_key: form.token.strip(), ar24_private_key_key: form.private_key.strip()}
        for key, missing in ((ar24_token_key, MISSING_TOKEN), (ar24_private_key_key, MISSING_PRIVATE_KEY)):
            if not given[key] and not secrets.get(key(form.environment)):
                raise AccountInputError(message(missing, environment=label))
        for key, value in given.items():
            if value:
                secrets.set(key(form.environment), value)
    changed = (form.environment, custom_url) != (settings.ar24_environment, settings.ar24_custom_url)
    settings.ar24_environment, settings.ar24_custom_url = form.environment, custom_url
    settings.save()
    return changed
