"""The GUI's one door to the domain rules, catalogue and checklist.

Pages call these functions instead of importing the domain modules everywhere, so that the
error handling (a rule that raises must never take a page down) lives in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from imwu_desktop.errors import UserError

if TYPE_CHECKING:  # the domain loads with the first case, not at start-up
    from imwu_desktop.domain.case import Case

log = logging.getLogger(__name__)

STEPS: tuple[str, ...] = (
    "eligibility", "employer", "worker", "job", "exemption", "documents", "review", "send",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("domain_access", text)


def step_titles() -> dict[str, str]:
    return {
        "eligibility": _tr("Eligibility"),
        "employer": _tr("Employer"),
        "worker": _tr("Worker"),
        "job": _tr("Job"),
        "exemption": _tr("Exemption"),
        "documents": _tr("Documents"),
        "review": _tr("Review"),
        "send": _tr("Send"),
    }


def state_texts() -> dict[str, str]:
    return {
        "not_started": _tr("Not started"),
        "incomplete": _tr("Incomplete"),
        "complete": _tr("Complete"),
        "problems": _tr("Has problems"),
    }


def shown(case: Case) -> Case:
    """The case as the screens show it: messages in the interface's language, whatever
    language the case writes to IMWU in (a shallow copy; the case itself is unchanged)."""
    from dataclasses import replace

    from imwu_desktop.domain.case import Language

    return replace(case, language=Language(ui_lang()))


def step_statuses(case: Case) -> dict[str, tuple[str, list[Any]]]:
    """step -> (state, problems), from the domain's step flow."""
    from imwu_desktop.domain import stepflow

    return {s.step: (s.state, list(s.problems)) for s in stepflow.step_statuses(shown(case))}


def all_problems(case: Case) -> list[Any]:
    from imwu_desktop.domain import stepflow

    return list(stepflow.all_problems(shown(case)))


def is_ready(case: Case) -> bool:
    from imwu_desktop.domain import stepflow

    return bool(stepflow.is_ready(case))


def assess(case: Case) -> Any:
    from imwu_desktop.domain import eligibility

    return eligibility.assess(shown(case))


def rule(name: str, *args: Any, **kwargs: Any) -> str | None:
    """Run field_rules.<name>(*args); None when the value is fine (or the rule is missing)."""
    from imwu_desktop.domain import field_rules

    func: Callable[..., str | None] | None = getattr(field_rules, name, None)
    if func is None:
        log.warning("field rule %s is missing", name)
        return None
    try:
        return func(*args, **kwargs)
    except Exception:  # never let a rule take down the page
        log.exception("field rule %s failed", name)
        return None


def teer_text(noc: str, lang: str) -> str:
    from imwu_desktop.domain import field_rules

    teer = field_rules.teer_of(noc)
    if teer is None:
        return ""
    return str(field_rules.teer_label(teer, lang))


def country_names(lang: str) -> list[tuple[str, str]]:
    from imwu_desktop.domain.countries import load_countries

    return [(c.iso2, c.name_fr if lang == "fr" else c.name) for c in load_countries().all()]


def country(iso2: str) -> Any:
    from imwu_desktop.domain.countries import load_countries

    return load_countries().get(iso2)


def catalogue() -> Any:
    from imwu_desktop.domain.catalogue import load_catalogue

    return load_catalogue()


def checklist(case: Case) -> list[Any]:
    from imwu_desktop.domain.checklist import checklist_for

    return list(checklist_for(case))


def ui_lang() -> str:
    """The language of the interface (en or fr), for texts taken from the data files."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def error_text(exc: BaseException) -> str:
    """An error's sentence in the interface's language (as is when it has no other wording)."""
    return exc.message_in(ui_lang()) if isinstance(exc, UserError) else str(exc)
