"""The 6-digit code of a sender, generated from the OTP key stored in the keyring (seed 000:
"Une fois la clé enregistrée, le code de chaque LRE est généré automatiquement")."""
from __future__ import annotations

from app.accounts import otp_keys
from app.i18n import QT_TRANSLATE_NOOP, message
from app.secrets import SecretStore, otp_key_key


def has_stored_key(secrets: SecretStore, sender_email: str) -> bool:
    return bool(secrets.get(otp_key_key(sender_email)))


NO_KEY = QT_TRANSLATE_NOOP("OtpValidation", "Aucune clé OTP n'est enregistrée pour l'expéditeur {sender} : saisissez-la "
                           "dans Préférences › Gérer les expéditeurs, ou tapez le code de votre application.")


def current_code(secrets: SecretStore, sender_email: str) -> str:
    """The sender's code now, computed like the senders screen shows it (app.accounts.otp_keys)."""
    key = secrets.get(otp_key_key(sender_email))
    if not key:
        raise LookupError(message(NO_KEY, sender=sender_email))
    return otp_keys.current_code(key.replace(" ", "").upper()).code
