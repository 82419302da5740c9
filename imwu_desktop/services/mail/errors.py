"""Sending errors in plain language, each with the next step for the user (en or fr)."""

from __future__ import annotations

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.errors import UserError
from imwu_desktop.services.mail.send_messages import SEND

#: kinds of failure; the GUI and CLI may branch on them
KINDS = (
    "settings",  # bad account settings (port, CA file, address)
    "connect",  # could not reach the server
    "tls",  # encrypted connection failed (not a certificate problem)
    "certificate",  # the server's certificate could not be verified
    "no_tls",  # the server offers no encryption: credentials are never sent then
    "auth",  # user name / password refused
    "too_large",  # 552 or the server's SIZE is smaller than the message
    "try_later",  # 421 / other 4xx
    "refused",  # other permanent refusal (5xx) before the data was sent
    "lost",  # connection lost during or right after the message data
    "timeout",  # the server stopped answering
    "cancelled",  # the user cancelled before the server accepted the message
)


class SendError(UserError):
    """A failed send. `uncertain` means the message may still have arrived."""

    def __init__(self, kind: str, message: str, next_step: str, *, uncertain: bool = False,
                 server_reply: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown send error kind {kind!r}")
        self.kind = kind
        self.message = message
        self.next_step = next_step
        self.uncertain = uncertain
        self.server_reply = server_reply
        self.exit_code = 3 if uncertain else 1  # scripts can tell "maybe sent" apart
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """What happened, then what to do: shown as is under the Send button or on stderr."""
        return f"{self.message} {self.next_step}".strip()


def send_error(kind: str, key: str, lang: str = "en", *, next_key: str = "",
               uncertain: bool = False, server_reply: str = "", **fields: object) -> SendError:
    """The SendError whose sentences are `key` and `<key>_next` (or `next_key`) of SEND."""
    return SendError(kind, say(SEND, key, lang, **fields),
                     say(SEND, next_key or f"{key}_next", lang, **fields),
                     uncertain=uncertain, server_reply=server_reply)
