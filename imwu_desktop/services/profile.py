"""The employer profile: the employer and contact details saved once and reused per case.

Stored as JSON in the config folder. A damaged profile is ignored (never a crash): the user
simply types the details again and saves a new one.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from imwu_desktop.domain.case import FORMAT_NAME, SCHEMA_VERSION, Address, Case, Contact, Employer
from imwu_desktop.domain.case_json import CaseDataError, case_from_dict, case_to_dict
from imwu_desktop.services.paths import config_dir

log = logging.getLogger(__name__)

PROFILE_FILE = "employer_profile.json"
PROFILE_VERSION = 1


def profile_path() -> Path:
    return config_dir() / PROFILE_FILE


def save_profile(case: Case) -> Path:
    """Write the case's employer and contact as the profile (atomic replace, owner-only)."""
    stored = case_to_dict(case)
    data = {
        "version": PROFILE_VERSION,
        "employer": stored["employer"],
        "contact": stored["contact"],
    }
    target = profile_path()
    fd, tmp = tempfile.mkstemp(prefix=".profile-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def load_profile() -> tuple[Employer, Contact] | None:
    """The saved employer and contact, or None when there is none or it cannot be read."""
    path = profile_path()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("employer profile %s unreadable: %s", path, exc)
        return None
    if not isinstance(raw, dict):
        return None
    try:
        holder = case_from_dict({
            "format": FORMAT_NAME, "version": SCHEMA_VERSION,
            "employer": raw.get("employer") or {}, "contact": raw.get("contact") or {},
        })
    except CaseDataError as exc:
        log.warning("employer profile %s has the wrong shape: %s", path, exc)
        return None
    return holder.employer, holder.contact


def apply_profile(case: Case) -> bool:
    """Copy the saved employer and contact into the case; False when there is no profile."""
    loaded = load_profile()
    if loaded is None:
        return False
    employer, contact = loaded
    case.employer = replace(employer, address=replace(employer.address or Address()))
    case.contact = contact
    return True
