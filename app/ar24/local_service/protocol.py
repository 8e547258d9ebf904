"""The confirmed AR24 wire rules, service side: request authentication (§9.2), answer
bodies (§9.3) and PHP-style form arrays (§9.1)."""
from __future__ import annotations

import hmac
import json
import re
import time
from typing import Any

from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from app.ar24.crypto import encrypt_response, signature_matches
from app.ar24.dates import parse_paris
from app.ar24.local_service.state import ServiceState

DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
BODY_TYPE = "text/html; charset=UTF-8"  # PHP's default (GUESS); clients must not rely on it


class ApiFailure(Exception):
    """Answer ``{"status":"ERROR","slug":…}``: raised anywhere inside an /api handler."""

    def __init__(self, slug: str) -> None:
        super().__init__(slug)
        self.slug = slug


def authenticate(params: MultiDict[str, str], signature: str | None, state: ServiceState) -> str:
    """Check token, date window and signature in AR24's order; return the request's date."""
    token = params.get("token", "")
    if not token:
        raise ApiFailure("token_missing")
    if not hmac.compare_digest(token.encode(), state.token.encode()):
        raise ApiFailure("token_invalid")
    date = params.get("date", "")
    if not date:
        raise ApiFailure("empty_date")
    _check_date_window(date, state)
    if not signature:
        raise ApiFailure("empty_signature")
    if not signature_matches(signature, date, state.private_key):
        raise ApiFailure("invalid_signature")
    return date


def _check_date_window(date: str, state: ServiceState) -> None:
    if not DATE_SHAPE.match(date):
        raise ApiFailure("invalid_date")
    try:
        # Both readings of the hour repeated when summer time ends.
        moments = [parse_paris(date, fold).timestamp() for fold in (0, 1)]
    except ValueError as exc:
        raise ApiFailure("invalid_date") from exc
    now = time.time() + state.faults.date_skew_seconds
    ages = [now - moment for moment in moments]
    config = state.config
    if any(-config.date_future_seconds <= age <= config.date_grace_seconds for age in ages):
        return
    raise ApiFailure("expired_date" if min(ages) > config.date_grace_seconds else "date_in_future")


def server_message(slug: str) -> str:
    # AR24's wording is localised and unknown to us; clients must branch on the slug.
    return slug.replace("_", " ").capitalize()


def error_response(slug: str) -> Response:
    body = {"status": "ERROR", "message": server_message(slug), "slug": slug}
    return Response(json.dumps(body), status=200, content_type=BODY_TYPE)


def maintenance_response() -> Response:
    return Response(json.dumps({"status": "maintenance"}), status=200, content_type=BODY_TYPE)


def success_response(result: Any, date: str, private_key: str) -> Response:
    envelope = json.dumps({"status": "SUCCESS", "result": result})
    return Response(encrypt_response(envelope, date, private_key), status=200, content_type=BODY_TYPE)


def php_list(params: MultiDict[str, str], name: str) -> list[str]:
    """Values of ``name[0]``, ``name[1]``… and ``name[]`` in PHP's order (order of appearance;
    a repeated index keeps its first place and its last value)."""
    pattern = re.compile(rf"^{re.escape(name)}\[(\d*)\]$")
    slots: dict[object, str] = {}
    for key, value in params.items(multi=True):
        match = pattern.match(key)
        if match:
            slots[match.group(1) or object()] = value  # "[]" always opens a new slot
    return list(slots.values())


def int_param(params: MultiDict[str, str], name: str, missing_slug: str) -> int:
    value = params.get(name, "").strip()
    if not value.isdigit():
        raise ApiFailure(missing_slug)
    return int(value)


def flag_param(params: MultiDict[str, str], name: str) -> bool:
    return params.get(name, "").strip().lower() in {"1", "true", "on", "yes"}
