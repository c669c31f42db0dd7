"""A visitor finds their way: tiles, Home, Back, the article's pages and swipes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.ui.screens.article import ArticleScreen
from kiosk.ui.screens.home import HomeScreen
from tests.conftest import Finger


def home(kiosk: Kiosk) -> HomeScreen:
    screen = kiosk.window.screens["home"]
    assert isinstance(screen, HomeScreen)
    return screen


def article(kiosk: Kiosk) -> ArticleScreen:
    screen = kiosk.window.screens["article"]
    assert isinstance(screen, ArticleScreen)
    return screen


@pytest.mark.parametrize("tile", ["article", "statistics", "factors", "help"])
def test_each_home_tile_opens_its_screen(kiosk: Kiosk, finger: Finger, tile: str) -> None:
    finger.tap(home(kiosk).tiles[tile])
    assert kiosk.window.current.screen_id == tile
    assert kiosk.window.bar.isVisible()
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current.screen_id == "home"


def test_home_button_returns_home_from_anywhere(kiosk: Kiosk, finger: Finger) -> None:
    finger.tap(home(kiosk).tiles["article"])
    finger.tap(article(kiosk).next_button)
    finger.tap(kiosk.window.bar.home_button)
    assert kiosk.window.current.screen_id == "home"
    assert not kiosk.window.history


def test_next_and_previous_walk_the_sections(kiosk: Kiosk, finger: Finger) -> None:
    finger.tap(home(kiosk).tiles["article"])
    screen = article(kiosk)
    titles = [s.title for s in screen.sections]
    assert len(titles) >= 5
    assert not screen.previous_button.isEnabled()
    seen = [screen._heading.text()]
    for _ in titles[1:]:
        finger.tap(screen.next_button)
        seen.append(screen._heading.text())
    assert seen == titles
    assert not screen.next_button.isEnabled()
    finger.tap(screen.previous_button)
    assert screen._heading.text() == titles[-2]


def test_swipes_turn_pages_and_vertical_drags_scroll(kiosk: Kiosk, finger: Finger) -> None:
    kiosk.window.resize(800, 480)
    finger.tap(home(kiosk).tiles["article"])
    screen = article(kiosk)
    viewport = screen.view.viewport()
    finger.swipe(viewport, dx=-300)
    assert screen.index == 1
    finger.swipe(viewport, dx=-300)
    assert screen.index == 2
    finger.swipe(viewport, dx=300)
    assert screen.index == 1
    finger.swipe(viewport, dx=20, dy=-150)
    assert screen.index == 1, "a mostly vertical drag must not turn the page"


def test_a_finger_never_selects_text(kiosk: Kiosk, finger: Finger) -> None:
    finger.tap(home(kiosk).tiles["article"])
    view = article(kiosk).view
    finger.tap(view.viewport())
    finger.swipe(view.viewport(), dx=40, dy=-60)
    assert not view.textCursor().hasSelection()


def test_back_retraces_the_way(kiosk: Kiosk, finger: Finger) -> None:
    finger.tap(home(kiosk).tiles["factors"])
    finger.tap(kiosk.window.bar.home_button)
    finger.tap(home(kiosk).tiles["help"])
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current.screen_id == "home"
    assert not kiosk.window.bar.back_button.isEnabled()


def test_page_changes_slide_without_blocking_a_tap(make_kiosk, finger: Finger) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk(**{"display.transition_ms": 5000.0})
    finger.tap(made.window.current)
    finger.tap(home(made).tiles["article"])
    assert made.window._slide.state() == made.window._slide.State.Running
    finger.tap(made.window.bar.home_button)
    QApplication.processEvents()
    assert made.window.current.screen_id == "home"
