"""The ``kiosk`` command: run the kiosk, validate content, describe settings."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kiosk import paths
from kiosk import settings as settings_module


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Touch-screen kiosk on human trafficking in Kansas City."
    )
    parser.add_argument("--config", type=Path, help="TOML settings file")
    parser.add_argument("--windowed", action="store_true", help="run in a normal window")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="start the kiosk (the default)")
    validate = commands.add_parser("validate", help="check a content folder")
    validate.add_argument("folder", nargs="?", type=Path, help="content folder (default: built-in)")
    commands.add_parser("settings", help="print every setting with its default")
    return parser


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
    sections = sum(len(language.sections) for language in content.languages.values())
    print(f"{root}: OK: {len(content.languages)} language(s), {sections} section(s)")
    return 0


def run(options: argparse.Namespace) -> int:
    """Start the kiosk and run until it is told to stop."""
    from kiosk.app import create_kiosk

    settings = settings_module.load(options.config)
    if options.windowed:
        settings = settings.replace(display__fullscreen=False)
    kiosk = create_kiosk(settings)
    return kiosk.app.exec()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kiosk`` command."""
    options = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if options.command == "validate":
        return validate(options.folder)
    if options.command == "settings":
        print(settings_module.describe(), end="")
        return 0
    return run(options)
