"""Paramètres › Préférences et administration › Utilisateurs: the agency's users."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.services import admin
from app.services.admin import LinkState, UserRow
from ui.admin.user_record import UserRecordDialog
from ui.change_bridge import Change, changes
from ui.i18n import translate
from ui.list_window import ListWindow
from ui.table_model import Column

F = {name: index for index, name in enumerate(UserRow._fields)}
LINK_LABELS = {LinkState.NOT_LINKED: QT_TRANSLATE_NOOP("UsersListWindow", "Non lié"),
               LinkState.PENDING: QT_TRANSLATE_NOOP("UsersListWindow", "Autorisation en attente"),
               LinkState.LINKED: QT_TRANSLATE_NOOP("UsersListWindow", "Lié")}


def _link_label(state: object) -> str:
    return translate("UsersListWindow", LINK_LABELS[state]) if state in LINK_LABELS else str(state or "")


COLUMNS = [
    Column(F["login"], QT_TRANSLATE_NOOP("Columns", "Code")),
    Column(F["full_name"], QT_TRANSLATE_NOOP("Columns", "Nom")),
    Column(F["ar24_email"], QT_TRANSLATE_NOOP("Columns", "Compte AR24")),
    Column(F["ar24_link_state"], QT_TRANSLATE_NOOP("Columns", "Lien AR24"), _link_label),
]


class UsersListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("UsersListWindow", "Utilisateurs"), COLUMNS,
                         [F["login"], F["full_name"], F["ar24_email"]], parent, help_topic="preferences")
        self.context = context
        self.record_requested.connect(self.open_record)
        self.reload()
        self.set_column_widths([70, 220, 240, 160], context, "users")
        self.resize(760, 360)
        changes().connect_to(self, {Change.LINK}, self.reload)   # the « Lien AR24 » column

    def open_record(self, user_id: int) -> UserRecordDialog:
        window = UserRecordDialog(self.context, user_id, self)
        window.show()
        return window

    def reload(self) -> None:
        self.set_rows(admin.users(self.context))
