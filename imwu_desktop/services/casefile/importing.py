"""Import a case from the public case JSON contract (documents named by relative paths)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from imwu_desktop.domain.case_json import CaseDataError, NewerVersionError, case_from_import

from .errors import CaseFileError, CaseImportError
from .limits import DEFAULT_LIMITS, MB, Limits
from .messages import Reason, os_reason
from .safejson import parse_json
from .store import OpenedCase, new_store


def _read(json_path: Path, limits: Limits) -> bytes:
    name = json_path.name
    try:
        with open(json_path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CaseImportError(path=json_path, key="import_not_file", name=name)
            raw = handle.read(limits.case_json_bytes + 1)
    except OSError as exc:
        raise CaseImportError(path=json_path, key="unreadable", name=name,
                              why=os_reason(exc)) from None
    if len(raw) > limits.case_json_bytes:
        raise CaseImportError(path=json_path, key="import_too_large", name=name,
                              mb=limits.case_json_bytes // MB)
    return raw


def import_case_json(json_path: Path | str, *, limits: Limits = DEFAULT_LIMITS) -> OpenedCase:
    """A new working store from a case JSON file; its documents are copied in.

    Unknown keys, wrong types and missing documents are CaseImportErrors naming the key or
    the file.
    """
    json_path = Path(json_path)
    name = json_path.name
    raw = _read(json_path, limits)
    data = parse_json(raw, json_path, limits, lambda why: CaseImportError(
        path=json_path, key="import_bad", name=name,
        why=Reason(f"import_{why.key}", **why.fields)))
    try:
        case, sources = case_from_import(data)
    except NewerVersionError:
        raise CaseImportError(path=json_path, key="import_newer", name=name) from None
    except CaseDataError as exc:
        raise CaseImportError(path=json_path, key="import_invalid", name=name,
                              detail=str(exc).rstrip(".")) from None
    opened = new_store(case, limits=limits)
    try:
        for i, source in enumerate(sources):
            file = json_path.parent / source.path
            if not file.is_file():
                what = Reason("not_found" if not file.exists() else "not_a_file")
                raise CaseImportError(path=file, key="import_doc_missing", doc=source.path,
                                      index=i, what=what, name=name)
            doc = opened.add_attachment(file, item=source.item, label=source.label)
            case.documents.append(doc)
    except (CaseFileError, OSError) as exc:
        opened.close()
        if isinstance(exc, OSError):
            raise CaseImportError(key="import_doc_unreadable", why=os_reason(exc)) from None
        raise
    return opened
