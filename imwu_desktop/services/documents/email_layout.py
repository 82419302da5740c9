"""The email's layout, without opening a file: attachment order, names and the quick size.

Kept apart from `prepare` (which converts and shrinks, and so loads pypdf and Pillow) so that
the Documents step can show a first size the moment it opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from imwu_desktop.domain.case import Case, Document
from imwu_desktop.services.documents import budget

#: The order attachments appear in the email (after the generated letters).
ITEM_ORDER = ("passport", "imm5686", "company_letter", "job_offer", "cv", "diploma")


def size_as_attached(case: Case, extra: Sequence[tuple[str, int]] = ()) -> int:
    """The encoded email if the case's files were sent as they are (no conversion, no
    shrinking), with `extra` (name, size) letters: a quick live figure for the Documents step.
    `prepare_attachments` gives the real one."""
    naming = mail_names(case)
    attachments = list(extra) + [
        (naming(len(extra) + number, item, label), sum(d.size for d in documents))
        for number, (item, label, documents) in enumerate(groups(case.documents), start=1)]
    body, headers = mail_text(case, [name for name, _ in attachments])
    return budget.estimate_encoded_size(attachments, body, headers)


def groups(documents: Sequence[Document]) -> list[tuple[str, str, list[Document]]]:
    """(item, label, documents) in email order; "other" documents group by label."""
    grouped: dict[tuple[str, str], list[Document]] = {}
    for document in documents:
        label = document.label.strip() if document.item == "other" else ""
        grouped.setdefault((document.item, label), []).append(document)

    def rank(key: tuple[str, str]) -> tuple[int, int]:
        item = key[0]
        if item in ITEM_ORDER:
            return (ITEM_ORDER.index(item), 0)
        return (len(ITEM_ORDER) + (1 if item == "other" else 0), 0)

    ordered = sorted(grouped, key=rank)  # stable: first-seen order within a rank
    return [(item, label, grouped[(item, label)]) for item, label in ordered]


def mail_text(case: Case, names: list[str]) -> tuple[str, dict[str, str]]:
    """The cover note and headers the mail service will write for this case."""
    from imwu_desktop.services.mail.compose import body_for, default_imwu_address, subject_for

    try:
        recipient = case.imwu_address.strip() or default_imwu_address()
    except Exception:  # reference data unreadable: a recipient of typical length
        recipient = "imwu-recipient-address@example.gc.ca"
    sender = case.contact.email.strip() or "sender-address@example.ca"
    name = case.contact.name.strip()
    return body_for(case, names), {"From": f"{name} <{sender}>" if name else sender,
                                   "To": recipient, "Subject": subject_for(case)}


def mail_names(case: Case) -> Callable[[int, str, str], str]:
    from imwu_desktop.services.mail.compose import attachment_name

    def name(position: int, item: str, label: str) -> str:
        return attachment_name(position, item, case, ".pdf", label)

    return name
