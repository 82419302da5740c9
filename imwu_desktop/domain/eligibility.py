"""Can IMWU give this employer an opinion for this worker? A verdict with its reasons.

IMWU only answers for a worker who is outside Canada, visa-exempt and able to apply for the
work permit at a port of entry (R198), who holds no permit and has no application in
progress, with exactly one exemption code. Each reason carries a plain sentence and what to
do instead, in the case's language. Regulatory facts (countries, codes) come from the data
files through countries.py and catalogue.py; this module holds the rules that combine them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .case import Case
from .catalogue import load_catalogue
from .countries import load_countries
from .i18n_text import lang_of, say

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
ATTENTION = "attention"

#: how much a reason weighs: BLOCK makes the worker not eligible, ATTENTION needs an answer or
#: a choice before a verdict, WARNING is worth knowing but does not stop the request
BLOCK = "block"
ATTENTION_KIND = "attention"
WARNING = "warning"

US = "US"
CANADA = "CA"

#: eligibility questions: (where the answer lives, field name) in the order they are asked
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("worker", "citizenship"),
    ("worker", "in_canada"),
    ("worker", "holds_canadian_work_permit"),
    ("worker", "work_permit_application_pending"),
    ("worker", "iec_participant"),
    ("worker", "needs_medical_exam"),
    ("job", "seasonal_agricultural"),
)

QUESTION_LABELS = {
    "citizenship": {"en": "the worker's citizenship", "fr": "la citoyenneté du travailleur"},
    "in_canada": {"en": "whether the worker is in Canada",
                  "fr": "si le travailleur est au Canada"},
    "holds_canadian_work_permit": {"en": "whether the worker holds a Canadian work permit",
                                   "fr": "si le travailleur détient un permis de travail "
                                         "canadien"},
    "work_permit_application_pending": {
        "en": "whether a work permit application was submitted or is pending",
        "fr": "si une demande de permis de travail a été présentée ou est en attente"},
    "iec_participant": {"en": "whether the worker comes through International Experience Canada",
                        "fr": "si le travailleur vient par Expérience internationale Canada"},
    "needs_medical_exam": {"en": "whether the worker needs a medical exam",
                           "fr": "si le travailleur doit passer un examen médical"},
    "has_medical_certificate": {"en": "whether the worker already holds the medical certificate",
                                "fr": "si le travailleur a déjà le certificat médical"},
    "seasonal_agricultural": {"en": "whether the job is seasonal agricultural work",
                              "fr": "si l'emploi est un travail agricole saisonnier"},
}

MESSAGES = {
    "unanswered": {
        "en": "Some eligibility questions are not answered yet: {questions}.",
        "fr": "Certaines questions d'admissibilité n'ont pas encore de réponse : {questions}.",
    },
    "unanswered_way": {
        "en": "Answer them on the Eligibility step; each answer decides whether IMWU can give "
              "an opinion.",
        "fr": "Répondez-y à l'étape Admissibilité; chaque réponse détermine si l'UMIT peut "
              "donner un avis.",
    },
    "in_canada": {
        "en": "The worker is in Canada; IMWU gives opinions only for workers outside Canada.",
        "fr": "Le travailleur est au Canada; l'UMIT ne donne d'avis que pour des travailleurs "
              "à l'extérieur du Canada.",
    },
    "in_canada_way": {
        "en": "The worker applies for a work permit (from inside Canada only where allowed; no "
              "flagpoling); the officer decides whether the exemption applies.",
        "fr": "Le travailleur demande un permis de travail (depuis le Canada seulement si "
              "c'est permis; pas d'aller-retour à la frontière); l'agent décide si la dispense "
              "s'applique.",
    },
    "not_visa_exempt": {
        "en": "Citizens of {country} need a visitor visa to come to Canada, so they cannot "
              "apply for a work permit at a port of entry and IMWU cannot give an opinion.",
        "fr": "Les citoyens de ce pays ({country}) ont besoin d'un visa de visiteur pour venir "
              "au Canada; ils ne peuvent donc pas demander un permis de travail à un point "
              "d'entrée et l'UMIT ne peut pas donner d'avis.",
    },
    "not_visa_exempt_way": {
        "en": "The worker applies for a work permit from abroad with the employer's documents; "
              "the visa office decides whether the exemption applies. {us_pr}",
        "fr": "Le travailleur demande un permis de travail depuis l'étranger avec les "
              "documents de l'employeur; le bureau des visas décide si la dispense s'applique. "
              "{us_pr}",
    },
    "us_pr": {
        "en": "A lawful permanent resident of the United States (green card) is visa-exempt "
              "whatever the citizenship (R190(1)(c)) and may then use IMWU: check with IRCC.",
        "fr": "Un résident permanent légitime des États-Unis (carte verte) est dispensé de "
              "visa quelle que soit sa citoyenneté (R190(1)c)) et peut alors recourir à "
              "l'UMIT : vérifiez auprès d'IRCC.",
    },
    "conditional_eta": {
        "en": "Citizens of {country} may fly to Canada with an eTA only under conditions "
              "(R7.01); they are not visa-exempt in the sense that allows a work permit "
              "application at a port of entry (R198), so IMWU cannot give an opinion. This "
              "reading is not confirmed by IRCC: check with IRCC if in doubt.",
        "fr": "Les citoyens de ce pays ({country}) ne peuvent prendre l'avion vers le Canada "
              "avec une AVE qu'à certaines conditions (R7.01); ils ne sont pas dispensés de "
              "visa au sens qui permet de demander un permis de travail à un point d'entrée "
              "(R198), l'UMIT ne peut donc pas donner d'avis. Cette lecture n'est pas confirmée "
              "par IRCC : vérifiez auprès d'IRCC en cas de doute.",
    },
    "conditional_eta_way": {
        "en": "The worker applies online for the work permit before travelling; the officer "
              "decides whether the exemption applies. {us_pr}",
        "fr": "Le travailleur demande le permis de travail en ligne avant de voyager; l'agent "
              "décide si la dispense s'applique. {us_pr}",
    },
    "unknown_country": {
        "en": "{code} is not a country code we know.",
        "fr": "{code} n'est pas un code de pays connu.",
    },
    "unknown_country_way": {
        "en": "Choose the worker's country of citizenship from the list.",
        "fr": "Choisissez le pays de citoyenneté du travailleur dans la liste.",
    },
    "canadian_citizen": {
        "en": "The worker is a Canadian citizen. {note}",
        "fr": "Le travailleur est citoyen canadien. {note}",
    },
    "canadian_citizen_way": {
        "en": "No IMWU request is needed; hire the worker as any Canadian (a second "
              "citizenship does not change this).",
        "fr": "Aucune demande à l'UMIT n'est nécessaire; embauchez le travailleur comme tout "
              "Canadien (une autre citoyenneté n'y change rien).",
    },
    "citizenship_territory": {
        "en": "{country} is a territory, not a citizenship: {note}",
        "fr": "{country} est un territoire, pas une citoyenneté : {note}",
    },
    "citizenship_territory_way": {
        "en": "Choose the country of citizenship shown in the worker's passport.",
        "fr": "Choisissez le pays de citoyenneté indiqué dans le passeport du travailleur.",
    },
    "visa_exempt_condition": {
        "en": "Citizens of {country} are visa-exempt only with the right passport: {note}",
        "fr": "Les citoyens de ce pays ({country}) ne sont dispensés de visa qu'avec le bon "
              "passeport : {note}",
    },
    "visa_exempt_condition_way": {
        "en": "Check the worker's passport against this condition; check with IRCC if unsure.",
        "fr": "Vérifiez que le passeport du travailleur remplit cette condition; en cas de "
              "doute, vérifiez auprès d'IRCC.",
    },
    "holds_work_permit": {
        "en": "The worker already holds a Canadian work permit; IMWU does not give opinions "
              "for a worker who has a valid permit.",
        "fr": "Le travailleur détient déjà un permis de travail canadien; l'UMIT ne donne pas "
              "d'avis pour un travailleur qui a un permis valide.",
    },
    "holds_work_permit_way": {
        "en": "The worker applies to change or extend the permit; the officer decides whether "
              "the exemption applies.",
        "fr": "Le travailleur demande à modifier ou à prolonger son permis; l'agent décide si "
              "la dispense s'applique.",
    },
    "application_pending": {
        "en": "A work permit application was already submitted or is waiting for a decision; "
              "IMWU does not give opinions in that case.",
        "fr": "Une demande de permis de travail a déjà été présentée ou attend une décision; "
              "l'UMIT ne donne pas d'avis dans ce cas.",
    },
    "application_pending_way": {
        "en": "Wait for the decision; the officer processing the application decides whether "
              "the exemption applies.",
        "fr": "Attendez la décision; l'agent qui traite la demande décide si la dispense "
              "s'applique.",
    },
    "iec_participant": {
        "en": "International Experience Canada participants cannot apply for their work permit "
              "at a port of entry (only US nationals can), so IMWU cannot give an opinion.",
        "fr": "Les participants d'Expérience internationale Canada ne peuvent pas demander "
              "leur permis de travail à un point d'entrée (sauf les ressortissants des "
              "États-Unis); l'UMIT ne peut donc pas donner d'avis.",
    },
    "iec_participant_way": {
        "en": "The worker follows the IEC process and applies online once invited.",
        "fr": "Le travailleur suit le processus d'EIC et présente sa demande en ligne une fois "
              "invité.",
    },
    "medical_exam_needed": {
        "en": "The worker needs a medical exam and does not hold the medical certificate yet; "
              "without it, the worker cannot apply at a port of entry.",
        "fr": "Le travailleur doit passer un examen médical et n'a pas encore le certificat "
              "médical; sans lui, il ne peut pas présenter sa demande à un point d'entrée.",
    },
    "medical_exam_needed_way": {
        "en": "Have the exam done by an IRCC panel physician first; once the certificate is "
              "held, answer so and the request can go ahead.",
        "fr": "Faites d'abord passer l'examen par un médecin désigné par IRCC; une fois le "
              "certificat obtenu, indiquez-le et la demande pourra suivre son cours.",
    },
    "lmia_required": {
        "en": "Seasonal agricultural work needs a labour market impact assessment (LMIA); it "
              "cannot be exempted and cannot be applied for at a port of entry.",
        "fr": "Le travail agricole saisonnier exige une étude d'impact sur le marché du "
              "travail (EIMT); il ne peut pas en être dispensé ni faire l'objet d'une demande "
              "à un point d'entrée.",
    },
    "lmia_required_way": {
        "en": "Apply to Employment and Social Development Canada for an LMIA; no IMWU opinion "
              "is needed.",
        "fr": "Demandez une EIMT à Emploi et Développement social Canada; aucun avis de l'UMIT "
              "n'est nécessaire.",
    },
    "no_exemption": {
        "en": "No exemption code is chosen yet.",
        "fr": "Aucun code de dispense n'est encore choisi.",
    },
    "no_exemption_way": {
        "en": "Choose the one code that fits the job best; IMWU assesses exactly one code per "
              "request.",
        "fr": "Choisissez le code qui correspond le mieux à l'emploi; l'UMIT évalue un seul "
              "code par demande.",
    },
    "several_exemptions": {
        "en": "Several exemption codes are given ({codes}); IMWU does not process a request "
              "about more than one exemption.",
        "fr": "Plusieurs codes de dispense sont indiqués ({codes}); l'UMIT ne traite pas une "
              "demande qui porte sur plus d'une dispense.",
    },
    "several_exemptions_way": {
        "en": "Keep only the code that fits the job best; send a separate request for another "
              "code if needed.",
        "fr": "Ne gardez que le code qui correspond le mieux à l'emploi; au besoin, envoyez "
              "une autre demande pour un autre code.",
    },
    "retired_code": {
        "en": "Code {code} was retired on {retired_on}; it was replaced by {replacements}.",
        "fr": "Le code {code} a été retiré le {retired_on}; il est remplacé par {replacements}.",
    },
    "retired_code_way": {
        "en": "Choose the one of {replacements} that matches the job. {note}",
        "fr": "Choisissez, parmi {replacements}, celui qui correspond à l'emploi. {note}",
    },
    "unknown_code": {
        "en": "{code} is not an exemption code in the catalogue.",
        "fr": "{code} n'est pas un code de dispense du catalogue.",
    },
    "unknown_code_way": {
        "en": "Choose the code from the list (search by word, e.g. \"intra-company\" or "
              "\"artist\"); check with IRCC if the code is new.",
        "fr": "Choisissez le code dans la liste (cherchez par mot, p. ex. « intra-société » "
              "ou « artiste »); vérifiez auprès d'IRCC si le code est nouveau.",
    },
    "open_permit_code": {
        "en": "{code} ({name}) leads to an open work permit that the worker applies for "
              "directly; it is not the subject of an employer's IMWU request.",
        "fr": "{code} ({name}) mène à un permis de travail ouvert que le travailleur demande "
              "lui-même; il ne fait pas l'objet d'une demande d'avis de l'employeur à l'UMIT.",
    },
    "open_permit_code_way": {
        "en": "The worker applies for the open work permit; if the job is tied to this "
              "employer, choose the employer-specific code that fits instead.",
        "fr": "Le travailleur demande le permis ouvert; si l'emploi est lié à cet employeur, "
              "choisissez plutôt le code propre à l'employeur qui convient.",
    },
    "code_poor_fit": {
        "en": "{code} rarely fits an employer's IMWU request: {note}",
        "fr": "{code} convient rarement à une demande d'avis d'un employeur à l'UMIT : {note}",
    },
    "code_poor_fit_way": {
        "en": "Make sure this is the right code; check with IRCC if unsure.",
        "fr": "Assurez-vous que c'est le bon code; vérifiez auprès d'IRCC en cas de doute.",
    },
    "code_unconfirmed": {
        "en": "Some details of {code} could not be confirmed in an IRCC text.",
        "fr": "Certains détails du code {code} n'ont pas pu être confirmés dans un texte "
              "d'IRCC.",
    },
    "code_unconfirmed_way": {
        "en": "Check with IRCC that the code and its conditions still apply.",
        "fr": "Vérifiez auprès d'IRCC que le code et ses conditions s'appliquent toujours.",
    },
    "passport_expires_before_job_end": {
        "en": "The passport expires on {expiry}, before the job ends on {end}; a work permit is "
              "generally not issued beyond the passport's validity.",
        "fr": "Le passeport expire le {expiry}, avant la fin de l'emploi le {end}; un permis de "
              "travail n'est généralement pas délivré au-delà de la validité du passeport.",
    },
    "passport_expires_before_job_end_way": {
        "en": "Have the worker renew the passport before applying, or expect the permit to "
              "stop on {expiry}.",
        "fr": "Faites renouveler le passeport avant la demande, ou prévoyez que le permis "
              "s'arrête le {expiry}.",
    },
}


@dataclass(frozen=True)
class Reason:
    """One reason behind the verdict, with what to do instead.

    `kind` is BLOCK, ATTENTION_KIND or WARNING; `step` and `field` say where the user
    fixes it (the step flow turns reasons into problems)."""

    id: str
    message: str
    way_forward: str
    kind: str = BLOCK
    step: str = "eligibility"
    field: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "message": self.message, "way_forward": self.way_forward,
                "kind": self.kind}


@dataclass
class Eligibility:
    verdict: str
    reasons: list[Reason] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reasons": [r.to_dict() for r in self.reasons]}


def assess(case: Case) -> Eligibility:
    """The verdict for the case and every reason behind it."""
    lang = lang_of(case.language)
    reasons = (_unanswered(case, lang) + _worker_situation(case, lang)
               + _exemption(case, lang) + _passport(case, lang))
    kinds = {r.kind for r in reasons}
    verdict = NOT_ELIGIBLE if BLOCK in kinds else ATTENTION if ATTENTION_KIND in kinds \
        else ELIGIBLE
    return Eligibility(verdict, reasons)


def unanswered_questions(case: Case) -> list[str]:
    """Field names of the eligibility questions still unanswered, in asking order."""
    missing = []
    for owner, name in QUESTIONS:
        value = getattr(getattr(case, owner), name)
        if value is None or (isinstance(value, str) and not value.strip()):
            missing.append(name)
    worker = case.worker
    if worker.needs_medical_exam and worker.has_medical_certificate is None:
        missing.append("has_medical_certificate")
    return missing


def _reason(reason_id: str, lang: str, kind: str = BLOCK, step: str = "eligibility",
            fld: str = "", **values: object) -> Reason:
    return Reason(reason_id, say(MESSAGES, reason_id, lang, **values),
                  say(MESSAGES, f"{reason_id}_way", lang, **values), kind, step, fld)


def _unanswered(case: Case, lang: str) -> list[Reason]:
    missing = unanswered_questions(case)
    if not missing:
        return []
    questions = "; ".join(say(QUESTION_LABELS, name, lang) for name in missing)
    return [_reason("unanswered", lang, ATTENTION_KIND, fld=missing[0], questions=questions)]


def _worker_situation(case: Case, lang: str) -> list[Reason]:
    worker = case.worker
    reasons = []
    if worker.in_canada:
        reasons.append(_reason("in_canada", lang, fld="in_canada"))
    reasons += _citizenship(worker.citizenship.strip().upper(), lang)
    if worker.holds_canadian_work_permit:
        reasons.append(_reason("holds_work_permit", lang, fld="holds_canadian_work_permit"))
    if worker.work_permit_application_pending:
        reasons.append(_reason("application_pending", lang,
                               fld="work_permit_application_pending"))
    if worker.iec_participant and worker.citizenship.strip().upper() != US:
        reasons.append(_reason("iec_participant", lang, fld="iec_participant"))
    if worker.needs_medical_exam and worker.has_medical_certificate is False:
        reasons.append(_reason("medical_exam_needed", lang, fld="has_medical_certificate"))
    if case.job.seasonal_agricultural:
        reasons.append(_reason("lmia_required", lang, fld="seasonal_agricultural"))
    return reasons


def _citizenship(iso2: str, lang: str) -> list[Reason]:
    if not iso2:
        return []
    country = load_countries().get(iso2)
    if country is None:
        return [_reason("unknown_country", lang, ATTENTION_KIND, fld="citizenship", code=iso2)]
    name = country.display_name(lang)
    if iso2 == CANADA:
        return [_reason("canadian_citizen", lang, fld="citizenship",
                        note=country.display_note(lang))]
    if country.territory and not country.visa_exempt:
        return [_reason("citizenship_territory", lang, ATTENTION_KIND, fld="citizenship",
                        country=name, note=country.display_note(lang))]
    if country.visa_exempt:
        if " only " in f" {country.note.lower()} ":  # e.g. only with an e-passport (Romania)
            return [_reason("visa_exempt_condition", lang, WARNING, fld="citizenship",
                            country=name, note=country.display_note(lang))]
        return []
    us_pr = say(MESSAGES, "us_pr", lang)
    if country.conditional_eta:
        return [_reason("conditional_eta", lang, fld="citizenship", country=name, us_pr=us_pr)]
    return [_reason("not_visa_exempt", lang, fld="citizenship", country=name, us_pr=us_pr)]


_CODE_SPLIT = re.compile(r"\s*(?:[,;/+&]|\bet\b|\band\b|\bor\b|\bou\b)\s*", re.IGNORECASE)


def _exemption(case: Case, lang: str) -> list[Reason]:
    text = case.exemption.code.strip()
    if not text:
        return [_reason("no_exemption", lang, ATTENTION_KIND, "exemption", "code")]
    catalogue = load_catalogue()
    if catalogue.get(text) is None and catalogue.retired(text) is None:
        parts = [p for p in _CODE_SPLIT.split(text) if p.strip()]
        known = [p for p in parts if catalogue.get(p) or catalogue.retired(p)]
        if len(parts) > 1 and len(known) > 1:
            return [_reason("several_exemptions", lang, ATTENTION_KIND, "exemption", "code",
                            codes=", ".join(p.strip().upper() for p in known))]
    retired = catalogue.retired(text)
    if retired is not None:
        joiner = " ou " if lang == "fr" else " or "
        names = list(retired.replacements)
        replacements = (", ".join(names[:-1]) + joiner + names[-1]) if len(names) > 1 \
            else "".join(names)
        return [_reason("retired_code", lang, ATTENTION_KIND, "exemption", "code",
                        code=retired.code, retired_on=retired.retired_on.isoformat(),
                        replacements=replacements,
                        note=retired.note_fr if lang == "fr" and retired.note_fr else retired.note)]
    code = catalogue.get(text)
    if code is None:
        return [_reason("unknown_code", lang, ATTENTION_KIND, "exemption", "code", code=text)]
    if code.open_permit:
        return [_reason("open_permit_code", lang, BLOCK, "exemption", "code", code=code.code,
                        name=code.label(lang))]
    reasons = []
    if code.imwu_fit == "no":
        reasons.append(_reason("code_poor_fit", lang, WARNING, "exemption", "code",
                               code=code.code, note=code.imwu_note))
    if not code.confirmed:
        reasons.append(_reason("code_unconfirmed", lang, WARNING, "exemption", "code",
                               code=code.code))
    return reasons


def _passport(case: Case, lang: str) -> list[Reason]:
    expiry, end = case.worker.passport_expiry, case.job.end
    if expiry is None or end is None or expiry >= end:
        return []
    return [_reason("passport_expires_before_job_end", lang, WARNING, "worker",
                    "passport_expiry", expiry=expiry.isoformat(), end=end.isoformat())]
