"""The idle monitor: notices every touch, warns after a quiet spell, then times out."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleMonitor(QObject):
    """Watches the whole application for input.

    After ``timeout`` seconds without input it emits ``warning`` and counts down
    ``warning_seconds`` with ``tick(seconds_left)``; input during the count
    emits ``dismissed``; the end of the count emits ``expired``. While held
    (for example during read-aloud) it never warns.
    """

    warning = Signal()
    tick = Signal(int)
    dismissed = Signal()
    expired = Signal()
    activity = Signal()

    def __init__(self, timeout: float, warning_seconds: float, parent: QObject | None = None):
        super().__init__(parent)
        self.warning_seconds = warning_seconds
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(max(1, round(timeout * 1000)))
        self._quiet.timeout.connect(self._warn)
        self._countdown = QTimer(self)
        self._countdown.setSingleShot(True)
        self._countdown.setInterval(max(1, round(warning_seconds * 1000)))
        self._countdown.timeout.connect(self._expire)
        self._ticker = QTimer(self)
        self._ticker.setInterval(min(1000, max(1, round(warning_seconds * 1000 / 4))))
        self._ticker.timeout.connect(self._tick)
        self._held = 0
        self._warn_first = True

    def start(self, warn: bool = True) -> None:
        """Install on the application and start the quiet timer.

        With ``warn`` False the next expiry comes without a warning (the neutral screen).
        """
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.restart(warn)

    def stop(self) -> None:
        """Stop watching and stop every timer."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for timer in (self._quiet, self._countdown, self._ticker):
            timer.stop()

    def restart(self, warn: bool = True) -> None:
        """Start the quiet spell again from now."""
        self._warn_first = warn
        self._countdown.stop()
        self._ticker.stop()
        self._quiet.start()

    def rest(self) -> None:
        """Stop counting until the next touch: nothing is left to clear (the attract screen)."""
        for timer in (self._quiet, self._countdown, self._ticker):
            timer.stop()

    def hold(self, held: bool) -> None:
        """Keep the kiosk from warning while ``held`` (nested holds count)."""
        self._held = max(0, self._held + (1 if held else -1))
        if not self._held:
            self.restart(self._warn_first)

    @property
    def warning_active(self) -> bool:
        """Whether the countdown is running."""
        return self._countdown.isActive()

    def seconds_left(self) -> int:
        """Whole seconds left on the countdown, rounded up."""
        return math.ceil(max(0, self._countdown.remainingTime()) / 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            if self._countdown.isActive():
                self.restart(self._warn_first)
                self.dismissed.emit()
                return False
            self._quiet.start()
            self.activity.emit()
        return False

    def _warn(self) -> None:
        if self._held:
            self._quiet.start()
            return
        if not self._warn_first:
            self.expired.emit()
            return
        self._countdown.start()
        self._ticker.start()
        self.warning.emit()
        self.tick.emit(math.ceil(self.warning_seconds))

    def _tick(self) -> None:
        self.tick.emit(self.seconds_left())

    def _expire(self) -> None:
        self._ticker.stop()
        self.expired.emit()
