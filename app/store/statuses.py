"""The status a letter shows: AR24's value once AR24 has the letter, else its outbox state.

AR24's value is kept exactly as received (``AR`` upper case, others lower case); an unknown
value is shown as received, never dropped (ar24-api.md, decision 5).
"""
from __future__ import annotations

from sqlalchemy import case

# The final statuses are AR24's (app/ar24/models.py, where the status sync reads them); the
# letters' rules read them here too.
from app.ar24.models import FINAL_PROOFS as FINAL_PROOFS
from app.ar24.models import FINAL_STATUSES as FINAL_STATUSES
from app.ar24.models import STATUS_LABELS
from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, message
from app.store.models import RegisteredLetter, SendType

# States of a letter that AR24 does not have yet (or that we are not sure it has).
LOCAL_LABELS = {
    "prepared": QT_TRANSLATE_NOOP("Letters", "En préparation"),
    "uploaded": QT_TRANSLATE_NOOP("Letters", "Documents déposés"),
    "posting": QT_TRANSLATE_NOOP("Letters", "Envoi en cours"),
    "uncertain": QT_TRANSLATE_NOOP("Letters", "Envoi à vérifier"),
    "posted": QT_TRANSLATE_NOOP("Letters", "Transmise à AR24"),
    "failed": QT_TRANSLATE_NOOP("Letters", "Échec de l'envoi"),
    "cancelled": QT_TRANSLATE_NOOP("Letters", "Annulée"),
}

# The lettre suivie électronique speaks of its recipient's reading, as OPT-NC's LSE does (seed 003);
# the other AR24 values keep the common labels (Envoyé, Refusé, Non distribué, Erreur technique).
ERE_LABELS = {"AR": QT_TRANSLATE_NOOP("Letters", "Reçu et lu"), "negligence": QT_TRANSLATE_NOOP("Letters", "Ignoré")}

TYPE_LABELS = {
    SendType.LRE_EIDAS.value: QT_TRANSLATE_NOOP("Letters", "LRE eIDAS"),
    SendType.AVIS_SYNDIC.value: QT_TRANSLATE_NOOP("Letters", "Avis électronique"),
    SendType.LR_PAPIER.value: QT_TRANSLATE_NOOP("Letters", "LR papier"),
    SendType.ERE_SIMPLE.value: QT_TRANSLATE_NOOP("Letters", "Lettre suivie"),
}

PROOF_LABELS = {
    "dp": QT_TRANSLATE_NOOP("Letters", "Preuve de dépôt"),
    "ev": QT_TRANSLATE_NOOP("Letters", "Preuve de dépôt et d'envoi"),
    "ar": QT_TRANSLATE_NOOP("Letters", "Preuve de réception (AR)"),
    "rf": QT_TRANSLATE_NOOP("Letters", "Preuve de refus"),
    "ng": QT_TRANSLATE_NOOP("Letters", "Preuve de non-réclamation"),
    "bc": QT_TRANSLATE_NOOP("Letters", "Preuve de non-distribution"),
    "content": QT_TRANSLATE_NOOP("Letters", "Contenu de la lettre"),
}


def status_label(raw: str, send_type: str = "") -> str:
    if send_type == SendType.ERE_SIMPLE.value and raw in ERE_LABELS:
        return ERE_LABELS[raw]
    return STATUS_LABELS.get(raw) or LOCAL_LABELS.get(raw) or raw


LOCAL_STATE = QT_TRANSLATE_NOOP("Letters", "État local : {raw} (la lettre n'est pas encore confirmée chez AR24)")
AR24_STATUS = QT_TRANSLATE_NOOP("Letters", "Statut AR24 : {raw}")


def status_tooltip(raw: str) -> Message:
    return message(LOCAL_STATE if raw in LOCAL_LABELS else AR24_STATUS, raw=raw)


def type_label(raw: str) -> str:
    return TYPE_LABELS.get(raw, raw)


def shown_status():
    """SQL expression of the shown raw status (for the list and its status filter)."""
    return case((RegisteredLetter.ar24_status != "", RegisteredLetter.ar24_status),
                else_=RegisteredLetter.outbox_state)


def status_choices() -> list[tuple[str, str]]:
    """(raw, label) of every status the search can filter on, in the order of a letter's life."""
    order = ["to_valid", "waiting", "sent", "AR", "refused", "negligence", "bounced", "error",
             "prepared", "uploaded", "posting", "uncertain", "failed", "cancelled"]
    return [(raw, status_label(raw)) for raw in order]


# The label kept with a payment code typed by hand, in French in the store like AR24's own
# labels (which are shown as they are); this one is AR24-free, so it reads in the interface's language.
TYPED_PAYMENT_LABEL = QT_TRANSLATE_NOOP("PaymentMethods", "Saisi à la main (vérifié au premier envoi)")


def payment_label(stored: str) -> Sentence:
    """A payment method's stored label as the user reads it."""
    return TYPED_PAYMENT_LABEL if stored == TYPED_PAYMENT_LABEL else stored
