"""Which columns of a list a user hides and how wide he makes them, remembered per user.

Stored in the agency's ``setting`` table under ``columns.<login>.<list>`` (one JSON value), so that
the layout follows the user from one workstation to another."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.context import AppContext
from app.store.models import Setting


@dataclass(frozen=True)
class ColumnLayout:
    hidden: tuple[int, ...] = ()
    widths: dict[int, int] = field(default_factory=dict)    # column → width in pixels, when resized


def _key(context: AppContext, list_name: str) -> str:
    return f"columns.{context.login}.{list_name}"[:64]


def load_layout(context: AppContext, list_name: str) -> ColumnLayout:
    with context.store.session() as session:
        setting = session.get(Setting, _key(context, list_name))
    try:
        data = json.loads(setting.value) if setting else {}
        return ColumnLayout(tuple(int(c) for c in data.get("hidden", ())),
                            {int(c): int(w) for c, w in data.get("widths", {}).items()})
    except (ValueError, TypeError, AttributeError):      # a hand-edited value: the default layout
        return ColumnLayout()


def save_layout(context: AppContext, list_name: str, layout: ColumnLayout) -> None:
    value = json.dumps({"hidden": list(layout.hidden), "widths": {str(c): w for c, w in layout.widths.items()}})
    with context.store.session() as session, session.begin():
        key = _key(context, list_name)
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
