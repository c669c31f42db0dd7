"""Typed settings from a TOML file: every option declared once, with its default and bounds.

A bad file never stops the kiosk: each unknown key or bad value becomes a
message naming the key and what is allowed, and the default is used instead.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Option:
    """One setting: its dotted key, type, default, bounds and meaning."""

    key: str
    kind: type
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def allowed(self) -> str:
        """Say in words what values are allowed."""
        if self.kind is bool:
            return "true or false"
        if self.choices:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.kind is float:
            return f"a number from {self.minimum:g} to {self.maximum:g}"
        return "a text"


OPTIONS: tuple[Option, ...] = (
    Option(
        "idle.timeout_seconds",
        float,
        120.0,
        "Seconds without a touch before the 'Still there?' notice.",
        0.05,
        86400,
    ),
    Option(
        "idle.warning_seconds",
        float,
        30.0,
        "Seconds the notice counts down before the visit is cleared (20 or more).",
        0.05,
        600,
    ),
    Option(
        "attract.rotate_seconds",
        float,
        8.0,
        "Seconds each key sentence stays on the attract screen.",
        0.05,
        600,
    ),
    Option("content.path", str, "", "Folder of content to show; empty for the built-in content."),
    Option(
        "content.default_language",
        str,
        "en",
        "Language a visit starts in, and returns to after a reset.",
    ),
    Option("display.fullscreen", bool, True, "Full screen, without frame or title bar."),
    Option(
        "display.transition_ms",
        float,
        160.0,
        "Length of the slide between screens in milliseconds; 0 for none.",
        0,
        2000,
    ),
    Option("display.width", float, 1280.0, "Window width when not full screen.", 320, 7680),
    Option("display.height", float, 800.0, "Window height when not full screen.", 240, 4320),
    Option("speech.engine", str, "",
           "Text-to-speech engine: empty for the platform's own (speechd, sapi, winrt); "
           "'mock' is silent, for tests."),
    Option("speech.start_delay_seconds", float, 3.0,
           "Seconds after start before the speech engine starts (it can take a second).",
           0, 600),
    Option(
        "staff.pin_hash",
        str,
        "",
        "Salted hash of the staff PIN, written by 'kiosk set-pin'; empty: no PIN, and the "
        "staff gesture exits at once.",
    ),
    Option(
        "staff.hold_seconds",
        float,
        1.0,
        "How long the fifth tap in the top-left corner is held to open the staff PIN pad.",
        0.05,
        10,
    ),
    Option(
        "staff.pin_delay_seconds",
        float,
        5.0,
        "Wait after the third wrong PIN; each further wrong PIN doubles it.",
        0.05,
        300,
    ),
    Option("usage.enabled", bool, True, "Keep anonymous daily usage counts."),
    Option(
        "usage.folder",
        str,
        "",
        "Folder of the usage counts database; empty for the platform's data folder.",
    ),
    Option("log.folder", str, "", "Folder of the log files; empty for the platform's log folder."),
)

_BY_KEY = {option.key: option for option in OPTIONS}


@dataclass(frozen=True)
class Settings:
    """The values in force, and the messages about what was ignored."""

    values: dict[str, Any] = field(default_factory=lambda: {o.key: o.default for o in OPTIONS})
    messages: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with some values changed; keys use '__' for '.'."""
        values = dict(self.values)
        for name, value in changes.items():
            key = name.replace("__", ".")
            if key not in _BY_KEY:
                raise KeyError(key)
            values[key] = value
        return Settings(values, self.messages)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _coerce(option: Option, value: Any) -> Any:
    """Return ``value`` as the option's type, or raise ValueError."""
    if option.kind is bool:
        if isinstance(value, bool):
            return value
        raise ValueError
    if option.kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError
        assert option.minimum is not None and option.maximum is not None
        if not option.minimum <= value <= option.maximum:
            raise ValueError
        return float(value)
    if not isinstance(value, str) or (option.choices and value not in option.choices):
        raise ValueError
    return value


def parse(data: dict[str, Any], source: str = "settings") -> Settings:
    """Build Settings from parsed TOML, collecting a message for each ignored entry."""
    values = {o.key: o.default for o in OPTIONS}
    messages: list[str] = []
    for key, value in _flatten(data).items():
        option = _BY_KEY.get(key)
        if option is None:
            import difflib  # only a mistake needs it, so a kiosk without one never loads it

            near = difflib.get_close_matches(key, list(_BY_KEY), n=1, cutoff=0.6)
            hint = f"; did you mean '{near[0]}'?" if near else ""
            messages.append(f"{source}: unknown key '{key}' ignored{hint}")
            continue
        try:
            values[key] = _coerce(option, value)
        except ValueError:
            messages.append(
                f"{source}: '{key}' must be {option.allowed()}, not {value!r}; "
                f"using {option.default!r}"
            )
    if values["idle.warning_seconds"] < 20:
        messages.append(
            f"{source}: 'idle.warning_seconds' is {values['idle.warning_seconds']:g}; "
            "visitors need 20 seconds or more to notice the warning"
        )
    return Settings(values, tuple(messages))


def load(path: Path | None) -> Settings:
    """Read settings from ``path``; a missing or broken file gives defaults and a message."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(messages=(f"{path}: no such settings file; using defaults",))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Settings(messages=(f"{path}: cannot be read ({error}); using defaults",))
    return parse(data, str(path))


def describe() -> str:
    """Return every option as commented TOML, for the README and ``kiosk settings``."""
    lines: list[str] = []
    section = ""
    for option in OPTIONS:
        table, _, name = option.key.rpartition(".")
        if table != section:
            lines.append(f"\n[{table}]")
            section = table
        default = option.default
        shown = (
            str(default).lower()
            if isinstance(default, bool)
            else f'"{default}"'
            if isinstance(default, str)
            else f"{default:g}"
        )
        lines.append(f"# {option.help} Allowed: {option.allowed()}.")
        lines.append(f"{name} = {shown}")
    return "\n".join(lines).strip() + "\n"
