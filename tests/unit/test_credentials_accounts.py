"""Passwords go only to a keyring backend (in-memory here); accounts.json never holds one."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from jaraco.classes import properties
from keyring.backends import fail

from imwu_desktop.services import credentials
from imwu_desktop.services.mail.accounts import (
    Account,
    delete_account,
    get_account,
    load_accounts,
    upsert_account,
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Every KeyringBackend subclass is registered for keyring's detection; a priority that
    raises marks it not viable (as keyring does for missing backends), so it is only ever
    used where a test sets it explicitly."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend, never chosen by detection")

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


UseBackend = Callable[[Any], Any]


@pytest.fixture
def use_backend() -> Iterator[UseBackend]:
    previous = keyring.get_keyring()

    def use(backend: Any) -> Any:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


def test_password_goes_to_the_keyring_under_the_app_service(use_backend: UseBackend) -> None:
    memory = use_backend(MemoryKeyring())
    credentials.store_password("anne@smtp.gmail.com:587", "é è  spaced ")
    assert memory.values == {("IMWU Desktop", "anne@smtp.gmail.com:587"): "é è  spaced "}
    assert credentials.read_password("anne@smtp.gmail.com:587") == "é è  spaced "
    assert credentials.delete_password("anne@smtp.gmail.com:587") is True
    assert credentials.delete_password("anne@smtp.gmail.com:587") is False


def test_fail_backend_and_plaintext_backends_are_refused(use_backend: UseBackend) -> None:
    use_backend(fail.Keyring())
    with pytest.raises(credentials.KeyringUnavailable, match="session only"):
        credentials.store_password("e", "p")
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    use_backend(plaintext())
    with pytest.raises(credentials.KeyringUnavailable):
        credentials.store_password("e", "p")
    assert credentials.find_password("e") is None


def test_locked_backend_is_reported_as_locked(use_backend: UseBackend) -> None:
    use_backend(LockedKeyring())
    with pytest.raises(credentials.KeyringUnavailable) as caught:
        credentials.store_password("e", "p")
    assert caught.value.locked and "locked" in str(caught.value)
    session = credentials.SessionPasswords()
    session.put("e", "p w")
    assert credentials.find_password("e", session) == "p w"
    assert "p w" not in repr(session)


def test_accounts_are_saved_without_passwords(isolated_app_dirs: Path) -> None:
    account = Account(name="Work", email="anne@maple.example", host="SMTP.Gmail.com", port=587,
                      username="anne@maple.example", preset="gmail")
    upsert_account(account)
    upsert_account(Account(name="work", email="anne@maple.example", host="smtp.gmail.com",
                           port=465, security="ssl", username="anne@maple.example"))
    [saved] = load_accounts()
    assert saved.port == 465 and saved.security == "ssl"
    assert get_account("WORK") == saved
    assert saved.keyring_entry == "anne@maple.example@smtp.gmail.com:465"
    path = isolated_app_dirs / "config" / "accounts.json"
    data = json.loads(path.read_text("utf-8"))
    assert "password" not in json.dumps(data)
    assert path.stat().st_mode & 0o077 == 0
    # a hand-edited file with a password key: the key is ignored, never kept
    data["accounts"][0]["password"] = "secret"
    path.write_text(json.dumps(data), "utf-8")
    upsert_account(load_accounts()[0])
    assert "secret" not in path.read_text("utf-8")
    assert delete_account("Work") and load_accounts() == []


def test_damaged_accounts_file_is_set_aside(isolated_app_dirs: Path) -> None:
    path = isolated_app_dirs / "config" / "accounts.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", "utf-8")
    assert load_accounts() == []
    assert (path.parent / "accounts.json.damaged").read_text("utf-8") == "{not json"
