"""Case <-> JSON (the public contract), with strict validation and schema migrations.

Every problem is reported as a CaseDataError naming the key path, e.g.
``worker.date_of_birth: expected a date written YYYY-MM-DD``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from .case import FORMAT_NAME, SCHEMA_VERSION, Case, Document

JsonDict = dict[str, Any]

# Keys that an export adds and an import may carry back; they are derived, so ignored.
_DERIVED_TOP_LEVEL_KEYS = {"status"}
# Document keys only meaningful on import (relative path of the file to attach).
_IMPORT_DOCUMENT_KEYS = {"item", "label", "path"}


class CaseDataError(ValueError):
    """The JSON does not describe a case. The message is one plain sentence."""


class NewerVersionError(CaseDataError):
    """The data was written by a newer version of the app."""


@dataclasses.dataclass(frozen=True)
class DocumentSource:
    """A document named on import: the checklist item and the file to attach."""

    item: str
    path: str
    label: str = ""


# --- migrations -----------------------------------------------------------------------

Migration = Callable[[JsonDict], JsonDict]
#: MIGRATIONS[n] turns version n data into version n + 1 data.
MIGRATIONS: dict[int, Migration] = {}


def upgrade(data: JsonDict, migrations: dict[int, Migration] | None = None) -> JsonDict:
    """Bring stored data up to SCHEMA_VERSION, refusing data from a newer app."""
    steps = MIGRATIONS if migrations is None else migrations
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseDataError("version: expected a whole number (the case format version)")
    target = max([SCHEMA_VERSION, *(k + 1 for k in steps)])
    if version > target:
        raise NewerVersionError(
            f"This case was made by a newer version of IMWU Desktop (format {version}); "
            "update the app to open it."
        )
    while version < target:
        if version not in steps:
            raise CaseDataError(f"version: no way to upgrade case format {version}")
        data = steps[version](dict(data))
        version += 1
        data["version"] = version
    return data


# --- generic conversion ---------------------------------------------------------------


def _type_name(tp: Any) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
             date: "a date written YYYY-MM-DD", datetime: "a date and time (ISO 8601)"}
    if tp in names:
        return names[tp]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    if dataclasses.is_dataclass(tp):
        return "an object"
    return "a value"


def _is_optional(tp: Any) -> tuple[bool, list[Any]]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = list(typing.get_args(tp))
        return type(None) in args, [a for a in args if a is not type(None)]
    return False, [tp]


def _convert(value: Any, tp: Any, path: str) -> Any:
    optional, options = _is_optional(tp)
    if value is None:
        if optional:
            return None
        if options == [str]:
            return ""
        raise CaseDataError(f"{path}: must not be null")
    last_error: CaseDataError | None = None
    for option in options:
        try:
            return _convert_one(value, option, path)
        except CaseDataError as exc:
            last_error = exc
    if len(options) > 1:
        wanted = " or ".join(_type_name(o) for o in options)
        raise CaseDataError(f"{path}: expected {wanted}")
    assert last_error is not None
    raise last_error


def _convert_one(value: Any, tp: Any, path: str) -> Any:
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, dict):
            raise CaseDataError(f"{path}: expected an object")
        return _from_dict(tp, value, path)
    if typing.get_origin(tp) is list:
        (item_type,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise CaseDataError(f"{path}: expected a list")
        return [_convert(v, item_type, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            raise CaseDataError(f"{path}: expected {_type_name(tp)}") from None
    if tp is bool:
        if isinstance(value, bool):
            return value
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif tp is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
    elif tp is str:
        if isinstance(value, str):
            return value
    elif tp is datetime:
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
    elif tp is date and isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise CaseDataError(f"{path}: expected {_type_name(tp)}")


def _from_dict(cls: type, data: JsonDict, path: str) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in fields:
            where = f"{path}.{key}" if path else key
            raise CaseDataError(f"{where}: unknown key")
    kwargs = {}
    for name in fields:
        if name in data:
            kwargs[name] = _convert(data[name], hints[name], f"{path}.{name}" if path else name)
    try:
        return cls(**kwargs)
    except TypeError:
        missing = [
            n for n, f in fields.items()
            if n not in data
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        ]
        raise CaseDataError(f"{path}: missing {', '.join(missing)}") from None


def _to_json_value(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_to_json_value(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# --- public API -----------------------------------------------------------------------


def case_to_dict(case: Case) -> JsonDict:
    """The case as stored in case.json (contract fields plus ours)."""
    body = _to_json_value(case)
    assert isinstance(body, dict)
    return {"format": FORMAT_NAME, "version": SCHEMA_VERSION, **body}


def case_from_dict(data: Any) -> Case:
    """A case from stored case.json data (documents carry sha256, file_name and size)."""
    body = _check_envelope(data)
    return typing.cast(Case, _from_dict(Case, body, ""))


def case_from_import(data: Any) -> tuple[Case, list[DocumentSource]]:
    """A case from contract JSON written by a person or script; documents carry paths."""
    body = _check_envelope(data)
    raw_documents = body.pop("documents", [])
    if not isinstance(raw_documents, list):
        raise CaseDataError("documents: expected a list")
    sources = [_document_source(d, f"documents[{i}]") for i, d in enumerate(raw_documents)]
    case = typing.cast(Case, _from_dict(Case, body, ""))
    return case, sources


def export_dict(case: Case) -> JsonDict:
    """The contract's export: stored fields, documents without paths, and the status."""
    data = case_to_dict(case)
    data["documents"] = [_export_document(d) for d in case.documents]
    last = case.last_status
    status: JsonDict = {"state": case.state.value}
    if last is not None:
        status.update({k: v for k, v in _to_json_value(last).items() if v not in ("", None)})
    data["status"] = status
    return data


def _export_document(doc: Document) -> JsonDict:
    out: JsonDict = {"item": doc.item}
    if doc.label:
        out["label"] = doc.label
    out.update({"file_name": doc.file_name, "size": doc.size, "sha256": doc.sha256})
    if doc.media_type:
        out["media_type"] = doc.media_type
    if doc.pages is not None:
        out["pages"] = doc.pages
    return out


def _check_envelope(data: Any) -> JsonDict:
    if not isinstance(data, dict):
        raise CaseDataError("The case must be a JSON object.")
    if data.get("format") != FORMAT_NAME:
        raise CaseDataError(f'format: expected "{FORMAT_NAME}"')
    upgraded = upgrade(dict(data))
    return {k: v for k, v in upgraded.items()
            if k not in ("format", "version") and k not in _DERIVED_TOP_LEVEL_KEYS}


def _document_source(raw: Any, path: str) -> DocumentSource:
    if not isinstance(raw, dict):
        raise CaseDataError(f"{path}: expected an object")
    for key in raw:
        if key not in _IMPORT_DOCUMENT_KEYS:
            raise CaseDataError(f"{path}.{key}: unknown key")
    item, file_path, label = raw.get("item"), raw.get("path"), raw.get("label", "")
    if not isinstance(item, str) or not item:
        raise CaseDataError(f"{path}.item: expected the checklist item, e.g. \"passport\"")
    if not isinstance(file_path, str) or not file_path:
        raise CaseDataError(f"{path}.path: expected the file's path, relative to the JSON file")
    if not isinstance(label, str):
        raise CaseDataError(f"{path}.label: expected text")
    if item == "other" and not label:
        raise CaseDataError(f"{path}.label: a document of item \"other\" needs a label")
    return DocumentSource(item=item, path=file_path, label=label)
