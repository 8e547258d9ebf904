"""Bring the simulated world up to the service clock before answering anything."""
from __future__ import annotations

from app.ar24.local_service import accounts, lifecycle, provisional
from app.ar24.local_service.state import ServiceState


def catch_up(state: ServiceState) -> float:
    """Grant due account links, advance due letters, answer due consents; returns "now"."""
    now = state.clock.now()
    with state.store.transaction() as conn:
        accounts.auto_grant(conn, now, state.config.auto_grant_after)
        lifecycle.advance_due(conn, now)
        provisional.answer_consents(conn, now)
    return now
