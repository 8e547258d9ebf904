"""The syntax check of an e-mail address, explained to the user (sentences marked for
translation): the tiers form checks it before saving, a tiers import row, and a consent request
before AR24 is asked (app/consent/ar24_sync.py)."""
from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message

EMAIL_INVALID = QT_TRANSLATE_NOOP("EmailCheck", "L'adresse e-mail « {email} » n'est pas valide : {reason}")
CONSENT_EMAIL_INVALID = QT_TRANSLATE_NOOP("EmailCheck", "L'email de consentement « {email} » n'est pas valide : {reason}")
# email-validator explains in English, in its own words: what each of its explanations means for the user.
_REASONS = (
    ("must have an @-sign", QT_TRANSLATE_NOOP("EmailCheck", "il manque le @.")),
    ("should have a period", QT_TRANSLATE_NOOP(
        "EmailCheck", "le nom de domaine est incomplet (par exemple « gmail.com » et non « gmail »).")),
    ("two periods in a row", QT_TRANSLATE_NOOP("EmailCheck", "deux points se suivent.")),
    ("something before the @-sign", QT_TRANSLATE_NOOP("EmailCheck", "il manque la partie avant le @.")),
    ("something after the @-sign", QT_TRANSLATE_NOOP("EmailCheck", "il manque le nom de domaine après le @.")),
    ("SPACE", QT_TRANSLATE_NOOP("EmailCheck", "l'adresse contient une espace.")),
    ("invalid characters", QT_TRANSLATE_NOOP("EmailCheck", "l'adresse contient un caractère interdit.")),
    ("hyphen", QT_TRANSLATE_NOOP("EmailCheck", "un tiret est mal placé dans le nom de domaine.")),
)
_OTHER_REASON = QT_TRANSLATE_NOOP("EmailCheck", "vérifiez l'orthographe de l'adresse.")


def email_problem(email: str) -> Text | None:
    """None when the syntax is valid (no DNS look-up: agencies often work offline), else what is wrong."""
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as error:
        return next((reason for english, reason in _REASONS if english in str(error)), _OTHER_REASON)
    return None


def email_error(email: str, template: Text = EMAIL_INVALID) -> Message | None:
    """The sentence naming the address and what is wrong with it; None when it is valid."""
    reason = email_problem(email)
    return None if reason is None else message(template, email=email, reason=reason)
