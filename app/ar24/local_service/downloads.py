"""Document links handed out in Mail objects (§9.10): ``/get/proof/<kind>-<id>``,
``/get/content/<id>``, ``/get/zip/<id>`` (with the mail's ``token``), ``/get/att/<token>``,
and the provisional ``/get/consent/<id>``. Plain GETs, no crypto; 404 until the document
exists, and for a wrong token (nothing is revealed)."""
from __future__ import annotations

import json
from typing import Any

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.utils import send_file
from werkzeug.wrappers import Request, Response

from app.ar24.local_service import attachments, documents, lifecycle, mails, provisional
from app.ar24.local_service.housekeeping import catch_up
from app.ar24.local_service.state import ServiceState

URLS = Map([
    Rule("/get/proof/<any(ev, ar, rf, ng, bc):kind>-<int:mail_id>", endpoint="proof"),
    Rule("/get/content/<int:mail_id>", endpoint="content"),
    Rule("/get/zip/<int:mail_id>", endpoint="zip"),
    Rule("/get/att/<token>", endpoint="attachment"),
    Rule("/get/consent/<int:consent_id>", endpoint="consent"),
])


def serve(request: Request, state: ServiceState) -> Response:
    try:
        endpoint, args = URLS.bind_to_environ(request.environ).match()
        catch_up(state)
        if endpoint == "attachment":
            return _attachment(request, state, args["token"])
        if endpoint == "consent":
            return _consent(state, args["consent_id"], request.args.get("token", ""))
        mail, content, files = _mail(state, args["mail_id"], request.args.get("token", ""))
    except HTTPException as exc:
        return exc.get_response()
    if endpoint == "proof":
        if not mail[f"proof_{args['kind']}_url"]:
            return NotFound().get_response()
        return _pdf(documents.proof_pdf(args["kind"], mail), f"preuve-{args['kind']}-{mail['id']}.pdf")
    if endpoint == "content":
        return _pdf(documents.content_pdf(mail, content), f"contenu-{mail['id']}.pdf")
    archive = documents.mail_zip(mail, content, files, state.files_dir)
    return Response(archive, content_type="application/zip", headers=_disposition(f"lettre-{mail['id']}.zip"))


def _mail(state: ServiceState, mail_id: int, token: str) -> tuple[dict[str, Any], str, list[tuple[str, str]]]:
    with state.store.transaction() as conn:
        row = conn.execute("SELECT * FROM mails WHERE id = ? AND token = ?", (mail_id, token)).fetchone()
        if row is None or lifecycle.expired(row["type"], row["deposited"], state.clock.now()):
            raise NotFound()
        mail = mails.mail_json(conn, mail_id, state.root_url)
        ids = json.loads(row["attachments"])
        stored = attachments.rows_by_id(conn, set(ids))
        files = [(stored[item]["name"], stored[item]["token"]) for item in ids if item in stored]
    return mail, json.loads(row["fields"])["content"], files


def _attachment(request: Request, state: ServiceState, token: str) -> Response:
    with state.store.transaction() as conn:
        row = conn.execute("SELECT name FROM attachments WHERE token = ?", (token,)).fetchone()
    if row is None:
        raise NotFound()
    return send_file(state.files_dir / token, request.environ, as_attachment=True, download_name=row["name"])


def _consent(state: ServiceState, consent_id: int, token: str) -> Response:
    with state.store.transaction() as conn:
        consent = provisional.consent_by_token(conn, consent_id, token)
    if consent is None:
        raise NotFound()
    return _pdf(documents.consent_pdf(consent), f"consentement-{consent_id}.pdf")


def _pdf(data: bytes, name: str) -> Response:
    return Response(data, content_type="application/pdf", headers=_disposition(name))


def _disposition(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}
