"""Where the built-in content and assets live, installed or in a source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def builtin(name: str) -> Path:
    """Return the built-in folder ``name`` ("content" or "assets")."""
    installed = _PACKAGE / "_builtin" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def builtin_content() -> Path:
    """Return the folder of the content that ships with the kiosk."""
    return builtin("content")


def assets() -> Path:
    """Return the folder of fonts and icons."""
    return builtin("assets")
