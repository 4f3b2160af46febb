"""Domain objects to API bodies: events, mentions with evidence, articles, text slices, review records."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from pydantic import BaseModel

from waqia.export.event_row import flatten_event
from waqia.export.spec_json import spec_event
from waqia.model import Article, Event, Mention, MergeTrailEntry, ReviewRecord
from waqia.store.base import MentionRecord
from waqia.web.evidence import slice_text
from waqia.web.schemas import (
    ArticleOut,
    EventOut,
    EvidenceOut,
    MentionOut,
    ReportOut,
    ReviewRecordOut,
    TextSliceOut,
    TrailEntryOut,
)


def _known(names: frozenset[str], values: dict[str, Any]) -> dict[str, Any]:
    """Only the keys a model declares: the export row may grow columns the API does not serve yet."""
    return {key: value for key, value in values.items() if key in names}


def _field_names(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(model.model_fields)


# Read once: pydantic's model_fields is a computed property, too slow to consult per value.
EVENT_FIELDS = _field_names(EventOut)
MENTION_FIELDS = _field_names(MentionOut)


def present_event(event: Event) -> EventOut:
    row = flatten_event(event)
    values = {field.name: getattr(row, field.name) for field in fields(row)}
    values |= {
        "status": event.status.value,
        "merged_into": event.merged_into,
        "edited_fields": event.edited_fields,
    }
    return EventOut.model_validate(_known(EVENT_FIELDS, values))


def present_mention(mention: Mention, *, event_id: str | None) -> MentionOut:
    values = spec_event(mention) | {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "event_id": event_id,
        "extractor": mention.extractor,
        "confidence": mention.confidence,
        "evidence": [
            EvidenceOut(
                field=item.field.value,
                start=item.start,
                end=item.end,
                text=item.text,
                producer=item.producer,
            )
            for item in mention.evidence
        ],
    }
    return MentionOut.model_validate(_known(MENTION_FIELDS, values))


def present_article(article: Article) -> ArticleOut:
    return ArticleOut(
        article_id=article.article_id,
        external_id=article.external_id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
        language=article.language,
        fetched_at=article.fetched_at,
        text_length=len(article.text),
    )


def present_report(record: MentionRecord) -> ReportOut:
    spans = [(item.start, item.end) for item in record.mention.evidence]
    return ReportOut(
        mention=present_mention(record.mention, event_id=record.event_id),
        article=present_article(record.article),
        text_slices=[
            TextSliceOut(start=piece.start, end=piece.end, text=piece.text)
            for piece in slice_text(record.article.text, spans)
        ],
    )


def present_review(record: ReviewRecord) -> ReviewRecordOut:
    return ReviewRecordOut(
        action=record.action.value,
        author=record.author,
        at=record.at,
        reason=record.reason,
        before=record.before,
        after=record.after,
    )


def present_trail(entry: MergeTrailEntry) -> TrailEntryOut:
    return TrailEntryOut(
        mention_id=entry.mention_id,
        event_id=entry.event_id,
        action=entry.action.value,
        score=entry.score,
        reasons=list(entry.reasons),
        at=entry.at,
        author=entry.author,
        from_event_id=entry.from_event_id,
    )
