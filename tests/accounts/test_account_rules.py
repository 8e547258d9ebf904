"""The rules behind the preference screens, without a window."""
from __future__ import annotations

import pyotp
import pytest

from app.accounts.connection_admin import ConnectionForm, connection_view, save_connection
from app.accounts.link import AccountInputError
from app.accounts.otp_keys import current_code, key_from_qr_text, key_from_text
from app.machine_settings import MachineSettings
from app.secrets import SecretStore, ar24_private_key_key, ar24_token_key


def test_typed_keys_are_normalised_and_checked():
    secret = pyotp.random_base32()
    grouped = " ".join(secret[i:i + 4] for i in range(0, len(secret), 4)).lower()
    assert key_from_text(grouped) == secret
    assert key_from_text(f"otpauth://totp/AR24:a%40b.fr?secret={secret}&issuer=AR24") == secret
    for wrong, words in (("", "Saisissez la clé OTP"), ("ABC1", "un 1 un I"), ("ABCDEFGH", "trop courte")):
        with pytest.raises(AccountInputError, match=words):
            key_from_text(wrong)
    with pytest.raises(AccountInputError, match="6 chiffres"):
        key_from_qr_text(f"otpauth://totp/x?secret={secret}&digits=8")
    with pytest.raises(AccountInputError, match="pas un code OTP valide"):
        key_from_qr_text("https://www.ar24.fr/")


def test_current_code_matches_an_authenticator_app_and_counts_down():
    secret = pyotp.random_base32()
    code = current_code(secret, now=1_700_000_005)
    assert code.code == pyotp.TOTP(secret).at(1_700_000_005) and code.seconds_left == 30 - 1_700_000_005 % 30


def test_connection_secrets_go_to_the_keyring_never_to_the_settings_file():
    settings, secrets = MachineSettings(), SecretStore()
    with pytest.raises(AccountInputError, match="jeton d'API fourni par AR24"):
        save_connection(settings, secrets, ConnectionForm("sandbox", private_key="pk"))
    assert secrets.get(ar24_private_key_key("sandbox")) is None, "nothing half-saved after a refusal"
    assert save_connection(settings, secrets, ConnectionForm("sandbox", token="TOKEN-123", private_key="PK-456"))
    assert (secrets.get(ar24_token_key("sandbox")), secrets.get(ar24_private_key_key("sandbox"))) == ("TOKEN-123", "PK-456")
    text = MachineSettings.path().read_text(encoding="utf-8")
    assert "sandbox" in text and "TOKEN-123" not in text and "PK-456" not in text
    # Empty fields keep the stored secrets; the environment is unchanged.
    assert not save_connection(settings, secrets, ConnectionForm("sandbox"))
    view = connection_view(settings, secrets)
    assert view.has_token and view.has_private_key and view.url == "https://sandbox.ar24.fr/api/"


@pytest.mark.parametrize("url, words", [("ftp://ar24.fr/api", "https://"),
                                        ("https://moi:secret@ar24.example/api/", "ni identifiant ni mot de passe"),
                                        ("https://app.ar24.fr/api/\r\nX-Injection: 1", "saut de ligne"),
                                        ("https://app.ar24.fr/\x00api/", "caractère invisible"),
                                        ("https://app ar24.fr/api/", "un espace"),
                                        ("https://app.ar24.fr:http/api/", "https://"),
                                        ("https:///api/", "https://")])
def test_other_addresses_are_checked(url, words):
    with pytest.raises(AccountInputError, match=words):
        save_connection(MachineSettings(), SecretStore(), ConnectionForm("custom", url, "t", "k"))


def test_a_mistyped_otp_code_is_refused_in_the_language_of_the_command_line(capsys):
    from tests.cli.support import run_cli

    english = run_cli(capsys, "validate", "--sender", "demo@agence-exemple.fr", "--otp", "12", "--lang", "en")
    assert english.code == 2
    assert "The OTP code has exactly 6 digits from 0 to 9" in english.err and "chiffres" not in english.err
    french = run_cli(capsys, "validate", "--sender", "demo@agence-exemple.fr", "--otp", "12")
    assert "Le code OTP comporte exactement 6 chiffres" in french.err
