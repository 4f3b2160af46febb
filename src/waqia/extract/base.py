"""The extractor interface: an article in, the event mentions it reports out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from waqia.model import Article, Mention


class Extractor(Protocol):
    """Turns articles into mentions. `name` is versioned (e.g. "rules.v1") and stored with every mention."""

    name: str

    def extract(self, article: Article) -> tuple[Mention, ...]:
        """The mentions one article reports, in text order; () for a non-event article."""
        ...

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        """Batch form of `extract` (one spaCy `pipe` pass); yields in input order."""
        ...
