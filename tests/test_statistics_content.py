"""`kiosk validate` names the file and line of each kind of broken statistics file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.cli import main


def broken(tmp_path: Path, old: str, new: str) -> Path:
    root = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), root)
    path = root / "en" / "statistics.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def line_of(root: Path, needle: str) -> int:
    lines = (root / "en" / "statistics.toml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def table_starts(root: Path) -> list[int]:
    lines = (root / "en" / "statistics.toml").read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if line.startswith("[[")]


CASES = [
    (
        "value = 240",
        'value = "240"',
        'value = "240"',
        "figure 2: 'value' must be a number without quotes (such as 1103), not '240'",
    ),
    ("value = 327\n", "", 'label = "Victims involved', "figure 3 has no 'value'"),
    (
        'year = 2021\nplace = "Missouri"\nsource',
        'year = "last year"\nplace = "Missouri"\nsource',
        'year = "last year"',
        "figure 1: 'year' must be a year such as 2021",
    ),
    (
        "value = 240",
        "value = 0",
        'denominator = "cases"',
        "derived figure 2 divides by zero: figure 'cases' is 0",
    ),
    (
        'numerator = "cases"',
        'numerator = "case"',
        'numerator = "case"',
        "derived figure 1: 'numerator' names no figure: 'case' (did you mean 'cases'?)",
    ),
    (
        'meaning = "Many cases',
        'meening = "Many cases',
        "meening",
        "unknown key 'meening' (did you mean 'meaning'?)",
    ),
    (
        'kind = "ratio"',
        'kind = "fraction"',
        'kind = "fraction"',
        "derived figure 2: 'kind' must be one of ('percent', 'ratio')",
    ),
]


@pytest.mark.parametrize(("old", "new", "at", "message"), CASES)
def test_each_broken_figure_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, at: str, message: str
) -> None:
    root = broken(tmp_path, old, new)
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    line = line_of(root, at)
    if "has no" in message:
        line = max(n for n in table_starts(root) if n < line)
    expected = f"content/en/statistics.toml:{line}: {message}"
    assert expected in out, out


def test_malformed_toml_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, "value = 1103", "value = 1,103")
    assert main(["validate", str(root)]) == 1
    line = line_of(root, "value = 1,103")
    assert f"content/en/statistics.toml:{line}: is not valid TOML" in capsys.readouterr().out


def test_the_valid_figures_still_load_beside_a_broken_one(tmp_path: Path) -> None:
    from kiosk.content import load_content

    root = broken(tmp_path, "value = 240", 'value = "many"')
    statistics = load_content(root).languages["en"].statistics
    assert statistics is not None
    assert [f.id for f in statistics.figures] == ["signals", "victims"]
    assert [d.id for d in statistics.derived] == [], "both derived figures need 'cases'"
