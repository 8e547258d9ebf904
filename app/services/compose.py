"""Operations of "Nouveau courrier": recipients, letter models, the merged preview, and one
chronoted event per recipient created in one transaction (in the background for a long list)."""
from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.ar24.errors import AR24Error
from app.ar24_access import linked_account_id
from app.changes import Change, publish
from app.compose import models
from app.compose.events import Attachment, Cancelled, EventDraft, add_chronoted_events
from app.compose.merge import merged_letters
from app.compose.rich_text import simple_html
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, Text, sentence_of
from app.outbox.control import Control
from app.paths import documents_dir
from app.sending.html_flow import html_blocks
from app.sending.variables import (
    LetterVariableError,
    ar24_consent_links,
    variable_problems,
)
from app.store.models import Entity, Tiers
from app.store.search import contains
from app.text_input import control_character_error

__all__ = ["RELATIONS", "VARIABLES", "Cancelled", "SavedModel", "simple_html"]  # re-exported for the windows
SavedModel = models.SavedModel

# The variables of the letter PDF offered by the editor's menu: label, name written in the body.
VARIABLES: tuple[tuple[Text, str], ...] = (
    (QT_TRANSLATE_NOOP("ComposeVariables", "Civilité"), "Civilite"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Nom"), "Nom"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Prénom"), "Prenom"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Adresse"), "Adresse"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Entité"), "Entite"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Numéro de lot"), "Lot"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Date du jour"), "DateJour"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Date d'AG"), "DateAG"),
    (QT_TRANSLATE_NOOP("ComposeVariables", "Lien de consentement AR24"), "AR24_LienConsentement"),
)
# Who of an entity receives the letter: the tiers' "Relation".
RELATIONS: tuple[tuple[Text, str], ...] = (
    (QT_TRANSLATE_NOOP("ComposeRelations", "tous les copropriétaires"), "copropriétaire"),  # i18n: data
    (QT_TRANSLATE_NOOP("ComposeRelations", "tous les locataires"), "locataire"),
)


@dataclass(frozen=True)
class Recipient:
    tiers_id: int
    code: str
    name: str
    entity_code: str
    relation: str
    email: str


@dataclass(frozen=True)
class EntityChoice:
    entity_id: int
    code: str
    name: str


@dataclass(frozen=True)
class LetterDraft:
    subject: str
    body_html: str
    model: str = ""
    ag_date: dt.date | None = None
    dossier: str = ""
    attachments: tuple[Path, ...] = ()

    def event_draft(self, tiers_id: int, attachments: tuple[Attachment, ...] | None = None) -> EventDraft:
        files = attachments if attachments is not None else tuple(Attachment(p.name, p) for p in self.attachments)
        return EventDraft(tiers_id, self.subject.strip(), self.model.strip(), self.body_html, self.ag_date,
                          self.dossier.strip(), files)


class PreviewError(Exception):
    def __init__(self, text: Sentence) -> None:
        super().__init__(text)
        self.message = text


# -- recipients ------------------------------------------------------------------------------
def _recipients(context: AppContext, *conditions) -> list[Recipient]:
    query = (select(Tiers.id, Tiers.code, Tiers.lastname, Tiers.firstname, Tiers.company, Entity.code,
                    Tiers.relation, Tiers.email).outerjoin(Entity, Tiers.entity_id == Entity.id)
             .where(*conditions).order_by(Tiers.lastname, Tiers.firstname, Tiers.code))
    with context.store.session() as session:
        return [Recipient(tiers_id, code, " ".join(p for p in (last.upper(), first) if p) or company,
                          entity or "", relation, email)
                for tiers_id, code, last, first, company, entity, relation, email in session.execute(query)]


def recipients(context: AppContext, tiers_ids: list[int]) -> list[Recipient]:
    return _recipients(context, Tiers.id.in_(tiers_ids)) if tiers_ids else []


def entity_recipients(context: AppContext, entity_id: int, relation: str) -> list[Recipient]:
    """The copropriétaires (or tenants) of an entity."""
    return _recipients(context, Tiers.entity_id == entity_id, Tiers.relation == relation)


def search_tiers(context: AppContext, text: str, limit: int = 200) -> list[Recipient]:
    found = _recipients(context, contains([Tiers.code, Tiers.lastname, Tiers.company, Tiers.email], text))
    return found[:limit]


def entities(context: AppContext) -> list[EntityChoice]:
    with context.store.session() as session:
        return [EntityChoice(e.id, e.code, e.name) for e in session.scalars(select(Entity).order_by(Entity.code))]


# -- models ----------------------------------------------------------------------------------
def list_models(context: AppContext) -> list[SavedModel]:
    with context.store.session() as session:
        return models.list_models(session)


def save_model(context: AppContext, model: SavedModel) -> list[Message]:
    """Save the model; nothing saved and the French reasons when a field holds a control character."""
    found = _control_problems(((QT_TRANSLATE_NOOP("Compose", "Modèle"), model.name, False),
                               (QT_TRANSLATE_NOOP("Compose", "Sujet"), model.subject, False),
                               (QT_TRANSLATE_NOOP("Compose", "Corps du courrier"), model.body_html, True)))
    if not found:
        with context.store.session() as session, session.begin():
            models.save_model(session, model)
    return found


def delete_model(context: AppContext, name: str) -> None:
    with context.store.session() as session, session.begin():
        models.delete_model(session, name)


# -- checks, preview, creation ---------------------------------------------------------------
def problems(draft: LetterDraft, recipient_count: int) -> list[Message | str]:
    """Why the letters cannot be created yet, one sentence each (empty: they can)."""
    found: list[Message | str] = []
    if recipient_count == 0:
        found.append(QT_TRANSLATE_NOOP("Compose", "Ajoutez au moins un destinataire."))
    if not draft.subject.strip():
        found.append(QT_TRANSLATE_NOOP("Compose", "Indiquez le sujet du courrier."))
    if not html_blocks(draft.body_html):
        found.append(QT_TRANSLATE_NOOP("Compose", "Le corps du courrier est vide."))
    found += variable_problems(draft.body_html, draft.ag_date)
    found += _control_problems(((QT_TRANSLATE_NOOP("Compose", "Sujet"), draft.subject, False),
                                (QT_TRANSLATE_NOOP("Compose", "Modèle"), draft.model, False),
                                (QT_TRANSLATE_NOOP("Compose", "Dossier"), draft.dossier, False),
                                (QT_TRANSLATE_NOOP("Compose", "Corps du courrier"), draft.body_html, True)))
    return found


def _control_problems(fields: tuple[tuple[Text, str, bool], ...]) -> list[Message]:
    """(label, text, multi-line) → a sentence per field holding a forbidden control character."""
    return [error for label, text, multiline in fields
            if (error := control_character_error(label, text, multiline=multiline))]


def preview(context: AppContext, draft: LetterDraft, tiers_id: int) -> bytes:
    """The letter PDF of ``tiers_id`` as it will be sent today; ``PreviewError`` says why not."""
    try:
        return next(merged_letters(context.store, [draft.event_draft(tiers_id)], context.login,
                                   consent_links=_consent_links(context)))
    except LetterVariableError as error:
        raise PreviewError(sentence_of(error)) from None


def preview_pages(context: AppContext, draft: LetterDraft, tiers_id: int) -> list:
    """The preview's pages as RGB pictures (PIL images)."""
    from app.compose.preview import page_images

    return page_images(preview(context, draft, tiers_id))


def create(context: AppContext, draft: LetterDraft, tiers_ids: list[int],
           control: Control | None = None) -> list[tuple[int, int]]:
    """One chronoted event per recipient, in one transaction; the attachments are copied once
    into the agency's document folder. Returns (event id, treatment number) per recipient;
    raises ``Cancelled`` (then nothing is created, no file is left)."""
    control = control or Control()
    folder = documents_dir() / "courriers" / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"
    try:
        attachments = _copy_attachments(draft.attachments, folder)
        drafts = [draft.event_draft(tiers_id, attachments) for tiers_id in tiers_ids]
        with context.store.session() as session, session.begin():
            events = add_chronoted_events(session, drafts, context.login, cancelled=lambda: control.cancelled,
                                          progress=lambda done: control.report((done, len(drafts))))
            if control.cancelled:
                raise Cancelled
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    publish(Change.EVENTS)
    return events


def _copy_attachments(paths: tuple[Path, ...], folder: Path) -> tuple[Attachment, ...]:
    if paths:
        folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for position, path in enumerate(paths, start=1):
        target = folder / f"{position:02d}-{path.name}"
        shutil.copyfile(path, target)
        copies.append(Attachment(path.name, target))
    return tuple(copies)


def _consent_links(context: AppContext):
    """The user's AR24 consent links when the account is linked; else the variable says why."""
    try:
        with context.store.session() as session:
            id_user = linked_account_id(session, context.login)
        return ar24_consent_links(context.ar24.connection().base_url, id_user)
    except AR24Error:
        return None
