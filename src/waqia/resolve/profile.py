"""An event as resolution compares it: its reports' features and what they add up to, storable as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from waqia.model import (
    DatePrecision,
    DateSpan,
    EventStatus,
    EventType,
    GeoPrecision,
    Place,
    Role,
    SubEventType,
    Target,
    hash_id,
)
from waqia.resolve.canonical import choose_date, choose_place_among, place_sources
from waqia.resolve.details import names_in, settings_in, spots_in
from waqia.resolve.features import MentionFeatures

# Bumped when the JSON shape changes; an older profile is rebuilt from the stored mentions.
PROFILE_VERSION = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class EventProfile:
    """An event's reports (`members`) and the aggregates resolution scores; build it with `build_profile`.

    `blocked_mentions` are mentions a reviewer split out of this event: they never join it again, and
    it never merges with an event that holds one. `created_at` orders events so that in a merge the
    older id survives.
    """

    event_id: str
    members: tuple[MentionFeatures, ...]
    blocked_mentions: frozenset[str] = frozenset()
    status: EventStatus = EventStatus.ACTIVE
    created_at: datetime | None = None
    when: DateSpan | None = None
    place: Place | None = None
    event_types: frozenset[EventType] = frozenset()
    sub_event_types: frozenset[SubEventType] = frozenset()
    actors: frozenset[str] = frozenset()
    targets: frozenset[Target] = frozenset()
    details: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    spots: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    article_ids: frozenset[str] = frozenset()
    mention_ids: frozenset[str] = frozenset()
    gist: str = ""
    figures: tuple[tuple[int, int | None, datetime | None], ...] = field(default=())
    # True when every report's place came from a dateline (a wire service's, for `place_from_bureau`);
    # `dateline_gists` are those reports' gists, searched for the place another event names.
    place_from_dateline: bool = False
    place_from_bureau: bool = False
    dateline_gists: tuple[str, ...] = ()

    @property
    def age_key(self) -> tuple[bool, datetime | None, str]:
        """Sorts older events first (unknown creation time last, then by id)."""
        return (self.created_at is None, self.created_at, self.event_id)


def new_event_id(mention_id: str) -> str:
    """A stable id for an event first reported by the mention `mention_id`."""
    return hash_id("event", mention_id, prefix="e")


def build_profile(
    *,
    event_id: str,
    members: Iterable[MentionFeatures],
    blocked_mentions: Iterable[str] = (),
    status: EventStatus = EventStatus.ACTIVE,
    created_at: datetime | None = None,
) -> EventProfile:
    """The profile of an event with these members (in any order: the result does not depend on it)."""
    ordered = tuple(sorted({m.mention_id: m for m in members}.values(), key=lambda m: m.mention_id))
    main = [m for m in ordered if m.role is Role.MAIN] or list(ordered)
    sources = place_sources(ordered)
    details = frozenset(token for m in ordered for token in m.details)
    figures = tuple(
        sorted(
            ((m.killed_min, m.killed_max, m.published_at) for m in main if m.killed_min is not None),
            key=lambda figure: (figure[0], figure[2] is None, figure[2] or datetime.min),
        )
    )
    return EventProfile(
        event_id=event_id,
        members=ordered,
        blocked_mentions=frozenset(blocked_mentions),
        status=status,
        created_at=created_at,
        when=choose_date(ordered),
        place=choose_place_among(sources),
        event_types=frozenset(m.event_type for m in main),
        sub_event_types=frozenset(m.sub_event_type for m in main),
        actors=frozenset(name for m in ordered for name in m.actors),
        targets=frozenset(m.target for m in main if m.target is not None),
        details=details,
        settings=settings_in(details),
        spots=spots_in(details),
        names=names_in(details),
        article_ids=frozenset(m.article_id for m in ordered),
        mention_ids=frozenset(m.mention_id for m in ordered),
        gist=next((m.gist for m in main if m.gist), ""),
        figures=figures,
        place_from_dateline=bool(sources) and all(m.place_from_dateline for m in sources),
        place_from_bureau=bool(sources) and all(m.place_from_bureau for m in sources),
        dateline_gists=tuple(m.gist for m in sources if m.place_from_dateline and m.gist),
    )


def merge_profiles(
    first: EventProfile, second: EventProfile, *, extra: Sequence[MentionFeatures] = ()
) -> EventProfile:
    """One profile for two events (and any extra members): the older event's id survives, and a
    reviewer's confirmation of either carries over."""
    older, newer = sorted((first, second), key=lambda profile: profile.age_key)
    confirmed = EventStatus.CONFIRMED in (older.status, newer.status)
    return build_profile(
        event_id=older.event_id,
        members=(*older.members, *newer.members, *extra),
        blocked_mentions=older.blocked_mentions | newer.blocked_mentions,
        status=EventStatus.CONFIRMED if confirmed else older.status,
        created_at=older.created_at,
    )


def _place_json(place: Place | None) -> list[Any] | None:
    if place is None:
        return None
    precision = None if place.geo_precision is None else int(place.geo_precision)
    return [
        place.name,
        place.country,
        place.country_code,
        place.admin1,
        place.admin2,
        place.latitude,
        place.longitude,
        precision,
    ]


def _place_from(raw: list[Any] | None) -> Place | None:
    if raw is None:
        return None
    name, country, code, admin1, admin2, latitude, longitude, precision = raw
    return Place(
        name=name,
        country=country,
        country_code=code,
        admin1=admin1,
        admin2=admin2,
        latitude=latitude,
        longitude=longitude,
        geo_precision=None if precision is None else GeoPrecision(precision),
    )


def _member_json(member: MentionFeatures) -> dict[str, Any]:
    when = member.when
    return {
        "m": member.mention_id,
        "a": member.article_id,
        "r": member.role.value,
        "s": member.sub_event_type.value,
        "w": None if when is None else [when.earliest.isoformat(), when.latest.isoformat(), when.precision],
        "p": _place_json(member.place),
        "c": sorted(member.actors),
        "t": None if member.target is None else member.target.value,
        "k": [member.killed_min, member.killed_max],
        "at": None if member.published_at is None else member.published_at.isoformat(),
        "d": sorted(member.details),
        "g": member.gist,
        "dl": member.place_from_dateline,
        "bu": member.place_from_bureau,
    }


def _member_from(raw: dict[str, Any]) -> MentionFeatures:
    sub = SubEventType(raw["s"])
    when = raw["w"]
    return MentionFeatures(
        mention_id=raw["m"],
        article_id=raw["a"],
        role=Role(raw["r"]),
        event_type=sub.event_type,
        sub_event_type=sub,
        when=None
        if when is None
        else DateSpan(
            earliest=date.fromisoformat(when[0]),
            latest=date.fromisoformat(when[1]),
            precision=DatePrecision(when[2]),
        ),
        place=_place_from(raw["p"]),
        actors=frozenset(raw["c"]),
        target=None if raw["t"] is None else Target(raw["t"]),
        killed_min=raw["k"][0],
        killed_max=raw["k"][1],
        published_at=None if raw["at"] is None else datetime.fromisoformat(raw["at"]),
        details=frozenset(raw["d"]),
        gist=raw["g"],
        place_from_dateline=raw["dl"],
        place_from_bureau=raw["bu"],
    )


def profile_to_json(profile: EventProfile) -> str:
    """The profile as compact JSON text (members and blocked mentions; aggregates are rebuilt on load)."""
    body = {
        "v": PROFILE_VERSION,
        "members": [_member_json(member) for member in profile.members],
        "blocked": sorted(profile.blocked_mentions),
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def profile_from_json(
    text: str, *, event_id: str, status: EventStatus, created_at: datetime | None
) -> EventProfile | None:
    """The profile stored as `text`, or None when it is missing or of another version (rebuild it)."""
    if not text:
        return None
    raw = json.loads(text)
    if not isinstance(raw, dict) or raw.get("v") != PROFILE_VERSION:
        return None
    return build_profile(
        event_id=event_id,
        members=[_member_from(item) for item in raw["members"]],
        blocked_mentions=raw["blocked"],
        status=status,
        created_at=created_at,
    )
