"""The user record (Paramètres › Préférences et administration › Utilisateurs › double-click),
opened on its tab « Préférences » as in LSC."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.context import AppContext
from app.services import admin
from ui.accounts.preferences_tab import PreferencesTab
from ui.help import help_header
from ui.i18n import translate
from ui.widgets import form, frame, read_only_field, scrolling


class UserRecordDialog(QDialog):
    def __init__(self, context: AppContext, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        user = admin.user_identity(context, user_id)
        self.login, full_name = user.login, user.full_name
        self.setWindowTitle(translate("UserRecordDialog", "Fiche utilisateur - {login} {name}").format(
            login=self.login, name=full_name))
        identity = QWidget()
        identity_layout = QVBoxLayout(identity)
        fields = QWidget()
        fields.setLayout(form([(translate("UserRecordDialog", "Code :"), read_only_field(self.login)),
                               (translate("UserRecordDialog", "Nom :"), read_only_field(full_name))]))
        identity_layout.addWidget(frame(translate("UserRecordDialog", "Utilisateur"), fields))
        identity_layout.addStretch(1)
        self.preferences = PreferencesTab(context, self.login)
        self.preferences.senders_requested.connect(self.open_senders)
        self.preferences.payments_requested.connect(self.open_payments)
        self.tabs = QTabWidget()
        self.tabs.addTab(identity, translate("UserRecordDialog", "Fiche"))
        self.tabs.addTab(scrolling(self.preferences), translate("UserRecordDialog", "Préférences"))
        self.tabs.setCurrentIndex(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_header(translate("UserRecordDialog", "UTILISATEUR {login} > Préférences").format(
            login=self.login), "preferences"))
        name = QLabel(f"<b>{full_name}</b>")
        name.setProperty("i18n_data", True)
        layout.addWidget(name)
        layout.addWidget(self.tabs)
        self.children_windows: list[QWidget] = []
        self.resize(820, 680)      # fits a laptop; the preferences scroll

    def open_senders(self) -> QWidget:
        from ui.accounts.senders_window import SendersWindow

        return self._open(SendersWindow(self.context, self.login, self))

    def open_payments(self) -> QWidget:
        from ui.accounts.payment_methods import PaymentMethodsWindow

        return self._open(PaymentMethodsWindow(self.context, self.login, self))

    def _open(self, window: QWidget) -> QWidget:
        self.children_windows.append(window)
        window.show()
        return window

    def done(self, result: int) -> None:
        self.preferences.stop()
        for window in self.children_windows:
            window.close()
        super().done(result)
