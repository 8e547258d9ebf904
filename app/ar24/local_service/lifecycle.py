"""Simulated recipients: how each letter of the local service lives, in service time.

The outcome is decided once, when the letter is deposited, by deterministic rules on the
recipient address (lower case; first matching rule wins):

1. domain ending in ``.invalid``, or local part containing ``bounce`` or ``inconnu``
   → ``bounced`` (never presented: no EV proof, BC proof);
2. local part containing ``refus`` → ``refused`` (RF proof);
3. local part containing ``neglig`` or ``absent`` → ``negligence`` (NG proof, 15 days after
   the notice, CPCE R.53-3; 21 days for the avis électronique, AR24's product page);
4. anything else → ``AR`` (the recipient accepts; AR proof).

Paper letters have no e-mail: the rules read "firstname lastname company address1" as the
local part, with no domain.

Timeline after deposit (status ``waiting``): ``sent`` (EV) after 20 s, then ``AR`` 2 min,
``refused`` 1 h or ``negligence`` 15 days (avis électronique: 21 days) after sending;
``bounced`` 1 min after deposit. An avis électronique is kept one year after its deposit:
its documents then answer 404 (``expired``).
Letters are advanced lazily, on each request, to the state they should have reached: a jump
of the service clock gives the same dates as waiting. The control plane can force a status.
"""
from __future__ import annotations

import sqlite3

SENT_AFTER = 20.0
BOUNCE_AFTER = 60.0
OUTCOME_AFTER_SENT = {"AR": 120.0, "refused": 3600.0, "negligence": 15 * 86400.0, "bounced": BOUNCE_AFTER}
DATE_COLUMN = {"sent": "sent_at", "AR": "view_at", "refused": "refused_at", "negligence": "negligence_at", "bounced": "bounced_at"}
NOTICE_TYPE = "syndic_notice"
NOTICE_NEGLIGENCE_AFTER = 21 * 86400.0
NOTICE_RETENTION = 365 * 86400.0
FORCEABLE = ("sent", "AR", "refused", "negligence", "bounced", "error")
OPEN_STATUSES = ("to_valid", "waiting", "sent")


def planned_outcome(local_part: str, domain: str = "") -> str:
    local, domain = local_part.lower(), domain.lower()
    if domain.endswith(".invalid") or "bounce" in local or "inconnu" in local:
        return "bounced"
    if "refus" in local:
        return "refused"
    if "neglig" in local or "absent" in local:
        return "negligence"
    return "AR"


def outcome_for_email(email: str) -> str:
    local, _, domain = email.rpartition("@")
    return planned_outcome(local, domain)


def after_sent(outcome: str, mail_type: str) -> float:
    """How long after ``sent`` the outcome comes (the avis électronique's delay is 21 days)."""
    if outcome == "negligence" and mail_type == NOTICE_TYPE:
        return NOTICE_NEGLIGENCE_AFTER
    return OUTCOME_AFTER_SENT[outcome]


def expired(mail_type: str, deposited: float | None, now: float) -> bool:
    """An avis électronique and its proofs are kept one year by AR24, then gone."""
    return mail_type == NOTICE_TYPE and deposited is not None and now > deposited + NOTICE_RETENTION


def first_due(deposited: float, outcome: str) -> float:
    """When a letter deposited at ``deposited`` leaves ``waiting``."""
    return deposited + (BOUNCE_AFTER if outcome == "bounced" else SENT_AFTER)


def advance_due(conn: sqlite3.Connection, now: float) -> None:
    """Apply every transition whose time has come (possibly two for one letter)."""
    while True:
        rows = conn.execute(
            "SELECT id, type, status, outcome, next_due FROM mails WHERE next_due <= ? LIMIT 500", (now,)
        ).fetchall()
        if not rows:
            return
        for row in rows:
            _step(conn, row["id"], row["status"], row["outcome"], row["next_due"], row["type"])


def _step(conn: sqlite3.Connection, mail_id: int, status: str, outcome: str, at: float, mail_type: str) -> None:
    if status == "waiting" and outcome != "bounced":
        _set_status(conn, mail_id, "sent", at, next_due=at + after_sent(outcome, mail_type))
    else:
        _set_status(conn, mail_id, outcome, at, next_due=None)


def _set_status(conn: sqlite3.Connection, mail_id: int, status: str, at: float, *, next_due: float | None) -> None:
    column = DATE_COLUMN.get(status)
    dated = f", {column} = :at" if column else ""
    conn.execute(
        f"UPDATE mails SET status = :status, next_due = :next_due{dated} WHERE id = :id",
        {"status": status, "next_due": next_due, "at": at, "id": mail_id},
    )


def force_status(conn: sqlite3.Connection, mail_id: int, status: str, now: float) -> str | None:
    """Control plane: move an open letter to ``status`` now. Returns why it cannot, or None."""
    if status not in FORCEABLE:
        return f"status must be one of {FORCEABLE}"
    row = conn.execute("SELECT type, status, outcome, sent_at FROM mails WHERE id = ?", (mail_id,)).fetchone()
    if row is None:
        return "unknown mail"
    if row["status"] not in OPEN_STATUSES:
        return f"mail is already {row['status']}"
    if status == "sent":
        _set_status(conn, mail_id, "sent", now, next_due=now + after_sent(row["outcome"], row["type"]))
        return None
    if status in ("AR", "refused", "negligence") and row["sent_at"] is None:
        conn.execute("UPDATE mails SET sent_at = ? WHERE id = ?", (now, mail_id))  # AR implies EV
    _set_status(conn, mail_id, status, now, next_due=None)
    return None
