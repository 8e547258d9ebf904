"""How a tiers' status, civility, relation and the lines of its consent history read on screen
(French, marked for translation in the record's context; the window shows them with
``ui.i18n.render``)."""
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
# Suggestions of the record's editable drop-down lists (any other value may be typed). The French
# value is what the store keeps (and the letter's address prints); the windows show it translated.
CIVILITIES: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("TiersRecordDialog", "Madame"), QT_TRANSLATE_NOOP("TiersRecordDialog", "Monsieur"),
    QT_TRANSLATE_NOOP("TiersRecordDialog", "Société"), QT_TRANSLATE_NOOP("TiersRecordDialog", "Indivision"),
    QT_TRANSLATE_NOOP("TiersRecordDialog", "Maître"))
RELATIONS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("TiersRecordDialog", "copropriétaire"), QT_TRANSLATE_NOOP("TiersRecordDialog", "locataire"),
    QT_TRANSLATE_NOOP("TiersRecordDialog", "bailleur"), QT_TRANSLATE_NOOP("TiersRecordDialog", "fournisseur"),
    QT_TRANSLATE_NOOP("TiersRecordDialog", "autre"))
_SUGGESTED: dict[str, Text] = {str(value): value for value in CIVILITIES + RELATIONS}


def shown_value(value: str) -> Text | str:
    """A stored civility or relation as the windows show it: a suggested one translated, any
    other as typed."""
    return _SUGGESTED.get(value, value)


def status_label(value: object) -> Text | str:
    """The list gives the status as the driver's string value; the record as the enum."""
    try:
        return STATUS_LABELS[TiersStatus(value)]
    except ValueError:
        return "" if value is None else str(value)
