"""Sender accounts of the local service and the link between each account and our API token
(``none`` → ``pending`` after ``user/request_access`` → ``granted`` or ``denied``)."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from werkzeug.datastructures import MultiDict

from app.ar24.dates import format_paris
from app.ar24.demo_account import DEMO_EMAIL as DEMO_EMAIL
from app.ar24.demo_account import DEMO_PROFILE as DEMO_PROFILE
from app.ar24.local_service.protocol import ApiFailure, int_param

LINK_STATES = ("none", "pending", "granted", "denied")

DEMO_PAYMENTS = [
    {"slug": "stripe-47146", "type": "stripe", "label": "TEST (****3640 - 6/2023)", "default": True},
    {"slug": "gocardless-18178", "type": "gocardless", "label": "test prelevement (****42 - BANQUE KOLB)", "default": False},
]

PROFILE_DEFAULTS = {
    "firstname": "", "lastname": "", "gender": "", "statut": "professionnel", "company": "",
    "company_siret": "", "company_tva": "", "company_activity": "", "address1": "", "address2": "",
    "zipcode": "", "city": "", "country": "FR", "c_phone": "", "c_mobile": "", "custom_ref": "",
    "confirmed": 1, "cgu": 1,
}


def add_user(
    conn: sqlite3.Connection,
    now: float,
    email: str,
    *,
    profile: dict[str, Any],
    otp_secret: str | None,
    payments: list[dict[str, Any]],
    link: str = "none",
    id_user: int | None = None,
) -> int:
    if link not in LINK_STATES:
        raise ValueError(f"link must be one of {LINK_STATES}")
    cursor = conn.execute(
        "INSERT INTO users (id, email, profile, otp_secret, payments, link, link_changed, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (id_user, email, json.dumps(PROFILE_DEFAULTS | profile), otp_secret, json.dumps(payments), link, now, now),
    )
    return int(cursor.lastrowid or 0)


def find_user(conn: sqlite3.Connection, *, email: str | None = None, id_user: int | None = None) -> sqlite3.Row | None:
    row: sqlite3.Row | None
    if email is not None:
        row = conn.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchone()
    else:
        row = conn.execute("SELECT * FROM users WHERE id = ?", (id_user,)).fetchone()
    return row


def linked(row: sqlite3.Row | None) -> sqlite3.Row:
    """The account, if it exists and has authorised our token; otherwise AR24's error."""
    if row is None:
        raise ApiFailure("user_not_exist")
    if row["link"] != "granted":
        raise ApiFailure("user_unavailable")
    return row


def sender(conn: sqlite3.Connection, params: MultiDict[str, str]) -> sqlite3.Row:
    """The linked account named by ``id_user`` (endpoints acting for a sender)."""
    return linked(find_user(conn, id_user=int_param(params, "id_user", "missing_user_id")))


def set_link(conn: sqlite3.Connection, id_user: int, state: str, now: float) -> bool:
    if state not in LINK_STATES:
        raise ValueError(f"link must be one of {LINK_STATES}")
    cursor = conn.execute("UPDATE users SET link = ?, link_changed = ? WHERE id = ?", (state, now, id_user))
    return cursor.rowcount > 0


def auto_grant(conn: sqlite3.Connection, now: float, after: float | None) -> None:
    """Demo convenience: the account holder "clicks the e-mailed link" ``after`` seconds later."""
    if after is not None:
        conn.execute(
            "UPDATE users SET link = 'granted', link_changed = ? WHERE link = 'pending' AND link_changed <= ?",
            (now, now - after),
        )


def payments_of(row: sqlite3.Row) -> list[dict[str, Any]]:
    return list(json.loads(row["payments"]))


def user_json(row: sqlite3.Row) -> dict[str, Any]:
    """A User object as AR24 writes it (§6.1): PHP strings and 0/1 flags."""
    profile = json.loads(row["profile"])
    payable = 1 if payments_of(row) else 0
    user = {
        "id": row["id"],
        "email": row["email"],
        "name": f"{profile['firstname']} {profile['lastname']}".strip(),
        **{key: profile[key] for key in PROFILE_DEFAULTS if key not in {"confirmed", "cgu"}},
        "confirmed": str(profile["confirmed"]),
        "cgu": str(profile["cgu"]),
        "notif_billing": "0",
        "billing_email": "",
        "billing_tva": "",
        "notif_cgu": "0",
        "notif_profil_uncomplete": "0",
        **{f"notify_{kind}": "1" for kind in ("ev", "ar", "rf", "ng", "bc", "dp", "consent")},
        "notify_eidas_to_valid": "1",
        "notify_recipient_update": "0",
        "notify_waiting_ar_answer": "0",
        "is_legal_entity": "1" if profile["statut"] != "particulier" else "0",
        "payment_active": str(payable),
        "is_payment_possible": payable,
        "creation": format_paris(row["created"]),
    }
    if row["otp_secret"]:
        user["is_identity_verified"] = 1  # AR24 sends this flag only when true (§6.1)
    return user
