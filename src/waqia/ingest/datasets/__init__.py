"""Readers of the reference datasets in ../shared/data: rows in, `Article`s with their gold labels out."""

from waqia.ingest.datasets.case2021 import CaseSnippet, read_case2021_snippets
from waqia.ingest.datasets.conflibert import LabelledParagraph, read_conflibert_satp, read_satp_actions
from waqia.ingest.datasets.geonames import ProvinceGazetteer, read_pakistan_provinces
from waqia.ingest.datasets.gtd import GtdSummary, read_gtd_summaries
from waqia.ingest.datasets.location import SHARED_DATA_ENV, find_dataset, find_shared_data
from waqia.ingest.datasets.satp import (
    RelevanceParagraph,
    SatpParagraph,
    read_satp_annotated,
    read_satp_relevance,
)
from waqia.ingest.datasets.wiki import WikiIncident, read_wiki_incidents

__all__ = [
    "SHARED_DATA_ENV",
    "CaseSnippet",
    "GtdSummary",
    "LabelledParagraph",
    "ProvinceGazetteer",
    "RelevanceParagraph",
    "SatpParagraph",
    "WikiIncident",
    "find_dataset",
    "find_shared_data",
    "read_case2021_snippets",
    "read_conflibert_satp",
    "read_gtd_summaries",
    "read_pakistan_provinces",
    "read_satp_actions",
    "read_satp_annotated",
    "read_satp_relevance",
    "read_wiki_incidents",
]
