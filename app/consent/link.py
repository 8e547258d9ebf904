"""The letter variable «AR24_LienConsentement»: per recipient, the page of AR24 where he gives
or withdraws his consent to receive registered e-mails.

The page's address is a GUESS (spec ar24-api.md §4.16): the AR24 web site of the environment
in use (production, sandbox, or the local service in demo) + ``consentement/<token>``.
"""
from __future__ import annotations

from app.ar24.provisional import CONSENT_PAGE_PATH, consent_page_token


def consent_link(api_base_url: str, id_user: int, email: str, firstname: str = "", lastname: str = "",
                 company: str = "") -> str:
    """``api_base_url`` is the client's (".../api/"); the page lives on the same site."""
    site = api_base_url.rstrip("/").removesuffix("/api") + "/"
    return site + CONSENT_PAGE_PATH + consent_page_token(id_user, email, firstname, lastname, company)
