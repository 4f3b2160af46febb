"""Events told "days after" another, and harm told inside a recalled attack: the earlier event is
background with its own toll and place, once, and the news keeps its own date (issue #3: main vs
background, several events per article)."""

from __future__ import annotations

from datetime import datetime

import pytest

from waqia.extract.events import joint_clauses
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, ClaimStatus, Mention, Role, SubEventType

S = SubEventType
PUBLISHED = datetime(2025, 3, 12, 10, 0)  # a Wednesday


def summary(mention: Mention) -> tuple[object, ...]:
    return (
        mention.role,
        mention.when.iso() if mention.when else None,
        mention.place.name if mention.place else None,
        mention.casualties.killed_min,
    )


def mentions_of(extractor: RulesExtractor, text: str) -> tuple[Mention, ...]:
    return extractor.extract(Article(article_id="days-after", text=text, published_at=PUBLISHED))


def extract(extractor: RulesExtractor, text: str) -> list[tuple[object, ...]]:
    return [summary(mention) for mention in mentions_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The clause after "days after" is an earlier event: background, with its own place and toll.
        (
            "A grenade attack wounded four traders in Chaman on Tuesday, three days after gunmen killed two "
            "Levies men in Zhob.",
            [(Role.MAIN, "2025-03-11", "Chaman", None), (Role.BACKGROUND, None, "Zhob", 2)],
        ),
        (
            "Unknown attackers shot dead a school teacher in Tank on Monday, a week after militants "
            "ambushed a police van in Lakki Marwat.",
            [(Role.MAIN, "2025-03-10", "Tank", 1), (Role.BACKGROUND, None, "Lakki Marwat", None)],
        ),
        # Harm told inside the recalled attack ("killed in a similar attack") is that attack's, once.
        (
            "A tribal elder was gunned down in Wana on Sunday; his nephew was killed in a similar attack in "
            "Angoor Adda in 2022.",
            [(Role.MAIN, "2025-03-09", "Wana", 1), (Role.BACKGROUND, "2022", "Angor Adda", 1)],
        ),
        (
            "A trader was shot dead in Sibi on Sunday; his cousin was killed in a similar attack in "
            "Dhadar in 2020.",
            [(Role.MAIN, "2025-03-09", "Sibi", 1), (Role.BACKGROUND, "2020", "Dadhar", 1)],
        ),
        # Without a comma: the sentence that says when the news came after an earlier attack recalls it.
        (
            "Militants stormed a police station in Kulachi on Monday, killing seven policemen. The attack "
            "came a week after a suicide bomber killed 12 soldiers in Bannu.",
            [(Role.MAIN, "2025-03-10", "Kulachi", 7), (Role.BACKGROUND, None, "Bannu", 12)],
        ),
        (
            "Gunmen shot dead two polio workers in Karak on Tuesday. It was the second attack on vaccinators "
            "three weeks after a bomb struck a polio team in Bajaur.",
            [(Role.MAIN, "2025-03-11", "Karak", 2), (Role.BACKGROUND, None, "Bajaur", None)],
        ),
        # Two earlier attacks told one after the other, each at its own place, stay two.
        (
            "Militants stormed a police station in Kulachi on Monday, killing seven policemen. The attack "
            "came a week after a suicide bomber killed 12 soldiers in Bannu. In 2023, a similar raid on the "
            "Daraban police station left 23 soldiers dead.",
            [
                (Role.MAIN, "2025-03-10", "Kulachi", 7),
                (Role.BACKGROUND, None, "Bannu", 12),
                (Role.BACKGROUND, "2023", "Daraban", 23),
            ],
        ),
        # A date that spaCy runs on into "days after" is still the news's day.
        (
            "A roadside bomb killed three soldiers in Kohlu on Saturday, days after the provincial cabinet "
            "approved a new security plan.",
            [(Role.MAIN, "2025-03-08", "Kohlu", 3)],
        ),
    ],
)
def test_an_event_told_days_after_another(
    extractor: RulesExtractor, text: str, expected: list[object]
) -> None:
    assert extract(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A victim who dies days after the attack is still that attack's.
        "A constable hurt in Friday's blast in Hub died three days after the attack, police said.",
        # "Days after the attack" points back: the arrest is no second violent event.
        "Militants stormed a checkpost in Jandola on Sunday. Two days after the attack, police held three "
        "suspects in Tank.",
    ],
)
def test_days_after_the_same_attack_opens_no_other_violent_event(
    extractor: RulesExtractor, text: str
) -> None:
    article = Article(article_id="same", text=text, published_at=PUBLISHED)
    violent = [
        mention
        for mention in extractor.extract(article)
        if mention.sub_event_type not in {S.ARRESTS, S.CHANGE_TO_GROUP_ACTIVITY}
    ]
    assert len(violent) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MARDAN: Students of a university in Mardan on Monday held a memorial for a classmate who was "
            "lynched by a mob on the campus in April 2017.",
            "2017-04",
        ),
        (
            "KARACHI: Relatives of the victims gathered at the Baldia factory on Thursday for a prayer "
            "meeting.\n\nThe factory was set on fire by extortionists on September 11, 2012, killing more "
            "than 250 workers.",
            "2012-09-11",
        ),
    ],
)
def test_a_recalled_event_takes_the_oldest_date_its_sentences_give(
    extractor: RulesExtractor, text: str, expected: str
) -> None:
    background = [mention for mention in mentions_of(extractor, text) if mention.role is Role.BACKGROUND]
    assert [mention.when.iso() if mention.when else None for mention in background] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The arrests are the news; the bombing "days after" which they came is background.
        (
            "Police arrested three suspects in Bannu on Tuesday, days after a bomb killed four people in "
            "the city.",
            [(S.ARRESTS, Role.MAIN, None), (S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.BACKGROUND, 4)],
        ),
        (
            "The CTD detained two men in Turbat on Sunday, a week after gunmen shot dead five labourers "
            "in Kech.",
            [(S.ARRESTS, Role.MAIN, None), (S.ATTACK, Role.BACKGROUND, 5)],
        ),
        # The same, with the earlier event told first.
        (
            "Days after a bomb killed five people in Sibi, police arrested two suspects on Tuesday.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.BACKGROUND, 5), (S.ARRESTS, Role.MAIN, None)],
        ),
        # Arrests made at the scene of an attack told in the same clause stay part of its story.
        (
            "Gunmen killed two policemen in Tank on Monday and police arrested a suspect after a chase.",
            [(S.ARMED_CLASH, Role.MAIN, 2)],
        ),
    ],
)
def test_arrests_made_days_after_an_attack_are_the_news(
    extractor: RulesExtractor, text: str, expected: list[tuple[object, ...]]
) -> None:
    article = Article(article_id="arrests", text=text, published_at=PUBLISHED)
    assert [
        (mention.sub_event_type, mention.role, mention.casualties.killed_min)
        for mention in extractor.extract(article)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A headline names "Kech", the body "Kech district": one place, one event.
        "Five soldiers martyred in Kech attack\n\nFive soldiers were martyred when militants attacked a "
        "checkpost in Kech district on Monday, the ISPR said.",
        "Three Levies men killed in Zhob ambush\n\nThree Levies personnel were killed when gunmen ambushed "
        "their vehicle in Zhob district on Sunday.",
    ],
)
def test_a_headline_and_its_body_are_one_event(extractor: RulesExtractor, text: str) -> None:
    article = Article(article_id="headline", text=text, published_at=PUBLISHED)
    assert len(extractor.extract(article)) == 1


def test_an_opening_days_after_clause_is_one_clause_whatever_it_holds() -> None:
    text = "Days after militants planted a bomb - it went off in Quetta, police arrested two men."
    assert [text[start:end] for start, end in joint_clauses(text)] == [
        "Days after militants planted a bomb - it went off in Quetta",
        "police arrested two men.",
    ]


def test_a_claim_dated_before_the_news_is_of_an_earlier_event(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen abducted four labourers from a construction site in Kech on Monday night. Separately, a "
        "roadside bomb wounded three Levies personnel in Kalat on Tuesday morning. Last month, the BLA "
        "claimed the killing of six workers in the same area."
    )
    mentions = mentions_of(extractor, text)
    assert [summary(mention) for mention in mentions] == [
        (Role.MAIN, "2025-03-10", "Kech", None),
        (Role.MAIN, "2025-03-11", "Kalat", None),
        (Role.BACKGROUND, "2025-02", "Kalat", 6),
    ]
    assert [mention.claim.status for mention in mentions] == [
        ClaimStatus.UNKNOWN,
        ClaimStatus.UNKNOWN,
        ClaimStatus.CLAIMED,
    ]


def test_a_cue_far_from_the_back_reference_leaves_it_with_the_news(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen abducted a provincial minister in Benghazi on Tuesday. Sources said the reason behind the "
        "kidnapping was his loyalty to the speaker of the parliament, whose rivals had been toppled by a "
        "decree issued last month."
    )
    mentions = mentions_of(extractor, text)
    assert [mention.role for mention in mentions] == [Role.MAIN]


def test_the_toll_of_an_earlier_attack_lends_the_news_no_culprit(extractor: RulesExtractor) -> None:
    text = (
        "A magnetic bomb attached to a minibus exploded in western Kabul on Saturday, killing five "
        "passengers. The area has been hit by several attacks by the Islamic State in recent years, "
        "including the 2021 bombing of a girls' school that killed more than 80 students."
    )
    mentions = mentions_of(extractor, text)
    main = [mention for mention in mentions if mention.role is Role.MAIN]
    assert [summary(mention) for mention in main] == [(Role.MAIN, "2025-03-08", "Kabul", 5)]
    assert main[0].perpetrator is None
    assert main[0].claim.status is ClaimStatus.UNKNOWN


@pytest.mark.parametrize(
    ("text", "main_status"),
    [
        (
            "A roadside bomb killed four soldiers in Kohlu on Monday. In 2023, a similar blast killed nine "
            "soldiers in Sibi. The BLA claimed the latest attack.",
            ClaimStatus.CLAIMED,
        ),
        (
            "Gunmen killed 12 farmers in Zhob on Tuesday. The attack came two years after militants beheaded "
            "nine shepherds in the same valley. No group claimed the latest killings.",
            ClaimStatus.UNCLAIMED,
        ),
    ],
)
def test_the_latest_attack_is_the_news_not_the_one_recalled_before_it(
    extractor: RulesExtractor, text: str, main_status: ClaimStatus
) -> None:
    mentions = mentions_of(extractor, text)
    assert [(mention.role, mention.claim.status) for mention in mentions] == [
        (Role.MAIN, main_status),
        (Role.BACKGROUND, ClaimStatus.UNKNOWN),
    ]


def test_a_sentence_opening_with_a_bare_month_recalls_an_earlier_attack(extractor: RulesExtractor) -> None:
    text = (
        "A Chinese national was injured when a gunman opened fire on a car in the Saddar area of Karachi on "
        "Wednesday. In April, a suicide bomber killed three Chinese teachers at the University of Karachi."
    )
    mentions = mentions_of(extractor, text)
    assert [summary(mention) for mention in mentions] == [
        (Role.MAIN, "2025-03-12", "Saddar", None),
        (Role.BACKGROUND, "2024-04", "Karachi", 3),
    ]
