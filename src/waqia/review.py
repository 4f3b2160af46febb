"""Manual review of events (confirm, reject, edit, merge, split), recorded and respected by later resolution.

Used by the command line and the web dashboard. Every change runs in one transaction, is written to the
review log (who, when, the event before and after as JSON) and, for merges and splits, to the merge trail
and as standing decisions that automatic resolution obeys (docs/resolution.md, "Manual control").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from enum import Enum

from waqia.errors import ConfigError
from waqia.model import (
    DecisionKind,
    Event,
    EventChanges,
    EventStatus,
    MergeTrailEntry,
    ReviewAction,
    ReviewRecord,
    TrailAction,
    hash_id,
)
from waqia.pipeline import free_event_id, write_event
from waqia.resolve.canonical import combine_changes
from waqia.store.base import Decision, EventStore, ReportRecord, StoreSession


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _jsonable(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _jsonable(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    return value


def event_json(event: Event | None) -> str:
    """The event as JSON text, as the review log keeps it ("null" for none)."""
    return json.dumps(_jsonable(event), ensure_ascii=False, sort_keys=True)


def _require_author(author: str) -> str:
    if not author.strip():
        raise ConfigError("a review needs an author", hint="give --author NAME (or log in)")
    return author.strip()


def _load(session: StoreSession, event_id: str, *, live_only: bool = True) -> Event:
    event = session.get_event(event_id)
    if event is None:
        raise ConfigError(f"no event {event_id!r} in the store", hint="check the id with `waqia events`")
    if event.status in (EventStatus.MERGED, EventStatus.WITHDRAWN):
        where = f" into {event.merged_into}" if event.merged_into else ""
        raise ConfigError(
            f"event {event_id} was {event.status.value}{where} and can no longer be reviewed",
            hint=f"review {event.merged_into} instead" if event.merged_into else "pick a live event",
        )
    if live_only and event.status is EventStatus.REJECTED:
        raise ConfigError(f"event {event_id} is rejected", hint="confirm it first to review it again")
    return event


def _log(
    session: StoreSession,
    *,
    event_id: str,
    action: ReviewAction,
    author: str,
    at: datetime,
    before: Event | None,
    after: Event | None,
    reason: str = "",
) -> None:
    session.add_review(
        ReviewRecord(
            event_id=event_id,
            action=action,
            author=author,
            at=at,
            before=event_json(before),
            after=event_json(after),
            reason=reason,
        )
    )


def _pin(
    session: StoreSession, records: Sequence[ReportRecord], *, event_id: str, author: str, at: datetime
) -> None:
    for record in records:
        session.add_decision(
            Decision(
                kind=DecisionKind.PIN,
                mention_id=record.mention.mention_id,
                event_id=event_id,
                author=author,
                at=at,
            )
        )


def _moves(
    records: Sequence[ReportRecord],
    *,
    action: TrailAction,
    to_event: str,
    from_event: str,
    author: str,
    at: datetime,
) -> list[MergeTrailEntry]:
    """Merge-trail lines for reports a reviewer moved from one event to another."""
    verb = "merged" if action is TrailAction.MANUAL_MERGE else "split"
    return [
        MergeTrailEntry(
            mention_id=record.mention.mention_id,
            event_id=to_event,
            action=action,
            score=None,
            reasons=(f"{verb} by {author}",),
            at=at,
            author=author,
            from_event_id=from_event,
        )
        for record in records
    ]


def merge_events(
    store: EventStore, event_ids: Sequence[str], *, author: str, now: datetime | None = None
) -> Event:
    """Merge events into the oldest of them (its id survives; the others become "merged" tombstones).

    Every report of the merged event is pinned to it, so re-ingesting an article never undoes the merge;
    mentions a reviewer split out of any of the events stay out of the result.

    Raises:
        ConfigError: fewer than two distinct events, or one is unknown, merged away or withdrawn.
    """
    author = _require_author(author)
    at = _now(now)
    wanted = list(dict.fromkeys(event_ids))
    if len(wanted) < 2:
        raise ConfigError("a merge needs at least two different event ids", hint="give two or more ids")
    with store.session() as session:
        before = {event_id: _load(session, event_id, live_only=False) for event_id in wanted}
        ordered = sorted(before.values(), key=lambda e: (e.created_at is None, e.created_at, e.event_id))
        survivor = ordered[0].event_id
        records = session.resolution_reports(wanted)
        statuses = {event.status for event in before.values()}
        status = next(
            s for s in (EventStatus.CONFIRMED, EventStatus.ACTIVE, EventStatus.REJECTED) if s in statuses
        )
        changes: EventChanges | None = None
        for event in reversed(ordered):
            edit = session.event_changes(event.event_id)
            if edit is not None:
                changes = combine_changes(changes, edit)
        for decision in session.decisions_for(event_ids=wanted):
            if decision.kind is DecisionKind.BLOCK and decision.event_id != survivor:
                session.add_decision(
                    Decision(
                        kind=DecisionKind.BLOCK,
                        mention_id=decision.mention_id,
                        event_id=survivor,
                        author=author,
                        at=at,
                    )
                )
        everything = [record for event_id in wanted for record in records[event_id]]
        _pin(session, everything, event_id=survivor, author=author, at=at)
        trail: list[MergeTrailEntry] = []
        for event in ordered[1:]:
            session.withdraw_event(event.event_id, status=EventStatus.MERGED, at=at, merged_into=survivor)
            trail.extend(
                _moves(
                    records[event.event_id],
                    action=TrailAction.MANUAL_MERGE,
                    to_event=survivor,
                    from_event=event.event_id,
                    author=author,
                    at=at,
                )
            )
        session.put_event_changes(survivor, changes)
        merged = write_event(session, event_id=survivor, records=everything, now=at, status=status)
        session.add_trail(trail)
        reason = f"merged {', '.join(e.event_id for e in ordered[1:])} into {survivor}"
        for event in ordered:
            after = merged if event.event_id == survivor else session.get_event(event.event_id)
            _log(
                session,
                event_id=event.event_id,
                action=ReviewAction.MERGE,
                author=author,
                at=at,
                before=event,
                after=after,
                reason=reason,
            )
    return merged


def split_event(
    store: EventStore,
    event_id: str,
    *,
    mention_ids: Sequence[str],
    author: str,
    now: datetime | None = None,
) -> Event:
    """Move some mentions of an event into a new event, and return the new event.

    The moved mentions are blocked from the original event and pinned to the new one: automatic
    resolution never puts them back, and never merges the two events again.

    Raises:
        ConfigError: the event is unknown or not live, a mention is not in it, or every mention would move.
    """
    author = _require_author(author)
    at = _now(now)
    moving = sorted(set(mention_ids))
    if not moving:
        raise ConfigError(f"nothing to split from {event_id}", hint="give --mention ID at least once")
    with store.session() as session:
        original = _load(session, event_id, live_only=False)
        records = session.resolution_reports([event_id])[event_id]
        known = {record.mention.mention_id for record in records}
        strangers = [mention_id for mention_id in moving if mention_id not in known]
        if strangers:
            raise ConfigError(
                f"event {event_id} has no mention {', '.join(strangers)}",
                hint=f"its mentions are: {', '.join(sorted(known))}",
            )
        if set(moving) == known:
            raise ConfigError(
                f"splitting every mention out of {event_id} would leave it empty",
                hint="leave at least one mention, or reject the event instead",
            )
        new_id = free_event_id(session, hash_id("split", event_id, *moving, prefix="e"))
        moved = [record for record in records if record.mention.mention_id in moving]
        kept = [record for record in records if record.mention.mention_id not in moving]
        for record in moved:
            session.add_decision(
                Decision(
                    kind=DecisionKind.BLOCK,
                    mention_id=record.mention.mention_id,
                    event_id=event_id,
                    author=author,
                    at=at,
                )
            )
        _pin(session, moved, event_id=new_id, author=author, at=at)
        remaining = write_event(session, event_id=event_id, records=kept, now=at)
        created = write_event(session, event_id=new_id, records=moved, now=at, status=EventStatus.ACTIVE)
        session.add_trail(
            _moves(
                moved,
                action=TrailAction.MANUAL_SPLIT,
                to_event=new_id,
                from_event=event_id,
                author=author,
                at=at,
            )
        )
        reason = f"split {', '.join(moving)} from {event_id} into {new_id}"
        _log(
            session,
            event_id=event_id,
            action=ReviewAction.SPLIT,
            author=author,
            at=at,
            before=original,
            after=remaining,
            reason=reason,
        )
        _log(
            session,
            event_id=new_id,
            action=ReviewAction.SPLIT,
            author=author,
            at=at,
            before=None,
            after=created,
            reason=reason,
        )
    return created


def _set_status(
    store: EventStore,
    event_id: str,
    *,
    status: EventStatus,
    action: ReviewAction,
    author: str,
    reason: str,
    now: datetime | None,
) -> Event:
    author = _require_author(author)
    at = _now(now)
    with store.session() as session:
        before = _load(session, event_id, live_only=False)
        session.set_status(event_id, status=status, at=at)
        after = session.get_event(event_id)
        _log(
            session,
            event_id=event_id,
            action=action,
            author=author,
            at=at,
            before=before,
            after=after,
            reason=reason,
        )
    if after is None:
        raise ConfigError(f"event {event_id} vanished during the review", hint="run the command again")
    return after


def confirm_event(store: EventStore, event_id: str, *, author: str, now: datetime | None = None) -> Event:
    """Mark an event as checked by a person (a rejected event is restored to the dataset)."""
    return _set_status(
        store,
        event_id,
        status=EventStatus.CONFIRMED,
        action=ReviewAction.CONFIRM,
        author=author,
        reason="",
        now=now,
    )


def reject_event(
    store: EventStore, event_id: str, *, author: str, reason: str, now: datetime | None = None
) -> None:
    """Take an event out of the dataset; new reports of it still attach to it, and it stays rejected."""
    if not reason.strip():
        raise ConfigError(f"rejecting {event_id} needs a reason", hint="say why the event is not one")
    _set_status(
        store,
        event_id,
        status=EventStatus.REJECTED,
        action=ReviewAction.REJECT,
        author=author,
        reason=reason.strip(),
        now=now,
    )


def edit_event(
    store: EventStore,
    event_id: str,
    *,
    changes: EventChanges,
    author: str,
    now: datetime | None = None,
) -> Event:
    """Set fields of an event by hand; the edited values win over every later recomputation.

    Raises:
        ConfigError: the edit sets nothing, or the event is unknown, rejected or a tombstone.
    """
    author = _require_author(author)
    at = _now(now)
    if not changes.given():
        raise ConfigError(f"the edit of {event_id} changes nothing", hint="give at least one field")
    with store.session() as session:
        before = _load(session, event_id)
        combined = combine_changes(session.event_changes(event_id), changes)
        session.put_event_changes(event_id, combined)
        records = session.resolution_reports([event_id])[event_id]
        if records:
            after = write_event(session, event_id=event_id, records=records, now=at)
        else:
            raise ConfigError(f"event {event_id} has no reports to rebuild it from", hint="pick a live event")
        _log(
            session,
            event_id=event_id,
            action=ReviewAction.EDIT,
            author=author,
            at=at,
            before=before,
            after=after,
            reason=", ".join(changes.given()),
        )
    return after


def review_history(store: EventStore, event_id: str) -> list[ReviewRecord]:
    """Every manual change of the event, oldest first."""
    return store.review_history(event_id)
