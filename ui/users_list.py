"""Paramètres › Préférences et administration › Utilisateurs: the agency's users."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.store.models import LinkState
from app.store.queries import USER_FIELDS, user_rows
from ui.list_window import ListWindow
from ui.table_model import Column
from ui.user_record import UserRecordDialog

F = {name: index for index, name in enumerate(USER_FIELDS)}
LINK_LABELS = {LinkState.NOT_LINKED: "Non lié", LinkState.PENDING: "Autorisation en attente",
               LinkState.LINKED: "Lié"}

COLUMNS = [
    Column(F["login"], "Code"),
    Column(F["full_name"], "Nom"),
    Column(F["ar24_email"], "Compte AR24"),
    Column(F["ar24_link_state"], "Lien AR24", lambda state: LINK_LABELS.get(state, str(state or ""))),
]


class UsersListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Utilisateurs", COLUMNS, [F["login"], F["full_name"], F["ar24_email"]], parent)
        self.context = context
        self.record_requested.connect(self.open_record)
        self.reload()
        self.set_column_widths([70, 220, 240, 160])
        self.resize(760, 360)

    def open_record(self, user_id: int) -> UserRecordDialog:
        window = UserRecordDialog(self.context, user_id, self)
        window.preferences.link_changed.connect(lambda _status: self.reload())
        window.show()
        return window

    def reload(self) -> None:
        with self.context.store.session() as session:
            self.set_rows(user_rows(session))
