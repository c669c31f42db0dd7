"""Benchmarks of the kiosk, each beside a baseline measured in the same run.

Run with ``make bench`` (``python -m benchmarks``). Every figure that needs a
clean process is measured in a child process (``benchmarks.child``).
"""
