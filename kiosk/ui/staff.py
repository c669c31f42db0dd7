"""Staff tools: the hidden corner gesture, the PIN pad, the staff menu and the usage counter.

Five taps in the top-left corner within three seconds, the fifth held, open the
PIN pad; the right PIN opens the staff menu (exit, reload content, usage
counts). With no PIN set the gesture exits at once, so a new install is never
a trap.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QInputDevice,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTouchEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk import pin, usage
from kiosk.ui.theme import MIN_TARGET
from kiosk.ui.widgets import Button, label
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

TAPS = 5
WITHIN_SECONDS = 3.0
NOT_COUNTED = ("attract", "neutral")


class CornerGesture(QObject):
    """Watches the window for ``TAPS`` presses in its top-left corner, the last one held.

    Emits ``triggered`` once the last press has been held ``hold_seconds``.
    Touches and mouse presses both count; a touch's copy as a mouse press does not.
    """

    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        hold_seconds: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self._handle: QWindow | None = None
        self._presses: deque[float] = deque(maxlen=TAPS)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(max(1, round(hold_seconds * 1000)))
        self._hold.timeout.connect(self._held)

    @property
    def holding(self) -> bool:
        """Whether the last of the taps is being held now."""
        return self._hold.isActive()

    def install(self) -> None:
        """Start watching the whole application."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def corner_size(self) -> int:
        """Side of the square in the top-left corner that counts, in pixels."""
        return max(2 * MIN_TARGET, min(self.window.width(), self.window.height()) // 8)

    def in_corner(self, point: QPointF) -> bool:
        """Whether ``point`` (window coordinates) lies in the corner."""
        side = self.corner_size()
        return 0 <= point.x() < side and 0 <= point.y() < side

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the window's own QWindow, so each touch counts once; the handle is
        # cached because asking a window being destroyed for it crashes.
        if not isinstance(watched, QWindow):
            return False
        if self._handle is None:
            self._handle = self.window.windowHandle()
        if watched is not self._handle:
            return False
        kind = event.type()
        if isinstance(event, QTouchEvent) and event.points():
            where = event.points()[0].position()
            if kind == QEvent.Type.TouchBegin:
                self._pressed(where)
            elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel) or not self.in_corner(
                where
            ):
                self._hold.stop()
        elif isinstance(event, QMouseEvent):
            if event.pointingDevice().type() == QInputDevice.DeviceType.TouchScreen:
                return False
            if kind == QEvent.Type.MouseButtonPress:
                self._pressed(event.position())
            elif kind == QEvent.Type.MouseButtonRelease:
                self._hold.stop()
        return False

    def _pressed(self, where: QPointF) -> None:
        self._hold.stop()
        if not self.in_corner(where):
            self._presses.clear()
            return
        now = self.clock()
        self._presses.append(now)
        if len(self._presses) == TAPS and now - self._presses[0] <= WITHIN_SECONDS:
            self._hold.start()

    def _held(self) -> None:
        self._presses.clear()
        log.info("staff gesture")
        self.triggered.emit()


class Overlay(QWidget):
    """Covers the whole window with a dimmed scrim and holds a card in its middle."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.host = window
        self.card = QWidget(self)
        self.card_layout: QHBoxLayout | QVBoxLayout = QVBoxLayout()
        self.card.setObjectName("Notice")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hide()

    def open(self) -> None:
        """Show over everything else in the window."""
        self.setGeometry(self.host.rect())
        self.refresh()
        self.show()
        self.raise_()
        self._place_card()

    def refresh(self) -> None:
        """Size everything for the window's theme."""

    def _place_card(self) -> None:
        gap = self.host.context.theme.gap()
        hint = self.card.sizeHint()
        width = min(self.width() - 2 * gap, hint.width())
        height = min(self.height() - 2 * gap, hint.height())
        self.card.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_card()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scrim = QColor(self.host.context.theme.palette.scrim)
        scrim.setAlpha(200)
        painter.fillRect(self.rect(), scrim)


class PinPad(Overlay):
    """A large on-screen PIN pad. Emits ``accepted`` for the right PIN.

    ``check`` says whether a PIN is right. Wrong PINs go through ``throttle``;
    while it makes staff wait the keys are off, and ``ready`` is emitted when
    they come back on.
    """

    accepted = Signal()
    ready = Signal()

    def __init__(
        self, window: KioskWindow, check: Callable[[str], bool], throttle: pin.Throttle
    ) -> None:
        super().__init__(window)
        self.check = check
        self.throttle = throttle
        self.entered = ""
        self.title = label("Staff PIN", "Title")
        self.dots = label("", "Countdown")
        self.message = label("Enter the staff PIN.")
        self.keys: dict[str, Button] = {}
        grid = QGridLayout()
        for index, text in enumerate([*"123456789", "Clear", "0", "OK"]):
            key = Button(text, {"OK": "Primary", "Clear": "PinWord"}.get(text, "PinKey"))
            key.setProperty("padKey", True)
            key.clicked.connect(lambda _=False, t=text: self.press(t))
            grid.addWidget(key, index // 3, index % 3)
            self.keys[text] = key
        self.cancel_button = Button("Cancel")
        self.cancel_button.clicked.connect(self.hide)
        column = QVBoxLayout()
        for widget in (self.title, self.dots, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(self.cancel_button)
        self._grid = grid
        self.card_layout = QHBoxLayout(self.card)
        self.card_layout.addLayout(column, 1)
        self.card_layout.addLayout(grid)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._waited)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_wait)

    def open(self) -> None:
        """Show the pad, empty, or still waiting after wrong PINs."""
        self.entered = ""
        self._show_entered()
        if not self._wait.isActive():
            self.message.setText("Enter the staff PIN.")
        super().open()

    def refresh(self) -> None:
        theme = self.host.context.theme
        side = max(MIN_TARGET, min(self.host.height() // 7, self.host.width() // 9, 120))
        inner = side - 6
        self.setStyleSheet(
            f'QPushButton[padKey="true"] {{ padding: 0px; min-width: {inner}px; '
            f"max-width: {inner}px; min-height: {inner}px; max-height: {inner}px; }}"
            f"QPushButton#PinKey {{ font-size: {max(18, side * 2 // 5)}px; }}"
            f"QPushButton#PinWord {{ font-size: {max(14, side // 5)}px; }}"
        )
        self._grid.setSpacing(max(4, side // 8))
        self.cancel_button.setMinimumHeight(max(MIN_TARGET, side * 3 // 4))
        self.card_layout.setContentsMargins(*(theme.gap(1.5),) * 4)
        self.card_layout.setSpacing(theme.gap(2))
        self.message.setMinimumWidth(min(self.host.width() // 3, side * 4))

    def press(self, key: str) -> None:
        """Act on one key of the pad: a digit, "Clear" or "OK"."""
        if self._wait.isActive():
            return
        if key == "Clear":
            self.entered = ""
        elif key == "OK":
            self.submit()
            return
        elif len(self.entered) < pin.MAX_DIGITS:
            self.entered += key
        self._show_entered()

    def submit(self) -> None:
        """Check the PIN entered so far."""
        entered, self.entered = self.entered, ""
        self._show_entered()
        if self.check(entered):
            self.throttle.succeeded()
            log.info("staff PIN accepted")
            self.hide()
            self.accepted.emit()
            return
        wait = self.throttle.failed()
        log.warning("wrong staff PIN (%d in a row)", self.throttle.failures)
        if wait > 0:
            self._set_keys_enabled(False)
            self._wait.start(max(1, math.ceil(wait * 1000)))
            self._ticker.start()
            self._show_wait()
        else:
            self.message.setText("Wrong PIN. Try again.")

    def _show_entered(self) -> None:
        self.dots.setText("\u25cf " * len(self.entered) or "\u2013")

    def _show_wait(self) -> None:
        seconds = math.ceil(self.throttle.wait_seconds())
        self.message.setText(f"Wrong PIN. Wait {seconds} s before trying again.")

    def _waited(self) -> None:
        self._ticker.stop()
        self._set_keys_enabled(True)
        self.message.setText("Try again.")
        self.ready.emit()

    def _set_keys_enabled(self, enabled: bool) -> None:
        for key in self.keys.values():
            key.setEnabled(enabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("Clear")
        else:
            super().keyPressEvent(event)


class StaffMenu(Overlay):
    """Exit, reload content, usage counts. Emits ``exit_requested`` and ``reload_requested``."""

    exit_requested = Signal()
    reload_requested = Signal()

    def __init__(self, window: KioskWindow, counts: usage.Usage) -> None:
        super().__init__(window)
        self.counts = counts
        self.title = label("Staff menu", "Title")
        self.status = label("")
        self.exit_button = Button("Exit the kiosk", "QuickExit")
        self.reload_button = Button("Reload content")
        self.usage_button = Button("Usage counts")
        self.problems_button = Button("Content problems")
        self.close_button = Button("Back to the kiosk", "Primary")
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.report.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        QScroller.grabGesture(self.report.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.report.hide()
        # Three a row: five in one row squeeze their labels on every screen size.
        buttons = QGridLayout()
        for index, button in enumerate(self._buttons()):
            buttons.addWidget(button, index // 3, index % 3)
        self.card_layout = QVBoxLayout(self.card)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.status)
        self.card_layout.addWidget(self.report, 1)
        self.card_layout.addLayout(buttons)
        self.exit_button.clicked.connect(self.exit_requested)
        self.reload_button.clicked.connect(self.reload_requested)
        self.usage_button.clicked.connect(self.show_counts)
        self.problems_button.clicked.connect(self.show_problems)
        self.close_button.clicked.connect(self.hide)

    def open(self) -> None:
        """Show the menu with nothing expanded."""
        problems = len(self.host.context.content.problems)
        found = f" The content has {problems} problem(s): see Content problems." if problems else ""
        self.status.setText(f"The kiosk keeps running while this menu is open.{found}")
        self.report.hide()
        super().open()

    def refresh(self) -> None:
        theme = self.host.context.theme
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPixelSize(max(12, theme.text(0.7)))
        self.report.setFont(font)
        self.report.setStyleSheet(
            f"font-family: '{font.family()}'; font-size: {font.pixelSize()}px"
        )
        self.card_layout.setContentsMargins(*(theme.gap(1.5),) * 4)
        for button in self._buttons():
            button.setMinimumSize(MIN_TARGET * 2, max(MIN_TARGET, theme.target()))

    def _buttons(self) -> tuple[Button, ...]:
        return (
            self.exit_button,
            self.reload_button,
            self.usage_button,
            self.problems_button,
            self.close_button,
        )

    def show_problems(self) -> None:
        """List every problem in the content on show, as `kiosk validate` prints them."""
        content = self.host.context.content
        lines = [str(problem) for problem in content.problems]
        self._show_report("\n".join(lines) if lines else f"No problems in {content.root}.")

    def show_counts(self) -> None:
        """Show the last seven days of usage counts in the menu."""
        self._show_report(usage.report(self.counts, days=7))

    def _show_report(self, text: str) -> None:
        self.report.setPlainText(text)
        self.report.show()
        if self.isVisible():
            self.card.setGeometry(
                self.rect().adjusted(
                    *(self.host.context.theme.gap(),) * 2,
                    *(-self.host.context.theme.gap(),) * 2,
                )
            )

    def show_status(self, text: str) -> None:
        """Say what the last action did."""
        self.status.setText(text)


class Staff(QObject):
    """Joins the gesture, the PIN pad and the menu to the window.

    ``on_exit`` and ``on_reload`` do the work; ``on_reload`` returns a line to show.
    """

    def __init__(
        self,
        window: KioskWindow,
        pin_hash: str,
        counts: usage.Usage,
        on_exit: Callable[[], None],
        on_reload: Callable[[], str],
        hold_seconds: float = 1.0,
        pin_delay_seconds: float = 5.0,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.pin_hash = pin_hash if pin.is_hash(pin_hash) else ""
        self.on_exit = on_exit
        self.on_reload = on_reload
        self.throttle = pin.Throttle(delay=pin_delay_seconds)
        self.counts = counts
        self.gesture = CornerGesture(window, hold_seconds)
        self.gesture.triggered.connect(self.open)
        window.visit_cleared.connect(self._visit_cleared)

    # The pad and the menu are made the first time staff need them: most days nobody does,
    # and a kiosk should not carry them in memory all day.
    @functools.cached_property
    def pad(self) -> PinPad:
        """The on-screen PIN pad."""
        pad = PinPad(self.window, self.check, self.throttle)
        pad.accepted.connect(self._open_menu)
        return pad

    @functools.cached_property
    def menu(self) -> StaffMenu:
        """The staff menu: exit, reload, counts, content problems."""
        menu = StaffMenu(self.window, self.counts)
        menu.exit_requested.connect(self.exit)
        menu.reload_requested.connect(self.reload)
        return menu

    def _open_menu(self) -> None:
        self.menu.open()

    def _made(self) -> list[Overlay]:
        return [self.__dict__[name] for name in ("pad", "menu") if name in self.__dict__]

    def install(self) -> None:
        """Start watching for the gesture."""
        self.gesture.install()

    def check(self, entered: str) -> bool:
        """Whether ``entered`` is the staff PIN."""
        return pin.verify_pin(entered, self.pin_hash)

    @property
    def has_pin(self) -> bool:
        """Whether a PIN guards the staff menu."""
        return bool(self.pin_hash)

    def open(self) -> None:
        """The gesture was made: ask for the PIN, or exit when none is set."""
        if not self.has_pin:
            log.warning("staff gesture with no PIN set: exiting")
            self.exit()
            return
        for overlay in self._made():
            overlay.hide()
        self.pad.open()
        self.pad.setFocus()

    def exit(self) -> None:
        """Leave the kiosk."""
        log.info("staff exit")
        self.on_exit()

    def reload(self) -> None:
        """Load the content again and say how that went."""
        self.menu.show_status(self.on_reload())

    def _visit_cleared(self, reason: str) -> None:
        if reason != "reload":
            for overlay in self._made():
                overlay.hide()


class UsageCounter(QObject):
    """Counts visits, screens opened, quick exits and idle resets from the window's signals.

    A visit starts when someone leaves the attract (or neutral) screen and ends
    when the visit is cleared; the return from the neutral screen after a quick
    exit is not an idle reset.
    """

    def __init__(self, window: KioskWindow, counts: usage.Usage) -> None:
        super().__init__(window)
        self.counts = counts
        self.in_visit = False
        window.screen_changed.connect(self._screen)
        window.visit_cleared.connect(self._cleared)

    def _screen(self, screen_id: str) -> None:
        if screen_id in NOT_COUNTED:
            return
        if not self.in_visit:
            self.in_visit = True
            self.counts.record("visit")
        self.counts.record("screen", screen_id)

    def _cleared(self, reason: str) -> None:
        if reason == "quick_exit":
            self.counts.record("quick_exit")
        elif reason == "idle" and self.in_visit:
            self.counts.record("idle_reset")
        self.in_visit = False
