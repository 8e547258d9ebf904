"""The service clock: real time shifted by an offset and run at a speed factor, so that the
demo can live fifteen days of a letter in a few minutes. It drives letter life, OTP session
expiry and the dates written in mails and proofs. The ``date`` check of requests and TOTP
codes use the real clock instead: the client and the sender's authenticator live in real time.
"""
from __future__ import annotations

import threading
import time


class ServiceClock:
    def __init__(self, offset: float = 0.0, speed: float = 1.0) -> None:
        self._lock = threading.Lock()
        self._speed = speed
        self._anchor_real = time.time()
        self._anchor_service = self._anchor_real + offset

    def now(self) -> float:
        """Service time as a POSIX timestamp."""
        with self._lock:
            return self._now_locked()

    def _now_locked(self) -> float:
        return self._anchor_service + (time.time() - self._anchor_real) * self._speed

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def offset(self) -> float:
        """Seconds between service time and real time (what survives a restart)."""
        return self.now() - time.time()

    def set(self, timestamp: float | None = None, *, speed: float | None = None) -> None:
        """Re-anchor at ``timestamp`` (default: keep the current service time), new ``speed``."""
        with self._lock:
            service_now = self._now_locked() if timestamp is None else timestamp
            self._anchor_real, self._anchor_service = time.time(), service_now
            if speed is not None:
                self._speed = speed

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._anchor_service += seconds
