"""The send choice ("Choix de l'envoi") and its error recap, computed for a batch of events.

``check_events`` loads the batch in a handful of queries, stats every attachment, reads only the
documents never inspected before, and applies the rules of the chosen send type (rules.py).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, Sentence, message
from app.sending.documents import format_size, needs_inspection, stamp_of
from app.sending.facts import AccountFacts, EventFacts
from app.sending.inspection import inspections
from app.sending.issues import Issue, IssueCode, Location, Severity
from app.sending.loading import load_account, load_events
from app.sending.postal import postal_lines
from app.sending.rules import Rule, RuleContext, rules_for
from app.sending.send_types import is_electronic
from app.sending.sent import load_history
from app.store.database import Store
from app.store.models import SendType
from app.store.statuses import payment_label

COMPATIBLE = QT_TRANSLATE_NOOP("SendingRules", "Evénement compatible pour l'envoi")
NOT_OFFERED_PLACE = QT_TRANSLATE_NOOP("SendingRules", "Compte AR24")
# The "Information :" line of an event refused for several reasons.
AND_ALSO = QT_TRANSLATE_NOOP("SendingRules", "{first} ; {next}")
# A recap line that blocks several events.
WITH_COUNT = QT_TRANSLATE_NOOP("SendingRules", "{comment} ({count} événements)")


@dataclass(frozen=True)
class PaymentInfo:
    label: str
    code: str                    # AR24 code, e.g. gocardless-18178
    entity_code: str

    @property
    def text(self) -> Sentence:
        """"test prelevement (****42 - BANQUE KOLB) gocardless-18178 (Entité : S001)"."""
        if self.label:
            return message(QT_TRANSLATE_NOOP("SendingRules", "{label} {code} (Entité : {entity})"),
                           label=payment_label(self.label), code=self.code, entity=self.entity_code)
        return message(QT_TRANSLATE_NOOP("SendingRules", "{method} (Entité : {entity})"),
                       method=self.code, entity=self.entity_code)


@dataclass(frozen=True)
class AttachmentLine:
    name: str
    size: int                    # bytes; 0 when the file is missing

    @property
    def size_text(self) -> str:
        return format_size(self.size)


@dataclass(frozen=True)
class EventCheck:
    """One tab of "DETAIL PAR EVENEMENT"."""
    event_id: int
    tiers_id: int
    tab_title: str                        # "MEURSAULT Jeannine : Convocation AG"
    recipient_name: str
    recipient_address: tuple[str, ...]    # the e-mail (electronic types) or the postal lines (paper)
    recipient_status: str                 # "particulier" / "professionnel"
    content: str
    entity_code: str
    payment: PaymentInfo | None
    attachments: tuple[AttachmentLine, ...]
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]

    @property
    def compatible(self) -> bool:
        return not self.errors

    @property
    def only_consent_missing(self) -> bool:
        """Incompatible for lack of consent alone: the dialog may offer the LR papier instead."""
        return bool(self.errors) and all(issue.code is IssueCode.CONSENT for issue in self.errors)

    @property
    def information(self) -> Sentence:
        """The "Information :" line of the tab: every error, in order."""
        if self.compatible:
            return COMPATIBLE
        line: Sentence = self.errors[-1].commentaire
        for issue in reversed(self.errors[:-1]):
            line = message(AND_ALSO, first=issue.commentaire, next=line)
        return line


@dataclass(frozen=True)
class RecapLine:
    """One line of "LISTE DES ERREURS" and the events it concerns (a rule failing for a whole
    entity or the account blocks several: the line names each of them)."""
    issue: Issue
    event_ids: tuple[int, ...]
    event_titles: tuple[str, ...] = ()     # aligned with event_ids: "MEURSAULT Jeannine : Convocation AG"

    @property
    def location(self) -> Location:
        """The record where the fix is made: what a double-click on the line opens."""
        return self.issue.location

    @property
    def commentaire(self) -> Sentence:
        count = len(self.event_ids)
        return message(WITH_COUNT, comment=self.issue.commentaire, count=count) if count > 1 else self.issue.commentaire


@dataclass(frozen=True)
class BatchCheck:
    send_type: SendType
    events: tuple[EventCheck, ...]

    @property
    def demanded(self) -> int:
        """"Nombre d'AR demandés"."""
        return len(self.events)

    @property
    def compatible(self) -> int:
        return sum(event.compatible for event in self.events)

    @property
    def incompatible(self) -> int:
        return self.demanded - self.compatible

    @property
    def errors(self) -> list[Issue]:
        """The lines of "LISTE DES ERREURS", event by event."""
        return [issue for event in self.events for issue in event.errors]

    def recap_lines(self) -> list[RecapLine]:
        """The error lines once each (an account-wide problem hits every event), in event order."""
        lines: dict[tuple[str, str], list[Issue]] = {}
        for issue in self.errors:
            lines.setdefault((str(issue.emplacement), str(issue.commentaire)), []).append(issue)
        titles = {event.event_id: event.tab_title for event in self.events}
        recap = []
        for issues in lines.values():
            ids = tuple(dict.fromkeys(i.event_id for i in issues))
            recap.append(RecapLine(issues[0], ids, tuple(titles[i] for i in ids)))
        return recap

    @property
    def error_event_ids(self) -> list[int]:
        return [event.event_id for event in self.events if not event.compatible]

    @property
    def compatible_event_ids(self) -> list[int]:
        return [event.event_id for event in self.events if event.compatible]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for event in self.events for issue in event.warnings]

    @property
    def consent_only_event_ids(self) -> list[int]:
        return [event.event_id for event in self.events if event.only_consent_missing]

    @property
    def compatible_entity_codes(self) -> list[str]:
        """One entry per compatible event: what pricing.summarize counts."""
        return [event.entity_code for event in self.events if event.compatible]


def check_events(store: Store, event_ids: Sequence[int], send_type: SendType, *, login: str,
                 send_date: dt.date | None = None, payment_required: bool = True,
                 resend_reasons: Mapping[int, str] | None = None,
                 unavailable: Mapping[SendType, Sentence] | None = None) -> BatchCheck:
    """Check the selected events for one send type, in the order given.

    ``payment_required``: whether the AR24 account needs a payment method per entity (the usual
    case; an account billed by invoice does not). ``send_date`` defaults to today.
    ``resend_reasons``: events the user chose to send again although delivered, with the reason.
    ``unavailable``: the send types the AR24 account does not offer through the API, with the
    sentence that says so (app/services/ar24_features.py): each event of such a type is refused.
    """
    rules = rules_for(send_type)
    with store.session() as session, session.begin():
        events = load_events(session, list(event_ids))
        account = load_account(session, login)
        history = load_history(session, [event.event_id for event in events])
        stamps = {a.path: stamp_of(a.path) for event in events for a in event.attachments}
        readable = {stamp for event in events for a in event.attachments
                    if needs_inspection(a.name, stamp := stamps[a.path])}
        inspected = inspections(session, readable)
    context = RuleContext(send_type, account, send_date or dt.date.today(), payment_required, stamps, inspected,
                          history, dict(resend_reasons or {}))
    if unavailable and send_type in unavailable:
        rules = (*rules, _not_offered(unavailable[send_type]))
    return BatchCheck(send_type, tuple(_check(event, context, rules) for event in events))


def _not_offered(sentence: Sentence) -> Rule:
    """The compatibility rule of a send type the AR24 account does not offer through the API."""
    def rule(event: EventFacts, _context: RuleContext) -> Iterable[Issue]:
        yield Issue(IssueCode.SEND_TYPE, NOT_OFFERED_PLACE, sentence, event.event_id)
    return rule


def _check(event: EventFacts, context: RuleContext, rules) -> EventCheck:
    issues = [issue for rule in rules for issue in rule(event, context)]
    recipient = event.recipient
    address = ((recipient.sending_email,) if is_electronic(context.send_type) else postal_lines(recipient))
    return EventCheck(
        event_id=event.event_id, tiers_id=recipient.tiers_id,
        tab_title=f"{recipient.display_name} : {event.subject}", recipient_name=recipient.display_name,
        recipient_address=address, recipient_status=recipient.status.value, content=event.subject,
        entity_code=event.entity_code, payment=_payment(event, context.account),
        attachments=tuple(AttachmentLine(a.name, s.size if (s := context.stamps[a.path]) else 0)
                          for a in event.attachments),
        errors=tuple(i for i in issues if i.severity is Severity.ERROR),
        warnings=tuple(i for i in issues if i.severity is Severity.WARNING))


def _payment(event: EventFacts, account: AccountFacts) -> PaymentInfo | None:
    link = account.payment_links.get(event.entity_id) if event.entity_id is not None else None
    return PaymentInfo(link.label, link.slug, event.entity_code) if link else None
