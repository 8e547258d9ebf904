"""Control plane of the local service, under ``/_emu/`` (JSON in and out, no crypto): what
tests and the demo use to play the parts AR24's users and recipients play in real life, and
to inject faults. The client never calls it. Routes:

* ``GET  /_emu/state`` — counts (mails per status and per ``ref_client``…), faults, settings;
* ``POST /_emu/users`` — add an account (``email``, profile fields, ``otp_secret`` (generated
  unless given; ``null`` for none), ``payments`` (the demo's two by default), ``link``);
* ``POST /_emu/users/<id>/link`` — ``{"state": "none|pending|granted|denied"}``;
* ``POST /_emu/users/<id>/mails`` — ``{"count": n, "ref_prefix": "…", "to_email": "…"}``: n
  simple LREs deposited at once (mails of other seats), answers their ``ids``;
* ``POST /_emu/mails/<id>/advance`` — ``{"status": "sent|AR|refused|negligence|bounced|error"}``;
* ``POST /_emu/consents/<id>`` — ``{"status": "accepted|refused|waiting"}``;
* ``GET|POST /_emu/clock`` — ``{"set": "Y-m-d H:M:S", "advance_seconds": n, "speed": x}``;
* ``POST /_emu/faults`` — ``latency_ms``, ``fail_5xx``, ``drop_after_commit``,
  ``maintenance``, ``date_skew_seconds``, and the hostile answers of ``hostile.py``
  (``forge``, ``drip_seconds``, ``api_status``, ``api_status_route``, ``retry_after``, ``proof_fault``,
  ``proof_fault_mail``);
* ``POST /_emu/settings`` — ``eidas_mode`` (strict|queue), ``page_size``, ``page_max``,
  ``ignore_paging``, ``ignore_sort``, ``confirmed_only``, ``max_attachment_bytes``, ``max_content_chars``,
  ``date_grace_seconds``, ``auto_grant_after``;
* ``POST /_emu/reset`` — faults and settings back to their start values.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pyotp
from werkzeug.exceptions import BadRequest, Conflict, HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from app.ar24.dates import format_paris, parse_paris
from app.ar24.local_service import accounts, lifecycle, mails, provisional
from app.ar24.local_service.housekeeping import catch_up
from app.ar24.local_service.state import EIDAS_MODES, ServiceState

Body = dict[str, Any]

URLS = Map([
    Rule("/_emu/state", endpoint="state", methods=["GET"]),
    Rule("/_emu/users", endpoint="add_user", methods=["POST"]),
    Rule("/_emu/users/<int:id_user>/link", endpoint="link", methods=["POST"]),
    Rule("/_emu/users/<int:id_user>/mails", endpoint="add_mails", methods=["POST"]),
    Rule("/_emu/mails/<int:mail_id>/advance", endpoint="advance", methods=["POST"]),
    Rule("/_emu/consents/<int:consent_id>", endpoint="consent", methods=["POST"]),
    Rule("/_emu/clock", endpoint="clock", methods=["GET", "POST"]),
    Rule("/_emu/faults", endpoint="faults", methods=["POST"]),
    Rule("/_emu/settings", endpoint="settings", methods=["POST"]),
    Rule("/_emu/reset", endpoint="reset", methods=["POST"]),
])


def serve(request: Request, state: ServiceState) -> Response:
    try:
        endpoint, args = URLS.bind_to_environ(request.environ).match()
        body = request.get_json(silent=True) or {}
        if not isinstance(body, dict):
            raise BadRequest("the body must be a JSON object")
        result = HANDLERS[endpoint](state, body, **args)
    except HTTPException as exc:
        return _json({"error": exc.description}, exc.code or 500)
    except (ValueError, TypeError, KeyError) as exc:
        return _json({"error": str(exc)}, 400)
    return _json(result, 200)


def _json(data: Any, status: int) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), status=status, content_type="application/json")


def dump_state(state: ServiceState, body: Body) -> Body:
    catch_up(state)

    def counts(sql: str) -> dict[str, int]:
        return {str(key): count for key, count in conn.execute(sql)}

    with state.store.transaction() as conn:
        dump = {
            "now": format_paris(state.clock.now()),
            "clock_speed": state.clock.speed,
            "users_by_link": counts("SELECT link, COUNT(*) FROM users GROUP BY link"),
            "mails": conn.execute("SELECT COUNT(*) FROM mails").fetchone()[0],
            "mails_by_status": counts("SELECT status, COUNT(*) FROM mails GROUP BY status"),
            "mails_by_ref_client": counts("SELECT ref_client, COUNT(*) FROM mails WHERE ref_client != '' GROUP BY ref_client"),
            "attachments": conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0],
            "consents_by_status": counts("SELECT status, COUNT(*) FROM consents GROUP BY status"),
        }
    return dump | {"faults": state.faults.public(), "settings": dataclasses.asdict(state.config)}


def add_user(state: ServiceState, body: Body) -> Body:
    email = str(body.pop("email", "")).strip()
    if "@" not in email:
        raise BadRequest("email is required")
    secret = body.pop("otp_secret") if "otp_secret" in body else pyotp.random_base32()
    payments = body.pop("payments", accounts.DEMO_PAYMENTS)
    link = body.pop("link", "none")
    profile = {key: value for key, value in body.items() if key in accounts.PROFILE_DEFAULTS}
    with state.store.transaction() as conn:
        if accounts.find_user(conn, email=email) is not None:
            raise Conflict("user_already_exist")
        id_user = accounts.add_user(
            conn, state.clock.now(), email, profile=profile, otp_secret=secret, payments=payments, link=link
        )
        row = accounts.find_user(conn, id_user=id_user)
        assert row is not None   # inserted just above
    return accounts.user_json(row) | {"link": link, "otp_secret": secret}


def set_link(state: ServiceState, body: Body, id_user: int) -> Body:
    with state.store.transaction() as conn:
        if not accounts.set_link(conn, id_user, str(body.get("state", "")), state.clock.now()):
            raise NotFound("unknown user")
    return {"id": id_user, "link": body["state"]}


def add_mails(state: ServiceState, body: Body, id_user: int) -> Body:
    now = catch_up(state)
    with state.store.transaction() as conn:
        user = accounts.find_user(conn, id_user=id_user)
        if user is None:
            raise NotFound("unknown user")
        ids = mails.insert_many(conn, now, user, int(body.get("count", 1)), ref_prefix=str(body.get("ref_prefix", "autre-")),
                                to_email=str(body.get("to_email", "claire.martin@exemple.fr")))
    return {"ids": ids}


def advance_mail(state: ServiceState, body: Body, mail_id: int) -> Body:
    now = catch_up(state)
    with state.store.transaction() as conn:
        problem = lifecycle.force_status(conn, mail_id, str(body.get("status", "")), now)
        if problem == "unknown mail":
            raise NotFound(problem)
        if problem:
            raise Conflict(problem)
        row = conn.execute("SELECT id, status FROM mails WHERE id = ?", (mail_id,)).fetchone()
    return {"id": row["id"], "status": row["status"]}


def set_consent(state: ServiceState, body: Body, consent_id: int) -> Body:
    with state.store.transaction() as conn:
        if not provisional.set_consent(conn, consent_id, str(body.get("status", "")), state.clock.now()):
            raise NotFound("unknown consent")
    return {"id": consent_id, "status": body["status"]}


def clock(state: ServiceState, body: Body) -> Body:
    if "set" in body or "speed" in body:
        moment = parse_paris(body["set"]).timestamp() if "set" in body else None
        state.clock.set(moment, speed=float(body["speed"]) if "speed" in body else None)
    if "advance_seconds" in body:
        state.clock.advance(float(body["advance_seconds"]))
    if body:
        state.store.set_meta("clock_offset", repr(state.clock.offset))  # survives a restart
    return {"now": format_paris(state.clock.now()), "speed": state.clock.speed, "offset_seconds": state.clock.offset}


def _update(target: object, body: Body) -> None:
    """Set the given public fields of a dataclass, with the type of their current value."""
    names = {field.name for field in dataclasses.fields(target) if not field.name.startswith("_")}  # type: ignore[arg-type]
    unknown = set(body) - names
    if unknown:
        raise BadRequest(f"unknown fields: {sorted(unknown)}")
    for name, value in body.items():
        current = getattr(target, name)
        setattr(target, name, value if current is None or value is None else type(current)(value))


def set_faults(state: ServiceState, body: Body) -> Body:
    _update(state.faults, body)
    return state.faults.public()


def set_settings(state: ServiceState, body: Body) -> Body:
    if body.get("eidas_mode", EIDAS_MODES[0]) not in EIDAS_MODES:
        raise BadRequest(f"eidas_mode must be one of {EIDAS_MODES}")
    _update(state.config, body)
    return dataclasses.asdict(state.config)


def reset(state: ServiceState, body: Body) -> Body:
    state.reset()
    return {"faults": state.faults.public(), "settings": dataclasses.asdict(state.config)}


HANDLERS: dict[str, Callable[..., Body]] = {
    "state": dump_state,
    "add_user": add_user,
    "link": set_link,
    "add_mails": add_mails,
    "advance": advance_mail,
    "consent": set_consent,
    "clock": clock,
    "faults": set_faults,
    "settings": set_settings,
    "reset": reset,
}
