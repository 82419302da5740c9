"""Run every benchmark and rewrite benchmarks/BENCHMARKS.md: the machine, the targets, the results.

Each ``benchmarks/bench_*.py`` runs in its own process (``python -m benchmarks.bench_x``), as a
user would run it; its markdown output is kept verbatim, and its wall time and peak memory
(the child's ``ru_maxrss`` from ``wait4``) are recorded. The targets set by the issues are
then read from those outputs into one table, each marked met / not met / not measured (with
the reason). A benchmark that fails or is missing never stops the others.

Run: .venv/bin/python -m benchmarks.run_all [--only bench_x ...] [--skip bench_x ...]
     [--runs N] [--timeout S] [--output FILE]      (also: make benchmarks)
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import IO

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_OUTPUT = HERE / "BENCHMARKS.md"
DEFAULT_TIMEOUT = 1200.0  # the bundle benchmark may rebuild the bundle first


# --- running the benchmarks ----------------------------------------------------------------

@dataclass
class BenchRun:
    """One benchmark process: what it printed, how long it took, its peak memory."""

    name: str
    returncode: int | None = None
    seconds: float = 0.0
    peak_rss_mb: float | None = None
    stdout: str = ""
    stderr: str = ""
    timed_out: bool = False
    tables: list[list[dict[str, str]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def failure(self) -> str:
        if self.timed_out:
            return f"{self.name} did not finish within the time limit"
        last = (self.stderr.strip().splitlines() or ["no output"])[-1]
        return f"{self.name} failed (exit {self.returncode}: {last[:160]})"


def discover() -> list[str]:
    """Module names of every benchmarks/bench_*.py, in name order."""
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def _accepts_runs(name: str) -> bool:
    return '"--runs"' in (HERE / f"{name}.py").read_text(encoding="utf-8")


def _maxrss_mb(kilobytes_or_bytes: int) -> float:
    """ru_maxrss is in KiB on Linux and in bytes on macOS."""
    if sys.platform == "darwin":
        return kilobytes_or_bytes / 2**20
    return kilobytes_or_bytes / 1024


def run_bench(name: str, *, runs: int | None, timeout: float, env: dict[str, str]) -> BenchRun:
    """Run ``python -m benchmarks.<name>`` and wait for it with wait4 to get its peak RSS."""
    args = ["--runs", str(runs)] if runs is not None and _accepts_runs(name) else []
    result = BenchRun(name)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", f"benchmarks.{name}", *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="replace")
    chunks: dict[str, list[str]] = {"out": [], "err": []}

    def drain(stream: IO[str] | None, key: str) -> None:
        if stream is not None:
            chunks[key].append(stream.read())

    readers = [threading.Thread(target=drain, args=(proc.stdout, "out"), daemon=True),
               threading.Thread(target=drain, args=(proc.stderr, "err"), daemon=True)]
    for reader in readers:
        reader.start()

    def kill() -> None:
        result.timed_out = True
        proc.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            result.peak_rss_mb = _maxrss_mb(usage.ru_maxrss)
        else:  # Windows: no per-child rusage
            proc.wait()
    finally:
        timer.cancel()
    for reader in readers:
        reader.join(timeout=30)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    result.returncode = proc.returncode
    result.seconds = time.perf_counter() - start
    result.stdout, result.stderr = "".join(chunks["out"]), "".join(chunks["err"])
    result.tables = parse_tables(result.stdout)
    return result


# --- reading their markdown ----------------------------------------------------------------

def _cells(line: str) -> list[str]:
    return [c.strip().strip("*").strip() for c in line.strip().strip("|").split("|")]


def parse_tables(text: str) -> list[list[dict[str, str]]]:
    """Every markdown table in ``text`` as a list of rows (header -> cell)."""
    tables: list[list[dict[str, str]]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines) - 1:
        if lines[i].lstrip().startswith("|") and re.fullmatch(
                r"\s*\|?[\s:|-]+\|?\s*", lines[i + 1]) and "-" in lines[i + 1]:
            header = _cells(lines[i])
            rows = []
            i += 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                cells = _cells(lines[i])
                rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)),
                                     strict=False)))
                i += 1
            tables.append(rows)
        else:
            i += 1
    return tables


def number(cell: str) -> float | None:
    """The first number in a cell: '4.11x' -> 4.11, '1,234 ms' -> 1234, '-' -> None."""
    match = re.search(r"-?\d[\d,]*(?:\.\d+)?", cell or "")
    return float(match.group(0).replace(",", "")) if match else None


def find_rows(run: BenchRun | None, first_cell: str) -> list[dict[str, str]]:
    """Rows (of any table) whose first cell matches the regex ``first_cell``."""
    if run is None:
        return []
    found = []
    for table in run.tables:
        for row in table:
            values = list(row.values())
            if values and re.search(first_cell, values[0], re.IGNORECASE):
                found.append(row)
    return found


def _label(row: dict[str, str]) -> str:
    """The first cell: what the row measures."""
    return next(iter(row.values()), "")


def cell(row: dict[str, str], header: str) -> str:
    """The cell whose header matches the regex ``header`` ('' when there is none).

    Anchor the regex ('^ratio'): 'ratio' alone also matches the header 'operation'.
    """
    for key, value in row.items():
        if re.search(header, key, re.IGNORECASE):
            return value
    return ""


# --- the targets of the issues ---------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    measured: str
    status: str  # "met" | "not met" | "not measured: <why>" | "no target set"


@dataclass(frozen=True)
class Target:
    what: str
    issue: str
    target: str
    bench: str
    judge: Callable[[BenchRun], Verdict]


def _met(ok: bool) -> str:
    return "met" if ok else "not met"


def _missing(what: str) -> Verdict:
    return Verdict("-", f"not measured: {what} not found in the benchmark's output")


def _ratio_target(first_cell: str, limit: float, header: str = r"^ratio",
                  information: str | None = None) -> Callable[[BenchRun], Verdict]:
    """Rows whose ratio to a baseline must stay within ``limit`` (the worst one decides);
    rows matching ``information`` are shown after them, marked, and not judged."""
    def rated(run: BenchRun, pattern: str) -> list[tuple[dict[str, str], float]]:
        rows = [(r, number(cell(r, header))) for r in find_rows(run, pattern)]
        return [(r, v) for r, v in rows if v is not None]

    def shown(row: dict[str, str], ratio: float) -> str:
        median = cell(row, r"^median")
        unit = " ms" if median and "ms" in next(
            (k for k in row if re.search(r"^median", k)), "") else ""
        return f"{_label(row)}: " + (f"{median}{unit}, " if median else "") + f"{ratio:.2f}x"

    def judge(run: BenchRun) -> Verdict:
        judged = rated(run, first_cell)
        if not judged:
            return _missing(f"a '{first_cell}' row with a {header} column")
        texts = [shown(row, ratio) for row, ratio in judged]
        if information:
            texts += [f"{shown(row, ratio)} (information, no target)"
                      for row, ratio in rated(run, information)]
        return Verdict("; ".join(texts), _met(max(v for _, v in judged) <= limit))
    return judge


def _ms_target(first_cell: str, limit_ms: float, header: str = r"^median") -> Callable[
        [BenchRun], Verdict]:
    def judge(run: BenchRun) -> Verdict:
        rows = find_rows(run, first_cell)
        pairs = [(_label(r), number(cell(r, header))) for r in rows]
        values = [(label, v) for label, v in pairs if v is not None]
        if not values:
            return _missing(f"a '{first_cell}' row")
        shown = "; ".join(f"{label}: {v:.1f} ms" for label, v in values)
        return Verdict(shown, _met(max(v for _, v in values) <= limit_ms))
    return judge


def _own_met_column(first_cell: str, value_header: str) -> Callable[[BenchRun], Verdict]:
    """For benchmarks that judge themselves in a 'met' column."""
    def judge(run: BenchRun) -> Verdict:
        rows = find_rows(run, first_cell)
        if not rows:
            return _missing(f"a '{first_cell}' row")
        shown, verdicts = [], []
        for row in rows:
            label = _label(row)
            ratio = cell(row, r"^ratio")
            text = f"{label}: {cell(row, value_header)}" + (
                f" ({ratio} the baseline)" if ratio else "")
            if re.search(r"information", cell(row, r"target"), re.I):
                shown.append(text + " (information, no target)")
                continue
            shown.append(text)
            verdict = cell(row, r"^met") or cell(row, r"target")
            verdicts.append("not met" if re.search(r"no|miss|not", verdict, re.I) else
                            "met" if re.search(r"yes|met|✓|ok", verdict, re.I) else "?")
        if "?" in verdicts or not verdicts:  # nothing judged: information rows only
            return Verdict("; ".join(shown), "not measured: the benchmark gave no verdict")
        return Verdict("; ".join(shown), "not met" if "not met" in verdicts else "met")
    return judge


def _shrink(run: BenchRun) -> Verdict:
    """Per input, our setting closest to /ebook ('ours, floor', else every 'ours' row) against
    gs /ebook: output size ratio <= 1, time ratio <= 1, lowest image resolution >= gs's."""
    rows = find_rows(run, r".")
    gs_dpi = {_label(r): number(cell(r, r"dpi")) for r in rows
              if re.search(r"gs|ghostscript", cell(r, r"^tool"), re.I)}
    ours = [r for r in rows if re.search(r"ours", cell(r, r"^tool"), re.I)]
    floor = [r for r in ours if re.search(r"floor", cell(r, r"^tool"), re.I)] or ours
    parts, ok = [], True
    for row in floor:
        size_ratio, time_ratio = number(cell(row, r"size vs gs")), number(cell(row, r"time vs gs"))
        dpi, their_dpi = number(cell(row, r"dpi")), gs_dpi.get(_label(row))
        if size_ratio is None or time_ratio is None:
            continue
        versus = f", {dpi:g} vs {their_dpi:g} dpi" if dpi is not None and their_dpi else ""
        parts.append(f"{_label(row)} ({cell(row, r'^tool')}): size {size_ratio:.2f}x, "
                     f"time {time_ratio:.2f}x{versus}")
        ok = ok and size_ratio <= 1.0 and time_ratio <= 1.0 and (
            dpi is None or their_dpi is None or dpi >= their_dpi)
    if not parts:
        if not shutil.which("gs"):
            return Verdict("-", "not measured: Ghostscript is not installed")
        return _missing("'size vs gs' / 'time vs gs' columns")
    return Verdict("; ".join(parts), _met(ok))


def _send(run: BenchRun) -> Verdict:
    rows = find_rows(run, r"send_message")
    if not rows:
        return _missing("a 'send_message' row")
    row = rows[0]
    return Verdict(f"{cell(row, r'^median')} ({cell(row, r'^throughput')}; "
                   f"{cell(row, r'^ratio')}x smtplib.sendmail)", "no target set")


def _own_targets(first_cell: str) -> Callable[[BenchRun], Verdict]:
    """Rows with a median and a target in ms each (catalogue): every median within its target."""
    def judge(run: BenchRun) -> Verdict:
        rows = find_rows(run, first_cell)
        found = [(_label(r), number(cell(r, r"^median")), number(cell(r, r"^target")))
                 for r in rows]
        values = [(label, v, t) for label, v, t in found if v is not None and t is not None]
        if not values:
            return _missing(f"'{first_cell}' rows with a median and a target")
        shown = "; ".join(f"{label}: {v:.2f} ms (goal {t:g} ms)" for label, v, t in values)
        return Verdict(shown, _met(all(v <= t for _, v, t in values)))
    return judge


def _value_within_target(first_cell: str) -> Callable[[BenchRun], Verdict]:
    """A row with a 'value' and a numeric 'target' in the same unit (MRZ read time)."""
    def judge(run: BenchRun) -> Verdict:
        rows = find_rows(run, first_cell)
        found = [(r, number(cell(r, r"^value")), number(cell(r, r"^target"))) for r in rows]
        usable = [(r, v, t) for r, v, t in found if v is not None and t is not None]
        if not usable:
            return _missing(f"a '{first_cell}' row with a value and a target")
        row, value, goal = usable[0]
        return Verdict(f"{cell(row, r'^value')} (own goal {cell(row, r'^target')}; "
                       f"{_label(row)})", _met(value <= goal))
    return judge


def _mrz_wrong(run: BenchRun) -> Verdict:
    """'read / wrong / median' rows: no wrong value may ever be accepted."""
    rows = [r for r in find_rows(run, r"read / wrong") if cell(r, r"^value")]
    parts, wrong_total = [], 0
    for row in rows:
        match = re.match(r"\s*(\d+)/(\d+)[^/]*/\s*(\d+)\s*/", cell(row, r"^value"))
        if match is None:
            continue
        read, total, wrong = (int(g) for g in match.groups())
        wrong_total += wrong
        parts.append(f"{_label(row).split(':')[0]}: {read}/{total} read, {wrong} wrong")
    if not parts:
        return _missing("'read / wrong / median' rows")
    return Verdict("; ".join(parts), _met(wrong_total == 0))


def _preparation_memory(run: BenchRun) -> Verdict:
    """bench_shrink_memory: the peak of each input's whole preparation, and the ratio of what
    it added to the input's size."""
    rows = [r for table in run.tables for r in table
            if cell(r, r"^mode") == "prepare" and number(cell(r, r"^peak")) is not None]
    if not rows:
        return _missing("'prepare' rows with a peak RSS")
    shown = "; ".join(f"{_label(r)}: {cell(r, r'^peak')} peak, {cell(r, r'^added by')} added "
                      f"({cell(r, r'^added /')} the input)" for r in rows)
    return Verdict(shown, "no target set")


def _any_rows(first_cell: str) -> Callable[[BenchRun], Verdict]:
    def judge(run: BenchRun) -> Verdict:
        rows = find_rows(run, first_cell)
        if not rows:
            return _missing(f"a '{first_cell}' row")
        shown = "; ".join(" ".join(v for v in list(r.values())[:3] if v not in ("", "-"))
                          for r in rows)
        return Verdict(shown, "no target set")
    return judge


TARGETS: tuple[Target, ...] = (
    Target("Start-up to an interactive main window vs a bare PySide6 window", "#4",
           "within 1.3x", "bench_startup",
           _ratio_target(r"^IMWU Desktop \(start screen\)$", 1.3,
                         information=r"^IMWU Desktop .*, ")),
    Target("Case save, ~20 MB of attachments, vs a plain copy", "#2", "within 2x",
           "bench_casefile", _ratio_target(r"^save \(", 2.0)),
    Target("Case open, ~20 MB of attachments, vs a plain copy", "#2", "within 2x",
           "bench_casefile", _ratio_target(r"^open \(", 2.0)),
    Target("Shrink vs Ghostscript /ebook", "#5",
           "output no larger at equal or higher resolution, no slower", "bench_shrink", _shrink),
    Target("Peak memory of preparing one document (fresh process each; prepare_attachments)",
           "#5, #10", "measured (no number set)", "bench_shrink_memory", _preparation_memory),
    Target("Cover letter + IMM 5686 + summary, together", "#6", "under 150 ms",
           "bench_letters", _ms_target(r"build_documents", 150.0)),
    Target("Sending a ~4 MB message over loopback (STARTTLS, AUTH)", "#7, #10",
           "measured (no number set)", "bench_send", _send),
    Target("Onedir bundle size", "#8", "at most 200 MB", "bench_bundle",
           _own_met_column(r"bundle size", r"^value")),
    Target("Frozen start-up vs a bare PySide6 window frozen the same way", "#8", "within 1.3x",
           "bench_bundle", _own_met_column(r"start-up", r"^value")),
    Target("MRZ read from a 12-megapixel phone photo", "#11",
           "measured (the issue sets no number; the benchmark's own goal is shown)",
           "bench_mrz_ocr", _value_within_target(r"12 MP photo")),
    Target("MRZ: generated passport pages read, wrong values accepted", "#11",
           "zero wrong values accepted", "bench_mrz_ocr", _mrz_wrong),
    Target("MRZ: bundle size the reader adds", "#11", "measured (no number set)",
           "bench_mrz_ocr", _any_rows(r"bundle added")),
    Target("Catalogue load / search / checklist (our own targets)", "#3",
           "50 ms / 5 ms / 2 ms", "bench_catalogue",
           _own_targets(r"^load|^search, slowest|^checklist")),
)


def judge(target: Target, runs: dict[str, BenchRun]) -> Verdict:
    run = runs.get(target.bench)
    if run is None:
        if not (HERE / f"{target.bench}.py").exists():
            return Verdict("-", f"not measured: benchmarks/{target.bench}.py does not exist yet")
        return Verdict("-", f"not measured: {target.bench} was skipped in this run")
    if not run.ok:
        return Verdict("-", f"not measured: {run.failure()}")
    try:
        return target.judge(run)
    except Exception as exc:  # an output format we did not expect must not stop the report
        return Verdict("-", f"not measured: its output could not be read ({exc})")


# --- describing the machine ------------------------------------------------------------------

def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _cpu_model() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.lower().startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _ram() -> str:
    match = re.search(r"MemTotal:\s+(\d+) kB", _read("/proc/meminfo"))
    return f"{int(match.group(1)) / 2**20:.1f} GiB" if match else "unknown"


def _os_name() -> str:
    pretty = re.search(r'PRETTY_NAME="?([^"\n]+)', _read("/etc/os-release"))
    return f"{pretty.group(1) if pretty else platform.system()} ({platform.platform()})"


def _version_of(*dists: str) -> str:
    for dist in dists:
        try:
            return f"{dist} {metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _qt_runtime() -> str:
    probe = "from PySide6 import QtCore; print(QtCore.qVersion())"
    try:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


def _tool_version(command: Sequence[str]) -> str:
    if shutil.which(command[0]) is None:
        return "not installed"
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (
        done.stdout or done.stderr).strip() else "unknown"


def _load() -> str:
    try:
        return " / ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def machine_lines() -> list[str]:
    return [
        f"- CPU: {_cpu_model()}, {os.cpu_count()} logical cores",
        f"- RAM: {_ram()}",
        f"- OS: {_os_name()}",
        f"- Python: {platform.python_version()} ({platform.python_implementation()})",
        f"- Qt: {_version_of('PySide6-Essentials', 'PySide6')}, Qt runtime {_qt_runtime()}",
        f"- Ghostscript (shrink reference only): {_tool_version(['gs', '--version'])}",
    ]


# --- the report --------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _demote_headings(text: str) -> str:
    """A benchmark's own '# title' lines must not become top-level headings here."""
    return "\n".join("###" + line if line.startswith("#") else line
                     for line in text.rstrip().splitlines())


def _peak_summary(runs: dict[str, BenchRun]) -> str:
    measured = sorted(((run.peak_rss_mb, name) for name, run in runs.items()
                       if run.peak_rss_mb is not None), reverse=True)
    return ", ".join(f"{name} {mb:.0f} MB" for mb, name in measured) or "-"


def render(runs: dict[str, BenchRun], *, started: datetime, load_before: str,
           load_after: str, command: str) -> str:
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `{command}` on {started.strftime('%Y-%m-%d %H:%M UTC')} "
        "(rewritten on every run; do not edit by hand).",
        "",
        "**The machine is shared and noisy**: it is a 2-core virtual machine used by several "
        "engineers at once (tests, builds and other benchmarks may run at the same time), so "
        "timings can vary by tens of percent between runs. Ratios against a baseline measured "
        "in the same run (plain copy, bare PySide6 window, Ghostscript, smtplib) are more "
        "telling than absolute times. "
        f"Load average (1/5/15 min) before: {load_before}; after: {load_after}.",
        "",
        "## Machine",
        "",
        *machine_lines(),
        "",
        "## Targets from the issues",
        "",
        "| target | issue | goal | measured | status | benchmark |",
        "|---|---|---|---|---|---|",
    ]
    for target in TARGETS:
        verdict = judge(target, runs)
        lines.append(f"| {_escape(target.what)} | {target.issue} | {_escape(target.target)} | "
                     f"{_escape(verdict.measured)} | {_escape(verdict.status)} | "
                     f"`{target.bench}` |")
    lines.append(f"| Peak memory (RSS) of each benchmark process | #10 | measured (no number "
                 f"set) | {_escape(_peak_summary(runs))} | no target set | all (below) |")
    lines += [
        "",
        "## Time and peak memory of each benchmark process",
        "",
        "Peak memory is the process's maximum resident set size (`ru_maxrss` from `wait4`), "
        "including the benchmark's own harness and test-data generation; no issue sets a "
        "number for it.",
        "",
        "| benchmark | result | wall time | peak memory (RSS) |",
        "|---|---|---:|---:|",
    ]
    for name, run in runs.items():
        rss = f"{run.peak_rss_mb:.0f} MB" if run.peak_rss_mb is not None else "unknown"
        result = "ok" if run.ok else _escape(run.failure())
        lines.append(f"| `{name}` | {result} | {run.seconds:.1f} s | {rss} |")
    lines += ["", "## Full output of each benchmark", ""]
    for name, run in runs.items():
        lines += [f"### {name}", "", f"`python -m benchmarks.{name}`", ""]
        lines.append(_demote_headings(run.stdout) if run.stdout.strip() else "(no output)")
        if not run.ok:
            tail = "\n".join(run.stderr.strip().splitlines()[-15:])
            lines += ["", "Error output (last lines):", "", "```", tail, "```"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _bench_env(home: Path) -> dict[str, str]:
    """Benchmarks write settings, logs and cases to a throw-away home, never the user's."""
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "LOG", "CASES"):
        env.setdefault(f"IMWU_{name}_DIR", str(home / name.lower()))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", metavar="BENCH", help="run only these benchmarks")
    parser.add_argument("--skip", nargs="+", metavar="BENCH", default=[],
                        help="do not run these benchmarks")
    parser.add_argument("--runs", type=int, help="pass --runs N to benchmarks that accept it")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="seconds allowed per benchmark")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    names = discover()
    unknown = [n for n in (args.only or []) + args.skip if n not in names]
    if unknown:
        parser.error(f"no such benchmark: {', '.join(unknown)} (found: {', '.join(names)})")
    selected = [n for n in names if (not args.only or n in args.only) and n not in args.skip]
    started = datetime.now(UTC)
    load_before = _load()
    runs: dict[str, BenchRun] = {}
    with tempfile.TemporaryDirectory(prefix="imwu-bench-") as home:
        env = _bench_env(Path(home))
        for name in selected:
            print(f"running {name}...", file=sys.stderr, flush=True)
            run = run_bench(name, runs=args.runs, timeout=args.timeout, env=env)
            runs[name] = run
            state = "ok" if run.ok else run.failure()
            rss = f"{run.peak_rss_mb:.0f} MB" if run.peak_rss_mb is not None else "?"
            print(f"  {state}, {run.seconds:.1f} s, peak {rss}", file=sys.stderr, flush=True)
    command = "python -m benchmarks.run_all" + (" " + " ".join(argv) if argv else "")
    report = render(runs, started=started, load_before=load_before, load_after=_load(),
                    command=command)
    args.output.write_text(report, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0 if all(run.ok for run in runs.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
