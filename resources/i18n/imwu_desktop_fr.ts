<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name></name>
    <message>
        <location filename="../../imwu_desktop/gui/domain_access.py" line="+33"/>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+116"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has problems</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+1"/>
        <source>Legal name</source>
        <translation>Dénomination sociale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business number</source>
        <translation>Numéro d&apos;entreprise (NE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees in Canada / abroad</source>
        <translation>Employés au Canada / à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/domain_access.py" line="-14"/>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+3"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UCI</source>
        <translation>IUC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/domain_access.py" line="+1"/>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+3"/>
        <source>Job</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+1"/>
        <source>Title</source>
        <translation>Titre du poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOC</source>
        <translation>CNP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duties</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Études</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensing</source>
        <translation>Permis d&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/domain_access.py" line="+1"/>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+2"/>
        <source>Exemption</source>
        <translation>Dispense</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/domain_access.py" line="+1"/>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="+3"/>
        <source>Attached</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/about.py" line="+33"/>
        <source>not available</source>
        <extracomment>Used only when the IMWU data file cannot be read.</extracomment>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>IMWU Desktop</source>
        <translation>IMWU Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemption codes as of</source>
        <translation>Codes de dispense à jour au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries as of</source>
        <translation>Pays à jour au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMWU information as of</source>
        <translation>Renseignements sur l&apos;UMIT à jour au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This app helps prepare a request; only IRCC&apos;s officers decide. Check the official pages before relying on a code.</source>
        <translation>Cette application aide à préparer une demande; seuls les agents d&apos;IRCC décident. Consultez les pages officielles avant de vous fier à un code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case files (suggested folder)</source>
        <translation>Fichiers de dossier (emplacement suggéré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and employer profile</source>
        <translation>Paramètres et profil d&apos;employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave copies and recent cases</source>
        <translation>Copies enregistrées automatiquement et dossiers récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are kept only in the system keyring.</source>
        <translation>Les mots de passe ne sont conservés que dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About IMWU Desktop</source>
        <translation>À propos d&apos;IMWU Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where files are kept</source>
        <translation>Emplacement des fichiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The diagnostic report is on the clipboard: paste it into your message. It holds no passwords and no personal data.</source>
        <translation>Le rapport de diagnostic est dans le presse-papiers&#xa0;: collez-le dans votre message. Il ne contient aucun mot de passe ni aucun renseignement personnel.</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/mrz_fill.py" line="+40"/>
        <source>Filled in, but check these parts: {0}</source>
        <translation>Rempli, mais vérifiez ces éléments&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in from the MRZ; check the names&apos; accents and the date of issue.</source>
        <translation>Rempli à partir de la ZLA; vérifiez les accents des noms et la date de délivrance.</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/pdf_preview.py" line="+54"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The document {name} could not be shown; build the documents again.</source>
        <translation>Le document {name} n&apos;a pas pu être affiché; produisez les documents de nouveau.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/printing.py" line="+63"/>
        <source>The document {name} was not found; build the documents again.</source>
        <extracomment>Pages are rendered at most at this resolution: enough for text and scans, and a 1200-dpi printer does not need a 500 MB image per page.</extracomment>
        <translation>Le document {name} est introuvable; produisez les documents de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document {name} could not be opened for printing; build the documents again.</source>
        <translation>Le document {name} n&apos;a pas pu être ouvert pour l&apos;impression; produisez les documents de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer could not be started; check that it is connected and switched on, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer; vérifiez qu&apos;elle est branchée et allumée, puis réessayez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer reported an error; check it and try again.</source>
        <translation>L&apos;imprimante a signalé une erreur; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page {page} could not be drawn; build the documents again.</source>
        <translation>La page {page} n&apos;a pas pu être rendue; produisez les documents de nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder {folder} does not exist; choose another folder.</source>
        <translation>Le dossier {folder} n&apos;existe pas; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer “{name}” is not available on this computer; choose another printer.</source>
        <translation>L&apos;imprimante «&#xa0;{name}&#xa0;» n&apos;est pas disponible sur cet ordinateur; choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>No printer is set up on this computer; add a printer in the system settings, or save the PDF and print it elsewhere.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur; ajoutez-en une dans les paramètres du système, ou enregistrez le PDF et imprimez-le ailleurs.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The paper size {size} is not supported; choose Letter or A4.</source>
        <translation>Le format de papier {size} n&apos;est pas pris en charge; choisissez Lettre ou A4.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <location line="+32"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Print {name}</source>
        <translation>Imprimer {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/mrz_confirm_dialog.py" line="+59"/>
        <source>Check the passport&apos;s values</source>
        <extracomment>worker fields in the order shown, with their labels</extracomment>
        <translation>Vérifier les valeurs du passeport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare each value with the printed passport page. Tick the ones to copy into the worker&apos;s details; unticked values are left as typed.</source>
        <translation>Comparez chaque valeur avec la page imprimée du passeport. Cochez celles à copier dans les renseignements du travailleur; les valeurs non cochées restent telles qu&apos;elles ont été tapées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the passport</source>
        <translation>Dans le passeport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed now</source>
        <translation>Tapé actuellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Use this</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Use this: {0}</source>
        <translation>Utiliser&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the passport: {0}. Typed now: {1}.</source>
        <translation>Dans le passeport&#xa0;: {0}. Tapé actuellement&#xa0;: {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not read clearly enough to propose: {0}. Type them from the printed page.</source>
        <translation>Lecture pas assez claire pour proposer&#xa0;: {0}. Tapez ces valeurs à partir de la page imprimée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the ticked values</source>
        <translation>Utiliser les valeurs cochées</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../imwu_desktop/gui/account_box.py" line="+52"/>
        <source>Your email account</source>
        <translation>Votre compte de courriel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (habituellement le port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (habituellement le port 465)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember the password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only for servers with their own certificate</source>
        <translation>seulement pour les serveurs qui ont leur propre certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved account:</source>
        <translation>Compte enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your email (From):</source>
        <translation>Votre courriel (De)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA file:</source>
        <translation>Fichier d&apos;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved account</source>
        <translation>Compte enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server</source>
        <translation>Serveur de courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your email (From)</source>
        <translation>Votre courriel (De)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted CA file</source>
        <translation>Fichier d&apos;AC de confiance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An email account you saved before, or New account to enter one.</source>
        <translation>Un compte de courriel enregistré auparavant, ou Nouveau compte pour en saisir un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email provider; choosing one fills in the server settings.</source>
        <translation>Votre fournisseur de courriel; le choisir remplit les paramètres du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name of your provider&apos;s outgoing (SMTP) mail server.</source>
        <translation>Le nom du serveur de courriel sortant (SMTP) de votre fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number: usually 587 with STARTTLS, 465 with SSL/TLS.</source>
        <translation>Un nombre&#xa0;: habituellement 587 avec STARTTLS, 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the connection to the server is encrypted, as your provider says.</source>
        <translation>Le chiffrement de la connexion au serveur, selon les indications de votre fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address the request is sent from, like name@example.com.</source>
        <translation>L&apos;adresse d&apos;où la demande est envoyée, comme nom@exemple.ca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, as the sender of the message.</source>
        <translation>Votre nom, comme expéditeur du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name for the mail server, usually your full email address.</source>
        <translation>Le nom d&apos;utilisateur pour le serveur de courriel, habituellement votre adresse courriel complète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of your email account; it is saved only in the system keyring, if you tick the box below.</source>
        <translation>Le mot de passe de votre compte de courriel; il n&apos;est enregistré que dans le trousseau du système, si vous cochez la case ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise the password is kept only until you close the app.</source>
        <translation>Sinon, le mot de passe n&apos;est gardé que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with its own certificate: the certificate file (.pem, .crt or .cer) to trust.</source>
        <translation>Seulement pour un serveur qui a son propre certificat&#xa0;: le fichier de certificat (.pem, .crt ou .cer) auquel se fier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>saved in the system keyring</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificate of your mail server</source>
        <translation>Certificat de votre serveur de courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The password is saved in the system keyring.</source>
        <translation>Le mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>BrokenPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/broken.py" line="+17"/>
        <source>This step could not be shown because of an internal error; your case is safe. Save it and report the problem (the log file has the details).</source>
        <translation>Cette étape n&apos;a pas pu être affichée à cause d&apos;une erreur interne; votre dossier est en sécurité. Enregistrez-le et signalez le problème (le fichier journal contient les détails).</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../imwu_desktop/gui/case_list.py" line="+300"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker, code, status, date…</source>
        <translation>Travailleur, code, état, date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Chercher des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the cases containing this text.</source>
        <translation>N&apos;affiche que les dossiers qui contiennent ce texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;dossiers archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived cases</source>
        <translation>Afficher les dossiers archivés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only follow-ups d&amp;ue</source>
        <translation>Seu&amp;lement les suivis à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only cases whose follow-up is due</source>
        <translation>N&apos;afficher que les dossiers dont le suivi est à faire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to open the selected case; the context menu has more actions.</source>
        <translation>Appuyez sur Entrée pour ouvrir le dossier sélectionné; le menu contextuel offre d&apos;autres actions.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Op&amp;en</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Arch&amp;ive</source>
        <translation>Archiv&amp;er</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Record o&amp;pinion…</source>
        <translation>Consigner l&apos;a&amp;vis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case for another &amp;worker</source>
        <translation>Nouveau dossier pour un autre &amp;travailleur</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Unarch&amp;ive</source>
        <translation>Désarchiv&amp;er</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Archived.</source>
        <translation>Archivé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back in the list.</source>
        <translation>De retour dans la liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opinion recorded.</source>
        <translation>Avis consigné.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The case file could not be changed ({0}); try again.</source>
        <translation>Le fichier du dossier n&apos;a pas pu être modifié ({0}); réessayez.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location line="-395"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>Suivi prévu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion received</source>
        <translation>Avis reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} – follow up now</source>
        <translation>{0} – faites un suivi maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positive</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Défavorable</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../imwu_desktop/gui/widgets/pickers.py" line="+47"/>
        <source>Not set</source>
        <extracomment>The date shown as &quot;Not set&quot; (the minimum of the editor, never a real answer)</extracomment>
        <translation>Non précisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this date (not set)</source>
        <translation>Effacer cette date (non précisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/documents.py" line="+47"/>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} kB</source>
        <translation>{0} ko</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the documents IMWU needs for the chosen exemption. Click Attach or drop files on a row. Everything must fit in one email of at most 4 MB.</source>
        <translation>Joignez les documents dont l&apos;UMIT a besoin pour la dispense choisie. Cliquez sur Joindre ou déposez les fichiers sur une ligne. Le tout doit tenir dans un seul courriel d&apos;au plus 4 Mo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email size:</source>
        <translation>Taille du courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email size against the 4 MB limit</source>
        <translation>Taille du courriel par rapport à la limite de 4 Mo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if it applies</source>
        <translation>s&apos;il y a lieu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by the app</source>
        <translation>Produit par l&apos;application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+13"/>
        <source>Measuring the e-mail as it will be sent…</source>
        <translation>Mesure du courriel tel qu&apos;il sera envoyé…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exact size of the e-mail as it will be sent, letters included, with the scans reduced where needed.</source>
        <translation>Taille exacte du courriel tel qu&apos;il sera envoyé, lettres comprises, avec les numérisations réduites au besoin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail could not be measured: {0}</source>
        <translation>Le courriel n&apos;a pas pu être mesuré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Too big for one email: remove or shrink files.</source>
        <translation type="vanished">Trop volumineux pour un seul courriel&#xa0;: retirez des fichiers ou réduisez leur taille.</translation>
    </message>
    <message>
        <source>Exact size of the email with these documents.</source>
        <translation type="vanished">Taille exacte du courriel avec ces documents.</translation>
    </message>
    <message>
        <source>Total size of the attached files; the email will be about a third larger once encoded.</source>
        <translation type="vanished">Taille totale des fichiers joints; une fois encodé, le courriel sera environ un tiers plus gros.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is this document? (for example: proof of employment abroad)</source>
        <translation>De quel document s&apos;agit-il? (par exemple&#xa0;: preuve d&apos;emploi à l&apos;étranger)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be attached: {0}</source>
        <translation>Le fichier n&apos;a pas pu être joint&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace document</source>
        <translation>Remplacer le document</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/i18n_extra.py" line="+22"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a file for {0}</source>
        <translation>Joindre un fichier pour {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/eligibility.py" line="+24"/>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMWU gives opinions only for workers who are outside Canada, do not need a visa to travel here, and can apply for their work permit at a port of entry. Answer these questions first.</source>
        <translation>L&apos;UMIT ne donne des avis que pour les travailleurs qui sont à l&apos;extérieur du Canada, qui n&apos;ont pas besoin de visa pour y venir et qui peuvent demander leur permis de travail à un point d&apos;entrée (PDE). Répondez d&apos;abord à ces questions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questions about the worker</source>
        <translation>Questions sur le travailleur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the worker in &amp;Canada now?</source>
        <translation>Le travailleur est-il au &amp;Canada en ce moment?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMWU gives opinions only for workers who are outside Canada.</source>
        <translation>L&apos;UMIT ne donne d&apos;avis que pour les travailleurs qui sont à l&apos;extérieur du Canada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If yes, e&amp;xplain:</source>
        <translation>Si oui, e&amp;xpliquez&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the worker is in Canada and with which status.</source>
        <translation>Pourquoi le travailleur est au Canada et avec quel statut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ci&amp;tizenship:</source>
        <translation>Ci&amp;toyenneté&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country of the worker&apos;s passport.</source>
        <translation>Le pays du passeport du travailleur.</translation>
    </message>
    <message>
        <source>The country of the worker&apos;s passport. Type to search.</source>
        <translation type="vanished">Le pays du passeport du travailleur. Tapez pour chercher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the worker already hold a Canadian &amp;work permit?</source>
        <translation>Le travailleur a-t-il déjà un &amp;permis de travail canadien?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMWU does not give opinions for a worker who already holds a valid Canadian work permit.</source>
        <translation>L&apos;UMIT ne donne pas d&apos;avis pour un travailleur qui détient déjà un permis de travail canadien valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is a work permit &amp;application pending?</source>
        <translation>Une &amp;demande de permis de travail est-elle en cours?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes if a work permit application was already submitted or is waiting for a decision; IMWU does not give opinions then.</source>
        <translation>Oui si une demande de permis de travail a déjà été présentée ou attend une décision; l&apos;UMIT ne donne alors pas d&apos;avis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the worker coming with International Experience Canada (&amp;IEC)?</source>
        <translation>Le travailleur vient-il avec Expérience &amp;internationale Canada (EIC)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IEC participants cannot apply for their work permit at a port of entry (only US nationals can).</source>
        <translation>Les participants d&apos;EIC ne peuvent pas demander leur permis de travail à un point d&apos;entrée (sauf les ressortissants des États-Unis).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the job need a &amp;medical exam?</source>
        <translation>L&apos;emploi exige-t-il un examen &amp;médical?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example jobs in health care, child care or primary schools, or after six months in some countries.</source>
        <translation>Par exemple, les emplois en santé, en garde d&apos;enfants ou dans les écoles primaires, ou après un séjour de six mois dans certains pays.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If so, does the worker have the medical exam c&amp;ertificate?</source>
        <translation>Si oui, le travailleur a-t-il le certi&amp;ficat d&apos;examen médical?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without the medical certificate, the worker cannot apply at a port of entry.</source>
        <translation>Sans le certificat médical, le travailleur ne peut pas présenter sa demande à un point d&apos;entrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seasonal agricultural jobs cannot use IMWU&apos;s service.</source>
        <translation>Les emplois agricoles saisonniers ne peuvent pas passer par le service de l&apos;UMIT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has the worker ever been charged with or c&amp;onvicted of a crime?</source>
        <translation>Le travailleur a-t-il déjà été accusé ou reconnu coupable d&apos;un c&amp;rime?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The IMM 5686 form asks this, for any crime or offence in any country.</source>
        <translation>Le formulaire IMM 5686 pose cette question, pour tout crime ou toute infraction dans n&apos;importe quel pays.</translation>
    </message>
    <message>
        <source>If so, does the worker have the medical e&amp;xam certificate?</source>
        <translation type="vanished">Si oui, le travailleur a-t-il le certi&amp;ficat d&apos;examen médical?</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Is it &amp;seasonal agricultural work?</source>
        <translation>S&apos;agit-il de travail agricole &amp;saisonnier?</translation>
    </message>
    <message>
        <source>Has the worker ever been charged with or con&amp;victed of a crime?</source>
        <translation type="vanished">Le travailleur a-t-il déjà été accusé ou reconnu coupable d&apos;un c&amp;rime?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answers could not be checked.</source>
        <translation>Les réponses n&apos;ont pas pu être vérifiées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eligible: IMWU can give an opinion for this worker.</source>
        <translation>Admissible&#xa0;: l&apos;UMIT peut donner un avis pour ce travailleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible: this request cannot be sent to IMWU.</source>
        <translation>Non admissible&#xa0;: cette demande ne peut pas être envoyée à l&apos;UMIT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention: answer or check the points below.</source>
        <translation>À vérifier&#xa0;: répondez aux points ci-dessous ou vérifiez-les.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Way forward:</source>
        <translation>Marche à suivre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/employer.py" line="+42"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business that will employ the worker in Canada, as registered with the Canada Revenue Agency. Save it once as your employer profile to reuse it.</source>
        <translation>L&apos;entreprise qui emploiera le travailleur au Canada, telle qu&apos;elle est inscrite auprès de l&apos;Agence du revenu du Canada. Enregistrez-la une fois comme profil d&apos;employeur pour la réutiliser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use my saved employer profile</source>
        <translation>&amp;Utiliser mon profil d&apos;employeur enregistré</translation>
    </message>
    <message>
        <source>Sa&amp;ve as my employer profile</source>
        <translation type="vanished">Enre&amp;gistrer comme mon profil d&apos;employeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as my employer prof&amp;ile</source>
        <translation>Enre&amp;gistrer comme mon profil d&apos;employeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Dénomination sociale&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the business&apos;s legal name.</source>
        <translation>Entrez la dénomination sociale de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name registered with the Canada Revenue Agency.</source>
        <translation>Le nom inscrit auprès de l&apos;Agence du revenu du Canada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Operating name:</source>
        <translation>N&amp;om commercial&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name the business uses day to day, if different.</source>
        <translation>Le nom que l&apos;entreprise utilise au quotidien, s&apos;il est différent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Business number:</source>
        <translation>Numéro d&apos;&amp;entreprise (NE)&#xa0;:</translation>
    </message>
    <message>
        <source>The 9-digit CRA business number.</source>
        <translation type="vanished">Le numéro d&apos;entreprise de 9 chiffres attribué par l&apos;ARC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;Web&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employees in &amp;Canada:</source>
        <translation>Employés au Ca&amp;nada&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Employees &amp;abroad:</source>
        <translation>Employés à l&apos;étr&amp;anger&#xa0;:</translation>
    </message>
    <message>
        <source>Employees of the same company group outside Canada.</source>
        <translation type="vanished">Employés du même groupe d&apos;entreprises à l&apos;extérieur du Canada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business ac&amp;tivity:</source>
        <translation>Act&amp;ivité de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the business does, in one or two sentences.</source>
        <translation>Ce que fait l&apos;entreprise, en une ou deux phrases.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address in Canada</source>
        <translation>Adresse au Canada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Street:</source>
        <translation>&amp;Rue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rovince or territory:</source>
        <translation>&amp;Province ou territoire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal co&amp;de:</source>
        <translation>Code posta&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Canadian postal code, like M5H 2N2.</source>
        <translation type="vanished">Code postal canadien, par exemple M5H 2N2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact person</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the contact person&apos;s name.</source>
        <translation>Entrez le nom de la personne-ressource.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phon&amp;e:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A representative sends this re&amp;quest for the employer</source>
        <translation>Un repré&amp;sentant envoie cette demande pour l&apos;employeur</translation>
    </message>
    <message>
        <source>Job titl&amp;e:</source>
        <translation type="vanished">&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>E&amp;mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMWU replies to this address.</source>
        <translation>L&apos;UMIT répond à cette adresse.</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="vanished">Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>A re&amp;presentative sends this request for the employer</source>
        <translation type="vanished">Un repré&amp;sentant envoie cette demande pour l&apos;employeur</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The CRA business number: 9 digits (for example 123456782), optionally followed by a program account such as RT 0001.</source>
        <translation>Le numéro d&apos;entreprise de l&apos;ARC&#xa0;: 9 chiffres (p. ex. 123456782), éventuellement suivis d&apos;un compte de programme comme RT 0001.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The business&apos;s website address, starting with https://, if it has one.</source>
        <translation>L&apos;adresse du site Web de l&apos;entreprise, qui commence par https://, s&apos;il y en a un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole number (0 or more): the business&apos;s employees in Canada.</source>
        <translation>Un nombre entier (0 ou plus)&#xa0;: les employés de l&apos;entreprise au Canada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A whole number (0 or more): employees of the same company group outside Canada.</source>
        <translation>Un nombre entier (0 ou plus)&#xa0;: les employés du même groupe d&apos;entreprises hors du Canada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The number and street of the business&apos;s address in Canada.</source>
        <translation>Le numéro et la rue de l&apos;adresse de l&apos;entreprise au Canada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The city or town of that address.</source>
        <translation>La ville ou la municipalité de cette adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two-letter code of the province or territory (for example ON, QC, BC); the postal code must match it.</source>
        <translation>Le code à deux lettres de la province ou du territoire (p. ex. ON, QC, BC); le code postal doit y correspondre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Canadian postal code in the form A1A 1A1 (letter, digit, letter, space, digit, letter, digit), like M5H 2N2.</source>
        <translation>Code postal canadien de la forme A1A 1A1 (lettre, chiffre, lettre, espace, chiffre, lettre, chiffre), comme H3A 1B9.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person at the business IMWU can contact about this request.</source>
        <translation>La personne de l&apos;entreprise que l&apos;UMIT peut joindre au sujet de cette demande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact person&apos;s job title in the business.</source>
        <translation>Le titre du poste de la personne-ressource dans l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick when a consultant, lawyer or other person prepares the request for you.</source>
        <translation>Cochez si un consultant, un avocat ou une autre personne prépare la demande pour vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The representative&apos;s full name.</source>
        <translation>Le nom complet du représentant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The firm or organization the representative works for, if any.</source>
        <translation>Le cabinet ou l&apos;organisation pour lequel travaille le représentant, le cas échéant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence number:</source>
        <translation>Numéro de permis&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CICC licence or law society number, when the representative is paid.</source>
        <translation>Numéro de permis du CCIC ou du barreau, si le représentant est rémunéré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The representative is paid</source>
        <translation>Le représentant est rémunéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the representative is paid for this work; then give the licence number above.</source>
        <translation>Cochez si le représentant est rémunéré pour ce travail; indiquez alors le numéro de permis ci-dessus.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The profile could not be saved ({0}); check the disk and try again.</source>
        <translation>Le profil n&apos;a pas pu être enregistré ({0}); vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as your employer profile.</source>
        <translation>Enregistré comme votre profil d&apos;employeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No employer profile is saved yet: fill in this page, then save it.</source>
        <translation>Aucun profil d&apos;employeur n&apos;est encore enregistré&#xa0;: remplissez cette page, puis enregistrez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled in from your employer profile.</source>
        <translation>Rempli à partir de votre profil d&apos;employeur.</translation>
    </message>
</context>
<context>
    <name>ExemptionPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/exemption.py" line="+35"/>
        <source>Exemption</source>
        <translation>Dispense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the one exemption code that fits the job. Search by code or by words such as &quot;transfer&quot;, &quot;treaty&quot; or &quot;researcher&quot;, and read each code&apos;s details.</source>
        <translation>Choisissez le seul code de dispense qui convient à l&apos;emploi. Cherchez par code ou par mots comme «&#xa0;mutation&#xa0;», «&#xa0;traité&#xa0;» ou «&#xa0;chercheur&#xa0;», et lisez les détails de chaque code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this exemption applies</source>
        <translation>Pourquoi cette dispense s&apos;applique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain in a few sentences why the worker fits this exemption.</source>
        <translation>Expliquez en quelques phrases pourquoi le travailleur correspond à cette dispense.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In your own words, how the worker and the job meet the exemption&apos;s conditions.</source>
        <translation>Dans vos mots, comment le travailleur et l&apos;emploi remplissent les conditions de la dispense.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search codes:</source>
        <translation>&amp;Chercher un code&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code or keyword</source>
        <translation>Code ou mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes</source>
        <translation>Chercher un code</translation>
    </message>
    <message>
        <source>Filters the list of exemption codes.</source>
        <translation type="vanished">Filtre la liste des codes de dispense.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exemption codes</source>
        <translation>Codes de dispense</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details of the selected code</source>
        <translation>Détails du code sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose this exemption</source>
        <translation>C&amp;hoisir cette dispense</translation>
    </message>
    <message>
        <source>C&amp;hoose this exemption</source>
        <translation type="vanished">C&amp;hoisir cette dispense</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Filters the list of exemption codes: type a code such as C10 or a word such as transfer.</source>
        <translation>Filtre la liste des codes de dispense&#xa0;: tapez un code comme C10 ou un mot comme mutation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move through the codes with the arrow keys to read each one&apos;s details; press Enter to choose the selected code.</source>
        <translation>Parcourez les codes avec les touches fléchées pour lire le détail de chacun; appuyez sur Entrée pour choisir le code sélectionné.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the code covers, its legal basis, any fee, and the documents it needs.</source>
        <translation>Ce que couvre le code, son fondement juridique, les frais éventuels et les documents exigés.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>LMIA</source>
        <translation>EIMT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work permit</source>
        <translation>permis de travail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(chosen)</source>
        <translation>(choisi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No code matches this search.</source>
        <translation>Aucun code ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open work permit: the worker applies for a permit without an employer; IMWU does not give opinions on these.</source>
        <translation>Permis de travail ouvert&#xa0;: le travailleur demande un permis sans employeur précis; l&apos;UMIT ne donne pas d&apos;avis à ce sujet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employer Portal and fee:</source>
        <translation>Portail des employeurs et frais&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the employer submits an offer of employment in the Employer Portal and pays the compliance fee.</source>
        <translation>l&apos;employeur soumet une offre d&apos;emploi dans le Portail des employeurs et paie les frais relatifs à la conformité de l&apos;employeur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some details of this code are not yet confirmed by an official source.</source>
        <translation>Certains détails de ce code ne sont pas encore confirmés par une source officielle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chosen: {0}</source>
        <translation>Choisi&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen code {0} is not in the catalogue; choose another.</source>
        <translation>Le code choisi, {0}, n&apos;est pas dans le catalogue; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code {0} was retired; choose one of: {1}.</source>
        <translation>Le code {0} a été retiré; choisissez l&apos;un de ceux-ci&#xa0;: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exemption chosen yet.</source>
        <translation>Aucune dispense choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/i18n_extra.py" line="-10"/>
        <source>Legal basis:</source>
        <translation>Fondement juridique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMWU:</source>
        <translation>UMIT&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked</source>
        <translation>vérifié le</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../imwu_desktop/gui/widgets/fields.py" line="+49"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FollowUpReminder</name>
    <message>
        <location filename="../../imwu_desktop/gui/follow_up_reminder.py" line="+44"/>
        <source>Show &amp;them</source>
        <translation>&amp;Montrer ces dossiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the follow-up reminder</source>
        <translation>Ignorer le rappel de suivi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 request sent more than {days} days ago has no opinion recorded yet; you may want to follow up with IMWU.</source>
        <translation>1 demande envoyée il y a plus de {days} jours n&apos;a pas encore d&apos;avis consigné; vous pourriez faire un suivi auprès de l&apos;UMIT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} requests sent more than {days} days ago have no opinion recorded yet; you may want to follow up with IMWU.</source>
        <translation>{count} demandes envoyées il y a plus de {days} jours n&apos;ont pas encore d&apos;avis consigné; vous pourriez faire un suivi auprès de l&apos;UMIT.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/job.py" line="+42"/>
        <source>Job</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The position offered in Canada. IMWU compares these details with the exemption you choose.</source>
        <translation>Le poste offert au Canada. L&apos;UMIT compare ces détails avec la dispense que vous choisissez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job &amp;title:</source>
        <translation>&amp;Titre du poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the job title.</source>
        <translation>Entrez le titre du poste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title of the position offered in Canada.</source>
        <translation>Le titre du poste offert au Canada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NOC code:</source>
        <translation>Code de la C&amp;NP&#xa0;:</translation>
    </message>
    <message>
        <source>The 5-digit National Occupational Classification code.</source>
        <translation type="vanished">Le code à 5 chiffres de la Classification nationale des professions (CNP).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TEER:</source>
        <translation>FEER&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Work location:</source>
        <translation type="vanished">&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The National Occupational Classification (NOC 2021) code: 5 digits, for example 21301.</source>
        <translation>Le code de la Classification nationale des professions (CNP 2021)&#xa0;: 5 chiffres, p. ex. 21301.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>City, province</source>
        <translation>Ville, province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the worker will work in Canada: the city and the province.</source>
        <translation>Le lieu de travail au Canada&#xa0;: la ville et la province.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day of work in Canada.</source>
        <translation>Le premier jour de travail au Canada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day of work; it comes after the start date.</source>
        <translation>Le dernier jour de travail; il suit la date de début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duties:</source>
        <translation>F&amp;onctions&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the main duties.</source>
        <translation>Décrivez les principales fonctions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main duties, in a few sentences.</source>
        <translation>Les principales fonctions, en quelques phrases.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirements and terms</source>
        <translation>Exigences et conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;ucation required:</source>
        <translation>&amp;Études exigées&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The gross wage before deductions: an amount greater than zero, for example 125000.</source>
        <translation>Le salaire brut avant retenues&#xa0;: un montant supérieur à zéro, p. ex. 125000.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The usual hours of work per week: a number from 1 to 80.</source>
        <translation>Les heures de travail habituelles par semaine&#xa0;: un nombre de 1 à 80.</translation>
    </message>
    <message>
        <source>S&amp;kills and experience:</source>
        <translation type="vanished">Compétences et e&amp;xpérience&#xa0;:</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Work l&amp;ocation:</source>
        <translation>&amp;Lieu de travail&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The education the job requires, such as a degree or diploma.</source>
        <translation>Les études exigées pour le poste, comme un grade ou un diplôme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills and e&amp;xperience:</source>
        <translation>Compétences et e&amp;xpérience&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The skills and work experience the job requires.</source>
        <translation>Les compétences et l&apos;expérience de travail exigées pour le poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Licensing (if any):</source>
        <translation>&amp;Permis d&apos;exercice (s&apos;il y a lieu)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A licence or certification the job requires in Canada.</source>
        <translation>Un permis ou une certification que l&apos;emploi exige au Canada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wage amount</source>
        <translation>Montant du salaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wage:</source>
        <translation>&amp;Salaire&#xa0;:</translation>
    </message>
    <message>
        <source>The gross wage before deductions.</source>
        <translation type="vanished">Le salaire brut, avant les retenues.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>per hour</source>
        <translation>l&apos;heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per year</source>
        <translation>par année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wage period</source>
        <translation>Période de paie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the wage is per hour, week, month or year.</source>
        <translation>Indique si le salaire est horaire, hebdomadaire, mensuel ou annuel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wage currency</source>
        <translation>Devise du salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency of the wage amount.</source>
        <translation>La devise du montant du salaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours per wee&amp;k:</source>
        <translation>&amp;Heures par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation type="vanished">&amp;Heures par semaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seasonal &amp;agricultural work?</source>
        <translation>Travail &amp;agricole saisonnier?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seasonal agricultural jobs cannot use IMWU&apos;s service.</source>
        <translation>Les emplois agricoles saisonniers ne peuvent pas passer par le service de l&apos;UMIT.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(type a 5-digit NOC code)</source>
        <translation>(tapez un code de la CNP à 5 chiffres)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../imwu_desktop/gui/i18n.py" line="+239"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Langue</translation>
    </message>
    <message>
        <source>New windows and dialogs use the new language now; restart IMWU Desktop to see it everywhere. Your case&apos;s correspondence language does not change.</source>
        <translation type="vanished">Les nouvelles fenêtres et boîtes de dialogue utilisent maintenant la nouvelle langue; redémarrez IMWU Desktop pour la voir partout. La langue de correspondance de votre dossier ne change pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../imwu_desktop/gui/main_window.py" line="+73"/>
        <location line="+185"/>
        <location line="+82"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="vanished">&lt; Précédent</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="vanished">Suivant &gt;</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation type="vanished">Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation type="vanished">Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="vanished">&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="vanished">Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation type="vanished">&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="vanished">&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="vanished">&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;About IMWU Desktop</source>
        <translation type="vanished">À &amp;propos d&apos;IMWU Desktop</translation>
    </message>
    <message>
        <source>IMWU &amp;web page</source>
        <translation type="vanished">Page &amp;Web de l&apos;UMIT</translation>
    </message>
    <message>
        <source>&amp;Where files are kept</source>
        <translation type="vanished">&amp;Emplacement des fichiers</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <translation type="vanished">Copier le rapport de &amp;diagnostic</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="vanished">Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="vanished">&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">A&amp;ide</translation>
    </message>
    <message>
        <source>(no recent cases)</source>
        <translation type="vanished">(aucun dossier récent)</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>IMWU Desktop</source>
        <translation>IMWU Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="vanished">Étape {0} sur {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>This step changes language when you come back to it once its work is done.</source>
        <translation>Cette étape change de langue quand vous y revenez, une fois son travail terminé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Employer details filled in from your employer profile.</source>
        <translation>Renseignements sur l&apos;employeur remplis à partir de votre profil d&apos;employeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMWU cases (*.imwu);;All files (*)</source>
        <translation>Dossiers IMWU Desktop (*.imwu);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Could not open the case</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({0}); check that it exists and try again.</source>
        <translation>Le fichier n&apos;a pas pu être lu ({0}); vérifiez qu&apos;il existe et réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not recover the case</source>
        <translation>Impossible de récupérer le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovered the autosaved copy; save it to keep it.</source>
        <translation>La copie enregistrée automatiquement a été récupérée; enregistrez-la pour la conserver.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save case as</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMWU cases (*.imwu)</source>
        <translation>Dossiers IMWU Desktop (*.imwu)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Could not save the case</source>
        <translation>Impossible d&apos;enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case could not be written ({0}); choose another folder with Save As.</source>
        <translation>Le dossier n&apos;a pas pu être écrit ({0}); choisissez un autre emplacement avec Enregistrer sous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autosaved a recovery copy.</source>
        <translation>Copie de récupération enregistrée automatiquement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case of {0} has changes that are not saved. Save them?</source>
        <translation>Le dossier de {0} contient des modifications non enregistrées. Les enregistrer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new case</source>
        <translation>un nouveau dossier</translation>
    </message>
    <message>
        <source>About IMWU Desktop</source>
        <translation type="vanished">À propos d&apos;IMWU Desktop</translation>
    </message>
    <message>
        <source>Where files are kept</source>
        <translation type="vanished">Emplacement des fichiers</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard: paste it into your message. It holds no passwords and no personal data.</source>
        <translation type="vanished">Le rapport de diagnostic est dans le presse-papiers&#xa0;: collez-le dans votre message. Il ne contient aucun mot de passe ni aucun renseignement personnel.</translation>
    </message>
</context>
<context>
    <name>PassportScanRow</name>
    <message>
        <location filename="../../imwu_desktop/gui/passport_scan.py" line="+56"/>
        <source>Read from passport sc&amp;an…</source>
        <extracomment>the worker fields the user accepted from the scan (after the case was changed)</extracomment>
        <translation>Lire le p&amp;asseport numérisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from passport scan</source>
        <translation>Lire le passeport numérisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the passport scan</source>
        <translation>Lecture de la numérisation du passeport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top reading</source>
        <translation>Arrêter &amp;la lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the passport scan</source>
        <translation>Arrêter la lecture de la numérisation du passeport</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reads the two machine-readable lines from the passport page attached on the Documents step, or from a scan you choose, and shows the values to confirm.</source>
        <translation>Lit les deux lignes de la zone de lecture automatique (ZLA) sur la page du passeport jointe à l&apos;étape Documents, ou sur une numérisation de votre choix, et affiche les valeurs à confirmer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passport scans (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>Numérisations de passeport (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the passport page&apos;s scan</source>
        <translation>Choisir la numérisation de la page du passeport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The attached passport page could not be opened; attach it again on the Documents step.</source>
        <translation>La page du passeport jointe n&apos;a pas pu être ouverte; joignez-la de nouveau à l&apos;étape Documents.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the passport scan…</source>
        <translation>Lecture de la numérisation du passeport…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scan could not be read; attach a sharp photo or scan of the passport&apos;s photo page, or type the two lines.</source>
        <translation>La numérisation n&apos;a pas pu être lue; joignez une photo ou une numérisation nette de la page photo du passeport, ou tapez les deux lignes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No machine-readable zone (the two lines of &lt;&lt;&lt; at the bottom of the passport page) was found; attach a sharp, well-lit photo or scan of the whole photo page, or type the two lines.</source>
        <translation>Aucune zone de lecture automatique (les deux lignes de &lt;&lt;&lt; au bas de la page du passeport) n&apos;a été trouvée; joignez une photo ou une numérisation nette et bien éclairée de toute la page photo, ou tapez les deux lignes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The machine-readable zone was found but some of its characters are too unclear to be sure of them; use a sharper, straighter scan or type the two lines.</source>
        <translation>La zone de lecture automatique a été trouvée, mais certains caractères sont trop flous pour être certains; utilisez une numérisation plus nette et plus droite, ou tapez les deux lignes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine-readable zone was found but its check digits do not add up; use a sharper, straighter scan or type the two lines.</source>
        <translation>La zone de lecture automatique a été trouvée, mais ses chiffres de contrôle ne concordent pas; utilisez une numérisation plus nette et plus droite, ou tapez les deux lignes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the passport scan was stopped.</source>
        <translation>La lecture de la numérisation du passeport a été arrêtée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was copied from the scan.</source>
        <translation>Rien n&apos;a été copié à partir de la numérisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n value(s) from the scan; check the names&apos; accents and the date of issue.</source>
        <translation>
            <numerusform>%n valeur copiée à partir de la numérisation; vérifiez les accents des noms et la date de délivrance.</numerusform>
            <numerusform>%n valeurs copiées à partir de la numérisation; vérifiez les accents des noms et la date de délivrance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../imwu_desktop/gui/i18n_extra.py" line="+8"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordOpinionDialog</name>
    <message>
        <location filename="../../imwu_desktop/gui/case_list.py" line="+74"/>
        <source>Record IMWU&apos;s opinion</source>
        <translation>Consigner l&apos;avis de l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the opinion IMWU sent about {0}. Its reply is kept in the case file: the worker shows it at the border.</source>
        <translation>Consignez l&apos;avis que l&apos;UMIT a envoyé au sujet de {0}. Sa réponse est conservée dans le fichier du dossier&#xa0;: le travailleur la présente à l&apos;agent des services frontaliers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Positive</source>
        <translation>&amp;Favorable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Negative</source>
        <translation>&amp;Défavorable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMWU&apos;s opinion supports the exemption.</source>
        <translation>L&apos;avis de l&apos;UMIT appuie la dispense.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMWU&apos;s opinion does not support the exemption.</source>
        <translation>L&apos;avis de l&apos;UMIT n&apos;appuie pas la dispense.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opinion:</source>
        <translation>Avis&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMWU&apos;s reply file</source>
        <translation>Fichier de la réponse de l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF (or saved email) IMWU sent.</source>
        <translation>Le PDF (ou le courriel enregistré) envoyé par l&apos;UMIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose IMWU&apos;s reply file</source>
        <translation>Choisir le fichier de la réponse de l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reply from IMWU:</source>
        <translation>&amp;Réponse de l&apos;UMIT&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date received:</source>
        <translation>Date de ré&amp;ception&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IMWU&apos;s reply</source>
        <translation>Réponse de l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf);;Email files (*.eml *.msg);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Fichiers de courriel (*.eml *.msg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/review.py" line="-116"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the whole request before sending it. Anything that still needs work is listed first: activate a line to go to that field.</source>
        <translation>Vérifiez toute la demande avant de l&apos;envoyer. Ce qui reste à corriger est indiqué en premier&#xa0;: activez une ligne pour aller au champ visé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>To fix before sending</source>
        <translation>À corriger avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To fix before sending ({0})</source>
        <translation>À corriger avant l&apos;envoi ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to fix: the request is ready to send.</source>
        <translation>Rien à corriger&#xa0;: la demande est prête à être envoyée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}:</source>
        <translation>{0}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../imwu_desktop/gui/widgets/pickers.py" line="+51"/>
        <source>Type to search</source>
        <translation>Tapez pour chercher</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/send.py" line="+25"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending is being prepared.</source>
        <translation>L&apos;envoi est en préparation.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This worker is not eligible for an IMWU opinion (see the Eligibility step), so the request cannot be sent.</source>
        <translation>Ce travailleur n&apos;est pas admissible à un avis de l&apos;UMIT (voir l&apos;étape Admissibilité); la demande ne peut donc pas être envoyée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request is not ready to send yet.</source>
        <translation>La demande n&apos;est pas encore prête à être envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what is left to fix on the Review step.</source>
        <translation>Voyez ce qui reste à corriger à l&apos;étape Vérification.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Your email account</source>
        <translation type="vanished">Votre compte de courriel</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="vanished">STARTTLS (habituellement le port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="vanished">SSL/TLS (habituellement le port 465)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="vanished">Port&#xa0;:</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="vanished">Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>only for servers with their own certificate</source>
        <translation type="vanished">seulement pour les serveurs qui ont leur propre certificat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Parcourir…</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation type="vanished">Enregistrer le compte</translation>
    </message>
    <message>
        <source>Saved account:</source>
        <translation type="vanished">Compte enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="vanished">Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="vanished">Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Your email (From):</source>
        <translation type="vanished">Votre courriel (De)&#xa0;:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="vanished">Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="vanished">Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="vanished">Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation type="vanished">Fichier d&apos;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Saved account</source>
        <translation type="vanished">Compte enregistré</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">Fournisseur</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="vanished">Serveur de courriel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="vanished">Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="vanished">Sécurité</translation>
    </message>
    <message>
        <source>Your email (From)</source>
        <translation type="vanished">Votre courriel (De)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="vanished">Votre nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="vanished">Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Mot de passe</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation type="vanished">Fichier d&apos;AC de confiance</translation>
    </message>
    <message>
        <location filename="../../imwu_desktop/gui/send_panel.py" line="+93"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To (IMWU):</source>
        <translation>À (UMIT)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To (IMWU)</source>
        <translation>À (UMIT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the message</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message to me</source>
        <translation>M&apos;envoyer un message d&apos;essai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to IMWU</source>
        <translation>Envoyer à l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>An email account you saved before, or New account to enter one.</source>
        <translation type="vanished">Un compte de courriel enregistré auparavant, ou Nouveau compte pour en saisir un.</translation>
    </message>
    <message>
        <source>Your email provider; choosing one fills in the server settings.</source>
        <translation type="vanished">Votre fournisseur de courriel; le choisir remplit les paramètres du serveur.</translation>
    </message>
    <message>
        <source>The name of your provider&apos;s outgoing (SMTP) mail server.</source>
        <translation type="vanished">Le nom du serveur de courriel sortant (SMTP) de votre fournisseur.</translation>
    </message>
    <message>
        <source>A number: usually 587 with STARTTLS, 465 with SSL/TLS.</source>
        <translation type="vanished">Un nombre&#xa0;: habituellement 587 avec STARTTLS, 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>How the connection to the server is encrypted, as your provider says.</source>
        <translation type="vanished">Le chiffrement de la connexion au serveur, selon les indications de votre fournisseur.</translation>
    </message>
    <message>
        <source>The address the request is sent from, like name@example.com.</source>
        <translation type="vanished">L&apos;adresse d&apos;où la demande est envoyée, comme nom@exemple.ca.</translation>
    </message>
    <message>
        <source>Your name, as the sender of the message.</source>
        <translation type="vanished">Votre nom, comme expéditeur du message.</translation>
    </message>
    <message>
        <source>The user name for the mail server, usually your full email address.</source>
        <translation type="vanished">Le nom d&apos;utilisateur pour le serveur de courriel, habituellement votre adresse courriel complète.</translation>
    </message>
    <message>
        <source>The password of your email account; it is saved only in the system keyring, if you tick the box below.</source>
        <translation type="vanished">Le mot de passe de votre compte de courriel; il n&apos;est enregistré que dans le trousseau du système, si vous cochez la case ci-dessous.</translation>
    </message>
    <message>
        <source>Otherwise the password is kept only until you close the app.</source>
        <translation type="vanished">Sinon, le mot de passe n&apos;est gardé que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate: the certificate file (.pem, .crt or .cer) to trust.</source>
        <translation type="vanished">Seulement pour un serveur qui a son propre certificat&#xa0;: le fichier de certificat (.pem, .crt ou .cer) auquel se fier.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>IMWU&apos;s email address, filled in for you; change it only if IMWU gave you another one.</source>
        <translation>L&apos;adresse courriel de l&apos;UMIT, déjà remplie; ne la changez que si l&apos;UMIT vous en a donné une autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: one more address to copy, like name@example.com.</source>
        <translation>Facultatif&#xa0;: une autre adresse à mettre en copie, comme nom@exemple.ca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message exactly as it will be sent.</source>
        <translation>Le message exactement tel qu&apos;il sera envoyé.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sent on {when} to {to} ({reply}). Follow up if there is no answer by {follow}.</source>
        <translation>Envoyé le {when} à {to} ({reply}). Faites un suivi si vous n&apos;avez pas de réponse d&apos;ici le {follow}.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="vanished">Nouveau compte…</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation type="vanished">enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Certificate of your mail server</source>
        <translation type="vanished">Certificat de votre serveur de courriel</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="vanished">Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>The password is saved in the system keyring.</source>
        <translation type="vanished">Le mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preparing the documents for the message…</source>
        <translation>Préparation des documents pour le message…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the documents was cancelled; open this step again to continue.</source>
        <translation>La préparation des documents a été annulée; ouvrez cette étape de nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documents could not be prepared ({error}); check them on the Documents step.</source>
        <translation>Les documents n&apos;ont pas pu être préparés ({error}); vérifiez-les à l&apos;étape Documents.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Encoded size: {size} (IMWU accepts up to 4 MB).</source>
        <translation>Taille encodée&#xa0;: {size} (l&apos;UMIT accepte jusqu&apos;à 4 Mo).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message could not be saved ({reason}); choose another folder.</source>
        <translation>Le message n&apos;a pas pu être enregistré ({reason}); choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {name}. Open it in your mail program to send it there.</source>
        <translation>{name} enregistré. Ouvrez-le dans votre logiciel de courriel pour l&apos;envoyer de là.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send again?</source>
        <translation>Envoyer de nouveau?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send it anyway?</source>
        <translation>L&apos;envoyer quand même?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the password of your email account.</source>
        <translation>Entrez le mot de passe de votre compte de courriel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Test message accepted by the server ({reply}); check your inbox.</source>
        <translation>Message d&apos;essai accepté par le serveur ({reply}); vérifiez votre boîte de réception.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending failed unexpectedly ({error}); save the message as .eml and send it from your mail program.</source>
        <translation>L&apos;envoi a échoué de façon imprévue ({error}); enregistrez le message en .eml et envoyez-le à partir de votre logiciel de courriel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message was sent, but the case could not be saved ({reason}); save the case again now.</source>
        <translation>Le message a été envoyé, mais le dossier n&apos;a pas pu être enregistré ({reason}); enregistrez le dossier de nouveau maintenant.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../imwu_desktop/gui/start_screen.py" line="+60"/>
        <source>IMWU Desktop</source>
        <extracomment>Qt.ItemDataRole.UserRole as a plain int: touching the Qt namespace first costs ~15 ms, which the start screen&apos;s first frame does without (tests/gui check the two agree).</extracomment>
        <translation>IMWU Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare a request for an opinion from IRCC&apos;s International Mobility Workers Unit (IMWU) on whether a worker is exempt from an LMIA or from a work permit.</source>
        <translation>Préparez une demande d&apos;avis à l&apos;Unité pour la mobilité internationale des travailleurs (UMIT) d&apos;IRCC&#xa0;: le travailleur est-il dispensé de l&apos;EIMT ou du permis de travail?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new request from scratch.</source>
        <translation>Commencer une nouvelle demande à partir de zéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a saved case file (.imwu).</source>
        <translation>Ouvrir un fichier de dossier enregistré (.imwu).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recent cases:</source>
        <translation>Dossiers &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent cases</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected case.</source>
        <translation>Appuyez sur Entrée pour ouvrir le dossier sélectionné.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All cases: requests sent, follow-ups due and IMWU&apos;s opinions</source>
        <translation>Tous les dossiers&#xa0;: demandes envoyées, suivis à faire et avis de l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion received</source>
        <translation>Avis reçu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(file missing)</source>
        <translation>(fichier introuvable)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>an unnamed case</source>
        <translation>un dossier sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An autosaved copy of {0} ({1}) from {2} is newer than the saved file. Recover it?</source>
        <translation>Une copie enregistrée automatiquement de {0} ({1}), datée du {2}, est plus récente que le fichier enregistré. La récupérer?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;cover</source>
        <translation>Récu&amp;pérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover {0}</source>
        <translation>Récupérer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard copy</source>
        <translation>&amp;Supprimer la copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the autosaved copy of {0}</source>
        <translation>Supprimer la copie enregistrée automatiquement de {0}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../imwu_desktop/gui/steplist.py" line="+113"/>
        <source>Steps</source>
        <extracomment>each state&apos;s shape colour: (for a light background, for a dark background). Each keeps at least 3:1 against its background (WCAG 1.4.11, non-text contrast): the light set against white, the dark set against a near-black base such as #1e1e1e.</extracomment>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps of the request and the state of each; choose one to go to it.</source>
        <translation>Les étapes de la demande et l&apos;état de chacune; choisissez-en une pour y aller.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/base.py" line="+128"/>
        <source>With the area code (for example 416 555 0100); a number outside North America starts with + and the country code.</source>
        <translation>Avec l&apos;indicatif régional (p. ex. 514 555 0100); un numéro hors de l&apos;Amérique du Nord commence par + et l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full address, like name@example.com.</source>
        <translation>L&apos;adresse complète, comme nom@exemple.ca.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>For example: {0}</source>
        <translation>Par exemple&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Clear {0}</source>
        <translation>Effacer {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the date as YYYY-MM-DD (for example 2027-02-01) or choose it with the calendar button.</source>
        <translation>Tapez la date sous la forme AAAA-MM-JJ (p. ex. 2027-02-01) ou choisissez-la avec le bouton du calendrier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a name from the list (type part of it to search).</source>
        <translation>Choisissez un nom dans la liste (tapez-en une partie pour chercher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the name, or its two-letter code, then choose it from the list.</source>
        <translation>Tapez une partie du nom, ou son code à deux lettres, puis choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../imwu_desktop/gui/window_menus.py" line="+59"/>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About IMWU Desktop</source>
        <translation>À &amp;propos d&apos;IMWU Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMWU &amp;web page</source>
        <translation>Page &amp;Web de l&apos;UMIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where files are kept</source>
        <translation>&amp;Emplacement des fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;diagnostic report</source>
        <translation>Copier le rapport de &amp;diagnostic</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no recent cases)</source>
        <translation>(aucun dossier récent)</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../imwu_desktop/gui/wizard_view.py" line="+95"/>
        <source>&lt; Back</source>
        <extracomment>step -&gt; (module in imwu_desktop.gui.pages, class of its page)</extracomment>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step (Alt+Right)</source>
        <translation>Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Étape {0} sur {1}&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/worker.py" line="+39"/>
        <source>Worker</source>
        <extracomment>worker fields the domain compares with the MRZ (its problems carry these field names)</extracomment>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the worker&apos;s details exactly as they appear in the passport. You can type the two lines at the bottom of the passport page (the MRZ) to fill most fields at once.</source>
        <translation>Entrez les renseignements du travailleur exactement comme dans le passeport. Vous pouvez taper les deux lignes au bas de la page du passeport (la ZLA) pour remplir la plupart des champs d&apos;un coup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Machine-readable zone (optional)</source>
        <translation>Zone de lecture automatique (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MR&amp;Z lines:</source>
        <translation>Lignes de la &amp;ZLA&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two lines of 44 characters at the bottom of the passport page, starting with P&lt;.</source>
        <translation>Les deux lignes de 44 caractères au bas de la page du passeport, qui commencent par P&lt;.</translation>
    </message>
    <message>
        <source>&amp;Fill from MRZ</source>
        <translation type="vanished">&amp;Remplir à partir de la ZLA</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="vanished">&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>As printed in the passport.</source>
        <translation>Tel qu&apos;il est imprimé dans le passeport.</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="vanished">&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>All given names, as printed in the passport.</source>
        <translation>Tous les prénoms, tels qu&apos;ils sont imprimés dans le passeport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>Year, month, day; use the calendar button or type it.</source>
        <translation type="vanished">Année, mois, jour; utilisez le bouton du calendrier ou tapez la date.</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="vanished">Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Fi&amp;ll from MRZ</source>
        <translation>&amp;Remplir à partir de la ZLA</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given &amp;names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sex:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F (female)</source>
        <translation>F (féminin)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M (male)</source>
        <translation>M (masculin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (another gender)</source>
        <translation>X (autre genre)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Citoyenneté&#xa0;:</translation>
    </message>
    <message>
        <source>The country that issued the passport. Type to search.</source>
        <translation type="vanished">Le pays qui a délivré le passeport. Tapez pour chercher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country that issued the passport.</source>
        <translation>Le pays qui a délivré le passeport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of bi&amp;rth:</source>
        <translation>Pa&amp;ys de naissance&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country where the worker was born.</source>
        <translation>Le pays de naissance du travailleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of resi&amp;dence:</source>
        <translation>Pays de rési&amp;dence&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country where the worker lives now.</source>
        <translation>Le pays où le travailleur vit actuellement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;mail:</source>
        <translation>Courri&amp;el&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The worker&apos;s own email address, if any.</source>
        <translation>L&apos;adresse courriel personnelle du travailleur, s&apos;il en a une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passport number:</source>
        <translation>N&amp;uméro de passeport&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the passport number.</source>
        <translation>Entrez le numéro de passeport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only letters and digits (usually 6 to 9), copied from the passport without spaces.</source>
        <translation>Seulement des lettres et des chiffres (souvent 6 à 9), recopiés du passeport sans espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of &amp;issue:</source>
        <translation>Date de déli&amp;vrance&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As printed in the passport; it comes before the expiry date.</source>
        <translation>Telle qu&apos;imprimée dans le passeport; elle précède la date d&apos;expiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of e&amp;xpiry:</source>
        <translation>Date d&apos;expira&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As printed in the passport; the passport must still be valid when the request is sent.</source>
        <translation>Telle qu&apos;imprimée dans le passeport; le passeport doit encore être valide à l&apos;envoi de la demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;UCI (if any):</source>
        <translation>&amp;IUC (s&apos;il y a lieu)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Unique Client Identifier from an earlier Canadian application; leave empty if the worker never had one.</source>
        <translation>L&apos;identificateur unique de client (IUC) d&apos;une demande canadienne antérieure; laissez vide si le travailleur n&apos;en a jamais eu.</translation>
    </message>
</context>
<context>
    <name>_BrokenPage</name>
    <message>
        <source>This step could not be shown because of an internal error; your case is safe. Save it and report the problem (the log file has the details).</source>
        <translation type="vanished">Cette étape n&apos;a pas pu être affichée à cause d&apos;une erreur interne; votre dossier est en sécurité. Enregistrez-le et signalez le problème (le fichier journal contient les détails).</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../imwu_desktop/gui/pages/documents.py" line="-226"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a file for {0}</source>
        <translation>Joindre un fichier pour {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
