"""Passwords in a real Secret Service keyring (gnome-keyring under dbus-run-session).

Run with:
  HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock \
    --components=secrets >/dev/null; .venv/bin/python -m pytest -m keyring tests/integration'
"""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.backends.SecretService import Keyring as SecretServiceKeyring
from local_smtp import start_server

from imwu_desktop import cli
from imwu_desktop.domain.case_json import case_from_import
from imwu_desktop.services import credentials
from imwu_desktop.services.casefile import new_store, open_case, save_case
from imwu_desktop.services.mail import request
from imwu_desktop.services.mail.accounts import Account, upsert_account
from imwu_desktop.services.mail.compose import Attachment

# See real_keyring: unclosed D-Bus sockets of keyring's backend are not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

PASSWORD = "Mot de passe à l'école 7"  # accents, apostrophe and spaces
CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"


@pytest.fixture
def real_keyring(real_dbus_env: str) -> Iterator[None]:
    """The real Secret Service backend on the session bus (detection is shown separately,
    in a fresh process, by test_backend_detection)."""
    keyring.set_keyring(SecretServiceKeyring())
    yield
    # Every other test runs without a session bus, where detection finds no backend.
    keyring.set_keyring(fail.Keyring())
    # keyring's SecretService backend opens a D-Bus connection per call and never closes
    # it (library behaviour); collect them here, quietly, so no later test sees the warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.mark.keyring
def test_store_read_replace_delete(real_keyring: None) -> None:
    entry, other = "anne@smtp.example.ca:587", "anne@smtp.example.ca:465"
    try:
        credentials.store_password(entry, PASSWORD)
        credentials.store_password(other, "another one")
        assert credentials.read_password(entry) == PASSWORD
        # the entry is really in the OS keyring under the app's service name
        assert keyring.get_password(credentials.SERVICE_NAME, entry) == PASSWORD
        credentials.store_password(entry, "Nouveau mot 2")
        assert credentials.read_password(entry) == "Nouveau mot 2"
        assert credentials.read_password(other) == "another one"
        assert credentials.delete_password(entry) is True
        assert credentials.read_password(entry) is None
        assert credentials.delete_password(entry) is False
        assert credentials.read_password(other) == "another one"
    finally:
        for name in (entry, other):
            credentials.delete_password(name)


def _guilty(connection: object) -> object:
    from secretstorage.util import DBusAddressWrapper

    return DBusAddressWrapper("/org/freedesktop/secrets",
                              "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                              connection)


@pytest.mark.keyring
def test_locked_keyring_is_reported_and_session_password_still_works(
        real_keyring: None) -> None:
    """A separate collection, created and locked through gnome-keyring's own D-Bus
    interface (no prompt), so the default keyring of the session stays unlocked."""
    import secretstorage
    from secretstorage.util import format_secret, open_session

    connection = secretstorage.dbus_init()
    session = open_session(connection)
    secret = format_secret(session, b"collection pw", "text/plain")
    label = {"org.freedesktop.Secret.Collection.Label": ("s", "IMWU locked test")}
    (path,) = _guilty(connection).call(  # type: ignore[attr-defined]
        "CreateWithMasterPassword", "a{sv}(oayays)", label, secret)
    collection = secretstorage.Collection(connection, path)
    try:
        collection.lock()
        assert collection.is_locked()
        backend = SecretServiceKeyring()
        backend.preferred_collection = path
        keyring.set_keyring(backend)
        with pytest.raises(credentials.KeyringUnavailable) as caught:
            credentials.store_password("anne@smtp.example.ca:587", PASSWORD)
        assert caught.value.locked
        assert "keyring is locked" in str(caught.value)
        assert "use the password for this session only" in str(caught.value)
        with pytest.raises(credentials.KeyringUnavailable):
            credentials.read_password("anne@smtp.example.ca:587")
        holder = credentials.SessionPasswords()
        holder.put("anne@smtp.example.ca:587", PASSWORD)
        assert credentials.find_password("anne@smtp.example.ca:587", holder) == PASSWORD
        assert PASSWORD not in repr(holder)
    finally:
        _guilty(connection).call(  # type: ignore[attr-defined]
            "UnlockWithMasterPassword", "o(oayays)", path, secret)
        collection.delete()
        connection.close()


_NO_KEYRING_PROBE = """
from imwu_desktop.services import credentials
print("backend", credentials.keyring_description())
try:
    credentials.store_password("anne@smtp.example.ca:587", "x y")
except credentials.KeyringUnavailable as exc:
    print("unavailable", exc.locked, exc)
print("find", credentials.find_password("anne@smtp.example.ca:587"))
"""


@pytest.mark.keyring
def test_no_keyring_at_all(real_keyring: None, isolated_app_dirs: Path) -> None:
    """A fresh process without a session bus, as on a desktop with no Secret Service."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
    done = subprocess.run([sys.executable, "-c", _NO_KEYRING_PROBE], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert "unavailable False There is no usable password keyring" in done.stdout
    assert "use the password for this session only" in done.stdout
    assert "find None" in done.stdout


@pytest.mark.keyring
def test_backend_detection_finds_the_secret_service(real_dbus_env: str) -> None:
    """A fresh process on the session bus picks the Secret Service and stores for real."""
    probe = _NO_KEYRING_PROBE.replace('"x y"', '"x y"); credentials.delete_password('
                                      '"anne@smtp.example.ca:587"')
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": real_dbus_env}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert "backend keyring.backends.SecretService.Keyring" in done.stdout
    assert "unavailable" not in done.stdout


@pytest.mark.keyring
@pytest.mark.smtp
def test_saved_account_sends_with_keyring_password_and_leaves_it_nowhere_else(
        real_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        isolated_app_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from test_smtp_send import assert_no_secret_anywhere

    user = "anne.tremblay@maplerobotics.example"
    (tmp_path / "server").mkdir()
    server = start_server(tmp_path / "server", users={user: PASSWORD})
    account = Account(name="Work", email=user, host="127.0.0.1", port=server.port,
                      security="starttls", username=user, ca_file=str(server.ca_file),
                      timeout=10)
    upsert_account(account)
    credentials.store_password(account.keyring_entry, PASSWORD)
    case, _ = case_from_import(json.loads(CONTRACT.read_text(encoding="utf-8")))
    case_path = tmp_path / "case" / "dupont.imwu"
    case_path.parent.mkdir()
    with new_store(case) as opened:
        save_case(opened, case_path)
    files = [Attachment("01-IMM5686-DUPONT.pdf", b"%PDF-1.7\n" + bytes(50_000))]
    monkeypatch.setattr(request, "request_attachments", lambda opened: files)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # the password must come from the keyring
    try:
        code = cli.run(["send", str(case_path), "--account", "Work", "--to",
                        "IRCC.IMWU-UMIT.IRCC@cic.gc.ca", "--even-if-incomplete"])
        assert code == 0, capsys.readouterr().err
        assert len(server.handler.received) == 1
        with open_case(case_path, lock=False) as reopened:
            assert reopened.case.state.value == "sent"
        accounts_json = (isolated_app_dirs / "config" / "accounts.json").read_text("utf-8")
        assert '"username": "anne.tremblay@maplerobotics.example"' in accounts_json
        assert_no_secret_anywhere(PASSWORD, [isolated_app_dirs, case_path.parent])
    finally:
        server.stop()
        credentials.delete_password(account.keyring_entry)
