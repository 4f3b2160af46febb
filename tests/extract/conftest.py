"""Fixtures for the extractor tests: one rules.v1 extractor per session (building it takes seconds)."""

from __future__ import annotations

import pytest

from waqia.extract.rules import RulesExtractor, build_extractor


@pytest.fixture(scope="session")
def extractor() -> RulesExtractor:
    """The real extractor: spaCy model, gazetteer geocoder, actor dictionary, date resolver."""
    return build_extractor()
