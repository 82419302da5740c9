"""Known mail providers: server, port, security and what kind of password they need.

Server names and ports are the providers' published SMTP submission settings. A preset only
fills in the form; every value stays editable ("custom"). Advice and names shown to the user
come from messages.py in English or French.
"""

from __future__ import annotations

from dataclasses import dataclass

from imwu_desktop.domain.i18n_text import say
from imwu_desktop.services.mail.messages import PRESET_HELP, PRESET_LABELS, SETTINGS

SECURITY_CHOICES = ("starttls", "ssl")
DEFAULT_TIMEOUT = 30.0  # seconds for connecting and for each server reply


@dataclass(frozen=True)
class ServerSettings:
    """Where and how to connect. Certificates are always verified; `ca_file` adds a trusted CA."""

    host: str
    port: int
    security: str = "starttls"  # "starttls" (port 587) or "ssl" (implicit TLS, port 465)
    ca_file: str = ""
    timeout: float = DEFAULT_TIMEOUT

    def problems(self, lang: str = "en") -> list[str]:
        """Plain sentences for settings that cannot work; empty when they look usable."""
        found: list[str] = []
        if not self.host.strip():
            found.append(say(SETTINGS, "host", lang))
        if not 0 < self.port < 65536:
            found.append(say(SETTINGS, "port", lang))
        if self.security not in SECURITY_CHOICES:
            found.append(say(SETTINGS, "security", lang))
        if self.timeout <= 0:
            found.append(say(SETTINGS, "timeout", lang))
        return found


@dataclass(frozen=True)
class Preset:
    key: str
    label: str  # in English; label_in(lang) for the interface
    host: str
    port: int
    security: str
    needs_ca_file: bool = False

    def label_in(self, lang: str = "en") -> str:
        """The provider's name as the interface shows it (brand names stay as they are)."""
        return say(PRESET_LABELS, self.key, lang) if self.key in PRESET_LABELS else self.label

    def password_help(self, lang: str = "en") -> str:
        """What password the provider expects for SMTP, in `lang`."""
        brand = _APP_PASSWORD_BRANDS.get(self.key)
        if brand:
            return say(PRESET_HELP, "app_password", lang, name=brand)
        return say(PRESET_HELP, self.key, lang)


#: presets whose help is the shared app-password advice, with the account's brand name
_APP_PASSWORD_BRANDS = {"gmail": "Google", "yahoo": "Yahoo"}

PRESETS: tuple[Preset, ...] = (
    Preset("gmail", "Gmail", "smtp.gmail.com", 587, "starttls"),
    Preset("outlook", "Outlook.com / Hotmail", "smtp-mail.outlook.com", 587, "starttls"),
    Preset("microsoft365", "Microsoft 365 (work or school)", "smtp.office365.com", 587,
           "starttls"),
    Preset("yahoo", "Yahoo Mail", "smtp.mail.yahoo.com", 465, "ssl"),
    Preset("icloud", "iCloud Mail", "smtp.mail.me.com", 587, "starttls"),
    Preset("fastmail", "Fastmail", "smtp.fastmail.com", 465, "ssl"),
    Preset("zoho", "Zoho Mail", "smtp.zoho.com", 465, "ssl"),
    Preset("proton_bridge", "Proton Mail Bridge", "127.0.0.1", 1025, "starttls",
           needs_ca_file=True),
    Preset("custom", "Other server (custom)", "", 587, "starttls"),
)


def preset(key: str) -> Preset | None:
    return next((p for p in PRESETS if p.key == key), None)


def preset_for_server(host: str, port: int) -> Preset | None:
    """The preset of this server, to give provider-specific advice on errors.

    Providers are known by host name; a loopback preset (Proton Mail Bridge) also by port,
    since any local server listens on 127.0.0.1.
    """
    host = host.strip().lower()
    for candidate in PRESETS:
        if not candidate.host or candidate.host != host:
            continue
        if candidate.needs_ca_file and candidate.port != port:
            continue
        return candidate
    return None
