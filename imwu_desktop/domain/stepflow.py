"""The wizard's steps: what each needs to be complete and what is still missing or wrong.

Plain Python, no Qt: the GUI renders `step_statuses`, `imwu-desktop check` prints it.
A step is *complete* when it has what IMM 5686 and the cover letter need. `field` in a
Problem is the attribute path inside the step's object (worker step: Worker fields;
employer step: Employer fields, ``contact.*``, ``representative.*``; job step: Job fields,
``wage.amount``; eligibility step: the question's field; exemption step: ``code``,
``explanation``); documents problems carry the checklist `item` instead. `case_path`
gives the full dotted path from the case (``worker.in_canada``, ``employer.phone``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import field_rules as rules
from .case import Case, State
from .checklist import checklist_for
from .eligibility import (
    ELIGIBLE,
    QUESTION_LABELS,
    WARNING,
    Eligibility,
    assess,
    unanswered_questions,
)
from .i18n_text import lang_of, say
from .imwu_info import load_imwu_info
from .mrz import mrz_problems
from .problems import ERROR, Problem

STEPS = ("eligibility", "employer", "worker", "job", "exemption", "documents", "review", "send")

NOT_STARTED = "not_started"
INCOMPLETE = "incomplete"
COMPLETE = "complete"
PROBLEMS = "problems"

#: problem ids that mean "not filled in yet" (the step is incomplete, not wrong)
MISSING_IDS = frozenset({"missing", "unanswered", "no_exemption", "document_missing"})

FIELD_LABELS = {
    "legal_name": {"en": "the business's legal name", "fr": "la dénomination sociale"},
    "address.street": {"en": "the business's street address", "fr": "l'adresse de l'entreprise"},
    "address.city": {"en": "the city", "fr": "la ville"},
    "address.province": {"en": "the province or territory", "fr": "la province ou le territoire"},
    "address.postal_code": {"en": "the postal code", "fr": "le code postal"},
    "phone": {"en": "the business phone number", "fr": "le téléphone de l'entreprise"},
    "employees_in_canada": {"en": "the number of employees in Canada",
                            "fr": "le nombre d'employés au Canada"},
    "activity": {"en": "the business's main activity", "fr": "l'activité principale"},
    "contact.name": {"en": "the contact person's name", "fr": "le nom de la personne-ressource"},
    "contact.title": {"en": "the contact person's job title",
                      "fr": "le titre de la personne-ressource"},
    "contact.email": {"en": "the contact person's e-mail address",
                      "fr": "le courriel de la personne-ressource"},
    "representative.name": {"en": "the representative's name", "fr": "le nom du représentant"},
    "representative.email": {"en": "the representative's e-mail address",
                             "fr": "le courriel du représentant"},
    "family_name": {"en": "the worker's family name (as in the passport)",
                    "fr": "le nom de famille du travailleur (comme au passeport)"},
    "date_of_birth": {"en": "the worker's date of birth", "fr": "la date de naissance"},
    "sex": {"en": "the worker's sex (as in the passport)", "fr": "le sexe (comme au passeport)"},
    "country_of_birth": {"en": "the country of birth", "fr": "le pays de naissance"},
    "country_of_residence": {"en": "the country of residence", "fr": "le pays de résidence"},
    "passport_number": {"en": "the passport number", "fr": "le numéro de passeport"},
    "passport_expiry": {"en": "the passport's expiry date",
                        "fr": "la date d'expiration du passeport"},
    "charged_or_convicted": {
        "en": "whether the worker was ever charged with or convicted of an offence",
        "fr": "si le travailleur a déjà été accusé ou reconnu coupable d'une infraction"},
    "in_canada_explanation": {"en": "why the worker is in Canada (IMM 5686 asks)",
                              "fr": "pourquoi le travailleur est au Canada (l'IMM 5686 le "
                                    "demande)"},
    "title": {"en": "the job title", "fr": "le titre du poste"},
    "noc": {"en": "the NOC 2021 code", "fr": "le code de la CNP 2021"},
    "location": {"en": "where the work takes place", "fr": "le lieu de travail"},
    "start": {"en": "the start date", "fr": "la date de début"},
    "end": {"en": "the end date", "fr": "la date de fin"},
    "duties": {"en": "the duties", "fr": "les fonctions"},
    "education": {"en": "the minimum education required", "fr": "les études minimales exigées"},
    "skills": {"en": "the skills and experience required",
               "fr": "les compétences et l'expérience exigées"},
    "wage.amount": {"en": "the wage", "fr": "le salaire"},
    "hours_per_week": {"en": "the hours per week", "fr": "les heures par semaine"},
    "explanation": {"en": "why this exemption applies (for the cover letter)",
                    "fr": "pourquoi cette dispense s'applique (pour la lettre)"},
}

MESSAGES = {
    "missing": {"en": "Fill in {label}.", "fr": "Indiquez {label}."},
    "unanswered": {"en": "Answer {label}.", "fr": "Répondez : {label}."},
    "document_missing": {"en": "Attach {name}: {why}", "fr": "Joignez {name} : {why}"},
    "document_recommended": {
        "en": "{name} is recommended: {why}",
        "fr": "{name} est recommandé : {why}",
    },
    "paid_representative_licence": {
        "en": "A paid representative must be a lawyer, a Quebec notary, a paralegal or a "
              "licensed immigration consultant (CICC); enter the licence or membership number.",
        "fr": "Un représentant rémunéré doit être avocat, notaire du Québec, parajuriste ou "
              "consultant en immigration titulaire d'un permis (CICC); indiquez son numéro de "
              "permis ou de membre.",
    },
    "job_start_soon": {
        "en": "The job starts on {start}, less than {days} days from today; IMWU's opinion may "
              "not arrive in time (its service time is not confirmed: check with IRCC).",
        "fr": "L'emploi commence le {start}, dans moins de {days} jours; l'avis de l'UMIT "
              "pourrait ne pas arriver à temps (son délai n'est pas confirmé : vérifiez auprès "
              "d'IRCC).",
    },
    "email_too_large": {
        "en": "The e-mail would be {size} MB, above IMWU's {limit} MB limit; shrink or remove "
              "attachments.",
        "fr": "Le courriel ferait {size} Mo, au-delà de la limite de {limit} Mo de l'UMIT; "
              "réduisez ou retirez des pièces jointes.",
    },
}


@dataclass
class StepStatus:
    step: str
    state: str
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Context:
    case: Case
    lang: str
    today: date
    eligibility: Eligibility


class _StepChecker:
    """Collects one step's problems; `require` and `rule` keep each check to one line."""

    def __init__(self, step: str, ctx: _Context) -> None:
        self.step = step
        self.ctx = ctx
        self.problems: list[Problem] = []
        self.touched = False

    def note_filled(self, value: object) -> bool:
        filled = value is not None and (not isinstance(value, str) or bool(value.strip()))
        self.touched = self.touched or filled
        return filled

    def require(self, fld: str, value: object) -> bool:
        """True when filled in; else a 'missing' problem."""
        if self.note_filled(value):
            return True
        label = say(FIELD_LABELS, fld, self.ctx.lang)
        self.add("missing", say(MESSAGES, "missing", self.ctx.lang, label=label), fld)
        return False

    def rule(self, fld: str, message: str | None, problem_id: str = "invalid",
             severity: str = ERROR) -> None:
        if message:
            self.add(problem_id, message, fld, severity)

    def add(self, problem_id: str, message: str, fld: str = "", severity: str = ERROR,
            item: str = "") -> None:
        self.problems.append(Problem(self.step, problem_id, severity, message, fld, item))

    def from_reasons(self) -> None:
        for reason in self.ctx.eligibility.reasons:
            if reason.step == self.step and reason.id != "unanswered":
                severity = WARNING if reason.kind == WARNING else ERROR
                self.add(reason.id, reason.message, reason.field, severity)

    def status(self) -> StepStatus:
        return StepStatus(self.step, _state(self.touched, self.problems), list(self.problems))


def _state(touched: bool, problems: list[Problem]) -> str:
    errors = [p for p in problems if p.blocking]
    if not touched:
        return NOT_STARTED
    if any(p.id not in MISSING_IDS for p in errors):
        return PROBLEMS
    return INCOMPLETE if errors else COMPLETE


# --- one function per content step ---------------------------------------------------------


def _eligibility_step(ctx: _Context) -> StepStatus:
    check = _StepChecker("eligibility", ctx)
    case = ctx.case
    answers = [case.worker.citizenship, case.worker.in_canada, case.worker.iec_participant,
               case.worker.holds_canadian_work_permit, case.worker.needs_medical_exam,
               case.worker.work_permit_application_pending, case.job.seasonal_agricultural]
    for answer in answers:
        check.note_filled(answer)
    for name in unanswered_questions(case):
        label = say(QUESTION_LABELS, name, ctx.lang)
        check.add("unanswered", say(MESSAGES, "unanswered", ctx.lang, label=label), name)
    if case.worker.citizenship.strip():
        check.rule("citizenship", rules.country_code(case.worker.citizenship, ctx.lang))
    if case.worker.in_canada:
        check.require("in_canada_explanation", case.worker.in_canada_explanation)
    check.require("charged_or_convicted", case.worker.charged_or_convicted)  # IMM 5686 asks
    check.from_reasons()
    return check.status()


def _employer_step(ctx: _Context) -> StepStatus:
    check = _StepChecker("employer", ctx)
    employer, contact, lang = ctx.case.employer, ctx.case.contact, ctx.lang
    check.require("legal_name", employer.legal_name)
    if check.note_filled(employer.business_number):
        check.rule("business_number", rules.business_number(employer.business_number, lang))
    check.require("address.street", employer.address.street)
    check.require("address.city", employer.address.city)
    if check.require("address.province", employer.address.province):
        check.rule("address.province", rules.province(employer.address.province, lang))
    if check.require("address.postal_code", employer.address.postal_code):
        check.rule("address.postal_code", rules.postal_code(
            employer.address.postal_code, employer.address.province, lang))
    if check.require("phone", employer.phone):
        check.rule("phone", rules.phone(employer.phone, lang))
    if check.require("employees_in_canada", employer.employees_in_canada):
        check.rule("employees_in_canada", rules.employee_count(employer.employees_in_canada, lang))
    if employer.employees_abroad is not None:
        check.rule("employees_abroad", rules.employee_count(employer.employees_abroad, lang))
    check.require("activity", employer.activity)
    check.require("contact.name", contact.name)
    check.require("contact.title", contact.title)
    if check.require("contact.email", contact.email):
        check.rule("contact.email", rules.email(contact.email, lang))
    if check.note_filled(contact.phone):
        check.rule("contact.phone", rules.phone(contact.phone, lang))
    rep = ctx.case.representative
    if rep is not None:
        check.require("representative.name", rep.name)
        if check.require("representative.email", rep.email):
            check.rule("representative.email", rules.email(rep.email, lang))
        if check.note_filled(rep.phone):
            check.rule("representative.phone", rules.phone(rep.phone, lang))
        if rep.paid and not rep.membership_number.strip():
            check.add("paid_representative_licence",
                      say(MESSAGES, "paid_representative_licence", lang),
                      "representative.membership_number")
    return check.status()


def _worker_step(ctx: _Context) -> StepStatus:
    check = _StepChecker("worker", ctx)
    worker, lang, today = ctx.case.worker, ctx.lang, ctx.today
    if check.require("family_name", worker.family_name):
        check.rule("family_name", rules.person_name(worker.family_name, lang))
    if check.note_filled(worker.given_names):
        check.rule("given_names", rules.person_name(worker.given_names, lang))
    if check.require("date_of_birth", worker.date_of_birth):
        check.rule("date_of_birth", rules.birth_date(worker.date_of_birth, lang, today))
    if check.require("sex", worker.sex):
        check.rule("sex", rules.sex(worker.sex, lang))
    for fld in ("country_of_birth", "country_of_residence"):
        if check.require(fld, getattr(worker, fld)):
            check.rule(fld, rules.country_code(getattr(worker, fld), lang))
    if check.require("passport_number", worker.passport_number):
        check.rule("passport_number", rules.passport_number(worker.passport_number, lang))
    if check.note_filled(worker.passport_issued):
        check.rule("passport_issued", rules.passport_issued(
            worker.passport_issued, worker.passport_expiry, lang, today))
    if check.require("passport_expiry", worker.passport_expiry):
        check.rule("passport_expiry", rules.passport_expiry(worker.passport_expiry, lang, today))
    if check.note_filled(worker.email):
        check.rule("email", rules.email(worker.email, lang))
    if check.note_filled(worker.mrz):
        check.problems.extend(mrz_problems(worker, lang, "worker", today))
    check.from_reasons()
    return check.status()


def _job_step(ctx: _Context) -> StepStatus:
    check = _StepChecker("job", ctx)
    job, lang = ctx.case.job, ctx.lang
    check.require("title", job.title)
    if check.require("noc", job.noc):
        check.rule("noc", rules.noc(job.noc, lang))
    check.require("location", job.location)
    has_start = check.require("start", job.start)
    if check.require("end", job.end):
        check.rule("end", rules.date_range(job.start, job.end, lang))
    if has_start and job.start is not None:
        days = load_imwu_info().service_days
        if (job.start - ctx.today).days < days:
            check.add("job_start_soon", say(MESSAGES, "job_start_soon", lang,
                                            start=job.start.isoformat(), days=days),
                      "start", WARNING)
    for fld in ("duties", "education", "skills"):
        check.require(fld, getattr(job, fld))
    if check.require("wage.amount", job.wage.amount):
        check.rule("wage.amount", rules.wage(job.wage.amount, lang))
    check.rule("wage.per", rules.wage_period(job.wage.per, lang))
    if check.require("hours_per_week", job.hours_per_week):
        check.rule("hours_per_week", rules.hours_per_week(job.hours_per_week, lang))
    return check.status()


def _exemption_step(ctx: _Context) -> StepStatus:
    check = _StepChecker("exemption", ctx)
    exemption = ctx.case.exemption
    check.note_filled(exemption.code)
    check.from_reasons()
    check.require("explanation", exemption.explanation)
    return check.status()


def _documents_step(ctx: _Context) -> StepStatus:
    check = _StepChecker("documents", ctx)
    check.touched = bool(ctx.case.documents)
    for entry in checklist_for(ctx.case):
        spec = entry.spec
        name = spec.name_fr if ctx.lang == "fr" else spec.name
        why = spec.why_fr if ctx.lang == "fr" else spec.why
        if entry.status == "missing" and spec.need == "required":
            check.add("document_missing", say(MESSAGES, "document_missing", ctx.lang,
                                              name=name, why=why), item=spec.key)
        elif entry.status in ("missing", "optional_missing") and spec.need == "recommended":
            check.add("document_recommended", say(MESSAGES, "document_recommended", ctx.lang,
                                                  name=name, why=why),
                      severity=WARNING, item=spec.key)
    return check.status()


ContentStep = Callable[[_Context], StepStatus]
CONTENT_STEPS: tuple[ContentStep, ...] = (
    _eligibility_step, _employer_step, _worker_step, _job_step, _exemption_step,
    _documents_step)


# --- public API -----------------------------------------------------------------------------


def case_path(problem: Problem) -> str:
    """The dotted path of the problem's field from the case, e.g. ``worker.in_canada`` for
    an eligibility question or ``contact.email`` on the employer step ('' for none)."""
    fld = problem.field
    if not fld or problem.step == "send":
        return fld
    if problem.step == "eligibility":
        return f"job.{fld}" if fld == "seasonal_agricultural" else f"worker.{fld}"
    if problem.step == "employer" and fld.startswith(("contact.", "representative.")):
        return fld
    return f"{problem.step}.{fld}"


def size_problem(email_bytes: int | None, lang: str = "en",
                 limit: int | None = None) -> Problem | None:
    """An error on the send step when the built e-mail is over IMWU's size limit."""
    limit = load_imwu_info().size_limit_bytes if limit is None else limit
    if email_bytes is None or email_bytes <= limit:
        return None
    message = say(MESSAGES, "email_too_large", lang, size=f"{email_bytes / 1_000_000:.1f}",
                  limit=f"{limit / 1_000_000:g}")
    return Problem("send", "email_too_large", ERROR, message)


def step_statuses(case: Case, today: date | None = None,
                  email_bytes: int | None = None) -> list[StepStatus]:
    """Every step in order with its state and problems (`email_bytes`: the built e-mail's
    encoded size, when known)."""
    ctx = _Context(case, lang_of(case.language), today or date.today(), assess(case))
    content = [step(ctx) for step in CONTENT_STEPS]
    return [*content, _review_step(content, ctx), _send_step(ctx, email_bytes)]


def _review_step(content: list[StepStatus], ctx: _Context) -> StepStatus:
    states = {s.state for s in content}
    if states == {NOT_STARTED}:
        state = NOT_STARTED
    elif states == {COMPLETE} and ctx.eligibility.verdict == ELIGIBLE:
        state = COMPLETE
    else:
        state = INCOMPLETE
    return StepStatus("review", state, [])


def _send_step(ctx: _Context, email_bytes: int | None) -> StepStatus:
    check = _StepChecker("send", ctx)
    if ctx.case.imwu_address.strip():
        check.rule("imwu_address", rules.email(ctx.case.imwu_address, ctx.lang))
    too_big = size_problem(email_bytes, ctx.lang)
    if too_big is not None:
        check.problems.append(too_big)
    sent = ctx.case.state in (State.SENT, State.OPINION_RECEIVED)
    errors = any(p.blocking for p in check.problems)
    state = COMPLETE if sent else PROBLEMS if errors else NOT_STARTED
    return StepStatus("send", state, check.problems)


def all_problems(case: Case, today: date | None = None,
                 email_bytes: int | None = None) -> list[Problem]:
    """Every problem of every step, in step order."""
    return [p for s in step_statuses(case, today, email_bytes) for p in s.problems]


def is_ready(case: Case, today: date | None = None, email_bytes: int | None = None) -> bool:
    """True when the request can be sent: eligible and no error anywhere."""
    if assess(case).verdict != ELIGIBLE:
        return False
    return not any(p.blocking for p in all_problems(case, today, email_bytes))
