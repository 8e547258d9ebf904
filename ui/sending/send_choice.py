""""Choix de l'envoi" (screens.md §4): type, print settings, counts, cost, one tab per event.

The checks run in the background (app/sending/choice.py); every change of type recomputes them.
The tab bar holds one tab per event, but the detail panel is built only for the tab shown, so
that 1,000 events open in well under a second. The "LISTE DES ERREURS" page (§5) is the second
page of the same window, as in LSC.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import sending as service
from app.services.sending import (
    LABELS,
    NOTICES,
    EventCheck,
    PriceSummary,
    PrintOptions,
    RecapLine,
    RecordKind,
    SendChoice,
    SendConfirmation,
    SendType,
    batch_total,
    is_electronic,
    percent,
)
from ui.background import run_job
from ui.help import add_help_shortcut, show_help
from ui.i18n import current_language, render, translate
from ui.sending.error_recap import ErrorRecapPage, link_header
from ui.sending.event_record import EventRecordDialog
from ui.sending.send_confirm import SendConfirmDialog
from ui.tiers.tiers_record import TiersRecordDialog
from ui.widgets import LinkLabel, frame, scrolling

OFFERED = (SendType.LRE_EIDAS, SendType.AVIS_SYNDIC, SendType.LR_PAPIER, SendType.ERE_SIMPLE)
RED, GREEN, ORANGE = "#b3261e", "#2e7d32", "#a86400"
PRICE_COLUMNS = [QT_TRANSLATE_NOOP("SendChoiceDialog", "Entité"), QT_TRANSLATE_NOOP("SendChoiceDialog", "Nb"),
                 QT_TRANSLATE_NOOP("SendChoiceDialog", "PU HT"), QT_TRANSLATE_NOOP("SendChoiceDialog", "Total HT"),
                 None, QT_TRANSLATE_NOOP("SendChoiceDialog", "Total TTC")]   # None: the tax column, from the settings


class EventDetail(QWidget):
    """The content of the current tab of "DETAIL PAR EVENEMENT"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payment, self.recipient, self.address = QLabel(), QLabel(), QLabel()
        self.status, self.content, self.information = QLabel(), QLabel(), QLabel()
        for label in (self.payment, self.recipient, self.address, self.status, self.content, self.information):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.attachments = QTableWidget(0, 2)
        self.attachments.setHorizontalHeaderLabels([translate("EventDetail", "Nom"),
                                                    translate("EventDetail", "Taille")])
        self.attachments.verticalHeader().setVisible(False)
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setTabKeyNavigation(False)
        self.attachments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attachments.setMaximumHeight(110)
        grid = QGridLayout(self)
        grid.addWidget(self.payment, 0, 0, 1, 2)
        grid.addWidget(self.recipient, 1, 0)
        grid.addWidget(self.address, 1, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.status, 2, 0)
        grid.addWidget(self.content, 3, 0, 1, 2)
        self.attachments_title = QLabel()
        grid.addWidget(self.attachments_title, 4, 0, 1, 2)
        grid.addWidget(self.attachments, 5, 0, 1, 2)
        grid.addWidget(self.information, 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def show_event(self, check: EventCheck, electronic: bool) -> None:
        payment = render(check.payment.text) if check.payment else \
            translate("EventDetail", "aucun (Entité : {entity})").format(entity=check.entity_code or "-")
        self.payment.setText(translate("EventDetail", "Moyen de paiement : {payment}").format(payment=payment))
        self.recipient.setText(translate("EventDetail", "Destinataire : {name}").format(name=check.recipient_name))
        address = "<br>".join(_html(line) for line in check.recipient_address) or \
            "<i>" + translate("EventDetail", "non renseignée") + "</i>"
        self.address.setText(translate("EventDetail", "Adresse du destinataire : {address}").format(
            address=("" if electronic else "<br>") + address))
        self.status.setText(translate("EventDetail", "Statut du destinataire : {status}").format(
            status=translate("TiersRecordDialog", check.recipient_status)))   # particulier / professionnel
        self.content.setText(translate("EventDetail", "Contenu : {content}").format(content=check.content))
        self.attachments_title.setText(translate("EventDetail", "Pièces jointes :") if check.attachments else
                                       translate("EventDetail", "Pièces jointes : aucune"))
        self.attachments.setVisible(bool(check.attachments))   # its room goes to the information lines
        self.attachments.setRowCount(len(check.attachments))
        for row, attachment in enumerate(check.attachments):
            self.attachments.setItem(row, 0, QTableWidgetItem(attachment.name))
            size = QTableWidgetItem(render(attachment.size_text))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.attachments.setItem(row, 1, size)
        information, warning = translate("EventDetail", "Information :"), translate("EventDetail", "Attention :")
        lines = [f"<span style='color:{GREEN if check.compatible else RED}'><b>{information}</b> "
                 f"{_html(render(check.information))}</span>"]
        lines += [f"<span style='color:{ORANGE}'>{warning} {_html(render(w.commentaire))}</span>"
                  for w in check.warnings]
        self.information.setText("<br>".join(lines))


class SendChoiceDialog(QDialog):
    send_requested = Signal(object, list, object)   # SendType, event ids, PrintOptions
    list_errors_requested = Signal(list)            # ids of the events in error
    computed = Signal()                             # a (re)computation is on screen

    def __init__(self, context: AppContext, event_ids: Sequence[int], parent: QWidget | None = None, *,
                 notice: str = "", send_type: SendType = SendType.LRE_EIDAS) -> None:
        super().__init__(parent)
        self.context = context
        self.event_ids = list(event_ids)
        self.choice: SendChoice | None = None
        self.confirmation: SendConfirmDialog | None = None   # open while the user decides
        self.record: QDialog | None = None        # the record opened from the recap, kept alive
        self._generation = 0
        self._tab_ids: list[int] = []
        self._checks: dict[int, EventCheck] = {}
        self.setWindowTitle(translate("SendChoiceDialog", "Choix de l'envoi"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page(notice, send_type))
        self.recap = ErrorRecapPage()
        self.recap.back_requested.connect(self.back_to_choice)
        self.recap.recalc_requested.connect(self.recompute)
        self.recap.list_requested.connect(self._list_errors)
        self.recap.help_requested.connect(self._help)
        self.recap.line_activated.connect(self.open_line)
        self.pages.addWidget(self.recap)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.resize(1080, 690)      # fits a 1366×768 screen with its title bar
        add_help_shortcut(self, "choix-envoi")
        self.recompute()

    # -- layout --------------------------------------------------------------------------
    def _choice_page(self, notice: str, send_type: SendType) -> QWidget:
        header = self.header = link_header(("valider", translate("SendChoiceDialog", "Valider")),
                                           ("aide", translate("SendChoiceDialog", "Aide")))
        header.linkActivated.connect(lambda href: self.validate() if href == "valider" else self._help())

        self.types = QButtonGroup(self)
        type_box = frame(translate("SendChoiceDialog", "TYPE D'ENVOI"))
        type_layout = QVBoxLayout(type_box)
        for send in OFFERED:
            button = QRadioButton(translate("SendType", LABELS[send]))
            button.setChecked(send is send_type)
            self.types.addButton(button, OFFERED.index(send))
            type_layout.addWidget(button)
        self.types.idToggled.connect(lambda _id, checked: checked and self.recompute())
        self.type_notice = QLabel()      # what the chosen type is worth in law, when it must be said
        self.type_notice.setWordWrap(True)
        self.type_notice.setStyleSheet(f"color: {ORANGE};")
        type_layout.addWidget(self.type_notice)

        self.black_white = QRadioButton(translate("SendChoiceDialog", "Impression en noir et blanc"))
        self.color = QRadioButton(translate("SendChoiceDialog", "Impression en couleur"))
        self.duplex = QRadioButton(translate("SendChoiceDialog", "Impression en recto / verso"))
        self.simplex = QRadioButton(translate("SendChoiceDialog", "Impression en recto uniquement"))
        self.black_white.setChecked(True)
        self.duplex.setChecked(True)
        self.print_box = frame(translate("SendChoiceDialog", "PARAMETRES D'IMPRESSION"))
        print_grid = QGridLayout(self.print_box)
        for column, pair in enumerate(((self.black_white, self.color), (self.duplex, self.simplex))):
            group = QButtonGroup(self.print_box)
            for row, button in enumerate(pair):
                group.addButton(button)
                print_grid.addWidget(button, row, column)

        self.demanded, self.compatible, self.incompatible = QLabel(), QLabel(), QLabel()
        self.recap_link = LinkLabel("<a href='recap'>&gt; " + translate("SendChoiceDialog", "Accès au récapitulatif "
                                                                     "des erreurs") + "</a>")
        self.recap_link.linkActivated.connect(lambda _href: self.show_recap())
        self.warnings = QLabel()
        self.warnings.setStyleSheet(f"color: {ORANGE};")
        self.paper_offer_text = QLabel()
        self.paper_offer_text.setWordWrap(True)
        self.paper_offer = QCheckBox(translate("SendChoiceDialog", "Les envoyer en LR papier"))
        self.paper_offer.toggled.connect(self._update_print_box)
        self.paper_offer.toggled.connect(self._show_price)
        info_box = frame(translate("SendChoiceDialog", "INFORMATION SUR L'ENVOI"))
        info = QGridLayout(info_box)
        info.addWidget(self.demanded, 0, 0)
        info.addWidget(self.compatible, 1, 0)
        info.addWidget(self.incompatible, 2, 0)
        info.addWidget(self.recap_link, 2, 1)
        info.addWidget(self.warnings, 3, 0, 1, 2)
        info.addWidget(self.paper_offer_text, 4, 0, 1, 2)
        info.addWidget(self.paper_offer, 5, 0, 1, 2)
        info.setColumnStretch(1, 1)
        info.setRowStretch(6, 1)

        self.price = QTableWidget(0, 6)
        self.price.verticalHeader().setVisible(False)
        self.price.verticalHeader().setDefaultSectionSize(22)
        self.price.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.price.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.price.setTabKeyNavigation(False)     # Tab leaves the table instead of walking its cells
        self.price.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.price.horizontalHeader().setStretchLastSection(True)
        self.price.setMinimumHeight(120)
        self.price.setMaximumHeight(150)     # the event detail below needs the height more
        self.price_recap = QLabel()      # the seed's "MON RÉCAPITULATIF TARIFAIRE", for the whole batch
        self.price_recap.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        price_box = frame(translate("SendChoiceDialog", "COUT ESTIME"))
        price_layout = QVBoxLayout(price_box)
        price_layout.addWidget(self.price, 1)
        price_layout.addWidget(self.price_recap)

        self.tabs = QTabBar()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setProperty("i18n_data", True)        # one tab per event: the recipient and the subject
        self.tabs.currentChanged.connect(self._show_tab)
        self.detail = EventDetail()
        detail_box = frame(translate("SendChoiceDialog", "DETAIL PAR EVENEMENT"))
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.tabs)
        detail_layout.addWidget(scrolling(self.detail), 1)   # a laptop screen leaves it little height

        self.validate_button = QPushButton(translate("SendChoiceDialog", "Valider l'envoi…"))
        self.validate_button.setDefault(True)       # Enter in the dialog; Tab reaches it like any button
        self.validate_button.setEnabled(False)      # until the checks are on screen
        self.validate_button.clicked.connect(self.validate)
        self.validate_status = QLabel()
        self.validate_status.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.validate_status, 1)
        bottom.addWidget(self.validate_button)

        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {RED}; padding: 2px 10px;")
        self.notice.setVisible(bool(notice))
        top = QHBoxLayout()
        top.addWidget(type_box, 1)
        top.addWidget(self.print_box, 1)
        middle = QHBoxLayout()
        middle.addWidget(info_box, 1)
        middle.addWidget(price_box, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(header)
        layout.addWidget(self.notice)
        body = QVBoxLayout()
        body.setContentsMargins(8, 0, 8, 0)
        body.addLayout(top)
        body.addLayout(middle)
        body.addWidget(detail_box, 1)
        body.addLayout(bottom)
        layout.addLayout(body, 1)
        return page

    # -- computing -----------------------------------------------------------------------
    @property
    def send_type(self) -> SendType:
        return OFFERED[self.types.checkedId()]

    def print_options(self) -> PrintOptions:
        return PrintOptions(color=self.color.isChecked(), duplex=self.duplex.isChecked())

    def recompute(self) -> None:
        """Check the events again for the chosen type (after a type change or a correction)."""
        self._generation += 1
        generation, send_type = self._generation, self.send_type
        self.choice = None
        self.validate_button.setEnabled(False)
        self._update_print_box()
        self.type_notice.setText(translate("SendType", NOTICES[send_type]) if send_type in NOTICES else "")
        self.type_notice.setVisible(send_type in NOTICES)
        self._show_counts("…", "…", "…")
        context, ids = self.context, self.event_ids
        self.job = run_job(lambda _control: (generation, service.evaluate_send_choice(context, ids, send_type)))
        self.job.succeeded.connect(self._computed)
        self.job.failed.connect(self._failed)

    def _computed(self, result: tuple[int, SendChoice]) -> None:
        generation, choice = result
        if generation != self._generation:
            return                       # the type changed meanwhile: a newer result is coming
        self.choice = choice
        batch = choice.batch
        self._checks = {check.event_id: check for check in batch.events}
        self._show_counts(batch.demanded, batch.compatible, batch.incompatible)
        self.recap_link.setEnabled(batch.incompatible > 0)
        warnings = len(batch.warnings)
        self.warnings.setText(translate("SendChoiceDialog", "Avertissements : {count} (voir les onglets concernés)")
                              .format(count=warnings) if warnings else "")
        self.warnings.setVisible(bool(warnings))
        self._update_offer(choice)
        self._fill_tabs(batch.events)
        self.recap.set_batch(batch)
        self._show_price()
        self.validate_button.setEnabled(True)
        self.computed.emit()

    def _show_counts(self, demanded: object, compatible: object, incompatible: object) -> None:
        self.demanded.setText(translate("SendChoiceDialog", "Nombre d'AR demandés : {count}").format(count=demanded))
        self.compatible.setText(translate("SendChoiceDialog", "Nombre d'événement compatible : {count}").format(
            count=compatible))
        self.incompatible.setText(translate("SendChoiceDialog", "Nombre d'événement incompatible : {count}").format(
            count=incompatible))

    def _failed(self, message: str) -> None:
        self.incompatible.setText(translate("SendChoiceDialog", "Contrôle impossible : {message}").format(
            message=message))

    def _update_offer(self, choice: SendChoice) -> None:
        refused = len(choice.batch.consent_only_event_ids)
        offered = len(choice.paper_fallback_ids)
        self.paper_offer.setVisible(refused > 0)
        self.paper_offer_text.setVisible(refused > 0)
        self.paper_offer.setEnabled(offered > 0)
        self.paper_offer_text.setText(translate(
            "SendChoiceDialog", "{refused} événement(s) refusé(s) faute de consentement, dont {offered} compatible(s) "
            "en LR papier :").format(refused=refused, offered=offered))
        if not refused:
            self.paper_offer.setChecked(False)

    def _update_print_box(self, *_args) -> None:
        self.print_box.setEnabled(self.send_type is SendType.LR_PAPIER or self.paper_offer.isChecked())

    def _fill_tabs(self, checks: Sequence[EventCheck]) -> None:
        ids = [check.event_id for check in checks]
        self.tabs.blockSignals(True)
        if ids != self._tab_ids:       # the events are the same on a type change: keep the tabs
            current = self.tabs.currentIndex()
            self.tabs.hide()           # a visible QTabBar lays every tab out again on each addTab: O(n²)
            while self.tabs.count():
                self.tabs.removeTab(self.tabs.count() - 1)
            for check in checks:
                self.tabs.addTab(check.tab_title.replace("&", "&&"))   # "&" is a mnemonic in a tab
            self.tabs.show()
            self._tab_ids = ids
            self.tabs.setCurrentIndex(max(0, min(current, len(ids) - 1)))
        for index, check in enumerate(checks):
            self.tabs.setTabTextColor(index, QColor(GREEN if check.compatible else RED))
        self.tabs.blockSignals(False)
        self.tabs.setFixedHeight(self.tabs.sizeHint().height())   # a squeezed layout must not hide it
        self._show_tab(self.tabs.currentIndex())

    def _show_tab(self, index: int) -> None:
        if 0 <= index < len(self._tab_ids) and (check := self._checks.get(self._tab_ids[index])):
            self.detail.show_event(check, is_electronic(self.send_type))

    def _show_price(self, *_args) -> None:
        if self.choice is None:
            return
        summaries = [self.choice.price]
        if self.paper_offer.isChecked() and self.choice.paper_price:
            summaries.append(self.choice.paper_price)
        first = summaries[0]
        tax_label = translate("Pricing", first.tax_label)          # TVA; TGC stays as the agency wrote it
        language = current_language()
        self.price.setHorizontalHeaderLabels([translate("SendChoiceDialog", title) if title else
                                              f"{tax_label} {percent(first.tax_rate, language)}" for title in PRICE_COLUMNS])
        rows = [(s, line) for s in summaries for line in (*s.lines, s.total)]
        self.price.setRowCount(len(rows))
        for row, (summary, line) in enumerate(rows):
            label = render(line.label) if len(summaries) == 1 else f"{render(line.label)} ({_short(summary)})"
            values = (label, str(line.count), *(summary.money(amount, language)
                                                for amount in (line.unit_ht, line.ht, line.tax, line.ttc)))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line is summary.total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.price.setItem(row, column, item)
        total = batch_total(summaries)
        cells = (((translate("SendChoiceDialog", "Montant hors taxes :"), first.money(total.ht, language)),
                  (translate("SendChoiceDialog", "Taux {tax} appliqué :").format(tax=tax_label),
                   percent(first.tax_rate, language))),
                 ((translate("SendChoiceDialog", "Montant {tax} :").format(tax=tax_label), first.money(total.tax, language)),
                  (translate("SendChoiceDialog", "Montant TTC total :"), first.money(total.ttc, language))))
        self.price_recap.setText("<table width='100%' cellspacing='0'>" + "".join(
            "<tr>" + "".join(f"<td>{label}</td><td align='right'><b>{value}</b>&nbsp;&nbsp;&nbsp;</td>"
                             for label, value in row) + "</tr>" for row in cells) + "</table>")

    # -- actions -------------------------------------------------------------------------
    def show_recap(self) -> None:
        self.pages.setCurrentIndex(1)
        self.recap.table.setFocus(Qt.FocusReason.OtherFocusReason)   # Enter opens a line, Escape goes back

    def back_to_choice(self) -> None:
        """"Retour" or Escape on the recap; the focus back on the link that opened it."""
        self.pages.setCurrentIndex(0)
        self.recap_link.focus_first_link()

    def open_line(self, line: RecapLine) -> QDialog | None:
        """Double-click in the recap: the record where the fix is made."""
        location = line.location
        if location.kind is RecordKind.TIERS:
            self.record = TiersRecordDialog(self.context, location.record_id, self)
        elif location.kind is RecordKind.EVENT:
            self.record = EventRecordDialog(self.context, location.record_id, self)
        else:
            self._message(QMessageBox.Icon.Information, translate("SendChoiceDialog", "Paramétrage AR24"),
                          render(line.issue.commentaire))
            return None
        self.record.open()
        return self.record

    def _list_errors(self) -> None:
        if self.choice is not None:
            self.list_errors_requested.emit(self.choice.batch.error_event_ids)

    def orders(self) -> list[tuple[SendType, list[int]]]:
        """What the choice on screen would send: the chosen type, and the LR papier offer if ticked."""
        if self.choice is None:
            return []
        orders = [(self.send_type, self.choice.batch.compatible_event_ids)]
        if self.paper_offer.isChecked():
            orders.append((SendType.LR_PAPIER, self.choice.paper_fallback_ids))
        return [(send_type, list(ids)) for send_type, ids in orders if ids]

    def validate(self) -> None:
        """"Valider l'envoi…" (the button or the header link): the confirmation, recomputed now."""
        orders = self.orders()
        if self.choice is None or self.confirmation is not None or not self.validate_button.isEnabled():
            return
        if not orders:
            self._message(QMessageBox.Icon.Warning, translate("SendChoiceDialog", "Choix de l'envoi"),
                          translate("SendChoiceDialog", "Aucun événement compatible à envoyer : ouvrez le "
                                    "récapitulatif des erreurs pour les corriger."))
            return
        self.validate_button.setEnabled(False)
        self.validate_status.setText(translate("SendChoiceDialog", "Calcul de ce qui sera facturé…"))
        context = self.context
        self.job = run_job(lambda _control: service.confirm_send(context, orders))
        self.job.succeeded.connect(self._confirm)
        self.job.failed.connect(self._confirm_failed)

    def _confirm(self, confirmation: SendConfirmation) -> None:
        self.validate_status.setText("")
        if not confirmation.orders:
            self.validate_button.setEnabled(True)
            self._message(QMessageBox.Icon.Warning, translate("SendChoiceDialog", "Choix de l'envoi"),
                          translate("SendChoiceDialog", "Plus aucun événement n'est compatible : recalculez les "
                                    "erreurs."))
            return
        self.confirmation = SendConfirmDialog(confirmation, self)
        self.confirmation.finished.connect(lambda result: self._decided(confirmation, result))
        self.confirmation.open()

    def _confirm_failed(self, message: str) -> None:
        self.validate_status.setText(translate("SendChoiceDialog", "Calcul impossible : {message}").format(
            message=message))
        self.validate_button.setEnabled(True)

    def _decided(self, confirmation: SendConfirmation, result: int) -> None:
        """Only "Confirmer l'envoi" starts the batches (the events list connects send_requested)."""
        self.confirmation = None
        if result != QDialog.DialogCode.Accepted:
            self.validate_button.setEnabled(True)
            return
        options = self.print_options()
        for order in confirmation.orders:
            self.send_requested.emit(order.send_type, list(order.event_ids), options)
        self.accept()

    def _help(self) -> None:
        show_help("erreurs" if self.pages.currentWidget() is self.recap else "choix-envoi")

    def keyPressEvent(self, event) -> None:
        # Escape on "LISTE DES ERREURS" goes back one level, to the choice; there it closes.
        if event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() is self.recap:
            self.back_to_choice()
            return
        super().keyPressEvent(event)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        self.message_box = QMessageBox(icon, title, text, parent=self)
        self.message_box.open()


def _short(summary: PriceSummary) -> str:
    return translate("SendChoiceDialog", "LR papier") if summary.send_type is SendType.LR_PAPIER else \
        translate("SendChoiceDialog", "électronique")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
