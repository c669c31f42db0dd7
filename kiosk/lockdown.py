"""Keeps visitors inside the kiosk: no closing keys, no context menus, no outside links."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

Key = Qt.Key
Mod = Qt.KeyboardModifier

BLOCKED_KEYS: frozenset[tuple[Qt.Key, Qt.KeyboardModifier]] = frozenset(
    {
        (Key.Key_F4, Mod.AltModifier),
        (Key.Key_F4, Mod.ControlModifier),
        (Key.Key_Escape, Mod.NoModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_W, Mod.MetaModifier),
        (Key.Key_Q, Mod.MetaModifier),
    }
)
"""Keys that close windows or quit applications, with the modifiers they need."""

OUTSIDE_SCHEMES = ("http", "https", "mailto", "ftp", "file", "tel", "sms")

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_MOUSE_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)
_MODIFIERS = Mod.AltModifier | Mod.ControlModifier | Mod.MetaModifier | Mod.ShiftModifier


def blocked(event: QKeyEvent) -> bool:
    """Whether ``event`` is one of the keys a visitor could leave the kiosk with."""
    modifiers = event.modifiers() & _MODIFIERS
    key = Key(event.key())
    if key == Key.Key_Escape:
        return True
    return (key, Mod(modifiers.value)) in BLOCKED_KEYS


def apply_window_flags(window: QWidget) -> None:
    """Make ``window`` frameless and always on top (call before showing it full screen)."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)


class Lockdown(QObject):
    """An application-wide event filter; lives as long as ``window``.

    It swallows the blocked keys, right clicks and context menus (press-and-hold
    arrives as one), and refuses a close the window system asks for (Alt+F4 under
    a window manager). Links to outside schemes are caught and never opened.
    ``release()`` lets the staff exit close the window.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.released = False
        self.swallowed = 0
        self.opened: list[str] = []
        """Outside links something tried to open, kept for logs and tests."""

    def install(self) -> None:
        """Start filtering the whole application and catching outside links."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        for scheme in OUTSIDE_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")  # type: ignore[arg-type]

    def release(self) -> None:
        """Let the window close (staff chose to exit)."""
        self.released = True

    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        """Called instead of a browser for any outside link: log it, open nothing."""
        self.opened.append(url.toString())
        log.info("lockdown: not opening %s", url.toString())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEY_EVENTS:
            if isinstance(event, QKeyEvent) and blocked(event):
                self.swallowed += 1
                return True
        elif kind == QEvent.Type.ContextMenu:
            self.swallowed += 1
            return True
        elif kind in _MOUSE_EVENTS:
            if isinstance(event, QMouseEvent) and event.button() != Qt.MouseButton.LeftButton:
                self.swallowed += 1
                return True
        elif (
            kind == QEvent.Type.Close
            and watched is self.window
            and event.spontaneous()
            and not self.released
        ):
            log.info("lockdown: the window system asked to close the kiosk; refused")
            event.ignore()
            return True
        return False
