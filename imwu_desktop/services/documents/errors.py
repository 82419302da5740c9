"""Errors about one document, each carrying one plain sentence for the user."""

from __future__ import annotations

from imwu_desktop.errors import UserError


class DocumentError(UserError):
    """A document cannot be used as it is; the message says what to do."""


class UnsupportedDocument(DocumentError):
    """The file's content is not a type we accept (Word, ZIP, ...)."""


class EmptyDocument(DocumentError):
    """The file has no bytes at all."""


class DamagedDocument(DocumentError):
    """The file claims a type but cannot be read, even after a repair attempt."""


class PasswordRequired(DocumentError):
    """The PDF needs a password to open (none given, or the one given is wrong)."""


class TooLargeDocument(DocumentError):
    """The document is beyond what can be processed safely (pixels, pages)."""


class Cancelled(Exception):
    """The user cancelled the work; nothing was changed."""
