"""Articles with prepared mentions, and an extractor that returns them: store-level resolution tests
without spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from waqia.model import (
    Actor,
    Article,
    Casualties,
    DatePrecision,
    DateSpan,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
    hash_id,
    make_article_id,
)

DAY = date(2025, 3, 10)
MORNING = datetime(2025, 3, 10, 6, 0, tzinfo=UTC)
PESHAWAR = Place(
    name="Peshawar",
    country="Pakistan",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    admin2="Peshawar",
    latitude=34.008,
    longitude=71.578,
    geo_precision=GeoPrecision.TOWN,
    geocoder="test",
)
QUETTA = Place(
    name="Quetta",
    country="Pakistan",
    country_code="PK",
    admin1="Balochistan",
    admin2="Quetta",
    latitude=30.184,
    longitude=67.001,
    geo_precision=GeoPrecision.TOWN,
    geocoder="test",
)
TTP = Actor(name="Tehreek-e-Taliban Pakistan")
MOSQUE = "A suicide bomber struck a mosque on Kohat Road during prayers."
MARKET = "A bomb exploded in the crowded market at Firdous Chowk."


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One mention an article will carry: what it says, as the extractor would give it."""

    text: str = MOSQUE
    day: int = 0
    place: Place | None = PESHAWAR
    sub: SubEventType = SubEventType.SUICIDE_BOMB
    killed: int | None = None
    perpetrator: Actor | None = None
    target: Target | None = None
    role: Role = Role.MAIN
    when: DateSpan | None = None
    # The place rests only on the article's dateline: the story's name, which opens its text.
    dateline: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """An article and the reports in it."""

    name: str
    reports: tuple[Report, ...]
    hours: float = 0.0
    version: int = 0
    source: str = ""

    @property
    def url(self) -> str:
        return f"https://news.example/{self.name}"

    def article(self) -> Article:
        text = f"{self.name} v{self.version}: " + " ".join(report.text for report in self.reports)
        return Article(
            article_id=make_article_id(url=self.url, text=text),
            text=text,
            source=self.source or f"Outlet {self.name}",
            url=self.url,
            published_at=MORNING + timedelta(hours=self.hours),
            origin=f"{self.name}.json",
        )

    def mentions(self) -> tuple[Mention, ...]:
        article_id = self.article().article_id
        found = []
        for ordinal, report in enumerate(self.reports):
            day = DAY + timedelta(days=report.day)
            found.append(
                Mention(
                    # As rules.v1 does: the article, the position and the sub-type name a mention.
                    mention_id=hash_id(article_id, str(ordinal), report.sub.value, prefix="m"),
                    article_id=article_id,
                    role=report.role,
                    event_type=report.sub.event_type,
                    sub_event_type=report.sub,
                    when=report.when or DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
                    place=report.place,
                    perpetrator=report.perpetrator,
                    target=report.target,
                    casualties=Casualties(killed_min=report.killed, killed_max=report.killed),
                    evidence=(
                        Evidence(
                            field=EvidenceField.EVENT,
                            start=0,
                            end=len(report.text),
                            text=report.text,
                            producer="test",
                        ),
                        *self._dateline(report),
                    ),
                    extractor="stories.v1",
                )
            )
        return tuple(found)

    def _dateline(self, report: Report) -> tuple[Evidence, ...]:
        if not report.dateline:
            return ()
        return (
            Evidence(
                field=EvidenceField.LOCATION, start=0, end=len(self.name), text=self.name, producer="test"
            ),
        )

    def revised(self, *reports: Report) -> Story:
        """The same article (same URL, so the same id) in a new version with other reports."""
        return replace(self, reports=reports, version=self.version + 1)


class StoryExtractor:
    """Returns each story's prepared mentions; counts its calls."""

    name = "stories.v1"

    def __init__(self, *stories: Story) -> None:
        self._by_article = {story.article().article_id: story for story in stories}
        self.calls = 0

    def add(self, *stories: Story) -> None:
        self._by_article.update({story.article().article_id: story for story in stories})

    def extract(self, article: Article) -> tuple[Mention, ...]:
        self.calls += 1
        story = self._by_article[article.article_id]
        if story.article().text != article.text:
            raise KeyError(f"no story for this version of {article.origin}")
        return story.mentions()

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        for article in articles:
            yield article, self.extract(article)
