"""The Case model against the public case JSON contract."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case, Document, State, StatusEvent
from imwu_desktop.domain.case_json import (
    CaseDataError,
    NewerVersionError,
    case_from_dict,
    case_from_import,
    case_to_dict,
    export_dict,
    upgrade,
)

CONTRACT = Path(__file__).parent.parent / "data" / "contract" / "case.json"


def contract_data() -> dict:
    return json.loads(CONTRACT.read_text(encoding="utf-8"))


def assert_contains(actual: object, expected: object, path: str) -> None:
    """Every field of `expected` is in `actual` with the same value (we may add fields)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            assert_contains(actual[key], value, f"{path}.{key}")
    else:
        assert actual == expected and type(actual) is type(expected), path


def test_every_contract_field_survives_import_and_export() -> None:
    data = contract_data()
    case, sources = case_from_import(data)
    assert case.worker.date_of_birth == date(1988, 3, 14)
    assert [s.item for s in sources] == [d["item"] for d in data["documents"]]
    exported = export_dict(case)
    for key, value in data.items():
        if key != "documents":
            assert_contains(exported[key], value, key)
    assert exported["status"] == {"state": "draft"}


def test_stored_form_round_trips() -> None:
    case, _ = case_from_import(contract_data())
    case.documents.append(Document(item="cv", sha256="ab" * 32, file_name="cv.pdf", size=10))
    case.add_status(StatusEvent(state=State.SENT, at=datetime(2027, 1, 5, 10, 0, tzinfo=UTC),
                                recipient="x@example.org", message_id="<1@x>"))
    again = case_from_dict(json.loads(json.dumps(case_to_dict(case))))
    assert again == case
    assert again.state is State.SENT


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["worker"].update(nickname="x"), "worker.nickname: unknown key"),
        (lambda d: d["worker"].update(date_of_birth="14/03/1988"), "worker.date_of_birth"),
        (lambda d: d["employer"].update(employees_in_canada="many"), "employees_in_canada"),
        (lambda d: d.update(language="de"), "language"),
        (lambda d: d["documents"].append({"item": "other", "path": "x.pdf"}), "label"),
        (lambda d: d.update(format="other"), "format"),
        (lambda d: d["job"].update(wage=[1]), "job.wage: expected an object"),
    ],
)
def test_wrong_shapes_name_the_key(mutate, message: str) -> None:
    data = contract_data()
    mutate(data)
    with pytest.raises(CaseDataError, match=message.replace(".", r"\.")):
        case_from_import(data)


def test_newer_version_is_refused_plainly() -> None:
    data = contract_data()
    data["version"] = 99
    with pytest.raises(NewerVersionError, match="newer version"):
        case_from_import(data)


def test_migrations_run_in_order() -> None:
    old = {"format": "imwu-case", "version": 1, "a": 1}
    steps = {
        1: lambda d: {**{k: v for k, v in d.items() if k != "a"}, "b": d["a"]},
        2: lambda d: {**d, "c": d["b"] + 1},
    }
    assert upgrade(old, steps) == {"format": "imwu-case", "version": 3, "b": 1, "c": 2}


def test_empty_case_is_a_draft() -> None:
    case = Case()
    assert case.state is State.DRAFT
    assert case_from_dict(case_to_dict(case)) == case
