"""PROVISIONAL AR24 endpoints — every shape in this module is a GUESS (spec §4.16–§4.19, §9
"Invented parts"), to be corrected against AR24's Postman collection.

No public source shows these routes, parameters or answers. They are gathered here, and
mirrored in ``app.ar24.local_service.provisional``, so that correcting them touches one place
on each end:

* ``GET consent`` / ``POST consent`` — recipient consents (address-book consent manager);
* ``GET user/payment`` — the payment methods whose slug feeds ``payment_slug``;
* ``POST mail/valid`` — OTP validation of mails parked in ``to_valid``;
* ``POST paper`` — paper registered letter with print options (``color``, ``duplex``);
* ``POST notice`` — electronic notice for syndics (LRE simplifiée, decree 2020-834): our own
  route, so that the confirmed ``POST mail`` stays untouched;
* ``POST user/identity`` — order the postal letter carrying the sender's eIDAS OTP key
  (route SINGLE [S12], answer shape GUESS).

Whether an account has each of them is detected, never assumed (app/ar24/features.py): where
one is missing the app offers its manual path (app/services/ar24_features.py).
"""
from __future__ import annotations

import base64
import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from app.ar24.models import Mail, MailRequest, from_api, php_array
from app.ar24.shapes import expect_id, expect_object, expect_objects


class _SignedCalls(Protocol):
    def _get(self, path: str, params: dict[str, str]) -> Any: ...

    def _post(self, path: str, form: dict[str, str]) -> Any: ...


@dataclass(frozen=True)
class Consent:
    """A recipient's consent to receive LRE (status ``waiting``, ``accepted`` or ``refused``)."""

    id: int | None = None
    email: str = ""
    firstname: str = ""
    lastname: str = ""
    company: str = ""
    statut: str = ""
    status: str = ""
    date: datetime | None = None
    proof_url: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Consent:
        return from_api(cls, data)


@dataclass(frozen=True)
class PaymentMethod:
    slug: str = ""
    type: str = ""
    label: str = ""
    default: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> PaymentMethod:
        return from_api(cls, data)


@dataclass(frozen=True)
class PaperLetterRequest:
    """A paper registered letter: postal address of the recipient, print options, PDFs."""

    id_user: int
    to_address1: str
    to_zipcode: str
    to_city: str
    attachments: tuple[int, ...]
    dest_statut: str = "particulier"
    to_firstname: str = ""
    to_lastname: str = ""
    to_company: str = ""
    to_address2: str = ""
    to_country: str = "FR"
    color: bool = False
    duplex: bool = False
    ref_dossier: str = ""
    ref_client: str = ""
    ref_facturation: str = ""
    payment_slug: str = ""

    def form(self) -> dict[str, str]:
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        attachments = values.pop("attachments")
        values["color"] = int(values["color"])
        values["duplex"] = int(values["duplex"])
        form = {name: str(value) for name, value in values.items() if value != ""}
        return form | php_array("attachment", attachments)


class ProvisionalEndpoints:
    """Mixed into ``AR24Client``: the guessed endpoints, over the same signed calls."""

    def list_consents(self: _SignedCalls, id_user: int, *, limit: int = 1000, start: int = 0) -> list[Consent]:
        result = self._get("consent", {"id_user": str(id_user), "max": str(limit), "start": str(start)})
        return [Consent.from_api(item) for item in expect_objects(expect_object(result, "consent").get("consents"),
                                                                  "consent")]

    def request_consent(
        self: _SignedCalls,
        id_user: int,
        email: str,
        *,
        statut: str = "particulier",
        firstname: str = "",
        lastname: str = "",
        company: str = "",
    ) -> Consent:
        """Ask AR24 to collect the recipient's consent (AR24 bills it, spec §4.16)."""
        form = {"id_user": str(id_user), "email": email, "statut": statut}
        form |= {k: v for k, v in {"firstname": firstname, "lastname": lastname, "company": company}.items() if v}
        return Consent.from_api(expect_object(self._post("consent", form), "consent"))

    def list_payment_methods(self: _SignedCalls, id_user: int) -> list[PaymentMethod]:
        result = self._get("user/payment", {"id_user": str(id_user)})
        return [PaymentMethod.from_api(item) for item in expect_objects(
            expect_object(result, "user/payment").get("payments"), "user/payment")]

    def validate_mails(
        self: _SignedCalls, id_user: int, mail_ids: Sequence[int], *, otp: str = "", auth_otp_hash: str = ""
    ) -> list[Mail]:
        """Validate ``to_valid`` mails with one identification (OTP code or session hash)."""
        form = {"id_user": str(id_user)} | php_array("id", mail_ids)
        form |= {"otp": otp} if otp else {"auth_otp_hash": auth_otp_hash}
        return [Mail.from_api(expect_id(item, "id", "mail/valid"))
                for item in expect_objects(self._post("mail/valid", form), "mail/valid")]

    def send_paper_letter(self: _SignedCalls, request: PaperLetterRequest) -> Mail:
        return Mail.from_api(expect_id(expect_object(self._post("paper", request.form()), "paper"), "id", "paper"))

    def send_syndic_notice(self: _SignedCalls, request: MailRequest) -> Mail:
        """Electronic notice for co-ownership syndics: a simple (non-eIDAS) LRE."""
        form = dataclasses.replace(request, eidas=False, otp="", auth_otp_hash="").form()
        return Mail.from_api(expect_id(expect_object(self._post("notice", form), "notice"), "id", "notice"))

    def order_identity(self: _SignedCalls, id_user: int, address: dict[str, str] | None = None) -> dict[str, Any]:
        """Order the postal letter with the sender's eIDAS OTP key (paid, delivered by post to
        ``address``: firstname, lastname, company, address1, address2, zipcode, city, country)."""
        form = {"id_user": str(id_user)} | {k: v for k, v in (address or {}).items() if v}
        result = self._post("user/identity", form)
        return result if isinstance(result, dict) else {}


# -- The consent page link (letter variable «AR24_LienConsentement») — GUESS -----------------
# AR24's consent-manager page address is not public. Ours carries the sender's account id and
# the recipient, so that one link per recipient lets him give or withdraw his consent there.
CONSENT_PAGE_PATH = "consentement/"


def consent_page_token(id_user: int, email: str, firstname: str = "", lastname: str = "", company: str = "") -> str:
    payload = {"u": id_user, "e": email.strip(), "f": firstname, "l": lastname, "c": company}
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def read_consent_page_token(token: str) -> dict[str, Any] | None:
    """The fields of a consent-page token, or None when it is not one of ours."""
    try:
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        return payload if isinstance(payload.get("u"), int) and payload.get("e") else None
    except (ValueError, AttributeError):
        return None
