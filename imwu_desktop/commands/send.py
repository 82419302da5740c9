"""Command-line sub-command ``send``: send a case's request through the user's SMTP account.

Exit codes: 0 the server accepted the message (250 after the data) and the case is marked
sent; 1 not sent (the reason is printed); 3 unknown: the connection broke after the message
went out, it may have arrived (check the Sent folder; --resend to send again); 4 sent, but
the case file could not be updated (a copy of the .eml is written beside it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from imwu_desktop.errors import UserError
from imwu_desktop.services import credentials
from imwu_desktop.services.mail import accounts as saved_accounts
from imwu_desktop.services.mail.accounts import Account
from imwu_desktop.services.mail.compose import human_size, imwu_size_problem
from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.presets import DEFAULT_TIMEOUT, SECURITY_CHOICES
from imwu_desktop.services.mail.record import record_sent, record_unconfirmed, resend_warning
from imwu_desktop.services.mail.request import compose_for_case, readiness_problem
from imwu_desktop.services.mail.send import send_message


def _account_from_args(args: argparse.Namespace) -> Account:
    if args.account:
        if args.smtp_host:
            raise UserError("Use either --account or --smtp-host, not both.")
        account = saved_accounts.get_account(args.account)
        if account is None:
            names = ", ".join(a.name for a in saved_accounts.load_accounts()) or "none saved"
            raise UserError(f"There is no saved mail account named '{args.account}' "
                            f"(accounts: {names}).")
        if args.ca_file:
            account = Account(**{**account.__dict__, "ca_file": args.ca_file})
        return account
    if not args.smtp_host:
        raise UserError("Say how to send: --account NAME, or --smtp-host, --smtp-port, "
                        "--security and --username.")
    if not args.username:
        raise UserError("Add --username (usually your email address) for --smtp-host.")
    sender = args.sender or args.username
    port = args.smtp_port or (465 if args.security == "ssl" else 587)
    return Account(name="command line", email=sender, host=args.smtp_host, port=port,
                   security=args.security, username=args.username, ca_file=args.ca_file or "",
                   timeout=args.timeout)


def read_password(stream: TextIO) -> str:
    """One line from stdin; only the line break is removed (spaces are part of passwords).

    At a terminal the password is asked for without echo instead.
    """
    if stream.isatty():
        import getpass

        return getpass.getpass("Mail password: ")
    line = stream.readline()
    return line.rstrip("\r\n")


def _password(account: Account, args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = read_password(sys.stdin)
        if not password:
            raise UserError("No password was read from standard input.")
        return password
    try:
        stored = credentials.read_password(account.keyring_entry)
    except credentials.KeyringUnavailable as exc:
        raise UserError(f"{exc} Pipe it in with --password-stdin.") from None
    if stored is None:
        raise UserError(f"No password is saved for {account.keyring_entry}; pipe it in with "
                        "--password-stdin.")
    return stored


class SentButNotSaved(UserError):
    """The server accepted the message but the case file could not record it."""

    exit_code = 4


def _progress_printer(stream: TextIO) -> Callable[[int, int], None] | None:
    """Percent sent on one terminal line; nothing when stderr is not a terminal."""
    if not stream.isatty():
        return None
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(1, total)
        if percent != shown[0]:
            shown[0] = percent
            stream.write(f"\r{percent:3d}% sent")
            if done >= total:
                stream.write("\n")
            stream.flush()

    return show


def _keep_eml_beside(case_path: Path, raw: bytes, stamp: str) -> Path | None:
    """Last resort when the case cannot be saved: the sent message beside the case file."""
    target = case_path.with_name(f"{case_path.stem}.sent-{stamp}.eml")
    try:
        target.write_bytes(raw)
    except OSError:
        return None
    return target


def _send(args: argparse.Namespace) -> int:
    from imwu_desktop.services.casefile import open_case, save_case

    account = _account_from_args(args)
    case_path = Path(args.case)
    with open_case(case_path) as opened:
        warning = resend_warning(opened)
        if warning and not args.resend:
            raise UserError(f"{warning} Add --resend to send it anyway.")
        password = _password(account, args)
        message = compose_for_case(opened, sender=account.email,
                                   sender_name=account.display_name, to=args.to,
                                   cc=[args.cc] if args.cc else [])
        too_big = imwu_size_problem(message)
        if too_big:
            raise UserError(too_big)
        not_ready = readiness_problem(opened.case, message.size)
        if not_ready and not args.even_if_incomplete:
            raise UserError(f"{not_ready} Run 'imwu-desktop check' for the full list, or add "
                            "--even-if-incomplete to send it as it is.")
        print(f"Sending {human_size(message.size)} to {', '.join(message.recipients)} "
              f"through {account.host}:{account.port}...", file=sys.stderr)
        try:
            result = send_message(account.server, message, username=account.username,
                                  password=password, progress=_progress_printer(sys.stderr))
        except SendError as exc:
            if exc.uncertain:
                try:
                    record_unconfirmed(opened, message.raw)
                    save_case(opened)
                except UserError as save_error:  # the send error matters more; say both
                    print(f"imwu-desktop: {save_error}", file=sys.stderr)
            raise
        event = record_sent(opened, result)
        try:
            save_case(opened)
        except UserError as exc:
            kept = _keep_eml_beside(case_path, result.raw,
                                    result.sent_at.strftime("%Y%m%d-%H%M%S"))
            where = f" A copy of the sent message is in {kept}." if kept else ""
            raise SentButNotSaved(
                f"The message was sent ({result.server_reply}, Message-ID "
                f"{result.message_id}), but the case file could not be updated: {exc}{where}"
            ) from None
    print(f"Sent to {event.recipient}: {result.server_reply}")
    print(f"Message-ID: {result.message_id}")
    if event.follow_up:
        print(f"Follow up with IMWU if there is no answer by {event.follow_up.isoformat()}.")
    return 0


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "send", help="send the request email through your own mail account",
        description="Send the case's request to IMWU. Exit 0 only when the server accepted "
        "the message; exit 3 when it may have arrived (connection lost after the data); "
        "exit 4 when it was sent but the case file could not be updated.")
    parser.add_argument("case", metavar="CASE.imwu")
    parser.add_argument("--account", metavar="NAME", help="a mail account saved in the app")
    parser.add_argument("--smtp-host", metavar="H")
    parser.add_argument("--smtp-port", metavar="P", type=int)
    parser.add_argument("--security", choices=SECURITY_CHOICES, default="starttls")
    parser.add_argument("--username", metavar="U")
    parser.add_argument("--from", dest="sender", metavar="ADDRESS",
                        help="the From address (default: --username)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input "
                        "(otherwise it comes from the OS keyring)")
    parser.add_argument("--ca-file", metavar="PEM",
                        help="also trust this CA certificate (company or Bridge servers)")
    parser.add_argument("--to", metavar="ADDRESS", help="recipient (default: the IMWU address)")
    parser.add_argument("--cc", metavar="ADDRESS")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS")
    parser.add_argument("--resend", action="store_true",
                        help="send even though the case was sent, or may have been sent, before")
    parser.add_argument("--even-if-incomplete", action="store_true",
                        help="send although 'check' still reports problems")
    parser.set_defaults(handler=_send)

