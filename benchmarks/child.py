"""One measurement in a fresh process; prints one JSON object on its last line.

``python -m benchmarks.child KIND [ARGS]``, where KIND names the measurement and
its subject: ``bare`` is a plain PySide6 window showing one label, ``kiosk`` the
whole kiosk.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}"
    )

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QWidget,
)

WIDTH, HEIGHT = 1280, 800


class PaintWatch(QObject):
    """Notes the time of the next paint of each watched widget."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[int, float] = {}
        self.on_paint: Callable[[QWidget], None] | None = None

        self._owner: dict[int, QWidget] = {}

    def watch(self, widget: QWidget) -> None:
        """Watch ``widget`` and everything in it: a page covered by its children is painted
        through them, and Qt sends the page itself no paint event at all."""
        for part in (widget, *widget.findChildren(QWidget)):
            self._owner.setdefault(id(part), widget)
            part.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            owner = self._owner.get(id(watched))
            if owner is not None and id(owner) not in self.painted:
                self.painted[id(owner)] = time.monotonic()
                if self.on_paint is not None:
                    self.on_paint(owner)
        return False


def app() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def bare_window() -> tuple[QApplication, QLabel]:
    application = app()
    window = QLabel("Human trafficking in Kansas City")
    window.resize(WIDTH, HEIGHT)
    window.show()
    return application, window


def painted_bare_window() -> tuple[QLabel, float]:
    """Show the bare window; return it and the time (monotonic) of its first paint."""
    watch = PaintWatch()
    _, window = bare_window()
    watch.watch(window)
    wait_until(lambda: bool(watch.painted))
    return window, watch.painted[id(window)]


def kiosk_settings(**changes: object) -> object:
    import tempfile

    from kiosk.settings import Settings

    values = {
        "display__fullscreen": False,
        "display__width": WIDTH,
        "display__height": HEIGHT,
        "usage__folder": tempfile.mkdtemp(prefix="kiosk-bench-usage-"),
        **changes,
    }
    return Settings().replace(**values)


def start_kiosk(**changes: object) -> object:
    from kiosk.app import create_kiosk

    return create_kiosk(kiosk_settings(**changes))  # type: ignore[arg-type]


def tap(device: object, widget: QWidget) -> None:
    point = widget.rect().center()
    QTest.touchEvent(widget, device).press(0, point, widget).commit()  # type: ignore[arg-type]
    QTest.touchEvent(widget, device).release(0, point, widget).commit()  # type: ignore[arg-type]


def wait_until(done: Callable[[], bool], seconds: float = 5.0) -> None:
    application = app()
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("nothing painted")
        application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def max_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def start(kind: str) -> dict[str, float]:
    """Seconds (monotonic clock) at the first paint of home, or of the bare label."""
    if kind == "bare":
        _, painted_at = painted_bare_window()
        return {"painted_at": painted_at, "max_rss": max_rss_bytes()}
    watch = PaintWatch()
    app()
    kiosk = start_kiosk()
    window = kiosk.window  # type: ignore[attr-defined]
    device = QTest.createTouchDevice()
    home = window.screens["home"]
    watch.watch(window.current)
    watch.watch(home)
    wait_until(lambda: id(window.current) in watch.painted)
    tap(device, window.current)
    wait_until(lambda: id(home) in watch.painted)
    return {"painted_at": watch.painted[id(home)], "max_rss": max_rss_bytes()}


def taps(kind: str, count: int) -> dict[str, object]:
    """Milliseconds from each tap to the paint of the screen it opens."""
    device = QTest.createTouchDevice()
    watch = PaintWatch()
    if kind == "bare":
        app()
        stack = QStackedWidget()
        pages = [QPushButton("First page"), QPushButton("Second page")]
        for page in pages:
            stack.addWidget(page)
            watch.watch(page)
        pages[0].clicked.connect(lambda: stack.setCurrentIndex(1))
        pages[1].clicked.connect(lambda: stack.setCurrentIndex(0))
        stack.resize(WIDTH, HEIGHT)
        stack.show()
        wait_until(lambda: bool(watch.painted))
        steps = [(pages[i % 2], pages[(i + 1) % 2]) for i in range(count)]
    else:
        kiosk = start_kiosk()
        window = kiosk.window  # type: ignore[attr-defined]
        wait_until(lambda: window.isVisible())
        QTest.qWaitForWindowExposed(window)
        tap(device, window.current)
        home = window.screens["home"]
        tiles = list(home.tiles.items())
        from kiosk.ui.window import SCREEN_IDS

        for screen_id in SCREEN_IDS:
            watch.watch(window.screens[screen_id])
        steps = []
        for i in range(count // 2 + 1):
            screen_id, tile = tiles[i % len(tiles)]
            steps.append((tile, window.screens[screen_id]))
            steps.append((window.bar.home_button, home))
        steps = steps[:count]
    latencies = []
    for button, target in steps:
        watch.painted.pop(id(target), None)
        started = time.monotonic()
        tap(device, button)
        wait_until(lambda t=target: id(t) in watch.painted)
        latencies.append((watch.painted[id(target)] - started) * 1000)
    return {"latencies_ms": latencies}


def idle(kind: str, seconds: float) -> dict[str, float]:
    """Share of one core used while the kiosk waits on its attract screen."""
    application = app()
    if kind == "bare":
        _, window = bare_window()
        keep = window
    else:
        keep = start_kiosk()  # type: ignore[assignment]
    QTimer.singleShot(500, lambda: None)
    wait_until(lambda: True)
    # Idle means after start-up: the first paints, the screens made after them and the
    # voice engine started a few seconds in (speechd spends about a second of CPU once).
    end = time.monotonic() + 8.0
    wait_until(lambda: time.monotonic() > end, seconds=12.0)
    cpu, wall = time.process_time(), time.monotonic()
    QTimer.singleShot(round(seconds * 1000), application.quit)
    application.exec()
    del keep
    return {"cpu_seconds": time.process_time() - cpu, "wall_seconds": time.monotonic() - wall}


def memory(kind: str) -> dict[str, float]:
    """Peak resident memory after showing every screen once, the voice started."""
    if kind == "bare":
        painted_bare_window()
        return {"max_rss": max_rss_bytes()}
    kiosk = start_kiosk()
    window = kiosk.window  # type: ignore[attr-defined]
    QTest.qWaitForWindowExposed(window)
    device = QTest.createTouchDevice()
    tap(device, window.current)
    for tile in window.screens["home"].tiles.values():
        wait_until(lambda: True)
        tap(device, tile)
        wait_until(lambda: True)
        tap(device, window.bar.home_button)
    # A running kiosk has its voice, started a few seconds in: wait for it (or for the
    # start to have been tried, where this machine has no speech engine).
    delay = kiosk.context.settings["speech.start_delay_seconds"]  # type: ignore[attr-defined]
    tried = time.monotonic() + delay + 2.0
    wait_until(lambda: window.reader.available or time.monotonic() > tried, seconds=delay + 5.0)
    wait_until(lambda: True)
    return {"max_rss": max_rss_bytes(), "voice": float(window.reader.available)}


def load(folder: str, repeats: int) -> dict[str, float]:
    """Best of ``repeats`` loads of a content folder, in seconds."""
    from kiosk.content import load_content

    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        content = load_content(Path(folder))
        best = min(best, time.perf_counter() - started)
    sections = sum(len(language.sections) for language in content.languages.values())
    return {"seconds": best, "sections": sections, "problems": len(content.problems)}


def frames(kind: str, folder: str, count: int) -> dict[str, object]:
    """Milliseconds to paint the home screen (or the bare label) ``count`` times."""
    if kind == "bare":
        _, window = bare_window()
        QTest.qWaitForWindowExposed(window)
        target: QWidget = window
    else:
        kiosk = start_kiosk(content__path=folder)
        window = kiosk.window  # type: ignore[attr-defined]
        QTest.qWaitForWindowExposed(window)
        tap(QTest.createTouchDevice(), window.current)
        wait_until(lambda: True)
        assert window.current.screen_id == "home"
        target = window
    times = []
    for _ in range(count):
        started = time.perf_counter()
        target.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return {"frame_ms": times}


def main(argv: list[str]) -> int:
    kind, *args = argv
    if kind == "start":
        result: dict[str, object] = dict(start(args[0]))
    elif kind == "taps":
        result = taps(args[0], int(args[1]))
    elif kind == "idle":
        result = dict(idle(args[0], float(args[1])))
    elif kind == "memory":
        result = dict(memory(args[0]))
    elif kind == "load":
        result = dict(load(args[0], int(args[1])))
    elif kind == "frames":
        result = frames(args[0], args[1], int(args[2]))
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # the measurement is taken: skip tearing Qt down


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
