"""Letter models: a "Nouveau courrier" saved under a name (subject and body) to be written again."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.store.models import LetterModel


@dataclass(frozen=True)
class SavedModel:
    name: str
    subject: str
    body_html: str


def list_models(session: Session) -> list[SavedModel]:
    return [SavedModel(m.name, m.subject, m.body_html)
            for m in session.scalars(select(LetterModel).order_by(LetterModel.name))]


def save_model(session: Session, model: SavedModel) -> None:
    """Create the model, or replace the one of that name."""
    row = session.scalar(select(LetterModel).where(LetterModel.name == model.name))
    if row is None:
        session.add(LetterModel(name=model.name, subject=model.subject, body_html=model.body_html))
    else:
        row.subject, row.body_html = model.subject, model.body_html


def delete_model(session: Session, name: str) -> None:
    session.execute(delete(LetterModel).where(LetterModel.name == name))
