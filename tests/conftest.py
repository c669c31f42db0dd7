"""Fixtures that build the whole kiosk and drive it with real touch events."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

# Counts, logs and settings of test kiosks go to a throwaway home, never the real one.
_HOME = tempfile.mkdtemp(prefix="kiosk-tests-")
for _name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())

# A 4K virtual screen: a window larger than the default 800x800 one drops touches outside it.
if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
    config = Path(__file__).with_name("offscreen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Kiosk, create_kiosk
from kiosk.settings import Settings
from kiosk.ui.screens.base import Screen

FAST = {
    "idle.timeout_seconds": 0.3,
    "idle.warning_seconds": 0.4,
    "attract.rotate_seconds": 0.1,
    "display.fullscreen": False,
    "display.transition_ms": 0,
    "speech.engine": "mock",
    "speech.start_delay_seconds": 0,
}


@pytest.fixture(scope="session")
def touch_device(qapp: QApplication) -> QPointingDevice:
    """One touch screen for the whole test session."""
    return QTest.createTouchDevice()


class Finger:
    """Taps and swipes on widgets, as a visitor's finger would."""

    def __init__(self, device: QPointingDevice) -> None:
        self.device = device

    def tap(self, widget: QWidget, where: QPoint | None = None) -> None:
        """Touch ``widget`` (at its centre unless told) and lift."""
        QApplication.processEvents()
        assert widget.isVisible(), f"{widget!r} is not on screen"
        point = where if where is not None else widget.rect().center()
        QTest.touchEvent(widget, self.device).press(0, point, widget).commit()
        QTest.touchEvent(widget, self.device).release(0, point, widget).commit()
        QApplication.processEvents()

    def swipe(self, widget: QWidget, dx: int, dy: int = 0, steps: int = 8) -> None:
        """Drag one finger across ``widget`` from its centre by (dx, dy)."""
        QApplication.processEvents()
        start = widget.rect().center()
        QTest.touchEvent(widget, self.device).press(0, start, widget).commit()
        for step in range(1, steps + 1):
            point = start + QPoint(dx * step // steps, dy * step // steps)
            QTest.touchEvent(widget, self.device).move(0, point, widget).commit()
            QTest.qWait(10)
        QTest.touchEvent(widget, self.device).release(0, start + QPoint(dx, dy), widget).commit()
        QApplication.processEvents()


@pytest.fixture
def finger(touch_device: QPointingDevice) -> Finger:
    """A finger on the session's touch screen."""
    return Finger(touch_device)


MakeKiosk = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(qtbot: object) -> Iterator[MakeKiosk]:
    """Build kiosks with short timers in a window of the given size; close them after."""
    made: list[Kiosk] = []

    def make(
        width: int = 1280, height: int = 800, content: Path | None = None, **changes: object
    ) -> Kiosk:
        values = {**FAST, "display.width": width, "display.height": height, **changes}
        if content is not None:
            values["content.path"] = str(content)
        settings = Settings().replace(**{k.replace(".", "__"): v for k, v in values.items()})
        kiosk = create_kiosk(settings)
        made.append(kiosk)
        QTest.qWaitForWindowExposed(kiosk.window)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.monitor.stop()
        kiosk.window.close()
        kiosk.window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk, finger: Finger) -> Kiosk:
    """A kiosk at 1280x800, touched once to leave the attract screen for home."""
    made = make_kiosk()
    finger.tap(made.window.current)
    assert made.window.current.screen_id == "home"
    return made


S = TypeVar("S", bound=Screen)


def open_tile(kiosk: Kiosk, finger: Finger, screen_class: type[S]) -> S:
    """Tap the home tile of ``screen_class``'s screen; return the screen it opened."""
    finger.tap(kiosk.window.screens["home"].tiles[screen_class.screen_id])  # type: ignore[attr-defined]
    screen = kiosk.window.current
    assert isinstance(screen, screen_class)
    return screen


def largest_text(kiosk: Kiosk, finger: Finger) -> None:
    """Tap Text size up to its largest step, 150%."""
    finger.tap(kiosk.window.access_bar.text_size_button)
    finger.tap(kiosk.window.access_bar.text_size_button)
    assert kiosk.context.visit.text_scale == 1.5
