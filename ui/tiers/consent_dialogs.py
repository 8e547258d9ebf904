"""Dialogs of the consent actions: "Attribuer" and the list of tiers changed by a consent update."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.tiers import ConsentDiff
from ui.i18n import render, translate

CONSENT_FIELD = "lre_consent"
PAPER_FIELD = "paper_requested"
CHANGED_COLUMNS = [QT_TRANSLATE_NOOP("ChangedTiersDialog", "Code"), QT_TRANSLATE_NOOP("ChangedTiersDialog", "Tiers"),
                   QT_TRANSLATE_NOOP("ChangedTiersDialog", "Changement"),
                   QT_TRANSLATE_NOOP("ChangedTiersDialog", "Accord avant"),
                   QT_TRANSLATE_NOOP("ChangedTiersDialog", "Accord après"),
                   QT_TRANSLATE_NOOP("ChangedTiersDialog", "Email de consentement")]


def _yes_no(value: bool) -> str:
    return translate("Labels", "Oui") if value else translate("Labels", "Non")


class AssignDialog(QDialog):
    """Actions › Attribuer: give one value of a field to the whole selection."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AssignDialog", "Attribuer"))
        self.field = QComboBox()
        self.field.addItem(translate("AssignDialog", "Accord de consentement LRE"), CONSENT_FIELD)
        self.field.addItem(translate("AssignDialog", "Demande d'envoi papier"), PAPER_FIELD)
        self.yes, self.no = QRadioButton(translate("Labels", "Oui")), QRadioButton(translate("Labels", "Non"))
        self.yes.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.yes)
        group.addButton(self.no)
        values = QHBoxLayout()
        values.addWidget(self.yes)
        values.addWidget(self.no)
        values.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AssignDialog", "Attribuer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("AssignDialog", "Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("AssignDialog", "Valeur à attribuer aux {count} tiers sélectionnés :").format(
            count=count)))
        layout.addWidget(self.field)
        layout.addLayout(values)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, bool]:
        return self.field.currentData(), self.yes.isChecked()


class ChangedTiersDialog(QDialog):
    """The end of "MAJ accord de consentement LRE": the tiers that changed, before and after."""

    def __init__(self, diffs: Sequence[ConsentDiff], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ChangedTiersDialog", "Tiers modifiés par la mise à jour des consentements"))
        heading = QLabel(translate("ChangedTiersDialog", "{count} tiers modifié(s) d'après les consentements "
                                   "enregistrés chez AR24.").format(count=len(diffs)) if diffs else
                         translate("ChangedTiersDialog", "Aucun tiers modifié : les fiches correspondent déjà aux "
                                   "consentements AR24."))
        self.table = QTableWidget(len(diffs), 6)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([translate("ChangedTiersDialog", title) for title in CHANGED_COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        empty = translate("ChangedTiersDialog", "(vide)")
        for row, diff in enumerate(diffs):
            email = diff.after_email if diff.before_email == diff.after_email else \
                f"{diff.before_email or empty} → {diff.after_email}"
            for column, value in enumerate([diff.code, diff.name, render(diff.summary), _yes_no(diff.before_consent),
                                            _yes_no(diff.after_consent), email]):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("ChangedTiersDialog", "Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 420)
