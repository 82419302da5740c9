"""New cases get random version-4 UUIDs as 32 hex digits (the case file's case_id)."""

from __future__ import annotations

import uuid

from imwu_desktop.domain.case import Case


def test_new_cases_get_distinct_version_4_uuids() -> None:
    ids = [Case().case_id for _ in range(500)]
    assert len(set(ids)) == len(ids)
    for case_id in ids:
        parsed = uuid.UUID(hex=case_id)
        assert parsed.hex == case_id  # 32 lower-case hex digits, no dashes
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
