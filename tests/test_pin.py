"""The staff PIN: stored only as a salted scrypt hash, and guessing is slowed down."""

from __future__ import annotations

import pytest

from kiosk import pin


def test_hash_is_salted_and_verifies_only_the_right_pin() -> None:
    first, second = pin.hash_pin("2468"), pin.hash_pin("2468")
    assert first != second
    assert "2468" not in first and first.startswith("scrypt$")
    assert pin.verify_pin("2468", first) and pin.verify_pin("2468", second)
    assert not pin.verify_pin("2469", first)
    assert not pin.verify_pin("", first)


@pytest.mark.parametrize("bad", ["", "abc", "scrypt$1$2$3$x$y", "scrypt$16384$8$1$!!$!!"])
def test_a_malformed_hash_means_no_pin_and_matches_nothing(bad: str) -> None:
    assert not pin.is_hash(bad)
    assert not pin.verify_pin("2468", bad)


@pytest.mark.parametrize("bad", ["123", "1234567890123", "12a4", "١٢٣٤"])
def test_only_4_to_12_ascii_digits_make_a_pin(bad: str) -> None:
    assert not pin.valid_pin(bad)
    with pytest.raises(ValueError):
        pin.hash_pin(bad)


def test_three_tries_come_at_once_then_each_wrong_pin_doubles_the_wait() -> None:
    now = [100.0]
    throttle = pin.Throttle(delay=5, free=3, longest=30, clock=lambda: now[0])
    assert throttle.failed() == 0
    assert throttle.failed() == 0
    assert throttle.failed() == 5
    now[0] += 2
    assert throttle.wait_seconds() == 3
    now[0] += 3
    assert throttle.wait_seconds() == 0
    assert throttle.failed() == 10
    now[0] += 10
    assert throttle.failed() == 20
    now[0] += 20
    assert throttle.failed() == 30
    throttle.succeeded()
    assert throttle.wait_seconds() == 0 and throttle.failed() == 0
