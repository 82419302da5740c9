"""Build the IMWU request email: the exact bytes that will be sent and saved as .eml.

The message is 7-bit clean (quoted-printable body, base64 attachments, RFC 2047 headers,
RFC 2231 file names) so every server relays it unchanged and the saved .eml is byte for byte
what the server receives.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from imwu_desktop.domain.case import Case, Language
from imwu_desktop.domain.i18n_text import decimal_mark, say, thousands
from imwu_desktop.errors import UserError
from imwu_desktop.services.mail.messages import COMPOSE, PREVIEW, SIZES


class ComposeError(UserError):
    """The message cannot be built (bad address, unreadable attachment)."""


@dataclass(frozen=True)
class Attachment:
    """One file to attach under its final name; content as bytes or a path to read."""

    file_name: str
    content: bytes | Path
    media_type: str = ""

    def read(self, lang: str = "en") -> bytes:
        if isinstance(self.content, bytes):
            return self.content
        try:
            return Path(self.content).read_bytes()
        except OSError as exc:
            raise ComposeError(say(COMPOSE, "unreadable_file", lang, name=self.file_name,
                                   why=exc.strerror or exc)) from exc

    def guessed_media_type(self) -> str:
        if self.media_type:
            return self.media_type
        guessed, _ = mimetypes.guess_type(self.file_name)
        return guessed or "application/octet-stream"


@dataclass(frozen=True)
class ComposedMessage:
    """A finished message: `raw` is exactly what goes to the server and into the case."""

    raw: bytes
    message_id: str
    date: datetime
    sender: str
    to: str
    cc: tuple[str, ...]
    subject: str
    body: str
    attachments: tuple[tuple[str, int], ...]  # (file name, size before encoding)

    @property
    def recipients(self) -> list[str]:
        return [self.to, *self.cc]

    @property
    def size(self) -> int:
        """Encoded size in bytes: what counts against IMWU's 4 MB and the server's limit."""
        return len(self.raw)


# --- names -------------------------------------------------------------------------------

#: attachment kind -> (English label, French label); {family} is the worker's family name
_LABELS: dict[str, tuple[str, str]] = {
    "imm5686": ("IMM5686-{family}", "IMM5686-{family}"),
    "cover_letter": ("cover-letter", "lettre-de-presentation"),
    "passport": ("passport-{family}", "passeport-{family}"),
    "company_letter": ("company-letter", "lettre-entreprise"),
    "job_offer": ("job-offer", "offre-emploi"),
    "cv": ("cv-{family}", "cv-{family}"),
    "diploma": ("diploma-{family}", "diplome-{family}"),
    "medical": ("medical-{family}", "medical-{family}"),
}

_UNSAFE = re.compile(r"[^\w.-]+")


def _safe_part(text: str) -> str:
    """Keep letters (accents too), digits, dots and dashes; squeeze the rest to one dash."""
    text = unicodedata.normalize("NFC", text.strip())
    return _UNSAFE.sub("-", text).strip("-.") or "document"


def attachment_name(position: int, kind: str, case: Case, extension: str = ".pdf",
                    label: str = "") -> str:
    """`01-IMM5686-DUPONT.pdf`, `02-cover-letter.pdf`, `03-passport-DUPONT.pdf`...

    Unknown kinds (catalogue items, "other") use `label`, else the kind itself.
    """
    family = _safe_part(case.worker.family_name.upper()) if case.worker.family_name.strip() \
        else "worker"
    labels = _LABELS.get(kind)
    if labels is not None:
        text = labels[1 if case.language == Language.FR else 0].format(family=family)
    else:
        text = _safe_part(label or kind.replace("_", "-")).lower()
    ext = extension if extension.startswith(".") else f".{extension}"
    return f"{position:02d}-{text}{ext.lower()}"


def _first_given_name(case: Case) -> str:
    parts = case.worker.given_names.split()
    return parts[0] if parts else ""


def subject_for(case: Case) -> str:
    """`Request for opinion – C63 – DUPONT, Claire – Maple Robotics` (French when fr)."""
    worker = case.worker.family_name.strip().upper()
    given = _first_given_name(case)
    if worker and given:
        worker = f"{worker}, {given}"
    employer = case.employer.operating_name.strip() or case.employer.legal_name.strip()
    head = "Demande d'avis" if case.language == Language.FR else "Request for opinion"
    parts = [head, case.exemption.code.strip().upper(), worker or given, employer]
    return " – ".join(p for p in parts if p)


def body_for(case: Case, file_names: Sequence[str]) -> str:
    """A short cover note in the case's language; the letters carry the substance."""
    worker = case.worker_display_name() or ("la personne" if case.language == Language.FR
                                            else "the worker")
    employer = (case.employer.legal_name.strip() or case.employer.operating_name.strip()
                ).rstrip(".")
    code = case.exemption.code.strip().upper()
    job = case.job.title.strip()
    contact = case.contact
    signature = [line for line in (contact.name, contact.title, employer) if line.strip()]
    reach = ", ".join(x for x in (contact.email, contact.phone) if x.strip())
    files = "\n".join(f"  {name}" for name in file_names)
    if case.language == Language.FR:
        lines = [
            "Bonjour,",
            "",
            f"Nous sollicitons l'avis de l'Unité de la mobilité internationale des travailleurs "
            f"sur la dispense {code} pour {worker}"
            + (f", qui occupera le poste de {job}" if job else "")
            + (f" chez {employer}" if employer else "") + ".",
            "",
            "Pièces jointes :",
            files,
            "",
            f"Pour toute question : {reach}." if reach else "",
            "",
            "Merci de votre attention,",
            *signature,
        ]
    else:
        lines = [
            "Hello,",
            "",
            f"We request the International Mobility Workers Unit's opinion on exemption {code} "
            f"for {worker}"
            + (f", who would work as {job}" if job else "")
            + (f" for {employer}" if employer else "") + ".",
            "",
            "Attached:",
            files,
            "",
            f"Questions about this request: {reach}." if reach else "",
            "",
            "Thank you,",
            *signature,
        ]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# --- building ----------------------------------------------------------------------------

def _address(addr_spec: str, display_name: str = "", *, what: str, lang: str = "en") -> Address:
    """A checked address; `what` is "sender", "recipient" or "cc" (names the bad field)."""
    addr_spec = addr_spec.strip()
    problem = ComposeError(say(COMPOSE, f"bad_{what}", lang, address=addr_spec))
    try:
        address = Address(display_name=display_name.strip(), addr_spec=addr_spec)
    except (ValueError, IndexError, TypeError) as exc:
        raise problem from exc
    if (not address.username or "@" not in addr_spec or "." not in address.domain
            or not addr_spec.isascii() or " " in addr_spec):
        raise problem
    return address


def _finish(msg: EmailMessage, sender: Address, *, now: datetime | None) -> tuple[str, datetime]:
    when = (now or datetime.now(UTC)).astimezone()
    msg["Date"] = format_datetime(when)
    message_id = make_msgid(domain=sender.domain)
    msg["Message-ID"] = message_id
    return message_id, when


def compose_message(*, sender: str, sender_name: str = "", to: str, cc: Sequence[str] = (),
                    subject: str, body: str, attachments: Sequence[Attachment] = (),
                    now: datetime | None = None, lang: str = "en") -> ComposedMessage:
    """Any plain-text message with attachments, as exact SMTP-ready bytes (CRLF).

    `lang` is the language of the errors; the message is written as given.
    """
    from_addr = _address(sender, sender_name, what="sender", lang=lang)
    to_addr = _address(to, what="recipient", lang=lang)
    cc_addrs = [_address(a, what="cc", lang=lang) for a in cc if a.strip()]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = from_addr
    msg["To"] = to_addr
    if cc_addrs:
        msg["Cc"] = cc_addrs
    msg["Subject"] = subject
    message_id, when = _finish(msg, from_addr, now=now)
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    sizes: list[tuple[str, int]] = []
    names_seen: set[str] = set()
    for item in attachments:
        if item.file_name in names_seen:
            raise ComposeError(say(COMPOSE, "same_name", lang, name=item.file_name))
        names_seen.add(item.file_name)
        data = item.read(lang)
        maintype, _, subtype = item.guessed_media_type().partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream",
                           filename=item.file_name)
        sizes.append((item.file_name, len(data)))
    raw = msg.as_bytes(policy=SMTP)
    if not raw.isascii():  # cannot happen with the encodings above; guard the promise
        raise ComposeError(say(COMPOSE, "not_encoded", lang))
    return ComposedMessage(raw=raw, message_id=message_id, date=when, sender=from_addr.addr_spec,
                           to=to_addr.addr_spec, cc=tuple(a.addr_spec for a in cc_addrs),
                           subject=subject, body=body, attachments=tuple(sizes))


def compose_request(case: Case, *, sender: str, sender_name: str = "", to: str | None = None,
                    cc: Sequence[str] = (), attachments: Sequence[Attachment],
                    now: datetime | None = None, lang: str = "en") -> ComposedMessage:
    """The IMWU request for `case`. `to` defaults to the case's choice, then the data default.

    Subject and body follow the case's language; `lang` is the language of the errors.
    """
    recipient = (to or "").strip() or case.imwu_address.strip() or default_imwu_address()
    return compose_message(
        sender=sender, sender_name=sender_name or case.contact.name, to=recipient, cc=cc,
        subject=subject_for(case), body=body_for(case, [a.file_name for a in attachments]),
        attachments=attachments, now=now, lang=lang)


def compose_test_message(*, sender: str, sender_name: str = "", language: str = "en",
                         now: datetime | None = None) -> ComposedMessage:
    """A small message to the user's own address, to check the account before the real send.

    It goes to the user, not to IMWU: `language` is the interface's, for the text and errors.
    """
    if language == "fr":
        subject = "IMWU Desktop : message d'essai"
        body = ("Ce message d'essai confirme qu'IMWU Desktop peut envoyer du courriel "
                "avec ce compte.\n")
    else:
        subject = "IMWU Desktop: test message"
        body = "This test message confirms that IMWU Desktop can send email with this account.\n"
    return compose_message(sender=sender, sender_name=sender_name, to=sender, subject=subject,
                           body=body, now=now, lang=language)


def default_imwu_address() -> str:
    """The IMWU address from the reference data (resources/data/imwu.json)."""
    from imwu_desktop.domain.imwu_info import load_imwu_info

    return str(load_imwu_info().default_address)


def imwu_size_problem(message: ComposedMessage, lang: str = "en") -> str | None:
    """A plain sentence when the encoded message is over IMWU's size limit, else None."""
    from imwu_desktop.domain.imwu_info import load_imwu_info

    limit = int(load_imwu_info().size_limit_bytes)
    if message.size <= limit:
        return None
    return say(COMPOSE, "over_imwu_limit", lang, size=human_size(message.size, lang),
               limit=human_size(limit, lang))


def preview_text(message: ComposedMessage, lang: str = "en") -> str:
    """Headers (decoded), body and attachment list, for the preview before sending.

    `lang` labels the preview for the reader; subject and body stay as they will be sent.
    """
    def line(key: str, value: str) -> str:
        return say(PREVIEW, key, lang, value=value)

    lines = [
        line("from", message.sender),
        line("to", message.to),
        *([line("cc", ", ".join(message.cc))] if message.cc else []),
        line("subject", message.subject),
        line("date", format_datetime(message.date)),
        line("message_id", message.message_id),
        "",
        message.body.rstrip("\n"),
        "",
        say(PREVIEW, "attachments" if message.attachments else "no_attachments", lang),
        *(f"  {name} ({human_size(size, lang)})" for name, size in message.attachments),
        "",
        say(PREVIEW, "size", lang, size=human_size(message.size, lang),
            count=thousands(message.size, lang)),
    ]
    return "\n".join(lines)


def human_size(size: int, lang: str = "en") -> str:
    """1.23 MB, 245 kB, 12 bytes; in French 1,23 Mo, 245 ko, 12 octets (no-break spaces)."""
    if size >= 1_000_000:
        return say(SIZES, "mb", lang, n=decimal_mark(f"{size / 1_000_000:.2f}", lang))
    if size >= 1000:
        return say(SIZES, "kb", lang, n=f"{size / 1000:.0f}")
    return say(SIZES, "bytes", lang, n=size)
