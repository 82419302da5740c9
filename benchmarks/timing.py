"""Timing helper shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls of `action`, in seconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls of `action`, in milliseconds."""
    return median_seconds(action, runs) * 1000
