"""Adapters from reference datasets to figures: how each set's gold is read against waqia's mentions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from waqia.model import Article, Mention


class Case(Protocol):
    """A reference row: its article, and the key that decides its split (text, or a paragraph id)."""

    @property
    def article(self) -> Article: ...

    @property
    def split_key(self) -> str: ...


C = TypeVar("C", bound=Case)
CaseResults = Sequence[tuple[C, tuple[Mention, ...]]]
