"""Build the running kiosk: the QApplication, fonts, content, the idle monitor and the window."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import paths, usage
from kiosk.content import Content, load_content
from kiosk.idle import IdleMonitor
from kiosk.lockdown import Lockdown, apply_window_flags
from kiosk.logs import ExceptionGuard
from kiosk.session import Visit
from kiosk.settings import Settings
from kiosk.ui.context import Context
from kiosk.ui.staff import Staff, UsageCounter
from kiosk.ui.theme import Theme
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """The parts of a running kiosk that tests and the command line reach."""

    app: QApplication
    window: KioskWindow
    monitor: IdleMonitor
    context: Context
    lockdown: Lockdown
    staff: Staff
    usage: usage.Usage
    guard: ExceptionGuard


def content_folder(settings: Settings) -> Path:
    """The content folder in force: the setting, or the built-in one."""
    configured = settings["content.path"]
    return Path(configured).expanduser() if configured else paths.builtin_content()


def load_fonts() -> None:
    """Register the kiosk's fonts with Qt."""
    for font in sorted((paths.assets() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("font %s could not be loaded", font)


def usable_content(settings: Settings) -> Content:
    """Load the configured content; fall back to the built-in content if nothing loads."""
    content = load_content(content_folder(settings))
    for problem in content.problems:
        log.warning("content: %s", problem)
    if not content.languages:
        log.error("no usable content in %s; showing the built-in content", content.root)
        content = load_content(paths.builtin_content())
    return content


def create_kiosk(settings: Settings, content: Content | None = None) -> Kiosk:
    """Build the whole kiosk without running the event loop."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    load_fonts()
    for message in settings.messages:
        log.warning("%s", message)
    if content is None:
        content = usable_content(settings)
    default = settings["content.default_language"]
    if default not in content.languages:
        default = next(iter(content.languages))
    context = Context(content, Visit(default), settings, Theme.for_window(1280, 800))
    monitor = IdleMonitor(settings["idle.timeout_seconds"], settings["idle.warning_seconds"])
    window = KioskWindow(context, monitor)
    lockdown, staff, counts, guard = _protect(app, window, settings)
    if settings["display.fullscreen"]:
        apply_window_flags(window)
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
    else:
        window.resize(round(settings["display.width"]), round(settings["display.height"]))
        window.show()
    monitor.start(warn=False)
    return Kiosk(app, window, monitor, context, lockdown, staff, counts, guard)


def _protect(
    app: QApplication, window: KioskWindow, settings: Settings
) -> tuple[Lockdown, Staff, usage.Usage, ExceptionGuard]:
    """Lock the window down, count usage, catch errors and add the staff gesture."""
    lockdown = Lockdown(window)
    lockdown.install()
    folder = settings["usage.folder"]
    counts = usage.Usage(Path(folder).expanduser() if folder else None, settings["usage.enabled"])
    usage.install(counts)
    UsageCounter(window, counts)
    guard = ExceptionGuard(window)
    guard.install()

    def leave() -> None:
        lockdown.release()
        guard.uninstall()
        window.close()
        app.exit(0)

    def reload() -> str:
        content = usable_content(settings)
        window.set_content(content)
        problems = f", {len(content.problems)} problem(s) logged" if content.problems else ""
        languages = len(content.languages)
        return f"Content reloaded from {content.root}: {languages} language(s){problems}."

    staff = Staff(
        window,
        settings["staff.pin_hash"],
        counts,
        on_exit=leave,
        on_reload=reload,
        hold_seconds=settings["staff.hold_seconds"],
        pin_delay_seconds=settings["staff.pin_delay_seconds"],
    )
    staff.install()
    return lockdown, staff, counts, guard
