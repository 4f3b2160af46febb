"""GTD attack types: how an article's mentions with their evidence sentences, or a phrase, map onto one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from waqia.evaluate.mentions import VIOLENT_EVENT_TYPES, choose_primary
from waqia.model import EvidenceField, Mention, Role, SubEventType


class AttackType(StrEnum):
    """GTD's attack types, spelled as GTD spells them."""

    ASSASSINATION = "Assassination"
    ARMED_ASSAULT = "Armed Assault"
    BOMBING = "Bombing/Explosion"
    HIJACKING = "Hijacking"
    BARRICADE = "Hostage Taking (Barricade Incident)"
    KIDNAPPING = "Hostage Taking (Kidnapping)"
    FACILITY = "Facility/Infrastructure Attack"
    UNARMED_ASSAULT = "Unarmed Assault"


S = SubEventType
# How a mention reads as a GTD attack type (GTD codebook, START 2021, section 2.3.1), checked in this order:
# - Hijacking: the event sentences say "hijack" or "commandeer";
# - Hostage Taking: an abduction, or an attack that "seized" or "snatched" people; a Barricade Incident when
#   the hostages are held where they were taken (held "at" or "inside" a place or "for hours", a place
#   stormed and its people held hostage, a siege, a "hostage crisis", security forces storming the place),
#   unless they were freed weeks or months later (taken away: a kidnapping);
# - Assassination: the word, "targeted killing" or a victim "shot dead in a targeted attack", or an armed
#   attack aimed at one specific, prominent person (a title of office or standing, before or after a name or
#   with an article, as the attack's object or its passive subject, or a "prominent" victim), or
#   explosives aimed at a titled, named person or at a named or titled person's car, that killed a named
#   person of note, or in a parcel handed to a named person; explosives aimed at homes or convoys stay
#   bombings, as GTD codes them (unless a named or titled person was killed by a blast aimed at his car,
#   convoy or house, or it was thrown at or "targeted" a named, titled person or his convoy); rank-and-file
#   police and soldiers, members of a group, a titled person named among several victims ("including a
#   tribal elder"), a relative or aide of a titled person ("the son of a tribal chief"), a titled person
#   killed in a fight or by security forces, the owner of a house attacked who was not harmed, and an
#   unnamed holder of a lesser title ("a local leader was shot dead") carry no title of note;
# - Bombing/Explosion: an explosive sub-type (not a petrol bomb: GTD's weapon list files it as incendiary;
#   not grenades or a thrown device used with firearms, which GTD's Armed Assault includes),
#   explosions or a thing "blown up" named in an attack or a property destruction before any firearm (the
#   first weapon codes a sequence; read in the report up to the event when its sentences name no weapon),
#   or under `attempted_attacks` a defused explosive;
# - Facility/Infrastructure Attack: property destroyed, or a thing attacked or burnt, and nobody killed;
# - Unarmed Assault: chemical weapons (whatever delivers them), or harm by hands, blunt objects, stones,
#   vehicles, rope or poison with no firearm, blade or fire named;
# - Armed Assault: every other violent mention (firearms, blades, fire against people, grenades thrown
#   alongside firearms).
# When an article's mentions give several types, the first in GTD's order below is recorded (an
# assassination by bomb is an Assassination).
HIERARCHY: tuple[AttackType, ...] = (
    AttackType.ASSASSINATION,
    AttackType.HIJACKING,
    AttackType.KIDNAPPING,
    AttackType.BARRICADE,
    AttackType.BOMBING,
    AttackType.ARMED_ASSAULT,
    AttackType.UNARMED_ASSAULT,
    AttackType.FACILITY,
)
EXPLOSIVE_SUB_TYPES = frozenset(
    {
        S.SUICIDE_BOMB,
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        S.GRENADE,
        S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        S.AIR_DRONE_STRIKE,
    }
)
# Outside ACLED's violent types, what GTD also records: property attacks, riots that burn or beat, and
# (under GTD's convention of counting foiled attacks) a disrupted weapons use.
RIOT_SUB_TYPES = frozenset({S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION})
GTD_CODED_SUB_TYPES = RIOT_SUB_TYPES | {S.LOOTING_PROPERTY_DESTRUCTION, S.DISRUPTED_WEAPONS_USE}

# The craft a hijacking takes, and its crew made to steer it elsewhere.
_CRAFT = (
    r"(?:planes?|aircraft|airliners?|flights?|jets?|helicopters?|buses|bus|trains?|ships?|vessels?|ferry|"
    r"ferries|tankers?|boats?|tugboats?|trawlers?|coach(?:es)?|trucks?|lorr(?:y|ies)|minibus(?:es)?|vans?|"
    r"minivans?|cars?|pickups?|jeeps?|vehicles?)"
)
# A word of the object before the craft, not a preposition ("seized two fishermen from their boat").
_OBJECT_WORD = r"(?:(?!(?:from|of|off|in|on|at|aboard|with|near)\b)[\w'’-]+ )"
_MADE_TO_STEER = (
    r"\b(?:forced|ordered|made|forcing|ordering) (?:the|its) (?:bus |truck |coach |plane's |ship's )?"
    r"(?:driver|pilot|captain|skipper|crew) (?:at gunpoint |at knifepoint )?to (?:divert|drive|fly|sail|head|"
    r"turn|change course|land|steer|take (?:them|it|the \w+) to)\b"
)
HIJACK = re.compile(
    r"\bhijack\w*|\bskyjack\w*|\bcommandeer\w*|"
    # A craft seized and taken away with its crew: "seized a tugboat ... and sailed it to a remote cove".
    # The craft is the verb's object, not where people were seized from ("seized two fishermen from their
    # boat ... and took them toward Sulu" is a kidnapping).
    rf"\b(?:seized|took over|took control of|stole|boarded|diverted) (?:a |an |the |two |three |four |\d+ )?"
    rf"{_OBJECT_WORD}{{0,3}}?{_CRAFT}\b[^.;]{{0,100}}?"
    rf"(?:\b(?:sailed|drove|flew|steered|diverted|took) (?:it|them|the {_CRAFT})\b|"
    # ... or driven off: "took over a delivery van, ordered the driver out and drove off".
    r"\b(?:drove|sailed|flew|sped|made) (?:off|away)\b|"
    # ... or sent elsewhere: "took over a flight and ordered it flown to Rome", "forced it to dock".
    r"\b(?:ordered|forced|made|ordering|forcing) (?:it|them)\b|"
    # ... or made to go elsewhere: "seized a bus ..., ordered the driver to divert onto a mountain track".
    rf"{_MADE_TO_STEER}|"
    # ... or with its people held: "seized a cargo vessel off Point Pedro, detaining its 15 crew members".
    r"\b(?:detaining|holding|taking|kidnapping) (?:its|their|the) (?:\d+ |[a-z]+ )?(?:crew|crewmen|sailors|"
    r"passengers|drivers?)\b)|"
    # A craft made to go where its captors want, or an airliner taken over: "forced the driver at gunpoint
    # to turn onto a mountain road", "forced a passenger bus ... to drive to a village".
    rf"(?<!police ){_MADE_TO_STEER}|"
    # A vehicle stopped, then driven where its captors want ("halted a passenger bus and ordered the driver
    # to steer it into the jungle" is above); not its people led away from it, a kidnapping.
    rf"\b(?:stopped|halted) (?:a |an |the )?{_OBJECT_WORD}{{0,3}}?{_CRAFT}\b[^.;]{{0,100}}?"
    rf"\b(?:(?:sailed|drove|flew|steered|diverted) (?:it|the {_CRAFT})|(?:drove|sped) (?:off|away)|"
    r"(?:ordered|forced|made|ordering|forcing) it)\b|"
    # "drove off with three of the trucks", "drove off with the vehicle and its driver" took the vehicles.
    rf"\b(?:drove|sailed|flew|made) (?:off|away) with (?:[\w'’-]+ ){{0,4}}?{_CRAFT}\b|"
    r"\b(?<!police )(?<!troops )(?:forced|ordered) (?:a|an|the) (?:[\w'’-]+ ){0,2}?(?:bus|coach|minibus|"
    r"truck|lorry|plane|aircraft|airliner|jet|ship|vessel|ferry|tanker|train)\b[^.;]{0,80}? to "
    r"(?:divert|fly|sail|head|turn|change course|leave the road|drive (?:to|into|toward|towards))\b|"
    r"\b(?:took|seized|taken) (?:control|command) of (?:a|an|the) (?:[\w'’-]+ ){0,3}?(?:plane|jet|airliner|"
    r"aircraft|flight)\b",
    re.IGNORECASE,
)
# A siege told in so many words.
_SIEGE = (
    r"siege|besieg\w*|standoff|stand-off|hostage (?:crisis|stand-?off|siege)|(?:hours?|days?) of "
    r"(?:negotiations?|talks)|negotiators?"
)
# Hostages held where they were taken, with the building or vehicle surrounded: a barricade incident.
BARRICADE_CUE = re.compile(
    rf"\b(?:barricad\w*|{_SIEGE}|"
    r"(?:held|hold|holds|holding|took|take|takes|taking|taken|seized|seize|seizes|seizing|kept|keep|keeping) "
    r"(?:[\w()-]+ ){0,5}hostages? (?:inside|in|at|on board|aboard|within)|"
    r"(?:stormed|storming|overran|raided) (?:[\w()',-]+ ){1,8}?(?:and |then )(?:\w+ )?"
    r"(?:held|took|seized|taking|holding) (?:[\w()-]+ ){0,5}hostages?|"
    r"(?:held|hold|holds|holding|kept|keeping) (?:[\w()-]+ ){0,5}hostages? for (?:[\w-]+ ){0,2}"
    r"(?:hours?|days?|nights?)|"
    r"holed up (?:[\w(),-]+ ){0,8}?(?:with|holding|taking) (?:[\w()-]+ ){0,3}hostages?|"
    r"(?:police|troops|soldiers|forces|commandos) (?:\w+ ){0,3}(?:stormed|storming|retook|cleared)|"
    # People held in the building while the forces ring it: "holding twenty teachers inside as troops
    # cordoned off the area", "held nine people while police surrounded the building".
    r"(?:held|holding|kept|keeping) (?:[\w()',-]+ ){1,8}?inside|"
    # A building occupied with people held in it: "occupied the town hall, holding the mayor and eight
    # employees hostage", "seized the town hall and held 12 employees for two days".
    r"(?:occupied|took over|seized|stormed) (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:hall|building|offices?|"
    r"embassy|consulate|residence|church|cathedral|mosque|temple|school|college|university|hotel|bank|"
    r"hospital|parliament|assembly|ministry|headquarters|station|compound|premises|theat(?:re|er)|plant|"
    r"factory)\b[^.;]{0,60}?\b(?:holding|held|keeping|kept|taking|took) (?:[\w()',-]+ ){0,8}?(?:hostages?|"
    r"employees|staff|guests|workers|officers|officials|worshippers|congregation|customers|passengers|"
    r"students|pupils|teachers|diplomats|visitors|patients|people|persons|civilians|occupants)\b|"
    # The place ringed, or the craft or people held in it ("held 20 passengers hostage while police
    # surrounded it").
    r"(?:cordon(?:ed|ing)? off|surround(?:ed|ing)|encircl(?:ed|ing)) (?:the )?(?:[\w'-]+ )?(?:building|"
    r"area|premises|compound|school|house|hotel|office|bank|church|mosque|hospital|centre|center|bus|coach|"
    r"plane|aircraft|train|vehicle|plant|factory|farmhouse|embassy|it|them))\b",
    re.IGNORECASE,
)
# People held inside a place they were seized in are hostages, whether or not the report says the word.
HELD_INSIDE = re.compile(r"\b(?:held|holding|kept|keeping) (?:[\w()',-]+ ){1,8}?inside\b", re.IGNORECASE)
# Hostages freed weeks or months later were taken away, not held where they were seized: a kidnapping.
LONG_CAPTIVITY = re.compile(
    r"\b(?:released|freed|set free|held|kept|rescued|recovered)\b[^.;]{0,60}?\b(?:after|for|later)\b"
    r"[^.;]{0,20}?\b(?:weeks?|months?|years?)\b|\b(?:weeks?|months?|years?) later\b",
    re.IGNORECASE,
)
HOSTAGE_WORD = re.compile(r"\b(?:hostages?|captives?)\b", re.IGNORECASE)
# What turns a bombers' raid into a barricade incident (street barricades and a raid "taking hostages" on
# their own do not); talks at the scene count ("after seven hours of negotiations").
SIEGE_CUE = re.compile(rf"\b(?:{_SIEGE})\b", re.IGNORECASE)
# People seized at the scene with no number or article: "stormed a hotel and seized guests".
SEIZED_AT_SCENE = re.compile(
    r"\b(?:seized|seizing|took|taking|grabbed) (?:[\w'-]+ ){0,2}?(?:guests|worshippers|passengers|staff|"
    r"students|pupils|employees|shoppers|diners|customers|patients|teachers|congregation)\b",
    re.IGNORECASE,
)
# An attack whose sentences say people were taken away: GTD's hostage taking comes before armed assault in
# its hierarchy ("gunmen shot the driver and seized an engineer"). "Seized" takes people here, not weapons
# or a checkpoint; troops who "captured" militants in a clash made an arrest.
CAPTIVE_PERSON = (
    r"(?:(?!(?:from|of|off|at|in|on|belonging)\b)[\w'-]+ ){0,3}?"
    r"(?:engineers?|geologists?|workers?|officials?|teachers?|students?|journalists?|"
    r"soldiers?|troops|(?:police|security|FC|Levies)? ?(?:personnel|men|officers?)|policem[ae]n|passengers?|"
    r"tourists?|doctors?|elders?|traders?|businessm[ae]n|drivers?|contractors?|employees?|villagers?|"
    # Not a possessive: "seized the policemen's weapons" takes things.
    r"children|boys?|girls?|wom[ae]n|men|people|persons?|civilians?|nationals?|citizens?|staff)\b(?!['’])"
)
KIDNAP_CUE = re.compile(
    r"\b(?:(?:took|taken|taking) (?:[\w'-]+ ){0,4}?captives?|(?:seized|snatched|whisked away|carried off) "
    rf"(?:a|an|the|two|three|four|five|six|several|some|\d+) {CAPTIVE_PERSON})",
    re.IGNORECASE,
)
# "Targeted killing" (Pakistan's press also says "target killing"), or a victim "shot dead in a targeted
# attack", names the aim at one chosen person; a "wave" or "spate" of them is a trend, not this attack.
ASSASSINATION_WORD = re.compile(
    r"\bassassinat\w*|(?<!wave of )(?<!spate of )(?<!surge in )(?<!rise in )(?<!surge of )(?<!incident of )"
    r"(?<!incidents of )(?<!cases of )(?<!series of )\btarget(?:ed)?[- ]killing\b|"
    r"\b(?:shot|killed|gunned down|murdered)(?: dead)? in an? target(?:ed)? (?:attack|shooting)\b",
    re.IGNORECASE,
)
# A specific, prominent person as the one attacked: a title near the attack verb, or a name followed by its
# title ("Doe, a provincial judge, was killed"). GTD: "the primary objective is to kill one or more
# specific, prominent individuals".
PROMINENT_TITLE = (
    r"(?i:mayor|governor|minister|judge|magistrate|prosecutor|lawyer|advocate|attorney|senator|lawmaker|"
    r"legislator|parliamentarian|member of (?:the )?(?:[\w-]+ )?(?:parliament|senate|congress|"
    r"(?:national|provincial|legislative|state) assembly|"
    r"(?:provincial|district|city|municipal|village|town|local|legislative|executive|national|urban|"
    r"regional|county|union) council)|"
    r"council (?:member|chairman)|councill?or|candidate|president|"
    r"(?:national|provincial|legislative|state) assembly member|assembly(?:man|woman)|congress(?:man|woman)|"
    r"vice[- ]president|chairman|chairperson|nazim|commander|colonel|brigadier|"
    r"general(?! (?:public|population|area|hospital|store|post|bus|secretariat|headquarters|elections?|"
    r"strike|assembly|council|meeting|ward))|(?<!assistant )superintendent|"
    r"inspector general|commissioner|director|ambassador|consul|diplomat|"
    r"(?:senior|high[- ]ranking|top|government|elected) official|leader|chief|head(?= of\b)|"
    r"(?:senior|high[- ]ranking|top) (?:army |military |police |intelligence |security )?officer|"
    # Pakistan's district and tribal-agency administrators and police heads.
    r"political agent|tehsildar|district (?:police|coordination) officer|"
    # India's block and district administrators: "Block Development Officer Sunil Doe".
    r"(?:block|district|tehsil|taluka) (?:development|education|revenue|health|forest) officer|"
    r"spokes(?:man|person)|cleric|imam|mullah|maulana|maulvi|mufti|allama|scholar|priest|bishop|pastor|"
    r"monk|activist|journalist|reporter|editor|elder|malik|headman|sarpanch|sheikh|professor|politician|"
    # A village's elected head in Turkey and the Arab world; a preacher has a pulpit of his own.
    r"mukhtar|muhtar|preacher|"
    r"presenter|broadcaster|commentator|columnist|blogger|correspondent|photojournalist|cameram[ae]n|anchor|"
    # Village and traditional office-holders: "barangay captain", "the traditional ruler of Kanoma".
    r"barangay (?:captain|chairman|councill?or|official)|kagawad|"
    r"(?:traditional|village|district|community|clan) (?:ruler|head)|"
    r"emir|sultan|chieftain|"
    # Thailand's elected subdistrict head.
    r"kamnan)|"
    r"MPA|MNA|MP|DSP|SSP|DIG|IGP|[Jj]ustice(?= [A-Z][a-z]+ [A-Z])"
)
# A named member of a political party ("Doe, a member of the X Party"): GTD's Pakistan rows code the
# shooting of one mostly as an assassination; an unnamed member killed in a clash is not aimed at.
PARTY_MEMBER = (
    r"(?:member|office[- ]bearer) of (?:the )?(?:[A-Z][\w'-]*[ -]){0,4}(?:Party|League|Movement|"
    r"Tehreek-e-Insaf|Ulema-e-Islam\w*)\b"
)
ATTACK_VERBS = (
    # "tried to kill" is an attack on the person; "vowed to kill" or "planned to murder" is not.
    r"(?:tried|trying|attempted|attempting) to (?:kill|murder)|"
    r"kill(?:ed|ing)|shot(?: and killed| dead)?|shoot(?:ing)?|gunned down|murder(?:ed|ing)|targeted|"
    r"executed|executing|"
    r"(?:hacked|stabbed|beaten|bludgeoned) to death|"
    r"targeting|attack(?:ed|ing)|ambush(?:ed|ing)|stabbed|fired (?:up)?on|fired at|opened fire (?:on|at)|"
    r"assassinate|"
    # Stopped on the way and shot: "gunmen intercepted civil judge Jane Doe on his way to court".
    r"intercepted|waylaid|"
    r"(?:home|house|residence|vehicle|car|jeep|pickup|SUV|convoy|motorcade|office) (?:\w+ ){0,2}"
    r"(?:of|owned by)"
)
# Capitalised words that start an organisation or a place, not a person's name.
NOT_A_PERSON = (
    r"Police|Army|Forces?|Border|Security|Military|Guards?|Ministry|Party|Church|Mosque|School|University|"
    r"Hospital|Station|Street|Road|Village|Town|City|District|Province|Camp|Base|Office|Company|Bank|Hotel|"
    r"Market|Center|Centre|Council|Committee|Front|Movement|Navy|Brigade|Regiment|Battalion|Corps|Unit|"
    r"Department|Agency|Embassy|Consulate|Temple|Shrine|Airport|Prison|Court|Assembly|Parliament|House|"
    r"Building|Tower|Bridge|Highway|The|A|An|[A-Z]+"
)
# A courtesy title before a name ("Dr. Jane Doe") is part of the name, not a title of office.
HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Engr|Prof)\.? )"
PERSON_NAME = (
    rf"{HONORIFIC}?(?!(?:{NOT_A_PERSON})\b)[A-Z][a-z][\w'-]*(?<!'s) "
    rf"(?:al-)?(?!(?:{NOT_A_PERSON})\b)[A-Z][\w'-]+\b"
)
# The rest of a longer name, with the lowercase particles of Arabic, Iberian and Dutch names ("Karim Hassan
# al-Tamimi", "Luis de la Torre").
NAME_TAIL = (
    r"(?: (?:(?:al|el|ad|as|ash|at|az|ul)-|(?:bin|ibn|abu|de|da|del|de la|dos|van|von) )?[A-Z][\w'-]+)*"
)
# One named person, or one holder of a title ("a senior imam"), as the object of the attack; a number or a
# plural ("four clerics") names members of a group, which GTD codes by weapon, not as an assassination.
NAMED_VICTIM = re.compile(
    rf"\b(?:{ATTACK_VERBS}) (?:(?:{PROMINENT_TITLE}) )?{PERSON_NAME}(?! (?:{NOT_A_PERSON})\b)"
)
# A blast that killed one named person ("a roadside bomb killed Doe, a tribal elder"): an explosive aimed
# at a house or a convoy whose owner survived GTD codes as a bombing, so only the killing verb counts.
NAMED_VICTIM_KILLED = re.compile(
    rf"\b(?:killed|killing|claimed the lives? of) (?:(?:{PROMINENT_TITLE}) )?{PERSON_NAME}"
    rf"(?! (?:{NOT_A_PERSON})\b)"
)
# After a title, no verb of speech: "Doe, the police chief, said" gives the title of the one speaking.
NOT_A_SPEAKER = r"(?!,? (?:[\w'-]+ ){0,3}?(?:said|says|told|added|stated)\b)"
# "Doe, chairman of the X party": a title of an organisation needs no article.
TITLED_NAME = re.compile(
    rf"\b[A-Z][\w'-]+, (?:(?:a|an|the) (?:[\w()'-]+ ){{0,6}}?(?:{PROMINENT_TITLE})\b|(?:a|an) {PARTY_MEMBER}|"
    rf"(?:[\w'-]+ )?(?:{PROMINENT_TITLE}) of\b){NOT_A_SPEAKER}"
)
# Words between an attack verb and a title: the organisation or place it serves, or its rank ("shot dead
# opposition party leader Jane Doe"), not a clause ("shot him dead; police superintendent Doe said").
TITLE_MODIFIER = (
    r"(?:[A-Z][\w'-]*|\([\w-]+\)|former|senior|local|provincial|district|party|opposition|ruling|tribal|"
    r"religious|village|deputy|top|prominent|retired|well-known|high[- ]ranking|civil|additional|sessions|"
    # The service a chief heads: "killed the police chief of Zabul".
    r"police|army|military|intelligence|security|municipal|city|town|regional|state|"
    # The public or the medium the person serves: "a deputy public prosecutor", "a radio commentator".
    r"public|radio|television|TV|newspaper|news|community|council|"
    # India's and Bangladesh's units below a district: "the block president of a ruling party".
    r"block|ward|union|zonal)"
)
# One holder of a title: not a plural, nor a possessive ("a tribal leader's house" is the house attacked),
# nor a building or an office named after it ("the Governor House", "the Deputy Commissioner office").
ONE_TITLE = (
    rf"(?:{PROMINENT_TITLE})\b(?!s|['\u2019]s\b)"
    r"(?! (?:[Hh]ouse|[Oo]ffices?|[Ss]ecretariat|[Cc]omplex|[Rr]esidence|[Cc]olony|[Rr]oad|[Cc]howk|"
    r"[Bb]ungalow|[Aa]nnexe|[Ll]odge|[Cc]amp|[Ll]ines|[Pp]ost [Oo]ffice)\b)"
)
# One named person, a single name included ("shot dead Hayatullah, a reporter"), the object of the attack
# and given a title of note right after the name.
NAMED_TITLED_VICTIM = re.compile(
    rf"\b(?:{ATTACK_VERBS}) {HONORIFIC}?(?!(?:{NOT_A_PERSON})\b)[A-Z][a-z][\w'-]*{NAME_TAIL}, "
    # The title may come bare, with its rank or service: "shot Doe, former provincial chairman of the MHP".
    rf"(?:(?:a|an|the) (?:[\w()'-]+ ){{0,6}}?|(?:{TITLE_MODIFIER} ){{0,3}})"
    rf"{ONE_TITLE}{NOT_A_SPEAKER}"
)
TITLED_VICTIM = re.compile(rf"\b(?:{ATTACK_VERBS}) (?:a|an|the) (?:{TITLE_MODIFIER} ){{0,5}}{ONE_TITLE}")
# "Doe, a party leader, and Roe, a judge, were gunned down", "Doe, director of military intelligence in
# Aden, was killed": titled, named people as the subject of a killing; a title of an organisation needs no
# article when its apposition closes on the verb of one person.
TITLED_NAME_KILLED = re.compile(
    rf"\b[A-Z][\w'-]+, (?:(?:a|an|the) (?:[\w()'-]+ ){{0,6}}?(?:{PROMINENT_TITLE})\b[^.;]{{0,120}}?\b"
    # The title's "of" may run over a place and its parents: "Doe, sarpanch of Kreeri village, Baramulla
    # district, Jammu and Kashmir state, India, was fired upon".
    rf"(?:was|were)|(?:[\w'-]+ )?(?:{PROMINENT_TITLE}) of [^.;]{{1,120}}?, was)"
    r" (?:\w+ )?(?:shot|killed|gunned down|murdered|stabbed|hacked|executed|fired (?:up)?on|ambushed|hit)\b"
)
# "A local party leader, Doe, was shot dead": one titled person as the subject of a killing in the passive.
TITLED_SUBJECT_KILLED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he) (?:[\w'-]+ ){{0,3}}?{ONE_TITLE}[^.;]{{0,80}}?"
    r"\bwas (?:\w+ )?"
    r"(?:shot dead|shot and killed|killed|gunned down|murdered|stabbed to death|hacked to death|"
    # GTD counts the attempt: "was shot and wounded", "was shot three times at close range".
    r"shot and (?:wounded|injured)|shot (?:\w+ ){0,2}times|shot at (?:close|point-blank) range)\b"
)
# "Peshawar's police chief and his guard were killed when a car bomb rammed his vehicle": one titled person
# killed, read with a blast at that person's own car or house (AT_VICTIMS_OWN).
TITLED_OWNER_KILLED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[A-Z][\w'-]+['\u2019]s) (?:[\w'-]+ ){{0,3}}?{ONE_TITLE}[^.;]{{0,80}}?"
    r"\b(?:was|were) (?:\w+ )?killed\b"
)
# "A prominent businessman was shot dead": the codebook's "prominent" said of the victim.
PROMINENT_VICTIM_KILLED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:prominent|well-known|influential|renowned|famous|popular|noted) "
    r"(?:[\w'-]+ ){1,3}?(?:was|has been) (?:\w+ )?"
    r"(?:shot dead|shot and killed|killed|gunned down|murdered|stabbed to death)\b"
)
# A title with what it is the title of and its abbreviation: "Superintendent of Police", "MPA", "Member of
# the National Assembly (MNA)".
TITLE_OF = rf"(?:{PROMINENT_TITLE})(?: of(?: the)? [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?(?: \([A-Z][\w-]*\))?"
ORGANISATION_TITLED_VICTIM = re.compile(
    rf"\b(?:{ATTACK_VERBS}) (?:{TITLE_MODIFIER} ){{0,6}}?{TITLE_OF} {PERSON_NAME}"
)
# "Party leader(,) Jane Doe (, her son and a guard) were shot dead", "... was attacked": a titled name as
# the subject of an attack.
TITLE_BEFORE_NAME_ATTACKED = re.compile(
    rf"\b{TITLE_OF},? {PERSON_NAME}{NAME_TAIL}(?:,(?: [\w'-]+){{1,10}},?)? (?:was|were) (?:\w+ )?"
    r"(?:shot|killed|gunned down|murdered|stabbed|hacked|executed|attacked|ambushed|targeted|wounded|"
    r"injured)\b"
)
# An explosive aimed at one named person (GTD: "if an assassination is carried out through the use of an
# explosive, the Attack Type is coded as Assassination"): at the car of a named or titled person, or in a
# parcel handed to a named one. A bomb at a house, or near a convoy, is coded by the weapon, as GTD does.
PERSONAL_VEHICLE = r"(?:vehicle|car|motorcycle|motorbike|jeep|truck|boat|yacht|plane|aircraft)"
PERSONS_VEHICLE = re.compile(
    # "the car of Salafi preacher Sheikh Doe": the title may carry its modifiers.
    rf"\b{PERSONAL_VEHICLE} (?:of|owned by|belonging to|used by|carrying|transporting) "
    rf"(?:(?:{TITLE_MODIFIER} ){{0,3}}?"
    rf"(?:{PROMINENT_TITLE}) {PERSON_NAME}|"
    rf"{PERSON_NAME}|(?:the|a|an) (?:[\w'-]+ ){{0,4}}?{ONE_TITLE})"
    rf"|\b[A-Z][\w'-]+(?:'s|\u2019s) {PERSONAL_VEHICLE}\b"
)
# "A bomb targeted provincial minister Jane Doe", "... targeting Jane Doe, a judge", "hurled a grenade at
# Jane Doe, a legislator": explosives aimed at one titled, named person (a device thrown at a house or a
# rally names no person and stays a bombing).
AIMED_AT = (
    r"target(?:ed|ing)?|(?:hurled|hurling|threw|throwing|lobbed|lobbing|tossed|tossing|fired|firing) "
    r"(?:[\w'-]+ ){1,3}?at|"
    # A bomber who sought out the person: "walked up to Doe, a cleric, and detonated his vest".
    r"(?:walked|ran|rushed|went|came) (?:up )?to|approached|"
    # A bomber who set off the charge beside the person: "detonated explosives next to Doe, a legislator".
    r"(?:right |just )?(?:next to|beside|close to)"
)
# What may stand between a title and the name: its remit ("deputy mayor for security, Doe").
TITLE_REMIT = r"(?: for [a-z][\w-]*(?: [a-z][\w-]*)?)?,?"
TARGETED_TITLED_NAME = re.compile(
    rf"\b(?:{AIMED_AT}) (?:the )?(?:{TITLE_MODIFIER} ){{0,5}}?{TITLE_OF}{TITLE_REMIT} {PERSON_NAME}|"
    # A bomber who "targeted the home of Doe, a tribal leader" aimed at the man, whether or not he died.
    rf"\b(?:{AIMED_AT}) (?:the (?:convoy|motorcade|vehicle|car|home|house|residence|hujra) of )?"
    rf"{PERSON_NAME}{NAME_TAIL}, (?:a|an|the) "
    rf"(?:[\w()'-]+ ){{0,6}}?{ONE_TITLE}"
    rf"{NOT_A_SPEAKER}"
)
# "Doe, deputy chairman of the provincial council, escaped unhurt when assailants sprayed his vehicle with
# gunfire": a titled, named person who survived an attack on his own car or convoy (GTD codes failed
# attempts on a person as assassinations).
TITLED_NAME_SURVIVED = re.compile(
    rf"\b[A-Z][\w'-]+, (?:(?:a|an|the) (?:[\w()'-]+ ){{0,6}}?{ONE_TITLE}|(?:[\w'-]+ ){{0,2}}?{ONE_TITLE} of)"
    r"[^.;]{0,120}?\b(?:escaped|survived)\b[^.;]{0,40}?\b(?:when|as|after)\b[^.;]{0,80}?"
    r"\b(?:his|her) (?:own )?(?:vehicles?|car|jeep|pickup|motorcycle|motorbike|convoy|motorcade)\b"
)
# "Doe was shot dead ... The victim had headed the provincial education department": the office of the one
# person killed, told in a later sentence.
VICTIM_WAS_TITLED = re.compile(
    r"\b[Tt]he (?:victim|deceased|slain man|dead man)(?:, [^,;.]{1,60},)? (?:was|had been|had served as|"
    r"served as|had headed|headed|had led|was the head of) (?:a |an |the )?(?:[\w'’-]+ ){0,5}?"
    rf"(?:{ONE_TITLE}|(?:department|directorate|ministry|commission)\b)"
)
# What singled out the one attacked, told in a later sentence: "The cleric was an outspoken critic of Salafi
# militants", "The victim worked for a local newspaper and had reported on militant activity".
LATER_STANDING = re.compile(
    rf"\b[Tt]he (?:victim|deceased|slain man|dead man|(?:[\w'-]+ )?{ONE_TITLE})(?:, [^,;.]{{1,60}},)? "
    r"(?:(?:worked|served) (?:[\w'’-]+ ){1,5}?and )?"
    r"(?:was|had been|had) (?:an? |the |long |often |repeatedly )?(?:[\w-]+ )?"
    r"(?:critic of|opponent of|known for|(?:written|reported|investigated|exposed|campaigned|spoken out) "
    r"(?:\w+ )?(?:about|on|against))"
)
# "The victim was later identified as Doe, a prosecutor", "police identified the victim as Doe, a newspaper
# correspondent": the name and the office of the one person killed, told in a later sentence.
VICTIM_IDENTIFIED_TITLED = re.compile(
    rf"\b(?:(?:[Tt]he )?(?:victim|deceased|dead man|slain man) (?:was|has been) (?:later )?identified as|"
    rf"identified the (?:victim|deceased|dead man|slain man) as) {PERSON_NAME}{NAME_TAIL}, (?:a|an|the) "
    rf"(?:[\w()'’-]+ ){{0,5}}?{ONE_TITLE}"
)
# "The victim, Jane Doe, had been appointed ...": the one killed named in a later sentence.
VICTIM_NAMED_LATER = re.compile(
    rf"\b[Tt]he (?:victim|deceased|slain man|dead man), {PERSON_NAME}{NAME_TAIL},|"
    rf"\b(?:victim|deceased) (?:was|has been) (?:later )?identified as {PERSON_NAME}"
)
# "The driver, Somchai Doe, was wounded. Doe was the chief officer of Rueso district": the office of a named
# person harmed, told in a later sentence by the name alone.
NAME_WAS_TITLED = re.compile(
    r"(?:^|[.;]\s+)(?P<name>[A-Z][a-z][\w'-]+)(?:, [^,;.]{1,60},)? (?:was|had been|had served as|served as) "
    rf"(?:a |an |the )(?:[\w()'’-]+ ){{0,5}}?{ONE_TITLE}"
)
# Explosives aimed at a named person's own house, car or convoy: "planted at the gate of the residence of
# Doe".
OWNERS_PLACE = re.compile(
    r"\b(?:house|home|residence|hujra|guest ?house|compound|convoy|motorcade|car|vehicle) of "
    rf"{HONORIFIC}?(?:Haji |Malik |Sardar |Khan |Sheikh |Maulana )?[A-Z][a-z]"
)
KILLED_WORD = re.compile(r"\b(?:killed|died|dead|slain)\b", re.IGNORECASE)
HARMED_WORD = re.compile(r"\b(?:killed|died|dead|slain|wounded|injured|hurt|shot)\b", re.IGNORECASE)
# A bomb stuck to one vehicle is aimed at whoever rides in it.
STUCK_TO_VEHICLE = re.compile(r"\b(?:magnetic|sticky|limpet)\b", re.IGNORECASE)
# "Militants stopped Doe, the mukhtar of the village, on a road and shot him": the titled, named person
# held first, then harmed by a verb whose object is a pronoun.
# Or called out of his home, or found in it: "called Doe, the sarpanch of a village, out of his home and shot
# him dead", "entered the house of Doe, district head of a community, and shot him dead".
TITLED_NAME_THEN_HARMED = re.compile(
    rf"\b(?:(?:stopped|seized|dragged|abducted|grabbed|pulled|intercepted|took|called|lured|summoned) |"
    rf"(?:house|home|palace|residence|compound|hujra) of ){PERSON_NAME}{NAME_TAIL}, "
    rf"(?:(?:a|an|the) (?:[\w()'-]+ ){{0,6}}?|(?:[\w'-]+ )?(?={ONE_TITLE} of\b)){ONE_TITLE}[^.;]{{0,160}}?"
    r"\band (?:then )?(?:shot|killed|stabbed|beheaded|hanged|executed|gunned down|murdered|hacked) "
    r"(?:him|her)\b"
)
NAMED_PERSON = re.compile(PERSON_NAME)
# "shot and killed Doe, the brother of a former minister and himself the chairman of the district council":
# a title of the victim's own after a relative's.
HIMSELF_TITLED = re.compile(
    rf"\b(?:{ATTACK_VERBS}) {PERSON_NAME}{NAME_TAIL},[^.;]{{0,80}}?\b(?:himself|herself) (?:a|an|the) "
    rf"(?:[\w()'-]+ ){{0,4}}?{ONE_TITLE}"
)
# "Gunmen shot and killed Doe, a prominent businessman": the codebook's "prominent", said of a named victim.
NAMED_PROMINENT_VICTIM = re.compile(
    rf"\b(?:{ATTACK_VERBS}) {PERSON_NAME}{NAME_TAIL}, (?:a|an|the) (?:prominent|well-known|influential|"
    r"renowned|famous|noted|leading|wealthy)\b"
)
# "fired at its principal, Maulana Doe, a Barelvi scholar": the victim's post, his name and his title.
POSTED_NAMED_TITLED_VICTIM = re.compile(
    rf"\b(?:{ATTACK_VERBS}) (?:at )?(?:its|their|the) [a-z][\w'’-]*(?: [a-z][\w-]*)?, {HONORIFIC}?"
    rf"[A-Z][a-z][\w'-]*"
    rf"{NAME_TAIL}, (?:a|an|the) (?:[\w()'-]+ ){{0,6}}?{ONE_TITLE}{NOT_A_SPEAKER}"
)
# "dragged the sarpanch of Gangaloor village out of his house and hacked him to death": one titled person
# held and then killed, named by the title alone.
TITLE_HELD_THEN_HARMED = re.compile(
    rf"\b(?:stopped|seized|dragged|abducted|grabbed|pulled|intercepted|took) the "
    rf"(?:{TITLE_MODIFIER} ){{0,3}}?"
    rf"{ONE_TITLE}[^.;]{{0,120}}?\band (?:then )?(?:shot|killed|stabbed|beheaded|hanged|executed|gunned down|"
    r"murdered|hacked|bludgeoned) (?:him|her)\b"
)
# A bomb said to be meant for one titled person: "had set the bomb to kill the governor", "the device had
# been meant for the council member", "the governor had been its target".
INTENDED_FOR_TITLED = re.compile(
    rf"\b(?:to (?:kill|assassinate|eliminate|target)|meant for|intended for|aimed at) (?:the |a |an )?"
    rf"(?:{TITLE_MODIFIER} ){{0,3}}?{ONE_TITLE}|"
    rf"\b(?:[Tt]he|[Aa]n?) (?:{TITLE_MODIFIER} ){{0,3}}?{ONE_TITLE}[^.;]{{0,20}}?\b(?:had been|was|were) "
    r"(?:the|its|their) (?:intended |real |main |actual |likely )?target\b"
)
# "rammed an explosives-laden vehicle into the convoy of DIG Zahoor Ahmed Khattak ... Khattak, three of his
# guards and the bomber were killed": a titled, named person killed at his own convoy or house.
TITLED_OWNERS_PLACE = re.compile(
    r"\b(?:convoy|motorcade|vehicle|car|jeep|house|home|residence) of "
    rf"(?:{TITLE_MODIFIER} ){{0,3}}?{TITLE_OF} (?P<name>{PERSON_NAME}{NAME_TAIL})"
)
# A titled person named, with an indefinite article, as one of the victims ("seven people, including a
# tribal elder, were killed", "six people, among them a councillor"): an attack on many, not aimed at that
# person. "Five people, including the governor" refers back to the one the attack was aimed at.
AMONG_VICTIMS = re.compile(
    r"\b(?:including|among (?:them|whom|those|the (?:dead|deceased|killed|slain|victims|injured|wounded)))"
    # "Twelve people were killed, including the mosque's imam", "five soldiers, among them Lieutenant Doe";
    # a bare "including the governor" points back to the one the attack was aimed at.
    r",? (?:an?|one|two|three|four|five|several|the [\w'-]+['’]s|(?-i:[A-Z])[\w'-]+) ",
    re.IGNORECASE,
)
# "Doe, the son of a tribal elder": the title is another person's, the victim is a relative or an aide.
_RELATIVE_OF = (
    r"\b(?:sons?|daughters?|children|family|parents|brothers?|sisters?|wife|wives|husband|father|mother|"
    r"nephews?|nieces?|cousins?|"
    r"relatives?|bodyguards?|guards?|drivers?|aides?|secretary|servants?|employees?|cooks?|friends?|"
    r"associates?|supporters?|guests?|in-laws?|grandsons?) (?:of|to)\b"
)
ANOTHERS_TITLE = re.compile(_RELATIVE_OF, re.IGNORECASE)
# ... and just before a match that starts at the title ("a bodyguard of [the provincial minister]").
# The other person may be named: "the wife and children of Doe, the leader of the militia, were killed".
ANOTHERS_TITLE_NEXT = re.compile(rf"{_RELATIVE_OF} (?-i:[A-Z][\w.'-]* |(?:al|el)-)*$", re.IGNORECASE)
# A titled person killed in a fight or by the state ("a rebel commander was killed during a gunfight", "shot
# dead by police"): the death of a combatant, not an attack aimed at that person (GTD records no state
# action).
IN_A_FIGHT = re.compile(
    r"\b(?:during|in) (?:an?|the) (?:[\w-]+ ){0,2}(?:gunfights?|gun ?battles?|clash(?:es)?|encounters?|"
    r"operations?|exchanges? of fire|shoot-?outs?|crossfire|firefights?|fighting|skirmish(?:es)?)\b|"
    r"\bby (?:the )?(?:police|security forces|troops|soldiers|army|military|commandos)\b",
    re.IGNORECASE,
)
# The titled person is the source of the report ("According to SSP Jane Doe, a police team was attacked").
SOURCE_BEFORE = re.compile(
    r"\b(?:according to|as per|quoting|quoted|told|given by)\b[^.;]{0,40}$", re.IGNORECASE
)
# The house or office of a titled person attacked is aimed at that person only when the person was harmed
# there ("stormed the home of Doe, a judge, and shot him dead"): GTD codes an attack on the building of
# one who was away by its weapon.
OWNERS_PLACE = re.compile(r"(?i:home|house|residence|office)\b")
OWNER_HARMED = re.compile(
    r"\b(?:kill\w*|shot|shooting|murder\w*|gunned down|stabb\w*|hack\w*|wound\w*|injur\w*) "
    r"(?:\w+ )?(?:him|her)\b|\b(?:he|she) (?:died|was (?:\w+ )?(?:killed|shot|wounded|injured|hurt))\b",
    re.IGNORECASE,
)
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w'-]+")
NAMED_HARMED = r"(?:was|were) (?:\w+ )?(?:killed|shot|wounded|injured|murdered|hurt)\b"
INDEFINITE_TITLE = re.compile(rf"(?:^|\s)(?:[Aa]n?) (?:[\w()'-]+ ){{0,5}}?(?:{PROMINENT_TITLE})\b")
# Standing, or a stance that singled the person out ("a cleric hostile to the sect").
STANDING = re.compile(
    r"\b(?:senior|prominent|top|well-known|high[- ]ranking|influential|renowned|famous|noted|leading|"
    r"outspoken|hostile to|critical of|(?:a )?critic of|opponent of|opposed to|"
    r"(?:known|noted|famous|renowned) (?:for|as)|"
    r"who had (?:\w+ )?(?:critici[sz]ed|condemned|opposed|denounced|spoken (?:out )?against)|"
    # What the person did that others knew: "an editor who had written about drug cartels", "an elder who
    # headed a peace committee".
    r"who (?:had )?(?:\w+ )?(?:written|reported|investigated|exposed|campaigned|testified) "
    r"(?:\w+ )?(?:about|on|against)|who (?:had )?(?:headed|led|chaired|founded)(?! (?:him|her|them)\b))\b",
    re.IGNORECASE,
)
STANDING_AFTER = re.compile(
    r"^(?: [\w'-]+){0,3}?,? (?:who (?:was |is |had been )?)?(?:known|noted|famous|renowned) (?:for|as)\b",
    re.IGNORECASE,
)
# Offices whose holder is prominent by the office alone ("gunmen shot dead a provincial governor").
HIGH_OFFICE = re.compile(
    r"\b(?:mayor|governor|minister|judge|senator|lawmaker|legislator|parliamentarian|member of "
    r"(?:the )?(?:[\w-]+ )?(?:parliament|senate|congress|(?:national|provincial|legislative|state) assembly)|"
    r"ambassador|consul|diplomat|general|brigadier|colonel|president|vice[- ]president|prosecutor|"
    r"candidate|MPA|MNA|MP|(?:national|provincial|legislative|state) assembly member|assembly(?:man|woman)|"
    r"congress(?:man|woman)|"
    # Heads of a district and members of a council above a village's (a village councillor shot dead stays
    # one of many in GTD's Pakistan rows).
    r"(?:provincial|district|city|municipal|town|county|regional) council(?: member|l?or)|"
    r"member of (?:the )?(?:[\w-]+ )?(?:provincial|district|city|municipal|town|county|regional) council|"
    r"(?:district|traditional) (?:head|ruler)|superintendent of police)\b",
    re.IGNORECASE,
)
BRACKETED = re.compile(r" ?\([^()]*\)")
NAME_BEFORE = re.compile(r"[A-Z][\w'-]+, $")
# A name right after the title, after a comma or "identified as" (not a place: "in Orangi Town").
NAME_AFTER = re.compile(
    rf"(?:[^.;,]{{0,60}}?,)?(?: (?:named|identified as|called))? (?:{HONORIFIC})?[A-Z][a-z][\w'-]* [A-Z]"
)
# Where a report turns to another incident.
SEPARATE_WORD = re.compile(r"\b(?:separately|in a separate|in another|meanwhile|elsewhere)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s+")
# A blast aimed at the victim's own car, convoy or house ("was killed when a suicide bomber targeted his
# hujra"): with a titled person killed, the explosive was aimed at that person. A vehicle that "hit a
# landmine" met an untargeted device.
AT_VICTIMS_OWN = re.compile(
    r"\b(?:target(?:ed|ing)|rammed (?:[\w'-]+ ){0,4}?into|"
    r"(?:planted|placed|hidden|fitted|fixed|stuck|concealed) (?:in|inside|under|on|beneath|to)|attached to|"
    r"struck|hit|blew up|ripped through|tore through) "
    # "a landmine blew up their jeep" after the named, titled person killed with his guards.
    r"(?:his|her|their) (?:own )?(?:vehicles?|car|jeep|pickup|motorcycle|"
    r"motorbike|convoy|motorcade|hujra|house|home|residence|office|guest ?house|compound)\b|"
    r"\btarget(?:ed|ing) (?:him|her)\b",
    re.IGNORECASE,
)
PARCEL = re.compile(r"\b(?:parcel|letter|mail|package[ds]?|packaged|envelope)\b", re.IGNORECASE)
HANDED_TO_PERSON = re.compile(
    rf"\b(?i:sent|mailed|posted|addressed|delivered|handed|gave|given)\b[^.;]{{0,80}}?\bto "
    rf"(?:[^.;]{{0,60}}?, )?(?:(?:the|a|an) )?(?:(?:{PROMINENT_TITLE}) )?"
    rf"{PERSON_NAME}(?! (?:{NOT_A_PERSON})\b)"
)
# GTD: "Attacks involving chemical, biological or radiological weapons are considered unarmed assaults".
CHEMICAL_WEAPON = re.compile(
    r"\b(?:chemical|biological|radiological|chlorine|sarin|mustard gas|nerve (?:gas|agent)|toxic gas|"
    r"poison gas|anthrax|ricin)\b",
    re.IGNORECASE,
)
# GTD's melee weapons other than sharp ones: blunt objects, hands, rope.
BLUNT_WEAPON = (
    r"(?:sticks?|clubs?|batons?|cudgels?|(?:iron |metal )(?:rods?|bars?|pipes?)|rods?|hammers?|"
    r"(?:cricket |baseball )?bats?|bricks?|rocks?|stones?)"
)
UNARMED_MEANS = re.compile(
    r"\b(?:beat(?:en|ing)?|club(?:bed|bing)|bludgeon(?:ed|ing)|batter(?:ed|ing)|stoned|stoning|rammed|"
    r"ramming|ran over|run over|drove (?:\w+ ){0,3}into|"
    r"(?:threw|throwing|thrown|hurled|hurling|pelted|pelting) (?:\w+ ){0,2}(?:stones|rocks|bricks)|"
    r"stone[- ]pelting|"
    r"(?:plough|plow|steer)(?:ed|ing)? into|mow(?:ed|ing) down|"
    r"(?:accelerated|sped|swerved|veered) (?:\w+ ){0,3}into|"
    r"with (?:his|her|their|a|an|the) (?:car|vehicle|truck|van|lorry|bulldozer|tractor)|"
    rf"(?:with|using|carrying|wielding) (?:[\w-]+ ){{0,2}}{BLUNT_WEAPON}|"
    r"hanged|suffocat\w*|tortured to death|"
    r"poison\w*|pesticides?|insecticides?|cyanide|acid|caustic|corrosive|strangl\w*|punch\w*|kicked|lynch\w*|"
    # The marks of blows: "sustained bruises to his face and back".
    r"bruis\w*|chemical|chlorine|sarin|toxic|noxious|poisonous|(?:unidentified|unknown|strange) gas|"
    r"hands?)\b",
    re.IGNORECASE,
)
ARMED_MEANS = re.compile(
    r"\b(?:fire[ds]?|firing|gun\w*|shot|shoot\w*|rifles?|pistols?|bullets?|knives|knife|stabb\w*|"
    # Burns suffered are an injury ("acid ... causing severe burns"), not a means.
    r"machetes?|axes?|swords?|hack\w*|behead\w*|slit|set (?:\w+ )?on fire|"
    r"(?<!severe )(?<!serious )(?<!minor )(?<!acid )(?<!with )(?<!suffered )(?<!sustained )burn\w*|"
    # Not a group's name: "the Armed Islamic Group".
    rf"(?:(?-i:armed)|(?<![\w,] )(?-i:Armed)(?! [A-Z]))(?! with (?:[\w-]+ ){{0,2}}{BLUNT_WEAPON}))\b",
    re.IGNORECASE,
)
DIED_IN_FIRE = re.compile(
    r"\b(?:died|killed|perished|burn(?:ed|t) to death|suffocated)\b[^.;]{0,20}?\bin the "
    r"(?:blaze|fire|flames|inferno)\b",
    re.IGNORECASE,
)
# The attacker shot or killed by those who stopped him: what the forces did, after the attack.
ATTACKER_STOPPED = re.compile(
    r"\b(?:assailants?|attackers?|driver|perpetrators?|suspects?) (?:was|were) (?:\w+ ){0,2}?"
    r"(?:shot|killed|gunned down|neutrali[sz]ed)\b[^.;]*|"
    # ... told actively: "Soldiers at the scene shot the driver dead".
    r"\b(?:shot|killed|gunned down|neutrali[sz]ed) (?:the|both) (?:\w+ )?(?:assailants?|attackers?|driver|"
    r"perpetrators?|suspects?)\b[^.;]*",
    re.IGNORECASE,
)
# Damage to a thing without harm to a person: what GTD calls a facility or infrastructure attack.
PROPERTY_DAMAGE = re.compile(
    r"\b(?:set (?:\w+ )?(?:on )?fire|set ablaze|torch\w*|arson\w*|burn(?:ed|t|ing)? (?:down|the|a)|"
    r"set (?:[\w'-]+ ){1,5}(?:on fire|ablaze)|(?:burn(?:ed|t|ing)?|torched) (?:[\w'-]+ ){0,3}"
    r"(?:vehicles?|bus|buses|trucks?|cars?|lorr(?:y|ies)|tractors?|machines?|machinery|equipment|containers?)|"
    r"(?<!opened )(?<!opening )(?<!open )fire (?:to|at)|vandali[sz]\w*|sabotag\w*|damag\w* (?:the|a)|"
    r"destroy\w*|demolish\w*|cut (?:the )?(?:\w+ )?(?:cables?|lines?|pipes?))\b",
    re.IGNORECASE,
)
# The object of the attack verb is a thing (GTD: "a building, monument, train, pipeline, etc.").
FACILITY_OBJECT = re.compile(
    r"\b(?:attack\w*|raid\w*|stormed|overran|targeted|struck|fired (?:up)?on|"
    # "fired machine guns at high-voltage lines".
    r"fired (?:[\w'-]+ ){0,2}?at|"
    # People attacked at a place are the object, not the place: "attacked passengers at a railway station".
    r"opened fire on) (?:(?!(?:passengers|people|civilians|worshippers|shoppers|pedestrians|commuters|"
    r"travell?ers|customers|students|children|women|men|villagers|residents|guards|policem[ae]n|soldiers|"
    r"workers|employees|staff)\b)[\w'-]+ ){0,6}?"
    r"(?:tracks?|railway|rail line|towers?|pylons?|pipelines?|plantations?|complex|mines?|offices?|"
    r"cent(?:er|re)s?|buildings?|shops?|factor(?:y|ies)|banks?|compan(?:y|ies)|providers?|installations?|"
    r"plants?|houses?|homes?|residences?|propert(?:y|ies)|bridges?|warehouses?|schools?|tankers?|"
    r"containers?|(?:supply|cargo|goods) (?:trucks?|vehicles?|convoys?)|terminals?|depots?|"
    r"(?:power|transmission|high-voltage|high-tension|electricity|telephone) lines)\b",
    re.IGNORECASE,
)
# GTD keeps a facility attack a facility attack when a guard is hurt; a death makes it an assault on people.
KILLING = re.compile(r"\b(?:kill\w*|dead|died|deaths?|murder\w*|behead\w*)\b", re.IGNORECASE)
HARMED = re.compile(r"\b(?:injur\w*|wound\w*|hurt)\b", re.IGNORECASE)
BLADE_OR_GUN_HARM = re.compile(
    r"\b(?:stabb(?:ed|ing)|hacked|knifed|slashed|shot|shooting) (?:and (?:\w+ )?)?(?:a|an|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|\d+) (?:[\w-]+ ){0,2}?(?:people|persons|m[ae]n|wom[ae]n|"
    r"villagers|residents|civilians|worshippers|members|children)\b",
    re.IGNORECASE,
)
EXPLOSIVE_WORD = re.compile(
    r"\b(?:bombs?|explosiv\w*|IEDs?|devices?|grenades?|mines?|landmines?|rockets?|mortars?|detonat\w*)\b",
    re.IGNORECASE,
)
# GTD's weapon list files a Molotov cocktail or petrol bomb under "Incendiary", not "Explosives": thrown at
# a building it is a facility attack, at people an armed assault, never a bombing.
INCENDIARY_WORD = re.compile(
    r"\b(?:molotov\w*|petrol[- ]bombs?|fire[- ]?bomb\w*|incendiar\w*|gasoline bombs?|kerosene bombs?)",
    re.IGNORECASE,
)
# The words that name an explosive weapon or its blast; a petrol or fire bomb is an incendiary.
# Tear-gas grenades and shells are crowd control, not explosives.
_NOT_TEAR_GAS = r"(?<!tear gas )(?<!tear-gas )(?<!teargas )"
_EXPLOSIVE_CORE = (
    rf"explosi\w*|IEDs?|{_NOT_TEAR_GAS}grenades?|landmines?|rockets?|mortars?|"
    rf"{_NOT_TEAR_GAS}shells?|missiles?|RPGs?|projectiles?|"
    r"detonat\w*|blasts?|(?<!petrol )(?<!fire )(?<!gasoline )(?<!kerosene )bombs?"
)
# An incendiary device "detonates" too: the verb names no explosive.
BLAST_WORD = re.compile(rf"\b(?!detonat)(?:{_EXPLOSIVE_CORE}|mines?|suicide)\b", re.IGNORECASE)
# Explosions named in an attack's sentences ("a mine" may be a coal mine, "suicide" a gunman's end).
EXPLOSION_WORD = re.compile(
    # Not a stance: "a cleric who had issued edicts against suicide attacks".
    rf"(?<!against )(?<!against the )\b(?:{_EXPLOSIVE_CORE}|shelling|"
    r"suicide (?:attack|bomb|car|truck|vest|belt)\w*|"
    r"bomb(?:ed|ings?|ers?)|bl(?:ew|own|owing|ows?) up|dynamit\w*)\b",
    re.IGNORECASE,
)
# A firearm named: an attack that also uses explosives is coded by the weapon it opens with. "Gunmen" name
# the attackers, not the weapon of the moment ("gunmen hurled a grenade"); a missile "shot down" a plane.
FIREARM_WORD = re.compile(
    r"\b(?:gun(?!m[ae]n\b)\w*|shot(?! down)|shoot\w*|rifles?(?![- ]grenades?)|pistols?|bullets?|opened fire|"
    r"open fire|firearms?|small arms|"
    r"sniper\w*|machine[- ]?guns?|AK-?47s?|Kalashnikovs?|automatic weapons)\b",
    re.IGNORECASE,
)
# GTD's Armed Assault "also includes attacks involving certain classes of explosive devices in addition to
# firearms, incendiaries, or sharp instruments": grenades, projectiles and explosives that are thrown. A
# planted, remote or suicide device is a bombing whatever else is used.
THROWN_EXPLOSIVE = re.compile(
    r"\b(?:(?:hand|rocket-propelled|rocket propelled) grenades?|grenades?|RPGs?|"
    r"(?:threw|thrown|throwing|hurled|hurling|lobbed|lobbing|tossed|tossing) (?:[\w'-]+ ){0,4}?"
    r"(?:explosives?|devices?|bombs?))\b",
    re.IGNORECASE,
)
# The codebook's "projectiles": rockets and mortars fired together with guns ("fired rockets and automatic
# weapons at a camp"); not state troops' fire across a line of control, which GTD does not record.
PROJECTILE = re.compile(
    r"\b(?:rockets?|mortars?(?: rounds| shells| bombs)?|projectiles?)\b",
    re.IGNORECASE,
)
TROOPS_FIRING = re.compile(
    r"\b(?:troops|soldiers|army|Rangers|forces) (?:(?!who\b)[\w'-]+ ){0,3}?(?:fired|shelled|opened fire)\b",
    re.IGNORECASE,
)
PLANTED_EXPLOSIVE = re.compile(
    r"\b(?:suicide|IEDs?|improvised|remote[- ]controlled|roadside|planted|landmines?|"
    r"mines?(?! (?:and minerals|department|ministry|inspectorate))|car bombs?|"
    r"explosives?-(?:laden|packed|filled|rigged)|vehicle-borne|time bombs?|magnetic|sticky bombs?)\b",
    re.IGNORECASE,
)
NO_CASUALTIES = re.compile(
    r"\bno (?:reported )?(?:casualties|injuries|one was (?:hurt|injured|killed))\b", re.IGNORECASE
)
# Free-text type phrases (Wikipedia's "Type" column) by their words, checked in this order: "suicide car
# bombing" is a bombing, "attempted bombing" too (Wikipedia lists foiled attacks). Wikipedia keeps
# "kidnapping" apart from "hostage-taking", "hostage crisis" and "siege", which hold hostages where they
# were seized: GTD's Barricade Incident.
PHRASE_ATTACKS: tuple[tuple[re.Pattern[str], AttackType], ...] = (
    (re.compile(r"assassinat"), AttackType.ASSASSINATION),
    (re.compile(r"hijack|skyjack"), AttackType.HIJACKING),
    (re.compile(r"kidnap|abduct"), AttackType.KIDNAPPING),
    (re.compile(r"hostage|siege|barricade"), AttackType.BARRICADE),
    (
        re.compile(
            r"bomb|explos|\bied|grenade|rocket|mortar|shell|missile|mine\b|artillery|air ?strike|drone"
        ),
        AttackType.BOMBING,
    ),
    (re.compile(r"arson|fire|burn|loot|vandal|sabotage|destruction"), AttackType.FACILITY),
    (re.compile(r"vehic|ramming|chemical|poison|beating|lynch"), AttackType.UNARMED_ASSAULT),
    (
        re.compile(
            r"shoot|gun|ambush|massacre|execut|stab|melee|raid|assault|attack|clash|behead|murder|"
            r"fighting|offensive|knife|machete|axe|killing"
        ),
        AttackType.ARMED_ASSAULT,
    ),
)


def is_gtd_coded(mention: Mention) -> bool:
    """Whether GTD would record what the mention reports: violence, a property attack or a riot."""
    return mention.event_type in VIOLENT_EVENT_TYPES or mention.sub_event_type in GTD_CODED_SUB_TYPES


def event_sentences(mention: Mention, text: str) -> str:
    """The sentences the extractor gave as evidence for the event, joined; the whole text if none."""
    spans = [item for item in mention.evidence if item.field is EvidenceField.EVENT]
    return " ".join(text[item.start : item.end] for item in spans) or text


def text_from_event(mention: Mention, text: str) -> str:
    """The report from the event's first sentence on, up to a turn to another incident ("separately")."""
    starts = [item.start for item in mention.evidence if item.field is EvidenceField.EVENT]
    start = min(starts, default=0)
    turn = SEPARATE_WORD.search(text, start + 1)
    return text[start : turn.start() if turn else len(text)]


def is_incendiary(sentences: str) -> bool:
    """Whether the weapon the sentences name is an incendiary one (a petrol bomb) and no explosive."""
    return INCENDIARY_WORD.search(sentences) is not None and BLAST_WORD.search(sentences) is None


def is_property_attack(sub_type: SubEventType, sentences: str, text: str) -> bool:
    """GTD's facility attack: property destroyed, or a thing damaged or attacked (in the event's sentences,
    or anywhere in a report whose event sentences name no weapon), and nobody killed."""
    if sub_type is S.LOOTING_PROPERTY_DESTRUCTION and DIED_IN_FIRE.search(text):
        return True  # a guard who "died in the blaze" of an arson: the building was the target
    if KILLING.search(text) and not NO_CASUALTIES.search(text):
        return False
    if sub_type is S.LOOTING_PROPERTY_DESTRUCTION:
        return True
    if sub_type is S.ATTACK and BLADE_OR_GUN_HARM.search(sentences) is not None:
        # People stabbed or shot where homes were also wrecked were the attack's aim (GTD's hierarchy puts
        # armed assault before facility attack): "stabbing four people and vandalizing several homes".
        return False
    if PROPERTY_DAMAGE.search(sentences) or FACILITY_OBJECT.search(sentences):
        return True
    if INCENDIARY_WORD.search(sentences):
        # A petrol bomb that hurts people was thrown at them: an armed assault.
        return HARMED.search(sentences) is None
    unarmed_event = ARMED_MEANS.search(sentences) is None and EXPLOSIVE_WORD.search(sentences) is None
    return (
        unarmed_event
        and (PROPERTY_DAMAGE.search(text) or FACILITY_OBJECT.search(text) or INCENDIARY_WORD.search(text))
        is not None
    )


def is_explosive_attack(sub_type: SubEventType, sentences: str) -> bool:
    """An attack whose sentences name explosions before any firearm: GTD's Bombing/Explosion ("the primary
    effects are caused by an energetically unstable material"), whatever sub-type the extractor chose; a
    building or pipeline blown up is a bombing too, as Bombing comes before Facility in GTD's hierarchy.
    An attack that opens with a blast and goes on with gunfire is coded by its first weapon, as GTD codes a
    sequence of events; gunfire first ("gunmen opened fire, then threw grenades") is an armed assault."""
    return (
        sub_type in (S.ATTACK, S.ARMED_CLASH, S.LOOTING_PROPERTY_DESTRUCTION)
        and EXPLOSION_WORD.search(sentences) is not None
        and not is_gunfire_first(sentences)
        and not is_incendiary(sentences)
    )


def is_gunfire_first(sentences: str) -> bool:
    """Whether the sentences name gunfire before any explosive ("gunmen opened fire, then threw grenades")."""
    explosion = EXPLOSION_WORD.search(sentences)
    firearm = FIREARM_WORD.search(sentences)
    return firearm is not None and (explosion is None or firearm.start() < explosion.start())


def is_armed_assault_with_grenades(sub_type: SubEventType, sentences: str) -> bool:
    """GTD's armed assault with thrown explosives: grenades, rocket-propelled grenades, rockets, mortars or a
    thrown device used together with firearms ("gunmen armed with rifles and grenades stormed the post",
    "fired rockets and automatic weapons at a camp"), and no planted, remote or suicide device."""
    return (
        sub_type in (S.GRENADE, S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.SHELLING_ARTILLERY_MISSILE_ATTACK)
        and (
            THROWN_EXPLOSIVE.search(sentences) is not None
            or (PROJECTILE.search(sentences) is not None and TROOPS_FIRING.search(sentences) is None)
        )
        and FIREARM_WORD.search(sentences) is not None
        and PLANTED_EXPLOSIVE.search(sentences) is None
    )


def names_weapon(sentences: str) -> bool:
    """Whether the sentences name any means of attack: a firearm, a blade, fire, an explosive, an
    incendiary, a blunt object, a vehicle or poison."""
    return any(
        pattern.search(sentences) is not None
        for pattern in (FIREARM_WORD, ARMED_MEANS, EXPLOSION_WORD, INCENDIARY_WORD, UNARMED_MEANS)
    )


def weapon_sentences(mention: Mention, sentences: str, text: str) -> str:
    """Where to read an attack's weapon: its own sentences, or the report up to them when they give only its
    toll or claim ("29 people were injured in the attack" after "A bomb was thrown at a train"); a later
    "separately, a bomb went off" is another event."""
    if names_weapon(sentences):
        return sentences
    spans = [(item.start, item.end) for item in mention.evidence if item.field is EvidenceField.EVENT]
    if not spans:
        return text
    # Not past an earlier "separately, a bomb went off": that is another event's weapon.
    first = min(start for start, _ in spans)
    separate = [match.end() for match in SEPARATE_WORD.finditer(text, 0, first)]
    return text[max(separate, default=0) : max(end for _, end in spans)]


def is_unarmed(text: str) -> bool:
    """GTD's unarmed assault: harm by hands, stones, a vehicle or poison, and no weapon named. The forces'
    fire that stopped the attacker is not the attacker's weapon ("the assailant was shot dead at the
    scene")."""
    return (
        UNARMED_MEANS.search(text) is not None and ARMED_MEANS.search(ATTACKER_STOPPED.sub(" ", text)) is None
    )


def owner_harmed_next(sentences: str, found: re.Match[str], after: str) -> bool:
    """Whether the sentence after the attack on a person's house tells that person harmed, by name:
    "attacked the residence of Musa Danladi, the traditional ruler. Danladi and two of his sons were
    killed"."""
    parts = SENTENCE_END.split(sentences[found.end() : found.end() + 360])
    if len(parts) < 2:
        return False
    names = set(CAPITALISED_WORD.findall(found.group(0) + " " + after[:30]))
    return any(
        re.search(rf"^\W*{re.escape(name)}\b[^.;]{{0,60}}?\b{NAMED_HARMED}", parts[1]) is not None
        for name in names
    )


def is_incidental_victim(sentences: str, found: re.Match[str]) -> bool:
    """Whether the titled person of a match is named as one of several victims ("including a judge"), or
    the title is another person's ("the son of a tribal chief")."""
    # Within the title's own sentence: "...including a child. Gunmen then shot dead the mayor".
    before = SENTENCE_END.split(sentences[max(0, found.start() - 60) : found.start()])[-1]
    after = SENTENCE_END.split(sentences[found.end() : found.end() + 120])[0]
    return (
        AMONG_VICTIMS.search(before + found.group(0)) is not None
        or IN_A_FIGHT.search(found.group(0) + after) is not None
        or SOURCE_BEFORE.search(before) is not None
        or (
            OWNERS_PLACE.match(found.group(0)) is not None
            and OWNER_HARMED.search(after) is None
            and not owner_harmed_next(sentences, found, after)
        )
        or ANOTHERS_TITLE.search(found.group(0)) is not None
        or ANOTHERS_TITLE_NEXT.search(before) is not None
    )


def is_unnamed_instance(sentences: str, found: re.Match[str]) -> bool:
    """Whether the titled person of a match is one of a kind ("shot dead a tribal elder"): an indefinite
    article, no name beside the title and no word of standing. GTD's assassination is aimed at a specific
    person; "a local official was killed" reads as an attack on a member of a group."""
    title = INDEFINITE_TITLE.search(found.group(0))
    if title is None or STANDING.search(found.group(0)) is not None or HIGH_OFFICE.search(title.group(0)):
        return False
    # What singled the person out may follow the title: "a radio commentator known for criticizing local
    # officials", "a deputy public prosecutor known for investigating left-wing militants".
    rest = SENTENCE_END.split(sentences[found.end() : found.end() + 100])[0]
    if STANDING_AFTER.match(rest) is not None:
        return False
    before = sentences[max(0, found.start() - 40) : found.start()]
    # A name may follow a gloss in brackets: "a former naib sarpanch (deputy village head) Jane Doe".
    after = BRACKETED.sub("", sentences[found.start() + title.end() : found.end() + 120])
    return NAME_BEFORE.search(before) is None and NAME_AFTER.match(after) is None


def names_prominent_target(pattern: re.Pattern[str], sentences: str) -> bool:
    """Whether the pattern finds, in the sentences, a person of note aimed at: not one of several victims,
    nor a relative or an aide of the titled person."""
    return any(not is_incidental_victim(sentences, found) for found in pattern.finditer(sentences))


def names_specific_target(pattern: re.Pattern[str], sentences: str) -> bool:
    """Whether the pattern, which may find a title with no name, finds a person of note aimed at who is a
    specific one: named, of high office or of stated standing."""
    return any(
        not is_incidental_victim(sentences, found) and not is_unnamed_instance(sentences, found)
        for found in pattern.finditer(sentences)
    )


def is_titled_later(sentences: str, text: str) -> bool:
    """Whether a person named in the event's sentences, or named as harmed before, is given an office of
    note, by name, in a later sentence ("Sahak was the director of the provincial education department")."""
    for found in NAME_WAS_TITLED.finditer(text):
        name = re.compile(rf"\b{re.escape(found.group('name'))}\b")
        if name.search(sentences) is not None and NAMED_PERSON.search(sentences) is not None:
            return True
        told = [part for part in re.split(r"(?<=[.;])\s+", text[: found.start()]) if name.search(part)]
        if told and NAMED_PERSON.search(told[0]) is not None and HARMED_WORD.search(told[0]) is not None:
            return True
    return False


def owner_named_killed(sentences: str) -> bool:
    """Whether a titled, named person at whose convoy or house a blast went off is told killed by name:
    "into the convoy of DIG Zahoor Ahmed Khattak ... Khattak, three of his guards and the bomber were
    killed"."""
    for found in TITLED_OWNERS_PLACE.finditer(sentences):
        surname = found.group("name").split()[-1]
        told = re.search(
            rf"\b{re.escape(surname)}\b(?!['’]s)[^.;]{{0,60}}?\b(?:was|were) (?:\w+ )?killed\b|"
            rf"\b{re.escape(surname)} (?:was |were )?(?:killed|died)\b",
            sentences[found.end() :],
        )
        if told is not None:
            return True
    return False


def is_assassination(sub_type: SubEventType, sentences: str, text: str) -> bool:
    """GTD: the aim was to kill a specific, prominent person; explosives aimed at a house stay bombings."""
    if ASSASSINATION_WORD.search(sentences):
        return True
    if sub_type in EXPLOSIVE_SUB_TYPES:
        return (
            names_prominent_target(INTENDED_FOR_TITLED, text)
            or owner_named_killed(sentences)
            or any(
                names_prominent_target(pattern, sentences)
                for pattern in (PERSONS_VEHICLE, TARGETED_TITLED_NAME)
            )
            or names_prominent_target(TITLED_NAME_SURVIVED, sentences)
            or (PARCEL.search(sentences) is not None and HANDED_TO_PERSON.search(sentences) is not None)
            or (
                STUCK_TO_VEHICLE.search(sentences) is not None
                and (VICTIM_WAS_TITLED.search(text) or VICTIM_IDENTIFIED_TITLED.search(text)) is not None
            )
            or (
                names_prominent_target(NAMED_VICTIM_KILLED, sentences)
                and names_prominent_target(TITLED_NAME, text)
            )
            or (
                OWNERS_PLACE.search(sentences) is not None
                and KILLED_WORD.search(sentences) is not None
                and is_titled_later(sentences, text)
            )
            or (
                (
                    names_prominent_target(TITLED_NAME_KILLED, sentences)
                    or names_prominent_target(TITLE_BEFORE_NAME_ATTACKED, sentences)
                    or names_specific_target(TITLED_OWNER_KILLED, sentences)
                )
                and AT_VICTIMS_OWN.search(sentences) is not None
            )
        )
    if sub_type not in (S.ATTACK, S.ARMED_CLASH):
        return False
    if any(names_specific_target(pattern, sentences) for pattern in (TITLED_VICTIM, TITLED_SUBJECT_KILLED)):
        return True
    if VICTIM_NAMED_LATER.search(text) is not None and any(
        names_prominent_target(pattern, sentences) for pattern in (TITLED_VICTIM, TITLED_SUBJECT_KILLED)
    ):
        # "A village headman was shot dead ... The victim, Abdullah Samae, had been appointed": the holder
        # of the title is a specific person, named in a later sentence.
        return True
    if any(
        names_prominent_target(pattern, sentences)
        for pattern in (
            TITLED_NAME_KILLED,
            ORGANISATION_TITLED_VICTIM,
            TITLE_BEFORE_NAME_ATTACKED,
            PROMINENT_VICTIM_KILLED,
            NAMED_TITLED_VICTIM,
            TITLED_NAME_SURVIVED,
            TITLED_NAME_THEN_HARMED,
            NAMED_PROMINENT_VICTIM,
            POSTED_NAMED_TITLED_VICTIM,
            TITLE_HELD_THEN_HARMED,
        )
    ):
        return True
    if HIMSELF_TITLED.search(sentences) is not None:
        # A relative's title may come first: the victim's own follows "himself".
        return True
    if VICTIM_WAS_TITLED.search(text) is not None and NAMED_PERSON.search(sentences) is not None:
        return True
    titled = VICTIM_WAS_TITLED.search(text)
    if titled is not None and HIGH_OFFICE.search(titled.group(0)) is not None:
        # The one killed held high office, told later with no name: "The victim was a member of the
        # Balochistan Provincial Assembly".
        return True
    if LATER_STANDING.search(text) is not None:
        return True
    if VICTIM_IDENTIFIED_TITLED.search(text) is not None:
        return True
    if is_titled_later(sentences, text):
        return True
    return names_prominent_target(NAMED_VICTIM, sentences) and names_prominent_target(TITLED_NAME, text)


def attack_type_of(mention: Mention, text: str, *, attempted_attacks: bool = False) -> AttackType | None:
    """The GTD attack type of one mention of `text` (the article text its evidence indexes).

    None for what GTD does not record (protests, arrests, a riot with no harm). With `attempted_attacks`,
    a disrupted weapons use (a bomb defused) counts as the bombing it would have been, as GTD records
    unsuccessful attacks.
    """
    if not is_gtd_coded(mention):
        return None
    sentences = event_sentences(mention, text)
    sub_type = mention.sub_event_type
    if HIJACK.search(sentences):
        return AttackType.HIJACKING
    # The siege may be told after the seizure: "held guests hostage. Security forces besieged the building".
    told_after = text_from_event(mention, text)
    if (
        sub_type in (S.ATTACK, S.ARMED_CLASH, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
        and (HOSTAGE_WORD.search(sentences) or HELD_INSIDE.search(sentences))
        and BARRICADE_CUE.search(sentences)
    ) or (
        # Bombers who stormed a place and held its people (GTD's hierarchy puts a barricade incident
        # before a bombing): "gunmen wearing explosive belts stormed a hotel and seized guests".
        sub_type in EXPLOSIVE_SUB_TYPES
        and any(pattern.search(sentences) for pattern in (HOSTAGE_WORD, HELD_INSIDE, SEIZED_AT_SCENE))
        and SIEGE_CUE.search(told_after)
        and LONG_CAPTIVITY.search(text) is None
    ):
        return AttackType.BARRICADE
    if sub_type is S.ABDUCTION_FORCED_DISAPPEARANCE or (
        sub_type is S.ATTACK and KIDNAP_CUE.search(sentences)
    ):
        held_on_site = BARRICADE_CUE.search(told_after) is not None and LONG_CAPTIVITY.search(text) is None
        return AttackType.BARRICADE if held_on_site else AttackType.KIDNAPPING
    if is_assassination(sub_type, sentences, text):
        return AttackType.ASSASSINATION
    if sub_type is S.DISRUPTED_WEAPONS_USE:
        return AttackType.BOMBING if attempted_attacks and EXPLOSIVE_WORD.search(sentences) else None
    if sub_type is S.CHEMICAL_WEAPON or (
        sub_type in EXPLOSIVE_SUB_TYPES and CHEMICAL_WEAPON.search(sentences)
    ):
        return AttackType.UNARMED_ASSAULT
    if is_armed_assault_with_grenades(sub_type, sentences):
        return AttackType.ARMED_ASSAULT
    if sub_type in EXPLOSIVE_SUB_TYPES and not is_incendiary(sentences):
        return AttackType.BOMBING
    if is_explosive_attack(sub_type, weapon_sentences(mention, sentences, text)):
        return AttackType.BOMBING
    if is_property_attack(sub_type, sentences, text):
        return AttackType.FACILITY
    if is_unarmed(text):
        return AttackType.UNARMED_ASSAULT
    return AttackType.ARMED_ASSAULT


def classify_attack_type(
    mentions: Sequence[Mention], text: str, *, attempted_attacks: bool = False
) -> AttackType | None:
    """The GTD attack type of an article: the highest in GTD's hierarchy over its main GTD-coded mentions
    (over every GTD-coded mention when none is main); None when GTD would record no attack."""
    coded = [mention for mention in mentions if is_gtd_coded(mention)]
    chosen = [mention for mention in coded if mention.role is Role.MAIN] or coded
    found = {
        attack
        for mention in chosen
        if (attack := attack_type_of(mention, text, attempted_attacks=attempted_attacks)) is not None
    }
    return min(found, key=HIERARCHY.index) if found else None


def choose_attack_mention(mentions: Sequence[Mention], text: str) -> Mention | None:
    """The mention a one-incident row is about: the first main mention with a GTD attack type, else the
    first main mention, else the first mention."""
    return choose_primary(mentions, prefer=lambda mention: attack_type_of(mention, text) is not None)


def attack_type_of_phrase(phrase: str) -> AttackType | None:
    """The GTD attack type a free-text type phrase names ("car bombing", "shooting"); None if unknown."""
    lowered = phrase.lower()
    for pattern, attack in PHRASE_ATTACKS:
        if pattern.search(lowered):
            return attack
    return None
