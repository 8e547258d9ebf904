"""The status a letter shows: AR24's value once AR24 has the letter, else its outbox state.

AR24's value is kept exactly as received (``AR`` upper case, others lower case); an unknown
value is shown as received, never dropped (ar24-api.md, decision 5).
"""
from __future__ import annotations

from sqlalchemy import case

from app.ar24.models import STATUS_LABELS
from app.store.models import RegisteredLetter, SendType

# States of a letter that AR24 does not have yet (or that we are not sure it has).
LOCAL_LABELS = {
    "prepared": "En préparation",
    "uploaded": "Documents déposés",
    "posting": "Envoi en cours",
    "uncertain": "Envoi à vérifier",
    "posted": "Transmise à AR24",
    "failed": "Échec de l'envoi",
    "cancelled": "Annulée",
}
# AR24 will not change these any more: their proofs are final.
FINAL_STATUSES = ("AR", "refused", "negligence", "bounced", "error")
# The proofs a letter has once it reached its final status (the content PDF comes with all).
FINAL_PROOFS = {"AR": ("ev", "ar"), "refused": ("ev", "rf"), "negligence": ("ev", "ng"), "bounced": ("bc",),
                "error": ()}

# The lettre suivie électronique speaks of its recipient's reading, as OPT-NC's LSE does (seed 003);
# the other AR24 values keep the common labels (Envoyé, Refusé, Non distribué, Erreur technique).
ERE_LABELS = {"AR": "Reçu et lu", "negligence": "Ignoré"}

TYPE_LABELS = {
    SendType.LRE_EIDAS.value: "LRE eIDAS",
    SendType.AVIS_SYNDIC.value: "Avis électronique",
    SendType.LR_PAPIER.value: "LR papier",
    SendType.ERE_SIMPLE.value: "Lettre suivie",
}

PROOF_LABELS = {
    "dp": "Preuve de dépôt",
    "ev": "Preuve de dépôt et d'envoi",
    "ar": "Preuve de réception (AR)",
    "rf": "Preuve de refus",
    "ng": "Preuve de non-réclamation",
    "bc": "Preuve de non-distribution",
    "content": "Contenu de la lettre",
}


def status_label(raw: str, send_type: str = "") -> str:
    if send_type == SendType.ERE_SIMPLE.value and raw in ERE_LABELS:
        return ERE_LABELS[raw]
    return STATUS_LABELS.get(raw) or LOCAL_LABELS.get(raw) or raw


def status_tooltip(raw: str) -> str:
    if raw in LOCAL_LABELS:
        return f"État local : {raw} (la lettre n'est pas encore confirmée chez AR24)"
    return f"Statut AR24 : {raw}"


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
