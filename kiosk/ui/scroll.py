"""A vertical page that a finger scrolls, for screens taller than a small display."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget


class ScrollPage(QScrollArea):
    """Holds ``body``; kinetic scrolling by touch, never sideways."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("Screen")
        self.column = QVBoxLayout(self.body)
        self.setWidget(self.body)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def to_top(self) -> None:
        """Stop any fling and scroll back to the top."""
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
