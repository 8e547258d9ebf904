"""The pictures of ``main.py screenshots`` for entities and the tiers import: the import runs on a
sample file in a throwaway demo store, never in the agency's own."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.services.imports import sample_import
from ui.entities.entities_list import open_entities
from ui.imports.tiers_import_wizard import MAPPING_PAGE, TiersImportWizard


def _wait(job) -> None:
    deadline = time.monotonic() + 30
    while job.running and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def import_shots(folder: Path, main: QWidget) -> dict[str, Callable[[], QWidget]]:
    sample: list[tuple[AppContext, Path]] = []

    def wizard() -> TiersImportWizard:
        if not sample:
            sample.append(sample_import(folder))
            main.destroyed.connect(lambda: (sample[0][0].close(), sample[0][0].store.dispose()))
        context, path = sample[0]
        window = TiersImportWizard(context, main)
        _wait(window.load_file(path))
        window.show_page(MAPPING_PAGE)
        window.refresh_preview()
        return window

    def report() -> TiersImportWizard:
        window = wizard()
        _wait(window.start_import())
        return window

    return {"entities": lambda: open_entities(main), "import-tiers-mapping": wizard, "import-tiers-report": report}
