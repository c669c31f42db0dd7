"""The staff commands: validate, settings, and starting on a bad settings file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import paths, settings
from kiosk.cli import main


def copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), root)
    return root


def test_validate_builtin_content_prints_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "OK" in out[0]


def test_validate_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_content(tmp_path)
    page = root / "en" / "article" / "02-kansas-city.md"
    page.write_text(page.read_text().replace("title:", "titel:"), encoding="utf-8")
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert (
        "content/en/article/02-kansas-city.md:3: unknown key 'titel' (did you mean 'title'?)" in out
    )


def test_validate_reports_every_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_content(tmp_path)
    (root / "en" / "article" / "03-geography.md").write_text("", encoding="utf-8")
    (root / "en" / "article" / "04-economy.md").write_text("no header\n", encoding="utf-8")
    (root / "en" / "language.toml").write_text(
        (root / "en" / "language.toml").read_text().replace('name = "English"', "name = English"),
        encoding="utf-8",
    )
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert "03-geography.md:1: is empty" in out
    assert "04-economy.md:1: has no metadata header" in out
    assert "language.toml:2: is not valid TOML" in out


def test_settings_unknown_key_suggests_and_bad_value_names_the_rule() -> None:
    parsed = settings.parse(
        {"idle": {"timout_seconds": 5, "warning_seconds": "soon"}, "display": {"fullscreen": 1}}
    )
    text = "\n".join(parsed.messages)
    assert "unknown key 'idle.timout_seconds' ignored; did you mean 'idle.timeout_seconds'?" in text
    assert "'idle.warning_seconds' must be a number from 0.05 to 600, not 'soon'; using 30" in text
    assert "'display.fullscreen' must be true or false" in text
    assert parsed["idle.timeout_seconds"] == 120 and parsed["idle.warning_seconds"] == 30


def test_settings_file_that_cannot_be_parsed_gives_defaults(tmp_path: Path) -> None:
    bad = tmp_path / "kiosk.toml"
    bad.write_text("[idle\ntimeout_seconds = 5\n", encoding="utf-8")
    loaded = settings.load(bad)
    assert loaded.values == settings.Settings().values
    assert str(bad) in loaded.messages[0]


def test_settings_read_from_file(tmp_path: Path) -> None:
    good = tmp_path / "kiosk.toml"
    good.write_text("[idle]\ntimeout_seconds = 90\n[display]\nfullscreen = false\n", "utf-8")
    loaded = settings.load(good)
    assert loaded["idle.timeout_seconds"] == 90 and loaded["display.fullscreen"] is False
    assert loaded.messages == ()


def test_documented_settings_parse_back_to_the_defaults() -> None:
    import tomllib

    assert settings.parse(tomllib.loads(settings.describe())).values == settings.Settings().values


def test_kiosk_starts_on_defaults_despite_a_bad_settings_file(
    tmp_path: Path, qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    from kiosk.app import create_kiosk

    bad = tmp_path / "kiosk.toml"
    bad.write_text('[idle]\ntimeout_secs = 1\n[display]\nfullscreen = "yes"\n', "utf-8")
    loaded = settings.load(bad).replace(display__fullscreen=False, speech__engine="mock")
    kiosk = create_kiosk(loaded)
    try:
        assert kiosk.window.isVisible()
        assert kiosk.window.current.screen_id == "attract"
        assert "did you mean 'idle.timeout_seconds'" in caplog.text
    finally:
        kiosk.monitor.stop()
        kiosk.window.close()
        kiosk.window.deleteLater()
