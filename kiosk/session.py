"""What one visit holds, and what clearing it puts back. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5)
"""Text-size steps a visitor can choose; the first is the default."""


@dataclass
class Visit:
    """The visitor's choices; screens and history live in the window."""

    default_language: str = "en"
    language: str = "en"
    text_step: int = 0
    high_contrast: bool = False

    def __post_init__(self) -> None:
        self.language = self.default_language

    @property
    def text_scale(self) -> float:
        """The factor applied to every text size."""
        return TEXT_SCALES[self.text_step]

    def next_text_step(self) -> int:
        """Move to the next text size, wrapping from the largest to the default."""
        self.text_step = (self.text_step + 1) % len(TEXT_SCALES)
        return self.text_step

    def clear(self) -> None:
        """Forget the visitor's choices."""
        self.language = self.default_language
        self.text_step = 0
        self.high_contrast = False
