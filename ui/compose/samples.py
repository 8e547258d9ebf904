"""The two windows as the screenshots show them: filled in with the demo agency, nothing created."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.demo.documents import write_demo_pdf
from app.demo.letter_run import write_letter_run
from app.services import letter_imports
from ui.compose.import_letters import ImportLettersWindow
from ui.compose.new_letter import NewLetterWindow

BODY = ("<p>«Civilite» «Nom»,</p><p>Nous avons l'honneur de vous convoquer à l'assemblée générale des "
        "copropriétaires de «Entite», le <b>«DateAG»</b> à 18 h, salle Darcy.</p>"
        "<p>Votre lot : «Lot». L'ordre du jour est joint à ce courrier.</p>"
        "<p>Pour recevoir nos prochains courriers par voie électronique : «AR24_LienConsentement»</p>")
MARKER = r"Réf\. tiers : (\S+)"


def new_letter_sample(context: AppContext, folder: Path) -> QWidget:
    window = NewLetterWindow(context)
    window.entity_combo.setCurrentIndex(window.entity_combo.findText("S001", Qt.MatchFlag.MatchStartsWith))
    window.add_entity_recipients()
    window.model_combo.setEditText("AG Convoc ind. n°10")
    window.subject.setText("Convocation à l'assemblée générale")
    window.is_convocation.setChecked(True)
    window.ag_date.setDate(QDate.fromString(f"{dt.date.today() + dt.timedelta(days=45):%d/%m/%Y}", "dd/MM/yyyy"))
    window.body.setHtml(BODY)
    attachment = folder / "Ordre-du-jour.pdf"
    write_demo_pdf(attachment, "Ordre du jour", ["1. Approbation des comptes"], agency="")
    window.add_attachments([attachment])
    return window


def import_letters_sample(context: AppContext, folder: Path) -> QWidget:
    run = write_letter_run(folder / "Convocations AG 2027.pdf",
                           ["T0001", "T0006", "T0011", "X0999", "T0016", "T0021", "T0026"], pages=3)
    window = ImportLettersWindow(context)
    window.source.setText(str(run))
    window.marker.setText(MARKER)
    window.show_plan(letter_imports.preview(context, run, window.options()))
    return window
