"""The Qt binding in use keeps Python's reference counts: a kiosk runs for weeks."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def test_calls_that_return_nothing_leave_none_alone(qapp: object) -> None:
    label, widget, font = QLabel(), QWidget(), QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        widget.update()
        font.setPixelSize(12)
    assert abs(sys.getrefcount(None) - before) < 50
