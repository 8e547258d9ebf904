"""Hostile answers of the local service, switched on through ``/_emu/faults``: what a broken or
malicious server (or something on the path) could send, so that tests prove the client and
the outbox never lose nor duplicate a letter because of it.

* ``forge``: a list of ``{"route": "mail", "result": …, "clear": false, "after_handler": false}``,
  each used once by the next request on that route: the answer's ``result`` replaced (``null``,
  a list, a text, a mail without ``id``…), encrypted or in clear; with ``after_handler`` the
  real handler runs first (AR24 created the mail, then answered badly);
* ``drip_seconds``: every API answer sent one byte at a time, this many seconds apart;
* ``api_status``: every API request (or only those of ``api_status_route``) answers this HTTP
  status (429 forever), with ``retry_after`` seconds in ``Retry-After`` when set;
* ``proof_fault``: every document link answers ``500``, ``redirect`` (to itself, endlessly),
  ``other_host`` (a redirect to another host), ``timeout`` (silence), ``html`` (a web page),
  or ``huge`` (a never-ending body that is not a PDF); with ``proof_fault_mail`` only the links
  of that mail (one broken proof among good ones).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

from werkzeug.wrappers import Request, Response

from app.ar24.local_service.protocol import BODY_TYPE, success_response
from app.ar24.local_service.state import ServiceState

HUGE_CHUNK = b"<html>" + b"x" * 65_530    # not a PDF, sent until the client gives up
TIMEOUT_SILENCE_SECONDS = 120.0


def take_forgery(state: ServiceState, route: str) -> dict[str, Any] | None:
    """The next forged answer for ``route``, consumed."""
    with state.faults._lock:
        for index, forgery in enumerate(state.faults.forge):
            if forgery.get("route") == route:
                return state.faults.forge.pop(index)
    return None


def forged_response(forgery: dict[str, Any], date: str, state: ServiceState) -> Response:
    if forgery.get("clear"):
        body = json.dumps({"status": "SUCCESS", "result": forgery.get("result")})
        return Response(body, status=200, content_type="application/json")
    return success_response(forgery.get("result"), date, state.private_key)


def status_forever(state: ServiceState, route: str) -> Response | None:
    faults = state.faults
    if not faults.api_status or faults.api_status_route not in ("", route):
        return None
    headers = {"Retry-After": str(state.faults.retry_after)} if state.faults.retry_after else {}
    return Response("Too Many Requests", status=state.faults.api_status, headers=headers)


def dripping(response: Response, seconds: float) -> Response:
    """The same answer, one byte every ``seconds``."""
    body = response.get_data()

    def drip() -> Iterator[bytes]:
        for index in range(len(body)):
            yield body[index:index + 1]
            time.sleep(seconds)

    return Response(drip(), status=response.status_code, headers=list(response.headers.items()),
                    direct_passthrough=True)


def proof_fault(request: Request, state: ServiceState) -> Response | None:
    fault, only = state.faults.proof_fault, state.faults.proof_fault_mail
    if not fault or (only and not request.path.endswith((f"/{only}", f"-{only}"))):
        return None
    faults: dict[str, Callable[[], Response]] = {
        "500": lambda: Response("Internal Server Error", status=500),
        "redirect": lambda: Response("", status=302, headers={"Location": request.full_path}),
        "other_host": lambda: Response("", status=302, headers={
            "Location": f"http://127.0.0.2:{request.host.rsplit(':', 1)[-1]}{request.full_path}"}),
        "timeout": lambda: _silence(),
        "html": lambda: Response("<html><body>Maintenance</body></html>", status=200, content_type="text/html"),
        "huge": lambda: Response(_endless(), status=200, content_type="application/pdf", direct_passthrough=True),
    }
    if fault not in faults:
        return Response(f"unknown proof fault {fault}", status=400, content_type=BODY_TYPE)
    return faults[fault]()


def _silence() -> Response:
    time.sleep(TIMEOUT_SILENCE_SECONDS)
    return Response("too late", status=200)


def _endless() -> Iterator[bytes]:
    deadline = time.monotonic() + TIMEOUT_SILENCE_SECONDS   # the service never hangs for ever
    while time.monotonic() < deadline:
        yield HUGE_CHUNK
