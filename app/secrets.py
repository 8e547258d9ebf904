"""Secrets in the OS keyring: AR24 passwords, the API private key and token, OTP keys.

Never in the database, the settings file or a log line. Where the machine has no
keyring backend, secrets are kept in memory for this session only, and
``persistent`` says so, so the screens can tell the user clearly.
"""
from __future__ import annotations

import functools
import logging
import threading

from app import APP_SLUG
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NO_KEYRING_MESSAGE = QT_TRANSLATE_NOOP(
    "Secrets", "Aucun trousseau sécurisé n'est disponible sur ce poste : les mots de passe et clés saisis "
               "ne seront conservés que jusqu'à la fermeture de l'application.")


def ar24_password_key(login: str) -> str:
    return f"ar24-password:{login}"


def ar24_private_key_key(environment: str) -> str:
    return f"ar24-private-key:{environment}"


def ar24_token_key(environment: str) -> str:
    return f"ar24-token:{environment}"


def otp_key_key(sender_email: str) -> str:
    return f"otp-key:{sender_email.lower()}"


def db_password_key(url_without_password: str) -> str:
    return f"db-password:{url_without_password}"


class SecretStore:
    """get / set / delete by name, in the keyring when there is one, else in memory."""

    def __init__(self, service: str = APP_SLUG) -> None:
        self.service = service
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()

    # keyring and the search for its backend take 0.1-0.3 s: done at the first secret, not at start-up.
    @functools.cached_property
    def persistent(self) -> bool:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)

    def get(self, name: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        with self._lock:
            if name in self._memory:
                return self._memory[name]
        if not self.persistent:
            return None
        try:
            return keyring.get_password(self.service, name)
        except KeyringError as error:
            log.warning("keyring read failed for %s: %s", name, type(error).__name__)
            return None

    def set(self, name: str, value: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        if self.persistent:
            try:
                keyring.set_password(self.service, name, value)
                with self._lock:
                    self._memory.pop(name, None)
                return
            except KeyringError as error:
                log.warning("keyring write failed for %s (%s): kept for this session only",
                            name, type(error).__name__)
                self.persistent = False
        with self._lock:
            self._memory[name] = value

    def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        with self._lock:
            self._memory.pop(name, None)
        if self.persistent:
            try:
                keyring.delete_password(self.service, name)
            except PasswordDeleteError:
                pass
