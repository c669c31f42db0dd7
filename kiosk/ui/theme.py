"""The one place that holds colours, fonts and sizes. Screens ask it; nothing else decides."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    """Colours of one theme, as #rrggbb."""

    background: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    button: str
    button_text: str
    border: str
    exit: str
    exit_text: str
    focus: str
    chart: tuple[str, ...]
    scrim: str


NORMAL = Palette(
    background="#f7f4ee",
    surface="#ffffff",
    text="#1d1d1f",
    muted="#4a4a50",
    accent="#1f4e8c",
    accent_text="#ffffff",
    button="#e3e8f0",
    button_text="#13294b",
    border="#8a94a6",
    exit="#b3261e",
    exit_text="#ffffff",
    focus="#d97706",
    chart=("#1f4e8c", "#8a4f00", "#2e6b30"),
    scrim="#1d1d1f",
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#f0f0f0",
    accent="#ffe100",
    accent_text="#000000",
    button="#000000",
    button_text="#ffffff",
    border="#ffffff",
    exit="#ffe100",
    exit_text="#000000",
    focus="#00e5ff",
    chart=("#ffe100", "#00e5ff", "#ffffff"),
    scrim="#000000",
)

FONT_FAMILY = "Andika"
MIN_TARGET = 48
"""Smallest side of anything a finger taps, in logical pixels."""


@dataclass(frozen=True)
class Theme:
    """Sizes for one window size and text scale, and the colours in force."""

    palette: Palette
    body_px: int
    scale: float = 1.0

    @classmethod
    def for_window(
        cls, width: int, height: int, scale: float = 1.0, high_contrast: bool = False
    ) -> Theme:
        """Size text from the window: 24 px body at 1080 px, never under 18 px."""
        body = max(18, round(min(width, height) / 45))
        return cls(HIGH_CONTRAST if high_contrast else NORMAL, body, scale)

    def text(self, factor: float = 1.0) -> int:
        """A text size in pixels: ``factor`` times the body size, scaled by the visitor."""
        return max(12, round(self.body_px * factor * self.scale))

    def chrome_text(self) -> int:
        """Text size of the bars, which grow less than the reading text."""
        return max(16, round(self.body_px * min(self.scale, 1.2)))

    def target(self) -> int:
        """Height of a button: at least MIN_TARGET pixels."""
        return max(MIN_TARGET, round(self.chrome_text() * 2.5))

    def gap(self, factor: float = 1.0) -> int:
        """Spacing between things."""
        return max(6, round(self.body_px * 0.6 * factor))

    def stylesheet(self) -> str:
        """The application style sheet for this theme."""
        p = self.palette
        radius = max(6, self.body_px // 3)
        border = 3 if p is HIGH_CONTRAST else 2
        return f"""
QWidget#KioskWindow, QWidget#Screen, QStackedWidget {{ background: {p.background}; }}
QWidget {{ color: {p.text}; font-family: "{FONT_FAMILY}"; font-size: {self.text()}px; }}
QLabel {{ background: transparent; }}
QLabel#Title {{ font-size: {self.text(1.6)}px; font-weight: bold; }}
QLabel#Subtitle {{ font-size: {self.text(1.1)}px; color: {p.muted}; }}
QLabel#Heading {{ font-size: {self.text(1.3)}px; font-weight: bold; }}
QLabel#Muted, QLabel#Credit {{ color: {p.muted}; font-size: {self.text(0.85)}px; }}
QLabel#BarTitle {{ font-size: {self.chrome_text()}px; font-weight: bold; }}
QWidget#Bar {{ background: {p.surface}; border-bottom: {border}px solid {p.border}; }}
QPushButton {{
    background: {p.button}; color: {p.button_text}; border: {border}px solid {p.border};
    border-radius: {radius}px; padding: 4px {self.gap()}px;
    min-height: {self.target() - 2 * border - 8}px; min-width: {MIN_TARGET}px;
    font-size: {self.chrome_text()}px; font-weight: bold;
}}
QPushButton:pressed {{ background: {p.accent}; color: {p.accent_text}; }}
QPushButton:focus {{ border-color: {p.focus}; }}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QPushButton#QuickExit {{ background: {p.exit}; color: {p.exit_text}; border-color: {p.exit}; }}
QPushButton#Tile {{
    background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    font-size: {self.text(1.25)}px; padding: {self.gap()}px; text-align: center;
}}
QPushButton#Tile:pressed {{ background: {p.button}; color: {p.button_text}; }}
QPushButton#Primary {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
QPushButton#Card {{
    background: {p.surface}; color: {p.text}; text-align: left; font-weight: normal;
    font-size: {self.text()}px; padding: {self.gap()}px;
}}
QPushButton#Card:pressed {{ background: {p.accent}; color: {p.accent_text}; }}
QFrame#Panel {{ background: {p.surface}; border: {border}px solid {p.border};
    border-radius: {radius}px; }}
QFrame#Panel QLabel {{ border: none; }}
QLabel#Strong {{ font-weight: bold; }}
QTextBrowser {{
    background: {p.surface}; border: {border}px solid {p.border}; border-radius: {radius}px;
    padding: {self.gap()}px;
}}
QWidget#Notice {{ background: {p.surface}; border: {border * 2}px solid {p.accent};
    border-radius: {radius}px; }}
QLabel#Countdown {{ font-size: {self.text(2.2)}px; font-weight: bold; color: {p.accent}; }}
QScrollBar:vertical {{ width: {max(12, self.body_px // 2)}px; background: {p.background}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 4px; min-height: 40px; }}
"""

    def document_css(self) -> str:
        """Style sheet for Markdown shown in a QTextBrowser (a subset of CSS)."""
        p = self.palette
        return (
            f"body {{ color: {p.text}; }}"
            f"p {{ margin-bottom: {self.gap()}px; line-height: 125%; }}"
            f"h1, h2, h3 {{ color: {p.text}; }}"
            f"strong {{ color: {p.text}; }}"
        )
