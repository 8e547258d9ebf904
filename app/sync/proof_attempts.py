"""A proof the sync could not archive yet: how often it is asked for again, and what the letter
detail says of it (its failed attempts, the last reason), read from the proof's row. Light to
import: the letter queries use it without loading the AR24 client."""
from __future__ import annotations

import datetime as dt

from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_from_stored
from app.store.models import Proof

# A proof whose download failed this many times in a row is then asked for once a day only.
FREQUENT_ATTEMPTS = 10
DAILY = dt.timedelta(days=1)


NEXT_SYNC = QT_TRANSLATE_NOOP("StatusSync", "Non archivée après {attempts} essai(s) : {reason}. Elle sera redemandée "
                              "à AR24 à la prochaine actualisation.")
ONCE_A_DAY = QT_TRANSLATE_NOOP("StatusSync", "Non archivée après {attempts} essai(s) : {reason}. Elle sera redemandée "
                               "à AR24 une fois par jour.")
UNKNOWN_REASON = QT_TRANSLATE_NOOP("StatusSync", "raison inconnue")


def proof_note(proof: Proof) -> Sentence:
    """A sentence for a proof still missing after failed downloads; "" otherwise. The reason
    is the one the store kept, in the reader's language (an older row's French text as it is)."""
    if proof.sha256 is not None or not proof.attempts:
        return ""
    return message(ONCE_A_DAY if proof.attempts >= FREQUENT_ATTEMPTS else NEXT_SYNC, attempts=proof.attempts,
                   reason=sentence_from_stored(proof.last_error) or UNKNOWN_REASON)
