"""Is each provisional feature offered by this AR24 account? Detected, never assumed.

No public source shows AR24's routes for consents, the payment-method listing, paper letters
or the avis électronique (spec §4.16–§4.19): our client guesses them (app/ar24/provisional.py).
Each is probed without creating or billing anything:

* a read endpoint by reading it (``GET consent``, ``GET user/payment``);
* a sending endpoint by a request missing its recipient, which an existing route refuses
  with one of its validation slugs (``POST paper``, ``POST notice``).

How AR24 answers an unknown route is not documented: an HTTP 404, or an ERROR whose slug is
not one this endpoint documents, means "not available". Credential, maintenance and transport
failures say nothing about the route: the feature stays unknown.
"""
from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.ar24.errors import (
    AR24ApiError,
    AR24Error,
    AR24MaintenanceError,
    AR24TransportError,
)
from app.ar24.models import MailRequest
from app.ar24.provisional import PaperLetterRequest
from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, Text, message

if TYPE_CHECKING:   # the client (httpx, cryptography) is imported where one is built: not at start-up
    from app.ar24.client import AR24Client


class Feature(enum.Enum):
    CONSENTS = "consents"
    PAYMENT_METHODS = "payment_methods"
    PAPER = "paper"
    NOTICE = "notice"


class Availability(enum.Enum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"
    UNKNOWN = "unknown"


AVAILABILITY_LABELS: dict[Availability, Text] = {
    Availability.AVAILABLE: QT_TRANSLATE_NOOP("Features", "disponible"),
    Availability.UNAVAILABLE: QT_TRANSLATE_NOOP("Features", "non disponible"),
    Availability.UNKNOWN: QT_TRANSLATE_NOOP("Features", "inconnu"),
}


FEATURE_LABELS: dict[Feature, Text] = {
    Feature.CONSENTS: QT_TRANSLATE_NOOP("Features", "Consentements via AR24"),
    Feature.PAYMENT_METHODS: QT_TRANSLATE_NOOP("Features", "Liste des moyens de paiement"),
    Feature.PAPER: QT_TRANSLATE_NOOP("Features", "Lettre recommandée papier"),
    Feature.NOTICE: QT_TRANSLATE_NOOP("Features", "Avis électronique"),
}

# The sentence a window shows where the feature is not available (the manual path instead).
UNAVAILABLE_SENTENCES: dict[Feature, Message] = {
    Feature.CONSENTS: message(QT_TRANSLATE_NOOP(
        "Features", "Votre compte AR24 ne propose pas les consentements par l'API : enregistrez le consentement "
        "reçu dans la fiche tiers, avec sa preuve (date et moyen).")),
    Feature.PAYMENT_METHODS: message(QT_TRANSLATE_NOOP(
        "Features", "Votre compte AR24 ne donne pas la liste de ses moyens de paiement par l'API : saisissez le code "
        "du moyen de paiement (par exemple stripe-47146), vérifié au premier envoi qui l'utilise.")),
    Feature.PAPER: message(QT_TRANSLATE_NOOP(
        "Features", "Votre compte AR24 ne propose pas la lettre recommandée papier par l'API : envoyez-la depuis le "
        "site d'AR24.")),
    Feature.NOTICE: message(QT_TRANSLATE_NOOP(
        "Features", "Votre compte AR24 ne propose pas l'avis électronique par l'API : choisissez une LRE ou envoyez-le "
        "depuis le site d'AR24.")),
}

ROUTES = {Feature.CONSENTS: "GET consent", Feature.PAYMENT_METHODS: "GET user/payment",
          Feature.PAPER: "POST paper", Feature.NOTICE: "POST notice"}

# Slugs that say nothing about the route: the account or our credentials are refused first.
ACCOUNT_SLUGS = frozenset({
    "token_missing", "token_invalid", "empty_date", "invalid_date", "expired_date", "date_in_future",
    "empty_signature", "invalid_signature", "user_not_exist", "user_unavailable", "missing_user_id"})
_SENDER_SLUGS = frozenset({"user_no_payment", "user_account_not_confirmed", "user_eula_not_accepted",
                           "user_name_empty", "invalid_recipient", "error_no_content_no_attachment"})
# The slugs each endpoint documents (our guess of its checks, modelled on POST mail, spec §3):
# a sending endpoint answers one of them to a request without recipient.
DOCUMENTED_SLUGS: dict[Feature, frozenset[str]] = {
    Feature.CONSENTS: frozenset({"missing_email", "invalid_email"}),
    Feature.PAYMENT_METHODS: frozenset(),
    Feature.PAPER: _SENDER_SLUGS | {"missing_address", "missing_zipcode", "missing_city"},
    Feature.NOTICE: _SENDER_SLUGS | {"missing_email", "invalid_email"},
}
SENDING = frozenset({Feature.PAPER, Feature.NOTICE})
SEND_TYPE_FEATURES = {"lr_papier": Feature.PAPER, "avis_syndic": Feature.NOTICE}   # by SendType value


@dataclass(frozen=True)
class Finding:
    availability: Availability
    how: Sentence     # how we know (the route and what it answered)


# How a probe knows: the route, then what it answered.
REFUSED_BEFORE_ROUTE = QT_TRANSLATE_NOOP("Features", "{route} : refusé avant la route ({slug})")
REFUSED_BY_ROUTE = QT_TRANSLATE_NOOP("Features", "{route} sans destinataire : refusé par une règle de la route ({slug}), "
                                                 "rien créé")
UNKNOWN_ROUTE = QT_TRANSLATE_NOOP("Features", "{route} : route inconnue d'AR24 ({slug})")
HTTP_404 = QT_TRANSLATE_NOOP("Features", "{route} : HTTP 404")
NO_USABLE_ANSWER = QT_TRANSLATE_NOOP("Features", "{route} : pas de réponse utilisable")
IN_MAINTENANCE = QT_TRANSLATE_NOOP("Features", "{route} : AR24 en maintenance")
FAILED = QT_TRANSLATE_NOOP("Features", "{route} : {reason}")
ACCEPTED = QT_TRANSLATE_NOOP("Features", "{route} sans destinataire : accepté")
READ = QT_TRANSLATE_NOOP("Features", "{route} : lu")


def _probe(feature: Feature, call: Callable[[], object]) -> Finding:
    route = ROUTES[feature]
    try:
        call()
    except AR24ApiError as error:
        if error.slug in ACCOUNT_SLUGS:
            return Finding(Availability.UNKNOWN, message(REFUSED_BEFORE_ROUTE, route=route, slug=error.slug))
        if error.slug in DOCUMENTED_SLUGS[feature]:
            return Finding(Availability.AVAILABLE, message(REFUSED_BY_ROUTE, route=route, slug=error.slug))
        return Finding(Availability.UNAVAILABLE, message(UNKNOWN_ROUTE, route=route, slug=error.slug))
    except AR24TransportError as error:
        if error.status_code == 404:
            return Finding(Availability.UNAVAILABLE, message(HTTP_404, route=route))
        return Finding(Availability.UNKNOWN, message(NO_USABLE_ANSWER, route=route))
    except AR24MaintenanceError:
        return Finding(Availability.UNKNOWN, message(IN_MAINTENANCE, route=route))
    except AR24Error as error:
        return Finding(Availability.UNKNOWN, message(FAILED, route=route, reason=error.message))
    if feature in SENDING:   # a letter without recipient accepted: the route exists, oddly lax
        return Finding(Availability.AVAILABLE, message(ACCEPTED, route=route))
    return Finding(Availability.AVAILABLE, message(READ, route=route))


def detect(client: AR24Client, id_user: int) -> dict[Feature, Finding]:
    """Probe the four provisional features for the account ``id_user``."""
    no_recipient = MailRequest(id_user=id_user, to_email="", content="")
    calls: dict[Feature, Callable[[], object]] = {
        Feature.CONSENTS: lambda: client.list_consents(id_user, limit=1),
        Feature.PAYMENT_METHODS: lambda: client.list_payment_methods(id_user),
        Feature.PAPER: lambda: client.send_paper_letter(
            PaperLetterRequest(id_user=id_user, to_address1="", to_zipcode="", to_city="", attachments=())),
        Feature.NOTICE: lambda: client.send_syndic_notice(no_recipient),
    }
    return {feature: _probe(feature, call) for feature, call in calls.items()}


def is_unknown_route(feature: Feature, error: AR24Error) -> bool:
    """At first use: does this failure of the feature's call say the route does not exist?"""
    if isinstance(error, AR24ApiError):
        return error.slug not in ACCOUNT_SLUGS | DOCUMENTED_SLUGS[feature]
    return isinstance(error, AR24TransportError) and error.status_code == 404


class FeatureBook:
    """What this seat knows of each account's features (detected at link time, at start and
    by ``check-ar24``; until then Démo locale counts them available, another AR24 unknown)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[tuple[str, int], dict[Feature, Finding]] = {}

    def record(self, base_url: str, id_user: int, findings: dict[Feature, Finding]) -> None:
        with self._lock:
            self._known.setdefault((base_url, id_user), {}).update(findings)

    def finding(self, base_url: str, id_user: int, feature: Feature) -> Finding | None:
        with self._lock:
            return self._known.get((base_url, id_user), {}).get(feature)


BOOK = FeatureBook()   # this process's findings: every seat detects again at its start


def detect_and_record(client: AR24Client, id_user: int) -> dict[Feature, Finding]:
    findings = detect(client, id_user)
    BOOK.record(client.settings.base_url, id_user, findings)
    return findings
