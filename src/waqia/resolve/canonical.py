"""The canonical record of an event, chosen from all the reports merged into it by documented rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from waqia.model import (
    Actor,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    Mention,
    Place,
    SubEventType,
    Target,
)

_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One mention with what the event record needs from its article."""

    mention: Mention
    source: str | None
    url: str | None
    published_at: datetime | None


def choose_date(reports: Sequence[Report]) -> DateSpan | None:
    """The earliest date among the most precise reports."""
    spans = [r.mention.when for r in reports if r.mention.when is not None]
    if not spans:
        return None
    return min(spans, key=lambda span: (_PRECISION_RANK[span.precision], span.earliest))


def choose_place(reports: Sequence[Report]) -> Place | None:
    """The most precise place, preferring one with a district and the one most reports agree on."""
    places = [r.mention.place for r in reports if r.mention.place is not None]
    if not places:
        return None
    votes = Counter((p.name.casefold(), p.admin2) for p in places)

    def rank(place: Place) -> tuple[int, int, int]:
        precision = int(place.geo_precision) if place.geo_precision is not None else 9
        return (precision, 0 if place.admin2 else 1, -votes[(place.name.casefold(), place.admin2)])

    return min(places, key=rank)


def choose_sub_event_type(reports: Sequence[Report]) -> SubEventType:
    """The sub-type most reports give; a tie goes to the first report."""
    counts = Counter(r.mention.sub_event_type for r in reports)
    best = max(counts.values())
    return next(r.mention.sub_event_type for r in reports if counts[r.mention.sub_event_type] == best)


def merge_claims(reports: Sequence[Report]) -> Claim:
    """Every report's claims and denials side by side, with one status for the whole event."""
    claimed: list[str] = []
    denied: list[str] = []
    statuses = {r.mention.claim.status for r in reports}
    for report in reports:
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
    targets = [r.mention.target for r in reports if r.mention.target is not None]
    if not targets:
        return None
    counts = Counter(targets)
    best = max(counts.values())
    return next(t for t in targets if counts[t] == best)


def _span(values: Sequence[int]) -> tuple[int | None, int | None]:
    return (min(values), max(values)) if values else (None, None)


def merge_casualties(reports: Sequence[Report]) -> tuple[Casualties, int | None]:
    """The range over every report's figures, and the fatality count to publish.

    The published count follows ACLED's rule of the most conservative credible figure: the lowest
    minimum any report gives (issue #4 refines this for tolls that rise in later reports).
    """
    killed = [
        v
        for r in reports
        for v in (r.mention.casualties.killed_min, r.mention.casualties.killed_max)
        if v is not None
    ]
    injured = [
        v
        for r in reports
        for v in (r.mention.casualties.injured_min, r.mention.casualties.injured_max)
        if v is not None
    ]
    killed_low, killed_high = _span(killed)
    injured_low, injured_high = _span(injured)
    casualties = Casualties(
        killed_min=killed_low, killed_max=killed_high, injured_min=injured_low, injured_max=injured_high
    )
    minimums = [
        r.mention.casualties.killed_min for r in reports if r.mention.casualties.killed_min is not None
    ]
    return casualties, (min(minimums) if minimums else None)


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
) -> Event:
    """The canonical event over `reports` (at least one)."""
    if not reports:
        raise ValueError(f"event {event_id} has no reports")
    ordered = sorted(reports, key=lambda r: r.mention.mention_id)
    sub_event_type = choose_sub_event_type(ordered)
    claim = merge_claims(ordered)
    casualties, fatalities = merge_casualties(ordered)
    sources = tuple(dict.fromkeys(r.source for r in ordered if r.source))
    urls = tuple(dict.fromkeys(r.url for r in ordered if r.url))
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
        sources=sources,
        source_urls=urls,
        created_at=created_at,
        updated_at=updated_at,
    )
    return replace(event, notes=describe_event(event))
