"""Connection settings and environment overrides."""
from __future__ import annotations

from app.ar24.connection import PRODUCTION_URL, SANDBOX_URL, ConnectionSettings, with_env_overrides


def test_known_urls() -> None:
    assert PRODUCTION_URL == "https://app.ar24.fr/api/"
    assert SANDBOX_URL == "https://sandbox.ar24.fr/api/"


def test_env_overrides_win_and_empty_ones_are_ignored() -> None:
    base = ConnectionSettings(SANDBOX_URL, "tok", "key", timeout=30)
    env = {"AR24_BASE_URL": "http://127.0.0.1:9/api", "AR24_TOKEN": "", "AR24_PRIVATE_KEY": "other"}
    result = with_env_overrides(base, env)
    assert (result.base_url, result.token, result.private_key, result.timeout) == ("http://127.0.0.1:9/api/", "tok", "other", 30)
    assert with_env_overrides(base, {}) == base


def test_defaults_and_secrets_hidden_from_repr() -> None:
    settings = ConnectionSettings(PRODUCTION_URL, "secret-token", "secret-key")
    assert settings.timeout == 60.0
    assert "secret" not in repr(settings)
