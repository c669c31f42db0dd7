"""The built-in content loads cleanly and is faithful to the article."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk import paths
from kiosk.content import load_content

SOURCE = Path(__file__).parent / "data" / "article-source.txt"
LEFT_OUT = (
    "Leave a Reply",  # the web page's comment form
    "Your email address will not be published",
)


def words(text: str) -> str:
    text = text.replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def test_builtin_content_has_no_problems() -> None:
    content = load_content(paths.builtin_content())
    assert content.problems == ()
    assert "en" in content.languages


def test_every_sentence_of_the_article_is_in_the_content() -> None:
    english = load_content(paths.builtin_content()).languages["en"]
    body = words(" ".join(section.body for section in english.sections))
    paragraphs = [p for p in SOURCE.read_text(encoding="utf-8").split("\n") if p.strip()]
    title = paragraphs[0]
    checked = 0
    for paragraph in paragraphs[1:]:
        if paragraph == title or any(paragraph.startswith(skip) for skip in LEFT_OUT):
            continue
        for sentence in re.split(r"(?<=[.;])\s+", paragraph):
            if not sentence.endswith((".", ";")):
                continue  # headings become section titles
            assert words(sentence) in body, sentence
            checked += 1
    assert checked >= 15
    assert english.source.title == title


def test_sections_keep_the_article_order() -> None:
    english = load_content(paths.builtin_content()).languages["en"]
    ids = [s.id for s in english.sections]
    assert ids.index("what-it-is") < ids.index("kansas-city") < ids.index("summary")
