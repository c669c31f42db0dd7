"""The home screen: the title and one large tile for each part of the kiosk."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.ui.context import Context
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import Tile, label

TILES = (
    ("article", "tile_article"),
    ("statistics", "tile_statistics"),
    ("factors", "tile_factors"),
    ("help", "tile_help"),
)


class HomeScreen(Screen):
    """Title, subtitle and four tiles."""

    screen_id = "home"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self._title = label(name="Title")
        self._subtitle = label(name="Subtitle")
        self._grid = QGridLayout()
        self.tiles: dict[str, Tile] = {}
        for index, (screen_id, _) in enumerate(TILES):
            tile = Tile("")
            tile.clicked.connect(lambda _=False, s=screen_id: self.navigate.emit(s))
            self.tiles[screen_id] = tile
            self._grid.addWidget(tile, index // 2, index % 2)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._title)
        self._layout.addWidget(self._subtitle)
        self._layout.addLayout(self._grid, 1)
        self.refresh()

    def title(self) -> str:
        return self.context.tr("home")

    def refresh(self) -> None:
        language = self.context.language
        self._title.setText(language.title)
        self._subtitle.setText(language.subtitle)
        self._subtitle.setVisible(bool(language.subtitle))
        for screen_id, key in TILES:
            self.tiles[screen_id].setText(self.context.tr(key))
        gap = self.context.theme.gap()
        self._layout.setContentsMargins(gap * 2, gap, gap * 2, gap * 2)
        self._layout.setSpacing(gap)
        self._grid.setSpacing(gap * 2)

    def spoken_text(self) -> str:
        language = self.context.language
        return f"{language.title}. {language.subtitle}"
