"""The main job: articles in, events extracted, stored and resolved; one transaction per article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from waqia.errors import WaqiaError
from waqia.extract.base import Extractor
from waqia.extract.parallel import ParallelExtractor
from waqia.model import (
    Article,
    DateSpan,
    DecisionKind,
    Event,
    EventStatus,
    IngestOutcome,
    Mention,
    MergeTrailEntry,
    Place,
    Role,
    RunReport,
    Skipped,
    SkipReason,
    TrailAction,
    hash_id,
)
from waqia.resolve.canonical import Report, build_event
from waqia.resolve.cluster import MAX_BLOCK_DAYS, Assignment, assign_mention, new_event_id
from waqia.resolve.features import (
    MentionFeatures,
    describe_mention,
    is_national_desk,
    national_desk_province,
    place_from_dateline,
)
from waqia.resolve.profile import EventProfile, build_profile, profile_from_json, profile_to_json
from waqia.resolve.similarity import DAY_SLACK, from_national_desk
from waqia.store.base import EventStore, ReportRecord, StoreSession

LOG = logging.getLogger(__name__)

# Articles go through spaCy in batches this size: large enough for `nlp.pipe` to pay off, small enough
# that a failure costs little to isolate. Extractor processes take larger batches (see `_batch_size`).
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


def _batch_size(extractor: Extractor, requested: int | None) -> int:
    """`requested`, else the extractor's own: worker processes idle at each batch's end, so they take more."""
    if requested is not None:
        return requested
    if isinstance(extractor, ParallelExtractor):
        return extractor.batch_size
    return BATCH_SIZE


def extract_articles(
    items: Iterable[Article | Skipped], *, extractor: Extractor, batch_size: int | None = None
) -> Iterator[tuple[Article, tuple[Mention, ...]] | Skipped]:
    """Extract mentions without a store, keeping input order; a failing article becomes a `Skipped`."""
    iterator = iter(items)
    size = _batch_size(extractor, batch_size)
    while batch := list(islice(iterator, size)):
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
        # One bad article must not sink the batch. A large batch (through worker processes) is read again
        # in smaller ones first, so that only the slice holding the bad article goes one at a time.
        if len(articles) > BATCH_SIZE:
            LOG.warning("batch extraction failed (%s); retrying in batches of %d", error, BATCH_SIZE)
            for start in range(0, len(articles), BATCH_SIZE):
                yield from _extract_batch(articles[start : start + BATCH_SIZE], extractor=extractor)
            return
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
    batch_size: int | None = None,
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
    size = _batch_size(extractor, batch_size)
    while batch := list(islice(iterator, size)):
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


def _report(record: ReportRecord) -> Report:
    return Report(
        mention=record.mention, source=record.source, url=record.url, published_at=record.published_at
    )


def _features(record: ReportRecord) -> MentionFeatures:
    return describe_mention(record.mention, published_at=record.published_at)


def _blocked_by_event(session: StoreSession, event_ids: Collection[str]) -> dict[str, set[str]]:
    blocked: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
    for decision in session.decisions_for(event_ids=event_ids):
        if decision.kind is DecisionKind.BLOCK and decision.event_id in blocked:
            blocked[decision.event_id].add(decision.mention_id)
    return blocked


def rebuild_profile(
    session: StoreSession, event_id: str, *, status: EventStatus, created_at: datetime | None
) -> EventProfile:
    """An event's resolution profile, built from its stored reports and reviewers' decisions."""
    records = session.resolution_reports([event_id])[event_id]
    return build_profile(
        event_id=event_id,
        members=[_features(record) for record in records],
        blocked_mentions=_blocked_by_event(session, [event_id])[event_id],
        status=status,
        created_at=created_at,
    )


def write_event(
    session: StoreSession,
    *,
    event_id: str,
    records: Sequence[ReportRecord],
    now: datetime,
    status: EventStatus | None = None,
) -> Event:
    """Rebuild and store the canonical event over `records` (at least one), keeping its id, creation time,
    status (unless `status` is given) and a reviewer's edits; stores its resolution profile too."""
    existing = session.event_state(event_id)
    if status is None:
        status = existing.status if existing is not None else EventStatus.ACTIVE
        if not status.is_live and status is not EventStatus.REJECTED:
            # A tombstone that gets reports again (a re-ingested article, a pinned mention) is live again.
            status = EventStatus.ACTIVE
    created_at = existing.created_at if existing is not None and existing.created_at else now
    event = build_event(
        event_id=event_id,
        reports=[_report(record) for record in records],
        created_at=created_at,
        updated_at=now,
        status=status,
        changes=existing.changes if existing is not None else None,
    )
    blocked = _blocked_by_event(session, [event_id])[event_id]
    profile = build_profile(
        event_id=event_id,
        members=[_features(record) for record in records],
        blocked_mentions=blocked,
        status=status,
        created_at=created_at,
    )
    session.put_resolved_event(event, profile=profile_to_json(profile))
    return event


def refresh_event(session: StoreSession, event_id: str, *, now: datetime) -> Event | None:
    """Rebuild an event from the reports still linked to it, or withdraw it (a tombstone) when none are."""
    records = session.resolution_reports([event_id])[event_id]
    if records:
        return write_event(session, event_id=event_id, records=records, now=now)
    existing = session.get_event(event_id)
    if existing is not None and existing.status.is_live:
        session.withdraw_event(event_id, status=EventStatus.WITHDRAWN, at=now)
    return None


def _candidates(
    session: StoreSession, features: MentionFeatures, *, skip: Collection[str]
) -> list[EventProfile]:
    """Events near the report in time and place, as profiles (rebuilt when the stored one is stale)."""
    when, place = features.when, features.place
    if when is None:
        return []
    country_code = place.country_code if place else None
    # A report placed only by a capital desk's dateline may be about any province; an event so placed
    # may be any report's (similarity then asks for shared details).
    desk_only = features.place_from_dateline and is_national_desk(place)
    found = session.candidate_profiles(
        earliest=when.earliest,
        latest=when.latest,
        country_code=country_code,
        admin1=place.admin1 if place and not desk_only else None,
    )
    desk_province = None if desk_only else _other_desk_province(place)
    from_desk: set[str] = set()
    if desk_province is not None:
        seen = {candidate.event_id for candidate in found}
        extra = session.candidate_profiles(
            earliest=when.earliest, latest=when.latest, country_code=country_code, admin1=desk_province
        )
        from_desk = {candidate.event_id for candidate in extra if candidate.event_id not in seen}
        found = [*found, *(candidate for candidate in extra if candidate.event_id in from_desk)]
    profiles: list[EventProfile] = []
    for candidate in found:
        if candidate.event_id in skip:
            continue
        profile = profile_from_json(
            candidate.profile,
            event_id=candidate.event_id,
            status=candidate.status,
            created_at=candidate.created_at,
        )
        if profile is None:
            profile = rebuild_profile(
                session, candidate.event_id, status=candidate.status, created_at=candidate.created_at
            )
        if candidate.event_id in from_desk and not from_national_desk(profile):
            continue
        if profile.members and profile.when is not None and not _too_loose(profile.when):
            profiles.append(profile)
    return profiles


def _other_desk_province(place: Place | None) -> str | None:
    """The province of the country's capital desk when it is not `place`'s own: where the events and
    recollections placed only by that desk's dateline are filed."""
    if place is None or not place.admin1:
        return None
    province = national_desk_province(place.country_code)
    return None if province == place.admin1.casefold() else province


def _too_loose(when: DateSpan) -> bool:
    return (when.latest - when.earliest).days > MAX_BLOCK_DAYS


def _pinned_event(session: StoreSession, event_id: str) -> str | None:
    """The event a pin points to, following merges; None when it no longer exists."""
    seen: set[str] = set()
    current: str | None = event_id
    while current is not None and current not in seen:
        seen.add(current)
        state = session.event_state(current)
        if state is None:
            return None
        if state.status is not EventStatus.MERGED:
            return current
        current = state.merged_into
    return None


def _place_mention(
    session: StoreSession,
    own: ReportRecord,
    *,
    pins: dict[str, str],
    emptied: set[str],
    now: datetime,
) -> set[str]:
    """Put one new mention into an event (pinned, matched, merged, or new); returns the events written."""
    mention = own.mention
    pinned = _pinned_event(session, pins[mention.mention_id]) if mention.mention_id in pins else None
    if pinned is not None:
        records = [*session.resolution_reports([pinned])[pinned], own]
        write_event(session, event_id=pinned, records=records, now=now)
        session.add_trail(
            [
                MergeTrailEntry(
                    mention_id=mention.mention_id,
                    event_id=pinned,
                    action=TrailAction.PINNED,
                    score=None,
                    reasons=("pinned by a reviewer's merge or split",),
                    at=now,
                )
            ]
        )
        emptied.discard(pinned)
        return {pinned}
    features = _features(own)
    candidates = _candidates(session, features, skip=emptied) if mention.when is not None else []
    assignment = assign_mention(features, candidates=candidates, created_at=now)
    if assignment.is_new and mention.role is Role.BACKGROUND:
        return set()
    written = _apply_assignment(session, own, assignment, emptied=emptied, now=now)
    return written | _adopt_waiting(session, assignment.profile, emptied=emptied, now=now)


def free_event_id(session: StoreSession, base: str, *, reusable: Collection[str] = ()) -> str:
    """`base`, or the first of its numbered variants, that names no stored event.

    An event emptied in this very transaction (`reusable`) or withdrawn without reports gives its id back:
    a report revised by its article returns to the id it had. Any other stored event keeps its id.
    """
    candidate, number = base, 1
    while True:
        existing = session.event_state(candidate)
        # A withdrawn event has no reports left (withdrawing unlinks them).
        if existing is None or candidate in reusable or existing.status is EventStatus.WITHDRAWN:
            return candidate
        number += 1
        candidate = hash_id(base, str(number), prefix="e")


def _apply_assignment(
    session: StoreSession,
    own: ReportRecord,
    assignment: Assignment,
    *,
    emptied: set[str],
    now: datetime,
) -> set[str]:
    """Write what `assign_mention` decided: the event with the new report, the events merged into it
    (as tombstones) and the merge trail."""
    involved = assignment.existing_events
    stored = session.resolution_reports(involved) if involved else {}
    records = [record for event_id in involved for record in stored[event_id]]
    event_id = (
        free_event_id(session, new_event_id(own.mention), reusable=emptied)
        if assignment.is_new
        else assignment.event_id
    )
    write_event(
        session,
        event_id=event_id,
        records=[*records, own],
        now=now,
        status=None if assignment.is_new else assignment.profile.status,
    )
    emptied.discard(event_id)
    trail = [
        MergeTrailEntry(
            mention_id=own.mention.mention_id,
            event_id=event_id,
            action=TrailAction.OPENED if assignment.is_new else TrailAction.JOINED,
            score=None if assignment.match is None else assignment.match.score,
            reasons=() if assignment.match is None else assignment.match.reasons,
            at=now,
        )
    ]
    written = {event_id}
    for absorbed in assignment.absorbed:
        trail.extend(
            MergeTrailEntry(
                mention_id=record.mention.mention_id,
                event_id=assignment.event_id,
                action=TrailAction.MERGED,
                score=absorbed.match.score,
                reasons=absorbed.match.reasons,
                at=now,
                from_event_id=absorbed.event_id,
            )
            for record in stored.get(absorbed.event_id, [])
        )
        session.withdraw_event(
            absorbed.event_id, status=EventStatus.MERGED, at=now, merged_into=assignment.event_id
        )
        written.add(absorbed.event_id)
    session.add_trail(trail)
    return written


def _adopt_waiting(
    session: StoreSession, profile: EventProfile, *, emptied: set[str], now: datetime
) -> set[str]:
    """Let background mentions that arrived before their event (and so joined none) join it now, so
    that the order in which articles arrive does not decide where a recollection ends up."""
    when, place = profile.when, profile.place
    if when is None:
        return set()
    earliest, latest = when.earliest - DAY_SLACK, when.latest + DAY_SLACK
    country_code = place.country_code if place else None
    waiting = session.waiting_reports(
        earliest=earliest, latest=latest, country_code=country_code, admin1=place.admin1 if place else None
    )
    desk_province = _other_desk_province(place)
    if desk_province is not None:
        # Recollections placed only by a capital desk's dateline may be of this event too.
        seen = {record.mention.mention_id for record in waiting}
        waiting += [
            record
            for record in session.waiting_reports(
                earliest=earliest, latest=latest, country_code=country_code, admin1=desk_province
            )
            if record.mention.mention_id not in seen
            and place_from_dateline(record.mention)
            and is_national_desk(record.mention.place)
        ]
    written: set[str] = set()
    for record in waiting:
        features = _features(record)
        assignment = assign_mention(
            features, candidates=_candidates(session, features, skip=emptied), created_at=now
        )
        if not assignment.is_new:
            written |= _apply_assignment(session, record, assignment, emptied=emptied, now=now)
    return written


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
    open one: a passing recollection is too thin a source for a new record. A changed article's old
    mentions leave their events first; an event left without reports becomes a withdrawn tombstone
    unless the new version's mentions return to it.

    Returns:
        The ids of the events created, updated or withdrawn.
    """
    session.put_article(article, fingerprint=fingerprint)
    stale = session.replace_mentions(article.article_id, mentions)
    touched: set[str] = set(stale)
    emptied: set[str] = set()
    for event_id in sorted(stale):
        records = session.resolution_reports([event_id])[event_id]
        if records:
            write_event(session, event_id=event_id, records=records, now=now)
        else:
            emptied.add(event_id)
    pins = {
        decision.mention_id: decision.event_id
        for decision in session.decisions_for(mention_ids=[m.mention_id for m in mentions])
        if decision.kind is DecisionKind.PIN
    }
    for mention in mentions:
        own = ReportRecord(
            mention=mention,
            source=article.source,
            url=article.url,
            published_at=article.published_at,
            event_id=None,
        )
        touched |= _place_mention(session, own, pins=pins, emptied=emptied, now=now)
    for event_id in sorted(emptied):
        refresh_event(session, event_id, now=now)
    return touched
