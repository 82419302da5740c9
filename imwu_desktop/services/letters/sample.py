"""A realistic made-up case for previews, benchmarks, tests and the docs/ images.

The worker's name carries accents from several alphabets on purpose: the fonts must show them.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from imwu_desktop.domain.case import (
    Address,
    Case,
    Contact,
    Document,
    Employer,
    Exemption,
    Job,
    Language,
    Wage,
    Worker,
)

SAMPLE_ENCLOSURES: list[tuple[str, int | None]] = [
    ("Passport – biographic data page", 1),
    ("Letter explaining the company and its staffing needs", 2),
    ("Employment contract", 4),
    ("Curriculum vitae", 3),
    ("Master's degree diploma", 1),
    ("Proof of one year of employment with the parent company", 6),
    ("IMM 5686 – Request for an opinion", 2),
]


def _fake_sha(file_name: str) -> str:
    """A well-formed SHA-256 for a file that only exists in this sample."""
    return hashlib.sha256(file_name.encode()).hexdigest()


def sample_case(language: str = "en") -> Case:
    french = language == "fr"
    explanation_en = (
        "Łukasz has worked full time for our parent company, Maple Robotique SAS in Lyon, since "
        "March 2019, most recently as lead engineer for the navigation software that our "
        "Toronto plant is now adopting. Maple Robotics Inc. is a wholly owned subsidiary of "
        "Maple Robotique SAS, and both companies will remain active for the whole transfer.\n\n"
        "The navigation software was developed in Lyon and Łukasz is one of three engineers who "
        "know it in depth; in Toronto he will lead its integration and train our Canadian staff. "
        "We therefore believe the exemption for intra-company transferees with specialized "
        "knowledge applies.")
    explanation_fr = (
        "Łukasz travaille à temps plein pour notre société mère, Maple Robotique SAS à Lyon, "
        "depuis mars 2019, dernièrement comme ingénieur principal du logiciel de navigation que "
        "notre usine de Toronto adopte. Maple Robotics Inc. est une filiale en propriété "
        "exclusive de Maple Robotique SAS, et les deux sociétés demeureront actives pendant "
        "toute la mutation.\n\n"
        "Le logiciel de navigation a été conçu à Lyon et Łukasz est l'un des trois ingénieurs "
        "qui le connaissent à fond; à Toronto, il en dirigera l'intégration et formera notre "
        "personnel canadien. Nous estimons donc que la dispense visant les personnes mutées à "
        "l'intérieur d'une société qui possèdent des connaissances spécialisées s'applique.")
    return Case(
        language=Language.FR if french else Language.EN,
        employer=Employer(
            legal_name="Maple Robotics Inc.", operating_name="Maple Robotics",
            business_number="123456782",
            address=Address(street="100 Queen St W, Suite 400", city="Toronto", province="ON",
                            postal_code="M5H 2N2"),
            phone="+1 416 555 0100", website="maplerobotics.example",
            employees_in_canada=18, employees_abroad=240,
            activity=("Conception et fabrication de robots d'entrepôt" if french
                      else "Design and manufacture of warehouse robots")),
        contact=Contact(name="Anne Tremblay-Côté",
                        title="Directrice des ressources humaines" if french else "HR Manager",
                        email="anne.tremblay@maplerobotics.example", phone="+1 416 555 0101"),
        worker=Worker(
            family_name="Ňoño-Gößler", given_names="Łukasz", date_of_birth=date(1988, 3, 14),
            sex="M", citizenship="PL", country_of_birth="PL", country_of_residence="FR",
            passport_number="EA1234567", passport_issued=date(2019, 6, 2),
            passport_expiry=date(2029, 6, 1), email="lukasz@example.pl", in_canada=False,
            holds_canadian_work_permit=False, work_permit_application_pending=False,
            charged_or_convicted=False),
        job=Job(
            title="Ingénieur principal en robotique" if french else "Senior Robotics Engineer",
            noc="21301", location="Toronto (Ontario)" if french else "Toronto, Ontario",
            start=date(2027, 2, 1), end=date(2029, 1, 31),
            duties=("Dirige l'intégration du logiciel de navigation et forme l'équipe." if french
                    else "Leads the integration of the navigation software and trains the "
                         "Canadian team."),
            education=("Maîtrise en génie mécanique ou électrique" if french
                       else "Master's degree in mechanical or electrical engineering"),
            skills=("8 ans sur la plateforme de la société mère" if french
                    else "8 years with the parent company's robot platform"),
            licensing="", wage=Wage(amount=125000, per="year", currency="CAD"),
            hours_per_week=40),
        exemption=Exemption(code="C63", explanation=explanation_fr if french else explanation_en),
        documents=[
            Document("passport", _fake_sha("passport.jpg"), "passport.jpg", 412_330,
                     media_type="image/jpeg", pages=1, added=datetime(2026, 11, 20, tzinfo=UTC)),
            Document("company_letter", _fake_sha("letter.pdf"), "letter.pdf", 88_120, pages=2),
            Document("job_offer", _fake_sha("contract.pdf"), "contract.pdf", 301_004, pages=4),
            Document("cv", _fake_sha("cv.pdf"), "cv.pdf", 120_877, pages=3),
            Document("diploma", _fake_sha("diploma.pdf"), "diploma.pdf", 640_500, pages=1),
            Document("other", _fake_sha("payslips.pdf"), "payslips.pdf", 512_000, pages=6,
                     label="Proof of one year with the parent company"),
        ],
    )


def sample_logo() -> bytes:
    """A small made-up company logo (PNG bytes) for the sample letterhead."""
    from io import BytesIO

    from PIL import Image, ImageDraw, ImageFont

    from imwu_desktop.resources import resource_path

    bold = str(resource_path("fonts", "DejaVuSans-Bold.ttf"))
    image = Image.new("RGBA", (360, 140), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 10, 120, 130), radius=22, fill="#b3261e")
    draw.text((60, 70), "MR", font=ImageFont.truetype(bold, 60), fill="white", anchor="mm")
    words = ImageFont.truetype(bold, 34)
    draw.text((136, 45), "MAPLE", font=words, fill="#b3261e")
    draw.text((136, 85), "ROBOTICS", font=words, fill="#26374a")
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
