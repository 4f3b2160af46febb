"""The rule-based extractor "rules.v1": spaCy entities and trigger rules assembled into complete mentions."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from waqia.extract.actors import ActorDictionary, ActorMatch, load_actor_dictionary
from waqia.extract.casualties import extract_casualties
from waqia.extract.claims import read_attribution
from waqia.extract.dates import DateResolver, counts_from_story_day
from waqia.extract.events import (
    FRESH_TIME,
    WHERE_IT_HAPPENED,
    Cue,
    DetectedEvent,
    Sentence,
    SentenceReading,
    Trigger,
    could_report_event,
    find_background_cue,
    group_events,
    read_sentence,
    split_compound,
)
from waqia.extract.nonevents import drop_figurative_triggers
from waqia.extract.places import (
    ArticleGeography,
    PlaceReading,
    Toponym,
    choose_place,
    find_apposed_places,
    find_dateline,
    find_named_districts,
    find_town_of_site,
    find_untagged_toponyms,
    is_peripheral,
    is_place_name,
    kind_as_written,
    lookup_kind,
    names_given_as_people,
    read_article_geography,
)
from waqia.extract.spacy_pipeline import STATISTICAL_COMPONENTS, build_nlp
from waqia.extract.targets import classify_target
from waqia.geocode.base import Geocoder, GeoContext
from waqia.geocode.gazetteer import build_geocoder
from waqia.geocode.index import FOCUS_COUNTRIES
from waqia.model import (
    ActorType,
    Article,
    Casualties,
    DatePrecision,
    DateSpan,
    EventType,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
    hash_id,
)

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "rules.v1"
DATE_LABELS = frozenset({"DATE", "TIME"})
PRECISION_ORDER = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)
BATCH_SIZE = 64
# Typographic apostrophes and single quotes, read as the typewriter one. The rules spell "'" ("Kabul's
# police", "last year's bombing", "didn't explode") and news sites set "’"; one character for one keeps
# every offset.
_PLAIN_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# Sub-types in which the militants the text names are fought or struck, not (only) the attackers; a mob's
# victims are often named for what they were said to be ("beat two suspected kidnappers to death").
ATTACKERS_ARE_VICTIMS = frozenset(
    {
        SubEventType.ARMED_CLASH,
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        SubEventType.AIR_DRONE_STRIKE,
        SubEventType.MOB_VIOLENCE,
    }
)
# Events that harm no one by what they are (ACLED records no fatalities for them): the toll their sentences
# tell is the deed they point to ("arrested two men involved in the killing of three policemen", "wanted for
# the bombing that killed 12"), already counted with that deed.
NO_TOLL_SUB_TYPES = frozenset(
    {
        SubEventType.ARRESTS,
        SubEventType.AGREEMENT,
        SubEventType.CHANGE_TO_GROUP_ACTIVITY,
        SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
        SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        # A protest no one broke up harms no one: the dead its sentences tell are those it mourns ("his
        # supporters blocked the road with his body in protest").
        SubEventType.PEACEFUL_PROTEST,
    }
)
# Violence that reaches its target from afar: the side it struck did not set it off. (Not shelling: armies
# shell each other's posts across a border, and a scene near one may be placed on either side.)
STRUCK_FROM_AFAR = frozenset(
    {
        SubEventType.AIR_DRONE_STRIKE,
        SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        SubEventType.SUICIDE_BOMB,
        SubEventType.GRENADE,
    }
)
# Target categories describe what violence was aimed at; protests and strategic developments have none.
TARGETED_EVENT_TYPES = frozenset(
    {
        EventType.BATTLES,
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        EventType.RIOTS,
    }
)
# Strategic developments with a target: who was arrested, and what a foiled attack was aimed at.
TARGETED_SUB_TYPES = frozenset({SubEventType.ARRESTS, SubEventType.DISRUPTED_WEAPONS_USE})
# A main event dated this long or longer before the article's first main event is a recalled one ("the
# November 8 bombing" in a report of a raid on November 15).
BACKGROUND_GAP = timedelta(days=7)
# News is about days and weeks: an event dated this long before the article is recalled ("the school was
# attacked on December 16, 2014" in a report on its anniversary).
STALE_GAP = timedelta(days=180)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A date that names a month and writes its year ("June 23, 2017", "March 2016"); a bare year ("the war of
# 1971") names a period, not an event's day.
_STALE_DATE = re.compile(
    rf"\b(?:{_MONTHS})\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b(?:{_MONTHS})\b", re.IGNORECASE
)
# "In jail since August 2023": a date that opens a period, unless an event is told at it ("the deadliest
# since July 2023, when a suicide bomber struck").
_SINCE_BEFORE = re.compile(r"\b(?:since|until|till)\W*$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\W*when\b", re.IGNORECASE)
# A DATE entity is a point in time only if it names a day, month, year or a relative day; "two days",
# "for weeks" and ages ("45-year-old") are durations the resolver must not turn into dates.
_DATE_PHRASE = re.compile(
    rf"\b(?:{_MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:19|20)\d\d|\d{{1,2}}[/.-]\d{{1,2}}|"
    r"today|tonight|yesterday|ago|last|earlier|previous|weekend|this (?:week|month|year|morning|afternoon|"
    r"evening))\b",
    re.IGNORECASE,
)
_AGE_PHRASE = re.compile(r"\d+[- ]years?[- ]old|\byears? old\b|\baged\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# Confidence is a transparent sum, not a probability: a base for a detected trigger, plus what the
# text supports. A background mention is discounted because recalled events are told in less detail.
CONFIDENCE_BASE = 0.4
CONFIDENCE_SPECIFIC_TRIGGER = 0.2
CONFIDENCE_PER_FIELD = 0.1
CONFIDENCE_BACKGROUND_FACTOR = 0.8
CONFIDENCE_MAX = 0.95


_AGENCY = re.compile(r"\((?:AFP|AP|Reuters|Xinhua|dpa|APP|PPI|NNI|INP|ANI|IANS|PTI|UNI|Pajhwok)\)")
_SPOKEN_ON = re.compile(
    r"\b(?:said|says|told (?:\w+ ){0,2}?|announced|stated|claimed|added|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_PLACE_NOUN_OF = re.compile(r"\b(?:town|city|village|hamlet|tehsil|district) of $", re.IGNORECASE)


class DateResolving(Protocol):
    """Resolves a date phrase against the publication date (waqia.extract.dates.DateResolver)."""

    def resolve(self, phrase: str, *, published: date) -> DateSpan | None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A named-entity span of the article; offsets index the article text."""

    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleReading:
    """What the sentence pass found in one article: sentences with their triggers, and where to run NER."""

    article: Article
    readings: tuple[SentenceReading, ...]
    ruler_entities: tuple[Entity, ...]
    focus: tuple[tuple[int, int], ...]


def _narrows_district(district: Place, place: Place) -> bool:
    """Whether `place` is a named place inside `district`, which is a district reading itself."""
    return (
        district.admin2 is not None
        and district.name == district.admin2
        and place.admin2 == district.admin2
        and place.admin1 == district.admin1
        and place.name != district.name
    )


class RulesExtractor:
    """Extractor "rules.v1": trigger lexicons per ACLED sub-type over spaCy sentences and entities.

    An article is read in two passes. A cheap pass (tokenizer, sentencizer, gazetteer/actor EntityRuler)
    runs on every article that passes a keyword pre-filter and finds trigger sentences; the statistical
    NER (dates, unknown places) then runs only on the trigger sentences, the sentences giving tolls and the
    opening sentence. See `confidence_of` for the confidence score.
    """

    name = EXTRACTOR_NAME

    def __init__(
        self,
        *,
        nlp: Language,
        geocoder: Geocoder,
        actors: ActorDictionary,
        dates: DateResolving,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.nlp = nlp
        self.geocoder = geocoder
        self.actors = actors
        self.dates = dates
        self.batch_size = batch_size

    def extract(self, article: Article) -> tuple[Mention, ...]:
        """The mentions one article reports, in text order; () for a non-event article."""
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        """Batch form of `extract`: spaCy runs over batches of articles; yields in input order."""
        iterator = iter(articles)
        while batch := list(islice(iterator, self.batch_size)):
            plain = [_with_plain_apostrophes(article) for article in batch]
            for article, (read, mentions) in zip(batch, self._extract_batch(plain), strict=True):
                yield article, mentions if read is article else _quoting(mentions, article.text)

    def _extract_batch(self, batch: Sequence[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        candidates = [article for article in batch if could_report_event(article.text)]
        light_docs = self.nlp.pipe(
            (self._readable_text(article) for article in candidates),
            disable=list(STATISTICAL_COMPONENTS),
            batch_size=self.batch_size,
        )
        readings = {
            id(article): reading
            for article, doc in zip(candidates, light_docs, strict=True)
            if (reading := read_article(article, doc)) is not None
        }
        chunks = [
            (id(reading.article), start, end) for reading in readings.values() for start, end in reading.focus
        ]
        entities: dict[int, list[Entity]] = {}
        heavy_docs = self.nlp.pipe(
            (readings[key].article.text[start:end] for key, start, end in chunks),
            batch_size=self.batch_size,
        )
        for (key, start, _), doc in zip(chunks, heavy_docs, strict=True):
            entities.setdefault(key, []).extend(entities_of(doc, offset=start))
        for article in batch:
            reading = readings.get(id(article))
            if reading is None:
                yield article, ()
                continue
            yield article, self.assemble(reading, entities.get(id(article), []))

    def _cue_stale_dates(
        self, readings: Sequence[SentenceReading], *, dates: Sequence[Entity], published: date
    ) -> tuple[SentenceReading, ...]:
        """Readings whose sentence dates its event, year written, months before the article: recalled.

        "The twin bombings at the snooker hall on January 10, 2013, killed more than 90 people" in a report
        on a new attack tells the old one, though no "last year" or "back in" says so.
        """
        cued = []
        for reading in readings:
            sentence = reading.sentence
            stale = None
            # A sentence that also gives the news's own day ("on Tuesday") tells today's event beside the old
            # date ("the fiercest fighting since the war of 1971", "in jail since August 2023").
            if reading.triggers and reading.background_cue is None and not FRESH_TIME.search(sentence.text):
                stale = next(
                    (
                        entity
                        for entity in dates
                        if sentence.start <= entity.start < sentence.end
                        and _STALE_DATE.search(entity.text)
                        and not (
                            _SINCE_BEFORE.search(sentence.text, 0, entity.start - sentence.start)
                            and not _WHEN_AFTER.match(sentence.text, entity.end - sentence.start)
                        )
                        and (span := self.dates.resolve(entity.text, published=published)) is not None
                        and span.latest < published - STALE_GAP
                    ),
                    None,
                )
            if stale is None:
                cued.append(reading)
                continue
            # "The twin blasts" dated years back name that old event, not today's: no back-reference.
            cue = Cue(start=stale.start, end=stale.end, text=stale.text)
            triggers = tuple(replace(trigger, reference=False) for trigger in reading.triggers)
            cued.append(replace(reading, background_cue=cue, triggers=triggers))
        return tuple(cued)

    def _readable_text(self, article: Article) -> str:
        """The article text up to spaCy's length limit; a longer text is read only up to it."""
        limit = self.nlp.max_length
        if len(article.text) > limit:
            logger.warning(
                "article %s has %d characters; events are read from the first %d only",
                article.public_id,
                len(article.text),
                limit,
            )
        return article.text[:limit]

    def assemble(self, reading: ArticleReading, ner_entities: Sequence[Entity]) -> tuple[Mention, ...]:
        """Group the trigger sentences into events and fill every field of their mentions."""
        article = reading.article
        entities = merge_entities(reading.ruler_entities, ner_entities, focus=reading.focus)
        is_actor = self._is_actor
        toponyms = [
            Toponym(text=entity.text, start=entity.start, end=entity.end, label=entity.label)
            for entity in entities
        ]
        entity_toponyms = toponyms
        people = names_given_as_people(article.text, entity_toponyms)
        toponyms = [
            toponym
            for toponym in toponyms
            if is_place_name(article.text, toponym, is_actor=is_actor) and toponym.text not in people
        ]
        if apposed := find_apposed_places(
            article.text, entity_toponyms, places=toponyms, is_actor=is_actor, geocoder=self.geocoder
        ):
            toponyms = sorted([*toponyms, *apposed], key=lambda toponym: toponym.start)
        if named := find_named_districts(article.text, taken=toponyms, geocoder=self.geocoder):
            toponyms = sorted([*toponyms, *named], key=lambda toponym: toponym.start)
        # People's home towns ("a resident of Multan") and roads' ends do not tell a sentence's event apart.
        local = [t for t in toponyms if not is_peripheral(article.text, t)]
        # "Saturday night" and "Monday morning" come labelled TIME.
        dates = [entity for entity in entities if entity.label in DATE_LABELS and is_date_phrase(entity.text)]
        clauses = [
            part
            for sentence_reading in reading.readings
            for part in split_compound(
                sentence_reading,
                places=[(t.start, t.text) for t in local if _within(t.start, sentence_reading.sentence)],
                dates=[d.start for d in dates if _within(d.start, sentence_reading.sentence)],
            )
        ]
        # A name the gazetteer does not know ("Shaltan village") cannot tell one scene from another by
        # itself: it may lie inside the district the lead names.
        kinds = {
            id(t): kind_as_written(
                article.text, t, geocoder=self.geocoder, known=lookup_kind(self.geocoder, t.text)
            )
            for t in local
        }
        known = {id(t) for t in local if kinds[id(t)] is not None}
        # A wire dateline ("QUETTA, Pakistan (Reuters) -") is where the report was filed: when the lead
        # names the scene itself, the dateline does not set the lead's scene apart from the next sentence's.
        dateline = find_dateline(article.text)
        filed_at = (
            {id(t) for t in local if t.start < dateline.end}
            if dateline is not None
            # A wire dateline names its country or its agency ("KABUL (AFP) -"); a paper's "MULTAN:" is most
            # often its own story's town.
            and (dateline.region is not None or _AGENCY.search(article.text, 0, dateline.end) is not None)
            and any(id(t) in known and dateline.end <= t.start < _first_sentence_end(reading) for t in local)
            else set()
        )
        scene = [t for t in local if id(t) in known and id(t) not in filed_at]
        containers = {id(t) for t in scene if kinds[id(t)] in _CONTAINER_KINDS}
        # Where each other place lies matters only beside a province or country the article names.
        provinces = (
            {id(t): self._province_of(t.text) for t in scene if id(t) not in containers} if containers else {}
        )
        readings = tuple(
            replace(
                sentence_reading,
                sentence=replace(
                    sentence_reading.sentence,
                    places=tuple(t.text for t in scene if _within(t.start, sentence_reading.sentence)),
                    containers=tuple(
                        t.text
                        for t in scene
                        if id(t) in containers and _within(t.start, sentence_reading.sentence)
                    ),
                    inside=tuple(
                        province
                        for t in scene
                        if _within(t.start, sentence_reading.sentence)
                        and (province := provinces.get(id(t))) is not None
                    ),
                    vague_places=tuple(
                        t.text
                        for t in local
                        if id(t) not in known and _within(t.start, sentence_reading.sentence)
                    ),
                ),
            )
            for sentence_reading in clauses
        )
        if article.published_at is not None:
            readings = self._cue_stale_dates(readings, dates=dates, published=article.published_at.date())
        events = group_events(readings)
        if not events:
            return ()
        tagged_starts = {toponym.start for toponym in toponyms}

        @cache
        def untagged() -> tuple[Toponym, ...]:
            found = find_untagged_toponyms(article.text, is_actor=is_actor, geocoder=self.geocoder)
            return tuple(toponym for toponym in found if toponym.start not in tagged_starts)

        if not any(self._names_scene(article.text, toponym, below_country=True) for toponym in toponyms):
            # No tagged name is a scene the gazetteer knows below a country ("Malian Mopti", "a London-based
            # firm", "the Libyan city of Derna"): add the known names after "in" and "near" ("the Koro
            # Cercle") that the tagger left alone, and the towns of sites it tagged whole ("the Paris City
            # Hall", "the Bamenda-Ndop road").
            sites = [
                town
                for toponym in entity_toponyms
                if (town := find_town_of_site(article.text, toponym, geocoder=self.geocoder)) is not None
            ]
            toponyms = sorted([*toponyms, *untagged(), *sites], key=lambda toponym: toponym.start)
        actor_matches = self.actors.find_actors(article.text)
        geography = read_article_geography(
            toponyms,
            geocoder=self.geocoder,
            text=article.text,
            # Armed groups of far-off wars name their country ("NPA rebels ... in Isabela"); forces act
            # across borders, and the focus region's groups on both sides of theirs.
            actor_countries=tuple(
                dict.fromkeys(
                    m.actor.country_code
                    for m in actor_matches
                    if m.actor.country_code
                    and m.actor.actor_type is not ActorType.STATE_FORCES
                    and m.actor.country_code not in FOCUS_COUNTRIES
                )
            ),
        )
        # A main event with no date of its own takes the article's first date outside recalled passages.
        recalled = [r.sentence for r in readings if r.background_cue is not None]
        fallback_dates = [d for d in dates if not any(_within(d.start, sentence) for sentence in recalled)]
        drafts = [
            self._draft(
                article,
                event,
                toponyms=toponyms,
                dates=dates,
                fallback_dates=fallback_dates,
                geography=geography,
                untagged=untagged,
            )
            for event in events
        ]
        drafts = demote_earlier_events(
            drafts, published=article.published_at.date() if article.published_at is not None else None
        )
        drafts = borrow_same_places(drafts, text=article.text, producer=self.name)
        return self._date_from_story_day(
            tuple(
                self._mention(
                    article,
                    ordinal,
                    draft,
                    actor_matches=actor_matches,
                    other_spans=[
                        (sentence.start, sentence.end)
                        for other in drafts
                        if other is not draft
                        for sentence in other_event_sentences(other, reader=draft)
                    ],
                )
                for ordinal, draft in enumerate(drafts)
            )
        )

    def _date_from_story_day(self, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """A later event dated "a day earlier" or "the previous day" counts back from the first main event's
        day, not from the publication day."""
        lead = next((mention for mention in mentions if mention.role is Role.MAIN), None)
        if lead is None or lead.when is None or lead.when.precision is not DatePrecision.DAY:
            return mentions
        # A date the lead itself was read from ("... on Monday, while ... the previous day") stays as read.
        lead_dates = {item.start for item in lead.evidence if item.field is EvidenceField.DATE}
        dated = []
        for mention in mentions:
            told = next((item for item in mention.evidence if item.field is EvidenceField.DATE), None)
            span = (
                self.dates.resolve(told.text, published=lead.when.earliest)
                if told is not None and told.start not in lead_dates and counts_from_story_day(told.text)
                else None
            )
            dated.append(mention if span is None else replace(mention, when=span))
        return tuple(dated)

    def _is_actor(self, name: str) -> bool:
        return self.actors.resolve_name(name) is not None

    def _names_scene(self, text: str, toponym: Toponym, *, below_country: bool = False) -> bool:
        """Whether the gazetteer knows the name (as a place smaller than a country, if `below_country`) and
        the text does not name it as a road, a border or an origin."""
        kind = lookup_kind(self.geocoder, toponym.text)
        if kind is None or (below_country and kind == "country"):
            return False
        return not is_peripheral(text, toponym)

    def _province_of(self, name: str) -> str | None:
        """The province a place name lies in, read without the article's context."""
        place = self.geocoder.geocode(name, context=GeoContext())
        return place.admin1 if place is not None else None

    def _draft(
        self,
        article: Article,
        event: DetectedEvent,
        *,
        toponyms: Sequence[Toponym],
        dates: Sequence[Entity],
        fallback_dates: Sequence[Entity],
        geography: ArticleGeography,
        untagged: Callable[[], Sequence[Toponym]],
    ) -> MentionDraft:
        text = article.text
        ordered = order_sentences(event)
        when, date_evidence = self._resolve_when(article, event, ordered, dates, fallback_dates)
        dateline = find_dateline(text)
        # The dateline names where the report was filed, so it is only a fallback for the event's place.
        after_dateline = dateline.place.end if dateline is not None else 0
        in_text = [t for t in toponyms if t.start >= after_dateline]
        lead, rest = ordered[:1], ordered[1:]
        groups: list[list[Toponym]] = [
            # "a day after five soldiers were killed in a bomb attack in Kech district": the place written
            # right after the trigger is the event's, whatever else its sentence names (a meeting in Quetta).
            _attached_places(text, event.type_trigger, in_text),
            *(
                self._sentence_places(text, part, in_text=in_text, untagged=untagged, after=after_dateline)
                for part in (lead, rest)
            ),
        ]
        if dateline is not None and event.role is Role.MAIN:
            groups.append([dateline.place])
        if event.role is Role.MAIN:
            first_paragraph_end = _first_paragraph_end(text)
            groups.append([t for t in in_text if t.start < first_paragraph_end])
        place = choose_place(
            [group for group in groups if group],
            text=text,
            geocoder=self.geocoder,
            geography=geography,
            producer=self.name,
            of_arrest=event.sub_event_type is SubEventType.ARRESTS,
        )
        scene = [sentence for sentence in rest if WHERE_IT_HAPPENED.match(sentence.text)]
        if place is not None and scene:
            # A sentence telling where "the operation was carried out" may name a place inside the lead's
            # district ("killed eight militants in North Waziristan ... in the Datta Khel area").
            told = self._sentence_places(
                text, scene, in_text=in_text, untagged=untagged, after=after_dateline
            )
            closer = (
                choose_place(
                    [told], text=text, geocoder=self.geocoder, geography=geography, producer=self.name
                )
                if told
                else None
            )
            if closer is not None and _narrows_district(place.place, closer.place):
                place = closer
        return MentionDraft(
            event=event,
            role=event.role,
            role_evidence=_role_evidence(event, text, self.name),
            when=when,
            date_evidence=date_evidence,
            place=place,
        )

    def _sentence_places(
        self,
        text: str,
        sentences: Sequence[Sentence],
        *,
        in_text: Sequence[Toponym],
        untagged: Callable[[], Sequence[Toponym]],
        after: int,
    ) -> list[Toponym]:
        """The toponyms of the event's sentences; where none of them is a scene the gazetteer knows, with
        the known names after "in" and "near" that the tagger left alone there ("an army patrol near Catubig
        in Northern Samar", tagged as a title)."""
        tagged = [t for t in in_text if any(_within(t.start, sentence) for sentence in sentences)]
        if not sentences:
            return tagged
        if any(self._names_scene(text, toponym) for toponym in tagged):
            # A name the tagger left alone is still read where a place noun introduces it: "near the town of
            # Hub in Balochistan" ("Hub" is an English word, so the tagger never offers it).
            introduced = [
                toponym
                for toponym in untagged()
                if toponym.start >= after
                and any(_within(toponym.start, sentence) for sentence in sentences)
                and _PLACE_NOUN_OF.search(text, max(0, toponym.start - 30), toponym.start) is not None
            ]
            return sorted([*tagged, *introduced], key=lambda toponym: toponym.start) if introduced else tagged
        found = [
            toponym
            for toponym in untagged()
            if toponym.start >= after and any(_within(toponym.start, sentence) for sentence in sentences)
        ]
        return sorted([*tagged, *found], key=lambda toponym: toponym.start) if found else tagged

    def _resolve_when(
        self,
        article: Article,
        event: DetectedEvent,
        ordered: Sequence[Sentence],
        dates: Sequence[Entity],
        fallback_dates: Sequence[Entity],
    ) -> tuple[DateSpan | None, Evidence | None]:
        background_sentences = {
            id(sentence) for sentence in ordered if find_background_cue(sentence.text) is not None
        }
        dateline = find_dateline(article.text)
        # The dateline's date is when the report was filed; the event's own sentences may say otherwise.
        filed = (
            range(dateline.date_start, dateline.date_start + len(dateline.date_text))
            if dateline is not None and dateline.date_text and dateline.date_start is not None
            else range(0)
        )
        sentences = list(ordered)
        if event.role is Role.MAIN:
            # A main event's date comes from sentences that do not recall another time.
            sentences = [s for s in ordered if id(s) not in background_sentences] + [
                s for s in ordered if id(s) in background_sentences
            ]
        else:
            # A recalled event is the oldest time its sentences give: "a history of the attack was launched
            # on Wednesday ... gunmen stormed the school on December 16, 2014".
            recalled = [
                found
                for entity in dates
                if any(_within(entity.start, sentence) for sentence in ordered)
                and entity.start not in filed
                and (found := self._resolve_date(entity, article)) is not None
            ]
            if recalled:
                return min(recalled, key=lambda found: (found[0].latest, found[0].earliest))
        # The day a group or an official spoke ("said on Tuesday that its fighters had killed three") is
        # the event's only where the event's sentences give no other day.
        spoken = {
            entity.start
            for entity in dates
            if _SPOKEN_ON.search(article.text, max(0, entity.start - 40), entity.start) is not None
        }
        for skipped in (spoken, set()):
            for sentence in sentences:
                # Of a sentence's dates the most precise wins: "last year, in March 2023" is March 2023.
                resolved = [
                    found
                    for entity in dates
                    if _within(entity.start, sentence)
                    and entity.start not in filed
                    and entity.start not in skipped
                    and (found := self._resolve_date(entity, article)) is not None
                ]
                if resolved:
                    return min(resolved, key=lambda found: PRECISION_ORDER.index(found[0].precision))
        if event.role is not Role.MAIN:
            return None, None
        if dateline is not None and dateline.date_text and dateline.date_start is not None:
            found = self._resolve_date(
                Entity(
                    label="DATE",
                    start=dateline.date_start,
                    end=dateline.date_start + len(dateline.date_text),
                    text=dateline.date_text,
                ),
                article,
            )
            if found is not None:
                return found
        for entity in fallback_dates:
            found = self._resolve_date(entity, article)
            if found is not None:
                return found
        return None, None

    def _resolve_date(self, entity: Entity, article: Article) -> tuple[DateSpan, Evidence] | None:
        if article.published_at is not None:
            published = article.published_at.date()
        else:
            # Without a publication date only a phrase with its own year can be placed in time.
            year = _YEAR.search(entity.text)
            if year is None:
                return None
            published = date(int(year.group(0)), 12, 31)
        span = self.dates.resolve(entity.text, published=published)
        if span is None:
            return None
        return span, _evidence(EvidenceField.DATE, entity.start, entity.end, article.text, self.name)

    def _mention(
        self,
        article: Article,
        ordinal: int,
        draft: MentionDraft,
        *,
        other_spans: Sequence[tuple[int, int]],
        actor_matches: Sequence[ActorMatch],
    ) -> Mention:
        text = article.text
        event = draft.event
        sub_type = event.sub_event_type
        ordered = order_sentences(event)
        trigger_sentences = event.trigger_sentences
        evidence: list[Evidence] = [
            _evidence(EvidenceField.EVENT, sentence.start, sentence.end, text, self.name)
            for sentence in trigger_sentences
        ]
        evidence.append(
            _evidence(
                EvidenceField.EVENT_TYPE, event.type_trigger.start, event.type_trigger.end, text, self.name
            )
        )
        if draft.role_evidence is not None:
            evidence.append(draft.role_evidence)
        if draft.date_evidence is not None:
            evidence.append(draft.date_evidence)
        if draft.place is not None:
            evidence.append(draft.place.evidence)

        # The whole article is read with the event's sentences marked, so a claim or a culprit told in a
        # sentence of another event (a recalled attack, "claimed by Islamic State") is not this one's.
        attribution = read_attribution(
            text,
            actors=self.actors,
            producer=self.name,
            event_spans=[(sentence.start, sentence.end) for sentence in event.sentences],
            other_spans=other_spans,
            actor_matches=actor_matches,
            country_code=draft.place.place.country_code if draft.place else None,
        )
        perpetrator, claim = attribution.perpetrator, attribution.claim
        attribution_evidence = list(attribution.evidence)

        target, target_evidence = None, None
        if sub_type.event_type in TARGETED_EVENT_TYPES or sub_type in TARGETED_SUB_TYPES:
            target, target_evidence = self._read_target(trigger_sentences)
        if (
            perpetrator is not None
            and sub_type in STRUCK_FROM_AFAR
            and target in (Target.POLICE, Target.MILITARY)
            and perpetrator.actor_type is ActorType.STATE_FORCES
            and draft.place is not None
            and perpetrator.country_code == draft.place.place.country_code
        ):
            # The forces a blast or a strike was aimed at are not its doer, only the side that answered it
            # ("militants dropped explosives on the police station ... policemen on the roof opened fire").
            perpetrator = None
            attribution_evidence = [
                e for e in attribution_evidence if e.field is not EvidenceField.PERPETRATOR
            ]
        evidence.extend(attribution_evidence)
        if target_evidence is not None:
            evidence.append(target_evidence)

        toll_sentences = ordered
        if draft.role is Role.MAIN:
            toll_sentences = [s for s in ordered if find_background_cue(s.text) is None] or [
                part for s in ordered for part in without_recall_clause(s, event.triggers)
            ]
        casualties = Casualties()
        if sub_type not in NO_TOLL_SUB_TYPES:
            toll_text, toll_offset = masked_text(text, toll_sentences)
            casualty_reading = extract_casualties(
                toll_text,
                offset=toll_offset,
                producer=self.name,
                recalled=draft.role is Role.BACKGROUND,
                crowd=sub_type.event_type in (EventType.PROTESTS, EventType.RIOTS),
            )
            casualties = casualty_reading.casualties
            if sub_type in ATTACKERS_ARE_VICTIMS and casualty_reading.attackers_killed is not None:
                # In a battle, and in a strike on militants, the militants killed are fatalities of the event
                # too (ACLED counts every death of the event).
                casualties = _add_killed(
                    casualties,
                    casualty_reading.attackers_killed.minimum,
                    casualty_reading.attackers_killed.maximum,
                )
            evidence.extend(casualty_reading.evidence)

        mention = Mention(
            mention_id=hash_id(article.article_id, str(ordinal), sub_type.value, prefix="m"),
            article_id=article.article_id,
            role=draft.role,
            event_type=sub_type.event_type,
            sub_event_type=sub_type,
            when=draft.when,
            place=draft.place.place if draft.place else None,
            perpetrator=perpetrator,
            claim=claim,
            target=target,
            casualties=casualties,
            evidence=tuple(sorted(evidence, key=lambda item: (item.start, item.end, item.field.value))),
            extractor=self.name,
        )
        return replace(mention, confidence=confidence_of(mention, specific=event.type_trigger.specific))

    def _read_target(self, sentences: Sequence[Sentence]) -> tuple[Target | None, Evidence | None]:
        for sentence in sentences:
            reading = classify_target(sentence.text, offset=sentence.start, producer=self.name)
            if reading.target is not None:
                return reading.target, reading.evidence
        return None, None


# A name after a comma still places the one before it ("Sangota, Swat district"); a new clause does not
# ("in Quetta's Jinnah Town, while a second device was defused in Pishin").
_CLAUSE_BETWEEN = re.compile(
    r"[.;]|\b(?:while|but|when|after|as|where|whereas|killing|injuring)\b|,\s+and (?:in|at|near)\b|"
    r"\s(?:—|–|--)\s"
)
_TRIGGER_TO_PLACE = re.compile(
    r"(?:[\w'’-]+ ){0,4}?(?:in|at|near|outside) (?:the )?(?:[\w'’-]+ ){0,3}?$", re.IGNORECASE
)


def _attached_places(text: str, trigger: Trigger, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The toponym written right after the trigger and those that follow it closely, which place it
    ("in the commune of Lafia in the northern Malian region of Tombouctou")."""
    first = next((t for t in toponyms if _follows_trigger(text, trigger, t)), None)
    if first is None:
        return []
    return [
        t
        for t in toponyms
        if first.start <= t.start <= first.end + 80
        and _CLAUSE_BETWEEN.search(text, first.end, t.start) is None
    ]


def _follows_trigger(text: str, trigger: Trigger, toponym: Toponym) -> bool:
    """Whether the toponym is written a few words after the trigger behind "in", "at", "near" or "outside",
    with no punctuation between ("killed in a bomb attack in Kech district")."""
    between = text[trigger.end : toponym.start]
    return 0 < len(between) <= 60 and _TRIGGER_TO_PLACE.fullmatch(between.lstrip()) is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionDraft:
    """An event with its role, date and place decided; the rest is read when the mention is built."""

    event: DetectedEvent
    role: Role
    role_evidence: Evidence | None
    when: DateSpan | None
    date_evidence: Evidence | None
    place: PlaceReading | None


def read_article(article: Article, doc: Doc) -> ArticleReading | None:
    """The sentence pass over one article: None when no sentence holds a live trigger."""
    sentences = split_sentences(article.text, ((span.start_char, span.end_char) for span in doc.sents))
    readings = drop_figurative_triggers(
        [read_sentence(sentence) for sentence in sentences], text=article.text
    )
    if not any(reading.triggers for reading in readings):
        return None
    wanted = [index for index, reading in enumerate(readings) if reading.triggers or reading.casualties]
    focus = merge_ranges([(sentences[index].start, sentences[index].end) for index in sorted({0, *wanted})])
    return ArticleReading(
        article=article,
        readings=readings,
        ruler_entities=tuple(entities_of(doc)),
        focus=tuple(focus),
    )


# Kinds of place that contain the scene rather than name it.
_CONTAINER_KINDS = frozenset({"province", "country"})


def _first_sentence_end(reading: ArticleReading) -> int:
    """Where the article's first sentence ends (0 when it has none)."""
    return reading.readings[0].sentence.end if reading.readings else 0


def split_sentences(text: str, bounds: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences from spaCy boundaries, also cut at line breaks (headlines and datelines have no stop)."""
    sentences = []
    for start, end in bounds:
        for line in re.finditer(r"[^\n]+", text[start:end]):
            piece = line.group(0)
            if piece.strip():
                begin = start + line.start() + (len(piece) - len(piece.lstrip()))
                finish = start + line.end() - (len(piece) - len(piece.rstrip()))
                sentences.append(Sentence(start=begin, end=finish, text=text[begin:finish]))
    return sentences


def merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge character ranges that touch or are separated by whitespace only."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start - merged[-1][1] <= 2:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def entities_of(doc: Doc, *, offset: int = 0) -> Iterator[Entity]:
    """The entities of a doc (or of an article chunk starting at `offset`) with article offsets."""
    for ent in doc.ents:
        yield Entity(
            label=ent.label_, start=offset + ent.start_char, end=offset + ent.end_char, text=ent.text
        )


def merge_entities(
    ruler_entities: Sequence[Entity],
    ner_entities: Sequence[Entity],
    *,
    focus: Sequence[tuple[int, int]],
) -> list[Entity]:
    """NER entities inside the chunks NER ran on, the gazetteer/actor entities everywhere else."""
    outside = [
        entity for entity in ruler_entities if not any(start <= entity.start < end for start, end in focus)
    ]
    return sorted([*outside, *ner_entities], key=lambda entity: entity.start)


def is_date_phrase(phrase: str) -> bool:
    """Whether a DATE entity names a point in time (not a duration or an age)."""
    return _DATE_PHRASE.search(phrase) is not None and _AGE_PHRASE.search(phrase) is None


def order_sentences(event: DetectedEvent) -> list[Sentence]:
    """The event's sentences with the one that set its type first, then in text order."""
    lead = [s for s in event.sentences if _within(event.type_trigger.start, s)]
    return lead + [s for s in event.sentences if s not in lead]


def other_event_sentences(draft: MentionDraft, *, reader: MentionDraft) -> list[Sentence]:
    """The sentences of another event that keep a main event's claims and culprits out of it.

    For a main event, a recalled event claims only the sentences that recall (a cue such as "in 2023",
    or the one that made it background): a sentence grouped with it without recalling anything ("rescue
    workers carried the bodies") is left unmarked and belongs to the nearest marked sentence before it.
    """
    sentences = draft.event.sentences
    if reader.role is not Role.MAIN or draft.role is not Role.BACKGROUND:
        return list(sentences)
    cue = draft.event.role_cue
    # An event recalled by its date alone ("the November 8 bombing" in a report of a raid a week later) is
    # marked by the sentence that dates it, unless the news is told in that sentence too ("a jawan injured
    # in a blast in September succumbed on Monday").
    dated = draft.date_evidence if draft.role_evidence == draft.date_evidence else None
    own = {(sentence.start, sentence.end) for sentence in reader.event.sentences}
    return [
        sentence
        for sentence in sentences
        if find_background_cue(sentence.text) is not None
        or (cue is not None and sentence.start <= cue.start < sentence.end)
        or (
            dated is not None
            and sentence.start <= dated.start < sentence.end
            and (sentence.start, sentence.end) not in own
        )
    ]


# Where a clause that recalls an earlier event can begin: "..., where", "... when", "... since".
# Not ", killing five": a participle after a comma goes on telling the event before it.
_RECALL_CLAUSE_START = re.compile(r",\s(?![a-z]+ing\b)|\s(?:where|when|since|after|as)\s", re.IGNORECASE)


_TOLL_PARTICIPLE = re.compile(r"\s*,?\s*(?:killing|wounding|injuring|leaving)\b", re.IGNORECASE)


def without_recall_clause(sentence: Sentence, triggers: Sequence[Trigger]) -> list[Sentence]:
    """The sentence less the clause that holds its background cue, when the event's triggers all come
    before that clause: "Gunmen shot dead a shopkeeper on Monday, a few streets from where militants killed
    two policemen last month" counts one dead for Monday's killing, not three. A toll told right after the
    cue is kept: ", killing two people" after "the 1981 synagogue attack" still tells the news's."""
    cue = find_background_cue(sentence.text)
    own = [t.end - sentence.start for t in triggers if sentence.start <= t.start < sentence.end]
    if cue is None or not own or max(own) >= cue.start():
        return [sentence]
    breaks = list(_RECALL_CLAUSE_START.finditer(sentence.text, max(own), cue.start()))
    if not breaks:
        return [sentence]
    head_end, tail_start = sentence.start + breaks[-1].start(), sentence.start + cue.end()
    head = replace(sentence, end=head_end, text=sentence.text[: head_end - sentence.start])
    if _TOLL_PARTICIPLE.match(sentence.text, cue.end()) is None:
        return [head]
    return [head, replace(sentence, start=tail_start, text=sentence.text[cue.end() :])]


def masked_text(text: str, sentences: Sequence[Sentence]) -> tuple[str, int]:
    """The article from the first to the last of `sentences`, everything else blanked to spaces.

    Offsets stay those of the article (plus the returned start), so readers that take one text and an
    offset can read non-adjacent sentences together.
    """
    if not sentences:
        return "", 0
    start = min(sentence.start for sentence in sentences)
    end = max(sentence.end for sentence in sentences)
    chars = [" " if char != "\n" else "\n" for char in text[start:end]]
    for sentence in sentences:
        chars[sentence.start - start : sentence.end - start] = text[sentence.start : sentence.end]
    return "".join(chars), start


def borrow_same_places(drafts: Sequence[MentionDraft], *, text: str, producer: str) -> list[MentionDraft]:
    """An event placed only as "the same village" or "the same checkpost" takes the place of the nearest
    event told before those words ("...killed a village chief in Dinangourou on Tuesday; in 2023 the same
    village lost nine people")."""
    borrowed = list(drafts)
    for index, draft in enumerate(drafts):
        # A country alone ("Afghanistan remains one of the countries most contaminated ...") is no scene.
        if draft.place is not None and draft.place.place.admin1 is not None:
            continue
        match = next(
            (
                found
                for sentence in draft.event.sentences
                if (found := _SAME_PLACE.search(text, sentence.start, sentence.end)) is not None
            ),
            None,
        )
        if match is None:
            continue
        earlier = [
            other.place
            for other in borrowed[:index] + borrowed[index + 1 :]
            if other.place is not None and other.place.toponym.start < match.start()
        ]
        if not earlier:
            continue
        nearest = max(earlier, key=lambda reading: reading.toponym.start)
        toponym = Toponym(text=match.group(0), start=match.start(), end=match.end())
        place = nearest.place
        if not match.group(0).lower().startswith(("the", "that")):
            # A short way from a town is near it (ACLED geo_precision 2).
            precision = max(place.geo_precision or GeoPrecision.TOWN, GeoPrecision.NEAR_TOWN)
            place = replace(place, geo_precision=precision)
        borrowed[index] = replace(
            draft,
            place=PlaceReading(
                place=place,
                toponym=toponym,
                evidence=_evidence(EvidenceField.LOCATION, match.start(), match.end(), text, producer),
            ),
        )
    return borrowed


# Words that place an event by a place named before: at it ("the same village") or a short way from it
# ("two streets away", "a nearby village").
_SAME_PLACE = re.compile(
    # "the same police station", "a nearby army camp": one word may name whose it is.
    r"\b(?:(?:the|that) (?:very )?same|a nearby) (?:(?:police|army|military|Levies|FC|security|border|"
    r"bus|railway|polling|girls'?|boys'?|government|main) )?"
    r"(?:village|town|city|market|bazaar|area|district|locality|"
    r"neighbourhood|neighborhood|street|road|spot|place|site|check ?post|checkpoint|post|camp|base|station|"
    r"mosque|church|temple|shrine|school|hotel|compound|building)\b"
    r"|\b(?:a|one|two|three|four|five|a few|\d+) (?:streets?|blocks?|houses?|doors?|kilomet(?:re|er)s?|km|"
    r"miles?|met(?:re|er)s?) away\b",
    re.IGNORECASE,
)


def demote_earlier_events(
    drafts: Sequence[MentionDraft], *, published: date | None = None
) -> list[MentionDraft]:
    """A main event dated well before the article's first dated main event, or months before the article
    itself was published, is a recalled (background) one."""

    def is_stale(draft: MentionDraft) -> bool:
        # Only a date that writes its year: a day and month alone is read as the latest such day, and a
        # wrong publication date would push it a year back.
        return (
            published is not None
            and draft.when is not None
            and draft.date_evidence is not None
            and _WRITTEN_YEAR.search(draft.date_evidence.text) is not None
            and draft.when.latest < published - STALE_GAP
        )

    anchor = next(
        (
            draft.when
            for draft in drafts
            if draft.role is Role.MAIN and draft.when is not None and not is_stale(draft)
        ),
        None,
    )
    result = []
    for draft in drafts:
        recalled = (
            draft.role is Role.MAIN
            and draft.when is not None
            and (
                is_stale(draft)
                or (anchor is not None and draft.when.latest <= anchor.earliest - BACKGROUND_GAP)
            )
        )
        result.append(
            replace(draft, role=Role.BACKGROUND, role_evidence=draft.date_evidence) if recalled else draft
        )
    return result


def confidence_of(mention: Mention, *, specific: bool) -> float:
    """A transparent score in [0, 1]: 0.4 for a trigger, +0.2 when it names the method ("suicide bomber",
    "IED", not "attack"), +0.1 each for a date, a place, a casualty figure and a perpetrator; x0.8 for a
    background mention; at most 0.95."""
    score = CONFIDENCE_BASE + (CONFIDENCE_SPECIFIC_TRIGGER if specific else 0.0)
    casualties = mention.casualties
    filled = (
        mention.when is not None,
        mention.place is not None,
        casualties.killed_min is not None or casualties.injured_min is not None,
        mention.perpetrator is not None,
    )
    score += CONFIDENCE_PER_FIELD * sum(filled)
    if mention.role is Role.BACKGROUND:
        score *= CONFIDENCE_BACKGROUND_FACTOR
    return round(min(score, CONFIDENCE_MAX), 3)


def build_extractor(*, geocoder: Geocoder | None = None) -> RulesExtractor:
    """Build "rules.v1" with every component: gazetteer geocoder, actor dictionary, dates and spaCy.

    Args:
        geocoder: a geocoder to use instead of the bundled gazetteer.
    """
    chosen = geocoder if geocoder is not None else build_geocoder()
    actors = load_actor_dictionary()
    nlp = build_nlp(place_names=chosen.known_names(), actor_patterns=actors.entity_patterns())
    return RulesExtractor(nlp=nlp, geocoder=chosen, actors=actors, dates=DateResolver())


def _with_plain_apostrophes(article: Article) -> Article:
    """The article as the rules read it: its typographic apostrophes written "'" (same length)."""
    text = article.text.translate(_PLAIN_APOSTROPHES)
    title = article.title.translate(_PLAIN_APOSTROPHES) if article.title else article.title
    if text == article.text and title == article.title:
        return article
    return replace(article, text=text, title=title)


def _quoting(mentions: tuple[Mention, ...], text: str) -> tuple[Mention, ...]:
    """The mentions with each evidence span quoting the article's own characters."""
    return tuple(
        replace(
            mention,
            evidence=tuple(replace(item, text=text[item.start : item.end]) for item in mention.evidence),
        )
        for mention in mentions
    )


def _role_evidence(event: DetectedEvent, text: str, producer: str) -> Evidence | None:
    """What makes a mention background: its cue ("last year"), else its back-reference ("the attack")."""
    if event.role is not Role.BACKGROUND:
        return None
    span = event.role_cue or event.type_trigger
    return _evidence(EvidenceField.ROLE, span.start, span.end, text, producer)


def _within(position: int, sentence: Sentence) -> bool:
    return sentence.start <= position < sentence.end


def _first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    newline = stripped.find("\n")
    return lead + (newline if newline > 0 else len(stripped))


def _evidence(field: EvidenceField, start: int, end: int, text: str, producer: str) -> Evidence:
    return Evidence(field=field, start=start, end=end, text=text[start:end], producer=producer)


def _add_killed(casualties: Casualties, minimum: int, maximum: int | None) -> Casualties:
    killed_min = (casualties.killed_min or 0) + minimum
    if casualties.killed_min is None:
        killed_max = maximum
    elif casualties.killed_max is None or maximum is None:
        killed_max = None
    else:
        killed_max = casualties.killed_max + maximum
    return replace(casualties, killed_min=killed_min, killed_max=killed_max)
