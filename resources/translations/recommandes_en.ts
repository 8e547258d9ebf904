<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
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
</context>
<context>
    <name>ConsentModel</name>
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
        <source>Organiseur - lettres recommandées AR24 (LRE qualifiée eIDAS, avis électronique, LR papier)</source>
        <translation>Organiser - AR24 registered letters (qualified eIDAS LRE, electronic notice, paper registered letter)</translation>
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
        <source>Expéditeurs eIDAS identifiés : {count} / 2 au plus</source>
        <translation>eIDAS-identified senders: {count} / 2 at most</translation>
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
</context>
<context>
    <name>PlaceholderWindow</name>
    <message>
        <source>&lt;b&gt;Cet écran arrive dans une prochaine version.&lt;/b&gt; Il contiendra :</source>
        <translation>&lt;b&gt;This screen comes in a next version.&lt;/b&gt; It will hold:</translation>
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
        <source>les lettres envoyées à AR24 avec les colonnes Date, Numéro, Type, Statut, Emetteur, Emetteur email, Destinataire, Destinataire email, Date dépôt, Date d&apos;envoi, Date d&apos;AR ;</source>
        <translation>the letters sent to AR24 with the columns Date, Number, Type, Status, Sender, Sender email, Recipient, Recipient email, Deposit date, Sending date, Acknowledgement date;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Rechercher&lt;/i&gt; (lettres des autres utilisateurs, plage de dates, filtres) ;</source>
        <translation>&lt;i&gt;Search&lt;/i&gt; (letters of other users, date range, filters);</translation>
    </message>
    <message>
        <source>&lt;i&gt;Consulter mes AR en attente de validation OTP&lt;/i&gt; : validation par lot avec un seul code ;</source>
        <translation>&lt;i&gt;My letters awaiting OTP validation&lt;/i&gt;: batch validation with a single code;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Gérer les moyens de paiement pour mon compte&lt;/i&gt; : un moyen de paiement AR24 par entité ;</source>
        <translation>&lt;i&gt;Manage the payment methods of my account&lt;/i&gt;: one AR24 payment method per entity;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Mise à jour des consentements&lt;/i&gt; ;</source>
        <translation>&lt;i&gt;Update the consents&lt;/i&gt;;</translation>
    </message>
    <message>
        <source>les preuves (dépôt, réception, refus, non-réclamation, non-distribution) archivées localement.</source>
        <translation>the proofs (deposit, receipt, refusal, non-claim, non-delivery) archived locally.</translation>
    </message>
    <message>
        <source>Utilisateur {login} - Préférences</source>
        <translation>User {login} - Preferences</translation>
    </message>
    <message>
        <source>PREFERENCES &gt; Compte AR24</source>
        <translation>PREFERENCES &gt; AR24 account</translation>
    </message>
    <message>
        <source>le cadre &lt;i&gt;Compte AR24&lt;/i&gt; : e-mail, mot de passe (rangé dans le trousseau du système) et le bouton &lt;i&gt;Autoriser le compte&lt;/i&gt; ;</source>
        <translation>the &lt;i&gt;AR24 account&lt;/i&gt; frame: e-mail, password (kept in the system keyring) and the &lt;i&gt;Authorise the account&lt;/i&gt; button;</translation>
    </message>
    <message>
        <source>l&apos;état du lien avec AR24 : non lié, autorisation en attente, lié ;</source>
        <translation>the state of the link with AR24: not linked, authorisation pending, linked;</translation>
    </message>
    <message>
        <source>l&apos;environnement AR24 : Démo locale, Sandbox AR24, Production AR24 ;</source>
        <translation>the AR24 environment: local demo, AR24 sandbox, AR24 production;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Gérer les expéditeurs de lettres recommandées&lt;/i&gt; (2 au plus) et leur clé OTP ;</source>
        <translation>&lt;i&gt;Manage the senders of registered letters&lt;/i&gt; (2 at most) and their OTP key;</translation>
    </message>
    <message>
        <source>le bouton &lt;i&gt;Tester la connexion&lt;/i&gt;.</source>
        <translation>the &lt;i&gt;Test the connection&lt;/i&gt; button.</translation>
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
</context>
<context>
    <name>TiersRecordDialog</name>
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
<context>
    <name>main</name>
    <message>
        <source>Base de données trop récente</source>
        <translation>Database too recent</translation>
    </message>
</context>
</TS>
