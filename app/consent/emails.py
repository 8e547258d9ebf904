"""The syntax check of an e-mail address, explained in French: the tiers form checks it before
saving, and a consent request before AR24 is asked (app/consent/ar24_sync.py)."""
from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def email_error(email: str, label: str = "L'adresse e-mail") -> str | None:
    """None when the syntax is valid (no DNS look-up: agencies often work offline)."""
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as error:
        return f"{label} « {email} » n'est pas valide : {_french_reason(str(error))}"
    return None


def _french_reason(reason: str) -> str:
    """email-validator explains in English; the user reads French."""
    rules = [
        ("must have an @-sign", "il manque le @."),
        ("should have a period", "le nom de domaine est incomplet (par exemple « gmail.com » et non « gmail »)."),
        ("two periods in a row", "deux points se suivent."),
        ("something before the @-sign", "il manque la partie avant le @."),
        ("something after the @-sign", "il manque le nom de domaine après le @."),
        ("SPACE", "l'adresse contient une espace."),
        ("invalid characters", "l'adresse contient un caractère interdit."),
        ("hyphen", "un tiret est mal placé dans le nom de domaine."),
    ]
    return next((french for english, french in rules if english in reason), "vérifiez l'orthographe de l'adresse.")
