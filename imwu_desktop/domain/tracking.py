"""After sending: waiting for IMWU's opinion, recording it, and starting the next worker's case.

IMWU usually answers within about two weeks (imwu.json ``service_days``, unconfirmed). The
``sent`` event carries the date by which an answer is expected (``follow_up``); once that day
has passed with no opinion recorded, the employer should follow up. Archived cases are never
reminded about: archiving is how the user says "stop telling me".
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from imwu_desktop.domain.case import Case, Document, State, StatusEvent
from imwu_desktop.errors import UserError

RESULTS = ("positive", "negative")

# Documents that describe the employer (or the employer's business), not one worker: a case for
# another worker with the same employer and job keeps them. Everything else names or concerns
# the worker (passport, CV, diploma, proof of employment abroad, the worker's own IMM 5686...).
# company_letter and job_offer usually name the worker too: they are kept as a starting point
# the user edits, because they are the employer's own texts.
EMPLOYER_ITEMS = frozenset({
    "company_letter",  # the employer's letter: the company, its need, the exemption
    "job_offer",  # the job: title, duties, wage, place, dates
    "corporate_relationship",  # parent/branch/subsidiary/affiliate proof
    "trade_activity_proof",  # the company's trade between Canada and the treaty country
    "branch_startup_plan",  # the new Canadian office
    "organization_status_proof",  # the organization's charitable or religious status
    "camp_letter",  # the camp, the counsellor's duties and the season
})


class TrackingError(UserError):
    """A tracking action that does not apply to this case (message: one plain sentence)."""


def last_sent(case: Case) -> StatusEvent | None:
    """The most recent ``sent`` event, if the request was ever sent."""
    for event in reversed(case.history):
        if event.state == State.SENT:
            return event
    return None


def last_opinion(case: Case) -> StatusEvent | None:
    """The most recent opinion recorded, if any."""
    for event in reversed(case.history):
        if event.state == State.OPINION_RECEIVED:
            return event
    return None


def _service_days() -> int:
    from imwu_desktop.domain.imwu_info import load_imwu_info

    return load_imwu_info().service_days


def follow_up_date(case: Case) -> date | None:
    """The day by which IMWU's answer is expected, while the case waits for one.

    None when the case was never sent, already has an opinion after its last sending, or is
    archived. Older sent events without ``follow_up`` get one from the sent date.
    """
    if case.archived or case.state != State.SENT:
        return None
    sent = last_sent(case)
    if sent is None:
        return None
    if sent.follow_up is not None:
        return sent.follow_up
    return sent.at.astimezone().date() + timedelta(days=_service_days())


def is_overdue(follow_up: date | None, today: date) -> bool:
    """A follow-up is due once its day has passed (the answer was expected *by* that day)."""
    return follow_up is not None and today > follow_up


def follow_up_due(case: Case, today: date) -> date | None:
    """The follow-up date when it has passed with no opinion recorded; otherwise None."""
    when = follow_up_date(case)
    return when if is_overdue(when, today) else None


def is_follow_up_due(case: Case, today: date) -> bool:
    return follow_up_due(case, today) is not None


def record_opinion(case: Case, result: str, letter_sha256: str, at: datetime,
                   note: str = "") -> StatusEvent:
    """Append IMWU's opinion to the case's history (the caller stores the letter and saves).

    Refuses a case that was never sent and a result other than positive/negative.
    """
    if result not in RESULTS:
        raise TrackingError(
            f"The opinion must be positive or negative, not “{result}”; choose one of the two.")
    if last_sent(case) is None:
        raise TrackingError(
            "This request was never sent, so there is no opinion to record; send it first.")
    event = StatusEvent(state=State.OPINION_RECEIVED, at=at, result=result,
                        letter_sha256=letter_sha256, note=note)
    case.add_status(event)
    return event


def employer_documents(case: Case) -> list[Document]:
    """The case's documents that belong to the employer (see EMPLOYER_ITEMS)."""
    return [d for d in case.documents if d.item in EMPLOYER_ITEMS]


def copy_for_another_worker(case: Case) -> Case:
    """A new draft for another worker: same employer, contact, representative, job, exemption
    code and explanation, language and IMWU address; a blank worker, only the employer's own
    documents and no history. The result refers to the same attachments (by SHA-256): the
    caller copies their bytes into the new case's store."""
    return Case(
        language=case.language,
        employer=copy.deepcopy(case.employer),
        contact=copy.deepcopy(case.contact),
        representative=copy.deepcopy(case.representative),
        job=copy.deepcopy(case.job),
        exemption=copy.deepcopy(case.exemption),
        documents=[copy.deepcopy(d) for d in employer_documents(case)],
        imwu_address=case.imwu_address,
    )


@dataclass(frozen=True)
class CaseSummaryRow:
    """One line of the case list. ``error`` is set (and the rest mostly empty) for a file that
    cannot be read; such rows keep their path so the user can find the file."""

    path: str
    worker: str = ""
    code: str = ""
    state: str = State.DRAFT.value
    sent: date | None = None
    follow_up: date | None = None  # while waiting for the opinion
    opinion: str = ""  # "positive", "negative" or ""
    opinion_at: date | None = None
    changed: datetime | None = None
    archived: bool = False
    case_id: str = ""
    error: str = ""

    @property
    def readable(self) -> bool:
        return not self.error

    def follow_up_due(self, today: date) -> bool:
        return self.readable and not self.archived and is_overdue(self.follow_up, today)

    @classmethod
    def from_case(cls, path: str, case: Case, changed: datetime | None = None) -> CaseSummaryRow:
        sent = last_sent(case)
        opinion = last_opinion(case) if case.state == State.OPINION_RECEIVED else None
        if changed is None and case.history:
            changed = case.history[-1].at
        return cls(
            path=path, worker=case.worker_display_name(), code=case.exemption.code,
            state=case.state.value, sent=sent.at.astimezone().date() if sent else None,
            follow_up=follow_up_date(case) if not case.archived else None,
            opinion=opinion.result if opinion else "",
            opinion_at=opinion.at.astimezone().date() if opinion else None,
            changed=changed, archived=case.archived, case_id=case.case_id)

    @classmethod
    def unreadable(cls, path: str, error: str, changed: datetime | None = None) -> CaseSummaryRow:
        return cls(path=path, error=error or "The file cannot be read.", changed=changed)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("sent", "follow_up", "opinion_at", "changed"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaseSummaryRow:
        """Rebuild a cached row; raises ValueError/TypeError/KeyError on a bad entry."""
        def day(key: str) -> date | None:
            value = data.get(key)
            return date.fromisoformat(value) if value else None

        changed = data.get("changed")
        return cls(
            path=str(data["path"]), worker=str(data["worker"]), code=str(data["code"]),
            state=State(data["state"]).value, sent=day("sent"), follow_up=day("follow_up"),
            opinion=str(data["opinion"]), opinion_at=day("opinion_at"),
            changed=datetime.fromisoformat(changed) if changed else None,
            archived=bool(data["archived"]), case_id=str(data["case_id"]),
            error=str(data["error"]))


__all__ = [
    "EMPLOYER_ITEMS", "RESULTS", "CaseSummaryRow", "TrackingError", "copy_for_another_worker",
    "employer_documents", "follow_up_date", "follow_up_due", "is_follow_up_due", "is_overdue",
    "last_opinion", "last_sent", "record_opinion",
]
