"""Contrast computed from the theme's colours: WCAG AA in the normal theme, AAA in high contrast."""

from __future__ import annotations

import pytest

from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Palette, Theme


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """Every text colour on every background it is drawn on."""
    return {
        "text on background": (p.text, p.background),
        "text on surface": (p.text, p.surface),
        "muted on background": (p.muted, p.background),
        "muted on surface": (p.muted, p.surface),
        "button text": (p.button_text, p.button),
        "accent text on accent": (p.accent_text, p.accent),
        "quick exit": (p.exit_text, p.exit),
        "numbers on surface": (p.accent, p.surface),
        "countdown on surface": (p.accent, p.surface),
        "disabled button": (p.muted, p.button),
    }


@pytest.mark.parametrize(("palette", "needed"), [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)])
def test_all_text_meets_its_contrast(palette: Palette, needed: float) -> None:
    for name, (fore, back) in text_pairs(palette).items():
        ratio = contrast(fore, back)
        assert ratio >= needed, f"{name}: {fore} on {back} is {ratio:.2f}:1"


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST])
def test_chart_bars_stand_out_from_the_page(palette: Palette) -> None:
    for colour in palette.chart:
        assert contrast(colour, palette.surface) >= 3.0, colour


def test_body_text_is_24px_at_1080p_and_readable_on_small_screens() -> None:
    assert Theme.for_window(1920, 1080).text() >= 24
    assert Theme.for_window(1080, 1920).text() >= 24
    assert Theme.for_window(800, 480).text() >= 18
    assert Theme.for_window(800, 480, scale=1.5).text() >= 27


def test_the_largest_step_is_half_again_the_default() -> None:
    assert Theme.for_window(1920, 1080, 1.5).text() >= 1.5 * Theme.for_window(1920, 1080).text() - 1
