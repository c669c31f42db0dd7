"""Smoke test of the built package: it starts, shows the home screen and stops cleanly.

    python packaging/smoke.py [dist/kiosk]

Runs the built program in a window on the display it finds (run it under
``xvfb-run`` on a machine without one; QT_QPA_PLATFORM=offscreen works too),
with its counts and logs in a temporary folder. It waits for the picture of
the home screen, lets the kiosk run its first seconds (the other screens, QR
codes included, are made and the voice starts), sends SIGTERM as systemd does
on stop, and expects exit code 0 and no error in the log.
Exits 0 when all is well and prints what went wrong otherwise.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 60
RUN_SECONDS = 5
STOP_SECONDS = 15


def program(folder: Path) -> Path:
    """The executable in the one-folder build."""
    return folder / ("kiosk.exe" if sys.platform == "win32" else "kiosk")


def check(folder: Path) -> list[str]:
    """Run the checks; return the problems found."""
    exe = program(folder)
    if not exe.exists():
        return [f"{exe} does not exist; build it with 'make package'"]
    problems: list[str] = []
    validate = subprocess.run([exe, "validate"], capture_output=True, text=True, timeout=60)
    if validate.returncode != 0 or "OK" not in validate.stdout:
        problems.append(f"'kiosk validate' failed: {validate.stdout}{validate.stderr}")
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        config = work / "settings.toml"
        config.write_text(
            f'[usage]\nfolder = "{work / "usage"}"\n[log]\nfolder = "{work / "log"}"\n',
            encoding="utf-8",
        )
        picture = work / "home.png"
        started = time.monotonic()
        process = subprocess.Popen(
            [exe, "--config", str(config), "--windowed", "--home-screenshot", str(picture)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        while not picture.exists() and process.poll() is None:
            if time.monotonic() - started > START_SECONDS:
                break
            time.sleep(0.2)
        shown = picture.exists() and picture.stat().st_size > 10_000
        if not shown:
            problems.append(f"no picture of the home screen within {START_SECONDS} s")
        else:
            print(f"home screen shown after {time.monotonic() - started:.1f} s")
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=RUN_SECONDS)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            output, _ = process.communicate(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
            problems.append(f"did not stop within {STOP_SECONDS} s of SIGTERM")
        if process.returncode != 0:
            problems.append(f"exit code {process.returncode}, not 0")
        log_file = work / "log" / "kiosk.log"
        log_text = log_file.read_text("utf-8") if log_file.exists() else ""
        if "stopped (exit code 0)" not in log_text:
            problems.append(f"{log_file} does not say the kiosk stopped cleanly")
        for word in ("Traceback", "CRITICAL", "ERROR"):
            if word in log_text or word in output:
                problems.append(f"'{word}' in the output")
        if problems:
            problems.append("output:\n" + output)
    return problems


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "kiosk"
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    problems = check(folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("smoke test", "FAILED" if problems else "passed")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
