"""Saved mail accounts (config_dir()/accounts.json). Passwords are never stored here.

The password of an account lives in the OS keyring under `Account.keyring_entry`
(see services.credentials).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.errors import UserError
from imwu_desktop.services.mail.messages import RECORD
from imwu_desktop.services.mail.presets import DEFAULT_TIMEOUT, ServerSettings
from imwu_desktop.services.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = "accounts.json"
_FORMAT = "imwu-accounts"
_VERSION = 1


class AccountsError(UserError):
    """The accounts file cannot be read or written."""


@dataclass(frozen=True)
class Account:
    """A sending account: who sends, and which server with which user name."""

    name: str  # what the user calls it, e.g. "Work Gmail"
    email: str  # the From address
    host: str
    port: int
    security: str = "starttls"
    username: str = ""  # usually the email address
    display_name: str = ""
    preset: str = "custom"
    ca_file: str = ""
    timeout: float = DEFAULT_TIMEOUT

    @property
    def server(self) -> ServerSettings:
        return ServerSettings(host=self.host, port=self.port, security=self.security,
                              ca_file=self.ca_file, timeout=self.timeout)

    @property
    def keyring_entry(self) -> str:
        """One keyring entry per account: `username@host:port`."""
        return keyring_entry(self.username or self.email, self.host, self.port)


def keyring_entry(username: str, host: str, port: int) -> str:
    return f"{username}@{host.strip().lower()}:{port}"


def _path() -> Path:
    return config_dir() / FILE_NAME


def _from_json(item: Any) -> Account | None:
    if not isinstance(item, dict):
        return None
    known = {f.name for f in fields(Account)}
    values = {k: v for k, v in item.items() if k in known}  # ignores anything else, e.g. secrets
    try:
        account = Account(**values)
        return Account(**{**values, "port": int(account.port), "timeout": float(account.timeout)})
    except (TypeError, ValueError):
        return None


def load_accounts() -> list[Account]:
    """Saved accounts, oldest first. A damaged file is kept aside and treated as empty."""
    path = _path()
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data["accounts"] if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ValueError("no account list")
    except (OSError, ValueError, KeyError) as exc:
        log.warning("accounts file unreadable (%s); keeping it as .damaged", type(exc).__name__)
        with contextlib.suppress(OSError):
            path.replace(path.with_suffix(".json.damaged"))
        return []
    return [a for a in (_from_json(i) for i in items) if a is not None]


def save_accounts(accounts: list[Account], lang: str = "en") -> None:
    """Write all accounts atomically, readable by the user only (errors in `lang`)."""
    path = _path()
    payload = {"format": _FORMAT, "version": _VERSION,
               "accounts": [asdict(a) for a in accounts]}
    try:
        fd, tmp = tempfile.mkstemp(prefix=".accounts-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        raise AccountsError(say(RECORD, "accounts_not_saved", lang, folder=path.parent,
                                why=exc.strerror or exc)) from exc


def get_account(name: str) -> Account | None:
    wanted = name.strip().casefold()
    return next((a for a in load_accounts() if a.name.strip().casefold() == wanted), None)


def upsert_account(account: Account, lang: str = "en") -> None:
    """Add the account, or replace the saved one with the same name."""
    others = [a for a in load_accounts()
              if a.name.strip().casefold() != account.name.strip().casefold()]
    save_accounts([*others, account], lang)


def delete_account(name: str, lang: str = "en") -> bool:
    accounts = load_accounts()
    kept = [a for a in accounts if a.name.strip().casefold() != name.strip().casefold()]
    if len(kept) == len(accounts):
        return False
    save_accounts(kept, lang)
    return True
