"""Placing a new report: join the best matching event, then merge events the report shows to be one.

Pure: the candidate events come from the caller's blocking step (the store's date-and-place query, or the
in-memory `Resolver` below, which resolves whole collections for tests and benchmarks).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from waqia.model import Actor, EventStatus, Mention, Role
from waqia.resolve.features import MentionFeatures, is_national_desk, national_desk_province
from waqia.resolve.profile import EventProfile, build_profile, merge_profiles
from waqia.resolve.profile import new_event_id as _new_event_id
from waqia.resolve.similarity import (
    DAY_SLACK,
    MERGE_THRESHOLD,
    TIE_MARGIN,
    MatchScore,
    from_national_desk,
    score_profiles,
    text_similarity,
)

# How far around a report's dates events are looked up: a day's slack each way.
CANDIDATE_WINDOW = DAY_SLACK
# Events dated more loosely than this (a year, a season) are never candidates: they are recollections
# too vague to anchor new reports, and indexing them on every day would swamp the blocking step.
MAX_BLOCK_DAYS = 40
# Statuses whose events take no new reports: their reports live on in another event or are gone.
TOMBSTONES = frozenset({EventStatus.MERGED, EventStatus.WITHDRAWN})


@dataclass(frozen=True, slots=True, kw_only=True)
class Absorbed:
    """An event merged into the assignment's event because the new report showed them to be one."""

    event_id: str
    match: MatchScore


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """Where a report goes: a new event, or an existing one (with the score that justified it), plus the
    events merged into it. `joined` is the candidate the report matched; `event_id` the event it ends in
    (the joined one, or an older one it was merged into); `merged` every stored event that ends in it;
    `absorbed` those of them that become tombstones; `profile` the resulting event's profile."""

    event_id: str
    is_new: bool
    match: MatchScore | None
    absorbed: tuple[Absorbed, ...]
    profile: EventProfile
    joined: str | None = None
    merged: tuple[str, ...] = ()

    @property
    def existing_events(self) -> tuple[str, ...]:
        """The stored events whose reports end in `event_id`: the joined one and those merged with it
        (`event_id` among them, and every `absorbed` one)."""
        return self.merged


def same_actor(first: Actor | None, second: Actor | None) -> bool | None:
    """None when either is unknown; a faction and its parent count as the same side."""
    if first is None or second is None:
        return None
    names = {first.name, first.parent}, {second.name, second.parent}
    return first.name == second.name or first.name in names[1] or second.name in names[0]


def new_event_id(mention: Mention) -> str:
    """A stable id for an event first reported by `mention`."""
    return _new_event_id(mention.mention_id)


def _mergeable(profile: EventProfile) -> bool:
    # A rejected event takes new reports of itself but never merges: that would either resurrect its
    # reports in a live event or bury a live event's reports in a rejected one.
    return profile.status not in TOMBSTONES and profile.status is not EventStatus.REJECTED


def assign_mention(
    features: MentionFeatures,
    *,
    candidates: Sequence[EventProfile],
    created_at: datetime | None = None,
    threshold: float = MERGE_THRESHOLD,
) -> Assignment:
    """Join the best compatible candidate scoring at least `threshold`, or open a new event.

    Candidates within TIE_MARGIN of the best score are told apart by text similarity, then by age. After
    joining, any other candidate that now matches the grown event is merged into it (the older id
    survives), so that a report bridging two events gives the same result whichever arrived first.

    Args:
        features: the new report.
        candidates: events near the report in time and place (the caller's blocking step).
        created_at: when a new event would be created (orders events for merges).
        threshold: the least score that merges.
    """
    single = build_profile(
        event_id=_new_event_id(features.mention_id), members=[features], created_at=created_at
    )
    live = [c for c in candidates if c.status not in TOMBSTONES and features.mention_id not in c.mention_ids]
    matches = [
        (match, candidate)
        for candidate in live
        if (match := score_profiles(single, candidate, explain=False)).compatible and match.score >= threshold
    ]
    if not matches:
        return Assignment(event_id=single.event_id, is_new=True, match=None, absorbed=(), profile=single)
    best = max(match.score for match, _ in matches)
    close = [(match, candidate) for match, candidate in matches if match.score >= best - TIE_MARGIN]
    if len(close) > 1:
        close.sort(
            key=lambda pair: (
                -text_similarity(features.gist, pair[1].gist),
                -pair[0].score,
                pair[1].age_key,
            )
        )
    chosen = close[0][1]
    match = score_profiles(single, chosen)
    # `core` is the grown event without the new report: two events merge only when the report bridges
    # them and their own reports do not contradict each other (a report that mixes up two events, as an
    # extractor reading "hours after the attack on Sariab Road" may, must not fuse them).
    core = chosen
    profile = _with_member(chosen, features)
    absorbed: list[Absorbed] = []
    merged = [chosen.event_id]
    others = sorted((c for c in live if c.event_id != chosen.event_id), key=lambda c: c.age_key)
    grew = True
    while grew and _mergeable(profile):
        grew = False
        for other in others:
            if not _mergeable(other):
                continue
            bridge = score_profiles(profile, other, explain=False)
            if not bridge.compatible or bridge.score < threshold:
                continue
            own = score_profiles(core, other, explain=False)
            if not own.compatible or own.conflicts:
                continue
            bridge = score_profiles(profile, other)
            survivor = merge_profiles(profile, other)
            core = merge_profiles(core, other)
            loser = other.event_id if survivor.event_id == profile.event_id else profile.event_id
            absorbed.append(Absorbed(event_id=loser, match=bridge))
            merged.append(other.event_id)
            profile = survivor
            others.remove(other)
            grew = True
            break
    return Assignment(
        event_id=profile.event_id,
        is_new=False,
        match=match,
        absorbed=tuple(absorbed),
        profile=profile,
        joined=chosen.event_id,
        merged=tuple(merged),
    )


def _with_member(profile: EventProfile, features: MentionFeatures) -> EventProfile:
    return build_profile(
        event_id=profile.event_id,
        members=(*profile.members, features),
        blocked_mentions=profile.blocked_mentions,
        status=profile.status,
        created_at=profile.created_at,
    )


def block_days(first: date, last: date) -> list[date]:
    """The days from `first` to `last`, or none when the span is too loose to block on."""
    if (last - first).days > MAX_BLOCK_DAYS:
        return []
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


BlockKey = tuple[date, str]


class Resolver:
    """Incremental resolution over an in-memory collection, blocked by day and country (then province).

    Used to resolve whole collections without a store (tests, benchmarks, measurements on reference
    data); the store-backed pipeline runs the same `assign_mention` on candidates from its own query.
    """

    def __init__(self, *, threshold: float = MERGE_THRESHOLD) -> None:
        self._threshold = threshold
        self._profiles: dict[str, EventProfile] = {}
        self._keys: dict[str, list[BlockKey]] = {}
        self._index: dict[BlockKey, dict[str, set[str]]] = {}
        self._waiting: dict[str, MentionFeatures] = {}
        self._event_of: dict[str, str] = {}
        self._waiting_by_day: dict[date, set[str]] = {}
        self._clock = datetime(2000, 1, 1)

    def _tick(self) -> datetime:
        # Creation order stands in for creation time: merges keep the id of the event opened first.
        self._clock += timedelta(microseconds=1)
        return self._clock

    @staticmethod
    def _place_keys(profile: EventProfile) -> tuple[str, str]:
        place = profile.place
        if place is None:
            return "?", ""
        return (place.country_code or "?").casefold(), (place.admin1 or "").casefold()

    def _unindex(self, event_id: str) -> None:
        profile = self._profiles.pop(event_id)
        _, admin1 = self._place_keys(profile)
        for key in self._keys.pop(event_id, []):
            self._index[key][admin1].discard(event_id)

    def _put(self, profile: EventProfile) -> None:
        self._profiles[profile.event_id] = profile
        for mention_id in profile.mention_ids:
            self._event_of[mention_id] = profile.event_id
        keys: list[BlockKey] = []
        if profile.when is not None:
            country, admin1 = self._place_keys(profile)
            first, last = profile.when.earliest - DAY_SLACK, profile.when.latest + DAY_SLACK
            for day in block_days(first, last):
                key = (day, country)
                self._index.setdefault(key, {}).setdefault(admin1, set()).add(profile.event_id)
                keys.append(key)
        self._keys[profile.event_id] = keys

    def candidates(self, features: MentionFeatures) -> list[EventProfile]:
        """Events whose dates and place could match the report."""
        if features.when is None:
            return []
        place = features.place
        country = (place.country_code or "?").casefold() if place is not None else None
        admin1 = (place.admin1 or "").casefold() if place is not None and place.admin1 else None
        # As in the store's lookup: a capital desk's dateline leaves the province open both ways.
        desk_province = national_desk_province(country)
        if features.place_from_dateline and is_national_desk(place):
            admin1 = None
        found: set[str] = set()
        for day in block_days(features.when.earliest, features.when.latest):
            countries = [country, "?"] if country is not None else None
            keys = (
                [(day, c) for c in countries]
                if countries is not None
                else [key for key in self._index if key[0] == day]
            )
            for key in keys:
                by_admin1 = self._index.get(key)
                if not by_admin1:
                    continue
                if admin1 is None:
                    for ids in by_admin1.values():
                        found |= ids
                else:
                    found |= by_admin1.get(admin1, set())
                    found |= by_admin1.get("", set())
                    if desk_province is not None and desk_province != admin1:
                        found |= {
                            event_id
                            for event_id in by_admin1.get(desk_province, set())
                            if from_national_desk(self._profiles[event_id])
                        }
        return [self._profiles[event_id] for event_id in sorted(found)]

    def add(self, features: MentionFeatures) -> Assignment:
        """Place one report; a background report joins an event but never opens one: it waits, and joins
        the first matching event that appears later (so arrival order does not decide its fate)."""
        placed = self._event_of.get(features.mention_id)
        if placed is not None or features.mention_id in self._waiting:
            # Seen before: resolving the same report again changes nothing.
            profile = self._profiles[placed] if placed is not None else None
            return Assignment(
                event_id=placed or _new_event_id(features.mention_id),
                is_new=placed is None,
                match=None,
                absorbed=(),
                profile=profile
                or build_profile(event_id=_new_event_id(features.mention_id), members=[features]),
            )
        assignment = assign_mention(
            features,
            candidates=self.candidates(features),
            created_at=self._tick(),
            threshold=self._threshold,
        )
        if assignment.is_new and features.role is Role.BACKGROUND:
            self._wait(features)
            return assignment
        self._apply(assignment)
        self._adopt_waiting(assignment.profile)
        return assignment

    def _apply(self, assignment: Assignment) -> None:
        for absorbed in assignment.absorbed:
            self._unindex(absorbed.event_id)
        if assignment.event_id in self._profiles:
            self._unindex(assignment.event_id)
        self._put(assignment.profile)

    def _wait(self, features: MentionFeatures) -> None:
        if features.when is None:
            return
        self._waiting[features.mention_id] = features
        for day in block_days(features.when.earliest, features.when.latest):
            self._waiting_by_day.setdefault(day, set()).add(features.mention_id)

    def _adopt_waiting(self, profile: EventProfile) -> None:
        if profile.when is None or not self._waiting:
            return
        days = block_days(profile.when.earliest - DAY_SLACK, profile.when.latest + DAY_SLACK)
        for mention_id in sorted({m for day in days for m in self._waiting_by_day.get(day, ())}):
            waiting = self._waiting.get(mention_id)
            if waiting is None:
                continue
            assignment = assign_mention(
                waiting,
                candidates=self.candidates(waiting),
                created_at=self._tick(),
                threshold=self._threshold,
            )
            if assignment.is_new:
                continue
            del self._waiting[mention_id]
            if waiting.when is not None:
                for day in block_days(waiting.when.earliest, waiting.when.latest):
                    self._waiting_by_day.get(day, set()).discard(mention_id)
            self._apply(assignment)

    def add_all(self, features: Iterable[MentionFeatures]) -> None:
        for item in features:
            self.add(item)

    def events(self) -> list[EventProfile]:
        """The current events, by id."""
        return [self._profiles[event_id] for event_id in sorted(self._profiles)]

    def partition(self) -> frozenset[frozenset[str]]:
        """The mention ids grouped by event: what resolution decided, independent of event ids."""
        return frozenset(profile.mention_ids for profile in self._profiles.values())
