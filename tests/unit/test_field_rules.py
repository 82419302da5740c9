"""Field rules: real-format valid and invalid values, messages in English and French."""

from __future__ import annotations

from datetime import date

import pytest

from imwu_desktop.domain import field_rules as fr

TODAY = date(2026, 11, 25)


# --- business number ------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "123456782", "123 456 782", "123456782RT0001", "123456782 RT 0001", "123456782 rp 0002",
    "100000009",
])
def test_business_number_valid(value: str) -> None:
    assert fr.business_number(value) is None


@pytest.mark.parametrize("value", ["12345678", "1234567890", "12345678A", "123456782 RT 001",
                                   "123456782 R1 0001", ""])
def test_business_number_bad_format_explains_shape(value: str) -> None:
    message = fr.business_number(value)
    assert message is not None and "9 digits" in message


@pytest.mark.parametrize("value", ["123456783", "123456789", "133456782 RT 0001"])
def test_business_number_bad_check_digit(value: str) -> None:
    message = fr.business_number(value)
    assert message is not None and "not valid" in message


def test_luhn_against_known_numbers() -> None:
    assert fr.luhn_ok("79927398713")  # the classic Luhn example
    assert not fr.luhn_ok("79927398710")


def test_business_number_message_in_french() -> None:
    message = fr.business_number("12345", lang="fr")
    assert message is not None and "numéro d'entreprise" in message


# --- postal code ---------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "province"), [
    ("M5H 2N2", "ON"), ("m5h2n2", "ON"), ("K1A 0B1", "ON"), ("H2X 1Y4", "QC"),
    ("G1R 4S9", "QC"), ("V6B 4Y8", "BC"), ("T2P 2M5", "AB"), ("X0A 0H0", "NU"),
    ("X1A 2P7", "NT"), ("Y1A 6E7", "YT"), ("A1C 5M2", "NL"), ("B3J 3K5", "NS"),
    ("C1A 7N8", "PE"), ("E1C 4M3", "NB"), ("R3C 0V8", "MB"), ("S4P 3V7", "SK"),
    ("M5H 2N2", ""),
])
def test_postal_code_valid(value: str, province: str) -> None:
    assert fr.postal_code(value, province) is None


@pytest.mark.parametrize("value", ["M5H 2N", "M5H-2N2X", "5MH 2N2", "M5H 2NO", "90210", ""])
def test_postal_code_format(value: str) -> None:
    message = fr.postal_code(value, "ON")
    assert message is not None and "A1A 1A1" in message


@pytest.mark.parametrize("value", ["D1A 1A1", "K1O 1A1", "M5U 2N2", "K1A 1I1", "Q1A 1A1"])
def test_postal_code_letters_never_used(value: str) -> None:
    message = fr.postal_code(value)
    assert message is not None and "D, F, I, O, Q" in message


@pytest.mark.parametrize("value", ["W1A 1A1", "Z1A 1A1"])
def test_postal_code_never_starts_with_w_or_z(value: str) -> None:
    message = fr.postal_code(value)
    assert message is not None and "W or Z" in message


def test_postal_code_first_letter_matches_province() -> None:
    message = fr.postal_code("K1A 0B1", "QC")
    assert message is not None and "G, H, J" in message and "K" in message
    message_fr = fr.postal_code("V6B 4Y8", "AB", lang="fr")
    assert message_fr is not None and "commencent par T" in message_fr


def test_normalize_postal_code() -> None:
    assert fr.normalize_postal_code(" m5h2n2 ") == "M5H 2N2"


# --- NOC ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "teer"), [
    ("21301", 1), ("00012", 0), ("10010", 0), ("72410", 2), ("63200", 3), ("64409", 4),
    ("85100", 5), (" 21301 ", 1),
])
def test_noc_valid_and_teer(value: str, teer: int) -> None:
    assert fr.noc(value) is None
    assert fr.teer_of(value) == teer


@pytest.mark.parametrize("value", ["2130", "213011", "2130A", "", "NOC 21301"])
def test_noc_format(value: str) -> None:
    message = fr.noc(value)
    assert message is not None and "5 digits" in message
    assert fr.teer_of(value) is None


def test_noc_teer_out_of_range() -> None:
    message = fr.noc("27301")
    assert message is not None and "TEER" in message and "27301" in message
    assert fr.teer_of("27301") is None


def test_noc_zero_category_is_senior_management_only() -> None:
    assert fr.noc("05100") is not None
    assert fr.noc("00015") is None


def test_teer_label_languages() -> None:
    assert "university degree" in fr.teer_label(1)
    assert "FEER 1" in fr.teer_label(1, "fr")
    assert fr.teer_label(9) == ""


# --- phone ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "+1 416 555 0100", "(514) 555-0199", "416-555-0100", "1-800-555-0199", "4165550100",
    "416 555 0100 ext. 123", "514 555 0199 poste 22", "+33 1 23 45 67 89", "0033 1 23 45 67 89",
    "+44 20 7946 0958", "011 49 30 1234567", "+81 3-1234-5678",
])
def test_phone_valid(value: str) -> None:
    assert fr.phone(value) is None


@pytest.mark.parametrize("value", ["555-0100", "+33 12", "phone", "", "+1 416 555 0100 +1",
                                   "416 555 01000 0", "+0 123 456 789"])
def test_phone_invalid_format(value: str) -> None:
    message = fr.phone(value)
    assert message is not None and "area code" in message


@pytest.mark.parametrize("value", ["+1 116 555 0100", "416 155 0100", "(016) 555-0100"])
def test_phone_north_american_digits(value: str) -> None:
    message = fr.phone(value)
    assert message is not None and "0 or 1" in message


# --- e-mail ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "anne.tremblay@maplerobotics.example", "claire.dupont@example.fr",
    "o'brien+visa@sub.example.co.uk", "IRCC.IMWU-UMIT.IRCC@cic.gc.ca", " hr@xn--caf-dma.ca ",
])
def test_email_valid(value: str) -> None:
    assert fr.email(value) is None


@pytest.mark.parametrize("value", [
    "anne.tremblay@", "anne tremblay@example.com", "anne@example", "anne..t@example.com",
    "@example.com", "anne@-example.com", "anne@example.c", "anne@@example.com", "",
    "anne.@example.com",
])
def test_email_invalid(value: str) -> None:
    message = fr.email(value)
    assert message is not None and "name@example.com" in message


# --- names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "DUPONT", "Claire Marie", "Zoë", "Jean-François", "O'Connor", "Núñez", "Łukasz",
    "D’Artagnan", "ÅSTRÖM", "Nguyễn Thị",
])
def test_person_name_valid(value: str) -> None:
    assert fr.person_name(value) is None


@pytest.mark.parametrize(("value", "shown"), [
    ("Claire2", "2"), ("Dupont, Claire", ","), ("Smith Jr.", "."), ("Anne (Annie)", "()"),
])
def test_person_name_characters(value: str, shown: str) -> None:
    message = fr.person_name(value)
    assert message is not None and f'"{shown}"' in message


@pytest.mark.parametrize("value", ["-Claire", "Jean--Luc", "Anne  Marie", "O'"])
def test_person_name_shape(value: str) -> None:
    message = fr.person_name(value)
    assert message is not None and "starts and ends with a letter" in message


def test_person_name_empty_in_french() -> None:
    assert fr.person_name("  ", "fr") == "Écrivez le nom exactement comme dans le passeport."


# --- dates ----------------------------------------------------------------------------------

def test_date_range() -> None:
    assert fr.date_range(date(2027, 2, 1), date(2029, 1, 31)) is None
    assert fr.date_range("2027-02-01", "2029-01-31") is None
    assert fr.date_range(None, date(2029, 1, 31)) is None
    same = fr.date_range(date(2027, 2, 1), date(2027, 2, 1))
    assert same is not None and "2027-02-01" in same
    backwards = fr.date_range("2029-01-31", "2027-02-01", "fr")
    assert backwards is not None and "doit suivre" in backwards


def test_date_value_format() -> None:
    assert fr.date_value("2027-02-01") is None
    assert fr.date_value("") is None
    assert fr.date_value("01/02/2027") == fr.MESSAGES["date_format"]["en"]
    assert fr.date_value("2027-02-30") is not None


@pytest.mark.parametrize("born", [date(1988, 3, 14), date(2012, 11, 25), date(1936, 11, 26)])
def test_birth_date_plausible(born: date) -> None:
    assert fr.birth_date(born, today=TODAY) is None


def test_birth_date_too_young_too_old_future() -> None:
    young = fr.birth_date(date(2020, 1, 1), today=TODAY)
    assert young is not None and "6 years old" in young
    old = fr.birth_date("1930-01-01", today=TODAY)
    assert old is not None and "96 years old" in old
    assert fr.birth_date(date(2027, 1, 1), today=TODAY) == fr.MESSAGES["birth_future"]["en"]
    assert fr.birth_date("14/03/1988", today=TODAY) is not None


def test_passport_dates() -> None:
    assert fr.passport_dates(date(2019, 6, 2), date(2029, 6, 1), today=TODAY) is None
    future = fr.passport_dates(date(2027, 1, 1), date(2037, 1, 1), today=TODAY)
    assert future is not None and "in the future" in future
    order = fr.passport_issued(date(2019, 6, 2), date(2019, 6, 1), today=TODAY)
    assert order is not None and "before its expiry" in order
    expired = fr.passport_expiry(date(2026, 11, 24), today=TODAY)
    assert expired is not None and "2026-11-24" in expired
    assert fr.passport_expiry(date(2026, 11, 25), today=TODAY) is None


# --- wage, hours, country -------------------------------------------------------------------

@pytest.mark.parametrize("value", [125000, 28.5, "31,50", "1"])
def test_wage_valid(value: float | str) -> None:
    assert fr.wage(value) is None


@pytest.mark.parametrize("value", [0, -5, None, "", "lots"])
def test_wage_invalid(value: float | str | None) -> None:
    assert fr.wage(value) == fr.MESSAGES["wage_positive"]["en"]


@pytest.mark.parametrize(("value", "ok"), [(40, True), (1, True), (80, True), (37.5, True),
                                           (0, False), (81, False), (None, False), ("x", False)])
def test_hours(value: float | str | None, ok: bool) -> None:
    assert (fr.hours_per_week(value) is None) is ok


def test_country_code() -> None:
    assert fr.country_code("FR") is None
    assert fr.country_code("France") is not None
    assert fr.country_code("fr") is not None


@pytest.mark.parametrize(("value", "ok"), [
    ("19AB12345", True), ("L898902C3", True), ("19ab 12345", True), ("C01X00T47", True),
    ("1234", False), ("19AB/12345", False), ("", False), ("ÉÉÉÉÉÉ", False),
])
def test_passport_number(value: str, ok: bool) -> None:
    assert (fr.passport_number(value) is None) is ok


@pytest.mark.parametrize(("value", "ok"), [("F", True), ("m", True), ("X", True),
                                           ("", False), ("Female", False)])
def test_sex(value: str, ok: bool) -> None:
    assert (fr.sex(value) is None) is ok


@pytest.mark.parametrize(("value", "ok"), [(0, True), (18, True), (-1, False), (None, False),
                                           (True, False)])
def test_employee_count(value: int | None, ok: bool) -> None:
    assert (fr.employee_count(value) is None) is ok


def test_wage_period() -> None:
    assert [fr.wage_period(p) for p in fr.WAGE_PERIODS] == [None] * 4
    assert fr.wage_period("fortnight") is not None
