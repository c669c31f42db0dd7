"""The staff PIN: a salted scrypt hash to store, checking a PIN against it, and a throttle.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (salt and hash in base64),
so the cost can be raised later without breaking hashes already set.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_DIGITS, MAX_DIGITS = 4, 12


def valid_pin(pin: str) -> bool:
    """Whether ``pin`` can be typed on the pad: 4 to 12 digits."""
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # hashlib and hmac are imported when a PIN is checked: both load OpenSSL,
    # megabytes that a kiosk nobody unlocks never needs.
    import hashlib

    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=128 * r * n * 2
    )


def hash_pin(pin: str) -> str:
    """Return the text to store for ``pin``, with a fresh random salt."""
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = os.urandom(SALT_BYTES)
    key = _scrypt(pin, salt, N, R, P)
    encode = base64.b64encode
    return f"scrypt${N}${R}${P}${encode(salt).decode()}${encode(key).decode()}"


def _parse(stored: str) -> tuple[bytes, int, int, int, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if n < 2 or n & (n - 1) or not 1 <= r <= 64 or not 1 <= p <= 16 or n > 2**20:
        return None
    if len(salt) < 8 or len(key) != KEY_BYTES:
        return None
    return salt, n, r, p, key


def is_hash(stored: str) -> bool:
    """Whether ``stored`` is a hash this module wrote (and so a PIN is set)."""
    return _parse(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches the stored hash; a malformed hash matches nothing."""
    parsed = _parse(stored)
    if parsed is None or not valid_pin(pin):
        return False
    salt, n, r, p, key = parsed
    import hmac

    return hmac.compare_digest(_scrypt(pin, salt, n, r, p), key)


class Throttle:
    """Slows down guessing: ``free`` tries come at once, then each wrong PIN makes a wait.

    With the defaults, the 3rd wrong PIN makes the next try wait ``delay``
    seconds, and each further wrong PIN doubles the wait, up to ``longest``.
    A right PIN starts over.
    """

    def __init__(
        self,
        delay: float = 5.0,
        free: int = 3,
        longest: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay = delay
        self.free = free
        self.longest = longest
        self.clock = clock
        self.failures = 0
        self._until = 0.0

    def wait_seconds(self) -> float:
        """Seconds before another PIN may be tried; 0 when one may be tried now."""
        return max(0.0, self._until - self.clock())

    def failed(self) -> float:
        """Count a wrong PIN; return the seconds to wait before the next try."""
        self.failures += 1
        extra = self.failures - self.free + 1
        if extra > 0:
            wait = min(self.longest, self.delay * 2 ** (extra - 1))
            self._until = self.clock() + wait
        return self.wait_seconds()

    def succeeded(self) -> None:
        """Forget the wrong PINs."""
        self.failures = 0
        self._until = 0.0
