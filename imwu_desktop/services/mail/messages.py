"""Every sentence the mail service shows a user, in English and Canadian French.

Callers pick the language with a `lang` argument ("en" or "fr"): the GUI passes the
interface's language, the CLI keeps the English default. The email to IMWU itself is not
here: its subject and body follow the case's correspondence language (compose.py).
French follows IRCC's vocabulary (courriel, UMIT, serveur d'envoi, mot de passe) and the
app's Canadian typography: a no-break space (U+00A0) before ":" only (none before ";", "?",
"!"), and in "4 Mo" or "14 h 30". What a failed send says is in send_messages.py.
"""

from __future__ import annotations

from imwu_desktop.domain.i18n_text import MessageTable
from imwu_desktop.services.mail.send_messages import OS_REASONS, SEND

#: what each provider expects as the SMTP password (keys: preset keys, plus the shared
#: "app_password" template of Google and Yahoo)
PRESET_HELP: MessageTable = {
    "app_password": {
        "en": "{name} needs an app password for mail programs when two-step verification is "
              "on: create one in your {name} account security settings and use it here.",
        "fr": "{name} exige un mot de passe d'application pour les logiciels de courriel "
              "lorsque la validation en deux étapes est activée\u00a0: créez-en un dans les "
              "paramètres de sécurité de votre compte {name} et utilisez-le ici.",
    },
    "outlook": {
        "en": "Outlook.com may refuse plain passwords for SMTP; if it does, create an app "
              "password in your Microsoft account security settings, or save the message as "
              ".eml and send it from Outlook.",
        "fr": "Outlook.com peut refuser les mots de passe ordinaires pour l'envoi SMTP; "
              "le cas échéant, créez un mot de passe d'application dans les paramètres de "
              "sécurité de votre compte Microsoft, ou enregistrez le message en .eml et "
              "envoyez-le depuis Outlook.",
    },
    "microsoft365": {
        "en": "Your administrator must allow SMTP AUTH for your mailbox; many organisations "
              "turn it off. If sending is refused, ask them, or save the message as .eml.",
        "fr": "Votre administrateur doit autoriser SMTP AUTH pour votre boîte aux lettres; "
              "beaucoup d'organisations le désactivent. Si l'envoi est refusé, adressez-vous "
              "à lui ou enregistrez le message en .eml.",
    },
    "icloud": {
        "en": "iCloud needs an app-specific password (appleid.apple.com, Sign-In and Security); "
              "the user name is your full iCloud address.",
        "fr": "iCloud exige un mot de passe pour app (appleid.apple.com, Connexion et "
              "sécurité); le nom d'utilisateur est votre adresse iCloud complète.",
    },
    "fastmail": {
        "en": "Fastmail needs an app password (Settings, Privacy & Security).",
        "fr": "Fastmail exige un mot de passe d'application (Paramètres, Confidentialité et "
              "sécurité).",
    },
    "zoho": {
        "en": "With two-factor authentication on, Zoho needs an application-specific password.",
        "fr": "Lorsque l'authentification à deux facteurs est activée, Zoho exige un mot de "
              "passe propre à l'application.",
    },
    "proton_bridge": {
        "en": "Use the SMTP password that Proton Mail Bridge shows (not your Proton password), "
              "and choose the certificate exported from Bridge as the CA file.",
        "fr": "Utilisez le mot de passe SMTP affiché par Proton Mail Bridge (et non votre mot "
              "de passe Proton), et choisissez le certificat exporté de Bridge comme fichier "
              "d'autorité de certification.",
    },
    "custom": {
        "en": "Use the password your mail provider gives for mail programs.",
        "fr": "Utilisez le mot de passe que votre fournisseur de courriel donne pour les "
              "logiciels de courriel.",
    },
}

#: preset names that are not simply a brand name
PRESET_LABELS: MessageTable = {
    "microsoft365": {"en": "Microsoft 365 (work or school)",
                     "fr": "Microsoft 365 (travail ou études)"},
    "custom": {"en": "Other server (custom)", "fr": "Autre serveur (personnalisé)"},
}

#: account settings that cannot work (ServerSettings.problems)
SETTINGS: MessageTable = {
    "host": {"en": "Enter the mail server name (for example smtp.example.com).",
             "fr": "Entrez le nom du serveur d'envoi (par exemple smtp.example.com)."},
    "port": {"en": "The port must be a number between 1 and 65535.",
             "fr": "Le port doit être un nombre de 1 à 65535."},
    "security": {"en": "Choose STARTTLS or SSL/TLS as the security.",
                 "fr": "Choisissez STARTTLS ou SSL/TLS comme sécurité."},
    "timeout": {"en": "The timeout must be more than zero seconds.",
                "fr": "Le délai d'attente doit être supérieur à zéro seconde."},
}

#: building the message (compose.py) and the documents it carries (request.py)
COMPOSE: MessageTable = {
    "unreadable_file": {
        "en": "The file for {name} could not be read ({why}); rebuild the documents and try "
              "again.",
        "fr": "Le fichier de {name} n'a pas pu être lu ({why}); préparez de nouveau les "
              "documents et réessayez.",
    },
    "bad_sender": {
        "en": "The sender address '{address}' is not a valid email address; correct it and try "
              "again.",
        "fr": "L'adresse de l'expéditeur «\u00a0{address}\u00a0» n'est pas une adresse "
              "courriel valide; corrigez-la et réessayez.",
    },
    "bad_recipient": {
        "en": "The recipient address '{address}' is not a valid email address; correct it and "
              "try again.",
        "fr": "L'adresse du destinataire «\u00a0{address}\u00a0» n'est pas une adresse "
              "courriel valide; corrigez-la et réessayez.",
    },
    "bad_cc": {
        "en": "The Cc address '{address}' is not a valid email address; correct it and try "
              "again.",
        "fr": "L'adresse en copie (Cc) «\u00a0{address}\u00a0» n'est pas une adresse courriel "
              "valide; corrigez-la et réessayez.",
    },
    "same_name": {"en": "Two attachments are named {name}; rename one and try again.",
                  "fr": "Deux pièces jointes s'appellent {name}; renommez-en une et "
                        "réessayez."},
    "not_encoded": {
        "en": "The message could not be encoded for sending; report this problem.",
        "fr": "Le message n'a pas pu être encodé pour l'envoi; signalez ce problème.",
    },
    "over_imwu_limit": {
        "en": "The message is {size} once encoded, over IMWU's limit of {limit}; shrink or "
              "remove attachments before sending.",
        "fr": "Une fois encodé, le message fait {size}, au-delà de la limite de l'UMIT "
              "({limit}); réduisez ou retirez des pièces jointes avant l'envoi.",
    },
    "not_fit": {
        "en": "The documents do not fit in one 4 MB email; remove or shrink some of them.",
        "fr": "Les documents ne tiennent pas dans un seul courriel de 4\u00a0Mo; "
              "retirez-en ou réduisez-en quelques-uns.",
    },
    "not_ready": {"en": "The request is not ready to send: {problem}{more}",
                  "fr": "La demande n'est pas prête à être envoyée\u00a0: {problem}{more}"},
    "not_ready_unknown": {
        "en": "The request is not ready to send; run 'imwu-desktop check' to see why.",
        "fr": "La demande n'est pas prête à être envoyée; lancez «\u00a0imwu-desktop "
              "check\u00a0» pour savoir pourquoi.",
    },
    "more_one": {"en": " (and {count} more)", "fr": " (et {count}\u00a0autre)"},
    "more_many": {"en": " (and {count} more)", "fr": " (et {count}\u00a0autres)"},
}

#: sizes: kB and MB in English, ko and Mo in French (decimal comma, no-break space)
SIZES: MessageTable = {
    "bytes": {"en": "{n} bytes", "fr": "{n}\u00a0octets"},
    "kb": {"en": "{n} kB", "fr": "{n}\u00a0ko"},
    "mb": {"en": "{n} MB", "fr": "{n}\u00a0Mo"},
}

#: the preview of the message before sending (compose.preview_text)
PREVIEW: MessageTable = {
    "from": {"en": "From: {value}", "fr": "De\u00a0: {value}"},
    "to": {"en": "To: {value}", "fr": "À\u00a0: {value}"},
    "cc": {"en": "Cc: {value}", "fr": "Copie conforme\u00a0: {value}"},
    "subject": {"en": "Subject: {value}", "fr": "Objet\u00a0: {value}"},
    "date": {"en": "Date: {value}", "fr": "Date d'envoi\u00a0: {value}"},
    "message_id": {"en": "Message-ID: {value}", "fr": "Identifiant du message\u00a0: {value}"},
    "attachments": {"en": "Attachments:", "fr": "Pièces jointes\u00a0:"},
    "no_attachments": {"en": "No attachments.", "fr": "Aucune pièce jointe."},
    "size": {"en": "Size of the encoded message: {size} ({count} bytes)",
             "fr": "Taille du message encodé\u00a0: {size} ({count}\u00a0octets)"},
}

#: sending a request twice (record.py) and saving accounts (accounts.py)
RECORD: MessageTable = {
    "already_sent": {
        "en": "This request was already sent on {when} to {recipient}; sending it again makes "
              "a second request.",
        "fr": "Cette demande a déjà été envoyée le {when} à {recipient}; l'envoyer de "
              "nouveau crée une deuxième demande.",
    },
    "when": {"en": "{date} {hour}:{minute}", "fr": "{date} à {hour}\u00a0h\u00a0{minute}"},
    "unconfirmed": {
        "en": "An earlier send was interrupted after the message went out, so IMWU may "
              "already have it; check your Sent folder before sending again.",
        "fr": "Un envoi précédent a été interrompu après le départ du message, et l'UMIT l'a "
              "donc peut-être déjà reçu; vérifiez votre dossier des messages envoyés "
              "avant d'envoyer de nouveau.",
    },
    "accounts_not_saved": {
        "en": "The mail accounts could not be saved in {folder} ({why}); check that the folder "
              "is writable.",
        "fr": "Les comptes de courriel n'ont pas pu être enregistrés dans {folder} ({why})"
              "; vérifiez que le dossier est accessible en écriture.",
    },
}

#: every table, for the tests that check both languages
TABLES: dict[str, MessageTable] = {
    "PRESET_HELP": PRESET_HELP, "PRESET_LABELS": PRESET_LABELS, "SETTINGS": SETTINGS,
    "SEND": SEND, "OS_REASONS": OS_REASONS, "COMPOSE": COMPOSE, "SIZES": SIZES,
    "PREVIEW": PREVIEW, "RECORD": RECORD,
}
