"""Ingest stage: the only code that reads user files or the network; inputs in, `Article`s out."""

from waqia.ingest.http import HttpClient
from waqia.ingest.sources import find_demo_sources, load_sources

__all__ = ["HttpClient", "find_demo_sources", "load_sources"]
