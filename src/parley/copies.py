"""Wire copies: the same agency story printed by several outlets, found by MinHash.

A text becomes the set of its word shingles (``SHINGLE`` consecutive casefolded words), and
the set a MinHash signature of ``NUM_PERM`` 32-bit values. Locality-sensitive hashing
(``BANDS`` bands of ``ROWS`` values) yields candidates in time independent of the corpus
size; a candidate is a copy when the estimated Jaccard similarity of the two shingle sets is
at least ``THRESHOLD``. Changed headlines, teasers, boilerplate or a rewritten sentence keep
copies well above it; distinct stories on the same event, which share names and perhaps a
quote, stay far below (``bench/copies.py`` measures both).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

SHINGLE = 5  # words per shingle
NUM_PERM = 64  # signature length
BANDS, ROWS = 32, 2  # LSH: a pair agreeing on all ROWS values of any band is a candidate
THRESHOLD = 0.5  # estimated Jaccard similarity from which a candidate is a copy

_WORD = re.compile(r"\w+")
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20251219)
# Multiply-shift hashing: h(x) = ((a * x + b) mod 2**64) >> 32, one (a, b) per permutation.
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_BAND_MIX = _rng.integers(1, 2**63, ROWS, dtype=np.uint64) | np.uint64(1)
_BAND_SALT = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)


def shingles(text: str) -> np.ndarray:
    """32-bit hashes of the text's distinct word shingles (the whole text if it is shorter)."""
    words = np.fromiter(
        (zlib.crc32(w.encode()) for w in _WORD.findall(text.casefold())), dtype=np.uint64
    )
    if len(words) == 0:
        return np.zeros(1, dtype=np.uint64)
    n = max(len(words) - SHINGLE + 1, 1)
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(SHINGLE, len(words))):
            acc = acc * np.uint64(0x100000001B3) + words[j : j + n]
    return np.unique((acc ^ (acc >> np.uint64(32))) & _MASK32)


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``: ``NUM_PERM`` uint32 values."""
    x = shingles(text)
    with np.errstate(over="ignore"):
        hashed = (np.multiply.outer(_A, x) + _B[:, None]) >> np.uint64(32)
    return hashed.min(axis=1).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray) -> np.ndarray:
    """One 64-bit key per LSH band (the band number is mixed in, so keys share one index)."""
    rows = sig[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        return (rows * _BAND_MIX).sum(axis=1) ^ _BAND_SALT


@dataclass(frozen=True)
class Match:
    """The text an article copies and how similar the two are."""

    article_id: str
    similarity: float


class CopyIndex:
    """Signatures of every text seen so far, searchable for near-duplicates.

    Band keys live in sorted numpy runs merged like a binary counter, so adding ``n`` texts
    costs O(n log n) in all and a lookup O(log² n); memory is about 0.7 KB per text.
    ``article_id in index`` tells whether that exact text is indexed.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.ids: list[str] = []
        self._nums: dict[str, int] = {}
        self._sigs = np.zeros((1024, NUM_PERM), dtype=np.uint32)
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, text numbers)
        self._fresh: dict[int, list[int]] = {}  # band key -> text numbers, not yet in a run
        self._fresh_count = 0

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._nums

    def add(self, article_id: str, sig: np.ndarray) -> None:
        """Index ``sig`` as the signature of stored text ``article_id``."""
        num = len(self.ids)
        if num == len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.zeros_like(self._sigs)])
        self._sigs[num] = sig
        self.ids.append(article_id)
        self._nums[article_id] = num
        for key in band_keys(sig).tolist():
            self._fresh.setdefault(key, []).append(num)
        self._fresh_count += 1
        if self._fresh_count >= 256:
            self._flush()

    def find(self, sig: np.ndarray) -> Match | None:
        """The most similar indexed text at or above the threshold, else None."""
        candidates = self._candidates(band_keys(sig))
        if not candidates:
            return None
        nums = np.fromiter(candidates, dtype=np.int64)
        scores = np.count_nonzero(self._sigs[nums] == sig, axis=1) / NUM_PERM
        best = int(np.argmax(scores))
        if scores[best] < self.threshold:
            return None
        return Match(self.ids[nums[best]], float(scores[best]))

    def _candidates(self, keys: np.ndarray) -> set[int]:
        found: set[int] = set()
        for run_keys, run_nums in self._runs:
            lo = np.searchsorted(run_keys, keys, side="left")
            hi = np.searchsorted(run_keys, keys, side="right")
            for i in np.flatnonzero(hi > lo).tolist():
                found.update(run_nums[lo[i] : hi[i]].tolist())
        for key in keys.tolist():
            found.update(self._fresh.get(key, ()))
        return found

    def _flush(self) -> None:
        """Move the fresh keys into a sorted run, merging runs no larger than it."""
        pairs = [(key, num) for key, nums in self._fresh.items() for num in nums]
        keys = np.fromiter((k for k, _ in pairs), dtype=np.uint64, count=len(pairs))
        nums = np.fromiter((n for _, n in pairs), dtype=np.int32, count=len(pairs))
        self._fresh, self._fresh_count = {}, 0
        while self._runs and len(self._runs[-1][0]) <= len(keys):
            run_keys, run_nums = self._runs.pop()
            keys, nums = np.concatenate([run_keys, keys]), np.concatenate([run_nums, nums])
        order = np.argsort(keys, kind="stable")
        self._runs.append((keys[order], nums[order]))
