"""The kiosk window: the bar, the screens, navigation, the idle notice and clearing a visit."""

from __future__ import annotations

import importlib
import linecache
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import Content
from kiosk.idle import IdleMonitor
from kiosk.speech import Reader
from kiosk.ui.access_bar import AccessBar
from kiosk.ui.bar import Bar
from kiosk.ui.context import Context
from kiosk.ui.notice import IdleNotice
from kiosk.ui.screens.base import Screen
from kiosk.ui.theme import Theme

SCREEN_CLASSES = {
    "attract": "kiosk.ui.screens.attract:AttractScreen",
    "home": "kiosk.ui.screens.home:HomeScreen",
    "article": "kiosk.ui.screens.article:ArticleScreen",
    "statistics": "kiosk.ui.screens.statistics:StatisticsScreen",
    "factors": "kiosk.ui.screens.factors:FactorsScreen",
    "help": "kiosk.ui.screens.help:HelpScreen",
    "neutral": "kiosk.ui.screens.neutral:NeutralScreen",
}
"""Where each screen's class lives; a module is imported when its screen is first made."""
SCREEN_IDS = tuple(SCREEN_CLASSES)
FIRST_SCREENS = ("attract", "home", "neutral")
WARM_UP_DELAY_MS = 1000
WARM_UP_STEP_MS = 30


class Screens(dict[str, Screen]):
    """The window's screens by id; one not made yet is made when first asked for."""

    def __init__(self, build: Callable[[str], Screen]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, screen_id: str) -> Screen:
        return self._build(screen_id)


class KioskWindow(QWidget):
    """Holds every screen; one is shown at a time, with a history for Back."""

    screen_changed = Signal(str)
    visit_cleared = Signal(str)
    """Emitted with the reason: "quick_exit" or "idle"."""

    def __init__(self, context: Context, monitor: IdleMonitor) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.context = context
        self.monitor = monitor
        self.history: list[str] = []
        self.bar = Bar(context)
        self.access_bar = AccessBar(context)
        self.reader = Reader(
            context.settings["speech.engine"], self, context.settings["speech.start_delay_seconds"]
        )
        self.stack = QStackedWidget()
        self.screens = Screens(self._build_screen)
        for screen_id in FIRST_SCREENS:
            self.screens[screen_id]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.access_bar)
        self.notice = IdleNotice(context, self)
        self._slide = QPropertyAnimation(self)
        self._slide.setPropertyName(b"pos")
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.bar.home_button.clicked.connect(self.go_home)
        self.bar.back_button.clicked.connect(self.back)
        self.bar.quick_exit_button.clicked.connect(self.quick_exit)
        self.bar.language_button.clicked.connect(self.next_language)
        self.access_bar.text_size_button.clicked.connect(self.next_text_size)
        self.access_bar.contrast_button.clicked.connect(self.toggle_contrast)
        self.access_bar.read_button.clicked.connect(self.toggle_reading)
        self.reader.speaking_changed.connect(self._speaking_changed)
        self.reader.ready.connect(self._refresh_bars)
        monitor.warning.connect(self._warn)
        monitor.tick.connect(self._tick)
        monitor.dismissed.connect(self.notice.hide)
        monitor.expired.connect(lambda: self.clear_visit("idle"))
        self.apply_theme(force=True)
        self._show(self.screens["attract"], direction=0, animate=False)
        # The other screens (and the libraries they use) are made once the kiosk shows,
        # one at a time, so the first paint comes sooner; any opened earlier is made then.
        self._warm_up = QTimer(self)
        self._warm_up.setInterval(WARM_UP_STEP_MS)
        self._warm_up.timeout.connect(self._build_next)
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up.start)

    def _build_next(self) -> None:
        missing = [s for s in SCREEN_IDS if s not in self.screens]
        if missing:
            self.screens[missing[0]]
        else:
            self._warm_up.stop()

    def _build_screen(self, screen_id: str) -> Screen:
        """Make the screen ``screen_id`` (importing its module now) and add it to the window."""
        module, _, name = SCREEN_CLASSES[screen_id].partition(":")
        screen_class = getattr(importlib.import_module(module), name)
        # PySide6 reads the source of every module imported after it, looking for
        # `from __feature__`, and linecache keeps all of it: megabytes nobody reads.
        linecache.clearcache()
        screen = screen_class(self.context)
        assert isinstance(screen, Screen)
        self.add_screen(screen)
        return screen

    def add_screen(self, screen: Screen) -> None:
        """Add or replace the screen with ``screen.screen_id``."""
        old = self.screens.get(screen.screen_id)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        dict.__setitem__(self.screens, screen.screen_id, screen)
        self.stack.addWidget(screen)
        screen.navigate.connect(self.open)

    @property
    def current(self) -> Screen:
        """The screen on display."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def open(self, screen_id: str, remember: bool = True, animate: bool = True) -> None:
        """Show the screen ``screen_id``; remembered screens can be returned to with Back."""
        screen = self.screens[screen_id]
        previous = self.stack.currentWidget()
        if screen is previous:
            return
        if remember and isinstance(previous, Screen) and previous.shows_bar:
            self.history.append(previous.screen_id)
        if remember:
            screen.entered()
        self._show(screen, direction=1 if remember else -1, animate=animate)

    def back(self) -> None:
        """Close what the screen has open, or return to the screen before, or home."""
        if self.current.close_detail():
            return
        target = self.history.pop() if self.history else "home"
        self._show(self.screens[target], direction=-1, animate=True)

    def go_home(self) -> None:
        """Show the home screen and forget the way here."""
        self.history.clear()
        self._show(self.screens["home"], direction=-1, animate=True)

    def quick_exit(self) -> None:
        """Switch at once to the neutral screen and clear the visit."""
        self.clear_visit("quick_exit")

    def clear_visit(self, reason: str) -> None:
        """Forget the visit: choices, history, scroll positions, pages, anything opened."""
        self.notice.hide()
        self.reader.stop()
        self.history.clear()
        self.context.visit.clear()
        for screen in self.screens.values():
            screen.reset()
        self.apply_theme(force=True)
        target = "neutral" if reason == "quick_exit" else "attract"
        self._show(self.screens[target], direction=0, animate=False)
        self.visit_cleared.emit(reason)

    def set_content(self, content: Content) -> None:
        """Show new content (staff reloaded it) and start a fresh visit."""
        self.context.content = content
        if self.context.visit.default_language not in content.languages:
            self.context.visit.default_language = next(iter(content.languages))
        self.clear_visit("reload")

    def next_text_size(self) -> None:
        """Make the text larger, or back to the default after the largest."""
        self.context.visit.next_text_step()
        self.apply_theme(force=True)

    def toggle_contrast(self) -> None:
        """Switch between the normal and the high-contrast colours."""
        self.context.visit.high_contrast = not self.context.visit.high_contrast
        self.apply_theme(force=True)

    def toggle_reading(self) -> None:
        """Read the screen aloud, or stop reading."""
        if self.reader.speaking:
            self.reader.stop()
        else:
            self.reader.read(self.current.spoken_text(), self.context.language.code)

    def _speaking_changed(self, speaking: bool) -> None:
        self.monitor.hold(speaking)
        self._refresh_bars()

    def _refresh_bars(self) -> None:
        screen = self.current
        self.bar.refresh(screen.title())
        self.access_bar.refresh(self.reader.speaking)
        self.access_bar.read_button.setVisible(
            self.reader.available and bool(screen.spoken_text().strip())
        )

    def next_language(self) -> None:
        """Switch to the next language, staying on the same screen."""
        codes = list(self.context.content.languages)
        if len(codes) < 2:
            return
        current = (
            codes.index(self.context.language.code) if self.context.language.code in codes else 0
        )
        self.reader.stop()
        self.context.visit.language = codes[(current + 1) % len(codes)]
        self.refresh()

    def refresh(self) -> None:
        """Redo every text after a change of language, theme or size."""
        for screen in self.screens.values():
            screen.refresh()
        self._refresh_bars()

    def _show(self, screen: Screen, direction: int, animate: bool) -> None:
        self._slide.stop()
        self.reader.stop()
        self.stack.setCurrentWidget(screen)
        screen.move(0, 0)
        self.bar.setVisible(screen.shows_bar)
        self.access_bar.setVisible(screen.shows_bar)
        self._refresh_bars()
        self.bar.back_button.setEnabled(screen.screen_id != "home" or bool(self.history))
        self._lay_out(screen)
        if screen.screen_id == "attract":
            self.monitor.rest()
        else:
            self.monitor.restart(warn=screen.screen_id != "neutral")
        duration = round(self.context.settings["display.transition_ms"])
        if animate and direction and duration > 0:
            self._slide.setTargetObject(screen)
            self._slide.setDuration(duration)
            self._slide.setStartValue(QPoint(direction * screen.width() // 4, 0))
            self._slide.setEndValue(QPoint(0, 0))
            self._slide.start()
        self.screen_changed.emit(screen.screen_id)

    def _lay_out(self, screen: Screen) -> None:
        """Place everything now, so a tap that comes at once lands where it looks."""
        for widget in (self, screen):
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def _notice_area(self) -> QRect:
        """Below the top bar, so Quick exit stays in reach during the warning."""
        top = self.bar.height() if self.bar.isVisible() else 0
        return self.rect().adjusted(0, top, 0, 0)

    def _warn(self) -> None:
        self.notice.show_seconds(self.monitor.seconds_left())
        self.notice.setGeometry(self._notice_area())

    def _tick(self, seconds: int) -> None:
        if self.notice.isVisible():
            self.notice.show_seconds(seconds)

    def apply_theme(self, force: bool = False) -> None:
        """Size and colour everything for the window's size and the visitor's choices.

        With ``force`` every text is redone even when the look stays the same.
        """
        visit = self.context.visit
        theme = Theme.for_window(
            max(1, self.width()), max(1, self.height()), visit.text_scale, visit.high_contrast
        )
        changed = theme != self.context.theme or not self.styleSheet()
        if changed:
            # Qt keeps a little memory for every style sheet it is given: set one only
            # when the look really changes, not at every reset.
            self.context.theme = theme
            self.setStyleSheet(theme.stylesheet())
        if changed or force:
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keyboard use for staff testing: Enter presses the focused button, arrows turn pages."""
        focused = QApplication.focusWidget()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            focused.click()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.current.screen_id == "article":
            from kiosk.ui.screens.article import ArticleScreen

            article = self.current
            assert isinstance(article, ArticleScreen)
            article.show_section(article.index + (1 if key == Qt.Key.Key_Right else -1))
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.apply_theme()
        if self.notice.isVisible():
            self.notice.setGeometry(self._notice_area())
        super().resizeEvent(event)
