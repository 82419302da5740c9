"""Deliver a composed message over SMTP with TLS, progress, cancel and plain-language errors.

Rules kept here: certificates are always verified (a CA file can be added, never checks
removed); credentials are sent only over TLS (SSL/TLS from the start, or STARTTLS before
AUTH); the message counts as sent only on a 250 reply after its data.
"""

from __future__ import annotations

import base64
import errno
import logging
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from imwu_desktop.domain.i18n_text import decimal_mark, lang_of, say
from imwu_desktop.services.mail.compose import ComposedMessage, human_size
from imwu_desktop.services.mail.errors import SendError, send_error
from imwu_desktop.services.mail.presets import ServerSettings, preset_for_server
from imwu_desktop.services.mail.send_messages import OS_REASONS, SEND

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


def _tls_context(server: ServerSettings, lang: str = "en") -> ssl.SSLContext:
    """System trust store plus the optional CA file; verification can never be switched off."""
    context = ssl.create_default_context()
    if server.ca_file:
        try:
            context.load_verify_locations(cafile=server.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise send_error("settings", "ca_file", lang, path=server.ca_file,
                             why=type(exc).__name__) from None
    return context


# --- error mapping ---------------------------------------------------------------------

def _auth_error(server: ServerSettings, reply: str, lang: str) -> SendError:
    """A refused sign-in, with advice taken from what the reply says."""
    provider = preset_for_server(server.host, server.port)
    microsoft = "office365" in server.host or "outlook" in server.host

    def error(key: str, next_key: str = "", hint: str = "") -> SendError:
        return send_error("auth", key, lang, next_key=next_key, server_reply=reply, hint=hint)

    if "5.7.139" in reply:
        return error("auth_m365_off")
    if reply.startswith("534") and "5.7.9" in reply:
        return error("auth_app_password")
    if "5.7.8" in reply and microsoft:
        return error("auth_microsoft")
    if reply.startswith("534"):
        if provider is None:
            return error("auth_confirm")
        return error("auth_confirm", "auth_confirm_hint_next",
                     hint=provider.password_help(lang))
    hint = provider.password_help(lang) if provider else say(SEND, "auth_hint", lang)
    return error("auth_refused", hint=hint)


def error_for_reply(code: int, reply: str, *, phase: str, server: ServerSettings,
                    size: int, lang: str = "en") -> SendError:
    """A refusal the server spelled out with a reply code."""
    if code == 552 or (code == 452 and "size" in reply.lower()):
        return send_error("too_large", "too_large_reply", lang, server_reply=reply,
                          size=human_size(size, lang))
    if code in (530, 535, 534, 538) or (phase == "auth" and 500 <= code < 600):
        return _auth_error(server, reply, lang)
    if 400 <= code < 500:
        return send_error("try_later", "try_later", lang, server_reply=reply)
    if phase == "envelope" and code in (550, 551, 553):
        return send_error("refused", "refused_address", lang, server_reply=reply)
    return send_error("refused", "refused", lang, server_reply=reply, reply=reply)


def _seconds(server: ServerSettings, lang: str) -> str:
    return decimal_mark(f"{server.timeout:g}", lang)


def _os_reason(exc: BaseException, lang: str) -> str:
    """Why a connection failed: the system's words in English, ours in French."""
    strerror = getattr(exc, "strerror", None)
    if lang_of(lang) == "en" and strerror:
        return str(strerror)
    name = errno.errorcode.get(getattr(exc, "errno", None) or -1, "")
    if name in OS_REASONS:
        return say(OS_REASONS, name, lang)
    return name or type(exc).__name__


def _from_exception(exc: BaseException, *, phase: str, server: ServerSettings,
                    size: int, lang: str = "en") -> SendError:
    """Map a low-level failure to a SendError; `phase` says how far the send got."""
    in_data = phase in ("data", "reply")
    cause = exc.__context__ if isinstance(exc, smtplib.SMTPServerDisconnected) else None
    timed_out = isinstance(exc, TimeoutError | socket.timeout) or isinstance(
        cause, TimeoutError | socket.timeout)
    where = _where(server)
    if isinstance(exc, smtplib.SMTPResponseException):
        return error_for_reply(exc.smtp_code, _reply_text(exc.smtp_code, exc.smtp_error),
                               phase=phase, server=server, size=size, lang=lang)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return send_error("certificate", "certificate", lang, host=server.host,
                          why=exc.verify_message)
    if isinstance(exc, ssl.SSLError) and not in_data:
        return send_error("tls", "tls", lang, where=where,
                          why=exc.reason or type(exc).__name__)
    if timed_out and in_data:
        return send_error("timeout", "timeout_data", lang, uncertain=True,
                          seconds=_seconds(server, lang))
    if timed_out:
        return send_error("timeout", "timeout", lang, where=where,
                          seconds=_seconds(server, lang))
    if in_data:
        return send_error("lost", "lost_data", lang, uncertain=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected) and phase != "connect":
        return send_error("lost", "lost_before", lang, where=where)
    if isinstance(exc, smtplib.SMTPServerDisconnected):  # closed at the greeting or EHLO
        return send_error("connect", "closed_at_once", lang, where=where)
    if isinstance(exc, socket.gaierror):
        return send_error("connect", "not_found", lang, host=server.host)
    return send_error("connect", "no_connect", lang, where=where, why=_os_reason(exc, lang))


# --- the SMTP conversation ------------------------------------------------------------

def _open(server: ServerSettings, context: ssl.SSLContext, lang: str) -> smtplib.SMTP:
    if server.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, EHLO_NAME,
                                              timeout=server.timeout, context=context)
    else:
        smtp = smtplib.SMTP(server.host, server.port, EHLO_NAME, timeout=server.timeout)
    try:
        smtp.ehlo()
        if server.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise send_error("no_tls", "no_starttls", lang, where=_where(server))
            smtp.starttls(context=context)
            smtp.ehlo()
    except BaseException:
        smtp.close()
        raise
    return smtp


def _auth_line(smtp: smtplib.SMTP, line: str) -> tuple[int, str]:
    code, text = smtp.docmd(line)
    return code, _reply_text(code, text)


def _login(smtp: smtplib.SMTP, server: ServerSettings, username: str, password: str,
           lang: str) -> None:
    """AUTH PLAIN or LOGIN with UTF-8 credentials (smtplib's own login is ASCII-only)."""
    if not isinstance(smtp.sock, ssl.SSLSocket):  # guarded by _open; never send in clear
        raise send_error("no_tls", "not_encrypted", lang)
    if not smtp.has_extn("auth"):
        raise send_error("settings", "no_auth", lang, where=_where(server))
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
        raise send_error("settings", "auth_methods", lang, where=_where(server),
                         methods=" ".join(mechanisms) or say(SEND, "no_methods", lang))
    if code != 235:
        raise error_for_reply(code, reply, phase="auth", server=server, size=0, lang=lang)


def _check(code: int, text: bytes | str, ok: tuple[int, ...], *, phase: str,
           server: ServerSettings, size: int, lang: str) -> str:
    reply = _reply_text(code, text)
    if code not in ok:
        raise error_for_reply(code, reply, phase=phase, server=server, size=size, lang=lang)
    return reply


def _send_data(smtp: smtplib.SMTP, payload: bytes, progress: Progress | None,
               cancel: threading.Event | None, lang: str) -> None:
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
            raise send_error("cancelled", "cancelled", lang)
        chunk = view[sent:sent + CHUNK_SIZE]
        sock.sendall(chunk)
        sent += len(chunk)
        if progress is not None:
            progress(sent, total)


def send_message(server: ServerSettings, message: ComposedMessage, *, username: str,
                 password: str, progress: Progress | None = None,
                 cancel: threading.Event | None = None, lang: str = "en") -> SendResult:
    """Send `message.raw` unchanged to `message.recipients`; raise SendError on any failure.

    `lang` ("en" or "fr") is the language of the error sentences, not of the message.
    """
    problems = server.problems(lang)
    if problems:
        raise SendError("settings", problems[0], say(SEND, "settings_next", lang))
    if username and not password:
        raise send_error("settings", "no_password", lang)
    context = _tls_context(server, lang)
    raw = message.raw
    size = len(raw)
    phase = "connect"
    smtp: smtplib.SMTP | None = None
    log.info("sending %d bytes to %d recipient(s) via %s", size, len(message.recipients),
             _where(server))
    try:
        smtp = _open(server, context, lang)
        limit = smtp.esmtp_features.get("size", "").strip()
        if limit.isdigit() and 0 < int(limit) < size:
            raise send_error("too_large", "too_large_limit", lang, host=server.host,
                             size=human_size(size, lang), limit=human_size(int(limit), lang))
        if username:
            phase = "auth"
            _login(smtp, server, username, password, lang)
        phase = "envelope"
        options = [f"SIZE={size}"] if smtp.has_extn("size") else []
        _check(*smtp.mail(message.sender, options), (250,), phase=phase, server=server,
               size=size, lang=lang)
        for recipient in message.recipients:
            _check(*smtp.rcpt(recipient), (250, 251), phase=phase, server=server, size=size,
                   lang=lang)
        smtp.putcmd("data")
        _check(*smtp.getreply(), (354,), phase=phase, server=server, size=size, lang=lang)
        phase = "data"
        _send_data(smtp, dot_stuff(raw), progress, cancel, lang)
        phase = "reply"
        reply = _check(*smtp.getreply(), (250,), phase=phase, server=server, size=size,
                       lang=lang)
    except SendError:
        _close(smtp, polite=False)
        raise
    except (smtplib.SMTPException, OSError) as exc:
        _close(smtp, polite=False)
        error = _from_exception(exc, phase=phase, server=server, size=size, lang=lang)
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
