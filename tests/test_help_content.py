"""help.toml and the factor files: `kiosk validate` names each mistake with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.cli import main
from kiosk.content import load_content

HELP = "content/en/help.toml"


def copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), root)
    return root


def line_with(text: str, needle: str, after: str = "") -> int:
    """The number of the first line holding ``needle`` (after the line holding ``after``)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines[start:], start + 1) if needle in line)


def break_help(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    root = copy_content(tmp_path)
    path = root / "en" / "help.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return root, text


def validate(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["validate", str(root)]) == 1
    return capsys.readouterr().out


# (text to replace, replacement, text on the line reported, message)
CASES = [
    (
        'checked = "2026-11-25"',
        'checked = "25/11/2026"',
        "checked =",
        "'checked' must be a date written YYYY-MM-DD, not '25/11/2026'",
    ),
    (
        'checked = "2026-11-25"',
        'checked = "2026-02-30"',
        "checked =",
        "'checked' is not a real date (day is out of range for month)",
    ),
    (
        'checked = "2026-11-25"',
        'checked = ""',
        "checked =",
        "'checked' must be a date written YYYY-MM-DD, not ''",
    ),
    (
        'link = "tel:+18883737888"',
        'link = "https://humantraffickinghotline.org"',
        "https://",
        "link 'https://humantraffickinghotline.org' must start with 'tel:' for a call "
        "(QR codes may hold only tel: and sms: links)",
    ),
    (
        'link = "sms:233733?body=BeFree"',
        'link = "tel:233733"',
        'link = "tel:233733"',
        "link 'tel:233733' must start with 'sms:' for a text",
    ),
    (
        'link = "tel:+18883737888"',
        'link = "tel:+18883737889"',
        "tel:+18883737889",
        "link 'tel:+18883737889' does not reach the number shown, '1-888-373-7888'",
    ),
    (
        'link = "sms:233733?body=BeFree"',
        'link = "sms:233733&body=BeFree"',
        "sms:233733&body",
        "link 'sms:233733&body=BeFree' is not a sms: link like 'sms:233733?body=BeFree'",
    ),
    (
        'link = "tel:+18164685463"',
        'link = "tel:816-HOTLINE"',
        "tel:816-HOTLINE",
        "link 'tel:816-HOTLINE' is not a tel: link like 'tel:+18883737888'",
    ),
    (
        'kind = "call"\nnumber = "911"',
        'kind = "fax"\nnumber = "911"',
        'kind = "fax"',
        "kind 'fax' is not one of: call, text, tty",
    ),
    (
        'hours = "24 hours a day, 7 days a week"\n',
        'hourz = "24 hours a day, 7 days a week"\n',
        "hourz =",
        "unknown key 'hourz' in [[line]] emergency (did you mean 'hours'?)",
    ),
    (
        'name = "Emergency: 911"',
        'name = "   "',
        'name = "   "',
        "'name' in [[line]] emergency must be a non-empty text",
    ),
    (
        "checked = ",
        "checked == ",
        "checked ==",
        "is not valid TOML",
    ),
]


@pytest.mark.parametrize(("old", "new", "where", "message"), CASES)
def test_each_mistake_is_named_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, where: str, message: str
) -> None:
    root, text = break_help(tmp_path, old, new)
    out = validate(root, capsys)
    assert f"{HELP}:{line_with(text, where)}: {message}" in out, out


def test_a_missing_field_is_reported_at_its_line_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = 'purpose = "When someone is in danger right now."\n'
    root, text = break_help(tmp_path, old, "")
    header = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[line]]"][1]
    out = validate(root, capsys)
    assert f"{HELP}:{header}: [[line]] emergency has no 'purpose'" in out, out
    assert header == line_with(text, 'id = "emergency"') - 1


def test_a_contact_without_a_link_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, text = break_help(tmp_path, 'link = "tel:911"\n', "")
    contact = line_with(text, "[[line.contact]]", after='id = "emergency"')
    out = validate(root, capsys)
    assert f"{HELP}:{contact}: a [[line.contact]] of [[line]] emergency has no 'link'" in out


def test_a_duplicate_id_names_the_first_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, text = break_help(tmp_path, 'id = "emergency"', 'id = "hotline"')
    first = next(n for n, line in enumerate(text.splitlines(), 1) if line == "[[line]]")
    second = [n for n, line in enumerate(text.splitlines(), 1) if line == 'id = "hotline"'][1]
    out = validate(root, capsys)
    assert f"{HELP}:{second}: id 'hotline' is already used by the [[line]] at line {first}" in out


def test_a_missing_date_and_no_lines_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_content(tmp_path)
    for language in ("en", "es"):
        if (root / language).is_dir():
            (root / language / "help.toml").write_text('calling = "Answered."\n', encoding="utf-8")
    out = validate(root, capsys)
    assert f"{HELP}:1: help.toml has no 'checked' date" in out
    assert f"{HELP}:1: help.toml has no [[line]]: add at least one place to get help" in out
    assert f"{root}:0: no language has a valid help.toml" in out


def test_a_broken_line_is_left_out_and_the_good_ones_stay(tmp_path: Path) -> None:
    root, _ = break_help(tmp_path, 'link = "tel:+18164685463"', 'link = "tel:+18164685460"')
    content = load_content(root)
    help_content = content.languages["en"].help
    assert help_content is not None
    ids = [line.id for line in help_content.lines]
    assert "kc-shelters" not in ids and ids[0] == "hotline" and "mocsa" in ids


def test_a_broken_factor_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_content(tmp_path)
    path = root / "en" / "factors" / "02-economy.md"
    path.write_text(path.read_text(encoding="utf-8").replace("summary:", "sumary:"), "utf-8")
    out = validate(root, capsys)
    assert (
        "content/en/factors/02-economy.md:4: unknown key 'sumary' (did you mean 'summary'?)" in out
    )


def test_the_builtin_help_and_factors_are_valid() -> None:
    content = load_content(paths.builtin_content())
    assert content.problems == ()
    english = content.languages["en"]
    assert english.help is not None and english.help.featured.id == "hotline"
    assert [f.id for f in english.factors] == [
        "caveat",
        "geography",
        "economy",
        "culture",
        "acting-together",
    ]
    for line in english.help.lines:
        assert line.source and line.contacts
        for contact in line.contacts:
            assert contact.link.startswith(("tel:", "sms:"))
