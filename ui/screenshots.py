"""``main.py screenshots DIR``: every window rendered offscreen with the demo data.

File names are fixed so that pictures can be compared from one version to the next.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from app.context import AppContext
from app.store.models import ConsentChange
from ui.main_window import MainWindow
from ui.sending_progress import sample_window
from ui.tiers_record import TiersRecordDialog


def _richest_tiers(context: AppContext) -> int:
    """The tiers with the longest consent history makes the most telling record picture."""
    with context.store.session() as session:
        return session.execute(
            select(ConsentChange.tiers_id).group_by(ConsentChange.tiers_id)
            .order_by(func.count().desc(), ConsentChange.tiers_id)).scalars().first()


def shots(context: AppContext, main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    return {
        "main": lambda: main,
        "tiers": main.open_tiers,
        "tiers-record": lambda: TiersRecordDialog(context, _richest_tiers(context), main.open_tiers()),
        "events": main.open_events,
        "progress": sample_window,
    }


def render_all(context: AppContext, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    main = MainWindow(context)
    main.show()
    written = []
    for name, make in shots(context, main).items():
        widget = make()
        widget.show()
        QApplication.processEvents()
        path = out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"Impossible d'écrire {path}")
        written.append(path)
        if widget is not main:
            widget.close()
    main.close()
    return written
