"""Usage counts: anonymous totals per day, kept safe from full disks and corrupt files."""

from __future__ import annotations

import io
import logging
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kiosk import pin, usage
from kiosk.cli import main
from tests.conftest import Finger, MakeKiosk

DAY = date(2024, 5, 7)


def counts_in(folder: Path, day: date = DAY) -> usage.Usage:
    return usage.Usage(folder, today=lambda: day)


def test_counts_add_up_per_day_event_and_name(tmp_path: Path) -> None:
    counts = counts_in(tmp_path)
    for _ in range(3):
        assert counts.record("visit")
    counts.record("help", "national-hotline")
    counts_in(tmp_path, date(2024, 5, 8)).record("visit")
    assert counts.counts() == [
        usage.Count(DAY, "help", "national-hotline", 1),
        usage.Count(DAY, "visit", "", 3),
        usage.Count(date(2024, 5, 8), "visit", "", 1),
    ]


def test_nothing_finer_than_a_day_is_stored(tmp_path: Path) -> None:
    counts = usage.Usage(tmp_path)
    counts.record("visit")
    counts.record("screen", "home")
    db = sqlite3.connect(tmp_path / usage.FILE_NAME)
    tables = db.execute("SELECT name, sql FROM sqlite_master").fetchall()
    columns = [row[1] for row in db.execute("PRAGMA table_info(counts)")]
    rows = db.execute("SELECT * FROM counts").fetchall()
    db.close()
    assert [t[0] for t in tables if not t[0].startswith("sqlite_")] == ["counts"]
    assert columns == ["day", "event", "name", "count"]
    for day, _event, _name, _count in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)


def test_unknown_events_are_not_counted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert not counts_in(tmp_path).record("typed-text", "my secret")
    assert counts_in(tmp_path).counts() == []
    assert "unknown event" in caplog.text


def test_a_corrupt_database_is_set_aside_and_a_new_one_started(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / usage.FILE_NAME).write_bytes(b"this is not a database" * 100)
    counts = counts_in(tmp_path)
    assert counts.record("visit")
    assert counts.counts() == [usage.Count(DAY, "visit", "", 1)]
    aside = tmp_path / "usage-corrupt-1.sqlite3"
    assert aside.read_bytes().startswith(b"this is not a database")
    assert "is corrupt" in caplog.text


def test_a_folder_that_cannot_be_written_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    counts = usage.Usage(blocker / "kiosk")
    assert not counts.record("visit")
    assert not counts.record("visit")
    assert counts.counts() == []
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "counts not stored" in warnings[0].getMessage()


def test_a_full_disk_is_logged_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def full(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlite3, "connect", full)
    assert not counts_in(tmp_path).record("visit")
    assert "disk is full" in caplog.text


def test_module_record_goes_to_the_installed_counts_and_never_raises(tmp_path: Path) -> None:
    usage.install(None)
    usage.record("help", "hotline")
    counts = counts_in(tmp_path)
    usage.install(counts)
    try:
        usage.record("statistic", "arrests")
        usage.record("help", "hotline")
    finally:
        usage.install(None)
    assert [(c.event, c.name) for c in counts.counts()] == [
        ("help", "hotline"),
        ("statistic", "arrests"),
    ]


def test_a_week_report_fits_a_grant_application(tmp_path: Path) -> None:
    for offset, visits in ((0, 4), (2, 1), (6, 2)):
        counts = counts_in(tmp_path, date(2024, 5, 1 + offset))
        for _ in range(visits):
            counts.record("visit")
        counts.record("help", "hotline")
    counts.record("quick_exit")
    text = usage.report(counts, days=7)
    assert "2024-05-01 to 2024-05-07 (7 days)" in text
    visits_line = next(line for line in text.splitlines() if line.startswith("Visits"))
    assert visits_line.split()[1:] == ["4", "0", "1", "0", "0", "0", "2", "7"]
    assert "  hotline: 3" in text
    csv = usage.report(counts, days=7, as_csv=True).splitlines()
    assert csv[0] == "day,visit,screen,statistic,help,quick_exit,idle_reset"
    assert csv[1] == "2024-05-01,4,0,0,1,0,0"
    assert csv[7] == "2024-05-07,2,0,0,1,1,0"
    assert len(csv) == 8


def test_kiosk_counts_visits_screens_quick_exits_and_idle_resets(
    tmp_path: Path, make_kiosk: MakeKiosk, finger: Finger, qtbot: object
) -> None:
    kiosk = make_kiosk(**{"usage.folder": str(tmp_path)})
    window = kiosk.window
    finger.tap(window.current)
    finger.tap(window.screens["home"].findChildren(type(window.bar.home_button), "Tile")[0])
    finger.tap(window.bar.quick_exit_button)
    with qtbot.waitSignal(window.visit_cleared, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert window.current.screen_id == "attract"
    finger.tap(window.current)
    with qtbot.waitSignal(window.visit_cleared, timeout=5000):  # type: ignore[attr-defined]
        pass
    totals = usage.summary(kiosk.usage.counts())
    day = next(iter(totals.values()))
    assert day["visit"] == 2
    assert day["quick_exit"] == 1 and day["idle_reset"] == 1
    names = {c.name for c in kiosk.usage.counts() if c.event == "screen"}
    assert "home" in names and "attract" not in names and "neutral" not in names


def test_report_command_prints_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(f'[usage]\nfolder = "{tmp_path / "counts"}"\n', encoding="utf-8")
    usage.Usage(tmp_path / "counts").record("visit")
    assert main(["--config", str(config), "report", "--csv", "--days", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[2].endswith(",1,0,0,0,0,0")
    assert main(["--config", str(config), "report"]) == 0
    assert "Visits" in capsys.readouterr().out


def test_set_pin_stores_only_a_hash_and_keeps_other_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text("[idle]\ntimeout_seconds = 90\n\n[staff]\nhold_seconds = 2\n", "utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("97531\n"))
    assert main(["--config", str(config), "set-pin", "--stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("86420\n"))
    assert main(["--config", str(config), "set-pin", "--stdin"]) == 0
    text = config.read_text("utf-8")
    assert "97531" not in text and "86420" not in text
    assert "timeout_seconds = 90" in text and "hold_seconds = 2" in text
    assert text.count("pin_hash") == 1
    from kiosk import settings

    stored = settings.load(config)
    assert not stored.messages
    assert pin.verify_pin("86420", stored["staff.pin_hash"])


def test_set_pin_refuses_a_mistyped_or_short_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "settings.toml"
    answers = iter(["2468", "2469", "12", "12"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert main(["--config", str(config), "set-pin"]) == 1
    assert main(["--config", str(config), "set-pin"]) == 1
    assert not config.exists()


def test_kiosk_counts_figures_and_help_entries_opened_but_not_reopened(
    tmp_path: Path, make_kiosk: MakeKiosk, finger: Finger
) -> None:
    kiosk = make_kiosk(**{"usage.folder": str(tmp_path), "idle.timeout_seconds": 60.0})
    window = kiosk.window
    finger.tap(window.current)
    finger.tap(window.screens["home"].tiles["statistics"])  # type: ignore[attr-defined]
    statistics = window.current
    finger.tap(statistics.figure_buttons[0])  # type: ignore[attr-defined]
    finger.tap(window.bar.language_button)
    finger.tap(window.bar.home_button)
    finger.tap(window.screens["home"].tiles["help"])  # type: ignore[attr-defined]
    finger.tap(window.current.calling_card)  # type: ignore[attr-defined]
    opened = {
        (c.event, c.name): c.count for c in kiosk.usage.counts() if c.event in ("statistic", "help")
    }
    assert opened == {("statistic", "signals"): 1, ("help", "calling"): 1}
