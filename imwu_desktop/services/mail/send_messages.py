"""What a failed send says, in English and Canadian French: what happened, then what to do.

Used by errors.SendError and send.py; the rest of the mail service's sentences are in
messages.py (same conventions).
"""

from __future__ import annotations

from imwu_desktop.domain.i18n_text import MessageTable

_UNCERTAIN_NEXT = {
    "en": "Check the Sent folder or wait for IMWU's acknowledgement before sending again.",
    "fr": "Vérifiez le dossier des messages envoyés ou attendez l'accusé de réception de "
          "l'UMIT avant d'envoyer de nouveau.",
}
_SHRINK_NEXT = {
    "en": "Shrink or remove attachments and send again.",
    "fr": "Réduisez ou retirez des pièces jointes et envoyez de nouveau.",
}

#: failed sends: `<key>` says what happened, `<key>_next` what to do (errors.SendError)
SEND: MessageTable = {
    "ca_file": {"en": "The certificate file {path} could not be read ({why}).",
                "fr": "Le fichier de certificat {path} n'a pas pu être lu ({why})."},
    "ca_file_next": {
        "en": "Choose the PEM certificate file of your mail server or leave the field empty.",
        "fr": "Choisissez le fichier de certificat PEM de votre serveur d'envoi ou laissez le "
              "champ vide.",
    },
    "settings_next": {"en": "Correct the account settings and try again.",
                      "fr": "Corrigez les paramètres du compte et réessayez."},
    "no_password": {"en": "No password was given for this account.",
                    "fr": "Aucun mot de passe n'a été fourni pour ce compte."},
    "no_password_next": {"en": "Enter the password and try again.",
                         "fr": "Entrez le mot de passe et réessayez."},
    "auth_m365_off": {
        "en": "Microsoft refused the sign-in because basic authentication (SMTP AUTH) is "
              "turned off for this account or organisation.",
        "fr": "Microsoft a refusé la connexion parce que l'authentification de base "
              "(SMTP AUTH) est désactivée pour ce compte ou cette organisation.",
    },
    "auth_m365_off_next": {
        "en": "Ask your Microsoft 365 administrator to enable SMTP AUTH for this mailbox (or "
              "to exempt it from security defaults), or save the message as .eml and send it "
              "from Outlook.",
        "fr": "Demandez à votre administrateur Microsoft 365 d'activer SMTP AUTH pour cette "
              "boîte aux lettres (ou de la soustraire aux paramètres de sécurité par défaut), "
              "ou enregistrez le message en .eml et envoyez-le depuis Outlook.",
    },
    "auth_app_password": {
        "en": "The server requires an app password instead of your usual password.",
        "fr": "Le serveur exige un mot de passe d'application au lieu de votre mot de passe "
              "habituel.",
    },
    "auth_app_password_next": {
        "en": "Turn on two-step verification in your account, create an app password "
              "(Google: myaccount.google.com/apppasswords) and use it here.",
        "fr": "Activez la validation en deux étapes dans votre compte, créez un mot de passe "
              "d'application (Google\u00a0: myaccount.google.com/apppasswords) et "
              "utilisez-le ici.",
    },
    "auth_microsoft": {"en": "Microsoft refused the user name or password.",
                       "fr": "Microsoft a refusé le nom d'utilisateur ou le mot de passe."},
    "auth_microsoft_next": {
        "en": "Check both; if two-step verification is on, use an app password, and note "
              "that many organisations turn off SMTP AUTH (ask your administrator).",
        "fr": "Vérifiez-les tous les deux; si la validation en deux étapes est activée, "
              "utilisez un mot de passe d'application, et sachez que beaucoup d'organisations "
              "désactivent SMTP AUTH (demandez à votre administrateur).",
    },
    "auth_confirm": {
        "en": "The server wants you to confirm this sign-in before it accepts mail programs.",
        "fr": "Le serveur veut que vous confirmiez cette connexion avant d'accepter les "
              "logiciels de courriel.",
    },
    "auth_confirm_next": {
        "en": "Sign in to your webmail once in a browser, follow any security prompt, "
              "then try again.",
        "fr": "Connectez-vous une fois à votre messagerie Web dans un navigateur, suivez les "
              "consignes de sécurité affichées, puis réessayez.",
    },
    "auth_confirm_hint_next": {
        "en": "Sign in to your webmail once in a browser, follow any security prompt, "
              "then try again; {hint}",
        "fr": "Connectez-vous une fois à votre messagerie Web dans un navigateur, suivez les "
              "consignes de sécurité affichées, puis réessayez; {hint}",
    },
    "auth_refused": {"en": "The server refused the user name or password.",
                     "fr": "Le serveur a refusé le nom d'utilisateur ou le mot de passe."},
    "auth_refused_next": {
        "en": "Check both (the user name is usually your full email address). {hint}",
        "fr": "Vérifiez-les tous les deux (le nom d'utilisateur est habituellement votre "
              "adresse courriel complète). {hint}",
    },
    "auth_hint": {
        "en": "Gmail, iCloud and Yahoo need an app password for mail programs, created in "
              "your account's security settings.",
        "fr": "Gmail, iCloud et Yahoo exigent un mot de passe d'application pour les logiciels "
              "de courriel, à créer dans les paramètres de sécurité de votre compte.",
    },
    "too_large_reply": {
        "en": "The server refused the message as too large ({size}).",
        "fr": "Le serveur a refusé le message parce qu'il est trop volumineux ({size}).",
    },
    "too_large_reply_next": {
        "en": "Shrink or remove attachments (IMWU accepts at most 4 MB) and send again.",
        "fr": "Réduisez ou retirez des pièces jointes (l'UMIT accepte au plus 4\u00a0Mo) et "
              "envoyez de nouveau.",
    },
    "too_large_limit": {"en": "The message is {size} but {host} accepts at most {limit}.",
                        "fr": "Le message fait {size}, mais {host} accepte au plus {limit}."},
    "too_large_limit_next": _SHRINK_NEXT,
    "try_later": {"en": "The server is busy or temporarily refused the message.",
                  "fr": "Le serveur est occupé ou a refusé le message temporairement."},
    "try_later_next": {"en": "Wait a few minutes and send again.",
                       "fr": "Attendez quelques minutes et envoyez de nouveau."},
    "refused_address": {"en": "The server refused the sender or recipient address.",
                        "fr": "Le serveur a refusé l'adresse de l'expéditeur ou du "
                              "destinataire."},
    "refused_address_next": {
        "en": "Check that the From address belongs to this account and that the recipient is "
              "spelled correctly.",
        "fr": "Vérifiez que l'adresse de l'expéditeur appartient à ce compte et que celle du "
              "destinataire est bien écrite.",
    },
    "refused": {"en": "The server refused the message ({reply}).",
                "fr": "Le serveur a refusé le message ({reply})."},
    "refused_next": {
        "en": "Read the server's reply above; if it is unclear, save the message as .eml and "
              "send it from your mail program.",
        "fr": "Lisez la réponse du serveur ci-dessus; si elle n'est pas claire, "
              "enregistrez le message en .eml et envoyez-le depuis votre logiciel de courriel.",
    },
    "certificate": {
        "en": "The certificate of {host} could not be verified ({why}), so nothing was sent.",
        "fr": "Le certificat de {host} n'a pas pu être vérifié ({why}); rien n'a donc "
              "été envoyé.",
    },
    "certificate_next": {
        "en": "Check the server name; for a company server with its own certificate, choose "
              "its CA file in the account settings.",
        "fr": "Vérifiez le nom du serveur; pour un serveur d'entreprise qui a son propre "
              "certificat, choisissez son fichier d'autorité de certification dans les "
              "paramètres du compte.",
    },
    "tls": {"en": "An encrypted connection with {where} could not be set up ({why}).",
            "fr": "Une connexion chiffrée avec {where} n'a pas pu être établie ({why})."},
    "tls_next": {
        "en": "Check the security setting: port 587 normally uses STARTTLS and port 465 uses "
              "SSL/TLS.",
        "fr": "Vérifiez le paramètre de sécurité\u00a0: le port 587 utilise normalement "
              "STARTTLS, et le port 465, SSL/TLS.",
    },
    "timeout_data": {
        "en": "The server stopped answering while the message was being sent (no reply within "
              "{seconds} seconds); the message may or may not have arrived.",
        "fr": "Le serveur a cessé de répondre pendant l'envoi du message (aucune réponse en "
              "{seconds}\u00a0secondes); le message est peut-être arrivé, peut-être pas.",
    },
    "timeout_data_next": _UNCERTAIN_NEXT,
    "timeout": {"en": "{where} did not answer within {seconds} seconds.",
                "fr": "{where} n'a pas répondu en {seconds}\u00a0secondes."},
    "timeout_next": {
        "en": "Check the port and security settings (465 uses SSL/TLS, 587 STARTTLS) and your "
              "connection, then try again.",
        "fr": "Vérifiez le port et le paramètre de sécurité (465 utilise SSL/TLS, 587 "
              "STARTTLS) ainsi que votre connexion, puis réessayez.",
    },
    "lost_data": {
        "en": "The connection was lost while the message was being sent; it may or may not "
              "have arrived.",
        "fr": "La connexion a été perdue pendant l'envoi du message; il est peut-être "
              "arrivé, peut-être pas.",
    },
    "lost_data_next": _UNCERTAIN_NEXT,
    "lost_before": {"en": "{where} closed the connection before the message was sent.",
                    "fr": "{where} a fermé la connexion avant l'envoi du message."},
    "lost_before_next": {"en": "Try again in a few minutes; nothing was sent.",
                         "fr": "Réessayez dans quelques minutes; rien n'a été envoyé."},
    "closed_at_once": {
        "en": "{where} closed the connection as soon as it was opened, so nothing was sent.",
        "fr": "{where} a fermé la connexion dès son ouverture; rien n'a donc été envoyé.",
    },
    "closed_at_once_next": {
        "en": "The server may be busy or may not accept mail from your network; check the "
              "server name, port and security setting, then try again in a few minutes.",
        "fr": "Le serveur est peut-être occupé ou refuse peut-être le courriel venant de votre "
              "réseau; vérifiez le nom du serveur, le port et le paramètre de sécurité, "
              "puis réessayez dans quelques minutes.",
    },
    "not_found": {"en": "The mail server {host} could not be found.",
                  "fr": "Le serveur d'envoi {host} est introuvable."},
    "not_found_next": {"en": "Check the server name and your internet connection.",
                       "fr": "Vérifiez le nom du serveur et votre connexion Internet."},
    "no_connect": {"en": "Could not connect to {where} ({why}).",
                   "fr": "Impossible de se connecter à {where} ({why})."},
    "no_connect_next": {
        "en": "Check the server name, port and internet connection; a firewall may block the "
              "port.",
        "fr": "Vérifiez le nom du serveur, le port et la connexion Internet; un pare-feu "
              "bloque peut-être le port.",
    },
    "no_starttls": {
        "en": "{where} does not offer an encrypted connection (STARTTLS), so your password was "
              "not sent.",
        "fr": "{where} n'offre pas de connexion chiffrée (STARTTLS); votre mot de passe "
              "n'a donc pas été envoyé.",
    },
    "no_starttls_next": {
        "en": "Check the port and security settings (try SSL/TLS on port 465) or ask your "
              "provider for the secure settings.",
        "fr": "Vérifiez le port et le paramètre de sécurité (essayez SSL/TLS sur le port 465) "
              "ou demandez les paramètres sécurisés à votre fournisseur.",
    },
    "not_encrypted": {"en": "The connection is not encrypted, so your password was not sent.",
                      "fr": "La connexion n'est pas chiffrée; votre mot de passe n'a "
                            "donc pas été envoyé."},
    "not_encrypted_next": {"en": "Use STARTTLS or SSL/TLS.",
                           "fr": "Choisissez STARTTLS ou SSL/TLS."},
    "no_auth": {"en": "{where} does not offer sign-in.",
                "fr": "{where} n'offre pas d'authentification."},
    "no_auth_next": {
        "en": "Leave the user name empty if this server accepts mail without one, or check "
              "the server and port.",
        "fr": "Laissez le nom d'utilisateur vide si ce serveur accepte le courriel sans "
              "authentification, ou vérifiez le serveur et le port.",
    },
    "auth_methods": {
        "en": "{where} only offers sign-in methods this app does not support ({methods}).",
        "fr": "{where} n'offre que des méthodes d'authentification que cette application ne "
              "prend pas en charge ({methods}).",
    },
    "auth_methods_next": {
        "en": "Save the message as .eml and send it from your mail program.",
        "fr": "Enregistrez le message en .eml et envoyez-le depuis votre logiciel de courriel.",
    },
    "no_methods": {"en": "none", "fr": "aucune"},
    "cancelled": {"en": "Sending was cancelled; the message was not sent.",
                  "fr": "L'envoi a été annulé; le message n'a pas été envoyé."},
    "cancelled_next": {"en": "Send again when you are ready.",
                       "fr": "Envoyez de nouveau quand vous serez prêt."},
}

#: why a connection failed, by errno name (the system's own text is English)
OS_REASONS: MessageTable = {
    "ECONNREFUSED": {"en": "connection refused", "fr": "connexion refusée"},
    "ECONNRESET": {"en": "connection reset", "fr": "connexion réinitialisée"},
    "ETIMEDOUT": {"en": "connection timed out", "fr": "délai de connexion dépassé"},
    "EHOSTUNREACH": {"en": "no route to the server", "fr": "serveur inaccessible"},
    "ENETUNREACH": {"en": "network unreachable", "fr": "réseau inaccessible"},
    "EHOSTDOWN": {"en": "server down", "fr": "serveur hors service"},
}
