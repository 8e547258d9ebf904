"""A database failure told as a sentence (French, translated where shown) that says what to do, never the SQL nor its
parameters (they can hold names and addresses, and mean nothing to the user).

Both engines: SQLite reports its faults in its message ("database is locked", "disk I/O
error"…), PostgreSQL by SQLSTATE codes; connection losses are flagged by SQLAlchemy.
"""
from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message

LOCKED = QT_TRANSLATE_NOOP("StoreFaults", "La base de données est occupée par un autre programme ou un autre poste "
                           "depuis trop longtemps : réessayez dans un instant ; si cela dure, fermez les autres "
                           "fenêtres de l'application.")
READ_ONLY = QT_TRANSLATE_NOOP("StoreFaults", "La base de données est en lecture seule (droits du dossier ou du fichier, "
                              "support protégé) : rien n'a pu être enregistré ; corrigez les droits puis relancez.")
FULL = QT_TRANSLATE_NOOP("StoreFaults", "Le disque de la base de données est plein : libérez de la place (ou "
                         "agrandissez le dossier), puis relancez ; ce qui était enregistré avant reste intact.")
IO_ERROR = QT_TRANSLATE_NOOP("StoreFaults", "Le disque de la base de données ne répond pas correctement (erreur "
                             "d'entrée-sortie) : vérifiez le disque ou le partage réseau, puis relancez.")
CONNECTION = QT_TRANSLATE_NOOP("StoreFaults", "La connexion au serveur de base de données de l'agence a été perdue : "
                               "vérifiez le réseau et le serveur, puis relancez.")
OTHER = QT_TRANSLATE_NOOP("StoreFaults", "La base de données a refusé l'opération ({error}) : relancez ; si cela se "
                          "répète, contactez le support.")

_SQLITE_MESSAGES = (("locked", LOCKED), ("busy", LOCKED), ("readonly", READ_ONLY), ("read-only", READ_ONLY),
                    ("disk is full", FULL), ("database or disk is full", FULL), ("disk i/o error", IO_ERROR))
_PG_CODES = {"53100": FULL, "25006": READ_ONLY, "55P03": LOCKED, "57014": LOCKED, "58030": IO_ERROR,
             "57P01": CONNECTION, "08000": CONNECTION, "08003": CONNECTION, "08006": CONNECTION}


def store_failure(error: SQLAlchemyError) -> Text | Message:
    """The sentence for a failed database operation (``str()`` of it is French)."""
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return CONNECTION
        code = getattr(error.orig, "sqlstate", None)
        if code in _PG_CODES:
            return _PG_CODES[code]
        text = str(error.orig).lower()
        for needle, sentence in _SQLITE_MESSAGES:
            if needle in text:
                return sentence
        return message(OTHER, error=type(error.orig).__name__)
    return message(OTHER, error=type(error).__name__)
