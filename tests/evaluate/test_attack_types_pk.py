"""GTD attack types of Pakistan- and Afghanistan-style incident reports: whom an attack aimed at, which
weapon opened it, and what it damaged (no spaCy)."""

from __future__ import annotations

import re

import pytest
from mention_builders import event_mention as make_mention

from waqia.evaluate.attack_types import (
    BARRICADE_CUE,
    KIDNAP_CUE,
    PLANTED_EXPLOSIVE,
    TITLED_SUBJECT_KILLED,
    AttackType,
    attack_type_of,
    is_explosive_attack,
    is_incidental_victim,
    weapon_sentences,
)
from waqia.model import SubEventType

S = SubEventType
A = AttackType


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Unidentified gunmen shot dead Awami National Party leader Haji Gul Khan outside his hujra.",
            S.ATTACK,
        ),
        (
            "Gunmen opened fire on the vehicle of MPA Sardar Khan, killing him and his driver.",
            S.ATTACK,
        ),
        ("A former provincial minister, Mir Ali Jan, was shot dead by armed men near his home.", S.ATTACK),
        ("Militants assassinated a pro-government tribal elder in the Salarzai area.", S.ATTACK),
        ("A judge of the anti-terrorism court was shot dead on his way to court.", S.ATTACK),
        ("Gunmen killed journalist Zaman Ali near the press club in Khuzdar.", S.ATTACK),
        ("Gunmen shot dead a Provincial Assembly candidate outside his election office in Lyari.", S.ATTACK),
        ("Gunmen shot dead Member of the Provincial Assembly Karim Dad in the bazaar.", S.ATTACK),
        (
            "Gunmen shot dead the district governor of Nad Ali, Mohammad Karim, as he left the mosque.",
            S.ATTACK,
        ),
        # Explosives aimed at a titled person's car (GTD: an assassination carried out with an explosive is
        # an assassination).
        (
            "A roadside bomb targeted the car of a provincial council member, killing him and two guards.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        (
            "A magnetic bomb attached to the vehicle of a Kabul prosecutor went off, killing the prosecutor.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
    ],
)
def test_an_attack_aimed_at_one_person_of_note_is_an_assassination(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is A.ASSASSINATION


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # Rank-and-file police and soldiers, and officers killed with their men (GTD: "the killing of a
        # police officer would be an armed assault").
        ("Gunmen opened fire on a police patrol in Lakki Marwat, killing three constables.", S.ATTACK),
        (
            "Gunmen fired on a police mobile in Quetta, killing an assistant sub-inspector and a constable.",
            S.ATTACK,
        ),
        ("Unidentified gunmen shot dead SHO Akbar Khan of Saddar police station near his home.", S.ATTACK),
        (
            "Militants ambushed a Frontier Corps convoy, killing a lieutenant colonel and two soldiers.",
            S.ATTACK,
        ),
        (
            "Insurgents ambushed an army patrol in Helmand, killing a battalion commander and six soldiers.",
            S.ARMED_CLASH,
        ),
        # A person of note among several victims: the attack was on the many.
        (
            "Twelve people, including a tribal elder, were killed when gunmen fired on a jirga in Kurram.",
            S.ATTACK,
        ),
        (
            "Gunmen fired on a wedding party in Kohat, killing three guests, among them Councillor Amir Gul.",
            S.ATTACK,
        ),
        (
            "Militants stormed a village and shot dead six people, among them Malik Gul Zaman, an elder.",
            S.ATTACK,
        ),
        (
            "Gunmen fired on a peace committee meeting, killing its chairman Haji Nawab and five volunteers.",
            S.ATTACK,
        ),
        # A relative or aide of a person of note.
        ("Gunmen shot dead Sardarzada Gul Khan, the son of a tribal chief, in the Kharan bazaar.", S.ATTACK),
        ("Khan Zaman, a bodyguard of the provincial minister, was shot dead near the secretariat.", S.ATTACK),
        # Members of a group, and a titled speaker.
        ("Gunmen shot dead four members of a peace committee in Bara.", S.ATTACK),
        ("Two polio workers were shot dead by men on a motorcycle in Karachi's Orangi Town.", S.ATTACK),
        ("Gunmen shot dead a policeman guarding a polio vaccination team in Charsadda.", S.ATTACK),
        (
            "Gul Khan, the district police chief, said the gunmen shot dead two labourers at a brick kiln.",
            S.ATTACK,
        ),
        # Gunfire first, a grenade after, in an attack the extractor reads as one: coded by the first weapon.
        (
            "Gunmen opened fire on a Levies checkpoint, then hurled a grenade at it, wounding three men.",
            S.ATTACK,
        ),
        # A death makes an attack on a supply container an attack on people.
        (
            "Militants fired on a container carrying supplies for NATO forces, killing its driver.",
            S.ATTACK,
        ),
    ],
)
def test_an_attack_on_ranks_groups_or_crowds_is_an_armed_assault(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is A.ARMED_ASSAULT


@pytest.mark.parametrize(
    ("text", "sub_type", "sentence"),
    [
        ("A remote-controlled bomb struck a police van in Peshawar, killing three policemen.", S.ATTACK, ""),
        (
            "A suicide bomber blew himself up at the funeral of a tribal elder in Dir, killing 30 mourners.",
            S.SUICIDE_BOMB,
            "",
        ),
        (
            "A suicide bomber struck an election rally of a provincial assembly candidate in Bannu.",
            S.SUICIDE_BOMB,
            "",
        ),
        (
            "A sticky bomb attached to a police van exploded in Quetta, wounding two constables.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            "",
        ),
        (
            "A bomb planted in a cart went off near a polio centre in Quetta, killing nine policemen.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            "",
        ),
        # The event's own sentence gives only its toll: the weapon is read from the report.
        (
            "An explosive device hidden in a motorcycle went off near a polio team in Mardan. "
            "Two policemen escorting the team were killed in the attack.",
            S.ATTACK,
            "Two policemen escorting the team were killed in the attack.",
        ),
        (
            "A roadside bomb hit a van carrying tribal elders to a jirga in Kurram. "
            "Five people were killed and four injured.",
            S.ATTACK,
            "Five people were killed and four injured.",
        ),
        # A blast first, gunfire after: coded by the first weapon.
        (
            "A bomb went off near a police van in Quetta, and gunmen then opened fire on the policemen.",
            S.ATTACK,
            "",
        ),
        ("Militants blew up a girls' school in Khyber Agency overnight; no one was hurt.", S.ATTACK, ""),
        # "Gunmen" name the attackers, not their weapon; a rifle grenade is a grenade.
        ("Gunmen hurled a grenade at a music shop in Mardan, wounding its owner.", S.ATTACK, ""),
        ("Militants fired a rifle grenade at the Levies post in Turbat.", S.GRENADE, ""),
        (
            "Militants blew up an electricity pylon in Nasirabad, cutting power to several districts.",
            S.LOOTING_PROPERTY_DESTRUCTION,
            "",
        ),
    ],
)
def test_an_attack_opened_by_explosives_is_a_bombing(
    text: str, sub_type: SubEventType, sentence: str
) -> None:
    mention = make_mention(text, sub_type, sentence=sentence)
    assert attack_type_of(mention, text) is A.BOMBING


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Militants set ablaze six NATO oil tankers parked at a terminal in Khyber Agency.", S.ATTACK),
        (
            "Unidentified men torched a government girls' school in Swat at night.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("Gunmen opened fire on NATO supply containers near Torkham; no one was hurt.", S.ATTACK),
        ("Unknown men set fire to a mobile phone tower in Panjgur.", S.ATTACK),
    ],
)
def test_damage_to_property_with_nobody_killed_is_a_facility_attack(
    text: str, sub_type: SubEventType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is A.FACILITY


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Militants abducted two polio workers from a village in Bajaur.", S.ABDUCTION_FORCED_DISAPPEARANCE),
    ],
)
def test_an_abduction_is_a_kidnapping(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is A.KIDNAPPING


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("Seven people, including a local councillor, was shot dead at the market.", True),
        ("Six people were hit, among them a local councillor, who was shot dead.", True),
        ("A local councillor was shot dead at the market; his guard was among the injured.", False),
        ("A local councillor was shot dead at the market.", False),
        # "Including the governor" refers back to the one the attack was aimed at.
        ("Five people, including the district governor, were hit; the governor was shot dead.", False),
        # "Including" in the sentence before names another victim.
        (
            "A bomb wounded five people, including a child. A local councillor was shot dead at the market.",
            False,
        ),
    ],
)
def test_a_titled_victim_named_among_others_is_incidental(sentences: str, expected: bool) -> None:
    found = TITLED_SUBJECT_KILLED.search(sentences)
    assert found is not None
    assert is_incidental_victim(sentences, found) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Only the toll: the weapon is read in the report up to the event's sentence.
        ("Four were killed in the attack.", "A bomb hit the bus. Four were killed in the attack."),
        ("Gunmen killed two guards.", "Gunmen killed two guards."),
    ],
)
def test_the_weapon_is_read_from_the_report_when_the_event_names_none(sentence: str, expected: str) -> None:
    text = f"A bomb hit the bus. {sentence} Separately, a grenade hit a shop."
    mention = make_mention(text, S.ATTACK, sentence=sentence)
    assert weapon_sentences(mention, sentence, text) == expected


def test_the_weapon_of_an_earlier_separate_event_is_not_read() -> None:
    sentence = "Two policemen were killed in an attack in Tank."
    text = f"A roadside bomb killed three soldiers in Kech. Separately, {sentence}"
    mention = make_mention(text, S.ATTACK, sentence=sentence)
    assert "bomb" not in weapon_sentences(mention, sentence, text)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("A blast hit the post, then gunmen opened fire.", True),
        ("Gunmen opened fire on the post, then threw grenades.", False),
        ("A grenade was hurled at the post.", True),
        ("Gunmen hurled a grenade at the post.", True),
        ("Militants fired rifle-grenades at the post, then a bomb exploded.", True),
    ],
)
def test_an_attack_is_coded_by_its_first_weapon(sentences: str, expected: bool) -> None:
    assert is_explosive_attack(S.ATTACK, sentences) is expected


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # GTD's Armed Assault includes grenades, projectiles and thrown devices used together with firearms.
        (
            "Militants with Kalashnikovs and hand grenades stormed a Levies post in Kech.",
            S.GRENADE,
            A.ARMED_ASSAULT,
        ),
        (
            "Insurgents attacked the ANA base with small arms and rocket-propelled grenades.",
            S.GRENADE,
            A.ARMED_ASSAULT,
        ),
        (
            "Gunmen threw an explosive device at the checkpost and then opened fire.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ARMED_ASSAULT,
        ),
        # Without a firearm, or with a planted, remote or suicide device, the explosive codes a bombing.
        ("Men on a motorbike lobbed a hand grenade into a barber shop.", S.GRENADE, A.BOMBING),
        (
            "A suicide bomber blew himself up at the gate before gunmen opened fire on the guards.",
            S.SUICIDE_BOMB,
            A.BOMBING,
        ),
        (
            "A roadside device went off under the FC van and gunmen then fired at the survivors.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
    ],
)
def test_grenades_thrown_alongside_firearms_are_an_armed_assault(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # The blast killed one named person of note: the attack aimed at that person.
        (
            "A remote-controlled device killed Haji Daud Shah, a senior Aman Lashkar leader, near Wana.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A magnetic bomb killed Sher Ali Baloch, the deputy commissioner of Kech, on the highway.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        # A bomb at a named person's house or near a convoy, the owner unharmed, is coded by the weapon;
        # so is a titled officer killed in a blast not said to be aimed at him.
        (
            "A bomb went off outside the house of Gul Zaman, a provincial minister; nobody was hurt.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        (
            "A device exploded near a Levies van. Rashid Khan, a Levies colonel, was killed in the blast.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        (
            "A roadside bomb killed four soldiers, including a colonel, in Datta Khel.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
    ],
)
def test_a_blast_that_killed_a_named_person_of_note_is_an_assassination(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A courtesy title is part of the name; a title "of" an organisation needs no article.
        (
            "Gunmen fired at the car of Dr. Nasir Jan, chairman of the Baloch Students Union, in Turbat.",
            A.ASSASSINATION,
        ),
        (
            "Gunmen opened fire at Mr. Qadir Bux, president of the local bar, outside the courts.",
            A.ASSASSINATION,
        ),
        # A title whose assembly is named after a place.
        (
            "Gunmen shot dead Amjad Rind, a member of the Sindh provincial assembly, in Larkana.",
            A.ASSASSINATION,
        ),
        # A named member of a political party; an unnamed member among the dead of a clash is not aimed at.
        (
            "Gunmen shot and killed Noor Wali, a member of the Awami National Party, in Mardan.",
            A.ASSASSINATION,
        ),
        (
            "Gunmen shot dead Fazal Haq, an office-bearer of the Pakistan Peoples Party, in Larkana.",
            A.ASSASSINATION,
        ),
        ("A member of the Muttahida Qaumi Movement was killed during an exchange of fire.", A.ARMED_ASSAULT),
        ("Gunmen shot and killed Noor Wali, a shopkeeper, in Mardan.", A.ARMED_ASSAULT),
    ],
)
def test_a_named_person_of_note_shot_is_an_assassination(text: str, expected: AttackType) -> None:
    assert attack_type_of(make_mention(text, S.ATTACK), text) is expected


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # People taken away in an attack: GTD's hierarchy puts hostage taking before armed assault.
        (
            "Armed men seized two Korean engineers at a dam site after shooting their guard.",
            S.ATTACK,
            A.KIDNAPPING,
        ),
        ("Militants snatched three polio workers from a clinic in Bara.", S.ATTACK, A.KIDNAPPING),
        ("Gunmen attacked a bus and whisked away 12 passengers.", S.ATTACK, A.KIDNAPPING),
        # Things seized, or militants captured by troops in a clash, are no hostages.
        ("Gunmen raided the police station and seized a stock of rifles.", S.ATTACK, A.ARMED_ASSAULT),
        (
            "Troops killed four militants and captured two others after a gunfight.",
            S.ARMED_CLASH,
            A.ARMED_ASSAULT,
        ),
    ],
)
def test_people_seized_in_an_attack_are_a_kidnapping(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # Hostages held where they were taken (GTD: "the incident plays out at the target location").
        (
            "Gunmen stormed a wedding hall in Quetta and held the guests hostage for six hours.",
            S.ATTACK,
            A.BARRICADE,
        ),
        (
            "Militants overran the rest house, then took the staff hostage until commandos cleared it.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        ("Attackers holed up in the hospital with patients as hostages.", S.ATTACK, A.BARRICADE),
        # Hostages taken away from the place are a kidnapping; a siege with no hostage is an armed assault.
        (
            "Gunmen took four traders hostage and drove them into the hills.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.KIDNAPPING,
        ),
        ("Gunmen stormed the police station and fought troops for six hours.", S.ATTACK, A.ARMED_ASSAULT),
    ],
)
def test_hostages_held_at_the_place_attacked_are_a_barricade_incident(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A single name, as many Pashtun and Baloch names are, given a title of note right after it.
        ("Gunmen shot dead Zarghun, a reporter for a Pashto weekly, in Wana.", A.ASSASSINATION),
        ("Armed men opened fire on Gulbadin, the tehsildar of Jamrud, near his office.", A.ASSASSINATION),
        # Pakistan's agency and district administrators are officials of note.
        (
            "Gunmen ambushed the car of Political Agent Tariq Hayat near Ghalanai and killed him.",
            A.ASSASSINATION,
        ),
        # The title is a relative's, or the name is a place's: no person of note aimed at.
        ("Gunmen shot dead Zarghun, the nephew of a tribal elder, in Wana.", A.ARMED_ASSAULT),
        ("Militants attacked Miranshah, the agency headquarters, with rifles.", A.ARMED_ASSAULT),
    ],
)
def test_a_single_named_or_administrative_person_of_note_is_an_assassination(
    text: str, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, S.ATTACK), text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Robbers snatched the cash from passengers on the bus near Kohat.",
        "Gunmen seized the weapons of the policemen at the checkpost.",
    ],
)
def test_things_taken_from_people_are_no_hostage_taking(text: str) -> None:
    assert attack_type_of(make_mention(text, S.ATTACK), text) is A.ARMED_ASSAULT


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (KIDNAP_CUE, "the gunmen seized the policemen's weapons", False),
        (KIDNAP_CUE, "the gunmen seized two policemen", True),
        (BARRICADE_CUE, "the kidnappers holed up in the mountains", False),
        (BARRICADE_CUE, "the gunmen holed up in the school with 20 hostages", True),
        (PLANTED_EXPLOSIVE, "officials of the mines department said", False),
        (PLANTED_EXPLOSIVE, "mines planted on the road", True),
    ],
)
def test_cues_do_not_read_possessives_hideouts_or_departments(
    pattern: re.Pattern[str], text: str, expected: bool
) -> None:
    assert (pattern.search(text) is not None) is expected


def test_holed_up_holding_hostages_is_a_barricade() -> None:
    text = "Gunmen holed up in a bank on Monday, holding 12 employees hostage, before surrendering."
    assert BARRICADE_CUE.search(text) is not None


# Session 8: whom an attack aimed at, read on the second GTD-style batch (benchmarks/data/GTD_STYLE2.md).
@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # A name with a lowercase particle is still one name before its title.
        (
            "A suicide bomber targeted Nasir Jamal al-Obaidi, a member of the Nineveh provincial council, "
            "at a funeral.",
            S.SUICIDE_BOMB,
            A.ASSASSINATION,
        ),
        (
            "Gunmen shot dead Pedro Luis de la Cruz, the mayor of a river town, outside the church.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # "Doe, head of X, was killed": a title of an organisation without an article, one victim.
        (
            "Rahim Gul, head of the district peace committee, was killed by gunmen near the bazaar.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Brigadier Anwar Saleem, director of operations in the northern sector, was shot dead on his "
            "way home.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # The chief of a service, with its service word before the title.
        (
            "A sniper shot dead the police chief of Kunar province as he toured a checkpoint.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
    ],
)
def test_titles_with_long_names_or_services_are_read(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # A device thrown at, or a bomber who targeted, a named person of note (or his convoy).
        (
            "Militants lobbed a hand grenade at Sher Ali Khan, a member of the district council, as he "
            "addressed villagers.",
            S.GRENADE,
            A.ASSASSINATION,
        ),
        (
            "A suicide bomber targeted the convoy of Qazi Fazal Rabbi, a provincial minister, near Swabi; "
            "the minister escaped unhurt.",
            S.SUICIDE_BOMB,
            A.ASSASSINATION,
        ),
        # Thrown at a house, or set off near a convoy: coded by the weapon.
        (
            "Militants lobbed a hand grenade at the house of a district council member; no one was hurt.",
            S.GRENADE,
            A.BOMBING,
        ),
        (
            "A roadside bomb exploded near the convoy of a provincial minister; two guards were hurt.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        # A titled person killed by a blast aimed at his own car, house or hujra.
        (
            "Haji Wali Dad, a tribal elder, was killed when a bomb planted in his car went off.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "Kohat's district police chief and his driver were killed when a suicide bomber rammed an "
            "explosives-laden van into his jeep.",
            S.SUICIDE_BOMB,
            A.ASSASSINATION,
        ),
        # A vehicle that hit a mine met an untargeted device; an unnamed elder is one of a kind.
        (
            "Haji Wali Dad, a tribal elder, was killed when his car hit a landmine on a dirt road.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        (
            "A tribal elder and two others were killed when a remote-controlled bomb struck his vehicle.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
    ],
)
def test_explosives_aimed_at_a_person_of_note_are_an_assassination(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        # A combatant of rank killed in a fight or by the state.
        (
            "A Taliban commander was killed during a gunfight with security forces in Zhari.",
            S.ARMED_CLASH,
            A.ARMED_ASSAULT,
        ),
        (
            "The leader of a banned outfit was shot dead by police in Lyari on Sunday.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # The title is that of another, named person.
        (
            "The brother and two sons of Malik Nawaz Khan, a tribal elder, were killed by gunmen.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # The house of a person of note attacked: aimed at that person only if he or she was harmed.
        (
            "Gunmen attacked the house of Qari Abdul Basit, a pro-government cleric, while he was away, "
            "killing two guards.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "Gunmen stormed the home of Zarmina Bibi, a women's rights activist, and shot her dead.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # An unnamed holder of a lesser title is one of a kind; high office, standing or a name make one.
        ("Gunmen shot dead a local leader of a religious party in Orangi Town.", S.ATTACK, A.ARMED_ASSAULT),
        ("A village councillor was shot dead near his fields in Mastung.", S.ATTACK, A.ARMED_ASSAULT),
        ("Unidentified gunmen shot dead a provincial minister outside his home.", S.ATTACK, A.ASSASSINATION),
        ("Gunmen shot dead a senior cleric of the city's main seminary.", S.ATTACK, A.ASSASSINATION),
        ("A cleric critical of the militants was shot dead outside his mosque.", S.ATTACK, A.ASSASSINATION),
        # The titled name is the source of the report, not the one attacked.
        (
            "According to Superintendent of Police Khalid Mehmood, a patrol was attacked by four gunmen.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "A former naib nazim (deputy head of a union council) Shah Jehan was shot dead in Swabi.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
    ],
)
def test_titled_victims_who_are_not_aimed_at_are_no_assassination(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(make_mention(text, sub_type), text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hostages freed weeks or months later were taken away: a kidnapping, wherever they were seized.
        ("Rebels took a district judge hostage at his office. He was freed two months later.", A.KIDNAPPING),
        (
            "Militants took five engineers hostage at the dam site and released them after three weeks.",
            A.KIDNAPPING,
        ),
        (
            "Gunmen took 20 employees hostage inside the bank until commandos stormed it after six hours.",
            A.BARRICADE,
        ),
    ],
)
def test_hostages_held_for_weeks_were_kidnapped(text: str, expected: AttackType) -> None:
    mention = make_mention(text, S.ABDUCTION_FORCED_DISAPPEARANCE)
    assert attack_type_of(mention, text) is expected
