"""Immutable content the screens show, one set per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.help import HelpContent
    from kiosk.content.statistics import Statistics


@dataclass(frozen=True)
class Problem:
    """Something wrong in a content file, at a line (1-based; 0 when no line applies)."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Section:
    """One screen of prose: an article section or a factor."""

    id: str
    title: str
    body: str
    """The Markdown text, without its metadata header."""
    file: Path
    summary: str = ""
    icon: str = ""


@dataclass(frozen=True)
class Source:
    """Where the article comes from, as credited on screen."""

    title: str
    credit: str


@dataclass(frozen=True)
class LanguageContent:
    """Everything the kiosk shows in one language."""

    code: str
    name: str
    title: str
    subtitle: str
    source: Source
    sections: tuple[Section, ...]
    attract: tuple[str, ...]
    folder: Path
    statistics: Statistics | None = None
    locale: str = ""
    """How numbers and dates are written, e.g. "es_US"; empty for the language's own."""
    help: HelpContent | None = None
    factors: tuple[Section, ...] = ()

    def section(self, section_id: str) -> Section | None:
        """Return the article section with this id, if there is one."""
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(frozen=True)
class Content:
    """All languages that loaded, and every problem found on the way."""

    root: Path
    languages: dict[str, LanguageContent] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def language(self, code: str) -> LanguageContent:
        """Return ``code``'s content, or the first language there is."""
        if code in self.languages:
            return self.languages[code]
        return next(iter(self.languages.values()))
