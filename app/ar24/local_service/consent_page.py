"""PROVISIONAL (GUESS): the page a recipient reaches through «AR24_LienConsentement»
(``/consentement/<token>``, token made by ``app.ar24.provisional.consent_page_token``).

GET shows who asks and two buttons; POST ``answer=accept|refuse`` records the recipient's
answer as a consent of that sender, which "MAJ accord de consentement LRE" then reads.
"""
from __future__ import annotations

import html
import json
import secrets
from typing import Any


from werkzeug.exceptions import NotFound
from werkzeug.wrappers import Request, Response

from app.ar24.local_service import accounts
from app.ar24.local_service.housekeeping import catch_up
from app.ar24.local_service.state import ServiceState
from app.ar24.provisional import CONSENT_PAGE_PATH, read_consent_page_token

PREFIX = "/" + CONSENT_PAGE_PATH
ANSWERS = {"accept": "accepted", "refuse": "refused"}


def serve(request: Request, state: ServiceState) -> Response:
    fields = read_consent_page_token(request.path[len(PREFIX):].strip("/"))
    with state.store.transaction() as conn:
        sender = accounts.find_user(conn, id_user=fields["u"]) if fields else None
    if fields is None or sender is None:
        return NotFound().get_response()
    profile = json.loads(sender["profile"])
    sender_name = profile.get("company") or f"{profile['firstname']} {profile['lastname']}".strip()
    if request.method == "POST":
        status = ANSWERS.get(request.form.get("answer", ""))
        if status is None:
            return Response("Réponse inconnue.", status=400)
        _record(state, sender["id"], fields, status)
        done = "Votre accord a été enregistré." if status == "accepted" else "Votre refus a été enregistré."
        return _page(sender_name, fields["e"], f"<p><strong>{done}</strong> Vous pouvez changer d'avis à tout moment sur cette page.</p>")
    return _page(sender_name, fields["e"], "")


def _record(state: ServiceState, id_user: int, fields: dict[str, Any], status: str) -> None:
    now = catch_up(state)
    with state.store.transaction() as conn:
        updated = conn.execute(
            "UPDATE consents SET status = ?, outcome = ?, decided = ? WHERE id_user = ? AND lower(email) = lower(?)",
            (status, status, now, id_user, fields["e"]),
        ).rowcount
        if not updated:
            conn.execute(
                "INSERT INTO consents (id_user, email, firstname, lastname, company, status, outcome, created, decided, token)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (id_user, fields["e"], fields.get("f", ""), fields.get("l", ""), fields.get("c", ""), status, status,
                 now, now, secrets.token_urlsafe(12)),
            )


def _page(sender_name: str, email: str, message: str) -> Response:
    body = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Consentement à la lettre recommandée électronique</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>Lettre recommandée électronique</h1>
<p><strong>{html.escape(sender_name)}</strong> souhaite vous adresser ses lettres recommandées par voie
électronique (AR24, prestataire qualifié eIDAS) à l'adresse <strong>{html.escape(email)}</strong>.</p>
<p>Vous pouvez accepter ou refuser, et changer d'avis à tout moment.</p>
{message}
<form method="post"><button name="answer" value="accept">J'accepte</button>
<button name="answer" value="refuse">Je refuse</button></form>
</body></html>"""
    return Response(body, content_type="text/html; charset=utf-8")
