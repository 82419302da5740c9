"""The request email: names, subject, body language, encodings and exact bytes."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from imwu_desktop.domain.case import Case, Language
from imwu_desktop.domain.case_json import case_from_import
from imwu_desktop.services.mail.compose import (
    Attachment,
    ComposeError,
    attachment_name,
    compose_request,
    compose_test_message,
    preview_text,
    subject_for,
)
from imwu_desktop.services.mail.send import dot_stuff

CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"
SENDER = "anne.tremblay@maplerobotics.example"
IMWU = "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"


@pytest.fixture
def case() -> Case:
    loaded, _ = case_from_import(json.loads(CONTRACT.read_text(encoding="utf-8")))
    return loaded


def _parse(raw: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def _attachments(case: Case) -> list[Attachment]:
    return [
        Attachment(attachment_name(1, "imm5686", case), b"%PDF-1.7 form"),
        Attachment(attachment_name(2, "cover_letter", case), b"%PDF-1.7 letter"),
        Attachment(attachment_name(3, "passport", case, ".JPG"), bytes(range(256)) * 40),
    ]


def test_subject_and_names_in_english(case: Case) -> None:
    assert subject_for(case) == "Request for opinion – C63 – DUPONT, Claire – Maple Robotics"
    names = [a.file_name for a in _attachments(case)]
    assert names == ["01-IMM5686-DUPONT.pdf", "02-cover-letter.pdf", "03-passport-DUPONT.jpg"]


def test_subject_names_and_body_in_french(case: Case) -> None:
    case.language = Language.FR
    assert subject_for(case) == "Demande d'avis – C63 – DUPONT, Claire – Maple Robotics"
    assert attachment_name(2, "cover_letter", case) == "02-lettre-de-presentation.pdf"
    assert attachment_name(3, "passport", case) == "03-passeport-DUPONT.pdf"
    message = compose_request(case, sender=SENDER, to=IMWU, attachments=_attachments(case))
    body = _parse(message.raw).get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Bonjour,")
    assert "Pièces jointes" in text and "02-lettre-de-presentation.pdf" in text


def test_other_items_use_their_label(case: Case) -> None:
    name = attachment_name(7, "other", case, ".pdf", label="Proof of one year / parent co.")
    assert name == "07-proof-of-one-year-parent-co.pdf"


def test_message_headers_body_and_attachments_round_trip(case: Case) -> None:
    now = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)
    attachments = _attachments(case)
    message = compose_request(case, sender=SENDER, to=IMWU, cc=["boss@maplerobotics.example"],
                              attachments=attachments, now=now)
    parsed = _parse(message.raw)
    assert parsed["From"].addresses[0].addr_spec == SENDER
    assert parsed["From"].addresses[0].display_name == "Anne Tremblay"
    assert parsed["To"] == IMWU
    assert parsed["Cc"] == "boss@maplerobotics.example"
    assert message.recipients == [IMWU, "boss@maplerobotics.example"]
    assert parsed["Subject"] == subject_for(case)
    assert parsedate_to_datetime(parsed["Date"]) == now
    assert parsed["Message-ID"] == message.message_id
    assert message.message_id.endswith("@maplerobotics.example>")
    files = [(part.get_filename(), part.get_content()) for part in parsed.iter_attachments()]
    assert files == [(a.file_name, a.content) for a in attachments]
    assert message.raw.isascii() and b"\r\n" in message.raw and b"\n" not in message.raw.replace(
        b"\r\n", b"")
    assert message.size == len(message.raw)
    assert message.attachments[2] == ("03-passport-DUPONT.jpg", 256 * 40)


def test_two_messages_get_different_message_ids(case: Case) -> None:
    first = compose_request(case, sender=SENDER, to=IMWU, attachments=[])
    second = compose_request(case, sender=SENDER, to=IMWU, attachments=[])
    assert first.message_id != second.message_id


def test_non_ascii_names_are_encoded_and_decode_back(case: Case, tmp_path: Path) -> None:
    case.worker.family_name = "Müller-Lüdenscheidt"
    case.worker.given_names = "Zoë"
    case.employer.operating_name = "Érable Robotique"
    case.contact.name = "Anne Trémblay"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    attachments = [Attachment(attachment_name(3, "passport", case), scan)]
    message = compose_request(case, sender=SENDER, to=IMWU, attachments=attachments)
    assert message.raw.isascii()
    assert b"=?utf-8?" in message.raw  # RFC 2047 words in the headers
    assert b"filename*=utf-8''03-passport-M%C3%9CLLER-L%C3%9CDENSCHEIDT.pdf" in message.raw
    parsed = _parse(message.raw)
    assert parsed["Subject"] == "Request for opinion – C63 – MÜLLER-LÜDENSCHEIDT, Zoë – " \
        "Érable Robotique"
    assert parsed["From"].addresses[0].display_name == "Anne Trémblay"
    part = next(parsed.iter_attachments())
    assert part.get_filename() == "03-passport-MÜLLER-LÜDENSCHEIDT.pdf"
    assert part.get_content() == b"%PDF-1.4 scan"


def test_case_recipient_is_used_when_none_given(case: Case) -> None:
    case.imwu_address = "someone.else@cic.gc.ca"
    message = compose_request(case, sender=SENDER, attachments=[])
    assert message.to == "someone.else@cic.gc.ca"
    explicit = compose_request(case, sender=SENDER, to="x.y@cic.gc.ca", attachments=[])
    assert explicit.to == "x.y@cic.gc.ca"


@pytest.mark.parametrize("bad", ["", "not-an-address", "a b@c.ca", "anne@", "élise@exemple.ca"])
def test_bad_sender_address_is_a_plain_error(case: Case, bad: str) -> None:
    with pytest.raises(ComposeError, match="not a valid email address"):
        compose_request(case, sender=bad, to=IMWU, attachments=[])


def test_unreadable_attachment_and_duplicate_names_are_plain_errors(case: Case,
                                                                    tmp_path: Path) -> None:
    missing = Attachment("01-x.pdf", tmp_path / "gone.pdf")
    with pytest.raises(ComposeError, match="could not be read"):
        compose_request(case, sender=SENDER, to=IMWU, attachments=[missing])
    twice = [Attachment("01-x.pdf", b"a"), Attachment("01-x.pdf", b"b")]
    with pytest.raises(ComposeError, match="Two attachments"):
        compose_request(case, sender=SENDER, to=IMWU, attachments=twice)


def test_preview_shows_decoded_headers_files_and_encoded_size(case: Case) -> None:
    message = compose_request(case, sender=SENDER, to=IMWU, attachments=_attachments(case))
    text = preview_text(message)
    assert "Subject: Request for opinion – C63 – DUPONT, Claire – Maple Robotics" in text
    assert "03-passport-DUPONT.jpg (10 kB)" in text
    assert f"({message.size:,} bytes)" in text


def test_test_message_goes_to_the_sender() -> None:
    message = compose_test_message(sender=SENDER, language="fr")
    assert message.recipients == [SENDER]
    assert "essai" in message.subject


def test_dot_stuffing_doubles_leading_dots_and_ends_the_data() -> None:
    assert dot_stuff(b"a\r\n.b\r\n..c\r\n") == b"a\r\n..b\r\n...c\r\n.\r\n"
    assert dot_stuff(b".x") == b"..x\r\n.\r\n"
