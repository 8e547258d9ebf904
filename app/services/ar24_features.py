"""The provisional AR24 features of the user's account: available, or the manual path instead.

Windows ask ``feature_state`` before offering a feature; ``detect_at_start`` runs once per
seat start when the user is linked to a real AR24 (and ``refresh_link`` detects at link
time). Until detection ran, Démo locale counts the features available and another AR24
counts them unknown; the first use of an unknown one detects.
"""
from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from app.accounts.link import AccountInputError
from app.accounts.payment_links import fetch_payment_methods
from app.ar24 import features
from app.ar24.errors import AR24Error
from app.ar24.features import (
    SEND_TYPE_FEATURES,
    UNAVAILABLE_SENTENCES,
    Availability,
    Feature,
    Finding,
)
from app.ar24.provisional import PaymentMethod
from app.ar24_access import linked_account_id
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, message
from app.store.models import SendType
from app.store.statuses import TYPED_PAYMENT_LABEL

log = logging.getLogger(__name__)
T = TypeVar("T")

@dataclass(frozen=True)
class FeatureState:
    feature: Feature
    availability: Availability
    how: Sentence                     # how we know
    sentence: Message | None = None   # shown when not available

    @property
    def available(self) -> bool:
        """Unknown counts as available: the first use detects, and says so if it is not."""
        return self.availability is not Availability.UNAVAILABLE


def _state(feature: Feature, finding: Finding) -> FeatureState:
    sentence = UNAVAILABLE_SENTENCES[feature] if finding.availability is Availability.UNAVAILABLE else None
    return FeatureState(feature, finding.availability, finding.how, sentence)


def _account(context: AppContext) -> int | None:
    with context.store.session() as session:
        try:
            return linked_account_id(session, context.login)
        except AR24Error:
            return None


def detect_features(context: AppContext) -> dict[Feature, FeatureState]:
    """Probe the four features for the user's linked account now (nothing created or billed)."""
    id_user = _account(context)
    if id_user is None:
        return {}
    findings = features.detect_and_record(context.ar24.client(), id_user)
    return {feature: _state(feature, finding) for feature, finding in findings.items()}


def feature_state(context: AppContext, feature: Feature, *, detect: bool = True) -> FeatureState:
    """What this seat knows of ``feature`` for the user's account; on first use (``detect``)
    an unknown feature of a real AR24 is detected now (four small requests)."""
    id_user = _account(context)
    demo = context.settings.ar24_environment == "demo"
    if id_user is not None:
        base_url = context.ar24.connection().base_url
        finding = features.BOOK.finding(base_url, id_user, feature)
        if finding is None and detect and not demo:
            try:
                finding = features.detect_and_record(context.ar24.client(), id_user)[feature]
            except AR24Error as error:
                finding = Finding(Availability.UNKNOWN, error.message)
        if finding is not None:
            return _state(feature, finding)
    if demo:
        return FeatureState(feature, Availability.AVAILABLE,
                            QT_TRANSLATE_NOOP("Features", "Démo locale : comptée disponible avant détection"))
    return FeatureState(feature, Availability.UNKNOWN, QT_TRANSLATE_NOOP("Features", "pas encore détectée"))


def note_unavailable(context: AppContext, feature: Feature, error: AR24Error) -> bool:
    """After a failed use: True (and remembered) when the failure says the route does not exist."""
    id_user = _account(context)
    if id_user is None or not features.is_unknown_route(feature, error):
        return False
    features.BOOK.record(context.ar24.connection().base_url, id_user, {
        feature: Finding(Availability.UNAVAILABLE, message(QT_TRANSLATE_NOOP(
            "Features", "{route} : route inconnue d'AR24 (à l'usage)"), route=features.ROUTES[feature]))})
    return True


def detect_at_start(context: AppContext) -> threading.Thread | None:
    """At a seat's start, linked to a real AR24: detect in the background (never delays the window)."""
    if context.settings.ar24_environment == "demo" or _account(context) is None:
        return None

    def run() -> None:
        try:
            detect_features(context)
        except AR24Error as error:   # offline at start: the first use detects
            log.info("feature detection at start: %s", error.message)

    thread = threading.Thread(target=run, name="ar24-features", daemon=True)
    thread.start()
    return thread


# -- the manual paths ------------------------------------------------------------------------

# The short form of the consents' sentence, for a menu entry (the sentence is its tooltip).
CONSENTS_OFFLINE_SHORT = QT_TRANSLATE_NOOP("Features", "Consentements non proposés par l'API de votre compte AR24")

def consent_manual_path(context: AppContext) -> Message | None:
    """None when AR24 offers consents; else why « MAJ » and « Demander le consentement » are
    disabled (consents are then ticked by hand in the tiers, with their history as evidence)."""
    return feature_state(context, Feature.CONSENTS, detect=False).sentence


def unavailable_send_types(context: AppContext) -> dict[SendType, str]:
    """The send types shown but refused in the send choice, with the sentence saying why (French
    text while the compatibility rules' ``Issue.commentaire`` is a ``str``)."""
    return {SendType(send_type): str(UNAVAILABLE_SENTENCES[feature]) for send_type, feature in SEND_TYPE_FEATURES.items()
            if not feature_state(context, feature, detect=False).available}


class FeatureUnavailable(AR24Error):
    """A provisional feature's route does not exist at this AR24: the message is the manual path."""


def using_feature(context: AppContext, feature: Feature, call: Callable[[], T]) -> T:
    """Run a use of ``feature``; when AR24 answers that its route does not exist, remember it
    and raise the sentence of the manual path instead of an unknown error (the first use detects)."""
    try:
        return call()
    except AR24Error as error:
        if note_unavailable(context, feature, error):
            raise FeatureUnavailable(UNAVAILABLE_SENTENCES[feature]) from error
        raise


@dataclass(frozen=True)
class PaymentChoices:
    methods: list[PaymentMethod]
    typed_by_hand: Message | None = None   # set when the codes must be typed (no listing on AR24)


def payment_choices(context: AppContext, login: str) -> PaymentChoices:
    """The account's payment methods from AR24, or the manual path when it has no listing."""
    state = feature_state(context, Feature.PAYMENT_METHODS)
    if state.sentence is not None:
        return PaymentChoices([], state.sentence)
    try:
        return PaymentChoices(using_feature(context, Feature.PAYMENT_METHODS,
                                            lambda: fetch_payment_methods(context.ar24.client(), context.store, login)))
    except FeatureUnavailable:
        return PaymentChoices([], UNAVAILABLE_SENTENCES[Feature.PAYMENT_METHODS])


PAYMENT_CODE = re.compile(r"^[a-z][a-z0-9_]*-[0-9]+$")   # AR24's "<provider>-<id>", e.g. stripe-47146


def typed_payment_method(code: str) -> PaymentMethod:
    """A payment code typed by hand; AR24 checks it when the first letter uses it."""
    code = code.strip().lower()
    if not PAYMENT_CODE.match(code):
        raise AccountInputError(message(QT_TRANSLATE_NOOP(
            "Features", "« {code} » n'est pas un code de moyen de paiement AR24 : il s'écrit fournisseur-numéro, "
            "par exemple stripe-47146 ou gocardless-18178."), code=code))
    return PaymentMethod(slug=code, type=code.split("-")[0], label=TYPED_PAYMENT_LABEL)
