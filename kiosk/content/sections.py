"""Prose files: Markdown with a small metadata header between ``---`` lines."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.content.files import ContentError, display_path, read_text
from kiosk.content.model import Problem, Section

SECTION_KEYS = ("id", "title", "summary", "icon")
REQUIRED_KEYS = ("id", "title")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
"""What an id of a section, figure or help line looks like."""
_RAW_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|<((?:https?|ftp|mailto|javascript):[^>]+)>", re.I)
_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")


def suggest(word: str, choices: tuple[str, ...] | list[str]) -> str:
    """Return " (did you mean 'x'?)" for the nearest choice, or ""."""
    import difflib  # only a mistake needs it, so a kiosk without one never loads it

    near = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{near[0]}'?)" if near else ""


def read_section(
    path: Path, root: Path, keys: tuple[str, ...] = SECTION_KEYS
) -> tuple[Section | None, list[Problem]]:
    """Read one prose file: the section, or None and every problem that keeps it out."""
    try:
        text = read_text(path, root)
        shown = display_path(path, root)
        meta, body, body_line = _split(text, shown, keys)
    except ContentError as error:
        return None, [error.problem]
    problems = [Problem(shown, 1, f"metadata has no '{k}'") for k in REQUIRED_KEYS if k not in meta]
    if "id" in meta and not ID.match(meta["id"][0]):
        problems.append(
            Problem(shown, meta["id"][1], "id must be lower-case letters, digits and '-'")
        )
    if not body.strip():
        problems.append(Problem(shown, body_line, "has a header but no text"))
    problems.extend(_body_problems(body, body_line, shown, path, root))
    if problems:
        return None, problems
    section = Section(
        id=meta["id"][0],
        title=meta["title"][0],
        body=body,
        file=path,
        summary=meta.get("summary", ("", 0))[0],
        icon=meta.get("icon", ("", 0))[0],
    )
    return section, []


def _split(
    text: str, shown: Path, keys: tuple[str, ...]
) -> tuple[dict[str, tuple[str, int]], str, int]:
    """Split the header from the body; return meta (value, line), body and its first line."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError(
            Problem(
                shown,
                1,
                "has no metadata header: start with '---', then 'id: ...', "
                "'title: ...', then '---'",
            )
        )
    meta: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            return meta, "\n".join(lines[number:]), number + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon:
            raise ContentError(
                Problem(shown, number, f"expected 'key: value', got '{line.strip()}'")
            )
        if key not in keys:
            raise ContentError(
                Problem(
                    shown,
                    number,
                    f"unknown key '{key}'{suggest(key, keys)}; allowed: {', '.join(keys)}",
                )
            )
        if key in meta:
            raise ContentError(Problem(shown, number, f"'{key}' is given twice"))
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key] = (value, number)
    raise ContentError(Problem(shown, 1, "metadata header is not closed with '---'"))


def _body_problems(
    body: str, first_line: int, shown: Path, path: Path, root: Path
) -> list[Problem]:
    problems: list[Problem] = []
    for offset, line in enumerate(body.splitlines()):
        number = first_line + offset
        if _RAW_HTML.search(line):
            problems.append(
                Problem(shown, number, "contains raw HTML; write plain Markdown instead")
            )
        for match in _LINK.finditer(line):
            target = match.group(1) or match.group(2)
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("//"):
                problems.append(
                    Problem(
                        shown,
                        number,
                        f"links to '{target}' outside the kiosk; visitors "
                        "cannot open links: write the address as plain text",
                    )
                )
        for match in _IMAGE.finditer(line):
            target = match.group(1)
            try:
                image = (path.parent / target).resolve()
            except (OSError, RuntimeError, ValueError):
                problems.append(Problem(shown, number, f"image '{target}' cannot be read"))
                continue
            if not image.is_relative_to(root.resolve()):
                problems.append(Problem(shown, number, f"image '{target}' is outside the content"))
            elif not image.is_file():
                problems.append(Problem(shown, number, f"image '{target}' does not exist"))
    return problems
