"""The size that counts is the encoded email's, measured the way the mail service builds it."""

from __future__ import annotations

import os
from email import message_from_bytes
from email.policy import SMTP
from pathlib import Path

import pytest

from imwu_desktop.services.documents import budget
from imwu_desktop.services.mail.compose import Attachment, compose_message

HEADERS = {"From": "Jean Tremblay <jean@erable.example>", "To": "imwu@example.org",
           "Subject": "Request for opinion – C10 – DUPONT, Claire – Érable inc.",
           "Date": "Wed, 25 Nov 2026 12:00:00 +0000",
           "Message-ID": "<176405.1234.987654321@erable.example>"}
BODY = "Hello,\n\nWe request the unit's opinion (Érable).\n" * 5


@pytest.mark.parametrize("sizes", [[0], [1], [2], [57], [58], [3_000_000], [123_457, 5, 999]])
def test_estimate_matches_the_real_build_exactly(sizes: list[int]) -> None:
    files = [(f"0{i}-diplôme-{i}.pdf", os.urandom(size)) for i, size in enumerate(sizes)]
    real = budget.encoded_message_size(files, BODY, HEADERS)
    estimate = budget.estimate_encoded_size([(n, len(d)) for n, d in files], BODY, HEADERS)
    assert estimate == real


def test_without_date_and_message_id_the_estimate_is_not_smaller() -> None:
    files = [("01-passport.pdf", os.urandom(10_000))]
    partial = {k: v for k, v in HEADERS.items() if k not in ("Date", "Message-ID")}
    estimate = budget.estimate_encoded_size([("01-passport.pdf", 10_000)], BODY, partial)
    real = budget.encoded_message_size(files, BODY, HEADERS)
    assert 0 <= estimate - real < 100


def test_same_size_as_the_message_the_mail_service_sends(tmp_path: Path) -> None:
    data = os.urandom(250_000)
    path = tmp_path / "03-passport-DUPONT.pdf"
    path.write_bytes(data)
    sent = compose_message(sender="jean@erable.example", sender_name="Jean Tremblay",
                           to="imwu@example.org", subject=HEADERS["Subject"], body=BODY,
                           attachments=[Attachment(path.name, path)])
    parsed = message_from_bytes(sent.raw, policy=SMTP)
    headers = {name: str(parsed[name]) for name in ("From", "To", "Subject", "Date",
                                                    "Message-ID")}
    ours = budget.estimate_encoded_size([(path.name, len(data))], BODY, headers)
    assert ours == sent.size


def test_structure_base64_lines_and_rfc2231_names() -> None:
    raw = budget.build_message([("05-diplôme.pdf", os.urandom(1000))], BODY,
                               HEADERS).as_bytes(policy=SMTP)
    text = raw.decode("ascii")
    assert "multipart/mixed" in text and "Content-Type: text/plain" in text
    assert "filename*=utf-8''05-dipl%C3%B4me.pdf" in text
    base64_lines = [line for line in text.split("\r\n") if len(line) == 76]
    assert len(base64_lines) == 1000 * 4 // 3 // 76
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only


def test_base64_costs_about_37_percent() -> None:
    assert budget.base64_size(3_000_000) == 4_000_000 + 2 * 52_632
    assert budget.base64_size(0) == 0


def test_budget_keeps_a_margin_for_headers_servers_add() -> None:
    assert budget.BUDGET_BYTES == 4_000_000 - budget.SERVER_HEADER_MARGIN
    assert budget.fits(budget.BUDGET_BYTES)
    assert not budget.fits(budget.BUDGET_BYTES + 1)
    # 2.9 MB of PDFs fits; 2.95 MB does not once encoded with the letters' headers
    assert budget.fits(budget.estimate_encoded_size([("a.pdf", 2_900_000)], BODY, HEADERS))
    assert not budget.fits(budget.estimate_encoded_size([("a.pdf", 2_950_000)], BODY,
                                                        HEADERS))


def test_request_size_as_attached_counts_every_file_once_encoded() -> None:
    from imwu_desktop.domain.case import Case, Document

    case = Case()
    case.worker.family_name = "Dupont"
    case.imwu_address = "imwu@example.org"
    case.documents = [Document("passport", "a" * 64, "p.jpg", 2_000_000),
                      Document("other", "b" * 64, "may.pdf", 400_000, label="Pay slips"),
                      Document("other", "c" * 64, "june.pdf", 400_000, label="Pay slips")]
    size = budget.request_size(case, extra=[("01-IMM5686-DUPONT.pdf", 200_000)])
    encoded_files = sum(budget.base64_size(n) for n in (2_000_000, 800_000, 200_000))
    assert encoded_files < size < encoded_files + 3_000  # plus headers and the cover note
    assert not budget.fits(budget.request_size(case, extra=[("big.pdf", 1_000_000)]))
