"""The canonical record of an event, chosen from all the reports merged into it by documented rules.

The rules are spelled out, with their reasons, in docs/resolution.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from waqia.model import (
    Actor,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    EventChanges,
    EventStatus,
    Mention,
    Place,
    Role,
    SourceFigure,
    SubEventType,
    Target,
)
from waqia.resolve.features import place_from_bureau

PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}
# Reports published this far apart belong to different stages of reporting: a higher toll in the later
# one is an update (bodies found, the injured dying), not a conflicting count.
REPORTING_STAGE = timedelta(hours=12)


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One mention with what the event record needs from its article."""

    mention: Mention
    source: str | None
    url: str | None
    published_at: datetime | None

    @property
    def mention_id(self) -> str:
        return self.mention.mention_id

    @property
    def role(self) -> Role:
        return self.mention.role

    @property
    def when(self) -> DateSpan | None:
        return self.mention.when

    @property
    def place(self) -> Place | None:
        return self.mention.place

    @property
    def place_from_bureau(self) -> bool:
        return place_from_bureau(self.mention)


class DatedPlacedReport(Protocol):
    """What the date and place rules read: a `Report` or a resolver's `MentionFeatures`."""

    @property
    def mention_id(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def when(self) -> DateSpan | None: ...
    @property
    def place(self) -> Place | None: ...
    @property
    def place_from_bureau(self) -> bool: ...


ReportT = TypeVar("ReportT", bound=DatedPlacedReport)


def _main_first(reports: Sequence[ReportT]) -> list[ReportT]:
    """The main-role reports, or every report when none is main (a recalled event only)."""
    main = [r for r in reports if r.role is Role.MAIN]
    return main or list(reports)


def choose_date(reports: Sequence[DatedPlacedReport]) -> DateSpan | None:
    """The earliest date at the best precision any main report gives (ACLED dates an event by when it
    happened, and later reports restate the date of statements and funerals)."""
    dated = _main_first([r for r in reports if r.when is not None])
    spans = [span for r in dated if (span := r.when) is not None]
    if not spans:
        return None
    return min(spans, key=lambda span: (PRECISION_RANK[span.precision], span.earliest, span.latest))


def _place_key(place: Place) -> tuple[str, str, str]:
    return (place.name.casefold(), (place.admin2 or "").casefold(), (place.admin1 or "").casefold())


def place_sources(reports: Sequence[ReportT]) -> list[ReportT]:
    """The reports whose places `choose_place` weighs: the main ones, and of those the ones not placed
    by a wire service's dateline when any are (a bureau files for a whole province; a regional paper's
    dateline is its district's station, as good a place as any the text gives)."""
    placed = _main_first([r for r in reports if r.place is not None])
    own = [r for r in placed if not r.place_from_bureau]
    return own or placed


def choose_place(reports: Sequence[DatedPlacedReport]) -> Place | None:
    """The most precise place consistent with the district (else province) most reports give."""
    return choose_place_among(place_sources(reports))


def choose_place_among(placed: Sequence[DatedPlacedReport]) -> Place | None:
    """`choose_place` over reports already narrowed by `place_sources`."""
    places = [place for r in placed if (place := r.place) is not None]
    if not places:
        return None
    if all(place == places[0] for place in places):
        return places[0]
    consistent = places
    for level in ("admin1", "admin2"):
        votes = Counter(value.casefold() for p in consistent if (value := getattr(p, level)) is not None)
        if votes:
            top = max(votes.values())
            winner = min(name for name, count in votes.items() if count == top)
            consistent = [p for p in consistent if (getattr(p, level) or winner).casefold() == winner]
    name_votes = Counter(_place_key(p) for p in consistent)

    def rank(place: Place) -> tuple[int, int, int, tuple[str, str, str]]:
        precision = int(place.geo_precision) if place.geo_precision is not None else 9
        return (precision, 0 if place.admin2 else 1, -name_votes[_place_key(place)], _place_key(place))

    return min(consistent, key=rank)


def choose_sub_event_type(reports: Sequence[Report]) -> SubEventType:
    """The sub-type most main reports give; a tie goes to the first report in mention-id order."""
    chosen = _main_first(reports)
    counts = Counter(r.mention.sub_event_type for r in chosen)
    best = max(counts.values())
    return next(r.mention.sub_event_type for r in chosen if counts[r.mention.sub_event_type] == best)


def _by_publication(report: Report) -> tuple[bool, datetime | None, str]:
    return (report.published_at is None, report.published_at, report.mention.mention_id)


def merge_claims(reports: Sequence[Report]) -> Claim:
    """Every report's claims and denials side by side, with one status for the whole event."""
    claimed: list[str] = []
    denied: list[str] = []
    statuses = {r.mention.claim.status for r in reports}
    for report in sorted(reports, key=_by_publication):
        claimed.extend(name for name in report.mention.claim.claimed_by if name not in claimed)
        denied.extend(name for name in report.mention.claim.denied_by if name not in denied)
    if claimed and (ClaimStatus.CLAIMED_THEN_DENIED in statuses or set(claimed) & set(denied)):
        status = ClaimStatus.CLAIMED_THEN_DENIED
    elif claimed:
        status = ClaimStatus.CLAIMED
    elif denied:
        status = ClaimStatus.DENIED
    else:
        status = next(
            (s for s in (ClaimStatus.ATTRIBUTED, ClaimStatus.UNCLAIMED) if s in statuses),
            ClaimStatus.UNKNOWN,
        )
    return Claim(status=status, claimed_by=tuple(claimed), denied_by=tuple(denied))


def choose_perpetrator(reports: Sequence[Report], claim: Claim) -> Actor | None:
    """A group that claimed the event first; otherwise the actor most reports name."""
    actors = [r.mention.perpetrator for r in reports if r.mention.perpetrator is not None]
    if not actors:
        return None
    for name in claim.claimed_by:
        for actor in actors:
            if actor.name == name:
                return actor
    counts = Counter(actor.name for actor in actors)
    best = max(counts.values())
    return next(actor for actor in actors if counts[actor.name] == best)


def choose_target(reports: Sequence[Report]) -> Target | None:
    """The target most main reports give; a tie goes to the first report in mention-id order."""
    targets = [r.mention.target for r in _main_first(reports) if r.mention.target is not None]
    if not targets:
        return None
    counts = Counter(targets)
    best = max(counts.values())
    return next(t for t in targets if counts[t] == best)


def _credible(reports: Sequence[Report], *, injured: bool = False) -> list[Report]:
    """Reports that give the figure; recalled (background) figures count only when no main report has one."""

    def gives(report: Report) -> bool:
        casualties = report.mention.casualties
        return (casualties.injured_min if injured else casualties.killed_min) is not None

    main = [r for r in reports if gives(r) and r.mention.role is Role.MAIN]
    return main or [r for r in reports if gives(r)]


def is_superseded(report: Report, later: Report) -> bool:
    """True when `later` raises `report`'s toll: published later with a higher minimum, and either a
    reporting stage later or inside the range `report` left open ("at least 9", then "11 killed")."""
    first, second = report.mention.casualties, later.mention.casualties
    if first.killed_min is None or second.killed_min is None or second.killed_min <= first.killed_min:
        return False
    if report.published_at is None or later.published_at is None:
        return False
    if later.published_at <= report.published_at:
        return False
    if later.published_at - report.published_at >= REPORTING_STAGE:
        return True
    return first.killed_max is None or second.killed_min <= first.killed_max


def _range(values: Sequence[tuple[int, int | None]]) -> tuple[int | None, int | None]:
    """(low, high) over (min, max) figures; high is None when the largest figure is open-ended."""
    if not values:
        return None, None
    low = min(low for low, _ in values)
    top = max(low for low, _ in values)
    bounded = [high for low, high in values if high is not None]
    open_at_top = any(high is None for low, high in values if low == top)
    high = None if open_at_top and (not bounded or max(bounded) <= top) else max([top, *bounded])
    return low, high


def merge_casualties(reports: Sequence[Report]) -> tuple[Casualties, int | None, frozenset[str]]:
    """The range over the credible reports' figures, the fatality count to publish, and the reports
    whose toll a later report superseded.

    The published count follows ACLED's rule of the most conservative credible figure, taken over the
    figures no later report has raised: the lowest of them.
    """
    killed_reports = _credible(reports)
    superseded = frozenset(
        r.mention.mention_id for r in killed_reports if any(is_superseded(r, s) for s in killed_reports)
    )
    standing = [
        r.mention.casualties.killed_min
        for r in killed_reports
        if r.mention.mention_id not in superseded and r.mention.casualties.killed_min is not None
    ]
    killed = [
        (c.killed_min, c.killed_max)
        for c in (r.mention.casualties for r in killed_reports)
        if c.killed_min is not None
    ]
    injured = [
        (c.injured_min, c.injured_max)
        for c in (r.mention.casualties for r in _credible(reports, injured=True))
        if c.injured_min is not None
    ]
    killed_low, killed_high = _range(killed)
    injured_low, injured_high = _range(injured)
    casualties = Casualties(
        killed_min=killed_low, killed_max=killed_high, injured_min=injured_low, injured_max=injured_high
    )
    return casualties, (min(standing) if standing else None), superseded


def source_figures(reports: Sequence[Report], *, superseded: frozenset[str]) -> tuple[SourceFigure, ...]:
    """Every report's own figures and claim, in publication order: the event's claims timeline."""
    return tuple(
        SourceFigure(
            mention_id=r.mention.mention_id,
            article_id=r.mention.article_id,
            source=r.source,
            url=r.url,
            published_at=r.published_at,
            role=r.mention.role,
            killed_min=r.mention.casualties.killed_min,
            killed_max=r.mention.casualties.killed_max,
            injured_min=r.mention.casualties.injured_min,
            injured_max=r.mention.casualties.injured_max,
            claim=r.mention.claim,
            perpetrator=r.mention.perpetrator.name if r.mention.perpetrator else None,
            superseded=r.mention.mention_id in superseded,
        )
        for r in sorted(reports, key=_by_publication)
    )


def claims_timeline(event: Event) -> tuple[SourceFigure, ...]:
    """The reports that say something about responsibility (a claim, a denial, a blame or "unclaimed")."""
    return tuple(figure for figure in event.reported if figure.claim.status is not ClaimStatus.UNKNOWN)


def describe_event(event: Event) -> str:
    """A one-line note generated from the record (never copied from an article)."""
    when = event.when.iso() if event.when else "an unknown date"
    where = event.place.name if event.place else "an unknown place"
    if event.place and event.place.admin1 and event.place.admin1 != event.place.name:
        where = f"{where} ({event.place.admin1})"
    who = event.perpetrator.name if event.perpetrator else "unidentified actors"
    line = f"On {when}, {event.sub_event_type.value.lower()} by {who} in {where}"
    if event.target:
        line += f", targeting {event.target.value}"
    counts = []
    if event.fatalities is not None:
        counts.append(f"{event.fatalities} killed")
    if event.casualties.injured_min is not None:
        counts.append(f"{event.casualties.injured_min} injured")
    if counts:
        line += f"; {', '.join(counts)}"
    sources = len(event.sources)
    return f"{line} ({sources} source{'s' if sources != 1 else ''})."


def build_event(
    *,
    event_id: str,
    reports: Sequence[Report],
    created_at: datetime,
    updated_at: datetime,
    status: EventStatus = EventStatus.ACTIVE,
    changes: EventChanges | None = None,
) -> Event:
    """The canonical event over `reports` (at least one), with a reviewer's `changes` applied last."""
    if not reports:
        raise ValueError(f"event {event_id} has no reports")
    ordered = sorted(reports, key=lambda r: r.mention.mention_id)
    sub_event_type = choose_sub_event_type(ordered)
    claim = merge_claims(ordered)
    casualties, fatalities, superseded = merge_casualties(ordered)
    by_publication = sorted(ordered, key=_by_publication)
    event = Event(
        event_id=event_id,
        mention_ids=tuple(r.mention.mention_id for r in ordered),
        event_type=sub_event_type.event_type,
        sub_event_type=sub_event_type,
        when=choose_date(ordered),
        place=choose_place(ordered),
        perpetrator=choose_perpetrator(ordered, claim),
        claim=claim,
        target=choose_target(ordered),
        casualties=casualties,
        fatalities=fatalities,
        sources=tuple(dict.fromkeys(r.source for r in by_publication if r.source)),
        source_urls=tuple(dict.fromkeys(r.url for r in by_publication if r.url)),
        created_at=created_at,
        updated_at=updated_at,
        status=status,
        reported=source_figures(ordered, superseded=superseded),
    )
    event = replace(event, notes=describe_event(event))
    return apply_changes(event, changes) if changes is not None else event


def _edited_place(place: Place | None, changes: EventChanges) -> Place | None:
    names = (changes.place_name, changes.admin1, changes.admin2)
    if all(value is None for value in (*names, changes.latitude, changes.longitude)):
        return place
    base = place or Place(
        name=changes.place_name or changes.admin2 or changes.admin1 or "", geocoder="review"
    )
    return replace(
        base,
        name=changes.place_name if changes.place_name is not None else base.name,
        admin1=changes.admin1 if changes.admin1 is not None else base.admin1,
        admin2=changes.admin2 if changes.admin2 is not None else base.admin2,
        latitude=changes.latitude if changes.latitude is not None else base.latitude,
        longitude=changes.longitude if changes.longitude is not None else base.longitude,
    )


def apply_changes(event: Event, changes: EventChanges) -> Event:
    """The event with every field `changes` gives replaced; notes are regenerated unless edited."""
    sub_event_type = changes.sub_event_type or event.sub_event_type
    perpetrator = event.perpetrator
    if changes.perpetrator is not None and (perpetrator is None or perpetrator.name != changes.perpetrator):
        perpetrator = Actor(name=changes.perpetrator)
    casualties = replace(
        event.casualties,
        **{
            name: value
            for name in ("killed_min", "killed_max", "injured_min", "injured_max")
            if (value := getattr(changes, name)) is not None
        },
    )
    edited = replace(
        event,
        sub_event_type=sub_event_type,
        event_type=sub_event_type.event_type,
        when=changes.when or event.when,
        place=_edited_place(event.place, changes),
        perpetrator=perpetrator,
        claim=replace(event.claim, status=changes.claim_status or event.claim.status),
        target=changes.target or event.target,
        casualties=casualties,
        fatalities=changes.fatalities if changes.fatalities is not None else event.fatalities,
        edited_fields=tuple(dict.fromkeys((*event.edited_fields, *changes.given()))),
    )
    return replace(edited, notes=changes.notes if changes.notes is not None else describe_event(edited))


def combine_changes(earlier: EventChanges | None, later: EventChanges) -> EventChanges:
    """Two edits as one: every field the later edit gives wins."""
    if earlier is None:
        return later
    return replace(earlier, **{name: getattr(later, name) for name in later.given()})
