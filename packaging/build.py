"""Build the one-folder package with PyInstaller: dist/kiosk/kiosk (kiosk.exe on Windows).

    python packaging/build.py

The built-in content and assets go where ``kiosk.paths`` looks for them when
installed: ``kiosk/_builtin/`` inside the bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PyInstaller.__main__

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sep = os.pathsep
    PyInstaller.__main__.run(
        [
            str(ROOT / "packaging" / "entry.py"),
            "--name=kiosk",
            "--onedir",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={ROOT / 'dist'}",
            f"--workpath={ROOT / 'build' / 'pyinstaller'}",
            f"--specpath={ROOT / 'build'}",
            f"--paths={ROOT}",
            "--collect-submodules=kiosk",
            f"--add-data={ROOT / 'content'}{sep}kiosk/_builtin/content",
            f"--add-data={ROOT / 'assets'}{sep}kiosk/_builtin/assets",
            # Qt modules the kiosk never uses; leaving them out halves the folder.
            *(f"--exclude-module=PySide6.{m}" for m in EXCLUDED),
            *(["--windowed"] if sys.platform == "win32" else []),
        ]
    )
    print(f"built {ROOT / 'dist' / 'kiosk'}")
    return 0


EXCLUDED = (
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "Qt3DCore",
    "Qt3DRender",
    "QtQuick",
    "QtQml",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtPdf",
    "QtBluetooth",
    "QtNetworkAuth",
    "QtSql",
)


if __name__ == "__main__":
    raise SystemExit(main())
