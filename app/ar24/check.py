"""« Tester la connexion »: does AR24 answer, does it accept our signature, is the account linked?"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError, AR24Error, AR24MaintenanceError, AR24TransportError, ProtocolError
from app.ar24.models import User
from app.i18n import QT_TRANSLATE_NOOP, Sentence, Text, message

# Slugs by which AR24 rejects the partner credentials or the request signing itself.
CREDENTIAL_SLUGS = frozenset(
    {"token_missing", "token_invalid", "empty_date", "invalid_date", "expired_date",
     "date_in_future", "empty_signature", "invalid_signature"}
)


class LinkState(enum.Enum):
    LINKED = "linked"
    PENDING = "pending"
    NOT_LINKED = "not_linked"
    UNKNOWN_ACCOUNT = "unknown_account"


ANSWERS = QT_TRANSLATE_NOOP("ConnectionCheck", "AR24 répond.")
SIGNATURE_ACCEPTED = QT_TRANSLATE_NOOP("ConnectionCheck", "Signature acceptée.")
# The account's line, one whole sentence per state (the linked one names the holder).
ACCOUNT_LINES: dict[LinkState, Text] = {
    LinkState.LINKED: QT_TRANSLATE_NOOP("ConnectionCheck", "Compte {email} : lié ({name})."),
    LinkState.PENDING: QT_TRANSLATE_NOOP("ConnectionCheck", "Compte {email} : autorisation en attente."),
    LinkState.NOT_LINKED: QT_TRANSLATE_NOOP("ConnectionCheck", "Compte {email} : non lié."),
    LinkState.UNKNOWN_ACCOUNT: QT_TRANSLATE_NOOP("ConnectionCheck", "Compte {email} : aucun compte AR24 à cette adresse."),
}


@dataclass
class ConnectionReport:
    answers: bool = False
    signature_accepted: bool = False
    link_state: LinkState | None = None
    user: User | None = None
    lines: list[Sentence] = field(default_factory=list)   # what « Tester la connexion » shows, line by line

    @property
    def ok(self) -> bool:
        return self.answers and self.signature_accepted


def check_connection(client: AR24Client, email: str, *, access_requested: bool = False) -> ConnectionReport:
    """Probe AR24 with a signed ``GET user?email=``. AR24 answers ``user_unavailable`` both
    before and after « Autoriser le compte », so ``access_requested`` (known locally) tells
    "pending" from "not linked"."""
    report = ConnectionReport()
    try:
        user = client.get_user(email=email)
    except AR24TransportError as exc:
        report.lines.append(message(QT_TRANSLATE_NOOP("ConnectionCheck", "AR24 ne répond pas : {reason}"),
                                    reason=exc.message))
        return report
    except AR24MaintenanceError as exc:
        report.answers = True
        report.lines += [ANSWERS, message(QT_TRANSLATE_NOOP("ConnectionCheck", "Signature non vérifiable : {reason}"),
                                          reason=exc.message)]
        return report
    except ProtocolError as exc:
        report.answers = True
        report.lines += [ANSWERS, message(QT_TRANSLATE_NOOP("ConnectionCheck", "Réponse illisible : {reason}"),
                                          reason=exc.message)]
        return report
    except AR24ApiError as exc:
        report.answers = True
        report.lines.append(ANSWERS)
        if exc.slug in CREDENTIAL_SLUGS:
            report.lines.append(message(QT_TRANSLATE_NOOP("ConnectionCheck", "Signature refusée : {reason}"),
                                        reason=exc.message))
            return report
        report.signature_accepted = True
        report.lines.append(SIGNATURE_ACCEPTED)
        report.link_state = _link_state_of(exc.slug, access_requested)
        report.lines.append(message(ACCOUNT_LINES[report.link_state], email=email) if report.link_state else exc.message)
        return report
    except AR24Error as exc:  # any other failure is still reported, never hidden
        report.lines.append(exc.message)
        return report
    report.answers = report.signature_accepted = True
    report.link_state, report.user = LinkState.LINKED, user
    report.lines += [ANSWERS, SIGNATURE_ACCEPTED,
                     message(ACCOUNT_LINES[LinkState.LINKED], email=email, name=user.display_name)]
    return report


def _link_state_of(slug: str, access_requested: bool) -> LinkState | None:
    if slug == "user_not_exist":
        return LinkState.UNKNOWN_ACCOUNT
    if slug == "user_unavailable":
        return LinkState.PENDING if access_requested else LinkState.NOT_LINKED
    return None
