"""The ``kiosk`` command: run the kiosk, validate content, describe settings."""

from __future__ import annotations

import argparse
import getpass
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from kiosk import paths, pin
from kiosk import settings as settings_module

if TYPE_CHECKING:
    from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


def default_config() -> Path:
    """The settings file used when --config is not given."""
    return platformdirs.user_config_path("kiosk", appauthor=False) / "settings.toml"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Touch-screen kiosk on human trafficking in Kansas City."
    )
    parser.add_argument(
        "--config", type=Path, help=f"TOML settings file (default: {default_config()} if present)"
    )
    parser.add_argument("--windowed", action="store_true", help="run in a normal window")
    # For the package smoke test: open the home screen and save a picture of it.
    parser.add_argument("--home-screenshot", type=Path, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="start the kiosk (the default)")
    validate = commands.add_parser("validate", help="check a content folder")
    validate.add_argument("folder", nargs="?", type=Path, help="content folder (default: built-in)")
    commands.add_parser("settings", help="print every setting with its default")
    set_pin = commands.add_parser("set-pin", help="set the staff PIN (stored as a salted hash)")
    set_pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input")
    report = commands.add_parser("report", help="print the anonymous usage counts")
    report.add_argument("--csv", action="store_true", help="one row a day, for a spreadsheet")
    report.add_argument("--days", type=int, default=7, help="how many days back (default: 7)")
    return parser


def config_path(options: argparse.Namespace) -> Path | None:
    """The settings file in force: --config, else the default one if it exists."""
    if options.config is not None:
        return Path(options.config)
    default = default_config()
    return default if default.exists() else None


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Set ``staff.pin_hash`` in the TOML file ``path``, keeping everything else in it."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    line = f'pin_hash = "{pin_hash}"'
    lines = text.splitlines()
    table = ""
    for index, old in enumerate(lines):
        header = re.match(r"\s*\[([^\]]+)\]\s*(#.*)?$", old)
        if header:
            table = header.group(1).strip()
        elif table == "staff" and re.match(r"\s*pin_hash\s*=", old):
            lines[index] = line
            break
    else:
        starts = [i for i, old in enumerate(lines) if re.match(r"\s*\[\s*staff\s*\]", old)]
        if starts:
            lines.insert(starts[0] + 1, line)
        else:
            lines += ["", "[staff]", line] if lines else ["[staff]", line]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def set_pin(options: argparse.Namespace) -> int:
    """Ask for a new staff PIN twice and store its hash in the settings file."""
    path = config_path(options) or default_config()
    if options.stdin:
        first = second = sys.stdin.readline().strip()
    else:
        first = getpass.getpass("New staff PIN (4 to 12 digits): ")
        second = getpass.getpass("The same PIN again: ")
    if first != second:
        print("The two PINs differ; nothing changed.", file=sys.stderr)
        return 1
    if not pin.valid_pin(first):
        print("A PIN is 4 to 12 digits; nothing changed.", file=sys.stderr)
        return 1
    try:
        write_pin_hash(path, pin.hash_pin(first))
    except OSError as error:
        print(f"Cannot write {path}: {error}", file=sys.stderr)
        return 1
    loaded = settings_module.load(path)
    if loaded.messages or not pin.verify_pin(first, loaded["staff.pin_hash"]):
        print(f"{path} now has a problem: {'; '.join(loaded.messages)}", file=sys.stderr)
        return 1
    print(f"Staff PIN set in {path}.")
    return 0


def report(options: argparse.Namespace) -> int:
    """Print the usage counts of the last days."""
    from kiosk import usage

    settings = settings_module.load(config_path(options))
    for message in settings.messages:
        print(message, file=sys.stderr)
    folder = settings["usage.folder"]
    counts = usage.Usage(Path(folder).expanduser() if folder else None)
    print(usage.report(counts, days=max(1, options.days), as_csv=options.csv), end="")
    return 0


def validate(folder: Path | None) -> int:
    """Print each problem in ``folder`` as file:line: message; return 1 if any."""
    from kiosk.content import load_content

    root = folder if folder is not None else paths.builtin_content()
    content = load_content(root)
    for problem in content.problems:
        print(problem)
    if content.problems:
        print(f"{len(content.problems)} problem(s) in {root}", file=sys.stderr)
        return 1
    names = ", ".join(language.name for language in content.languages.values())
    first = next(iter(content.languages.values()))
    figures = len(first.statistics.figures) if first.statistics else 0
    lines = len(first.help.lines) if first.help else 0
    print(
        f"{root}: OK: {names}; each with {len(first.sections)} article sections, "
        f"{len(first.factors)} factors, {figures} figures, {lines} help lines"
    )
    return 0


def run(options: argparse.Namespace) -> int:
    """Start the kiosk and run until it is told to stop."""
    from kiosk.app import create_kiosk
    from kiosk.logs import log_to_file, stop_on_signals

    path = config_path(options)
    settings = settings_module.load(path)
    log_file = log_to_file(settings["log.folder"])
    log.info("starting; settings from %s; log in %s", path or "defaults", log_file)
    if not pin.is_hash(settings["staff.pin_hash"]):
        log.warning(
            "no staff PIN is set: the staff gesture exits the kiosk without one; "
            "set a PIN with 'kiosk set-pin'%s",
            f" --config {path}" if options.config else "",
        )
    if options.windowed:
        settings = settings.replace(display__fullscreen=False)
    kiosk = create_kiosk(settings)
    stop_on_signals(kiosk.app)
    if options.home_screenshot:
        _shoot_home(kiosk.window, options.home_screenshot)
    code = kiosk.app.exec()
    log.info("stopped (exit code %d)", code)
    return code


def _shoot_home(window: KioskWindow, path: Path) -> None:
    """A second after start, open the home screen and save it to ``path``."""
    from PySide6.QtCore import QTimer

    def shoot() -> None:
        window.open("home", animate=False)
        saved = window.grab().save(str(path))
        log.info("home screen shown; picture %s %s", path, "saved" if saved else "NOT saved")

    QTimer.singleShot(1000, shoot)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kiosk`` command."""
    options = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if options.command == "validate":
        return validate(options.folder)
    if options.command == "settings":
        print(settings_module.describe(), end="")
        return 0
    if options.command == "set-pin":
        return set_pin(options)
    if options.command == "report":
        return report(options)
    return run(options)
