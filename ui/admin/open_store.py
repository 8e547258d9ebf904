"""Start-up: open the configured database, or say why not and let the user fix the address.

The decision (which address, what failed, can this seat fix it) is ``app.services.admin
.open_context``; this module only asks."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.context import AppContext
from app.machine_settings import MachineSettings
from app.secrets import SecretStore
from app.services import admin
from ui.i18n import render, translate


def open_store_or_ask(settings: MachineSettings, secrets: SecretStore, command_line_url: str | None = None,
                      demo: bool = True) -> AppContext | None:
    """The application's context, or None when the user gave up (or nothing here can help)."""
    while True:
        opening = admin.open_context(settings, secrets, command_line_url, demo)
        if opening.context is not None:
            return opening.context
        problem = render(opening.problem)
        if opening.too_new:
            QMessageBox.critical(None, translate("OpenStore", "Base de données trop récente"), problem)
            return None
        if not opening.fixable:   # the address comes from the command line: nothing to fix here
            QMessageBox.critical(None, translate("OpenStore", "Base de données"), problem)
            return None
        # imported only when the store does not open
        from ui.admin.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(settings, secrets, problem=problem + "\n" + translate(
            "OpenStore", "Corrigez l'adresse ci-dessous ou revenez à la base locale de ce poste."))
        if dialog.exec() != DatabaseDialog.DialogCode.Accepted:
            return None
