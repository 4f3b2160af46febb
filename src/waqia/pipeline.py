"""The main job: articles in, events extracted, stored and resolved; one transaction per article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from waqia.errors import WaqiaError
from waqia.extract.base import Extractor
from waqia.model import (
    Article,
    Event,
    IngestOutcome,
    Mention,
    Role,
    RunReport,
    Skipped,
    SkipReason,
    hash_id,
)
from waqia.resolve.canonical import Report, build_event
from waqia.resolve.cluster import CANDIDATE_WINDOW, assign_mention
from waqia.store.base import EventStore, MentionRecord, StoreSession

LOG = logging.getLogger(__name__)

# Articles go through spaCy in batches this size: large enough for `nlp.pipe` to pay off, small enough
# that a failure costs little to isolate.
BATCH_SIZE = 32


@dataclass(frozen=True, slots=True, kw_only=True)
class Progress:
    """One input handled; `outcome` is an IngestOutcome value or "skipped"."""

    origin: str
    outcome: str


ProgressCallback = Callable[[Progress], None]


def fingerprint_article(article: Article, *, extractor_name: str) -> str:
    """What decides whether a stored article must be processed again: its content and the extractor."""
    published = article.published_at.isoformat() if article.published_at else ""
    return hash_id(
        extractor_name,
        article.text,
        article.title or "",
        article.url or "",
        article.source or "",
        published,
        article.external_id or "",
        length=32,
    )


def extract_articles(
    items: Iterable[Article | Skipped], *, extractor: Extractor, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Article, tuple[Mention, ...]] | Skipped]:
    """Extract mentions without a store, keeping input order; a failing article becomes a `Skipped`."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        extracted = dict(_extract_batch(articles, extractor=extractor))
        for item in batch:
            if isinstance(item, Skipped):
                yield item
            else:
                yield extracted[id(item)]


def _extract_batch(
    articles: Sequence[Article], *, extractor: Extractor
) -> Iterator[tuple[int, tuple[Article, tuple[Mention, ...]] | Skipped]]:
    try:
        results = list(extractor.extract_many(articles))
    except (WaqiaError, ValueError, RuntimeError) as error:
        # One bad article must not sink the batch: isolate it by extracting one at a time.
        LOG.warning("batch extraction failed (%s); retrying article by article", error)
        for article in articles:
            try:
                yield id(article), (article, extractor.extract(article))
            except (WaqiaError, ValueError, RuntimeError) as single_error:
                yield (
                    id(article),
                    Skipped(
                        origin=article.origin or article.public_id,
                        reason=SkipReason.EXTRACTION_FAILED,
                        detail=f"{article.origin or article.public_id}: extraction failed: {single_error}",
                    ),
                )
        return
    for article, mentions in results:
        yield id(article), (article, mentions)


def ingest_articles(
    items: Iterable[Article | Skipped],
    *,
    extractor: Extractor,
    store: EventStore,
    clock: Callable[[], datetime],
    on_progress: ProgressCallback | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunReport:
    """Store every article with its mentions and resolve them into events.

    Unchanged articles (same content, same extractor) are left alone, so re-running is harmless.
    Each article is written in its own transaction; a failure rolls back that article only.
    """
    counts = dict.fromkeys(IngestOutcome, 0)
    skipped: list[Skipped] = []
    mention_total = 0
    touched_events: set[str] = set()

    def report_progress(origin: str, outcome: str) -> None:
        if on_progress is not None:
            on_progress(Progress(origin=origin, outcome=outcome))

    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        pending: list[tuple[Article, str, IngestOutcome]] = []
        seen_in_batch: set[str] = set()
        with store.session() as session:
            for item in batch:
                if isinstance(item, Skipped):
                    skipped.append(item)
                    report_progress(item.origin, "skipped")
                    continue
                fingerprint = fingerprint_article(item, extractor_name=extractor.name)
                stored = session.article_fingerprint(item.article_id)
                if stored == fingerprint or item.article_id in seen_in_batch:
                    counts[IngestOutcome.UNCHANGED] += 1
                    report_progress(item.origin, IngestOutcome.UNCHANGED)
                    continue
                seen_in_batch.add(item.article_id)
                outcome = IngestOutcome.NEW if stored is None else IngestOutcome.UPDATED
                pending.append((item, fingerprint, outcome))
        extracted = dict(_extract_batch([article for article, _, _ in pending], extractor=extractor))
        for article, fingerprint, outcome in pending:
            result = extracted[id(article)]
            if isinstance(result, Skipped):
                skipped.append(result)
                report_progress(result.origin, "skipped")
                continue
            _, mentions = result
            try:
                with store.session() as session:
                    touched_events |= store_article(
                        session, article, mentions, fingerprint=fingerprint, now=clock()
                    )
            except WaqiaError as error:
                origin = article.origin or article.public_id
                skipped.append(
                    Skipped(
                        origin=origin,
                        reason=SkipReason.STORAGE_FAILED,
                        detail=f"{origin}: could not be stored, nothing was written for it: {error}",
                    )
                )
                report_progress(origin, "skipped")
                continue
            counts[outcome] += 1
            mention_total += len(mentions)
            report_progress(article.origin or article.public_id, outcome)
    return RunReport(
        new=counts[IngestOutcome.NEW],
        unchanged=counts[IngestOutcome.UNCHANGED],
        updated=counts[IngestOutcome.UPDATED],
        mentions=mention_total,
        events=len(touched_events),
        skipped=tuple(skipped),
    )


def _report(record: MentionRecord) -> Report:
    article = record.article
    return Report(
        mention=record.mention, source=article.source, url=article.url, published_at=article.published_at
    )


def store_article(
    session: StoreSession,
    article: Article,
    mentions: Sequence[Mention],
    *,
    fingerprint: str,
    now: datetime,
) -> set[str]:
    """Write one article and its mentions, and attach each mention to an event.

    Background mentions (an earlier event the article recalls) join a matching stored event but never
    open one: a passing recollection is too thin a source for a new record.

    Returns:
        The ids of the events created, updated or withdrawn.
    """
    session.put_article(article, fingerprint=fingerprint)
    stale = session.replace_mentions(article.article_id, mentions)
    touched: set[str] = set()
    for mention in mentions:
        candidates: list[Event] = []
        if mention.when is not None:
            candidates = session.candidate_events(
                earliest=mention.when.earliest - CANDIDATE_WINDOW,
                latest=mention.when.latest + CANDIDATE_WINDOW,
                country_code=mention.place.country_code if mention.place else None,
            )
        reports = {
            event.event_id: [_report(r) for r in session.reports_of(event.event_id)] for event in candidates
        }
        articles_in = {
            event_id: frozenset(r.mention.article_id for r in event_reports)
            for event_id, event_reports in reports.items()
        }
        assignment = assign_mention(mention, candidates=candidates, excluded_articles=articles_in)
        if assignment.is_new and mention.role is Role.BACKGROUND:
            continue
        existing = next((e for e in candidates if e.event_id == assignment.event_id), None)
        own = Report(
            mention=mention, source=article.source, url=article.url, published_at=article.published_at
        )
        merged = [*reports.get(assignment.event_id, []), own]
        event = build_event(
            event_id=assignment.event_id,
            reports=merged,
            created_at=existing.created_at if existing and existing.created_at else now,
            updated_at=now,
        )
        session.put_event(event)
        touched.add(event.event_id)
    for event_id in stale - touched:
        remaining = [_report(r) for r in session.reports_of(event_id)]
        if remaining:
            session.put_event(
                build_event(event_id=event_id, reports=remaining, created_at=now, updated_at=now)
            )
        else:
            session.delete_event(event_id)
        touched.add(event_id)
    return touched
