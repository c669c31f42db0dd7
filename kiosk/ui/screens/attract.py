"""The attract screen: key sentences in turn, and one big target that says "Touch to start"."""

from __future__ import annotations

from itertools import zip_longest

from PySide6.QtCore import QEasingCurve, QRect, Qt, QTimeLine, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QVBoxLayout

from kiosk.ui.context import Context
from kiosk.ui.screens.base import Screen
from kiosk.ui.strings import tr
from kiosk.ui.theme import FONT_FAMILY

FADE_MS = 600
FADE_FRAME_MS = 60


class AttractSurface(QAbstractButton):
    """The whole screen as one button; paints the current sentence, fading between them."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sentences: tuple[str, ...] = ()
        self.index = 0
        self._opacity = 1.0
        # A few frames are enough for a calm fade, and cheap on a kiosk that runs all day.
        self._fade = QTimeLine(FADE_MS, self)
        self._fade.setUpdateInterval(FADE_FRAME_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.valueChanged.connect(self._set_opacity)

    def _set_opacity(self, value: float) -> None:
        self._opacity = value
        self.update()

    def show_next(self) -> None:
        """Move to the next sentence with a short fade."""
        if not self.sentences:
            return
        self.index = (self.index + 1) % len(self.sentences)
        self._fade.stop()
        self._fade.setCurrentTime(0)
        self._fade.start()

    def current(self) -> str:
        """The sentence on screen now."""
        return self.sentences[self.index] if self.sentences else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self.context.theme
        palette = theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(palette.background))
        margin = theme.gap(4)
        width, height = self.width() - 2 * margin, self.height()
        title = QFont(FONT_FAMILY)
        title.setPixelSize(theme.text(1.4))
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor(palette.muted))
        title_rect = QRect(margin, margin, width, theme.text(1.4) * 3)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
            self.context.language.title,
        )
        sentence = QFont(FONT_FAMILY)
        sentence.setPixelSize(theme.text(2.0))
        painter.setFont(sentence)
        painter.setPen(QColor(palette.text))
        painter.setOpacity(self._opacity)
        middle = QRect(margin, height // 4, width, height // 2)
        painter.drawText(
            middle, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.current()
        )
        painter.setOpacity(1.0)
        button = QFont(FONT_FAMILY)
        button.setPixelSize(theme.text(1.3))
        button.setBold(True)
        painter.setFont(button)
        pill_height = max(theme.target(), theme.text(1.3) * 3)
        pill = QRect(margin, height - margin - pill_height, width, pill_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.accent))
        painter.drawRoundedRect(pill, pill_height / 4, pill_height / 4)
        painter.setPen(QColor(palette.accent_text))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text())


class AttractScreen(Screen):
    """Rotates the article's key sentences in every language until touched."""

    screen_id = "attract"
    shows_bar = False

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.surface = AttractSurface(context)
        self.surface.clicked.connect(lambda: self.navigate.emit("home"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.surface)
        self.timer = QTimer(self)
        self.timer.setInterval(round(context.settings["attract.rotate_seconds"] * 1000))
        self.timer.timeout.connect(self.surface.show_next)
        self.refresh()

    def refresh(self) -> None:
        languages = list(self.context.content.languages.values())
        mixed = zip_longest(*(language.attract for language in languages))
        self.surface.sentences = tuple(s for group in mixed for s in group if s)
        prompts = dict.fromkeys(tr(language.code, "touch_to_start") for language in languages)
        self.surface.setText("  ·  ".join(prompts))
        self.surface.setAccessibleName(self.surface.text())
        self.surface.update()

    def reset(self) -> None:
        self.surface.index = 0

    def showEvent(self, event: object) -> None:
        self.timer.start()

    def hideEvent(self, event: object) -> None:
        self.timer.stop()
