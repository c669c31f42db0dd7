"""The factors screen: a card each, a tap opens the explanation, the caveat always on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.ui.screens.factors import FactorsScreen
from tests.conftest import Finger, MakeKiosk, open_tile

ARTICLE = Path(__file__).parent / "data" / "article-source.txt"
FACTORS = ["geography", "economy", "culture", "acting-together"]


def words(text: str) -> str:
    """Text with quotes, spaces and Markdown marks made uniform, for comparing."""
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(re.sub(r"[>*]", " ", text).split())


def test_a_card_for_each_factor_and_the_closing_card(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, FactorsScreen)
    assert list(screen.cards) == FACTORS
    for card in screen.cards.values():
        assert card.isVisible() and not card.icon().isNull()
        title, summary = card.label().split("\n")
        assert title and summary
    assert "acting together" in screen.cards["acting-together"].label()


def test_the_caveat_is_on_the_screen_not_behind_a_tap(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, FactorsScreen)
    assert screen.caveat.isVisible()
    caveat = words(screen._caveat_text.text())
    assert "not the only potential causes" in caveat and "not conclusive evidence" in caveat
    assert "not conclusive evidence" in screen.spoken_text()


@pytest.mark.parametrize("factor", FACTORS)
def test_tapping_a_card_opens_its_explanation_and_close_returns(
    kiosk: Kiosk, finger: Finger, factor: str
) -> None:
    screen = open_tile(kiosk, finger, FactorsScreen)
    card = screen.cards[factor]
    title = card.label().split("\n")[0]
    finger.tap(card)
    assert screen.open_id == factor
    assert screen.detail.isVisible() and not screen.overview.isVisible()
    assert screen.detail.heading.text() == title
    shown = screen.detail.view.toPlainText()
    assert "What the article says" in shown
    assert title in screen.spoken_text()
    finger.tap(screen.detail.close_button)
    assert not screen.open_id and screen.overview.isVisible()
    assert kiosk.window.current is screen


def test_every_quote_is_the_article_word_for_word(kiosk: Kiosk, finger: Finger) -> None:
    article = words(ARTICLE.read_text(encoding="utf-8"))
    screen = open_tile(kiosk, finger, FactorsScreen)
    for section in screen.factors:
        quotes = re.findall(r"(?:^> .*\n?)+", section.body, flags=re.M)
        quotes += re.findall("\u201c([^\u201d]{20,})\u201d", section.body)
        assert quotes, section.id
        for quote in quotes:
            assert words(quote).strip(' "') in article, f"{section.id}: {quote[:60]!r}"


def test_back_closes_the_explanation_before_leaving(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, FactorsScreen)
    finger.tap(screen.cards["economy"])
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current is screen and not screen.open_id
    finger.tap(kiosk.window.bar.back_button)
    assert kiosk.window.current.screen_id == "home"


def test_quick_exit_closes_the_explanation_and_scrolls_to_top(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, FactorsScreen)
    finger.tap(screen.cards["culture"])
    bar = screen.detail.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    finger.tap(kiosk.window.bar.quick_exit_button)
    assert kiosk.window.current.screen_id == "neutral"
    assert not screen.open_id and screen.stack.currentWidget() is screen.overview
    assert screen.overview.verticalScrollBar().value() == 0


def test_a_new_language_keeps_the_explanation_open(kiosk: Kiosk, finger: Finger) -> None:
    screen = open_tile(kiosk, finger, FactorsScreen)
    finger.tap(screen.cards["geography"])
    finger.tap(kiosk.window.bar.language_button)
    assert screen.open_id == "geography"
    assert screen.detail.close_button.text() == "Cerrar"
    assert "factores" in screen._intro.text()


def test_cards_sit_side_by_side_in_landscape_and_stack_in_portrait(
    make_kiosk: MakeKiosk, finger: Finger
) -> None:
    for width, height in ((1920, 1080), (1080, 1920)):
        kiosk = make_kiosk(width, height)
        finger.tap(kiosk.window.current)
        screen = open_tile(kiosk, finger, FactorsScreen)
        QApplication.processEvents()
        tops = {
            screen.cards[f].mapTo(screen, screen.cards[f].rect().topLeft()).y() for f in FACTORS[:3]
        }
        lefts = {
            screen.cards[f].mapTo(screen, screen.cards[f].rect().topLeft()).x() for f in FACTORS[:3]
        }
        if width > height:
            assert len(tops) == 1 and len(lefts) == 3
        else:
            assert len(tops) == 3 and len(lefts) == 1
        for card in screen.cards.values():
            assert card.width() >= card.sizeHint().width() * 0.98


def test_the_caveat_is_visible_without_scrolling_on_a_small_screen(
    make_kiosk: MakeKiosk, finger: Finger
) -> None:
    kiosk = make_kiosk(800, 480)
    finger.tap(kiosk.window.current)
    screen = open_tile(kiosk, finger, FactorsScreen)
    QApplication.processEvents()
    viewport = screen.overview.viewport()
    top = screen._caveat_text.mapTo(viewport, screen._caveat_text.rect().topLeft()).y()
    assert top < viewport.height(), "the caveat must show without scrolling"
    finger.tap(screen.cards["geography"])
    assert screen.detail.view.isVisible()
