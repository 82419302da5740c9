"""Mail passwords: only in the OS keyring, or in memory for this session.

One service name for the app, one entry per account (`username@host:port`). When there is
no keyring, or it is locked, callers get `KeyringUnavailable` and may keep the password in a
`SessionPasswords` holder instead: it is never written anywhere and never logged.
"""

from __future__ import annotations

import logging
from typing import Any

import keyring
import keyring.errors

from imwu_desktop.domain.i18n_text import MessageTable, say
from imwu_desktop.errors import UserError

log = logging.getLogger(__name__)

SERVICE_NAME = "IMWU Desktop"

#: what the user reads when the keyring cannot be used, in English and French (`lang`)
MESSAGES: MessageTable = {
    "unavailable": {
        "en": "There is no usable password keyring on this computer ({why}), so the password "
              "cannot be remembered; use the password for this session only.",
        "fr": "Cet ordinateur n'a aucun trousseau de mots de passe utilisable ({why}), donc le "
              "mot de passe ne peut pas être mémorisé; utilisez-le pour cette session "
              "seulement.",
    },
    "locked": {
        "en": "The password keyring is locked ({why}); unlock it (sign in to your desktop "
              "session) and try again, or use the password for this session only.",
        "fr": "Le trousseau de mots de passe est verrouillé ({why}); déverrouillez-le "
              "(ouvrez votre session de bureau) et réessayez, ou utilisez le mot de passe pour "
              "cette session seulement.",
    },
    "why_backend": {"en": "backend {name}", "fr": "module {name}"},
    "why_no_service": {"en": "no secret service backend", "fr": "aucun service de secrets"},
}

# Backends that keep secrets in files we would be responsible for: never acceptable.
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


#: what a backend may raise when the keyring cannot be used: keyring's own errors, and raw
#: D-Bus / secretstorage errors some backends let through (e.g. a bus that went away)
_BACKEND_ERRORS = (Exception,)


class KeyringUnavailable(UserError):
    """No OS keyring (or a locked one): the password can only be kept for this session."""

    def __init__(self, message: str, *, locked: bool = False) -> None:
        super().__init__(message)
        self.locked = locked


def _unavailable(lang: str, why: str) -> KeyringUnavailable:
    return KeyringUnavailable(say(MESSAGES, "unavailable", lang, why=why))


def _backend(lang: str = "en") -> Any:
    try:
        backend = keyring.get_keyring()
    except _BACKEND_ERRORS as exc:  # detection itself failed
        raise _unavailable(lang, type(exc).__name__) from None
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        raise _unavailable(lang, say(MESSAGES, "why_backend", lang,
                                     name=type(backend).__name__))
    # A chain of backends is fine only if it contains a real one.
    chained = getattr(backend, "backends", None)
    if chained is not None and not any(
            not type(b).__module__.startswith(_REFUSED_MODULE_PREFIXES) for b in chained):
        raise _unavailable(lang, say(MESSAGES, "why_no_service", lang))
    return backend


def _translate(exc: Exception, lang: str = "en") -> KeyringUnavailable:
    """Name the cause without ever including a secret (keyring messages carry none)."""
    why = type(exc).__name__
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(say(MESSAGES, "locked", lang, why=why), locked=True)
    return _unavailable(lang, why)


def keyring_description(lang: str = "en") -> str:
    """Which keyring would be used, for the self-test and the settings page."""
    try:
        backend = _backend(lang)
    except KeyringUnavailable as exc:
        return str(exc)
    return f"{type(backend).__module__}.{type(backend).__name__}"


def store_password(entry: str, password: str, lang: str = "en") -> None:
    """Save or replace the password of one account entry in the OS keyring.

    `lang` ("en" or "fr") is the language of KeyringUnavailable's sentence.
    """
    if not password:
        raise ValueError("an empty password is not stored")
    backend = _backend(lang)
    try:
        backend.set_password(SERVICE_NAME, entry, password)
    except _BACKEND_ERRORS as exc:
        raise _translate(exc, lang) from None
    log.info("password stored in the keyring for one account")


def read_password(entry: str, lang: str = "en") -> str | None:
    """The stored password, or None when this account has none saved."""
    backend = _backend(lang)
    try:
        value = backend.get_password(SERVICE_NAME, entry)
    except _BACKEND_ERRORS as exc:
        raise _translate(exc, lang) from None
    return value if isinstance(value, str) else None


def delete_password(entry: str, lang: str = "en") -> bool:
    """Forget the password; False when there was none."""
    backend = _backend(lang)
    try:
        if backend.get_password(SERVICE_NAME, entry) is None:
            return False
        backend.delete_password(SERVICE_NAME, entry)
    except keyring.errors.PasswordDeleteError:
        return False
    except _BACKEND_ERRORS as exc:
        raise _translate(exc, lang) from None
    log.info("password removed from the keyring for one account")
    return True


class SessionPasswords:
    """Passwords kept in memory only, for this run of the app (no keyring, or not wanted)."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def put(self, entry: str, password: str) -> None:
        self._values[entry] = password

    def get(self, entry: str) -> str | None:
        return self._values.get(entry)

    def forget(self, entry: str) -> None:
        self._values.pop(entry, None)

    def __repr__(self) -> str:  # never show the values, even in a debugger or a log
        return f"<SessionPasswords entries={len(self._values)}>"


#: the app-wide holder for session-only passwords
SESSION = SessionPasswords()


def find_password(entry: str, session: SessionPasswords = SESSION) -> str | None:
    """Session password first, then the keyring; None if neither has one.

    A missing or locked keyring is not an error here: there is simply no saved password.
    """
    value = session.get(entry)
    if value is not None:
        return value
    try:
        return read_password(entry)
    except KeyringUnavailable:
        return None
