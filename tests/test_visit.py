"""Quick exit and the idle cycle: warning, dismissal, reset, attract screen, touch to start."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.ui.screens.article import ArticleScreen
from kiosk.ui.screens.attract import AttractScreen
from tests.conftest import Finger, MakeKiosk


def open_article_page(kiosk: Kiosk, finger: Finger, page: int) -> ArticleScreen:
    screen = kiosk.window.screens["article"]
    assert isinstance(screen, ArticleScreen)
    finger.tap(kiosk.window.screens["home"].tiles["article"])  # type: ignore[attr-defined]
    for _ in range(page):
        finger.tap(screen.next_button)
    screen.view.verticalScrollBar().setValue(screen.view.verticalScrollBar().maximum())
    return screen


def test_quick_exit_switches_at_once_and_clears_the_visit(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_article_page(kiosk, finger, 2)
    kiosk.context.visit.next_text_step()
    changes: list[str] = []
    kiosk.window.screen_changed.connect(changes.append)
    finger.tap(kiosk.window.bar.quick_exit_button)
    assert changes == ["neutral"], "one switch, straight to the neutral screen"
    assert kiosk.window.current.screen_id == "neutral"
    assert not kiosk.window.bar.isVisible()
    assert kiosk.window._slide.state() != kiosk.window._slide.State.Running
    assert screen.index == 0 and screen.view.verticalScrollBar().value() == 0
    assert kiosk.context.visit.text_step == 0
    assert not kiosk.window.history


def test_neutral_screen_says_nothing_about_trafficking(kiosk: Kiosk, finger: Finger) -> None:
    finger.tap(kiosk.window.bar.quick_exit_button)
    neutral = kiosk.window.current
    text = " ".join(w.text() for w in neutral.findChildren(type(kiosk.window.bar.title)))
    assert text.strip()
    for word in ("traffick", "help", "hotline", "victim", "abuse"):
        assert word not in text.lower()


def test_touching_the_neutral_screen_does_not_reveal_the_kiosk(
    kiosk: Kiosk, finger: Finger, qtbot
) -> None:  # type: ignore[no-untyped-def]
    finger.tap(kiosk.window.bar.quick_exit_button)
    finger.tap(kiosk.window.current)
    assert kiosk.window.current.screen_id == "neutral"
    with qtbot.waitSignal(kiosk.window.visit_cleared, timeout=3000) as cleared:
        pass
    assert cleared.args == ["idle"]
    assert kiosk.window.current.screen_id == "attract"


def test_the_whole_idle_cycle(kiosk: Kiosk, finger: Finger, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, monitor = kiosk.window, kiosk.monitor
    screen = open_article_page(kiosk, finger, 3)
    with qtbot.waitSignal(monitor.warning, timeout=3000):
        pass
    assert window.notice.isVisible()
    assert window.notice.heading.text() == "Still there?"
    assert window.notice.countdown.text().isdigit()
    finger.tap(window.notice)
    assert not window.notice.isVisible()
    assert window.current.screen_id == "article" and screen.index == 3

    with qtbot.waitSignal(monitor.warning, timeout=3000):
        pass
    with qtbot.waitSignal(window.visit_cleared, timeout=3000) as cleared:
        pass
    assert cleared.args == ["idle"]
    assert window.current.screen_id == "attract"
    assert not window.notice.isVisible()
    assert screen.index == 0
    assert not window.history

    finger.tap(window.current)
    assert window.current.screen_id == "home"


def test_the_countdown_counts_down(make_kiosk: MakeKiosk, finger: Finger, qtbot) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk(**{"idle.warning_seconds": 2.5})
    finger.tap(made.window.current)
    ticks: list[int] = []
    made.monitor.tick.connect(ticks.append)
    with qtbot.waitSignal(made.monitor.expired, timeout=6000):
        pass
    assert ticks[0] == 3
    assert ticks == sorted(ticks, reverse=True) and ticks[-1] < ticks[0]


def test_attract_screen_rotates_key_sentences(make_kiosk: MakeKiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk()
    attract = made.window.current
    assert isinstance(attract, AttractScreen)
    first = attract.surface.current()
    with qtbot.waitSignal(attract.timer.timeout, timeout=2000):
        pass
    assert attract.surface.current() != first
    assert "Touch to start" in attract.surface.text()
    made.window.open("home")
    QApplication.processEvents()
    assert not attract.timer.isActive(), "no rotation while hidden"


def test_quick_exit_stays_in_reach_during_the_warning(kiosk: Kiosk, finger: Finger, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(kiosk.monitor.warning, timeout=3000):
        pass
    assert kiosk.window.notice.isVisible()
    finger.tap(kiosk.window.bar.quick_exit_button)
    assert kiosk.window.current.screen_id == "neutral"
    assert not kiosk.window.notice.isVisible()
