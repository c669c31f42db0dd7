"""A visitor cannot leave the kiosk: closing keys, right clicks, menus and links do nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.content.render import to_html
from tests.conftest import Finger, MakeKiosk

Key = Qt.Key
Mod = Qt.KeyboardModifier


class KeySpy(QObject):
    """Records the keys that reach the object it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.keys.append(event.key())  # type: ignore[attr-defined]
        return False


@pytest.fixture
def home(make_kiosk: MakeKiosk, finger: Finger, tmp_path: Path) -> Kiosk:
    made = make_kiosk(**{"usage.folder": str(tmp_path)})
    finger.tap(made.window.current)
    return made


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Key.Key_F4, Mod.AltModifier),
        (Key.Key_Escape, Mod.NoModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_F4, Mod.ControlModifier),
    ],
    ids=["alt-f4", "escape", "ctrl-w", "ctrl-q", "ctrl-f4"],
)
def test_closing_keys_never_reach_the_kiosk(
    home: Kiosk, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    window = home.window
    spy = KeySpy()
    window.installEventFilter(spy)
    QTest.keyClick(window, key, modifier)
    QTest.keyClick(window, Key.Key_A)
    window.removeEventFilter(spy)
    assert key not in spy.keys and Key.Key_A in spy.keys
    assert window.isVisible() and window.current.screen_id == "home"


def test_a_right_click_does_nothing(home: Kiosk) -> None:
    tile = home.window.current.findChildren(type(home.window.bar.home_button), "Tile")[0]
    QTest.mouseClick(tile, Qt.MouseButton.RightButton)
    assert home.window.current.screen_id == "home"
    QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert home.window.current.screen_id != "home"


@pytest.mark.parametrize("reason", [QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Other])
def test_context_menus_and_press_and_hold_open_nothing(
    home: Kiosk, finger: Finger, reason: QContextMenuEvent.Reason
) -> None:
    window = home.window
    window.open("article")
    view = window.screens["article"].view  # type: ignore[attr-defined]
    event = QContextMenuEvent(reason, QPoint(20, 20), view.viewport().mapToGlobal(QPoint(20, 20)))
    QApplication.sendEvent(view.viewport(), event)
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is None
    assert home.lockdown.swallowed >= 1


def test_outside_links_are_plain_text_and_never_opened(home: Kiosk) -> None:
    html = to_html("Call [the hotline](https://humantraffickinghotline.org) now.")
    assert "<a" not in html and "humantraffickinghotline.org" in html
    for url in ("https://example.org", "http://example.org/x", "mailto:someone@example.org"):
        QDesktopServices.openUrl(QUrl(url))
    assert home.lockdown.opened == [
        "https://example.org",
        "http://example.org/x",
        "mailto:someone@example.org",
    ]


def test_full_screen_is_frameless_and_on_top(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk = make_kiosk(**{"display.fullscreen": True, "usage.folder": str(tmp_path)})
    flags = kiosk.window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.window.isFullScreen()
