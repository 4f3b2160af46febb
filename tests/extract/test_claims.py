"""Tests of reading the perpetrator and the claim status from an event's text."""

from __future__ import annotations

import re

import pytest

from waqia.extract.actors import ActorDictionary, load_actor_dictionary
from waqia.extract.claims import MentionRole, read_attribution, read_mention_role, split_sentences
from waqia.model import ClaimStatus, EvidenceField


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actor_dictionary()


CLAIMED = ClaimStatus.CLAIMED
THEN_DENIED = ClaimStatus.CLAIMED_THEN_DENIED
DENIED = ClaimStatus.DENIED
UNCLAIMED = ClaimStatus.UNCLAIMED
ATTRIBUTED = ClaimStatus.ATTRIBUTED
UNKNOWN = ClaimStatus.UNKNOWN

# (text, perpetrator actor_id or None, status, claimed_by ids, denied_by ids)
ATTRIBUTION_CASES = [
    # Claims, active and passive.
    (
        "The Tehreek-e-Taliban Pakistan claimed responsibility for the ambush near Tank.",
        "ttp",
        CLAIMED,
        ["ttp"],
        [],
    ),
    ("The TTP has claimed the attack in a message to reporters.", "ttp", CLAIMED, ["ttp"], []),
    ("The bombing of the bus was claimed by the Baloch Liberation Army.", "bla", CLAIMED, ["bla"], []),
    ("The BLA, in a statement, said it carried out the raid on the camp.", "bla", CLAIMED, ["bla"], []),
    (
        "A spokesman for the Balochistan Liberation Front, speaking by phone, accepted responsibility.",
        "blf",
        CLAIMED,
        ["blf"],
        [],
    ),
    ("ISKP claimed on Friday that its fighters had planted the bomb.", "iskp", CLAIMED, ["iskp"], []),
    (
        "A gunman killed a cleric in Quetta. Later Lashkar-e-Jhangvi took responsibility for the killing.",
        "lej",
        CLAIMED,
        ["lej"],
        [],
    ),
    (
        "The Hafiz Gul Bahadur group said in an email that its men carried out the assault on the fort.",
        "hafiz_gul_bahadur_group",
        CLAIMED,
        ["hafiz_gul_bahadur_group"],
        [],
    ),
    # The group telling its own deed claims it.
    (
        "Al-Shabaab said its fighters killed seven soldiers in a raid on a base in Lower Shabelle.",
        "al_shabaab",
        CLAIMED,
        ["al_shabaab"],
        [],
    ),
    # The medium named between, a unit of the group, people held, a raid claimed.
    (
        "The Sindhudesh Revolutionary Army said in an e-mail that its men had planted the device under the "
        "bridge.",
        "sra",
        CLAIMED,
        ["sra"],
        [],
    ),
    (
        "The BLA said one of its suicide squads had carried out the attack on the convoy near Nokkundi.",
        "bla",
        CLAIMED,
        ["bla"],
        [],
    ),
    ("The TTP said it was holding the two surveyors seized near Karak.", "ttp", CLAIMED, ["ttp"], []),
    ("Militants stormed a post in Bajaur; the TTP claimed the raid.", "ttp", CLAIMED, ["ttp"], []),
    # Holding talks is no deed.
    ("The TTP said it was holding talks with a tribal jirga in Bajaur.", None, UNKNOWN, [], []),
    (
        "The BLA said in a statement that its commandos had stormed two camps in Panjgur.",
        "bla",
        CLAIMED,
        ["bla"],
        [],
    ),
    (
        "Boko Haram said it had abducted the schoolgirls from Chibok.",
        "boko_haram",
        CLAIMED,
        ["boko_haram"],
        [],
    ),
    (
        "ISKP said one of its fighters carried out the suicide bombing at the ministry in Kabul.",
        "iskp",
        CLAIMED,
        ["iskp"],
        [],
    ),
    # The state telling its operation acted, but makes no claim.
    ("Police said they killed five TTP militants in a raid in Bannu.", "pk_police", UNKNOWN, [], []),
    (
        "Militants stormed the post at night. The group, in a video, claimed responsibility.",
        None,
        CLAIMED,
        [],
        [],
    ),
    # Factions and parents.
    (
        "Jamaat-ul-Ahrar, a breakaway faction of the TTP, claimed the bombing. The TTP distanced itself.",
        "jua",
        CLAIMED,
        ["jua"],
        ["ttp"],
    ),
    (
        "TTP splinter group Jamaat-ul-Ahrar claimed the blast, while the TTP denied any involvement.",
        "jua",
        CLAIMED,
        ["jua"],
        ["ttp"],
    ),
    (
        "A splinter group of the TTP, the Sajna group, claimed responsibility for blowing up the school.",
        "ttp_sajna",
        CLAIMED,
        ["ttp_sajna"],
        [],
    ),
    # Claims later withdrawn, denials.
    (
        "The TTP claimed responsibility for the blast on Monday. On Tuesday the TTP denied involvement.",
        "ttp",
        THEN_DENIED,
        ["ttp"],
        ["ttp"],
    ),
    (
        "Hizb-ul-Ahrar first claimed the attack but later retracted its claim.",
        "hua",
        THEN_DENIED,
        ["hua"],
        ["hua"],
    ),
    ("The Afghan Taliban denied involvement in the border shooting.", None, DENIED, [], ["afghan_taliban"]),
    ("The TTP said it had nothing to do with the market bombing.", None, DENIED, [], ["ttp"]),
    (
        "Police blamed the TTP for the bombing, but the group rejected the claim.",
        "ttp",
        DENIED,
        [],
        ["ttp"],
    ),
    # Nobody claimed.
    ("No group has yet claimed responsibility for the blast.", None, UNCLAIMED, [], []),
    ("There was no immediate claim of responsibility for the shooting.", None, UNCLAIMED, [], []),
    ("The attack has not been claimed so far, officials said.", None, UNCLAIMED, [], []),
    (
        "No group claimed the bombing, but officials blamed the Baloch Liberation Army.",
        "bla",
        ATTRIBUTED,
        [],
        [],
    ),
    # Attributed: blamed, suspected, said to have acted.
    (
        "Officials blamed Lashkar-e-Jhangvi for the killing of the Hazara shopkeepers.",
        "lej",
        ATTRIBUTED,
        [],
        [],
    ),
    ("Suspected BLA militants shot dead two labourers in Turbat.", "bla", ATTRIBUTED, [], []),
    ("Police suspect the BLF was behind the blast.", "blf", ATTRIBUTED, [], []),
    ("TTP militants attacked a checkpost in North Waziristan.", "ttp", ATTRIBUTED, [], []),
    ("The attack was carried out by ISKP fighters, police said.", "iskp", ATTRIBUTED, [], []),
    (
        "The attackers belonged to the banned Lashkar-e-Jhangvi, the police chief said.",
        "lej",
        ATTRIBUTED,
        [],
        [],
    ),
    (
        "Gunmen believed to be members of al-Shabaab raided a village near Lamu.",
        "al_shabaab",
        ATTRIBUTED,
        [],
        [],
    ),
    ("Suspicion fell on the Haqqani network after the truck bomb.", "haqqani_network", ATTRIBUTED, [], []),
    ("Officials attributed the ambush to Jaish-e-Mohammed.", "jem", ATTRIBUTED, [], []),
    ("Police blamed the attack on the TTP.", "ttp", ATTRIBUTED, [], []),
    (
        "Boko Haram fighters loyal to the Islamic State attacked a base in Borno.",
        "boko_haram",
        ATTRIBUTED,
        [],
        [],
    ),
    ("A PKK roadside bomb attack killed two soldiers in Mardin.", "pkk", ATTRIBUTED, [], []),
    # In a clash, the group on the other side of the force acted, unless it is the one killed.
    (
        "A soldier was martyred in a gunfight with Lashkar-e-Islam militants in Tirah.",
        "lashkar_e_islam",
        ATTRIBUTED,
        [],
        [],
    ),
    (
        "Two policemen died in an exchange of fire between police and TTP militants in Bannu.",
        "ttp",
        ATTRIBUTED,
        [],
        [],
    ),
    (
        "Four TTP militants were killed in an encounter with the CTD in Dera Ismail Khan.",
        "ctd",
        UNKNOWN,
        [],
        [],
    ),
    # Verbs and phrasings of acting.
    ("ISKP fighters tried to storm a seminary in Bajaur.", "iskp", ATTRIBUTED, [], []),
    ("BLA militants assassinated a tribal elder in Kalat.", "bla", ATTRIBUTED, [], []),
    ("The TTP used a car bomb in the assault on the FC camp.", "ttp", ATTRIBUTED, [], []),
    (
        "Two soldiers died in an attack of Hafiz Gul Bahadur group militants.",
        "hafiz_gul_bahadur_group",
        ATTRIBUTED,
        [],
        [],
    ),
    ("Unknown men claimed the killing of two TTP commanders in Tank.", None, CLAIMED, [], []),
    # A group's mark left at the scene attributes the attack to it.
    (
        "A bomb was found outside a school in Mardan; a TTP slogan was painted on the box, police said.",
        "ttp",
        ATTRIBUTED,
        [],
        [],
    ),
    ("Pamphlets of the banned BLF were found beside the bodies in Turbat.", "blf", ATTRIBUTED, [], []),
    # The perpetrator is never the victim.
    ("Militants attacked a TTP commander's house in Bannu.", None, UNKNOWN, [], []),
    ("An army convoy was attacked in Kurram.", None, UNKNOWN, [], []),
    ("Gunmen killed two TTP members in a market in Tank.", None, UNKNOWN, [], []),
    ("Unidentified gunmen ambushed a Levies patrol in Kalat.", None, UNKNOWN, [], []),
    # State forces acting; another country's forces named by a generic word have no actor.
    ("The Iraqi army killed twelve Islamic State fighters near Mosul.", None, UNKNOWN, [], []),
    ("Police killed three TTP militants in a raid in Karachi.", "pk_police", UNKNOWN, [], []),
    (
        "Security forces killed five militants in an operation in Tirah, the ISPR said.",
        "pk_military",
        UNKNOWN,
        [],
        [],
    ),
    ("The CTD arrested two suspected Lashkar-e-Jhangvi militants in Quetta.", "ctd", UNKNOWN, [], []),
    ("Four LeJ militants were shot dead in a police encounter in Karachi.", "pk_police", UNKNOWN, [], []),
    (
        "Two militants were killed in an exchange of fire with the Frontier Corps.",
        "frontier_corps",
        UNKNOWN,
        [],
        [],
    ),
    ("Pakistan Air Force jets struck militant hideouts in Khyber.", "paf", UNKNOWN, [], []),
    ("Sindh Police officials said police killed two robbers in Lyari.", "sindh_police", UNKNOWN, [], []),
    (
        "Security forces killed five TTP militants who had attacked a checkpost in Lakki Marwat.",
        "ttp",
        ATTRIBUTED,
        [],
        [],
    ),
    # The group's own bomber or gunmen, or militants tied to it by a hyphen, acted.
    ("A TTP suicide bomber walked into the mosque in Peshawar during prayers.", "ttp", ATTRIBUTED, [], []),
    ("Two BLA gunmen on a motorbike sprayed the van with bullets in Kech.", "bla", ATTRIBUTED, [], []),
    ("LeJ-linked gunmen shot dead a trader in Quetta.", "lej", ATTRIBUTED, [], []),
    ("Police arrested a TTP suicide bomber near Swat before he could strike.", "pk_police", UNKNOWN, [], []),
    (
        "Nine people, including four policemen, were killed when a suicide bomber struck a van in Bannu.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    ("ISKP-affiliated militants were arrested in Bajaur on Friday.", None, UNKNOWN, [], []),
    # The attackers named as members of, or belonging to, a group.
    ("The raid was carried out by fighters from the Baloch Liberation Army.", "bla", ATTRIBUTED, [], []),
    (
        "The ambush was staged by militants belonging to the Islamic State Khorasan Province.",
        "iskp",
        ATTRIBUTED,
        [],
        [],
    ),
    ("Police raided a hideout of militants from the TTP in Tank.", "pk_police", UNKNOWN, [], []),
    ("The gunmen, believed to be from the BLF, escaped on foot.", "blf", ATTRIBUTED, [], []),
    (
        "A cleric was shot dead in Karachi, with LeJ militants suspected to be behind the killing.",
        "lej",
        ATTRIBUTED,
        [],
        [],
    ),
    # A claim that names the act without "that" or "responsibility".
    # Those arrested or killed "belonging to X" are on the receiving end; attackers linked to X acted.
    (
        "The CTD on Monday arrested three suspects belonging to the banned Lashkar-e-Jhangvi in Quetta.",
        "ctd",
        UNKNOWN,
        [],
        [],
    ),
    ("Soldiers killed four militants linked to the BLA near Kohlu.", "pk_army", UNKNOWN, [], []),
    (
        "The paramilitary force arrested six suspects linked to the MQM in Karachi.",
        "pk_military",
        UNKNOWN,
        [],
        [],
    ),
    ("Gunmen affiliated with the BLF killed two labourers in Kech.", "blf", ATTRIBUTED, [], []),
    # A force reporting what it did itself acted: "the department said it had arrested".
    (
        "The CTD said on Friday it had arrested four suspects belonging to the ISKP in Bajaur.",
        "ctd",
        UNKNOWN,
        [],
        [],
    ),
    ("Police said they were attacked by TTP militants near Tank.", "ttp", ATTRIBUTED, [], []),
    ("The TTP claimed it killed six soldiers near Wana.", "ttp", CLAIMED, ["ttp"], []),
    ("In a video the BLA claimed they had ambushed the convoy.", "bla", CLAIMED, ["bla"], []),
    ("A raid by Huthi militia killed 25 soldiers near the border.", "houthis", ATTRIBUTED, [], []),
    (
        "Officials blamed the BLF for the ambush, and the group claimed it a day later.",
        "blf",
        CLAIMED,
        ["blf"],
        [],
    ),
    ("Police claimed it was a suicide attack on the checkpost.", None, UNKNOWN, [], []),
    # "Claimed by the same group" names the group the text named last, never one on the receiving end.
    (
        "The BLA claimed the ambush in Kech. Gunmen later killed two guards in an attack claimed by the "
        "same group.",
        "bla",
        CLAIMED,
        ["bla"],
        [],
    ),
    (
        "Police said TTP militants were killed in the raid. A bombing in Swat was claimed by the group.",
        None,
        CLAIMED,
        [],
        [],
    ),
    # A claim in other words, and a claim by a group's wing.
    ("A blast hit a bazaar in Bannu. The TTP said it was behind the bombing.", "ttp", CLAIMED, ["ttp"], []),
    (
        "A guard was shot in Turbat. A BLF spokesman said his group was responsible for the killing.",
        "blf",
        CLAIMED,
        ["blf"],
        [],
    ),
    ("The media wing of the BLA claimed the ambush in Kech.", "bla", CLAIMED, ["bla"], []),
    ("Police said they were behind the raid on the TTP hideout.", None, UNKNOWN, [], []),
    # "Owned" is Pakistani copy's verb for a claim (issue #3).
    ("The banned BLA owned the blast on the railway track near Sibi.", "bla", CLAIMED, ["bla"], []),
    ("In a statement the TTP owns the attack on the checkpost.", "ttp", CLAIMED, ["ttp"], []),
    # A denial told as a clause after the verb: "denied the group had any role".
    (
        "A blast hit a market in Kabul. A Taliban spokesman denied the group had any role in the attack.",
        None,
        DENIED,
        [],
        ["afghan_taliban"],
    ),
    (
        "Gunmen killed a cleric in Quetta. The LeJ denied that it was behind the killing.",
        None,
        DENIED,
        [],
        ["lej"],
    ),
    # The group telling its own deed with a verb of its weapon: "said its fighters lobbed grenades".
    (
        "The BLF said its fighters hurled grenades at a paramilitary post near Hoshab on Monday.",
        "blf",
        CLAIMED,
        ["blf"],
        [],
    ),
    # A claim denied in so many words names no claimant, whichever group it names.
    (
        "Police blamed the TTP for the assault on the checkpost. There was no claim of responsibility from "
        "the TTP.",
        "ttp",
        ATTRIBUTED,
        [],
        [],
    ),
    # Accused of sheltering those who attack: no blame for this deed.
    (
        "Pakistani military aircraft bombed homes in Kunar, killing eight civilians. Islamabad has accused "
        "the Taliban of sheltering fighters who carry out attacks in Pakistan.",
        "pk_military",
        UNKNOWN,
        [],
        [],
    ),
    # Nothing said.
    ("A bomb exploded near a bus stop in Quetta, killing two people.", None, UNKNOWN, [], []),
    ("Police said the militants fled after the attack.", None, UNKNOWN, [], []),
]


@pytest.mark.parametrize("case", ATTRIBUTION_CASES, ids=[case[0][:60] for case in ATTRIBUTION_CASES])
def test_read_attribution(
    actors: ActorDictionary,
    case: tuple[str, str | None, ClaimStatus, list[str], list[str]],
) -> None:
    text, perpetrator, status, claimed_by, denied_by = case
    attribution = read_attribution(text, actors=actors)
    expected = actors.actor(perpetrator) if perpetrator else None
    assert attribution.perpetrator == expected
    assert attribution.claim.status is status
    assert list(attribution.claim.claimed_by) == [actors.actor(actor_id).name for actor_id in claimed_by]
    assert list(attribution.claim.denied_by) == [actors.actor(actor_id).name for actor_id in denied_by]


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The text without its marks, and the spans of [[the event's]] and {{another event's}} sentences."""
    text = ""
    spans: dict[str, list[tuple[int, int]]] = {"[[": [], "{{": []}
    position = 0
    for match in re.finditer(r"\[\[(.*?)\]\]|\{\{(.*?)\}\}", marked, flags=re.DOTALL):
        text += marked[position : match.start()]
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        spans[match.group(0)[:2]].append((len(text), len(text) + len(inner)))
        text += inner
        position = match.end()
    return text + marked[position:], spans["[["], spans["{{"]


# The whole article with the event's sentences [[marked]] and other events' sentences {{marked}}:
# (article, perpetrator actor_id or None, status, claimed_by ids, denied_by ids).
SCOPED_CASES = [
    (
        "[[A bomb killed five people at a market in Quetta on Monday.]] Shops stayed shut on Tuesday. "
        "The Baloch Liberation Army claimed responsibility in a statement.",
        "bla",
        CLAIMED,
        ["bla"],
        [],
    ),
    (
        "TTP claims Bannu attack\n[[Militants attacked a police post in Bannu, killing two constables.]]",
        "ttp",
        CLAIMED,
        ["ttp"],
        [],
    ),
    (
        "[[A bomb killed five people in Quetta on Monday.]] {{Gunmen shot dead two labourers in Kech in "
        "March.}} The BLF claimed responsibility for that attack.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    (
        "[[Gunmen shot dead two policemen in Bannu.]] The TTP had claimed a similar attack in 2019.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    (
        "[[A suicide bomber struck a rally in Bajaur, killing 40 people.]] Officials blamed ISKP.",
        "iskp",
        ATTRIBUTED,
        [],
        [],
    ),
    (
        "[[A bomb exploded near a school in Swat.]] {{In a separate incident, TTP militants attacked a "
        "checkpost in Dir.}}",
        None,
        UNKNOWN,
        [],
        [],
    ),
    (
        "[[Two people were killed in a blast in Peshawar.]] Police cordoned off the area. No group has "
        "claimed responsibility.",
        None,
        UNCLAIMED,
        [],
        [],
    ),
    (
        "[[A blast killed three soldiers in Kurram.]] Jamaat-ul-Ahrar claimed the bombing. Hours later "
        "the group disowned the claim.",
        "jua",
        THEN_DENIED,
        ["jua"],
        ["jua"],
    ),
    (
        "[[A bomb exploded at a market in Quetta, killing three.]] Police said BLA militants had planted "
        "the device.",
        "bla",
        ATTRIBUTED,
        [],
        [],
    ),
    (
        "{{Last month the BLA attacked a bus in Gwadar.}} [[On Sunday gunmen killed two labourers in Kech.]]",
        None,
        UNKNOWN,
        [],
        [],
    ),
    # A clause recalling an earlier event inside the event's own sentence, and "that bombing" after it,
    # speak of the earlier event: its claimant is not this event's.
    (
        "[[A bomb went off at a bus stand in Kohat on Friday.]] [[The blast was the worst in the town since "
        "May 2021, when a suicide bomber struck a mosque.]] Islamic State claimed that bombing.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    (
        "[[Gunmen killed a shopkeeper in Turbat.]] [[It was the third killing there since 2022, when BLF "
        "fighters shot two traders.]]",
        None,
        UNKNOWN,
        [],
        [],
    ),
    (
        "[[Five soldiers died when a mine hit their truck in Kech.]] [[Officials compared it to an ambush "
        "last year, when BLA militants killed nine.]] The BLF claimed the mine attack.",
        "blf",
        CLAIMED,
        ["blf"],
        [],
    ),
    # When the recalled event is the one read, the sentence after it is its own: "that attack" is it.
    (
        "{{Police beat back an assault on a post in Zhob.}} [[In March 2022, militants stormed the same "
        "post.]] The Tehreek-e-Jihad Pakistan claimed that attack.",
        "tehreek_e_jihad",
        CLAIMED,
        ["tehreek_e_jihad"],
        [],
    ),
    # A force named only in the sentences after the event responds to it; it did not act in it.
    (
        "[[A grenade was hurled at a police station in Kohat, wounding two constables.]] Police launched "
        "a search operation in the area.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    (
        "[[A bomb wrecked a gas pipeline in Dera Bugti.]] Security forces cordoned off the area. BLA "
        "militants had planted the device, officials said.",
        "bla",
        ATTRIBUTED,
        [],
        [],
    ),
    # A sentence about a period ("since 2022", "in recent years") tells of many attacks, not this one.
    (
        "[[A suicide bomber struck a police post in Bannu.]] No group claimed it. Attacks on police have "
        "risen since 2022, most of them claimed by the TTP.",
        None,
        UNCLAIMED,
        [],
        [],
    ),
    (
        "[[A roadside bomb hit a minibus in Kabul.]] Such bombings were common before 2021, the year in "
        "which a suicide attack at the airport, claimed by ISKP, killed 170 people.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    # "Either blast", "both attacks": the sentence speaks of every event of the article.
    (
        "[[A bomb hit a van in Kech.]] {{Hours later a second bomb went off at a shop in Turbat.}} No group "
        "has claimed either blast.",
        None,
        UNCLAIMED,
        [],
        [],
    ),
    # An operation whose own sentence has the group killed: the force the story shows acting carried it out.
    (
        "[[Four LeJ militants were killed during a raid in Quetta on Friday.]] The CTD team retaliated after "
        "the militants opened fire, officials said.",
        "ctd",
        UNKNOWN,
        [],
        [],
    ),
    # No operation: a force named afterwards only responds.
    (
        "[[Two TTP militants were killed when their bomb went off early in Bannu.]] The CTD sealed the area.",
        None,
        UNKNOWN,
        [],
        [],
    ),
    # "That attack" with no recalled event before it is still this event's.
    (
        "[[Militants stormed a checkpost in Tank at night.]] Two hours later the TTP claimed that attack.",
        "ttp",
        CLAIMED,
        ["ttp"],
        [],
    ),
]


@pytest.mark.parametrize("case", SCOPED_CASES, ids=[case[0][:60] for case in SCOPED_CASES])
def test_read_attribution_of_one_event_in_the_whole_article(
    actors: ActorDictionary,
    case: tuple[str, str | None, ClaimStatus, list[str], list[str]],
) -> None:
    marked, perpetrator, status, claimed_by, denied_by = case
    text, event_spans, other_spans = _unmark(marked)
    attribution = read_attribution(text, actors=actors, event_spans=event_spans, other_spans=other_spans)
    expected = actors.actor(perpetrator) if perpetrator else None
    assert attribution.perpetrator == expected
    assert attribution.claim.status is status
    assert list(attribution.claim.claimed_by) == [actors.actor(actor_id).name for actor_id in claimed_by]
    assert list(attribution.claim.denied_by) == [actors.actor(actor_id).name for actor_id in denied_by]
    for item in attribution.evidence:
        assert text[item.start : item.end] == item.text


def test_evidence_offsets_index_the_article(actors: ActorDictionary) -> None:
    article = "Quetta, May 2: Gunmen attacked a bus. The Baloch Liberation Army claimed responsibility."
    start = article.index("Gunmen")
    attribution = read_attribution(article[start:], offset=start, actors=actors, producer="rules.v9")
    fields = {item.field for item in attribution.evidence}
    assert fields == {EvidenceField.PERPETRATOR, EvidenceField.CLAIM}
    for item in attribution.evidence:
        assert article[item.start : item.end] == item.text
        assert item.producer == "rules.v9"
    perpetrator_evidence = next(
        item for item in attribution.evidence if item.field is EvidenceField.PERPETRATOR
    )
    assert perpetrator_evidence.text == "Baloch Liberation Army"


def test_unclaimed_evidence_points_at_the_statement(actors: ActorDictionary) -> None:
    text = "A blast hit Quetta. No group has claimed the attack."
    attribution = read_attribution(text, actors=actors)
    assert [item.text for item in attribution.evidence] == ["No group has claimed"]


def test_no_text_no_attribution(actors: ActorDictionary) -> None:
    attribution = read_attribution("", actors=actors)
    assert attribution.perpetrator is None
    assert attribution.claim.status is UNKNOWN
    assert attribution.evidence == ()


@pytest.mark.parametrize(
    ("sentence", "mention", "role"),
    [
        ("TTP militants attacked a checkpost.", "TTP", MentionRole.AGENT),
        ("Police killed three TTP militants.", "TTP", MentionRole.VICTIM),
        ("Police killed three TTP militants.", "Police", MentionRole.AGENT),
        ("Three soldiers were martyred in the blast.", "soldiers", MentionRole.VICTIM),
        ("The convoy was attacked by BLA fighters.", "BLA", MentionRole.AGENT),
        ("Officials blamed the BLF.", "BLF", MentionRole.BLAMED),
        ("Police said two men were hurt.", "Police", MentionRole.SPEAKER),
        ("According to police, two men were hurt.", "police", MentionRole.SPEAKER),
        ("FC personnel retaliated and the attackers fled.", "FC", MentionRole.RESPONDER),
        ("Militants clashed with the Levies for an hour.", "Levies", MentionRole.COUNTERPART),
        ("It was the second attack on the police this week.", "police", MentionRole.VICTIM),
        ("The police raid ended at dawn.", "police", MentionRole.AGENT),
        ("Police arrested three suspected TTP men.", "TTP", MentionRole.VICTIM),
        ("Suspected TTP men opened fire.", "TTP", MentionRole.AGENT),
        # An aside between the subject and its verb.
        ("BLA fighters dressed in police uniforms stormed the camp.", "BLA", MentionRole.AGENT),
        ("TTP gunmen on two motorbikes opened fire on the van.", "TTP", MentionRole.AGENT),
        ("TTP militants in the area were arrested.", "TTP", MentionRole.VICTIM),
        ("Police arrested a commander of the TTP in an attack that killed two.", "TTP", MentionRole.VICTIM),
        ("LeJ men, who had hidden in a shop, shot the trader.", "LeJ", MentionRole.AGENT),
        # A person's group in an aside: the member does what the person does.
        ("A youth, a member of the TTP, stabbed a guard.", "TTP", MentionRole.AGENT),
        ("Two bombers, alleged members of the banned LeJ, blew themselves up.", "LeJ", MentionRole.AGENT),
        ("A bomber, from the BLA outfit, struck the convoy.", "BLA", MentionRole.AGENT),
        ("The suspect, a member of the TTP, was arrested in Swat.", "TTP", MentionRole.VICTIM),
        ("The raid on traders, members of the TTP, killed two.", "TTP", MentionRole.VICTIM),
        ("Gunmen, probably BLA fighters, shot two labourers.", "BLA", MentionRole.BLAMED),
        ("The bomber had pledged allegiance to ISKP.", "ISKP", MentionRole.BLAMED),
        ("Officials said the blast was the work of the TTP.", "TTP", MentionRole.BLAMED),
        ("Police termed the ambush an act of the banned BLA.", "BLA", MentionRole.BLAMED),
        ("The police praised the work of the CTD.", "CTD", MentionRole.OTHER),
        ("The TTP has been reported to have killed the elder.", "TTP", MentionRole.AGENT),
        ("Two TTP suicide bombers were killed at the gate.", "TTP", MentionRole.AGENT),
        ("Two TTP commanders were killed at the gate.", "TTP", MentionRole.VICTIM),
        ("TTP militants attempted a night attack on the post.", "TTP", MentionRole.AGENT),
        ("A truck hit a BLA landmine near Kohlu.", "BLA", MentionRole.AGENT),
        ("A TTP twin suicide bombing hit the base.", "TTP", MentionRole.AGENT),
        ("The bomber was identified as a member of the banned LeJ.", "LeJ", MentionRole.BLAMED),
        # The force or group a person told of belonged to is the side acted on, as for "TTP commanders".
        ("The dead guard was a member of the Levies.", "Levies", MentionRole.VICTIM),
        ("Sources said Dawar was a commander of the TTP who had fled.", "TTP", MentionRole.VICTIM),
        ("Kabul accused the ISI of harbouring the militants.", "ISI", MentionRole.OTHER),
        ("Officials accused the BLA of the killings.", "BLA", MentionRole.BLAMED),
        # "Suspect" as a verb with its object blames; as an adjective it does not.
        ("No group has claimed it, but officials suspect the BRA.", "BRA", MentionRole.BLAMED),
        ("Police suspected the TTP of the bombing.", "TTP", MentionRole.BLAMED),
        ("Police arrested a suspected member of the BLA.", "BLA", MentionRole.VICTIM),
    ],
)
def test_read_mention_role(sentence: str, mention: str, role: MentionRole) -> None:
    start = sentence.index(mention)
    assert read_mention_role(sentence, start, start + len(mention)) is role


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two here.", ["One.", "Two here."]),
        ("Lt. Gen. Ahmed said so. Then he left.", ["Lt. Gen. Ahmed said so.", "Then he left."]),
        ("Officials in D.I. Khan said it. More later.", ["Officials in D.I. Khan said it.", "More later."]),
        ("A line\nAnother line", ["A line", "Another line"]),
        ('He said "we did it." Police disagreed.', ['He said "we did it."', "Police disagreed."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == sentences


@pytest.mark.parametrize("case", SCOPED_CASES[:6], ids=[case[0][:60] for case in SCOPED_CASES[:6]])
def test_actor_matches_found_once_give_the_same_attribution(
    actors: ActorDictionary,
    case: tuple[str, str | None, ClaimStatus, list[str], list[str]],
) -> None:
    text, event_spans, other_spans = _unmark(case[0])
    expected = read_attribution(text, actors=actors, event_spans=event_spans, other_spans=other_spans)
    reused = read_attribution(
        text,
        actors=actors,
        event_spans=event_spans,
        other_spans=other_spans,
        actor_matches=actors.find_actors(text),
    )
    assert reused == expected


@pytest.mark.parametrize(
    ("country_code", "perpetrator"),
    [
        ("PK", "Islamic State Khorasan Province"),
        ("AF", "Islamic State Khorasan Province"),
        ("IQ", "Islamic State"),
        (None, "Islamic State"),
    ],
)
def test_a_group_claiming_where_its_branch_acts_is_the_branch(
    actors: ActorDictionary, country_code: str | None, perpetrator: str
) -> None:
    text = "A bomb tore through a crowded market on Friday. The Islamic State group (IS) claimed the attack."
    attribution = read_attribution(text, actors=actors, country_code=country_code)
    assert attribution.perpetrator is not None
    assert attribution.perpetrator.name == perpetrator
    assert attribution.claim.claimed_by == (perpetrator,)


@pytest.mark.parametrize(
    ("country_code", "perpetrator", "status"),
    [
        ("PK", "Pakistani police", UNKNOWN),
        (None, "Pakistani police", UNKNOWN),
        # Elsewhere the police are that country's, which the dictionary has no entry for.
        ("FR", None, UNKNOWN),
    ],
)
def test_generic_force_words_are_pakistans_only_at_home(
    actors: ActorDictionary, country_code: str | None, perpetrator: str | None, status: ClaimStatus
) -> None:
    text = "Police raided a flat on Sunday and shot dead a man wanted for the stabbing."
    attribution = read_attribution(text, actors=actors, country_code=country_code)
    assert (attribution.perpetrator.name if attribution.perpetrator else None) == perpetrator
    assert attribution.claim.status is status


@pytest.mark.parametrize(
    ("country_code", "status"),
    [("AF", ATTRIBUTED), ("PK", UNKNOWN), (None, UNKNOWN)],
)
def test_a_force_striking_across_the_border_is_attributed(
    actors: ActorDictionary, country_code: str | None, status: ClaimStatus
) -> None:
    text = "Pakistani military aircraft bombed two houses in Barmal late on Monday, local officials said."
    attribution = read_attribution(text, actors=actors, country_code=country_code)
    assert attribution.perpetrator == actors.actor("pk_military")
    assert attribution.claim.status is status


def test_a_unit_named_acting_narrows_the_force(actors: ActorDictionary) -> None:
    text = (
        "Security forces killed six militants in North Waziristan on Friday. Troops surrounded the "
        "compound before dawn and engaged the militants, the ISPR said."
    )
    attribution = read_attribution(text, actors=actors, event_spans=split_sentences(text))
    assert attribution.perpetrator == actors.actor("pk_army")


def test_a_claim_after_a_sentence_about_every_event_is_every_events(actors: ActorDictionary) -> None:
    text = (
        "A car bomb went off outside a court in Quetta. An hour later a bomber struck a rally in Mastung. "
        "Fifty people were hurt in the two bombings. Islamic State claimed responsibility on Sunday."
    )
    sentences = split_sentences(text)
    first, second = [sentences[0]], [sentences[1]]
    for own, other in ((first, second), (second, first)):
        attribution = read_attribution(text, actors=actors, event_spans=own, other_spans=other)
        assert attribution.claim.status is CLAIMED
        assert attribution.perpetrator == actors.actor("islamic_state")


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded near a police van in Quetta. Officials blamed the TTP. They said the group had "
        "carried "
        "out similar attacks before.",
        "A bomb exploded near a police van in Quetta. Analysts said the TTP was behind the blast, and "
        "they said "
        "the group was responsible for the bombing.",
    ],
)
def test_others_saying_a_group_was_behind_is_blame_not_a_claim(actors: ActorDictionary, text: str) -> None:
    attribution = read_attribution(text, actors=actors)
    assert attribution.claim.status is ClaimStatus.ATTRIBUTED
    assert attribution.claim.claimed_by == ()


def test_the_group_saying_it_was_behind_is_a_claim(actors: ActorDictionary) -> None:
    text = "A bomb exploded near a police van in Quetta. The TTP said it was behind the blast."
    attribution = read_attribution(text, actors=actors)
    assert attribution.claim.status is ClaimStatus.CLAIMED
    assert attribution.claim.claimed_by == ("Tehreek-e-Taliban Pakistan",)


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        # "Army" ending another force's name is not Pakistan's army.
        ("Two policemen were hurt in a raid by the National Liberation Army in Arauca.", None),
        ("Fighters of the Free Syrian Army shelled a village near Azaz.", None),
        # ... while the army of the home country, written either way, still is.
        ("The Army said its troops shot dead four militants in Tirah.", "pk_army"),
        ("Pakistani Army troops shot dead four militants in Tirah.", "pk_army"),
    ],
)
def test_another_armys_name_is_not_the_army(
    actors: ActorDictionary, text: str, perpetrator: str | None
) -> None:
    attribution = read_attribution(text, actors=actors)
    expected = actors.actor(perpetrator) if perpetrator else None
    assert attribution.perpetrator == expected


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("ELN guerrillas detonated a bomb under an oil pipeline.", "eln"),
        ("FARC guerrillas kidnap a consul in Cali.", "farc"),
        ("The IRA firebombed a department store in London.", "pira"),
        ("NPA rebels ambushed an army patrol in Samar.", "npa"),
        # An acronym in brackets stands where its name stands.
        ("Guerrillas of the National Liberation Army (ELN) killed two farmers in Tame.", "eln"),
        ("The Provisional Irish Republican Army plants an incendiary bomb outside a restaurant.", "pira"),
        # A group's weapon as the subject of the killing.
        ("An IRA landmine kills the ambassador and his secretary.", "pira"),
    ],
)
def test_guerrillas_and_firebombs_name_who_acted(
    actors: ActorDictionary, text: str, perpetrator: str
) -> None:
    assert read_attribution(text, actors=actors).perpetrator == actors.actor(perpetrator)


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        # A neighbour's fire names its force; the victims "killed in" it name who acted.
        ("Two civilians were killed in unprovoked Indian shelling in Kotli.", "india_military"),
        ("Indian shelling killed two civilians in the Neelum valley.", "india_military"),
        ("A woman was injured by Iranian firing near Mand.", "iran_military"),
        ("Three policemen were injured in a BLA attack in Quetta.", "bla"),
        # Fire answered is not fire that harmed.
        ("Pakistani troops responded to Indian firing along the Line of Control.", None),
    ],
)
def test_fire_named_by_its_force(actors: ActorDictionary, text: str, perpetrator: str | None) -> None:
    expected = actors.actor(perpetrator) if perpetrator else None
    assert read_attribution(text, actors=actors).perpetrator == expected


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        (
            "Gunmen shot dead three Hazara shopkeepers in Quetta. Initial investigations pointed towards the "
            "banned LeJ.",
            "lej",
        ),
        ("A bomb went off near a Levies post in Kech. Officials said the evidence points to the BLF.", "blf"),
        ("Two policemen were shot dead in Bannu. Police pointed the finger at the TTP.", "ttp"),
    ],
)
def test_evidence_pointing_to_a_group_blames_it(actors: ActorDictionary, text: str, actor_id: str) -> None:
    attribution = read_attribution(text, actors=actors)
    assert attribution.perpetrator == actors.actor(actor_id)
    assert attribution.claim.status is ClaimStatus.ATTRIBUTED
