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


def test_validate_reports_parts_missing_in_one_language(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), root)
    (root / "es" / "factors" / "02-economy.md").unlink()
    (root / "es" / "article" / "07-summary.md").unlink()
    stats = root / "es" / "statistics.toml"
    stats.write_text(
        stats.read_text("utf-8").replace('id = "victims-per-case"', 'id = "vpc"'), "utf-8"
    )
    help_file = root / "en" / "help.toml"
    text = help_file.read_text("utf-8")
    first_line_id = re.search(r'\[\[line\]\]\s*\nid = "([^"]+)"', text)
    assert first_line_id is not None
    spanish_help = root / "es" / "help.toml"
    spanish_help.write_text(
        spanish_help.read_text("utf-8").replace(f'id = "{first_line_id.group(1)}"', 'id = "otra"'),
        "utf-8",
    )
    messages = [str(p) for p in load_content(root).problems]
    expected = [
        "en/factors/02-economy.md:2: factor 'economy' has no Español version in es/factors/",
        "en/article/07-summary.md:2: section 'summary' has no Español version in es/article/",
        "figure 'victims-per-case' has no Español version in es/statistics.toml",
        "figure 'vpc' has no English version in en/statistics.toml",
        f"help entry '{first_line_id.group(1)}' has no Español version in es/help.toml",
    ]
    for message in expected:
        assert any(message in m for m in messages), (message, messages)
