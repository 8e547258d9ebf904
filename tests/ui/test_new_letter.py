""""Nouveau courrier", driven as a user: all copropriétaires of one entity, a body with variables,
an attachment, a merged preview, a saved model, and chronoted events created in the background."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import func, select

from app.demo.letter_run import write_letter_run
from app.outbox.control import Control
from app.sending.compatibility import check_events
from app.sending.prepare import prepare_letter_files
from app.services import compose
from app.store.models import Entity, Event, SendType, Tiers
from ui.compose.new_letter import NewLetterWindow


def _drop(widget, path: Path) -> None:
    """A file dropped from the file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def _entity_owners(context, code: str) -> list[int]:
    with context.store.session() as session:
        return list(session.scalars(select(Tiers.id).join(Entity, Tiers.entity_id == Entity.id)
                                    .where(Entity.code == code, Tiers.relation == "copropriétaire")))


def test_letter_for_all_copropriétaires_of_an_entity(qtbot, demo_context, tmp_path):
    demo_context.settings.login = "JLC"
    window = NewLetterWindow(demo_context)
    qtbot.addWidget(window)
    window.entity_combo.setCurrentIndex(window.entity_combo.findText("S002", Qt.MatchFlag.MatchStartsWith))
    window.relation_combo.setCurrentIndex(window.relation_combo.findData("copropriétaire"))
    window.add_entity_recipients()
    owners = _entity_owners(demo_context, "S002")
    assert sorted(r.tiers_id for r in window.recipients) == sorted(owners) and len(owners) > 5
    assert window.recipient_count.text() == f"{len(owners)} destinataire(s)"

    window.model_combo.setEditText("AG Convoc 2027")
    window.subject.setText("Convocation à l'assemblée générale")
    window.is_convocation.setChecked(True)
    window.body.setHtml("<p>Bonjour </p>")
    cursor = window.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.body.setTextCursor(cursor)
    [civility, name] = [a for a in window.variables_menu.actions() if a.text() in ("Civilité", "Nom")]
    civility.trigger()
    window.body.insertPlainText(" ")
    name.trigger()
    window.body.append("Vous êtes convoqué(e) à l'AG du «DateAG», lot «Lot».")
    assert "«Civilite» «Nom»" in window.body.toPlainText()
    attachment = write_letter_run(tmp_path / "Ordre du jour.pdf", [None], pages=2)
    _drop(window.attachment_list, attachment)
    assert [window.attachment_list.item(i).text() for i in range(window.attachment_list.count())] == [
        "Ordre du jour.pdf"]

    window.preview_combo.setCurrentIndex(1)
    preview = window.preview()
    assert preview is not None and len(preview.page_labels) == 1 and not preview.page_labels[0].pixmap().isNull()

    window.save_model()
    assert window.message.text() == "Modèle « AG Convoc 2027 » enregistré."
    again = NewLetterWindow(demo_context)
    qtbot.addWidget(again)
    again.model_combo.setCurrentIndex(again.model_combo.findText("AG Convoc 2027"))
    again.model_combo.activated.emit(again.model_combo.currentIndex())
    assert again.subject.text() == "Convocation à l'assemblée générale" and "«DateAG»" in again.body.toPlainText()
    again.delete_model()
    assert again.message.text() == "Modèle « AG Convoc 2027 » supprimé." and again.model_combo.count() == 0

    with demo_context.store.session() as session:
        before = session.scalar(select(func.count(Event.id)))
        last = session.scalar(select(func.max(Event.treatment_number)))
    window.create_letters()
    qtbot.waitUntil(lambda: bool(window.created) or "annulée" in window.message.text(), timeout=20000)
    assert window.message.text().startswith(f"{len(owners)} courrier(s) créé(s), chronotés n° {last + 1} à ")
    assert window.recipients == [] and window.recipient_table.rowCount() == 0     # not created twice
    with demo_context.store.session() as session:
        assert session.scalar(select(func.count(Event.id))) == before + len(owners)
        events = session.scalars(select(Event).where(Event.id.in_([i for i, _n in window.created]))).all()
        assert sorted(e.treatment_number for e in events) == list(range(last + 1, last + 1 + len(owners)))
        assert {(e.subject, e.model, e.dossier, len(e.attachments)) for e in events} == {
            ("Convocation à l'assemblée générale", "AG Convoc 2027", "S002 SDC Le Clos des Vignes", 1)}
        assert all(e.ag_date is not None and e.tiers_id in owners for e in events)
        files = prepare_letter_files(session, events[0].id, SendType.LR_PAPIER, "JLC", tmp_path / "out")
        tiers = events[0].tiers
    text = PdfReader(files[0].path).pages[0].extract_text()
    assert f"Bonjour {tiers.civility} {tiers.lastname.upper()}" in text and "«" not in text
    assert [f.name for f in files][1:] == ["Ordre du jour.pdf"]
    check = check_events(demo_context.store, [i for i, _n in window.created], SendType.LR_PAPIER, login="JLC",
                         payment_required=False)
    assert not [i for i in check.errors if i.code.name in ("DOCUMENT", "CHRONO", "VARIABLE")]   # ready to send


def test_nothing_is_created_without_recipient_subject_or_body(qtbot, demo_context):
    window = NewLetterWindow(demo_context)
    qtbot.addWidget(window)
    window.create_letters()
    assert window.message.text().splitlines() == [
        "Ajoutez au moins un destinataire.", "Indiquez le sujet du courrier.", "Le corps du courrier est vide."]


def test_cancelled_creation_leaves_no_event_and_no_file(demo_context, data_dir, tmp_path):
    with demo_context.store.session() as session:
        ids = list(session.scalars(select(Tiers.id)))
        before = session.scalar(select(func.count(Event.id)))
    draft = compose.LetterDraft("Information", "<p>Madame, Monsieur,</p>",
                                attachments=(write_letter_run(tmp_path / "annexe.pdf", [None], pages=1),))
    control = Control()
    control.report = lambda progress: control.cancel()      # the user cancels at the first progress
    with pytest.raises(compose.Cancelled):
        compose.create(demo_context, draft, ids, control)
    with demo_context.store.session() as session:
        assert session.scalar(select(func.count(Event.id))) == before
    assert not list((data_dir / "documents").glob("courriers/*"))


def test_new_letter_from_the_tiers_list_selection(qtbot, demo_context):
    from ui.tiers.tiers_list import TiersListWindow

    tiers_list = TiersListWindow(demo_context)
    qtbot.addWidget(tiers_list)
    with demo_context.store.session() as session:
        ids = list(session.scalars(select(Tiers.id).order_by(Tiers.id).limit(3)))
    tiers_list.select_ids(set(ids))
    [action] = [a for a in tiers_list.actions_menu.actions() if a.text() == "Nouveau courrier…"]
    action.trigger()
    window = tiers_list.last_dialog
    assert isinstance(window, NewLetterWindow)
    assert sorted(r.tiers_id for r in window.recipients) == ids
    assert window.preview_combo.count() == 3


def test_the_organiseur_opens_both_windows_from_its_file_menu(qtbot, demo_context):
    from ui.compose.import_letters import ImportLettersWindow
    from ui.home.main_window import MainWindow

    main = MainWindow(demo_context)
    qtbot.addWidget(main)
    file_menu = main.menuBar().actions()[0].menu()
    entries = {action.text(): action for action in file_menu.actions()}
    entries["&Nouveau courrier…"].trigger()
    entries["Importer des &courriers PDF…"].trigger()
    assert isinstance(main.windows["new-letter"], NewLetterWindow) and main.windows["new-letter"].isVisible()
    assert isinstance(main.windows["import-letters"], ImportLettersWindow)
    assert main.windows["new-letter"].recipients == []          # an empty letter
