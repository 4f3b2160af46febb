"""GTD attack type of mentions and their evidence sentences, and of an article's mentions (no spaCy)."""

from __future__ import annotations

import pytest
from mention_builders import event_mention as mention

from waqia.evaluate.attack_types import (
    AttackType,
    attack_type_of,
    choose_attack_mention,
    classify_attack_type,
    is_assassination,
    is_explosive_attack,
)
from waqia.model import Role, SubEventType

S = SubEventType
A = AttackType


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        (
            "A bomb hidden in a cart exploded near the bus stand, wounding six.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        ("Gunmen opened fire on a wedding party, killing four guests.", S.ATTACK, A.ARMED_ASSAULT),
        ("Rebels assassinated the deputy mayor outside his home.", S.ATTACK, A.ASSASSINATION),
        ("Gunmen shot dead a provincial judge on his way to court.", S.ATTACK, A.ASSASSINATION),
        (
            "Kamau, a senior opposition leader, and his driver were gunned down near the market.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "A district leader of the farmers' party, Jon Mbeki, was shot dead outside the mill.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        ("Gunmen shot dead opposition party leader Mara Velez near her office.", S.ATTACK, A.ASSASSINATION),
        # A bomb that hits a vehicle full of people, or a convoy, is a bombing.
        ("A bomb hit a bus carrying pilgrims near the shrine.", S.REMOTE_EXPLOSIVE_LANDMINE_IED, A.BOMBING),
        ("A mine struck a convoy of army trucks on the highway.", S.REMOTE_EXPLOSIVE_LANDMINE_IED, A.BOMBING),
        # Gunfire "at" people is no arson.
        (
            "Two guards were injured when gunmen opened fire at them near the depot.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # Several members of a group are not "specific, prominent individuals".
        ("Gunmen shot dead four clerics near the shrine.", S.ATTACK, A.ARMED_ASSAULT),
        (
            "Armed men hijacked a passenger bus on the highway and drove it to the hills.",
            S.ATTACK,
            A.HIJACKING,
        ),
        (
            "Militants kidnapped two engineers from the dam site.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.KIDNAPPING,
        ),
        (
            "Gunmen held twelve staff hostage inside the bank until police stormed it.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        (
            "Arsonists set fire to a girls' school at night; nobody was hurt.",
            S.LOOTING_PROPERTY_DESTRUCTION,
            A.FACILITY,
        ),
        (
            "Saboteurs cut the cables of a telecom tower. No one was injured.",
            S.LOOTING_PROPERTY_DESTRUCTION,
            A.FACILITY,
        ),
        # A petrol bomb is an incendiary, not an explosive: at a building it is a facility attack...
        (
            "Youths threw a petrol bomb at the party office. No casualties were reported.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.FACILITY,
        ),
        # ...and at people who are hurt, an armed assault.
        (
            "Two marchers were injured when men threw petrol bombs into the procession.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ARMED_ASSAULT,
        ),
        (
            "A mob beat a shopkeeper with sticks until he lost consciousness.",
            S.MOB_VIOLENCE,
            A.UNARMED_ASSAULT,
        ),
        ("Chlorine gas released in the camp sickened dozens.", S.CHEMICAL_WEAPON, A.UNARMED_ASSAULT),
        ("A man rammed his car into a crowd of worshippers, injuring nine.", S.ATTACK, A.UNARMED_ASSAULT),
        # A property attack that kills someone is an attack on people.
        (
            "Militants attacked a power plant and killed two guards.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # GTD: an assassination carried out with explosives is an Assassination.
        (
            "A bomb fixed under the car of Halima Osei exploded as she left the courthouse.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "Attackers hurled grenades at a vehicle owned by the district governor, wounding his driver.",
            S.GRENADE,
            A.ASSASSINATION,
        ),
        (
            "A device planted on Ferrante's yacht blew up in the harbour.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A courier handed a parcel to the tax commissioner, Omar Lindqvist; it exploded in his hands.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        # A vehicle of a group, or a parcel left at a building, is aimed at no one person: a bombing.
        (
            "A roadside bomb hit the vehicle of a group of aid workers near the border.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        (
            "A parcel bomb delivered to the Central Post Office exploded, injuring two clerks.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        # A bomb at a house or near a convoy is coded by the weapon, as GTD codes it.
        (
            "Militants set off explosives at the house of a party leader; the walls collapsed.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        # The codebook's "prominent" said of the one victim.
        ("A prominent cotton trader was shot dead outside his warehouse.", S.ATTACK, A.ASSASSINATION),
        # GTD files chemical weapons under Unarmed Assault, whatever delivers them.
        (
            "Insurgents fired rockets loaded with chlorine at the outpost, sickening eleven soldiers.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
            A.UNARMED_ASSAULT,
        ),
        ("A van ploughed into shoppers on the promenade, injuring fourteen.", S.ATTACK, A.UNARMED_ASSAULT),
        ("The driver attacked three conscripts with his truck at the gate.", S.ATTACK, A.UNARMED_ASSAULT),
        # Explosions named without a firearm make a bombing whatever sub-type the extractor chose (projectiles
        # are explosives in GTD's weapon list); with gunfire, GTD mostly codes the assault.
        ("Explosions tore through two police stations, killing nine.", S.ATTACK, A.BOMBING),
        ("Raiders armed with projectiles attacked the hilltop post.", S.ARMED_CLASH, A.BOMBING),
        (
            "Gunmen with rifles and grenades stormed the checkpoint, killing three guards.",
            S.ARMED_CLASH,
            A.ARMED_ASSAULT,
        ),
        # Property burnt and nobody killed: a facility attack, though the attackers carried guns.
        (
            "Armed men forced the guards out and set the depot on fire.",
            S.ATTACK,
            A.FACILITY,
        ),
        ("Gunmen stopped the convoy and burned six road-building trucks.", S.ATTACK, A.FACILITY),
        # Hostages held at the place they were taken: a barricade incident, not a kidnapping.
        (
            "Four gunmen took 30 staff hostage at the radio station and demanded a broadcast.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        (
            "The gunman held the passengers hostage for six hours; commandos then stormed the coach.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        (
            "A hostage crisis at the clinic ended when the attackers surrendered.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        (
            "Bandits seized five travellers on the highway and took them to a forest camp.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.KIDNAPPING,
        ),
        # A title before a name, capitalised or not, with the office it is a title of.
        (
            "Gunmen on a motorbike shot dead Deputy Superintendent of Police Karim Dad in the bazaar.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        ("Raiders killed Sheikh Omar Haleem outside the mosque.", S.ATTACK, A.ASSASSINATION),
        (
            "Gunmen shot and killed a senior Peoples Unity Party leader near the canal.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # A titled name as the subject of the attack, alone or with others hit with them.
        ("Provincial lawmaker Zarina Baloch was shot dead outside her home.", S.ATTACK, A.ASSASSINATION),
        (
            "Union party leader Tariq Mehmood, his nephew and a guard were gunned down near the mill.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        ("Councillor Amir Gul was attacked by gunmen on his way home.", S.ATTACK, A.ASSASSINATION),
        ("Militants gunned down the head of the village jirga near the river.", S.ATTACK, A.ASSASSINATION),
        (
            "Unknown men tried to kill Mir Jan Lashari, a former provincial minister, near the ferry.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # "Targeted killing" and "shot dead in a targeted attack" name one chosen victim...
        (
            "The group claimed the targeted killing of a schoolmaster in the valley.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        ("A shopkeeper was shot dead in a targeted attack near the depot.", S.ATTACK, A.ASSASSINATION),
        # ...a "wave" of them is a trend, and a clause between verb and title names no victim.
        (
            "Two men were shot dead in the latest wave of target killing in the port.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "Gunmen shot him dead; Superintendent of Police Aslam Noor said the motive was unclear.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # The titled name of the one who speaks is not the victim's...
        (
            "Gunmen killed Rahim Bakhsh near the mill, Saleem Akhtar, the district police chief, said.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # ...while a killing the police report is still aimed at the titled name.
        (
            "Gunmen killed Rahim Bakhsh, a tribal elder, near the mill, the police said.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # Rank-and-file police, a group's members and a leader's house are not one prominent person.
        ("Gunmen shot dead a traffic constable near the bus stand.", S.ATTACK, A.ARMED_ASSAULT),
        ("Gunmen attacked a tribal leader's guest house, killing two visitors.", S.ATTACK, A.ARMED_ASSAULT),
        ("Gunmen shot dead two members of a village defence committee.", S.ATTACK, A.ARMED_ASSAULT),
        # Explosives aimed at one titled, named person, and not at a crowd that includes one.
        (
            "A remote-controlled bomb targeted provincial minister Ghulam Rasool near his farm.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A device went off targeting Gul Zaman Afridi, a tribal elder, near the cattle market.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A device went off targeting Frontier Scouts, a spokesman of the force said.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        (
            "An explosive device attached to the car of Member of Provincial Assembly Nasir Khan went off.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A suicide bomber struck a mosque during prayers, killing a local cleric and nine worshippers.",
            S.SUICIDE_BOMB,
            A.BOMBING,
        ),
        # Blown up is a bombing, whatever the extractor called it; an incendiary that "detonates" is not.
        (
            "Militants blew up a gas pipeline near the plant. No casualties were reported.",
            S.LOOTING_PROPERTY_DESTRUCTION,
            A.BOMBING,
        ),
        (
            "Two incendiary devices detonated outside a bank overnight; nobody was hurt.",
            S.LOOTING_PROPERTY_DESTRUCTION,
            A.FACILITY,
        ),
        # Supply tankers and containers fired on or burnt with nobody killed: a facility attack.
        (
            "Gunmen opened fire on fuel tankers parked at a roadside inn; no casualties were reported.",
            S.ATTACK,
            A.FACILITY,
        ),
        ("Militants torched 20 supply containers at the terminal.", S.ATTACK, A.FACILITY),
        # Blunt objects are no firearms or blades: men "armed with" clubs make an unarmed assault.
        (
            "Men armed with clubs and iron rods attacked a vaccination team, injuring three.",
            S.ATTACK,
            A.UNARMED_ASSAULT,
        ),
        ("Men armed with pistols attacked a vaccination team, injuring three.", S.ATTACK, A.ARMED_ASSAULT),
        # Burns are the injury acid leaves, not a weapon of fire.
        ("Assailants threw acid on a teacher in Quetta, causing severe burns.", S.ATTACK, A.UNARMED_ASSAULT),
        ("A schoolgirl suffered burns when men threw acid at her.", S.ATTACK, A.UNARMED_ASSAULT),
        # People attacked at a place are what was attacked; the place only says where.
        (
            "Assailants armed with knives attacked passengers at a railway station in Kunming.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        ("Gunmen opened fire on worshippers outside the shrine office.", S.ATTACK, A.ARMED_ASSAULT),
        ("Gunmen opened fire on the office of a mobile phone company at night.", S.ATTACK, A.FACILITY),
        # A titled name whose title runs over a place and its parents, fired upon in the passive.
        (
            "Ghulam Nabi Lone, sarpanch of Hardshiva village, Sopore tehsil, Baramulla district, was fired "
            "upon outside his house.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # A judge named with his title before his name, killed by a bomb fixed to his own car.
        (
            "Judge Omar Sabri, who heard appeals in terrorism cases, was killed when a bomb fixed under his "
            "car exploded in Mosul.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "Ali Sabri, a presenter at a radio station, was shot dead outside his flat in Tripoli.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        ("Thousands marched peacefully to the assembly.", S.PEACEFUL_PROTEST, None),
        ("Police arrested three suspects in the city.", S.ARRESTS, None),
    ],
)
def test_attack_type_of_a_mention(text: str, sub_type: SubEventType, expected: AttackType | None) -> None:
    assert attack_type_of(mention(text, sub_type), text) == expected


# A foiled bomb is no assassination even when it was fixed to a named person's car: strictly it is no attack.
@pytest.mark.parametrize(
    "text",
    [
        "Police defused a bomb planted under a bridge.",
        "Police defused a bomb fixed under the car of Judge Amara Diallo.",
    ],
)
@pytest.mark.parametrize(("attempted", "expected"), [(False, None), (True, A.BOMBING)])
def test_a_defused_bomb_counts_only_under_gtd_convention(
    text: str, attempted: bool, expected: AttackType | None
) -> None:
    found = mention(text, S.DISRUPTED_WEAPONS_USE)
    assert attack_type_of(found, text, attempted_attacks=attempted) == expected


def test_property_named_outside_the_event_sentence_makes_a_facility_attack() -> None:
    text = "Assailants attacked in the night. The depot and two trucks were destroyed; nobody was hurt."
    found = mention(text, S.ATTACK, sentence="Assailants attacked in the night.")
    assert attack_type_of(found, text) is A.FACILITY


def test_article_takes_the_highest_type_in_gtd_hierarchy() -> None:
    text = "A bomb exploded at the rally. Then gunmen shot dead the provincial governor."
    bombing = mention(text, S.REMOTE_EXPLOSIVE_LANDMINE_IED, sentence="A bomb exploded at the rally.")
    shooting = mention(text, S.ATTACK, sentence="Then gunmen shot dead the provincial governor.")
    assert classify_attack_type([bombing, shooting], text) is A.ASSASSINATION


def test_article_prefers_main_mentions_over_background() -> None:
    text = "Gunmen kidnapped a trader. Last year a bomb exploded in the same market."
    kidnapping = mention(text, S.ABDUCTION_FORCED_DISAPPEARANCE, sentence="Gunmen kidnapped a trader.")
    background = mention(
        text,
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        role=Role.BACKGROUND,
        sentence="Last year a bomb exploded in the same market.",
    )
    assert classify_attack_type([background, kidnapping], text) is A.KIDNAPPING
    assert choose_attack_mention([background, kidnapping], text) is kidnapping


def test_article_without_attack_has_no_type() -> None:
    text = "Students rallied outside the ministry."
    assert classify_attack_type([mention(text, S.PEACEFUL_PROTEST)], text) is None
    assert classify_attack_type([], text) is None


@pytest.mark.parametrize(
    "sentences",
    [
        "Militants attacked a checkpost, killing three policemen, and vowed to kill the chief minister.",
        "Police said the gang had planned to murder a judge before it attacked the bank.",
        "Gunmen attacked the General Post Office in Quetta and set it on fire.",
        "Rockets were fired at the Governor House in Peshawar.",
        "Amid a surge in targeted killing, gunmen shot dead a shopkeeper in Karachi.",
    ],
)
def test_threats_plans_buildings_and_trends_are_no_assassination(sentences: str) -> None:
    assert not is_assassination(SubEventType.ATTACK, sentences, sentences)


def test_tear_gas_shells_are_no_explosion() -> None:
    sentences = "Protesters torched two vehicles and police fired tear gas shells to disperse them."
    assert not is_explosive_attack(SubEventType.LOOTING_PROPERTY_DESTRUCTION, sentences)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # People held inside the place they were seized in, the forces around it: a barricade incident,
        # whether or not the word "hostage" is written.
        (
            "Gunmen occupied a clinic in Jolo, holding nurses and patients inside as troops cordoned off the "
            "building. The hostages were freed after talks.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Fighters took over a health centre in Bannang Sata and held staff inside while police "
            "surrounded the compound for three hours.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
    ],
)
def test_people_held_inside_a_ringed_building_are_a_barricade(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is A.BARRICADE


@pytest.mark.parametrize(
    "text",
    [
        "Assailants threw stones at a bus carrying pilgrims near Qazigund, injuring eight passengers.",
        # The forces' fire that stopped the driver is not the attacker's weapon.
        "A man drove his car into soldiers at a junction near Hebron, injuring three. The driver was shot "
        "dead at the scene.",
    ],
)
def test_stones_and_a_car_driven_into_people_are_an_unarmed_assault(text: str) -> None:
    assert attack_type_of(mention(text, S.ATTACK), text) is A.UNARMED_ASSAULT


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot barangay captain Jose Ramos outside the municipal hall in Datu Piang.",
        # The ruler's house attacked, and the ruler named killed in the next sentence.
        "Assailants attacked the residence of Alhaji Bello Sani, the traditional ruler of Gidan Goga. Sani "
        "and his son were killed in the attack.",
    ],
)
def test_village_and_traditional_office_holders_killed_are_assassinated(text: str) -> None:
    assert attack_type_of(mention(text, S.ATTACK), text) is A.ASSASSINATION


def test_an_arson_whose_blaze_killed_a_guard_is_still_a_facility_attack() -> None:
    text = "Assailants set fire to a radio station in Sabha. A guard died in the blaze."
    assert attack_type_of(mention(text, S.LOOTING_PROPERTY_DESTRUCTION), text) is A.FACILITY


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on worshippers at a mosque in Balad. Twelve people were killed, including the "
        "mosque's imam, Sayyid Ali Hashimi.",
        "Assailants ambushed an army patrol near Jolo. Five soldiers, among them Captain Ramon Reyes, were "
        "killed.",
    ],
)
def test_a_titled_person_among_many_dead_is_no_assassination(text: str) -> None:
    assert attack_type_of(mention(text, S.ATTACK), text) is not A.ASSASSINATION


def test_a_named_leader_hacked_to_death_is_assassinated() -> None:
    text = "Assailants hacked to death Abdul Karim, a local leader of the ruling party, in Bogura."
    assert attack_type_of(mention(text, S.ATTACK), text) is A.ASSASSINATION


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # A titled, named person who survived gunfire at his own car: a failed assassination.
        (
            "Rahim Wardak, deputy head of the Ghazni provincial council, escaped unhurt when gunmen fired on "
            "his car in Ghazni city. Two of his guards were wounded.",
            S.ATTACK,
        ),
        # A reporter under another name.
        (
            "Gunmen shot dead Imran Bashir, a correspondent for a Sindhi daily, outside his home in Sukkur.",
            S.ATTACK,
        ),
        # A bomber who sought out the person.
        (
            "A suicide bomber walked up to Mufti Noor Wali Shah, a senior cleric, outside a seminary in "
            "Kunduz and blew himself up.",
            S.SUICIDE_BOMB,
        ),
        # The title's remit between the title and the name.
        (
            "A car bomb targeting Kismayo's deputy governor for finance, Ahmed Nur Dhiblawe, exploded near "
            "the port.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
    ],
)
def test_failed_attempts_and_other_titles_are_assassinations(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is A.ASSASSINATION


@pytest.mark.parametrize(
    "text",
    [
        # A guard who survived is no person of note; nor is a car without its owner named.
        "Two guards escaped unhurt when gunmen fired on their vehicle near a checkpoint in Ghazni.",
        "Rahim Wardak, a shopkeeper, escaped unhurt when gunmen fired on his car in Ghazni city.",
    ],
)
def test_survivors_without_a_title_of_note_are_no_assassination(text: str) -> None:
    assert attack_type_of(mention(text, S.ATTACK), text) is not A.ASSASSINATION


@pytest.mark.parametrize(
    "text",
    [
        # The soldiers' fire that stopped the driver is not the attacker's weapon, told actively too.
        "A man rammed his car into a group of soldiers near Hebron, wounding three. Soldiers at the scene "
        "shot the driver dead.",
        # Clubs carried are blunt weapons.
        "About a dozen men carrying clubs attacked migrants in a park in Athens, injuring four.",
    ],
)
def test_rammings_and_clubs_are_unarmed_assaults(text: str) -> None:
    assert attack_type_of(mention(text, S.ATTACK), text) is A.UNARMED_ASSAULT


def test_an_office_told_of_the_victim_in_a_later_sentence_makes_an_assassination() -> None:
    text = (
        "Abdul Qadir Sahak was shot dead while walking to his office in Jalalabad, Nangarhar province, "
        "Afghanistan. The victim had headed the provincial water department for four years."
    )
    assert attack_type_of(mention(text, S.ATTACK), text) is A.ASSASSINATION


def test_a_victim_of_no_office_told_later_is_no_assassination() -> None:
    text = (
        "Abdul Qadir Sahak was shot dead while walking to his shop in Jalalabad, Nangarhar province, "
        "Afghanistan. The victim was a father of four."
    )
    assert attack_type_of(mention(text, S.ATTACK), text) is not A.ASSASSINATION


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # The office told by the name alone in a later sentence, of a named person wounded.
        (
            "Gunmen fired on a jeep near Pattani, Thailand. The passenger, Anan Srisuk, was wounded. Srisuk "
            "was the deputy governor of the province.",
            S.ATTACK,
        ),
        # ... and of the owner of a house a bomb killed.
        (
            "A bomb planted outside the home of Haji Nazar Gul exploded in Khost city, Afghanistan. Gul "
            "and a nephew were killed. Gul was a well-known tribal elder.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        # A block administrator named with his office.
        (
            "Maoists shot dead Block Development Officer Ramesh Oraon near Gumla, Jharkhand.",
            S.ATTACK,
        ),
    ],
)
def test_an_office_told_by_the_name_later_makes_an_assassination(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is A.ASSASSINATION


def test_a_bystander_named_later_with_no_office_is_no_assassination() -> None:
    text = (
        "Gunmen fired on a jeep near Pattani, Thailand. The passenger, Anan Srisuk, was wounded. Srisuk "
        "was a rubber tapper on his way to work."
    )
    assert attack_type_of(mention(text, S.ATTACK), text) is not A.ASSASSINATION


def test_a_craft_seized_and_taken_away_is_a_hijacking() -> None:
    text = (
        "Pirates seized a fishing trawler off Eyl, Puntland, Somalia, and sailed it to a cove up the coast. "
        "The crew of eleven was freed after a ransom was paid."
    )
    assert attack_type_of(mention(text, S.ABDUCTION_FORCED_DISAPPEARANCE), text) is A.HIJACKING


def test_poison_put_in_drinking_water_is_an_unarmed_assault() -> None:
    text = "Assailants mixed insecticide into the well of a village in Kapisa province, Afghanistan."
    assert attack_type_of(mention(text, S.ATTACK), text) is A.UNARMED_ASSAULT
