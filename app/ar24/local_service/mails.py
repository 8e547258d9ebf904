"""Registered mails of the local service: the checks AR24 makes before accepting one (§3,
§4.11), sender identification for eIDAS, storage, and the Mail object AR24 returns (§6.2)."""
from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
from collections.abc import Sequence
from typing import Any

import pyotp
from werkzeug.datastructures import MultiDict

from app.ar24.dates import format_paris
from app.ar24.local_service import accounts, attachments, lifecycle
from app.ar24.local_service.protocol import ApiFailure, php_list
from app.ar24.local_service.routes import ApiRequest
from app.ar24.local_service.state import ServiceConfig

EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # syntax only: ".invalid" domains must pass
FORBIDDEN_HTML = re.compile(r"<\s*(script|iframe|object|embed|form)\b|\son\w+\s*=", re.IGNORECASE)
DEST_STATUTS = ("particulier", "professionnel")
# LRE eIDAS and LR papier: seed 002 (AR24, prices indicative for 2023); avis électronique: AR24's
# product page (spec decision 10). The simple LRE has no public price: GUESS.
PRICES_HT = {"lre_eidas": "3.49", "lre": "2.89", "paper": "6.99", "syndic_notice": "2.29"}
REFERENCE_FIELDS = ("ref_dossier", "ref_client", "ref_facturation")
RECIPIENT_FIELDS = ("to_firstname", "to_lastname", "to_company")
OTP_SESSION_SECONDS = 3600.0
PROOF_COLUMNS = {"ev": "sent_at", "ar": "view_at", "rf": "refused_at", "ng": "negligence_at", "bc": "bounced_at"}


def check_sender_ready(user: sqlite3.Row, params: MultiDict[str, str]) -> str:
    """AR24's checks on the sending account; returns the payment slug that will pay."""
    profile = json.loads(user["profile"])
    if str(profile["confirmed"]) != "1":
        raise ApiFailure("user_account_not_confirmed")
    if str(profile["cgu"]) != "1":
        raise ApiFailure("user_eula_not_accepted")
    if not (profile["firstname"] or profile["lastname"]):
        raise ApiFailure("user_name_empty")
    slugs = [method["slug"] for method in accounts.payments_of(user)]
    wanted = params.get("payment_slug", "").strip()
    if not slugs or (wanted and wanted not in slugs):
        raise ApiFailure("user_no_payment")
    if params.get("id_group", "").strip():
        raise ApiFailure("group_not_exist")  # the local service has no teams
    return wanted or slugs[0]


def recipient_fields(params: MultiDict[str, str]) -> dict[str, str]:
    """Names and ``dest_statut``; a particulier needs a first and last name, a professionnel a
    company. Without ``dest_statut``, a company makes it professionnel (as S1/S2 do)."""
    fields = {name: params.get(name, "").strip() for name in RECIPIENT_FIELDS}
    statut = params.get("dest_statut", "").strip() or ("professionnel" if fields["to_company"] else "particulier")
    complete = fields["to_company"] if statut == "professionnel" else fields["to_firstname"] and fields["to_lastname"]
    if statut not in DEST_STATUTS or not complete:
        raise ApiFailure("invalid_recipient")
    return fields | {"dest_statut": statut}


def electronic_fields(params: MultiDict[str, str], user: sqlite3.Row) -> dict[str, str]:
    email = params.get("to_email", "").strip()
    if not email:
        raise ApiFailure("missing_email")
    if not EMAIL_SHAPE.match(email):
        raise ApiFailure("invalid_email")
    if email.casefold() == user["email"].casefold():
        raise ApiFailure("same_sender_recipients_emails")
    return recipient_fields(params) | {"to_email": email}


def content_and_attachments(
    conn: sqlite3.Connection, params: MultiDict[str, str], attachment_ids: Sequence[str], id_user: int, config: ServiceConfig
) -> tuple[str, list[sqlite3.Row]]:
    content = params.get("content", "")
    rows = attachments.owned_attachments(conn, id_user, attachment_ids)
    if not content.strip() and not rows:
        raise ApiFailure("error_no_content_no_attachment")
    if len(content) > config.max_content_chars:
        raise ApiFailure("content_exceeds_limit")
    if FORBIDDEN_HTML.search(content):
        raise ApiFailure("forbidden_html")
    if sum(row["size"] for row in rows) > config.max_attachment_bytes:
        raise ApiFailure("attachment_too_big")
    return content, rows


def identify_sender(conn: sqlite3.Connection, user: sqlite3.Row, params: MultiDict[str, str], now: float) -> bool:
    """eIDAS sender identification by ``otp`` (TOTP, ±1 step, real time) or ``auth_otp_hash``
    (service time). False when the request carries neither."""
    otp = params.get("otp", "").strip()
    session = params.get("auth_otp_hash", "").strip()
    if otp:
        if not user["otp_secret"] or not pyotp.TOTP(user["otp_secret"]).verify(otp, valid_window=1):
            raise ApiFailure("authentication_otp_invalid")
        return True
    if session:
        row = conn.execute("SELECT id_user, expires FROM otp_sessions WHERE hash = ?", (session,)).fetchone()
        if row is None or row["id_user"] != user["id"] or row["expires"] < now:
            raise ApiFailure("authentication_otp_hash_invalid")
        return True
    return False


def open_otp_session(conn: sqlite3.Connection, user: sqlite3.Row, otp: str, now: float) -> dict[str, str]:
    if not otp or not identify_sender(conn, user, MultiDict({"otp": otp}), now):
        raise ApiFailure("authentication_otp_invalid")
    session, expires = secrets.token_hex(32), now + OTP_SESSION_SECONDS
    conn.execute("INSERT INTO otp_sessions (hash, id_user, expires) VALUES (?, ?, ?)", (session, user["id"], expires))
    return {"hash": session, "expiration_date": format_paris(expires)}


def insert_mail(
    conn: sqlite3.Connection,
    now: float,
    user: sqlite3.Row,
    params: MultiDict[str, str],
    *,
    mail_type: str,
    fields: dict[str, Any],
    content: str,
    attachment_rows: list[sqlite3.Row],
    eidas: bool,
    status: str,
    outcome: str,
) -> int:
    """Store an accepted mail; ``waiting`` mails start their simulated life at once."""
    references = {name: params.get(name, "").strip() for name in REFERENCE_FIELDS}
    options = {name: params.get(name, "").strip() for name in ("custom_name_sender", "webhook")}
    stored = fields | references | options | {"content": content}
    digest = hashlib.sha256(content.encode("utf-8"))
    for row in attachment_rows:
        digest.update(row["sha256"].encode("ascii"))
    cursor = conn.execute(
        "INSERT INTO mails (id_user, type, status, is_eidas, ref_client, fields, attachments, outcome, next_due,"
        " created, deposited, token, full_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            user["id"], mail_type, status, int(eidas), references["ref_client"], json.dumps(stored),
            json.dumps([row["id"] for row in attachment_rows]), outcome,
            lifecycle.first_due(now, outcome) if status == "waiting" else None,
            now, now if status == "waiting" else None, secrets.token_urlsafe(12), digest.hexdigest().upper(),
        ),
    )
    return int(cursor.lastrowid or 0)


def create_electronic(request: ApiRequest, *, mail_type: str, eidas: bool) -> dict[str, Any]:
    """``POST mail`` (and the provisional syndic notice): check, store, answer the Mail."""
    params, state = request.params, request.state
    with state.store.transaction() as conn:
        user = accounts.sender(conn, params)
        payment_slug = check_sender_ready(user, params)
        fields = electronic_fields(params, user)
        content, files = content_and_attachments(conn, params, php_list(params, "attachment"), user["id"], state.config)
        status = "waiting"
        if eidas and not identify_sender(conn, user, params, request.now):
            if state.config.eidas_mode == "strict":
                raise ApiFailure("authentication_missing")
            status = "to_valid"  # GUESS (§9.8 "queue" mode): waits for POST mail/valid
        mail_id = insert_mail(
            conn, request.now, user, params,
            mail_type=mail_type, fields=fields | {"payment_slug": payment_slug}, content=content,
            attachment_rows=files, eidas=eidas, status=status,
            outcome=lifecycle.outcome_for_email(fields["to_email"]),
        )
        return mail_json(conn, mail_id, state.root_url)


def insert_many(conn: sqlite3.Connection, now: float, user: sqlite3.Row, count: int, *, ref_prefix: str,
                to_email: str) -> list[int]:
    """Control plane: ``count`` simple LREs deposited now (the mails other seats or AR24's web
    app create on the account), with ``ref_client`` ``<ref_prefix><n>``."""
    fields = {"to_email": to_email, "to_firstname": "Claire", "to_lastname": "Martin", "to_company": "",
              "dest_statut": "particulier", "payment_slug": accounts.payments_of(user)[0]["slug"], "ref_dossier": "",
              "ref_facturation": "", "custom_name_sender": "", "webhook": ""}
    outcome = lifecycle.outcome_for_email(to_email)
    rows = [(user["id"], "lre", "waiting", 0, f"{ref_prefix}{n}",
             json.dumps(fields | {"ref_client": f"{ref_prefix}{n}", "content": f"Courrier {n}"}), "[]", outcome,
             lifecycle.first_due(now, outcome), now, now, secrets.token_urlsafe(12), "0" * 64) for n in range(count)]
    first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM mails").fetchone()[0]
    conn.executemany(
        "INSERT INTO mails (id_user, type, status, is_eidas, ref_client, fields, attachments, outcome, next_due,"
        " created, deposited, token, full_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return [row["id"] for row in conn.execute("SELECT id FROM mails WHERE id > ? AND id_user = ? ORDER BY id",
                                              (first, user["id"]))]


def deposit(conn: sqlite3.Connection, mail_id: int, now: float) -> None:
    """A validated ``to_valid`` mail enters ``waiting`` and starts its simulated life."""
    outcome = conn.execute("SELECT outcome FROM mails WHERE id = ?", (mail_id,)).fetchone()["outcome"]
    conn.execute(
        "UPDATE mails SET status = 'waiting', deposited = ?, next_due = ? WHERE id = ?",
        (now, lifecycle.first_due(now, outcome), mail_id),
    )


def mails_json(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row], root_url: str) -> list[dict[str, Any]]:
    """Mail objects for ``rows``, with their senders and attachments fetched in bulk."""
    attachment_ids = {item for row in rows for item in json.loads(row["attachments"])}
    files = attachments.rows_by_id(conn, attachment_ids)
    user_ids = {row["id_user"] for row in rows}
    marks = ",".join("?" * len(user_ids))
    users = {user["id"]: user for user in conn.execute(f"SELECT * FROM users WHERE id IN ({marks})", tuple(user_ids))}
    return [_mail_json(row, users[row["id_user"]], files, root_url) for row in rows]


def mail_json(conn: sqlite3.Connection, mail_id: int, root_url: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM mails WHERE id = ?", (mail_id,)).fetchone()
    return mails_json(conn, [row], root_url)[0]


def _mail_json(row: sqlite3.Row, user: sqlite3.Row, files: dict[int, sqlite3.Row], root_url: str) -> dict[str, Any]:
    fields = json.loads(row["fields"])
    profile = json.loads(user["profile"])
    mail_id, token = row["id"], row["token"]
    documents = f"{root_url}get/"

    def proof(kind: str) -> str | None:
        return f"{documents}proof/{kind}-{mail_id}?token={token}" if row[PROOF_COLUMNS[kind]] is not None else None

    def dated(column: str) -> str | None:
        return format_paris(row[column]) if row[column] is not None else None

    price_key = f"{row['type']}_eidas" if row["is_eidas"] else row["type"]
    sender_name = f"{profile['firstname']} {profile['lastname']}".strip()
    mail = {
        "id": mail_id,
        "type": row["type"],
        "status": row["status"],
        "from_name": fields.get("custom_name_sender") or sender_name,
        "from_email": user["email"],
        **{key: profile[key] for key in ("address1", "address2", "city", "zipcode")},
        "to_name": " ".join(filter(None, (fields["to_company"], fields["to_firstname"], fields["to_lastname"]))),
        **{key: fields.get(key, "") for key in (*RECIPIENT_FIELDS, "to_email", "dest_statut")},
        "id_sender": str(row["id_user"]),
        "id_creator": str(row["id_user"]),
        "price_ht": PRICES_HT[price_key],
        "payment_slug": fields["payment_slug"],
        **{key: fields[key] for key in REFERENCE_FIELDS},
        "date": format_paris(row["created"]),
        "full_hash_sha256": row["full_hash"],
        "send_fail": 0,
        "is_eidas": str(row["is_eidas"]),
        "proof_ev_url": proof("ev"),
        "ts_ev_date": dated("sent_at"),
        "proof_ar_url": proof("ar"),
        "view_date": dated("view_at"),
        "proof_ng_url": proof("ng"),
        "negligence_date": dated("negligence_at"),
        "proof_rf_url": proof("rf"),
        "refused_date": dated("refused_at"),
        "proof_bc_url": proof("bc"),
        "bounced_date": dated("bounced_at"),
        "pdf_content": f"{documents}content/{mail_id}?token={token}",
        "zip": f"{documents}zip/{mail_id}?token={token}",
        **{f"req_notify_{kind}": "1" for kind in ("ev", "ar", "rf", "ng")},
        "attachments": json.loads(row["attachments"]),
        "attachments_details": [
            attachments.detail_json(files[item], root_url) for item in json.loads(row["attachments"]) if item in files
        ],
        "update": [],
    }
    # Fields of the provisional letter kinds (postal address, print options) ride along.
    extras = {key: value for key, value in fields.items() if key not in mail and key not in {"content", "webhook"}}
    return mail | extras
