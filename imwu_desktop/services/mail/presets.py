"""Known mail providers: server, port, security and what kind of password they need.

Server names and ports are the providers' published SMTP submission settings. A preset only
fills in the form; every value stays editable ("custom").
"""

from __future__ import annotations

from dataclasses import dataclass

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

    def problems(self) -> list[str]:
        """Plain sentences for settings that cannot work; empty when they look usable."""
        found: list[str] = []
        if not self.host.strip():
            found.append("Enter the mail server name (for example smtp.example.com).")
        if not 0 < self.port < 65536:
            found.append("The port must be a number between 1 and 65535.")
        if self.security not in SECURITY_CHOICES:
            found.append("Choose STARTTLS or SSL/TLS as the security.")
        if self.timeout <= 0:
            found.append("The timeout must be more than zero seconds.")
        return found


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    host: str
    port: int
    security: str
    password_help: str  # what password the provider expects for SMTP
    needs_ca_file: bool = False


_APP_PASSWORD = (
    "{name} needs an app password for mail programs when two-step verification is on: "
    "create one in your {name} account security settings and use it here."
)

PRESETS: tuple[Preset, ...] = (
    Preset("gmail", "Gmail", "smtp.gmail.com", 587, "starttls",
           _APP_PASSWORD.format(name="Google")),
    Preset("outlook", "Outlook.com / Hotmail", "smtp-mail.outlook.com", 587, "starttls",
           "Outlook.com may refuse plain passwords for SMTP; if it does, create an app "
           "password in your Microsoft account security settings, or save the message as "
           ".eml and send it from Outlook."),
    Preset("microsoft365", "Microsoft 365 (work or school)", "smtp.office365.com", 587,
           "starttls",
           "Your administrator must allow SMTP AUTH for your mailbox; many organisations "
           "turn it off. If sending is refused, ask them, or save the message as .eml."),
    Preset("yahoo", "Yahoo Mail", "smtp.mail.yahoo.com", 465, "ssl",
           _APP_PASSWORD.format(name="Yahoo")),
    Preset("icloud", "iCloud Mail", "smtp.mail.me.com", 587, "starttls",
           "iCloud needs an app-specific password (appleid.apple.com, Sign-In and Security); "
           "the user name is your full iCloud address."),
    Preset("fastmail", "Fastmail", "smtp.fastmail.com", 465, "ssl",
           "Fastmail needs an app password (Settings, Privacy & Security)."),
    Preset("zoho", "Zoho Mail", "smtp.zoho.com", 465, "ssl",
           "With two-factor authentication on, Zoho needs an application-specific password."),
    Preset("proton_bridge", "Proton Mail Bridge", "127.0.0.1", 1025, "starttls",
           "Use the SMTP password that Proton Mail Bridge shows (not your Proton password), "
           "and choose the certificate exported from Bridge as the CA file.",
           needs_ca_file=True),
    Preset("custom", "Other server (custom)", "", 587, "starttls",
           "Use the password your mail provider gives for mail programs."),
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
