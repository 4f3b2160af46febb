"""Mentions in the evaluation spec's JSON Lines shape: one {"article_id", "events"} line per article."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Any, TextIO

from waqia.model import Article, Mention
from waqia.store.base import MentionRecord


def spec_event(mention: Mention) -> dict[str, Any]:
    """The spec's EVENT object for a mention; unknown fields are null (see shared/spec/evaluation.md)."""
    place, actor, claim, casualties = mention.place, mention.perpetrator, mention.claim, mention.casualties
    spans = sorted({(item.start, item.end) for item in mention.evidence})
    return {
        "role": mention.role.value,
        "event_date": mention.when.iso() if mention.when else None,
        "date_precision": mention.when.precision.value if mention.when else None,
        "event_type": mention.event_type.value,
        "sub_event_type": mention.sub_event_type.value,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "location": place.name if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": int(place.geo_precision) if place and place.geo_precision is not None else None,
        "perpetrator": actor.name if actor else None,
        "claim_status": claim.status.value,
        "claimed_by": list(claim.claimed_by),
        "denied_by": list(claim.denied_by),
        "target": mention.target.value if mention.target else None,
        "killed_min": casualties.killed_min,
        "killed_max": casualties.killed_max,
        "injured_min": casualties.injured_min,
        "injured_max": casualties.injured_max,
        "evidence": [{"start": start, "end": end} for start, end in spans],
    }


def format_spec_line(
    *, article_id: str, mentions: Sequence[Mention], event_ids: Sequence[str | None] | None = None
) -> str:
    """One spec line (no trailing newline) for an article's mentions, in the order given.

    Args:
        article_id: the id users know the article by (`Article.public_id`).
        mentions: the article's mentions.
        event_ids: the event each mention was merged into, parallel to `mentions`; when given, every
            event object carries an "event_id" (null for a mention in no event), as the store export does.

    Raises:
        ValueError: `event_ids` and `mentions` differ in length.
    """
    events = [spec_event(mention) for mention in mentions]
    if event_ids is not None:
        for event, event_id in zip(events, event_ids, strict=True):
            event["event_id"] = event_id
    return json.dumps({"article_id": article_id, "events": events}, ensure_ascii=False)


def write_mentions_export(
    records: Iterable[MentionRecord], stream: TextIO, *, articles: Iterable[Article] | None = None
) -> int:
    """Write one spec line per article, grouping consecutive records of the same article.

    Records must come grouped by article (as `EventStore.iter_mentions` yields them). When `articles`
    is given (in the same order, as `EventStore.iter_articles` yields them), articles without any
    mention get their line too, with an empty events list, as the spec wants one line per article.

    Returns:
        The number of lines (articles) written.
    """
    groups = ((key, list(group)) for key, group in groupby(records, key=lambda r: r.article.article_id))
    written = 0

    def write(article: Article, items: Sequence[MentionRecord]) -> None:
        nonlocal written
        stream.write(
            format_spec_line(
                article_id=article.public_id,
                mentions=[record.mention for record in items],
                event_ids=[record.event_id for record in items],
            )
        )
        stream.write("\n")
        written += 1

    if articles is None:
        for _, items in groups:
            write(items[0].article, items)
        return written
    pending = next(groups, None)
    for article in articles:
        if pending is not None and pending[0] == article.article_id:
            write(article, pending[1])
            pending = next(groups, None)
        else:
            write(article, ())
    return written
