"""What the letter detail says of a proof the sync could not archive yet (its failed attempts,
the last reason, when it will be asked for again): read from the proof's row."""
from __future__ import annotations

from app.store.models import Proof
from app.sync.statuses import FREQUENT_ATTEMPTS


def proof_note(proof: Proof) -> str:
    """A French sentence for a proof still missing after failed downloads; "" otherwise."""
    if proof.sha256 is not None or not proof.attempts:
        return ""
    when = ("une fois par jour" if proof.attempts >= FREQUENT_ATTEMPTS
            else "à la prochaine actualisation")
    return (f"Non archivée après {proof.attempts} essai(s) : {proof.last_error or 'raison inconnue'}. "
            f"Elle sera redemandée à AR24 {when}.")
