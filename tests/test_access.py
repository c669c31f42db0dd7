"""Every visitor can use it: Spanish, larger text, high contrast, read-aloud, the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk.app import Kiosk
from kiosk.ui.screens.article import ArticleScreen
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL
from tests.conftest import Finger, MakeKiosk, largest_text


def tap_tile(kiosk: Kiosk, finger: Finger, tile: str) -> None:
    finger.tap(kiosk.window.screens["home"].tiles[tile])  # type: ignore[attr-defined]


def test_language_switch_names_the_other_language_in_its_own_words(
    kiosk: Kiosk, finger: Finger
) -> None:
    switch = kiosk.window.bar.language_button
    assert switch.text() == "Español"
    finger.tap(switch)
    assert switch.text() == "English"
    assert kiosk.window.bar.home_button.text() == "Inicio"
    assert kiosk.window.bar.quick_exit_button.text() == "Salida rápida"


@pytest.mark.parametrize("tile", ["article", "statistics", "factors", "help"])
def test_switching_language_keeps_the_visitor_on_the_same_screen(
    kiosk: Kiosk, finger: Finger, tile: str
) -> None:
    tap_tile(kiosk, finger, tile)
    english = kiosk.window.current.spoken_text()
    finger.tap(kiosk.window.bar.language_button)
    assert kiosk.window.current.screen_id == tile
    spanish = kiosk.window.current.spoken_text()
    assert spanish and spanish != english


def test_article_page_is_kept_across_a_language_switch(kiosk: Kiosk, finger: Finger) -> None:
    tap_tile(kiosk, finger, "article")
    screen = kiosk.window.current
    assert isinstance(screen, ArticleScreen)
    finger.tap(screen.next_button)
    finger.tap(screen.next_button)
    finger.tap(kiosk.window.bar.language_button)
    assert screen.index == 2
    assert screen.sections[2].id == kiosk.context.content.languages["en"].sections[2].id
    assert screen.next_button.text() == "Siguiente"


def test_idle_reset_returns_to_the_staff_language(
    make_kiosk: MakeKiosk, finger: Finger, qtbot
) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk(**{"content.default_language": "es"})
    finger.tap(made.window.current)
    assert made.window.bar.home_button.text() == "Inicio"
    finger.tap(made.window.bar.language_button)
    assert made.window.bar.home_button.text() == "Home"
    with qtbot.waitSignal(made.window.visit_cleared, timeout=3000):
        pass
    assert made.context.visit.language == "es"
    assert "Toque para empezar" in made.window.current.surface.text()  # type: ignore[attr-defined]


def test_text_size_has_three_steps_up_to_one_and_a_half(kiosk: Kiosk, finger: Finger) -> None:
    tap_tile(kiosk, finger, "article")
    button = kiosk.window.access_bar.text_size_button
    heading = kiosk.window.current.findChild(QLabel, "Heading")
    sizes = [heading.font().pixelSize()]
    labels = [button.text()]
    for _ in range(2):
        finger.tap(button)
        sizes.append(heading.font().pixelSize())
        labels.append(button.text())
    assert labels == ["Text size 100%", "Text size 125%", "Text size 150%"]
    assert sizes[0] < sizes[1] < sizes[2] and sizes[2] >= 1.45 * sizes[0]
    assert kiosk.window.current.screen_id == "article"
    finger.tap(button)
    assert heading.font().pixelSize() == sizes[0]


def test_high_contrast_is_one_tap_and_an_idle_reset_clears_it(
    kiosk: Kiosk, finger: Finger, qtbot
) -> None:  # type: ignore[no-untyped-def]
    button = kiosk.window.access_bar.contrast_button
    finger.tap(button)
    assert button.isChecked()
    assert kiosk.context.theme.palette is HIGH_CONTRAST
    assert HIGH_CONTRAST.background in kiosk.window.styleSheet()
    finger.tap(kiosk.window.access_bar.text_size_button)
    with qtbot.waitSignal(kiosk.window.visit_cleared, timeout=3000):
        pass
    assert kiosk.context.theme.palette is NORMAL
    assert kiosk.context.visit.text_step == 0


@pytest.mark.parametrize("tile", ["article", "statistics", "factors", "help"])
def test_nothing_is_clipped_at_the_largest_text_at_800x480(
    make_kiosk: MakeKiosk, finger: Finger, tile: str
) -> None:
    made = make_kiosk(800, 480)
    finger.tap(made.window.current)
    largest_text(made, finger)
    assert made.context.visit.text_scale == 1.5
    tap_tile(made, finger, tile)
    QApplication.processEvents()
    window = made.window
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        assert button.width() >= 48 and button.height() >= 48, button.text()
        if button.parentWidget() in (window.bar, window.access_bar):
            assert button.width() >= button.sizeHint().width() * 0.98, f"{button.text()} clipped"
    for text in window.findChildren(QLabel):
        if text.isVisible() and text.wordWrap() and text.text():
            assert text.height() >= text.heightForWidth(text.width()) - 2, text.text()[:40]
    bars = window.bar.height() + window.access_bar.height()
    assert bars < window.height() / 2, "the page keeps most of the small screen"
    assert (window.width(), window.height()) == (800, 480), "the window grew past the screen"
    page = window.current
    needed = page.layout().minimumSize().height()  # type: ignore[union-attr]
    assert needed <= page.height(), f"{tile} needs {needed} px of {page.height()}: clipped"


def test_read_aloud_reads_the_section_in_the_visitors_language(
    kiosk: Kiosk, finger: Finger
) -> None:
    tap_tile(kiosk, finger, "article")
    finger.tap(kiosk.window.bar.language_button)
    read = kiosk.window.access_bar.read_button
    assert read.isVisible() and read.text() == "Leer en voz alta"
    finger.tap(read)
    reader = kiosk.window.reader
    assert reader.speaking and reader.language == "es"
    section = kiosk.context.content.languages["es"].sections[0]
    assert reader.text.startswith(section.title)
    assert section.body.split()[0] in reader.text
    assert read.text() == "Dejar de leer"
    finger.tap(read)
    assert not kiosk.window.reader.speaking
    assert read.text() == "Leer en voz alta"


def test_speech_stops_on_navigation_and_quick_exit(kiosk: Kiosk, finger: Finger) -> None:
    tap_tile(kiosk, finger, "article")
    reader = kiosk.window.reader
    finger.tap(kiosk.window.access_bar.read_button)
    assert reader.speaking
    finger.tap(kiosk.window.current.next_button)  # type: ignore[attr-defined]
    finger.tap(kiosk.window.bar.back_button)
    assert not reader.speaking
    tap_tile(kiosk, finger, "statistics")
    finger.tap(kiosk.window.access_bar.read_button)
    assert reader.speaking
    finger.tap(kiosk.window.bar.quick_exit_button)
    assert not reader.speaking


def test_the_kiosk_does_not_reset_while_reading(
    make_kiosk: MakeKiosk, finger: Finger, qtbot
) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk(**{"idle.timeout_seconds": 0.2, "idle.warning_seconds": 0.2})
    finger.tap(made.window.current)
    tap_tile(made, finger, "article")
    warnings: list[bool] = []
    made.monitor.warning.connect(lambda: warnings.append(True))
    finger.tap(made.window.access_bar.read_button)
    assert made.window.reader.speaking
    with qtbot.waitSignal(made.window.reader.speaking_changed, timeout=30000) as done:
        pass
    assert done.args == [False]
    assert warnings == [], "no idle warning while the kiosk was reading"
    with qtbot.waitSignal(made.window.visit_cleared, timeout=3000):
        pass


def test_no_working_engine_hides_the_button(make_kiosk: MakeKiosk, finger: Finger, caplog) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk(**{"speech.engine": "no-such-engine"})
    finger.tap(made.window.current)
    tap_tile(made, finger, "article")
    assert not made.window.access_bar.read_button.isVisible()
    assert made.window.access_bar.text_size_button.isVisible()
    assert "read-aloud is off" in caplog.text


def test_staff_can_work_it_by_keyboard(kiosk: Kiosk) -> None:
    window = kiosk.window
    tile = window.screens["home"].tiles["article"]  # type: ignore[attr-defined]
    tile.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert window.current.screen_id == "article"
    screen = window.current
    assert isinstance(screen, ArticleScreen)
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert screen.index == 1
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert screen.index == 0
    window.bar.home_button.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.bar.home_button
    focusable = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(focusable) >= 6


def test_every_control_has_an_accessible_name_and_role(kiosk: Kiosk, finger: Finger) -> None:
    from PySide6.QtGui import QAccessible

    for tile in ("article", "statistics", "factors", "help"):
        tap_tile(kiosk, finger, tile)
        for button in kiosk.window.findChildren(QAbstractButton):
            if not button.isVisible():
                continue
            interface = QAccessible.queryAccessibleInterface(button)
            assert interface is not None
            assert interface.text(QAccessible.Text.Name) == button.text().replace("\n", " ")
            assert interface.role() in (
                QAccessible.Role.PushButton,
                QAccessible.Role.CheckBox,
                QAccessible.Role.Button,
            )
        finger.tap(kiosk.window.bar.home_button)


def test_the_voice_starts_after_the_kiosk_is_showing(
    make_kiosk: MakeKiosk, finger: Finger, qtbot
) -> None:  # type: ignore[no-untyped-def]
    made = make_kiosk(**{"speech.start_delay_seconds": 0.3, "idle.timeout_seconds": 30.0})
    finger.tap(made.window.current)
    tap_tile(made, finger, "article")
    read = made.window.access_bar.read_button
    assert not read.isVisible(), "no button before the engine is up"
    with qtbot.waitSignal(made.window.reader.ready, timeout=3000):
        pass
    assert read.isVisible()
    finger.tap(read)
    assert made.window.reader.speaking
