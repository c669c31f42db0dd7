"""A monkey at the kiosk: thousands of random touches, seeded and repeatable.

Taps at random points, taps on whatever buttons are on screen, swipes, two-finger
touches, quick exits and walking away (the idle cycle, with shortened timers).
After every event the kiosk must be on a valid screen, with nothing raised and
nothing logged as an error; Qt warnings fail the test (``qt_log_level_fail``).

``make test`` sends 3,000 events; ``make bench`` (or ``KIOSK_MONKEY_EVENTS=10000``)
sends the full 10,000. ``KIOSK_MONKEY_SEED`` picks another run; a failure names
the seed and the event, and lists the events before it.
"""

from __future__ import annotations

import logging
import os
import random
from collections import deque

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.app import Kiosk
from tests.conftest import MakeKiosk

EVENTS = int(os.environ.get("KIOSK_MONKEY_EVENTS", "3000"))
SEED = int(os.environ.get("KIOSK_MONKEY_SEED", "6"))
# Buttons that restyle the whole window are pressed less often: each costs a full restyle.
RARE = {"TextSize": 0.15, "Contrast": 0.15, "Language": 0.3}
# Quick exit has an action of its own.
NOT_RANDOM = {"QuickExit"}
TIMERS = {
    "idle.timeout_seconds": 0.1,
    "idle.warning_seconds": 0.08,
    "attract.rotate_seconds": 0.05,
    "display.transition_ms": 30,
}


class Monkey:
    """Sends one random event at a time to the kiosk's window."""

    def __init__(self, kiosk: Kiosk, device: QPointingDevice, qtbot: object, seed: int) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.device = device
        self.qtbot = qtbot
        self.random = random.Random(seed)
        self.done: deque[str] = deque(maxlen=25)
        self.visited: set[str] = set()
        self.window.screen_changed.connect(self.visited.add)
        self.actions = [
            (self.tap_anywhere, 30),
            (self.tap_a_button, 40),
            (self.swipe, 14),
            (self.two_fingers, 3),
            (self.quick_exit, 0.5),
            (self.walk_away, 0.3),
            (self.wait_for_warning, 0.3),
        ]

    def step(self) -> None:
        if self.window.current.screen_id == "neutral" and self.random.random() < 0.7:
            action = self.walk_away  # nothing to do on the neutral screen but leave
        else:
            choices, weights = zip(*self.actions, strict=True)
            action = self.random.choices(choices, weights)[0]
        action()
        QApplication.processEvents()

    def point(self) -> QPoint:
        return QPoint(
            self.random.randrange(self.window.width()), self.random.randrange(self.window.height())
        )

    def touch(self, press: list[QPoint], moves: list[list[QPoint]], release: list[QPoint]) -> None:
        """Press, move and lift fingers on the window, in window coordinates."""
        window = self.window
        sequence = QTest.touchEvent(window, self.device)
        for finger, where in enumerate(press):
            sequence.press(finger, where, window)
        sequence.commit()
        for step in moves:
            sequence = QTest.touchEvent(window, self.device)
            for finger, where in enumerate(step):
                sequence.move(finger, where, window)
            sequence.commit()
        sequence = QTest.touchEvent(window, self.device)
        for finger, where in enumerate(release):
            sequence.release(finger, where, window)
        sequence.commit()

    def tap_anywhere(self) -> None:
        where = self.point()
        self.done.append(f"tap at {where.x()},{where.y()}")
        self.touch([where], [], [where])

    def tap_a_button(self) -> None:
        buttons = sorted(
            (
                b
                for b in self.window.findChildren(QAbstractButton)
                if b.isVisible()
                and b.isEnabled()
                and b.objectName() not in NOT_RANDOM
                and self.window.rect().contains(self.centre(b))
            ),
            key=self.name,
        )
        if not buttons:
            self.tap_anywhere()
            return
        weights = [RARE.get(b.objectName(), 1.0) for b in buttons]
        button = self.random.choices(buttons, weights)[0]
        self.done.append(f"tap button {self.name(button)}")
        where = self.centre(button)
        self.touch([where], [], [where])

    def centre(self, widget: QWidget) -> QPoint:
        return widget.mapTo(self.window, widget.rect().center())

    @staticmethod
    def name(widget: QWidget) -> str:
        text = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        return f"{widget.objectName() or type(widget).__name__} {text[:30]!r}"

    def swipe(self) -> None:
        start = self.point()
        end = start + QPoint(self.random.randint(-900, 900), self.random.randint(-300, 300))
        steps = self.random.randint(2, 10)
        path = [
            start + (end - start) * step / steps  # type: ignore[operator]
            for step in range(1, steps + 1)
        ]
        self.done.append(f"swipe {start.x()},{start.y()} -> {end.x()},{end.y()}")
        self.touch([start], [[p] for p in path], [end])

    def two_fingers(self) -> None:
        first, second = self.point(), self.point()
        self.done.append("two fingers")
        shift = QPoint(self.random.randint(-200, 200), 0)
        self.touch([first, second], [[first + shift, second - shift]], [first, second])

    def quick_exit(self) -> None:
        button = self.window.bar.quick_exit_button
        if not button.isVisible():
            self.tap_anywhere()
            return
        self.done.append("quick exit")
        where = self.centre(button)
        self.touch([where], [], [where])

    def stop_reading(self) -> None:
        """The kiosk never times out while it reads aloud: press Stop first."""
        button = self.window.access_bar.read_button
        if self.window.reader.speaking and button.isVisible():
            self.done.append("stop reading")
            where = self.centre(button)
            self.touch([where], [], [where])
            QApplication.processEvents()
        assert not self.window.reader.speaking

    def walk_away(self) -> None:
        """Leave the kiosk alone until it clears the visit (the attract screen has none)."""
        self.stop_reading()
        if self.window.current.screen_id == "attract":
            self.done.append("stand by the attract screen")
            return
        self.done.append("walk away")
        with self.qtbot.waitSignal(self.window.visit_cleared, timeout=5000):  # type: ignore[attr-defined]
            pass

    def wait_for_warning(self) -> None:
        """Stand still until "Still there?", then touch somewhere to stay."""
        if self.window.current.screen_id in ("attract", "neutral"):
            self.walk_away()
            return
        self.stop_reading()
        if self.window.notice.isVisible():
            self.tap_anywhere()
            return
        self.done.append("wait for the warning")
        with self.qtbot.waitSignal(self.kiosk.monitor.warning, timeout=5000):  # type: ignore[attr-defined]
            pass
        assert self.window.notice.isVisible()
        self.tap_anywhere()

    def check(self, index: int) -> None:
        """The kiosk is on one of its screens, shown as that screen should be."""
        window = self.window
        current = window.current
        where = f"seed {SEED}, event {index}; last events: {list(self.done)}"
        assert window.screens.get(current.screen_id) is current, where
        assert window.isVisible() and current.isVisible(), where
        assert window.bar.isVisible() == current.shows_bar, where
        assert self.kiosk.guard.caught == 0, where
        if window.notice.isVisible():
            assert current.shows_bar, f"a notice over {current.screen_id}: {where}"


@pytest.fixture
def monkey_kiosk(make_kiosk: MakeKiosk) -> Kiosk:
    return make_kiosk(**TIMERS)


def test_monkey(
    monkey_kiosk: Kiosk,
    touch_device: QPointingDevice,
    qtbot: object,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    monkey = Monkey(monkey_kiosk, touch_device, qtbot, SEED)
    for index in range(EVENTS):
        monkey.step()
        monkey.check(index)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors[0].getMessage()

    window = monkey_kiosk.window
    if EVENTS >= 2000:
        assert set(window.screens) <= monkey.visited, "the monkey reached every screen"
    monkey.walk_away()
    assert window.current.screen_id == "attract"
    where = window.current.rect().center()
    monkey.touch([where], [], [where])
    assert window.current.screen_id == "home"
