"""Feature detection of the provisional endpoints: by reading a read endpoint, by a request
without recipient for a sending one; nothing is created. Until it ran, « Démo locale » counts
the features available and another AR24 unknown; the first use detects; a seat linked to a
real AR24 detects at its start."""
from __future__ import annotations

from typing import Any

import pytest

from app.ar24 import features
from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError, AR24TransportError
from app.ar24.features import Availability, Feature, detect, is_unknown_route
from app.ar24.local_service import LocalServiceControl
from app.context import AppContext
from app.secrets import ar24_private_key_key, ar24_token_key
from app.services.ar24_features import detect_at_start, feature_state
from tests.conftest import link_demo_account


def test_detection_reads_and_probes_without_creating_anything(client: AR24Client, account: dict[str, Any],
                                                              control: LocalServiceControl) -> None:
    before = control.state()
    found = detect(client, account["id"])
    assert {feature: finding.availability for feature, finding in found.items()} == dict.fromkeys(
        Feature, Availability.AVAILABLE)
    assert "(missing_email)" in str(found[Feature.NOTICE].how) and "(missing_address)" in str(found[Feature.PAPER].how)
    control.settings(confirmed_only=True)
    missing = detect(client, account["id"])
    assert {finding.availability for finding in missing.values()} == {Availability.UNAVAILABLE}
    after = control.state()
    assert (after["mails"], after["consents_by_status"]) == (before["mails"], before["consents_by_status"])


def test_credentials_or_account_refusals_leave_features_unknown(client: AR24Client, control: LocalServiceControl,
                                                                account: dict[str, Any]) -> None:
    control.set_link(account["id"], "denied")
    found = detect(client, account["id"])
    assert found[Feature.CONSENTS].availability is Availability.UNKNOWN
    assert str(found[Feature.CONSENTS].how) == "GET consent : refusé avant la route (user_unavailable)"
    assert found[Feature.NOTICE].availability is Availability.UNKNOWN
    # The paper route checks the address before the account: its answer still proves it exists.
    assert found[Feature.PAPER].availability is Availability.AVAILABLE


@pytest.mark.parametrize(("error", "unknown"), [
    (AR24ApiError("unknown_error"), True),
    (AR24ApiError("route_not_found"), True),
    (AR24ApiError("missing_address"), False),            # a documented validation slug: the route exists
    (AR24ApiError("user_unavailable"), False),           # refused before the route
    (AR24TransportError("404", certainly_not_sent=False, status_code=404), True),
    (AR24TransportError("reset", certainly_not_sent=False), False),
])
def test_what_says_a_route_does_not_exist(error: Exception, unknown: bool) -> None:
    assert is_unknown_route(Feature.PAPER, error) is unknown   # type: ignore[arg-type]


def on_another_ar24(context: AppContext) -> LocalServiceControl:
    """This seat set to « Autre adresse » pointing at the local service, JLC linked there."""
    link_demo_account(context)
    service = context.ar24.local_service()
    context.settings.ar24_environment = "custom"
    context.settings.ar24_custom_url = service.base_url
    context.secrets.set(ar24_token_key("custom"), service.token)
    context.secrets.set(ar24_private_key_key("custom"), service.private_key)
    return LocalServiceControl(service.root_url)


def test_demo_counts_features_available_until_detected(demo_context: AppContext) -> None:
    link_demo_account(demo_context)
    assert feature_state(demo_context, Feature.PAPER, detect=False).availability is Availability.AVAILABLE
    assert detect_at_start(demo_context) is None        # the demo does not probe at start


def test_another_ar24_counts_them_unknown_and_the_first_use_detects(demo_context: AppContext,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with on_another_ar24(demo_context) as control:
        control.settings(confirmed_only=True)
    monkeypatch.setattr(features, "BOOK", features.FeatureBook())   # nothing detected yet on this seat
    assert feature_state(demo_context, Feature.PAPER, detect=False).availability is Availability.UNKNOWN
    first_use = feature_state(demo_context, Feature.PAPER)
    assert first_use.availability is Availability.UNAVAILABLE and first_use.sentence is not None
    assert feature_state(demo_context, Feature.CONSENTS, detect=False).availability is Availability.UNAVAILABLE


def test_a_seat_linked_to_another_ar24_detects_at_its_start(demo_context: AppContext,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with on_another_ar24(demo_context) as control:
        control.settings(confirmed_only=True)
    monkeypatch.setattr(features, "BOOK", features.FeatureBook())
    started = detect_at_start(demo_context)
    assert started is not None
    started.join(30)
    states = {feature: feature_state(demo_context, feature, detect=False).availability for feature in Feature}
    assert states == dict.fromkeys(Feature, Availability.UNAVAILABLE)
