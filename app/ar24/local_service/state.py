"""What every handler of the local service needs: storage, clock, settings, injected faults."""
from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.ar24.local_service.clock import ServiceClock
from app.ar24.local_service.store import Store

EIDAS_MODES = ("strict", "queue")


@dataclass
class ServiceConfig:
    """Behaviour switches; all can be changed at run time through the control plane."""

    eidas_mode: str = "strict"  # eIDAS mail without identification: "strict" → error (AR24, S3), "queue" → to_valid
    page_size: int = 20  # ``user/mail`` without ``max`` answers this many (AR24 pages; S3 defaults to 10)
    page_max: int = 1000  # the most ``max`` may ask for
    ignore_paging: bool = False  # fault: ``user/mail`` ignores ``max``/``start`` (first page, always)
    ignore_sort: bool = False  # fault: ``user/mail`` ignores ``sort`` (oldest first, always)
    confirmed_only: bool = False  # the GUESS endpoints answer as an unknown route (spec decision 9)
    max_attachment_bytes: int = 256 * 1024 * 1024  # spec §9.7 (GUESS from S15)
    max_content_chars: int = 50_000  # GUESS: AR24 documents a limit, not its value
    date_grace_seconds: float = 120.0  # how old a request `date` may be (GUESS, §9.2)
    date_future_seconds: float = 600.0  # how far ahead it may be (CONFIRMED: 10 minutes)
    auto_grant_after: float | None = None  # grant a pending account link after N s of service time


@dataclass
class Faults:
    """Fault injection for tests and demos; counters are consumed one request at a time."""

    latency_ms: int = 0
    fail_5xx: int = 0  # the next N /api requests answer HTTP 500
    drop_after_commit: int = 0  # the next N mail creations commit, then drop the socket
    maintenance: bool = False
    date_skew_seconds: float = 0.0  # the service's idea of real time, shifted (clock skew)
    # Hostile answers (hostile.py): forged results, a byte-by-byte drip, a status forever, bad proofs.
    forge: list[dict[str, Any]] = field(default_factory=list)
    drip_seconds: float = 0.0
    api_status: int = 0
    api_status_route: str = ""   # only this route (e.g. "mail"); every route when empty
    retry_after: int = 0
    proof_fault: str = ""
    proof_fault_mail: int = 0    # only this mail's document links are broken (0: every link)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take(self, counter: str) -> bool:
        """Consume one unit of ``counter`` if any is left."""
        with self._lock:
            left: int = getattr(self, counter)
            if left > 0:
                setattr(self, counter, left - 1)
            return left > 0

    def public(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if not f.name.startswith("_")}


@dataclass
class ServiceState:
    store: Store
    clock: ServiceClock
    config: ServiceConfig
    token: str
    private_key: str
    files_dir: Path
    root_url: str = ""  # known once the socket is bound
    faults: Faults = field(default_factory=Faults)
    initial_config: ServiceConfig = field(init=False)

    def __post_init__(self) -> None:
        self.initial_config = dataclasses.replace(self.config)

    def reset(self) -> None:
        """Faults off and settings back to what the service was started with."""
        self.config = dataclasses.replace(self.initial_config)
        self.faults = Faults()
