"""Where and how to reach AR24: base URL, partner credentials, timeout."""
from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass

PRODUCTION_URL = "https://app.ar24.fr/api/"
SANDBOX_URL = "https://sandbox.ar24.fr/api/"
DEFAULT_TIMEOUT = 60.0  # AR24 asks clients to align on its own 60 s timeout (spec §1)

ENV_OVERRIDES = {
    "AR24_BASE_URL": "base_url",
    "AR24_TOKEN": "token",
    "AR24_PRIVATE_KEY": "private_key",
}


@dataclass(frozen=True)
class ConnectionSettings:
    base_url: str
    token: str
    private_key: str
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        # Endpoints are joined relative to the base, so it must end with a slash.
        if not self.base_url.endswith("/"):
            object.__setattr__(self, "base_url", self.base_url + "/")

    def __repr__(self) -> str:  # never show the secrets in logs or tracebacks
        return f"ConnectionSettings(base_url={self.base_url!r}, timeout={self.timeout})"


def env_settings(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``AR24_*`` variables that are set and not empty, by settings field name."""
    environ = os.environ if environ is None else environ
    return {field: environ[name] for name, field in ENV_OVERRIDES.items() if environ.get(name)}


def with_env_overrides(settings: ConnectionSettings, environ: Mapping[str, str] | None = None) -> ConnectionSettings:
    """``AR24_BASE_URL``, ``AR24_TOKEN`` and ``AR24_PRIVATE_KEY``, when set, win over the
    given settings (scheduled tasks, CI, support sessions)."""
    overrides = env_settings(environ)
    return dataclasses.replace(settings, base_url=overrides.get("base_url", settings.base_url),
                               token=overrides.get("token", settings.token),
                               private_key=overrides.get("private_key", settings.private_key))
