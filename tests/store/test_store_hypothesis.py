"""Property test: any mention written to the SQLite store reads back equal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from waqia.model import (
    Actor,
    ActorType,
    Article,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)
from waqia.store import open_store

# SQLite integers are 64-bit but PostgreSQL INTEGER is 32-bit; stay inside what both hold.
counts = st.none() | st.integers(min_value=0, max_value=2**31 - 1)
names = st.text(min_size=1, max_size=40)
optional_names = st.none() | names
floats = st.floats(allow_nan=False, allow_infinity=False)

places = st.builds(
    Place,
    name=names,
    country=optional_names,
    country_code=optional_names,
    admin1=optional_names,
    admin2=optional_names,
    admin3=optional_names,
    latitude=st.none() | floats,
    longitude=st.none() | floats,
    geo_precision=st.none() | st.sampled_from(GeoPrecision),
    gazetteer_id=optional_names,
    geocoder=st.text(max_size=20),
)
actors = st.builds(
    Actor,
    name=names,
    actor_type=st.none() | st.sampled_from(ActorType),
    parent=optional_names,
    country_code=optional_names,
)
date_spans = st.builds(
    DateSpan, earliest=st.dates(), latest=st.dates(), precision=st.sampled_from(DatePrecision)
)
evidence = st.builds(
    Evidence,
    field=st.sampled_from(EvidenceField),
    start=st.integers(min_value=0, max_value=10**6),
    end=st.integers(min_value=0, max_value=10**6),
    text=st.text(max_size=60),
    producer=st.text(max_size=20),
)


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    sub_event_type = draw(st.sampled_from(SubEventType))
    return Mention(
        mention_id=draw(names),
        article_id="a-property",
        role=draw(st.sampled_from(Role)),
        event_type=sub_event_type.event_type,
        sub_event_type=sub_event_type,
        when=draw(st.none() | date_spans),
        place=draw(st.none() | places),
        perpetrator=draw(st.none() | actors),
        claim=draw(
            st.builds(
                Claim,
                status=st.sampled_from(ClaimStatus),
                claimed_by=st.lists(names, max_size=3).map(tuple),
                denied_by=st.lists(names, max_size=3).map(tuple),
            )
        ),
        target=draw(st.none() | st.sampled_from(Target)),
        casualties=draw(
            st.builds(
                Casualties, killed_min=counts, killed_max=counts, injured_min=counts, injured_max=counts
            )
        ),
        evidence=tuple(draw(st.lists(evidence, max_size=4))),
        extractor=draw(st.text(max_size=20)),
        confidence=draw(floats),
    )


@settings(max_examples=60, deadline=None)
@given(mention_list=st.lists(mentions(), max_size=3, unique_by=lambda mention: mention.mention_id))
def test_mentions_round_trip_through_sqlite(mention_list: list[Mention]) -> None:
    store = open_store(":memory:")
    article = Article(article_id="a-property", text="text")
    with store.session() as session:
        session.put_article(article, fingerprint="fp")
        session.replace_mentions(article.article_id, mention_list)
    stored = [record.mention for record in store.iter_mentions()]
    store.close()
    assert sorted(stored, key=lambda m: m.mention_id) == sorted(mention_list, key=lambda m: m.mention_id)
