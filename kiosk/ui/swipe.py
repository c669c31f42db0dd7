"""One-finger horizontal swipes over a widget, seen before kinetic scrolling takes the touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QTouchEvent
from PySide6.QtWidgets import QApplication, QWidget


class SwipeDetector(QObject):
    """Emits ``swiped(-1)`` for a swipe to the left (next) and ``swiped(1)`` to the right."""

    swiped = Signal(int)

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._start: QPointF | None = None
        self._last = QPointF()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        area.destroyed.connect(lambda: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            return False
        assert isinstance(event, QTouchEvent)
        points = event.points()
        if len(points) != 1:
            self._start = None
            return False
        where = points[0].globalPosition()
        if kind == QEvent.Type.TouchBegin:
            inside = self._area.isVisible() and self._area.rect().contains(
                self._area.mapFromGlobal(where).toPoint()
            )
            self._start = QPointF(where) if inside else None
            self._last = QPointF(where)
        elif self._start is not None and kind == QEvent.Type.TouchUpdate:
            self._last = QPointF(where)
        elif self._start is not None and kind == QEvent.Type.TouchEnd:
            self._last = QPointF(where)
            dx = self._last.x() - self._start.x()
            dy = self._last.y() - self._start.y()
            self._start = None
            threshold = max(60.0, self._area.width() * 0.12)
            if abs(dx) >= threshold and abs(dx) > 1.5 * abs(dy):
                self.swiped.emit(1 if dx > 0 else -1)
        else:
            self._start = None
        return False
