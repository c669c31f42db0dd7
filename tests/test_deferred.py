"""A deferred module imports at once and runs when first used; a visit loads no OpenSSL."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.deferred import defer_import

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A package ``heavypkg`` whose module ``heavy`` notes each time it runs."""
    folder = tmp_path / "heavypkg"
    folder.mkdir()
    (folder / "__init__.py").write_text("RUNS = []\n")
    (folder / "heavy.py").write_text("import heavypkg\nheavypkg.RUNS.append(1)\nVALUE = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield folder
    for name in ("heavypkg", "heavypkg.heavy"):
        sys.modules.pop(name, None)


def test_an_import_statement_does_not_run_a_deferred_module(package: Path) -> None:
    defer_import("heavypkg.heavy")
    import heavypkg.heavy

    assert heavypkg.RUNS == []
    assert heavypkg.heavy.__name__ == "heavypkg.heavy"
    assert heavypkg.RUNS == []


def test_the_first_name_used_runs_it_once(package: Path) -> None:
    defer_import("heavypkg.heavy")
    import heavypkg
    from heavypkg.heavy import VALUE

    assert VALUE == 42
    assert heavypkg.heavy.VALUE == 42
    assert heavypkg.RUNS == [1]
    with pytest.raises(AttributeError):
        heavypkg.heavy.MISSING  # noqa: B018
    assert heavypkg.RUNS == [1]


def test_a_module_already_imported_or_missing_is_left_alone(package: Path) -> None:
    import heavypkg.heavy

    defer_import("heavypkg.heavy")
    assert sys.modules["heavypkg.heavy"] is heavypkg.heavy
    assert heavypkg.RUNS == [1]
    defer_import("heavypkg.nowhere")
    assert "heavypkg.nowhere" not in sys.modules


VISIT = textwrap.dedent(
    """
    import sys
    from kiosk.app import create_kiosk
    from kiosk.settings import Settings
    from kiosk.ui.window import SCREEN_IDS

    settings = Settings().replace(display__fullscreen=False, speech__engine="mock")
    kiosk = create_kiosk(settings)
    for screen_id in SCREEN_IDS:
        kiosk.window.open(screen_id, animate=False)
        kiosk.app.processEvents()
    print(" ".join(m for m in ("ssl", "_hashlib", "http.client") if m in sys.modules))
    import urllib.request
    print(urllib.request.url2pathname("/a%20b"))
    """
)


@pytest.mark.slow
def test_every_screen_shown_loads_no_openssl(tmp_path: Path) -> None:
    """QR codes and the staff gesture are there, yet OpenSSL stays out until a PIN is checked."""
    home = {name: str(tmp_path / name) for name in ("XDG_DATA_HOME", "XDG_STATE_HOME")}
    result = subprocess.run(
        [sys.executable, "-c", VISIT],
        cwd=ROOT,
        env={**os.environ, **home, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded, path = result.stdout.splitlines()[-2:]
    assert loaded == ""
    assert path == "/a b"
