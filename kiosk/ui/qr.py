"""A QR code drawn crisply: every module a whole number of pixels, dark on light in any theme."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.deferred import defer_import

MIN_SYMBOL_PX = 110
"""Smallest side of the code itself: 3 cm on a 24-inch 1080p screen (0.277 mm a pixel)."""
QUIET_MODULES = 4
"""The light margin a scanner needs around the code, in modules (the standard's minimum)."""
DARK = QColor(Qt.GlobalColor.black)
LIGHT = QColor(Qt.GlobalColor.white)
"""Phones read dark modules on a light ground; a high-contrast theme must not invert them."""


class QrCode(QWidget):
    """Shows ``link`` as a QR code, at least MIN_SYMBOL_PX wide, scaled to whole modules."""

    def __init__(self, link: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QrCode")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._wanted = MIN_SYMBOL_PX
        self._rows: list[bytes] = []
        self.link = ""
        self.set_link(link)

    def set_link(self, link: str) -> None:
        """Encode ``link`` (a tel: or sms: address)."""
        self.link = link
        self._rows = encode(link) if link else []
        self._resize()

    def set_symbol_size(self, pixels: int) -> None:
        """Aim for a code about ``pixels`` wide; never below MIN_SYMBOL_PX."""
        self._wanted = max(MIN_SYMBOL_PX, pixels)
        self._resize()

    @property
    def modules(self) -> int:
        """Modules along one side of the code, without the quiet zone."""
        return len(self._rows)

    def module_px(self) -> int:
        """Pixels per module: whole pixels, enough for MIN_SYMBOL_PX."""
        if not self.modules:
            return 1
        least = math.ceil(MIN_SYMBOL_PX / self.modules)
        return max(least, round(self._wanted / self.modules))

    def symbol_px(self) -> int:
        """Side of the code as drawn, without the quiet zone."""
        return self.module_px() * self.modules

    def _side(self) -> int:
        return self.module_px() * (self.modules + 2 * QUIET_MODULES)

    def _resize(self) -> None:
        side = self._side() if self.modules else 0
        self.setFixedSize(side, side)
        self.update()

    def sizeHint(self) -> QSize:
        side = self._side()
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.modules:
            return
        painter = QPainter(self)
        size = self.module_px()
        side = self._side()
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter.fillRect(QRect(left, top, side, side), LIGHT)
        origin_x = left + QUIET_MODULES * size
        origin_y = top + QUIET_MODULES * size
        for y, row in enumerate(self._rows):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                painter.fillRect(
                    QRect(origin_x + start * size, origin_y + y * size, (x - start) * size, size),
                    DARK,
                )
        painter.end()


def encode(link: str) -> list[bytes]:
    """The rows of ``link``'s QR code, a byte a module: 1 dark, 0 light."""
    # segno's SVG writer imports xml.sax.saxutils, which imports urllib.request and so
    # http, email and OpenSSL: megabytes for a kiosk that only needs the matrix.
    defer_import("urllib.request")
    import segno

    code = segno.make(link, error="m", micro=False)
    return [bytes(row) for row in code.matrix]
