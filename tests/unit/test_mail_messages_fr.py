"""The mail service speaks the interface's language: every message in English and French.

The tables are checked as text (both languages, same fields, French that is French, French
typography, the glossary's terms); then real failures on a loopback SMTP server (aiosmtpd),
a refused keyring and the Send step's other sentences come out in French when asked, and
stay English by default (the CLI).
"""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from jaraco.classes import properties
from keyring.backends import fail
from local_smtp import LocalSmtp, RecordingHandler, start_server

from imwu_desktop.domain.case import Case, Language, State, StatusEvent
from imwu_desktop.services import credentials
from imwu_desktop.services.casefile import new_store
from imwu_desktop.services.mail import accounts
from imwu_desktop.services.mail.compose import (
    Attachment,
    ComposedMessage,
    ComposeError,
    compose_message,
    human_size,
    imwu_size_problem,
    preview_text,
)
from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.messages import TABLES
from imwu_desktop.services.mail.presets import PRESETS, ServerSettings
from imwu_desktop.services.mail.record import record_unconfirmed, resend_warning
from imwu_desktop.services.mail.request import readiness_problem
from imwu_desktop.services.mail.send import error_for_reply, send_message
from tests.unit.message_tables import (
    NBSP,
    check_both_languages,
    check_french_words,
    check_typography,
    entries,
)

USER = "anne.tremblay@maplerobotics.example"
PASSWORD = "Crème brûlée 42 !"
IMWU = "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"

ENTRIES = entries({**TABLES, "credentials.MESSAGES": credentials.MESSAGES})

#: words that only English has (none of them is a French word or a name we keep)
ENGLISH_WORDS = re.compile(
    r"\b(the|and|your|you|password|passwords|server|email|mail|send|sent|sending|check|try|"
    r"again|not|with|for|is|are|was|were|could|this|that|account|attachments?|please|"
    r"settings|sign-in|bytes|more|none|backend|keyring|request|ready|refused|found|"
    r"connection|encrypted|until|before|after|which|when|may|must|need|needs|use|from|to|"
    r"of|or|it|be|can|cannot)\b", re.IGNORECASE)
#: names, products and technical tokens that are the same in both languages
KEPT_AS_IS = re.compile(
    r"\{\w*\}|Proton Mail Bridge|Outlook\.com|Microsoft 365|SMTP AUTH|STARTTLS|SSL/TLS|"
    r"imwu-desktop check|[\w.]+\.(com|apple\.com)(/\w+)?|\.eml|\bPEM\b|\bCc\b")


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_every_message_has_both_languages_with_the_same_fields(
        where: str, texts: dict[str, str]) -> None:
    check_both_languages(where, texts)


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_french_is_written_in_french(where: str, texts: dict[str, str]) -> None:
    check_french_words(where, texts, ENGLISH_WORDS, KEPT_AS_IS)


@pytest.mark.parametrize(("where", "texts"), ENTRIES, ids=[w for w, _ in ENTRIES])
def test_french_typography_and_glossary(where: str, texts: dict[str, str]) -> None:
    check_typography(where, texts)


def test_every_preset_has_french_help_and_a_french_name_where_it_is_not_a_brand() -> None:
    for preset in PRESETS:
        assert preset.password_help("fr") != preset.password_help("en"), preset.key
        assert preset.password_help() == preset.password_help("en")
    labels = {p.key: p.label_in("fr") for p in PRESETS}
    assert labels["custom"] == "Autre serveur (personnalisé)"
    assert labels["gmail"] == "Gmail"
    gmail = next(p for p in PRESETS if p.key == "gmail")
    assert gmail.password_help("fr").startswith("Google exige un mot de passe d'application")


def test_sizes_use_ko_and_mo_with_a_decimal_comma_in_french() -> None:
    assert human_size(2_345_678, "fr") == f"2,35{NBSP}Mo"
    assert human_size(245_300, "fr") == f"245{NBSP}ko"
    assert human_size(12, "fr") == f"12{NBSP}octets"
    assert human_size(2_345_678) == "2.35 MB"  # English stays as the CLI prints it
    assert human_size(245_300, "en") == "245 kB"


def test_settings_problems_in_french() -> None:
    problems = ServerSettings("", 0, "plain", timeout=0).problems("fr")
    assert problems == [
        "Entrez le nom du serveur d'envoi (par exemple smtp.example.com).",
        "Le port doit être un nombre de 1 à 65535.",
        "Choisissez STARTTLS ou SSL/TLS comme sécurité.",
        "Le délai d'attente doit être supérieur à zéro seconde.",
    ]
    assert ServerSettings("", 587).problems()[0].startswith("Enter the mail server name")


def _reply(code: int, text: str, host: str, phase: str = "auth") -> SendError:
    return error_for_reply(code, f"{code} {text}", phase=phase,
                           server=ServerSettings(host, 587), size=5_000_000, lang="fr")


def test_provider_advice_on_refused_sign_ins_is_french() -> None:
    off = _reply(535, "5.7.139 Authentication unsuccessful", "smtp.office365.com")
    assert off.kind == "auth"
    assert off.message.startswith("Microsoft a refusé la connexion parce que")
    assert "administrateur Microsoft 365" in off.next_step
    confirm = _reply(534, "5.7.14 Please log in with your web browser", "smtp.gmail.com")
    assert confirm.next_step.startswith("Connectez-vous une fois à votre messagerie Web")
    assert "puis réessayez; Google exige" in confirm.next_step  # the provider's help
    busy = _reply(421, "4.7.0 Try again later", "smtp.example.com", phase="reply")
    assert busy.kind == "try_later"
    assert busy.text == ("Le serveur est occupé ou a refusé le message temporairement. "
                         "Attendez quelques minutes et envoyez de nouveau.")
    big = _reply(552, "5.3.4 Message size exceeds fixed maximum", "smtp.example.com", "reply")
    assert big.message == f"Le serveur a refusé le message parce qu'il est trop volumineux " \
                          f"(5,00{NBSP}Mo)."


# --- real failures on 127.0.0.1 -----------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalSmtp]:
    srv = start_server(tmp_path, users={USER: PASSWORD})
    yield srv
    srv.stop()


def _settings(port: int, ca_file: Path | str = "", timeout: float = 10.0) -> ServerSettings:
    return ServerSettings("127.0.0.1", port, "starttls", str(ca_file), timeout)


def _message(size: int = 0) -> ComposedMessage:
    files = [Attachment("a.pdf", os.urandom(size))] if size else []
    return compose_message(sender=USER, to=IMWU, subject="essai", body="x", attachments=files)


def _fails(settings: ServerSettings, *, password: str = PASSWORD, size: int = 0,
           cancel: threading.Event | None = None) -> SendError:
    message = _message(size)
    with pytest.raises(SendError) as caught:
        send_message(settings, message, username=USER, password=password, cancel=cancel,
                     lang="fr")
    return caught.value


@pytest.mark.smtp
def test_wrong_password_is_explained_in_french(server: LocalSmtp) -> None:
    error = _fails(_settings(server.port, server.ca_file), password="pas le bon")
    assert error.kind == "auth"
    assert error.message == "Le serveur a refusé le nom d'utilisateur ou le mot de passe."
    assert "Gmail, iCloud et Yahoo exigent un mot de passe d'application" in error.next_step
    assert error.server_reply.startswith("535")  # the server's own words stay as they are


@pytest.mark.smtp
def test_untrusted_certificate_is_explained_in_french(server: LocalSmtp) -> None:
    error = _fails(_settings(server.port))  # self-signed, no CA file given
    assert error.kind == "certificate"
    assert error.message.startswith("Le certificat de 127.0.0.1 n'a pas pu être vérifié")
    assert "fichier d'autorité de certification" in error.next_step
    assert server.handler.auth_attempts == []


@pytest.mark.smtp
def test_server_without_starttls_is_explained_in_french(tmp_path: Path) -> None:
    srv = start_server(tmp_path, starttls=False)
    try:
        error = _fails(_settings(srv.port, srv.ca_file))
    finally:
        srv.stop()
    assert error.kind == "no_tls"
    assert error.message == (f"127.0.0.1:{srv.port} n'offre pas de connexion chiffrée "
                             f"(STARTTLS); votre mot de passe n'a donc pas été envoyé.")


@pytest.mark.smtp
def test_server_size_limit_and_552_are_explained_in_french(tmp_path: Path) -> None:
    srv = start_server(tmp_path, users={USER: PASSWORD}, data_size_limit=1_000_000)
    try:
        limit = _fails(_settings(srv.port, srv.ca_file), size=1_000_000)
    finally:
        srv.stop()
    assert limit.kind == "too_large"
    assert f"mais 127.0.0.1 accepte au plus 1,00{NBSP}Mo." in limit.message
    handler = RecordingHandler(data_reply="552 5.3.4 Message size exceeds fixed maximum")
    (tmp_path / "second").mkdir()
    srv = start_server(tmp_path / "second", users={USER: PASSWORD}, handler=handler)
    try:
        refused = _fails(_settings(srv.port, srv.ca_file), size=10_000)
    finally:
        srv.stop()
    assert refused.kind == "too_large"
    assert refused.next_step == ("Réduisez ou retirez des pièces jointes (l'UMIT accepte au "
                                 f"plus 4{NBSP}Mo) et envoyez de nouveau.")


@pytest.mark.smtp
def test_closed_port_and_silent_server_are_explained_in_french() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
    closed = _fails(_settings(port))
    assert closed.kind == "connect"
    assert closed.message == f"Impossible de se connecter à 127.0.0.1:{port} (connexion refusée)."
    with socket.create_server(("127.0.0.1", 0)) as listener:  # accepts, never says hello
        silent = _fails(_settings(listener.getsockname()[1], timeout=0.5))
    assert silent.kind == "timeout"
    assert f"n'a pas répondu en 0,5{NBSP}secondes." in silent.message


@pytest.mark.smtp
def test_cancelled_send_is_explained_in_french(server: LocalSmtp) -> None:
    cancel = threading.Event()
    cancel.set()
    error = _fails(_settings(server.port, server.ca_file), cancel=cancel, size=200_000)
    assert error.kind == "cancelled" and not error.uncertain
    assert error.text == ("L'envoi a été annulé; le message n'a pas été envoyé. "
                          "Envoyez de nouveau quand vous serez prêt.")
    assert server.handler.received == []


@pytest.mark.smtp
def test_english_stays_the_default_for_the_cli(server: LocalSmtp) -> None:
    with pytest.raises(SendError) as caught:
        send_message(_settings(server.port, server.ca_file), _message(), username=USER,
                     password="wrong")
    assert caught.value.message == "The server refused the user name or password."


# --- the Send step's other sentences ------------------------------------------------------


def test_readiness_sentence_in_french_around_the_problems_of_a_french_reader() -> None:
    case = Case()
    case.language = Language.FR
    text = readiness_problem(case, lang="fr")
    assert text is not None
    assert text.startswith(f"La demande n'est pas prête à être envoyée{NBSP}: ")
    assert re.search(rf"\(et \d+{NBSP}autres\)$", text), text
    english = readiness_problem(Case())
    assert english is not None and english.startswith("The request is not ready to send: ")
    assert re.search(r"\(and \d+ more\)$", english)


def test_address_errors_size_problem_and_preview_in_french() -> None:
    with pytest.raises(ComposeError) as caught:
        compose_message(sender="anne@", to=IMWU, subject="s", body="b", lang="fr")
    assert str(caught.value) == (f"L'adresse de l'expéditeur «{NBSP}anne@{NBSP}» n'est pas une "
                                 f"adresse courriel valide; corrigez-la et réessayez.")
    with pytest.raises(ComposeError, match=r"Deux pièces jointes s'appellent a\.pdf"):
        compose_message(sender=USER, to=IMWU, subject="s", body="b", lang="fr",
                        attachments=[Attachment("a.pdf", b"1"), Attachment("a.pdf", b"2")])
    big = compose_message(sender=USER, to=IMWU, subject="Request for opinion", body="Hello,\n",
                          attachments=[Attachment("a.pdf", os.urandom(3_100_000))])
    problem = imwu_size_problem(big, "fr")
    assert problem is not None and problem.startswith("Une fois encodé, le message fait 4,")
    assert f"limite de l'UMIT (4,00{NBSP}Mo)" in problem
    preview = preview_text(big, "fr").splitlines()
    assert preview[0] == f"De{NBSP}: {USER}"
    assert f"Objet{NBSP}: Request for opinion" in preview  # the message itself is unchanged
    assert "Hello," in preview
    assert preview[-1].startswith(f"Taille du message encodé{NBSP}: 4,")
    assert preview[-1].endswith(f"{NBSP}octets)")
    assert preview_text(big).splitlines()[0] == f"From: {USER}"


def test_resend_warnings_in_french() -> None:
    with new_store(Case()) as opened:
        record_unconfirmed(opened, b"Subject: x\r\n\r\nx\r\n")
        unconfirmed = resend_warning(opened, "fr")
        assert unconfirmed is not None
        assert unconfirmed.startswith("Un envoi précédent a été interrompu")
        opened.case.add_status(StatusEvent(state=State.SENT, recipient=IMWU,
                                           at=datetime(2026, 11, 3, 14, 5, tzinfo=UTC)))
        sent = resend_warning(opened, "fr")
    assert sent is not None and sent.startswith("Cette demande a déjà été envoyée le 2026-11-0")
    assert re.search(rf" à \d\d{NBSP}h{NBSP}05 à {re.escape(IMWU)}; ", sent), sent


def test_accounts_that_cannot_be_saved_say_so_in_french(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    account = accounts.Account("Travail", USER, "smtp.example.com", 587)
    with pytest.raises(accounts.AccountsError) as caught:
        accounts.upsert_account(account, "fr")
    assert str(caught.value).startswith("Les comptes de courriel n'ont pas pu être enregistrés")
    assert str(caught.value).endswith("vérifiez que le dossier est accessible en écriture.")


class _LockedKeyring(keyring.backend.KeyringBackend):
    """A locked secret store: every read and write raises KeyringLocked."""

    @properties.classproperty
    def priority(cls) -> float:  # never picked by keyring's own detection
        raise RuntimeError("test backend")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_keyring_problems_in_french(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(credentials.KeyringUnavailable) as missing:
        credentials.store_password("anne@smtp.example.com:587", "secret", "fr")
    assert str(missing.value).startswith("Cet ordinateur n'a aucun trousseau de mots de passe "
                                         "utilisable (module Keyring)")
    keyring.set_keyring(_LockedKeyring())
    with pytest.raises(credentials.KeyringUnavailable) as locked:
        credentials.read_password("anne@smtp.example.com:587", "fr")
    assert locked.value.locked
    assert str(locked.value).startswith("Le trousseau de mots de passe est verrouillé "
                                        "(KeyringLocked); déverrouillez-le")
    with pytest.raises(credentials.KeyringUnavailable, match="keyring is locked"):
        credentials.read_password("anne@smtp.example.com:587")
