"""The OTP key of an eIDAS sender (AR24's paper letter): read it, check it, show its code.

The key is the base32 secret of an RFC 6238 TOTP (SHA-1, 6 digits, 30 s, as AR24's OTP web
page and Google Authenticator use it). It arrives typed by the user (upper-case letters and
digits, often in groups) or as the ``otpauth://`` URI of the letter's QR code.
"""
from __future__ import annotations

import base64
import binascii
import re
import time
from dataclasses import dataclass

import pyotp

from app.accounts.link import AccountInputError
from app.i18n import QT_TRANSLATE_NOOP

PERIOD = 30
DIGITS = 6
_SEPARATORS = re.compile(r"[\s\-_.]+")
_CODE = re.compile(r"[0-9]{6}")
NO_KEY = QT_TRANSLATE_NOOP("OtpKeys", "Saisissez la clé OTP indiquée sur le courrier d'AR24, ou sélectionnez le "
                           "courrier scanné.")
NOT_OTP_QR = QT_TRANSLATE_NOOP("OtpKeys", "Le QR code lu n'est pas un code OTP valide (ce n'est pas celui du courrier "
                               "d'AR24) : scannez la page du courrier qui porte le QR code, ou saisissez la clé à la "
                               "main.")
BAD_URI = QT_TRANSLATE_NOOP("OtpKeys", "Le QR code lu n'est pas un code OTP valide : saisissez la clé OTP du courrier "
                            "à la main.")
NOT_SIX_DIGITS = QT_TRANSLATE_NOOP("OtpKeys", "Le QR code lu ne décrit pas un code OTP à 6 chiffres renouvelé toutes "
                                   "les 30 secondes : vérifiez qu'il s'agit bien du courrier d'AR24.")
NOT_BASE32 = QT_TRANSLATE_NOOP("OtpKeys", "La clé OTP ne contient que des lettres majuscules de A à Z et des chiffres "
                               "de 2 à 7 : vérifiez la saisie (un 0 est sans doute un O, un 1 un I).")
TOO_SHORT = QT_TRANSLATE_NOOP("OtpKeys", "La clé OTP est trop courte : recopiez-la en entier depuis le courrier "
                              "d'AR24.")
BAD_CODE = QT_TRANSLATE_NOOP("OtpKeys", "Le code OTP comporte exactement 6 chiffres de 0 à 9 : retapez-le (sans "
                             "lettres ni chiffres d'un autre alphabet).")


@dataclass(frozen=True)
class CurrentCode:
    code: str
    seconds_left: int


def key_from_text(text: str) -> str:
    """The normalised base32 key from a typed key or an ``otpauth://`` URI."""
    text = text.strip()
    if not text:
        raise AccountInputError(NO_KEY)
    if text.lower().startswith("otpauth://"):
        return _key_from_uri(text)
    return _checked_key(text)


def key_from_qr_text(text: str) -> str:
    """The key from a QR code, which must be the ``otpauth://`` code of AR24's letter."""
    if not text.strip().lower().startswith("otpauth://"):
        raise AccountInputError(NOT_OTP_QR)
    return _key_from_uri(text.strip())


def _key_from_uri(uri: str) -> str:
    try:
        otp = pyotp.parse_uri(uri)
    except ValueError:
        raise AccountInputError(BAD_URI) from None
    if not isinstance(otp, pyotp.TOTP) or otp.digits != DIGITS or otp.interval != PERIOD:
        raise AccountInputError(NOT_SIX_DIGITS)
    return _checked_key(otp.secret)


def _checked_key(raw: str) -> str:
    key = _SEPARATORS.sub("", raw).upper()
    try:
        decoded = base64.b32decode(key + "=" * (-len(key) % 8))
    except (binascii.Error, ValueError):
        raise AccountInputError(NOT_BASE32) from None
    if len(decoded) < 10:
        raise AccountInputError(TOO_SHORT)
    return key


def checked_otp_code(text: str) -> str:
    """The 6-digit code the user typed (spaces removed), in ASCII digits only: ``\\d`` would take
    Arabic-Indic (١٢٣٤٥٦) or full-width (１２３４５６) digits, which AR24 refuses."""
    code = "".join(text.split())
    if not _CODE.fullmatch(code):
        raise AccountInputError(BAD_CODE)
    return code


def current_code(key: str, now: float | None = None) -> CurrentCode:
    """The 6-digit code shown now, and the seconds before the next one (AR24's OTP page)."""
    now = time.time() if now is None else now
    return CurrentCode(pyotp.TOTP(key, digits=DIGITS, interval=PERIOD).at(now),
                       PERIOD - int(now) % PERIOD)
