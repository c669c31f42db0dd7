"""Turn a content folder into a Content, keeping what is valid and listing what is not.

A content folder holds one sub-folder per language (``en``, ``es``), each with
``language.toml`` and ``article/*.md``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kiosk.content.files import display_path, line_of, read_toml_reporting
from kiosk.content.help import load_help
from kiosk.content.model import Content, LanguageContent, Problem, Section, Source
from kiosk.content.sections import read_section, suggest
from kiosk.content.statistics import load_statistics

LANGUAGE_KEYS = ("name", "title", "subtitle", "locale", "source", "attract")


def load_content(root: Path) -> Content:
    """Load every language under ``root``; broken files are left out and reported."""
    root = Path(root)
    if not root.is_dir():
        return Content(root, {}, (Problem(root, 0, "is not a folder of content"),))
    problems: list[Problem] = []
    languages: dict[str, LanguageContent] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        language = _load_language(folder, root, problems)
        if language is not None:
            languages[language.code] = language
    if not languages:
        problems.append(Problem(root, 0, "has no language folder with a language.toml"))
    problems.extend(_missing_translations(languages, root))
    problems.extend(_missing_parts(languages, root))
    return Content(root, languages, tuple(problems))


def _load_language(folder: Path, root: Path, problems: list[Problem]) -> LanguageContent | None:
    meta_path = folder / "language.toml"
    sections = _load_sections(folder / "article", root, problems)
    if not meta_path.exists():
        problems.append(Problem(display_path(folder, root), 0, "has no language.toml"))
        return None
    read = read_toml_reporting(meta_path, root, problems)
    if read is None:
        return None
    data, text = read
    shown = display_path(meta_path, root)
    for key in data:
        if key not in LANGUAGE_KEYS:
            problems.append(
                Problem(
                    shown, line_of(text, key), f"unknown key '{key}'{suggest(key, LANGUAGE_KEYS)}"
                )
            )
    name = _text(data, "name", shown, text, problems)
    title = _text(data, "title", shown, text, problems)
    source = data.get("source", {})
    source_title = _text(source, "title", shown, text, problems, "source.")
    credit = _text(source, "credit", shown, text, problems, "source.")
    attract = _sentences(data, shown, text, problems)
    if name is None or title is None or source_title is None or credit is None:
        return None
    return LanguageContent(
        code=folder.name,
        name=name,
        title=title,
        subtitle=str(data.get("subtitle", "")),
        source=Source(source_title, credit),
        sections=sections,
        locale=str(data.get("locale", "")),
        statistics=load_statistics(folder / "statistics.toml", root, problems),
        help=load_help(folder / "help.toml", root, problems),
        factors=_load_factors(folder, root, problems),
        attract=attract,
        folder=folder,
    )


def _text(
    data: Any, key: str, shown: Path, text: str, problems: list[Problem], prefix: str = ""
) -> str | None:
    value = data.get(key) if isinstance(data, dict) else None
    if isinstance(value, str) and value.strip():
        return value.strip()
    where = line_of(text, key) if value is not None else 1
    problems.append(Problem(shown, where, f"'{prefix}{key}' must be a non-empty text"))
    return None


def _sentences(
    data: dict[str, Any], shown: Path, text: str, problems: list[Problem]
) -> tuple[str, ...]:
    attract = data.get("attract", {})
    sentences = attract.get("sentences", []) if isinstance(attract, dict) else []
    if not isinstance(sentences, list):
        sentences = [sentences]
    good = tuple(s.strip() for s in sentences if isinstance(s, str) and s.strip())
    if len(good) != len(sentences) or not good:
        problems.append(
            Problem(
                shown,
                line_of(text, "sentences"),
                "'attract.sentences' must be a list of non-empty texts",
            )
        )
    return good


def _load_sections(folder: Path, root: Path, problems: list[Problem]) -> tuple[Section, ...]:
    """Load ``folder/*.md`` in file-name order; duplicates and broken files are left out."""
    sections: list[Section] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        section, found = read_section(path, root)
        problems.extend(found)
        if section is None:
            continue
        if section.id in seen:
            problems.append(
                Problem(
                    display_path(path, root),
                    _id_line(path, section.id),
                    f"id '{section.id}' is already used by {display_path(seen[section.id], root)}",
                )
            )
            continue
        seen[section.id] = path
        sections.append(section)
    if not sections and not any(p.file.parent == display_path(folder, root) for p in problems):
        problems.append(Problem(display_path(folder, root), 0, "has no sections (*.md files)"))
    return tuple(sections)


def _load_factors(folder: Path, root: Path, problems: list[Problem]) -> tuple[Section, ...]:
    """Load ``folder/factors/*.md``; a language without the folder shows another's factors."""
    if not (folder / "factors").is_dir():
        return ()
    return _load_sections(folder / "factors", root, problems)


def _missing_parts(languages: dict[str, LanguageContent], root: Path) -> list[Problem]:
    """Report factors or help that no language has: the screens would be empty."""
    if not languages:
        return []
    problems: list[Problem] = []
    if not any(language.factors for language in languages.values()):
        problems.append(Problem(root, 0, "no language has factors (a factors/ folder of *.md)"))
    if not any(language.help for language in languages.values()):
        problems.append(Problem(root, 0, "no language has a valid help.toml"))
    return problems


def _parts(language: LanguageContent) -> list[tuple[str, str, Path]]:
    """Everything that needs a translation, as (kind, id, file)."""
    parts = [("section", s.id, s.file) for s in language.sections]
    parts += [("factor", s.id, s.file) for s in language.factors]
    if language.statistics is not None:
        stats = language.folder / "statistics.toml"
        parts += [("figure", f.id, stats) for f in language.statistics.figures]
        parts += [("figure", d.id, stats) for d in language.statistics.derived]
    if language.help is not None:
        parts += [("help entry", h.id, language.help.file) for h in language.help.lines]
    return parts


def _id_line(path: Path, item_id: str) -> int:
    """The line of ``id: item_id`` or ``id = "item_id"`` in ``path``; 1 if not found."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    pattern = re.compile(rf"^\s*id\s*[:=]\s*[\"']?{re.escape(item_id)}[\"']?\s*$")
    return next((n for n, line in enumerate(text.splitlines(), 1) if pattern.match(line)), 1)


def _missing_translations(languages: dict[str, LanguageContent], root: Path) -> list[Problem]:
    """Report each section, factor, figure or help entry one language has and another lacks."""
    problems: list[Problem] = []
    parts = {code: _parts(language) for code, language in languages.items()}
    has = {code: {(kind, item_id) for kind, item_id, _ in found} for code, found in parts.items()}
    for code in languages:
        for other in languages.values():
            if other.code == code:
                continue
            for kind, item_id, path in parts[code]:
                if (kind, item_id) in has[other.code]:
                    continue
                where = _home(kind, other.code)
                problems.append(
                    Problem(
                        display_path(path, root),
                        _id_line(path, item_id),
                        f"{kind} '{item_id}' has no {other.name} version in {where}",
                    )
                )
    return problems


def _home(kind: str, code: str) -> str:
    """Where a part of this kind lives in language ``code``."""
    return {
        "section": f"{code}/article/",
        "factor": f"{code}/factors/",
        "figure": f"{code}/statistics.toml",
        "help entry": f"{code}/help.toml",
    }[kind]
