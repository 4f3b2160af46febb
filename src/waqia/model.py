"""Domain types shared by every stage: frozen, keyword-only dataclasses and string enums."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum


class EventType(StrEnum):
    """ACLED's six event types, spelled as ACLED spells them."""

    BATTLES = "Battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    """ACLED's 25 sub-event types, spelled as ACLED spells them."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
    LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
    OTHER = "Other"

    @property
    def event_type(self) -> EventType:
        """The ACLED event type this sub-type belongs to."""
        return SUB_EVENT_PARENT[self]


SUB_EVENT_PARENT: dict[SubEventType, EventType] = {
    **dict.fromkeys(
        (
            SubEventType.ARMED_CLASH,
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        EventType.BATTLES,
    ),
    **dict.fromkeys(
        (
            SubEventType.CHEMICAL_WEAPON,
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SUICIDE_BOMB,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            SubEventType.GRENADE,
        ),
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
    ),
    **dict.fromkeys(
        (
            SubEventType.SEXUAL_VIOLENCE,
            SubEventType.ATTACK,
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        EventType.VIOLENCE_AGAINST_CIVILIANS,
    ),
    **dict.fromkeys(
        (
            SubEventType.PEACEFUL_PROTEST,
            SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        EventType.PROTESTS,
    ),
    **dict.fromkeys(
        (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE),
        EventType.RIOTS,
    ),
    **dict.fromkeys(
        (
            SubEventType.AGREEMENT,
            SubEventType.ARRESTS,
            SubEventType.CHANGE_TO_GROUP_ACTIVITY,
            SubEventType.DISRUPTED_WEAPONS_USE,
            SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
            SubEventType.LOOTING_PROPERTY_DESTRUCTION,
            SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
            SubEventType.OTHER,
        ),
        EventType.STRATEGIC_DEVELOPMENTS,
    ),
}


class DisorderType(StrEnum):
    """ACLED's disorder_type column."""

    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    POLITICAL_VIOLENCE_DEMONSTRATIONS = "Political violence; Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


def disorder_type_of(sub_event_type: SubEventType) -> DisorderType:
    """ACLED's disorder type for a sub-event type (ACLED codebook, 2023)."""
    if sub_event_type in (
        SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        SubEventType.MOB_VIOLENCE,
    ):
        return DisorderType.POLITICAL_VIOLENCE_DEMONSTRATIONS
    parent = sub_event_type.event_type
    if parent in (EventType.PROTESTS, EventType.RIOTS):
        return DisorderType.DEMONSTRATIONS
    if parent is EventType.STRATEGIC_DEVELOPMENTS:
        return DisorderType.STRATEGIC_DEVELOPMENTS
    return DisorderType.POLITICAL_VIOLENCE


class Role(StrEnum):
    """Whether a mention is the news the article reports or an earlier event it recalls."""

    MAIN = "main"
    BACKGROUND = "background"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class GeoPrecision(IntEnum):
    """ACLED geo_precision: 1 the town itself, 2 near a town or part of a region, 3 a larger region."""

    TOWN = 1
    NEAR_TOWN = 2
    REGION = 3


class ClaimStatus(StrEnum):
    CLAIMED = "claimed"
    CLAIMED_THEN_DENIED = "claimed_then_denied"
    DENIED = "denied"
    UNCLAIMED = "unclaimed"
    ATTRIBUTED = "attributed"
    UNKNOWN = "unknown"


class Target(StrEnum):
    """Target categories of the evaluation spec."""

    POLICE = "police"
    MILITARY = "military"
    CIVILIANS = "civilians"
    RELIGIOUS = "religious"
    GOVERNMENT = "government"
    POLITICAL = "political"
    EDUCATION = "education"
    HEALTH_AID_WORKERS = "health/aid workers"
    JOURNALISTS = "journalists"
    FOREIGNERS = "foreigners"
    INFRASTRUCTURE = "infrastructure"
    MILITANTS = "militants"
    OTHER = "other"


class ActorType(StrEnum):
    """ACLED actor types; `inter_code` gives ACLED's numeric inter code."""

    STATE_FORCES = "State forces"
    REBEL_GROUP = "Rebel group"
    POLITICAL_MILITIA = "Political militia"
    IDENTITY_MILITIA = "Identity militia"
    RIOTERS = "Rioters"
    PROTESTERS = "Protesters"
    CIVILIANS = "Civilians"
    EXTERNAL_OTHER_FORCES = "External/Other forces"

    @property
    def inter_code(self) -> int:
        return list(ActorType).index(self) + 1


class EvidenceField(StrEnum):
    """Which extracted field a piece of evidence supports."""

    EVENT = "event"
    EVENT_TYPE = "event_type"
    ROLE = "role"
    DATE = "date"
    LOCATION = "location"
    PERPETRATOR = "perpetrator"
    CLAIM = "claim"
    TARGET = "target"
    KILLED = "killed"
    INJURED = "injured"


class IngestOutcome(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"


class SkipReason(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    BINARY = "binary"
    EMPTY = "empty"
    NOT_UTF8 = "not-utf8"
    MALFORMED = "malformed"
    BROKEN_FEED = "broken-feed"
    UNREACHABLE = "unreachable"
    UNSUPPORTED = "unsupported"
    EXTRACTION_FAILED = "extraction-failed"
    STORAGE_FAILED = "storage-failed"


def hash_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """A stable content-hash id from string parts (sha256, hex, truncated)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


_WS = re.compile(r"\s+")


def make_article_id(*, url: str | None, text: str) -> str:
    """Article id: the hash of the canonical URL when there is one, else of the whitespace-folded text."""
    if url:
        canonical = url.strip().split("#", 1)[0].rstrip("/").lower()
        return hash_id("url", canonical, prefix="a")
    return hash_id("text", _WS.sub(" ", text).strip(), prefix="a")


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A news report as ingested. `external_id` is the id the input gave it (spec field `id`)."""

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    language: str = "en"
    fetched_at: datetime | None = None
    external_id: str | None = None
    origin: str = ""

    @property
    def public_id(self) -> str:
        """The id users see in spec-format output: the input's own id when it had one."""
        return self.external_id or self.article_id


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """A character span of the article text that supports one field, and what produced it."""

    field: EvidenceField
    start: int
    end: int
    text: str
    producer: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSpan:
    """When an event happened: an interval and the precision the text supports."""

    earliest: date
    latest: date
    precision: DatePrecision

    def iso(self) -> str:
        """The spec's event_date: YYYY-MM-DD (day, week), YYYY-MM (month) or YYYY (year)."""
        if self.precision is DatePrecision.YEAR:
            return f"{self.earliest.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.earliest.year:04d}-{self.earliest.month:02d}"
        return self.earliest.isoformat()


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A resolved location. `name` is the most specific place name; `geocoder` names what resolved it."""

    name: str
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision | None = None
    gazetteer_id: str | None = None
    geocoder: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """An armed group, force or other actor, by canonical name."""

    name: str
    actor_type: ActorType | None = None
    parent: str | None = None
    country_code: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualties:
    """Killed and injured as ranges; a None bound means the text does not fix it."""

    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    status: ClaimStatus = ClaimStatus.UNKNOWN
    claimed_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One event as one article reports it."""

    mention_id: str
    article_id: str
    role: Role
    event_type: EventType
    sub_event_type: SubEventType
    when: DateSpan | None = None
    place: Place | None = None
    perpetrator: Actor | None = None
    claim: Claim = field(default_factory=Claim)
    target: Target | None = None
    casualties: Casualties = field(default_factory=Casualties)
    evidence: tuple[Evidence, ...] = ()
    extractor: str = ""
    confidence: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """The deduplicated event that one or more mentions report."""

    event_id: str
    mention_ids: tuple[str, ...]
    event_type: EventType
    sub_event_type: SubEventType
    when: DateSpan | None = None
    place: Place | None = None
    perpetrator: Actor | None = None
    claim: Claim = field(default_factory=Claim)
    target: Target | None = None
    casualties: Casualties = field(default_factory=Casualties)
    fatalities: int | None = None
    sources: tuple[str, ...] = ()
    source_urls: tuple[str, ...] = ()
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Issue #4: a tombstone keeps its id and says why it left the dataset; `reported` is every source's
    # own figures and claim, in publication order; `edited_fields` names the fields a reviewer set.
    status: EventStatus = field(default_factory=lambda: EventStatus.ACTIVE)
    merged_into: str | None = None
    reported: tuple[SourceFigure, ...] = ()
    edited_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Query filters shared by the CLI, the API and exports."""

    since: date | None = None
    until: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None
    min_killed: int | None = None
    limit: int | None = None
    # Empty: the live dataset (active and confirmed events); otherwise exactly these statuses.
    statuses: tuple[EventStatus, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input that produced no article, and why."""

    origin: str
    reason: SkipReason
    detail: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RunReport:
    """What one ingest batch did."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    mentions: int = 0
    events: int = 0
    skipped: tuple[Skipped, ...] = ()

    @property
    def failed(self) -> bool:
        """True when any input could not be processed (the CLI exits non-zero)."""
        return bool(self.skipped)


class EventStatus(StrEnum):
    """Where an event stands: live (active, or confirmed by a reviewer), or a tombstone kept for the change
    feed (rejected, merged into another, or withdrawn when its reports are gone)."""

    ACTIVE = "active"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"

    @property
    def is_live(self) -> bool:
        """True for events that belong in listings and exports (not rejected, merged away or emptied)."""
        return self in (EventStatus.ACTIVE, EventStatus.CONFIRMED)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceFigure:
    """What one report of an event says: its source, when it was published, its figures and its claim.

    `superseded` marks a toll that a later report raised (see docs/resolution.md).
    """

    mention_id: str
    article_id: str
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    role: Role = Role.MAIN
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    claim: Claim = field(default_factory=Claim)
    perpetrator: str | None = None
    superseded: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class EventChanges:
    """A reviewer's edit of an event: each field given (not None) replaces the computed value and keeps
    winning when later reports change the event."""

    sub_event_type: SubEventType | None = None
    when: DateSpan | None = None
    place_name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    perpetrator: str | None = None
    claim_status: ClaimStatus | None = None
    target: Target | None = None
    fatalities: int | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    notes: str | None = None

    def given(self) -> tuple[str, ...]:
        """The names of the fields this edit sets."""
        return tuple(name for name in EVENT_CHANGE_FIELDS if getattr(self, name) is not None)


EVENT_CHANGE_FIELDS: tuple[str, ...] = (
    "sub_event_type",
    "when",
    "place_name",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "perpetrator",
    "claim_status",
    "target",
    "fatalities",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "notes",
)


class TrailAction(StrEnum):
    """How a mention came to be in an event, as recorded in the merge trail."""

    OPENED = "opened"
    JOINED = "joined"
    MERGED = "merged"
    MANUAL_MERGE = "manual-merge"
    MANUAL_SPLIT = "manual-split"
    PINNED = "pinned"


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeTrailEntry:
    """One line of an event's merge trail: which mention joined it, why, with what score, when and by whom.

    `from_event_id` names the event the mention came from when it was moved (a merge or a split);
    `author` is None for automatic resolution.
    """

    mention_id: str
    event_id: str
    action: TrailAction
    score: float | None
    reasons: tuple[str, ...]
    at: datetime
    author: str | None = None
    from_event_id: str | None = None


class ReviewAction(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"
    EDIT = "edit"
    MERGE = "merge"
    SPLIT = "split"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewRecord:
    """One recorded manual change of an event: who did what when, and the event before and after (JSON)."""

    event_id: str
    action: ReviewAction
    author: str
    at: datetime
    before: str
    after: str
    reason: str = ""


class ChangeKind(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventChange:
    """An event added, updated or withdrawn since a point in time (the living dataset's change feed).

    `event` is the current record for added and updated events and None for withdrawn ones, whose
    export carries only the id, the status and `merged_into`.
    """

    kind: ChangeKind
    event_id: str
    at: datetime
    status: EventStatus
    merged_into: str | None = None
    event: Event | None = None


class DecisionKind(StrEnum):
    """A reviewer's standing instruction to automatic resolution about one mention and one event.

    PIN: the mention belongs to the event (after a manual merge or split), wherever scores would put it.
    BLOCK: the mention never joins the event again (it was split out of it).
    """

    PIN = "pin"
    BLOCK = "block"
