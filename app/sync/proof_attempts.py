"""A proof the sync could not archive yet: how often it is asked for again, and what the letter
detail says of it (its failed attempts, the last reason), read from the proof's row. Light to
import: the letter queries use it without loading the AR24 client."""
from __future__ import annotations

import datetime as dt

from app.store.models import Proof

# A proof whose download failed this many times in a row is then asked for once a day only.
FREQUENT_ATTEMPTS = 10
DAILY = dt.timedelta(days=1)


def proof_note(proof: Proof) -> str:
    """A French sentence for a proof still missing after failed downloads; "" otherwise."""
    if proof.sha256 is not None or not proof.attempts:
        return ""
    when = ("une fois par jour" if proof.attempts >= FREQUENT_ATTEMPTS
            else "à la prochaine actualisation")
    return (f"Non archivée après {proof.attempts} essai(s) : {proof.last_error or 'raison inconnue'}. "
            f"Elle sera redemandée à AR24 {when}.")
