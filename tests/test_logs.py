"""The log file rotates, and an exception in the UI is logged while the kiosk carries on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from kiosk import logs
from tests.conftest import Finger, MakeKiosk


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """A log folder whose handler is taken off the root logger afterwards."""
    folder = tmp_path / "log"
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and str(folder) in handler.baseFilename:
            root.removeHandler(handler)
            handler.close()


def test_log_file_rotates_and_is_added_once(log_folder: Path) -> None:
    path = logs.log_to_file(log_folder)
    assert path == log_folder / logs.FILE_NAME
    assert logs.log_to_file(log_folder) == path
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, RotatingFileHandler) and h.baseFilename == str(path)
    ]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == logs.MAX_BYTES and handlers[0].backupCount == logs.BACKUPS
    logging.getLogger("kiosk.test").info("hello from the test")
    handlers[0].flush()
    assert "hello from the test" in path.read_text("utf-8")


def test_a_log_folder_that_cannot_be_made_leaves_the_console(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    assert logs.log_to_file(blocker / "log") is None


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_the_kiosk_returns_to_attract(
    make_kiosk: MakeKiosk,
    finger: Finger,
    tmp_path: Path,
    log_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = logs.log_to_file(log_folder)
    assert path is not None
    kiosk = make_kiosk(**{"usage.folder": str(tmp_path)})
    window = kiosk.window
    finger.tap(window.current)
    window.open("article")

    def broken() -> None:
        raise RuntimeError("a slot that fails")

    window.bar.home_button.clicked.connect(broken)
    finger.tap(window.bar.home_button)
    assert kiosk.guard.caught == 1
    assert window.isVisible() and window.current.screen_id == "attract"
    text = path.read_text("utf-8")
    assert "Traceback" in text and "RuntimeError: a slot that fails" in text
    finger.tap(window.current)
    assert window.current.screen_id == "home"
