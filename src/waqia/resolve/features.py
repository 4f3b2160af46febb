"""What resolution compares about one report: its facts, its source's publication time and its details."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from waqia.model import (
    DateSpan,
    EventType,
    EvidenceField,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)
from waqia.resolve.details import extract_details

# Evidence of these fields quotes the sentences that tell what happened and where; the others quote
# short phrases ("at least nine") that carry no detail of their own.
DETAIL_FIELDS = frozenset({EvidenceField.EVENT, EvidenceField.TARGET, EvidenceField.LOCATION})
# Characters of evidence kept as a report's gist, the text compared only to break ties.
GIST_LENGTH = 400
# A dateline opens the article ("PESHAWAR, Pakistan, March 14 (FPW) -", "D.I. KHAN:"): a place whose only
# evidence is capitalised text this close to the start was read from it. It names where the reporter
# filed from, which for wire services is a bureau city often far from the event (issue #4).
DATELINE_REACH = 60
# A wire service's dateline: the city, then the country or the date, then the agency in brackets
# ("QUETTA, Pakistan (WPA) —", "KABUL, March 11 (FPW) -", "KABUL (Pamir Wire) -"). Its city is a bureau
# that files for a whole province; a local paper's "BANNU:" is the reporting station of the district.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.' \-]+(?:,[ ,A-Za-z0-9.]{2,30})?\s*\([^()\n]{2,30}\)")
# A national paper's capital desk ("ISLAMABAD:", "KABUL:") files stories from the whole country: a place
# read only from its dateline leaves even the province open. By country code: the capital and its province.
NATIONAL_DESKS: dict[str, tuple[str, str]] = {
    "pk": ("islamabad", "islamabad capital territory"),
    "af": ("kabul", "kabul"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionFeatures:
    """One report as resolution sees it: comparable facts plus the article's publication time.

    `actors` holds the casefolded names of the perpetrator, its parent group and every claimant;
    `details` the tokens of `resolve.details`.
    """

    mention_id: str
    article_id: str
    role: Role
    event_type: EventType
    sub_event_type: SubEventType
    when: DateSpan | None = None
    place: Place | None = None
    actors: frozenset[str] = frozenset()
    target: Target | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    published_at: datetime | None = None
    details: frozenset[str] = frozenset()
    gist: str = ""
    place_from_dateline: bool = False
    place_from_bureau: bool = False


def place_from_dateline(mention: Mention) -> bool:
    """True when the mention's place rests only on the article's dateline (capitalised words at its start)."""
    if mention.place is None:
        return False
    spans = [item for item in mention.evidence if item.field is EvidenceField.LOCATION]
    return bool(spans) and all(item.start < DATELINE_REACH and item.text.isupper() for item in spans)


def place_from_bureau(mention: Mention) -> bool:
    """True when the mention's place rests only on a wire service's dateline (see `_WIRE_DATELINE`)."""
    return place_from_dateline(mention) and any(
        item.start == 0 and _WIRE_DATELINE.match(item.text) for item in mention.evidence
    )


def national_desk_province(country_code: str | None) -> str | None:
    """The casefolded province of the country's capital, or None for a country without a listed desk."""
    desk = NATIONAL_DESKS.get((country_code or "").casefold())
    return None if desk is None else desk[1]


def is_national_desk(place: Place | None) -> bool:
    """True when `place` is a national capital (whose dateline says nothing of an event's province)."""
    if place is None:
        return False
    desk = NATIONAL_DESKS.get((place.country_code or "").casefold())
    return desk is not None and place.name.casefold() == desk[0]


def actor_names(mention: Mention) -> frozenset[str]:
    """The casefolded names of the mention's perpetrator, its parent, and the groups that claimed it."""
    names: set[str] = set(mention.claim.claimed_by)
    if mention.perpetrator is not None:
        names.add(mention.perpetrator.name)
        if mention.perpetrator.parent:
            names.add(mention.perpetrator.parent)
    return frozenset(name.casefold() for name in names)


def describe_mention(mention: Mention, *, published_at: datetime | None) -> MentionFeatures:
    """The features of a mention; `published_at` is its article's publication time."""
    place = mention.place
    known: list[str] = [*mention.claim.claimed_by, *mention.claim.denied_by]
    if mention.perpetrator is not None:
        known.append(mention.perpetrator.name)
    if place is not None:
        known.extend(
            name for name in (place.name, place.admin1, place.admin2, place.country) if name is not None
        )
    evidence = sorted(mention.evidence, key=lambda item: (item.start, item.end))
    texts = list(dict.fromkeys(item.text for item in evidence if item.field in DETAIL_FIELDS))
    gist = " ".join(texts)[:GIST_LENGTH]
    return MentionFeatures(
        mention_id=mention.mention_id,
        article_id=mention.article_id,
        role=mention.role,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        when=mention.when,
        place=place,
        actors=actor_names(mention),
        target=mention.target,
        killed_min=mention.casualties.killed_min,
        killed_max=mention.casualties.killed_max,
        published_at=published_at,
        details=extract_details(texts, known_names=known),
        gist=gist,
        place_from_dateline=place_from_dateline(mention),
        place_from_bureau=place_from_bureau(mention),
    )
