"""What to tell the user about an error a window's background job raised: the sentence it was
raised with (AR24, a rule, an input), a database fault said as what to do (never the SQL), or
nothing when the error is unforeseen (the window then says so, and the log keeps the trace)."""
from __future__ import annotations

from app.i18n import Message, Sentence, Text, sentence_of


def failure_sentence(error: BaseException) -> Sentence | None:
    from sqlalchemy.exc import SQLAlchemyError   # imported by then: a job runs after the store opened

    from app.store.faults import store_failure

    if isinstance(error, SQLAlchemyError):
        return store_failure(error)
    said = sentence_of(error)
    return said if isinstance(said, (Message, Text)) else None
