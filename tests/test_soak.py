"""A long day at the kiosk: visit after visit of random taps, and nothing piles up.

After a warm-up, each visit (touch to start, random taps, walk away) must leave
the same number of widgets, timers and other objects behind it as the one
before, and resident memory must grow by less than 5 MB over the whole run.
``make test`` taps 1,500 times; ``make bench`` (or ``KIOSK_SOAK_TAPS=10000``)
taps 10,000 times.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import sys
from collections import Counter
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QPointingDevice
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from tests.conftest import MakeKiosk
from tests.test_monkey import TIMERS, Monkey

TAPS = int(os.environ.get("KIOSK_SOAK_TAPS", "1500"))
SEED = int(os.environ.get("KIOSK_SOAK_SEED", "11"))
TAPS_A_VISIT = 40
WARM_UP_VISITS = 3
MAX_RISES = 3
MAX_GROWTH_BYTES = 5 * 1024 * 1024


def resident_bytes() -> int:
    """Resident memory of this process now (not its peak)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def settle() -> None:
    """Run pending deletions and collect garbage, so only live objects are counted."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@dataclass(frozen=True)
class Census:
    """What is alive after a visit."""

    widgets: int
    timers: int
    animations: int
    python_objects: int
    kinds: Counter[str] = field(compare=False, repr=False)

    def difference(self, other: Census) -> str:
        """The kinds of widget, timer or animation that changed in number since ``other``."""
        change = Counter(self.kinds)
        change.subtract(other.kinds)
        return ", ".join(f"{kind} {n:+d}" for kind, n in sorted(change.items()) if n)

    @classmethod
    def take(cls, kiosk: Kiosk) -> Census:
        settle()
        app = QApplication.instance()
        assert app is not None
        widgets = QApplication.allWidgets()
        timers = [*kiosk.window.findChildren(QTimer), *app.findChildren(QTimer)]
        animations = [
            *kiosk.window.findChildren(QAbstractAnimation),
            *app.findChildren(QAbstractAnimation),
        ]
        return cls(
            widgets=len(widgets),
            timers=len(timers),
            animations=len(animations),
            python_objects=sum(not isinstance(o, Census | Counter) for o in gc.get_objects()),
            kinds=Counter(
                f"{type(o).__name__}:{o.objectName()}" for o in (*widgets, *timers, *animations)
            ),
        )


def visit(monkey: Monkey, taps: int) -> None:
    """Touch to start, tap at random, then walk away until the attract screen is back."""
    window = monkey.window
    assert window.current.screen_id == "attract"
    monkey.tap_anywhere()
    for _ in range(taps):
        if monkey.random.random() < 0.5:
            monkey.tap_a_button()
        else:
            monkey.tap_anywhere()
        QApplication.processEvents()
    if window.current.screen_id != "attract":
        monkey.walk_away()
    assert window.current.screen_id == "attract"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_visits_leave_nothing_behind(
    make_kiosk: MakeKiosk, touch_device: QPointingDevice, qtbot: object
) -> None:
    kiosk = make_kiosk(**TIMERS)
    monkey = Monkey(kiosk, touch_device, qtbot, SEED)
    for _ in range(WARM_UP_VISITS):
        visit(monkey, TAPS_A_VISIT)
    before = Census.take(kiosk)
    memory_before = resident_bytes()
    none_before = sys.getrefcount(None)

    censuses = []
    for _ in range(max(1, TAPS // TAPS_A_VISIT)):
        visit(monkey, TAPS_A_VISIT)
        censuses.append(Census.take(kiosk))
    growth = resident_bytes() - memory_before

    # A screen may build a part the first time a visitor opens it (a cache, kept once);
    # a leak adds to the count visit after visit.
    rises = [
        f"visit {number}: {after.difference(previous)}"
        for number, (previous, after) in enumerate(
            zip([before, *censuses], censuses, strict=False), 1
        )
        if after.widgets > previous.widgets
        or after.timers > previous.timers
        or after.animations > previous.animations
    ]
    assert len(rises) <= MAX_RISES, "objects pile up visit after visit:\n" + "\n".join(rises)
    python_growth = censuses[-1].python_objects - before.python_objects
    assert python_growth < 20 * len(censuses), f"{python_growth} more Python objects after the run"
    assert growth < MAX_GROWTH_BYTES, f"resident memory grew by {growth / 2**20:.1f} MB"
    if sys.version_info < (3, 12):
        # None is not immortal before 3.12: a binding that loses references to it aborts.
        assert sys.getrefcount(None) >= none_before - 1000, "references to None are lost"
    print(
        f"\nsoak: {len(censuses) * TAPS_A_VISIT} taps in {len(censuses)} visits; "
        f"resident memory {growth / 2**20:+.2f} MB; widgets {before.widgets} -> "
        f"{censuses[-1].widgets}, timers {before.timers} -> {censuses[-1].timers}, "
        f"animations {before.animations} -> {censuses[-1].animations}; rises: {rises}"
    )
