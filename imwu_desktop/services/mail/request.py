"""Glue shared by the CLI and the GUI: gather the request's files and compose it.

The letters area generates the IMM 5686 and the cover letter; the documents area prepares
(shrinks) the user's files. This module only orders and names them for the email.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from imwu_desktop.errors import UserError
from imwu_desktop.services.mail.compose import Attachment, ComposedMessage, compose_request


def request_attachments(opened: Any) -> list[Attachment]:
    """The files to send for an opened case, in order, under their final names."""
    raise UserError("Building the request's documents is not available in this version yet; "
                    "build them in the app, or save the message as .eml from the Send step.")


def compose_for_case(opened: Any, *, sender: str, sender_name: str = "", to: str | None = None,
                     cc: Sequence[str] = (),
                     attachments: Sequence[Attachment] | None = None) -> ComposedMessage:
    """The request email for `opened` (a casefile.OpenedCase)."""
    files = request_attachments(opened) if attachments is None else list(attachments)
    return compose_request(opened.case, sender=sender, sender_name=sender_name, to=to, cc=cc,
                           attachments=files)
