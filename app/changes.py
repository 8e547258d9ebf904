"""What changed, told to whoever listens: a small Qt-free publish/subscribe.

``app/`` services call ``publish(Change.LETTERS)`` after a write commits; windows never poll
each other. ``ui/change_bridge.py`` subscribes once and re-emits every change as a Qt signal
on the UI thread, so a window refreshes itself the same way whatever thread or process
caused the change (a batch, an OTP validation, a sync, the command line through the store
is seen at the next periodic refresh instead).
"""
from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class Change(enum.Enum):
    LINK = "link"                    # the AR24 account, its link state, the connection
    SENDERS = "senders"              # eIDAS senders and their OTP keys
    PAYMENT_LINKS = "payment_links"  # payment methods and their assignment to entities
    TIERS = "tiers"                  # tiers records and their consents
    ENTITIES = "entities"            # entities (syndicats, mandats, the agency)
    EVENTS = "events"                # events (letters to send)
    LETTERS = "letters"              # registered letters: statuses, validations, proofs
    BATCH_ENDED = "batch_ended"      # a batch of the sending process has ended
    SETTINGS = "settings"            # preferences, prices, database address


Listener = Callable[[Change], None]


class ChangeBus:
    """Listeners are called synchronously, on the publishing thread; a failing listener is
    logged and never stops the others nor the write that published."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, *changes: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for change in changes:
            for listener in listeners:
                try:
                    listener(change)
                except Exception:  # noqa: BLE001 — a listener's bug must not undo a committed write
                    log.exception("change listener failed for %s", change.value)


bus = ChangeBus()   # one per process: the application's windows and services share it
publish = bus.publish
subscribe = bus.subscribe
