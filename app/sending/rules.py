"""The compatibility rules of the send choice, one function per rule, a table per send type.

Each rule reads the facts of one event and yields its error (or warning) lines; a send type is a
row of ``RULES``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

from app.consent.rules import ConsentFacts, consent_model_for, electronic_refusal
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message
from app.sending.deadlines import convocation_warning
from app.sending.documents import document_problems, letter_size_problem
from app.sending.facts import AccountFacts, EventFacts
from app.sending.inspection import FileStamp, Inspection
from app.sending.issues import (
    Issue,
    IssueCode,
    Severity,
    attachment_place,
    entity_place,
    event_place,
    tiers_place,
    user_place,
)
from app.sending.postal import address_problems
from app.sending.send_types import portrait_only
from app.sending.sent import SendHistory, explanation, refusal
from app.sending.variables import variable_problems
from app.store.models import EntityKind, SendType

NO_EMAIL = QT_TRANSLATE_NOOP("SendingRules", "Adresse Email incompatible : aucune adresse renseignée")
BAD_EMAIL = QT_TRANSLATE_NOOP("SendingRules", "Adresse Email incompatible : « {address} »")
NOT_CHRONO = QT_TRANSLATE_NOOP("SendingRules", "Evénement non chronoté : attribuez-lui un numéro de traitement")
NOT_SYNDICATE = QT_TRANSLATE_NOOP("SendingRules", "L'avis électronique est réservé aux syndicats de copropriété : choisissez la LRE "
                                                  "qualifiée ou la LR papier pour cet événement")
AG_NOT_BY_ERE = QT_TRANSLATE_NOOP("SendingRules", "Convocation à l'AG du {date} : la lettre suivie électronique n'a pas la valeur d'une "
                                                  "lettre recommandée ; choisissez la LRE qualifiée, l'avis électronique ou la LR papier")
NO_EIDAS_SENDER = QT_TRANSLATE_NOOP("SendingRules", "Aucun expéditeur identifié eIDAS : enregistrez la clé OTP d'un expéditeur dans « "
                                                    "Gérer les expéditeurs de lettres recommandées »")
NO_ENTITY = QT_TRANSLATE_NOOP("SendingRules", "Evénement rattaché à aucune entité : rattachez-le à l'entité qui paie ce courrier")
NO_PAYMENT = QT_TRANSLATE_NOOP("SendingRules", "Aucun moyen de paiement AR24 lié à l'entité {entity} : voir « Gérer les moyens de "
                                               "paiement pour mon compte »")
UNSUPPORTED_TYPE = QT_TRANSLATE_NOOP("SendingRules", "Le type d'envoi « {type} » n'est pas encore pris en charge")


@dataclass(frozen=True)
class RuleContext:
    """What every rule may look at besides the event: the batch-wide facts."""
    send_type: SendType
    account: AccountFacts
    send_date: dt.date
    payment_required: bool
    stamps: dict[str, FileStamp | None]        # attachments by path, None when missing
    inspections: dict[FileStamp, Inspection]
    history: Mapping[int, SendHistory] = field(default_factory=dict)    # letters by event id
    resend_reasons: Mapping[int, str] = field(default_factory=dict)     # chosen second sends


Rule = Callable[[EventFacts, RuleContext], Iterable[Issue]]


def not_already_sent(event: EventFacts, ctx: RuleContext) -> Iterable[Issue]:
    """An event is paid once: no new letter while one is on its way or delivered (app/sending/sent.py)."""
    history, reason = ctx.history.get(event.event_id), ctx.resend_reasons.get(event.event_id, "")
    if problem := refusal(history, resend_reason=reason):
        yield Issue(IssueCode.ALREADY_SENT, event_place(event.label), problem, event.event_id)
    elif line := explanation(history, ctx.send_type, resend_reason=reason):
        yield Issue(IssueCode.RESEND, event_place(event.label), line, event.event_id, severity=Severity.WARNING)


def chrono(event: EventFacts, _ctx: RuleContext) -> Iterable[Issue]:
    if not is_chronoted(event.treatment_number):
        yield Issue(IssueCode.CHRONO, event_place(event.label), NOT_CHRONO, event.event_id)


def is_chronoted(treatment_number: int | None) -> bool:
    """Only an event with a treatment number ("chronoté") may be sent (LSC): the number names the
    letter, its files and its proofs."""
    return treatment_number is not None


def syndicate_only(event: EventFacts, _ctx: RuleContext) -> Iterable[Issue]:
    """The avis électronique (décret 2020-834) is a tool of co-ownership syndics only."""
    if event.entity_kind is not EntityKind.SYNDICAT:
        place = entity_place(event.entity_code) if event.entity_code else event_place(event.label)
        yield Issue(IssueCode.SEND_TYPE, place, NOT_SYNDICATE, event.event_id)


def not_an_ag_convocation(event: EventFacts, _ctx: RuleContext) -> Iterable[Issue]:
    """An AG convocation must reach the owner by registered letter or the syndics' electronic
    notice (loi 1965 art. 64, décret 2020-834); the lettre suivie électronique is neither."""
    if event.ag_date is not None:
        yield Issue(IssueCode.SEND_TYPE, event_place(event.label),
                    message(AG_NOT_BY_ERE, date=f"{event.ag_date:%d/%m/%Y}"), event.event_id)


def email(event: EventFacts, _ctx: RuleContext) -> Iterable[Issue]:
    address = event.recipient.sending_email
    comment: Sentence
    if not address:
        comment = NO_EMAIL
    elif not is_valid_email(address):
        comment = message(BAD_EMAIL, address=address)
    else:
        return
    yield _tiers_issue(event, IssueCode.EMAIL, comment)


def consent(event: EventFacts, ctx: RuleContext) -> Iterable[Issue]:
    if refusal := consent_refusal(event, ctx.send_date):
        yield _tiers_issue(event, IssueCode.CONSENT, refusal)


def consent_refusal(event: EventFacts, send_date: dt.date) -> Sentence | None:
    """Why the recipient may not receive this event electronically (None when he may); also
    asked again by the outbox just before sending, once consents were re-read from AR24."""
    recipient = event.recipient
    facts = ConsentFacts(recipient.status, recipient.lre_consent, recipient.paper_requested,
                         recipient.paper_requested_date)
    return electronic_refusal(facts, consent_model_for(event.entity_kind, send_date))


def postal_address(event: EventFacts, _ctx: RuleContext) -> Iterable[Issue]:
    for problem in address_problems(event.recipient):
        yield _tiers_issue(event, IssueCode.ADDRESS, problem)


def eidas_sender(event: EventFacts, ctx: RuleContext) -> Iterable[Issue]:
    if not ctx.account.has_eidas_sender:
        yield Issue(IssueCode.EIDAS, user_place(ctx.account.login), NO_EIDAS_SENDER, event.event_id, ar24_setup=True)


def payment_method(event: EventFacts, ctx: RuleContext) -> Iterable[Issue]:
    if not ctx.payment_required:
        return
    if event.entity_id is None:
        yield Issue(IssueCode.PAYMENT, event_place(event.label), NO_ENTITY, event.event_id)
    elif event.entity_id not in ctx.account.payment_links:
        yield Issue(IssueCode.PAYMENT, entity_place(event.entity_code), message(NO_PAYMENT, entity=event.entity_code),
                    event.event_id, ar24_setup=True)


def letter_variables(event: EventFacts, _ctx: RuleContext) -> Iterable[Issue]:
    for problem in variable_problems(event.body_html, event.ag_date):
        yield Issue(IssueCode.VARIABLE, event_place(event.label), problem, event.event_id)


def documents(event: EventFacts, ctx: RuleContext) -> Iterable[Issue]:
    for attachment in event.attachments:
        stamp = ctx.stamps[attachment.path]
        for problem in document_problems(attachment.name, stamp, ctx.inspections.get(stamp),
                                         portrait_only=portrait_only(ctx.send_type)):
            yield Issue(IssueCode.DOCUMENT, attachment_place(attachment.name), problem, event.event_id)
    sizes = [stamp.size for a in event.attachments if (stamp := ctx.stamps[a.path])]
    if problem := letter_size_problem(sizes):
        yield Issue(IssueCode.LETTER_SIZE, event_place(event.label), problem, event.event_id)


def convocation_deadline(event: EventFacts, ctx: RuleContext) -> Iterable[Issue]:
    if event.ag_date and (warning := convocation_warning(event.ag_date, ctx.send_date, ctx.send_type)):
        yield Issue(IssueCode.DEADLINE, event_place(event.label), warning, event.event_id,
                    severity=Severity.WARNING)


# Tiers first, as in LSC's recap; then the account, the event and its documents.
_COMMON: tuple[Rule, ...] = (payment_method, chrono, letter_variables, documents, convocation_deadline)
# What was already sent comes before anything else: nothing else matters for a paid event.
RULES: dict[SendType, tuple[Rule, ...]] = {
    SendType.LRE_EIDAS: (not_already_sent, email, consent, eidas_sender, *_COMMON),
    SendType.AVIS_SYNDIC: (not_already_sent, email, consent, syndicate_only, *_COMMON),
    SendType.LR_PAPIER: (not_already_sent, postal_address, *_COMMON),
    # No deadline warning: an AG convocation is refused outright.
    SendType.ERE_SIMPLE: (not_already_sent, email, consent, not_an_ag_convocation, payment_method, chrono,
                          letter_variables, documents),
}


def rules_for(send_type: SendType) -> tuple[Rule, ...]:
    try:
        return RULES[send_type]
    except KeyError:
        raise ValueError(message(UNSUPPORTED_TYPE, type=send_type.value)) from None


@lru_cache(maxsize=20_000)
def is_valid_email(address: str) -> bool:
    """Syntax only (no DNS: the check must work offline and stay fast)."""
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def _tiers_issue(event: EventFacts, code: IssueCode, comment: Sentence) -> Issue:
    return Issue(code, tiers_place(event.recipient.display_name), comment, event.event_id,
                 event.recipient.tiers_id)
