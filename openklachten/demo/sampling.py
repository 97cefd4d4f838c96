"""Fast deterministic draws: one `random()` per draw, instead of `Random.choice`'s bit loops.

A million records make tens of millions of draws, so these few microseconds decide whether the demo
generator meets its speed goal.
"""

import bisect
import itertools
import random


def pick(rng: random.Random, seq):
    """A uniformly chosen element of a non-empty sequence."""
    return seq[int(rng.random() * len(seq))]


def between(rng: random.Random, low: int, high: int) -> int:
    """A uniformly chosen integer in [low, high], both included."""
    return low + int(rng.random() * (high - low + 1))


class Weighted:
    """Draw from fixed weights with one random() and a bisect (precomputed cumulative weights)."""

    __slots__ = ("values", "cumulative", "total")

    def __init__(self, weights: dict):
        self.values = tuple(weights)
        self.cumulative = tuple(itertools.accumulate(weights.values()))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random):
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]
