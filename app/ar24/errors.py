"""AR24 failures as typed exceptions, each carrying a French sentence the user can act on.

``str(error)`` is always that sentence (``error.message``). Slugs come from spec §3; a slug we
do not know is shown with its code, never swallowed.
"""
from __future__ import annotations

from app.i18n import Sentence

SLUG_MESSAGES: dict[str, str] = {
    # Partner credentials and request dating (every endpoint).
    "token_missing": "Le jeton d'API AR24 n'a pas été envoyé : renseignez le jeton dans les préférences (environnement AR24).",
    "token_invalid": "Le jeton d'API AR24 est refusé : vérifiez le jeton et l'environnement choisi (production, sandbox ou démo) dans les préférences.",
    "empty_date": "La requête envoyée à AR24 n'était pas datée : mettez l'application à jour ou contactez le support.",
    "invalid_date": "AR24 n'a pas compris la date de la requête : mettez l'application à jour ou contactez le support.",
    "expired_date": "AR24 juge la requête trop ancienne : vérifiez que l'horloge de ce poste est à l'heure (réglage automatique), puis réessayez.",
    "date_in_future": "AR24 juge la requête datée dans le futur : vérifiez que l'horloge et le fuseau horaire de ce poste sont corrects, puis réessayez.",
    "empty_signature": "La requête envoyée à AR24 n'était pas signée : mettez l'application à jour ou contactez le support.",
    "invalid_signature": "AR24 refuse la signature de la requête : vérifiez la clé privée d'API dans les préférences.",
    "unknown_error": "AR24 a rencontré une erreur inattendue : réessayez dans quelques minutes, puis contactez le support AR24 si elle persiste.",
    # Sender accounts.
    "user_not_exist": "Aucun compte AR24 ne correspond à cette adresse ou à cet identifiant : vérifiez l'e-mail du compte AR24 dans les préférences.",
    "user_unavailable": "Ce compte AR24 n'a pas encore autorisé l'application : cliquez sur « Autoriser le compte » dans les préférences, puis sur le lien reçu par e-mail d'AR24.",
    "missing_user_id": "Le compte AR24 expéditeur n'est pas indiqué : reliez votre utilisateur à son compte AR24 dans les préférences.",
    "user_already_exist": "Un compte AR24 existe déjà avec cette adresse : utilisez « Autoriser le compte » au lieu d'en créer un.",
    "missing_firstname": "Le prénom est manquant : complétez-le avant de créer le compte AR24.",
    "missing_lastname": "Le nom est manquant : complétez-le avant de créer le compte AR24.",
    "missing_email": "L'adresse e-mail est manquante : complétez l'e-mail du destinataire dans la fiche tiers (ou celui du compte).",
    "email_wrong_format": "L'adresse e-mail du compte est mal écrite : corrigez-la dans les préférences.",
    "missing_address": "L'adresse postale est manquante : complétez la première ligne d'adresse.",
    "missing_city": "La ville est manquante : complétez-la dans l'adresse.",
    "missing_zipcode": "Le code postal est manquant : complétez-le dans l'adresse.",
    "missing_country": "Le pays est manquant : complétez-le dans l'adresse.",
    "error_country": "Le pays n'est pas reconnu par AR24 : choisissez un code pays à deux lettres (FR, BE…).",
    "error_gender": "La civilité n'est pas reconnue par AR24 : choisissez Monsieur ou Madame.",
    "missing_company_siret": "Le SIRET de la société est obligatoire pour un compte professionnel français : renseignez-le.",
    "missing_company_tva": "Le numéro de TVA intracommunautaire est obligatoire pour une société européenne : renseignez-le.",
    "error_company_siret": "Ce SIRET est introuvable : vérifiez les 14 chiffres.",
    "user_not_created": "AR24 n'a pas pu créer le compte : vérifiez les informations saisies puis réessayez.",
    # Attachments.
    "attachment_empty_name": "Une pièce jointe n'a pas de nom de fichier utilisable : renommez le fichier puis réessayez.",
    "attachment_too_big": "Une pièce jointe est vide ou dépasse la taille acceptée par AR24 (256 Mo) : allégez ou scindez le document.",
    "attachment_missing_file": "Le fichier de la pièce jointe n'a pas été reçu par AR24 : vérifiez qu'il existe toujours puis réessayez.",
    "attachment_not_exists": "Une pièce jointe de la lettre est inconnue d'AR24 : relancez la préparation de l'envoi pour la déposer à nouveau.",
    "attachment_unavailable": "Une pièce jointe appartient à un autre compte AR24 : relancez la préparation de l'envoi avec le bon expéditeur.",
    # Mails.
    "same_sender_recipients_emails": "Le destinataire a la même adresse e-mail que l'expéditeur : corrigez l'e-mail dans la fiche tiers.",
    "same_sender_recipient_emails": "Le destinataire a la même adresse e-mail que l'expéditeur : corrigez l'e-mail dans la fiche tiers.",
    "invalid_recipient": "Le destinataire est incomplet : un particulier doit avoir un nom et un prénom, un professionnel une raison sociale (fiche tiers).",
    "invalid_email": "L'adresse e-mail du destinataire est invalide : vérifiez-la dans la fiche tiers.",
    "group_not_exist": "Le groupe AR24 indiqué n'existe pas : vérifiez le paramétrage de l'équipe AR24.",
    "user_account_not_confirmed": "Le compte AR24 expéditeur n'est pas confirmé : cliquez sur le lien de confirmation envoyé par AR24.",
    "user_eula_not_accepted": "Le compte AR24 expéditeur n'a pas accepté les conditions générales : connectez-vous une fois sur AR24 pour les accepter.",
    "user_name_empty": "Le compte AR24 expéditeur n'a pas de nom : complétez son profil sur AR24.",
    "user_no_payment": "Aucun moyen de paiement AR24 utilisable pour cet envoi : associez un moyen de paiement à l'entité (Gérer les moyens de paiement).",
    "content_exceeds_limit": "Le texte du message est trop long pour AR24 : raccourcissez-le ou joignez-le en PDF.",
    "forbidden_html": "Le texte du message contient du code HTML interdit par AR24 : retirez la mise en forme spéciale.",
    "error_no_content_no_attachment": "La lettre n'a ni texte ni pièce jointe : ajoutez au moins l'un des deux.",
    "authentication_otp_hash_invalid": "La validation OTP a expiré (elle dure une heure) : saisissez un nouveau code OTP.",
    "authentication_otp_invalid": "Le code OTP est incorrect ou expiré : saisissez le code affiché maintenant par votre application.",
    "authentication_missing": "Une LRE qualifiée eIDAS exige l'identification de l'expéditeur : saisissez un code OTP.",
    "missing_erm_id": "Cette lettre recommandée est introuvable chez AR24 : actualisez la liste des lettres.",
}


class AR24Error(Exception):
    """Base of every AR24 failure; ``message`` (= ``str(error)``) is French, for the user."""

    def __init__(self, message: Sentence) -> None:
        super().__init__(message)          # a Message or marked Text stays in args: render() translates it
        self.message = str(message)


class AR24ApiError(AR24Error):
    """AR24 answered ``{"status":"ERROR"}`` with a slug."""

    def __init__(self, slug: str, server_message: str = "") -> None:
        super().__init__(french_message(slug, server_message))
        self.slug = slug
        self.server_message = server_message


class AR24MaintenanceError(AR24Error):
    """AR24 answered ``{"status":"maintenance"}``: nothing was done, trying later is safe."""

    def __init__(self) -> None:
        super().__init__("AR24 est en maintenance : réessayez dans quelques minutes, rien n'a été envoyé.")


class AR24TransportError(AR24Error):
    """No usable answer. ``certainly_not_sent`` is True only when AR24 cannot have received the
    request (connection refused, DNS failure, connect timeout); otherwise the outcome is
    uncertain and a mail must be looked up by ``ref_client`` before it may be posted again."""

    def __init__(self, message: str, *, certainly_not_sent: bool, status_code: int | None = None) -> None:
        super().__init__(message)
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
        super().__init__("Ce document n'est pas encore disponible chez AR24 : réessayez après la prochaine mise à jour des statuts.")


class ProtocolError(AR24Error):
    """The answer could not be read (undecryptable or not the expected JSON)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "La réponse d'AR24 est illisible : vérifiez la clé privée d'API et l'adresse du service dans les préférences."
        )
        self.detail = detail


class UnexpectedAnswerError(ProtocolError):
    """An answer that reads, but not with the shape the spec gives (a list for an object, a
    mail without its number, a success in clear): refused, never guessed."""

    def __init__(self, what: str) -> None:
        AR24Error.__init__(self, f"AR24 a renvoyé une réponse inattendue ({what}) : rien n'a été enregistré "
                                 "d'après elle. Réessayez plus tard ; si cela persiste, contactez le support AR24.")
        self.detail = what


class UnsafeDocumentError(AR24Error):
    """A proof link that gave something else than a proof: not archived."""

    def __init__(self, what: str) -> None:
        super().__init__(f"Le document renvoyé par AR24 n'a pas été archivé ({what}) : il sera redemandé à la "
                         "prochaine actualisation.")
        self.detail = what


class AR24CallInterrupted(AR24TransportError):
    """The user cancelled while a call was under way: its outcome is not known."""

    def __init__(self) -> None:
        super().__init__("Appel à AR24 interrompu à la demande : si c'était un envoi, l'application vérifiera "
                         "chez AR24 avant tout nouvel envoi de cette lettre.", certainly_not_sent=False)


def french_message(slug: str, server_message: str = "") -> str:
    known = SLUG_MESSAGES.get(slug)
    if known is not None:
        return known
    detail = server_message or "aucun détail fourni"
    return f"Erreur AR24 inconnue (code « {slug} ») : {detail}"
