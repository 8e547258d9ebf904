"""The tiers list's consent actions and the record, driven for real (AR24 = the local service)."""
from __future__ import annotations

from sqlalchemy import select

from app.ar24.local_service import LocalServiceControl
from app.consent.changes import is_request_pending
from app.store.models import Tiers
from app.consent.emails import email_error
from tests.conftest import link_demo_account
from ui.tiers.consent_dialogs import PAPER_FIELD, ChangedTiersDialog
from ui.tiers.tiers_list import COLUMNS, TiersListWindow

CONSENT_COLUMN = [c.title for c in COLUMNS].index("Consentement LRE")


def _select(window: TiersListWindow, ids: list[int]) -> None:
    window.table.clearSelection()
    window.select_ids(set(ids))
    assert sorted(window.selected_ids()) == sorted(ids)


def _shown_consent(window: TiersListWindow, tiers_id: int) -> str:
    row = next(r for r in range(window.model.rowCount()) if window.model.row_id(r) == tiers_id)
    return window.model.index(row, CONSENT_COLUMN).data()


def _consent_of(context, ids):
    with context.store.session() as session:
        return {t.id: t.lre_consent for t in session.scalars(select(Tiers).where(Tiers.id.in_(ids)))}


def test_add_and_remove_consent_on_a_selection(qtbot, demo_context):
    window = TiersListWindow(demo_context)
    qtbot.addWidget(window)
    with demo_context.store.session() as session:
        ids = list(session.scalars(select(Tiers.id).where(~Tiers.lre_consent).limit(3)))
    _select(window, ids)
    menu = next(a.menu() for a in window.actions_menu.actions() if a.text() == "Consentement LRE")
    entries = {a.text(): a for a in menu.actions()}
    assert {"Ajouter accord de consentement LRE", "Retirer accord de consentement LRE",
            "MAJ accord de consentement LRE"} <= entries.keys()

    entries["Ajouter accord de consentement LRE"].trigger()
    assert _consent_of(demo_context, ids) == dict.fromkeys(ids, True)
    assert all(_shown_consent(window, i) == "Oui" for i in ids)
    assert sorted(window.selected_ids()) == sorted(ids), "the selection survives the reload"

    entries["Retirer accord de consentement LRE"].trigger()
    assert _consent_of(demo_context, ids) == dict.fromkeys(ids, False)
    assert all(_shown_consent(window, i) == "Non" for i in ids)


def test_attribuer_sets_a_flag_on_the_selection(qtbot, demo_context):
    window = TiersListWindow(demo_context)
    qtbot.addWidget(window)
    with demo_context.store.session() as session:
        ids = list(session.scalars(select(Tiers.id).where(~Tiers.paper_requested).limit(4)))
    _select(window, ids)
    window.assign((PAPER_FIELD, True))
    with demo_context.store.session() as session:
        assert all(session.get(Tiers, i).paper_requested for i in ids)


def test_request_then_update_consents_from_ar24(qtbot, demo_context):
    id_user = link_demo_account(demo_context)
    window = TiersListWindow(demo_context)
    qtbot.addWidget(window)
    with demo_context.store.session() as session:
        silent = [t for t in session.scalars(select(Tiers).where(~Tiers.lre_consent, Tiers.email != ""))
                  if not email_error(t.email)][:2]
        consenting = next(t for t in session.scalars(select(Tiers).where(Tiers.lre_consent))
                          if not email_error(t.email))
        ids = [t.id for t in silent] + [consenting.id]
        emails = {t.email: t.id for t in silent + [consenting]}

    _select(window, ids)
    job = window.request_from_ar24()
    with qtbot.waitSignal(job.finished, timeout=15000):
        pass
    assert "3 demande(s) de consentement envoyée(s)" in window.last_dialog.text()
    with demo_context.store.session() as session:
        assert all(is_request_pending(session.get(Tiers, i)) for i in ids)

    # The recipients answer on AR24: the two silent ones agree, the consenting one refuses.
    service = demo_context.ar24.local_service()
    consents = demo_context.ar24.client().list_consents(id_user)
    with LocalServiceControl(service.root_url) as control:
        for consent in consents:
            if consent.email in emails:
                control.set_consent(consent.id, "refused" if emails[consent.email] == consenting.id else "accepted")

    job = window.update_from_ar24()
    with qtbot.waitSignal(job.finished, timeout=15000):
        pass
    qtbot.waitUntil(lambda: isinstance(window.last_dialog, ChangedTiersDialog))
    dialog = window.last_dialog
    assert dialog.table.rowCount() == 3
    changes = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(3)}
    with demo_context.store.session() as session:
        codes = {t.id: t.code for t in session.scalars(select(Tiers).where(Tiers.id.in_(ids)))}
    assert changes[codes[consenting.id]] == "Accord de consentement retiré"
    assert all(changes[codes[t.id]] == "Accord de consentement donné" for t in silent)
    assert _consent_of(demo_context, ids) == {silent[0].id: True, silent[1].id: True, consenting.id: False}
    assert _shown_consent(window, consenting.id) == "Non"
    with demo_context.store.session() as session:
        assert not any(is_request_pending(session.get(Tiers, i)) for i in ids)


def test_update_without_a_linked_account_says_what_to_do(qtbot, unlinked_demo_context):
    window = TiersListWindow(unlinked_demo_context)
    qtbot.addWidget(window)
    job = window.update_from_ar24()
    with qtbot.waitSignal(job.finished, timeout=15000):
        pass
    assert "n'est pas encore lié" in window.last_dialog.text()
    assert "Autoriser le compte" in window.last_dialog.text()


def test_the_open_list_shows_a_record_saved_elsewhere(qtbot, demo_context):
    from ui.tiers.tiers_record import TiersRecordDialog

    window = TiersListWindow(demo_context)
    qtbot.addWidget(window)
    with demo_context.store.session() as session:
        tiers_id = session.scalar(select(Tiers.id).where(Tiers.lastname == "MEURSAULT"))
    record = TiersRecordDialog(demo_context, tiers_id)     # opened from the send choice's recap, say
    qtbot.addWidget(record)
    record.email.setText("jeannine.meursault@gmail.com")
    record.consent_email.setText("")
    record.city.setText("nuits-saint-georges")
    assert record.save()
    city = [c.title for c in COLUMNS].index("Ville")
    row = next(r for r in range(window.model.rowCount()) if window.model.row_id(r) == tiers_id)
    assert window.model.index(row, city).data() == "NUITS-SAINT-GEORGES"
