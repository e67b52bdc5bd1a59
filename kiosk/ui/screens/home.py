"""Home: big tiles to every part of the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.context import KioskContext
from kiosk.ui.icons import icon
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.screens.table import TILES, HomeTile
from kiosk.ui.widgets.tile import Tile

#: Each Home tile with the screen it opens (TILES holds only the screens that have a tile).
_HOME_TILES: tuple[tuple[ScreenId, HomeTile], ...] = tuple(
    (entry.id, entry.tile) for entry in TILES if entry.tile is not None
)


class HomeScreen(Screen):
    """The visitor's starting point."""

    screen_id = ScreenId.HOME

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = ScreenHeader()
        self.tiles: dict[ScreenId, Tile] = {}
        for screen_id, home_tile in _HOME_TILES:
            tile = Tile()
            tile.setObjectName(f"Tile_{screen_id}")
            tile.clicked.connect(lambda _=False, s=screen_id: self.navigate_requested.emit(s))
            self.tiles[screen_id] = tile
            if home_tile.highlight:
                tile.setProperty("highlight", True)
        self.counter = QLabel()
        self.counter.setObjectName("Counter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.hide()
        self._supporters = 0
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.counter)
        self._columns = 0
        self.finish_setup()
        self.follow_supporters()

    def retranslate_ui(self) -> None:
        self.header.set_texts(
            self.tr("Human beings are not for sale"),
            self.tr("Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge."),
        )
        for screen_id, home_tile in _HOME_TILES:
            self.tiles[screen_id].set_texts(*home_tile.texts())
        self.set_supporters(self._supporters)

    def set_supporters(self, count: int) -> None:
        self._supporters = count
        self.counter.setVisible(count > 0)
        # %Ln: the number in the UI language's digits and grouping (QLocale.setDefault).
        self.counter.setText(self.tr("%Ln people have taken the Blue Heart pledge", "", count))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        px = self.context.theme.px
        # Larger text takes the room from the gaps, so Home still fits a 1080p landscape screen.
        gap = px(28) if self.context.theme.text_scale <= 1.0 else px(18)
        self.grid.setSpacing(gap)
        color = self.context.theme.color("text")
        for screen_id, home_tile in _HOME_TILES:
            tile_color = self.context.theme.color("text_on_accent") if home_tile.highlight else color
            self.tiles[screen_id].set_tile_icon(icon(home_tile.icon, tile_color), px(88), gap)
            self.tiles[screen_id].set_minimum_height(px(180))
        self._relayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        # The window's shape, not the screen's: reach mode makes an upright screen short and wide.
        window = self.window()
        columns = 2 if window.width() < window.height() else 3
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, entry in enumerate(TILES):
            self.grid.addWidget(self.tiles[entry.id], index // columns, index % columns)
        # The last tile (the pledge) closes the grid across the remaining columns.
        last = len(TILES) - 1
        row, column = divmod(last, columns)
        closing = self.tiles[TILES[-1].id]
        self.grid.removeWidget(closing)
        self.grid.addWidget(closing, row, column, 1, columns - column)
