"""The pictures of ``main.py screenshots`` for entities and the tiers import: the import runs on a
sample file in a throwaway demo store, never in the agency's own."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.demo.seed import seed_demo_agency
from app.machine_settings import MachineSettings
from app.store.database import open_store
from ui.entities.entities_list import open_entities
from ui.imports.tiers_import_wizard import MAPPING_PAGE, TiersImportWizard

SAMPLE = """Code;Civilité;Nom;Prénom;Raison sociale;Courriel;Adresse 1;CP;Ville;Immeuble;Lot;Qualité;Consentement LRE;Date consentement
C1001;Mme;LEFÈVRE;Hélène;;helene.lefevre@orange.fr;3 rue de la Préfecture;21000;Dijon;S001;12;copropriétaire;Oui;14/02/2025
C1002;M.;GAUTHIER;Rémi;;remi.gauthier@free.fr;18 quai Nicolas Rolin;21200;Beaune;S002;4;copropriétaire;Non;
C1003;;;;SCI Les Glycines;contact@sci-glycines.fr;7 place Bossuet;21000;Dijon;S001;7;copropriétaire;Oui;
C1004;Mme;PERRIN;Zoé;;zoe.perrin@gmail;2 allée des Cèdres;1000;Bourg-en-Bresse;S003;21;copropriétaire;Non;
C1005;M.;;;;anonyme@exemple.fr;9 rue Chabot-Charny;21000;Dijon;S001;3;copropriétaire;Non;
C1006;M.;MOREL;Théo;;theo.morel@laposte.net;40 rue Monge;21000;Dijon;S009;9;copropriétaire;Oui;
C1007;Mme;ROUSSEL;Inès;;ines.roussel@sfr.fr;5 rue Berbisey;21000;Dijon;G001;;locataire;Oui;02/09/2024
C1008;M.;FAURE;Louis;;louis.faure@wanadoo.fr;11 rue Vauban;21000;Dijon;S003;15;copropriétaire;Non;
"""


def _sample_context(folder: Path) -> tuple[AppContext, Path]:
    store = open_store(f"sqlite:///{folder / 'import-sample.db'}")
    seed_demo_agency(store, docs=folder / "documents")
    path = folder / "export-tiers.csv"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").encode("cp1252"))
    return AppContext(store, MachineSettings()), path


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
            sample.append(_sample_context(folder))
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
