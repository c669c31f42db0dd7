"""Reading content files safely: inside the folder, small enough, UTF-8, TOML."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from kiosk.content.model import Problem

MAX_FILE_BYTES = 1_000_000
"""A content file larger than this is refused: no kiosk text needs a megabyte."""


class ContentError(Exception):
    """A file could not be read; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def display_path(path: Path, root: Path) -> Path:
    """Return ``path`` relative to the content root's parent, for short messages."""
    try:
        return path.relative_to(root.parent)
    except ValueError:
        return path


def read_text(path: Path, root: Path) -> str:
    """Return the text of ``path``, or raise ContentError saying why it cannot be used."""
    shown = display_path(path, root)
    try:
        inside = path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        raise ContentError(Problem(shown, 0, "is a link that leads round in a loop")) from None
    if not inside:
        # A link to a file, or a linked folder on the way, leads out of the content folder.
        where = "a link to a file" if path.is_symlink() else "reached through a linked folder"
        raise ContentError(Problem(shown, 0, f"is {where} outside the content folder"))
    try:
        if path.is_dir():
            raise ContentError(Problem(shown, 0, "is a folder, not a file"))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContentError(
                Problem(
                    shown, 0, f"is {size:,} bytes; content files may be at most {MAX_FILE_BYTES:,}"
                )
            )
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ContentError(Problem(shown, 0, f"cannot be read: {reason}")) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContentError(Problem(shown, line, "is not UTF-8 text; save it as UTF-8")) from None
    if not text.strip():
        raise ContentError(Problem(shown, 1, "is empty"))
    return text.removeprefix("\ufeff")


_TOML_LINE = re.compile(r"at line (\d+)")
_TOML_COLUMN = re.compile(r"column (\d+)")


def read_toml(path: Path, root: Path) -> tuple[dict[str, Any], str]:
    """Return the parsed TOML of ``path`` and its text, or raise ContentError."""
    text = read_text(path, root)
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE.search(str(error))
        line = int(match.group(1)) if match else len(text.splitlines())
        reason = str(error).split(" (at ")[0]
        column = _TOML_COLUMN.search(str(error))
        if column:
            reason += f" at column {column.group(1)}"
        if reason.startswith("Invalid value"):
            reason += ' (a text must be written in "quotes")'
        raise ContentError(
            Problem(display_path(path, root), line, f"is not valid TOML: {reason}")
        ) from None


def read_toml_reporting(
    path: Path, root: Path, problems: list[Problem]
) -> tuple[dict[str, Any], str] | None:
    """Like read_toml, but a file that cannot be used is added to ``problems`` and gives None."""
    try:
        return read_toml(path, root)
    except ContentError as error:
        problems.append(error.problem)
        return None


def line_of(text: str, key: str, start: int = 1) -> int:
    """Return the line where ``key = `` (or ``[key]``) first appears from line ``start`` on."""
    pattern = re.compile(rf"^\s*(\[+\s*{re.escape(key)}\s*\]+|{re.escape(key)}\s*=)")
    for number, line in enumerate(text.splitlines()[start - 1 :], start):
        if pattern.match(line):
            return number
    return start


def table_lines(text: str, name: str) -> list[int]:
    """Return the line of each ``[[name]]`` header, in order."""
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
    return [n for n, line in enumerate(text.splitlines(), 1) if pattern.match(line)]
