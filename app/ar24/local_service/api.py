"""The CONFIRMED AR24 endpoints of the local service (§9.4–§9.9). Each handler returns the
``result`` of a SUCCESS answer or raises ``ApiFailure``."""
from __future__ import annotations

from typing import Any

from app.ar24.local_service import accounts, attachments, mails
from app.ar24.local_service.protocol import ApiFailure, flag_param, int_param, php_list
from app.ar24.local_service.routes import ApiRequest, Route, RouteTable

MAX_PAGE = 1000


def get_user(request: ApiRequest) -> dict[str, Any]:
    params = request.params
    with request.state.store.transaction() as conn:
        if params.get("email"):
            row = accounts.find_user(conn, email=params["email"].strip())
        else:
            row = accounts.find_user(conn, id_user=int_param(params, "id_user", "user_not_exist"))
        return accounts.user_json(accounts.linked(row))


def list_users(request: ApiRequest) -> dict[str, Any]:
    limit, start, order = paging(request, default_limit=10)
    with request.state.store.transaction() as conn:
        rows = conn.execute(
            f"SELECT * FROM users WHERE link = 'granted' ORDER BY id {order} LIMIT ? OFFSET ?", (limit, start)
        ).fetchall()
    return {"users": [accounts.user_json(row) for row in rows]}


def request_access(request: ApiRequest) -> dict[str, Any]:
    email = request.params.get("email", "").strip()
    if not email:
        raise ApiFailure("missing_email")
    with request.state.store.transaction() as conn:
        row = accounts.find_user(conn, email=email)
        if row is None:
            raise ApiFailure("user_not_exist")
        if row["link"] != "granted":
            accounts.set_link(conn, row["id"], "pending", request.now)
    return {}  # GUESS (spec §9.5)


def auth_otp(request: ApiRequest) -> dict[str, str]:
    with request.state.store.transaction() as conn:
        user = accounts.sender(conn, request.params)
        return mails.open_otp_session(conn, user, request.params.get("otp", "").strip(), request.now)


def upload_attachment(request: ApiRequest) -> dict[str, Any]:
    state = request.state
    with state.store.transaction() as conn:
        user = accounts.sender(conn, request.params)
    upload = request.files.get("file")
    if upload is None:
        raise ApiFailure("attachment_missing_file")
    name = (request.params.get("file_name") or upload.filename or "").strip()
    if not name:
        raise ApiFailure("attachment_empty_name")
    token, size, sha1, sha256 = attachments.save_upload(upload.stream, state.files_dir, state.config.max_attachment_bytes)
    with state.store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO attachments (id_user, name, size, sha1, sha256, token, uploaded) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user["id"], name, size, sha1, sha256, token, request.now),
        )
    return {"file_id": str(cursor.lastrowid)}


def send_mail(request: ApiRequest) -> dict[str, Any]:
    return mails.create_electronic(request, mail_type="lre", eidas=flag_param(request.params, "eidas"))


def get_mail(request: ApiRequest) -> dict[str, Any]:
    mail_id = int_param(request.params, "id", "missing_erm_id")
    with request.state.store.transaction() as conn:
        row = conn.execute("SELECT id, id_user FROM mails WHERE id = ?", (mail_id,)).fetchone()
        if row is None:
            raise ApiFailure("missing_erm_id")
        accounts.linked(accounts.find_user(conn, id_user=row["id_user"]))
        return mails.mail_json(conn, mail_id, request.state.root_url)


def list_user_mails(request: ApiRequest) -> list[dict[str, Any]]:
    """The sender's mails, newest first, one page (``max`` capped by ``page_max``, default
    ``page_size``; ``start`` an offset) — or always the first page under ``ignore_paging``."""
    config = request.state.config
    limit, start, order = paging(request, default_limit=config.page_size, default_order="DESC", cap=config.page_max)
    if config.ignore_paging:
        limit, start = config.page_size, 0
    if config.ignore_sort:
        order = "ASC"
    wanted = [value.strip() for value in php_list(request.params, "mail")]
    with request.state.store.transaction() as conn:
        user = accounts.sender(conn, request.params)
        query, args = "SELECT * FROM mails WHERE id_user = ?", [user["id"]]
        if wanted:
            query += f" AND id IN ({','.join('?' * len(wanted))})"
            args += wanted
        rows = conn.execute(f"{query} ORDER BY id {order} LIMIT ? OFFSET ?", (*args, limit, start)).fetchall()
        return mails.mails_json(conn, rows, request.state.root_url) if rows else []


def paging(request: ApiRequest, *, default_limit: int, default_order: str = "ASC", cap: int = MAX_PAGE
           ) -> tuple[int, int, str]:
    """``max``, ``start`` and ``sort`` (ASC/DESC by id), as S3 sends them for lists."""
    params = request.params
    limit = min(int(params["max"]), cap) if params.get("max", "").isdigit() else default_limit
    start = int(params["start"]) if params.get("start", "").isdigit() else 0
    order = "DESC" if params.get("sort", default_order).upper() == "DESC" else "ASC"
    return limit, start, order


ROUTES: RouteTable = {
    ("GET", "user"): Route(get_user),
    ("GET", "user/list"): Route(list_users),
    ("POST", "user/request_access"): Route(request_access),
    ("POST", "user/auth_otp"): Route(auth_otp),
    ("POST", "attachment"): Route(upload_attachment),
    ("POST", "mail"): Route(send_mail, creates_mail=True),
    ("GET", "mail"): Route(get_mail),
    ("GET", "user/mail"): Route(list_user_mails),
}
