"""What an /api handler receives and how routes are declared (shared by the confirmed and
the provisional endpoint modules)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from werkzeug.datastructures import FileStorage, MultiDict

from app.ar24.local_service.state import ServiceState


@dataclass(frozen=True)
class ApiRequest:
    params: MultiDict[str, str]  # query string for GET, form fields for POST
    files: MultiDict[str, FileStorage]
    state: ServiceState
    now: float  # service time when the request arrived


class Route(NamedTuple):
    handler: Callable[[ApiRequest], Any]
    creates_mail: bool = False  # concerned by the "drop the connection after commit" fault


RouteTable = dict[tuple[str, str], Route]
