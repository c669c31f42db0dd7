"""The statistics screen: counting numbers, the chart, derived figures and each figure's story."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.app import Kiosk
from kiosk.ui.screens.statistics import StatisticsScreen
from tests.conftest import Finger, MakeKiosk, open_tile


def test_numbers_count_up_to_the_articles_figures(
    make_kiosk: MakeKiosk, finger: Finger, qtbot
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(**{"idle.timeout_seconds": 30.0})
    finger.tap(kiosk.window.current)
    screen = open_tile(kiosk, finger, StatisticsScreen)
    first = screen.figure_buttons[0]
    assert first.counting
    with qtbot.waitSignal(first.counted, timeout=5000):
        pass
    shown = [b.number_text() for b in screen.figure_buttons]
    assert shown == ["1,103", "240", "327"]
    assert [b.text() for b in screen.figure_buttons] == [
        "1,103 signals",
        "240 cases",
        "327 victims",
    ]
    assert "1,103 signals, 240 cases, 327 victims" in screen.chart.accessibleName()
    assert screen.chart.isVisible() and screen.chart.height() > 0


def test_derived_figures_are_computed_and_say_so(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, StatisticsScreen)
    texts = [b.text() for b in screen.derived_buttons]
    assert texts == [
        "22% of signals became cases (worked out by the kiosk)",
        "1.4 victims per case (worked out by the kiosk)",
    ]
    finger.tap(screen.derived_buttons[0])
    assert "240 cases ÷ 1,103 signals" in screen._detail_derived.text()
    assert "does not state it" in screen._detail_derived.text()


def test_tapping_each_figure_opens_its_meaning_year_and_source(
    kiosk: Kiosk, finger: Finger
) -> None:
    screen = open_tile(kiosk, finger, StatisticsScreen)
    statistics = screen.statistics
    assert statistics is not None
    for index, figure in enumerate(statistics.figures):
        finger.tap(screen.figure_buttons[index])
        assert screen.detail.isVisible()
        assert screen._detail_title.text() == figure.label
        facts = screen._detail_facts.text()
        assert "2021" in facts and "Missouri" in facts and figure.source in facts
        assert screen._detail_meaning.text() == figure.meaning
        finger.tap(screen.close_button)
        assert screen.overview.isVisible()


def test_back_closes_an_open_figure_before_leaving(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, StatisticsScreen)
    finger.tap(screen.figure_buttons[1])
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current is screen and screen.overview.isVisible()
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current.screen_id == "home"


def test_quick_exit_closes_the_open_figure(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, StatisticsScreen)
    finger.tap(screen.figure_buttons[2])
    finger.tap(kiosk.window.bar.quick_exit_button)
    assert screen.opened is None
    kiosk.window.open("statistics", animate=False)
    QApplication.processEvents()
    assert screen.overview.isVisible()


def test_a_figure_added_to_the_file_appears(
    tmp_path: Path, make_kiosk: MakeKiosk, finger: Finger
) -> None:
    root = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), root)
    for language in ("en", "es"):
        path = root / language / "statistics.toml"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        extra = (
            '\n[[figure]]\nid = "survivors-helped"\nshort = "people helped"\n'
            'label = "People helped"\nvalue = 58\nyear = 2022\nplace = "Kansas City"\n'
            'source = "A local count"\nmeaning = "People who got help."\n'
        )
        head, sep, tail = text.partition("\n[[derived]]")
        path.write_text(head + extra + "\n" + sep + tail, encoding="utf-8")
    made = make_kiosk(content=root)
    finger.tap(made.window.current)
    screen = open_tile(made, finger, StatisticsScreen)
    assert [b.text() for b in screen.figure_buttons][-1] == "58 people helped"
    finger.tap(screen.figure_buttons[-1])
    assert "2022" in screen._detail_facts.text()
