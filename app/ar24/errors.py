"""AR24 failures as typed exceptions, each carrying a sentence the user can act on.

The sentence is a marked ``Text`` or a ``Message`` (app/i18n.py), the exception's first argument
and its ``message``: ``str(error)`` is French (logs), ``render(error)`` shows it in the user's
language. AR24's own words (an unknown slug's detail) are data, quoted as they came. Slugs come
from spec §3; a slug we do not know is shown with its code, never swallowed.
"""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, Text, message

SLUG_MESSAGES: dict[str, Text] = {
    # Partner credentials and request dating (every endpoint).
    "token_missing": QT_TRANSLATE_NOOP("AR24Errors", "Le jeton d'API AR24 n'a pas été envoyé : renseignez le jeton dans les préférences (environnement AR24)."),
    "token_invalid": QT_TRANSLATE_NOOP("AR24Errors", "Le jeton d'API AR24 est refusé : vérifiez le jeton et l'environnement choisi (production, sandbox ou démo) dans les préférences."),
    "empty_date": QT_TRANSLATE_NOOP("AR24Errors", "La requête envoyée à AR24 n'était pas datée : mettez l'application à jour ou contactez le support."),
    "invalid_date": QT_TRANSLATE_NOOP("AR24Errors", "AR24 n'a pas compris la date de la requête : mettez l'application à jour ou contactez le support."),
    "expired_date": QT_TRANSLATE_NOOP("AR24Errors", "AR24 juge la requête trop ancienne : vérifiez que l'horloge de ce poste est à l'heure (réglage automatique), puis réessayez."),
    "date_in_future": QT_TRANSLATE_NOOP("AR24Errors", "AR24 juge la requête datée dans le futur : vérifiez que l'horloge et le fuseau horaire de ce poste sont corrects, puis réessayez."),
    "empty_signature": QT_TRANSLATE_NOOP("AR24Errors", "La requête envoyée à AR24 n'était pas signée : mettez l'application à jour ou contactez le support."),
    "invalid_signature": QT_TRANSLATE_NOOP("AR24Errors", "AR24 refuse la signature de la requête : vérifiez la clé privée d'API dans les préférences."),
    "unknown_error": QT_TRANSLATE_NOOP("AR24Errors", "AR24 a rencontré une erreur inattendue : réessayez dans quelques minutes, puis contactez le support AR24 si elle persiste."),
    # Sender accounts.
    "user_not_exist": QT_TRANSLATE_NOOP("AR24Errors", "Aucun compte AR24 ne correspond à cette adresse ou à cet identifiant : vérifiez l'e-mail du compte AR24 dans les préférences."),
    "user_unavailable": QT_TRANSLATE_NOOP("AR24Errors", "Ce compte AR24 n'a pas encore autorisé l'application : cliquez sur « Autoriser le compte » dans les préférences, puis sur le lien reçu par e-mail d'AR24."),
    "missing_user_id": QT_TRANSLATE_NOOP("AR24Errors", "Le compte AR24 expéditeur n'est pas indiqué : reliez votre utilisateur à son compte AR24 dans les préférences."),
    "user_already_exist": QT_TRANSLATE_NOOP("AR24Errors", "Un compte AR24 existe déjà avec cette adresse : utilisez « Autoriser le compte » au lieu d'en créer un."),
    "missing_firstname": QT_TRANSLATE_NOOP("AR24Errors", "Le prénom est manquant : complétez-le avant de créer le compte AR24."),
    "missing_lastname": QT_TRANSLATE_NOOP("AR24Errors", "Le nom est manquant : complétez-le avant de créer le compte AR24."),
    "missing_email": QT_TRANSLATE_NOOP("AR24Errors", "L'adresse e-mail est manquante : complétez l'e-mail du destinataire dans la fiche tiers (ou celui du compte)."),
    "email_wrong_format": QT_TRANSLATE_NOOP("AR24Errors", "L'adresse e-mail du compte est mal écrite : corrigez-la dans les préférences."),
    "missing_address": QT_TRANSLATE_NOOP("AR24Errors", "L'adresse postale est manquante : complétez la première ligne d'adresse."),
    "missing_city": QT_TRANSLATE_NOOP("AR24Errors", "La ville est manquante : complétez-la dans l'adresse."),
    "missing_zipcode": QT_TRANSLATE_NOOP("AR24Errors", "Le code postal est manquant : complétez-le dans l'adresse."),
    "missing_country": QT_TRANSLATE_NOOP("AR24Errors", "Le pays est manquant : complétez-le dans l'adresse."),
    "error_country": QT_TRANSLATE_NOOP("AR24Errors", "Le pays n'est pas reconnu par AR24 : choisissez un code pays à deux lettres (FR, BE…)."),
    "error_gender": QT_TRANSLATE_NOOP("AR24Errors", "La civilité n'est pas reconnue par AR24 : choisissez Monsieur ou Madame."),
    "missing_company_siret": QT_TRANSLATE_NOOP("AR24Errors", "Le SIRET de la société est obligatoire pour un compte professionnel français : renseignez-le."),
    "missing_company_tva": QT_TRANSLATE_NOOP("AR24Errors", "Le numéro de TVA intracommunautaire est obligatoire pour une société européenne : renseignez-le."),
    "error_company_siret": QT_TRANSLATE_NOOP("AR24Errors", "Ce SIRET est introuvable : vérifiez les 14 chiffres."),
    "user_not_created": QT_TRANSLATE_NOOP("AR24Errors", "AR24 n'a pas pu créer le compte : vérifiez les informations saisies puis réessayez."),
    # Attachments.
    "attachment_empty_name": QT_TRANSLATE_NOOP("AR24Errors", "Une pièce jointe n'a pas de nom de fichier utilisable : renommez le fichier puis réessayez."),
    "attachment_too_big": QT_TRANSLATE_NOOP("AR24Errors", "Une pièce jointe est vide ou dépasse la taille acceptée par AR24 (256 Mo) : allégez ou scindez le document."),
    "attachment_missing_file": QT_TRANSLATE_NOOP("AR24Errors", "Le fichier de la pièce jointe n'a pas été reçu par AR24 : vérifiez qu'il existe toujours puis réessayez."),
    "attachment_not_exists": QT_TRANSLATE_NOOP("AR24Errors", "Une pièce jointe de la lettre est inconnue d'AR24 : relancez la préparation de l'envoi pour la déposer à nouveau."),
    "attachment_unavailable": QT_TRANSLATE_NOOP("AR24Errors", "Une pièce jointe appartient à un autre compte AR24 : relancez la préparation de l'envoi avec le bon expéditeur."),
    # Mails.
    "same_sender_recipients_emails": QT_TRANSLATE_NOOP("AR24Errors", "Le destinataire a la même adresse e-mail que l'expéditeur : corrigez l'e-mail dans la fiche tiers."),
    "same_sender_recipient_emails": QT_TRANSLATE_NOOP("AR24Errors", "Le destinataire a la même adresse e-mail que l'expéditeur : corrigez l'e-mail dans la fiche tiers."),
    "invalid_recipient": QT_TRANSLATE_NOOP("AR24Errors", "Le destinataire est incomplet : un particulier doit avoir un nom et un prénom, un professionnel une raison sociale (fiche tiers)."),
    "invalid_email": QT_TRANSLATE_NOOP("AR24Errors", "L'adresse e-mail du destinataire est invalide : vérifiez-la dans la fiche tiers."),
    "group_not_exist": QT_TRANSLATE_NOOP("AR24Errors", "Le groupe AR24 indiqué n'existe pas : vérifiez le paramétrage de l'équipe AR24."),
    "user_account_not_confirmed": QT_TRANSLATE_NOOP("AR24Errors", "Le compte AR24 expéditeur n'est pas confirmé : cliquez sur le lien de confirmation envoyé par AR24."),
    "user_eula_not_accepted": QT_TRANSLATE_NOOP("AR24Errors", "Le compte AR24 expéditeur n'a pas accepté les conditions générales : connectez-vous une fois sur AR24 pour les accepter."),
    "user_name_empty": QT_TRANSLATE_NOOP("AR24Errors", "Le compte AR24 expéditeur n'a pas de nom : complétez son profil sur AR24."),
    "user_no_payment": QT_TRANSLATE_NOOP("AR24Errors", "Aucun moyen de paiement AR24 utilisable pour cet envoi : associez un moyen de paiement à l'entité (Gérer les moyens de paiement)."),
    "content_exceeds_limit": QT_TRANSLATE_NOOP("AR24Errors", "Le texte du message est trop long pour AR24 : raccourcissez-le ou joignez-le en PDF."),
    "forbidden_html": QT_TRANSLATE_NOOP("AR24Errors", "Le texte du message contient du code HTML interdit par AR24 : retirez la mise en forme spéciale."),
    "error_no_content_no_attachment": QT_TRANSLATE_NOOP("AR24Errors", "La lettre n'a ni texte ni pièce jointe : ajoutez au moins l'un des deux."),
    "authentication_otp_hash_invalid": QT_TRANSLATE_NOOP("AR24Errors", "La validation OTP a expiré (elle dure une heure) : saisissez un nouveau code OTP."),
    "authentication_otp_invalid": QT_TRANSLATE_NOOP("AR24Errors", "Le code OTP est incorrect ou expiré : saisissez le code affiché maintenant par votre application."),
    "authentication_missing": QT_TRANSLATE_NOOP("AR24Errors", "Une LRE qualifiée eIDAS exige l'identification de l'expéditeur : saisissez un code OTP."),
    "missing_erm_id": QT_TRANSLATE_NOOP("AR24Errors", "Cette lettre recommandée est introuvable chez AR24 : actualisez la liste des lettres."),
}


UNKNOWN_SLUG = QT_TRANSLATE_NOOP("AR24Errors", "Erreur AR24 inconnue (code « {slug} ») : {detail}")
NO_DETAIL = QT_TRANSLATE_NOOP("AR24Errors", "aucun détail fourni")


class AR24Error(Exception):
    """Base of every AR24 failure; ``message`` (the first argument) is the sentence for the user."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__(sentence)
        self.message = sentence


class AR24ApiError(AR24Error):
    """AR24 answered ``{"status":"ERROR"}`` with a slug."""

    def __init__(self, slug: str, server_message: str = "") -> None:
        super().__init__(slug_sentence(slug, server_message))
        self.slug = slug
        self.server_message = server_message


class AR24MaintenanceError(AR24Error):
    """AR24 answered ``{"status":"maintenance"}``: nothing was done, trying later is safe."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "AR24Errors", "AR24 est en maintenance : réessayez dans quelques minutes, rien n'a été envoyé."))


class AR24TransportError(AR24Error):
    """No usable answer. ``certainly_not_sent`` is True only when AR24 cannot have received the
    request (connection refused, DNS failure, connect timeout); otherwise the outcome is
    uncertain and a mail must be looked up by ``ref_client`` before it may be posted again."""

    def __init__(self, sentence: Sentence, *, certainly_not_sent: bool, status_code: int | None = None) -> None:
        super().__init__(sentence)
        self.certainly_not_sent = certainly_not_sent
        self.status_code = status_code
        self.retry_after: float | None = None   # seconds, from the server's Retry-After

    @property
    def outcome_uncertain(self) -> bool:
        return not self.certainly_not_sent


class AR24TimeoutError(AR24TransportError):
    """A timeout: at connection time (not sent) or while waiting for the answer (uncertain)."""


class AR24ProofNotReadyError(AR24Error):
    """A proof or document link answered 404: AR24 has not produced it yet."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "AR24Errors", "Ce document n'est pas encore disponible chez AR24 : réessayez après la prochaine mise à jour "
            "des statuts."))


class ProtocolError(AR24Error):
    """The answer could not be read (undecryptable or not the expected JSON); ``detail`` is for
    the log."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "AR24Errors", "La réponse d'AR24 est illisible : vérifiez la clé privée d'API et l'adresse du service dans "
            "les préférences."))
        self.detail: Sentence = detail


class UnexpectedAnswerError(ProtocolError):
    """An answer that reads, but not with the shape the spec gives (a list for an object, a
    mail without its number, a success in clear): refused, never guessed. ``what``: what was
    wrong with it (a marked sentence)."""

    def __init__(self, what: Sentence) -> None:
        AR24Error.__init__(self, message(QT_TRANSLATE_NOOP(
            "AR24Errors", "AR24 a renvoyé une réponse inattendue ({what}) : rien n'a été enregistré d'après elle. "
            "Réessayez plus tard ; si cela persiste, contactez le support AR24."), what=what))
        self.detail = what


class UnsafeDocumentError(AR24Error):
    """A proof link that gave something else than a proof: not archived. ``what``: why."""

    def __init__(self, what: Sentence) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "AR24Errors", "Le document renvoyé par AR24 n'a pas été archivé ({what}) : il sera redemandé à la "
            "prochaine actualisation."), what=what))
        self.detail = what


class AR24CallInterrupted(AR24TransportError):
    """The user cancelled while a call was under way: its outcome is not known."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "AR24Errors", "Appel à AR24 interrompu à la demande : si c'était un envoi, l'application vérifiera chez "
            "AR24 avant tout nouvel envoi de cette lettre."), certainly_not_sent=False)


def slug_sentence(slug: str, server_message: str = "") -> Text | Message:
    """What to tell the user about ``slug``; an unknown one with its code and AR24's own words."""
    known = SLUG_MESSAGES.get(slug)
    if known is not None:
        return known
    return message(UNKNOWN_SLUG, slug=slug, detail=server_message or NO_DETAIL)
