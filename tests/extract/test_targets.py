"""Tests of reading the main target category of an attack."""

from __future__ import annotations

import pytest

from waqia.extract.targets import classify_target
from waqia.model import EvidenceField, Target

# (text, target, the words the evidence must cover)
TARGET_CASES = [
    (
        "Militants attacked a police station in Bannu, wounding two constables.",
        Target.POLICE,
        "police station",
    ),
    (
        "Gunmen shot dead a head constable on duty outside a bank in Peshawar.",
        Target.POLICE,
        "head constable",
    ),
    ("A roadside bomb hit a police van in Dera Ismail Khan.", Target.POLICE, "police van"),
    ("Insurgents opened fire on a checkpost near Tank at dawn.", Target.POLICE, "checkpost"),
    ("Militants attacked an FC checkpost in Kech district.", Target.MILITARY, "FC"),
    ("Attackers stormed a checkpost manned by soldiers in North Waziristan.", Target.MILITARY, "checkpost"),
    ("Three soldiers were martyred when their vehicle hit a landmine.", Target.MILITARY, "soldiers"),
    ("An IED struck a Levies vehicle near Mastung.", Target.POLICE, "Levies"),
    ("Militants attacked a Levies checkpost in Kalat.", Target.POLICE, "Levies"),
    # A party's leader or worker is a political target; a party leader who speaks is not a target.
    ("Gunmen shot dead a PTI worker outside his house in Swabi.", Target.POLITICAL, "PTI"),
    (
        "An Awami National Party leader was killed by a bomb in Peshawar.",
        Target.POLITICAL,
        "Awami National Party",
    ),
    ("A PPP leader condemned the rocket attack on the school in Kohat.", Target.EDUCATION, "school"),
    ("A suicide bomber struck an imambargah in Shikarpur during prayers.", Target.RELIGIOUS, "imambargah"),
    ("Gunmen killed a prayer leader as he left the mosque.", Target.RELIGIOUS, "prayer leader"),
    ("The blast ripped through a shrine packed with devotees.", Target.RELIGIOUS, "shrine"),
    ("Militants torched a girls' school in Swat overnight.", Target.EDUCATION, "school"),
    ("Two teachers were shot dead on their way to college.", Target.EDUCATION, "teachers"),
    (
        "Gunmen killed two polio workers and the constable guarding them.",
        Target.HEALTH_AID_WORKERS,
        "polio workers",
    ),
    ("A doctor was abducted from his clinic in Kohat.", Target.HEALTH_AID_WORKERS, "doctor"),
    ("Unknown men opened fire on journalists outside the press club.", Target.JOURNALISTS, "journalists"),
    ("A reporter for a local daily was gunned down in Khuzdar.", Target.JOURNALISTS, "reporter"),
    (
        "A suicide bomber rammed a convoy carrying Chinese engineers near Dasu.",
        Target.FOREIGNERS,
        "Chinese engineers",
    ),
    ("Militants blew up a gas pipeline in Dera Bugti.", Target.INFRASTRUCTURE, "gas pipeline"),
    ("Two power pylons were blown up near Naseerabad.", Target.INFRASTRUCTURE, "power pylons"),
    ("An explosion damaged the railway track near Sibi.", Target.INFRASTRUCTURE, "railway track"),
    ("Attackers set a mobile tower on fire in Panjgur.", Target.INFRASTRUCTURE, "mobile tower"),
    ("A bomb went off at an election rally in Bajaur.", Target.POLITICAL, "election rally"),
    ("Gunmen shot dead a candidate for the provincial assembly.", Target.POLITICAL, "candidate"),
    (
        "A grenade was hurled at the office of the deputy commissioner.",
        Target.GOVERNMENT,
        "deputy commissioner",
    ),
    ("A judge escaped unhurt when his car was attacked in Quetta.", Target.GOVERNMENT, "judge"),
    ("Security forces killed six militants in an operation in Tirah.", Target.MILITANTS, "militants"),
    ("Jets struck militant hideouts in the Rajgal valley.", Target.MILITANTS, "militant hideouts"),
    ("Gunmen offloaded passengers from a bus and shot them.", Target.CIVILIANS, "passengers"),
    ("A blast in a crowded market killed 12 people.", Target.CIVILIANS, "market"),
    ("Four policemen and eleven shoppers were killed in the blast.", Target.CIVILIANS, "shoppers"),
    ("Ten people including four policemen were killed in the blast.", Target.POLICE, "policemen"),
    (
        "Twelve people, including a reporter, died when a bomber targeted a Khasadar post in the bazaar.",
        Target.POLICE,
        "Khasadar",
    ),
    ("Police said militants attacked a school in Khyber.", Target.EDUCATION, "school"),
    ("Seven people were wounded in a grenade attack in Turbat.", Target.CIVILIANS, "people"),
    (
        "Police foiled a plan to attack a police station; two militants were arrested.",
        Target.MILITANTS,
        "militants",
    ),
    # What describes the people is not the target: the people are.
    ("Gunmen abducted two engineers working on a dam project in Kohistan.", Target.CIVILIANS, "engineers"),
    ("Labourers employed at a power plant were kidnapped near Sibi.", Target.CIVILIANS, "Labourers"),
    ("Attackers killed three technicians repairing a mobile tower in Kech.", Target.CIVILIANS, "technicians"),
    ("Militants blew up a dam under construction near Chitral.", Target.INFRASTRUCTURE, "dam"),
    # A clause dating the event by another one names that other event's target, not this one's.
    (
        "A bomb went off in a vegetable market in Kohat, wounding nine shoppers, hours after a separate "
        "blast targeted an army truck.",
        Target.CIVILIANS,
        "market",
    ),
    (
        "Days after militants attacked a Levies post, gunmen kidnapped two teachers near Panjgur.",
        Target.EDUCATION,
        "teachers",
    ),
    # A man who has left the forces is a civilian; one still serving is not.
    (
        "Unidentified gunmen shot dead a former officer of the Afghan National Army in Pul-e-Alam.",
        Target.CIVILIANS,
        "Army",
    ),
    ("Gunmen shot dead a retired policeman near his home in Quetta.", Target.CIVILIANS, "policeman"),
    (
        "Security forces detained 300 serving and former military personnel over the coup attempt.",
        Target.MILITARY,
        "military",
    ),
]


@pytest.mark.parametrize(("text", "target", "words"), TARGET_CASES)
def test_classify_target(text: str, target: Target, words: str) -> None:
    reading = classify_target(text)
    assert reading.target is target
    assert reading.evidence is not None
    assert reading.evidence.text.lower() == words.lower()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "A bomb exploded in Quetta.",
        "Police said the situation was under control.",
        "Militants attacked from three sides.",
    ],
)
def test_no_target_named(text: str) -> None:
    reading = classify_target(text)
    assert reading.target is None
    assert reading.evidence is None


def test_evidence_offsets_index_the_article() -> None:
    article = "Headline. Unknown men opened fire on a polio team in Bannu."
    start = article.index("Unknown")
    reading = classify_target(article[start:], offset=start, producer="rules.v7")
    assert reading.evidence is not None
    assert reading.evidence.field is EvidenceField.TARGET
    assert article[reading.evidence.start : reading.evidence.end] == "polio team"
    assert reading.evidence.producer == "rules.v7"
