"""Passport MRZ (ICAO 9303 TD3): parsing, every check digit, typed-data mismatches."""

from __future__ import annotations

from datetime import date

import pytest

from imwu_desktop.domain.case import Worker
from imwu_desktop.domain.mrz import (
    MrzFormatError,
    check_digit,
    mrz_name_forms,
    mrz_problems,
    parse_td3,
    proposed_worker_fields,
)

TODAY = date(2026, 11, 25)
# ICAO Doc 9303 Part 4, the published TD3 specimen (Utopia, ERIKSSON, ANNA MARIA)
SPECIMEN_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
SPECIMEN_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
SPECIMEN = f"{SPECIMEN_1}\n{SPECIMEN_2}"


def _replace(line: str, index: int, char: str) -> str:
    return line[:index] + char + line[index + 1:]


def make_td3(family: str, given: str, number: str, nationality: str, born: str, sex: str,
             expiry: str, optional: str = "") -> str:
    """A valid passport MRZ (check digits from check_digit, itself tested on the specimen)."""
    line1 = f"P<{nationality}{family}<<{given}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    opt_digit = check_digit(opt) if optional else "<"
    body = f"{num}{check_digit(num)}{nationality}{born}{check_digit(born)}{sex}" \
           f"{expiry}{check_digit(expiry)}{opt}{opt_digit}"
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{check_digit(composite)}"


# --- the ICAO specimen -----------------------------------------------------------------

def test_check_digits_of_the_icao_specimen() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    composite = SPECIMEN_2[0:10] + SPECIMEN_2[13:20] + SPECIMEN_2[21:43]
    assert check_digit(composite) == "0"


def test_parse_icao_specimen() -> None:
    mrz = parse_td3(SPECIMEN, today=TODAY)
    assert mrz.valid and mrz.failures == ()
    assert mrz.document_type == "P"
    assert mrz.issuing_state == "UTO"
    assert mrz.family_name == "ERIKSSON"
    assert mrz.given_names == "ANNA MARIA"
    assert mrz.document_number == "L898902C3"
    assert mrz.nationality == "UTO"
    assert mrz.birth_date == date(1974, 8, 12)
    assert mrz.sex == "F"
    assert mrz.expiry_date == date(2012, 4, 15)
    assert mrz.optional_data == "ZE184226B"
    assert not mrz.name_truncated


def test_pasted_text_is_forgiven_case_blank_lines_and_joined_lines() -> None:
    pasted = f"  {SPECIMEN_1.lower()}  \n\n {SPECIMEN_2}\n"
    assert parse_td3(pasted, today=TODAY).valid
    assert parse_td3(SPECIMEN_1 + SPECIMEN_2, today=TODAY).valid
    assert parse_td3(SPECIMEN.replace("<", "«"), today=TODAY).valid


# --- each check digit, corrupted --------------------------------------------------------

@pytest.mark.parametrize(("index", "char", "group", "where"), [
    (4, "6", "document_number", "characters 1 to 10"),  # L8989[0->6]2C3
    (9, "7", "document_number", "characters 1 to 10"),  # the check digit itself
    (15, "1", "birth_date", "characters 14 to 20"),  # 74[0->1]812
    (19, "3", "birth_date", "characters 14 to 20"),
    (23, "1", "expiry_date", "characters 22 to 28"),  # 12[0->1]415
    (27, "8", "expiry_date", "characters 22 to 28"),
    (30, "8", "optional_data", "characters 29 to 43"),  # ZE[1->8]84226B
    (42, "2", "optional_data", "characters 29 to 43"),
])
def test_each_corrupted_group_is_named(index: int, char: str, group: str, where: str) -> None:
    assert SPECIMEN_2[index] != char
    mrz = parse_td3(f"{SPECIMEN_1}\n{_replace(SPECIMEN_2, index, char)}", today=TODAY)
    # the composite digit covers the data and the group check digits, so it fails too
    assert [f.group for f in mrz.failures] == [group, "composite"]
    assert where in mrz.failures[0].message
    assert not mrz.valid


def test_corrupted_composite_digit_alone() -> None:
    mrz = parse_td3(f"{SPECIMEN_1}\n{_replace(SPECIMEN_2, 43, '5')}", today=TODAY)
    assert [f.group for f in mrz.failures] == ["composite"]
    assert "character 44" in mrz.failures[0].message


def test_letter_o_typed_for_zero_in_a_date() -> None:
    mrz = parse_td3(f"{SPECIMEN_1}\n{_replace(SPECIMEN_2, 15, 'O')}", today=TODAY)
    assert mrz.birth_date is None
    assert [f.group for f in mrz.failures] == ["birth_date", "composite"]


def test_impossible_date_with_matching_check_digit() -> None:
    text = make_td3("DUPONT", "CLAIRE", "19AB12345", "FRA", "881399", "F", "290601")
    mrz = parse_td3(text, today=TODAY)
    assert mrz.birth_date is None
    assert [f.group for f in mrz.failures] == ["birth_date_date"]
    assert "not a real date" in mrz.failures[0].message


def test_failure_messages_in_french() -> None:
    mrz = parse_td3(f"{SPECIMEN_1}\n{_replace(SPECIMEN_2, 4, '6')}", lang="fr", today=TODAY)
    assert "relisez les caractères 1 à 10 de la ligne 2" in mrz.failures[0].message


# --- format errors ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("", "Type or paste the two lines"),
    (SPECIMEN_1, "Type or paste the two lines"),
    (f"{SPECIMEN_1}\n{SPECIMEN_2}\nEXTRA", "Type or paste the two lines"),
    (f"{SPECIMEN_1[:-1]}\n{SPECIMEN_2}", "Line 1 has 43 characters"),
    (f"{SPECIMEN_1}\n{SPECIMEN_2}<", "Line 2 has 45 characters"),
    (f"{SPECIMEN_1}\n{SPECIMEN_2[:20]} {SPECIMEN_2[21:]}", "Line 2 contains a space"),
    (f"{SPECIMEN_1.replace('<<ANNA', '<-ANNA')}\n{SPECIMEN_2}", 'Line 1 contains "-"'),
    (f"{SPECIMEN_2}\n{SPECIMEN_1}", "first line of a passport starts with P"),
])
def test_format_errors_say_what_to_reread(text: str, expected: str) -> None:
    with pytest.raises(MrzFormatError, match=expected):
        parse_td3(text, today=TODAY)


# --- dates and long numbers ---------------------------------------------------------------

def test_birth_century_and_expiry_century() -> None:
    text = make_td3("TREMBLAY", "LEA", "X1234567", "CAN", "050101", "F", "350101")
    mrz = parse_td3(text, today=TODAY)
    assert mrz.birth_date == date(2005, 1, 1)
    assert mrz.expiry_date == date(2035, 1, 1)
    older = parse_td3(make_td3("A", "B", "X1", "CAN", "300101", "M", "300101"), today=TODAY)
    assert older.birth_date == date(1930, 1, 1)
    assert older.expiry_date == date(2030, 1, 1)


def test_unspecified_sex_reads_as_x() -> None:
    mrz = parse_td3(make_td3("LEE", "SAM", "123456789", "NZL", "900101", "<", "300101"),
                    today=TODAY)
    assert mrz.valid and mrz.sex == "X"


def test_long_document_number_continues_in_optional_data() -> None:
    number = "D23145890734"
    head, tail = number[:9], number[9:]
    line1 = "P<UTOSMITH<<JOHN".ljust(44, "<")
    opt = f"{tail}{check_digit(number)}".ljust(14, "<")
    body = f"{head}<UTO7408122M1204159{opt}<"
    composite = body[0:10] + body[13:20] + body[21:43]
    mrz = parse_td3(f"{line1}\n{body}{check_digit(composite)}", today=TODAY)
    assert mrz.valid
    assert mrz.document_number == number
    broken = _replace(body, 30, "0" if body[30] != "0" else "1")
    composite = broken[0:10] + broken[13:20] + broken[21:43]
    mrz = parse_td3(f"{line1}\n{broken}{check_digit(composite)}", today=TODAY)
    assert [f.group for f in mrz.failures] == ["document_number"]


# --- names ICAO style ---------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "forms"), [
    ("Jean-François", {"JEAN<FRANCOIS"}),
    ("Claire Marie", {"CLAIRE<MARIE"}),
    ("Müller", {"MUELLER", "MULLER"}),
    ("O'Connor", {"OCONNOR"}),
    ("Østergård", {"OESTERGAARD", "OESTERGARD"}),
    ("Weiß", {"WEISS"}),
    ("Nuñez", {"NUNEZ"}),
])
def test_name_forms(typed: str, forms: set[str]) -> None:
    assert mrz_name_forms(typed) == forms


# --- comparison with what was typed ----------------------------------------------------------

DUPONT_MRZ = make_td3("DUPONT", "CLAIRE<MARIE", "19AB12345", "FRA", "880314", "F", "290601")


def _worker(**changes: object) -> Worker:
    worker = Worker(family_name="Dupont", given_names="Claire Marie",
                    date_of_birth=date(1988, 3, 14), sex="F", citizenship="FR",
                    passport_number="19AB12345", passport_expiry=date(2029, 6, 1),
                    mrz=DUPONT_MRZ)
    for key, value in changes.items():
        setattr(worker, key, value)
    return worker


def _ids(worker: Worker, lang: str = "en") -> list[str]:
    return [p.id for p in mrz_problems(worker, lang, today=TODAY)]


def test_matching_worker_has_no_problem() -> None:
    assert mrz_problems(_worker(), today=TODAY) == []
    assert mrz_problems(_worker(mrz=""), today=TODAY) == []
    assert mrz_problems(_worker(passport_number="19ab 12345"), today=TODAY) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"passport_number": "19AB12354"}, "mrz_mismatch_passport_number"),
    ({"date_of_birth": date(1988, 4, 13)}, "mrz_mismatch_date_of_birth"),
    ({"passport_expiry": date(2029, 1, 6)}, "mrz_mismatch_passport_expiry"),
    ({"family_name": "Dupond"}, "mrz_mismatch_family_name"),
    ({"given_names": "Claire"}, "mrz_mismatch_given_names"),
    ({"sex": "M"}, "mrz_mismatch_sex"),
    ({"citizenship": "BE"}, "mrz_mismatch_citizenship"),
    ({"family_name": "Claire Marie", "given_names": "Dupont"}, "mrz_mismatch_name_order"),
])
def test_each_mismatch_is_reported(changes: dict[str, object], expected: str) -> None:
    problems = mrz_problems(_worker(**changes), today=TODAY)
    assert [p.id for p in problems] == [expected]
    assert problems[0].step == "worker" and problems[0].severity == "error"
    assert problems[0].field in {"passport_number", "date_of_birth", "passport_expiry",
                                 "family_name", "given_names", "sex", "citizenship"}


def test_mismatch_message_shows_both_values_in_french() -> None:
    (problem,) = mrz_problems(_worker(passport_number="19AB12354"), "fr", today=TODAY)
    assert "19AB12354" in problem.message and "19AB12345" in problem.message
    assert "diffère" in problem.message


def test_accented_name_matches_icao_spelling() -> None:
    text = make_td3("MUELLER", "JOSE<FRANCOIS", "C01X00T47", "D<<", "880314", "M", "290601")
    worker = _worker(family_name="Müller", given_names="José-François", sex="M",
                     citizenship="DE", passport_number="C01X00T47", mrz=text)
    assert mrz_problems(worker, today=TODAY) == []


def test_truncated_long_name_is_accepted() -> None:
    family, given = "WOLFESCHLEGELSTEINHAUSEN", "HUBERT<BLAINE<CHARLES<DAVID"
    text = make_td3(family, given, "123456789", "USA", "880314", "M", "290601")
    assert parse_td3(text, today=TODAY).name_truncated
    worker = _worker(family_name="Wolfeschlegelsteinhausen",
                     given_names="Hubert Blaine Charles David", sex="M", citizenship="US",
                     passport_number="123456789", mrz=text)
    assert mrz_problems(worker, today=TODAY) == []


def test_check_digit_failure_replaces_the_comparison_of_that_group() -> None:
    broken = DUPONT_MRZ[:45 + 3] + "C" + DUPONT_MRZ[45 + 4:]
    ids = _ids(_worker(mrz=broken))
    assert ids == ["mrz_check_document_number", "mrz_check_composite"]


def test_unreadable_mrz_is_one_problem() -> None:
    problems = mrz_problems(_worker(mrz="P<FRADUPONT"), today=TODAY)
    assert [(p.id, p.field) for p in problems] == [("mrz_unreadable", "mrz")]


def test_special_icao_nationality_is_not_compared() -> None:
    text = make_td3("DUPONT", "CLAIRE<MARIE", "19AB12345", "XXA", "880314", "F", "290601")
    assert _ids(_worker(mrz=text)) == []


def test_proposed_fields_from_a_valid_mrz() -> None:
    fields = proposed_worker_fields(parse_td3(DUPONT_MRZ, today=TODAY))
    assert fields == {"family_name": "DUPONT", "given_names": "CLAIRE MARIE", "sex": "F",
                      "passport_number": "19AB12345", "date_of_birth": date(1988, 3, 14),
                      "passport_expiry": date(2029, 6, 1), "citizenship": "FR"}


def test_proposed_fields_leave_out_groups_that_fail() -> None:
    broken = DUPONT_MRZ[:45 + 13] + "7" + DUPONT_MRZ[45 + 14:]  # birth date 780314
    fields = proposed_worker_fields(parse_td3(broken, today=TODAY))
    assert "date_of_birth" not in fields
    assert fields["passport_number"] == "19AB12345"
