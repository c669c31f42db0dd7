"""Statistics: the article's figures as big counting numbers, a chart, and what each means."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QStackedLayout

from kiosk import usage
from kiosk.content.statistics import DerivedFigure, Figure, Statistics
from kiosk.ui.chart import FigureButton, ProportionChart
from kiosk.ui.context import Context
from kiosk.ui.screens.base import Screen
from kiosk.ui.scroll import ScrollPage
from kiosk.ui.widgets import Button, label


class StatisticsScreen(Screen):
    """An overview of every figure; a tap opens one figure's meaning, year and source."""

    screen_id = "statistics"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.figure_buttons: list[FigureButton] = []
        self.derived_buttons: list[FigureButton] = []
        self.opened: Figure | DerivedFigure | None = None
        self._pages = QStackedLayout(self)
        self.overview = ScrollPage()
        self._heading = label(name="Heading")
        self._intro = label()
        self._figures = QGridLayout()
        self.chart = ProportionChart(context)
        self._derived_heading = label(name="Heading")
        self._derived = QGridLayout()
        self._credit = label(name="Credit")
        column = self.overview.column
        column.addWidget(self._heading)
        column.addWidget(self._intro)
        column.addLayout(self._figures)
        column.addWidget(self.chart)
        column.addWidget(self._derived_heading)
        column.addLayout(self._derived)
        column.addWidget(self._credit)
        column.addStretch(1)
        self.detail = ScrollPage()
        self._detail_title = label(name="Heading")
        self._detail_value = label(name="Title")
        self._detail_facts = label()
        self._detail_meaning = label()
        self._detail_derived = label(name="Muted")
        self.close_button = Button(name="Primary")
        self.close_button.clicked.connect(self.close_detail)
        for widget in (
            self._detail_title,
            self._detail_value,
            self._detail_facts,
            self._detail_meaning,
            self._detail_derived,
        ):
            self.detail.column.addWidget(widget)
        self.detail.column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail.column.addStretch(1)
        self._pages.addWidget(self.overview)
        self._pages.addWidget(self.detail)
        self._built_for: Statistics | None = None
        self._portrait: bool | None = None
        self.refresh()

    @property
    def statistics(self) -> Statistics | None:
        """The figures in the visitor's language."""
        return self.context.language.statistics

    def title(self) -> str:
        return self.context.tr("tile_statistics")

    def format(self, value: float, kind: str = "count") -> str:
        """A number as the visitor's language writes it."""
        locale = self.context.locale()
        if kind == "percent":
            return self.context.tr("percent", value=locale.toString(float(round(value)), "f", 0))
        if kind == "ratio":
            return locale.toString(value, "f", 1)
        return locale.toString(round(value))

    def _formatter(self, kind: str) -> Callable[[float], str]:
        return lambda value: self.format(value, kind)

    def _build(self, statistics: Statistics) -> None:
        """Make one button per figure; only when the figures themselves change."""
        for button in (*self.figure_buttons, *self.derived_buttons):
            button.deleteLater()
        self.figure_buttons = []
        self.derived_buttons = []
        for figure in statistics.figures:
            button = FigureButton(self.context, self.format)
            button.clicked.connect(lambda _=False, f=figure.id: self.tap_figure(f))
            self.figure_buttons.append(button)
        for derived in statistics.derived:
            button = FigureButton(self.context, self._formatter(derived.kind))
            button.clicked.connect(lambda _=False, f=derived.id: self.tap_figure(f))
            self.derived_buttons.append(button)
        self._built_for = statistics

    def _place(self, force: bool = False) -> None:
        """Lay the buttons out in a row, or a column on a tall narrow screen."""
        portrait = self.width() < self.height() * 0.8
        if portrait == self._portrait and not force:
            return
        self._portrait = portrait
        for grid, buttons in (
            (self._figures, self.figure_buttons),
            (self._derived, self.derived_buttons),
        ):
            while grid.count():
                grid.takeAt(0)
            columns = 1 if portrait and len(buttons) > 3 else max(1, len(buttons))
            for index, button in enumerate(buttons):
                grid.addWidget(button, index // columns, index % columns)
            grid.setSpacing(self.context.theme.gap())

    def refresh(self) -> None:
        statistics = self.statistics
        gap = self.context.theme.gap()
        for page in (self.overview, self.detail):
            page.column.setContentsMargins(gap * 2, gap, gap * 2, gap * 2)
            page.column.setSpacing(gap)
        if statistics is None:
            self._heading.setText(self.context.tr("no_statistics"))
            return
        if statistics is not self._built_for:
            self._build(statistics)
            self._place(force=True)
        self._heading.setText(statistics.title)
        self._intro.setText(statistics.intro)
        for button, figure in zip(self.figure_buttons, statistics.figures, strict=True):
            button.set_figure(figure.value, figure.short)
        for button, derived in zip(self.derived_buttons, statistics.derived, strict=True):
            button.set_figure(derived.value, derived.short, self.context.tr("derived_note"))
        rows = [(f"{self.format(f.value)} {f.short}", f.value) for f in statistics.figures]
        self.chart.set_rows(rows, self.context.tr("chart_name", rows=", ".join(r for r, _ in rows)))
        self._derived_heading.setText(self.context.tr("derived_heading"))
        self._derived_heading.setVisible(bool(statistics.derived))
        self._credit.setText(statistics.credit)
        self.close_button.setText(self.context.tr("all_figures"))
        if self.opened is not None:
            self.open_figure(self.opened.id)

    def tap_figure(self, figure_id: str) -> None:
        """A visitor opened a figure: count it (anonymously, per day) and show it."""
        usage.record("statistic", figure_id)
        self.open_figure(figure_id)

    def open_figure(self, figure_id: str) -> None:
        """Show one figure's explanation, year, place and source."""
        statistics = self.statistics
        figure = statistics.figure(figure_id) if statistics else None
        if figure is None:
            self.close_detail()
            return
        self.opened = figure
        tr = self.context.tr
        self._detail_title.setText(figure.label)
        if isinstance(figure, DerivedFigure):
            self._detail_value.setText(self.format(figure.value, figure.kind))
            top, bottom = figure.numerator, figure.denominator
            self._detail_facts.setText(
                tr("facts", year=top.year, place=top.place, source=top.source)
            )
            self._detail_derived.setText(
                tr(
                    "derived_how",
                    top=self.format(top.value),
                    top_name=top.short,
                    bottom=self.format(bottom.value),
                    bottom_name=bottom.short,
                )
            )
        else:
            self._detail_value.setText(self.format(figure.value))
            self._detail_facts.setText(
                tr("facts", year=figure.year, place=figure.place, source=figure.source)
            )
            self._detail_derived.setText("")
        self._detail_derived.setVisible(isinstance(figure, DerivedFigure))
        self._detail_meaning.setText(figure.meaning)
        self._pages.setCurrentWidget(self.detail)
        self.detail.to_top()

    def close_detail(self) -> bool:
        if self.opened is None:
            return False
        self.opened = None
        self._pages.setCurrentWidget(self.overview)
        return True

    def entered(self) -> None:
        self.close_detail()
        self.overview.to_top()
        for button in self.figure_buttons:
            button.count_up()

    def reset(self) -> None:
        self.close_detail()
        self.overview.to_top()
        for button in (*self.figure_buttons, *self.derived_buttons):
            button.stop()

    def resizeEvent(self, event: object) -> None:
        self._place()

    def spoken_text(self) -> str:
        statistics = self.statistics
        if statistics is None:
            return ""
        if self.opened is not None:
            return " ".join(
                w.text()
                for w in (
                    self._detail_title,
                    self._detail_value,
                    self._detail_facts,
                    self._detail_meaning,
                    self._detail_derived,
                )
            )
        parts = [statistics.title, statistics.intro]
        parts += [b.text() for b in (*self.figure_buttons, *self.derived_buttons)]
        return ". ".join(p for p in parts if p)
