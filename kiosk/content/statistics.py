"""Statistics: the article's figures and the figures the kiosk derives from them. No Qt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.files import display_path, line_of, read_toml_reporting, table_lines
from kiosk.content.model import Problem
from kiosk.content.sections import ID, suggest

FIGURE_KEYS = ("id", "short", "label", "value", "year", "place", "source", "meaning")
DERIVED_KEYS = ("id", "short", "label", "numerator", "denominator", "kind", "meaning")
TOP_KEYS = ("title", "intro", "credit", "figure", "derived")
KINDS = ("percent", "ratio")


@dataclass(frozen=True)
class Figure:
    """A number the article reports."""

    id: str
    short: str
    label: str
    value: float
    year: int
    place: str
    source: str
    meaning: str


@dataclass(frozen=True)
class DerivedFigure:
    """A number the kiosk computes: ``numerator`` divided by ``denominator``."""

    id: str
    short: str
    label: str
    numerator: Figure
    denominator: Figure
    kind: str
    meaning: str

    @property
    def value(self) -> float:
        """The quotient, times 100 for a percent."""
        quotient = self.numerator.value / self.denominator.value
        return quotient * 100 if self.kind == "percent" else quotient


@dataclass(frozen=True)
class Statistics:
    """Everything the statistics screen shows."""

    title: str
    intro: str
    credit: str
    figures: tuple[Figure, ...]
    derived: tuple[DerivedFigure, ...]

    def figure(self, figure_id: str) -> Figure | DerivedFigure | None:
        """Return the figure or derived figure with this id."""
        every: tuple[Figure | DerivedFigure, ...] = (*self.figures, *self.derived)
        return next((f for f in every if f.id == figure_id), None)


class _Checker:
    """Collects problems for one statistics file, with the line of each."""

    def __init__(self, shown: Path, text: str) -> None:
        self.shown = shown
        self.text = text
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.shown, line, message))

    def text_value(self, table: dict[str, Any], key: str, line: int, what: str) -> str | None:
        value = table.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if value is None:
            self.add(line, f"{what} has no '{key}'")
        else:
            self.add(line_of(self.text, key, line), f"{what}: '{key}' must be a non-empty text")
        return None

    def unknown_keys(self, table: dict[str, Any], allowed: tuple[str, ...], line: int) -> None:
        for key in table:
            if key not in allowed:
                self.add(
                    line_of(self.text, key, line),
                    f"unknown key '{key}'{suggest(key, allowed)}; allowed: {', '.join(allowed)}",
                )


def load_statistics(path: Path, root: Path, problems: list[Problem]) -> Statistics | None:
    """Read ``statistics.toml``; figures with problems are left out and reported."""
    read = read_toml_reporting(path, root, problems) if path.exists() else None
    if read is None:
        return None
    data, text = read
    check = _Checker(display_path(path, root), text)
    check.unknown_keys(data, TOP_KEYS, 1)
    title = check.text_value(data, "title", 1, "the file")
    intro = str(data.get("intro", ""))
    credit = check.text_value(data, "credit", 1, "the file")
    figures = _figures(data.get("figure", []), check)
    derived = _derived(data.get("derived", []), figures, check)
    problems.extend(check.problems)
    if title is None or credit is None or not figures:
        if not figures:
            problems.append(Problem(check.shown, 1, "has no usable [[figure]]"))
        return None
    return Statistics(title, intro, credit, tuple(figures.values()), tuple(derived))


def _tables(tables: Any, name: str, check: _Checker) -> Iterator[tuple[int, Any, int]]:
    """Each ``[[name]]`` table as (its number from 1, the table, the line of its header)."""
    if not isinstance(tables, list):
        check.add(line_of(check.text, name), f"'{name}' must be written as [[{name}]] tables")
        return
    lines = table_lines(check.text, name)
    for number, table in enumerate(tables, 1):
        yield number, table, lines[number - 1] if number - 1 < len(lines) else 1


def _figures(tables: Any, check: _Checker) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    for number, table, line in _tables(tables, "figure", check):
        what = f"figure {number}"
        check.unknown_keys(table, FIGURE_KEYS, line)
        texts = {
            key: check.text_value(table, key, line, what)
            for key in ("id", "label", "place", "source", "meaning")
        }
        value = _number(table, "value", line, what, check)
        year = table.get("year")
        if year is None:
            check.add(line, f"{what} has no 'year'")
        elif isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
            check.add(
                line_of(check.text, "year", line), f"{what}: 'year' must be a year such as 2021"
            )
            year = None
        figure_id = texts["id"]
        if figure_id is not None and not ID.match(figure_id):
            check.add(
                line_of(check.text, "id", line), "id must be lower-case letters, digits and '-'"
            )
            figure_id = None
        if figure_id in figures:
            check.add(
                line_of(check.text, "id", line), f"id '{figure_id}' is used by another figure"
            )
            continue
        if figure_id is None or value is None or year is None or None in texts.values():
            continue
        figures[figure_id] = Figure(
            id=figure_id,
            short=str(table.get("short", texts["label"])),
            label=str(texts["label"]),
            value=value,
            year=year,
            place=str(texts["place"]),
            source=str(texts["source"]),
            meaning=str(texts["meaning"]),
        )
    return figures


def _number(table: dict[str, Any], key: str, line: int, what: str, check: _Checker) -> float | None:
    value = table.get(key)
    if value is None:
        check.add(line, f"{what} has no '{key}'")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        check.add(
            line_of(check.text, key, line),
            f"{what}: '{key}' must be a number without quotes (such as 1103), not {value!r}",
        )
        return None
    if value < 0:
        check.add(line_of(check.text, key, line), f"{what}: '{key}' must not be negative")
        return None
    return float(value)


def _derived(tables: Any, figures: dict[str, Figure], check: _Checker) -> list[DerivedFigure]:
    derived: list[DerivedFigure] = []
    for number, table, line in _tables(tables, "derived", check):
        what = f"derived figure {number}"
        check.unknown_keys(table, DERIVED_KEYS, line)
        texts = {
            key: check.text_value(table, key, line, what)
            for key in ("id", "label", "numerator", "denominator", "kind", "meaning")
        }
        if None in texts.values():
            continue
        if texts["kind"] not in KINDS:
            check.add(line_of(check.text, "kind", line), f"{what}: 'kind' must be one of {KINDS}")
            continue
        parts = []
        for key in ("numerator", "denominator"):
            found = figures.get(str(texts[key]))
            if found is None:
                check.add(
                    line_of(check.text, key, line),
                    f"{what}: '{key}' names no figure: '{texts[key]}'"
                    f"{suggest(str(texts[key]), list(figures))}",
                )
            parts.append(found)
        numerator, denominator = parts
        if numerator is None or denominator is None:
            continue
        if denominator.value == 0:
            check.add(
                line_of(check.text, "denominator", line),
                f"{what} divides by zero: figure '{denominator.id}' is 0",
            )
            continue
        derived.append(
            DerivedFigure(
                id=str(texts["id"]),
                short=str(table.get("short", texts["label"])),
                label=str(texts["label"]),
                numerator=numerator,
                denominator=denominator,
                kind=str(texts["kind"]),
                meaning=str(texts["meaning"]),
            )
        )
    return derived
