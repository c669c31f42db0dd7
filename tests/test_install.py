"""The built-in content and fonts ship inside the installed package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_carries_content_and_validates_from_elsewhere(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
    )
    wheel = next(tmp_path.glob("kiosk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "kiosk/_builtin/content/en/language.toml" in names
    assert "kiosk/_builtin/assets/fonts/Andika-Regular.ttf" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import kiosk, sys; from kiosk.cli import main; "
            "print(kiosk.__file__); sys.exit(main(['validate']))",
        ],
        cwd=elsewhere,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    printed = result.stdout.splitlines()
    assert printed[0].startswith(str(site))
    assert "_builtin/content: OK" in printed[1]
