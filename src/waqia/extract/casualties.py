"""Killed and injured counts read from the sentences that report one event, with their evidence spans.

How figures are combined, so that a toll is neither missed nor counted twice (issue #3):

- Each casualty statement ("nine people were killed", "killing 12 soldiers", "the toll rose to 54", "54 dead",
  "a policeman was martyred", "shot dead journalist Ahmed Ali", "no one was hurt") is read with the victim
  group it names: its head noun ("policemen", "civilians"), or none for "people", "persons", "victims", a
  name, a pronoun or a bare figure (a total).
- Within one sentence, statements of a field are different victims and are added ("two policemen and three
  civilians were killed" is 5; "four were killed in the first car and one in the second" is 5), except a toll
  ("taking the toll to 23"), which is a total, and another source's figure (", police said, while elders put
  the toll at eight"), where the larger is kept.
- Across sentences, a later statement restates unless it says otherwise: totals (generic groups, tolls) keep
  the larger figure; statements about named groups keep the larger figure per group and add up over distinct
  groups ("four soldiers were killed. A civilian was also killed" is 5); the result is the larger of the
  largest total and that sum. So "the nine dead included two children" adds nothing, and figures after
  "including", "mostly", "among them" or "20 of them" are parts, never added.
- Statements marked as more victims ("two more died in hospital", "another three", "two others") add to what
  earlier sentences gave for the field, except a headline's ("12 dead, 30 hurt" above "twelve were killed
  and 30 others injured"), which the body restates. A name joined to such a group is one of the victims
  ("Doe and three others were killed" is 4; "Doe and an unknown number of others", at least 1), and two
  names as one subject are two ("Doe, a judge, and Roe, a police chief, were killed").
- A zero ("no casualties", "no one was hurt") counts only when no figure is given for its field.
- A figure given for several attacks together ("... killed across all six attacks", a running tally such as
  "27 policemen have been killed in the district this year") is not this event's count and is dropped (zeros
  are kept), nor is one told in a clause recalling an earlier event ("the deadliest since May 2021, when a
  bomber killed 33"). Numbers that count no people (ages, dates, times, distances, money,
  weights, vehicles) and figures after a preposition ("compensation for the 45 families who were killed")
  are not read.
- Attackers ("the bomber", "three militants", "two assailants", "in addition to the bomber") are kept apart in
  `attackers_killed` and taken out of a total that says it includes them ("nine people, including the bomber,
  were killed" and "nine people were killed, including the bomber" are 8 victims and 1 attacker). A suicide
  bomber who detonated, blew himself up or struck counts as one attacker killed, as GTD and ACLED count
  suicide attacks. Injured attackers are not separated: an injured total stays as stated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from waqia.extract.numbers import (
    COUNT_PATTERN,
    CountRange,
    add_counts,
    choose_larger_count,
    parse_count,
    subtract_count,
)
from waqia.model import Casualties, Evidence, EvidenceField, Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class CasualtyReading:
    """Victims killed and injured, attackers killed (kept apart), and the spans every figure came from."""

    casualties: Casualties
    attackers_killed: CountRange | None
    evidence: tuple[Evidence, ...]


def _word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(words.split())


KILLED = EvidenceField.KILLED
INJURED = EvidenceField.INJURED
ONE = CountRange(minimum=1, maximum=1)
# A couple is two people: "an elderly couple and their son were shot dead" is three.
COUPLE = CountRange(minimum=2, maximum=2)
ZERO = CountRange(minimum=0, maximum=0)

ATTACKER_NOUNS = _word_set(
    """bomber bombers attacker attackers assailant assailants militant militants terrorist terrorists
    gunman gunmen insurgent insurgents perpetrator perpetrators suspect suspects extremist extremists
    rebel rebels kidnapper kidnappers abductor abductors hijacker hijackers raider raiders miscreant
    miscreants dacoit dacoits outlaw outlaws jihadist jihadists separatist separatists maoist maoists
    naxal naxals naxalite naxalites taliban assassin assassins shooter shooters khawarij khwarij khariji
    kharijis"""
)
# Heads that name people even without a figure ("the driver", "a policeman").
PERSON_NOUNS = (
    _word_set(
        """people person persons individual individuals man men woman women child children boy boys girl
        girls kid kids baby babies infant infants toddler toddlers teenager teenagers youth youths
        civilian civilians soldier soldiers troop troops trooper troopers policeman policemen
        policewoman policewomen police officer officers cop cops constable constables personnel guard
        guards security worker workers student students teacher teachers pupil pupils passenger
        passengers driver drivers villager villagers resident residents worshipper worshippers worshiper
        worshipers pilgrim pilgrims member members leader leaders official officials commander
        commanders chief chiefs chieftain chieftains elder elders tribesman tribesmen journalist
        journalists reporter reporters doctor doctors nurse nurses judge judges lawyer lawyers farmer
        farmers shopkeeper shopkeepers trader traders labourer labourers laborer laborers employee
        employees owner owners son sons daughter daughters wife wives husband husbands brother brothers
        sister sisters father fathers mother mothers family families relative relatives cleric clerics
        imam imams priest priests pastor pastors monk monks nun nuns bystander bystanders passer-by
        passers-by passerby passersby pedestrian
        pedestrians customer customers tourist tourists foreigner foreigners national nationals engineer
        engineers contractor contractors volunteer volunteers peacekeeper peacekeepers victim victims
        casualty casualties inmate inmates prisoner prisoners hostage hostages candidate candidates
        politician politicians lawmaker lawmakers councillor councillors councilor councilors mayor
        mayors governor governors minister ministers sepoy sepoys jawan jawans ranger rangers levies
        khasadar khasadars watchman watchmen bodyguard bodyguards guardsman guardsmen sailor sailors
        marine marines pilot pilots captain captains major colonel lieutenant sergeant sergeants general
        generals cadet cadets recruit recruits fighter fighters militiaman militiamen activist activists
        supporter supporters protester protesters protestor protestors demonstrator demonstrators
        mourner mourners spectator spectators player players fisherman fishermen herder herders shepherd
        shepherds vendor vendors chair chairman headman headmaster principal scholar scholars cameraman
        local locals citizen citizens colleague colleagues companion companions friend friends neighbour
        neighbours neighbor neighbors uncle nephew cousin cousins grandson agent agents commando
        commandos staff staffer staffers official informer informants informant patient patients couple
        aide aides escort escorts assistant assistants secretary secretaries deputy deputies sheikh sheikhs
        prosecutor prosecutors commissioner commissioners councilman councilmen businessman businessmen
        ruler rulers emir emirs orderly orderlies"""
    )
    | ATTACKER_NOUNS
)
# Heads that show a figure is not a count of people ("3 km", "100 kg", "12 March", "two vehicles").
NON_PERSON_NOUNS = _word_set(
    """km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters feet foot
    yards kg kgs kilogram kilograms kilo kilos pound pounds tons tonnes ton litre litres hour hours hrs
    minute minutes second seconds day days week weeks month months year years decade decades am pm gmt
    rupee rupees rs pkr dollar dollars afghanis percent per cent vehicle vehicles car cars bus buses
    truck trucks lorry lorries van vans motorcycle motorcycles motorbike motorbikes house houses home
    homes shop shops building buildings round rounds rocket rockets mortar mortars shell shells bomb
    bombs device devices grenade grenades ied ieds explosive explosives weapon weapons rifle rifles gun
    guns pistol pistols mine mines school schools village villages time times attack attacks blast
    blasts explosion explosions incident incidents raid raids strike strikes drone drones shot shots
    bullet bullets tower towers pole poles bridge bridges post posts checkpoint checkpoints district
    districts province provinces area areas away far apart later earlier ago number unknown government
    part parts side sides group groups crowd crowds lot bunch band convoy january february march april
    may june july august september october november december monday tuesday wednesday thursday friday
    saturday sunday"""
)
GENERIC_NOUNS = _word_set(
    """people person persons individual individuals other others victim victims casualty casualties dead
    them those these whom"""
)
# Synonyms folded to one key so that restatements with another word are not added twice.
GROUP_KEYS = {
    "policeman": "police",
    "policewoman": "police",
    "cop": "police",
    "constable": "police",
    "officer": "police",
    "soldier": "military",
    "troop": "military",
    "trooper": "military",
    "sepoy": "military",
    "jawan": "military",
    "serviceman": "military",
    "personnel": "military",
    "kid": "child",
    "boy": "child",
    "girl": "child",
}
# Capitalised words that start sentences or name institutions, never a single victim.
NOT_NAMES = _word_set(
    """the in on at police security officials sources many some others they all several most few it this
    that he she his her their authorities army troops militants taliban government no none"""
)
# Sentence openers that are no name: "However, five of his guards ...", "Later he died".
OPENERS = _word_set(
    """however meanwhile separately moreover besides furthermore nevertheless later earlier also
    additionally similarly then thereafter overall initially reportedly yesterday today"""
)
PRONOUNS = frozenset({"he", "she"})
ADDITIVE_WORDS = _word_set("more other others another additional further")
IRREGULAR_SINGULARS = {"men": "man", "women": "woman", "children": "child", "people": "people"}
PERSON_SUFFIXES = ("man", "men", "ist", "ists", "ian", "ians", "er", "ers", "ant", "ants", "ent", "ents")

_FLAGS = re.IGNORECASE
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_AGE = (
    rf"(?:\d+|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)(?:\s*-\s*|\s+)(?:year|month|week|day)s?"
    r"(?:\s*-\s*|\s+)old"
)
_AUX_WORDS = (
    r"was|were|is|are|been|being|be|have|has|had|got|get|reportedly|reported|also|allegedly|later|all|both|"
    r"subsequently|apparently|fatally|critically|seriously|severely|slightly|badly|grievously|mortally|"
    r"gravely|instantly|immediately|then|initially|officially|confirmed|said|believed|thought|known|to|"
    r"probably|possibly|likely|eventually|each|either|feared"
)
_KILL_PREDICATE = (
    # Headlines and chronologies tell it in the present: "six soldiers die in Kurram ambush".
    r"killed|dead|died|(?<!\bto\s)(?<!\bmay\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bmight\s)"
    r"(?<!\bcan\s)(?<!\bshould\s)(?:die|dies)(?![\w-])(?!\s+(?:down|out|hard|off|for)\b)|"
    r"martyred|slain|murdered|massacred|assassinated|executed|beheaded|decapitated|lynched|perished|"
    r"gunned\s+down|shot\s+dead|(?:shot(?:\s+at)?|fired\s+(?:up)?on|attacked)\s+and\s+killed|shot\s+and\s+(?:later\s+)?died|embraced\s+martyrdom|"
    r"fatally\s+(?:shot|stabbed)|"
    r"(?:burnt|burned|stabbed|beaten|hacked|crushed|shot|bludgeoned|strangled|hanged|tortured)\s+to\s+death|"
    r"lost\s+(?:their|his|her)\s+li(?:fe|ves)|succumbed|found\s+(?:dead|beheaded|murdered|slain)|"
    r"target[- ]killed|"
    # Pakistani copy: "embraced shahadat", "laid down their lives"; ISPR: "neutralised", "sent to hell".
    r"embraced\s+shahadat|laid\s+down\s+(?:their|his|her)\s+li(?:fe|ves)|neutrali[sz]ed|sent\s+to\s+hell"
)
_INJURE_PREDICATE = (
    r"wounded|injured|hurt|maimed|(?:shot(?:\s+at)?|stabbed|fired\s+(?:up)?on|attacked)\s+and\s+(?:wounded|injured)|"
    r"(?:sustained|suffered|received)\s+(?:[a-z-]+\s+){0,2}?(?:injuries|injury|wounds|burns?)|"
    r"hospitali[sz]ed|admitted\s+to\s+(?:a\s+|the\s+)?hospital"
)
_ACTIVE_KILL = (
    r"killing|killed|kills|(?<!\bto\s)kill|(?:shot|shooting|shoots?)\s+dead|shot\s+and\s+killed|"
    r"shooting\s+and\s+killing|(?:gunned|gunning|guns?|mowed|mowing|mows?)\s+down|murdered|murdering|"
    r"assassinated|assassinating|beheaded|decapitated|"
    r"beheading|executed|executing|lynched|lynching|martyred|martyring|massacred|massacring|"
    r"(?:stabbed|stabbing|hacked|hacking|beat|beating|beaten|burned|burning|burnt|bludgeoned|stoned|stoning|"
    r"strangled|strangling)\s+to\s+death|"
    r"(?:claimed|claiming|took|taking|cost|costing)\s+the\s+li(?:fe|ves)\s+of"
)
_ACTIVE_INJURE = (
    r"wounding|wounded|wounds|injuring|injured|injures|hurting|hurt|maiming|maimed|(?<!\bto\s)(?:injure|wound)|"
    r"(?:shot|shooting)\s+and\s+(?:wounded|injured|wounding|injuring)"
)
# Verbs whose object is followed by the outcome: "left three policemen dead", "hacked two villagers to death".
_OUTCOME_VERBS = (
    r"left|leaving|leaves|shot|shooting|stabbed|stabbing|hacked|hacking|beat|beating|beaten|burned|burning|"
    r"burnt|bludgeoned|strangled|tortured|crushed|stoned|stoning"
)
_STOP_WORDS = (
    rf"{_AUX_WORDS}|{_KILL_PREDICATE}|{_INJURE_PREDICATE}|{_ACTIVE_KILL}|{_ACTIVE_INJURE}|{_OUTCOME_VERBS}|"
    r"die|dies|lost|sustained|suffered|received|including|included|includes|mostly|mainly|among|and|or|but|"
    r"nor|while|when|after|before|as|in|at|on|near|by|for|from|with|during|into|inside|outside|across|since|"
    r"because|which|who|whom|whose|that|where|them|they|it|its|there|here|says?|according|no|not|named|"
    r"out|off|up|down|back|along|together|"
    rf"identified|called|aged|belonging|working|travelling|traveling|riding|a|an|zero|{_NUMBER_WORDS}|"
    r"hundred|thousand|dozens?|scores|hundreds|thousands|several|both|another|than|least|over|about|nearly|"
    r"almost|some|to|last|this|yesterday|today|tonight|overnight|earlier|ago|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_NP_WORD = (
    # "six members of one family": the one there counts families, not victims.
    rf"(?:{_AGE}|(?<=\bof\s)(?:a|an|them|those|these|whom|one(?=\s+(?:family|household|clan)\b))\b"
    rf"|(?!(?:{_STOP_WORDS})\b)(?:\d+-)?[a-z](?:[\w'’-]|\.(?=\w))*)"
)
_COUNT = (
    rf"(?<!\bno\s)(?<!\bnot\s){COUNT_PATTERN}"
    r"(?!(?:\s*-\s*|\s+)(?:year|month|week|day)s?(?:\s*-\s*|\s+)old)"
)
_DETERMINER = r"\b(?:a|an|the|his|her|their)\b"
_ITEM = (
    rf"(?:(?:{_DETERMINER}\s+)?{_COUNT}(?:\s+{_NP_WORD}){{0,8}}|\banother\b(?:\s+{_NP_WORD}){{0,8}}"
    rf"|{_DETERMINER}(?:\s+{_NP_WORD}){{1,8}})"
)
# Arabic names keep their particles in lower case: "Abdul Karim al-Hamadi", "Osama bin Laden".
_NAME_ITEM = (
    r"(?-i:(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ul)-|(?:bin|ibn)\s+)?[A-Z][\w'’-]+){0,3})"
)
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_LIST = rf"{_ITEM}(?:{_SEPARATOR}{_ITEM})*"
_TITLED_NAME_ITEM = rf"(?:{_NP_WORD}\s+){{0,3}}{_NAME_ITEM}"
_OBJECT_LIST = rf"(?:{_ITEM}|{_TITLED_NAME_ITEM})(?:{_SEPARATOR}(?:{_ITEM}|{_TITLED_NAME_ITEM}))*"
# What stands between a list and its verb: an aside in commas or brackets, a relative clause, or a phrase
# that says who the victims were ("nine people including a former MNA", "two policemen guarding a polio
# team", "four soldiers travelling in a van were killed").
_PARENTHETICAL = (
    # A name may carry a description of its own: "A soldier, Lance Naik Shahid Iqbal, a resident of Swabi,".
    r"\s*,\s*[^,;]{1,160}?,(?:\s*(?:a|an)\s+[^,;]{1,80}?,)?|\s*\([^()]{1,160}\)|"
    # A relative clause may end on a place and its district: "who headed a council in Shabqadar, Charsadda
    # district,".
    r"\s+who\s+[^,;.]{1,80}?(?:,\s*[^,;.]{1,40}?,)?|"
    # A dash aside: "Five people - four policemen and their driver - perished".
    r"\s+[-–—]\s+[^;.]{1,160}?\s+[-–—]|"
    r"\s+(?:including|guarding|escorting|travelling|traveling|riding|working|deployed|posted|stationed|"
    r"manning|accompanying|protecting|belonging\s+to|aboard|inside|deputed|assigned|detailed|"
    r"standing|sitting|waiting|walking|passing|queuing|queueing|praying|shopping|"
    # Where the victims were going or had been: "worshippers leaving a shrine", "pilgrims returning from
    # Iran" (not a blast "leaving many labourers injured").
    r"(?:leaving|attending|visiting)(?=\s+(?:a|an|the|their|his|her)\b)|"
    r"(?:returning|heading)(?=\s+(?:from|to|home|back)\b))"
    # The phrase may hold a place and its country: "worshippers leaving a shrine in Galkayo, Somalia,".
    r"\s+[^,;.]{1,80}?(?:,\s*(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,)?|"
    # On duty or on patrol, and where, right before the passive: "three soldiers on patrol were killed"
    # (not "two soldiers on patrol shot the suspect dead").
    r"\s+on\s+(?:duty|patrol|guard)(?:\s+(?:in|near|at|along|on)\s+[^,;.]{1,60}?)?"
    r"(?=\s+(?:were|was|had|have|has)\b)|"
    # Where the victims came from, before the verb: "six labourers from Punjab were killed".
    r"\s+from\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s+(?:were|was|had|have|has)\b)"
)
_AUX = rf"(?:\s+(?:{_AUX_WORDS})\b){{0,6}}"
# A first passive verb joined to the outcome: "was tortured and killed", "were abducted and later shot dead".
# Nouns that end like participles are no verb: "killed four policemen and wounded six" counts policemen.
_PRIOR_VERB = (
    r"(?:\s+(?!(?:killed|injured|wounded|hurt|dead)\b)(?![a-z]*(?:men|children|citizen|kitchen)\b)"
    # Irregular participles too, and how often: "was hit several times and died".
    # (only after an auxiliary: "the gunmen shot and killed the driver" is the gunmen's deed).
    r"(?:[a-z]+(?:ed|en|pped|nt)|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))(?:hit|shot|struck)"
    # ... and only before a death of the wounds: "was shot and neutralised" is how an attacker was stopped.
    r"(?=(?:\s+\w+){0,2}\s+and\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)))"
    r"(?:\s+(?:several|multiple|many|two|three)\s+times|"
    r"\s+repeatedly)?\s+and"
    r"(?:\s+(?:later|then|subsequently|eventually))?)?"
)
_NOT_BOTH_FIELDS = r"(?!\s+(?:or|and)\s+(?:killed|injured|wounded|hurt|dead)\b)"

# Words are separated by whitespace: letting `\s*` match nothing between them would let one long word be
# split every possible way, which backtracks exponentially on a list that does not end the pattern.
_ITEM_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:the|his|her|their)\s+(?={_COUNT}))?(?P<count>{_COUNT})?"
    rf"(?P<article>\b(?:a|an|another|the|his|her|their)\b)?(?P<words>(?:\s*{_NP_WORD}(?:\s+{_NP_WORD})*?)?)(?=\s*$|{_SEPARATOR})",
    _FLAGS,
)
_SEPARATOR_RE = re.compile(_SEPARATOR, _FLAGS)
# Lists read from the left to a predicate ("two policemen and three civilians were killed").
_SUBJECT_RES = (
    re.compile(
        # A named victim may open the list when the next group is his own: "Al-Dulaimi and one of his
        # bodyguards were killed", "Kashyap, his driver, and three security personnel".
        rf"(?P<list>(?:(?<![\w'’-])(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bof )(?<!\bto )(?<!\bby )(?<!near )"
        rf"(?<!from ){_NAME_ITEM}{_SEPARATOR}(?=(?:[\w'’-]+\s+){{0,2}}?(?:his|her)\b))?{_LIST})"
        rf"(?P<parenthetical>{_PARENTHETICAL})?{_AUX}{_PRIOR_VERB}\s+"
        rf"(?P<predicate>(?P<kill>{_KILL_PREDICATE})|{_INJURE_PREDICATE})\b{_NOT_BOTH_FIELDS}",
        _FLAGS,
    ),
    re.compile(
        rf"\b(?:{_OUTCOME_VERBS})\s+(?P<list>{_LIST})\s+"
        r"(?P<predicate>(?P<kill>dead|killed|to\s+death)|injured|wounded|hurt)\b",
        _FLAGS,
    ),
)
# Lists read to the right of a verb ("killing 12 soldiers and a civilian").
_OBJECT_RES = (
    re.compile(
        rf"\b(?P<predicate>(?P<kill>{_ACTIVE_KILL})|{_ACTIVE_INJURE})\s+(?P<list>{_OBJECT_LIST})"
        rf"(?:\s*,?\s*(?:along|together)\s+with\s+(?P<along>{_LIST}))?",
        _FLAGS,
    ),
    re.compile(
        rf"\b(?:the\s+)?(?P<predicate>(?P<kill>deaths?|killings?|murders?)|injur(?:y|ies)|wounding)\s+of\s+"
        rf"(?P<list>{_LIST})",
        _FLAGS,
    ),
    # Bodies found killed: "the bullet-riddled bodies of three labourers". A plain "body of a man" is often
    # the victim the story has already counted ("shot him dead ... his body was found").
    re.compile(
        rf"\b(?P<predicate>(?P<kill>(?:bullet[- ]?riddled|bullet[- ]?ridden|mutilated|tortured|beheaded|"
        rf"decapitated|headless)\s+bod(?:y|ies)))\s+of\s+(?P<list>{_LIST})",
        _FLAGS,
    ),
)
_IN_ADDITION_RE = re.compile(rf"\bin\s+addition\s+to\s+(?P<list>{_ITEM}(?:\s+and\s+{_ITEM})*)\s*,", _FLAGS)
_PRONOUN_RE = re.compile(
    r"\b(?P<predicate>(?P<kill>killed|killing|executed|executing|beheaded|beheading|lynched|lynching"
    r"|(?:shot|shooting|hacked|hacking|stabbed|stabbing|beat|beating|beaten|burned|burning|burnt|strangled"
    r"|bludgeoned|stoned)(?=\s+(?:them|him|her)\s+(?:all\s+)?(?:dead|to\s+death)))"
    r"|wounded|wounding|injured|injuring)\s+(?P<pronoun>them|him|her)\b(?:\s+(?:all\s+)?(?:dead|to\s+death))?",
    _FLAGS,
)
_ANTECEDENT_RE = re.compile(rf"(?P<count>{_COUNT})(?P<words>(?:\s+{_NP_WORD}){{1,4}})", _FLAGS)
_TOLL_WORDS = (
    r"(?P<what>(?:death|casualty|injury|fatality)\s+toll|toll|number\s+of\s+(?:the\s+)?"
    r"(?:dead|deaths|fatalities|people\s+killed|those\s+killed|killed|injured|wounded|injuries|"
    r"people\s+injured|those\s+injured))"
)
_TOLL_RES = (
    re.compile(
        # The event the toll is of may be named at length: "the death toll in Tuesday's suicide attack on a
        # vehicle carrying Chinese nationals in Karachi's Port Qasim area rose to four".
        rf"\b{_TOLL_WORDS}(?:\s+[\w'’()-]+){{0,18}}?\s+(?:rose|risen|rising|rises|climbed|jumped|increased|"
        rf"reached|stood|stands|was|is|has\s+risen|went\s+up|mounted|hit|touched|put)\s+(?:to\s+|at\s+)?"
        rf"(?P<count>{_COUNT})",
        _FLAGS,
    ),
    re.compile(
        rf"\b(?:brought|bringing|brings|raised|raising|raises|pushed|pushing|took|taking|takes|put|puts|putting|"
        rf"placed|placing)\s+the\s+{_TOLL_WORDS}(?:\s+[\w'’()-]+){{0,12}}?\s+(?:to|at)\s+(?P<count>{_COUNT})",
        _FLAGS,
    ),
)
_NOUN_RE = re.compile(
    rf"(?P<count>{_COUNT})(?:\s+{_NP_WORD}){{0,2}}?\s+(?P<noun>(?P<kill>deaths|fatalities|dead\s+bodies|bodies"
    rf"|lives)|injuries|injured\s+people|wounded\s+people)\b",
    _FLAGS,
)
_LIVES_BEFORE_RE = re.compile(r"\b(?:claimed|claiming|cost|costing|took|taking|lost|losing)\s+$", _FLAGS)
_LIVES_AFTER_RE = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+lost", _FLAGS)
_ZERO_WHAT = (
    r"(?P<what>casualties|casualty|injuries|injury|deaths|death|fatalities|fatality|"
    r"loss\s+of\s+(?:life|lives)|damage\s+or\s+(?:casualties|injuries))"
)
_ZERO_VERB = (
    r"(?P<verb>(?:killed|injured|hurt|harmed|wounded)(?:\s+or\s+(?:killed|injured|hurt|harmed|wounded))?)"
)
_ZERO_RES = tuple(
    re.compile(pattern, _FLAGS)
    for pattern in (
        rf"\bno\s+(?:(?:other|further|immediate|reported|known|serious|major|human|civilian|confirmed|"
        rf"additional|physical)\s+)*{_ZERO_WHAT}\b",
        rf"\b(?:nobody|no\s*-?\s*one|none)\s+(?:[a-z]+\s+){{0,3}}?(?:was|were|has\s+been|had\s+been|got)\s+"
        rf"(?:[a-z]+\s+)?{_ZERO_VERB}\b",
        rf"\bwithout\s+(?:causing\s+|any\s+|inflicting\s+|leaving\s+)*{_ZERO_WHAT}\b",
        rf"\bnot\s+(?:cause|result\s+in|inflict|lead\s+to|leave)\s+(?:any\s+)?(?:[a-z]+\s+){{0,3}}?{_ZERO_WHAT}\b",
        r"\bnot\b[^.;]{0,40}?\b(?P<verb>kill|injure|hurt|harm|wound)\s+(?:anyone|anybody)\b",
        r"\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:was|were)\s+(?P<verb>killed|injured|wounded|hurt|harmed)\b",
    )
)
# One person: "the driver was killed", "Khan was martyred" (the subject is read back to the clause start).
_SINGLE_RES = (
    re.compile(
        rf"\b(?:was|has\s+been|had\s+been|is|got)(?:\s+(?:{_AUX_WORDS})\b){{0,4}}{_PRIOR_VERB}\s+"
        rf"(?P<predicate>(?P<kill>{_KILL_PREDICATE})|{_INJURE_PREDICATE})\b{_NOT_BOTH_FIELDS}",
        _FLAGS,
    ),
    re.compile(
        r"(?<!\bwas\s)(?<!\bwere\s)\b(?P<predicate>(?P<kill>died|succumbed)|(?:suffered|sustained|received)\s+"
        r"(?:[a-z-]+\s+){0,2}?(?:injuries|injury|wounds|burns?))\b",
        _FLAGS,
    ),
)
_SELF_DETONATION_RES = (
    re.compile(
        rf"\b(?P<list>(?:{_COUNT}\s+)?(?:[a-z-]+\s+){{0,2}}?(?:bombers?|attackers?|assailants?|militants?|terrorists?))"
        r"\b[^.;]{0,80}?\b(?:blew|blows|blow|(?<!before\s)(?<!from\s)blowing|blown)\s+(?:himself|herself|themselves)"
        r"\s+up",
        _FLAGS,
    ),
    re.compile(
        r"\bsuicide\s+(?:car\s+|truck\s+|vehicle\s+|motorcycle\s+)?(?:bomber|attacker|bomb|bombing|blast|attack)\b"
        r"[^.;]{0,80}?\b(?:detonated|exploded|blew\s+up|went\s+off|struck|rammed|hit|targeted|attacked|killed|"
        r"killing|tore)\b"
        r"|\bdetonated\s+(?:his|her|an?|the)\s+(?:explosives?\s+|suicide\s+)*(?:vest|belt|jacket)\b",
        _FLAGS,
    ),
)
_FOILED_RE = re.compile(
    r"\b(?:foiled|thwarted|arrested|captured|defused|averted|prevented|would-be|failed|apprehended|intercepted|"
    r"before\s+(?:he|she)\s+could)\b",
    _FLAGS,
)
_ACROSS_RE = re.compile(
    r"\bacross\s+(?:[\w-]+\s+){0,6}?(?:attacks?|incidents?|events?|raids?|bombings?|blasts?|explosions?|"
    r"assaults?|strikes?|clashes|villages|locations|sites)\b|\bacross\s+(?:both|all)\b",
    _FLAGS,
)
# Words that bring in another source's figure for the same victims (", police said, while elders put ...").
_CONTRAST_RE = re.compile(
    r"\b(?:according|other\s+(?:sources|reports|officials)|said|says|put|putting|estimated|claimed)\b", _FLAGS
)
_BACKGROUND_BEFORE_RE = re.compile(
    r"\b(?:avenge|avenging|revenge|retaliat\w*|mourn\w*|protest\w*|condemn\w*|investigat\w*|probe|probing|"
    r"anniversary|memory|since)\s+(?:\w+\s+){0,2}$",
    _FLAGS,
)
# A killing a crowd names as its cause ("ransacked the office over the killing of a trader", "in anger at the
# deaths of two boys") is an earlier event's toll. "over" only before the noun: "over 20 people were killed"
# is a figure. (A leader's grief "over the killing of" a boy tells that killing: only crowds are read so.)
_GRIEVANCE_BEFORE_RE = re.compile(
    r"\b(?:over|against|(?:outrage|anger|fury)\s+(?:at|over)|justice\s+for)\s+(?:the\s+|a\s+)?$", _FLAGS
)
_KILLING_NOUN_RE = re.compile(r"(?:the\s+)?(?:killings?|deaths?|murders?)\b", _FLAGS)
_CLAUSE_BOUNDARY_RE = re.compile(
    r"[;:()]|,|\b(?:and|but|while|whereas|when|after|as|because|although|though|which|who|whom|where|that|"
    r"said|says|told|reported|added)\b",
    _FLAGS,
)
_SPEAKER_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|claimed|claims|reported|added|confirmed|stated|announced)\b", _FLAGS
)
_PART_MARKER_RE = re.compile(
    r"^\s*\(?\s*,?\s*(?:including|includ\w+|mostly|mainly|among|most|many|of\s+whom)\b", _FLAGS
)
# The same part told after the verb: "seven people were killed, including an assailant".
_TRAILING_PART_RE = re.compile(r"\s*,?\s*\(?\s*including\s+(?P<part>[^,;.()]{1,80})", _FLAGS)
# A named person joined to an additive group before the verb: "Doe and three others were killed" is four,
# "Doe, a judge, and an unknown number of others" at least one (issue #3). "others" says the name is one of
# the dead; a name then a plain figure ("Kabul and two soldiers") proves nothing and is left alone.
_NAMED_COMPANION_RE = re.compile(
    r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ul-)?[A-Z][\w'’-]+){0,4}))"
    r"(?:\s*,\s*[^,;]{1,100}?\s*,)?\s+and\s+$"
)
_UNKNOWN_OTHERS_RE = re.compile(
    r"\b(?:an?\s+)?(?:unknown|unspecified|undetermined|undisclosed)\s+number\s+of\s+(?:other\s+)?(?:others|people"
    r"|persons|civilians|victims)\b",
    _FLAGS,
)
_NAMED_UNKNOWN_OTHERS_RE = re.compile(
    rf"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ul-)?[A-Z][\w'’-]+){{0,4}}))(?:\s*,\s*[^,;]{{1,100}}?\s*,)?"
    rf"\s+and\s+{_UNKNOWN_OTHERS_RE.pattern}{_AUX}\s+(?P<predicate>(?P<kill>{_KILL_PREDICATE})|{_INJURE_PREDICATE})\b",
    _FLAGS,
)
# Two people named as the subject, each perhaps with a title or an origin after it ("Doe, a judge, and
# al-Roe, a police chief, were killed", "Doe and his driver, Roe, were gunned down"): two victims.
_PERSON_NAME = r"(?-i:(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ul|bin)-?\s?)?[A-Z][\w'’-]+){0,4})"
_NAME_APPOSITION = (
    r"(?:\s*,\s*[^,;]{1,100}?\s*,|\s+of\s+(?-i:the\s+)?(?-i:[A-Z])[^,;]{1,80}?(?=,|\s+(?:and|were|was)\b))"
)
_NAMED_PAIR_RE = re.compile(
    rf"(?<![\w'’-])(?P<first>{_PERSON_NAME}){_NAME_APPOSITION}?\s+and\s+(?:(?:his|her|their)\s+[a-z]+\s*,\s*)?"
    rf"(?P<second>{_PERSON_NAME}){_NAME_APPOSITION}?,?\s+(?:were{_AUX}{_PRIOR_VERB}\s+"
    rf"(?P<predicate>(?P<kill>{_KILL_PREDICATE})|{_INJURE_PREDICATE})\b{_NOT_BOTH_FIELDS}|"
    # With no auxiliary, a death told intransitively: "Vaccinator Doe and Constable Roe died on the spot".
    r"(?P<died>died|succumbed|perished|embraced\s+(?:martyrdom|shahadat))\b)",
    _FLAGS,
)
_ALONG_WITH_RE = re.compile(r"^\s*[,(]\s*(?:(?:along|together)\s+with|as\s+well\s+as)\s+", _FLAGS)
# A figure right after a month name is a date ("militants who attacked on April 27 were killed").
_AFTER_MONTH_RE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$",
    _FLAGS,
)
_AFTER_PREPOSITION_RE = re.compile(
    r"\b(?:for|of|to|with|from|about|against|among|by|toward|towards)\s+(?:the\s+|those\s+|these\s+)?$",
    _FLAGS,
)
# A part taken from a whole just before it: "15 of the 23 injured", "most of the 40 wounded", "among the
# 9 dead".
_PART_OF_BEFORE_RE = re.compile(
    rf"(?:(?:{COUNT_PATTERN}|\b(?:some|many|most|several|all|none|each|both|half|majority))\s+of|\bamong)"
    r"\s+the\s+$",
    _FLAGS,
)
# A zero about another incident than the one reported: "no one was hurt in a second blast",
# "in another attack nobody was injured", "a second explosion caused no casualties".
_OTHER_INCIDENT_RE = re.compile(
    r"(?:\b(?:in|from|during|by|at|after)\s+(?:(?:a|an|the|yet)\s+)*|^\W*(?:a|an|the)\s+)"
    r"(?:second|third|another|other|separate|subsequent|later|earlier|previous|similar|unrelated|"
    r"follow-up|twin)\s+(?:[a-z-]+\s+)?(?:explosions?|blasts?|attacks?|incidents?|bombings?|bombs?|devices?|"
    r"ieds?|grenades?|strikes?|shootings?|rockets?|shells?|raids?)\b",
    _FLAGS,
)
_CLAUSE_JOIN_RE = re.compile(r";|,?\s+\b(?:but|while|whereas|although|though)\b", _FLAGS)
# A running tally ("19 policemen have been killed in Bajaur this year", "over 300 people have died since
# January"): the present perfect with a span of time counts many events, not this one. "So far" and "to
# date" are left out: updates of one event's toll use them ("12 have so far died of their wounds").
_TALLY_VERB_RE = re.compile(
    r"\b(?:have|has)\s+(?:so\s+far\s+|now\s+)?(?:been\s+(?:killed|injured|wounded|martyred|hurt)|died|"
    r"lost\s+their\s+lives)\b",
    _FLAGS,
)
_TALLY_SPAN_RE = re.compile(
    r"\b(?:this\s+year|this\s+month|in\s+recent\s+"
    r"(?:years|months|weeks)|since\s+(?:the\s+(?:start|beginning)\s+of|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|(?:19|20)\d\d|early|last)|"
    r"in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)|"
    # "have been killed in similar incidents across the country": many events, told in one count.
    r"in\s+(?:similar|such)\s+(?:incidents|attacks|killings))\b",
    _FLAGS,
)
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A clause that tells another, earlier event inside a sentence about this one: "the deadliest since July
# 2023, when a bomber killed 54", "as in 2019, when ...", "last year, when ...". What follows the cue is
# that event's (its toll, its claim), not this one's.
RECALLED_CLAUSE = re.compile(
    rf"\b(?:since|in|during|(?:un)?like|as\s+in|back\s+in)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH_NAMES}\s+(?:\d{{1,2}},?\s+)?)?(?:of\s+)?(?:19|20)\d\d\s*,?\s*"
    r"(?:when|in\s+which|after)\b"
    r"|\b(?:last|previous)\s+(?:year|month)\s*,\s*when\b"
    r"|\b(?:\w+\s+)?(?:years?|months?)\s+ago\s*,?\s*when\b",
    _FLAGS,
)
# Words between a subject and its verb that leave the verb active ("had killed") or make it passive.
_ACTIVE_AUXILIARIES = _word_set(
    """have has had also reportedly allegedly later then subsequently apparently eventually initially all both
    earlier already"""
)
_PASSIVE_AUXILIARIES = _word_set("was were is are been being be got get gets")
_DIED_LATER_RE = re.compile(r"[^.;]{0,60}?\b(?:and|but)\s+(?:later\s+)?(?:died|succumbed)\b", _FLAGS)
# "wounded a shopkeeper (in Quetta), who later died": the wounded died, so they are counted as killed.
_WHO_DIED_RE = re.compile(
    r"(?:\s+(?:in|at|near|outside)\s+[^;.]{1,80}?)?\s*,?\s*who\s+(?:(?:later|subsequently|eventually|then)\s+)?"
    r"(?:died|succumbed)\b",
    _FLAGS,
)
# What stands between the wounded and "wounded" when the wounding is only a relative clause: nothing ("a
# policeman wounded in the attack"), or "who was".
_RELATIVE_GAP_RE = re.compile(
    r"\s*(?:(?P<comma>,)?\s*who\s+(?:was|were|had\s+been|has\s+been|have\s+been))?\s*", _FLAGS
)
# ...then the sentence's own verb, within its clause: "... died two days later", "... succumbed to wounds".
_THEN_DIED_RE = re.compile(
    r"(?P<gap>[^.;]{0,100}?)\s+(?:(?:later|subsequently|eventually|then|also)\s+)?"
    r"(?:died|succumbed|passed\s+away)\b",
    _FLAGS,
)
# What makes that "died" another's, or no death: a clause of its own ("told reporters that his colleague
# died", "whose husband died", "identified the gunman who died"), a hedge ("nearly died") or a thought.
_NOT_THEIR_DEATH_RE = re.compile(
    r"\b(?:and|but|that|who|whose|whom|which|where|when|while|as|after|before|said|says|told|thought|"
    r"feared|nearly|almost|narrowly|would|could|might|may|will|can|not|never)\b",
    _FLAGS,
)
# A list that opens with these names part of a group already counted ("including two children").
_PART_LIST_BEFORE_RE = re.compile(r"\b(?:including|among\s+them|mostly|mainly)\s+$", _FLAGS)
_OF_WHOM_AFTER_RE = re.compile(r"\s+of\s+(?:whom|them)\b", _FLAGS)
_OF_WHOM_END_RE = re.compile(r"\bof\s+(?:whom|them)\s*$", _FLAGS)
# A group counted by the verb before: "killing eight people, " or "killed eight people, ".
_COUNTED_BEFORE_RE = re.compile(
    rf"\b(?:kill\w*|wound\w*|injur\w*|left|claimed)\s+(?:at\s+least\s+|more\s+than\s+)?{_COUNT}\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*(?:including\s+|among\s+them\s+)?$",
    _FLAGS,
)
_IN_ADDITION_BEFORE_RE = re.compile(r"\bin\s+addition\s+to\s*$", _FLAGS)
_NEGATION_RE = re.compile(r"\b(?:no|not|nobody|none|neither|nor|never)\b", _FLAGS)
_COUNT_RE = re.compile(_COUNT, _FLAGS)
# An age between commas right after a capitalised name ("Shahid Iqbal, 29, a resident of Swabi").
_AGE_APPOSITION_RE = re.compile(r"\b(?-i:[A-Z])[\w'’-]*(?P<age>, \d{1,3})(?=,)")
_WORD_RE = re.compile(r"[a-z][\w'’-]*", _FLAGS)
_LINE_END_RE = re.compile(r"[ \t]*\n")
_STOP_END_RE = re.compile(r"[.!?;:][\"'“”‘’)\s]*$")
_SENTENCE_END_RE = re.compile(
    r"(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\b[A-Z]\.)"
    r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'(]?[A-Z0-9])"
    # A headline ends at its line break without a stop: "Seven killed in Quetta blast" above "A blast
    # killed seven people" restates the toll, and a sentence's own figures would be added up.
    # (not where the next line goes on in lower case: "...on Monday, killing\nfive people").
    r"|[ \t]*\n\s*(?![a-z])"
    # Text of other events blanked out between two clauses (rules.masked_text): "...shot dead in Mardan.
    # [blank] but denied involvement in the killing of the lawyer" names the one victim twice.
    r"|(?<=[.!?,;:])[\"'”’)]*[ \t]{3,}"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """One group of a list: its figure, the noun that names it, and how it was written."""

    start: int
    end: int
    count: CountRange | None
    head: str
    kind: str  # "count", "bare" (a figure without a noun), "determiner" or "name"
    separator: str  # what joined it to the previous item: "", "," or "and"
    attacker: bool = False
    additive: bool = False
    partitive: bool = False  # "20 of them": a part of a group already counted

    @property
    def names_people(self) -> bool:
        return self.kind == "name" or _looks_like_person(self.head)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Statement:
    field: EvidenceField
    start: int
    end: int
    sentence: int = 0
    victims: CountRange | None = None
    attackers: CountRange | None = None
    keys: frozenset[str] = frozenset()
    additive: bool = False
    contrasted: bool = False
    in_addition: bool = False
    total: bool = False  # a toll or a restatement ("the toll rose to 23", "shot him dead"), never added
    names: tuple[str, ...] = ()  # the named people the list counts ("Kachmula and two of his bodyguards")
    claimant: bool = False  # the attackers' own figure ("the group claimed that dozens of soldiers died")


def extract_casualties(
    text: str, *, offset: int = 0, producer: str = "rules.v1", recalled: bool = False, crowd: bool = False
) -> CasualtyReading:
    """Read the killed and injured counts of one event from its sentences.

    Args:
        text: the sentences that report the event.
        offset: where `text` starts in the article, so that evidence offsets index the article text.
        producer: the versioned name stored with each piece of evidence.
        recalled: the event is one the article recalls; a clause that recalls an earlier event ("three years
            ago, when six policemen were martyred") tells its toll rather than being left out.
        crowd: the event is a protest or a riot; a killing it names as its cause is not its toll.

    Returns:
        The victims' ranges (None where the text gives no figure), the attackers killed, and one evidence span
        per statement read (statements about attackers are KILLED evidence too).
    """
    sentences = _split_sentences(text)
    statements = sorted(
        (
            statement
            for index, (start, sentence) in enumerate(sentences)
            for statement in _read_sentence(
                sentence, start=start, index=index, recalled=recalled, crowd=crowd
            )
        ),
        key=lambda statement: statement.start,
    )
    statements = _without_recounted_names(statements, sentences)
    # A group's figure for its own attack stands only where no one else gives one: officials' "five soldiers"
    # is the toll, the claimants' "dozens" propaganda.
    statements = [
        statement
        for statement in statements
        if not statement.claimant
        or not any(other.field is statement.field and not other.claimant for other in statements)
    ]
    headline = _headline_index(text, sentences)
    killed = _combine([s for s in statements if s.field is KILLED], attackers=False, headline=headline)
    injured = _combine([s for s in statements if s.field is INJURED], attackers=False, headline=headline)
    attackers = _combine([s for s in statements if s.field is KILLED], attackers=True, headline=headline)
    evidence = tuple(
        Evidence(
            field=statement.field,
            start=offset + statement.start,
            end=offset + statement.end,
            text=text[statement.start : statement.end],
            producer=producer,
        )
        for statement in statements
    )
    return CasualtyReading(
        casualties=Casualties(
            killed_min=killed.minimum if killed else None,
            killed_max=killed.maximum if killed else None,
            injured_min=injured.minimum if injured else None,
            injured_max=injured.maximum if injured else None,
        ),
        attackers_killed=attackers,
        evidence=evidence,
    )


def read_attackers_killed(mention: Mention, text: str) -> int | None:
    """The attackers killed that a mention's casualty sentences report (None if they report none).

    A mention keeps the victims it counted but not the attackers (they are in its killed figure only where
    the extractor counts every death, as in a clash); reference sets that count perpetrators too, such as
    GTD's nkill, need them. The sentences of `text` (the article the evidence indexes) that hold the
    mention's KILLED evidence are read again.
    """
    spans = [(item.start, item.end) for item in mention.evidence if item.field is KILLED]
    held = [
        sentence
        for start, sentence in _split_sentences(text)
        if any(begin < start + len(sentence) and start < end for begin, end in spans)
    ]
    attackers = extract_casualties(" ".join(held)).attackers_killed if held else None
    return attackers.minimum if attackers else None


def _without_recounted_names(
    statements: list[_Statement], sentences: Sequence[tuple[int, str]]
) -> list[_Statement]:
    """A named victim counted again: "Kachmula, the governor, was shot and killed. Kachmula and two of his
    bodyguards were killed" is three dead. A name in a list is not counted when an earlier sentence that
    names him already counted one victim of the same field."""
    kept: list[_Statement] = []
    for statement in statements:
        recounted = [
            name
            for name in statement.names
            if any(
                earlier.field is statement.field
                and earlier.sentence < statement.sentence
                and earlier.victims == ONE
                and name.split()[-1] in sentences[earlier.sentence][1]
                for earlier in kept
            )
        ]
        # The one victim named after he was counted unnamed is counted once.
        times = len(recounted) or int(_names_one_counted_before(statement, kept, sentences))
        if times and statement.victims is not None:
            counted = CountRange(minimum=times, maximum=times)
            kept.append(replace(statement, victims=subtract_count(statement.victims, counted)))
        else:
            kept.append(statement)
    return kept


def _names_one_counted_before(
    statement: _Statement, kept: Sequence[_Statement], sentences: Sequence[tuple[int, str]]
) -> bool:
    """Whether a later sentence names, by his name alone, the one victim an earlier sentence counted
    unnamed: "A policeman ... was shot dead in Liaquatabad. They added that Police Constable Asif was shot
    dead near his house" is one death."""
    if statement.victims != ONE or len(statement.keys) != 1:
        return False
    sentence_start, sentence = sentences[statement.sentence]
    at = statement.start - sentence_start
    (key,) = statement.keys
    # The victim's word written as a name before the verb, not as the sentence's first word.
    named = re.search(rf"(?<=\s)(?-i:{re.escape(key.capitalize())})\b", sentence[: max(at, 0) + len(key) + 1])
    if named is None or key in PERSON_NOUNS or key in NOT_NAMES:
        return False
    if _ANOTHER_VICTIM_RE.search(sentence):
        return False
    return any(
        earlier.field is statement.field
        and earlier.sentence < statement.sentence
        and earlier.victims == ONE
        and not earlier.names
        # Counted by what he was ("a policeman", "a senior commander"), not by a word of a clause about
        # him ("a close ally of the president").
        and bool(earlier.keys)
        and all(key in PERSON_NOUNS or key.endswith(PERSON_SUFFIXES) for key in earlier.keys)
        for earlier in kept
    )


# A second victim told as such: "another policeman, Constable Doe, was also shot".
_ANOTHER_VICTIM_RE = re.compile(r"\b(?:another|also|second|other|too|as well)\b", _FLAGS)


def _without_apposition(list_text: str, items: list[_Item]) -> list[_Item]:
    """The items less one that only describes the first: two items with no "and", a definite one then an
    indefinite one ("killing the driver, a former government employee"), name one victim, not two."""
    if len(items) != 2 or re.search(r"\b(?:and|or)\b", list_text, _FLAGS):
        return items
    first, second = items
    if _DEFINITE_RE.match(list_text, first.start) and _INDEFINITE_RE.match(list_text, second.start):
        return [first]
    return items


_DEFINITE_RE = re.compile(r"(?:the|his|her|their)\s+(?!\d)", _FLAGS)
_INDEFINITE_RE = re.compile(r"an?\s+(?!\d)", _FLAGS)


def _split_sentences(text: str) -> list[tuple[int, str]]:
    sentences = []
    start = 0
    for boundary in _SENTENCE_END_RE.finditer(text):
        sentences.append((start, text[start : boundary.start()]))
        start = boundary.end()
    sentences.append((start, text[start:]))
    return sentences


def _headline_index(text: str, sentences: Sequence[tuple[int, str]]) -> int | None:
    """The index of the headline among `sentences`: the first line written, ended by a line break, no stop."""
    for index, (start, sentence) in enumerate(sentences):
        if not sentence.strip():
            continue
        ends_line = _LINE_END_RE.match(text, start + len(sentence)) is not None
        return index if ends_line and not _STOP_END_RE.search(sentence) else None
    return None


def _combine(
    statements: list[_Statement], *, attackers: bool, headline: int | None = None
) -> CountRange | None:
    """One figure from a field's statements: see the module docstring for the rules.

    "More" and "others" add to what the body told before, not to the headline: the body restates the
    headline's toll ("12 dead, 30 hurt" above "twelve were killed and 30 others injured").
    """
    largest_total: CountRange | None = None
    groups: list[tuple[frozenset[str], CountRange]] = []
    more: CountRange | None = None
    told_before = False
    for sentence in _sentence_totals(statements, attackers=attackers):
        if sentence.additive and told_before:
            more = add_counts(more, sentence.count)
        elif sentence.generic:
            largest_total = choose_larger_count(largest_total, sentence.count)
        else:
            groups = _merge_group(groups, sentence.keys, sentence.count)
        told_before = told_before or sentence.index != headline
    named: CountRange | None = None
    for _, count in groups:
        named = add_counts(named, count)
    return add_counts(choose_larger_count(largest_total, named), more)


@dataclass(frozen=True, slots=True, kw_only=True)
class _SentenceTotal:
    index: int
    count: CountRange
    keys: frozenset[str]
    generic: bool
    additive: bool


def _sentence_totals(statements: list[_Statement], *, attackers: bool) -> list[_SentenceTotal]:
    """Per sentence, its statements of one field added up (or the larger kept, for a contrasted source)."""
    totals: list[_SentenceTotal] = []
    for index in sorted({statement.sentence for statement in statements}):
        total: CountRange | None = None
        largest: CountRange | None = None
        keys: frozenset[str] = frozenset()
        generic = False
        additive = True
        for statement in (s for s in statements if s.sentence == index):
            count = statement.attackers if attackers else statement.victims
            if count is None:
                continue
            # Attackers named twice in a sentence ("the bomber ... blew himself up") are the same people.
            if statement.total or (attackers and not statement.additive):
                largest = choose_larger_count(largest, count)
            elif total is not None and statement.contrasted:
                total = choose_larger_count(total, count)
            else:
                total = add_counts(total, count)
            keys |= statement.keys
            generic = generic or not statement.keys or statement.total or attackers
            additive = additive and statement.additive
        total = choose_larger_count(largest, total) if largest is not None else total
        if total is not None:
            totals.append(
                _SentenceTotal(index=index, count=total, keys=keys, generic=generic, additive=additive)
            )
    return totals


def _merge_group(
    groups: list[tuple[frozenset[str], CountRange]], keys: frozenset[str], count: CountRange
) -> list[tuple[frozenset[str], CountRange]]:
    """Add a named group's figure: a known group keeps the larger one (a restatement), a new one is added."""
    for index, (known, known_count) in enumerate(groups):
        if known & keys:
            merged = list(groups)
            merged[index] = (known | keys, choose_larger_count(known_count, count) or count)
            return merged
    return [*groups, (keys, count)]


def _mask_ages(sentence: str) -> str:
    """The sentence with the ages in apposition after a name blanked out, offsets kept: "Sepoy Irfan Ali, 24,
    a resident of Kurram, embraced shahadat" tells one man's death, not 24."""
    return _AGE_APPOSITION_RE.sub(
        lambda match: match.group(0)[: match.start("age") - match.start()] + " " * len(match.group("age")),
        sentence,
    )


# The attackers telling their own toll: "the group claimed that dozens of soldiers had been killed", "the
# Taliban said their fighters killed 40 soldiers", "the BLA ... claimed to have killed 30".
_CLAIMANT_FIGURE_RE = re.compile(
    r"\b(?:(?:the|a|its|their)\s+(?:group|outfit|organi[sz]ation|militants|insurgents|rebels|attackers)|"
    r"Taliban|(?-i:[A-Z]{2,6})|it|they|spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:group|outfit|"
    r"militants|insurgents|rebels|(?-i:[A-Z]{2,6})))\s+(?:also\s+|later\s+)?(?:claimed|claims|claiming)"
    r"\s+(?:that\s+|to\s+have\s+)|"
    r"\b(?:the\s+)?(?:group|outfit|militants|insurgents|rebels|Taliban|(?-i:[A-Z]{2,6}))\s+(?:also\s+)?"
    r"(?:said|says)\s+(?:that\s+)?(?:its|their)\s+(?:fighters|men|militants|cadres|attackers)\s+(?:had\s+)?"
    r"kill",
    _FLAGS,
)
# A figure the reporter could not check: "a figure Reuters could not independently verify".
_UNVERIFIED_FIGURE_RE = re.compile(
    r"\b(?:figures?|claims?|numbers?|tolls?)\s+(?:that\s+)?(?:\S+\s+){0,2}?(?:could\s+not|cannot|was\s+not|"
    r"has\s+not\s+been)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)",
    _FLAGS,
)


def _read_sentence(
    sentence: str, *, start: int, index: int, recalled: bool = False, crowd: bool = False
) -> list[_Statement]:
    """Every casualty statement of one sentence, each stretch read once; spans are relative to the text."""
    sentence = _mask_ages(sentence)
    reader = _SentenceReader(sentence)
    reader.read()
    statements = reader.statements
    if crowd:
        statements = [
            s
            for s in statements
            if not (
                _KILLING_NOUN_RE.match(sentence, s.start) and _GRIEVANCE_BEFORE_RE.search(sentence[: s.start])
            )
        ]
    if _ACROSS_RE.search(sentence) or (_TALLY_VERB_RE.search(sentence) and _TALLY_SPAN_RE.search(sentence)):
        statements = [s for s in statements if s.victims == ZERO and s.attackers is None]
    recall = RECALLED_CLAUSE.search(sentence)
    if recall is not None:
        # The recalled event's toll follows the cue; the rest of the sentence is about the news.
        statements = [s for s in statements if (s.start >= recall.start()) == recalled]
    statements = _settle_in_addition(sorted(statements, key=lambda statement: statement.start))
    statements = _mark_contrasts(sentence, statements)
    claimant = _CLAIMANT_FIGURE_RE.search(sentence)
    if claimant is not None:
        statements = [
            replace(statement, claimant=True) if statement.start >= claimant.start() else statement
            for statement in statements
        ]
    if _UNVERIFIED_FIGURE_RE.search(sentence):
        statements = [replace(statement, claimant=True) for statement in statements]
    return [
        replace(statement, start=statement.start + start, end=statement.end + start, sentence=index)
        for statement in statements
    ]


class _SentenceReader:
    """Applies the patterns to one sentence in order of reliability; a span of text is read only once."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.statements: list[_Statement] = []
        self._used: list[tuple[int, int]] = []

    def read(self) -> None:
        for match in _finditer_all(_ZERO_RES, self.sentence):
            if _OTHER_INCIDENT_RE.search(_clause_around(self.sentence, match.start(), match.end())):
                # "No casualties were reported in a second explosion": another incident's toll.
                self._used.append(match.span())
                continue
            for field in _zero_fields(match):
                self._add(
                    _Statement(field=field, start=match.start(), end=match.end(), victims=ZERO), force=True
                )
            self._used.append(match.span())
        for match in _finditer_all(_TOLL_RES, self.sentence):
            count = parse_count(match.group("count"))
            field = INJURED if re.search(r"injur|wound", match.group("what") or "", _FLAGS) else KILLED
            if count is not None:
                self._add(
                    _Statement(field=field, start=match.start(), end=match.end(), victims=count, total=True)
                )
        for match in _IN_ADDITION_RE.finditer(self.sentence):
            self._add(self._read_list(match, subject_first=False, in_addition=True))
        for match in _NAMED_PAIR_RE.finditer(self.sentence):
            self._add(self._read_named_pair(match))
        for match in _NAMED_UNKNOWN_OTHERS_RE.finditer(self.sentence):
            self._add(self._read_unknown_others(match))
        for pattern in _SUBJECT_RES:
            _search_each(
                pattern, self.sentence, lambda match: self._add(self._read_list(match, subject_first=True))
            )
        for pattern in _OBJECT_RES:
            _search_each(pattern, self.sentence, self._read_object)
        for match in _PRONOUN_RE.finditer(self.sentence):
            self._add(self._read_pronoun(match))
        for match in _NOUN_RE.finditer(self.sentence):
            self._add(self._read_noun(match))
        if not _FOILED_RE.search(self.sentence):
            for match in _finditer_all(_SELF_DETONATION_RES, self.sentence):
                self._add(self._read_self_detonation(match))
        for match in _finditer_all(_SINGLE_RES, self.sentence):
            self._add(self._read_single(match))

    def _add(self, statement: _Statement | None, *, force: bool = False) -> int | None:
        """Keep a statement unless its text was read already; returns where it ends, if kept."""
        if statement is None:
            return None
        if not force and any(statement.start < end and begin < statement.end for begin, end in self._used):
            return None
        self._used.append((statement.start, statement.end))
        self.statements.append(statement)
        return statement.end

    def _read_object(self, match: re.Match[str]) -> int | None:
        if _BACKGROUND_BEFORE_RE.search(self.sentence[: match.start()]):
            return None
        return self._add(self._read_list(match, subject_first=False))

    def _is_free(self, start: int, end: int) -> bool:
        return not any(start < used_end and used_start < end for used_start, used_end in self._used)

    def _read_list(
        self, match: re.Match[str], *, subject_first: bool, in_addition: bool = False
    ) -> _Statement | None:
        """A statement about the groups of a list ("two policemen and three civilians ... were killed")."""
        groups = match.groupdict()
        has_predicate = "predicate" in groups
        if not subject_first and has_predicate and _is_passive(self.sentence, match.start("predicate")):
            return None
        if not subject_first and re.match(
            rf"{_AUX}\s+(?:{_KILL_PREDICATE}|{_INJURE_PREDICATE})\b", self.sentence[match.end() :], _FLAGS
        ):
            return None  # the "object" is the subject of the next verb: "were killed 60 others were injured"
        if subject_first and has_predicate and match.group("list") and _has_object(self.sentence, match):
            return None  # "gunmen on a bicycle shot dead a young man": the verb is active
        if subject_first and re.search(r"\b(?:the|those|of)\s*$", match.group("list"), _FLAGS):
            return None  # "three of the wounded": a noun, not a verb
        base = match.start("list")
        items = [
            item
            for item in _select_items(_read_items(match.group("list")), keep_prefix=not subject_first)
            if self._is_free(base + item.start, base + item.end)
        ]
        if subject_first and items and _IN_ADDITION_BEFORE_RE.search(self.sentence[: base + items[0].start]):
            items = items[1:]
        if (
            items
            and items[0].kind in ("count", "bare")
            and _AFTER_MONTH_RE.search(self.sentence[: base + items[0].start])
        ):
            items = items[1:]
        part_of_total = False
        if (
            subject_first
            and has_predicate
            and items
            and _AFTER_PREPOSITION_RE.search(self.sentence[: base + items[0].start])
        ):
            # "15 of the 23 injured were in critical condition", "among the 30 wounded were five children":
            # the whole the part is taken from is the toll.
            first = base + items[0].start
            part_of_total = (
                items[0].kind in ("count", "bare")
                and _PART_OF_BEFORE_RE.search(self.sentence, max(0, first - 60), first) is not None
            )
            if not part_of_total:
                return None  # "compensation for the 45 families who were killed": not the subject of a clause
        if (
            not subject_first
            and items
            and items[-1].kind == "name"
            and re.match(rf"\s+{_NP_WORD}", self.sentence[base + items[-1].end :], _FLAGS)
        ):
            items = items[:-1]  # "killing Pakistani soldiers": an adjective, not a name
        items = _without_apposition(match.group("list"), items)
        if (
            subject_first
            and len(items) > 1
            and items[-1].additive
            # ...after a group told with its own verb, not inside a subject ("Three soldiers, including an
            # officer, and two others were injured" is five).
            and any(statement.end <= base + items[0].start for statement in self.statements)
            and _PART_LIST_BEFORE_RE.search(
                self.sentence, max(0, base + items[0].start - 30), base + items[0].start
            )
        ):
            # "Six were killed, including two children, and 14 others were injured": the children are
            # part of the dead; only the others after them are the subject of "were injured".
            items = [item for item in items if item.additive]
        if (
            subject_first
            and len(items) > 1
            and _OF_WHOM_END_RE.search(self.sentence, base + items[-1].start, base + items[-1].end)
        ):
            # "eight people, two of whom died later": the last is a part of the group before it.
            items = items[:-1]
        if (
            subject_first
            and len(items) == 1
            and not items[0].additive
            and (
                _PART_LIST_BEFORE_RE.search(
                    self.sentence, max(0, base + items[0].start - 30), base + items[0].start
                )
                or _OF_WHOM_AFTER_RE.match(self.sentence, base + items[0].end)
            )
            and _COUNTED_BEFORE_RE.search(self.sentence, 0, base + items[0].start) is not None
        ):
            # "killing eight people, including two who later died in hospital", "eight people, two of whom
            # died later": a part of the dead already counted.
            return None
        if (
            not subject_first
            and len(items) > 1
            and _SPEAKER_AFTER_RE.match(self.sentence, base + items[-1].end)
        ):
            items = items[:-1]  # "killing ten people, the Taliban said": the last one named is the speaker
        if not items:
            return None
        field = KILLED if not has_predicate or match.group("kill") else INJURED
        if field is INJURED and not subject_first and _WHO_DIED_RE.match(self.sentence, base + items[-1].end):
            field = KILLED
        relative = (
            _RELATIVE_GAP_RE.fullmatch(self.sentence, match.end("list"), match.start("predicate"))
            if field is INJURED and subject_first and has_predicate and not part_of_total
            else None
        )
        died = _THEN_DIED_RE.match(self.sentence, match.end()) if relative is not None else None
        if died is not None and (
            _NOT_THEIR_DEATH_RE.search(died.group("gap"))
            # The comma that closes ", who was wounded in the attack," is the only one allowed.
            or died.group("gap").count(",") > (1 if relative and relative.group("comma") else 0)
        ):
            died = None
        if died is not None:
            # "A policeman (who was) wounded in the attack died two days later": the wounded are the dead.
            field = KILLED
        parenthetical = groups.get("parenthetical") or ""
        companions = groups.get("along") or _ALONG_WITH_RE.sub("", parenthetical, count=1).rstrip(" ,)")
        if groups.get("along") or _ALONG_WITH_RE.match(parenthetical):
            items = items + _select_items(_read_items(companions), keep_prefix=True)
        victims = _sum_counts(item.count for item in items if not item.attacker)
        attackers = _sum_counts(item.count for item in items if item.attacker)
        companion = (
            self._named_companion(base + items[0].start) if subject_first and items[0].additive else None
        )
        if companion is not None:
            victims = add_counts(victims, ONE)
        if field is KILLED and victims is not None and _PART_MARKER_RE.match(parenthetical):
            included = _read_included_attackers(parenthetical)
            if included is not None:
                victims = subtract_count(victims, included)
                attackers = add_counts(attackers, included)
        trailing = _TRAILING_PART_RE.match(self.sentence, match.end()) if subject_first else None
        if field is KILLED and victims is not None and trailing and not _PART_MARKER_RE.match(parenthetical):
            included = _read_included_attackers(trailing.group("part"))
            if included is not None:
                victims = subtract_count(victims, included)
                attackers = add_counts(attackers, included)
        if field is INJURED and attackers is not None:
            victims, attackers = add_counts(victims, attackers), None
        list_start = base + items[0].start
        end = match.end() if subject_first or groups.get("along") else base + items[-1].end
        if died is not None:
            end = died.end()
        preceding = (
            self.sentence[max(0, list_start - 12) : list_start].lower().split()[-2:] if subject_first else []
        )
        additive = all(item.additive for item in items) or any(word in ADDITIVE_WORDS for word in preceding)
        keys = frozenset(_group_key(item.head) for item in items if not item.attacker) - {""}
        if subject_first and has_predicate:
            between = self.sentence[match.end("list") : match.start("predicate")]
            # "The bomber also died" is the bomber told before; "three militants were also killed" are more.
            the_attacker = victims is None and re.match(r"the\b", match.group("list"), _FLAGS) is not None
            additive = additive or (
                bool(re.search(r"\balso\b", between, _FLAGS)) and not keys and not the_attacker
            )
        start = list_start if subject_first or in_addition else match.start()
        if companion is not None:
            start = companion
        return _Statement(
            field=field,
            start=start,
            end=end,
            victims=victims,
            attackers=attackers,
            keys=keys,
            additive=additive and not part_of_total,
            in_addition=in_addition,
            total=part_of_total,
            names=tuple(match.group("list")[item.start : item.end] for item in items if item.kind == "name"),
        )

    def _named_companion(self, list_start: int) -> int | None:
        """Where the named person of "Doe and three others" starts, if an unread name ends just before."""
        named = _NAMED_COMPANION_RE.search(self.sentence[:list_start])
        if named is None or not _is_full_name(named.group("name")):
            return None
        if not self._is_free(named.start(), list_start):
            return None
        return named.start()

    def _read_named_pair(self, match: re.Match[str]) -> _Statement | None:
        """ "Doe, a judge, and Roe were killed": two named people, one statement about both."""
        if not (_is_full_name(match.group("first")) and _is_full_name(match.group("second"))):
            return None
        field = KILLED if match.group("kill") or match.group("died") else INJURED
        return _Statement(
            field=field, start=match.start(), end=match.end(), victims=CountRange(minimum=2, maximum=2)
        )

    def _read_unknown_others(self, match: re.Match[str]) -> _Statement | None:
        """ "Doe and an unknown number of others were killed": at least the one named."""
        if not _is_full_name(match.group("name")):
            return None
        field = KILLED if match.group("kill") else INJURED
        return _Statement(
            field=field, start=match.start(), end=match.end(), victims=CountRange(minimum=1, maximum=None)
        )

    def _read_pronoun(self, match: re.Match[str]) -> _Statement | None:
        """ "... two villagers ... and hacked them to death": the figure of the group "them" refers to."""
        field = KILLED if match.group("kill") else INJURED
        if _is_passive(self.sentence, match.start()):
            return None
        if match.group("pronoun").lower() != "them":
            return _Statement(field=field, start=match.start(), end=match.end(), victims=ONE, total=True)
        antecedents = [
            candidate
            for candidate in _ANTECEDENT_RE.finditer(self.sentence[: match.start()])
            if _looks_like_person(_head_of(_noun_words(candidate.group("words"))))
        ]
        if not antecedents:
            return None
        antecedent = antecedents[-1]
        count = parse_count(antecedent.group("count"))
        head = _head_of(_noun_words(antecedent.group("words")))
        if count is None:
            return None
        attacker = head in ATTACKER_NOUNS
        return _Statement(
            field=field,
            start=match.start(),
            end=match.end(),
            victims=None if attacker else count,
            attackers=count if attacker and field is KILLED else None,
            keys=frozenset({_group_key(head)}) - {""},
        )

    def _read_noun(self, match: re.Match[str]) -> _Statement | None:
        """ "twelve fatalities", "five bodies", "claimed 12 lives", "at least 20 injuries"."""
        noun = match.group("noun").lower()
        if noun == "lives" and not (
            _LIVES_BEFORE_RE.search(self.sentence[: match.start()])
            or _LIVES_AFTER_RE.match(self.sentence[match.end() :])
        ):
            return None
        count = parse_count(match.group("count"))
        if count is None:
            return None
        field = KILLED if match.group("kill") else INJURED
        return _Statement(field=field, start=match.start(), end=match.end(), victims=count)

    def _read_self_detonation(self, match: re.Match[str]) -> _Statement | None:
        """A suicide attacker who detonated or blew himself up is an attacker killed."""
        subject = match.groupdict().get("list") or ""
        figure = _COUNT_RE.search(subject)
        count = parse_count(figure.group()) if figure else None
        if count is None and re.search(r"\bthemselves\b", match.group(), _FLAGS):
            return None
        return _Statement(field=KILLED, start=match.start(), end=match.end(), attackers=count or ONE)

    def _read_single(self, match: re.Match[str]) -> _Statement | None:
        """One person: "the driver was killed", "Khan died", "he suffered injuries", "the bomber died"."""
        field = KILLED if match.group("kill") else INJURED
        subject = _subject_before(self.sentence[: match.start()])
        words = _noun_words(subject)
        while words and words[0].lower() in OPENERS:
            words = words[1:]
        if not words or _NEGATION_RE.search(subject) or _COUNT_RE.search(subject):
            return None
        lowered = [word.lower() for word in words]
        passive = bool(re.match(r"(?:was|has|had|is|got)\b", match.group(), _FLAGS))
        if lowered[0] in PRONOUNS:
            head = ""  # "he": someone the report has named already
        elif passive or lowered[0] in {"the", "a", "an", "his", "her"}:
            head = _head_of(words)
            if head in NON_PERSON_NOUNS or head in NOT_NAMES or head in GENERIC_NOUNS - {"person"}:
                return None
            if not passive and not _looks_like_person(head):
                return None
        elif _is_name(words[0]) and (len(words) == 1 or words[1][0].islower() or _is_name(subject)):
            head = ""  # "Khan died", "Haya suffered severe injuries and died"
        else:
            return None
        if field is INJURED and _DIED_LATER_RE.match(self.sentence[match.end() :]):
            return None  # "he suffered injuries and died": counted as killed
        start = match.start() if passive else match.start("predicate")
        if head in ATTACKER_NOUNS or any(word in ATTACKER_NOUNS for word in lowered[-3:]):
            if field is INJURED:
                return _Statement(field=field, start=start, end=match.end(), victims=ONE)
            return _Statement(field=field, start=start, end=match.end(), attackers=ONE)
        key = _group_key(head)
        return _Statement(
            field=field, start=start, end=match.end(), victims=ONE, keys=frozenset({key}) - {""}
        )


def _finditer_all(patterns: Iterable[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    return [match for pattern in patterns for match in pattern.finditer(text)]


def _search_each(pattern: re.Pattern[str], text: str, read: Callable[[re.Match[str]], int | None]) -> None:
    """Apply `read` to every match, resuming after what it used (or one character on), so that a match
    that took in more than its statement does not hide a statement in its tail."""
    position = 0
    while position <= len(text):
        match = pattern.search(text, position)
        if match is None:
            return
        used_end = read(match)
        position = used_end if used_end is not None and used_end > match.start() else match.start() + 1


def _zero_fields(match: re.Match[str]) -> tuple[EvidenceField, ...]:
    groups = match.groupdict()
    what = (groups.get("what") or "").lower()
    verb = (groups.get("verb") or "").lower()
    if (
        what.startswith(("casualt", "damage"))
        or "harm" in verb
        # "No one was hurt" says nobody was harmed at all, as "no casualties" does; "no one was injured"
        # is about the wounded.
        or verb == "hurt"
        or ("kill" in verb and re.search(r"injur|wound|hurt", verb))
    ):
        return (KILLED, INJURED)
    if what.startswith(("death", "fatalit", "loss")) or verb.startswith("kill"):
        return (KILLED,)
    return (INJURED,)


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause holding sentence[start:end]: from the previous to the next ", but", "while", ";" ..."""
    before = list(_CLAUSE_JOIN_RE.finditer(sentence, 0, start))
    after = _CLAUSE_JOIN_RE.search(sentence, end)
    return sentence[before[-1].end() if before else 0 : after.start() if after else len(sentence)]


def _has_object(sentence: str, match: re.Match[str]) -> bool:
    """Whether a verb read as passive ("... shot dead") is active: no passive auxiliary ("was", "had been")
    and an object follows ("had killed nine people", "shot dead a young man")."""
    subject_end = match.end("parenthetical") if match.groupdict().get("parenthetical") else match.end("list")
    between = sentence[subject_end : match.start("predicate")].lower().split()
    if any(word in _PASSIVE_AUXILIARIES or word not in _ACTIVE_AUXILIARIES for word in between):
        return False
    if re.match(r"(?:died|dead|perished|succumbed|lost|embraced|found)\b", match.group("predicate"), _FLAGS):
        return False
    return bool(re.match(rf"\s+(?:{_COUNT}|{_DETERMINER}|(?-i:[A-Z]))", sentence[match.end() :], _FLAGS))


def _is_passive(sentence: str, position: int) -> bool:
    before = sentence[max(0, position - 30) : position].lower().split()
    return bool(before) and before[-1] in {
        "was",
        "were",
        "been",
        "being",
        "is",
        "are",
        "be",
        "get",
        "got",
        "getting",
    }


def _read_items(text: str) -> list[_Item | None]:
    """The groups of a list as written; None marks a part that names no group of people."""
    items: list[_Item | None] = []
    position = 0
    separator = ""
    while position < len(text):
        match = _ITEM_RE.match(text, position)
        if match is None or match.end() == position:
            break
        items.append(_read_item(match, separator=separator))
        position = match.end()
        joined = _SEPARATOR_RE.match(text, position)
        if joined is None:
            break
        separator = "and" if re.search(r"\band\b", joined.group(), _FLAGS) else ","
        position = joined.end()
    return items


def _select_items(items: list[_Item | None], *, keep_prefix: bool) -> list[_Item]:
    """The items that belong to the statement.

    A subject list is read back from the verb: the items next to it, as long as they name people ("In 2019,
    12 people were killed" keeps 12 people). An object list is read on from the verb, skipping appositions:
    a name, an age or a description after a bare comma ("killed Ahmed Khan, 40, a shopkeeper").
    """
    if not keep_prefix:
        kept: list[_Item] = []
        for item in reversed(items):
            if item is None or (kept and (item.kind == "bare" or item.partitive or not item.names_people)):
                break
            kept.append(item)
        return list(reversed(kept))
    selected: list[_Item] = []
    describing_name = False
    for item in items:
        if item is None:
            break
        if (
            item.separator == ","
            and selected
            and (item.kind in ("name", "bare") or item.partitive or describing_name)
        ):
            describing_name = True
            continue
        if selected and not item.names_people:
            break
        selected.append(item)
        describing_name = item.kind == "name"
    return selected


def _read_item(match: re.Match[str], *, separator: str) -> _Item | None:
    count_text = match.group("count")
    article = (match.group("article") or "").lower()
    raw_words = match.group("words") or ""
    words = _noun_words(raw_words)
    head = _head_of(words)
    lowered = [word.lower() for word in words]
    additive = any(word in ADDITIVE_WORDS for word in lowered) or article == "another"
    if count_text:
        count = parse_count(count_text)
        if count is None or head in NON_PERSON_NOUNS:
            return None
        additive = additive or bool(
            re.match(r"(?:another|a\s+further|further|an\s+additional|additional)\b", count_text, _FLAGS)
        )
        kind = "count" if words else "bare"
    elif article == "another":
        count, kind = ONE, "determiner"
    elif article:
        plural = head in IRREGULAR_SINGULARS or (head.endswith("s") and not head.endswith("ss"))
        if plural or not head or head in NON_PERSON_NOUNS:
            return None
        count, kind = (COUPLE if head == "couple" else ONE), "determiner"
    elif _is_name(raw_words) or _is_titled_name(raw_words):
        return _Item(
            start=match.start(), end=match.end(), separator=separator, count=ONE, head="", kind="name"
        )
    else:
        return None
    attacker = head in ATTACKER_NOUNS or any(word in ATTACKER_NOUNS for word in lowered[-2:])
    return _Item(
        start=match.start(),
        end=match.end(),
        separator=separator,
        count=count,
        head=head,
        kind=kind,
        attacker=attacker,
        additive=additive,
        partitive=bool(re.search(r"\bof\s+(?:them|whom|those|these)\b", raw_words, _FLAGS)),
    )


def _noun_words(text: str) -> list[str]:
    """The words of a noun phrase up to where it stops naming the group: a participle or a following name."""
    words: list[str] = []
    for word in _WORD_RE.findall(text):
        if words and (word.lower().endswith("ing") and len(word) > 4):
            break
        if words and word[0].isupper() and words[-1][0].islower() and _looks_like_person(words[-1].lower()):
            break  # "his wife Boonsri": the name after a noun of people
        words.append(word)
    return words


def _head_of(words: list[str]) -> str:
    """The noun a group is named by: "members" in "members of the family", "soldiers" in "of the soldiers"."""
    lowered = [word.lower().removesuffix("'s").removesuffix("’s") for word in words]
    if "of" in lowered:
        before = lowered[: lowered.index("of")]
        after = [
            word for word in lowered[lowered.index("of") + 1 :] if word not in {"the", "his", "her", "their"}
        ]
        if before:
            return before[-1]
        return after[-1] if after else ""
    return lowered[-1] if lowered else ""


def _is_name(text: str) -> bool:
    """A person's name standing alone as a victim ("killed Ahmed Khan"): one to four capitalised words."""
    words = _name_words(text)
    return (
        0 < len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and words[0].lower() not in NOT_NAMES
        and words[0].lower() not in OPENERS
    )


def _name_words(text: str) -> list[str]:
    """The words of a name without the lower-case particles of Arabic names ("al-", "bin")."""
    return [re.sub(r"^(?:al|el|ul|bin)-", "", word) for word in text.split() if word not in ("bin", "ibn")]


def _is_full_name(text: str) -> bool:
    """A name with its rank or particles: "Major General Ali al-Hassani", not "Police" or "Kabul Police"."""
    words = _name_words(text)
    return (
        0 < len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and not any(word.lower() in NOT_NAMES or word.lower() in NON_PERSON_NOUNS for word in words)
    )


def _is_titled_name(text: str) -> bool:
    """A victim named with a title and no article: "retailer Eduardo Gomez", "police constable Imran"."""
    words = text.split()
    lower = [word for word in words if word[0].islower()]
    if not 0 < len(lower) <= 3 or words[: len(lower)] != lower or len(words) - len(lower) > 4:
        return False
    head = lower[-1].lower()
    return len(words) > len(lower) and _looks_like_person(head) and not head.endswith("s")


def _looks_like_person(head: str) -> bool:
    if head in NON_PERSON_NOUNS or not head:
        return False
    return head in PERSON_NOUNS or head.endswith(PERSON_SUFFIXES)


def _group_key(head: str) -> str:
    """The group a head noun names, folded so that synonyms and plurals match; "" for people in general."""
    if head in GENERIC_NOUNS or not head:
        return ""
    if head in IRREGULAR_SINGULARS:
        singular = IRREGULAR_SINGULARS[head]
    elif head.endswith("men"):
        singular = head[:-3] + "man"
    elif head.endswith("s") and not head.endswith("ss"):
        singular = head[:-1]
    else:
        singular = head
    return GROUP_KEYS.get(singular, singular)


def _read_included_attackers(parenthetical: str) -> CountRange | None:
    """Attackers a total says it includes: ", including the bomber," or "(including three militants)"."""
    total: CountRange | None = None
    for match in _ITEM_RE.finditer(parenthetical):
        item = _read_item(match, separator="") if match.group(0).strip() else None
        if item is not None and item.attacker:
            total = add_counts(total, item.count)
    return total


def _subject_before(text: str) -> str:
    """The subject of the last clause before a verb: "the village chair" in "Awar, the village chair, was"."""
    for segment in reversed(_CLAUSE_BOUNDARY_RE.split(text)):
        if segment and segment.strip():
            return segment.strip()
    return ""


def _sum_counts(counts: Iterable[CountRange | None]) -> CountRange | None:
    total: CountRange | None = None
    for count in counts:
        total = add_counts(total, count)
    return total


def _settle_in_addition(statements: list[_Statement]) -> list[_Statement]:
    """An "in addition to ..." statement takes the field of the statement that follows it."""
    settled: list[_Statement] = []
    for index, statement in enumerate(statements):
        if not statement.in_addition:
            settled.append(statement)
            continue
        following = next((later for later in statements[index + 1 :] if not later.in_addition), None)
        if following is None:
            continue
        if following.field is KILLED:
            settled.append(replace(statement, in_addition=False))
        elif statement.victims is not None:
            settled.append(replace(statement, field=following.field, attackers=None, in_addition=False))
    return settled


def _mark_contrasts(sentence: str, statements: list[_Statement]) -> list[_Statement]:
    """Mark a statement that gives another source's figure for a field already given in its sentence."""
    marked: list[_Statement] = []
    last_end: dict[EvidenceField, int] = {}
    for statement in statements:
        previous_end = last_end.get(statement.field)
        contrasted = previous_end is not None and bool(
            _CONTRAST_RE.search(sentence[previous_end : statement.start])
        )
        last_end[statement.field] = statement.end
        marked.append(replace(statement, contrasted=True) if contrasted else statement)
    return marked
