"""Say a new message to the user's screen reader, without moving the keyboard focus.

Used for what appears while the user is elsewhere: a field's inline message after they left
the field, the result of a background task. Visible text stays where it is; this only makes
sure it is heard (Qt passes it to the platform's accessibility bus, if one is running).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str) -> None:
    """Announce `text` politely (after what the screen reader is saying now)."""
    if text.strip():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
