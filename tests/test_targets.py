"""Every touch target is at least 48x48 at 800x480 and is named as it reads; nothing is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from kiosk.ui.theme import MIN_TARGET
from tests.conftest import MakeKiosk

SIZES = [(800, 480), (1920, 1080), (1080, 1920)]


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root) and b.isVisible()]


def reachable_area(widget: QWidget, window: QWidget) -> QWidget:
    """The page a finger can scroll ``widget`` into view on, or the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QScrollArea):
            return parent.parentWidget().widget()  # type: ignore[union-attr]
        parent = parent.parentWidget()
    return window


def screens_to_check(window: QWidget) -> list[str]:
    from kiosk.ui.window import SCREEN_IDS

    return list(SCREEN_IDS)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_targets_are_big_named_and_inside_the_window(
    make_kiosk: MakeKiosk, width: int, height: int
) -> None:
    kiosk = make_kiosk(width, height)
    window = kiosk.window
    checked = 0
    for screen_id in screens_to_check(window):
        window.open(screen_id, animate=False)
        QApplication.processEvents()
        for button in visible_buttons(window):
            where = f"{screen_id}: {button.text()!r}"
            assert button.width() >= MIN_TARGET and button.height() >= MIN_TARGET, where
            assert button.accessibleName() == button.text().replace("\n", " "), where
            assert button.text().strip(), where
            frame = reachable_area(button, window)
            top_left = button.mapTo(frame, button.rect().topLeft())
            bottom_right = button.mapTo(frame, button.rect().bottomRight())
            assert frame.rect().contains(top_left) and frame.rect().contains(bottom_right), where
            hint = button.sizeHint()
            assert button.width() >= hint.width() * 0.98, f"{where} is squeezed: label clipped"
            checked += 1
    assert checked >= 12


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_labels_fit_their_text(make_kiosk: MakeKiosk, width: int, height: int) -> None:
    kiosk = make_kiosk(width, height)
    window = kiosk.window
    for screen_id in screens_to_check(window):
        window.open(screen_id, animate=False)
        QApplication.processEvents()
        for text in window.findChildren(QLabel):
            if not text.isVisible() or not text.text() or not text.wordWrap():
                continue
            needed = text.heightForWidth(text.width())
            assert text.height() >= needed - 2, f"{screen_id}: {text.text()[:40]!r} is cut off"
