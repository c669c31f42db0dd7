"""The log file, and the safety net that turns an exception in the UI into a log entry.

The log rotates (five files of 1 MB) in the platform's log folder, or in the
``log.folder`` setting. An exception that reaches Qt's event loop is logged with
its traceback and the window returns to the attract screen; the visitor never
sees it and the kiosk keeps running.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

FILE_NAME = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def default_folder() -> Path:
    """The platform's log folder for the kiosk."""
    return platformdirs.user_log_path("kiosk", appauthor=False)


def log_to_file(folder: str | Path = "") -> Path | None:
    """Add a rotating log file to the root logger; return its path, or None if it cannot be made.

    Calling it again for the same file adds nothing.
    """
    path = (Path(folder).expanduser() if folder else default_folder()) / FILE_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        log.warning("no log file in %s: %s; logging to the console only", path.parent, error)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


class ExceptionGuard:
    """``sys.excepthook`` while the kiosk runs: log, then return the window to attract."""

    def __init__(self, window: KioskWindow) -> None:
        self.window = window
        self.previous: ExcHook = sys.excepthook
        self.previous_thread = threading.excepthook
        self.caught = 0
        self._recovering = False

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``."""
        self.previous = sys.excepthook
        self.previous_thread = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Give the hooks back if they are still this guard's."""
        if sys.excepthook is self:
            sys.excepthook = self.previous
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self.previous_thread

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self.previous(kind, error, trace)
            return
        self.caught += 1
        log.error("error in the kiosk; back to the attract screen", exc_info=(kind, error, trace))
        if self._recovering or not Shiboken.isValid(self.window):
            return
        self._recovering = True
        try:
            self.window.clear_visit("error")
        except Exception:
            log.exception("returning to the attract screen failed too")
        finally:
            self._recovering = False

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )


def stop_on_signals(app: QApplication) -> QObject:
    """Quit the event loop cleanly on SIGTERM (systemd stop) and SIGINT (Ctrl+C).

    Python runs signal handlers only between its own bytecodes, so a timer
    wakes it twice a second while Qt's loop runs. Returns the timer.
    """

    def stop(number: int, frame: FrameType | None) -> None:
        log.info("stopping on signal %s", signal.Signals(number).name)
        app.exit(0)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop)
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer
