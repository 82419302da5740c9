"""Import a case from the public case JSON contract (documents named by relative paths)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from imwu_desktop.domain.case_json import CaseDataError, NewerVersionError, case_from_import

from .container import os_reason
from .errors import CaseFileError, CaseImportError
from .limits import DEFAULT_LIMITS, Limits
from .safejson import parse_json
from .store import OpenedCase, new_store


def _read(json_path: Path, limits: Limits) -> bytes:
    name = f"“{json_path.name}”"
    try:
        with open(json_path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CaseImportError(f"{name} is not a file.", json_path)
            raw = handle.read(limits.case_json_bytes + 1)
    except OSError as exc:
        raise CaseImportError(f"{name} cannot be read ({os_reason(exc)}).", json_path) from None
    if len(raw) > limits.case_json_bytes:
        raise CaseImportError(f"{name} is too large to be a case (over "
                              f"{limits.case_json_bytes // (1024 * 1024)} MB).", json_path)
    return raw


def import_case_json(json_path: Path | str, *, limits: Limits = DEFAULT_LIMITS) -> OpenedCase:
    """A new working store from a case JSON file; its documents are copied in.

    Unknown keys, wrong types and missing documents are CaseImportErrors naming the key or
    the file.
    """
    json_path = Path(json_path)
    name = f"“{json_path.name}”"
    raw = _read(json_path, limits)
    data = parse_json(raw, json_path, limits, lambda why: CaseImportError(
        f"{name} cannot be imported: {why.replace('its case data', 'it')}.", json_path))
    try:
        case, sources = case_from_import(data)
    except NewerVersionError:
        raise CaseImportError(f"{name} was written for a newer version of IMWU Desktop; update "
                              "the app to import it.", json_path) from None
    except CaseDataError as exc:
        raise CaseImportError(f"{name} is not a valid case: {str(exc).rstrip('.')}.",
                              json_path) from None
    opened = new_store(case, limits=limits)
    try:
        for i, source in enumerate(sources):
            file = json_path.parent / source.path
            if not file.is_file():
                what = "was not found" if not file.exists() else "is not a file"
                raise CaseImportError(
                    f"The document “{source.path}” (documents[{i}]) {what}; paths are relative "
                    f"to {name}.", file)
            doc = opened.add_attachment(file, item=source.item, label=source.label)
            case.documents.append(doc)
    except (CaseFileError, OSError) as exc:
        opened.close()
        if isinstance(exc, OSError):
            raise CaseImportError(f"A document could not be read ({os_reason(exc)}).") from None
        raise
    return opened
