"""The API's request and response bodies (pydantic): the only place pydantic models are defined."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from waqia.model import ClaimStatus, SubEventType, Target


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", from_attributes=True)


class ErrorOut(Body):
    """Every error the API returns: a message, details, and the HTTP status again."""

    ok: Literal[False] = False
    error: str = Field(description="what went wrong and, in parentheses, what to do")
    errors: list[str] = Field(default_factory=list, description="details, e.g. one line per invalid field")
    status: int


class EventOut(Body):
    """A deduplicated event, flat (the JSON Lines export's shape)."""

    event_id: str
    event_date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY at the precision known")
    date_earliest: date | None
    date_latest: date | None
    date_precision: str | None
    disorder_type: str
    event_type: str
    sub_event_type: str
    country: str | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    gazetteer_id: str | None
    geocoder: str | None
    perpetrator: str | None
    perpetrator_type: str | None
    perpetrator_parent: str | None
    perpetrator_country_code: str | None
    claim_status: str
    claimed_by: list[str]
    denied_by: list[str]
    target: str | None
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    fatalities: int | None
    sources: list[str]
    source_urls: list[str]
    notes: str
    mention_ids: list[str]
    created_at: datetime | None
    updated_at: datetime | None
    status: str = Field(description="active, confirmed, rejected, merged or withdrawn")
    merged_into: str | None = Field(description="the event a merged event now lives on in")
    edited_fields: list[str] = Field(description="fields a reviewer set; later resolution keeps them")


class EventListOut(Body):
    ok: Literal[True] = True
    total: int = Field(description="events matching the filters, on every page")
    limit: int
    offset: int
    sort: str
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last page")
    events: list[EventOut]


class EvidenceOut(Body):
    field: str
    start: int = Field(description="character offset into the article text")
    end: int
    text: str
    producer: str


class MentionOut(Body):
    """One event as one article reports it (the evaluation spec's event fields)."""

    mention_id: str
    article_id: str
    event_id: str | None
    role: str
    event_date: str | None
    date_precision: str | None
    event_type: str
    sub_event_type: str
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    perpetrator: str | None
    claim_status: str
    claimed_by: list[str]
    denied_by: list[str]
    target: str | None
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    extractor: str
    confidence: float
    evidence: list[EvidenceOut]


class TextSliceOut(Body):
    """A stretch of article text around evidence; start and end index the full text."""

    start: int
    end: int
    text: str


class ArticleOut(Body):
    article_id: str
    external_id: str | None
    title: str | None
    url: str | None
    source: str | None
    published_at: datetime | None
    language: str
    fetched_at: datetime | None
    text_length: int


class ReportOut(Body):
    """A source of an event: the mention, its article, and the article text around the evidence."""

    mention: MentionOut
    article: ArticleOut
    text_slices: list[TextSliceOut]


class ReviewRecordOut(Body):
    action: str
    author: str
    at: datetime
    reason: str
    before: str | None = Field(description="the event before the change, as JSON text")
    after: str | None = Field(description="the event after the change, as JSON text")


class EventDetailOut(Body):
    ok: Literal[True] = True
    event: EventOut
    reports: list[ReportOut]
    history: list[ReviewRecordOut]
    trail: list[TrailEntryOut]


class HistoryOut(Body):
    ok: Literal[True] = True
    history: list[ReviewRecordOut]


class ArticleListOut(Body):
    ok: Literal[True] = True
    total: int
    limit: int
    offset: int
    articles: list[ArticleOut]


class ArticleDetailOut(Body):
    ok: Literal[True] = True
    article: ArticleOut
    text: str
    mentions: list[MentionOut]


class CountOut(Body):
    name: str
    events: int


class PeriodOut(Body):
    period: str = Field(description="YYYY-MM, or YYYY-Qn / YYYY over long spans")
    events: int
    fatalities: int


class TimelineOut(Body):
    ok: Literal[True] = True
    periods: list[PeriodOut] = Field(description="every month from the first to the last matching event")


class TallyOut(Body):
    events: int
    killed: int = Field(description="sum of published fatalities")
    injured: int = Field(description="sum of the lowest reported injured figures")


class StatsRowOut(Body):
    period: str = Field(description="2025-03-10, 2025-W11, 2025-03, 2025-Q1 or 2025")
    period_start: date
    period_end: date
    group: str | None
    counts: TallyOut
    previous_period: TallyOut
    year_before: TallyOut


class StatsOut(Body):
    """Figures per period (and group) under a named counting definition, with the definition's wording."""

    ok: Literal[True] = True
    definition: str
    definition_description: str
    granularity: str
    group_by: str | None
    first: date | None
    last: date | None
    total: TallyOut
    undated: int = Field(description="counted events without a date (in no period)")
    imprecise: int = Field(description="events dated less precisely than the granularity")
    multi_source_events: int
    by_type: list[CountOut]
    by_admin1: list[CountOut]
    by_country: list[CountOut]
    rows: list[StatsRowOut]


class MapPointOut(Body):
    event_id: str
    event_date: date | None
    sub_event_type: str
    location: str
    latitude: float
    longitude: float
    fatalities: int | None


class MapOut(Body):
    ok: Literal[True] = True
    truncated: bool = Field(description="true when more events match than the map shows")
    points: list[MapPointOut]


class RejectIn(Body):
    reason: str = Field(min_length=1, max_length=2000)


class MergeIn(Body):
    event_ids: list[str] = Field(min_length=2, max_length=100)


class SplitIn(Body):
    mention_ids: list[str] = Field(min_length=1, max_length=1000)


class EventEditIn(Body):
    """Fields to set by hand; a field left out (or null) keeps its value. Set fields win over every later
    automatic recomputation of the event."""

    sub_event_type: SubEventType | None = None
    event_date: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="YYYY-MM-DD, YYYY-MM or YYYY (the precision follows the form)",
    )
    place_name: str | None = Field(default=None, min_length=1, max_length=200)
    admin1: str | None = Field(default=None, min_length=1, max_length=200)
    admin2: str | None = Field(default=None, min_length=1, max_length=200)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    perpetrator: str | None = Field(default=None, min_length=1, max_length=200)
    claim_status: ClaimStatus | None = None
    target: Target | None = None
    fatalities: int | None = Field(default=None, ge=0)
    killed_min: int | None = Field(default=None, ge=0)
    killed_max: int | None = Field(default=None, ge=0)
    injured_min: int | None = Field(default=None, ge=0)
    injured_max: int | None = Field(default=None, ge=0)
    notes: str | None = Field(default=None, max_length=5000)

    @model_validator(mode="after")
    def _check_ranges(self) -> EventEditIn:
        for low, high in ((self.killed_min, self.killed_max), (self.injured_min, self.injured_max)):
            if low is not None and high is not None and low > high:
                raise ValueError(f"a minimum ({low}) is above its maximum ({high})")
        return self


class TrailEntryOut(Body):
    """How one report came to (or left) the event: opened, joined with a score, merged, split, pinned."""

    mention_id: str
    event_id: str
    action: str
    score: float | None
    reasons: list[str]
    at: datetime
    author: str | None
    from_event_id: str | None


class ReviewDoneOut(Body):
    ok: Literal[True] = True
    event: EventOut = Field(description="the event after the change (for a split: the new event)")


class UserOut(Body):
    name: str
    role: str
    created_at: datetime


class MeOut(Body):
    ok: Literal[True] = True
    user: UserOut | None = Field(description="null for an anonymous reader")
    method: str
    csrf_token: str | None = Field(description="send as X-CSRF-Token on writes made with the session cookie")


class UserListOut(Body):
    ok: Literal[True] = True
    users: list[UserOut]


class UserIn(Body):
    name: str = Field(min_length=1, max_length=64)
    role: Literal["viewer", "editor", "admin"]
    password: str = Field(min_length=8, max_length=1024)


class RoleIn(Body):
    role: Literal["viewer", "editor", "admin"]


class HealthOut(Body):
    ok: Literal[True] = True
    version: str
