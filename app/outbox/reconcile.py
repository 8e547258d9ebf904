"""Reconciliation: did AR24 create the mail of a letter whose post is in doubt?

AR24 has no idempotency key, so each letter carries its unique local reference in
``ref_client``. A letter in ``posting`` (the process died during the POST) or ``uncertain``
(no usable answer) is looked up among the account's mails: found, it is ``posted`` with the
AR24 number; absent, it goes back to wait for its post — but only once AR24 can no longer be
processing the lost request (``settle``: the HTTP timeout and a margin), never before.
"""
from __future__ import annotations

import datetime as dt
import enum
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select

from app.ar24.models import Mail
from app.outbox.states import IN_DOUBT, Worker, move, now, state_before_post
from app.store.database import Store
from app.store.models import OutboxState, RegisteredLetter, SendType

if TYPE_CHECKING:   # the client (httpx, cryptography) is imported where one is built: not at start-up
    from app.ar24.client import AR24Client

log = logging.getLogger(__name__)

# AR24's clock and ours agree within minutes (a request dated 10 min off is refused): a mail
# created for a post is never dated more than this before the post started.
LISTING_MARGIN = dt.timedelta(hours=1)


class Reconciled(enum.Enum):
    POSTED = "posted"          # AR24 has it: recorded with its number
    ABSENT = "absent"          # AR24 does not have it: back to wait for its post
    TOO_EARLY = "too_early"    # not found yet, but AR24 may still be processing the request


def record_posted(store: Store, worker: Worker, letter_id: int, mail: Mail, *, source: str = "outbox") -> None:
    move(store, worker, letter_id, OutboxState.POSTED, release=True, source=source, ar24_mail_id=mail.id,
         ar24_status=mail.status, price_ht=mail.price_ht, last_error="")


def reconcile(store: Store, worker: Worker, client: AR24Client, letter_ids: Iterable[int], *,
              settle: dt.timedelta) -> dict[int, Reconciled]:
    """Look the held in-doubt letters up on AR24 (one listing per account) and settle each."""
    with store.session() as session:
        letters = list(session.execute(select(
            RegisteredLetter.id, RegisteredLetter.local_ref, RegisteredLetter.send_type,
            RegisteredLetter.outbox_state, RegisteredLetter.post_started_at, RegisteredLetter.ar24_request)
            .where(RegisteredLetter.id.in_(list(letter_ids)), RegisteredLetter.claimed_by == worker.id,
                   RegisteredLetter.outbox_state.in_(IN_DOUBT))))
    by_account: dict[int, list[Row[int, str, SendType, OutboxState, dt.datetime | None, str]]] = defaultdict(list)
    for row in letters:
        by_account[int(json.loads(row.ar24_request)["id_user"])].append(row)
    outcome: dict[int, Reconciled] = {}
    for id_user, rows in by_account.items():
        checked_at = now()   # mails created before this instant are in the listing
        found = find_by_ref(client, id_user, rows)
        for row in rows:
            mails = sorted(found.get(row.local_ref, []), key=lambda mail: mail.id or 0)
            if len(mails) > 1:
                log.error("letter %s has %d AR24 mails for one ref_client", row.local_ref, len(mails))
            if mails:
                record_posted(store, worker, row.id, mails[0], source="reconcile")
                outcome[row.id] = Reconciled.POSTED
            elif row.post_started_at is None or row.post_started_at + settle <= checked_at:
                before = state_before_post(row.send_type)
                move(store, worker, row.id, before, expected=IN_DOUBT, source="reconcile",
                     release=before is OutboxState.TO_VALID)
                outcome[row.id] = Reconciled.ABSENT
            else:
                if row.outbox_state is OutboxState.POSTING:
                    move(store, worker, row.id, OutboxState.UNCERTAIN, expected=IN_DOUBT)
                outcome[row.id] = Reconciled.TOO_EARLY
    return outcome


def find_by_ref(client: AR24Client, id_user: int, rows: Sequence[Any]) -> dict[str, list[Mail]]:
    """The account's mails carrying the rows' ``local_ref``, read page by page, newest first,
    until the pages are older than the oldest post in doubt (minus ``LISTING_MARGIN``), or
    the listing ends: thousands of older mails (other seats, AR24's web app) are
    never all read, and none newer is missed."""
    wanted = {row.local_ref for row in rows}
    started = [row.post_started_at for row in rows]
    horizon = None   # a post of unknown start bounds nothing: the whole listing is read
    if started and all(moment is not None for moment in started):
        horizon = min(started).astimezone() - LISTING_MARGIN   # naive local time → aware
    found: dict[str, list[Mail]] = defaultdict(list)
    newest_first, previous = True, None
    for page in client.mail_pages(id_user):
        for mail in page:
            if mail.ref_client in wanted:
                found[mail.ref_client].append(mail)
        ids = [mail.id or 0 for mail in page]
        # The horizon holds only if AR24 really lists newest first (``sort`` is a GUESS).
        newest_first = newest_first and ids == sorted(ids, reverse=True) and (previous is None or ids[0] < previous)
        previous = ids[-1]
        dates = [mail.date for mail in page if mail.date is not None]
        if newest_first and horizon is not None and dates and min(dates) < horizon:
            break   # every later page is older still
    return found


def settle_time(client: AR24Client) -> dt.timedelta:
    """How long AR24 may still be working on a request we lost: its timeout and a margin."""
    return dt.timedelta(seconds=client.settings.timeout + 5)
