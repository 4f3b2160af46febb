"""Tests of what rules.v1 attaches to a mention: no recalled toll, claim or culprit; the target."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from waqia.extract.events import Cue, DetectedEvent, Sentence, Trigger
from waqia.extract.rules import MentionDraft, other_event_sentences
from waqia.ingest.articles import make_article_id
from waqia.model import Article, ClaimStatus, Evidence, EvidenceField, Role, SubEventType, Target

PUBLISHED = datetime(2024, 3, 14, 9, 0, tzinfo=UTC)


def make_article(text: str) -> Article:
    return Article(article_id=make_article_id(url=None, text=text), text=text, published_at=PUBLISHED)


# (article, the main mention's killed_min, claim status, perpetrator name or None)
BACKGROUND_CASES = [
    pytest.param(
        "QUETTA: A bomb fixed to a motorcycle exploded near a police van in Quetta on Tuesday, killing three "
        "policemen, officials said.\n\nNo group claimed responsibility for the blast.\n\nIn August 2022, a "
        "suicide bomber struck a rally on the same road, killing 14 people. The Baloch Liberation Army "
        "claimed that bombing.",
        3,
        ClaimStatus.UNCLAIMED,
        None,
        id="recalled-paragraph-with-claim-and-toll",
    ),
    pytest.param(
        "TURBAT: Gunmen shot dead two barbers in Turbat on Tuesday, police said. It was the deadliest "
        "attack in the town since 2021, when militants killed nine labourers. The Islamic State claimed "
        "that attack.",
        2,
        ClaimStatus.UNKNOWN,
        None,
        id="recalled-clause-inside-a-main-sentence",
    ),
    pytest.param(
        "BANNU: Militants attacked a police post in Bannu on Tuesday night, killing two constables. The "
        "Tehreek-e-Taliban Pakistan claimed the attack. Police said 31 policemen have been killed in the "
        "district this year.",
        2,
        ClaimStatus.CLAIMED,
        "Tehreek-e-Taliban Pakistan",
        id="own-claim-kept-running-tally-left-out",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "killed", "status", "perpetrator"), BACKGROUND_CASES)
def test_main_mention_does_not_absorb_a_recalled_event(
    extractor, text: str, killed: int, status: ClaimStatus, perpetrator: str | None
) -> None:
    mentions = extractor.extract(make_article(text))
    main = [mention for mention in mentions if mention.role is Role.MAIN]
    assert len(main) == 1
    assert main[0].casualties.killed_min == killed
    assert main[0].claim.status is status
    assert (main[0].perpetrator.name if main[0].perpetrator else None) == perpetrator


def _sentence(text: str, start: int) -> Sentence:
    return Sentence(start=start, end=start + len(text), text=text)


def _draft(role: Role, sentences: list[Sentence], cue: Cue | None = None) -> MentionDraft:
    first = sentences[0]
    trigger = Trigger(
        sub_event_type=SubEventType.ATTACK, start=first.start, end=first.start + 1, text=first.text[0]
    )
    event = DetectedEvent(
        sub_event_type=SubEventType.ATTACK,
        role=role,
        sentences=tuple(sentences),
        triggers=(trigger,),
        type_trigger=trigger,
        role_cue=cue,
    )
    return MentionDraft(event=event, role=role, role_evidence=None, when=None, date_evidence=None, place=None)


RECALLING = _sentence("In 2019 militants attacked the same school.", 100)
PLAIN = _sentence("Rescue workers carried the wounded to hospital.", 150)
BEFORE_CUE = _sentence("The gunmen fled after the attack.", 200)
NEWS = _sentence("Gunmen attacked a police post on Monday.", 0)


@pytest.mark.parametrize(
    ("other_role", "reader", "cue", "expected"),
    [
        # A main event reading a recalled one: only the recalling sentences are that event's.
        (Role.BACKGROUND, Role.MAIN, None, [RECALLING]),
        # The sentence that made the event background counts even without a time cue.
        (Role.BACKGROUND, Role.MAIN, Cue(start=205, end=211, text="gunmen"), [RECALLING, BEFORE_CUE]),
        # Another main event keeps all of its sentences, and so does any event read by a recalled one.
        (Role.MAIN, Role.MAIN, None, [RECALLING, PLAIN, BEFORE_CUE]),
        (Role.BACKGROUND, Role.BACKGROUND, None, [RECALLING, PLAIN, BEFORE_CUE]),
    ],
)
def test_other_event_sentences(
    other_role: Role, reader: Role, cue: Cue | None, expected: list[Sentence]
) -> None:
    draft = _draft(other_role, [RECALLING, PLAIN, BEFORE_CUE], cue)
    assert other_event_sentences(draft, reader=_draft(reader, [NEWS])) == expected


@pytest.mark.parametrize(
    ("reader_sentences", "expected"),
    [
        # An event recalled by its date alone is marked by the sentence that dates it.
        ([NEWS], [RECALLING, PLAIN]),
        # Unless the news is told in that sentence too.
        ([NEWS, PLAIN], [RECALLING]),
    ],
)
def test_other_event_sentences_of_an_event_recalled_by_its_date(
    reader_sentences: list[Sentence], expected: list[Sentence]
) -> None:
    draft = _draft(Role.BACKGROUND, [RECALLING, PLAIN, BEFORE_CUE])
    dated = Evidence(
        field=EvidenceField.DATE, start=PLAIN.start + 5, end=PLAIN.start + 12, text="workers", producer="test"
    )
    draft = replace(draft, role_evidence=dated, date_evidence=dated)
    assert other_event_sentences(draft, reader=_draft(Role.MAIN, reader_sentences)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type", "target"),
    [
        pytest.param(
            "LAKKI MARWAT: Police arrested four suspected militants in a raid on a house in Lakki Marwat on "
            "Monday, officials said.",
            SubEventType.ARRESTS,
            Target.MILITANTS,
            id="arrested-militants",
        ),
        pytest.param(
            "SWAT: The bomb disposal squad defused an explosive device planted near a girls' school in Swat "
            "on Monday, police said.",
            SubEventType.DISRUPTED_WEAPONS_USE,
            Target.EDUCATION,
            id="foiled-bomb-at-a-school",
        ),
    ],
)
def test_arrests_and_foiled_attacks_have_a_target(
    extractor, text: str, sub_event_type: SubEventType, target: Target
) -> None:
    mentions = [m for m in extractor.extract(make_article(text)) if m.sub_event_type is sub_event_type]
    assert mentions
    assert mentions[0].target is target


# (article, the main mention's perpetrator, who claimed): a global group's name means its branch where
# the event's place is, whichever country the dateline or the group's sentence gives.
BRANCH_CASES = [
    pytest.param(
        "PESHAWAR: A suicide bomber blew himself up at a political rally in Bajaur district on Sunday, "
        "killing 40 people. The Islamic State claimed responsibility for the attack.",
        "Islamic State Khorasan Province",
        ("Islamic State Khorasan Province",),
        id="islamic-state-in-pakistan-is-iskp",
    ),
    pytest.param(
        "Gunmen opened fire on worshippers at a Shia mosque in Kunduz, Afghanistan, on Friday, killing "
        "eleven people. Officials blamed Daesh for the attack.",
        "Islamic State Khorasan Province",
        (),
        id="daesh-in-afghanistan-is-iskp",
    ),
    pytest.param(
        "Gunmen killed twelve people at a concert hall in Moscow, Russia, on Friday, officials said. The "
        "Islamic State claimed responsibility for the shooting.",
        "Islamic State",
        ("Islamic State",),
        id="islamic-state-elsewhere-stays-the-core-group",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "perpetrator", "claimed_by"), BRANCH_CASES)
def test_global_group_named_by_its_branch_where_the_event_is(
    extractor, text: str, perpetrator: str, claimed_by: tuple[str, ...]
) -> None:
    main = [mention for mention in extractor.extract(make_article(text)) if mention.role is Role.MAIN]
    assert main, "no main mention"
    assert main[0].perpetrator is not None
    assert main[0].perpetrator.name == perpetrator
    assert main[0].claim.claimed_by == claimed_by
