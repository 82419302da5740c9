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

from imwu_desktop.errors import UserError

log = logging.getLogger(__name__)

SERVICE_NAME = "IMWU Desktop"

_UNAVAILABLE = ("There is no usable password keyring on this computer ({why}), so the password "
                "cannot be remembered; use the password for this session only.")
_LOCKED = ("The password keyring is locked ({why}); unlock it (sign in to your desktop "
           "session) and try again, or use the password for this session only.")

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


def _backend() -> Any:
    try:
        backend = keyring.get_keyring()
    except _BACKEND_ERRORS as exc:  # detection itself failed
        raise KeyringUnavailable(_UNAVAILABLE.format(why=type(exc).__name__)) from None
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        raise KeyringUnavailable(_UNAVAILABLE.format(why=f"backend {type(backend).__name__}"))
    # A chain of backends is fine only if it contains a real one.
    chained = getattr(backend, "backends", None)
    if chained is not None and not any(
            not type(b).__module__.startswith(_REFUSED_MODULE_PREFIXES) for b in chained):
        raise KeyringUnavailable(_UNAVAILABLE.format(why="no secret service backend"))
    return backend


def _translate(exc: Exception) -> KeyringUnavailable:
    """Name the cause without ever including a secret (keyring messages carry none)."""
    why = type(exc).__name__
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(_LOCKED.format(why=why), locked=True)
    return KeyringUnavailable(_UNAVAILABLE.format(why=why))


def keyring_description() -> str:
    """Which keyring would be used, for the self-test and the settings page."""
    try:
        backend = _backend()
    except KeyringUnavailable as exc:
        return str(exc)
    return f"{type(backend).__module__}.{type(backend).__name__}"


def store_password(entry: str, password: str) -> None:
    """Save or replace the password of one account entry in the OS keyring."""
    if not password:
        raise ValueError("an empty password is not stored")
    backend = _backend()
    try:
        backend.set_password(SERVICE_NAME, entry, password)
    except _BACKEND_ERRORS as exc:
        raise _translate(exc) from None
    log.info("password stored in the keyring for one account")


def read_password(entry: str) -> str | None:
    """The stored password, or None when this account has none saved."""
    backend = _backend()
    try:
        value = backend.get_password(SERVICE_NAME, entry)
    except _BACKEND_ERRORS as exc:
        raise _translate(exc) from None
    return value if isinstance(value, str) else None


def delete_password(entry: str) -> bool:
    """Forget the password; False when there was none."""
    backend = _backend()
    try:
        if backend.get_password(SERVICE_NAME, entry) is None:
            return False
        backend.delete_password(SERVICE_NAME, entry)
    except keyring.errors.PasswordDeleteError:
        return False
    except _BACKEND_ERRORS as exc:
        raise _translate(exc) from None
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
