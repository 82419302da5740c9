"""Server replies become plain sentences with the next step (provider-specific where known)."""

from __future__ import annotations

import pytest

from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.presets import ServerSettings, preset_for_server
from imwu_desktop.services.mail.send import error_for_reply

M365 = ServerSettings("smtp.office365.com", 587)
GMAIL = ServerSettings("smtp.gmail.com", 587)
LOCAL = ServerSettings("127.0.0.1", 2525)


def _error(code: int, text: str, server: ServerSettings, phase: str = "auth") -> SendError:
    return error_for_reply(code, f"{code} {text}", phase=phase, server=server, size=5_000_000)


def test_microsoft_smtp_auth_disabled() -> None:
    error = _error(535, "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                   "disabled for the Tenant.", M365)
    assert error.kind == "auth"
    assert "basic authentication (SMTP AUTH) is turned off" in error.message
    assert "administrator" in error.next_step and ".eml" in error.next_step


def test_microsoft_wrong_password_mentions_smtp_auth_policy() -> None:
    error = _error(535, "5.7.8 Error: authentication failed", M365)
    assert "Microsoft refused the user name or password" in error.message
    assert "SMTP AUTH" in error.next_step


def test_gmail_app_password_required() -> None:
    error = _error(534, "5.7.9 Application-specific password required.", GMAIL)
    assert "app password" in error.text and "myaccount.google.com/apppasswords" in error.text


def test_generic_wrong_password_explains_app_passwords() -> None:
    error = _error(535, "5.7.8 Authentication credentials invalid", LOCAL)
    assert error.message == "The server refused the user name or password."
    assert "Gmail, iCloud and Yahoo need an app password" in error.next_step


@pytest.mark.parametrize(("code", "kind"), [(552, "too_large"), (421, "try_later"),
                                            (451, "try_later"), (554, "refused")])
def test_codes_after_data(code: int, kind: str) -> None:
    error = _error(code, "whatever", LOCAL, phase="reply")
    assert error.kind == kind and not error.uncertain
    assert error.server_reply.startswith(str(code))


def test_uncertain_errors_exit_with_3() -> None:
    assert SendError("lost", "m", "n", uncertain=True).exit_code == 3
    assert SendError("auth", "m", "n").exit_code == 1
    with pytest.raises(ValueError):
        SendError("nonsense", "m", "n")


def test_bridge_preset_only_for_its_port() -> None:
    bridge = preset_for_server("127.0.0.1", 1025)
    assert bridge is not None and bridge.key == "proton_bridge" and bridge.needs_ca_file
    assert preset_for_server("127.0.0.1", 2525) is None
    gmail = preset_for_server("SMTP.GMAIL.COM", 465)
    assert gmail is not None and gmail.key == "gmail"
