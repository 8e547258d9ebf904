<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AR24Access</name>
    <message>
        <source>La connexion « {environment} » n&apos;est pas paramétrée : saisissez l&apos;adresse, le jeton et la clé privée d&apos;API fournis par AR24 dans Paramètres › Préférences et administration.</source>
        <translation>The “{environment}” connection is not set up: enter the address, token and private API key supplied by AR24 in Settings › Preferences and administration.</translation>
    </message>
    <message>
        <source>Le compte AR24 de l&apos;utilisateur {login} n&apos;est pas encore lié : ouvrez Paramètres › Préférences et administration › Utilisateurs, double-cliquez sur votre fiche puis « Autoriser le compte ».</source>
        <translation>User {login}&apos;s AR24 account is not linked yet: open Settings › Preferences and administration › Users, double-click your record, then “Authorise the account”.</translation>
    </message>
</context>
<context>
    <name>AR24Errors</name>
    <message>
        <source>AR24 est injoignable ({cause}) : vérifiez la connexion Internet de ce poste. Rien n&apos;a été envoyé.</source>
        <translation>AR24 cannot be reached ({cause}): check this workstation&apos;s Internet connection. Nothing was sent.</translation>
    </message>
    <message>
        <source>{cause} : la demande a peut-être été traitée par AR24. L&apos;application vérifiera chez AR24 avant tout nouvel envoi de cette lettre.</source>
        <translation>{cause}: AR24 may have processed the request. The application will check with AR24 before sending this letter again.</translation>
    </message>
    <message>
        <source>délai de connexion dépassé</source>
        <translation>connection timed out</translation>
    </message>
    <message>
        <source>connexion impossible</source>
        <translation>connection failed</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas répondu à temps</source>
        <translation>AR24 did not answer in time</translation>
    </message>
    <message>
        <source>La connexion avec AR24 a été coupée avant la réponse</source>
        <translation>The connection to AR24 was cut before the answer</translation>
    </message>
    <message>
        <source>AR24 a répondu par une erreur HTTP {status}</source>
        <translation>AR24 answered with HTTP error {status}</translation>
    </message>
    <message>
        <source>plus de {size} Mo</source>
        <translation>more than {size} MB</translation>
    </message>
    <message>
        <source>une réponse « SUCCESS » non chiffrée</source>
        <translation>an unencrypted “SUCCESS” answer</translation>
    </message>
    <message>
        <source>user/auth_otp : pas de « hash » de session</source>
        <translation>user/auth_otp: no session “hash”</translation>
    </message>
    <message>
        <source>ce n&apos;est ni un PDF ni une archive ZIP</source>
        <translation>it is neither a PDF nor a ZIP archive</translation>
    </message>
    <message>
        <source>le document est vide</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>trop de redirections</source>
        <translation>too many redirections</translation>
    </message>
    <message>
        <source>le lien mène à un autre serveur ({host}) que celui d&apos;AR24</source>
        <translation>the link leads to a server other than AR24&apos;s ({host})</translation>
    </message>
    <message>
        <source>une réponse de plus de {size} Mo</source>
        <translation>an answer of more than {size} MB</translation>
    </message>
    <message>
        <source>Le jeton d&apos;API AR24 n&apos;a pas été envoyé : renseignez le jeton dans les préférences (environnement AR24).</source>
        <translation>The AR24 API token was not sent: enter the token in the preferences (AR24 environment).</translation>
    </message>
    <message>
        <source>Le jeton d&apos;API AR24 est refusé : vérifiez le jeton et l&apos;environnement choisi (production, sandbox ou démo) dans les préférences.</source>
        <translation>The AR24 API token is refused: check the token and the chosen environment (production, sandbox or demo) in the preferences.</translation>
    </message>
    <message>
        <source>La requête envoyée à AR24 n&apos;était pas datée : mettez l&apos;application à jour ou contactez le support.</source>
        <translation>The request sent to AR24 was not dated: update the application or contact support.</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas compris la date de la requête : mettez l&apos;application à jour ou contactez le support.</source>
        <translation>AR24 did not understand the request&apos;s date: update the application or contact support.</translation>
    </message>
    <message>
        <source>AR24 juge la requête trop ancienne : vérifiez que l&apos;horloge de ce poste est à l&apos;heure (réglage automatique), puis réessayez.</source>
        <translation>AR24 considers the request too old: check that this workstation&apos;s clock is on time (automatic setting), then try again.</translation>
    </message>
    <message>
        <source>AR24 juge la requête datée dans le futur : vérifiez que l&apos;horloge et le fuseau horaire de ce poste sont corrects, puis réessayez.</source>
        <translation>AR24 considers the request dated in the future: check that this workstation&apos;s clock and time zone are correct, then try again.</translation>
    </message>
    <message>
        <source>La requête envoyée à AR24 n&apos;était pas signée : mettez l&apos;application à jour ou contactez le support.</source>
        <translation>The request sent to AR24 was not signed: update the application or contact support.</translation>
    </message>
    <message>
        <source>AR24 refuse la signature de la requête : vérifiez la clé privée d&apos;API dans les préférences.</source>
        <translation>AR24 refuses the request&apos;s signature: check the private API key in the preferences.</translation>
    </message>
    <message>
        <source>AR24 a rencontré une erreur inattendue : réessayez dans quelques minutes, puis contactez le support AR24 si elle persiste.</source>
        <translation>AR24 ran into an unexpected error: try again in a few minutes, then contact AR24 support if it persists.</translation>
    </message>
    <message>
        <source>Aucun compte AR24 ne correspond à cette adresse ou à cet identifiant : vérifiez l&apos;e-mail du compte AR24 dans les préférences.</source>
        <translation>No AR24 account matches this address or identifier: check the AR24 account&apos;s e-mail in the preferences.</translation>
    </message>
    <message>
        <source>Ce compte AR24 n&apos;a pas encore autorisé l&apos;application : cliquez sur « Autoriser le compte » dans les préférences, puis sur le lien reçu par e-mail d&apos;AR24.</source>
        <translation>This AR24 account has not authorised the application yet: click “Authorise the account” in the preferences, then the link in AR24&apos;s e-mail.</translation>
    </message>
    <message>
        <source>Le compte AR24 expéditeur n&apos;est pas indiqué : reliez votre utilisateur à son compte AR24 dans les préférences.</source>
        <translation>The sending AR24 account is not given: link your user to its AR24 account in the preferences.</translation>
    </message>
    <message>
        <source>Un compte AR24 existe déjà avec cette adresse : utilisez « Autoriser le compte » au lieu d&apos;en créer un.</source>
        <translation>An AR24 account already exists with this address: use “Authorise the account” instead of creating one.</translation>
    </message>
    <message>
        <source>Le prénom est manquant : complétez-le avant de créer le compte AR24.</source>
        <translation>The first name is missing: fill it in before creating the AR24 account.</translation>
    </message>
    <message>
        <source>Le nom est manquant : complétez-le avant de créer le compte AR24.</source>
        <translation>The last name is missing: fill it in before creating the AR24 account.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail est manquante : complétez l&apos;e-mail du destinataire dans la fiche tiers (ou celui du compte).</source>
        <translation>The e-mail address is missing: fill in the recipient&apos;s e-mail in the third-party record (or the account&apos;s).</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail du compte est mal écrite : corrigez-la dans les préférences.</source>
        <translation>The account&apos;s e-mail address is malformed: correct it in the preferences.</translation>
    </message>
    <message>
        <source>L&apos;adresse postale est manquante : complétez la première ligne d&apos;adresse.</source>
        <translation>The postal address is missing: fill in the first address line.</translation>
    </message>
    <message>
        <source>La ville est manquante : complétez-la dans l&apos;adresse.</source>
        <translation>The city is missing: add it to the address.</translation>
    </message>
    <message>
        <source>Le code postal est manquant : complétez-le dans l&apos;adresse.</source>
        <translation>The postcode is missing: add it to the address.</translation>
    </message>
    <message>
        <source>Le pays est manquant : complétez-le dans l&apos;adresse.</source>
        <translation>The country is missing: add it to the address.</translation>
    </message>
    <message>
        <source>Le pays n&apos;est pas reconnu par AR24 : choisissez un code pays à deux lettres (FR, BE…).</source>
        <translation>AR24 does not recognise the country: choose a two-letter country code (FR, BE…).</translation>
    </message>
    <message>
        <source>La civilité n&apos;est pas reconnue par AR24 : choisissez Monsieur ou Madame.</source>
        <translation>AR24 does not recognise the title: choose Mr or Mrs.</translation>
    </message>
    <message>
        <source>Le SIRET de la société est obligatoire pour un compte professionnel français : renseignez-le.</source>
        <translation>The company&apos;s SIRET is required for a French business account: enter it.</translation>
    </message>
    <message>
        <source>Le numéro de TVA intracommunautaire est obligatoire pour une société européenne : renseignez-le.</source>
        <translation>The intra-EU VAT number is required for a European company: enter it.</translation>
    </message>
    <message>
        <source>Ce SIRET est introuvable : vérifiez les 14 chiffres.</source>
        <translation>This SIRET cannot be found: check its 14 digits.</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas pu créer le compte : vérifiez les informations saisies puis réessayez.</source>
        <translation>AR24 could not create the account: check the information entered, then try again.</translation>
    </message>
    <message>
        <source>Une pièce jointe n&apos;a pas de nom de fichier utilisable : renommez le fichier puis réessayez.</source>
        <translation>An attachment has no usable file name: rename the file, then try again.</translation>
    </message>
    <message>
        <source>Une pièce jointe est vide ou dépasse la taille acceptée par AR24 (256 Mo) : allégez ou scindez le document.</source>
        <translation>An attachment is empty or larger than AR24 accepts (256 MB): reduce or split the document.</translation>
    </message>
    <message>
        <source>Le fichier de la pièce jointe n&apos;a pas été reçu par AR24 : vérifiez qu&apos;il existe toujours puis réessayez.</source>
        <translation>AR24 did not receive the attachment&apos;s file: check that it still exists, then try again.</translation>
    </message>
    <message>
        <source>Une pièce jointe de la lettre est inconnue d&apos;AR24 : relancez la préparation de l&apos;envoi pour la déposer à nouveau.</source>
        <translation>AR24 does not know one of the letter&apos;s attachments: prepare the sending again to upload it again.</translation>
    </message>
    <message>
        <source>Une pièce jointe appartient à un autre compte AR24 : relancez la préparation de l&apos;envoi avec le bon expéditeur.</source>
        <translation>An attachment belongs to another AR24 account: prepare the sending again with the right sender.</translation>
    </message>
    <message>
        <source>Le destinataire a la même adresse e-mail que l&apos;expéditeur : corrigez l&apos;e-mail dans la fiche tiers.</source>
        <translation>The recipient has the same e-mail address as the sender: correct the e-mail in the third-party record.</translation>
    </message>
    <message>
        <source>Le destinataire est incomplet : un particulier doit avoir un nom et un prénom, un professionnel une raison sociale (fiche tiers).</source>
        <translation>The recipient is incomplete: an individual needs a last name and a first name, a business a company name (third-party record).</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail du destinataire est invalide : vérifiez-la dans la fiche tiers.</source>
        <translation>The recipient&apos;s e-mail address is invalid: check it in the third-party record.</translation>
    </message>
    <message>
        <source>Le groupe AR24 indiqué n&apos;existe pas : vérifiez le paramétrage de l&apos;équipe AR24.</source>
        <translation>The AR24 group given does not exist: check the AR24 team&apos;s settings.</translation>
    </message>
    <message>
        <source>Le compte AR24 expéditeur n&apos;est pas confirmé : cliquez sur le lien de confirmation envoyé par AR24.</source>
        <translation>The sending AR24 account is not confirmed: click the confirmation link sent by AR24.</translation>
    </message>
    <message>
        <source>Le compte AR24 expéditeur n&apos;a pas accepté les conditions générales : connectez-vous une fois sur AR24 pour les accepter.</source>
        <translation>The sending AR24 account has not accepted the terms and conditions: log in to AR24 once to accept them.</translation>
    </message>
    <message>
        <source>Le compte AR24 expéditeur n&apos;a pas de nom : complétez son profil sur AR24.</source>
        <translation>The sending AR24 account has no name: complete its profile on AR24.</translation>
    </message>
    <message>
        <source>Aucun moyen de paiement AR24 utilisable pour cet envoi : associez un moyen de paiement à l&apos;entité (Gérer les moyens de paiement).</source>
        <translation>No usable AR24 payment method for this sending: assign a payment method to the entity (Manage payment methods).</translation>
    </message>
    <message>
        <source>Le texte du message est trop long pour AR24 : raccourcissez-le ou joignez-le en PDF.</source>
        <translation>The message text is too long for AR24: shorten it or attach it as a PDF.</translation>
    </message>
    <message>
        <source>Le texte du message contient du code HTML interdit par AR24 : retirez la mise en forme spéciale.</source>
        <translation>The message text contains HTML code that AR24 forbids: remove the special formatting.</translation>
    </message>
    <message>
        <source>La lettre n&apos;a ni texte ni pièce jointe : ajoutez au moins l&apos;un des deux.</source>
        <translation>The letter has neither text nor attachment: add at least one of them.</translation>
    </message>
    <message>
        <source>La validation OTP a expiré (elle dure une heure) : saisissez un nouveau code OTP.</source>
        <translation>The OTP validation has expired (it lasts one hour): enter a new OTP code.</translation>
    </message>
    <message>
        <source>Le code OTP est incorrect ou expiré : saisissez le code affiché maintenant par votre application.</source>
        <translation>The OTP code is wrong or expired: enter the code your app shows now.</translation>
    </message>
    <message>
        <source>Une LRE qualifiée eIDAS exige l&apos;identification de l&apos;expéditeur : saisissez un code OTP.</source>
        <translation>An eIDAS-qualified LRE requires the sender&apos;s identification: enter an OTP code.</translation>
    </message>
    <message>
        <source>Cette lettre recommandée est introuvable chez AR24 : actualisez la liste des lettres.</source>
        <translation>AR24 cannot find this registered letter: refresh the list of letters.</translation>
    </message>
    <message>
        <source>Erreur AR24 inconnue (code « {slug} ») : {detail}</source>
        <translation>Unknown AR24 error (code “{slug}”): {detail}</translation>
    </message>
    <message>
        <source>aucun détail fourni</source>
        <translation>no detail given</translation>
    </message>
    <message>
        <source>AR24 est en maintenance : réessayez dans quelques minutes, rien n&apos;a été envoyé.</source>
        <translation>AR24 is under maintenance: try again in a few minutes; nothing was sent.</translation>
    </message>
    <message>
        <source>Ce document n&apos;est pas encore disponible chez AR24 : réessayez après la prochaine mise à jour des statuts.</source>
        <translation>This document is not available at AR24 yet: try again after the next status update.</translation>
    </message>
    <message>
        <source>La réponse d&apos;AR24 est illisible : vérifiez la clé privée d&apos;API et l&apos;adresse du service dans les préférences.</source>
        <translation>AR24&apos;s answer cannot be read: check the private API key and the service address in the preferences.</translation>
    </message>
    <message>
        <source>AR24 a renvoyé une réponse inattendue ({what}) : rien n&apos;a été enregistré d&apos;après elle. Réessayez plus tard ; si cela persiste, contactez le support AR24.</source>
        <translation>AR24 sent back an unexpected answer ({what}): nothing was recorded from it. Try again later; if it persists, contact AR24 support.</translation>
    </message>
    <message>
        <source>Le document renvoyé par AR24 n&apos;a pas été archivé ({what}) : il sera redemandé à la prochaine actualisation.</source>
        <translation>The document sent back by AR24 was not archived ({what}): it will be requested again at the next refresh.</translation>
    </message>
    <message>
        <source>Appel à AR24 interrompu à la demande : si c&apos;était un envoi, l&apos;application vérifiera chez AR24 avant tout nouvel envoi de cette lettre.</source>
        <translation>Call to AR24 interrupted on request: if it was a sending, the application will check with AR24 before sending this letter again.</translation>
    </message>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>une liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>un texte</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>{endpoint} : {shape} au lieu d&apos;un objet</source>
        <translation>{endpoint}: {shape} instead of an object</translation>
    </message>
    <message>
        <source>{endpoint} : {shape} au lieu d&apos;une liste d&apos;objets</source>
        <translation>{endpoint}: {shape} instead of a list of objects</translation>
    </message>
    <message>
        <source>{endpoint} : « {key} » absent ou non numérique ({value})</source>
        <translation>{endpoint}: “{key}” missing or not a number ({value})</translation>
    </message>
</context>
<context>
    <name>AccountLink</name>
    <message>
        <source>Saisissez l&apos;adresse e-mail de votre compte AR24.</source>
        <translation>Enter your AR24 account&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>L&apos;adresse « {email} » n&apos;est pas une adresse e-mail valide : corrigez-la.</source>
        <translation>“{email}” is not a valid e-mail address: correct it.</translation>
    </message>
    <message>
        <source>Saisissez d&apos;abord l&apos;adresse e-mail de votre compte AR24, puis « Autoriser le compte ».</source>
        <translation>First enter your AR24 account&apos;s e-mail address, then click “Authorise the account”.</translation>
    </message>
    <message>
        <source>L&apos;utilisateur {login} n&apos;existe plus : fermez cette fiche et rouvrez la liste.</source>
        <translation>User {login} no longer exists: close this record and reopen the list.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>AR24 envoie le courrier des identifiants eIDAS par la poste : seule la « Démo locale » le simule.</source>
        <translation>AR24 posts the letter with the eIDAS credentials: only the “Local demo” simulates it.</translation>
    </message>
    <message>
        <source>Seule la « Démo locale » se réinitialise.</source>
        <translation>Only the “Local demo” can be reset.</translation>
    </message>
    <message>
        <source>Cette action n&apos;existe qu&apos;en « Démo locale » : sur AR24, le titulaire du compte clique lui-même sur le lien reçu par e-mail.</source>
        <translation>This action exists only in “Local demo”: on AR24, the account holder clicks the link received by e-mail.</translation>
    </message>
</context>
<context>
    <name>AddSenderDialog</name>
    <message>
        <source>Prénom :</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>Société :</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Complément :</source>
        <translation>Address line 2:</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Ville :</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Pays :</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Ajouter un expéditeur</source>
        <translation>Add a sender</translation>
    </message>
    <message>
        <source>adresse e-mail du compte AR24 de l&apos;expéditeur</source>
        <translation>e-mail address of the sender&apos;s AR24 account</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Étape 1 : renseignez l&apos;adresse e-mail de l&apos;expéditeur.</source>
        <translation>Step 1: enter the sender&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>E-mail :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir mes identifiants eIDAS</source>
        <translation>Save and receive my eIDAS credentials</translation>
    </message>
    <message>
        <source>Recherche du compte AR24 de l&apos;expéditeur…</source>
        <translation>Looking up the sender&apos;s AR24 account…</translation>
    </message>
    <message>
        <source>Étape 2 : l&apos;identité de {email} est déjà vérifiée par AR24 : vérifiez son adresse puis enregistrez ; vous saisirez ensuite la clé OTP de son courrier.</source>
        <translation>Step 2: AR24 has already verified the identity of {email}: check the address, then save; you will then enter the OTP key from the sender&apos;s letter.</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;expéditeur</source>
        <translation>Save the sender</translation>
    </message>
    <message>
        <source>Étape 2 : vérifiez l&apos;adresse postale de {email} : AR24 y adressera par lettre recommandée papier le courrier contenant ses identifiants eIDAS.</source>
        <translation>Step 2: check the postal address of {email}: AR24 will send the letter with the eIDAS credentials there by paper registered mail.</translation>
    </message>
    <message>
        <source>Expéditeur {email} ajouté : saisissez maintenant sa clé OTP.</source>
        <translation>Sender {email} added: now enter the sender&apos;s OTP key.</translation>
    </message>
    <message>
        <source>Enregistrement de l&apos;expéditeur…</source>
        <translation>Saving the sender…</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>L&apos;utilisateur n° {id} n&apos;existe plus : rouvrez la liste des utilisateurs.</source>
        <translation>User no. {id} no longer exists: reopen the list of users.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Attribuer</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Accord de consentement LRE</source>
        <translation>LRE consent</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier</source>
        <translation>Paper mail request</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Valeur à attribuer aux {count} tiers sélectionnés :</source>
        <translation>Value to assign to the {count} selected third parties:</translation>
    </message>
</context>
<context>
    <name>ChangedTiersDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Changement</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Accord avant</source>
        <translation>Consent before</translation>
    </message>
    <message>
        <source>Accord après</source>
        <translation>Consent after</translation>
    </message>
    <message>
        <source>Email de consentement</source>
        <translation>Consent email</translation>
    </message>
    <message>
        <source>Tiers modifiés par la mise à jour des consentements</source>
        <translation>Third parties changed by the consent update</translation>
    </message>
    <message>
        <source>{count} tiers modifié(s) d&apos;après les consentements enregistrés chez AR24.</source>
        <translation>{count} third part(ies) changed according to the consents recorded at AR24.</translation>
    </message>
    <message>
        <source>Aucun tiers modifié : les fiches correspondent déjà aux consentements AR24.</source>
        <translation>No third party changed: the records already match the consents held by AR24.</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Email de consentement mis à jour</source>
        <translation>Consent e-mail updated</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>Colonnes par défaut</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <source>A qui</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Date / Heure</source>
        <translation>Date / Time</translation>
    </message>
    <message>
        <source>Service / Imm / Dossier</source>
        <translation>Department / Building / File</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Modèle / Sujet</source>
        <translation>Template / Subject</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Nb PJ</source>
        <translation>Attach.</translation>
    </message>
    <message>
        <source>Exp</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>AG du</source>
        <translation>GM of</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Emetteur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Emetteur email</source>
        <translation>Sender e-mail</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Destinataire email</source>
        <translation>Recipient e-mail</translation>
    </message>
    <message>
        <source>Date dépôt</source>
        <translation>Deposit date</translation>
    </message>
    <message>
        <source>Date d&apos;envoi</source>
        <translation>Sent date</translation>
    </message>
    <message>
        <source>Date d&apos;AR</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>CP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Consentement LRE</source>
        <translation>LRE consent</translation>
    </message>
    <message>
        <source>Papier demandé</source>
        <translation>Paper requested</translation>
    </message>
    <message>
        <source>Compte AR24</source>
        <translation>AR24 account</translation>
    </message>
    <message>
        <source>Lien AR24</source>
        <translation>AR24 link</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dernière lettre</source>
        <translation>Latest letter</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Third parties</translation>
    </message>
    <message>
        <source>Archivée</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Le compte AR24 de l&apos;utilisateur et l&apos;état de son lien</source>
        <translation>The user&apos;s AR24 account and the state of its link</translation>
    </message>
    <message>
        <source>demander à AR24 le lien du compte (« Autoriser le compte »)</source>
        <translation>ask AR24 to link the account (“Authorise the account”)</translation>
    </message>
    <message>
        <source>clé privée AR24 ; écrivez --private-key=CLÉ si elle commence par « - »</source>
        <translation>AR24 private key; write --private-key=KEY if it starts with “-”</translation>
    </message>
    <message>
        <source>Service AR24 local (démo et tests).</source>
        <translation>Local AR24 service (demo and tests).</translation>
    </message>
    <message>
        <source>HÔTE</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>adresse d&apos;écoute (défaut : 127.0.0.1, ce poste seulement)</source>
        <translation>listening address (default: 127.0.0.1, this workstation only)</translation>
    </message>
    <message>
        <source>port d&apos;écoute (0 : un port libre)</source>
        <translation>port to listen on (0: any free port)</translation>
    </message>
    <message>
        <source>JETON</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>jeton d&apos;API que le service exige (défaut : celui de son dossier d&apos;état)</source>
        <translation>API token the service requires (default: the one of its state folder)</translation>
    </message>
    <message>
        <source>CLÉ</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>dossier d&apos;état (défaut : dossier de données de l&apos;application)</source>
        <translation>state folder (default: the application&apos;s data folder)</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>VITESSE</source>
        <translation>SPEED</translation>
    </message>
    <message>
        <source>vitesse de l&apos;horloge simulée</source>
        <translation>speed of the simulated clock</translation>
    </message>
    <message>
        <source>autoriser un compte en attente après S secondes</source>
        <translation>authorise a pending account after S seconds</translation>
    </message>
    <message>
        <source>laisser le compte de démo non lié (pour essayer « Autoriser le compte »)</source>
        <translation>leave the demo account unlinked (to try “Authorise the account”)</translation>
    </message>
    <message>
        <source>ne servir que les routes AR24 confirmées (les routes supposées répondent « route inconnue »)</source>
        <translation>serve only the confirmed AR24 routes (the assumed routes answer “unknown route”)</translation>
    </message>
    <message>
        <source>une LRE eIDAS sans identification attend en « to_valid » au lieu d&apos;être refusée</source>
        <translation>an eIDAS LRE without identification waits in “to_valid” instead of being refused</translation>
    </message>
    <message>
        <source>Tester la connexion à AR24.</source>
        <translation>Test the connection to AR24.</translation>
    </message>
    <message>
        <source>e-mail du compte AR24 à vérifier</source>
        <translation>e-mail of the AR24 account to check</translation>
    </message>
    <message>
        <source>adresse de l&apos;API AR24 (défaut : AR24_BASE_URL, sinon la connexion enregistrée)</source>
        <translation>AR24 API address (default: AR24_BASE_URL, else the saved connection)</translation>
    </message>
    <message>
        <source>jeton d&apos;API de partenaire (défaut : AR24_TOKEN, sinon la connexion enregistrée)</source>
        <translation>partner API token (default: AR24_TOKEN, else the saved connection)</translation>
    </message>
    <message>
        <source>SECONDES</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>délai d&apos;attente de chaque appel (défaut : 15 s)</source>
        <translation>time allowed for each call (default: 15 s)</translation>
    </message>
    <message>
        <source>« Autoriser le compte » a déjà été demandé</source>
        <translation>“Authorise the account” has already been requested</translation>
    </message>
    <message>
        <source>utilisation : </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>arguments positionnels</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>afficher cette aide et quitter</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>{prog} : erreur : {reason}</source>
        <translation>{prog}: error: {reason}</translation>
    </message>
    <message>
        <source>agir en tant que cet utilisateur (défaut : le premier de la base)</source>
        <translation>act as this user (default: the first one in the database)</translation>
    </message>
    <message>
        <source>sortie : un tableau JSON (le résumé va sur la sortie d&apos;erreur)</source>
        <translation>output: a JSON array (the summary goes to standard error)</translation>
    </message>
    <message>
        <source>Copie toutes les tables d&apos;une base (la base SQLite d&apos;un poste) dans une base vide (le serveur PostgreSQL de l&apos;agence), puis vérifie chaque table (nombre de lignes et empreinte SHA-256).</source>
        <translation>Copies every table of a database (a workstation&apos;s SQLite database) into an empty database (the agency&apos;s PostgreSQL server), then checks each table (number of rows and SHA-256 fingerprint).</translation>
    </message>
    <message>
        <source>Le mot de passe du serveur : dans l&apos;URL, dans PGPASSWORD, ou celui enregistré dans Paramètres › Préférences et administration › Base de données.</source>
        <translation>The server&apos;s password: in the URL, in PGPASSWORD, or the one saved in Settings › Preferences and administration › Database.</translation>
    </message>
    <message>
        <source>base d&apos;origine, par exemple sqlite:////chemin/recommandes.db</source>
        <translation>source database, for example sqlite:////path/recommandes.db</translation>
    </message>
    <message>
        <source>base cible vide, par exemple postgresql://agence@serveur/recommandes</source>
        <translation>empty target database, for example postgresql://agency@server/recommandes</translation>
    </message>
    <message>
        <source>Lister les événements et leur dernière lettre</source>
        <translation>List the events and their latest letter</translation>
    </message>
    <message>
        <source>Importer des courriers PDF : un manifeste CSV, un dossier de PDF nommés par code tiers, ou un PDF à découper par destinataire</source>
        <translation>Import PDF letters: a CSV manifest, a folder of PDFs named by third-party code, or a PDF to split by recipient</translation>
    </message>
    <message>
        <source>MANIFESTE.csv, DOSSIER ou FICHIER.pdf</source>
        <translation>MANIFEST.csv, FOLDER or FILE.pdf</translation>
    </message>
    <message>
        <source>repère de la première page de chaque courrier (son 1er groupe, ou tout, est le code tiers ; défaut : un code tiers connu)</source>
        <translation>marker of each letter&apos;s first page (its first group, or the whole match, is the third-party code; default: a known third-party code)</translation>
    </message>
    <message>
        <source>découper tous les N pages</source>
        <translation>split every N pages</translation>
    </message>
    <message>
        <source>sujet des événements (défaut : Sujet du manifeste, ou nom du fichier)</source>
        <translation>subject of the events (default: the manifest&apos;s Sujet column, or the file name)</translation>
    </message>
    <message>
        <source>OBJET</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>date d&apos;AG (convocation)</source>
        <translation>general meeting date (notice of meeting)</translation>
    </message>
    <message>
        <source>montrer ce qui serait créé, sans rien créer</source>
        <translation>show what would be created, without creating anything</translation>
    </message>
    <message>
        <source>Importer des tiers d&apos;un fichier CSV ou XLSX</source>
        <translation>Import third parties from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>fichier CSV (séparateur et encodage détectés) ou XLSX</source>
        <translation>CSV file (separator and encoding detected) or XLSX</translation>
    </message>
    <message>
        <source>FICHIER.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>correspondance des colonnes : {&quot;colonne du fichier&quot;: &quot;champ&quot;}</source>
        <translation>column mapping: {&quot;file column&quot;: &quot;field&quot;}</translation>
    </message>
    <message>
        <source>FEUILLE</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <source>feuille du classeur XLSX (défaut : la première)</source>
        <translation>sheet of the XLSX workbook (default: the first one)</translation>
    </message>
    <message>
        <source>tout vérifier sans rien enregistrer</source>
        <translation>check everything without saving anything</translation>
    </message>
    <message>
        <source>Lister les lettres recommandées de l&apos;utilisateur</source>
        <translation>List the user&apos;s registered letters</translation>
    </message>
    <message>
        <source>Moyens de paiement AR24 et leur affectation aux entités</source>
        <translation>AR24 payment methods and their assignment to entities</translation>
    </message>
    <message>
        <source>ENTITE=CODE</source>
        <translation>ENTITY=CODE</translation>
    </message>
    <message>
        <source>payer les lettres de l&apos;entité ENTITE avec le moyen AR24 CODE (répétable)</source>
        <translation>pay the letters of entity ENTITY with AR24 method CODE (repeatable)</translation>
    </message>
    <message>
        <source>payer les lettres de toutes les entités avec CODE</source>
        <translation>pay the letters of every entity with CODE</translation>
    </message>
    <message>
        <source>Envoyer des événements en AR (comme « Valider » du choix de l&apos;envoi)</source>
        <translation>Send events as registered letters (like “Validate” in the sending choice)</translation>
    </message>
    <message>
        <source>les événements à envoyer (numéros internes, voir « events »)</source>
        <translation>the events to send (internal numbers, see “events”)</translation>
    </message>
    <message>
        <source>tous les événements chronotés que les règles acceptent</source>
        <translation>every numbered event the rules accept</translation>
    </message>
    <message>
        <source>type d&apos;envoi</source>
        <translation>sending type</translation>
    </message>
    <message>
        <source>envoyer sans demander de confirmation</source>
        <translation>send without asking for confirmation</translation>
    </message>
    <message>
        <source>renvoyer quand même un événement déjà remis (motif obligatoire, inscrit au journal)</source>
        <translation>send an already delivered event again anyway (reason required, written to the log)</translation>
    </message>
    <message>
        <source>MOTIF</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>le motif du renvoi volontaire</source>
        <translation>the reason for the deliberate resend</translation>
    </message>
    <message>
        <source>Actualiser les statuts et les preuves des lettres depuis AR24</source>
        <translation>Refresh the letters&apos; statuses and proofs from AR24</translation>
    </message>
    <message>
        <source>seulement les lettres de cet utilisateur (défaut : toutes)</source>
        <translation>only this user&apos;s letters (default: all)</translation>
    </message>
    <message>
        <source>Valider avec un code OTP les LRE d&apos;un expéditeur en attente</source>
        <translation>Validate a sender&apos;s pending LREs with an OTP code</translation>
    </message>
    <message>
        <source>l&apos;adresse de l&apos;expéditeur eIDAS</source>
        <translation>the eIDAS sender&apos;s address</translation>
    </message>
    <message>
        <source>le code OTP à 6 chiffres, ou - pour le lire sur l&apos;entrée standard</source>
        <translation>the 6-digit OTP code, or - to read it from standard input</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Utilisateur inconnu : {login}</source>
        <translation>Unknown user: {login}</translation>
    </message>
    <message>
        <source>--split-marker et --pages s&apos;appliquent à un PDF à découper, pas à un dossier ni à un manifeste</source>
        <translation>--split-marker and --pages apply to a PDF to split, not to a folder or a manifest</translation>
    </message>
    <message>
        <source>--pages : un nombre de pages d&apos;au moins 1</source>
        <translation>--pages: a number of pages of at least 1</translation>
    </message>
    <message>
        <source>--ag-date : date illisible « {value} » (JJ/MM/AAAA)</source>
        <translation>--ag-date: unreadable date “{value}” (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>Fichier ou dossier introuvable : {path}</source>
        <translation>File or folder not found: {path}</translation>
    </message>
    <message>
        <source>Simulation : {accepted} courrier(s) seraient importés, {refused} refusé(s) ; rien n&apos;a été créé.</source>
        <translation>Dry run: {accepted} letter(s) would be imported, {refused} refused; nothing was created.</translation>
    </message>
    <message>
        <source>{count} courrier(s) importé(s) : événements chronotés n° {first} à {last}.</source>
        <translation>{count} letter(s) imported: events with treatment numbers {first} to {last}.</translation>
    </message>
    <message>
        <source>Aucun courrier importé.</source>
        <translation>No letter imported.</translation>
    </message>
    <message>
        <source>{count} courrier(s) refusé(s) :</source>
        <translation>{count} letter(s) refused:</translation>
    </message>
    <message>
        <source>non lié</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>autorisation en attente</source>
        <translation>authorisation pending</translation>
    </message>
    <message>
        <source>lié</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Utilisateur : {login}</source>
        <translation>User: {login}</translation>
    </message>
    <message>
        <source>Compte AR24 : {email}</source>
        <translation>AR24 account: {email}</translation>
    </message>
    <message>
        <source>Lien : {state}</source>
        <translation>Link: {state}</translation>
    </message>
    <message>
        <source>Titulaire : {name}</source>
        <translation>Holder: {name}</translation>
    </message>
    <message>
        <source>Identité vérifiée : {answer} ; paiement possible : {payment}</source>
        <translation>Identity verified: {answer}; payment possible: {payment}</translation>
    </message>
    <message>
        <source>AR24 a envoyé un e-mail au titulaire du compte : le lien sera établi quand il aura cliqué sur son lien.</source>
        <translation>AR24 e-mailed the account holder: the link is made once they click the link in that e-mail.</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas pu être utilisé : {reason}</source>
        <translation>AR24 could not be used: {reason}</translation>
    </message>
    <message>
        <source>{count} événement(s), dont {sent} avec une lettre.</source>
        <translation>{count} event(s), {sent} of them with a letter.</translation>
    </message>
    <message>
        <source>{count} lettre(s) de {login}.</source>
        <translation>{count} letter(s) of {login}.</translation>
    </message>
    <message>
        <source>--assign attend ENTITE=CODE, pas « {value} »</source>
        <translation>--assign expects ENTITY=CODE, not “{value}”</translation>
    </message>
    <message>
        <source>Moyens de paiement du compte AR24 : {count}</source>
        <translation>Payment methods of the AR24 account: {count}</translation>
    </message>
    <message>
        <source>Entité / Moyen de paiement AR24 / Code AR24 :</source>
        <translation>Entity / AR24 payment method / AR24 code:</translation>
    </message>
    <message>
        <source>Attention : {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>Refusé : {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <source>{count} affectation(s) modifiée(s).</source>
        <translation>{count} assignment(s) changed.</translation>
    </message>
    <message>
        <source>--events attend des numéros séparés par des virgules, pas « {text} »</source>
        <translation>--events expects numbers separated by commas, not “{text}”</translation>
    </message>
    <message>
        <source>--force-resend demande un motif : --reason TEXTE</source>
        <translation>--force-resend needs a reason: --reason TEXT</translation>
    </message>
    <message>
        <source>--force-resend s&apos;emploie avec --events, pas avec --all-ready</source>
        <translation>--force-resend goes with --events, not with --all-ready</translation>
    </message>
    <message>
        <source>--reason accompagne --force-resend</source>
        <translation>--reason goes with --force-resend</translation>
    </message>
    <message>
        <source>L&apos;événement {id} n&apos;existe pas.</source>
        <translation>Event {id} does not exist.</translation>
    </message>
    <message>
        <source>{event} — Attention : {warning}</source>
        <translation>{event} — Warning: {warning}</translation>
    </message>
    <message>
        <source>Refusé : {event} — {reasons}</source>
        <translation>Refused: {event} — {reasons}</translation>
    </message>
    <message>
        <source>{count} événement(s) chronoté(s) non retenu(s) par les règles pour ce type.</source>
        <translation>{count} numbered event(s) not accepted by the rules for this type.</translation>
    </message>
    <message>
        <source>Aucun événement à envoyer.</source>
        <translation>No event to send.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été envoyé (confirmation absente : ajoutez --yes pour envoyer sans terminal).</source>
        <translation>Nothing was sent (not confirmed: add --yes to send without a terminal).</translation>
    </message>
    <message>
        <source>Les LRE attendent leur validation OTP : main.py validate --sender EMAIL --otp CODE</source>
        <translation>The LRE letters wait for their OTP validation: main.py validate --sender EMAIL --otp CODE</translation>
    </message>
    <message>
        <source>À payer ({count} lettre(s), expéditeur {sender}) :</source>
        <translation>To pay ({count} letter(s), sender {sender}):</translation>
    </message>
    <message>
        <source>  {entity} ({payer}) : {count} × {unit} HT = {ht} HT, {tax_label} {tax}, {ttc} TTC</source>
        <translation>  {entity} ({payer}): {count} × {unit} excl. tax = {ht} excl. tax, {tax_label} {tax}, {ttc} incl. tax</translation>
    </message>
    <message>
        <source>Total : {ht} HT, {tax_label} {tax}, {ttc} TTC</source>
        <translation>Total: {ht} excl. tax, {tax_label} {tax}, {ttc} incl. tax</translation>
    </message>
    <message>
        <source>Confirmer l&apos;envoi ? [o/N] </source>
        <translation>Confirm the sending? [y/N] </translation>
    </message>
    <message>
        <source>Aucune LRE de l&apos;expéditeur {sender} n&apos;attend de validation OTP.</source>
        <translation>No LRE letter of sender {sender} is waiting for OTP validation.</translation>
    </message>
    <message>
        <source>--mapping {path} : fichier illisible ({error})</source>
        <translation>--mapping {path}: unreadable file ({error})</translation>
    </message>
    <message>
        <source>--mapping {path} : un objet JSON {{&quot;colonne&quot;: &quot;champ&quot;}} est attendu</source>
        <translation>--mapping {path}: a JSON object {{&quot;column&quot;: &quot;field&quot;}} is expected</translation>
    </message>
    <message>
        <source>--mapping {path} : champ(s) inconnu(s) {unknown} ; champs : {fields}</source>
        <translation>--mapping {path}: unknown field(s) {unknown}; fields: {fields}</translation>
    </message>
    <message>
        <source>Fichier introuvable : {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>Colonnes : {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>{file} : {created} créé(s), {updated} mis à jour, {unchanged} inchangé(s), {refused} refusé(s), {consents} consentement(s) enregistré(s).</source>
        <translation>{file}: {created} created, {updated} updated, {unchanged} unchanged, {refused} refused, {consents} consent(s) recorded.</translation>
    </message>
    <message>
        <source>Simulation, rien n&apos;est enregistré : {summary}</source>
        <translation>Dry run, nothing saved: {summary}</translation>
    </message>
    <message>
        <source>Actualisation impossible : {reason}</source>
        <translation>Cannot refresh: {reason}</translation>
    </message>
    <message>
        <source>service AR24 local (démo et tests)</source>
        <translation>local AR24 service (demo and tests)</translation>
    </message>
    <message>
        <source>tester la connexion à AR24</source>
        <translation>test the connection to AR24</translation>
    </message>
    <message>
        <source>copier une base dans une base vide (SQLite → PostgreSQL)</source>
        <translation>copy a database into an empty one (SQLite → PostgreSQL)</translation>
    </message>
    <message>
        <source>actualiser les statuts et les preuves depuis AR24</source>
        <translation>refresh statuses and proofs from AR24</translation>
    </message>
    <message>
        <source>le compte AR24 de l&apos;utilisateur et son lien</source>
        <translation>the user&apos;s AR24 account and its link</translation>
    </message>
    <message>
        <source>moyens de paiement et leur affectation</source>
        <translation>payment methods and their assignment</translation>
    </message>
    <message>
        <source>importer des tiers (CSV, XLSX)</source>
        <translation>import contacts (CSV, XLSX)</translation>
    </message>
    <message>
        <source>importer des courriers PDF</source>
        <translation>import PDF letters</translation>
    </message>
    <message>
        <source>lister les événements</source>
        <translation>list the events</translation>
    </message>
    <message>
        <source>lister les lettres recommandées</source>
        <translation>list the registered letters</translation>
    </message>
    <message>
        <source>envoyer des événements en AR</source>
        <translation>send events as registered letters</translation>
    </message>
    <message>
        <source>valider les LRE en attente avec un code OTP</source>
        <translation>validate pending LREs with an OTP code</translation>
    </message>
    <message>
        <source>Paramètres manquants : adresse AR24, jeton et clé privée (options, variables AR24_BASE_URL, AR24_TOKEN, AR24_PRIVATE_KEY, ou la connexion enregistrée de ce poste).</source>
        <translation>Missing settings: AR24 address, token and private key (options, the AR24_BASE_URL, AR24_TOKEN, AR24_PRIVATE_KEY variables, or this workstation&apos;s saved connection).</translation>
    </message>
    <message>
        <source>Fonctions non vérifiées : le compte n&apos;est pas lié à l&apos;application.</source>
        <translation>Features not checked: the account is not linked to the application.</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Comment nous le savons</source>
        <translation>How we know</translation>
    </message>
    <message>
        <source>L&apos;utilisateur {login} n&apos;a pas d&apos;adresse de compte AR24 : saisissez-la dans sa fiche (Préférences), puis relancez avec --authorize.</source>
        <translation>User {login} has no AR24 account address: enter it in their record (Preferences), then run again with --authorize.</translation>
    </message>
    <message>
        <source>Entité inconnue : {entity}</source>
        <translation>Unknown entity: {entity}</translation>
    </message>
    <message>
        <source>{entity} : AR24 ne liste aucun moyen de paiement pour ce compte ; il est enregistré quand même et AR24 le vérifiera au premier envoi.</source>
        <translation>{entity}: AR24 lists no payment method for this account; it is saved anyway and AR24 will check it at the first sending.</translation>
    </message>
    <message>
        <source>{entity} : AR24 ne liste pas le moyen {code} pour ce compte ; il est enregistré quand même et AR24 le vérifiera au premier envoi.</source>
        <translation>{entity}: AR24 does not list the method {code} for this account; it is saved anyway and AR24 will check it at the first sending.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <source>Indiquez le sujet du courrier.</source>
        <translation>Enter the letter&apos;s subject.</translation>
    </message>
    <message>
        <source>Le corps du courrier est vide.</source>
        <translation>The letter&apos;s body is empty.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File reference</translation>
    </message>
    <message>
        <source>Corps du courrier</source>
        <translation>Letter body</translation>
    </message>
</context>
<context>
    <name>ComposeRelations</name>
    <message>
        <source>tous les copropriétaires</source>
        <translation>all co-owners</translation>
    </message>
    <message>
        <source>tous les locataires</source>
        <translation>all tenants</translation>
    </message>
</context>
<context>
    <name>ComposeVariables</name>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Numéro de lot</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>Date du jour</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <source>Date d&apos;AG</source>
        <translation>General meeting date</translation>
    </message>
    <message>
        <source>Lien de consentement AR24</source>
        <translation>AR24 consent link</translation>
    </message>
</context>
<context>
    <name>ConnectionAdmin</name>
    <message>
        <source>Saisissez le jeton d&apos;API fourni par AR24 pour l&apos;environnement « {environment} ».</source>
        <translation>Enter the API token supplied by AR24 for the “{environment}” environment.</translation>
    </message>
    <message>
        <source>Saisissez la clé privée d&apos;API fournie par AR24 pour l&apos;environnement « {environment} ».</source>
        <translation>Enter the private API key supplied by AR24 for the “{environment}” environment.</translation>
    </message>
    <message>
        <source>L&apos;adresse de l&apos;API AR24 contient un espace, un saut de ligne ou un caractère invisible : retapez-la sur une seule ligne (par exemple https://app.ar24.fr/api/).</source>
        <translation>The AR24 API address contains a space, a line break or an invisible character: type it again on one line (for example https://app.ar24.fr/api/).</translation>
    </message>
    <message>
        <source>L&apos;adresse de l&apos;API AR24 doit commencer par https:// (par exemple https://app.ar24.fr/api/) : corrigez-la.</source>
        <translation>The AR24 API address must start with https:// (for example https://app.ar24.fr/api/): correct it.</translation>
    </message>
    <message>
        <source>L&apos;adresse de l&apos;API ne doit contenir ni identifiant ni mot de passe : retirez la partie « nom:mot_de_passe@ ».</source>
        <translation>The API address must contain neither a user name nor a password: remove the “name:password@” part.</translation>
    </message>
    <message>
        <source>Environnement AR24 inconnu : {environment}.</source>
        <translation>Unknown AR24 environment: {environment}.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>AR24 répond.</source>
        <translation>AR24 answers.</translation>
    </message>
    <message>
        <source>Signature acceptée.</source>
        <translation>Signature accepted.</translation>
    </message>
    <message>
        <source>Compte {email} : lié ({name}).</source>
        <translation>Account {email}: linked ({name}).</translation>
    </message>
    <message>
        <source>Compte {email} : autorisation en attente.</source>
        <translation>Account {email}: authorisation pending.</translation>
    </message>
    <message>
        <source>Compte {email} : non lié.</source>
        <translation>Account {email}: not linked.</translation>
    </message>
    <message>
        <source>Compte {email} : aucun compte AR24 à cette adresse.</source>
        <translation>Account {email}: no AR24 account at this address.</translation>
    </message>
    <message>
        <source>AR24 ne répond pas : {reason}</source>
        <translation>AR24 does not answer: {reason}</translation>
    </message>
    <message>
        <source>Signature non vérifiable : {reason}</source>
        <translation>Signature cannot be checked: {reason}</translation>
    </message>
    <message>
        <source>Réponse illisible : {reason}</source>
        <translation>Unreadable answer: {reason}</translation>
    </message>
    <message>
        <source>Signature refusée : {reason}</source>
        <translation>Signature refused: {reason}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Consentement LRE non valide</source>
        <translation>No valid LRE consent</translation>
    </message>
    <message>
        <source>Le copropriétaire a demandé l&apos;envoi papier : envoyez ce courrier en LR papier</source>
        <translation>The co-owner asked for paper mail: send this letter as a paper registered letter</translation>
    </message>
    <message>
        <source>Le copropriétaire a demandé l&apos;envoi papier le {date} : envoyez ce courrier en LR papier</source>
        <translation>The co-owner asked for paper mail on {date}: send this letter as a paper registered letter</translation>
    </message>
    <message>
        <source>accord préalable (art. L.100 CPCE)</source>
        <translation>prior consent (art. L.100 CPCE)</translation>
    </message>
    <message>
        <source>copropriété : électronique par défaut (décret 2025-1292)</source>
        <translation>co-ownership: electronic by default (decree 2025-1292)</translation>
    </message>
</context>
<context>
    <name>ConsentRequests</name>
    <message>
        <source>aucune adresse e-mail dans la fiche tiers</source>
        <translation>no e-mail address in the third-party record</translation>
    </message>
</context>
<context>
    <name>CopyStore</name>
    <message>
        <source>Copie en cours…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>{table} {rows} ligne(s) copiée(s)</source>
        <translation>{table} {rows} row(s) copied</translation>
    </message>
    <message>
        <source>Copie refusée : {reason}</source>
        <translation>Copy refused: {reason}</translation>
    </message>
    <message>
        <source>Copie impossible, aucune donnée n&apos;a été écrite dans la base cible : {reason}.</source>
        <translation>Copy failed, nothing was written to the target database: {reason}.</translation>
    </message>
    <message>
        <source>Vérification de {source} → {target}</source>
        <translation>Checking {source} → {target}</translation>
    </message>
    <message>
        <source>table                       source     cible  empreinte SHA-256</source>
        <translation>table                       source    target  SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>identique</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>DIFFÉRENTE (cible {fingerprint})</source>
        <translation>DIFFERENT (target {fingerprint})</translation>
    </message>
    <message>
        <source>La copie ne correspond pas à l&apos;original : n&apos;utilisez pas la base cible ; videz-la et recommencez.</source>
        <translation>The copy does not match the original: do not use the target database; empty it and start again.</translation>
    </message>
    <message>
        <source>Copie terminée et vérifiée : {tables} tables, {rows} lignes identiques.</source>
        <translation>Copy finished and checked: {tables} tables, {rows} identical rows.</translation>
    </message>
    <message>
        <source>La base source et la base cible sont la même base : choisissez une base cible vide.</source>
        <translation>The source and target databases are the same database: choose an empty target database.</translation>
    </message>
    <message>
        <source>Le fichier de la base source {path} n&apos;existe pas : vérifiez le chemin (par défaut recommandes.db dans le dossier de données de l&apos;application).</source>
        <translation>The source database file {path} does not exist: check the path (by default recommandes.db in the application&apos;s data folder).</translation>
    </message>
    <message>
        <source>La base cible {url} contient déjà des données ({tables}). La copie ne remplace ni ne complète jamais une base : créez une base vide sur le serveur (par exemple « createdb recommandes ») et recommencez.</source>
        <translation>The target database {url} already holds data ({tables}). The copy never replaces or adds to a database: create an empty database on the server (for example “createdb recommandes”) and start again.</translation>
    </message>
    <message>
        <source>{count} valeur(s) dépassent la longueur permise par la base cible ; corrigez-les dans la base d&apos;origine puis recommencez :</source>
        <translation>{count} value(s) are longer than the target database allows; correct them in the source database, then start again:</translation>
    </message>
    <message>
        <source>{table} n° {id}, colonne {column} : {length} caractères, {limit} au plus</source>
        <translation>{table} no. {id}, column {column}: {length} characters, {limit} at most</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Base locale de ce poste (SQLite) — un seul poste</source>
        <translation>Local database of this workstation (SQLite) — one workstation only</translation>
    </message>
    <message>
        <source>Serveur PostgreSQL de l&apos;agence — plusieurs postes sur les mêmes données</source>
        <translation>The agency&apos;s PostgreSQL server — several workstations on the same data</translation>
    </message>
    <message>
        <source>serveur ou adresse IP</source>
        <translation>server name or IP address</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Serveur PostgreSQL</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Base utilisée actuellement : {url}</source>
        <translation>Database in use: {url}</translation>
    </message>
    <message>
        <source>Le changement prend effet au prochain démarrage de l&apos;application, sur ce poste seulement : faites le même réglage sur chaque poste de l&apos;agence.</source>
        <translation>The change takes effect at the next start of the application, on this workstation only: make the same setting on every workstation of the agency.</translation>
    </message>
    <message>
        <source>Pour transférer la base locale de ce poste sur le serveur (dans une base vide), lancez une fois, sur ce poste :</source>
        <translation>To move this workstation&apos;s local database to the server (into an empty database), run once, on this workstation:</translation>
    </message>
    <message>
        <source>Ce poste est lancé avec la variable RECO_DB_URL : elle l&apos;emporte sur ce réglage.</source>
        <translation>This workstation is started with the RECO_DB_URL variable: it overrides this setting.</translation>
    </message>
    <message>
        <source>postgresql://utilisateur@serveur/base</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PRÉFÉRENCES &gt; Base de données</source>
        <translation>PREFERENCES &gt; Database</translation>
    </message>
    <message>
        <source>Connexion en cours…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>DatabaseSetting</name>
    <message>
        <source>« {url} » n&apos;est pas une adresse de base de données (exemple : postgresql://agence@serveur/recommandes).</source>
        <translation>“{url}” is not a database address (example: postgresql://agency@server/recommandes).</translation>
    </message>
    <message>
        <source>Le moteur « {engine} » n&apos;est pas pris en charge : SQLite ou PostgreSQL seulement.</source>
        <translation>The “{engine}” engine is not supported: SQLite or PostgreSQL only.</translation>
    </message>
    <message>
        <source>Indiquez le nom ou l&apos;adresse du serveur PostgreSQL.</source>
        <translation>Enter the name or address of the PostgreSQL server.</translation>
    </message>
    <message>
        <source>Indiquez le nom de la base sur le serveur PostgreSQL.</source>
        <translation>Enter the name of the database on the PostgreSQL server.</translation>
    </message>
    <message>
        <source>Connexion impossible : {reason}. Vérifiez le serveur, le port, le nom de la base, l&apos;utilisateur et le mot de passe, et que le serveur accepte ce poste.</source>
        <translation>Cannot connect: {reason}. Check the server, the port, the database name, the user and the password, and that the server accepts this workstation.</translation>
    </message>
    <message>
        <source>Connexion réussie. La base est vide : l&apos;application y créera ses tables au prochain démarrage (copiez-y d&apos;abord la base de ce poste si besoin).</source>
        <translation>Connection succeeded. The database is empty: the application will create its tables there at the next start (copy this workstation&apos;s database into it first if needed).</translation>
    </message>
    <message>
        <source>Connexion réussie. {problem}</source>
        <translation>Connection succeeded. {problem}</translation>
    </message>
    <message>
        <source>Connexion réussie. La base (révision {revision}) sera mise à jour en révision {head} au prochain démarrage : mettez à jour tous les postes.</source>
        <translation>Connection succeeded. The database (revision {revision}) will be upgraded to revision {head} at the next start: update every workstation.</translation>
    </message>
    <message>
        <source>Connexion réussie : base à jour (révision {head}).</source>
        <translation>Connection succeeded: the database is up to date (revision {head}).</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Le service AR24 de démonstration ne connaît pas {email}.</source>
        <translation>The demo AR24 service does not know {email}.</translation>
    </message>
    <message>
        <source>Le service AR24 de démonstration n&apos;a pas encore envoyé d&apos;identifiants à ce compte.</source>
        <translation>The demo AR24 service has not sent credentials to this account yet.</translation>
    </message>
    <message>
        <source>L&apos;utilisateur {login} n&apos;existe plus : fermez cette fiche et rouvrez la liste.</source>
        <translation>The user {login} no longer exists: close this record and reopen the list.</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>L&apos;adresse e-mail « {email} » n&apos;est pas valide : {reason}</source>
        <translation>The e-mail address “{email}” is not valid: {reason}</translation>
    </message>
    <message>
        <source>L&apos;email de consentement « {email} » n&apos;est pas valide : {reason}</source>
        <translation>The consent e-mail “{email}” is not valid: {reason}</translation>
    </message>
    <message>
        <source>il manque le @.</source>
        <translation>the @ is missing.</translation>
    </message>
    <message>
        <source>le nom de domaine est incomplet (par exemple « gmail.com » et non « gmail »).</source>
        <translation>the domain name is incomplete (for example “gmail.com”, not “gmail”).</translation>
    </message>
    <message>
        <source>deux points se suivent.</source>
        <translation>two dots follow each other.</translation>
    </message>
    <message>
        <source>il manque la partie avant le @.</source>
        <translation>the part before the @ is missing.</translation>
    </message>
    <message>
        <source>il manque le nom de domaine après le @.</source>
        <translation>the domain name after the @ is missing.</translation>
    </message>
    <message>
        <source>l&apos;adresse contient une espace.</source>
        <translation>the address contains a space.</translation>
    </message>
    <message>
        <source>l&apos;adresse contient un caractère interdit.</source>
        <translation>the address contains a forbidden character.</translation>
    </message>
    <message>
        <source>un tiret est mal placé dans le nom de domaine.</source>
        <translation>a hyphen is misplaced in the domain name.</translation>
    </message>
    <message>
        <source>vérifiez l&apos;orthographe de l&apos;adresse.</source>
        <translation>check the spelling of the address.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Syndicat de copropriété</source>
        <translation>Co-owners&apos; syndicate</translation>
    </message>
    <message>
        <source>Mandat de gérance</source>
        <translation>Management mandate</translation>
    </message>
    <message>
        <source>Agence</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Code « {code} » : lettres majuscules, chiffres, tiret ou souligné (par exemple S001).</source>
        <translation>Code “{code}”: capital letters, digits, hyphen or underscore (for example S001).</translation>
    </message>
    <message>
        <source>Code : {count} caractères, {limit} au plus.</source>
        <translation>Code: {count} characters, {limit} at most.</translation>
    </message>
    <message>
        <source>Le code « {code} » est déjà celui de « {name} ».</source>
        <translation>The code “{code}” already belongs to “{name}”.</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;entité.</source>
        <translation>Enter the entity&apos;s name.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>{label} : {count} caractères, {limit} au plus.</source>
        <translation>{label}: {count} characters, {limit} at most.</translation>
    </message>
</context>
<context>
    <name>EntitiesListWindow</name>
    <message>
        <source>Entités</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Nouvelle entité…</source>
        <translation>New entity…</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Afficher les entités archivées</source>
        <translation>Show archived entities</translation>
    </message>
    <message>
        <source>Sélectionnez d&apos;abord une ou plusieurs entités.</source>
        <translation>First select one or more entities.</translation>
    </message>
    <message>
        <source>{count} entité(s) archivée(s)</source>
        <translation>{count} entity(ies) archived</translation>
    </message>
    <message>
        <source>{count} entité(s) restaurée(s)</source>
        <translation>{count} entity(ies) restored</translation>
    </message>
</context>
<context>
    <name>EntityRecordDialog</name>
    <message>
        <source>Fiche entité - {code} {name}</source>
        <translation>Entity record - {code} {name}</translation>
    </message>
    <message>
        <source>Nouvelle entité</source>
        <translation>New entity</translation>
    </message>
    <message>
        <source>par exemple S001 ou G001</source>
        <translation>for example S001 or G001</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Entité archivée</source>
        <translation>Archived entity</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>Démo locale</source>
        <translation>Local demo</translation>
    </message>
    <message>
        <source>Sandbox AR24</source>
        <translation>AR24 sandbox</translation>
    </message>
    <message>
        <source>Production AR24</source>
        <translation>AR24 production</translation>
    </message>
    <message>
        <source>Autre adresse</source>
        <translation>Other address</translation>
    </message>
</context>
<context>
    <name>ErrorRecapPage</name>
    <message>
        <source>Evénements bloqués</source>
        <translation>Blocked events</translation>
    </message>
    <message>
        <source>Astuce : vous avez la possibilité de cocher pour consentement une sélection de tiers, via le menu « Actions », rubrique « Attribuer ».</source>
        <translation>Tip: you can mark a selection of third parties as consenting, with the “Actions” menu, “Assign” entry.</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24</source>
        <translation>AR24 REGISTERED LETTERS</translation>
    </message>
    <message>
        <source>Lister les événements en erreur</source>
        <translation>List the events in error</translation>
    </message>
    <message>
        <source>Recalculer les erreurs</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Double-cliquez sur une ligne pour ouvrir la fiche à corriger</source>
        <translation>Double-click a line to open the record to correct</translation>
    </message>
    <message>
        <source>LISTE DES ERREURS</source>
        <translation>LIST OF ERRORS</translation>
    </message>
    <message>
        <source>Nombre d&apos;événement incompatible : {count}</source>
        <translation>Incompatible events: {count}</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pièces jointes :</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>aucun (Entité : {entity})</source>
        <translation>none (Entity: {entity})</translation>
    </message>
    <message>
        <source>Moyen de paiement : {payment}</source>
        <translation>Payment method: {payment}</translation>
    </message>
    <message>
        <source>Destinataire : {name}</source>
        <translation>Recipient: {name}</translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Adresse du destinataire : {address}</source>
        <translation>Recipient&apos;s address: {address}</translation>
    </message>
    <message>
        <source>Statut du destinataire : {status}</source>
        <translation>Recipient&apos;s status: {status}</translation>
    </message>
    <message>
        <source>Contenu : {content}</source>
        <translation>Content: {content}</translation>
    </message>
    <message>
        <source>Pièces jointes : aucune</source>
        <translation>Attachments: none</translation>
    </message>
    <message>
        <source>Information :</source>
        <translation>Information:</translation>
    </message>
    <message>
        <source>Attention :</source>
        <translation>Warning:</translation>
    </message>
</context>
<context>
    <name>EventRecordDialog</name>
    <message>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Evénement - {tiers} : {subject}</source>
        <translation>Event - {tiers}: {subject}</translation>
    </message>
    <message>
        <source>{number} du {date}</source>
        <translation>{number} of {date}</translation>
    </message>
    <message>
        <source>Non chronoté</source>
        <translation>No treatment number</translation>
    </message>
    <message>
        <source>Evénement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <source>A qui</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Date / Heure</source>
        <translation>Date / Time</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Correspondant</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>AG du</source>
        <translation>GM of</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>L&apos;événement {id} est introuvable : il a peut-être été supprimé.</source>
        <translation>Event {id} cannot be found: it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>EventsListWindow</name>
    <message>
        <source>AG du {date}</source>
        <translation>GM of {date}</translation>
    </message>
    <message>
        <source>Liste Evénement</source>
        <translation>Events list</translation>
    </message>
    <message>
        <source>Afficher tous les événements</source>
        <translation>Show all events</translation>
    </message>
    <message>
        <source>Envoyer en AR</source>
        <translation>Send as registered letter</translation>
    </message>
    <message>
        <source> et {count} autre(s)</source>
        <translation> and {count} other(s)</translation>
    </message>
    <message>
        <source>Sélectionnez les événements à envoyer en AR.</source>
        <translation>Select the events to send as registered letters.</translation>
    </message>
    <message>
        <source>Evénements en erreur : {count}</source>
        <translation>Events in error: {count}</translation>
    </message>
    <message>
        <source>{count} événement(s) non chronoté(s) écarté(s) : {names}{more}. Seuls les événements ayant un numéro de traitement peuvent être envoyés en AR.</source>
        <translation>{count} event(s) without a treatment number left out: {names}{more}. Only events with a treatment number can be sent as registered letters.</translation>
    </message>
    <message>
        <source>Tous les événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Filtre</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Afficher : </source>
        <translation>Show: </translation>
    </message>
    <message>
        <source>Non envoyés</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Envoyés</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>À renvoyer</source>
        <translation>To send again</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>disponible</source>
        <translation>available</translation>
    </message>
    <message>
        <source>non disponible</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Consentements via AR24</source>
        <translation>Consents through AR24</translation>
    </message>
    <message>
        <source>Liste des moyens de paiement</source>
        <translation>Payment methods listing</translation>
    </message>
    <message>
        <source>Lettre recommandée papier</source>
        <translation>Paper registered letter</translation>
    </message>
    <message>
        <source>Avis électronique</source>
        <translation>Electronic notice</translation>
    </message>
    <message>
        <source>Votre compte AR24 ne propose pas les consentements par l&apos;API : enregistrez le consentement reçu dans la fiche tiers, avec sa preuve (date et moyen).</source>
        <translation>Your AR24 account does not offer consents through the API: record the consent you received in the third party&apos;s record, with its evidence (date and means).</translation>
    </message>
    <message>
        <source>Votre compte AR24 ne donne pas la liste de ses moyens de paiement par l&apos;API : saisissez le code du moyen de paiement (par exemple stripe-47146), vérifié au premier envoi qui l&apos;utilise.</source>
        <translation>Your AR24 account does not list its payment methods through the API: type the payment method&apos;s code (for example stripe-47146), checked by the first letter that uses it.</translation>
    </message>
    <message>
        <source>Votre compte AR24 ne propose pas la lettre recommandée papier par l&apos;API : envoyez-la depuis le site d&apos;AR24.</source>
        <translation>Your AR24 account does not offer the paper registered letter through the API: send it from AR24&apos;s website.</translation>
    </message>
    <message>
        <source>Votre compte AR24 ne propose pas l&apos;avis électronique par l&apos;API : choisissez une LRE ou envoyez-le depuis le site d&apos;AR24.</source>
        <translation>Your AR24 account does not offer the electronic notice through the API: choose an LRE or send it from AR24&apos;s website.</translation>
    </message>
    <message>
        <source>{route} : refusé avant la route ({slug})</source>
        <translation>{route}: refused before the route ({slug})</translation>
    </message>
    <message>
        <source>{route} sans destinataire : refusé par une règle de la route ({slug}), rien créé</source>
        <translation>{route} without recipient: refused by a rule of the route ({slug}), nothing created</translation>
    </message>
    <message>
        <source>{route} : route inconnue d&apos;AR24 ({slug})</source>
        <translation>{route}: route unknown to AR24 ({slug})</translation>
    </message>
    <message>
        <source>{route} : HTTP 404</source>
        <translation>{route}: HTTP 404</translation>
    </message>
    <message>
        <source>{route} : pas de réponse utilisable</source>
        <translation>{route}: no usable answer</translation>
    </message>
    <message>
        <source>{route} : AR24 en maintenance</source>
        <translation>{route}: AR24 under maintenance</translation>
    </message>
    <message>
        <source>{route} : {reason}</source>
        <translation>{route}: {reason}</translation>
    </message>
    <message>
        <source>{route} sans destinataire : accepté</source>
        <translation>{route} without recipient: accepted</translation>
    </message>
    <message>
        <source>{route} : lu</source>
        <translation>{route}: read</translation>
    </message>
    <message>
        <source>Démo locale : comptée disponible avant détection</source>
        <translation>Local demo: counted as available before detection</translation>
    </message>
    <message>
        <source>pas encore détectée</source>
        <translation>not detected yet</translation>
    </message>
    <message>
        <source>{route} : route inconnue d&apos;AR24 (à l&apos;usage)</source>
        <translation>{route}: route unknown to AR24 (found on use)</translation>
    </message>
    <message>
        <source>Consentements non proposés par l&apos;API de votre compte AR24</source>
        <translation>Consents not offered by your AR24 account&apos;s API</translation>
    </message>
    <message>
        <source>« {code} » n&apos;est pas un code de moyen de paiement AR24 : il s&apos;écrit fournisseur-numéro, par exemple stripe-47146 ou gocardless-18178.</source>
        <translation>“{code}” is not an AR24 payment method code: it is written provider-number, for example stripe-47146 or gocardless-18178.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Aide - {page}</source>
        <translation>Help - {page}</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Aide sur cet écran (F1)</source>
        <translation>Help on this screen (F1)</translation>
    </message>
</context>
<context>
    <name>ImportLettersWindow</name>
    <message>
        <source>Importer des courriers PDF</source>
        <translation>Import PDF letters</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Code tiers</source>
        <translation>Third-party code</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>un PDF, un dossier de PDF ou un manifeste CSV</source>
        <translation>a PDF, a folder of PDFs or a CSV manifest</translation>
    </message>
    <message>
        <source>Pages du PDF</source>
        <translation>PDF pages</translation>
    </message>
    <message>
        <source>Fichier PDF…</source>
        <translation>PDF file…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Manifeste CSV…</source>
        <translation>CSV manifest…</translation>
    </message>
    <message>
        <source>Repère sur la première page :</source>
        <translation>Marker on the first page:</translation>
    </message>
    <message>
        <source>Nombre fixe de pages :</source>
        <translation>Fixed number of pages:</translation>
    </message>
    <message>
        <source>code tiers (par défaut), ou expression régulière, ex. Réf\. tiers : (\S+)</source>
        <translation>third-party code (default), or a regular expression, e.g. Réf\. tiers : (\S+)</translation>
    </message>
    <message>
        <source>par défaut : le nom du fichier</source>
        <translation>default: the file&apos;s name</translation>
    </message>
    <message>
        <source>Convocation à l&apos;AG du</source>
        <translation>General meeting notice for</translation>
    </message>
    <message>
        <source>Source :</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Découpage :</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>Sujet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Analyser</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Créer les événements</source>
        <translation>Create the events</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF des courriers</source>
        <translation>PDF of the letters</translation>
    </message>
    <message>
        <source>Fichiers PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Dossier des PDF</source>
        <translation>Folder of the PDFs</translation>
    </message>
    <message>
        <source>Manifeste</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Choisissez un PDF, un dossier ou un manifeste existant.</source>
        <translation>Choose an existing PDF, folder or manifest.</translation>
    </message>
    <message>
        <source>Analyse…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>Analyse annulée.</source>
        <translation>Analysis cancelled.</translation>
    </message>
    <message>
        <source>{accepted} courrier(s) prêt(s) à créer, {refused} refusé(s) (en rouge) : rien n&apos;est créé avant « Créer les événements ».</source>
        <translation>{accepted} letter(s) ready to create, {refused} refused (in red): nothing is created before “Create the events”.</translation>
    </message>
    <message>
        <source>Création…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Import annulé : aucun événement n&apos;a été créé.</source>
        <translation>Import cancelled: no event was created.</translation>
    </message>
    <message>
        <source>{count} événement(s) créé(s), chronotés n° {first} à {last}.</source>
        <translation>{count} event(s) created, treatment numbers {first} to {last}.</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>{label} : ce texte contient un caractère invisible interdit ({code}), souvent venu d&apos;un copier-coller ; retapez-le.</source>
        <translation>{label}: this text contains a forbidden invisible character ({code}), often from a copy and paste; type it again.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Erreur inattendue : {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LetterDetailDialog</name>
    <message>
        <source>envoi</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>AR24</source>
        <translation>AR24</translation>
    </message>
    <message>
        <source>vérification AR24</source>
        <translation>AR24 check</translation>
    </message>
    <message>
        <source>manuel</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>non encore attribué</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>Lettre recommandée n° {number}</source>
        <translation>Registered letter no. {number}</translation>
    </message>
    <message>
        <source>Numéro AR24</source>
        <translation>AR24 number</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dernier incident</source>
        <translation>Last incident</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Chrono</source>
        <translation>Treatment no.</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Moyen de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Prix HT</source>
        <translation>Price excl. VAT</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Créée le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Date dépôt</source>
        <translation>Deposit date</translation>
    </message>
    <message>
        <source>Date d&apos;envoi</source>
        <translation>Sent date</translation>
    </message>
    <message>
        <source>Date d&apos;AR</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Preuve</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Archivée le</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Les preuves sont téléchargées d&apos;AR24 à chaque actualisation, dès qu&apos;elles existent.</source>
        <translation>Proofs are downloaded from AR24 at each refresh, as soon as they exist.</translation>
    </message>
    <message>
        <source>Ouvrir la preuve</source>
        <translation>Open the proof</translation>
    </message>
    <message>
        <source>Exporter les preuves (ZIP)…</source>
        <translation>Export the proofs (ZIP)…</translation>
    </message>
    <message>
        <source>Renvoyer en LR papier</source>
        <translation>Send again as paper letter</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lettre</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Preuves archivées</source>
        <translation>Archived proofs</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24 &gt; Lettre n° {number}</source>
        <translation>AR24 REGISTERED LETTERS &gt; Letter no. {number}</translation>
    </message>
    <message>
        <source>Délai d&apos;acceptation et relances AR24</source>
        <translation>Acceptance period and AR24 reminders</translation>
    </message>
    <message>
        <source>Lettre papier : le délai court à partir de la première présentation par La Poste.</source>
        <translation>Paper letter: the period runs from the first delivery attempt by La Poste.</translation>
    </message>
    <message>
        <source>J+{days} : {day}</source>
        <translation>D+{days}: {day}</translation>
    </message>
    <message>
        <source>{day} inclus</source>
        <translation>{day} included</translation>
    </message>
    <message>
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>dépassé</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Envoyée le {sent} : le destinataire peut accepter jusqu&apos;au &lt;b&gt;{end}&lt;/b&gt; (15 jours à compter du lendemain de l&apos;envoi) — délai {state}.&lt;br&gt;Relances envoyées par AR24 : {reminders}</source>
        <translation>Sent on {sent}: the recipient can accept until &lt;b&gt;{end}&lt;/b&gt; (15 days from the day after sending) — period {state}.&lt;br&gt;Reminders sent by AR24: {reminders}</translation>
    </message>
    <message>
        <source>Cette preuve est absente de l&apos;archive locale ou a été modifiée depuis son téléchargement : actualisez depuis AR24, ou restaurez le dossier des preuves ({folder}) depuis la sauvegarde.</source>
        <translation>This proof is missing from the local archive or was modified after its download: refresh from AR24, or restore the proofs folder ({folder}) from the backup.</translation>
    </message>
    <message>
        <source>Exporter les preuves</source>
        <translation>Export the proofs</translation>
    </message>
    <message>
        <source>Archive ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>{count} preuve(s) exportée(s) dans {path}.</source>
        <translation>{count} proof(s) exported to {path}.</translation>
    </message>
    <message>
        <source>Lettre recommandée</source>
        <translation>Registered letter</translation>
    </message>
    <message>
        <source>Le délai de {days} jours commencera le lendemain de l&apos;envoi de la notification par AR24.</source>
        <translation>The {days}-day period will start the day after AR24 sends the notification.</translation>
    </message>
    <message>
        <source>Envoyé le {sent} : le destinataire peut en prendre connaissance jusqu&apos;au &lt;b&gt;{end}&lt;/b&gt; ({days} jours à compter du lendemain de l&apos;envoi, puis négligence) — délai {state}.&lt;br&gt;AR24 conserve l&apos;avis et ses preuves un an, jusqu&apos;au {kept} : l&apos;archive locale les garde au-delà.</source>
        <translation>Sent on {sent}: the recipient may read it until &lt;b&gt;{end}&lt;/b&gt; ({days} days from the day after sending, then negligence) — period {state}.&lt;br&gt;AR24 keeps the notice and its proofs for one year, until {kept}: the local archive keeps them beyond.</translation>
    </message>
</context>
<context>
    <name>LetterImport</name>
    <message>
        <source>Ligne 1 de « {name} » : colonne « {column} » introuvable (en-tête lu : « {header} »).</source>
        <translation>Line 1 of “{name}”: column “{column}” not found (header read: “{header}”).</translation>
    </message>
    <message>
        <source>« {name} » ne contient aucune ligne de courrier.</source>
        <translation>“{name}” holds no letter line.</translation>
    </message>
    <message>
        <source>Ligne {line} de « {name} » : encodage inconnu (octet {byte}) ; enregistrez le fichier en UTF-8.</source>
        <translation>Line {line} of “{name}”: unknown encoding (byte {byte}); save the file as UTF-8.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » est introuvable ou illisible ({reason}).</source>
        <translation>The file “{name}” is missing or unreadable ({reason}).</translation>
    </message>
    <message>
        <source>Le fichier « {name} » est vide (0 octet).</source>
        <translation>The file “{name}” is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Le fichier « {name} » pèse {size}, au-delà des {limit} acceptés pour un import.</source>
        <translation>The file “{name}” weighs {size}, beyond the {limit} accepted for an import.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » est protégé par un mot de passe : enregistrez-en une version non protégée.</source>
        <translation>The file “{name}” is password-protected: save an unprotected copy of it.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » n&apos;est pas un PDF lisible (endommagé ou d&apos;un autre format) : enregistrez-le de nouveau en PDF.</source>
        <translation>The file “{name}” is not a readable PDF (damaged or of another format): save it again as PDF.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » ne contient aucune page.</source>
        <translation>The file “{name}” has no page.</translation>
    </message>
    <message>
        <source>Expression du repère invalide « {pattern} » : {reason}.</source>
        <translation>Invalid marker expression “{pattern}”: {reason}.</translation>
    </message>
    <message>
        <source>le repère « {pattern} »</source>
        <translation>the marker “{pattern}”</translation>
    </message>
    <message>
        <source>aucun code tiers connu</source>
        <translation>no known third-party code</translation>
    </message>
    <message>
        <source>« {name} » : {what} n&apos;a été trouvé sur aucune des {count} pages ; rien n&apos;a été importé.</source>
        <translation>“{name}”: {what} was found on none of the {count} pages; nothing was imported.</translation>
    </message>
    <message>
        <source>Pages {pages} : aucun repère sur la première page.</source>
        <translation>Pages {pages}: no marker on the first page.</translation>
    </message>
    <message>
        <source>Page {pages} : aucun repère.</source>
        <translation>Page {pages}: no marker.</translation>
    </message>
    <message>
        <source>Le dossier « {name} » ne contient aucun PDF.</source>
        <translation>The folder “{name}” holds no PDF.</translation>
    </message>
    <message>
        <source>« {name} » : aucun code tiers connu dans le nom du fichier.</source>
        <translation>“{name}”: no known third-party code in the file&apos;s name.</translation>
    </message>
    <message>
        <source>Ligne {line}, colonne « AG du » : date illisible « {value} » (JJ/MM/AAAA).</source>
        <translation>Line {line}, column “AG du”: unreadable date “{value}” (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>Ligne {line} : {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>Ligne {line}, colonne « Fichier » : aucun fichier indiqué.</source>
        <translation>Line {line}, column “Fichier”: no file given.</translation>
    </message>
    <message>
        <source>Ligne {line}, colonne « {column} » : fichier introuvable « {value} ».</source>
        <translation>Line {line}, column “{column}”: file not found “{value}”.</translation>
    </message>
    <message>
        <source>Ligne {line} : aucun tiers n&apos;a le code « {code} ».</source>
        <translation>Line {line}: no third party has the code “{code}”.</translation>
    </message>
    <message>
        <source>« {name} » : aucun tiers n&apos;a le code « {code} ».</source>
        <translation>“{name}”: no third party has the code “{code}”.</translation>
    </message>
    <message>
        <source>Pages {pages} : aucun tiers n&apos;a le code « {code} ».</source>
        <translation>Pages {pages}: no third party has the code “{code}”.</translation>
    </message>
    <message>
        <source>Page {pages} : aucun tiers n&apos;a le code « {code} ».</source>
        <translation>Page {pages}: no third party has the code “{code}”.</translation>
    </message>
    <message>
        <source>Lecture des pages</source>
        <translation>Reading the pages</translation>
    </message>
    <message>
        <source>Création des courriers</source>
        <translation>Creating the letters</translation>
    </message>
    <message>
        <source>Ligne {line}, colonne « {column} » : caractère invisible interdit ({code}) ; corrigez le fichier.</source>
        <translation>Line {line}, column “{column}”: forbidden invisible character ({code}); correct the file.</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Aperçu du courrier : {name}</source>
        <translation>Letter preview: {name}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LetterSearch</name>
    <message>
        <source>Lettres de tous les utilisateurs</source>
        <translation>Letters of all users</translation>
    </message>
    <message>
        <source>Lettres de {login}</source>
        <translation>Letters of {login}</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>{count} statut(s)</source>
        <translation>{count} status(es)</translation>
    </message>
    <message>
        <source>un type</source>
        <translation>one type</translation>
    </message>
    <message>
        <source>entité {code}</source>
        <translation>entity {code}</translation>
    </message>
    <message>
        <source>destinataire « {name} »</source>
        <translation>recipient “{name}”</translation>
    </message>
</context>
<context>
    <name>LetterSearchDialog</name>
    <message>
        <source>(tous)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Rechercher des lettres recommandées</source>
        <translation>Search registered letters</translation>
    </message>
    <message>
        <source>Tous les utilisateurs</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>nom ou e-mail, même partiel</source>
        <translation>name or e-mail, even partial</translation>
    </message>
    <message>
        <source>Lettres de</source>
        <translation>Letters of</translation>
    </message>
    <message>
        <source>Créées depuis le</source>
        <translation>Created since</translation>
    </message>
    <message>
        <source>Jusqu&apos;au (inclus)</source>
        <translation>Until (included)</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24 &gt; Rechercher</source>
        <translation>AR24 REGISTERED LETTERS &gt; Search</translation>
    </message>
</context>
<context>
    <name>LetterVariables</name>
    <message>
        <source>Variable de courrier inconnue : {names} ; corrigez le corps du courrier.</source>
        <translation>Unknown letter variable: {names}; correct the letter body.</translation>
    </message>
    <message>
        <source>Variables de courrier inconnues : {names} ; corrigez le corps du courrier.</source>
        <translation>Unknown letter variables: {names}; correct the letter body.</translation>
    </message>
    <message>
        <source>La variable «DateAG» est utilisée mais l&apos;événement n&apos;a pas de date d&apos;AG : renseignez « AG du » ou retirez la variable.</source>
        <translation>The variable «DateAG» is used but the event has no GM date: fill in “GM of” or remove the variable.</translation>
    </message>
    <message>
        <source>La variable «AR24_LienConsentement» demande un compte AR24 relié : reliez votre compte dans les préférences, ou retirez la variable.</source>
        <translation>The variable «AR24_LienConsentement» needs a linked AR24 account: link your account in the preferences, or remove the variable.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>À valider (OTP)</source>
        <translation>To validate (OTP)</translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accusé de réception</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Non réclamé</source>
        <translation>Not claimed</translation>
    </message>
    <message>
        <source>Non distribué</source>
        <translation>Undelivered</translation>
    </message>
    <message>
        <source>Erreur technique</source>
        <translation>Technical error</translation>
    </message>
    <message>
        <source>Validation refusée</source>
        <translation>Validation refused</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>Being prepared</translation>
    </message>
    <message>
        <source>Documents déposés</source>
        <translation>Documents uploaded</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Envoi à vérifier</source>
        <translation>Sending to be checked</translation>
    </message>
    <message>
        <source>Transmise à AR24</source>
        <translation>Handed to AR24</translation>
    </message>
    <message>
        <source>Échec de l&apos;envoi</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Reçu et lu</source>
        <translation>Received and read</translation>
    </message>
    <message>
        <source>Ignoré</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>LRE eIDAS</source>
        <translation>eIDAS LRE</translation>
    </message>
    <message>
        <source>Avis électronique</source>
        <translation>Electronic notice</translation>
    </message>
    <message>
        <source>LR papier</source>
        <translation>Paper letter</translation>
    </message>
    <message>
        <source>Lettre suivie</source>
        <translation>Tracked letter</translation>
    </message>
    <message>
        <source>Preuve de dépôt</source>
        <translation>Proof of deposit</translation>
    </message>
    <message>
        <source>Preuve de dépôt et d&apos;envoi</source>
        <translation>Proof of deposit and sending</translation>
    </message>
    <message>
        <source>Preuve de réception (AR)</source>
        <translation>Proof of receipt</translation>
    </message>
    <message>
        <source>Preuve de refus</source>
        <translation>Proof of refusal</translation>
    </message>
    <message>
        <source>Preuve de non-réclamation</source>
        <translation>Proof of non-claim</translation>
    </message>
    <message>
        <source>Preuve de non-distribution</source>
        <translation>Proof of non-delivery</translation>
    </message>
    <message>
        <source>Contenu de la lettre</source>
        <translation>Content of the letter</translation>
    </message>
    <message>
        <source>État local : {raw} (la lettre n&apos;est pas encore confirmée chez AR24)</source>
        <translation>Local state: {raw} (the letter is not confirmed by AR24 yet)</translation>
    </message>
    <message>
        <source>Statut AR24 : {raw}</source>
        <translation>AR24 status: {raw}</translation>
    </message>
    <message>
        <source>CSV (séparateur point-virgule) (*.csv)</source>
        <translation>CSV (semicolon-separated) (*.csv)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Format d&apos;export inconnu « {suffix} » : choisissez .csv ou .xlsx.</source>
        <translation>Unknown export format “{suffix}”: choose .csv or .xlsx.</translation>
    </message>
    <message>
        <source>{number} {recipient} : {proof} absente ou altérée dans l&apos;archive</source>
        <translation>{number} {recipient}: {proof} missing or altered in the archive</translation>
    </message>
</context>
<context>
    <name>LettersListWindow</name>
    <message>
        <source>Arrêter l&apos;export</source>
        <translation>Stop the export</translation>
    </message>
    <message>
        <source>Export arrêté : aucun fichier écrit.</source>
        <translation>Export stopped: no file written.</translation>
    </message>
    <message>
        <source>Un export est déjà en cours.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Consulter mes AR en attente de validation OTP</source>
        <translation>My letters waiting for OTP validation</translation>
    </message>
    <message>
        <source>Gérer les moyens de paiement pour mon compte</source>
        <translation>Manage the payment methods of my account</translation>
    </message>
    <message>
        <source>Mise à jour des consentements</source>
        <translation>Consent update</translation>
    </message>
    <message>
        <source>Actualiser depuis AR24</source>
        <translation>Refresh from AR24</translation>
    </message>
    <message>
        <source>{letters} : {criteria}</source>
        <translation>{letters}: {criteria}</translation>
    </message>
    <message>
        <source>Liste des Lettres recommandées</source>
        <translation>Registered letters list</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24</source>
        <translation>AR24 REGISTERED LETTERS</translation>
    </message>
    <message>
        <source>Rechercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Exporter la liste affichée (CSV ou Excel)…</source>
        <translation>Export the list shown (CSV or Excel)…</translation>
    </message>
    <message>
        <source>Exporter les preuves de la sélection (ZIP)…</source>
        <translation>Export the proofs of the selection (ZIP)…</translation>
    </message>
    <message>
        <source>Exporter les preuves d&apos;une entité (ZIP)…</source>
        <translation>Export the proofs of an entity (ZIP)…</translation>
    </message>
    <message>
        <source>{counter} (chargement…)</source>
        <translation>{counter} (loading…)</translation>
    </message>
    <message>
        <source>Actualisation depuis AR24 en cours…</source>
        <translation>Refreshing from AR24…</translation>
    </message>
    <message>
        <source> {count} erreur(s).</source>
        <translation> {count} error(s).</translation>
    </message>
    <message>
        <source>Actualisé depuis AR24 à {time} : {summary}</source>
        <translation>Refreshed from AR24 at {time}: {summary}</translation>
    </message>
    <message>
        <source>Actualisation impossible : {message}</source>
        <translation>Refresh impossible: {message}</translation>
    </message>
    <message>
        <source>Exporter la liste</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Lettres recommandées</source>
        <translation>Registered letters</translation>
    </message>
    <message>
        <source>{count} lettre(s) exportée(s) dans {path}</source>
        <translation>{count} letter(s) exported to {path}</translation>
    </message>
    <message>
        <source>Exporter les preuves</source>
        <translation>Export the proofs</translation>
    </message>
    <message>
        <source>Sélectionnez d&apos;abord une ou plusieurs lettres.</source>
        <translation>First select one or more letters.</translation>
    </message>
    <message>
        <source>Exporter les preuves d&apos;une entité</source>
        <translation>Export the proofs of an entity</translation>
    </message>
    <message>
        <source>Entité :</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Archive ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>{count} preuve(s) exportée(s) dans {path}.</source>
        <translation>{count} proof(s) exported to {path}.</translation>
    </message>
    <message>
        <source>Preuves introuvables ou altérées dans l&apos;archive locale :</source>
        <translation>Proofs missing or altered in the local archive:</translation>
    </message>
</context>
<context>
    <name>ListWindow</name>
    <message>
        <source>Rechercher (nom, e-mail, ville, code…)</source>
        <translation>Search (name, e-mail, city, code…)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Ouvrir la fiche</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Tout sélectionner</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Aide sur cet écran (F1)</source>
        <translation>Help on this screen (F1)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lettres recommandées AR24</source>
        <translation>AR24 registered letters</translation>
    </message>
    <message>
        <source>URL SQLAlchemy de la base (défaut : SQLite local)</source>
        <translation>SQLAlchemy URL of the database (default: local SQLite)</translation>
    </message>
    <message>
        <source>ne pas créer l&apos;agence de démonstration</source>
        <translation>do not create the demo agency</translation>
    </message>
    <message>
        <source>langue de l&apos;interface</source>
        <translation>language of the interface</translation>
    </message>
    <message>
        <source>autotest : fenêtres et service AR24 local, dans un dossier temporaire</source>
        <translation>self-test: windows and local AR24 service, in a temporary folder</translation>
    </message>
    <message>
        <source>capturer chaque fenêtre en PNG</source>
        <translation>capture every window as a PNG</translation>
    </message>
    <message>
        <source>processus d&apos;envoi d&apos;un lot (lancé par la fenêtre d&apos;envoi)</source>
        <translation>sending process of a batch (started by the sending window)</translation>
    </message>
    <message>
        <source>arguments inconnus : {arguments}</source>
        <translation>unknown arguments: {arguments}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>non lié</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>autorisation en attente</source>
        <translation>authorisation pending</translation>
    </message>
    <message>
        <source>lié</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>Organiseur</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Utilisateur : {login}    Base : {url}</source>
        <translation>User: {login}    Database: {url}</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Liste des &amp;tiers</source>
        <translation>&amp;Third parties list</translation>
    </message>
    <message>
        <source>Liste des &amp;événements</source>
        <translation>&amp;Events list</translation>
    </message>
    <message>
        <source>&amp;Lettre recommandée…</source>
        <translation>&amp;Registered letter…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Paramètres</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Préférences et &amp;administration</source>
        <translation>Preferences and &amp;administration</translation>
    </message>
    <message>
        <source>&amp;Utilisateurs</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Expéditeurs de lettres recommandées</source>
        <translation>Registered letter &amp;senders</translation>
    </message>
    <message>
        <source>&amp;Moyens de paiement AR24</source>
        <translation>AR24 &amp;payment methods</translation>
    </message>
    <message>
        <source>&amp;Tarifs et fiscalité…</source>
        <translation>&amp;Prices and taxes…</translation>
    </message>
    <message>
        <source>&amp;Base de données…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Aide sur l&apos;Organiseur</source>
        <translation>&amp;Help on the Organiser</translation>
    </message>
    <message>
        <source>&amp;Sommaire de l&apos;aide</source>
        <translation>Help &amp;contents</translation>
    </message>
    <message>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Organiseur - lettres recommandées AR24 (LRE qualifiée eIDAS, avis électronique, LR papier, lettre suivie électronique)</source>
        <translation>Organiser - AR24 registered letters (qualified eIDAS LRE, electronic notice, paper registered letter, electronic tracked letter)</translation>
    </message>
    <message>
        <source>Liste des tiers</source>
        <translation>Third parties list</translation>
    </message>
    <message>
        <source>{tiers} tiers, dont {consents} avec accord de consentement LRE</source>
        <translation>{tiers} third parties, {consents} of them with LRE consent</translation>
    </message>
    <message>
        <source>Liste des événements</source>
        <translation>Events list</translation>
    </message>
    <message>
        <source>{events} événements, dont {ready} chronotés prêts à l&apos;envoi</source>
        <translation>{events} events, {ready} of them numbered and ready to send</translation>
    </message>
    <message>
        <source>Lettres recommandées</source>
        <translation>Registered letters</translation>
    </message>
    <message>
        <source>{letters} lettres, dont {to_valid} en attente de validation OTP</source>
        <translation>{letters} letters, {to_valid} of them awaiting OTP validation</translation>
    </message>
    <message>
        <source>Utilisateurs et compte AR24</source>
        <translation>Users and AR24 account</translation>
    </message>
    <message>
        <source>Préférences, lien avec le compte AR24, expéditeurs eIDAS</source>
        <translation>Preferences, link with the AR24 account, eIDAS senders</translation>
    </message>
    <message>
        <source>ORGANISEUR</source>
        <translation>ORGANISER</translation>
    </message>
    <message>
        <source>Paramétrage AR24</source>
        <translation>AR24 setup</translation>
    </message>
    <message>
        <source>aucun compte saisi</source>
        <translation>no account entered</translation>
    </message>
    <message>
        <source>Compte AR24 de {login} ({account}) : {state}</source>
        <translation>AR24 account of {login} ({account}): {state}</translation>
    </message>
    <message>
        <source>Expéditeurs eIDAS identifiés : {count} / {max} au plus</source>
        <translation>eIDAS-identified senders: {count} / {max} at most</translation>
    </message>
    <message>
        <source>Moyens de paiement AR24 liés : {linked} entités sur {total}</source>
        <translation>AR24 payment methods linked: {linked} entities of {total}</translation>
    </message>
    <message>
        <source>À propos de {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>Envoi de lettres recommandées par AR24 (prestataire qualifié eIDAS) pour les syndics et la gérance.</source>
        <translation>Registered letters sent through AR24 (qualified eIDAS provider) for property managers and co-ownership syndics.</translation>
    </message>
    <message>
        <source>&amp;Nouveau courrier…</source>
        <translation>&amp;New letter…</translation>
    </message>
    <message>
        <source>Importer des &amp;courriers PDF…</source>
        <translation>Import PDF &amp;letters…</translation>
    </message>
    <message>
        <source>E&amp;ntités</source>
        <translation>E&amp;ntities</translation>
    </message>
    <message>
        <source>&amp;Importer des tiers…</source>
        <translation>&amp;Import third parties…</translation>
    </message>
</context>
<context>
    <name>NewLetterWindow</name>
    <message>
        <source>Nouveau courrier</source>
        <translation>New letter</translation>
    </message>
    <message>
        <source>Ajouter des tiers…</source>
        <translation>Add third parties…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entité :</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>{count} destinataire(s)</source>
        <translation>{count} recipient(s)</translation>
    </message>
    <message>
        <source>Enregistrer le modèle</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <source>Convocation à l&apos;AG du</source>
        <translation>General meeting notice for</translation>
    </message>
    <message>
        <source>par défaut : l&apos;entité du tiers</source>
        <translation>default: the third party&apos;s entity</translation>
    </message>
    <message>
        <source>Modèle :</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Sujet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>AG :</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Case file:</translation>
    </message>
    <message>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Documents PDF ou images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF documents or images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Souligné</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Insérer une variable</source>
        <translation>Insert a variable</translation>
    </message>
    <message>
        <source>Glissez ici les fichiers à joindre</source>
        <translation>Drop the files to attach here</translation>
    </message>
    <message>
        <source>Joindre…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Pièces jointes (PDF, ou images converties en PDF)</source>
        <translation>Attachments (PDF, or images converted to PDF)</translation>
    </message>
    <message>
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Donnez un nom au modèle (zone « Modèle »).</source>
        <translation>Give the template a name (field “Template”).</translation>
    </message>
    <message>
        <source>Modèle « {name} » enregistré.</source>
        <translation>Template “{name}” saved.</translation>
    </message>
    <message>
        <source>Aucun modèle enregistré sous ce nom.</source>
        <translation>No template saved under this name.</translation>
    </message>
    <message>
        <source>Modèle « {name} » supprimé.</source>
        <translation>Template “{name}” deleted.</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Créer les courriers</source>
        <translation>Create the letters</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aperçu pour :</source>
        <translation>Preview for:</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord un destinataire.</source>
        <translation>Add a recipient first.</translation>
    </message>
    <message>
        <source>Création des courriers…</source>
        <translation>Creating the letters…</translation>
    </message>
    <message>
        <source>Création annulée : aucun courrier n&apos;a été créé.</source>
        <translation>Creation cancelled: no letter was created.</translation>
    </message>
    <message>
        <source>{count} courrier(s) créé(s), chronotés n° {first} à {last} : retrouvez-les dans la liste des événements.</source>
        <translation>{count} letter(s) created, treatment numbers {first} to {last}: find them in the events list.</translation>
    </message>
</context>
<context>
    <name>NewTiersDialog</name>
    <message>
        <source>Nouveau tiers</source>
        <translation>New third party</translation>
    </message>
    <message>
        <source>{code} (attribué si vide)</source>
        <translation>{code} (given when empty)</translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenStore</name>
    <message>
        <source>La base de données n&apos;a pas pu être ouverte : {reason}</source>
        <translation>The database could not be opened: {reason}</translation>
    </message>
    <message>
        <source>Adresse de base de données invalide : « {url} » (exemple : postgresql+psycopg://agence@serveur/recommandes)</source>
        <translation>Invalid database address: “{url}” (example: postgresql+psycopg://agence@serveur/recommandes)</translation>
    </message>
    <message>
        <source>Base de données trop récente</source>
        <translation>Database too recent</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Corrigez l&apos;adresse ci-dessous ou revenez à la base locale de ce poste.</source>
        <translation>Correct the address below or go back to this workstation&apos;s local database.</translation>
    </message>
</context>
<context>
    <name>OtpEntryDialog</name>
    <message>
        <source>Code OTP</source>
        <translation>OTP code</translation>
    </message>
    <message>
        <source>Validation de &lt;b&gt;{count} lettre(s) recommandée(s)&lt;/b&gt; pour l&apos;envoi AR24.&lt;br&gt;Saisissez le code OTP à 6 chiffres de l&apos;expéditeur (application d&apos;authentification ou page OTP d&apos;AR24), ou générez-le depuis la clé OTP enregistrée.</source>
        <translation>Validation of &lt;b&gt;{count} registered letter(s)&lt;/b&gt; for sending by AR24.&lt;br&gt;Enter the sender&apos;s 6-digit OTP code (authenticator app or AR24&apos;s OTP page), or generate it from the stored OTP key.</translation>
    </message>
    <message>
        <source>clé OTP enregistrée</source>
        <translation>OTP key stored</translation>
    </message>
    <message>
        <source>pas de clé enregistrée</source>
        <translation>no key stored</translation>
    </message>
    <message>
        <source>Aucun expéditeur enregistré</source>
        <translation>No sender registered</translation>
    </message>
    <message>
        <source>Générer</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Calcule le code à partir de la clé OTP de l&apos;expéditeur, rangée dans le trousseau sécurisé de ce poste</source>
        <translation>Computes the code from the sender&apos;s OTP key, kept in this workstation&apos;s secure keyring</translation>
    </message>
    <message>
        <source>Obtenir un code sur la page OTP d&apos;AR24</source>
        <translation>Get a code on AR24&apos;s OTP page</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24 &gt; Validation OTP &gt; Code</source>
        <translation>AR24 REGISTERED LETTERS &gt; OTP validation &gt; Code</translation>
    </message>
</context>
<context>
    <name>OtpKeyDialog</name>
    <message>
        <source>Identifiants eIDAS - {email}</source>
        <translation>eIDAS credentials - {email}</translation>
    </message>
    <message>
        <source>Sélectionner un fichier</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>clé OTP du courrier d&apos;AR24 (lettres majuscules et chiffres)</source>
        <translation>OTP key from AR24&apos;s letter (capital letters and digits)</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ajoutez le courrier d&apos;AR24 scanné (image .PNG, .JPG, .JPEG ou PDF) : la clé est lue dans son QR code. Ou saisissez la clé OTP indiquée sur le courrier. AR24 vérifie la clé avant qu&apos;elle soit rangée dans le trousseau sécurisé du système.</source>
        <translation>Add AR24&apos;s scanned letter (.PNG, .JPG, .JPEG image or PDF): the key is read from its QR code. Or type the OTP key printed on the letter. AR24 checks the key before it is kept in the system&apos;s secure keyring.</translation>
    </message>
    <message>
        <source>Identifiants eIDAS de {email}</source>
        <translation>eIDAS credentials of {email}</translation>
    </message>
    <message>
        <source>Clé OTP :</source>
        <translation>OTP key:</translation>
    </message>
    <message>
        <source>Courrier d&apos;AR24 scanné</source>
        <translation>AR24&apos;s scanned letter</translation>
    </message>
    <message>
        <source>Courrier scanné (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Scanned letter (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>QR code lu dans « {file} » : cliquez sur « Enregistrer » pour faire vérifier la clé par AR24.</source>
        <translation>QR code read in “{file}”: click “Save” to have AR24 check the key.</translation>
    </message>
    <message>
        <source>Lecture du QR code de « {file} »…</source>
        <translation>Reading the QR code of “{file}”…</translation>
    </message>
    <message>
        <source>Vérification de la clé OTP auprès d&apos;AR24…</source>
        <translation>Checking the OTP key with AR24…</translation>
    </message>
</context>
<context>
    <name>OtpKeys</name>
    <message>
        <source>Saisissez la clé OTP indiquée sur le courrier d&apos;AR24, ou sélectionnez le courrier scanné.</source>
        <translation>Type the OTP key printed on AR24&apos;s letter, or select the scanned letter.</translation>
    </message>
    <message>
        <source>Le QR code lu n&apos;est pas un code OTP valide (ce n&apos;est pas celui du courrier d&apos;AR24) : scannez la page du courrier qui porte le QR code, ou saisissez la clé à la main.</source>
        <translation>The QR code read is not a valid OTP code (it is not the one on AR24&apos;s letter): scan the page of the letter that carries the QR code, or type the key by hand.</translation>
    </message>
    <message>
        <source>Le QR code lu n&apos;est pas un code OTP valide : saisissez la clé OTP du courrier à la main.</source>
        <translation>The QR code read is not a valid OTP code: type the letter&apos;s OTP key by hand.</translation>
    </message>
    <message>
        <source>Le QR code lu ne décrit pas un code OTP à 6 chiffres renouvelé toutes les 30 secondes : vérifiez qu&apos;il s&apos;agit bien du courrier d&apos;AR24.</source>
        <translation>The QR code read does not describe a 6-digit OTP code renewed every 30 seconds: check that it is AR24&apos;s letter.</translation>
    </message>
    <message>
        <source>La clé OTP ne contient que des lettres majuscules de A à Z et des chiffres de 2 à 7 : vérifiez la saisie (un 0 est sans doute un O, un 1 un I).</source>
        <translation>The OTP key holds only capital letters A to Z and digits 2 to 7: check what you typed (a 0 is probably an O, a 1 an I).</translation>
    </message>
    <message>
        <source>La clé OTP est trop courte : recopiez-la en entier depuis le courrier d&apos;AR24.</source>
        <translation>The OTP key is too short: copy all of it from AR24&apos;s letter.</translation>
    </message>
    <message>
        <source>Le code OTP comporte exactement 6 chiffres de 0 à 9 : retapez-le (sans lettres ni chiffres d&apos;un autre alphabet).</source>
        <translation>The OTP code has exactly 6 digits from 0 to 9: type it again (no letters, no digits from another script).</translation>
    </message>
</context>
<context>
    <name>OtpSelectionWindow</name>
    <message>
        <source>Arrêter la validation</source>
        <translation>Stop the validation</translation>
    </message>
    <message>
        <source>Les lettres pas encore transmises restent en attente de validation OTP</source>
        <translation>Letters not yet sent stay waiting for OTP validation</translation>
    </message>
    <message>
        <source>{waiting} lettre(s) sur {total} restent en attente de validation OTP ; les autres ont été transmises à AR24 ou le seront après vérification.</source>
        <translation>{waiting} letter(s) of {total} are still waiting for OTP validation; the others were sent to AR24 or will be once checked.</translation>
    </message>
    <message>
        <source>Lettres en attente de validation OTP</source>
        <translation>Letters waiting for OTP validation</translation>
    </message>
    <message>
        <source>Validation : %v / %m lettre(s)</source>
        <translation>Validation: %v / %m letter(s)</translation>
    </message>
    <message>
        <source>Valider les lettres cochées…</source>
        <translation>Validate the ticked letters…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cochez les lettres à valider (la case de l&apos;en-tête les coche toutes) : un seul code OTP valide tout le lot, qui part ensuite chez AR24.</source>
        <translation>Tick the letters to validate (the box in the header ticks them all): one OTP code validates the whole batch, which then goes to AR24.</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24 &gt; Consulter mes AR en attente de validation OTP</source>
        <translation>AR24 REGISTERED LETTERS &gt; My letters waiting for OTP validation</translation>
    </message>
    <message>
        <source>{checked} lettre(s) cochée(s) sur {total} en attente de validation OTP</source>
        <translation>{checked} letter(s) ticked out of {total} waiting for OTP validation</translation>
    </message>
    <message>
        <source>La session OTP d&apos;AR24 a expiré pendant l&apos;envoi : {posted} lettre(s) validée(s), {remaining} restent à valider. Saisissez un nouveau code pour continuer.</source>
        <translation>AR24&apos;s OTP session expired during the sending: {posted} letter(s) validated, {remaining} still to validate. Enter a new code to continue.</translation>
    </message>
    <message>
        <source>Aucune lettre n&apos;a été envoyée : elles restent en attente de validation OTP.</source>
        <translation>No letter was sent: they are still waiting for OTP validation.</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
</context>
<context>
    <name>OtpValidation</name>
    <message>
        <source>Aucune clé OTP n&apos;est enregistrée pour l&apos;expéditeur {sender} : saisissez-la dans Préférences › Gérer les expéditeurs, ou tapez le code de votre application.</source>
        <translation>No OTP key is saved for the sender {sender}: enter it in Preferences › Manage the senders, or type the code from your app.</translation>
    </message>
    <message>
        <source>Les lettres en AR ont été validées pour l&apos;envoi AR24</source>
        <translation>The registered letters have been validated for sending by AR24</translation>
    </message>
    <message>
        <source>{validated} ({count} lettre(s)).</source>
        <translation>{validated} ({count} letter(s)).</translation>
    </message>
    <message>
        <source>{count} lettre(s) validée(s) et transmise(s) à AR24.</source>
        <translation>{count} letter(s) validated and passed to AR24.</translation>
    </message>
    <message>
        <source>{count} lettre(s) refusée(s) par AR24 :</source>
        <translation>{count} letter(s) refused by AR24:</translation>
    </message>
    <message>
        <source>{count} lettre(s) à vérifier chez AR24 :</source>
        <translation>{count} letter(s) to check with AR24:</translation>
    </message>
    <message>
        <source>{count} lettre(s) non traitée(s) :</source>
        <translation>{count} letter(s) not processed:</translation>
    </message>
    <message>
        <source>  • {name} : {reason}</source>
        <translation>  • {name}: {reason}</translation>
    </message>
    <message>
        <source>{count} lettre(s) restent à valider (code OTP à saisir de nouveau).</source>
        <translation>{count} letter(s) still to validate (enter an OTP code again).</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Déjà en cours d&apos;envoi</source>
        <translation>Already being sent</translation>
    </message>
    <message>
        <source>Non envoyé — {letter} : pas de second envoi (voir la liste des lettres recommandées).</source>
        <translation>Not sent — {letter}: no second sending (see the registered letters list).</translation>
    </message>
    <message>
        <source>Cette lettre n&apos;attend plus de validation OTP : elle est déjà envoyée, annulée, ou en cours d&apos;envoi depuis une autre fenêtre ou un autre poste.</source>
        <translation>This letter is no longer waiting for OTP validation: it is already sent, cancelled, or being sent from another window or workstation.</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas confirmé la réception de cette lettre : l&apos;application vérifie chez AR24 (par sa référence) avant tout nouvel envoi ; aucune action n&apos;est nécessaire.</source>
        <translation>AR24 did not confirm receiving this letter: the application checks with AR24 (by its reference) before any new sending; no action is needed.</translation>
    </message>
    <message>
        <source>Le document préparé « {name} » a disparu : relancez l&apos;envoi de cet événement pour le préparer de nouveau.</source>
        <translation>The prepared document “{name}” has disappeared: send this event again to prepare it anew.</translation>
    </message>
    <message>
        <source>Le document préparé « {name} » a été modifié après sa vérification : relancez l&apos;envoi de cet événement pour le préparer de nouveau.</source>
        <translation>The prepared document “{name}” was changed after it was checked: send this event again to prepare it anew.</translation>
    </message>
    <message>
        <source>Erreur inattendue : {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>OutboxPipeline</name>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Envoi en AR</source>
        <translation>Sent by registered mail</translation>
    </message>
    <message>
        <source>Reprise des envois interrompus</source>
        <translation>Resuming interrupted sendings</translation>
    </message>
    <message>
        <source>{title} : {ok} réussi(s), {failed} en erreur.</source>
        <translation>{title}: {ok} succeeded, {failed} failed.</translation>
    </message>
    <message>
        <source>{title} : {ok} réussi(s), {failed} en erreur, {cancelled} annulé(s), {pending} en attente.</source>
        <translation>{title}: {ok} succeeded, {failed} failed, {cancelled} cancelled, {pending} pending.</translation>
    </message>
    <message>
        <source>{title} (arrêté par l&apos;utilisateur) : {ok} réussi(s), {failed} en erreur, {cancelled} annulé(s), {pending} en attente.</source>
        <translation>{title} (stopped by the user): {ok} succeeded, {failed} failed, {cancelled} cancelled, {pending} pending.</translation>
    </message>
    <message>
        <source>AR24 ne répond pas correctement : l&apos;envoi s&apos;est arrêté de lui-même. Les lettres restantes n&apos;ont pas été envoyées ; elles seront reprises automatiquement au prochain démarrage (ou relancez l&apos;envoi quand AR24 répond de nouveau). Dernière erreur : {reason}</source>
        <translation>AR24 is not answering properly: sending stopped by itself. The remaining letters were not sent; they will be resumed automatically at the next start (or send again when AR24 answers again). Last error: {reason}</translation>
    </message>
    <message>
        <source>Consentements vérifiés sur la fiche locale des tiers : votre compte AR24 ne propose pas les consentements par l&apos;API.</source>
        <translation>Consents checked on the local third-party record: your AR24 account does not offer consents through the API.</translation>
    </message>
    <message>
        <source>Envoi annulé avant son dépôt chez AR24 (rien n&apos;a été envoyé ni facturé) : relancez « Envoyer en AR » pour cet événement.</source>
        <translation>Sending cancelled before it reached AR24 (nothing was sent or billed): use “Send as registered letter” again for this event.</translation>
    </message>
    <message>
        <source>Événement {event_id}</source>
        <translation>Event {event_id}</translation>
    </message>
    <message>
        <source>Non envoyé — {letter} : pas de second envoi.</source>
        <translation>Not sent — {letter}: no second sending.</translation>
    </message>
    <message>
        <source>{failure} La lettre sera reprise au prochain démarrage.</source>
        <translation>{failure} The letter will be resumed at the next start.</translation>
    </message>
    <message>
        <source>Erreur inattendue ({error}) : la lettre sera reprise au prochain démarrage.</source>
        <translation>Unexpected error ({error}): the letter will be resumed at the next start.</translation>
    </message>
    <message>
        <source>Cet événement n&apos;existe plus : il a été supprimé depuis la sélection.</source>
        <translation>This event no longer exists: it was deleted after it was selected.</translation>
    </message>
    <message>
        <source>Non envoyé — {refusal} (vérifié sur AR24 juste avant l&apos;envoi).</source>
        <translation>Not sent — {refusal} (checked on AR24 just before sending).</translation>
    </message>
    <message>
        <source>Non envoyé : {failure}</source>
        <translation>Not sent: {failure}</translation>
    </message>
    <message>
        <source>Préparation impossible : {error}</source>
        <translation>Could not prepare: {error}</translation>
    </message>
    <message>
        <source>Envoyée à AR24 (numéro {number}).</source>
        <translation>Sent to AR24 (number {number}).</translation>
    </message>
    <message>
        <source>Documents déposés chez AR24 : la lettre attend sa validation OTP (« Consulter mes AR en attente de validation OTP »).</source>
        <translation>Documents deposited with AR24: the letter is waiting for its OTP validation (“My letters waiting for OTP validation”).</translation>
    </message>
    <message>
        <source>{reason} La lettre sera reprise automatiquement au prochain démarrage de l&apos;application.</source>
        <translation>{reason} The letter will be resumed automatically at the next start of the application.</translation>
    </message>
    <message>
        <source>Cette lettre a été reprise par une autre fenêtre ou un autre poste.</source>
        <translation>This letter was taken over by another window or workstation.</translation>
    </message>
    <message>
        <source>Vérification des consentements sur AR24</source>
        <translation>Checking consents on AR24</translation>
    </message>
    <message>
        <source>Les consentements n&apos;ont pas pu être vérifiés sur AR24 avant l&apos;envoi ({error}) : rien n&apos;a été envoyé ni facturé ; relancez « Envoyer en AR » quand AR24 répond.</source>
        <translation>The consents could not be checked on AR24 before sending ({error}): nothing was sent or billed; use “Send as registered letter” again when AR24 answers.</translation>
    </message>
</context>
<context>
    <name>OutboxProcessJob</name>
    <message>
        <source>Le processus d&apos;envoi s&apos;est arrêté avant la fin : les lettres en cours seront vérifiées chez AR24 et reprises automatiquement au prochain démarrage de l&apos;application.</source>
        <translation>The sending process stopped before the end: the letters under way will be checked with AR24 and resumed automatically at the next start of the application.</translation>
    </message>
    <message>
        <source>Le processus d&apos;envoi n&apos;a pas pu démarrer ({error}) : rien n&apos;a été envoyé.</source>
        <translation>The sending process could not start ({error}): nothing was sent.</translation>
    </message>
</context>
<context>
    <name>PaymentLinks</name>
    <message>
        <source>Aucun moyen de paiement n&apos;est enregistré sur votre compte AR24 : ajoutez-en au moins un sur le site d&apos;AR24 (un par immeuble si vous êtes syndic), puis rouvrez cette liste.</source>
        <translation>No payment method is registered on your AR24 account: add at least one on the AR24 website (one per building if you manage condominiums), then reopen this list.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Saisi à la main (vérifié au premier envoi)</source>
        <translation>Typed by hand (checked at the first send)</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsWindow</name>
    <message>
        <source>Entite</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Moyen de paiement AR24</source>
        <translation>AR24 payment method</translation>
    </message>
    <message>
        <source>Code AR24</source>
        <translation>AR24 code</translation>
    </message>
    <message>
        <source>Aucun moyen de paiement</source>
        <translation>No payment method</translation>
    </message>
    <message>
        <source>Liste des moyens de paiement AR24</source>
        <translation>AR24 payment methods</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Actualiser depuis AR24</source>
        <translation>Refresh from AR24</translation>
    </message>
    <message>
        <source>Cliquez sur une entité pour choisir parmi les moyens de paiement saisis sur le site d&apos;AR24, puis « Valider ». À faire une seule fois, sauf si le moyen de paiement change sur AR24.</source>
        <translation>Click an entity to choose among the payment methods entered on AR24&apos;s website, then “Validate”. Needed once, unless the payment method changes on AR24.</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24 &gt; Liste des moyens de paiement AR24</source>
        <translation>AR24 REGISTERED LETTERS &gt; AR24 payment methods</translation>
    </message>
    <message>
        <source>{count} moyen(s) de paiement trouvé(s) sur AR24 : cliquez sur une entité pour lui en associer un.</source>
        <translation>{count} payment method(s) found on AR24: click an entity to assign one to it.</translation>
    </message>
    <message>
        <source>Recherche des moyens de paiement sur AR24…</source>
        <translation>Looking up the payment methods on AR24…</translation>
    </message>
    <message>
        <source>Moyens de paiement enregistrés : {count} entité(s) mise(s) à jour.</source>
        <translation>Payment methods saved: {count} entity(ies) updated.</translation>
    </message>
    <message>
        <source>Saisir le code AR24…</source>
        <translation>Type the AR24 code…</translation>
    </message>
    <message>
        <source>Code du moyen de paiement sur AR24 (par exemple stripe-47146) :</source>
        <translation>Payment method code at AR24 (for example stripe-47146):</translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>Adresse postale incomplète : adresse manquante</source>
        <translation>Incomplete postal address: street missing</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : code postal manquant</source>
        <translation>Incomplete postal address: postcode missing</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : ville manquante</source>
        <translation>Incomplete postal address: town missing</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : adresse et code postal manquants</source>
        <translation>Incomplete postal address: street and postcode missing</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : adresse et ville manquantes</source>
        <translation>Incomplete postal address: street and town missing</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : code postal et ville manquants</source>
        <translation>Incomplete postal address: postcode and town missing</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : adresse, code postal et ville manquants</source>
        <translation>Incomplete postal address: street, postcode and town missing</translation>
    </message>
    <message>
        <source>Adresse postale incorrecte : le code postal « {code} » doit compter 5 chiffres</source>
        <translation>Incorrect postal address: the postcode “{code}” must have 5 digits</translation>
    </message>
    <message>
        <source>Adresse postale trop longue : {lines} lignes pour {max} au plus dans la fenêtre de l&apos;enveloppe</source>
        <translation>Postal address too long: {lines} lines for at most {max} in the envelope window</translation>
    </message>
    <message>
        <source>Adresse postale trop longue : la ligne « {line} » dépasse {max} caractères ({length})</source>
        <translation>Postal address too long: the line “{line}” exceeds {max} characters ({length})</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source>Réinitialiser la démo AR24</source>
        <translation>Reset the AR24 demo</translation>
    </message>
    <message>
        <source>Démo locale : défait le lien du compte, les expéditeurs et les moyens de paiement, pour refaire chaque étape.</source>
        <translation>Local demo: undoes the account link, the senders and the payment methods, to redo each step.</translation>
    </message>
    <message>
        <source>Défaire le lien du compte AR24 de démonstration, supprimer les expéditeurs et les moyens de paiement des entités ? Chaque étape pourra être refaite.</source>
        <translation>Undo the link of the demo AR24 account and remove the senders and the entities&apos; payment methods? Each step can then be redone.</translation>
    </message>
    <message>
        <source>Démo AR24 réinitialisée : cliquez sur « Autoriser le compte » pour refaire le paramétrage.</source>
        <translation>AR24 demo reset: click “Authorise the account” to redo the set-up.</translation>
    </message>
    <message>
        <source>Réinitialisation de la démo AR24…</source>
        <translation>Resetting the AR24 demo…</translation>
    </message>
    <message>
        <source>Non lié</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Autorisation en attente (cliquez sur le lien reçu par e-mail d&apos;AR24)</source>
        <translation>Authorisation pending (click the link in AR24&apos;s e-mail)</translation>
    </message>
    <message>
        <source>Lié</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Un mail vous a été envoyé pour autoriser {app} à utiliser votre compte AR24.</source>
        <translation>An e-mail was sent to you to authorise {app} to use your AR24 account.</translation>
    </message>
    <message>
        <source>{sent} (Démo locale : aucun e-mail n&apos;est envoyé, utilisez « Simuler le clic sur le lien d&apos;AR24 ».)</source>
        <translation>{sent} (Local demo: no e-mail is sent, use “Simulate the click on AR24&apos;s link”.)</translation>
    </message>
    <message>
        <source>•••••• enregistré dans le trousseau (laisser vide pour le conserver)</source>
        <translation>•••••• stored in the keyring (leave empty to keep it)</translation>
    </message>
    <message>
        <source>adresse e-mail du compte AR24</source>
        <translation>e-mail address of the AR24 account</translation>
    </message>
    <message>
        <source>Autoriser le compte</source>
        <translation>Authorise the account</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Simuler le clic sur le lien d&apos;AR24 (démo)</source>
        <translation>Simulate the click on AR24&apos;s link (demo)</translation>
    </message>
    <message>
        <source>E-mail :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>État du lien :</source>
        <translation>Link state:</translation>
    </message>
    <message>
        <source>Compte :</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Identité vérifiée (eIDAS) :</source>
        <translation>Identity verified (eIDAS):</translation>
    </message>
    <message>
        <source>Paiement AR24 :</source>
        <translation>AR24 payment:</translation>
    </message>
    <message>
        <source>Compte AR24</source>
        <translation>AR24 account</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non : commandez les identifiants eIDAS dans « Gérer les expéditeurs »</source>
        <translation>No: order the eIDAS credentials in “Manage the senders”</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Aucun moyen de paiement : ajoutez-en un sur le site d&apos;AR24</source>
        <translation>No payment method: add one on AR24&apos;s website</translation>
    </message>
    <message>
        <source>Demande d&apos;autorisation envoyée à AR24…</source>
        <translation>Authorisation request sent to AR24…</translation>
    </message>
    <message>
        <source>{environment} : {report}</source>
        <translation>{environment}: {report}</translation>
    </message>
    <message>
        <source>Test de la connexion à AR24…</source>
        <translation>Testing the connection to AR24…</translation>
    </message>
    <message>
        <source>Le titulaire du compte a cliqué sur le lien d&apos;AR24 : le compte est lié.</source>
        <translation>The account holder clicked AR24&apos;s link: the account is linked.</translation>
    </message>
    <message>
        <source>Confirmation de l&apos;autorisation…</source>
        <translation>Confirming the authorisation…</translation>
    </message>
    <message>
        <source>AR24 a confirmé l&apos;autorisation : le compte {email} est lié.</source>
        <translation>AR24 confirmed the authorisation: the account {email} is linked.</translation>
    </message>
    <message>
        <source>Enregistrer la connexion</source>
        <translation>Save the connection</translation>
    </message>
    <message>
        <source>Environnement :</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Adresse de l&apos;API :</source>
        <translation>API address:</translation>
    </message>
    <message>
        <source>Jeton partenaire :</source>
        <translation>Partner token:</translation>
    </message>
    <message>
        <source>Clé privée d&apos;API :</source>
        <translation>Private API key:</translation>
    </message>
    <message>
        <source>Connexion à AR24 de ce poste (administration)</source>
        <translation>This workstation&apos;s connection to AR24 (administration)</translation>
    </message>
    <message>
        <source>service AR24 local, démarré par l&apos;application</source>
        <translation>local AR24 service, started by the application</translation>
    </message>
    <message>
        <source>fourni par AR24 (api@ar24.fr)</source>
        <translation>provided by AR24 (api@ar24.fr)</translation>
    </message>
    <message>
        <source>inutile en démo</source>
        <translation>not needed in the demo</translation>
    </message>
    <message>
        <source>Démo locale : un service AR24 de démonstration tourne dans l&apos;application ; tout peut être essayé sans compte ni frais.</source>
        <translation>Local demo: a demonstration AR24 service runs inside the application; everything can be tried without an account or cost.</translation>
    </message>
    <message>
        <source>Le jeton et la clé privée sont rangés dans le trousseau sécurisé du système, jamais dans la base ni dans les fichiers de l&apos;application.</source>
        <translation>The token and the private key are kept in the system&apos;s secure keyring, never in the database nor in the application&apos;s files.</translation>
    </message>
    <message>
        <source>Connexion enregistrée : {environment}.</source>
        <translation>Connection saved: {environment}.</translation>
    </message>
    <message>
        <source>Gérer les expéditeurs de lettres recommandées</source>
        <translation>Manage the registered letter senders</translation>
    </message>
    <message>
        <source>Liste des moyens de paiement AR24</source>
        <translation>AR24 payment methods</translation>
    </message>
    <message>
        <source>Deux expéditeurs au plus, identifiés eIDAS par la clé OTP du courrier d&apos;AR24 ; un moyen de paiement AR24 par entité.</source>
        <translation>Two senders at most, eIDAS-identified by the OTP key of AR24&apos;s letter; one AR24 payment method per entity.</translation>
    </message>
    <message>
        <source>Expéditeurs et paiement</source>
        <translation>Senders and payment</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;applique au prochain démarrage de l&apos;application, sur ce poste.</source>
        <translation>The new language applies at the next start of the application, on this workstation.</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Sans entité</source>
        <translation>No entity</translation>
    </message>
    <message>
        <source>France métropolitaine — euro, TVA 20 %</source>
        <translation>Metropolitan France — euro, VAT 20 %</translation>
    </message>
    <message>
        <source>Nouvelle-Calédonie — franc CFP, TGC 6 %</source>
        <translation>New Caledonia — CFP franc, TGC 6 %</translation>
    </message>
    <message>
        <source>Source : AR24, fiche « Lettre Recommandée Électronique », prix indicatifs 2023</source>
        <translation>Source: AR24, “Lettre Recommandée Électronique” sheet, indicative prices 2023</translation>
    </message>
    <message>
        <source>Source : AR24, page produit de l&apos;avis électronique, 2023</source>
        <translation>Source: AR24, electronic notice product page, 2023</translation>
    </message>
    <message>
        <source>Estimation : aucun prix public trouvé</source>
        <translation>Estimate: no public price found</translation>
    </message>
    <message>
        <source>Demande de consentement (facturée si le consentement est obtenu)</source>
        <translation>Consent request (billed if the consent is obtained)</translation>
    </message>
    <message>
        <source>Identifiants eIDAS de l&apos;expéditeur (valables 5 ans)</source>
        <translation>Sender&apos;s eIDAS identifiers (valid 5 years)</translation>
    </message>
</context>
<context>
    <name>PricingDialog</name>
    <message>
        <source>Tarifs et fiscalité</source>
        <translation>Prices and taxes</translation>
    </message>
    <message>
        <source>Choisir un modèle…</source>
        <translation>Choose a template…</translation>
    </message>
    <message>
        <source>Ces montants servent à l&apos;estimation du coût affichée dans « Choix de l&apos;envoi » ; AR24 facture selon votre contrat. Ils valent pour tous les postes de l&apos;agence.</source>
        <translation>These amounts are used for the cost estimate shown in “Sending choice”; AR24 bills according to your contract. They apply to every workstation of the agency.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>DEVISE ET TAXE</source>
        <translation>CURRENCY AND TAX</translation>
    </message>
    <message>
        <source>Modèle de territoire</source>
        <translation>Territory template</translation>
    </message>
    <message>
        <source>Devise</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Taxe</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Taux de la taxe</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>PRIX UNITAIRES HORS TAXES</source>
        <translation>UNIT PRICES EXCLUDING TAX</translation>
    </message>
    <message>
        <source>TARIFS ET FISCALITE DE L&apos;AGENCE</source>
        <translation>PRICES AND TAXES OF THE AGENCY</translation>
    </message>
    <message>
        <source>AUTRES PRIX PUBLICS D&apos;AR24 (POUR INFORMATION)</source>
        <translation>OTHER PUBLIC AR24 PRICES (FOR INFORMATION)</translation>
    </message>
    <message>
        <source>HT</source>
        <translation>excl. tax</translation>
    </message>
</context>
<context>
    <name>QrDecode</name>
    <message>
        <source>Le fichier « {file} » n&apos;est ni une image (.png, .jpg, .jpeg) ni un PDF : scannez le courrier d&apos;AR24 dans l&apos;un de ces formats.</source>
        <translation>The file “{file}” is neither an image (.png, .jpg, .jpeg) nor a PDF: scan AR24&apos;s letter in one of these formats.</translation>
    </message>
    <message>
        <source>Le fichier « {file} » est illisible ou endommagé : scannez à nouveau le courrier d&apos;AR24.</source>
        <translation>The file “{file}” is unreadable or damaged: scan AR24&apos;s letter again.</translation>
    </message>
    <message>
        <source>Aucun QR code n&apos;a été trouvé dans « {file} » : scannez le courrier en entier, bien à plat et net, ou saisissez la clé OTP à la main.</source>
        <translation>No QR code was found in “{file}”: scan the whole letter, flat and sharp, or type the OTP key by hand.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur ce poste : les mots de passe et clés saisis ne seront conservés que jusqu&apos;à la fermeture de l&apos;application.</source>
        <translation>No secure keyring is available on this workstation: the passwords and keys you enter will be kept only until the application closes.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Test de la connexion AR24 en échec : {report}</source>
        <translation>AR24 connection test failed: {report}</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas rendu d&apos;identifiant pour la pièce jointe {name}.</source>
        <translation>AR24 returned no identifier for the attachment {name}.</translation>
    </message>
    <message>
        <source>Pièce jointe {name} déposée (fichier n° {file_id}).</source>
        <translation>Attachment {name} uploaded (file no. {file_id}).</translation>
    </message>
    <message>
        <source>ECHEC</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Traductions</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Base de démonstration</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <source>Fenêtres</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>{file} {size} octets</source>
        <translation>{file} {size} bytes</translation>
    </message>
    <message>
        <source>Service AR24 local</source>
        <translation>Local AR24 service</translation>
    </message>
    <message>
        <source>Processus d&apos;envoi</source>
        <translation>Sending process</translation>
    </message>
    <message>
        <source>Autotest réussi en {seconds} s (langue : {language}).</source>
        <translation>Self-test passed in {seconds} s (language: {language}).</translation>
    </message>
    <message>
        <source>Autotest : {failures} étape(s) en échec en {seconds} s (langue : {language}).</source>
        <translation>Self-test: {failures} step(s) failed in {seconds} s (language: {language}).</translation>
    </message>
    <message>
        <source>le catalogue de traduction « {language} » n&apos;est pas chargé</source>
        <translation>the “{language}” translation catalog is not loaded</translation>
    </message>
    <message>
        <source>fenêtres vides : {names}</source>
        <translation>empty windows: {names}</translation>
    </message>
</context>
<context>
    <name>SendChoiceDialog</name>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Nb</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>PU HT</source>
        <translation>Unit excl. VAT</translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Choix de l&apos;envoi</source>
        <translation>Sending choice</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>TYPE D&apos;ENVOI</source>
        <translation>KIND OF SENDING</translation>
    </message>
    <message>
        <source>Impression en noir et blanc</source>
        <translation>Black and white printing</translation>
    </message>
    <message>
        <source>Impression en couleur</source>
        <translation>Colour printing</translation>
    </message>
    <message>
        <source>Impression en recto / verso</source>
        <translation>Double-sided printing</translation>
    </message>
    <message>
        <source>Impression en recto uniquement</source>
        <translation>Single-sided printing</translation>
    </message>
    <message>
        <source>PARAMETRES D&apos;IMPRESSION</source>
        <translation>PRINT SETTINGS</translation>
    </message>
    <message>
        <source>Accès au récapitulatif des erreurs</source>
        <translation>Error summary</translation>
    </message>
    <message>
        <source>Les envoyer en LR papier</source>
        <translation>Send them as paper letters</translation>
    </message>
    <message>
        <source>INFORMATION SUR L&apos;ENVOI</source>
        <translation>SENDING INFORMATION</translation>
    </message>
    <message>
        <source>COUT ESTIME</source>
        <translation>ESTIMATED COST</translation>
    </message>
    <message>
        <source>DETAIL PAR EVENEMENT</source>
        <translation>DETAILS PER EVENT</translation>
    </message>
    <message>
        <source>Avertissements : {count} (voir les onglets concernés)</source>
        <translation>Warnings: {count} (see the tabs concerned)</translation>
    </message>
    <message>
        <source>Nombre d&apos;AR demandés : {count}</source>
        <translation>Registered letters requested: {count}</translation>
    </message>
    <message>
        <source>Nombre d&apos;événement compatible : {count}</source>
        <translation>Compatible events: {count}</translation>
    </message>
    <message>
        <source>Nombre d&apos;événement incompatible : {count}</source>
        <translation>Incompatible events: {count}</translation>
    </message>
    <message>
        <source>Contrôle impossible : {message}</source>
        <translation>Check impossible: {message}</translation>
    </message>
    <message>
        <source>{refused} événement(s) refusé(s) faute de consentement, dont {offered} compatible(s) en LR papier :</source>
        <translation>{refused} event(s) refused for lack of consent, {offered} of them compatible with paper letters:</translation>
    </message>
    <message>
        <source>Montant hors taxes :</source>
        <translation>Amount excluding tax:</translation>
    </message>
    <message>
        <source>Taux {tax} appliqué :</source>
        <translation>{tax} rate applied:</translation>
    </message>
    <message>
        <source>Montant {tax} :</source>
        <translation>{tax} amount:</translation>
    </message>
    <message>
        <source>Montant TTC total :</source>
        <translation>Total amount including tax:</translation>
    </message>
    <message>
        <source>Paramétrage AR24</source>
        <translation>AR24 setup</translation>
    </message>
    <message>
        <source>Aucun événement compatible à envoyer : ouvrez le récapitulatif des erreurs pour les corriger.</source>
        <translation>No compatible event to send: open the error summary to correct them.</translation>
    </message>
    <message>
        <source>LR papier</source>
        <translation>paper letter</translation>
    </message>
    <message>
        <source>électronique</source>
        <translation>electronic</translation>
    </message>
    <message>
        <source>Valider l&apos;envoi…</source>
        <translation>Validate sending…</translation>
    </message>
    <message>
        <source>Calcul de ce qui sera facturé…</source>
        <translation>Computing what will be billed…</translation>
    </message>
    <message>
        <source>Plus aucun événement n&apos;est compatible : recalculez les erreurs.</source>
        <translation>No event is compatible any more: recompute the errors.</translation>
    </message>
    <message>
        <source>Calcul impossible : {message}</source>
        <translation>Computation failed: {message}</translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <source>Type d&apos;envoi</source>
        <translation>Sending type</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Payeur (moyen de paiement AR24)</source>
        <translation>Payer (AR24 payment method)</translation>
    </message>
    <message>
        <source>Nb</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation>Total excl. tax</translation>
    </message>
    <message>
        <source>Total TTC</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <source>Vous allez envoyer {count} lettre(s) recommandée(s) à AR24 :</source>
        <translation>You are about to send {count} registered letter(s) to AR24:</translation>
    </message>
    <message>
        <source>• {type} : {count} lettre(s)</source>
        <translation>• {type}: {count} letter(s)</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Montant hors taxes :</source>
        <translation>Amount excl. tax:</translation>
    </message>
    <message>
        <source>Montant {tax} :</source>
        <translation>{tax} amount:</translation>
    </message>
    <message>
        <source>Montant TTC total :</source>
        <translation>Total incl. tax:</translation>
    </message>
    <message>
        <source>Expéditeur : {sender}</source>
        <translation>Sender: {sender}</translation>
    </message>
    <message>
        <source>{count} événement(s) ne sont plus compatibles depuis le choix de l&apos;envoi : ils ne partiront pas.</source>
        <translation>{count} event(s) are no longer compatible since the sending choice: they will not be sent.</translation>
    </message>
    <message>
        <source>Rien ne part avant votre confirmation. Les montants sont une estimation d&apos;après vos tarifs ; AR24 facture chaque entité à son moyen de paiement.</source>
        <translation>Nothing leaves before you confirm. The amounts are an estimate from your prices; AR24 bills each entity to its payment method.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>CE QUI SERA FACTURE</source>
        <translation>WHAT WILL BE BILLED</translation>
    </message>
</context>
<context>
    <name>SendHistory</name>
    <message>
        <source>Avis électronique</source>
        <translation>Electronic notice</translation>
    </message>
    <message>
        <source>LR papier</source>
        <translation>Paper letter</translation>
    </message>
    <message>
        <source>Lettre suivie</source>
        <translation>Tracked letter</translation>
    </message>
    <message>
        <source>{type} n° {number} du {day}, statut {status}</source>
        <translation>{type} no. {number} of {day}, status {status}</translation>
    </message>
    <message>
        <source>{type} du {day}, {status}</source>
        <translation>{type} of {day}, {status}</translation>
    </message>
    <message>
        <source>Déjà envoyé : {letter}</source>
        <translation>Already sent: {letter}</translation>
    </message>
    <message>
        <source>Déjà en cours d&apos;envoi : {letter}</source>
        <translation>Already being sent: {letter}</translation>
    </message>
    <message>
        <source>{line} — un renvoi volontaire n&apos;est possible qu&apos;une fois la lettre remise</source>
        <translation>{line} — a deliberate second send is only possible once the letter is delivered</translation>
    </message>
    <message>
        <source>Renvoi volontaire en {new_type} malgré {letter} : motif « {reason} »</source>
        <translation>Deliberate second send as {new_type} despite {letter}: reason “{reason}”</translation>
    </message>
    <message>
        <source>{type} refusé le {day} : renvoi en {new_type}</source>
        <translation>{type} refused on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} refusée le {day} : renvoi en {new_type}</source>
        <translation>{type} refused on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} non réclamé le {day} : renvoi en {new_type}</source>
        <translation>{type} not claimed on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} non réclamée le {day} : renvoi en {new_type}</source>
        <translation>{type} not claimed on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} non distribué le {day} : renvoi en {new_type}</source>
        <translation>{type} not delivered on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} non distribuée le {day} : renvoi en {new_type}</source>
        <translation>{type} not delivered on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} en erreur technique le {day} : renvoi en {new_type}</source>
        <translation>{type} failed with a technical error on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} non validé le {day} : renvoi en {new_type}</source>
        <translation>{type} not validated on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} non validée le {day} : renvoi en {new_type}</source>
        <translation>{type} not validated on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} en échec avant son dépôt le {day} : renvoi en {new_type}</source>
        <translation>{type} failed before its deposit on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} annulé avant son dépôt le {day} : renvoi en {new_type}</source>
        <translation>{type} cancelled before its deposit on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} annulée avant son dépôt le {day} : renvoi en {new_type}</source>
        <translation>{type} cancelled before its deposit on {day}: sent again as {new_type}</translation>
    </message>
    <message>
        <source>{type} {status} le {day} : renvoi en {new_type}</source>
        <translation>{type} {status} on {day}: sent again as {new_type}</translation>
    </message>
</context>
<context>
    <name>SendType</name>
    <message>
        <source>LRE qualifiée - eIDAS - OTP</source>
        <translation>Qualified LRE - eIDAS - OTP</translation>
    </message>
    <message>
        <source>Avis électronique pour les Syndics de copropriété</source>
        <translation>Electronic notice for condominium managers</translation>
    </message>
    <message>
        <source>LR Papier (A4 portrait uniquement)</source>
        <translation>Paper registered letter (A4 portrait only)</translation>
    </message>
    <message>
        <source>Lettre suivie électronique (ERE simple)</source>
        <translation>Electronic tracked letter (simple ERE)</translation>
    </message>
    <message>
        <source>Sans valeur de lettre recommandée (ERE simple, eIDAS art. 43.1) : pour les relances et mises en demeure, pas pour les convocations d&apos;AG. Pas de code OTP : la lettre part dès son dépôt.</source>
        <translation>Not worth a registered letter (simple ERE, eIDAS art. 43.1): for reminders and formal notices, not for general meeting notices. No OTP code: the letter leaves as soon as it is uploaded.</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <source>Identifié (clé OTP du courrier d&apos;AR24 non enregistrée)</source>
        <translation>Identified (OTP key from AR24&apos;s letter not saved)</translation>
    </message>
    <message>
        <source>Identifiants eIDAS à commander</source>
        <translation>eIDAS credentials to order</translation>
    </message>
    <message>
        <source>Le nombre d&apos;expéditeur est limité à 2 maximum. Il est conseillé de ne retenir qu&apos;un seul et unique expéditeur qualifié pour toute l&apos;agence.</source>
        <translation>The number of senders is limited to 2. We recommend keeping one single qualified sender for the whole agency.</translation>
    </message>
    <message>
        <source>Identifiants commandés : saisir la clé OTP du courrier</source>
        <translation>Credentials ordered: enter the OTP key from the letter</translation>
    </message>
    <message>
        <source>Identifié (clé OTP enregistrée)</source>
        <translation>Identified (OTP key stored)</translation>
    </message>
    <message>
        <source>Complétez le prénom, le nom, l&apos;adresse, le code postal et la ville de l&apos;expéditeur : AR24 y envoie le courrier recommandé contenant ses identifiants eIDAS.</source>
        <translation>Fill in the sender&apos;s first name, last name, address, postcode and city: AR24 posts the registered letter with the sender&apos;s eIDAS credentials there.</translation>
    </message>
    <message>
        <source>Une ligne d&apos;adresse dépasse {max} caractères : répartissez-la sur les deux lignes.</source>
        <translation>An address line is longer than {max} characters: split it over the two lines.</translation>
    </message>
    <message>
        <source>Le pays s&apos;écrit avec son code à deux lettres (FR, BE…).</source>
        <translation>Enter the country as its two-letter code (FR, BE…).</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>{email} est déjà un expéditeur de ce compte.</source>
        <translation>{email} is already a sender of this account.</translation>
    </message>
    <message>
        <source>Aucun compte AR24 n&apos;existe à l&apos;adresse {email} : l&apos;expéditeur doit d&apos;abord ouvrir son compte sur AR24.</source>
        <translation>No AR24 account exists for {email}: the sender must first open an account on AR24.</translation>
    </message>
    <message>
        <source>Le compte AR24 {email} n&apos;a pas encore autorisé l&apos;application : son titulaire doit cliquer sur « Autoriser le compte » dans sa fiche utilisateur, puis sur le lien reçu d&apos;AR24.</source>
        <translation>The AR24 account {email} has not authorised the application yet: its holder must click “Authorise the account” in their user record, then the link received from AR24.</translation>
    </message>
    <message>
        <source>AR24 refuse les codes produits par cette clé OTP : vérifiez qu&apos;il s&apos;agit de la clé du courrier adressé à {email}, et que l&apos;horloge de ce poste est à l&apos;heure.</source>
        <translation>AR24 refuses the codes made from this OTP key: check that it is the key of the letter addressed to {email}, and that this workstation&apos;s clock is right.</translation>
    </message>
    <message>
        <source>Cet expéditeur a été supprimé entre-temps : fermez la fenêtre et rouvrez-la.</source>
        <translation>This sender was deleted in the meantime: close the window and reopen it.</translation>
    </message>
    <message>
        <source>L&apos;expéditeur {email} n&apos;est relié à aucun compte AR24 : supprimez-le puis ajoutez-le à nouveau.</source>
        <translation>The sender {email} is not linked to any AR24 account: delete it, then add it again.</translation>
    </message>
</context>
<context>
    <name>SendersWindow</name>
    <message>
        <source>Ouvrir le courrier d&apos;AR24 (démo)</source>
        <translation>Open AR24&apos;s letter (demo)</translation>
    </message>
    <message>
        <source>Démo locale : le courrier simulé d&apos;AR24 avec la clé OTP de l&apos;expéditeur, en clair et en QR code.</source>
        <translation>Local demo: AR24&apos;s simulated letter with the sender&apos;s OTP key, in clear and as a QR code.</translation>
    </message>
    <message>
        <source>Courrier d&apos;AR24 : {path}. Lisez-en la clé OTP avec « Saisir ou modifier vos identifiants », ou scannez son QR code.</source>
        <translation>AR24&apos;s letter: {path}. Read its OTP key with “Enter or change your credentials”, or scan its QR code.</translation>
    </message>
    <message>
        <source>Courrier d&apos;AR24…</source>
        <translation>AR24&apos;s letter…</translation>
    </message>
    <message>
        <source>Ajouter un expéditeur permet de vérifier son identité lors d&apos;une première utilisation de la LRE : AR24 lui adresse ses identifiants eIDAS par lettre recommandée papier (4 jours ouvrés). Le nombre d&apos;expéditeur est limité à 2 maximum ; il est conseillé de ne retenir qu&apos;un seul et unique expéditeur qualifié pour toute l&apos;agence.</source>
        <translation>Adding a sender lets AR24 verify the sender&apos;s identity before the first LRE: AR24 sends the eIDAS credentials by paper registered letter (4 working days). At most 2 senders are allowed; a single qualified sender for the whole agency is advised.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Identification eIDAS</source>
        <translation>eIDAS identification</translation>
    </message>
    <message>
        <source>Gérer les expéditeurs de lettres recommandées</source>
        <translation>Manage the registered letter senders</translation>
    </message>
    <message>
        <source>Ajouter un expéditeur</source>
        <translation>Add a sender</translation>
    </message>
    <message>
        <source>Supprimer l&apos;expéditeur</source>
        <translation>Remove the sender</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir mes identifiants eIDAS</source>
        <translation>Save and receive my eIDAS credentials</translation>
    </message>
    <message>
        <source>Saisir ou modifier vos identifiants</source>
        <translation>Enter or change your credentials</translation>
    </message>
    <message>
        <source>PREFERENCES &gt; Gérer les expéditeurs de lettres recommandées</source>
        <translation>PREFERENCES &gt; Manage the registered letter senders</translation>
    </message>
    <message>
        <source>Code OTP à 6 chiffres de cet expéditeur, généré par l&apos;application à partir de sa clé (le même que sur la page OTP d&apos;AR24). Il est repris automatiquement à chaque LRE.</source>
        <translation>This sender&apos;s 6-digit OTP code, generated by the application from the sender&apos;s key (the same as on AR24&apos;s OTP page). It is used automatically for every LRE.</translation>
    </message>
    <message>
        <source>Expéditeur sélectionné</source>
        <translation>Selected sender</translation>
    </message>
    <message>
        <source>Aucun expéditeur : cliquez sur « Ajouter un expéditeur » et saisissez son adresse e-mail.</source>
        <translation>No sender: click “Add a sender” and enter the sender&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Identification eIDAS : {state}</source>
        <translation>eIDAS identification: {state}</translation>
    </message>
    <message>
        <source>Nouveau code dans {seconds} s</source>
        <translation>New code in {seconds} s</translation>
    </message>
    <message>
        <source>Supprimer l&apos;expéditeur {email} et sa clé OTP enregistrée ?</source>
        <translation>Remove the sender {email} and the stored OTP key?</translation>
    </message>
    <message>
        <source>Expéditeur {email} supprimé.</source>
        <translation>Sender {email} removed.</translation>
    </message>
    <message>
        <source>Commande des identifiants eIDAS auprès d&apos;AR24…</source>
        <translation>Ordering the eIDAS credentials from AR24…</translation>
    </message>
    <message>
        <source>Clé OTP de {email} vérifiée par AR24 et enregistrée : le code de chaque LRE sera généré automatiquement.</source>
        <translation>OTP key of {email} checked by AR24 and stored: the code of every LRE will be generated automatically.</translation>
    </message>
    <message>
        <source>Identifiants eIDAS commandés : AR24 envoie la clé OTP par lettre recommandée papier (4 jours ouvrés). À réception, cliquez sur « Saisir ou modifier vos identifiants ».</source>
        <translation>eIDAS credentials ordered: AR24 sends the OTP key by paper registered letter (4 working days). When it arrives, click “Enter or change your credentials”.</translation>
    </message>
    <message>
        <source>{ordered} Démo locale : le courrier d&apos;AR24 est simulé dans {path}.</source>
        <translation>{ordered} Local demo: AR24&apos;s letter is simulated in {path}.</translation>
    </message>
</context>
<context>
    <name>SendingDeadlines</name>
    <message>
        <source>L&apos;AG du {ag} est déjà passée ou a lieu aujourd&apos;hui : vérifiez la date « AG du ».</source>
        <translation>The GM of {ag} is already past or takes place today: check the “GM of” date.</translation>
    </message>
    <message>
        <source>Convocation à l&apos;AG du {ag} présentée au plus tôt le {presented} : {days} jours au lieu des {legal} jours légaux (présentation au plus tard le {latest}), l&apos;assemblée pourrait être annulée.</source>
        <translation>Notice of the GM of {ag} presented on {presented} at the earliest: {days} days instead of the {legal} legal days (presentation on {latest} at the latest), the meeting could be annulled.</translation>
    </message>
</context>
<context>
    <name>SendingDocuments</name>
    <message>
        <source>Une pièce jointe n&apos;a pas de nom lisible : renommez le fichier puis joignez-le de nouveau.</source>
        <translation>An attachment has no readable name: rename the file, then attach it again.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » est introuvable : elle a été déplacée ou supprimée, joignez-la de nouveau.</source>
        <translation>The attachment “{name}” cannot be found: it was moved or deleted, attach it again.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » est vide (0 octet) : joignez de nouveau le document.</source>
        <translation>The attachment “{name}” is empty (0 bytes): attach the document again.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » pèse {size}, au-delà des {limit} acceptés par AR24 pour un courrier.</source>
        <translation>The attachment “{name}” weighs {size}, over the {limit} AR24 accepts for a letter.</translation>
    </message>
    <message>
        <source>Convertissez « {name} » en PDF avant l&apos;envoi : AR24 n&apos;accepte que des PDF (les images PNG et JPEG sont converties automatiquement).</source>
        <translation>Convert “{name}” to PDF before sending: AR24 only accepts PDFs (PNG and JPEG images are converted automatically).</translation>
    </message>
    <message>
        <source>Le courrier pèse {size} avec ses pièces jointes, au-delà des {limit} acceptés par AR24 : répartissez les pièces jointes sur plusieurs courriers.</source>
        <translation>The letter weighs {size} with its attachments, over the {limit} AR24 accepts: spread the attachments over several letters.</translation>
    </message>
    <message>
        <source>L&apos;image « {name} » est trop grande ({pixels} millions de pixels, au-delà de {limit} millions) : réduisez-la ou numérisez la page en 300 dpi, puis joignez-la de nouveau.</source>
        <translation>The image “{name}” is too large ({pixels} million pixels, over {limit} million): shrink it or scan the page at 300 dpi, then attach it again.</translation>
    </message>
    <message>
        <source>L&apos;image « {name} » est trop grande (trop de pixels, au-delà de {limit} millions) : réduisez-la ou numérisez la page en 300 dpi, puis joignez-la de nouveau.</source>
        <translation>The image “{name}” is too large (too many pixels, over {limit} million): shrink it or scan the page at 300 dpi, then attach it again.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » contient une action automatique ({action}) qui exécuterait du code chez le destinataire : imprimez-la de nouveau en PDF (« Microsoft Print to PDF » ou équivalent) puis joignez cette version.</source>
        <translation>The attachment “{name}” contains an automatic action ({action}) that would run code on the recipient&apos;s computer: print it again to PDF (“Microsoft Print to PDF” or similar), then attach that version.</translation>
    </message>
    <message>
        <source>L&apos;image « {name} » est illisible ou endommagée : enregistrez-la de nouveau puis joignez-la.</source>
        <translation>The image “{name}” is unreadable or damaged: save it again, then attach it.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » est illisible ou endommagée : enregistrez-la de nouveau en PDF puis joignez-la.</source>
        <translation>The attachment “{name}” is unreadable or damaged: save it again as PDF, then attach it.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » est protégée par un mot de passe ou un chiffrement : joignez une version non protégée.</source>
        <translation>The attachment “{name}” is protected by a password or encryption: attach an unprotected version.</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » ne contient aucune page.</source>
        <translation>The attachment “{name}” has no page.</translation>
    </message>
    <message>
        <source>La page {page}{others} de « {name} » mesure {width} × {height} mm au lieu du format A4 ({a4_width} × {a4_height} mm).</source>
        <translation>Page {page}{others} of “{name}” measures {width} × {height} mm instead of A4 ({a4_width} × {a4_height} mm).</translation>
    </message>
    <message>
        <source>La page {page}{others} de « {name} » est en paysage : la LR papier n&apos;accepte que le format A4 portrait.</source>
        <translation>Page {page}{others} of “{name}” is landscape: the paper letter only accepts A4 portrait.</translation>
    </message>
    <message>
        <source> (et 1 autre page)</source>
        <translation> (and 1 other page)</translation>
    </message>
    <message>
        <source> (et {count} autres pages)</source>
        <translation> (and {count} other pages)</translation>
    </message>
    <message>
        <source>{size} octet</source>
        <translation>{size} byte</translation>
    </message>
    <message>
        <source>{size} octets</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size},{tenths} Mo</source>
        <translation>{size}.{tenths} MB</translation>
    </message>
    <message>
        <source>L&apos;événement {id} n&apos;existe plus : il a été supprimé depuis sa sélection.</source>
        <translation>Event {id} no longer exists: it was deleted after it was selected.</translation>
    </message>
    <message>
        <source>Courrier de l&apos;événement {event} : {problem}</source>
        <translation>Letter of event {event}: {problem}</translation>
    </message>
    <message>
        <source>La pièce jointe « {name} » n&apos;a pas pu être lue ({reason}) : vérifiez qu&apos;elle est accessible puis relancez.</source>
        <translation>The attachment “{name}” could not be read ({reason}): check that it is reachable, then try again.</translation>
    </message>
</context>
<context>
    <name>SendingProgressWindow</name>
    <message>
        <source>calcul en cours…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>Type d&apos;envoi : {type} — {count} événement(s)</source>
        <translation>Kind of sending: {type} — {count} event(s)</translation>
    </message>
    <message>
        <source>Préparation des lettres…</source>
        <translation>Preparing the letters…</translation>
    </message>
    <message>
        <source>Lettres à envoyer :</source>
        <translation>Letters to send:</translation>
    </message>
    <message>
        <source>Traitées avec succès :</source>
        <translation>Done successfully:</translation>
    </message>
    <message>
        <source>En erreur :</source>
        <translation>In error:</translation>
    </message>
    <message>
        <source>Temps restant :</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <source>Lettre en cours :</source>
        <translation>Current letter:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>LETTRES RECOMMANDEES AR24 &gt; {title}</source>
        <translation>AR24 REGISTERED LETTERS &gt; {title}</translation>
    </message>
    <message>
        <source>AVANCEMENT</source>
        <translation>PROGRESS</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Le détail ci-dessous est conservé dans le journal d&apos;audit.</source>
        <translation>The details below are kept in the audit log.</translation>
    </message>
    <message>
        <source>L&apos;envoi n&apos;a pas pu commencer :</source>
        <translation>The sending could not start:</translation>
    </message>
    <message>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Annulation : les lettres en cours de dépôt se terminent, les autres ne partiront pas.</source>
        <translation>Cancelling: the letters being uploaded are finished, the others will not be sent.</translation>
    </message>
    <message>
        <source>Envoi en AR</source>
        <translation>Registered sending</translation>
    </message>
    <message>
        <source>Reprise des envois interrompus</source>
        <translation>Resuming interrupted sending</translation>
    </message>
    <message>
        <source>{count} lettre(s) n&apos;avaient pas fini leur envoi lors de la dernière utilisation : elles sont reprises, après vérification chez AR24 de celles dont le dépôt était en cours.</source>
        <translation>{count} letter(s) had not finished sending during the last use: they are resumed, after checking with AR24 those whose upload was under way.</translation>
    </message>
    <message>
        <source>Annulées :</source>
        <translation>Cancelled:</translation>
    </message>
    <message>
        <source>Les lettres « OK » sont chez AR24 et restent envoyées ; les lettres « Annulé » n&apos;y ont jamais été déposées.</source>
        <translation>The “OK” letters are at AR24 and stay sent; the “Cancelled” letters were never deposited there.</translation>
    </message>
    <message>
        <source>Arrêter l&apos;envoi ?</source>
        <translation>Stop sending?</translation>
    </message>
    <message>
        <source>Les lettres déjà déposées chez AR24 restent envoyées ; les autres ne partiront pas et pourront être envoyées plus tard. La fenêtre affichera ensuite le compte rendu, lettre par lettre.</source>
        <translation>The letters already deposited at AR24 stay sent; the others will not leave and can be sent later. The window will then show the report, letter by letter.</translation>
    </message>
    <message>
        <source>Arrêter l&apos;envoi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Continuer l&apos;envoi</source>
        <translation>Go on sending</translation>
    </message>
</context>
<context>
    <name>SendingRules</name>
    <message>
        <source>Evénement compatible pour l&apos;envoi</source>
        <translation>Event ready to send</translation>
    </message>
    <message>
        <source>Compte AR24</source>
        <translation>AR24 account</translation>
    </message>
    <message>
        <source>{first} ; {next}</source>
        <translation>{first}; {next}</translation>
    </message>
    <message>
        <source>{comment} ({count} événements)</source>
        <translation>{comment} ({count} events)</translation>
    </message>
    <message>
        <source>{label} {code} (Entité : {entity})</source>
        <translation>{label} {code} (Entity: {entity})</translation>
    </message>
    <message>
        <source>{method} (Entité : {entity})</source>
        <translation>{method} (Entity: {entity})</translation>
    </message>
    <message>
        <source>Tiers : {name}</source>
        <translation>Third party: {name}</translation>
    </message>
    <message>
        <source>Pièce jointe : {name}</source>
        <translation>Attachment: {name}</translation>
    </message>
    <message>
        <source>Entité : {code}</source>
        <translation>Entity: {code}</translation>
    </message>
    <message>
        <source>Evénement : {label}</source>
        <translation>Event: {label}</translation>
    </message>
    <message>
        <source>Utilisateur : {login}</source>
        <translation>User: {login}</translation>
    </message>
    <message>
        <source>Adresse Email incompatible : aucune adresse renseignée</source>
        <translation>Unusable e-mail address: no address entered</translation>
    </message>
    <message>
        <source>Adresse Email incompatible : « {address} »</source>
        <translation>Unusable e-mail address: “{address}”</translation>
    </message>
    <message>
        <source>Evénement non chronoté : attribuez-lui un numéro de traitement</source>
        <translation>Event without a treatment number: give it one</translation>
    </message>
    <message>
        <source>L&apos;avis électronique est réservé aux syndicats de copropriété : choisissez la LRE qualifiée ou la LR papier pour cet événement</source>
        <translation>The electronic notice is for co-ownership syndicates only: choose the qualified LRE or the paper letter for this event</translation>
    </message>
    <message>
        <source>Convocation à l&apos;AG du {date} : la lettre suivie électronique n&apos;a pas la valeur d&apos;une lettre recommandée ; choisissez la LRE qualifiée, l&apos;avis électronique ou la LR papier</source>
        <translation>Notice of the GM of {date}: the tracked electronic letter does not count as a registered letter; choose the qualified LRE, the electronic notice or the paper letter</translation>
    </message>
    <message>
        <source>Aucun expéditeur identifié eIDAS : enregistrez la clé OTP d&apos;un expéditeur dans « Gérer les expéditeurs de lettres recommandées »</source>
        <translation>No eIDAS-identified sender: register a sender&apos;s OTP key in “Manage the registered letter senders”</translation>
    </message>
    <message>
        <source>Evénement rattaché à aucune entité : rattachez-le à l&apos;entité qui paie ce courrier</source>
        <translation>Event attached to no entity: attach it to the entity that pays for this letter</translation>
    </message>
    <message>
        <source>Aucun moyen de paiement AR24 lié à l&apos;entité {entity} : voir « Gérer les moyens de paiement pour mon compte »</source>
        <translation>No AR24 payment method linked to entity {entity}: see “Manage the payment methods of my account”</translation>
    </message>
    <message>
        <source>Le type d&apos;envoi « {type} » n&apos;est pas encore pris en charge</source>
        <translation>The send type “{type}” is not supported yet</translation>
    </message>
</context>
<context>
    <name>StatusSync</name>
    <message>
        <source>Actualisation en cours sur {seat} pour toute l&apos;agence : la liste montre ses résultats dès qu&apos;ils sont enregistrés.</source>
        <translation>Refresh under way on {seat} for the whole agency: the list shows its results as soon as they are saved.</translation>
    </message>
    <message>
        <source>Actualisation en cours sur un autre poste pour toute l&apos;agence : la liste montre ses résultats dès qu&apos;ils sont enregistrés.</source>
        <translation>Refresh under way on another workstation for the whole agency: the list shows its results as soon as they are saved.</translation>
    </message>
    <message>
        <source>Statuts déjà actualisés pour toute l&apos;agence par {seat} à {time}.</source>
        <translation>Statuses already refreshed for the whole agency by {seat} at {time}.</translation>
    </message>
    <message>
        <source>Non archivée après {attempts} essai(s) : {reason}. Elle sera redemandée à AR24 à la prochaine actualisation.</source>
        <translation>Not archived after {attempts} attempt(s): {reason}. It will be requested from AR24 again at the next refresh.</translation>
    </message>
    <message>
        <source>Non archivée après {attempts} essai(s) : {reason}. Elle sera redemandée à AR24 une fois par jour.</source>
        <translation>Not archived after {attempts} attempt(s): {reason}. It will be requested from AR24 again once a day.</translation>
    </message>
    <message>
        <source>raison inconnue</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <source>L&apos;actualisation des statuts a été interrompue à la demande : les lettres déjà vérifiées sont à jour, les autres le seront à la prochaine actualisation.</source>
        <translation>The status refresh was interrupted on request: the letters already checked are up to date, the others will be at the next refresh.</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas répondu à temps pendant l&apos;actualisation des statuts : les lettres déjà vérifiées sont à jour, les autres le seront à la prochaine actualisation.</source>
        <translation>AR24 did not answer in time during the status refresh: the letters already checked are up to date, the others will be at the next refresh.</translation>
    </message>
    <message>
        <source>AR24 a répondu par une erreur HTTP {status} pendant l&apos;actualisation des statuts : les lettres déjà vérifiées sont à jour, les autres le seront à la prochaine actualisation.</source>
        <translation>AR24 answered with HTTP error {status} during the status refresh: the letters already checked are up to date, the others will be at the next refresh.</translation>
    </message>
    <message>
        <source>La connexion avec AR24 a été coupée pendant l&apos;actualisation des statuts : les lettres déjà vérifiées sont à jour, les autres le seront à la prochaine actualisation.</source>
        <translation>The connection to AR24 was cut during the status refresh: the letters already checked are up to date, the others will be at the next refresh.</translation>
    </message>
    <message>
        <source>le document reçu n&apos;est pas une preuve ({detail})</source>
        <translation>the document received is not a proof ({detail})</translation>
    </message>
    <message>
        <source>AR24 n&apos;a pas fourni le document à temps</source>
        <translation>AR24 did not provide the document in time</translation>
    </message>
    <message>
        <source>le lien du document a répondu par une erreur HTTP {status}</source>
        <translation>the document link answered with HTTP error {status}</translation>
    </message>
    <message>
        <source>la connexion a été coupée pendant le téléchargement</source>
        <translation>the connection was cut during the download</translation>
    </message>
    <message>
        <source>{checked} lettre(s) vérifiée(s) chez AR24, {changes} changement(s) de statut, {proofs} preuve(s) archivée(s).</source>
        <translation>{checked} letter(s) checked with AR24, {changes} status change(s), {proofs} proof(s) archived.</translation>
    </message>
    <message>
        <source>{checked} lettre(s) vérifiée(s) chez AR24, {changes} changement(s) de statut, {proofs} preuve(s) archivée(s). Interrompue : un autre poste a repris l&apos;actualisation pour l&apos;agence.</source>
        <translation>{checked} letter(s) checked with AR24, {changes} status change(s), {proofs} proof(s) archived. Interrupted: another workstation took over the agency&apos;s refresh.</translation>
    </message>
    <message>
        <source>{count} preuve(s) n&apos;ont pas pu être archivées ; elles seront redemandées à AR24 lors des prochaines actualisations (les statuts des lettres sont à jour) :</source>
        <translation>{count} proof(s) could not be archived; they will be requested from AR24 again at the next refreshes (the letters&apos; statuses are up to date):</translation>
    </message>
    <message>
        <source>  • {reason} : {count} preuve(s)</source>
        <translation>  • {reason}: {count} proof(s)</translation>
    </message>
    <message>
        <source>{count} autre(s) preuve(s) n&apos;ont pas été demandées : le serveur de documents d&apos;AR24 ne répond pas correctement. Elles le seront à la prochaine actualisation.</source>
        <translation>{count} other proof(s) were not requested: AR24&apos;s document server is not answering properly. They will be at the next refresh.</translation>
    </message>
    <message>
        <source>Compte AR24 n° {account} : {error}</source>
        <translation>AR24 account no. {account}: {error}</translation>
    </message>
</context>
<context>
    <name>StoreFaults</name>
    <message>
        <source>La base de données est occupée par un autre programme ou un autre poste depuis trop longtemps : réessayez dans un instant ; si cela dure, fermez les autres fenêtres de l&apos;application.</source>
        <translation>The database has been busy with another program or workstation for too long: try again in a moment; if it lasts, close the application&apos;s other windows.</translation>
    </message>
    <message>
        <source>La base de données est en lecture seule (droits du dossier ou du fichier, support protégé) : rien n&apos;a pu être enregistré ; corrigez les droits puis relancez.</source>
        <translation>The database is read-only (folder or file permissions, protected medium): nothing could be saved; fix the permissions, then try again.</translation>
    </message>
    <message>
        <source>Le disque de la base de données est plein : libérez de la place (ou agrandissez le dossier), puis relancez ; ce qui était enregistré avant reste intact.</source>
        <translation>The database&apos;s disk is full: free some space (or enlarge the folder), then try again; what was saved before is intact.</translation>
    </message>
    <message>
        <source>Le disque de la base de données ne répond pas correctement (erreur d&apos;entrée-sortie) : vérifiez le disque ou le partage réseau, puis relancez.</source>
        <translation>The database&apos;s disk is not responding correctly (input/output error): check the disk or the network share, then try again.</translation>
    </message>
    <message>
        <source>La connexion au serveur de base de données de l&apos;agence a été perdue : vérifiez le réseau et le serveur, puis relancez.</source>
        <translation>The connection to the agency&apos;s database server was lost: check the network and the server, then try again.</translation>
    </message>
    <message>
        <source>La base de données a refusé l&apos;opération ({error}) : relancez ; si cela se répète, contactez le support.</source>
        <translation>The database refused the operation ({error}): try again; if it happens again, contact support.</translation>
    </message>
</context>
<context>
    <name>StoreMigrate</name>
    <message>
        <source>La base de données a été mise à jour par une version plus récente de l&apos;application (révision {current}, cette version connaît la révision {head}). Installez la dernière version sur ce poste avant d&apos;ouvrir cette base.</source>
        <translation>The database was upgraded by a newer version of the application (revision {current}; this version knows revision {head}). Install the latest version on this workstation before opening this database.</translation>
    </message>
    <message>
        <source>Le fichier « {path} » n&apos;est pas une base de données de cette application : il n&apos;a pas été modifié. Choisissez la base de l&apos;application ou un nouveau fichier.</source>
        <translation>The file “{path}” is not a database of this application: it was not changed. Choose the application&apos;s database or a new file.</translation>
    </message>
</context>
<context>
    <name>TiersImport</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adresse 1</source>
        <translation>Address 1</translation>
    </message>
    <message>
        <source>Adresse 2</source>
        <translation>Address 2</translation>
    </message>
    <message>
        <source>Adresse 3</source>
        <translation>Address 3</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Unit (lot)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consentement LRE</source>
        <translation>LRE consent</translation>
    </message>
    <message>
        <source>Date du consentement</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Papier demandé</source>
        <translation>Paper requested</translation>
    </message>
    <message>
        <source>Lecture du fichier</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Le fichier « {name} » ne peut pas être lu : {reason}</source>
        <translation>The file “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Le fichier « {name} » pèse {size} Mo : 50 Mo au plus. Découpez-le en plusieurs fichiers.</source>
        <translation>The file “{name}” weighs {size} MB: 50 MB at most. Split it into several files.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » ne contient que sa ligne d&apos;en-tête : aucun tiers à importer.</source>
        <translation>The file “{name}” holds only its header line: no third party to import.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <source>Encodage du fichier « {name} » inconnu : ligne {line}, caractère {column}, l&apos;octet {byte} n&apos;est lisible ni en UTF-8 ni en Windows-1252. Enregistrez-le en CSV UTF-8.</source>
        <translation>Unknown encoding of the file “{name}”: line {line}, character {column}, the byte {byte} is readable neither in UTF-8 nor in Windows-1252. Save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Ligne {line} illisible : {reason}</source>
        <translation>Line {line} unreadable: {reason}</translation>
    </message>
    <message>
        <source>Le fichier « {name} » n&apos;est pas un classeur Excel lisible (.xlsx) : {reason}</source>
        <translation>The file “{name}” is not a readable Excel workbook (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>La feuille « {sheet} » n&apos;existe pas dans « {name} » (feuilles : {sheets}).</source>
        <translation>The sheet “{sheet}” does not exist in “{name}” (sheets: {sheets}).</translation>
    </message>
    <message>
        <source>créé</source>
        <translation>created</translation>
    </message>
    <message>
        <source>mis à jour</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>consentement retiré le {date} : le fichier ne donne pas de date plus récente, il n&apos;est pas rétabli.</source>
        <translation>consent withdrawn on {date}: the file gives no later date, it is not restored.</translation>
    </message>
    <message>
        <source>consentement LRE sans adresse e-mail : non enregistré.</source>
        <translation>LRE consent without an e-mail address: not recorded.</translation>
    </message>
    <message>
        <source>Vérification des lignes</source>
        <translation>Checking the rows</translation>
    </message>
    <message>
        <source>Rapprochement des tiers</source>
        <translation>Matching the third parties</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Ligne {line}, colonne « {column} » : {reason}</source>
        <translation>Line {line}, column “{column}”: {reason}</translation>
    </message>
    <message>
        <source>Aucune colonne reconnue dans « {name} » : il faut au moins une colonne Nom ou Société (colonnes du fichier : {headers}).</source>
        <translation>No recognisable column in “{name}”: at least a Name or Company column is needed (columns of the file: {headers}).</translation>
    </message>
    <message>
        <source>Ligne {line}, colonne « {column} » : une formule (« {value} ») à la place d&apos;une valeur. Enregistrez le fichier avec les valeurs calculées, sans formules.</source>
        <translation>Line {line}, column “{column}”: a formula (“{value}”) instead of a value. Save the file with the computed values, without formulas.</translation>
    </message>
    <message>
        <source>Le code « {code} » figure deux fois dans le fichier : lignes {first} et {second} (colonne « {column} »). Un code désigne un seul tiers.</source>
        <translation>The code “{code}” appears twice in the file: lines {first} and {second} (column “{column}”). A code names one third party.</translation>
    </message>
    <message>
        <source>ni nom ni raison sociale.</source>
        <translation>neither a name nor a company name.</translation>
    </message>
    <message>
        <source>pays inconnu « {value} » (attendu : un code à deux lettres comme FR, BE).</source>
        <translation>unknown country “{value}” (expected: a two-letter code such as FR, BE).</translation>
    </message>
    <message>
        <source>{count} caractères, {limit} au plus.</source>
        <translation>{count} characters, {limit} at most.</translation>
    </message>
    <message>
        <source>entité inconnue « {value} » : créez-la d&apos;abord (Fichier › Entités).</source>
        <translation>unknown entity “{value}”: create it first (File › Entities).</translation>
    </message>
    <message>
        <source>statut « {value} » non compris : particulier retenu.</source>
        <translation>status “{value}” not understood: private individual kept.</translation>
    </message>
    <message>
        <source>adresse e-mail invalide, importée et signalée : {reason}</source>
        <translation>invalid e-mail address, imported and flagged: {reason}</translation>
    </message>
    <message>
        <source>valeur « {value} » non comprise (oui ou non) : rien n&apos;est enregistré.</source>
        <translation>value “{value}” not understood (yes or no): nothing recorded.</translation>
    </message>
    <message>
        <source>date de consentement illisible ou future « {value} » : consentement non enregistré.</source>
        <translation>unreadable or future consent date “{value}”: consent not recorded.</translation>
    </message>
    <message>
        <source>caractère invisible interdit ({code}) : corrigez la cellule dans le fichier.</source>
        <translation>forbidden invisible character ({code}): correct the cell in the file.</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>TiersImportWizard</name>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Importer des tiers</source>
        <translation>Import third parties</translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fichier CSV ou Excel (.xlsx) exporté de votre logiciel</source>
        <translation>CSV or Excel (.xlsx) file exported from your software</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>CSV (séparateur et encodage reconnus : UTF-8, Windows-1252) ou classeur Excel. La première ligne porte les noms des colonnes. Un tiers est reconnu par son code ; sans code, par son e-mail et son nom ensemble. Importer deux fois le même fichier ne change rien.</source>
        <translation>CSV (separator and encoding recognised: UTF-8, Windows-1252) or Excel workbook. The first line holds the column names. A third party is recognised by its code; without a code, by its e-mail and name together. Importing the same file twice changes nothing.</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Colonne du fichier</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Exemples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Champ du tiers</source>
        <translation>Third-party field</translation>
    </message>
    <message>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Aperçu des premières lignes</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Enregistrer le rapport…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>Import et rapport</source>
        <translation>Import and report</translation>
    </message>
    <message>
        <source>IMPORTER DES TIERS &gt; 1. Fichier</source>
        <translation>IMPORT THIRD PARTIES &gt; 1. File</translation>
    </message>
    <message>
        <source>IMPORTER DES TIERS &gt; 2. Colonnes et aperçu</source>
        <translation>IMPORT THIRD PARTIES &gt; 2. Columns and preview</translation>
    </message>
    <message>
        <source>IMPORTER DES TIERS &gt; 3. Import et rapport</source>
        <translation>IMPORT THIRD PARTIES &gt; 3. Import and report</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fichier de tiers</source>
        <translation>Third-party file</translation>
    </message>
    <message>
        <source>Tiers (*.csv *.txt *.xlsx)</source>
        <translation>Third parties (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Lecture de {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>encodage {encoding}, séparateur « {separator} »</source>
        <translation>encoding {encoding}, separator “{separator}”</translation>
    </message>
    <message>
        <source>feuille « {sheet} »</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>{name} : {rows} ligne(s), {columns} colonne(s) ; {detail}.</source>
        <translation>{name}: {rows} row(s), {columns} column(s); {detail}.</translation>
    </message>
    <message>
        <source>— ne pas importer —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>{shown} première(s) ligne(s) sur {total} : {created} à créer, {updated} à mettre à jour, {unchanged} inchangée(s), {refused} refusée(s).</source>
        <translation>First {shown} row(s) of {total}: {created} to create, {updated} to update, {unchanged} unchanged, {refused} refused.</translation>
    </message>
    <message>
        <source>Import de {name} en cours…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Import annulé : aucun tiers n&apos;a été enregistré.</source>
        <translation>Import cancelled: no third party was saved.</translation>
    </message>
    <message>
        <source>Fichier refusé, aucun tiers n&apos;a été enregistré.</source>
        <translation>File refused, no third party was saved.</translation>
    </message>
    <message>
        <source>L&apos;import a échoué, aucun tiers n&apos;a été enregistré.</source>
        <translation>The import failed, no third party was saved.</translation>
    </message>
    <message>
        <source>Import de {name} terminé.</source>
        <translation>Import of {name} finished.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{created}&lt;/b&gt; tiers créé(s), &lt;b&gt;{updated}&lt;/b&gt; mis à jour, {unchanged} inchangé(s), &lt;b&gt;{refused}&lt;/b&gt; ligne(s) refusée(s), {warnings} avertissement(s) ; {consents} consentement(s) LRE enregistré(s) avec l&apos;empreinte du fichier.</source>
        <translation>&lt;b&gt;{created}&lt;/b&gt; third party(ies) created, &lt;b&gt;{updated}&lt;/b&gt; updated, {unchanged} unchanged, &lt;b&gt;{refused}&lt;/b&gt; row(s) refused, {warnings} warning(s); {consents} LRE consent(s) recorded with the file&apos;s fingerprint.</translation>
    </message>
    <message>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TiersListWindow</name>
    <message>
        <source>Liste des tiers</source>
        <translation>Third parties list</translation>
    </message>
    <message>
        <source>Consentement LRE</source>
        <translation>LRE consent</translation>
    </message>
    <message>
        <source>Ajouter accord de consentement LRE</source>
        <translation>Add LRE consent</translation>
    </message>
    <message>
        <source>Retirer accord de consentement LRE</source>
        <translation>Withdraw LRE consent</translation>
    </message>
    <message>
        <source>MAJ accord de consentement LRE</source>
        <translation>Update LRE consents from AR24</translation>
    </message>
    <message>
        <source>Demander le consentement</source>
        <translation>Request consent</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier</source>
        <translation>Paper mail request</translation>
    </message>
    <message>
        <source>Enregistrer la demande d&apos;envoi papier</source>
        <translation>Record the paper mail request</translation>
    </message>
    <message>
        <source>Lever la demande d&apos;envoi papier</source>
        <translation>Lift the paper mail request</translation>
    </message>
    <message>
        <source>Attribuer…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Sélectionnez d&apos;abord un ou plusieurs tiers.</source>
        <translation>Select one or more third parties first.</translation>
    </message>
    <message>
        <source>Accord de consentement ajouté : {count} tiers modifié(s)</source>
        <translation>Consent added: {count} third part(ies) changed</translation>
    </message>
    <message>
        <source>Accord de consentement retiré : {count} tiers modifié(s)</source>
        <translation>Consent withdrawn: {count} third part(ies) changed</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier enregistrée : {count} tiers modifié(s)</source>
        <translation>Paper mail request recorded: {count} third part(ies) changed</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier levée : {count} tiers modifié(s)</source>
        <translation>Paper mail request lifted: {count} third part(ies) changed</translation>
    </message>
    <message>
        <source>{title} en cours…</source>
        <translation>{title} in progress…</translation>
    </message>
    <message>
        <source>{title} : échec</source>
        <translation>{title}: failed</translation>
    </message>
    <message>
        <source>Mise à jour des consentements</source>
        <translation>Consent update</translation>
    </message>
    <message>
        <source>Mise à jour des consentements : {count} tiers modifié(s)</source>
        <translation>Consent update: {count} third part(ies) changed</translation>
    </message>
    <message>
        <source>Demande de consentement</source>
        <translation>Consent request</translation>
    </message>
    <message>
        <source>{count} demande(s) de consentement envoyée(s) à AR24.</source>
        <translation>{count} consent request(s) sent to AR24.</translation>
    </message>
    <message>
        <source>Nouveau courrier…</source>
        <translation>New letter…</translation>
    </message>
    <message>
        <source>Nouveau tiers…</source>
        <translation>New third party…</translation>
    </message>
    <message>
        <source>Archiver…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archiver {count} tiers ? Ils quittent la liste ; leurs lettres, leurs preuves et l&apos;historique de leur consentement sont conservés.</source>
        <translation>Archive {count} third party(ies)? They leave the list; their letters, proofs and consent history are kept.</translation>
    </message>
    <message>
        <source>{count} tiers archivé(s)</source>
        <translation>{count} third party(ies) archived</translation>
    </message>
</context>
<context>
    <name>TiersPickerDialog</name>
    <message>
        <source>Ajouter des destinataires</source>
        <translation>Add recipients</translation>
    </message>
    <message>
        <source>Rechercher (code, nom, société, e-mail)</source>
        <translation>Search (code, name, company, e-mail)</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TiersRecordDialog</name>
    <message>
        <source>Fiche tiers modifiée</source>
        <translation>Third-party record modified</translation>
    </message>
    <message>
        <source>Enregistrer les modifications de cette fiche ?</source>
        <translation>Save the changes to this record?</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Accord de consentement donné</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Accord de consentement retiré</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Consentement refusé</source>
        <translation>Consent refused</translation>
    </message>
    <message>
        <source>Consentement demandé à AR24</source>
        <translation>Consent requested from AR24</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier</source>
        <translation>Paper mail request</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier levée</source>
        <translation>Paper mail request lifted</translation>
    </message>
    <message>
        <source>Manuel</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Demande du copropriétaire</source>
        <translation>Co-owner&apos;s request</translation>
    </message>
    <message>
        <source>Madame</source>
        <translation>Mrs</translation>
    </message>
    <message>
        <source>Monsieur</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Indivision</source>
        <translation>Joint ownership</translation>
    </message>
    <message>
        <source>Maître</source>
        <translation>Maître (lawyer)</translation>
    </message>
    <message>
        <source>copropriétaire</source>
        <translation>co-owner</translation>
    </message>
    <message>
        <source>locataire</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>bailleur</source>
        <translation>landlord</translation>
    </message>
    <message>
        <source>fournisseur</source>
        <translation>supplier</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Changement</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>particulier</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>professionnel</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Fiche tiers - {code} {name}</source>
        <translation>Third party record - {code} {name}</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Adresse postale</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Cette fiche a été modifiée entre-temps (sur un autre poste ou dans une autre fenêtre). Vos changements n&apos;ont pas été enregistrés : rouvrez la fiche pour repartir de la version à jour.</source>
        <translation>This record was changed in the meantime (on another workstation or in another window). Your changes were not saved: reopen the record to start again from the current version.</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : il manque l&apos;adresse.</source>
        <translation>Incomplete postal address: the address is missing.</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : il manque le code postal.</source>
        <translation>Incomplete postal address: the postcode is missing.</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : il manque la ville.</source>
        <translation>Incomplete postal address: the city is missing.</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : il manque l&apos;adresse, le code postal.</source>
        <translation>Incomplete postal address: the address and the postcode are missing.</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : il manque l&apos;adresse, la ville.</source>
        <translation>Incomplete postal address: the address and the city are missing.</translation>
    </message>
    <message>
        <source>Adresse postale incomplète : il manque le code postal, la ville.</source>
        <translation>Incomplete postal address: the postcode and the city are missing.</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Complément</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Complément 2</source>
        <translation>Address line 3</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Email de consentement</source>
        <translation>Consent email</translation>
    </message>
    <message>
        <source>Indiquez un nom ou une raison sociale.</source>
        <translation>Enter a name or a company name.</translation>
    </message>
    <message>
        <source>Un tiers professionnel doit avoir une raison sociale.</source>
        <translation>A professional third party must have a company name.</translation>
    </message>
    <message>
        <source>L&apos;accord de consentement LRE demande une adresse e-mail.</source>
        <translation>The LRE consent needs an e-mail address.</translation>
    </message>
    <message>
        <source>{label} : {count} caractères, {limit} au plus sur une enveloppe.</source>
        <translation>{label}: {count} characters, {limit} at most on an envelope.</translation>
    </message>
    <message>
        <source>Le code postal « {code} » doit compter 5 chiffres.</source>
        <translation>The postcode “{code}” must have 5 digits.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Accord de consentement</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Demande d&apos;envoi papier (copropriétaire)</source>
        <translation>Paper mail requested (co-owner)</translation>
    </message>
    <message>
        <source>Régime : {regime}</source>
        <translation>Rules: {regime}</translation>
    </message>
    <message>
        <source>Demande de consentement envoyée à AR24 : en attente de réponse</source>
        <translation>Consent request sent to AR24: awaiting the answer</translation>
    </message>
    <message>
        <source>LRE</source>
        <translation>LRE (electronic registered letter)</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Historique du consentement</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>Import de fichier</source>
        <translation>File import</translation>
    </message>
</context>
<context>
    <name>TiersRecords</name>
    <message>
        <source>Code : {count} caractères, {limit} au plus.</source>
        <translation>Code: {count} characters, {limit} at most.</translation>
    </message>
    <message>
        <source>Le code « {code} » est déjà pris.</source>
        <translation>The code “{code}” is already taken.</translation>
    </message>
</context>
<context>
    <name>UserRecordDialog</name>
    <message>
        <source>Fiche utilisateur - {login} {name}</source>
        <translation>User record - {login} {name}</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>UTILISATEUR {login} &gt; Préférences</source>
        <translation>USER {login} &gt; Preferences</translation>
    </message>
</context>
<context>
    <name>UsersListWindow</name>
    <message>
        <source>Non lié</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Autorisation en attente</source>
        <translation>Authorisation pending</translation>
    </message>
    <message>
        <source>Lié</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
</context>
</TS>
