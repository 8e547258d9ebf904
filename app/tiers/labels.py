"""How a tiers' status and the lines of its consent history read on screen (French, marked for
translation in the record's context; the window shows them with ``ui.i18n.render``)."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.store.models import ConsentOrigin, TiersStatus

STATUS_LABELS: dict[TiersStatus, Text] = {
    TiersStatus.PARTICULIER: QT_TRANSLATE_NOOP("TiersRecordDialog", "particulier"),
    TiersStatus.PROFESSIONNEL: QT_TRANSLATE_NOOP("TiersRecordDialog", "professionnel"),
}
CHANGE_LABELS: dict[str, Text] = {
    "consent_given": QT_TRANSLATE_NOOP("TiersRecordDialog", "Accord de consentement donné"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("TiersRecordDialog", "Accord de consentement retiré"),
    "consent_refused": QT_TRANSLATE_NOOP("TiersRecordDialog", "Consentement refusé"),
    "consent_requested": QT_TRANSLATE_NOOP("TiersRecordDialog", "Consentement demandé à AR24"),
    "paper_requested": QT_TRANSLATE_NOOP("TiersRecordDialog", "Demande d'envoi papier"),
    "paper_withdrawn": QT_TRANSLATE_NOOP("TiersRecordDialog", "Demande d'envoi papier levée"),
}
ORIGIN_LABELS: dict[ConsentOrigin, str] = {
    ConsentOrigin.MANUEL: QT_TRANSLATE_NOOP("TiersRecordDialog", "Manuel"),
    ConsentOrigin.AR24: "AR24",
    ConsentOrigin.COPROPRIETAIRE: QT_TRANSLATE_NOOP("TiersRecordDialog", "Demande du copropriétaire"),
    ConsentOrigin.IMPORT: QT_TRANSLATE_NOOP("TiersRecordDialog", "Import de fichier"),
}
# Suggestions of the record's editable drop-down lists (any other value may be typed).
CIVILITIES = ("Madame", "Monsieur", "Société", "Indivision", "Maître")
RELATIONS = ("copropriétaire", "locataire", "bailleur", "fournisseur", "autre")


def status_label(value: object) -> Text | str:
    """The list gives the status as the driver's string value; the record as the enum."""
    try:
        return STATUS_LABELS[TiersStatus(value)]
    except ValueError:
        return "" if value is None else str(value)
