"""The WSGI application of the local service: ``/api/`` (the AR24 protocol), ``/get/``
(document links), ``/consentement/`` (the recipients' consent page) and ``/_emu/`` (control plane)."""
from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterable
from typing import Any

from werkzeug.exceptions import NotFound
from werkzeug.wrappers import Request, Response

from app.ar24.local_service import api, consent_page, control, downloads, hostile, provisional
from app.ar24.local_service.housekeeping import catch_up
from app.ar24.local_service.protocol import (
    ApiFailure,
    authenticate,
    error_response,
    maintenance_response,
    success_response,
)
from app.ar24.local_service.routes import ApiRequest, RouteTable
from app.ar24.local_service.state import ServiceState

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"
ROUTES: RouteTable = api.ROUTES | provisional.ROUTES


class ServiceApp:
    def __init__(self, state: ServiceState) -> None:
        self.state = state

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        path = request.path
        try:
            if path.startswith(API_PREFIX):
                response = self._api(request)
            elif path.startswith("/get/"):
                self._wait()
                response = hostile.proof_fault(request, self.state) or downloads.serve(request, self.state)
            elif path.startswith(consent_page.PREFIX):
                response = consent_page.serve(request, self.state)
            elif path.startswith("/_emu/"):
                response = control.serve(request, self.state)
            else:
                response = NotFound().get_response()
        finally:
            request.close()   # the uploaded files' temporary spools (ResourceWarning otherwise)
        return response(environ, start_response)

    def _wait(self) -> None:
        """The ``latency_ms`` fault: AR24's round trip, on API calls and document downloads."""
        if self.state.faults.latency_ms:
            time.sleep(self.state.faults.latency_ms / 1000)

    def _api(self, request: Request) -> Response:
        response = self._api_answer(request)
        if self.state.faults.drip_seconds:
            return hostile.dripping(response, self.state.faults.drip_seconds)
        return response

    def _api_answer(self, request: Request) -> Response:
        state, faults = self.state, self.state.faults
        self._wait()
        if faults.take("fail_5xx"):
            return Response("Internal Server Error", status=500)
        if faults.maintenance:
            return maintenance_response()
        name = request.path[len(API_PREFIX):].strip("/")  # "user/", "/user" and "user" alike
        if (refusal := hostile.status_forever(state, name)) is not None:
            return refusal
        route = ROUTES.get((request.method, name))
        if route is None:
            return NotFound().get_response()
        # ``confirmed_only``: a GUESS route answers as an unknown one might at AR24 (undocumented:
        # HTTP 200, clear ERROR, a generic slug).
        if state.config.confirmed_only and (request.method, name) in provisional.GUESS_ROUTES:
            return error_response("unknown_error")
        params = request.args if request.method == "GET" else request.form
        try:
            date = authenticate(params, request.headers.get("signature"), state)
            forgery = hostile.take_forgery(state, name)
            if forgery is not None and not forgery.get("after_handler"):
                return hostile.forged_response(forgery, date, state)
            now = catch_up(state)
            result = route.handler(ApiRequest(params, request.files, state, now))
            if forgery is not None:
                return hostile.forged_response(forgery, date, state)
        except ApiFailure as failure:
            logger.info("api %s %s: %s", request.method, name, failure.slug)
            return error_response(failure.slug)
        if route.creates_mail and faults.take("drop_after_commit"):
            _drop_connection(request)
        logger.debug("api %s %s: success", request.method, name)
        return success_response(result, date, state.private_key)


def _drop_connection(request: Request) -> None:
    """Fault injection: the mail is committed, now vanish without answering (the case that
    makes a careless client send twice). Werkzeug treats ConnectionError as a dropped client."""
    connection: socket.socket = request.environ["werkzeug.socket"]
    connection.shutdown(socket.SHUT_RDWR)
    raise ConnectionAbortedError("connection dropped after commit (fault injection)")
