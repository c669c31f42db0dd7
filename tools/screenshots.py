"""Screenshots of every screen on a virtual screen (Xvfb) at the sizes the kiosk supports.

    python tools/screenshots.py [OUTDIR]

Each size runs in its own Xvfb; the pictures land in OUTDIR (default: screenshots/).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SIZES = ("1920x1080", "1080x1920", "800x480")


def shoot(size: str, out: Path, variant: str) -> None:
    """Run inside Xvfb: open each screen full screen and save it."""
    from PySide6.QtTest import QTest

    from kiosk.app import create_kiosk
    from kiosk.settings import Settings

    kiosk = create_kiosk(Settings())
    window = kiosk.window
    QTest.qWait(300)
    if "es" in variant:
        window.next_language()
    if "large" in variant:
        for _ in range(2):
            window.context.visit.next_text_step()
        window.apply_theme(force=True)
    if "contrast" in variant:
        window.context.visit.high_contrast = True
        window.apply_theme(force=True)

    def save(name: str) -> None:
        QTest.qWait(400)
        path = out / f"{size}-{variant}-{name}.png"
        window.screen().grabWindow(window.winId()).save(str(path))
        print(path)

    extra = getattr(window, "screenshot_states", lambda: {})()
    for screen_id in ("attract", "home", "article", "statistics", "factors", "help", "neutral"):
        window.open(screen_id, animate=False)
        save(screen_id)
        for name, action in extra.get(screen_id, ()):
            action()
            save(f"{screen_id}-{name}")
    window.open("home", animate=False)
    kiosk.monitor.warning.emit()
    window.notice.show_seconds(27)
    save("idle-notice")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        size, out, variant = sys.argv[2], Path(sys.argv[3]), sys.argv[4]
        shoot(size, out, variant)
        return 0
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    variants = os.environ.get("VARIANTS", "en").split(",")
    for size in SIZES:
        for variant in variants:
            subprocess.run(
                [
                    "xvfb-run",
                    "-a",
                    "-s",
                    f"-screen 0 {size}x24",
                    sys.executable,
                    __file__,
                    "--one",
                    size,
                    str(out),
                    variant,
                ],
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
