"""What each send type implies for the checks: electronic or paper, page orientation, labels."""
from __future__ import annotations

from dataclasses import dataclass

from app.store.models import SendType

# Labels of the "TYPE D'ENVOI" radio buttons (shared/spec/screens.md §4).
LABELS: dict[SendType, str] = {
    SendType.LRE_EIDAS: "LRE qualifiée - eIDAS - OTP",
    SendType.AVIS_SYNDIC: "Avis électronique pour les Syndics de copropriété",
    SendType.LR_PAPIER: "LR Papier (A4 portrait uniquement)",
    SendType.ERE_SIMPLE: "Lettre suivie électronique (ERE simple)",
}
# Shown under the types while the type is chosen: what the letter is worth in law.
NOTICES: dict[SendType, str] = {
    SendType.ERE_SIMPLE: "Sans valeur de lettre recommandée (ERE simple, eIDAS art. 43.1) : pour les relances et "
                         "mises en demeure, pas pour les convocations d'AG. Pas de code OTP : la lettre part dès "
                         "son dépôt.",
}


def is_electronic(send_type: SendType) -> bool:
    return send_type is not SendType.LR_PAPIER


def portrait_only(send_type: SendType) -> bool:
    """Paper letters are printed by AR24's post office partner: A4 portrait only (LSC doc §3)."""
    return send_type is SendType.LR_PAPIER


@dataclass(frozen=True)
class PrintOptions:
    """"PARAMETRES D'IMPRESSION" of a paper LR: how AR24's printer handles the letter."""
    color: bool = False          # "Impression en couleur" / "Impression en noir et blanc"
    duplex: bool = True          # "Impression en recto / verso" / "Impression en recto uniquement"
