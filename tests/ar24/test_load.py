"""Concurrency and volume: 16 parallel client connections, thousands of mails."""
from __future__ import annotations

import json
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from app.ar24.client import AR24Client
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest

from .conftest import FAST_RETRY, make_account, settings_for


def test_sixteen_parallel_clients(service: LocalAR24Service, control: LocalServiceControl) -> None:
    account = make_account(control)

    def worker(index: int) -> list[int]:
        with AR24Client(settings_for(service), retry=FAST_RETRY) as client:
            ids = []
            for n in range(8):
                mail = client.send_mail(MailRequest(id_user=account["id"], to_email=f"c{index}-{n}@exemple.fr",
                                                    to_firstname="A", to_lastname="B", content="x",
                                                    ref_client=f"par-{index}-{n}"))
                ids.append(client.get_mail(mail.id).id)
            return ids

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(worker, range(16)))
    all_ids = [mail_id for ids in results for mail_id in ids]
    assert len(set(all_ids)) == 128
    counts = control.state()["mails_by_ref_client"]
    assert all(counts[f"par-{i}-{n}"] == 1 for i in range(16) for n in range(8))


def test_thousands_of_mails_stay_fast(service: LocalAR24Service, control: LocalServiceControl, client: AR24Client) -> None:
    account = make_account(control)
    now = time.time()
    fields = json.dumps({"to_email": "x@exemple.fr", "to_firstname": "A", "to_lastname": "B", "to_company": "",
                         "dest_statut": "particulier", "ref_dossier": "", "ref_client": "", "ref_facturation": "",
                         "payment_slug": "stripe-47146", "content": "x", "custom_name_sender": "", "webhook": ""})
    rows: list[tuple[Any, ...]] = [
        (account["id"], "lre", "waiting", 0, f"bulk-{n}", fields, "[]", "AR", now + 20, now, now,
         secrets.token_urlsafe(12), "0" * 64)
        for n in range(3000)
    ]
    with service.state.store.transaction() as conn:  # seeding volume directly: 3000 POSTs would take too long
        conn.executemany(
            "INSERT INTO mails (id_user, type, status, is_eidas, ref_client, fields, attachments, outcome, next_due,"
            " created, deposited, token, full_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    started = time.perf_counter()
    control.clock(advance_seconds=86400)  # every letter becomes due: 6000 transitions on the next request
    page = client.list_mails(account["id"], limit=50)
    assert len(page) == 50 and {mail.status for mail in page} == {"AR"}
    everything = [mail for page in client.mail_pages(account["id"], page_size=1000) for mail in page]
    assert len(everything) == 3000
    assert time.perf_counter() - started < 5
    started = time.perf_counter()
    client.get_mail(page[0].id)
    assert time.perf_counter() - started < 0.5
