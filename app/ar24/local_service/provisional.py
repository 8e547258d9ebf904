"""PROVISIONAL endpoints of the local service — every shape here is a GUESS (spec §9
"Invented parts"), mirrored by ``app.ar24.provisional`` on the client side; correct both
against AR24's Postman collection.

* ``GET consent`` (``id_user``, ``max``, ``start``) → ``{"consents": [Consent…]}``;
  ``POST consent`` (``id_user``, ``email``, ``firstname``, ``lastname``, ``company``,
  ``statut``) → the Consent, ``waiting``. The simulated recipient answers one hour (service
  time) later: ``refused`` when the local part contains "refus", else ``accepted``; the
  control plane can answer at once.
* ``GET user/payment`` (``id_user``) → ``{"payments": [{slug, type, label, default}…]}``.
* ``POST mail/valid`` (``id_user``, ``id[n]`` or ``id``, ``otp`` | ``auth_otp_hash``) → the
  list of those Mails; ``to_valid`` ones become ``waiting``, others are returned unchanged (so
  a repeated validation is harmless).
* ``POST paper`` (``id_user``, names, ``dest_statut``, ``to_address1``, ``to_address2``,
  ``to_zipcode``, ``to_city``, ``to_country``, ``color`` 0/1, ``duplex`` 0/1,
  ``attachment[n]``, references, ``payment_slug``) → a Mail of type ``paper``.
* ``POST notice`` (the fields of a simple ``POST mail``) → a Mail of type ``syndic_notice``.
* ``POST user/identity`` (``id_user``, optional postal address ``firstname``, ``lastname``,
  ``company``, ``address1``, ``address2``, ``zipcode``, ``city``, ``country``) →
  ``{"status": "ordered", "date": …}``. AR24 creates the OTP key it posts to the sender: an
  account without one gets it now (the demo prints the letter from it).
"""
from __future__ import annotations

import secrets
import sqlite3
from typing import Any

import pyotp

from app.ar24.dates import format_paris
from app.ar24.local_service import accounts, lifecycle, mails
from app.ar24.local_service.api import paging
from app.ar24.local_service.protocol import ApiFailure, flag_param, php_list
from app.ar24.local_service.routes import ApiRequest, Route, RouteTable

CONSENT_ANSWER_AFTER = 3600.0
CONSENT_STATUSES = ("waiting", "accepted", "refused")
POSTAL_FIELDS = {"to_address1": "missing_address", "to_zipcode": "missing_zipcode", "to_city": "missing_city"}


def consent_json(row: sqlite3.Row, root_url: str) -> dict[str, Any]:
    proof = f"{root_url}get/consent/{row['id']}?token={row['token']}" if row["status"] == "accepted" else None
    return {
        **{key: row[key] for key in ("id", "email", "firstname", "lastname", "company", "statut", "status")},
        "date": format_paris(row["decided"] if row["decided"] is not None else row["created"]),
        "proof_url": proof,
    }


def answer_consents(conn: sqlite3.Connection, now: float) -> None:
    """Simulated recipients answer the consent requests that are an hour old."""
    conn.execute(
        "UPDATE consents SET status = outcome, decided = created + ? WHERE status = 'waiting' AND created <= ?",
        (CONSENT_ANSWER_AFTER, now - CONSENT_ANSWER_AFTER),
    )


def list_consents(request: ApiRequest) -> dict[str, Any]:
    limit, start, order = paging(request, default_limit=1000)
    with request.state.store.transaction() as conn:
        user = accounts.sender(conn, request.params)
        rows = conn.execute(
            f"SELECT * FROM consents WHERE id_user = ? ORDER BY id {order} LIMIT ? OFFSET ?", (user["id"], limit, start)
        ).fetchall()
    return {"consents": [consent_json(row, request.state.root_url) for row in rows]}


def request_consent(request: ApiRequest) -> dict[str, Any]:
    params = request.params
    email = params.get("email", "").strip()
    if not email:
        raise ApiFailure("missing_email")
    if not mails.EMAIL_SHAPE.match(email):
        raise ApiFailure("invalid_email")
    names = {key: params.get(key, "").strip() for key in ("firstname", "lastname", "company")}
    outcome = "refused" if "refus" in email.rpartition("@")[0].lower() else "accepted"
    with request.state.store.transaction() as conn:
        user = accounts.sender(conn, params)
        cursor = conn.execute(
            "INSERT INTO consents (id_user, email, firstname, lastname, company, statut, status, outcome, created, token)"
            " VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)",
            (user["id"], email, names["firstname"], names["lastname"], names["company"],
             params.get("statut", "particulier").strip() or "particulier", outcome, request.now, secrets.token_urlsafe(12)),
        )
        row = conn.execute("SELECT * FROM consents WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return consent_json(row, request.state.root_url)


def list_payments(request: ApiRequest) -> dict[str, Any]:
    with request.state.store.transaction() as conn:
        return {"payments": accounts.payments_of(accounts.sender(conn, request.params))}


def validate_mails(request: ApiRequest) -> list[dict[str, Any]]:
    params = request.params
    ids = [value.strip() for value in php_list(params, "id") or [params.get("id", "")] if value.strip()]
    if not ids:
        raise ApiFailure("missing_erm_id")
    with request.state.store.transaction() as conn:
        user = accounts.sender(conn, params)
        if not mails.identify_sender(conn, user, params, request.now):
            raise ApiFailure("authentication_otp_invalid")
        rows = [conn.execute("SELECT id, id_user, status FROM mails WHERE id = ?", (mail_id,)).fetchone() for mail_id in ids]
        if any(row is None or row["id_user"] != user["id"] for row in rows):
            raise ApiFailure("missing_erm_id")
        for row in rows:
            if row["status"] == "to_valid":
                mails.deposit(conn, row["id"], request.now)
        return [mails.mail_json(conn, row["id"], request.state.root_url) for row in rows]


def send_paper(request: ApiRequest) -> dict[str, Any]:
    params, state = request.params, request.state
    postal = {key: params.get(key, "").strip() for key in (*POSTAL_FIELDS, "to_address2")}
    for key, slug in POSTAL_FIELDS.items():
        if not postal[key]:
            raise ApiFailure(slug)
    attachment_ids = php_list(params, "attachment")
    if not attachment_ids:
        raise ApiFailure("error_no_content_no_attachment")  # paper prints PDFs only
    with state.store.transaction() as conn:
        user = accounts.sender(conn, params)
        payment_slug = mails.check_sender_ready(user, params)
        recipient = mails.recipient_fields(params)
        _, files = mails.content_and_attachments(conn, params, attachment_ids, user["id"], state.config)
        options = {
            "to_country": params.get("to_country", "").strip() or "FR",
            "color": int(flag_param(params, "color")),
            "duplex": int(flag_param(params, "duplex")),
            "payment_slug": payment_slug,
        }
        mail_id = mails.insert_mail(
            conn, request.now, user, params,
            mail_type="paper", fields=recipient | postal | options, content="", attachment_rows=files,
            eidas=False, status="waiting",
            outcome=lifecycle.planned_outcome(" ".join([*recipient.values(), postal["to_address1"]])),
        )
        return mails.mail_json(conn, mail_id, state.root_url)


def send_notice(request: ApiRequest) -> dict[str, Any]:
    return mails.create_electronic(request, mail_type="syndic_notice", eidas=False)


def order_identity(request: ApiRequest) -> dict[str, Any]:
    with request.state.store.transaction() as conn:
        user = accounts.sender(conn, request.params)
        conn.execute("UPDATE users SET identity_ordered = ?, otp_secret = COALESCE(otp_secret, ?) WHERE id = ?",
                     (request.now, pyotp.random_base32(), user["id"]))
    return {"status": "ordered", "date": format_paris(request.now)}


def set_consent(conn: sqlite3.Connection, consent_id: int, status: str, now: float) -> bool:
    """Control plane: the recipient answers a consent request now."""
    if status not in CONSENT_STATUSES:
        raise ValueError(f"status must be one of {CONSENT_STATUSES}")
    cursor = conn.execute("UPDATE consents SET status = ?, decided = ? WHERE id = ?", (status, now, consent_id))
    return cursor.rowcount > 0


def consent_by_token(conn: sqlite3.Connection, consent_id: int, token: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM consents WHERE id = ? AND token = ?", (consent_id, token)).fetchone()
    return consent_json(row, "") if row is not None and row["status"] == "accepted" else None


# The routes no public source shows at all (spec decision 9): what ``confirmed_only`` answers
# as unknown. ``user/identity`` is documented by AR24's knowledge base (S12): it stays.
GUESS_ROUTES = frozenset({("GET", "consent"), ("POST", "consent"), ("GET", "user/payment"), ("POST", "mail/valid"),
                          ("POST", "paper"), ("POST", "notice")})

ROUTES: RouteTable = {
    ("GET", "consent"): Route(list_consents),
    ("POST", "consent"): Route(request_consent),
    ("GET", "user/payment"): Route(list_payments),
    ("POST", "mail/valid"): Route(validate_mails),
    ("POST", "paper"): Route(send_paper, creates_mail=True),
    ("POST", "notice"): Route(send_notice, creates_mail=True),
    ("POST", "user/identity"): Route(order_identity),
}
