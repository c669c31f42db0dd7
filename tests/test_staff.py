"""Staff leave through a hidden corner gesture and a PIN; a new install is never a trap."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import pin
from kiosk.app import Kiosk
from kiosk.ui.theme import MIN_TARGET
from tests.conftest import Finger, MakeKiosk

PIN = "2468"
HASH = pin.hash_pin(PIN)
CORNER = QPoint(12, 12)


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Exit codes the kiosk asked the application for (the event loop keeps running)."""
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    return codes


def staff_kiosk(
    make_kiosk: MakeKiosk, tmp_path: Path, pin_hash: str = HASH, **more: object
) -> Kiosk:
    settings = {
        "staff.pin_hash": pin_hash,
        "staff.hold_seconds": 0.05,
        "staff.pin_delay_seconds": 0.2,
        "idle.timeout_seconds": 60,
        "usage.folder": str(tmp_path),
        **more,
    }
    return make_kiosk(**settings)


def gesture(kiosk: Kiosk, finger: Finger, qtbot: QtBot, taps: int = 4) -> None:
    """Tap the top-left corner ``taps`` times, then press and hold it until the gesture fires."""
    window = kiosk.window
    for _ in range(taps):
        finger.tap(window, CORNER)
    device = finger.device
    with qtbot.waitSignal(kiosk.staff.gesture.triggered, timeout=2000):
        QTest.touchEvent(window, device).press(0, CORNER, window).commit()
    QTest.touchEvent(window, device).release(0, CORNER, window).commit()
    QApplication.processEvents()


def enter(kiosk: Kiosk, finger: Finger, digits: str) -> None:
    for digit in [*digits, "OK"]:
        finger.tap(kiosk.staff.pad.keys[digit])


def test_the_gesture_opens_a_large_pin_pad_and_the_right_pin_the_menu(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path, exits: list[int]
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path)
    gesture(kiosk, finger, qtbot)
    pad = kiosk.staff.pad
    assert pad.isVisible() and not kiosk.staff.menu.isVisible()
    for key in [*pad.keys.values(), pad.cancel_button]:
        assert key.width() >= MIN_TARGET and key.height() >= MIN_TARGET
        assert key.accessibleName() == key.text()
    enter(kiosk, finger, PIN)
    menu = kiosk.staff.menu
    assert menu.isVisible() and not pad.isVisible()
    finger.tap(menu.usage_button)
    assert "Visits" in menu.report.toPlainText()
    finger.tap(menu.reload_button)
    assert "Content reloaded" in menu.status.text()
    assert menu.isVisible() and kiosk.window.current.screen_id == "attract"
    assert exits == []
    finger.tap(menu.exit_button)
    assert exits == [0]
    assert not kiosk.window.isVisible()


def test_a_wrong_pin_says_so_and_opens_nothing(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path)
    gesture(kiosk, finger, qtbot)
    enter(kiosk, finger, "1357")
    pad = kiosk.staff.pad
    assert pad.isVisible() and not kiosk.staff.menu.isVisible()
    assert "Wrong PIN" in pad.message.text()
    assert pad.keys["5"].isEnabled()
    finger.tap(pad.cancel_button)
    assert not pad.isVisible()


def test_wrong_pins_are_throttled_after_three(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path)
    gesture(kiosk, finger, qtbot)
    pad = kiosk.staff.pad
    for _ in range(3):
        enter(kiosk, finger, "0000")
    assert not pad.keys["2"].isEnabled() and "Wait" in pad.message.text()
    pad.press("2")
    assert pad.entered == ""
    with qtbot.waitSignal(pad.ready, timeout=2000):
        pass
    assert pad.keys["2"].isEnabled()
    enter(kiosk, finger, "0000")
    assert kiosk.staff.throttle.wait_seconds() > 0.2
    with qtbot.waitSignal(pad.ready, timeout=2000):
        pass
    enter(kiosk, finger, PIN)
    assert kiosk.staff.menu.isVisible()
    assert kiosk.staff.throttle.failures == 0


def test_with_no_pin_set_the_gesture_exits_at_once(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path, exits: list[int]
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path, pin_hash="")
    assert not kiosk.staff.has_pin
    gesture(kiosk, finger, qtbot)
    assert exits == [0]
    assert not kiosk.staff.pad.isVisible()


def test_a_malformed_pin_hash_counts_as_no_pin(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    assert not staff_kiosk(make_kiosk, tmp_path, pin_hash="2468").staff.has_pin


def test_taps_elsewhere_slow_taps_or_no_hold_do_not_open_the_pad(
    make_kiosk: MakeKiosk, finger: Finger, tmp_path: Path, touch_device: QPointingDevice
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path, **{"staff.hold_seconds": 5})
    window = kiosk.window
    detector = kiosk.staff.gesture
    for _ in range(4):
        finger.tap(window, CORNER)
    finger.tap(window, window.rect().center())
    QTest.touchEvent(window, touch_device).press(0, CORNER, window).commit()
    assert not detector.holding
    QTest.touchEvent(window, touch_device).release(0, CORNER, window).commit()
    now = [0.0]
    detector.clock = lambda: now[0]
    for _ in range(4):
        finger.tap(window, CORNER)
        now[0] += 1.0
    QTest.touchEvent(window, touch_device).press(0, CORNER, window).commit()
    assert not detector.holding
    QTest.touchEvent(window, touch_device).release(0, CORNER, window).commit()
    now[0] += 10
    for _ in range(5):
        finger.tap(window, CORNER)
    assert not detector.holding and not kiosk.staff.pad.isVisible()


def test_the_pad_closes_when_the_kiosk_resets_for_the_next_visitor(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path, **{"idle.timeout_seconds": 0.3})
    gesture(kiosk, finger, qtbot)
    assert kiosk.staff.pad.isVisible()
    with qtbot.waitSignal(kiosk.window.visit_cleared, timeout=5000):
        pass
    assert not kiosk.staff.pad.isVisible()


def test_the_menu_lists_content_problems(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path
) -> None:
    import shutil

    from kiosk import paths

    content = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), content)
    (content / "en" / "article" / "03-geography.md").write_text("", encoding="utf-8")
    kiosk = staff_kiosk(make_kiosk, tmp_path, **{"content.path": str(content)})
    gesture(kiosk, finger, qtbot)
    enter(kiosk, finger, PIN)
    menu = kiosk.staff.menu
    assert "problem(s)" in menu.status.text()
    finger.tap(menu.problems_button)
    assert "content/en/article/03-geography.md:1: is empty" in menu.report.toPlainText()


def test_menu_labels_are_whole_on_the_smallest_screen(
    make_kiosk: MakeKiosk, finger: Finger, qtbot: QtBot, tmp_path: Path
) -> None:
    kiosk = staff_kiosk(make_kiosk, tmp_path, **{"display.width": 800, "display.height": 480})
    gesture(kiosk, finger, qtbot)
    enter(kiosk, finger, PIN)
    for button in kiosk.staff.menu._buttons():
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut off"
        assert button.height() >= MIN_TARGET
