"""``LocalServiceControl``: a small Python handle on the control plane (``/_emu/``), for tests
and for the demo (play the account holder, the recipients, the clock, the faults)."""
from __future__ import annotations

from typing import Any

import httpx


class LocalServiceControl:
    def __init__(self, root_url: str, timeout: float = 10.0) -> None:
        self._http = httpx.Client(base_url=root_url.rstrip("/") + "/_emu/", timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> LocalServiceControl:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self._http.request(method, path, json=body)
        if response.status_code != 200:
            raise RuntimeError(f"control plane {path}: HTTP {response.status_code} {response.text}")
        answer: dict[str, Any] = response.json()   # every control route answers a JSON object
        return answer

    def state(self) -> dict[str, Any]:
        return self._call("GET", "state")

    def add_user(self, email: str, **profile: Any) -> dict[str, Any]:
        """Profile fields, ``otp_secret`` (None: no identifiers), ``payments``, ``link``."""
        return self._call("POST", "users", {"email": email, **profile})

    def set_link(self, id_user: int, state: str) -> dict[str, Any]:
        return self._call("POST", f"users/{id_user}/link", {"state": state})

    def add_mails(self, id_user: int, count: int, **options: Any) -> list[int]:
        """``count`` mails deposited at once on the account (``ref_prefix``, ``to_email``)."""
        return list(self._call("POST", f"users/{id_user}/mails", {"count": count, **options})["ids"])

    def advance_mail(self, mail_id: int, status: str) -> dict[str, Any]:
        return self._call("POST", f"mails/{mail_id}/advance", {"status": status})

    def set_consent(self, consent_id: int, status: str) -> dict[str, Any]:
        return self._call("POST", f"consents/{consent_id}", {"status": status})

    def clock(self, **changes: Any) -> dict[str, Any]:
        """No argument: read; ``set`` (Paris date string), ``advance_seconds``, ``speed``."""
        return self._call("POST", "clock", changes) if changes else self._call("GET", "clock")

    def faults(self, **faults: Any) -> dict[str, Any]:
        return self._call("POST", "faults", faults)

    def settings(self, **settings: Any) -> dict[str, Any]:
        return self._call("POST", "settings", settings)

    def reset(self) -> dict[str, Any]:
        return self._call("POST", "reset", {})
