"""Numbers drawn: a figure button with a big counting number, and a proportional bar chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from kiosk.ui.context import Context
from kiosk.ui.theme import FONT_FAMILY

COUNT_MS = 1200


def font(size: int, bold: bool = False) -> QFont:
    """The kiosk font at a pixel size."""
    result = QFont(FONT_FAMILY)
    result.setPixelSize(size)
    result.setBold(bold)
    return result


class FigureButton(QAbstractButton):
    """A big number over its caption; the whole card is one touch target.

    Its text (and accessible name) is the number and caption as read, e.g. "1,103 signals".
    """

    counted = Signal()

    def __init__(self, context: Context, formatter: Callable[[float], str]) -> None:
        super().__init__()
        self.context = context
        self.formatter = formatter
        self.value = 0.0
        self.caption = ""
        self.note = ""
        self._shown = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._count = QVariantAnimation(self)
        self._count.setDuration(COUNT_MS)
        self._count.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._count.valueChanged.connect(self._show_value)
        self._count.finished.connect(self._finished)

    def _finished(self) -> None:
        self.counted.emit()

    def set_figure(self, value: float, caption: str, note: str = "") -> None:
        """Show ``value`` (at once) with its caption and an optional small note."""
        self.value, self.caption, self.note = value, caption, note
        self._count.stop()
        self._show_value(value)
        self.updateGeometry()

    def count_up(self) -> None:
        """Count from zero to the value."""
        self._count.stop()
        self._count.setStartValue(0.0)
        self._count.setEndValue(float(self.value))
        self._count.start()

    def stop(self) -> None:
        """Stop counting and show the value."""
        self._count.stop()
        self._show_value(self.value)

    @property
    def counting(self) -> bool:
        """Whether the number is still counting up."""
        return self._count.state() == QVariantAnimation.State.Running

    def number_text(self) -> str:
        """The number as shown now."""
        return self.formatter(self._shown)

    def _show_value(self, value: float) -> None:
        self._shown = float(value)
        words = " ".join(
            part for part in (self.formatter(self.value), self.caption, self.note) if part
        )
        self.setText(words)
        self.setAccessibleName(words)
        self.update()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        theme = self.context.theme
        return font(theme.text(2.2), True), font(theme.text(0.95), True), font(theme.text(0.8))

    def sizeHint(self) -> QSize:
        big, caption, note = self._fonts()
        pad = self.context.theme.gap()
        width = max(
            QFontMetrics(big).horizontalAdvance(self.formatter(self.value)),
            min(QFontMetrics(caption).horizontalAdvance(self.caption), 16 * pad),
        )
        height = QFontMetrics(big).height() + 2 * QFontMetrics(caption).height()
        if self.note:
            height += QFontMetrics(note).height()
        return QSize(width + 2 * pad, height + 2 * pad)

    def minimumSizeHint(self) -> QSize:
        big = self._fonts()[0]
        pad = self.context.theme.gap()
        return QSize(
            QFontMetrics(big).horizontalAdvance(self.formatter(self.value)) + 2 * pad,
            self.sizeHint().height(),
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        big, caption, note = self._fonts()
        pad = self.context.theme.gap()
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        inner = max(10, width - 2 * pad)
        height = QFontMetrics(big).height()
        height += (
            QFontMetrics(caption).boundingRect(0, 0, inner, 10_000, flags, self.caption).height()
        )
        if self.note:
            height += (
                QFontMetrics(note).boundingRect(0, 0, inner, 10_000, flags, self.note).height()
            )
        return max(48, height + 2 * pad)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self.context.theme
        palette = theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        down = self.isDown()
        border = 3 if self.hasFocus() else 2
        painter.setPen(QPen(QColor(palette.focus if self.hasFocus() else palette.border), border))
        painter.setBrush(QColor(palette.accent if down else palette.surface))
        radius = max(6, theme.body_px // 3)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        pad = theme.gap()
        inner = self.rect().adjusted(pad, pad, -pad, -pad)
        big, caption, note = self._fonts()
        text_colour = QColor(palette.accent_text if down else palette.text)
        painter.setFont(big)
        painter.setPen(QColor(palette.accent_text if down else palette.accent))
        big_height = QFontMetrics(big).height()
        painter.drawText(
            inner.adjusted(0, 0, 0, big_height - inner.height()),
            Qt.AlignmentFlag.AlignHCenter,
            self.number_text(),
        )
        painter.setFont(caption)
        painter.setPen(text_colour)
        rest = inner.adjusted(0, big_height, 0, 0)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(rest, flags, self.caption)
        painter.drawText(rest, flags, self.caption)
        if self.note:
            painter.setFont(note)
            painter.setPen(QColor(palette.accent_text if down else palette.muted))
            painter.drawText(rest.adjusted(0, used.height(), 0, 0), flags, self.note)


class ProportionChart(QWidget):
    """Horizontal bars, one per figure, each as long as its share of the largest."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.rows: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, float]], description: str) -> None:
        """Show ``rows`` of (label, value); ``description`` is the chart in words."""
        self.rows = rows
        self.setAccessibleName(description)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        theme = self.context.theme
        return QFontMetrics(font(theme.text(0.9), True)).height() + theme.text(1.1) + theme.gap()

    def sizeHint(self) -> QSize:
        return QSize(400, self._row_height() * len(self.rows) + self.context.theme.gap())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        theme = self.context.theme
        palette = theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_font = font(theme.text(0.9), True)
        label_height = QFontMetrics(label_font).height()
        bar_height = theme.text(1.1)
        largest = max(value for _, value in self.rows) or 1.0
        y = 0
        for index, (text, value) in enumerate(self.rows):
            painter.setFont(label_font)
            painter.setPen(QColor(palette.text))
            painter.drawText(0, y, self.width(), label_height, Qt.AlignmentFlag.AlignLeft, text)
            width = max(4.0, (self.width() - 2) * value / largest)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.chart[index % len(palette.chart)]))
            painter.drawRoundedRect(QRectF(0, y + label_height, width, bar_height), 4, 4)
            y += self._row_height()
