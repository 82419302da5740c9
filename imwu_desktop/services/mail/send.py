"""Deliver a composed message over SMTP with TLS, progress, cancel and plain-language errors.

Rules kept here: certificates are always verified (a CA file can be added, never checks
removed); credentials are sent only over TLS (SSL/TLS from the start, or STARTTLS before
AUTH); the message counts as sent only on a 250 reply after its data.
"""

from __future__ import annotations

import base64
import logging
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from imwu_desktop.services.mail.compose import ComposedMessage, human_size
from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.presets import ServerSettings, preset_for_server

log = logging.getLogger(__name__)

#: progress(bytes_sent, bytes_total) for the message data
Progress = Callable[[int, int], None]

CHUNK_SIZE = 64 * 1024
#: EHLO name: an address literal, so the computer's name is not disclosed
EHLO_NAME = "[127.0.0.1]"

_DOT_AT_LINE_START = re.compile(rb"(?m)^\.")


@dataclass(frozen=True)
class SendResult:
    """The server accepted the message. `raw` is exactly what was sent (the .eml)."""

    server_reply: str  # e.g. "250 2.0.0 Ok: queued as 4F2A1"
    recipients: tuple[str, ...]
    sent_at: datetime
    raw: bytes
    message_id: str


def dot_stuff(raw: bytes) -> bytes:
    """The DATA payload for `raw` (CRLF lines): leading dots doubled, end marker added."""
    body = _DOT_AT_LINE_START.sub(b"..", raw)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


def _reply_text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def _where(server: ServerSettings) -> str:
    return f"{server.host}:{server.port}"


def _tls_context(server: ServerSettings) -> ssl.SSLContext:
    """System trust store plus the optional CA file; verification can never be switched off."""
    context = ssl.create_default_context()
    if server.ca_file:
        try:
            context.load_verify_locations(cafile=server.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise SendError(
                "settings", f"The certificate file {server.ca_file} could not be read "
                f"({type(exc).__name__}).",
                "Choose the PEM certificate file of your mail server or leave the field empty."
            ) from None
    return context


# --- error mapping ---------------------------------------------------------------------

def _auth_advice(server: ServerSettings, reply: str) -> tuple[str, str]:
    """(message, next step) for a refused sign-in, using what the reply says."""
    provider = preset_for_server(server.host, server.port)
    microsoft = "office365" in server.host or "outlook" in server.host
    if "5.7.139" in reply:
        return ("Microsoft refused the sign-in because basic authentication (SMTP AUTH) is "
                "turned off for this account or organisation.",
                "Ask your Microsoft 365 administrator to enable SMTP AUTH for this mailbox (or "
                "to exempt it from security defaults), or save the message as .eml and send it "
                "from Outlook.")
    if reply.startswith("534") and "5.7.9" in reply:
        return ("The server requires an app password instead of your usual password.",
                "Turn on two-step verification in your account, create an app password "
                "(Google: myaccount.google.com/apppasswords) and use it here.")
    if "5.7.8" in reply and microsoft:
        return ("Microsoft refused the user name or password.",
                "Check both; if two-step verification is on, use an app password, and note "
                "that many organisations turn off SMTP AUTH (ask your administrator).")
    if reply.startswith("534"):
        return ("The server wants you to confirm this sign-in before it accepts mail programs.",
                "Sign in to your webmail once in a browser, follow any security prompt, "
                "then try again" + (f"; {provider.password_help}" if provider else "."))
    hint = provider.password_help if provider else (
        "Gmail, iCloud and Yahoo need an app password for mail programs, created in your "
        "account's security settings.")
    return ("The server refused the user name or password.",
            f"Check both (the user name is usually your full email address). {hint}")


def error_for_reply(code: int, reply: str, *, phase: str, server: ServerSettings,
                size: int) -> SendError:
    """A refusal the server spelled out with a reply code."""
    if code == 552 or (code == 452 and "size" in reply.lower()):
        return SendError("too_large", f"The server refused the message as too large "
                         f"({human_size(size)}).",
                         "Shrink or remove attachments (IMWU accepts at most 4 MB) and send "
                         "again.", server_reply=reply)
    if code in (530, 535, 534, 538) or (phase == "auth" and 500 <= code < 600):
        message, step = _auth_advice(server, reply)
        return SendError("auth", message, step, server_reply=reply)
    if 400 <= code < 500:
        return SendError("try_later", "The server is busy or temporarily refused the message.",
                         "Wait a few minutes and send again.", server_reply=reply)
    if phase == "envelope" and code in (550, 551, 553):
        return SendError("refused", "The server refused the sender or recipient address.",
                         "Check that the From address belongs to this account and that the "
                         "recipient is spelled correctly.", server_reply=reply)
    return SendError("refused", f"The server refused the message ({reply}).",
                     "Read the server's reply above; if it is unclear, save the message as .eml "
                     "and send it from your mail program.", server_reply=reply)


def _from_exception(exc: BaseException, *, phase: str, server: ServerSettings,
                    size: int) -> SendError:
    """Map a low-level failure to a SendError; `phase` says how far the send got."""
    in_data = phase in ("data", "reply")
    cause = exc.__context__ if isinstance(exc, smtplib.SMTPServerDisconnected) else None
    timed_out = isinstance(exc, TimeoutError | socket.timeout) or isinstance(
        cause, TimeoutError | socket.timeout)
    if isinstance(exc, smtplib.SMTPResponseException):
        return error_for_reply(exc.smtp_code, _reply_text(exc.smtp_code, exc.smtp_error),
                           phase=phase, server=server, size=size)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SendError("certificate", f"The certificate of {server.host} could not be "
                         f"verified ({exc.verify_message}), so nothing was sent.",
                         "Check the server name; for a company server with its own "
                         "certificate, choose its CA file in the account settings.")
    if isinstance(exc, ssl.SSLError) and not in_data:
        return SendError("tls", f"An encrypted connection with {_where(server)} could not be "
                         f"set up ({exc.reason or type(exc).__name__}).",
                         "Check the security setting: port 587 normally uses STARTTLS and "
                         "port 465 uses SSL/TLS.")
    if timed_out and in_data:
        return SendError("timeout", f"The server stopped answering while the message was being "
                         f"sent (no reply within {server.timeout:g} seconds); the message may "
                         "or may not have arrived.",
                         "Check the Sent folder or wait for IMWU's acknowledgement before "
                         "sending again.", uncertain=True)
    if timed_out:
        return SendError("timeout", f"{_where(server)} did not answer within "
                         f"{server.timeout:g} seconds.",
                         "Check the port and security settings (465 uses SSL/TLS, 587 "
                         "STARTTLS) and your connection, then try again.")
    if in_data:
        return SendError("lost", "The connection was lost while the message was being sent; "
                         "it may or may not have arrived.",
                         "Check the Sent folder or wait for IMWU's acknowledgement before "
                         "sending again.", uncertain=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected) and phase != "connect":
        return SendError("lost", f"{_where(server)} closed the connection before the message "
                         "was sent.", "Try again in a few minutes; nothing was sent.")
    if isinstance(exc, smtplib.SMTPServerDisconnected):  # closed at the greeting or EHLO
        return SendError("connect", f"{_where(server)} closed the connection as soon as it "
                         "was opened, so nothing was sent.",
                         "The server may be busy or may not accept mail from your network; "
                         "check the server name, port and security setting, then try again "
                         "in a few minutes.")
    if isinstance(exc, socket.gaierror):
        return SendError("connect", f"The mail server {server.host} could not be found.",
                         "Check the server name and your internet connection.")
    return SendError("connect", f"Could not connect to {_where(server)} "
                     f"({getattr(exc, 'strerror', None) or type(exc).__name__}).",
                     "Check the server name, port and internet connection; a firewall may "
                     "block the port.")


# --- the SMTP conversation ------------------------------------------------------------

def _open(server: ServerSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    if server.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, EHLO_NAME,
                                              timeout=server.timeout, context=context)
    else:
        smtp = smtplib.SMTP(server.host, server.port, EHLO_NAME, timeout=server.timeout)
    try:
        smtp.ehlo()
        if server.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise SendError("no_tls", f"{_where(server)} does not offer an encrypted "
                                "connection (STARTTLS), so your password was not sent.",
                                "Check the port and security settings (try SSL/TLS on port "
                                "465) or ask your provider for the secure settings.")
            smtp.starttls(context=context)
            smtp.ehlo()
    except BaseException:
        smtp.close()
        raise
    return smtp


def _auth_line(smtp: smtplib.SMTP, line: str) -> tuple[int, str]:
    code, text = smtp.docmd(line)
    return code, _reply_text(code, text)


def _login(smtp: smtplib.SMTP, server: ServerSettings, username: str, password: str) -> None:
    """AUTH PLAIN or LOGIN with UTF-8 credentials (smtplib's own login is ASCII-only)."""
    if not isinstance(smtp.sock, ssl.SSLSocket):  # guarded by _open; never send in clear
        raise SendError("no_tls", "The connection is not encrypted, so your password was not "
                        "sent.", "Use STARTTLS or SSL/TLS.")
    if not smtp.has_extn("auth"):
        raise SendError("settings", f"{_where(server)} does not offer sign-in.",
                        "Leave the user name empty if this server accepts mail without one, or "
                        "check the server and port.")
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    user, secret = username.encode("utf-8"), password.encode("utf-8")
    if "PLAIN" in mechanisms:
        token = base64.b64encode(b"\0" + user + b"\0" + secret).decode("ascii")
        code, reply = _auth_line(smtp, f"AUTH PLAIN {token}")
    elif "LOGIN" in mechanisms:
        code, reply = _auth_line(smtp, "AUTH LOGIN")
        for part in (user, secret):
            if code != 334:
                break
            code, reply = _auth_line(smtp, base64.b64encode(part).decode("ascii"))
    else:
        raise SendError("settings", f"{_where(server)} only offers sign-in methods this app "
                        f"does not support ({' '.join(mechanisms) or 'none'}).",
                        "Save the message as .eml and send it from your mail program.")
    if code != 235:
        raise error_for_reply(code, reply, phase="auth", server=server, size=0)


def _check(code: int, text: bytes | str, ok: tuple[int, ...], *, phase: str,
           server: ServerSettings, size: int) -> str:
    reply = _reply_text(code, text)
    if code not in ok:
        raise error_for_reply(code, reply, phase=phase, server=server, size=size)
    return reply


def _send_data(smtp: smtplib.SMTP, payload: bytes, progress: Progress | None,
               cancel: threading.Event | None) -> None:
    """Write the DATA payload in chunks, reporting bytes and honouring cancel between them."""
    sock = smtp.sock
    if sock is None:
        raise smtplib.SMTPServerDisconnected("not connected")
    total = len(payload)
    sent = 0
    view = memoryview(payload)
    while sent < total:
        if cancel is not None and cancel.is_set():
            # The end marker was not sent: dropping the connection discards the message.
            raise SendError("cancelled", "Sending was cancelled; the message was not sent.",
                            "Send again when you are ready.")
        chunk = view[sent:sent + CHUNK_SIZE]
        sock.sendall(chunk)
        sent += len(chunk)
        if progress is not None:
            progress(sent, total)


def send_message(server: ServerSettings, message: ComposedMessage, *, username: str,
                 password: str, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> SendResult:
    """Send `message.raw` unchanged to `message.recipients`; raise SendError on any failure."""
    problems = server.problems()
    if problems:
        raise SendError("settings", problems[0], "Correct the account settings and try again.")
    if username and not password:
        raise SendError("settings", "No password was given for this account.",
                        "Enter the password and try again.")
    context = _tls_context(server)
    raw = message.raw
    size = len(raw)
    phase = "connect"
    smtp: smtplib.SMTP | None = None
    log.info("sending %d bytes to %d recipient(s) via %s", size, len(message.recipients),
             _where(server))
    try:
        smtp = _open(server, context)
        limit = smtp.esmtp_features.get("size", "").strip()
        if limit.isdigit() and 0 < int(limit) < size:
            raise SendError("too_large", f"The message is {human_size(size)} but {server.host} "
                            f"accepts at most {human_size(int(limit))}.",
                            "Shrink or remove attachments and send again.")
        if username:
            phase = "auth"
            _login(smtp, server, username, password)
        phase = "envelope"
        options = [f"SIZE={size}"] if smtp.has_extn("size") else []
        _check(*smtp.mail(message.sender, options), (250,), phase=phase, server=server,
               size=size)
        for recipient in message.recipients:
            _check(*smtp.rcpt(recipient), (250, 251), phase=phase, server=server, size=size)
        smtp.putcmd("data")
        _check(*smtp.getreply(), (354,), phase=phase, server=server, size=size)
        phase = "data"
        _send_data(smtp, dot_stuff(raw), progress, cancel)
        phase = "reply"
        reply = _check(*smtp.getreply(), (250,), phase=phase, server=server, size=size)
    except SendError:
        _close(smtp, polite=False)
        raise
    except (smtplib.SMTPException, OSError) as exc:
        _close(smtp, polite=False)
        error = _from_exception(exc, phase=phase, server=server, size=size)
        log.warning("send failed: %s (phase %s, %s)", error.kind, phase, type(exc).__name__)
        raise error from None
    _close(smtp, polite=True)
    log.info("message accepted: %s", reply)
    return SendResult(server_reply=reply, recipients=tuple(message.recipients),
                      sent_at=datetime.now(UTC), raw=raw, message_id=message.message_id)


def _close(smtp: smtplib.SMTP | None, *, polite: bool) -> None:
    if smtp is None:
        return
    try:
        if polite:
            smtp.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        smtp.close()
