"""Deterministic development / held-out halves of a reference set, and reproducible samples of it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


class Split(StrEnum):
    """Which half of a reference set a row belongs to; rules may be studied on DEV rows only."""

    DEV = "dev"
    HELD_OUT = "heldout"


def _digest(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16)


def split_of(key: str) -> Split:
    """DEV when the sha256 of the row's key (its text, or its id) is even, else HELD_OUT."""
    return Split.DEV if _digest(key) % 2 == 0 else Split.HELD_OUT


def choose_sample(rows: Sequence[T], *, key: Callable[[T], str], limit: int | None) -> list[T]:
    """At most `limit` rows, the same ones on every run: those whose key has the smallest digest.

    The digest orders rows independently of the file order (a file sorted by date or by label is sampled
    evenly) and of the split bit, so a sample keeps both halves. Rows keep their input order.
    """
    if limit is None or limit >= len(rows):
        return list(rows)
    # The lowest bit decides the split; order by the other bits so the sample is not one half only.
    chosen = sorted(range(len(rows)), key=lambda index: _digest(key(rows[index])) >> 1)[:limit]
    return [rows[index] for index in sorted(chosen)]


def text_key(text: str) -> str:
    """A paragraph's key across reference sets: its letters and digits, case folded.

    The SATP files hold many of the same paragraphs, copied with other punctuation, spacing and case
    ("Union-Revolutionary (ANNISUR-R)" in one file, "UnionRevolutionary ANNISUR" in another).
    """
    return _NOT_LETTER_OR_DIGIT.sub("", text.casefold())
