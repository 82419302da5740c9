"""Sending a ~4 MB request over loopback to aiosmtpd (STARTTLS, AUTH, SIZE): time and throughput.

Compares our chunked DATA (progress + cancel between 64 KiB chunks) with smtplib's own
sendmail() on the same server, so the cost of progress/cancel is visible as a ratio.
Run: .venv/bin/python -m benchmarks.bench_send [--runs N]
"""

from __future__ import annotations

import argparse
import base64
import logging
import os
import secrets
import smtplib
import ssl
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from local_smtp import start_server

from benchmarks.timing import median_seconds
from imwu_desktop.services.mail.compose import Attachment, compose_message
from imwu_desktop.services.mail.presets import ServerSettings
from imwu_desktop.services.mail.send import send_message

USER = "bench@example.ca"
#: a throwaway credential for the loopback server this benchmark starts; made fresh each run
#: (with an accent and a space, as real passwords may have)
PASSWORD = f"bench pass é {secrets.token_hex(4)}"



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's per-command chatter
    attachment = Attachment("03-passport-DUPONT.jpg", os.urandom(2_950_000))

    def compose() -> object:
        return compose_message(sender=USER, to="imwu@example.ca", subject="bench", body="x",
                               attachments=[attachment])

    message = compose_message(sender=USER, to="imwu@example.ca", subject="bench", body="x",
                              attachments=[attachment])
    with tempfile.TemporaryDirectory() as folder:
        server = start_server(Path(folder), users={USER: PASSWORD})
        settings = ServerSettings("127.0.0.1", server.port, "starttls", str(server.ca_file))
        progress_calls: list[int] = []

        def ours() -> object:
            return send_message(settings, message, username=USER, password=PASSWORD,
                                progress=lambda done, total: progress_calls.append(done))

        def baseline() -> object:
            context = ssl.create_default_context(cafile=str(server.ca_file))
            with smtplib.SMTP("127.0.0.1", server.port, "[127.0.0.1]") as smtp:
                smtp.starttls(context=context)
                smtp.ehlo()
                token = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
                smtp.docmd("AUTH", f"PLAIN {token}")  # smtplib.login() is ASCII-only
                return smtp.sendmail(USER, ["imwu@example.ca"], message.raw)

        try:
            compose_s = median_seconds(compose, runs)
            ours_s = median_seconds(ours, runs)
            base_s = median_seconds(baseline, runs)
        finally:
            server.stop()
        received = server.handler.received
        assert received and all(r.content == message.raw for r in received)
    size_mb = message.size / 1_000_000
    print(f"Message: {message.size:,} bytes encoded from {len(attachment.read()):,} bytes "
          f"of attachment; {runs} runs; medians.\n")
    print("| step | median | throughput | ratio to smtplib.sendmail |")
    print("|---|---|---|---|")
    print(f"| compose (email package, base64) | {compose_s * 1000:.1f} ms | "
          f"{size_mb / compose_s:.0f} MB/s | - |")
    print(f"| send_message (TLS, AUTH, chunked DATA, progress) | {ours_s * 1000:.1f} ms | "
          f"{size_mb / ours_s:.0f} MB/s | {ours_s / base_s:.2f} |")
    print(f"| smtplib.sendmail baseline (same session steps) | {base_s * 1000:.1f} ms | "
          f"{size_mb / base_s:.0f} MB/s | 1.00 |")
    print(f"\nProgress callbacks per send: {len(progress_calls) // runs}")


if __name__ == "__main__":
    main()
