"""The PyInstaller package starts, shows the home screen and stops cleanly on SIGTERM.

Building takes a minute or more, so ``make package`` builds and then runs this
with KIOSK_PACKAGE=dist/kiosk; ``make test`` skips it unless a build is named.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import smoke  # noqa: E402


@pytest.mark.skipif(
    "KIOSK_PACKAGE" not in os.environ, reason="set KIOSK_PACKAGE to a build (make package)"
)
def test_built_package_starts_shows_home_and_stops_cleanly() -> None:
    assert smoke.check(Path(os.environ["KIOSK_PACKAGE"])) == []
