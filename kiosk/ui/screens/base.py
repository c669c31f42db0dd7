"""What all screens share."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.context import Context


class Screen(QWidget):
    """A full page below the bar. Subclasses fill it and say how to clear it."""

    screen_id = ""
    shows_bar = True
    navigate = Signal(str)
    """Asks the window to open the screen with this id."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("Screen")
        # The window is the screen's size; a page that needs more scrolls instead of
        # pushing the window (and its bottom bar) past the edge of the display.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def title(self) -> str:
        """The text shown in the bar above this screen."""
        return ""

    def refresh(self) -> None:
        """Redo every text after a change of language, theme or size."""

    def reset(self) -> None:
        """Forget everything this visit did here: scroll positions, pages, open details."""

    def close_detail(self) -> bool:
        """Close whatever this screen has open; return whether there was anything."""
        return False

    def entered(self) -> None:
        """Called each time the screen is opened from elsewhere."""

    def spoken_text(self) -> str:
        """The text read aloud for what is on screen now."""
        return ""
