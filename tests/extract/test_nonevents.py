"""Sport, fiction, rhetoric, campaigns and mishaps lend violent words but report no event; look-alikes do."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.events import Sentence, read_sentence
from waqia.extract.nonevents import StoryKind, drop_figurative_triggers, read_story
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, make_article_id

PUBLISHED = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)


def _article(text: str) -> Article:
    return Article(article_id=make_article_id(url=None, text=text), text=text, published_at=PUBLISHED)


def _triggers(text: str) -> list[str]:
    sentence = Sentence(start=0, end=len(text), text=text)
    (reading,) = drop_figurative_triggers([read_sentence(sentence)], text=text)
    return [trigger.text for trigger in reading.triggers]


SPORT_STORY = (
    "KARACHI: Karachi Kings' spin attack strangled Quetta Gladiators on Friday as the hosts won by "
    "27 runs at "
    "the National Stadium to go second on the points table. The Gladiators' openers were both bowled inside "
    "the powerplay, and their captain fell to a sharp return catch in the ninth over. The visitors never "
    'recovered from that assault. "We attacked from the first over and killed the chase early," the Kings '
    "skipper said after the match."
)
HOCKEY_STORY = (
    "IPOH: Pakistan edged Japan 3-2 in a bruising clash at the Azlan Shah tournament on Tuesday. The battle "
    "turned in the final quarter when the captain fired a reverse shot past the goalkeeper, and the "
    "coach said "
    "his side had struck when it mattered to keep alive their hopes of a place in the final."
)
STADIUM_ATTACK = (
    "LAHORE: A suicide bomber blew himself up outside the Gaddafi Stadium during a league match on Sunday, "
    "killing four policemen and injuring 12 spectators, police said. The match was abandoned and both teams "
    "were escorted to their hotel. Cricket officials said the tournament's remaining games would move to "
    "Karachi, and the coach of the visiting side said his players were shaken."
)
FILM_REVIEW = (
    "The new film opens with a bomb blast in a crowded Karachi market that kills dozens, and its characters "
    "spend two hours running from the shock of it. The director handles the crowd scenes with skill, and the "
    "lead actor, who plays a policeman hunting the bombers, gives the performance of his career. Critics at "
    "the premiere were divided on the screenplay, and audiences may find the second half slow."
)
CINEMA_ATTACK = (
    "PESHAWAR: Two people were injured when attackers hurled a grenade into a cinema in Peshawar during the "
    "screening of a new film on Friday night, police said. The film's director condemned the attack, and the "
    "cinema was closed until further notice."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (SPORT_STORY, StoryKind.SPORT),
        (HOCKEY_STORY, StoryKind.SPORT),
        (FILM_REVIEW, StoryKind.FICTION),
        (CINEMA_ATTACK, StoryKind.NEWS),
        ("Militants attacked a police station in Bannu on Monday, killing two constables.", StoryKind.NEWS),
    ],
)
def test_a_story_is_read_by_its_distinct_sport_and_fiction_words(text: str, kind: StoryKind) -> None:
    assert read_story(text).kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader launched a scathing attack on the government's economic policies.",
        "The former minister attacked the prime minister over the rising cost of electricity.",
        "Speakers at the seminar made a veiled attack on the judiciary.",
        "The hospital treated 900 people with blast injuries and 1,100 with gunshot wounds last year.",
        "Thousands of supporters attended an election rally addressed by the party chief in Mardan ahead of "
        "the polls.",
        "The wave swept through the bazaar like a bomb, residents said.",
        "The alert said militants were planning suicide attacks on convoys of foreign engineers.",
        "Opposition members staged a walkout from the National Assembly in protest at the new taxes.",
    ],
)
def test_rhetoric_wounds_and_campaign_rallies_are_no_triggers(text: str) -> None:
    assert _triggers(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen attacked the ruling party's office in Quetta, killing a guard.", "attacked"),
        ("The attack on the government offices in Wana killed three clerks.", "attack"),
        (
            "Hundreds of party workers staged a rally against the delay in the election results in Mardan.",
            "rally",
        ),
        ("A roadside bomb hit a bus carrying election staff in Kech, killing four of them.", "roadside bomb"),
    ],
)
def test_look_alikes_keep_their_trigger(text: str, trigger: str) -> None:
    assert any(trigger in found for found in _triggers(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [SPORT_STORY, HOCKEY_STORY, FILM_REVIEW])
def test_sport_and_fiction_stories_give_no_event(extractor: RulesExtractor, text: str) -> None:
    assert extractor.extract(_article(text)) == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (STADIUM_ATTACK, "Suicide bomb"),
        (CINEMA_ATTACK, "Grenade"),
        # A walkout outside a legislature is a strike, not a gesture in the house.
        (
            "KARACHI: Dock workers staged a walkout at the port on Monday to protest unpaid wages.",
            "Peaceful protest",
        ),
    ],
)
def test_attacks_in_sport_and_culture_settings_are_events(
    extractor: RulesExtractor, text: str, sub_type: str
) -> None:
    mentions = extractor.extract(_article(text))
    main = [mention.sub_event_type.value for mention in mentions if mention.role.value == "main"]
    assert main == [sub_type]


MISHAP = (
    "RAWALPINDI: Three people died and nine were injured when a blast ripped through a restaurant on Murree "
    "Road on Tuesday. Rescue workers cordoned off the area. Police said the explosion was caused by "
    "a leaking "
    "gas cylinder in the kitchen and ruled out sabotage."
)
MISHAP_THEN_BOMB = (
    "QUETTA: Two people were killed when an explosion tore through a vegetable market on Tuesday. Officials "
    "first blamed the blast on a gas cylinder, but the bomb disposal squad later said the explosion "
    "was caused "
    "by an improvised explosive device planted under a cart."
)


@pytest.mark.model
def test_an_explosion_put_down_to_gas_is_no_event(extractor: RulesExtractor) -> None:
    assert extractor.extract(_article(MISHAP)) == ()


@pytest.mark.model
def test_a_blast_first_blamed_on_gas_then_on_a_bomb_is_an_event(extractor: RulesExtractor) -> None:
    mentions = extractor.extract(_article(MISHAP_THEN_BOMB))
    assert [mention.sub_event_type.value for mention in mentions] == ["Remote explosive/landmine/IED"]


FLOOD = (
    "MINGORA: Flash floods killed at least 11 people and swept away dozens of shops in Swat on Monday, "
    "officials said. Army troops and rescue teams pulled survivors from the water, and one resident said the "
    "torrent hit the market like a blast. Police detained a contractor whose embankment gave way."
)
COURT = (
    "QUETTA: An anti-terrorism court in Quetta on Tuesday sentenced three men to death for the bombing of a "
    "passenger train near Sibi in March 2022. Nine passengers were killed when the bomb went off under a "
    "carriage. The convicts can appeal to the high court."
)
RALLY_STORY = (
    "MARDAN: Thousands of supporters gathered at the district sports complex on Sunday for the party's last "
    "election meeting before the polls. The rally went on until late evening and the candidates promised "
    "jobs and roads to the voters of the constituency."
)


@pytest.mark.model
@pytest.mark.parametrize("text", [FLOOD, RALLY_STORY])
def test_flood_and_campaign_stories_give_no_event(extractor: RulesExtractor, text: str) -> None:
    assert extractor.extract(_article(text)) == ()


@pytest.mark.model
def test_the_attack_a_court_story_rules_on_is_background(extractor: RulesExtractor) -> None:
    mentions = extractor.extract(_article(COURT))
    assert mentions
    assert {mention.role.value for mention in mentions} == {"background"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "At least four spectators were killed and 18 others injured when a bomb exploded in the stands "
            "of a cricket stadium during a tournament match on Sunday.",
            "bomb",
        ),
        (
            "A cylinder bomb went off outside the police station late on Tuesday, wounding two constables.",
            "bomb",
        ),
    ],
)
def test_people_counted_harmed_beside_a_match_or_a_cylinder_bomb_keep_the_blast(
    text: str, trigger: str
) -> None:
    assert any(trigger in found for found in _triggers(text))


def test_a_match_sentence_without_people_harmed_keeps_its_veto() -> None:
    assert _triggers("The pace attack blew away the top order in the semi-final of the tournament.") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Gunmen stormed a maternity hospital in western Kabul on Tuesday, shooting mothers, nurses and "
            "patients.",
            "stormed",
        ),
        (
            "Lady health workers staged a sit-in outside the provincial assembly on Monday, demanding "
            "regular pay.",
            "sit-in",
        ),
        ("Party workers rallied in Peshawar on Friday, alleging massive rigging in the polls.", "rallied"),
        (
            "Unknown men attacked the provincial minister's house over the weekend, hurling a hand grenade "
            "at the gate.",
            "grenade",
        ),
    ],
)
def test_news_sentences_near_the_figures_of_speech_keep_their_trigger(text: str, trigger: str) -> None:
    assert any(trigger in found for found in _triggers(text))


ROUND_UP = (
    "KOHAT: Six passengers were killed and 14 injured when a bus collided with a truck on the Indus Highway "
    "near Kohat on Monday, rescue officials said. In a separate incident, a remote-controlled bomb "
    "exploded near "
    "a police van in Hangu, injuring two policemen."
)


@pytest.mark.model
def test_a_bomb_in_a_road_accident_round_up_is_an_event(extractor: RulesExtractor) -> None:
    mentions = extractor.extract(_article(ROUND_UP))
    assert [mention.sub_event_type.value for mention in mentions] == ["Remote explosive/landmine/IED"]


STAGE_REVIEW = (
    "ISLAMABAD: Armed men storm a village wedding and a bride is abducted in the first scene of "
    '"Baraat", the new stage play at the Pakistan National Council of the Arts. The playwright keeps '
    "the violence off stage, and the theatre goes dark each time a shot rings out. Reviewers praised "
    "the two leads, and the opening night ended with a long curtain call."
)
GALLERY_SHOW = (
    "KARACHI: A canvas of a village after a bomb blast hangs at the centre of a new exhibition of 30 "
    "artists at the Frere Hall gallery. The curator said the paintings and sculptures ask what conflict "
    "leaves behind. The show runs until the end of the month."
)
DE_MINING = (
    "KABUL: Clearance teams destroyed more than 9,000 landmines and unexploded mortar shells in the "
    "past year, the mine action agency said on Monday. Most of the devices were left over from earlier "
    "wars. Explosive remnants killed or injured 210 people during the year, most of them children, it "
    "said."
)
PASSING_OUT = (
    "PESHAWAR: Six hundred police recruits marched past the governor at a passing-out parade on "
    "Thursday, presented arms and fired a volley in salute. A commando squad staged a mock raid on a "
    "compound and freed hostages held by men playing militants. The governor took the salute and gave "
    "awards to the best recruits."
)
VIGIL = (
    "QUETTA: Hundreds of people lit candles on Sunday evening at a memorial vigil for the victims of a "
    "bombing in the city in 2013. Families read the names of the dead and laid wreaths at the memorial, "
    "and the vigil ended quietly after prayers."
)
VIGIL_WITH_DEMANDS = (
    "QUETTA: Hundreds of people held a candlelight vigil outside the press club on Sunday evening and "
    "demanded that the killers of a rights activist shot dead last week be arrested."
)
HEATWAVE = (
    "HYDERABAD: The death toll from the heatwave rose to 19 on Monday, hospital officials said. "
    "Charities set up water camps and relief camps at bus stops, and the district administration closed "
    "schools."
)


@pytest.mark.model
@pytest.mark.parametrize("text", [STAGE_REVIEW, GALLERY_SHOW, DE_MINING, PASSING_OUT, VIGIL, HEATWAVE])
def test_stage_gallery_drill_remembrance_and_remnant_stories_give_no_main_event(
    extractor: RulesExtractor, text: str
) -> None:
    assert [mention for mention in extractor.extract(_article(text)) if mention.role.value == "main"] == []


@pytest.mark.model
def test_a_vigil_that_voices_demands_is_a_protest(extractor: RulesExtractor) -> None:
    subtypes = {mention.sub_event_type.value for mention in extractor.extract(_article(VIGIL_WITH_DEMANDS))}
    assert "Peaceful protest" in subtypes


@pytest.mark.parametrize(
    ("text", "kind"),
    [(STAGE_REVIEW, StoryKind.ARTS), (GALLERY_SHOW, StoryKind.ARTS), (PASSING_OUT, StoryKind.EXERCISE)],
)
def test_stage_and_gallery_stories_read_as_arts_and_parades_as_drills(text: str, kind: StoryKind) -> None:
    assert read_story(text).kind is kind


ANNIVERSARY = (
    "PESHAWAR: Students and teachers gathered at the school on Monday for the anniversary of the "
    "massacre. Gunmen stormed the school on December 16, 2014, and killed more than 140 people."
)


@pytest.mark.model
def test_an_event_dated_years_before_the_article_is_background(extractor: RulesExtractor) -> None:
    mentions = extractor.extract(_article(ANNIVERSARY))
    assert mentions
    assert {mention.role.value for mention in mentions} == {"background"}


# Real attacks told with the words of the rules above: venues, parades, unexploded weapons, anniversaries.
CONCERT_ATTACK = (
    "MINGORA: Gunmen opened fire on the audience at a music concert in Swat on Saturday night, killing "
    "three people. The band's guitarist and two singers were among the wounded, and the gallery of the "
    "hall was damaged. Police said the attackers fled on motorcycles."
)
PARADE_ATTACK = (
    "KHOST: A suicide bomber struck a military parade in Khost as soldiers marched past the saluting "
    "dais, killing nine recruits and wounding 20, officials said."
)
FRESH_UXO = (
    "BAJAUR: A mortar shell fired from across the border landed in a village on Tuesday but failed to "
    "explode, residents said. Security forces cordoned off the area."
)
ANNIVERSARY_ATTACK = (
    "KHAR: Militants attacked a checkpost in Bajaur on Monday, the anniversary of the school massacre, "
    "killing two soldiers, the military said."
)
VIGIL_PLACARDS = (
    "LAHORE: Lawyers held a candlelight vigil outside the high court on Friday, carrying placards and "
    "asking for the arrest of the men who shot dead a colleague last week."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (CONCERT_ATTACK, "Attack"),
        (PARADE_ATTACK, "Suicide bomb"),
        # A fired shell that failed to explode: ACLED reads it as the shelling or as a disrupted weapon.
        (FRESH_UXO, "Shelling/artillery/missile attack|Disrupted weapons use"),
        (ANNIVERSARY_ATTACK, "Armed clash"),
        (VIGIL_PLACARDS, "Peaceful protest"),
    ],
)
def test_real_events_beside_venue_parade_remnant_and_anniversary_words_stay_main(
    extractor: RulesExtractor, text: str, sub_type: str
) -> None:
    main = [m.sub_event_type.value for m in extractor.extract(_article(text)) if m.role.value == "main"]
    assert set(sub_type.split("|")) & set(main)


def test_a_month_named_may_is_no_threat() -> None:
    text = (
        "According to an intelligence monitoring group, the TTP on May 21 claimed responsibility for the "
        "killing of a schoolteacher in Bannu. Its fighters shot the teacher outside his home, the group said."
    )
    assert not read_story(text, lead=read_sentence(Sentence(start=0, end=len(text), text=text))).threat_lead
