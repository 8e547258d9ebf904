"""``main.py send`` applies the send choice's "paid once" rule: first type × outcome × second
type, the second send is offered exactly after a failure of the first, and every refusal says
what exists (the dialog's side of the same table is tests/sending/test_paid_once.py)."""
from __future__ import annotations

import pytest

from app.store.database import open_store
from tests.cli.support import run_cli
from tests.sending.paid_once import (
    FAILURES,
    TYPES,
    expected_line,
    expected_resend,
    seed_table,
)


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('send-rule') / 'table.db'}"
    store = open_store(url)
    cases, fresh = seed_table(store)
    store.dispose()
    return url, cases, fresh


@pytest.mark.parametrize("second", list(TYPES))
def test_send_offers_a_second_letter_exactly_after_a_failure(table, second, capsys) -> None:
    url, cases, fresh = table
    ids = [case.event_id for case in cases] + fresh
    result = run_cli(capsys, "send", "--events", ",".join(map(str, ids)), "--type", second, "--json", db=url)
    assert result.code == 1 and "Rien n'a été envoyé" in result.err      # no terminal: nothing sent
    rows = {row["event_id"]: row for row in result.rows}
    assert all(rows[event_id]["compatible"] for event_id in fresh)
    for case in cases:
        row = rows[case.event_id]
        if case.outcome in FAILURES:
            assert row["compatible"] and row["price_ht"], (case, row)
            assert row["notes"] == [expected_resend(case, second)] and expected_resend(case, second) in result.err
        else:
            assert not row["compatible"] and row["refusal"] == expected_line(case), (case, row)
            assert f"Refusé : {case.event_id} (" in result.err and expected_line(case) in result.err


def test_send_in_english_says_what_exists_and_why_in_english(table, capsys) -> None:
    """``--lang en``: the refusals, the second send's reason and a usage error are English sentences."""
    url, cases, _ = table
    delivered = next(c for c in cases if c.first == "lre" and c.outcome == "AR")
    waiting = next(c for c in cases if c.first == "lre" and c.outcome == "to_valid")
    refused = next(c for c in cases if c.first == "lre" and c.outcome == "refused")
    ids = ",".join(str(c.event_id) for c in (delivered, waiting, refused))
    result = run_cli(capsys, "send", "--events", ids, "--type", "paper", "--lang", "en", "--json", db=url)
    assert result.code == 1 and "Nothing was sent" in result.err and ", VAT " in result.err
    assert "1 × €6.99 excl. tax = €6.99 excl. tax, VAT €1.40, €8.39 incl. tax" in result.err   # English amounts
    assert f"Refused: {delivered.event_id} (" in result.err
    assert f"Already sent: LRE no. {delivered.number} of 10/11/2026, status Acknowledged" in result.err
    assert "Already being sent: LRE of 10/11/2026, To validate (OTP)" in result.err
    assert "LRE refused on 26/11/2026: sent again as Paper letter" in result.err
    rows = {row["event_id"]: row for row in result.rows}
    assert rows[delivered.event_id]["refusal"].startswith("Already sent: ")
    assert rows[refused.event_id]["notes"] == ["LRE refused on 26/11/2026: sent again as Paper letter"]
    for french in ("Déjà", "statut", " du ", "renvoi en", "refusée", "LR papier"):
        assert french not in result.err and french not in result.out
    usage = run_cli(capsys, "send", "--events", ids, "--type", "paper", "--force-resend", "--lang", "en", db=url)
    assert usage.code == 2 and "--force-resend needs a reason: --reason TEXT" in usage.err
