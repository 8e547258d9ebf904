"""«AR24_LienConsentement»: each recipient's link to the consent page, answered on the local
service, then read back by "MAJ accord de consentement LRE"."""
from __future__ import annotations

import httpx
from sqlalchemy import select

from app.consent.ar24_sync import update_consents_from_ar24
from app.consent.link import consent_link
from app.store.models import Tiers
from app.consent.emails import email_error
from tests.conftest import link_demo_account


def _silent_tiers(context) -> Tiers:
    with context.store.session() as session:
        return next(t for t in session.scalars(select(Tiers).where(~Tiers.lre_consent, Tiers.email != "")
                                               .order_by(Tiers.id)) if not email_error(t.email))


def _consent(context, tiers_id: int) -> bool:
    with context.store.session() as session:
        return session.get(Tiers, tiers_id).lre_consent


def test_the_recipient_answers_on_his_link_and_maj_reads_it(demo_context):
    id_user = link_demo_account(demo_context)
    tiers = _silent_tiers(demo_context)
    base_url = demo_context.ar24.connection().base_url
    link = consent_link(base_url, id_user, tiers.email, tiers.firstname, tiers.lastname)
    other = consent_link(base_url, id_user, "autre@exemple.fr")
    assert link.startswith(base_url.removesuffix("api/") + "consentement/") and link != other

    page = httpx.get(link)
    assert page.status_code == 200 and tiers.email in page.text and "J'accepte" in page.text

    answered = httpx.post(link, data={"answer": "accept"})
    assert "Votre accord a été enregistré" in answered.text
    client = demo_context.ar24.client()
    changed = update_consents_from_ar24(client, demo_context.store, id_user, demo_context.login)
    assert tiers.id in {diff.tiers_id for diff in changed} and _consent(demo_context, tiers.id)

    httpx.post(link, data={"answer": "refuse"})      # he may withdraw it at any time
    update_consents_from_ar24(client, demo_context.store, id_user, demo_context.login)
    assert not _consent(demo_context, tiers.id)


def test_a_forged_or_unknown_link_shows_nothing(demo_context):
    link_demo_account(demo_context)
    root = demo_context.ar24.connection().base_url.removesuffix("api/")
    assert httpx.get(root + "consentement/pas-un-jeton").status_code == 404
    assert httpx.get(consent_link(root + "api/", 1, "x@exemple.fr")).status_code == 404   # no such account
