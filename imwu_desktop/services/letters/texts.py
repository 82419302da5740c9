"""The words of the generated documents, in English and Canadian French, and value formatting.

Every sentence is ours. French follows Canadian usage (EIMT, UMIT, permis de travail, code de
dispense, courriel, FEER) and French typography (a non-breaking space before ':' and '$').
"""

from __future__ import annotations

from datetime import date

NBSP = "\u00a0"

_T: dict[str, tuple[str, str]] = {
    # Cover letter
    "imwu_name": ("International Mobility Workers Unit (IMWU)",
                  "Unité de la mobilité internationale des travailleurs (UMIT)"),
    "ircc_name": ("Immigration, Refugees and Citizenship Canada",
                  "Immigration, Réfugiés et Citoyenneté Canada"),
    "by_email": ("By email: {address}", "Par courriel{nb}: {address}"),
    "subject_label": ("Subject:", "Objet{nb}:"),
    "subject_lmia": ("Request for an opinion on LMIA exemption code {code} – {worker}",
                     "Demande d'avis sur le code de dispense d'EIMT {code} – {worker}"),
    "subject_work_permit": (
        "Request for an opinion on work permit exemption {code} – {worker}",
        "Demande d'avis sur la dispense de permis de travail {code} – {worker}"),
    "salutation": ("Dear Officer,", "Madame, Monsieur,"),
    "kind_lmia": ("the LMIA exemption", "la dispense d'EIMT"),
    "kind_work_permit": ("the work permit exemption", "la dispense de permis de travail"),
    "intro": (
        "{employer} respectfully asks the International Mobility Workers Unit for its opinion on "
        "whether the position we are offering to {worker} falls under {kind} {code}. "
        "This request concerns this one exemption code only.",
        "{employer} sollicite respectueusement l'avis de l'Unité de la mobilité internationale "
        "des travailleurs quant à savoir si le poste que nous offrons à {worker} est visé par "
        "{kind} {code}. La présente demande porte uniquement sur ce code de dispense."),
    "situation": (
        "{worker} is a citizen of {citizenship} and lives in {residence}.",
        "{worker} a la citoyenneté suivante{nb}: {citizenship}; son pays de résidence est "
        "{residence}."),
    "outside_lmia": (
        "The worker is outside Canada and, as a national of a visa-exempt country, intends to "
        "apply for a work permit at a port of entry once we have your opinion.",
        "Cette personne se trouve à l'extérieur du Canada et, étant ressortissante d'un pays "
        "dispensé de visa, compte demander un permis de travail à un point d'entrée après "
        "réception de votre avis."),
    "outside_work_permit": (
        "The worker is outside Canada and, as a national of a visa-exempt country, intends to "
        "present your opinion at a port of entry and to work without a work permit, as this "
        "exemption allows.",
        "Cette personne se trouve à l'extérieur du Canada et, étant ressortissante d'un pays "
        "dispensé de visa, compte présenter votre avis à un point d'entrée et travailler sans "
        "permis de travail, comme le permet cette dispense."),
    "facts_heading": ("Key facts", "Renseignements essentiels"),
    "f_worker": ("Foreign worker", "Travailleur étranger"),
    "f_birth": ("Date of birth", "Date de naissance"),
    "f_citizenship": ("Citizenship", "Citoyenneté"),
    "f_residence": ("Country of residence", "Pays de résidence"),
    "f_passport": ("Passport number", "Numéro de passeport"),
    "f_employer": ("Employer", "Employeur"),
    "f_bn": ("Business number", "Numéro d'entreprise"),
    "f_job": ("Job title", "Titre du poste"),
    "f_noc": ("NOC 2021 code", "Code CNP 2021"),
    "f_location": ("Work location", "Lieu de travail"),
    "f_period": ("Employment period", "Période d'emploi"),
    "f_wage": ("Wage", "Salaire"),
    "f_hours": ("Hours per week", "Heures par semaine"),
    "f_code": ("Exemption code", "Code de dispense"),
    "teer": ("TEER {teer}", "FEER {teer}"),
    "period": ("{start} to {end} ({duration})", "du {start} au {end} ({duration})"),
    "period_open": ("from {start}", "à compter du {start}"),
    "hours": ("{hours} hours", "{hours} heures"),
    "why_heading": ("Why we believe exemption {code} applies",
                    "Pourquoi nous estimons que la dispense {code} s'applique"),
    "duties_heading": ("The duties", "Les fonctions"),
    "no_explanation": ("(No explanation has been written yet.)",
                       "(Aucune explication n'a encore été rédigée.)"),
    "enclosures": ("Enclosures", "Pièces jointes"),
    "contact": (
        "If you have any questions about this request, please contact {who} {means}.",
        "Pour toute question au sujet de cette demande, veuillez communiquer avec {who} "
        "{means}."),
    "by_mail": ("by email at {email}", "par courriel à l'adresse {email}"),
    "by_phone": ("by telephone at {phone}", "par téléphone au {phone}"),
    "or": (" or ", " ou "),
    "representative": (
        "This request is sent on our behalf by {who}.",
        "Cette demande vous est transmise en notre nom par {who}."),
    "representative_reach": (
        "You may also contact this representative {means}.",
        "Vous pouvez aussi communiquer avec cette personne {means}."),
    "membership": ("membership number {number}", "numéro de membre {number}"),
    "thanks": ("Thank you for considering this request. We look forward to your opinion.",
               "Nous vous remercions de l'attention portée à cette demande et attendons votre "
               "avis avec intérêt."),
    "closing": ("Sincerely,",
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations "
                "distinguées."),
    "page_of": ("Page {page} of {total}", "Page {page} de {total}"),
    "pages": ("{n} page", "{n} page"),
    "pages_plural": ("{n} pages", "{n} pages"),
    "phone_label": ("Tel.", "Tél."),
    "letter_title": ("Request for an opinion – {code}", "Demande d'avis – {code}"),
    # Summary
    "summary_title": ("Case summary – IMWU opinion request",
                      "Résumé du dossier – demande d'avis à l'UMIT"),
    "summary_intro_sent": (
        "This request was sent by email to the International Mobility Workers Unit. Keep this "
        "page with the worker's documents; the worker may show the opinion at the port of entry.",
        "Cette demande a été transmise par courriel à l'Unité de la mobilité internationale des "
        "travailleurs. Conservez cette page avec les documents de la personne; celle-ci pourra "
        "présenter l'avis au point d'entrée."),
    "summary_intro_draft": (
        "This request has not been sent yet. It will be sent by email to the International "
        "Mobility Workers Unit with the documents listed below.",
        "Cette demande n'a pas encore été transmise. Elle sera envoyée par courriel à l'Unité "
        "de la mobilité internationale des travailleurs avec les documents ci-dessous."),
    "s_status": ("Status", "État"),
    "s_to": ("Sent to", "Destinataire"),
    "s_when": ("Sent on", "Date d'envoi"),
    "s_message_id": ("Message-ID", "Identifiant du message"),
    "s_follow_up": ("Follow up on", "Relance prévue le"),
    "s_not_sent": ("Not sent yet", "Pas encore envoyée"),
    "s_will_go_to": ("Will be sent to", "Sera envoyée à"),
    "s_documents": ("Documents in the email", "Documents joints au courriel"),
    "s_doc": ("Document", "Document"),
    "s_file": ("File", "Fichier"),
    "s_pages": ("Pages", "Pages"),
    "s_size": ("Size", "Taille"),
    "s_sha": ("SHA-256", "SHA-256"),
    "s_total": ("Total: {count} files, {size}", "Total{nb}: {count} fichiers, {size}"),
    "s_hash_note": (
        "The SHA-256 fingerprint identifies each file exactly: any change to a file changes it.",
        "L'empreinte SHA-256 identifie chaque fichier avec exactitude{nb}: toute modification "
        "du fichier la change."),
    "s_generated": ("Prepared on {date} with IMWU Desktop.",
                    "Préparé le {date} avec IMWU Desktop."),
    "state_draft": ("Draft", "Brouillon"),
    "state_ready": ("Ready to send", "Prête à envoyer"),
    "state_sent": ("Sent", "Envoyée"),
    "state_opinion_received": ("Opinion received", "Avis reçu"),
    "gen_cover_letter": ("Cover letter (this request)", "Lettre de présentation (cette demande)"),
    "gen_imm5686": ("IMM 5686 – Request for an opinion (prepared)",
                    "IMM 5686 – Demande d'avis (préparée)"),
    # Sex as written in the passport
    "sex_F": ("Female", "Féminin"),
    "sex_M": ("Male", "Masculin"),
    "sex_X": ("Another gender (X)", "Autre genre (X)"),
    "yes": ("Yes", "Oui"),
    "no": ("No", "Non"),
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}

_PER = {
    "hour": ("per hour", "l'heure"),
    "week": ("per week", "par semaine"),
    "month": ("per month", "par mois"),
    "year": ("per year", "par année"),
}


def lang_of(value: str) -> str:
    return "fr" if str(value) == "fr" else "en"


def t(key: str, lang: str, **values: object) -> str:
    """The text for key in lang, with {placeholders} filled."""
    english, french = _T[key]
    template = french if lang == "fr" else english
    return template.format(nb=NBSP, **values)


def long_date(value: date | None, lang: str) -> str:
    """'November 25, 2026' or '25 novembre 2026' ('1er' for the first of the month)."""
    if value is None:
        return ""
    month = _MONTHS[lang_of(lang)][value.month - 1]
    if lang == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {month} {value.year}"
    return f"{month} {value.day}, {value.year}"


def iso_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def page_count(pages: int | None, lang: str) -> str:
    if pages is None:
        return ""
    return t("pages" if pages == 1 else "pages_plural", lang, n=pages)


def number(value: float, lang: str, decimals: int = 0) -> str:
    """125,000 (en) or 125 000 (fr, with a non-breaking space)."""
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def money(amount: float | None, currency: str, per: str, lang: str) -> str:
    """'$125,000 CAD per year' or '125 000 $ CA par année'."""
    if amount is None:
        return ""
    decimals = 0 if float(amount).is_integer() else 2
    figure = number(float(amount), lang, decimals)
    currency = (currency or "CAD").upper()
    per_en, per_fr = _PER.get(per, ("", ""))
    if lang == "fr":
        symbol = f"{NBSP}$ CA" if currency == "CAD" else f"{NBSP}{currency}"
        return f"{figure}{symbol} {per_fr}".strip()
    prefix = "$" if currency in ("CAD", "USD") else ""
    return f"{prefix}{figure} {currency} {per_en}".strip()


def duration(start: date, end: date, lang: str) -> str:
    """Length of an employment period, end day included: '2 years', '18 months', '45 days'."""
    after_end = date.fromordinal(end.toordinal() + 1)
    months = (after_end.year - start.year) * 12 + after_end.month - start.month
    if after_end.day < start.day:
        months -= 1
    exact = after_end.day == start.day
    if months >= 2 and exact and months % 12 == 0:
        years = months // 12
        years_word = ("year", "years") if lang != "fr" else ("an", "ans")
        return f"{years} {years_word[0] if years == 1 else years_word[1]}"
    if months >= 2:
        word = "months" if lang != "fr" else "mois"
        about = "" if exact else ("about " if lang != "fr" else "environ ")
        return f"{about}{months} {word}"
    days = (end - start).days + 1
    days_word = ("day", "days") if lang != "fr" else ("jour", "jours")
    return f"{days} {days_word[0] if days == 1 else days_word[1]}"


def sex_label(sex: str, lang: str) -> str:
    key = f"sex_{sex.strip().upper()}"
    return t(key, lang) if key in _T else sex


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return ""
    return t("yes" if value else "no", lang)


def file_size(size: int, lang: str) -> str:
    """'1.2 MB' / '1,2 Mo'."""
    units = ("o", "ko", "Mo") if lang == "fr" else ("B", "KB", "MB")
    if size < 1000:
        return f"{size}{NBSP}{units[0]}"
    if size < 1_000_000:
        return f"{number(size / 1000, lang, 0)}{NBSP}{units[1]}"
    return f"{number(size / 1_000_000, lang, 1)}{NBSP}{units[2]}"
