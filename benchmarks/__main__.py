"""Run every benchmark and print a table: figure, value, baseline, ratio, bar, result.

Each figure is measured beside its baseline in this same run, so a busy machine
slows both. ``BENCH_IDLE_SECONDS`` shortens the idle measurement (default 60),
``BENCH_TAPS`` the tap count (default 1000), ``BENCH_LONG=0`` leaves out the
10,000-event monkey and soak runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "60"))
TAPS = int(os.environ.get("BENCH_TAPS", "1000"))
LONG = os.environ.get("BENCH_LONG", "1") != "0"
STARTS = 5
SCALES = (250, 500, 1000)


@dataclass
class Row:
    """One line of the table."""

    figure: str
    value: float
    baseline: float
    unit: str
    limit: float
    """The most allowed, on ``judged``."""
    judged: str = "ratio"
    """Which number the limit applies to: "ratio" or "value"."""
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def measured(self) -> float:
        return self.ratio if self.judged == "ratio" else self.value

    @property
    def passed(self) -> bool:
        return self.measured < self.limit if self.judged == "value" else self.measured <= self.limit


def child(*args: object, timeout: float = 600) -> dict[str, object]:
    """Run one measurement in a fresh process and return what it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed kiosk runs from compiled bytecode (pip and PyInstaller write it); a
    # shell that forbids writing it would time the compiler, not the kiosk.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.child {args} failed:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def timed_start(kind: str) -> tuple[float, float]:
    """Seconds from launching a process to its first painted screen, and its peak memory."""
    launched = time.monotonic()
    result = child("start", kind)
    return float(result["painted_at"]) - launched, float(result["max_rss"])  # type: ignore[arg-type]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def cold_start() -> list[Row]:
    kiosk, bare = [], []
    for _ in range(STARTS):  # alternate, so a busy spell slows both
        bare.append(timed_start("bare")[0])
        kiosk.append(timed_start("kiosk")[0])
    return [
        Row(
            "cold start to home painted (median of 5)",
            statistics.median(kiosk) * 1000,
            statistics.median(bare) * 1000,
            "ms",
            2.5,
            note="baseline: bare PySide6 window with one label",
        )
    ]


def tap_latency() -> list[Row]:
    kiosk = child("taps", "kiosk", TAPS)["latencies_ms"]
    bare = child("taps", "bare", TAPS)["latencies_ms"]
    assert isinstance(kiosk, list) and isinstance(bare, list)
    return [
        Row(
            f"tap to next screen painted, p95 of {len(kiosk)}",
            percentile(kiosk, 0.95),
            percentile(bare, 0.95),
            "ms",
            16.0,
            judged="value",
            note=f"median {statistics.median(kiosk):.1f} ms; baseline: bare stacked pages",
        )
    ]


def idle_cpu() -> list[Row]:
    with ThreadPoolExecutor(2) as pool:  # both at once: CPU time is per process
        kiosk_job = pool.submit(child, "idle", "kiosk", IDLE_SECONDS)
        bare_job = pool.submit(child, "idle", "bare", IDLE_SECONDS)
        kiosk, bare = kiosk_job.result(), bare_job.result()

    def share(result: dict[str, object]) -> float:
        return 100 * float(result["cpu_seconds"]) / float(result["wall_seconds"])  # type: ignore[arg-type]

    return [
        Row(
            f"CPU idle on the attract screen, {IDLE_SECONDS:g} s",
            share(kiosk),
            share(bare),
            "% core",
            1.0,
            judged="value",
            note="after start-up (8 s); baseline: bare window, idle as long",
        )
    ]


def peak_memory() -> list[Row]:
    measured = child("memory", "kiosk")
    kiosk = float(measured["max_rss"])  # type: ignore[arg-type]
    bare = float(child("memory", "bare")["max_rss"])  # type: ignore[arg-type]
    voice = "voice started" if measured["voice"] else "no voice engine here"
    return [
        Row(
            f"peak memory, every screen shown, {voice}",
            kiosk / 2**20,
            bare / 2**20,
            "MB",
            1.6,
            note="ru_maxrss; baseline: bare window",
        )
    ]


def make_content(folder: Path, sections: int) -> Path:
    """The built-in content with ``sections`` generated article sections in each language."""
    from kiosk import paths

    root = folder / f"content-{sections}"
    shutil.copytree(paths.builtin_content(), root)
    for language in (p for p in root.iterdir() if (p / "article").is_dir()):
        shutil.rmtree(language / "article")
        (language / "article").mkdir()
        for number in range(sections):
            (language / "article" / f"{number:05d}-section.md").write_text(
                f"---\nid: section-{number}\ntitle: Section {number}\n"
                f"summary: The {number}th generated section.\n---\n"
                + "Human trafficking can occur anywhere. **Help** is available.\n\n" * 6
                + "- a list item\n- another item\n",
                encoding="utf-8",
            )
    return root


def content_scale() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temp:
        folders = {n: make_content(Path(temp), n) for n in SCALES}
        loads = {}
        for n, folder in folders.items():
            result = child("load", folder, 3)
            if result["problems"]:
                raise RuntimeError(f"generated content with {n} sections has problems")
            loads[n] = float(result["seconds"])  # type: ignore[arg-type]
        frames = child("frames", "kiosk", folders[SCALES[-1]], 200)["frame_ms"]
        bare = child("frames", "bare", "-", 200)["frame_ms"]
    assert isinstance(frames, list) and isinstance(bare, list)
    small, large = SCALES[0], SCALES[-1]
    per_small = loads[small] / small * 1000
    per_large = loads[large] / large * 1000
    # Least squares through the three sizes: how well a straight line fits.
    mean_n = statistics.fmean(SCALES)
    mean_t = statistics.fmean(loads.values())
    slope = sum((n - mean_n) * (loads[n] - mean_t) for n in SCALES) / sum(
        (n - mean_n) ** 2 for n in SCALES
    )
    fitted = {n: mean_t + slope * (n - mean_n) for n in SCALES}
    residual = sum((loads[n] - fitted[n]) ** 2 for n in SCALES)
    total = sum((loads[n] - mean_t) ** 2 for n in SCALES) or 1e-12
    times = ", ".join(f"{n}: {loads[n] * 1000:.0f} ms" for n in SCALES)
    return [
        Row(
            f"load time per section, {large} vs {small} sections",
            per_large,
            per_small,
            "ms",
            1.5,
            note=f"linear fit R² {1 - residual / total:.3f}; {times}",
        ),
        Row(
            f"home screen frame with {large} sections, p95",
            percentile(frames, 0.95),
            percentile(bare, 0.95),
            "ms",
            16.0,
            judged="value",
            note="baseline: bare window frame",
        ),
    ]


def pytest_run(test: str, env: dict[str, str]) -> tuple[bool, float, str]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 0, time.monotonic() - started, done.stdout


def long_runs() -> list[Row]:
    passed, seconds, _ = pytest_run("tests/test_monkey.py", {"KIOSK_MONKEY_EVENTS": "10000"})
    rows = [
        Row(
            "monkey: 10,000 random touch events",
            0.0 if passed else 1.0,
            1.0,
            "failures",
            0.5,
            judged="value",
            note=f"{seconds:.0f} s; tests/test_monkey.py",
        )
    ]
    passed, seconds, out = pytest_run("tests/test_soak.py", {"KIOSK_SOAK_TAPS": "10000"})
    found = re.search(r"resident memory (?:grew by )?([+-]?[\d.]+) MB", out)
    growth = float(found.group(1)) if found else float("inf")
    why = re.search(r"^E\s+(AssertionError: .*)$", out, re.M)
    rows.append(
        Row(
            "soak: memory growth after 10,000 taps",
            growth,
            5.0,
            "MB",
            5.0,
            judged="value",
            note=f"{seconds:.0f} s; "
            + (
                "widgets and timers freed after each visit"
                if passed
                else why.group(1)
                if why
                else "failed: run tests/test_soak.py with KIOSK_SOAK_TAPS=10000"
            ),
        )
    )
    return rows


def bar(row: Row, width: int = 20) -> str:
    share = max(0.0, min(1.0, row.measured / row.limit)) if row.limit else 1.0
    filled = round(share * width)
    return "█" * filled + "·" * (width - filled)


def print_table(rows: list[Row]) -> None:
    header = ("figure", "value", "baseline", "ratio", "limit", "of limit", "result")
    lines = [
        (
            row.figure,
            f"{row.value:.2f} {row.unit}",
            f"{row.baseline:.2f} {row.unit}",
            f"{row.ratio:.2f}x",
            f"{'ratio' if row.judged == 'ratio' else 'value'} "
            + ("≤" if row.judged == "ratio" else "<")
            + (f" {row.limit:g}x" if row.judged == "ratio" else f" {row.limit:g} {row.unit}"),
            bar(row),
            "pass" if row.passed else "FAIL",
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row, cells in zip(rows, lines, strict=True):
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
        if row.note:
            print(" " * 4 + row.note)


def main() -> int:
    benchmarks: list[Callable[[], list[Row]]] = [
        cold_start,
        tap_latency,
        idle_cpu,
        peak_memory,
        content_scale,
    ]
    if LONG:
        benchmarks.append(long_runs)
    rows: list[Row] = []
    for benchmark in benchmarks:
        print(f"running {benchmark.__name__.replace('_', ' ')} ...", file=sys.stderr, flush=True)
        rows.extend(benchmark())
    print()
    print_table(rows)
    failed = [row.figure for row in rows if not row.passed]
    print(f"\n{len(rows) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
