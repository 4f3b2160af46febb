"""Hard-wrapped plain text is unwrapped at ingest; headlines, lists and prose keep their line breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqia.ingest import load_sources
from waqia.ingest.plain_text import unwrap_lines
from waqia.model import Article, make_article_id

WRAPPED = (
    "Gunmen kill two traders in Turbat\n"
    "TURBAT: Unidentified gunmen riding a motorcycle opened fire on a shop in\n"
    "the main bazaar of Turbat on Sunday evening, killing two traders and\n"
    "wounding a customer, police said. No group claimed the attack, but the\n"
    "police blamed the banned Balochistan Liberation Front.\n"
    "\n"
    "The traders had received threats, a relative told reporters outside the\n"
    "district hospital.\n"
)


def test_a_wrapped_report_becomes_one_line_per_paragraph_under_its_headline() -> None:
    unwrapped = unwrap_lines(WRAPPED)
    assert unwrapped.split("\n") == [
        "Gunmen kill two traders in Turbat",
        "TURBAT: Unidentified gunmen riding a motorcycle opened fire on a shop in the main bazaar of Turbat "
        "on Sunday evening, killing two traders and wounding a customer, police said. No group claimed the "
        "attack, but the police blamed the banned Balochistan Liberation Front.",
        "",
        "The traders had received threats, a relative told reporters outside the district hospital.",
        "",
    ]


def test_windows_line_ends_are_unwrapped_too() -> None:
    unwrapped = unwrap_lines(WRAPPED.replace("\n", "\r\n"))
    assert "shop in the main bazaar" in unwrapped
    assert "\r " not in unwrapped


@pytest.mark.parametrize(
    "text",
    [
        # A list of headlines: the next headline's first word would have fitted.
        "Seven killed in Quetta blast\nTwo soldiers martyred in North Waziristan\nFlood waters recede in "
        "Sindh as relief work goes on\nCabinet approves budget\nMarkets rally on IMF deal news\n",
        # Paragraphs one per line.
        "QUETTA: A bomb killed seven people in a crowded market in Quetta on Tuesday, police officials said "
        "late in the evening.\nThe banned BLA claimed the attack in a statement to reporters in the city.\n",
        # A dateline, a headline and short lines.
        "Blast in Bannu\nBANNU, March 3\nTwo policemen were hurt.\n",
        "",
        "one line only",
    ],
)
def test_texts_that_are_not_wrapped_stay_as_they_are(text: str) -> None:
    assert unwrap_lines(text) == text


@given(st.text(alphabet=st.sampled_from("abc \n.,"), max_size=400))
def test_unwrapping_only_turns_line_breaks_into_spaces(text: str) -> None:
    unwrapped = unwrap_lines(text)
    assert unwrapped.replace("\n", " ") == text.replace("\r\n", " ").replace("\n", " ") or ("\r" in text)
    assert unwrapped.split() == text.split()


def test_a_wrapped_text_file_is_ingested_unwrapped_with_the_id_it_had(tmp_path: Path) -> None:
    path = tmp_path / "turbat.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    (article,) = list(load_sources([str(path)]))
    assert isinstance(article, Article)
    assert article.text == unwrap_lines(WRAPPED)
    # Ids hash the words, not the layout: a store that holds the wrapped copy keeps one article.
    assert article.article_id == make_article_id(url=None, text=WRAPPED)
