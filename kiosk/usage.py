"""Anonymous usage counts: how many of each thing happened on each day, and nothing else.

One SQLite table holds ``(day, event, name) -> count``. There is no per-visitor
trail, no time finer than the day and nothing a visitor typed. A write that
fails is logged and dropped; a corrupt database is set aside and a new one started.

Other parts of the kiosk count things with the module-level :func:`record`::

    from kiosk import usage
    usage.record("statistic", "arrests-2023")   # a statistics entry was opened
    usage.record("help", "national-hotline")    # a help entry was opened

``event`` is one of :data:`EVENTS`; ``name`` must be a content id (never text a
visitor typed or chose freely). ``record`` never raises and does nothing
until the kiosk has installed a :class:`Usage` with :func:`install`.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

EVENTS: dict[str, str] = {
    "visit": "Visits",
    "screen": "Screens opened",
    "statistic": "Statistics opened",
    "help": "Help entries opened",
    "quick_exit": "Quick exits",
    "idle_reset": "Idle resets",
}
"""Every event counted, with its heading in reports."""

FILE_NAME = "usage.sqlite3"
MAX_NAME = 80

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    event TEXT NOT NULL,
    name TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, event, name)
)
"""


def default_folder() -> Path:
    """The platform's data folder for the kiosk."""
    return platformdirs.user_data_path("kiosk", appauthor=False)


@dataclass(frozen=True)
class Count:
    """How many times ``event`` (for ``name``, or "" for all) happened on ``day``."""

    day: date
    event: str
    name: str
    count: int


class Usage:
    """The counts database in ``folder``; every method is safe to call when it fails."""

    def __init__(
        self,
        folder: Path | None = None,
        enabled: bool = True,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.folder = folder if folder is not None else default_folder()
        self.path = self.folder / FILE_NAME
        self.enabled = enabled
        self.today = today
        self._reported: set[str] = set()

    def record(self, event: str, name: str = "") -> bool:
        """Add one to today's count of ``event`` for ``name``; return whether it was stored."""
        if not self.enabled:
            return False
        if event not in EVENTS:
            log.warning("usage: unknown event %r not counted", event)
            return False
        name = name[:MAX_NAME]
        day = self.today().isoformat()
        for attempt in range(2):
            try:
                with self._connect() as db:
                    db.execute(
                        "INSERT INTO counts VALUES (?, ?, ?, 1) ON CONFLICT (day, event, name) "
                        "DO UPDATE SET count = count + 1",
                        (day, event, name),
                    )
                return True
            except sqlite3.DatabaseError as error:
                if attempt == 0 and _is_corrupt(error) and self._set_aside(error):
                    continue
                self._failed(error)
                return False
            except OSError as error:
                self._failed(error)
                return False
        return False

    def counts(self, first: date | None = None, last: date | None = None) -> list[Count]:
        """Every stored count from ``first`` to ``last`` (both included), by day."""
        if not self.path.exists():
            return []
        low = first.isoformat() if first else "0000-00-00"
        high = last.isoformat() if last else "9999-99-99"
        try:
            with self._connect() as db:
                rows = db.execute(
                    "SELECT day, event, name, count FROM counts WHERE day BETWEEN ? AND ? "
                    "ORDER BY day, event, name",
                    (low, high),
                ).fetchall()
        except (sqlite3.Error, OSError) as error:
            self._failed(error)
            return []
        return [Count(date.fromisoformat(d), e, n, c) for d, e, n, c in rows]

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """An open connection with the table made; commits on success, always closes."""
        self.folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=2)
        try:
            # A count is a convenience: write-ahead logging without a disk flush per tap keeps
            # a tap fast; after a power cut the file is intact and at most the last taps lost.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(_SCHEMA)
            yield db
            db.commit()
        finally:
            db.close()

    def _set_aside(self, error: Exception) -> bool:
        """Rename a corrupt database so a new one starts; return whether it worked."""
        for n in range(1, 1000):
            aside = self.path.with_name(f"{self.path.stem}-corrupt-{n}{self.path.suffix}")
            if not aside.exists():
                break
        try:
            self.path.rename(aside)
        except OSError as rename_error:
            self._failed(rename_error)
            return False
        log.error("usage: %s is corrupt (%s); moved to %s, starting anew", self.path, error, aside)
        return True

    def _failed(self, error: BaseException) -> None:
        """Log a failure; the same failure again is logged at debug level only."""
        text = f"{type(error).__name__}: {error}"
        level = logging.DEBUG if text in self._reported else logging.WARNING
        self._reported.add(text)
        log.log(level, "usage: counts not stored in %s: %s", self.path, text)


def _is_corrupt(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return not isinstance(error, sqlite3.OperationalError) or "malformed" in text


def summary(counts: list[Count]) -> dict[date, dict[str, int]]:
    """Totals per day and event."""
    days: dict[date, dict[str, int]] = {}
    for c in counts:
        day = days.setdefault(c.day, dict.fromkeys(EVENTS, 0))
        day[c.event] = day.get(c.event, 0) + c.count
    return days


def report(usage: Usage, days: int = 7, as_csv: bool = False) -> str:
    """The last ``days`` days (today included) as a table, or CSV with one row a day."""
    last = usage.today()
    first = last - timedelta(days=days - 1)
    counts = usage.counts(first, last)
    totals = summary(counts)
    every_day = [first + timedelta(days=i) for i in range(days)]
    if as_csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["day", *EVENTS])
        for day in every_day:
            row = totals.get(day, dict.fromkeys(EVENTS, 0))
            writer.writerow([day.isoformat(), *(row[e] for e in EVENTS)])
        return out.getvalue()
    width = max(len(h) for h in EVENTS.values())
    lines = [f"Kiosk usage, {first.isoformat()} to {last.isoformat()} ({days} days)", ""]
    header = " ".join(f"{d:%a %d}".rjust(6) for d in every_day)
    lines.append(f"{'':{width}}  {header}   Total")
    for event, heading in EVENTS.items():
        values = [totals.get(d, {}).get(event, 0) for d in every_day]
        cells = " ".join(str(v).rjust(6) for v in values)
        lines.append(f"{heading.ljust(width)}  {cells}  {sum(values):6d}")
    for event in ("screen", "statistic", "help"):
        named: dict[str, int] = {}
        for c in counts:
            if c.event == event and c.name:
                named[c.name] = named.get(c.name, 0) + c.count
        if named:
            lines += ["", f"{EVENTS[event]}, by name:"]
            lines += [f"  {n}: {v}" for n, v in sorted(named.items(), key=lambda i: (-i[1], i[0]))]
    lines += ["", f"Counts are anonymous totals per day, from {usage.path}."]
    return "\n".join(lines) + "\n"


_installed: Usage | None = None


def install(usage: Usage | None) -> None:
    """Make ``usage`` the one :func:`record` writes to (None: count nothing)."""
    global _installed
    _installed = usage


def record(event: str, name: str = "") -> None:
    """Count one ``event`` for ``name`` today in the installed counts; never raises.

    ``event``: one of :data:`EVENTS` ("statistic", "help", ...). ``name``: the
    content id of what was opened. Does nothing when no counts are installed.
    """
    if _installed is not None:
        try:
            _installed.record(event, name)
        except Exception:
            log.exception("usage: counting %s failed", event)
