"""The help screen: the hotline first, QR codes a phone can scan, every line a tap away."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from kiosk.app import Kiosk
from kiosk.ui.qr import MIN_SYMBOL_PX, QrCode
from kiosk.ui.screens.help import CALLING, HelpScreen
from tests.conftest import Finger, MakeKiosk, largest_text, open_tile

HOTLINE_CALL = "tel:+18883737888"
HOTLINE_TEXT = "sms:233733?body=BeFree"


def scan(code: QrCode, folder: Path) -> str:
    """Decode ``code`` as drawn on screen, with zbarimg, as a phone's camera would."""
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg is missing: make deb-test installs zbar-tools")
    path = folder / f"qr-{abs(hash(code.link))}.png"
    assert code.grab().save(str(path))
    done = subprocess.run(
        [zbarimg, "--raw", "-q", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[0]


def test_the_hotline_comes_first_with_a_code_to_call_and_to_text(
    kiosk: Kiosk, finger: Finger, tmp_path: Path
) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    assert screen._name.text() == "National Human Trafficking Hotline"
    codes = screen.codes()
    assert [c.link for c in codes] == [HOTLINE_CALL, HOTLINE_TEXT]
    assert [scan(c, tmp_path) for c in codes] == [HOTLINE_CALL, HOTLINE_TEXT]
    captions = [b.caption.text() for b in screen.featured_codes.blocks]
    assert captions == ["Call 1-888-373-7888", "Text BeFree to 233733"]
    spoken = screen.spoken_text()
    for words in ("24 hours", "Spanish", "Not law enforcement", "anonymous", "TTY 711"):
        assert words in spoken


def test_the_date_checked_is_shown_in_each_language(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    assert screen._checked.isVisible()
    assert screen._checked.text() == "Numbers last checked: November 25, 2026"
    finger.tap(kiosk.window.bar.language_button)
    assert screen._checked.text() == "Números verificados por última vez: 25 de noviembre de 2026"
    assert screen.codes()[0].link == HOTLINE_CALL, "Spanish falls back to the English lines"


def test_every_line_opens_with_a_code_for_each_way_in(
    kiosk: Kiosk, finger: Finger, tmp_path: Path
) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    help_content = screen.content
    assert help_content is not None
    assert len(screen.cards) == len(help_content.lines) - 1 >= 4
    for line in help_content.lines[1:]:
        card = screen.cards[line.id]
        assert line.name in card.label()
        finger.tap(card)
        assert screen.open_id == line.id and screen.detail.isVisible()
        assert screen.detail.heading.text() == line.name
        assert line.source in screen.detail.text.text()
        links = [c.link for c in line.contacts]
        assert [scan(code, tmp_path) for code in screen.codes()] == links
        finger.tap(screen.detail.close_button)
        assert not screen.open_id and screen.main.isVisible()


def test_what_happens_when_you_call(kiosk: Kiosk, finger: Finger, tmp_path: Path) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    finger.tap(screen.calling_card)
    assert screen.open_id == CALLING
    assert screen.detail.heading.text() == "What happens when you call"
    text = screen.spoken_text()
    assert "A person answers" in text and "not the police" in text and "911" in text
    assert [scan(c, tmp_path) for c in screen.codes()] == [HOTLINE_CALL, HOTLINE_TEXT]
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current is screen and not screen.open_id


def test_quick_exit_closes_what_was_open(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    finger.tap(screen.cards["mocsa"])
    finger.tap(kiosk.window.bar.quick_exit_button)
    assert kiosk.window.current.screen_id == "neutral"
    assert not screen.open_id and screen.stack.currentWidget() is screen.page
    assert screen.page.verticalScrollBar().value() == 0


def test_codes_are_at_least_3_cm_at_1080p_and_grow_with_the_window(
    make_kiosk: MakeKiosk, finger: Finger
) -> None:
    sizes: dict[tuple[int, int], list[int]] = {}
    for width, height in ((1920, 1080), (1080, 1920), (800, 480), (2560, 1440)):
        kiosk = make_kiosk(width, height)
        finger.tap(kiosk.window.current)
        screen = open_tile(kiosk, finger, HelpScreen)
        QApplication.processEvents()
        sizes[(width, height)] = [c.symbol_px() for c in screen.codes()]
        for code in screen.codes():
            assert code.symbol_px() % code.modules == 0, "whole pixels per module"
            assert code.width() >= code.symbol_px()
            assert code.visibleRegion().boundingRect().size() == code.size(), "not clipped"
        finger.tap(screen.cards["domestic-violence"])
        QApplication.processEvents()
        for code in screen.codes():
            assert code.symbol_px() >= MIN_SYMBOL_PX
    assert MIN_SYMBOL_PX >= 109
    assert min(sizes[(1920, 1080)]) >= MIN_SYMBOL_PX
    assert min(sizes[(2560, 1440)]) > max(sizes[(1920, 1080)])
    assert min(sizes[(800, 480)]) >= MIN_SYMBOL_PX


def test_a_small_screen_with_large_text_scrolls_the_help_page_as_one(
    make_kiosk: MakeKiosk, finger: Finger
) -> None:
    made = make_kiosk(800, 480)
    finger.tap(made.window.current)
    largest_text(made, finger)
    screen = open_tile(made, finger, HelpScreen)
    QApplication.processEvents()
    scrolling = [a for a in screen.findChildren(QAbstractScrollArea) if a.isVisible()]
    assert scrolling == [screen.page], "one scroll for the hotline and the other lines"
    for code in screen.codes():
        assert code.visibleRegion().boundingRect().size() == code.size(), "codes whole at once"
    bar = screen.page.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    finger.swipe(screen.page.viewport(), dx=0, dy=-200)
    assert bar.value() > 0, "a drag over the hotline's panel scrolls the page"


def test_codes_side_by_side_line_up_when_captions_wrap(
    make_kiosk: MakeKiosk, finger: Finger
) -> None:
    made = make_kiosk(1920, 1080)
    finger.tap(made.window.current)
    finger.tap(made.window.bar.language_button)
    largest_text(made, finger)
    screen = open_tile(made, finger, HelpScreen)
    QApplication.processEvents()
    captions = [b.caption for b in screen.featured_codes.blocks]
    assert len({c.height() for c in captions}) > 1, "the Spanish captions wrap unequally"
    tops = {code.mapTo(screen, code.rect().topLeft()).y() for code in screen.codes()}
    assert len(tops) == 1, "the codes line up"


def test_codes_are_crisp_two_colour_squares(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    code = screen.codes()[0]
    image = code.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert len(colours) == 2, "no blurred edges: every pixel black or white"
    step = code.module_px()
    quiet = 4 * step
    for y in range(quiet, quiet + code.symbol_px(), step):
        for x in range(quiet, quiet + code.symbol_px(), step):
            block = {image.pixel(x + dx, y + dy) for dx in (0, step - 1) for dy in (0, step - 1)}
            assert len(block) == 1, "each module is a solid square"


def test_high_contrast_keeps_dark_modules_on_light(
    kiosk: Kiosk, finger: Finger, tmp_path: Path
) -> None:
    screen = open_tile(kiosk, finger, HelpScreen)
    kiosk.context.visit.high_contrast = True
    kiosk.window.apply_theme(force=True)
    assert [scan(c, tmp_path) for c in screen.codes()] == [HOTLINE_CALL, HOTLINE_TEXT]
