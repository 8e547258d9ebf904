"""The "LISTE DES ERREURS" page of the send choice (screens.md §5): where and what, one line each."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.sending import BatchCheck, RecapLine
from ui.i18n import render, translate
from ui.widgets import frame, header_bar

TIP = QT_TRANSLATE_NOOP("ErrorRecapPage", "Astuce : vous avez la possibilité de cocher pour consentement une "
                        "sélection de tiers, via le menu « Actions », rubrique « Attribuer ».")


def link_header(*parts: tuple[str, str]) -> QLabel:
    """An LSC header line whose entries after "LETTRES RECOMMANDEES AR24" are links; ``parts`` are
    (href, text), "aide" going to the right as in LSC."""
    links = [f"<a href='{href}' style='color:white; text-decoration:none'>{text}</a>"
             for href, text in parts if href != "aide"]
    text = " &gt; ".join([translate("ErrorRecapPage", "LETTRES RECOMMANDEES AR24"), *links])
    for href, help_text in parts:
        if href == "aide":
            text += ("&nbsp;" * 8) + f"<a href='aide' style='color:#ffcf8a; text-decoration:none'>{help_text}</a>"
    return header_bar(text, links=True)


class ErrorRecapPage(QWidget):
    list_requested = Signal()           # "Lister les événements en erreur"
    recalc_requested = Signal()         # "Recalculer les erreurs"
    back_requested = Signal()           # "Retour"
    help_requested = Signal()
    line_activated = Signal(object)     # RecapLine double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[RecapLine] = []
        self.header = link_header(("lister", translate("ErrorRecapPage", "Lister les événements en erreur")),
                                  ("recalculer", translate("ErrorRecapPage", "Recalculer les erreurs")),
                                  ("retour", translate("ErrorRecapPage", "Retour")),
                                  ("aide", translate("ErrorRecapPage", "Aide")))
        self.header.linkActivated.connect(self._link)
        self.count = QLabel()
        self.count.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([translate("ErrorRecapPage", "Emplacement"),
                                              translate("ErrorRecapPage", "Commentaire"),
                                              translate("ErrorRecapPage", "Evénements bloqués")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)          # a long comment or event list wraps, never cut
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(2, 330)
        # Wrapped again once the columns have their new widths (a resize of the window, of a column).
        self._rewrap = QTimer(self, singleShot=True, interval=0)
        self._rewrap.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._rewrap.start())
        self.table.setToolTip(translate("ErrorRecapPage", "Double-cliquez sur une ligne pour ouvrir la fiche à "
                                        "corriger"))
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda index: self.line_activated.emit(self.lines[index.row()]))
        self.table.installEventFilter(self)     # Enter on a line opens it, like a double-click
        tip = QLabel(translate("ErrorRecapPage", TIP))
        tip.setWordWrap(True)
        tip.setStyleSheet("color: #555; font-style: italic;")
        box = frame(translate("ErrorRecapPage", "LISTE DES ERREURS"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.count)
        inner.addWidget(self.table, 1)
        inner.addWidget(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(box, 1)

    def set_batch(self, batch: BatchCheck) -> None:
        self.count.setText(translate("ErrorRecapPage", "Nombre d'événement incompatible : {count}").format(
            count=batch.incompatible))
        self.lines = batch.recap_lines()
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for column, text in enumerate((render(line.location.label), render(line.commentaire),
                                           "\n".join(line.event_titles))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._rewrap.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
            self.line_activated.emit(self.lines[self.table.currentIndex().row()])
            return True
        return super().eventFilter(watched, event)

    def _link(self, href: str) -> None:
        {"lister": self.list_requested, "recalculer": self.recalc_requested, "retour": self.back_requested,
         "aide": self.help_requested}[href].emit()
