"""News sites set "’" where the rules spell "'" (issue #3): an article reads the same with either, and its
evidence quotes the article's own characters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention


def _article(text: str) -> Article:
    return Article(article_id="quotes", text=text, published_at=datetime(2024, 3, 13, tzinfo=UTC))


def _fields(mentions: tuple[Mention, ...]) -> list[tuple[object, ...]]:
    return [
        (
            m.role,
            m.sub_event_type,
            (m.place.name, m.place.admin1, m.place.admin2) if m.place else None,
            m.perpetrator.name if m.perpetrator else None,
            m.claim.status,
            m.target,
            m.casualties,
            m.when,
            [(e.field, e.start, e.end) for e in m.evidence],
        )
        for m in mentions
    ]


def _curled(text: str) -> str:
    return text.replace("'", "\u2019")


@pytest.mark.parametrize(
    "text",
    [
        # The owner before a district: "Odisha's Koraput district".
        "Nine policemen were killed and four injured when a landmine planted by suspected Maoists blew up "
        "their van in Odisha's Malkangiri district on Tuesday.",
        # A recalled attack dated by "last year's", and the police of a named government.
        "Relatives of those killed in last year's minibus bombing in Kabul's Dasht-e-Barchi gathered on "
        "Tuesday. The gathering came a day after a roadside bomb wounded two members of the Islamic "
        "Emirate's police in western Kabul on Monday. No group has claimed responsibility for Monday's "
        "explosion.",
        # A toll of an event named by its day.
        "KARACHI: The death toll in Monday's suicide attack on a van carrying foreign engineers in "
        "Karachi's Korangi area rose to five on Wednesday after a guard died in hospital, officials said.",
    ],
)
def test_an_article_reads_the_same_with_typographic_apostrophes(extractor: RulesExtractor, text: str) -> None:
    plain = extractor.extract(_article(text))
    curled = extractor.extract(_article(_curled(text)))
    assert plain
    assert _fields(curled) == _fields(plain)


def test_a_district_after_its_typographic_owner_is_the_scene(extractor: RulesExtractor) -> None:
    text = _curled(
        "Nine policemen were killed and four injured when a landmine planted by suspected Maoists blew up "
        "their van in Odisha's Malkangiri district on Tuesday."
    )
    (mention,) = extractor.extract(_article(text))
    assert mention.place is not None
    assert mention.place.admin2 == "Malkangiri"


def test_evidence_quotes_the_article_as_written(extractor: RulesExtractor) -> None:
    text = _curled(
        "KARACHI: The death toll in Monday's suicide attack on a van carrying foreign engineers in "
        "Karachi's Korangi area rose to five on Wednesday after a guard died in hospital, officials said."
    )
    mentions = extractor.extract(_article(text))
    assert mentions
    evidence = [item for mention in mentions for item in mention.evidence]
    assert all(item.text == text[item.start : item.end] for item in evidence)
    assert any("\u2019" in item.text for item in evidence)


def test_an_article_without_typographic_apostrophes_is_read_as_given(extractor: RulesExtractor) -> None:
    article = _article("Gunmen shot dead two traders in Quetta's Satellite Town on Monday, police said.")
    (mention,) = extractor.extract(article)
    assert all(item.text == article.text[item.start : item.end] for item in mention.evidence)
