"""The 6-digit code of a sender, generated from the OTP key stored in the keyring (seed 000:
"Une fois la clé enregistrée, le code de chaque LRE est généré automatiquement")."""
from __future__ import annotations

import pyotp

from app.secrets import SecretStore, otp_key_key


def has_stored_key(secrets: SecretStore, sender_email: str) -> bool:
    return bool(secrets.get(otp_key_key(sender_email)))


def current_code(secrets: SecretStore, sender_email: str) -> str:
    """TOTP of RFC 6238 (SHA-1, 6 digits, 30 s), as AR24's paper key and otp-client.ar24.fr."""
    key = secrets.get(otp_key_key(sender_email))
    if not key:
        raise LookupError(f"Aucune clé OTP n'est enregistrée pour l'expéditeur {sender_email} : saisissez-la dans "
                          "Préférences › Gérer les expéditeurs, ou tapez le code de votre application.")
    return pyotp.TOTP(key.replace(" ", "").upper()).now()
