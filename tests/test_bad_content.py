"""Bad content never reaches a visitor.

Each folder under ``tests/data/bad-content/`` holds the files of one broken
case, laid over a copy of the built-in content, and ``expected.txt``: the lines
``kiosk validate`` must print for it. Two cases are finished at test time so the
repository stays small and git need not hold a link: ``huge-file`` gets a 50 MB
article (sparse), and ``symlink-out`` an article that links to a file outside
the folder. Every broken file carries ``HIDDEN``; no screen may show it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QWidget

from kiosk import paths
from kiosk.app import Kiosk
from kiosk.cli import main
from kiosk.content import load_content
from kiosk.content.files import line_of
from kiosk.content.render import to_html
from kiosk.ui.screens.article import ArticleScreen, show_markdown
from tests.conftest import Finger, MakeKiosk

CORPUS = Path(__file__).parent / "data" / "bad-content"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
HIDDEN = "This text must never reach a visitor."
SECTION = "---\nid: {id}\ntitle: {title}\n---\n" + HIDDEN + "\n"
EXTRA_SECTIONS = {
    "duplicate-ids": {"en": ["An extra section"], "es": ["Una sección más"]},
    "missing-language-section": {"en": ["Only in English"]},
}


def builtin_titles(code: str) -> list[str]:
    return [s.title for s in load_content(paths.builtin_content()).languages[code].sections]


def make_huge(root: Path) -> None:
    """A 50 MB article that starts like a good one; sparse, so it costs no disk."""
    with (root / "en" / "article" / "90-huge.md").open("wb") as file:
        file.write(SECTION.format(id="huge", title="A huge file").encode())
        file.truncate(50 * 1024 * 1024)


def make_symlink(root: Path) -> None:
    """An article that is a link to a good-looking file outside the content folder."""
    outside = root.parent / "outside.md"
    outside.write_text(SECTION.format(id="outside", title="From outside"), encoding="utf-8")
    (root / "en" / "article" / "90-outside.md").symlink_to(outside)


MAKERS: dict[str, Callable[[Path], None]] = {"huge-file": make_huge, "symlink-out": make_symlink}


def build(case: str, where: Path) -> Path:
    """Copy the built-in content to ``where/case``, lay the case over it, finish it."""
    root = where / case
    shutil.copytree(paths.builtin_content(), root)
    shutil.copytree(
        CORPUS / case, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt")
    )
    MAKERS.get(case, lambda _: None)(root)
    return root


def expected(case: str) -> list[str]:
    return (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines()


def visible_text(widget: QWidget) -> str:
    """Every text a visitor can see or hear in ``widget``."""
    parts: list[str] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        parts.append(child.accessibleName())
        if isinstance(child, QLabel | QAbstractButton):
            parts.append(child.text())
        if isinstance(child, QTextBrowser):
            parts.append(child.toPlainText())
    return "\n".join(parts)


def test_the_corpus_has_every_kind_of_mistake() -> None:
    kinds = {
        "empty-file",
        "missing-metadata",
        "unknown-section-key",
        "malformed-toml",
        "not-utf8",
        "missing-image",
        "figure-not-number",
        "huge-file",
        "raw-html",
        "outside-links",
        "duplicate-ids",
        "missing-language-section",
        "symlink-out",
    }
    assert kinds <= set(CASES)
    for case in CASES:
        assert expected(case), f"{case}/expected.txt is empty"
    stored = sum(f.stat().st_size for f in CORPUS.rglob("*") if f.is_file())
    assert stored < 64_000, "the corpus stays small: big files are made at test time"


@pytest.mark.parametrize("case", CASES)
def test_validate_prints_file_line_message_and_fails(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = build(case, tmp_path)
    assert main(["validate", str(root)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == expected(case)
    assert "problem(s)" in captured.err
    for line in captured.out.splitlines():
        file, number, message = line.split(":", 2)
        assert (tmp_path / file).exists() or (tmp_path / file).is_symlink(), line
        assert number.isdigit() and message.startswith(" ") and message.strip()


def article_titles(kiosk: Kiosk, finger: Finger) -> list[str]:
    """Open the article from home and page through it; return every heading seen."""
    window = kiosk.window
    finger.tap(window.bar.home_button)
    finger.tap(window.screens["home"].tiles["article"])  # type: ignore[attr-defined]
    article = window.current
    assert isinstance(article, ArticleScreen)
    heading = article.findChild(QLabel, "Heading")
    assert heading is not None
    titles = [heading.text()]
    assert HIDDEN not in visible_text(window)
    while article.next_button.isEnabled():
        finger.tap(article.next_button)
        titles.append(heading.text())
        assert HIDDEN not in visible_text(window)
    return titles


def open_every_screen(kiosk: Kiosk, finger: Finger) -> None:
    """Tap each home tile in turn; no screen shows a broken file's text or is blank."""
    window = kiosk.window
    home = window.screens["home"]
    for tile in home.tiles.values():  # type: ignore[attr-defined]
        finger.tap(window.bar.home_button)
        finger.tap(tile)
        assert window.current is not home
        shown = visible_text(window.current)
        assert shown.strip(), f"{window.current.screen_id} is blank"
        assert HIDDEN not in shown


@pytest.mark.parametrize("case", CASES)
def test_kiosk_shows_every_valid_section_and_tells_staff(
    case: str,
    tmp_path: Path,
    make_kiosk: MakeKiosk,
    finger: Finger,
    caplog: pytest.LogCaptureFixture,
) -> None:
    root = build(case, tmp_path)
    caplog.set_level(logging.WARNING, logger="kiosk")
    kiosk = make_kiosk(content=root)
    window = kiosk.window
    assert window.current.screen_id == "attract"
    finger.tap(window.current)
    assert window.current.screen_id == "home"
    assert kiosk.context.content.root == root, "the folder is used, not the built-in content"

    for line in expected(case):
        assert f"content: {line}" in caplog.text, line

    extra = EXTRA_SECTIONS.get(case, {})
    assert article_titles(kiosk, finger) == builtin_titles("en") + extra.get("en", [])
    open_every_screen(kiosk, finger)
    if case == "malformed-toml":
        assert list(kiosk.context.content.languages) == ["en"], "the broken language is left out"
        assert not window.bar.language_button.isVisible()
    else:
        finger.tap(window.bar.language_button)
        assert kiosk.context.language.code == "es"
        assert article_titles(kiosk, finger) == builtin_titles("es") + extra.get("es", [])
        open_every_screen(kiosk, finger)
    if case == "figure-not-number":
        statistics = window.screens["statistics"]
        finger.tap(window.bar.home_button)
        finger.tap(window.screens["home"].tiles["statistics"])  # type: ignore[attr-defined]
        assert window.current is statistics
        assert "1,103" in visible_text(statistics) or "1103" in visible_text(statistics)


def test_a_folder_with_nothing_usable_falls_back_to_the_builtin_content(
    tmp_path: Path, make_kiosk: MakeKiosk, finger: Finger, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "broken"
    (root / "en").mkdir(parents=True)
    (root / "en" / "language.toml").write_text("name = English\n", encoding="utf-8")
    caplog.set_level(logging.WARNING, logger="kiosk")
    kiosk = make_kiosk(content=root)
    finger.tap(kiosk.window.current)
    assert kiosk.window.current.screen_id == "home"
    assert article_titles(kiosk, finger) == builtin_titles("en")
    assert "broken/en/language.toml:1: is not valid TOML" in caplog.text
    assert f"no usable content in {root}" in caplog.text


NASTY = {
    "script": '<script>alert("x")</script>',
    "image": "<img src=x onerror=alert(1)>",
    "frame": '<iframe src="https://example.org"></iframe>',
    "link": '<a href="https://example.org">a link</a>',
    "style": "<style>body { display: none }</style>",
    "comment": "<!-- hidden -->",
    "split": "<script\n>alert(1)</script\n>",
    "inline": "Some <b>bold</b> and <span style='color:red'>red</span> words.",
}


@pytest.mark.parametrize("name", NASTY)
def test_markdown_renders_raw_html_as_plain_text(name: str) -> None:
    html = to_html(NASTY[name])
    for tag in ("<script", "<img", "<iframe", "<a ", "<style", "<!--", "<b>", "<span style"):
        assert tag not in html.lower(), html
    assert "&lt;" in html, "the markup is shown escaped, as the text it is"


def test_raw_html_shows_as_text_on_screen(kiosk: Kiosk) -> None:
    article = kiosk.window.screens["article"]
    view = article.findChild(QTextBrowser)
    assert view is not None
    show_markdown(view, kiosk.context, "\n\n".join(NASTY.values()) + "\n\n[site](https://x.org)")
    shown = view.toPlainText()
    assert '<script>alert("x")</script>' in shown
    assert "<img src=x onerror=alert(1)>" in shown
    assert "https://x.org" in shown, "an outside link is plain text"
    document = view.toHtml().lower()
    assert "<img" not in document and 'href="' not in document and "<iframe" not in document


def content_with(tmp_path: Path, change: Callable[[Path], None]) -> Path:
    root = tmp_path / "content"
    shutil.copytree(paths.builtin_content(), root)
    change(root)
    return root


def link_article_folder_outside(root: Path) -> None:
    """es/article becomes a link to a folder of good sections outside the content."""
    outside = root.parent / "outside"
    shutil.move(root / "es" / "article", outside)
    (outside / "90-secret.md").write_text(SECTION.format(id="secret", title="Out"), "utf-8")
    (root / "es" / "article").symlink_to(outside, target_is_directory=True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            link_article_folder_outside,
            "es/article/90-secret.md:0: is reached through a linked folder outside the content"
            " folder",
        ),
        (
            lambda root: (root / "en" / "article" / "90-gone.md").symlink_to("90-missing.md"),
            "en/article/90-gone.md:0: cannot be read: No such file or directory",
        ),
        (
            lambda root: (root / "en" / "article" / "90-loop.md").symlink_to("90-loop.md"),
            "en/article/90-loop.md:0: is a link that leads round in a loop",
        ),
        (
            lambda root: (root / "en" / "article" / "90-folder.md").mkdir(),
            "en/article/90-folder.md:0: is a folder, not a file",
        ),
        (
            lambda root: (root / "en" / "language.toml").write_text(
                re.sub(
                    r"sentences = \[.*?\]\n",
                    "sentences = 5\n",
                    (root / "en" / "language.toml").read_text(encoding="utf-8"),
                    flags=re.S,
                ),
                encoding="utf-8",
            ),
            "en/language.toml:{sentences}: 'attract.sentences' must be a list of non-empty texts",
        ),
    ],
    ids=["linked-folder", "dangling-link", "link-loop", "folder-named-md", "sentences-not-list"],
)
def test_other_broken_folders_are_reported_not_raised(
    tmp_path: Path, change: Callable[[Path], object], message: str
) -> None:
    root = content_with(tmp_path, change)
    content = load_content(root)
    toml = (root / "en" / "language.toml").read_text(encoding="utf-8")
    message = message.format(sentences=line_of(toml, "sentences"))
    assert f"content/{message}" in [str(p) for p in content.problems]
    assert [s.title for s in content.languages["en"].sections] == builtin_titles("en")
    for language in content.languages.values():
        assert all(HIDDEN not in s.body for s in language.sections)


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root reads anything")
def test_a_file_that_cannot_be_read_is_reported(tmp_path: Path) -> None:
    root = content_with(tmp_path, lambda r: None)
    locked = root / "en" / "article" / "90-locked.md"
    locked.write_text(SECTION.format(id="four", title="Locked"), encoding="utf-8")
    locked.chmod(0)
    try:
        problems = [str(p) for p in load_content(root).problems]
    finally:
        locked.chmod(0o644)
    assert problems == ["content/en/article/90-locked.md:0: cannot be read: Permission denied"]
