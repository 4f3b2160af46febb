"""Event detection: trigger lexicons per ACLED sub-type, negation, roles, grouping of sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from waqia.extract.match_starts import build_rule_gate
from waqia.extract.numbers import COUNT_PATTERN
from waqia.model import EventType, Role, SubEventType

S = SubEventType

# When a sentence (or an event's sentences) holds several triggers, the sub-type of the highest one wins:
# the weapon that defines an attack beats the generic verbs around it ("gunmen opened fire after the bomber
# blew himself up" is a suicide bombing; ACLED codebook 2023, "Explosions/Remote violence" precedence).
SUB_TYPE_PRECEDENCE: tuple[SubEventType, ...] = (
    S.SUICIDE_BOMB,
    S.CHEMICAL_WEAPON,
    S.AIR_DRONE_STRIKE,
    S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    S.GRENADE,
    S.VIOLENT_DEMONSTRATION,
    S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    S.MOB_VIOLENCE,
    S.PROTEST_WITH_INTERVENTION,
    S.PEACEFUL_PROTEST,
    S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    S.GOVERNMENT_REGAINS_TERRITORY,
    S.ARMED_CLASH,
    S.SHELLING_ARTILLERY_MISSILE_ATTACK,
    S.ABDUCTION_FORCED_DISAPPEARANCE,
    S.SEXUAL_VIOLENCE,
    S.ATTACK,
    S.DISRUPTED_WEAPONS_USE,
    S.LOOTING_PROPERTY_DESTRUCTION,
    S.AGREEMENT,
    S.CHANGE_TO_GROUP_ACTIVITY,
    S.HEADQUARTERS_OR_BASE_ESTABLISHED,
    S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    S.ARRESTS,
    S.OTHER,
)
_RANK = {sub_type: rank for rank, sub_type in enumerate(SUB_TYPE_PRECEDENCE)}

VIOLENT_EVENT_TYPES = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS}
)
_DEMONSTRATION_TYPES = frozenset({EventType.PROTESTS, EventType.RIOTS})
_EXPLOSIVE_TYPES = frozenset({S.SUICIDE_BOMB, S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.GRENADE})
_WEAPON_TYPES = _EXPLOSIVE_TYPES | {
    S.AIR_DRONE_STRIKE,
    S.SHELLING_ARTILLERY_MISSILE_ATTACK,
    S.CHEMICAL_WEAPON,
}

# Words of a match: in a sentence they make "attack", "shot" and "blast" moves of the game, unless the
# sentence counts people killed or hurt ("four spectators were killed when a bomb exploded in the stands").
_SPORT_WORDS = (
    r"cricket\w*|wickets?|innings|bowl(?:er|ers|ing|ed)|batsm[ae]n|batting|football\w*|hockey|tournaments?|"
    r"goalkeeper|scored (?:a |the )?goals?|striker|olympics?|semi-?finals?|championships?|premier league|"
    r"super league|T20|ODIs?|test match"
)
_SPORT_CONTEXT = re.compile(rf"\b(?:{_SPORT_WORDS})\b", re.IGNORECASE)
# People counted killed or hurt: "four spectators were killed", "killing 12". Such a sentence tells real harm
# even among a match's words or a film's.
PEOPLE_HARMED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|several|"
    r"many|hundreds)\s+(?:[\w-]+\s+){0,3}?(?:people|persons|spectators|fans|players|civilians|passengers|"
    r"policemen|police officers|soldiers|children|women|men|worshippers|students|workers|villagers|guards|"
    r"officials|members|engineers|labou?rers|drivers?|pilgrims|tourists|employees|staff|teachers|"
    r"journalists|lawyers|doctors|nurses|traders|shopkeepers|commuters|bystanders|others|constables|"
    r"personnel)\b[^.;]{0,60}?\b(?:killed|injured|wounded|dead|died|hurt|martyred)\b|"
    r"\b(?:killed|injured|wounded|killing|injuring|wounding)\s+(?:at least\s+)?(?:\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several)\b",
    re.IGNORECASE,
)
# Hazards and accidents: what kills and destroys without anyone attacking.
HAZARD_WORDS = (
    r"floods?|flooding|flash floods?|earthquakes?|quake|tremors?|landslides?|torrential|heavy rains?|"
    r"rain-related|monsoon|cyclones?|(?:rain|thunder|snow|dust|wind|tropical |sand)storms?|avalanches?|"
    r"drown\w*|heatwave|heat stroke|"
    # Not a "lightning offensive" or "lightning advance": speed, not weather.
    r"lightning(?! (?:offensive|advance|assault|raids?|attacks?|campaign|war|strikes?|operation|speed)\b)|"
    r"volcan\w*|tsunamis?|hurricanes?|typhoons?|tornado(?:e?s)?|"
    r"(?:wild|bush|forest )fires?|mudslides?|"
    # A derailment someone caused ("removed fishplates, causing a train to derail") is that act's harm.
    # ... and so is the derailment a clause of its own tells as its outcome ("unfastened the clamps,
    # derailing eleven wagons").
    r"accidents?|collisions?|collided|overturned|overturning|skidded|(?<!to )(?<!, )derail\w*|road mishap|"
    # A vehicle falling, not a country "plunged into crisis".
    r"plunged (?:[\w'’-]+ ){0,3}into (?:a |an |the )?(?:[\w'’-]+ )?(?:ravine|river|gorge|canal|valley|lake|"
    r"ditch|stream|"
    r"gully|nullah|khud|sea|water)|"
    r"traffic (?:accident|mishap)s?|"
    r"cylinders?(?! bombs?)|gas leak\w*|boilers?|transformers?|short[- ]circuit|fire broke out|"
    # "Died in the blaze" after an arson is that fire; an accident's blaze is told by what broke out.
    r"(?<!the )blaze|"
    # "A fire in a chemical factory killed 16 workers"; not gunfire "opened" on a market.
    r"(?<!opened )(?<!opening )(?<!open )(?<!heavy )(?<!indiscriminate )fire (?:in|at) (?:a|an|the) "
    r"(?:[\w-]+ ){0,2}(?:factory|factories|building|plaza|warehouse|mill|godown|hotel|hospital|"
    r"restaurant|apartment|slum|bakery|workshop|plant)|"
    # A mine's own disasters; a coal mine is also where gunmen kill or kidnap miners.
    r"(?:coal[- ])?min(?:e|ing) (?:accidents?|collapses?|disasters?|fires?)|methane|"
    r"trapped (?:[\w'’-]+ ){0,3}(?:mines?|underground)|"
    # "An explosion at a chemical plant": industry blows up on its own; a bomb there is named as one.
    r"(?:explosions?|blasts?) (?:at|in|ripped through|tore through) (?:a|an|the) (?:[\w-]+ ){0,2}(?:factory|"
    r"factories|plant|refinery|port|warehouse|depot|godown|mill|workshop|mine|colliery)s?|"
    r"mine collapsed?|fireworks?|firecrackers?|electrocuted|"
    # Plant that blows up by itself: "a tank at the plant exploded", "a furnace at a steel mill exploded".
    r"(?:furnaces?|kilns?|reactors?|compressors?|(?:[\w-]+ )?(?:tanks?|containers?|silos?) (?:at|in|of) "
    r"(?:a|an|the) (?:[\w-]+ ){0,3}(?:plant|factory|refinery|mill|depot|warehouse|facility)|"
    r"(?:storage|gas|fuel|oil|chemical|cold[- ]storage|ammonia) (?:tanks?|containers?)) "
    r"(?:[\w-]+ ){0,8}?(?:exploded|blew up|burst)|"
    # Leaked gas that explodes and the glass-coated strings of kites kill too.
    r"gas (?:that |which )?(?:had )?(?:leaked|leaking)|leak(?:ed|ing) gas|gas (?:blasts?|explosions?)|"
    r"kite[- ]?(?:strings?|flying)|(?:glass|chemically)[- ]coated"
)
# Sentences about hazards, accidents, crime and sport use the same verbs as attacks ("killed", "blast",
# "attack", "shot", "missing"); in such a sentence only unambiguous weapon triggers count.
# Crime and private quarrels: a robber's or a cousin's gun is no political violence.
CRIME_WORDS = (
    r"robbers?|robbery|robberies|dacoits?|dacoity|bank heist|personal enmity|old enmity|family feud|"
    r"family dispute|domestic dispute|land dispute|property dispute|honou?r killing|street crime|"
    # Killings "in the name of honour" (karo-kari) are a family's crime, not political violence.
    r"(?:in the )?name of (?:family )?honou?r|karo-?kari|"
    r"disputes? (?:over|about) (?:[\w'’-]+ ){0,2}(?:land|property|plots?|water|inheritance|money|debts?)|"
    r"(?:old|personal|family|long-standing) rivalry"
)
NON_EVENT_CONTEXT = re.compile(
    rf"\b(?:{HAZARD_WORDS}|"
    rf"{_SPORT_WORDS}|"
    r"heart attack|panic attack|asthma attack|cardiac arrest|cyber[- ]?attacks?|"
    rf"{CRIME_WORDS}|hoax\w*|"
    # A "time bomb" is a metaphor unless it goes off or harms: "detonated a time bomb ..., killing three".
    r"time bomb(?![^.]{0,60}\b(?:exploded|detonated|went off|blast|killing|killed|injuring|injured|wounding|"
    r"wounded))|ticking (?:time )?bomb|bombshell|"
    r"photo-?bomb\w*|bombarded with|price hike|box office|mock (?:exercises?|drills?|attacks?)|simulated|"
    r"air ?shows?|aerobatics?|fly-?pasts?)\b",
    re.IGNORECASE,
)

# Anything that makes a weak trigger ("blast", "rocket") read as political violence.
_VIOLENCE_WORDS = (
    r"kill\w*|dead|died|dies?(?!-)|deaths?|injur\w*|wound\w*|martyr\w*|casualt\w*|hurt|lives|bod(?:y|ies)|"
    r"militan\w*|terroris\w*|gunm[ae]n|insurgen\w*|assailants?|attackers?|armed|bomb\w*|explo(?:si|d)\w*|"
    r"blasts?|"
    r"fir(?:e|ed|ing)|shot|shots|gun\w*|weapons?|rifles?|troops|soldiers?|security forces|SFs|police\w*|"
    r"army|military|forces|damag\w*|destroy\w*|victims?|Taliban|rebels?|fighters|checkposts?|convoy|"
    r"suicide|shells?|mortars?|rockets?|grenades?|attack(?:s|ed|ing)?"
)
VIOLENCE_CUE = re.compile(rf"\b(?:{_VIOLENCE_WORDS})\b", re.IGNORECASE)

# Reasons a trigger does not report something that happened: negation, threat, plan, warning, possibility.
_NEGATION_BEFORE = re.compile(
    # A group that denies a part in an attack does not deny the attack.
    r"\b(?:no|not|never|neither|nor|without|"
    r"den(?:ied|y|ies)(?!\W+(?:(?:any|its|their|all)\W+)?(?:involvement|role|hand|part|links?|"
    r"responsibility)\b)|"
    r"rumou?rs? (?:of|about)|false reports? of|"
    # "an email threatening bomb explosions".
    r"threat(?:s|ened|ening)? (?:to|of)|threaten(?:s|ed|ing)?|"
    r"warn(?:s|ed|ing|ings?)? (?:of|about|against|that)|"
    r"alerts? (?:of|about)|fears? of|feared|risk of|possible|possibility of|potential|"
    r"plan(?:s|ned|ning)? (?:to|for)|plot(?:s|ted)? to|conspir\w+ to|intend\w* to|aim(?:s|ed|ing)? to|"
    # "militants were planning suicide attacks": intent, however it is phrased.
    r"planning|plotting|preparing|capable of|"
    r"prepar\w+ (?:to|for)|vow\w* to|"
    r"could|would|might|should|will|shall|likely|expected to|in case of|if|unless|prevent\w*|avert\w*|"
    r"foil(?:ed|s|ing)|thwart(?:ed|s|ing)|"
    r"would-be|in order to|ready to|to carry out|to launch|to stage|to hold|urg\w+|call(?:s|ed)? (?:for|on)|"
    r"ordered|warrants? (?:for|of)|"
    # A reward is offered for an arrest that has not happened: "information leading to the arrest of".
    r"information (?:that )?lead(?:s|ing)? to|(?:head money|bount(?:y|ies)|rewards?) (?:of [\w.,]+ )?for)"
    r"\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# Condemnations and demands name an event reported elsewhere in the text; they join it but open none.
_REFERENCE_VERB_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|against|demand\w*|over|after|following|since|probe into|ahead of|"
    r"in the wake of|in the aftermath of|anniversary of|call(?:s|ed)? off|calling off|"
    # The people an event left behind ("relatives of persons who went missing during the war"); the next of
    # kin, the displaced and the mourners mark a whole sentence as recalled (BACKGROUND_CUE).
    r"(?:families|relatives) of|"
    # Not a group telling its own deed: "the BLA claimed it had executed a man" is the news.
    r"inquiry into|investigat\w+ (?:into )?|responsibility for|"
    # Nor a force telling its own: "Rangers claimed to have arrested a target killer".
    r"claimed(?!\W+(?:that\W+)?(?:it|they|its (?:fighters|men|militants|cadres))\b)(?! to (?:have )?\w)|"
    r"involved in|"
    r"responsible for|behind|"
    r"connection with|linked to|wanted (?:(?:criminal|man|suspect|terrorist|militant)s? )?in|"
    r"accused (?:of|in)|"
    r"role in|mastermind\w* (?:of)?|planner of|"
    r"facilitat\w+|suspects? in|convicted (?:of|in|for)|sentenced (?:[\w'’-]+ ){0,4}for|verdict in|case of|"
    r"involvement in|charges?,? (?:of|for|in|including|such as)|charged (?:with|for|in)|related to|"
    # The protest an arrest or charge is for ("arrested for organising an illegal protest").
    r"(?:for|of|over|with) (?:organi[sz]ing|leading|inciting|participating in|taking part in|"
    r"joining|staging))\W+"
    r"(?:[\w-]+\W+){0,4}$",
    re.IGNORECASE,
)
# "officials revealed that a female suicide bomber": an indefinite article after "that" introduces the event.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\W+(?:[\w-]+\W+){0,2}$", re.IGNORECASE)
# A claim of responsibility is news about the event it claims, even when it names it as "the attack".
_CLAIM_BEFORE = re.compile(
    r"\b(?:claim\w*|took|takes|taking|accept\w*|own\w*(?: up)?) (?:the )?(?:responsibility|credit)"
    r"(?: for)?\W+(?:[\w-]+\W+){0,5}$|\bowned up\W+(?:[\w-]+\W+){0,5}$|"
    # "ISKP claimed the suicide bombing", "owned the blast"; blame and a denied part presuppose it too.
    # Not what the police or a minister "claimed" about it ("police claimed the blast was a gas leak").
    r"(?<!police )(?<!officials )(?<!authorities )(?<!minister )(?<!government )(?<!he )(?<!she )"
    r"\b(?:claim(?:ed|s|ing)|own(?:ed|s|ing))\W+(?:the|an?|its|their|both|this)\W+(?:[\w-]+\W+){0,2}$|"
    r"\bblam(?:ed|es|ing)\W+(?:[\w'-]+\W+){1,5}for\W+(?:[\w-]+\W+){0,3}$|"
    r"\bden(?:ied|ies|y|ying)\W+(?:(?:any|its|their|all)\W+)?(?:involvement|role|hand|part|links?)\W+in\W+"
    r"(?:[\w-]+\W+){0,3}$",
    re.IGNORECASE,
)
# "the anniversary of the massacre" recalls the massacre, not the sentence's other news.
_ANNIVERSARY_BEFORE = re.compile(r"\banniversary of\W+(?:[\w'’-]+\W+){0,3}$", re.IGNORECASE)
# "two days after", "weeks after": what follows happened days before the news.
_DAY_COUNT = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)"
_DAYS_AFTER = rf"(?:{_DAY_COUNT}\s+)?(?:days?|weeks?)\s+after"
# The joint before a clause telling an earlier event: ", days after a bomb killed four".
_EARLIER_JOINT = re.compile(rf",\s+{_DAYS_AFTER}\b", re.IGNORECASE)
# A trigger in the clause "days after" opens, within its words: "the attack came a week after a suicide bomber
# killed 12 soldiers" recalls the bombing (not past a comma: "a day after the blast, police arrested"), with
# its count ("early in the day after car bombs were detonated" tells the news).
_COUNTED_DAYS_AFTER = rf"{_DAY_COUNT}\s+(?:days?|weeks?)\s+after"
_DAYS_AFTER_BEFORE = re.compile(rf"\b{_COUNTED_DAYS_AFTER}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


# What came a day or two after the deed: "The verdict came a day after", "The memorial was held two days
# after".
_NEWS_CAME_DAY_AFTER = re.compile(
    r"\b(?:came|was held|took place|were held|happened|was announced)\s+(?:just\s+)?"
    r"(?:a|one|two)\s+days?\s+after\b",
    re.IGNORECASE,
)


def _told_days_before(text: str, start: int) -> bool:
    """Whether the trigger at `start` is in a "days after" clause that follows the sentence's news with no
    comma (a clause after a comma, or one that opens the sentence, is read apart: see _CLAUSE_JOINT and
    _EARLIER_OPENING)."""
    found = _DAYS_AFTER_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return False
    told = text[: found.start()].rstrip()
    return bool(told) and not told.endswith(",")


_NEW_AFTER_BEFORE = re.compile(
    r"(?:\b(?:after|following|when|as)\W+(?:a|an|two|three|four|five|several|twin)\W+(?:[\w-]+\W+){0,2}|"
    # "..., a day after militants attacked a checkpost": days apart, another event (read as a clause of its
    # own; see _CLAUSE_JOINT). "A day after police arrested..." opening a sentence recalls what led to it.
    rf",\s+{_DAYS_AFTER}\W+(?:[\w'’-]+\W+){{0,3}}|"
    # Armed men with no article, right after the harm they did, are as new as "a gunman": "burnt to death
    # after attackers threw petrol bombs into his shop" tells one attack ("arrested ... after militants
    # attacked" still refers to one).
    r"\b(?:died|dead|hurt|death|burns|burnt|burned|injured|wounded|killed)\W+(?:after|following|when|as)\W+"
    r"(?:(?:unknown|unidentified|armed|masked|suspected|motorcycle-borne)\W+)?(?:gunm[ae]n|attackers|assailants|"
    r"militants|terrorists|insurgents|miscreants|armed men|men)\W+(?:[\w-]+\W+){0,1}|"
    # Missing since he was taken: "has not been seen since men in plain clothes forced him into a van"
    # dates the disappearance by its own start, which is the news.
    r"\b(?:(?:not|never) been (?:seen|heard (?:from|of))|(?:gone|been|went|remain(?:s|ed)?) missing|"
    r"disappeared|whereabouts (?:have been |has been |are |remain )?unknown) (?:ever )?since\W+"
    r"(?:[\w'’-]+\W+){0,5})$",
    re.IGNORECASE,
)
_SET_OFF_BEFORE = re.compile(
    r"\b(?:triggering|triggered|sparking|sparked|prompting|prompted|provoking|provoked)\W+(?:[\w'’-]+\W+){0,2}$",
    re.IGNORECASE,
)
# "after chlorine gas hit", "after canisters releasing chlorine gas hit": munitions named without an article.
_BARE_MUNITION_AFTER_BEFORE = re.compile(
    r"\b(?:after|following|when|as)\W+(?:(?:canisters?|barrels?|cylinders?|containers?|shells?|rockets?|"
    r"bombs?|munitions?|projectiles?)\W+(?:of|releasing|filled with|containing|carrying|loaded with)\W+"
    r"(?:a\W+)?)?$",
    re.IGNORECASE,
)
# A trigger naming a court case or its accused ("the 2001 kidnapping case") refers to an old event.
# Matched from the trigger's end (so no "^", which a match from a position would never meet).
_LEGAL_AFTER = re.compile(
    r"\s+(?:case|cases|trial|probe|inquiry|investigation|accused|convicts?|suspects?|charges?|verdict)\b",
    re.IGNORECASE,
)
# Hostages released or rescued were taken earlier: the release refers back to the abduction.
_RELEASE_BEFORE = re.compile(
    # "the body of a kidnapped soldier was found": the abduction is what led to the death now reported.
    r"\b(?:released|freed|release of|freeing|rescued|rescue of|recovered|bod(?:y|ies) of)\W+"
    r"(?:[\w-]+\W+){0,3}$",
    re.IGNORECASE,
)
# "may" only in lower case: "in May" and "May 5" are dates.
_MAY_BEFORE = re.compile(r"\bmay\W+(?:\w+\W+){0,3}$")
# What a side has done over time, counted vaguely: "the Taliban have killed or arrested many of its
# commanders".
_PERFECT_TALLY = re.compile(
    r"\b(?:have|has) (?:killed|arrested|captured|detained|eliminated)(?: or (?:killed|arrested|captured|"
    r"detained))? (?:many|numerous|countless|hundreds|thousands)\b",
    re.IGNORECASE,
)
# What a search "ruled out" right before the word: "the squad ruled out explosives" (not "ruled out
# terrorism, but a bomb exploded").
_RULED_OUT_BEFORE = re.compile(r"\bruled out\W+(?:(?:any|the|an?)\W+)?$", re.IGNORECASE)
# A trigger followed by years of it is a charge or a habit, not an event: "looting the people for five years".
_YEARS_AFTER = re.compile(
    # Not how long someone was wanted or held: "arrested a commander wanted for 10 years".
    r"^\W*(?:(?!(?:wanted|absconding|at large|on the run|missing|held|jailed|imprisoned|detained|"
    r"in hiding)\b)[\w'’-]+\W+){0,4}?for (?:the (?:past|last) )?(?:[\w-]+ )?(?:years|decades?)\b",
    re.IGNORECASE,
)
_NEGATION_AFTER = re.compile(
    r"^\W*(?:\w+\W+)?(?:threats?|alerts?|warnings?|plans?|plots?|scare|hoax|drills?|exercises?|"
    r"(?:is|are|was|were) (?:feared|expected|likely|planned|possible|averted|foiled|thwarted)|"
    r"(?:did|does|do) not|never)\b",
    re.IGNORECASE,
)
# "a gun attack on the convoy could not be ruled out": a possibility, not a deed.
_RULED_OUT_AFTER = re.compile(
    r"^\W*(?:[\w'’-]+\W+){0,4}?(?:(?:could|can|cannot|can't|would|will) (?:not )?(?:yet )?be ruled out|"
    r"(?:was|is|were|are) not (?:being )?ruled out)\b",
    re.IGNORECASE,
)

# A definite or demonstrative determiner before a trigger points back to an event already reported.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|his|her|today's|yesterday's|last night's|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day's|(?:last|previous) (?:week|month|year)'s|same|latest|"
    r"such)\W+(?:[\w-]+\W+){0,3}$",
    re.IGNORECASE,
)
# Talk about attacks in general ("the third attack since January", "a spate of attacks") reports no one event.
_COMMENTARY_BEFORE = re.compile(
    r"\b(?:third|fourth|fifth|sixth|seventh|\d+(?:rd|th)|several|many|numerous|series of|spate of|wave of|"
    r"string of|surge in|rise in|increase in|frequent|repeated|recent|such|number of|spree of|future|"
    r"possible|any)\W+(?:[\w-]+\W+){0,1}$",
    re.IGNORECASE,
)
_GUNFIRE_WITH_BEFORE = re.compile(
    r"\b(?:opened fire|open fire|opening fire|armed)\s+with\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A stance on a kind of deed, written with the bare plural after it ("edicts against suicide attacks",
# "spoke out against honour killings"); "protested against the killings" points to the deeds it names.
_STANCE_AGAINST_BEFORE = re.compile(
    r"\b(?:edicts?|fatwas?|decrees?|sermons?|speeches|campaign(?:s|ed|ing)?|spoke(?: out)?|speaking(?: out)?|"
    r"vocal|outspoken|views?|stance|preach(?:ed|ing)?|wr(?:ote|itten|iting)|law|legislation|bill)\s+"
    r"(?:[\w'’-]+\s+){0,2}against\s+$",
    re.IGNORECASE,
)
_SECOND_BEFORE = re.compile(r"\b(?:second|another|twin|more|fresh)\W+(?:[\w-]+\W+){0,1}$", re.IGNORECASE)
COMMENTARY_SENTENCE = re.compile(
    r"\b(?:so far this year|this year alone|since (?:the start of|the beginning of|January|20\d\d)|"
    r"in recent (?:weeks|months|years)|over the (?:past|last) (?:[\w'’-]+ )?(?:weeks?|months?|years?)|"
    r"(?:have|has) (?:carried out|claimed(?! (?:the |its )?(?:responsibility|credit)| (?:the|this)\b)|"
    r"conducted|stepped up|"
    r"intensified|"
    r"increased)|"
    # "The southern districts have seen a spate of kidnappings this year".
    r"(?:have|has|had) (?:seen|witnessed|experienced|suffered) (?:a |an )?(?:[\w'’-]+ )?(?:spate|wave|series|"
    r"string|surge|rise|number|string)s? of|"
    # "No group has so far claimed responsibility for the attack" is about one attack.
    r"a total of|statistics|data (?:show|compiled)|till (?:date|now|\w+ end)|"
    r"(?<!responsibility )(?<!credit )(?<!attack )(?<!blast )(?<!incident )(?<!murder )(?<!killing )"
    r"(?<!bombing )(?<!explosion )so far"
    r"(?! (?:claimed|owned|accepted|taken))|to date|"
    r"this year (?:19|20)\d\d|(?:during|throughout|over) the (?:past |last |previous )?(?:year|decade)|"
    # Service deaths over a campaign: "700 personnel have been killed while fighting for the stability of the
    # country", "policemen martyred in the war on terror".
    r"(?:have|has) been (?:killed|martyred) (?:while )?fighting for\b|"
    r"(?:killed|martyred|lost (?:their|his|her) lives?) (?:in|during) the (?:war|fight|struggle|campaign) "
    r"(?:against|on) (?:terror|terrorism|militancy|extremism|insurgency)|"
    r"in the (?:past|last|previous) (?:year|decade)|"
    # Trends in kinds of attack: "suicide bombings fell slightly".
    r"(?:attacks|bombings|blasts|explosions|ambushes|killings|kidnappings|abductions|incidents|clashes|"
    r"strikes) (?:[\w'’-]+ ){0,5}(?:rose|fell|increased|decreased|declined|dropped|doubled|halved|surged|"
    r"jumped|climbed)|"
    # "killed in more than 1,250 ceasefire violations": a count of events in the hundreds tallies them (a
    # year is no count: "the 2002 Mombasa attacks"; "14 blasts" may be one day's series).
    r"(?:(?!(?:19|20)\d\d\b)\d{3,}|\d{1,3}(?:,\d{3})+|hundreds of|thousands of) (?:[\w'’-]+ )?"
    r"(?:attacks|incidents|"
    r"violations|encounters|blasts|bombings|explosions|operations|raids|clashes|killings|abductions))\b",
    re.IGNORECASE,
)

# The sentence recalls an earlier event (past perfect is weighed separately: news uses it for the same event).
BACKGROUND_CUE = re.compile(
    r"\b(?:last (?:year|month|week)|(?:earlier|previously) (?:this|last) (?:year|month|week)|"
    r"earlier this (?:year|month)|(?:a|the) (?:similar|previous|earlier) (?:attack|incident|blast|bombing)|"
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*"
    r"(?:of )?(?:19|20)\d\d|"
    r"(?:19|20)\d\d (?:[\w-]+ ){0,3}(?:attacks?|blasts?|bombings?|massacre|assault|riots)|"
    r"(?:[\w'’-]+ )?(?:years?|months?) ago|(?:[\w'’-]+ )?(?:years|months) (?:after|since)|in the past|"
    r"back in|"
    # Those an earlier event left behind: "relief to the next of kin of civilians killed in shelling", "a
    # shutdown to mourn the killing of", "families displaced by recent fighting".
    r"(?:next of kin|heirs|dependents) of (?:[\w-]+ ){0,3}(?:killed|martyred|slain)|to mourn the|"
    # Those a conflict left behind, told as a class: "housing for families of civilians killed by Maoists",
    # "compensation for homes damaged by shelling", "paying tribute to those killed in the conflict".
    r"(?:families|relatives) of (?:[\w-]+ ){0,2}(?:killed|martyred|slain) by|"
    r"compensation (?:for|to) (?:[\w'’-]+ ){0,4}(?:damaged|destroyed|killed|injured|affected|displaced) "
    r"(?:by|in)|(?:tribute|homage) to (?:those|all|the) (?:[\w'’-]+ ){0,2}(?:killed|martyred|who died|"
    r"who lost)|"
    r"displaced by (?:the )?(?:recent |last (?:week|month|year)'s )?"
    r"(?:fighting|violence|clashes|operations?)|"
    r"(?:last|previous) (?:year|month)'s)\b"
    # A sentence that opens with a bare month ("In April, a suicide bomber killed three teachers") recalls an
    # earlier event: the news is told by its day.
    r"|^\W*in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?!\s*\d)(?=\s*,)",
    re.IGNORECASE,
)
# Someone named by an earlier detention: "a TTP militant arrested in Lahore", "a bomb maker detained", "a
# commander who had been held". Any noun may stand before the participle, but not an auxiliary of a passive
# ("were arrested in Lahore" tells the arrest) nor a force that arrests ("police arrested from"); before
# "held" only a person ("a jirga held in Kohat" is a meeting).
DETAINED_PERSON = (
    r"\b(?:(?:(?!(?:was|were|been|being|is|are|be|had|have|has|and|or|police|troops|forces|personnel|"
    r"officials|officers|agencies|authorities|rangers|soldiers|army|teams?)\b)(?-i:[a-z]+)\s+"
    r"(?:arrested|detained|captured|nabbed|apprehended|picked\s+up|in\s+custody))|"
    r"(?:suspects?|militants?|terrorists?|insurgents?|man|men|accused|members?|commanders?|operatives?|"
    r"facilitators?|accomplices?|associates?|makers?|prisoners?|captives?|detainees?)\s+held|"
    r"who\s+(?:was|were|had\s+been)\s+(?:arrested|detained|held|captured|nabbed|apprehended|picked\s+up))\s+"
)
# A time told of that detention dates it, not the sentence: "a TTP militant arrested in Lahore last month
# led police to a hideout where two militants were killed on Thursday".
_DETAINED_BEFORE_CUE = re.compile(
    DETAINED_PERSON
    + r"(?:(?:in|at|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:,?\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+)?$",
    re.IGNORECASE,
)


# The deed the rest of the sentence goes on to tell: "... led police to a hideout, where two militants were
# killed". Without one ("a militant arrested last week has disclosed that he trained in Kunar") the
# detention is all the sentence tells, and its time still marks it as recalled.
_NEW_DEED_AFTER = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+\s+)?(?:killed|injured|wounded|shot)|died|killed|exploded|opened\s+fire|"
    r"stormed|raided|ambushed|attacked)\b",
    re.IGNORECASE,
)


def find_background_cue(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first BACKGROUND_CUE in `text[pos:endpos]` that recalls an earlier event, not one that dates a
    person's earlier detention before a new deed the sentence tells."""
    end = len(text) if endpos is None else endpos
    for match in BACKGROUND_CUE.finditer(text, pos, end):
        if (
            _DETAINED_BEFORE_CUE.search(text, max(pos, match.start() - 80), match.start()) is None
            or _NEW_DEED_AFTER.search(text, match.end(), end) is None
        ):
            return match
    return None


MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_DAY = rf"{MONTH_NAME} \d{{1,2}}"
# An event named with its own dated year beside the news's weekday is an older one: "a bomb exploded on Friday
# at the shrine rebuilt after the suicide attack of February 16, 2017".
_YEAR_DATED_AFTER = re.compile(
    rf"\s+(?:of|on|in)\s+(?:{MONTH_DAY},?\s+|\d{{1,2}}\s+{MONTH_NAME},?\s+|{MONTH_NAME},?\s+)?"
    r"(?:19|20)\d\d\b"
)
_DATE_WITH_YEAR = re.compile(rf"\bon {MONTH_DAY},? (?:19|20)\d\d\b")
_DATE_WITHOUT_YEAR = re.compile(rf"\b{MONTH_DAY}\b(?!,? (?:19|20)\d\d)")


def _find_dated_recall(text: str) -> re.Match[str] | None:
    """A date given with its year beside one given without ("said on July 9 ... killed on July 8 2016"):
    the report's own day needs no year, so the dated event is an earlier one."""
    if _DATE_WITHOUT_YEAR.search(text) is None:
        return None
    return _DATE_WITH_YEAR.search(text)


_PAST_PERFECT = re.compile(
    # Not the tense of reported speech: "the BLA claimed it had executed a man" tells the news.
    r"(?<!claimed it )(?<!claimed they )(?<!said it )(?<!said they )(?<!claimed that it )"
    r"(?<!said that it )(?<!claimed that they )(?<!said that they )"
    r"\bhad (?:also |earlier |previously )?(?:been )?\w+(?:ed|en|wn|lt|ck|ot|ut)\b",
    re.I,
)
_SEPARATE_CUE = re.compile(
    r"^\W*(?:separately|meanwhile|elsewhere|"
    r"in (?:a |an )?(?:another|separate|different|similar|second|other) (?:[\w'’-]+ )?"
    r"(?:incident|attack|development|operation|clash|raid|case)|in another|earlier in the day|"
    r"in a separate)\b|\b(?:in (?:a |an )?(?:separate|another|different) (?:[\w'’-]+ )?(?:incident|attack)|"
    r"separately)\b|"
    # A definite event told apart by its time or order ("the morning attack", "the earlier blast") is the
    # other of two events one report tells: the report's own event needs no such label.
    r"\bthe (?:earlier|first|previous|other|morning|afternoon|evening) (?:attack|blast|bombing|explosion|"
    r"incident|strike)\b",
    re.IGNORECASE,
)

# Words that say the victims carried arms: ACLED codes attacks on security forces as Battles (armed clash).
_ARMED_VICTIM = re.compile(
    r"\b(?:police\w*|policem[ae]n|cops?|constables?|soldiers?|troops|army|military|"
    r"security (?:forces|personnel|officials|men)|SFs?|FC|Frontier Corps|Levies|levies|Rangers|paramilitary|"
    r"jawans?|CRPF|BSF|CTD|"
    r"personnel|convoys?|check ?-?posts?|check ?points?|outposts?|(?:police|army|security|military|FC|levies|"
    r"border) (?:posts?|camps?|stations?|lines|vehicles?|vans?|mobiles?)|patrol\w*|pickets?|cantonments?|"
    r"garrisons?|(?:army|military|air|naval) bases?|militiam[ae]n|peace committee|sepoys?|commandos?|forces|"
    # Conscripts, Afghan forces and guards of prisons are armed sides too.
    r"conscripts?|ANDSF|Afghan (?:National )?(?:Army|Police|forces|security forces)|"
    r"(?:prison|jail) (?:guards?|wardens?|staff)|"
    r"sentr(?:y|ies)|officers? of the (?:police|army|FC)|(?:police|army|FC) officers?|"
    # Other armed sides: border and peacekeeping forces, militias, and rebels' own positions.
    r"border guards?|coast ?guards?|peacekeep\w*|gendarm\w*|militias?|Peshmerga|marines|"
    r"national guard(?:smen)?|"
    r"servicem[ae]n|servicewom[ae]n|Civilian (?:Joint Task Force|JTF)|CJTF|home guards?|"
    r"vigilante (?:groups?|fighters)|"
    r"(?:rebel|militant|insurgent|opposition|jihadist) (?:fighters|positions?|bases?|camps?|hideouts?|"
    r"strongholds?)|"
    # Positions and services of armed sides: "coalition positions", "the SDF", "security services".
    r"(?:government|pro-government|coalition|army|military|regime|enemy|front-?line|defensive|Afghan|Syrian|"
    r"Iraqi|Pakistani|Indian|Israeli) (?:positions?|lines|trenches)|SDF|YPG|security services?|"
    r"intelligence (?:services?|agents|operatives))\b",
    re.IGNORECASE,
)
# Mentions of the security forces that name the reporter, the responder or a place, not the victim.
_ARMED_NON_VICTIM = re.compile(
    # A possessive names whose relative or property was hit: "a policeman's wife".
    r"\b(?:\w+['\u2019]s(?= \w)|according to (?:the )?(?:police|officials|security officials|army|military)|"
    r"(?:police|security|army|military|levies|FC|rescue) "
    r"(?:officials?|sources|spokesm[ae]n|spokesperson|chief|officers?) "
    r"(?:have |has |had )?(?:said|told|says|added|confirmed|reported)|"
    r"(?:police|levies|army|security forces|troops|rescue \w+|personnel)\W+"
    r"(?:(?:have|has|had|also|later|soon|immediately)\W+)?(?:said|say|says|told|added|confirmed|reached|"
    r"arrived|rushed|cordoned|registered|"
    r"launched|shifted|collected|recovered|started|began|are|were called|took|arrested|sealed|surrounded|"
    r"termed|described|called|suspected|believed)|"
    # Whom a victim worked or spied for, and who has left the force: neither is the side attacked.
    r"(?:police|army|military) (?:informers?|informants?|spies|spy|agents?)|"
    r"(?:spy(?:ing)?|spies|informers?|informants?|collaborat\w+) (?:for|of|with) (?:the )?"
    r"(?:police|army|military|security forces|FC|Levies)|"
    r"(?:former|retired|ex-|off-duty) (?:[\w'’-]+ )?(?:police\w*|army|military|FC|soldiers?|officers?|"
    r"personnel|"
    r"servicem[ae]n|cops?|constables?|commandos?)(?: officers?| officials?| personnel| men)?"
    # "a former officer of the Afghan National Army": the force he left is not the side attacked either.
    r"(?: (?:of|in|with) (?:the )?(?:[\w'’-]+ ){0,3}(?:army|police|forces|military|corps|FC|levies|ANDSF|"
    r"ANA|ANP))?|"
    r"(?:near|under|within the limits of|limits of|jurisdiction of|area of|outside|opposite|behind) (?:the )?"
    r"(?:[\w'’-]+ ){0,2}(?:police station|police post|police lines|cantonment|check ?-?post|check ?point)|"
    r"police stations? (?:area|limits|jurisdiction)|"
    # Forces who fired, told after the death: "a boy was killed when soldiers on patrol fired into the
    # street".
    r"(?:when|as|after) (?:the )?(?:[\w'’-]+ )?(?:soldiers|troops|police(?:men)?|security forces|army|"
    r"forces) (?:(?!who\b|and\b)[\w'’-]+ ){0,3}(?:fired|opened fire|shot)(?! back)|"
    # A militia named as the doer of a passive deed: "murdered by members of a local militia".
    r"by (?:members of )?(?:the |a |an )?(?:[\w'’-]+ )?(?:militias?|militiam[ae]n)|"
    # Those blamed for the deed: "officials blamed jihadists", "suspected Maoist rebels".
    r"(?:blamed|accused|attributed (?:it|the (?:attack|poisoning|incident|killing)) to) (?:the )?"
    r"(?:[\w'’-]+ ){0,2}?(?:militants?|jihadists?|insurgents?|rebels?|guerr?illas?|infiltrators?|"
    r"extremists?|fighters|terrorists?)|"
    # What attackers wore: "armed men in military uniform stormed the college".
    r"(?:in|wearing|wore|dressed in|disguised in) (?:[\w'’-]+ )?(?:police|army|military|security|"
    r"forces'?) (?:uniforms?|fatigues|gear|camouflage))\b",
    re.IGNORECASE,
)
_STATE_AGENT = (
    r"(?:security forces|SFs|troops|soldiers|police\w*|army|forces|FC|Frontier Corps|CTD|Levies|levies|"
    r"Rangers|commandos|personnel|military|government|regime|Peshmerga|marines|gendarmes|gendarmerie)"
)
# The state as the one who takes ground, not a group named an army ("Arakan Army fighters captured").
_STATE_SUBJECT = (
    r"(?<!Arakan )(?<!Independence )(?<!Liberation )(?<!People's )(?<!Republican )"
    # Forces by name that fight the state: Sudan's RSF since 2023, Congo's ADF and FDLR, Syria's SDF.
    r"(?<!Rapid Support )(?<!Democratic )(?<!Patriotic )"
    rf"(?!army (?:fighters|rebels|militants|guerrillas|insurgents|militiamen)\b){_STATE_AGENT}"
)
# Words between an actor and its verb: a clause may hold commas ("army troops, working with allies, retook").
_GAP = r"(?:[\w'-]+,? ){0,8}"
_MILITANTS = (
    r"(?:militants?|terrorists?|insurgents?|rebels?|fighters|attackers|assailants|gunm[ae]n|extremists|"
    r"Taliban|Maoists?|cadres?|miscreants|suicide bombers?|jihadists?|outlaws|snipers?|bandits|guerr?illas?|"
    # The men, not the organisations, parties or views: "a fundamentalist organisation" is no armed man.
    r"Naxal(?:ite)?s|Islamists|fundamentalists|(?:Islamist|fundamentalist)"
    r"(?! (?:organi[sz]ations?|part(?:y|ies)|groups?|"
    r"leaders?|politicians?|clerics?|preachers?|scholars?|movements?|views|ideolog(?:y|ies)|ideas|government|"
    r"rule|outfits?)\b))"
)
# A craft's people held by those who seized it: "detaining its 15 crew members", "holding the passengers".
_CREW_HELD = (
    r"(?:detaining|holding|taking|seizing|kidnapping) (?:its|their|the) (?:\d+ |[a-z]+ )?"
    r"(?:crew(?: members)?|"
    r"crewmen|sailors|passengers|drivers?)"
)
# Firearms by their names: "fired machine guns at", "with rocket-propelled grenades and machine guns".
_FIREARMS = (
    r"(?:machine[- ]?guns|rifles|assault rifles|small arms|automatic weapons|guns|Kalashnikovs|AK-47s)"
)
# Who takes a craft with its people: armed men of any kind, "two men armed with knives", pirates.
_CRAFT_CAPTORS = (
    rf"(?:{_MILITANTS}|(?:armed|masked|unidentified|unknown) m[ae]n|m[ae]n armed with|pirates|hijackers|"
    r"kidnappers)"
)
# The craft captors take, and the ones who steer it and where they are made to go.
_CRAFT = (
    r"(?:ships?|vessels?|ferry|ferries|tankers?|boats?|tugboats?|trawlers?|buses|bus|coach(?:es)?|trucks?|"
    r"lorr(?:y|ies)|minibus(?:es)?|vans?|trains?|flights?|planes?|aircraft|airliners?|jets?|helicopters?)"
)
_CRAFT_HAND = r"(?:driver|pilot|captain|skipper|crew)"
_CRAFT_COURSE = r"(?:divert|drive|fly|sail|head|turn|change course|land|steer|take (?:them|it|the \w+) to)"
# People only captors take, whoever seizes them ("seized 20 passengers"); the police arrest the others.
_CAPTIVES = (
    r"(?:crew|crewmen|sailors|passengers|tourists|hostages|engineers|workers|aid workers|villagers|students|"
    r"schoolgirls|schoolchildren|civilians)"
)
# Buildings seized with the people in them kept there: a hostage siege (GTD's barricade incident).
_HELD_BUILDING = (
    r"(?:hall|building|offices?|embassy|consulate|residence|church|cathedral|mosque|temple|school|college|"
    r"university|hotel|bank|hospital|parliament|assembly|ministry|compound|premises|headquarters|"
    r"(?:police |radio |television |TV )station|theat(?:re|er)|plant|factory)\b"
)
# People, not places or things, as the object of armed men's "seized": the seizure is an abduction.
_SEIZED_PERSON = (
    rf"(?:{_CAPTIVES}|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|officials?|officers?|engineer|geologists?|"
    r"surveyors?|technicians?|doctors?|teachers?|student|worker|traders?|businessm[ae]n|journalists?|"
    r"contractors?|employees?|drivers?|passenger|tourist|foreigners?|nationals?|priests?|clerics?|elders?|"
    r"leaders?|politicians?|judges?|lawyers?|soldiers?|policem[ae]n|sons?|daughters?|brothers?|relatives?|"
    r"hostage|villager|civilian|shepherds?|labou?rers?|miners?|crewman|sailor|fisherm[ae]n|farmers?|"
    r"herders?|pupils?|nuns?|missionar(?:y|ies)|hunters?|residents?|chiefs?|headm[ae]n|chairm[ae]n|"
    r"mayors?|councill?ors?|vaccinators?|volunteers?|managers?|executives?|travell?ers|commuters|"
    r"pilgrims|nurses|patients)\b"
)
# The people a seized building's captors keep there.
_PEOPLE_HELD = (
    rf"(?:{_SEIZED_PERSON}|guests|worshippers|congregation|customers|staff|diplomats|visitors|occupants|"
    r"lawmakers|legislators|deputies|parliamentarians|vice-chancellor|ambassadors?)\b"
)
# Marching told of troops or fighters is an advance, not a demonstration.
_NOT_AFTER_FORCES = (
    r"(?<!troops )(?<!soldiers )(?<!fighters )(?<!rebels )(?<!militants )(?<!army )(?<!forces )"
)
_TERRITORY = (
    r"(?:district|districts|town|towns|village|villages|city|area|areas|territory|base|bases|post|posts|"
    r"check ?-?posts?|headquarters|province|valley|border crossing|region|capital|hills?|mountains?|"
    r"compound|positions?|control|strongholds?|centre|center|localit(?:y|ies)|neighbou?rhoods?|settlements?|"
    r"enclaves?|outposts?|suburbs?|outskirts|countryside|forests?|jungles?|hideouts?|highways?|routes?|"
    r"islands?|palace|airports?|air ?bases?|airfields?|ports?|oil ?fields?|barracks|garrison|pockets?|"
    r"(?:mining |gold |mine )?sites?|gold ?mines?|airstrips?|bridges?|dams?|junctions?|crossings?|"
    # "a Myanmar army hilltop camp".
    r"(?:military |army )(?:[\w-]+ )?camps?)"
)
# Verbs that take only a place as object, so a capitalised name right after them is a place ("took control
# of Garma"); "captured" also takes people, and is left to the territory nouns.
_PLACE_VERBS = (
    r"took (?:full )?control of|taken (?:full )?control of|tak(?:e|ing) (?:full )?control of|took over|"
    r"taken over|overran|overrun|retook|retaken|recaptured|regained|liberated|gained (?:full )?control of|"
    r"(?<=had )taken|(?<=have )taken|(?<=has )taken|took back|taken back|"
    r"seized control of|wrested control of"
)
_PLACE_NAME = r"(?:the )?(?-i:[A-Z])[\w'-]+"
# What makes a named place taken ground rather than a person taken: the fight before it.
_AFTER_FIGHTING = (
    r"(?: (?-i:[A-Z])[\w'-]+)?,? (?:[\w'-]+,? ){0,4}?(?:after|following|amid) (?:[\w'’-]+ ){0,4}?"
    r"(?:fighting|clashes|battles?|assaults?|offensive|siege|gunfights?|combat)\b"
)
# Words of the object of "captured" or "seized" before the place: a preposition ends it ("seized two
# engineers at the airport" took people, not the airport).
_OBJECT_WORDS = r"(?:(?!(?:at|in|near|from|outside|inside|on|while|as|when)\b)[\w'-]+ )"
# A chief minister, a chief executive or a head coach is a civil office, not a group's new leader.
# A person set on fire is harmed, not property destroyed: "set a young man ablaze", "set herself alight".
_NO_PERSON_SET = (
    r"(?!(?:(?:a|an|the|two|three|four|\d+) )?(?:[\w'’-]+ )?(?:man|men|woman|women|boys?|girls?|youths?|"
    r"persons?|people|child(?:ren)?|himself|herself|themselves|him|her|them|suspects?|victims?|thie(?:f|ves))"
    r" (?:[\w'’-]+ )?(?:on fire|ablaze|alight)\b)"
)
_NOT_CIVIL_OFFICE = (
    r"(?! (?:minister|executive|justice|secretary|coach|economist|"
    r"of (?:state|government|mission|department)))"
)
# Who takes ground from a state, by kind or by the names the news gives the best-known groups.
# The fighters as the subject, not the object of a preposition ("clashing with insurgents"); whole words
# only ("Opposition fighters" ends in "on").
_SUBJECT_START = r"(?<!\bwith )(?<!\bagainst )(?<!\bfrom )(?<!\bon )(?<!\bby )"
_NON_STATE_FORCES = (
    rf"(?:{_MILITANTS}|militias?|militiamen|separatists?|guerrillas?|Islamists?|Houthis?|Islamic State|"
    # Armed gangs hold ground as militias do (ACLED codes Haiti's gangs as political militias).
    r"ISIS|ISIL|Daesh|(?:al-)?Shabaa?b|Boko Haram|al-Qaeda|rebel forces|armed groups?|gangs|gang members|"
    r"gang (?:coalitions?|alliances?|federations?)|"
    r"bandits|(?:Arakan|Independence|Liberation|People's|Republican) Army|Rapid Support Forces|RSF|"
    r"(?:Allied|Syrian) Democratic Forces)"
)
# Who fights battles: without one of these, "clashes" and "battles" are political or legal.
_ARMED_ACTORS = (
    r"army|troops|soldiers|forces|rebels?|fighters|militants?|insurgents?|militias?|militiamen|police|"
    r"gunmen|Taliban|jihadists?|guerrillas?|separatists?|paramilitar\w*|Houthis?|Peshmerga|SFs|jawans|"
    r"commandos|Maoists?|cadres|terrorists?"
)
_ARMED_SIDES = (
    r"army|troops|soldiers|rebels?|fighters|militants?|insurgents?|militias?|militiamen|gunmen|Taliban|"
    r"jihadists?|guerrillas?|separatists?|paramilitar\w*|Houthis?|Peshmerga|jawans|commandos|Maoists?|"
    r"terrorists?|government forces|rebel forces"
)
_HARM_OR_FIRE = (
    # A "target killer" arrested is no one killed.
    r"kill(?!ers?\b)\w*|dead|died|dies?(?!-)|deaths?|injur\w*|wound\w*|martyr\w*|casualt\w*|hurt|bod(?:y|ies)|"
    r"decapitat\w*|behead\w*|exchange of fire|"
    r"(?<!set )(?<!sets )(?<!setting )(?<!caught )(?<!on )fir(?:e|ed|ing)|shot|shots|gun ?fight|gun ?battle|"
    r"shoot-?out|neutrali[sz]ed|eliminated|"
    r"lost (?:their|his) lives"
)

# What armies and armed groups establish: bases, camps, posts and points.
_BASE = (
    r"bases?|headquarters|training camps?|(?:military |army |militant |rebel )?"
    # Camps that give water, shelter or care are aid, not a base.
    r"(?<!relief )(?<!water )(?<!medical )(?<!refugee )(?<!tent )(?<!health )(?<!eye )(?<!free )(?<!aid )"
    r"(?<!flood )(?<!displacement )(?<!IDP )(?<!summer )(?<!holiday )(?<!scout )camps?|observation points?|"
    r"outposts?|(?:military|army|security|observation|border|command) (?:posts?|points?|positions?)|"
    r"command (?:centres?|centers?)|(?:operations?|control|command) rooms?|command posts?"
)
# What arson and sabotage strike: buildings and goods, and the installations infrastructure is made of.
_PROPERTY = (
    r"houses?|homes?|shops?|stores?|vehicles?|cars?|trucks?|lorr(?:y|ies)|bus(?:es)?|schools?|offices?|"
    r"buildings?|backhoes?|bulldozers?|machines|sheds?|farmhouses?|"
    r"motorcycles?|motorbikes?|(?:auto-?)?rickshaws?|tankers?|containers?|"
    r"propert(?:y|ies)|crops|machiner\w*|equipment|excavators?|tractors?|godowns?|warehouses?|huts?|"
    r"churche?s?|mosques?|temples?|shrines?|classrooms?|clinics?|polling (?:units?|stations?|booths?)|"
    r"courts?|courthouses?|"
    r"ballot (?:boxes|papers)"
)
_INSTALLATION = (
    r"pylons?|(?:mobile |telecom |cell |electricity |power )?towers?|(?:power |transmission )?lines?|"
    r"pipelines?|(?:rail(?:way)? )?tracks?|railway|bridges?|installations?|(?:power )?plants?|cables?|"
    r"infrastructure|gondola|dams?|roads?|highways?|culverts?|"
    r"(?:telecom(?:munications?)? |mobile |phone )?masts?"
)
_INCENDIARY = (
    r"(?:molotov(?: cocktails?)?|petrol[- ]bombs?|fire[- ]?bombs?|gasoline bombs?|"
    r"incendiary (?:devices?|bombs?))"
)
# Unarmed people who gather in public: with a demand ("gathered outside the ministry to demand their wages")
# or on the march, they hold a demonstration even where no word says "protest".
_INCENDIARY_CUE = re.compile(_INCENDIARY, re.IGNORECASE)
_CIVIL_CROWD = (
    r"(?:people|thousands|hundreds|dozens|scores|crowds?|residents|villagers|citizens|workers|farmers|"
    r"students|teachers|doctors|nurses|lawyers|women|men|youths?|activists|supporters|members|employees|"
    r"traders|shopkeepers|drivers|parents|families|relatives|locals|voters|opponents|pensioners|miners|"
    r"unions?|protesters|demonstrators|marchers)"
)
# Words between the crowd and its verb, none of them an armed side: "troops marching" is no demonstration.
_NOT_ARMED_GAP = r"(?:(?!troops|soldiers|army|police|forces|militants|fighters|rebels|gunmen)[\w'-]+ ){0,3}"
# A crowd named by its grievance, not by an act: it demonstrates only if it then riots (see
# _resolve_sentence).
_ANGER = r"(?:angry|angered|enraged|incensed|outraged|furious|irate) (?:over|at|about|by)"
_CROWD_ONLY = re.compile(_ANGER, re.IGNORECASE)
_BARE_CROWD = re.compile(r"(?:protesters?|protestors?|demonstrators?|marchers)", re.IGNORECASE)
_STATE_FORCE_NAMED = re.compile(rf"\b{_STATE_AGENT}\b|\bguards\b", re.IGNORECASE)
_DEMAND_VERBS = (
    r"(?:demand|denounce|condemn|call for|press for|protest|oppose|voice|decry|express (?:their |its )?"
    r"(?:anger|outrage|opposition|solidarity|support|frustration)|show (?:their )?(?:anger|support|"
    r"solidarity))"
)
_DEMAND_PARTICIPLES = (
    r"(?:demanding|denouncing|condemning|calling for|pressing for|protesting|opposing|decrying|chanting|"
    r"waving|carrying (?:placards|banners|signs|flags)|holding (?:placards|banners|signs|flags))"
)
_VEHICLE = r"car|vehicle|truck|lorry|van|bus|SUV|jeep|tractor|motorcycle"
_RAMMED = (
    r"crowds?|pedestrians|people|worshippers|protesters|demonstrators|shoppers|marchers|soldiers|"
    r"police\w*|officers|checkpoints?|cyclists|students|mourners|revellers|tourists"
)
# Words after "bomb" or "explosive" that make it a modifier: a squad, an expert or material, not an event.
_WEAPON_NOUN_MODIFIED = (
    r"disposal|squads?|detection|making|maker|makers|experts?|proof|threats?|scares?|hoax|sniffer|"
    r"technicians?|precursors?|substances?|factory|factories|workshop|manufactur\w*"
)

# Tear gas shells and stun grenades are crowd control, not weapons of an attack.
_NOT_CROWD_CONTROL = r"(?<!gas )(?<!teargas )(?<!smoke )(?<!stun )(?<!flash )(?<!pepper )(?<!pellet )"

# What a group claims, is blamed for or denies a part in.
_CLAIMED_ACT = (
    r"(?:attacks?|assaults?|ambush\w*|killings?|murders?|bombings?|blasts?|explosions?|suicide \w+)"
)
# "The minister claimed the attack on democracy would fail": a clause follows, and "claimed" means "said".
_NOT_A_CLAIMED_CLAUSE = r"(?!(?: [\w'’-]+){0,4} (?:would|will|was|is|were|had|has|could|might)\b)"
# "claimed responsibility for the attack on the camp": the claim's object is the trigger itself. So it is
# in "the BLA claimed the attack" and "the TTP owned the assault".
_CLAIM_OF_ATTACK = (
    r"(?:claim\w*|accept\w*|took|takes|taking|own(?:ed|s|ing)) (?:the )?responsibility for "
    r"(?:the |an? |this |that |its |their )?(?:[\w'’-]+ ){0,2}(?=attack|assault)|"
    r"(?:claim(?:ed|s|ing)|own(?:ed|s|ing)) (?:the |an? |this |its |their |both )(?:[\w'’-]+ ){0,2}"
    rf"(?=(?:attack|assault)\w*{_NOT_A_CLAIMED_CLAUSE})"
)
# A claim of responsibility: the claimed attack took place ("the BLA claimed the attack"). Blame and denial
# are no cue: politicians blame rivals for "attacks" on institutions, and states deny a role in old attacks.
_CLAIM_CUE = (
    r"(?:claim\w*|accept\w*|took|takes|taking|own(?:ed|s|ing)(?: up)?) (?:the )?responsibility|"
    r"claim\w* (?:the )?credit|owned up|"
    rf"(?:claim(?:ed|s|ing)|own(?:ed|s|ing)) "
    rf"(?=(?:the|an?|its|their|both|this) (?:[\w-]+ ){{0,2}}{_CLAIMED_ACT}\b{_NOT_A_CLAIMED_CLAUSE})"
)
# What explosions do in news copy: enough context for "blast" or "bomb", though not for "attack".
_EXPLOSION_CONTEXT = "|".join(
    (
        _VIOLENCE_WORDS,
        r"hit|struck|rocked|ripped|jolted|shook|went off|heard|targeted|targeting|near|outside|planted|blew|"
        r"blown|set off|sets off|civilians|"
        # "A mine exploded at a tractor": no coal mine blows up by itself (see NON_EVENT_CONTEXT).
        r"(?:land)?mines?|"
        r"lay(?:ing)?|laid|detonat(?:e|es|ing)",
        r"exploded|detonated",
        r"market|bazaar|mosque|shrine|school|checkpost|vehicle|motorcycle",
        _CLAIM_CUE,
    )
)
# "attacked" or "killed" is political violence only beside harm, gunfire, an armed group or a weapon.
_ATTACK_CONTEXT = "|".join(
    (
        _HARM_OR_FIRE,
        _MILITANTS,
        r"armed men|bomb\w*|explosi\w*|grenades?|rockets?|Naxal\w*|stabb\w*|knives|knife|machetes?|axes?|"
        r"molotov|incendiar\w*|separatists|militia\w*",
        # The means named: "attacked the mine with machine guns", "assaulted the guards with iron rods".
        r"(?:with|using|wielding) (?:[\w'’-]+ ){0,3}(?:guns|rifles|firearms|pistols|revolvers|weapons|"
        r"Kalashnikovs?|AK-?47s?|sticks|clubs|rods|batons|stones|bricks|bats|iron bars|hammers|whips)",
        # "the banned TTP", "a proscribed outfit": how Pakistani copy names an armed group.
        r"banned|proscribed|outlawed",
        # The weapon in the noun, or the life aimed at: "escaped a gun attack", "survived an attack on his
        # life" tell an attack in which nobody may have been hurt.
        r"(?:gun|firearms?|rifle|pistol|sniper|knife|axe)(?=[- ](?:and [\w-]+ )?attacks?)|"
        r"(?:(?<=attack )|(?<=attacks ))on (?:his|her|their|the) (?:own )?li(?:fe|ves)|"
        # One survives or escapes an attack on the body, not a verbal one ("survived an attack in Quetta");
        # a heart or panic attack is read as no event elsewhere.
        r"(?:survived|survives|surviving|escaped|escapes|escaping)(?=\s+(?:an?\s+|the\s+)?"
        r"(?:(?!heart\b|panic\b|cyber\b|asthma\b)[\w-]+\s+)?attacks?\b)",
    )
)
# The armed groups world news names without a word such as "militants": "Boko Haram killed 20 soldiers".
# Only beside a verb of the deed: "blamed the Arakan Army for the killing" attributes one.
_NAMED_ARMED_GROUPS = (
    # Names as written: "ISIs complicity" (Pakistan's ISI) is no Islamic State.
    r"(?-i:Boko Haram|ISWAP|Islamic State(?: of Iraq and (?:the )?(?:Levant|Syria|[Aa]l-Sham))?|ISIS|ISIL|"
    r"Daesh|(?:[Aa]l-)?Shabaa?b|[Aa]l-Qaeda|JNIM|ADF|M23|"
    r"CODECO|Houthis?|Hezbollah|Hamas|ELN|FARC|New People's Army|NPA|Abu Sayyaf|Arakan Army|RSF|"
    r"Rapid Support Forces|Janjaweed|Ansaru|"
    # Insurgent names by their make: "the Provisional Irish Republican Army", "the National Liberation Army".
    r"(?:Liberation|Republican|Revolutionary|People's|Peoples|Patriotic|Popular) (?:[A-Z][\w'’-]+ ){0,2}"
    r"(?:Army|Front|Brigades?|Tigers))|bandits|herdsmen|jihadists?"
)
# A unit of the state's forces: "an army supply convoy", "a police patrol", "a border outpost".
_FORCES_UNIT = (
    r"(?:police|army|military|security|border|FC|Levies|paramilitary|troop|CRPF|BSF|NATO)(?: [\w'’-]+)?? "
    r"(?:convoys?|patrols?|check ?-?posts?|check ?points?|outposts?|posts?|camps?|stations?|bases?|vehicles?|"
    r"vans?|pickets?)"
)
# The members of an armed group by its name or its kind: "four members of the Daesh group".
_GROUP_MEMBERS = (
    rf"members of (?:the |a |an )?(?:{_NAMED_ARMED_GROUPS}|(?:[\w'’-]+ ){{0,3}}?(?:group|outfit|militia|"
    r"network|cell))\b"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerRule:
    """One lexical pattern for a sub-type. `specific` names the method; weak rules need a violence cue."""

    sub_event_type: SubEventType
    pattern: re.Pattern[str]
    specific: bool = True
    needs_context: bool = False
    attack_verb: bool = False
    context: re.Pattern[str] | None = None
    # Word stems one of which every match contains; a sentence without any skips the (slower) pattern.
    anchor: re.Pattern[str] | None = None


def _rule(
    sub_event_type: SubEventType,
    alternatives: Sequence[str],
    *,
    specific: bool = True,
    needs_context: bool = False,
    attack_verb: bool = False,
    context: str | Sequence[str] | None = None,
    anchor: str | None = None,
) -> TriggerRule:
    """A rule from its alternative phrasings (regular expressions), matched case-insensitively as words."""
    context_pattern = None
    if context is not None:
        joined = context if isinstance(context, str) else "|".join(context)
        context_pattern = re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)
    return TriggerRule(
        sub_event_type=sub_event_type,
        pattern=re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE),
        specific=specific,
        needs_context=needs_context,
        attack_verb=attack_verb,
        context=context_pattern,
        anchor=re.compile(rf"\b(?:{anchor})", re.IGNORECASE) if anchor is not None else None,
    )


# Words between "blew up" and what was blown up: modifiers, never a preposition or a clause ("a row blew up
# over the closure of schools" blew up nothing).
_THING_MODIFIERS = (
    r"(?:(?!(?:over|after|about|between|within|into|on|in|at|of|when|as|because|during|for|with)\b)"
    r"[\w'’-]+ ){0,4}"
)
# What militants blow up: buildings, transport and the lines that carry power, gas and trains.
_BLOWN_UP_THINGS = (
    r"(?:girls' |boys' )?schools?|colleges?|bridges?|culverts?|towers?|masts?|pylons?|pipelines?|"
    r"(?:gas|power|transmission|railway|rail) (?:lines?|tracks?)|tracks?|buildings?|shops?|houses?|homes?|"
    r"residences?|offices?|mosques?|shrines?|churches|church|temples?|check ?posts?|posts?|checkpoints?|"
    r"vehicles?|vans?|cars?|bus|buses|trains?|trucks?|tankers?|hotels?|markets?|compounds?|camps?|"
    r"stations?|dams?|(?:gas )?wells?|grid stations?|transformers?"
)

# "Murder" is a verb of the deed only with its victims next ("militants murder two teachers"); as a noun it
# names a charge or a case ("in the murder case", "loot, kidnapping and murder registered against him").
_VICTIMS_NEXT = (
    r"(?= (?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|"
    r"his|her|their|(?-i:[A-Z]))\b)"
)

TRIGGER_RULES: tuple[TriggerRule, ...] = (
    _rule(
        S.SUICIDE_BOMB,
        (
            r"suicide[- ](?:bomb\w*|attack\w*|blasts?|explosions?|vests?|jackets?|car bomb\w*|assault|squad|"
            r"mission)",
            # Headlines and chronologies tell it in the present: "bomber blows himself up near checkpoint".
            # Not "arrested moments before blowing himself up", "stopped him from blowing himself up".
            r"(?:blew|blows|blow|(?<!before )(?<!from )blowing|blown) (?:himself|herself|themselves) up",
            r"(?:explosives?|bomb|suicide) (?:vests?|belts?)",
            r"wearing (?:an? )?(?:explosives?[- ]laden |explosives?[- ]packed )?(?:explosives?|suicide|bomb) "
            r"(?:vests?|belts?|jackets?)",
            r"(?:detonated|exploded|triggered|blew up) (?:his|her|their) (?:explosives?|suicide vests?|"
            r"vests?|jackets?|explosive[- ]laden \w+)",
            r"kamikazes?",
            # A car bomb driven into its target carries its bomber: "an explosives-laden car rammed into an
            # army convoy", "rammed an explosives-packed truck into the gate".
            rf"(?:explosives?|bomb)[- ](?:laden|packed|rigged|filled) (?:[\w'’-]+ )?(?:{_VEHICLE}|pickup|"
            r"Humvee|tanker)s? (?:[\w'’-]+ ){0,2}(?:rammed|crashed|smashed|ploughed|plowed|slammed|drove)",
            rf"rammed (?:an? |his |their )?(?:explosives?|bomb)[- ](?:laden|packed|rigged|filled) "
            rf"(?:[\w'’-]+ )?(?:{_VEHICLE}|pickup|Humvee|tanker)",
            r"self-immolat\w+ attack",
            r"fidayeen attack\w*",
        ),
    ),
    _rule(
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        (
            r"IEDs?",
            r"VBIEDs?",
            # Remote-controlled, person-borne and suicide vehicle-borne IEDs.
            r"(?:RC|PB|SVB)IEDs?",
            r"improvised explosive devices?",
            r"roadside bombs?",
            r"road-side bombs?",
            r"land ?mines?",
            r"claymore (?:mines?|bombs?|devices?)",
            r"(?:struck|hit|stepped on|ran over|triggered|detonated) (?:a |an )?(?:[\w'’-]+ )?mines?",
            r"landmines?",
            r"remote[- ]control(?:led)? (?:bombs?|devices?|explosives?|IEDs?|blasts?)",
            r"explosive devices?",
            r"explosive charges?",
            r"car bomb(?:s|ing|ings)?",
            r"(?:pipe|nail|parcel|letter|crude|country-made|homemade|home-made|sticky|magnetic) bombs?",
            r"explosives?[- ](?:laden|packed|rigged|filled)",
            r"booby[- ]?trap\w*",
            # "bombed" as a verb names an explosive attack; by aircraft it is an air strike (rule above).
            rf"(?:was|were|been|had|have|has|{_MILITANTS}|perpetrators|men|group|they) bombed",
            # By a group's name or acronym: "the IRA bombed a pub", "Boko Haram bombed a market".
            rf"(?:{_NAMED_ARMED_GROUPS}|(?-i:\b[A-Z]{{2,6}}))\)? bombed"
            r"(?= (?:a|an|the|two|three|several|its|their)\b)",
            r"vehicle[- ]borne",
            r"(?:magnetic|sticky) bombs?",
            r"bombs? (?:blasts?|explosions?)",
            r"(?:bombs?|explosives?) (?:were |was |had been )?(?:planted|fitted|attached|hidden|concealed)",
            r"planted (?:a |an )?(?:bomb|explosives?)",
            # A mine laid for people, not the coal mine of an accident.
            r"(?:roadside|road-side|anti-?personnel|anti-?tank|buried|hidden) mines?",
            r"mines? (?:was |were |had been |has been )?(?:planted|laid|buried|hidden)",
            # Things blown up or dynamited, in either voice ("blew up a girls' school", "the bridge was
            # dynamited"): what is destroyed says an explosive was used against it.
            r"(?:blew|blown|blowing|blow|blows) up "
            r"(?:(?:a |an |the )?(?:[\w'’-]+ )?"
            r"(?:parts?|sections?|stretch(?:es)?|portions?|lengths?|segments?) of )?"
            rf"(?:a |an |the |two |three |several )?{_THING_MODIFIERS}(?:{_BLOWN_UP_THINGS})",
            rf"(?:{_BLOWN_UP_THINGS}) (?:[\w'’-]+ ){{0,3}}?(?:was|were|had been|has been|have been) "
            r"(?:partly |partially |completely |also )?(?:blown up|dynamited)",
            r"dynamit(?:ed|ing) (?:(?:a |an |the )?(?:[\w'’-]+ )?"
            r"(?:parts?|sections?|stretch(?:es)?|portions?|lengths?|segments?) of )?"
            r"(?:a |an |the |two |three |several )?"
            rf"{_THING_MODIFIERS}(?:{_BLOWN_UP_THINGS})",
        ),
    ),
    _rule(
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        (
            r"blasts?",
            r"explosions?",
            rf"bombs?(?![- ](?:{_WEAPON_NOUN_MODIFIED}))",
            r"bombings?",
            # Headlines and chronologies tell it in the present: "a rocket explodes near the studios".
            r"explod(?:ed|es)",
            r"detonat(?:ed|es|e|ing|ions?)",
            r"went off|goes off",
            # Not gunfire that "ripped through a cafe".
            r"(?<!gunfire )(?<!fire )(?<!bullets )ripped through",
            rf"explosives?(?![- ](?:{_WEAPON_NOUN_MODIFIED}))",
        ),
        specific=False,
        needs_context=True,
        context=_EXPLOSION_CONTEXT,
    ),
    _rule(
        S.GRENADE,
        (
            rf"{_NOT_CROWD_CONTROL}(?:hand[- ])?grenades?",
            r"RPGs?",
            r"rocket[- ]propelled grenades?",
            r"grenade attack\w*",
            r"lobbed (?:a )?grenade",
        ),
    ),
    _rule(
        S.AIR_DRONE_STRIKE,
        (
            r"drone (?:strikes?|attacks?|attacked|struck|hit|fired)",
            r"air ?strikes?",
            r"air-strikes?",
            r"airstrikes?",
            r"air raids?",
            r"aerial (?:bombardments?|attacks?|strikes?|bombing|raids?|assaults?)",
            r"(?:jets?|warplanes?|fighter (?:jets|planes|aircraft)|helicopter gunships?|"
            r"gunship helicopters?|gunships?|aircraft|drones?|helicopters?|choppers?|planes|air force|"
            r"(?:military|army|air force|government|regime|coalition|fighter|war|enemy) plane|"
            r"fighter[- ]bombers?|(?<!suicide )(?<!suicide-)bombers) "
            # "Warplanes from the Saudi-led coalition hit a house": the fleet may be named after the noun.
            # Active voice only: "a helicopter of the security forces was attacked" was the target.
            r"(?:(?:from|of|belonging to) (?:the )?(?:(?!(?:was|were|is|are|been|being)\b)[\w'’-]+ ){1,3}?)?"
            r"(?:(?!(?:was|were|is|are|been|being)\b)[\w'’-]+ ){0,2}(?:bomb(?:ed|ing)|"
            r"pound(?:ed|ing)|bombard(?:ed|ing)|raided|"
            r"struck|striking|hit|hitting|target(?:ed|ing)|fired|firing|attack(?:ed|ing)|shelled|strafed|"
            r"carried out|killed|killing|destroyed)",
            r"(?:struck|hit|targeted|killed) (?:[\w'’-]+ ){0,2}by (?:a |an )?(?:[\w'’-]+ )?(?:drones?|"
            r"warplanes?|"
            r"jets?|aircraft|air ?strikes?)",
            r"bombed by (?:[\w'’-]+ )?(?:aircraft|warplanes?|jets?|planes|drones?|helicopters?|"
            r"the air force)",
            r"(?:raids?|strikes?|attacks?|bombardments?|bombing|sorties) by (?:the )?(?:[\w'-]+ ){0,3}"
            r"(?:warplanes?|jets|aircraft|helicopters?|choppers?|gunships?|drones?|air force)",
            r"unmanned (?:aerial vehicles?|aircraft|drones?)",
            # A one-way drone is its own warhead: "an attack drone slammed into a residential building".
            r"(?:attack|kamikaze|suicide|one-way|exploding|loitering|Shahed|armed) drones? (?:[\w'’-]+ ){0,2}"
            r"(?:slammed|crashed|smashed|ploughed|plowed|plunged|exploded|struck|hit)",
            r"drones? (?:[\w'’-]+ ){0,2}(?:slammed|crashed|smashed|ploughed|plowed) into (?:a |an |the )?"
            r"(?:[\w'’-]+ ){0,2}(?:buildings?|homes?|houses?|blocks?|apartments?|hospitals?|schools?|"
            r"markets?|"
            r"refinery|refineries|depots?|plants?|positions?|bases?|vehicles?)",
            r"(?:drones?|quadcopters?|UAVs?|aircraft|helicopters?|jets?|"
            r"warplanes?) (?:[\w'’-]+ ){0,2}dropp(?:ed|ing) "
            r"(?:[\w'’-]+ ){0,2}(?:bombs?|explosives?|grenades?|mortars?|shells?|munitions?|IEDs?)",
            r"dropp(?:ed|ing) (?:[\w'’-]+ ){0,2}(?:bombs?|explosives?|grenades?|mortars?|shells?|"
            r"munitions?|IEDs?) from "
            r"(?:a |an |the )?(?:[\w'’-]+ )?(?:drones?|quadcopters?|UAVs?|aircraft|helicopters?)",
            # Pakistani copy: "a quadcopter attack on a checkpost", "used a quadcopter to drop explosives".
            r"(?:quadcopter|drone|UAV)[- ](?:attacks?|strikes?|bombings?)",
            r"(?:used|using|flew|flying|deployed) (?:a |an |two |three |several )?(?:[\w'’-]+ )?(?:drones?|"
            r"quadcopters?|UAVs?) to (?:drop|attack|strike|target|bomb)",
            r"air (?:attacks?|assaults?|bombardments?)",
            r"bombing (?:raids?|runs?|sorties)",
            # "Russian aircraft conducted at least eight sorties over the town".
            r"(?:aircraft|warplanes?|jets|helicopters?|gunships?) (?:[\w'’-]+ ){0,2}(?:conducted|carried out|"
            r"flew|launched) (?:[\w'’-]+ ){0,3}sorties (?:over|on|against|in)",
            r"barrel[- ]bombs?",
            # Strikes named by the air forces that fly them.
            r"(?:coalition|NATO|U\.?S\.?(?:-led)?|American|Saudi-led|Russian|Israeli) (?:air ?|drone )?"
            # "The coalition strikes a deal" is politics.
            r"(?:strikes?|bombing|bombardments?)(?! (?:a |an |the )?(?:[\w'’-]+ )?(?:deal|agreement|accord|"
            r"pact|"
            r"balance|compromise|bargain|chord|note|tone)\b)",
            r"(?:bomb(?:ed|ing)|bombard(?:ed|ing)|struck|hit|attacked|targeted|pounded|"
            r"strafed) (?:[\w'’-]+ ){0,3}"
            r"from the air",
        ),
    ),
    _rule(
        S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        (
            r"shelling",
            r"shelled",
            r"mortars?(?: shells?| rounds?| bombs?)?",
            r"artillery",
            r"cross[- ]border (?:fire|firing|shelling)",
            r"unprovoked (?:fire|firing)",
            r"ceasefire violations?",
            r"violated (?:the )?ceasefire",
            r"rockets? (?:were |was )?(?:fired|landed|hit|struck|slammed)",
            # "a shell landed on a house": an artillery or mortar round, not a seashell or a company.
            r"(?:a|an|the|two|three|several|\d+) (?:[\w'’-]+ )?shells? "
            r"(?:landed|fell|hit|struck|slammed|exploded)",
            r"(?:fired|launched|lobbed) (?:[\w'’-]+ ){0,2}rockets?",
            r"missiles? (?:strikes?|attacks?|hit|struck|landed|slammed)",
            r"rocket attacks?",
            r"(?:fired|launched) (?:(?!rubber|plastic|paint)\w+ ){0,2}projectiles?",
        ),
    ),
    _rule(
        S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        (
            r"rockets?",
            r"missiles?",
            # Not what fire leaves: "reduced to charred shells", "the shells of burnt buses".
            rf"{_NOT_CROWD_CONTROL}(?<!charred )(?<!blackened )(?<!burnt )(?<!burned )(?<!burnt-out )"
            r"(?<!gutted )(?<!empty )shells(?! of\b)",
            r"projectiles?",
        ),
        specific=False,
        needs_context=True,
    ),
    _rule(
        S.CHEMICAL_WEAPON,
        (
            r"chemical (?:weapons?|attacks?|agents?)",
            r"chlorine(?: gas| bombs?| attacks?)?",
            r"sarin",
            r"toxic gas",
            r"poison(?:ous)? gas",
            r"nerve agents?",
            r"(?:sulfur |sulphur )?mustard (?:gas|agent)",
            r"(?:choking|blister|blistering|toxic|chemical) agents?",
            # Riot-control gas in war: "munitions filled with a tear-gas agent dropped from drones".
            r"(?:tear[- ]gas|irritant|riot[- ]control) agents?",
            r"(?:munitions|grenades|shells|bombs|canisters|rounds) (?:[\w'’-]+ ){0,2}"
            r"(?:filled with|containing|loaded with) (?:an? )?(?:[\w'’-]+ )?"
            r"(?:chemicals?|tear[- ]gas|irritants?|gas)\b",
            r"chloropicrin",
            r"phosgene",
            r"sulfur mustard",
            r"sulphur mustard",
        ),
    ),
    _rule(
        S.ARMED_CLASH,
        (
            r"exchange of fire",
            r"exchang\w+ (?:[\w'’-]+ ){0,2}(?:fire|gunfire|firing|shots|gunshots)",
            r"traded (?:[\w'’-]+ ){0,3}(?:fire|gunfire|shots|gunshots)",
            r"(?:repell?(?:ed|ing)|repuls(?:ed|ing)|fought off|beat back|beaten back|"
            r"pushed back) (?:[\w-]+ ){0,4}(?:attacks?|"
            r"assaults?|offensives?|advances?|raids?|incursions?|infiltration)",
            r"exchanged fire",
            # "Heavy gunfire was exchanged between Fano militiamen and federal soldiers".
            r"(?:fire|gunfire|shots|gunshots|firing) (?:was|were|had been|has been) exchanged",
            # Not a legal, political or uphill "battle": a fight named by how hard it was fought.
            r"fought (?:a |an )?(?:pitched|fierce|running|bloody|heavy|intense|deadly|[\w-]+-long|"
            r"[\w-]+-hour) (?:gun ?)?battles?",
            r"fire exchange",
            r"exchanging fire",
            r"gun ?fights?",
            r"gun-fights?",
            r"gun ?battles?",
            r"gun-battles?",
            r"fire ?fights?",
            r"shoot-?outs?",
            r"shootouts?",
            r"returned (?:the )?fire",
            r"retaliated",
            r"retaliatory (?:fire|action)",
            # Not "fighting with old rifles": what they fight with is no side.
            r"fighting (?:with (?:[\w'’-]+ ){0,2}(?:rifles|guns|weapons|arms)\s+)?"
            r"(?:between|broke out|erupted|raged)",
            r"fighting with(?! (?:[\w'’-]+ ){0,2}(?:rifles|guns|weapons|arms|sticks|stones|bare hands)\b)",
            # Harm told through the fight it came in: "two soldiers were killed while fighting militants",
            # "three policemen died fighting Taliban insurgents" (not "fighting for the country").
            rf"(?:killed|died|martyred|wounded|injured|lost (?:their|his|her) lives?) (?:while |when |in )?"
            rf"fighting (?:against |with )?(?:the )?"
            rf"(?:(?!for\b|alongside\b|beside\b|under\b|as\b|in\b)[\w'-]+ ){{0,2}}"
            rf"(?:{_ARMED_SIDES}|{_NON_STATE_FORCES})\b",
            rf"(?:fought|battled) (?:[\w'’-]+ ){{0,2}}(?:with|against) (?:the )?(?:[\w'-]+ ){{0,2}}"
            rf"(?:{_ARMED_ACTORS})",
            # An armed side as the direct object: "its troops fought a column of Myanmar soldiers".
            # Not who once fought ("veterans who fought the Soviet army", "had fought the Taliban").
            rf"(?<!be )(?<!been )(?<!being )(?<!who )(?<!had )(?<!have )(?<!has )"
            rf"(?:fought|battled) (?:the |a |an )?"
            rf"(?:(?!(?:alongside|beside|for|in|as|under|among|on|at|and|or|by|to|with)\b)"
            rf"[\w'-]+ ){{0,3}}(?:{_ARMED_SIDES})\b(?!['’])"
            # Not history: "fought the British Army in the 1857 war", "in the 1990s".
            r"(?![^.;]{0,40}\b(?:in|during) (?:the )?(?:\d{4}s?|\d{2}s)\b)",
            rf"(?:{_ARMED_ACTORS}) and (?:the )?(?:[\w'-]+ ){{0,2}}(?:{_ARMED_ACTORS}) (?:[\w'’-]+ )?"
            r"(?:fought|battled)",
            # "Soldiers and suspected members of the Jalisco cartel fought for two hours".
            rf"(?:{_ARMED_ACTORS}) and (?:[\w'-]+ ){{0,7}}(?:{_ARMED_ACTORS}|cartels?|gangs?|members|Army|"
            r"Front) (?:fought|battled)(?! (?:a |the )?(?:fires?|blazes?|flames|floods?)\b)",
            r"heavy fighting",
            rf"(?:launched|began|started|mounted|opened) (?:an? |the |their |"
            rf"its )?(?:[\w'’-]+ )?(?:(?:counter-?)?offensive|"
            rf"assault) (?:against|on) (?:the )?(?:[\w'-]+ ){{0,2}}(?:{_ARMED_ACTORS}|{_NON_STATE_FORCES}|"
            # Ground an enemy holds: "an offensive on government positions", "on rebel strongholds".
            r"positions|strongholds|front ?lines|trenches|defen[cs]es)",
            r"clash(?:es|ed)? (?:between|with)",
            r"(?:attacked|stormed|raided|targeted|overran|ambushed|charged|besieged) (?:a |an |"
            r"the )?(?:[\w'’-]+ ){0,2}(?<!protest )(?<!peace )(?:check ?-?posts?|check ?points?|outposts?|"
            # Camps of the displaced hold civilians: attacking one is an attack, not a battle.
            r"posts?|(?<!displacement )(?<!displaced )(?<!IDP )(?<!refugee )(?<!persons )(?<!relief )camps?"
            r"(?! (?:for|of) (?:the )?(?:displaced|internally|refugees|IDPs))|"
            r"convoys?|"
            r"patrol\w*|police stations?|police lines|cantonment|bases?|forts?|garrison|picket|positions|"
            r"barracks)",
            # A unit of the forces attacked, in the passive: "a police convoy was attacked near Sibi" (a
            # convoy of food lorries is no armed side).
            rf"{_FORCES_UNIT} (?:was|were|had been|has been) (?:[\w'’-]+ )?(?:attacked|ambushed|raided|"
            rf"stormed|overrun)|{_FORCES_UNIT} came under (?:[\w'’-]+ )?(?:attack|fire)",
            # Not a passive told of someone else: "police arrested a man whose brother was shot dead by
            # militants".
            # The force may carry its full name: "Forces of the Islamic Emirate's General Directorate of
            # Intelligence (GDI) killed four members of the Daesh group".
            rf"{_STATE_AGENT} (?:(?!(?:was|were|been)\b)[\w'’()-]+ ){{0,9}}(?:killed|gunned down|shot dead|"
            # and in the present of headlines: "troops kill five militants", "police shoot dead two robbers".
            rf"neutrali[sz]ed|eliminated|kills?|guns? down|shoots? dead|neutrali[sz]es?|eliminates?) "
            rf"(?:(?!by\b)[\w'’-]+ ){{0,4}}(?:{_MILITANTS}|{_GROUP_MEMBERS})",
            # Someone the forces killed in an operation: "Security forces killed a TTP commander in an
            # operation in Tank" (civilians killed in one are attacked, not fought).
            rf"{_STATE_AGENT} (?:(?!(?:was|were|been)\b)[\w'’()-]+ ){{0,6}}(?:killed|gunned down|shot dead|"
            r"neutrali[sz]ed|eliminated) (?:(?!(?:by|civilians?|villagers?|women|children|protesters?|"
            r"students?|bystanders?|passers-by|people|residents?|worshippers?|farmers?|labou?rers?|"
            r"workers?)\b)[\w'’.-]+ ){1,6}?(?:in|during) (?:an?|the) (?:[\w'’-]+ ){0,2}?(?:operation|raid)\b",
            rf"{_MILITANTS} (?:[\w'’-]+ ){{0,5}}(?:were|was) (?:[\w'’-]+ )?(?:killed|gunned down|shot dead|"
            # ISPR's "terrorists were sent to hell".
            rf"neutrali[sz]ed|eliminated|sent to hell)",
            # Militants as the object, not the agent of a passive or a clause that follows: "killed by
            # gunmen" and "killed when gunmen opened fire" are attacks on whoever was killed.
            rf"(?:killed|killing|gunned down|neutrali[sz](?:ed|ing)|eliminat(?:ed|"
            rf"ing)) (?:(?!(?:by|after|when|as|while|before|during|in|on|near|and)\b)\w+ ){{0,3}}"
            rf"{_MILITANTS}",
            rf"{_STATE_AGENT} engaged (?:the )?(?:[\w'-]+ ){{0,2}}(?:{_ARMED_ACTORS})",
        ),
    ),
    _rule(
        S.ARMED_CLASH,
        (
            r"clash(?:es|ed)?",
            r"encounters?",
            r"counter-?attacks?",
            r"(?:intelligence[- ]based|search|combing|security|military|clearance|counter[- ]terrorism|"
            r"anti-terror\w*|anti-militant|cordon[- ]and[- ]search|joint|targeted|sanitisation|sanitization|"
            r"ground) operations?",
            r"IBOs?",
        ),
        specific=False,
        needs_context=True,
        context=_HARM_OR_FIRE,
    ),
    _rule(
        S.ARMED_CLASH,
        (
            r"clash(?:es|ed)? (?:[\w'’-]+ ){1,2}(?:between|with)",
            # Both sides as the subject: "Al-Shabaab fighters and army troops clashed near Mahaday".
            r"(?<=\band )(?:[\w'’-]+ ){1,6}?clashed(?! with\b)",
            r"(?:fierce |heavy |pitched |intense )?battles? (?:[\w'’-]+ ){0,2}(?:between|with|raged|erupted|"
            r"broke out)"
            r"(?! (?:a |an |his |her |their |long )?(?:illness|cancer|disease|addiction))",
            r"fought (?:[\w'’-]+ ){0,3}(?:between|with|against)",
            r"fought (?:for|over) (?:the )?control",
            # Not firefighters who "battled the blaze".
            r"battled(?! (?:a |the |an )?(?:[\w'’-]+ )?(?:fires?|blazes?|flames|floods?|wildfires?|"
            r"infernos?)\b)",
            r"firefights?",
        ),
        specific=False,
        needs_context=True,
        context=_ARMED_ACTORS,
    ),
    _rule(
        S.ARMED_CLASH,
        # Fighting told by how it went, beside an armed side other than the police: police clashes "after
        # Friday prayers" are with stone-throwers.
        (
            r"clashes (?:[\w'’-]+ ){0,2}(?:erupted|broke out|raged|flared|continued|intensified|resumed|"
            r"ensued)",
            r"(?:fierce|heavy|intense|deadly|bloody|armed|renewed|sporadic|violent) clash(?:es)?",
            r"skirmish(?:es|ed)? (?:[\w'’-]+ ){0,2}(?:between|with|erupted|broke out|continued)",
            r"(?:fought|battled|clashed with) (?:each other|one another)",
            r"fighting (?:[\w'’-]+ ){0,2}(?:continued|intensified|resumed|flared|escalated)",
        ),
        specific=False,
        needs_context=True,
        context=_ARMED_SIDES,
    ),
    _rule(
        S.ATTACK,
        (
            r"shot (?:dead|and killed|to death|at)",
            r"gunned down",
            r"opened fire",
            # Headlines and chronologies in the present: "gunmen shoot dead five", "gunman opens fire".
            r"(?:shoots?|shooting) (?:dead|and kills?|to death)",
            r"guns? down",
            r"opens fire",
            # Not "killed him by opening fire on him": the pronoun points back to the victim already told.
            r"opening fire (?:on|at|upon|into)(?! (?:him|her|them)\b)",
            r"sprayed (?:[\w'’-]+ )?bullets",
            # The target between the verb and the gunfire: "sprayed his car with bullets", "riddled the
            # pickup with automatic fire" (not a body found "riddled with bullets").
            r"(?:sprayed|riddled|raked|peppered) (?:[\w'’-]+ ){1,4}?with (?:bullets|gunfire|"
            r"(?:automatic |machine[- ]gun |rifle |heavy )?(?:fire|weapons fire))",
            # The people riddled, with who did it: "two brothers were riddled with bullets outside their shop
            # by men on a motorcycle" (a body found "riddled with bullets" names no one who fired).
            r"(?:was|were) (?:[\w'’-]+ )?(?:riddled|sprayed|peppered) with (?:bullets|gunfire)"
            r"(?= (?:[\w'’-]+,? ){0,8}?by\b)",
            r"fired (?:shots |indiscriminately |bullets )?(?:at|on|upon)",
            r"fired indiscriminately into(?! the (?:air|sky)\b)",
            # Gunfire as the subject, beside its harm: "a burst of gunfire tore through a tea stall,
            # killing two".
            r"bursts? of (?:automatic |machine[- ]gun |rifle )?(?:gun)?fire(?= (?:[\w'’-]+,? ){0,12}?"
            r"(?:killing|killed|wounding|wounded|injuring|injured|tore through|ripped through|hit|struck))",
            r"fired (?:live (?:ammunition|rounds|bullets)|(?:several |multiple )?rounds|"
            rf"(?:their |automatic |heavy |light )?(?:weapons|pistols|{_FIREARMS})) "
            r"(?:at|on|upon|into)"
            r"(?! the (?:air|sky)\b)",
            r"target(?:ed)?[- ]killings?",
            # The verb Pakistani copy makes of it: "a traffic policeman was target-killed".
            r"target[- ]kill(?:ed|ing)",
            r"assassinat\w+",
            r"beheaded",
            r"behead\w+",
            # The plural present of chronologies after its subject: "youths behead two women"; not a threat
            # "to behead" or a call "to rise and behead every soldier".
            r"(?<=[a-z]s )behead\b",
            # Throats cut of people, not of animals slaughtered.
            r"(?:slit|slitting|cut|slashed) (?:the )?throats? of "
            r"(?!(?:a |an |the |\d+ )?(?:[\w'’-]+ )?(?:goats?|sheep|cows?|animals?|chickens?|camels?|bulls?|"
            r"lambs?)\b)",
            r"slaughtered",
            r"hacked to death",
            r"stabbed to death",
            # The victim between the verb and its end: "stabbed a schoolteacher to death", "hanged an elder".
            r"(?:stabbed|hacked|beaten|beat|bludgeoned|clubbed|battered|kicked|strangled|hanged|burnt|burned|"
            r"tortured) (?:[\w'’-]+ ){1,4}to death",
            r"(?:clubbed|battered|kicked|bludgeoned) to death",
            rf"{_MILITANTS} (?:[\w'’-]+ ){{0,2}}(?:hanged|lynched)",
            r"(?:were|was) (?:publicly )?executed (?:[\w'’-]+ ){0,5}?by (?:[\w'’-]+ ){0,3}"
            rf"(?:{_MILITANTS}|{_NAMED_ARMED_GROUPS})",
            # Harm by armed men told in the passive: "after being severely beaten by militiamen" (a thing
            # "burned by gunmen" is property destruction's).
            r"(?:was|were|been|being|got) (?:[\w'’-]+ )?(?:beaten|tortured|lynched|hacked) "
            r"(?:[\w'’-]+ ){0,3}?by (?:[\w'’-]+ ){0,2}"
            rf"(?:{_MILITANTS}|militiam[ae]n|{_NAMED_ARMED_GROUPS})",
            r"buried (?:[\w'’-]+ ){0,4}alive",
            r"(?:knife|stabbing|axe|machete|sword|acid|hammer)[- ]attacks?",
            r"burnt alive",
            r"burned alive",
            # The present of chronologies, the victims between: "burns fifteen civilians alive".
            r"(?:burns|buries|bury|burn) (?:[\w'’-]+ ){1,3}alive",
            # Knife attacks told by their verb: "stabbed a policeman", "was stabbed outside a synagogue"; not
            # the betrayal of "stabbed us in the back", nor a stabbing in a protest, a brawl or a quarrel,
            # which is the scuffle's.
            r"(?:was|were|been|being|got|is|are) (?:[\w'’-]+ )?stabbed(?! in the back\b(?! of))"
            r"(?!(?: [\w'’-]+){0,4} (?:during|in|at) (?:a |an |the )?(?:[\w'’-]+ )?(?:protests?|"
            r"demonstrations?|rall(?:y|ies)|riots?|clash(?:es)?|scuffles?|brawls?|fights?|quarrels?|arguments?)\b)",
            # Blades named by their cut: "hacked two farmers", "hacked at worshippers during prayers".
            r"(?:stabbed|hacked|knifed|slashed) (?:at (?:the )?|(?:and (?:killed|wounded|injured) )?"
            r"(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|\d+) )"
            r"(?:[\w'’-]+ ){0,3}?(?:m[ae]n|wom[ae]n|people|persons|boys?|girls?|child(?:ren)?|students?|"
            r"teachers?|worshippers|passengers|passers-?by|pedestrians|tourists|civilians|policem[ae]n|"
            r"police officers?|officers?|soldiers?|guards?|priests?|rabbis?|clerics?|imams?|"
            r"shoppers|victims?|couples?|famil(?:y|ies)|residents?|neighbou?rs?|customers?|farmers?|"
            r"villagers?|devotees)\b",
            # The participle of a raid on unarmed people: "attacked Hindu families, stabbing four people".
            r"(?:stabbing|knifing) (?:and (?:killing|wounding|injuring) )?(?:a|an|two|three|four|five|six|"
            r"seven|eight|nine|ten|several|\d+) (?:[\w'’-]+ ){0,2}?(?:m[ae]n|wom[ae]n|people|persons|boys?|"
            r"girls?|child(?:ren)?|students?|worshippers|passengers|passers-?by|pedestrians|villagers|residents|"
            r"civilians|shoppers|devotees|tourists)\b",
            r"fatally (?:shot|stabbed|wounded)",
            r"(?:drive-by|mass|deadly|fatal) shootings?",
            r"shoots? and (?:kills?|injures?|wounds?)",
            # The plural present of chronologies: "two men open fire on a restaurant"; not an order "to open
            # fire" or a threat that forces "will open fire".
            r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bnot )"
            r"(?<!\bshall )(?<!\bcan )open fire (?:on|at)",
            r"massacred?",
            r"ambush(?:ed|es)?",
            # The agent's noun belongs to the trigger: after it, "assailants" would read as the ones attacked.
            r"killed by (?:unidentified|unknown|armed|masked|suspected)(?: [\w-]+){0,2}? (?:men|gunm[ae]n|"
            r"assailants?|attackers?|militants?|persons|people|terrorists?|miscreants|motorcyclists|"
            r"insurgents)",
            r"killed by (?:unidentified|unknown|armed|masked|suspected)",
            # Summary killings of captives or civilians by an armed group (not a court's sentence).
            # Not the state's sentence carried out: "the state executed a man convicted of murder".
            r"(?<!state )(?<!authorities )(?<!government )(?<!prison )(?<!Iran )(?<!China )(?<!Arabia )"
            r"executed (?:[\w'’-]+ ){0,3}(?:hostages?|captives?|civilians?|villagers?|m[ae]n|wom[ae]n|people|"
            r"prisoners|persons?|boys?|girls?|wife|husband|parents|children|sons?|daughters?|brothers?|"
            r"relatives|famil(?:y|ies)|"
            r"soldiers?|policem[ae]n|(?:aid )?workers?|officers?|spy|spies|informers?|elders?|journalists?|"
            # The people of a village: "rounded up residents of a hamlet and executed 12 peasants".
            r"peasants?|farmers?|residents|labou?rers|herders?|tribesmen|youths?|travell?ers|passengers|"
            r"commuters|motorists|pilgrims|drivers?|"
            rf"collaborators?|{_SEIZED_PERSON})"
            r"(?! (?:[\w'’-]+ ){0,2}(?:convicted|sentenced|found guilty|condemned|on death row)\b)",
            rf"{_MILITANTS} (?:[\w'’-]+ ){{0,3}}(?:killed|shot|murdered|gunned|attacked|"
            rf"opened (?:[\w'’-]+ ){{0,2}}?(?:fire|firing|gunfire)|opened up|stormed|targeted|hurled|"
            # Harm with no gun or bomb: GTD's unarmed assault ("assailants strangled a health worker").
            rf"beat|stabbed|strangled|poisoned|tortured|lynched|"
            # Poison put where people drink or eat: "mixed pesticide into the drinking water tank".
            rf"(?:mixed|laced|spiked|put|poured) (?:[\w'’-]+ ){{0,2}}?(?:poison|pesticides?|insecticides?|"
            rf"cyanide|toxic chemicals?) (?:into|in|with)|"
            rf"(?:laced|spiked|contaminated) (?:[\w'’-]+ ){{1,10}}?with (?:poison|pesticides?|insecticides?|"
            rf"cyanide|toxic chemicals?)|"
            # Shots through a window or a windscreen: "a sniper fired through the kitchen window of".
            rf"fired (?:[\w'’-]+ ){{0,2}}?(?:through|into) (?:the|a|an|his|her|their) "
            rf"(?:[\w'’-]+ )?(?:windows?|windscreen|windshield|doors?|homes?|houses?|cars?|vehicles?)\b|"
            # Headlines tell it in the present: "militants storm army camp", "gunmen kill 4 policemen".
            # Not "attacks" or "ambushes": "terrorist attacks" are nouns.
            rf"(?<!to )(?:kills?(?! (?:himself|herself|themselves|livelihoods?|jobs|hopes|dreams|trade))|"
            rf"storms?|beheads?|behead|murders?{_VICTIMS_NEXT}|shoots? dead|shoot dead|guns? down|open fire|"
            rf"opens fire))",
            # A beating told by what it was done with: "beat Roma residents with fists and wooden bats".
            # Demonstrators beaten are told by the demonstration rules.
            r"beat (?!(?:the |a |an |\d+ |several |dozens of )?(?:[\w'’-]+ )?(?:protesters|protestors|"
            # ... nor someone told of before ("dozens of men dragged him out and beat him with sticks").
            r"demonstrators|marchers)\b)(?!(?:him|her|them|up)\b)"
            r"(?:[\w'’-]+ ){1,4}with (?:their |iron |wooden |metal )?(?:[\w'’-]+ )?(?:fists|sticks|"
            r"clubs|bats|rods|bars|cudgels|hammers|pipes|chains)",
        ),
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        # People "mowed down" by armed men (a speeding truck that mowed down pedestrians is a road accident).
        (r"mow(?:ed|ing) down",),
        needs_context=True,
        attack_verb=True,
        context=(_MILITANTS, r"(?:armed|masked|unidentified|unknown) (?:men|persons)|gunfire|bullets"),
    ),
    _rule(
        S.ATTACK,
        (
            # Who acted, not what they did: an attack only beside harm, gunfire or a weapon ("unknown
            # assailants vandalised the office" is property destruction).
            r"(?:unidentified|unknown|masked|hooded|armed) (?:men|persons|people|assailants|attackers|"
            r"motorcyclists)",
            r"(?:motorcycle|bike)[- ]borne (?:[\w'’-]+ )?(?:men|assailants|gunmen|attackers)",
        ),
        needs_context=True,
        attack_verb=True,
        context=(
            _HARM_OR_FIRE,
            r"attack\w*|stormed|ambush\w*|opened|bomb\w*|grenades?|explosi\w*|stabb\w*|strangl\w*|poisoned",
            # "Armed men barged into the house of a journalist and beat him up."
            r"beat (?:[\w'’-]+ )?up|beaten(?: up)?|thrash\w*|tortur\w*",
        ),
    ),
    _rule(
        S.ATTACK,
        (
            r"attack(?:s|ed|ing)?",
            r"assault(?:ed|s)?(?! rifles?)",
            r"stormed",
            r"set upon",
            r"murdered",
            # The present of chronologies ("FARC members murder 12 peasants"), not the noun ("committed 14
            # murders", "those of murder", "attempt to murder").
            rf"(?<!\bto )(?<!\bof )(?<!\bthe )(?<!\ba )murder{_VICTIMS_NEXT}",
            r"killed",
            r"shot",
        ),
        specific=False,
        needs_context=True,
        attack_verb=True,
        # A claim of responsibility for it says the attack took place, harm or not.
        # A named group counts as the doer only before its deed: "Boko Haram attacked", not "the Islamic State
        # claimed that attack", which points back to an event told before.
        context=(
            _ATTACK_CONTEXT,
            _CLAIM_OF_ATTACK,
            # Its acronym may follow in brackets: "the Provisional Irish Republican Army (PIRA) shot".
            rf"(?:{_NAMED_ARMED_GROUPS})"
            r"(?=(?:\s+\([\w'’.-]+\))?\s+(?:(?!claim|own|accept|took|blam|condemn|den[iy]|said)[\w'’-]+\s+)"
            r"{0,2}?(?:attack|assault|storm|murder|kill|shot|shoot))",
            # The doer named after the deed: "murdered by members of the UVF", "killed by militiamen".
            r"(?:(?<=killed )|(?<=murdered )|(?<=shot )|(?<=attacked )|(?<=ambushed )|(?<=targeted )|"
            r"(?<=executed )|(?<=massacred )|(?<=stabbed )|(?<=beheaded )|(?<=assassinated ))"
            r"by (?:(?:suspected|alleged|armed) )?(?:members of|militiam[ae]n|militias?|"
            rf"paramilitar\w*|(?:the )?(?:{_NAMED_ARMED_GROUPS})|"
            r"(?:the )?(?-i:(?!COVID|HIV|AIDS)[A-Z]{2,6}\b))",
            r"(?:perpetrated|carried out|committed) by",
            # Members named by their group's name: "shot by two Red Army Faction members".
            r"(?:(?<=killed )|(?<=murdered )|(?<=shot )|(?<=attacked )|(?<=assassinated )|(?<=kidnapped )|"
            r"(?<=abducted ))by (?:(?:two|three|four|five|six|several|\d+) )?(?:(?-i:[A-Z])[\w'’-]* ){1,4}"
            r"(?:members|militants|fighters|guerrillas|cadres|operatives|gunmen)\b",
            # An acronym that did it, told last: "is killed along with his driver and bodyguards by ETA".
            r"(?<!report )(?<!statement )(?<!survey )(?<!study )(?<!according )\bby (?:the )?"
            r"(?-i:(?!COVID|HIV|AIDS)[A-Z]{2,6})(?=\s*(?:[.;]|$))",
            # A group telling its own deed: "Boko Haram on Monday claimed it killed 20 soldiers".
            rf"(?:{_NAMED_ARMED_GROUPS}|{_MILITANTS})(?=\s+(?:[\w'’-]+\s+){{0,3}}?(?:claimed|said)"
            r"(?: [\w'’-]+){0,2}? (?:that )?(?:it|they|its fighters|its militants) (?:had )?"
            r"(?:killed|attacked|shot|ambushed|stormed))",
        ),
    ),
    _rule(
        S.ATTACK,
        # Struck by the gunman's bullets: "was hit several times by a gunman riding pillion".
        (
            r"(?:was|were) hit (?:[\w'’-]+ ){0,3}?by (?:a |an |the )?(?:[\w'’-]+ )?(?:gunm[ae]n|bullets?|"
            r"gunfire|snipers?|assailants?|attackers?)\b",
        ),
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        # A beating by an armed band or settlers, not a crowd's (mob violence) nor the police's: "Maoist
        # insurgents tied a teacher to a pole, beat him", "settlers wielding clubs beat a shepherd".
        (
            r"(?<!were )(?<!was )(?<!been )(?:beat|flogged|whipped|thrashed)"
            r"(?= (?:him|her|them|up|a|an|the|two|three|four|five|several|\d+)\b)",
        ),
        needs_context=True,
        attack_verb=True,
        # A party's or a militia's men beating its opponents: "members of the Imbonerakure, the ruling
        # party's youth league, beat four supporters of an opposition party".
        context=(
            _MILITANTS,
            r"settlers|wielding|(?:armed|masked) men|youth (?:league|wing)|militia\w*|vigilantes|"
            # Men who came with weapons in hand: "members of the FPI carrying wooden clubs ... beat three
            # waiters".
            r"(?:carrying|armed with) (?:[\w-]+ )?(?:clubs|sticks|rods|iron bars|bats|batons|machetes|"
            r"knives)|"
            r"party (?:workers|activists|cadres|supporters)",
        ),
    ),
    _rule(
        S.ATTACK,
        # People set upon with fists or weapons in hand: "attacked three asylum seekers with fists and
        # boots" (a crowd doing it is mob violence, read by its own rules).
        (
            r"(?<!were )(?<!was )(?<!been )attacked (?:[\w'’-]+ ){1,5}?with (?:their )?(?:bare )?"
            r"(?:fists|boots|sticks|clubs|stones|rocks|bricks|iron rods|rods|batons|bats|knives|machetes|"
            r"axes|hammers|swords|daggers|sharp-edged weapons|acid)\b",
        ),
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        # Poison put where people drink or eat, told by what it did: "fell ill after drinking water from the
        # school tank, which officials said had been contaminated with a toxic substance".
        (
            # The passive only: "a meal laced with poison at their checkpoint" is read by the rule for men on
            # duty.
            r"(?:(?<=been )|(?<=was )|(?<=were ))(?:contaminated|laced|spiked|poisoned) with (?:a |an )?"
            r"(?:poison\w*|toxic (?:substances?|chemicals?|powder|gas)|pesticides?|insecticides?|cyanide)",
        ),
        needs_context=True,
        attack_verb=True,
        context=r"deliberately|intentionally|blamed|suspected|militants?|attackers?|opponents|enemies|"
        r"(?:unknown|unidentified) (?:persons|people|men)|claimed|fell ill|hospitali[sz]ed|sickened",
    ),
    _rule(
        S.LOOTING_PROPERTY_DESTRUCTION,
        # Fire-bombs hidden and set off: "incendiary devices hidden in two department stores ignited".
        (
            r"incendiary (?:devices?|bombs?) (?:[\w'’-]+ ){0,12}?(?:ignited|exploded|went off|set fire|"
            r"started (?:a )?fires?|caused)",
        ),
    ),
    _rule(
        S.ATTACK,
        # The state's forces killing unarmed people (ACLED: violence against civilians, whoever commits it):
        # "security forces killed three civilians", "the army killed five herders near the border".
        (
            rf"{_STATE_SUBJECT} (?:(?!(?:was|were|been|by)\b)[\w'’()-]+ ){{0,9}}?(?:killed|shot dead|"
            r"gunned down|kills?|shoots? dead|massacred|executed) (?:(?!by\b)[\w'’-]+ ){0,4}?"
            r"(?:civilians?|villagers|farmers|herders|herdsmen|shepherds|fishermen|worshippers|passengers|"
            r"women|children|students|labou?rers|miners|traders|residents)\b",
        ),
        # Not `attack_verb`: its victims are named unarmed, so forces near them ("at a checkpoint") are the
        # doers' own, not a second armed side.
    ),
    _rule(
        S.ATTACK,
        # Captives killed where they were seized, the doers named earlier in the sentence: "gunmen stopped a
        # minibus, dragged off two passengers and executed them by the roadside".
        (r"(?:executed|beheaded) (?:them|him|her)\b",),
        needs_context=True,
        attack_verb=True,
        context=(_MILITANTS, r"militia\w*"),
    ),
    _rule(
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        # An airliner taken over by a passenger: "a man claiming to have explosives took control of a
        # domestic passenger jet ... and demanded to be flown to Bolivia"; not its crew flying it.
        (
            r"(?:took|seized|taken|seizing|taking) (?:control|command) of (?:a|an|the) (?:[\w'’-]+ ){0,3}?"
            r"(?:plane|jet|airliner|aircraft|flight)\b",
        ),
        needs_context=True,
        context=r"demand\w*|gunpoint|knifepoint|hijack\w*|explosives?|bomb|grenade|armed|hostages?|"
        r"passengers (?:were )?(?:held|freed|released)",
    ),
    _rule(
        S.ARMED_CLASH,
        # One armed side engaging another: "Kachin Independence Army fighters engaged junta troops".
        (
            rf"(?:{_MILITANTS}|troops|soldiers|forces|militiam[ae]n|units?) engaged (?:the |a |an )?"
            rf"(?:[\w'’-]+ ){{0,2}}(?:troops|soldiers|forces|{_MILITANTS}|militia\w*|positions?|patrols?|"
            r"convoys?|units?)",
        ),
    ),
    _rule(
        S.ATTACK,
        (
            # Security personnel "killed" or "martyred" with no weapon named: an attack on them.
            r"(?:policem[ae]n|soldiers?|troops|personnel|jawans?|constables?|sepoys?|levies|khass?adars?|"
            r"commandos?|officers?) (?:[\w()-]+ ){0,12}?(?:were|was|have been|has been|"
            r"had been) (?:[\w'’-]+ )?"
            r"(?:killed|martyred|shot dead|gunned down)",
            r"(?:were|was) martyred",
            r"embraced (?:martyrdom|shahadat)",
        ),
        specific=False,
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        # Summary killings told by who carried them out: "Islamic State executed a man" (a rule of its own:
        # its match may overlap the victim-first one, "executed four hostages").
        # Not plans or attacks "executed", which were carried out.
        (
            # Also as a video shows it: "a video showing its fighters executing four men".
            rf"(?:{_MILITANTS}|{_NAMED_ARMED_GROUPS}) (?:[\w'’-]+ ){{0,2}}(?:executed|beheaded|executing|"
            rf"beheading)"
            r"(?! (?:[\w'’-]+ ){0,3}(?:attacks?|operations?|plans?|plots?|strikes?|raids?|missions?|orders?|"
            r"assaults?|ambush\w*|bombings?|schemes?|designs?|tasks?)\b)",
        ),
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        # Gunfire named as a noun beside its toll: "two farmers were killed in a roadside shooting"; not a
        # film's, a range's or a sport's shooting.
        (
            # Not the gerund with its object ("admitted to shooting the victim"), nor a pair of abstractions
            # ("killing and shooting between the two sides").
            r"(?<!film )(?<!video )(?<!photo )(?<!clay )(?<!skeet )(?<!trap )(?<!and )(?<!or )shootings?"
            r"(?! (?:range|ranges|competitions?|contests?|events?|clubs?|stars?|schedule|location|practice|"
            r"season|guard|a|an|the|his|her|its|their|him|them|at|dead|down|and|or|into|\d+|one|two|three|"
            r"four|five|six|seven|eight|nine|ten|several|people|men|women)\b)",
        ),
        specific=False,
        needs_context=True,
        attack_verb=True,
        # Or the armed band's raid it came in: "militia raided the village, shooting residents".
        context=r"kill\w*|dead|died|deaths?|injur\w*|wound\w*|hurt|casualt\w*|gunm[ae]n|victims?|militia\w*|"
        r"raided|stormed",
    ),
    _rule(
        S.ATTACK,
        # Burnt to death beside soldiers, militants or an attack, not in a house fire.
        (r"(?:burnt|burned) to death",),
        specific=False,
        needs_context=True,
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        # Fire opened on people: "their vehicle came under fire by militants"; not criticism, which has no
        # armed men or harm beside it ("the minister came under fire from the opposition").
        (r"(?:came|come|comes|coming) under (?:heavy |intense )?(?:fire|gunfire|attack)",),
        specific=False,
        needs_context=True,
        attack_verb=True,
        context=_ATTACK_CONTEXT,
    ),
    _rule(
        S.ATTACK,
        # The toll told after what armed men did, beside them: "gunmen raided a village, killing four";
        # summary killings by them: "militants put 12 people to death".
        (
            r"(?<=, )(?:killing|wounding)",
            r"put (?:(?:at least|more than|over|some) )?(?:[\w'’-]+ ){1,3}to death",
        ),
        specific=False,
        needs_context=True,
        attack_verb=True,
        context=(_MILITANTS, _NAMED_ARMED_GROUPS, r"armed men|militiam[ae]n|militias?"),
    ),
    _rule(
        S.ATTACK,
        # "claimed responsibility for killing two policemen": a claimed killing is the event it claims.
        (
            r"(?:killings?|murders?) of",
            r"(?<=responsibility for )killing",
            r"(?<=claimed credit for )killing",
        ),
        specific=False,
        needs_context=True,
        attack_verb=True,
        context=(
            _ATTACK_CONTEXT,
            _CLAIM_CUE,
            r"owned(?= (?:the )?(?:killings?|murders?) of)",
            # The killers named by a "by" agent: "the killing of eleven herders by suspected hunters".
            r"by (?:suspected|alleged|unknown|unidentified|masked)",
            r"by (?:the |a |an )?(?:[\w'’-]+ ){0,2}(?:militias?|militiamen|gangs?|gang members|bandits|"
            r"herdsmen|hunters)",
        ),
    ),
    _rule(
        S.ATTACK,
        # A raid is an attack (or a battle, by its victims) only when someone is hurt or shots are fired;
        # most police raids end in arrests.
        (r"raid(?:s|ed)?",),
        specific=False,
        needs_context=True,
        attack_verb=True,
        context=_HARM_OR_FIRE,
    ),
    _rule(
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        (
            # Not a "suspected child kidnapper" set upon by a crowd: the rumour of one is no abduction.
            r"(?<!suspected )(?<!suspected child )(?<!alleged )(?<!alleged child )(?<!child )kidnap\w*",
            r"abduct\w*",
            r"taken hostage",
            rf"(?:seized|grabbed|snatched) (?:[\w'’-]+ ){{0,3}}{_CAPTIVES}",
            r"(?:was|were) (?:seized|grabbed|snatched) by (?:[\w'’-]+ ){0,3}(?:men|gunmen|militants|pirates|"
            r"bandits|"
            r"rebels|kidnappers|agents)",
            r"held hostage",
            r"(?:taken|took|held|holding|kept) (?:[\w'’-]+ ){0,6}captive",
            r"(?:taken|took|taking|led|marched) (?:[\w'’-]+ ){0,6}into captivity",
            # A building occupied with its people kept in it: "occupied the cathedral during mass, keeping the
            # priest and about 60 worshippers inside for nine hours".
            rf"(?:occupied|took over|seized|stormed) (?:the |a |an )?(?:[\w'-]+ ){{0,3}}?{_HELD_BUILDING}"
            r"[^.;]{0,80}?\b(?:holding|keeping|kept|held) (?:[\w'’-]+ ){1,8}?(?:inside|hostage|captive)",
            # ... or with the people it holds named: "seized the town hall and held 12 employees for two
            # days", "stormed the ambassador's residence and held hundreds of guests".
            rf"(?:occupied|took over|seized|stormed) (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?{_HELD_BUILDING}"
            rf"[^.;]{{0,60}}?\b(?:holding|keeping|kept|held) (?:(?:the|its|their|some) )?"
            rf"(?:(?:{COUNT_PATTERN} )?(?:[\w'’-]+ )?{_PEOPLE_HELD}|"
            # ... or any people counted: "held eleven clerks".
            rf"{COUNT_PATTERN} (?:[\w'’-]+ )?[a-z]+(?:s|men|people)\b)",
            # People kept inside a building by armed men, with no word of its seizure: "guerrillas interrupted
            # a Sunday Mass ... and kept the priest and sixty worshippers inside the church for three hours".
            rf"{_CRAFT_CAPTORS} "
            r"(?:(?!(?:who|said|say|says|were|was|police|troops|forces)\b)[\w'’(),-]+ ){0,16}?"
            r"(?:kept|held|holding|keeping) (?:[\w'’-]+ ){1,8}?inside (?:the|a|an|their|its|his|her) "
            r"(?:[\w'’-]+ )?"
            rf"(?:{_HELD_BUILDING}|house|home|farmhouse|flat|apartment)",
            r"hostages?",
            # People taken from where they were by armed men: "Maoist rebels took around forty students and
            # two teachers from a secondary school".
            rf"{_CRAFT_CAPTORS} "
            r"(?:(?!(?:and|who|said|say|says|were|was|police|troops|forces)\b)[\w'’(),-]+ ){0,12}?"
            # Not people dragged out to be killed there ("took the mayor from his office and shot him").
            rf"(?:took|led|marched|herded) (?:away )?(?:[\w'’-]+ ){{0,4}}?{_SEIZED_PERSON}"
            rf"(?: and (?:[\w'’-]+ ){{0,3}}?{_SEIZED_PERSON})? (?:away )?from (?:their|a|an|the|his|her)\b"
            r"(?![^.;]{0,100}?\b(?:killed|shot|executed|beheaded|hacked|murdered|slaughtered|gunned)\b)",
            # "Armed men seized a geologist after shooting his driver": people seized by armed men.
            # The way they came may come between: "gunmen in a speedboat seized two fishermen".
            rf"(?:{_MILITANTS}|(?:armed|masked|unidentified|unknown) men|kidnappers) "
            rf"(?:(?!(?:and|who|said|say|says|were|was)\b)[\w'’()-]+ ){{0,4}}?"
            rf"(?:seized|grabbed|snatched|bundled) (?:[\w'’-]+ ){{0,3}}?{_SEIZED_PERSON}",
            # Someone taken whose whereabouts are unknown is disappeared, whoever took him: "men accompanied
            # by Frontier Corps personnel took a university student from his home ... his whereabouts remain
            # unknown".
            rf"(?:took|taken|picked up|whisked away|bundled) (?:away )?(?:[\w'’-]+ ){{0,4}}?{_SEIZED_PERSON}"
            r"[^.;]{0,100}?\bwhereabouts (?:remain|remained|are|were|is|was|still) (?:still )?unknown",
            r"forcibly disappeared",
            # A man holed up with people he holds: "barricaded himself inside a house with a family of four".
            r"barricaded (?:himself|herself|themselves) (?:[\w'’-]+,? ){0,8}?(?:with|holding|keeping) "
            r"(?:a |an |the |his |her |their |\d+ |two |three |four |five |several )?(?:[\w'’-]+ ){0,2}?"
            r"(?:family|families|hostages?|people|persons|"
            r"children|women|employees|staff|customers|passengers|students|teachers|workers)\b",
            # A craft seized and taken away, with its crew: "militants seized a tugboat ... and sailed it".
            # The group may be named at length first: "Militants of the Movement for the Emancipation of the
            # Niger Delta (MEND) seized an oil supply vessel ... and sailed it to a militant camp".
            rf"{_CRAFT_CAPTORS} "
            r"(?:(?!(?:and|who|said|say|says|were|was|police|troops|forces)\b)[\w'’(),-]+ ){0,12}?"
            r"(?:seized|took over|took control of|boarded|diverted|commandeered) "
            r"(?:a |an |the |two |three |four |\d+ )?(?:[\w'’-]+ ){0,3}?"
            rf"{_CRAFT}\b[^.;]{{0,100}}?(?:\b(?:sailed|drove|steered|diverted|took|flew) (?:it|them|the "
            rf"{_CRAFT})\b|"
            # ... or driven off: "took over a delivery van, ordered the driver out and drove off".
            r"\b(?:drove|sailed|flew|sped|made) (?:off|away)\b|"
            # ... or sent elsewhere: "took over a flight and ordered it flown to Rome", "forced it to dock",
            # "seized a passenger boat and ordered the skipper to take them to Basilan".
            r"\b(?:ordered|forced|made|ordering|forcing) (?:it|them)\b|"
            rf"\b(?:ordered|forced|made|ordering|forcing) (?:the|its) {_CRAFT_HAND} "
            rf"(?:at gunpoint |at knifepoint )?to {_CRAFT_COURSE}\b|"
            # ... or with its crew or passengers held: "seized a cargo vessel off Point Pedro, detaining its
            # 15 crew", "took control of a city bus, holding 37 passengers".
            rf"\b{_CREW_HELD}|\b(?:holding|held|detaining|keeping|kept) (?:the |its |their )?"
            rf"(?:{COUNT_PATTERN} )?"
            r"(?:passengers|crew(?: members)?|crewmen|sailors|occupants)\b)",
            # A vehicle stopped and driven off with its people: "stopped a passenger van and drove it away
            # with its occupants".
            rf"{_CRAFT_CAPTORS} "
            r"(?:(?!(?:and|who|said|were|was|police|troops|forces)\b)[\w'’()-]+ ){0,12}?"
            r"(?:stopped|halted|seized) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:vans?|minivans?|cars?|buses|"
            r"bus|coach|trucks?|lorr(?:y|ies)|minibus(?:es)?|pickups?|jeeps?|vehicles?)\b[^.;]{0,80}?"
            r"\band (?:then )?"
            r"(?:drove|took|drove off with|took away) (?:it|them)\b[^.;]{0,30}?\bwith (?:its|their|the) "
            r"(?:\d+ )?(?:occupants|passengers|drivers?|crew)\b",
            # A vehicle driven off with the people in it: "drove off with the truck and its driver".
            r"(?:drove|sailed|made) (?:off|away) with (?:the|a|an|their) (?:[\w'’-]+ ){0,2}?"
            r"(?:vehicles?|trucks?|"
            r"lorr(?:y|ies)|bus|buses|cars?|vans?|boats?|vessels?|tankers?|minibus(?:es)?|pickups?) and "
            r"(?:its|their|the) (?:drivers?|crew|crewmen|passengers)\b",
            # A craft made to go where its captors want: "forced the driver at gunpoint to turn onto a
            # mountain road", "forced a passenger bus ... to leave the road and drive to a village".
            r"(?<!police )(?:forced|ordered|made|forcing|ordering) (?:the|its) "
            rf"(?:bus |truck |coach |plane's |ship's )?{_CRAFT_HAND} (?:at gunpoint |at knifepoint )?"
            rf"to {_CRAFT_COURSE}\b",
            r"(?<!police )(?<!troops )(?:forced|ordered) (?:a|an|the) (?:[\w'’-]+ ){0,2}?(?:bus|coach|"
            r"minibus|truck|lorry|plane|aircraft|airliner|jet|ship|vessel|ferry|tanker|"
            r"train)\b[^.;]{0,80}? to "
            r"(?:divert|fly|sail|head|turn|change course|leave the road|drive (?:to|into|toward|towards))\b",
            # Craft seized with the people aboard: "hijacked a passenger plane", "the ferry was hijacked".
            r"(?:hijack|commandeer)(?:ed|ing|s)? (?:a |an |the |two |three )?(?:[\w'’-]+ ){0,3}?(?:planes?|"
            r"aircraft|"
            r"airliners?|flights?|jets?|buses|bus|trains?|ships?|vessels?|ferry|ferries|tankers?|carriers?|boats?|"
            r"coach(?:es)?|trucks?|lorr(?:y|ies)|launch(?:es)?|speedboats?|trawlers?|dhows?|minibus(?:es)?)\b",
            r"(?:planes?|aircraft|airliners?|[Ff]light \d+|flights?|jets?|bus|buses|trains?|ships?|vessels?|"
            r"ferry|tankers?|carriers?|boats?) (?:[\w'’-]+ ){0,4}?(?:was|were|is|are|had been|has been) "
            r"hijacked",
            r"(?:en)?forced disappearance",
            # Taken by force into a car: "forced a trader into a car".
            r"(?<!police )(?:forced|dragged|pushed|bundled|shoved|hauled) (?:[\w'’-]+ ){1,3}(?:into|in) "
            r"(?:a|an|their|the|his|her) "
            r"(?:[\w-]+ )?(?:car|vehicle|jeep|pickup|pick-up|van|SUV)(?<!police van)(?<!prison van)\b",
            r"whisked away",
            r"spirited (?:away|off)",
            # Hostages held where they were seized: "holding about twenty teachers and students inside".
            rf"(?:held|holding|kept|keeping) (?:[\w'’-]+ ){{0,4}}?(?:{_SEIZED_PERSON}|people|staff|patients|"
            r"customers|guests|worshippers) (?:[\w'’-]+ ){0,3}?inside\b",
            # "confined about thirty students and teachers in a classroom for six hours".
            rf"(?:confined|confining|locked|locking) (?:up )?(?:[\w'’-]+ ){{0,4}}?(?:{_SEIZED_PERSON}|people|"
            r"staff|patients|customers|guests|worshippers) (?:[\w'’-]+ ){0,3}?(?:in|inside) (?:a|an|the) "
            r"(?:[\w'’-]+ )?(?:classrooms?|rooms?|halls?|buildings?|offices?|church|mosque|school|bank|hotel|"
            r"house|compound|hostel)\b",
            r"whisked away",
            r"picked up by (?:security|intelligence|unknown|unidentified|armed|law enforcement)\w*",
            r"picked up by (?:[\w'’-]+ ){0,2}(?:men|agents|plain-?clothes\w*) (?:in plain ?clothes|"
            r"in civilian clothes|in an unmarked|without a warrant)",
            # "led away by armed Maoists", "taken from his house at night by armed cadres".
            # (Not "an encounter led by security forces": a man led is taken only "away" or "off".)
            r"(?:taken (?:away |off )?|(?:led|marched) (?:away|off) )"
            r"(?:from (?:his|her|their|the) (?:[\w'’-]+ ){1,4}?)?by "
            r"(?:the )?(?:security|intelligence|unknown|unidentified|armed|plain-?clothes"
            r"|masked|militants|gunmen|terrorists|insurgents|kidnappers|abductors|Taliban|guerr?illas|rebels|"
            r"Maoists|cadres|bandits|pirates|jihadists)\w*",
            r"(?:was|were) (?:seized|snatched|grabbed|picked up|taken|whisked away) at gunpoint",
            # The passive with the place first: "were snatched from their vehicle on the highway by armed
            # men".
            r"(?:was|were) (?:seized|snatched|grabbed|whisked away|spirited away|bundled away) "
            r"(?:[\w'’-]+,? ){1,8}?by (?:a |an |the )?(?:[\w'’-]+ ){0,2}(?:men|gunmen|militants|insurgents|"
            r"rebels|bandits|pirates|kidnappers|abductors|Taliban|Maoists|cadres|jihadists|assailants)\b",
            # Held for a ransom: "is being held for ransom", "held them for a ransom of two million".
            r"(?:being |was |were |is |are )?held (?:[\w'’-]+ ){0,2}?for (?:a )?ransom",
            # Men who do not show who they are: "men in plain clothes claiming to be from the Detective
            # Branch took an activist from his home".
            r"(?:men|agents|persons|people) (?:in (?:plain|civilian) ?-?clothes )?(?:claiming|who claimed|"
            r"posing|identifying themselves) (?:to be |as )(?:[\w'’-]+ ){1,5}?(?:took|picked up|led away|"
            r"whisked|bundled|dragged|hauled|seized)\b",
            r"(?:men|agents|persons|people) in (?:plain|civilian) ?-?clothes (?:[\w'’-]+ ){0,2}?(?:took|"
            r"picked up|led away|whisked|bundled|dragged|hauled|seized)\b",
            # The active voice of the same: "security agencies allegedly picked up a student".
            r"(?:security|intelligence|law[- ]enforcement) (?:agenc(?:y|ies)|forces|personnel|officials|men) "
            r"(?:[\w'’-]+ ){0,2}(?:picked up|whisked away|took away)",
        ),
    ),
    _rule(
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        # People carried off by armed men told apart from the verb ("Armed men stormed the college ... and
        # took away 27 students"); the state's men taking people away is an arrest.
        (
            rf"(?:took|taken|carried|led|marched|whisked|spirited) (?:away|off) (?!by )"
            rf"(?:[\w'’-]+,? ){{0,3}}?"
            rf"{_SEIZED_PERSON}"
            # Not what they carried off: "took away their official rifles".
            r"(?! (?:[a-z][\w-]* )?(?:rifles?|weapons?|guns?|arms|ammunition|vehicles?|cars?|motorcycles?|"
            r"phones?|documents?|cards?|belongings|cash|money|uniforms?|equipment|records?|files?)\b)",
            # The object before the particle: "drove him away into the bush", "took the mayor from his car
            # at gunpoint".
            rf"(?:drove|took|carried|led|marched|whisked|dragged|hauled|bundled) (?:him|her|them|"
            rf"(?:the |a |an |two |three |four |five |six |several |\d+ )?(?:[\w'’-]+ ){{0,2}}?"
            rf"{_SEIZED_PERSON}) (?:away|off)\b",
            # Captives walked off into the wild: "marched seventeen passengers into the hills".
            rf"marched (?:[\w'’-]+ ){{0,3}}?{_SEIZED_PERSON} (?:[\w'’-]+ ){{0,2}}?into the (?:[\w'’-]+ )?"
            r"(?:hills|bush|forests?|mountains|jungle|woods)\b",
            r"(?:took|taken|dragged|pulled|hauled|snatched|seized) (?:[\w'’-]+ ){0,10}?(?:from|out of) "
            r"(?:his|her|their|a|an|the) (?:[\w'’-]+ )?(?:cars?|vehicles?|homes?|houses?|beds?|offices?|"
            r"shops?|bus|trucks?) at gunpoint",
        ),
        needs_context=True,
        context=(rf"{_MILITANTS}", r"(?:armed|masked|unidentified|unknown) (?:men|persons)", r"kidnappers"),
    ),
    _rule(
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        (
            r"(?:went|gone|goes|have gone|has gone) missing",
            # Lower case only: "Commission on Enforced Disappeared Persons" is a name.
            # Not an adjective: "an ante mortem form for each disappeared person", "families of disappeared
            # activists".
            r"(?-i:disappeared)(?! (?:persons?|people|individuals|men|women|youths?|activists|students|"
            r"relatives|sons?|husbands?|ones)\b)",
            # The head noun alone, so that a bare plural reads as talk about disappearances in general.
            r"(?<=forced )disappearances",
        ),
        specific=False,
        needs_context=True,
        context=(
            r"picked up",
            r"taken away",
            r"agenc(?:y|ies)",
            r"forcibly",
            r"enforced",
            r"abduct\w*",
            r"kidnap\w*",
            r"whereabouts",
            r"armed men",
            r"unknown (?:persons|men)",
            r"security forces",
            r"intelligence",
            r"custody",
            rf"{_MILITANTS}",
        ),
    ),
    _rule(
        S.ATTACK,
        # A vehicle driven into people on purpose, and acid thrown at them, are attacks without a weapon.
        (
            rf"(?:rammed|ramming) (?:[\w'’-]+ ){{0,3}}(?:{_VEHICLE}) (?:[\w'’-]+ ){{0,2}}into "
            rf"(?:[\w'’-]+ ){{0,3}}(?:{_RAMMED})",
            rf"(?:attackers?|assailants?|man|woman|driver|militants?|terrorists?|"
            rf"suspects?) (?:[\w'’-]+ ){{0,2}}"
            rf"(?:drove|ploughed|plowed|steered|accelerated|sped) (?:[\w'’-]+ ){{0,3}}(?:{_VEHICLE}) "
            rf"(?:[\w'’-]+ ){{0,2}}into "
            # "into a group of counter-protesters".
            rf"(?:[\w'’-]+ ){{0,4}}(?:[\w]+-)?(?:{_RAMMED})",
            # Whoever drives his own vehicle into people: "a man from East Jerusalem drove his vehicle into
            # pedestrians".
            rf"(?<!lost control and )(?:drove|ploughed|plowed|steered|accelerated|sped) (?:his|her|their) "
            rf"(?:[\w'’-]+ )?(?:{_VEHICLE}) (?:[\w'’-]+ ){{0,2}}into (?:[\w'’-]+ ){{0,4}}(?:[\w]+-)?"
            rf"(?:{_RAMMED})",
            r"(?:threw|thrown|hurled|splashed|sprayed|throwing) (?:acid|(?:a |an )?(?:caustic|corrosive) "
            r"(?:substance|liquid|chemical)s?)",
            # Beaten by a few men, not by a crowd: "an imam was punched and kicked by two men".
            r"(?:punched|kicked|beaten|beaten up) (?:and (?:punched|kicked|beaten|stabbed) )?by "
            r"(?:two|three|four|five|several|a group of|a gang of|\d+) (?:[\w'’-]+ )?(?:men|youths|attackers|"
            r"assailants)",
            r"acid (?:was |were )?(?:thrown|hurled|splashed)",
            # The vehicle as the subject, steered on purpose: "a pickup truck swerved deliberately into them".
            r"(?:swerved|drove|ploughed|plowed|slammed|veered|steered) (?:deliberately|intentionally|"
            r"on purpose) into",
        ),
    ),
    _rule(
        S.ATTACK,
        # Poison put into food or water on purpose, beside an armed group, a claim or a suspicion of one:
        # "a meal laced with poison at their checkpoint ... The Taliban claimed responsibility".
        (
            # The harm first, so that "died after" reads as the poisoning's, not as a pointer to another deed.
            # ... also told in the passive: "were taken to hospital after the school's water tank was
            # poisoned".
            r"(?:died|fell ill|were hospitali[sz]ed|was hospitali[sz]ed|sickened|"
            r"(?:were|was) taken to hospital) (?:[\w'’-]+ ){0,4}?"
            r"after (?:[\w'’-]+ ){1,6}?(?:was|were|had been) (?:deliberately )?poisoned\b",
            r"(?:died|fell ill|were hospitali[sz]ed|was hospitali[sz]ed|sickened) after (?:eating|drinking|"
            r"consuming) (?:[\w'’-]+ ){0,4}?laced with (?:[\w'’-]+ ){0,2}?(?:poison\w*|toxic \w+|pesticides?|"
            r"insecticides?|cyanide)",
            r"laced with (?:[\w'’-]+ ){0,2}?(?:poison\w*|toxic \w+|pesticides?|insecticides?|cyanide)",
            r"(?:poison\w*|pesticides?|insecticides?|cyanide|toxic (?:chemicals?|substances?)) "
            r"(?:(?:was |were |had been |has been )?(?:poured|mixed|put|added|dumped|slipped) into|"
            # ... or after what it went into: "a storage tank into which rat poison had been poured".
            r"(?:was|were|had been|has been) (?:poured|mixed|put|added|dumped|slipped)\b)",
            # A gas let into a room of people: "fainted after a noxious gas was released into classrooms".
            r"(?:noxious|toxic|poisonous|unidentified|unknown|foul-smelling|suspicious) (?:gas|substance|"
            r"chemical|powder|fumes)s? (?:was |were |had been |has been )?(?:released|sprayed|pumped|spread) "
            r"(?:into|in|inside)",
            r"poisoned (?:the )?(?:[\w'’-]+ ){0,2}(?:water|food|meals?|wells?|tanks?|supply|supplies|bread|"
            r"flour)\b",
            # The passive: "hospitalised after the school's water tank was poisoned".
            r"(?:water|food|meals?|wells?|tanks?|supply|supplies|bread|flour) (?:was|were|had been|has been) "
            r"(?:deliberately )?poisoned\b",
        ),
        needs_context=True,
        attack_verb=True,
        context=(
            _MILITANTS,
            _NAMED_ARMED_GROUPS,
            _CLAIM_CUE,
            r"claimed|suspected|blamed|attributed",
            # Poison served to men on duty: "died after eating a meal laced with poison at their checkpoint",
            # or in training: "recruits at a police training school"; schoolgirls poisoned at their school.
            r"policem[ae]n|soldiers|troops|checkpoints?|check-?posts?|recruits|cadets|"
            r"(?:girls'? )?(?:high |primary |secondary )?schools?|schoolgirls|pupils",
        ),
    ),
    _rule(
        S.ATTACK,
        # ACLED codes the torture of detainees or civilians as an attack on them.
        (
            r"tortur(?:ed|ing) (?:the |a |an |his |her |their |\w+ ){0,2}(?:detainees?|prisoners?|captives?|"
            r"suspects?|civilians?|villagers?|herders?|farmers?|men|women|children|people|him|her|them|"
            r"activists?|journalists?|students?|hostages?)",
        ),
        needs_context=True,
    ),
    _rule(
        S.ATTACK,
        # Torture that kills, or torture by an armed side, is harm in its own words: no further cue needed
        # ("a man was tortured to death by militants").
        (
            r"tortur(?:ed|ing)(?: \w+)? to death",
            rf"(?:was|were|been) tortured (?:[\w'’-]+ ){{0,2}}by (?:the )?(?:[\w'’-]+ ){{0,2}}"
            rf"(?:{_ARMED_ACTORS}|captors|guards|agents|kidnappers|abductors)",
            # Mutilation: "chopped off the nose and ears of a man accused of spying".
            r"(?:chopped|cut|hacked) off (?:the |his |her |their )?(?:[\w'’-]+ ){0,3}(?:noses?|ears?|hands?|"
            r"heads?|limbs?|fingers?|feet|legs?|tongues?)(?! of (?:the |a )?(?:statue|idol|mannequin|doll))",
        ),
    ),
    _rule(
        S.ATTACK,
        # Bodies found shot, mutilated or beheaded, of people taken or missing or beside an armed group ("the
        # bullet-riddled bodies of three labourers who went missing"). A body found and nothing more is left
        # out, as SATP's annotators and GTD leave it: the killing may be a crime.
        (
            r"(?:bullet[- ]?riddled|bullet[- ]?ridden|mutilated|tortured|beheaded|decapitated|headless) "
            r"(?:dead )?bod(?:y|ies)",
            r"bod(?:y|ies) (?:[\w'’-]+ ){0,5}(?:riddled with bullets|bearing (?:bullet|torture) (?:wounds|"
            r"marks)|"
            r"with (?:bullet|gunshot|torture) (?:wounds|marks))",
            # Killed as captives: "the bodies of four farmers, hands bound behind their backs".
            r"bod(?:y|ies) (?:[\w'’-]+,? ){0,5}(?:with )?(?:their |his |her )?(?:hands|wrists) "
            r"(?:bound|tied)",
        ),
        specific=False,
        needs_context=True,
        context=(
            _MILITANTS,
            r"abduct\w*|kidnap\w*|missing|picked up|whisked away|taken away|claim\w*|armed men|"
            r"(?:unknown|unidentified) (?:men|persons|people)",
        ),
    ),
    _rule(
        S.SEXUAL_VIOLENCE,
        (
            r"raped",
            r"gang-?raped",
            # Not the deed a man is arrested or charged for: "arrested for raping a woman".
            r"(?<!for )(?:gang-?)?raping",
            r"rapes?",
            r"sexual(?:ly)? (?:assault\w*|abus\w*|violence)",
            r"(?:abused|assaulted|molested) (?:[\w'’-]+ ){0,2}(?:women|girls|detainees)",
        ),
    ),
    _rule(
        S.PEACEFUL_PROTEST,
        (
            # Not a person the word describes: "shot dead a prominent protest organiser".
            r"protest(?:s|ed|er|ers|or|ors|ing)?(?! (?:organi[sz]ers?|figures?|icons?)\b)",
            r"rall(?:y|ies|ied)",
            r"sit-ins?",
            r"demonstrat(?:ion|ions|or|ors|ed|ing)",
            # People marching, not troops or fighters advancing ("troops marched towards the hideout").
            # Not people marched off by captors: "marched them to a remote village".
            rf"{_NOT_AFTER_FORCES}marched(?! (?:them|him|her|the (?:[\w'’-]+ )?{_SEIZED_PERSON}|"
            r"the (?:captives|hostages|prisoners))\b)",
            r"(?:peaceful|silent|protest|candlelight) (?:processions?|marches)",
            r"marching peacefully",
            r"(?:gathered|gathering|assembled|rallying) (?:peacefully|silently)",
            # People out for a cause: "students rallying against a mining law", "growers marching against
            # eradication" (not troops or fighters advancing).
            rf"{_NOT_AFTER_FORCES}(?:rallying|marching) (?:against|for|over|in support of|in solidarity with|"
            r"to demand)\b",
            # People marching on a place, not troops or fighters advancing on it.
            rf"{_NOT_AFTER_FORCES}marching (?:to|toward|towards|on) (?:the )?(?-i:[A-Z])\w+",
            r"(?:the|a|their|protest|peaceful|silent|long|solidarity) (?-i:march(?:es)?)\b",
            # Headlines and running reports: "thousands march", "women demonstrate", "farmers marching".
            # Only a place or a cause after "demonstrate": students "demonstrate their robots" at a fair.
            rf"{_CIVIL_CROWD} {_NOT_ARMED_GAP}(?:(?-i:march)|marching|"
            r"demonstrate(?= (?:in|outside|against|for|at|near|across|on|over|through|before)\b))",
            r"(?:joined|joining|join|took part in|taking part in|participated in) (?:the |a |an )?"
            r"(?:[\w'-]+ ){0,2}(?-i:march(?:es)?)",
            # "held a memorial march", "staged a march", "organised a march through the city".
            r"(?:held|holding|staged|staging|organi[sz]ed|organi[sz]ing|led|leading) (?:a |an |the |their )?"
            r"(?:[\w'-]+ ){0,2}(?-i:march(?:es)?)",
            # The crowd may be named before the clause: "supporters were arrested when they gathered ... to
            # demand elections".
            rf"(?:{_CIVIL_CROWD} {_NOT_ARMED_GAP}|\b(?:they|who) )(?:gathered|gathering|assembled|converged|"
            r"congregated|"
            rf"turned out|poured (?:onto|into) the streets) (?:[\w'-]+ ){{0,8}}?(?:to {_DEMAND_VERBS}|"
            rf"{_DEMAND_PARTICIPLES})",
            r"(?:held|holding|carried|carrying|waved|waving|brandish\w+) (?:[\w'’-]+ ){0,2}(?:placards|"
            r"banners|"
            r"signs|posters) (?:[\w'-]+ ){0,3}(?:demanding|denouncing|condemning|calling for|reading|saying|"
            r"against|with slogans)",
            # Crowd control names a demonstration even in the passive ("were tear-gassed").
            r"(?:tear[- ]?gass|pepper[- ]spray|water[- ]cannon)(?:ed|ing)",
            r"(?-i:[mM]archers)",
            # Capitalised, the plural opens a sentence; the month has none.
            r"(?-i:Marches)",
            r"march(?:es)? (?:towards|to|on|from)",
            r"(?:shutter[- ]down|wheel[- ]jam|hunger|general) strikes?",
            # Headlines: "nurses strike over unpaid wages".
            rf"{_CIVIL_CROWD} (?:[\w'-]+ ){{0,2}}(?-i:strike)"
            r"(?= (?:over|for|against|across|nationwide|to)\b)",
            r"(?:went|go|goes|going|are|were|is|was) on (?:a )?(?:[\w'’-]+ )?strike",
            r"(?:staged|held|observed|called|began) (?:a |an )?(?:[\w'’-]+ )?(?:strike|walkout|shutdown)",
            # A strike under way: "continued their strike", "a sit-down strike by nurses", "a strike by
            # doctors entered its fifth day".
            # Not a military strike launched or intensified: "launched a drone strike", "a strike on a house".
            r"(?:continued|continue|continues|continuing|extended|extends|intensified|launched) "
            r"(?:their |its |the |a |an )?(?!(?:air|drone|missile|rocket|military|retaliatory|precision|"
            r"pre-?emptive|surgical)\b)(?:[\w'’-]+ )?(?:strike|walkout|shutdown)(?! (?:on|against)\b)",
            r"(?:sit-down|indefinite|nationwide|token|work|labou?r) strikes?",
            r"strikes? (?:by|of) (?:[\w'’-]+ ){0,2}(?:workers|teachers|doctors|nurses|drivers|employees|"
            r"staff|lawyers|traders|transporters|miners|students|unions?|farmers)",
            r"walk-?outs?",
            r"(?:candlelight )?vigils?",
            # Candles lit for a cause: "activists lit candles at a monument to denounce the killing".
            rf"(?:lit|lighting|light) (?:[\w'’-]+ ){{0,2}}candles (?:[\w'’-]+ ){{0,10}}?to {_DEMAND_VERBS}",
            r"(?:peaceful|unarmed) (?:[\w'’-]+ )?(?:crowds?|gatherings?)",
            # Crowd control names a demonstration even where the sentence does not.
            r"(?:fired|fires?|used|lobbed|shot) (?:[\w'’-]+ ){0,2}(?:tear ?gas|teargas|water cannons?|"
            r"rubber bullets|"
            r"pepper spray|stun grenades)",
            r"(?:baton|lathi)[- ]charg\w*",
            r"strike call",
            r"dharnas?",
            # A march on foot, the South Asian protest walk.
            r"padyatras?",
            # South Asian English: agitations, gheraos, road and rail blockades. (A bandh or hartal is most
            # often reported as a call for one, not as one held.)
            # "Agitation" is mostly threatened ("an agitation would be launched"); agitators are acting.
            r"agitat(?:ing|ors)",
            r"gherao\w*",
            r"(?:rasta|rail) roko",
            r"chakka jam",
            # Headlines drop the article: "thousands take to streets against tax reform".
            r"(?:took|take|takes|taking|taken) to (?:the )?streets(?! to celebrate)",
            rf"{_CIVIL_CROWD} {_NOT_ARMED_GAP}(?:poured|pouring|flooded|flooding|filled|filling|packed|"
            rf"thronged|thronging) (?:into |onto )?the (?:[\w'’-]+ )?(?:streets|squares?)",
            r"chant(?:ed|ing) slogans",
            r"from (?:marching|rallying)",
            # A crowd told by its grievance acts as demonstrators: "youths angered by the killing of a
            # trader".
            rf"{_CIVIL_CROWD} (?:[\w'’-]+ ){{0,2}}{_ANGER}",
            # Burning a leader's effigy is a protest's symbol, not arson (see _SYMBOLIC).
            r"(?:burn(?:t|ed|ing|s)?|torch(?:ed|ing|es)?|set fire to|set ablaze|set alight|set on fire) "
            r"(?:[\w'’-]+ ){0,2}effig(?:y|ies)",
            r"set (?:an |the |their |his |her |two |three |several |\d+ )?effig(?:y|ies)",
            r"effig(?:y|ies) (?:[\w'’-]+ ){0,5}(?:was|were) (?:[\w'’-]+ )?(?:burnt|burned|torched|"
            r"set (?:on )?fire|set ablaze|consigned to flames)",
            # South Asian English: processions and marches are "taken out".
            r"(?:took|take|takes|taking|taken) out (?:a |an |the |their )?(?:[\w'’-]+ ){0,2}(?:processions?|"
            r"(?-i:march(?:es)?)|rall(?:y|ies)|morchas?)",
            r"(?:formed|forming|form|made|making) (?:a |an )?(?:[\w'’-]+ )?human chains?",
            # A chain of people needs no "human": "women who had formed a chain holding flowers".
            r"(?:formed|forming|form|made|making) (?:a |an )?(?:long )?chains?(?= (?:holding|linking|along|"
            r"across|around|to protest|in protest)\b)",
            # Gathering where it is forbidden: "a crowd gathered with candles ... in defiance of a ban".
            r"(?:gathered|gathering|assembled|rallied|marched|converged) (?:[\w'’-]+ ){0,10}?in defiance of "
            r"(?:a |an |the )?(?:[\w'’-]+ ){0,2}(?:ban|curfew|prohibition)",
            r"(?:tractor|candle|candlelight|torch|bike|motorcycle|foot|peace|silent|mass|protest|opposition|"
            r"student|anti-[\w-]+|pro-[\w-]+) "
            r"(?-i:march(?:es)?)\b",
            rf"{_CIVIL_CROWD} {_NOT_ARMED_GAP}blocking (?:the |a |an )?(?:[\w'’-]+ )?"
            r"(?:road|highway|motorway|street|junction|intersection|bridge|railway line|rail tracks?)s?\b",
            # Not the army's "pickets" on a road: "a security picket", "searched at new pickets" (see
            # _STATE_PICKETS).
            # A bare "the picket" is a post in South Asian copy ("a constable at the picket returned
            # fire"): the noun is a protest only when held, staged or lined up, or outside what it targets.
            r"(?<!security )(?<!police )(?<!army )(?<!military )(?<!border )(?<!FC )(?<!new )(?<!at )"
            r"picket(?:ed|ing)(?! (?:posts?|duty|positions?))",
            r"(?:staged|stage|stages|staging|held|hold|holds|holding|organi[sz]ed|mounted|joined|formed|"
            r"set up|put up) "
            r"(?:a |an |the |their )?(?:[\w'’-]+ ){0,2}pickets?\b(?! (?:posts?|duty|positions?))",
            r"picket lines?",
            r"pickets? (?:outside|in front of) ",
            r"(?:farmers|workers|residents|villagers|drivers|truckers|transporters|traders|students|teachers|"
            r"protesters|demonstrators|activists) (?:[\w'’-]+ ){0,2}blockaded",
            # A crowd broken up by the police was a gathering, though the sentence may not say "protest".
            # Not a crowd that broke up on its own "after a rally".
            r"(?:dispers\w+|broke up|break up|broken up|crack\w* down on) (?:the |a |an )?"
            r"(?:(?!(?:after|before|following|at|when|as|once)\b)[\w'’-]+ ){0,2}"
            r"(?:crowds?|gatherings?|assembl(?:y|ies)|blockades?|sit-ins?|vigils?|(?-i:march(?:es)?)|"
            r"rall(?:y|ies)|processions?)",
            # "tried to hold a Pride march": a march held is a demonstration (lower case: not the month).
            r"(?:hold|held|holding|stage|staged|staging) (?:a |an |the |their )?(?:[\w'’-]+ ){0,2}"
            r"(?-i:march(?:es)?)\b",
            # People dispersed with the means of crowd control: "dispersed students gathered at the square
            # with water cannon".
            rf"dispers(?:ed|ing|es|e) (?:[\w'’-]+ ){{0,2}}{_CIVIL_CROWD} (?:[\w'’-]+ ){{0,6}}?(?:with|using) "
            r"(?:[\w'’-]+ )?(?:water cannons?|tear ?gas|teargas|batons|rubber bullets|pepper spray)",
            # A gathering the law forbids is a demonstration: "arrested people at an unauthorised assembly".
            r"(?:unauthori[sz]ed|illegal|unlawful|unsanctioned|unpermitted) (?:[\w'’-]+ )?"
            r"(?:assembl(?:y|ies)|gatherings?|rall(?:y|ies)|protests?|demonstrations?|(?-i:march(?:es)?))",
            # The cacerolazo, and road blockades staged as a protest.
            # As a protest only: villagers also bang pots to drive off a bear.
            r"bang(?:ed|ing|s)? (?:on )?pots(?: and pans)?"
            r"(?= (?:[\w'’-]+ ){0,4}?(?:in protest|to protest|against|to demand|demanding|over|chanting))",
            r"(?:staged|staging|mounted|mounting|held|holding) (?:a |an )?"
            r"(?!(?:naval|military|maritime|sea|air|economic)\b)(?:[\w'’-]+ )?blockades?",
        ),
    ),
    _rule(
        S.PEACEFUL_PROTEST,
        # A road blocked by a crowd, or to press a demand; not by the police, nor by a landslide. The road
        # may be named: "farmers blocked the Grand Trunk Road near Ambala to demand higher crop prices".
        (
            r"blocked (?:the )?(?:(?-i:[A-Z])[\w'’-]* ){0,3}(?:[\w'’-]+ )?(?:road|highway|motorway|street|"
            r"junction|intersection)s?",
        ),
        needs_context=True,
        context=rf"{_CIVIL_CROWD}|protest\w*|demand\w*|demonstrat\w*|agitat\w*|slogans|dharnas?|sit-ins?|"
        r"against|angry|angered|enraged|mourners",
    ),
    _rule(
        S.VIOLENT_DEMONSTRATION,
        (
            # Party activists who attack the police are rioters, not an armed side: "TLP activists attacked
            # police personnel with sticks and stones".
            # Also after the road they blocked: "supporters of a religious party blocked the Grand Trunk Road
            # near Muridke and attacked police", "beat several policemen with sticks". Not what a speaker
            # says of them.
            r"(?:activists|supporters|party workers|protesters|protestors|demonstrators|marchers) "
            r"(?:(?!(?:said|says|say|told|claimed|alleged|accused|were|was|by)\b)[\w'’-]+ ){0,12}"
            r"(?:(?:attacked|assaulted|pelted|stoned|beat|thrashed|manhandled) "
            r"(?:the |several |some |two |three |four |five |a number of |\d+ )?|"
            # ... or threw things at them: "activists enforcing a hartal hurled brickbats at police".
            r"(?:hurled|threw|lobbed) (?:[\w'’-]+ ){0,2}?(?:stones|rocks|bricks|brickbats|bottles|"
            r"petrol bombs) at (?:the )?)(?:riot )?"
            r"(?:police|policemen|cops)(?: personnel| officers)?",
            # ACLED: demonstrators who fight the police or troops riot; fighting one another, they are a mob.
            r"(?:supporters|workers|students|activists|residents|villagers|youths|farmers|traders|fans|"
            r"mourners|locals|protesters|protestors|demonstrators|rioters) (?:[\w-]+ ){0,4}clash(?:ed|es)? "
            rf"with (?:the )?(?:[\w-]+ )?{_STATE_AGENT}\b",
            # Not the police's name: "anti-riot officers", "riot police".
            r"(?<!anti-)(?<!anti )riot(?:s|ing|ers|ed)?(?! (?:police|gear|squads?|control|shields?|units?|"
            r"forces?|act))",
            r"(?:stone|rock|brick)[- ]?(?:pelt|throw|hurl)\w*",
            # "pelted the police with stones": the target may come before the missiles.
            r"(?:pelt(?:ed|ing)|thr(?:ew|owing|own)|hurl(?:ed|ing)) (?:[\w'’-]+ ){0,4}(?:stones|rocks|"
            r"bricks)",
            r"scuffles?",
            r"scuffled",
            # Crowds fighting the police in the street: "fought running battles with industrial police",
            # "threw fireworks at police", roads blocked with burning tyres.
            rf"(?:fought|fighting|fight) (?:running|pitched|street) battles with (?:the )?(?:[\w-]+ )?"
            rf"{_STATE_AGENT}\b",
            rf"(?:threw|throwing|hurled|hurling) (?:[\w'’-]+ ){{0,2}}(?:fireworks|firecrackers|bottles|"
            rf"petrol bombs|molotov cocktails|projectiles) at (?:the )?(?:riot )?{_STATE_AGENT}\b",
            r"(?:barricaded|blocked|barricading|blocking) (?:[\w'’-]+ ){0,3}(?:roads?|highways?|streets?) "
            r"with (?:[\w'’-]+ ){0,2}burning (?:tyres|tires)",
        ),
    ),
    _rule(
        S.MOB_VIOLENCE,
        (
            r"mobs?",
            # A crowd that harms a person: "a suspected phone thief was set ablaze by a crowd".
            r"(?:beaten|lynched|set ablaze|set on fire|set alight|burn(?:ed|t) alive|stoned|hacked|thrashed) "
            r"(?:[\w'’-]+ ){0,3}by (?:an? |the )?(?:[\w'’-]+ )?crowd",
            r"lynch\w*",
            r"stoned (?:[\w'’-]+ ){0,3}to death",
            # Not "a group of armed men": gunmen are no mob.
            r"(?:group|gang|band) of (?:(?!(?:armed|heavily|masked|gun-wielding|gun-toting)\b)[\w'’-]+ ){0,2}"
            r"(?:men|youths|people|residents|villagers|locals|"
            r"students|"
            r"supporters|activists|(?-i:[A-Z][a-z]+s)) (?:[\w'’-]+ ){0,2}(?:attacked|assaulted|beat|"
            r"thrashed|lynched|"
            r"stoned)",
            # Not across "and": in "insurgents beheaded four villagers and burned their bodies" the villagers
            # are the victims of the clause before.
            # A crowd carrying clubs or blades is a mob whatever it does next.
            r"(?:crowds?|mobs?|villagers|residents|locals|youths) armed with (?:[\w-]+ )?"
            r"(?:sticks|machetes|clubs|stones|rods|knives|axes|pangas|bats)",
            # Bands of men only with what no armed group carries: "a group of men armed with axes and
            # knives" may be guerrillas, "groups of men armed with sticks" hunting migrants are a mob.
            r"(?:groups?|gangs?|bands?) of (?:[\w-]+ )?(?:men|youths|people|residents|villagers) armed with "
            r"(?:[\w-]+ )?(?:sticks|clubs|stones|rods|bats|iron bars)\b",
            # "A crowd armed with sticks and machetes attacked ...": what it carried, then the deed. Not a
            # source or a passive: "villagers said they were attacked by gunmen".
            r"(?:crowds?|mobs?|villagers|residents|locals) (?:armed with (?:[\w-]+ ){1,2}(?:and |or )"
            r"(?:[\w-]+ ){0,1})?(?:(?!and\b|said\b|told\b|say\b|was\b|were\b|been\b)[\w-]+ ){0,3}"
            r"(?:beat|stoned|lynched|thrashed|set upon|assaulted|torched|burned|burnt|attacked|stormed|"
            r"ransacked|vandali[sz]ed)",
            # A crowd named by where it lives: "residents of a village near Potosi, Bolivia, set upon two
            # suspected thieves".
            r"(?<!according to )(?:crowds?|mobs?|villagers|residents|locals|youths) of "
            r"(?:(?!and\b|said\b|told\b|say\b|was\b|were\b|been\b|by\b)[\w'’-]+,? ){1,6}"
            r"(?:set upon|lynched|stoned|thrashed|beat (?:[\w'’-]+ ){0,3}to death)",
            # Partisans fighting partisans: "supporters of rival parties attacked each other with machetes",
            # "traded blows and hurled chairs at each other", "youths from two communities attacked each
            # other".
            r"(?:supporters|activists|workers|members|youths|followers|cadres|villagers|residents|men) "
            r"(?:of|from) (?:the )?(?:rival|opposing|two|different) (?:[\w'’-]+ ){0,3}?"
            r"(?:(?:attacked|fought|clashed with|beat|stoned|assaulted) (?:each other|one another)|"
            r"traded blows|came to blows)",
            # A crowd's blows and fire told in other words: "villagers ... rained blows on him", "locals
            # chased and assaulted three fishermen", "residents doused a suspected robber with petrol and set
            # him alight".
            r"(?<!according to )(?:crowds?|mobs?|villagers|residents|locals|youths) "
            r"(?:(?!and\b|said\b|told\b|say\b|was\b|were\b|had been\b|by\b)[\w'’,-]+ ){0,8}"
            r"(?:rained blows|showered blows|pummell?ed|punched and kicked|kicked and punched|roughed up|"
            r"chased and (?:assaulted|beat|attacked|thrashed)|assaulted|"
            r"doused (?:[\w'’-]+ ){1,4}with (?:petrol|kerosene|fuel|gasoline) and set)\b",
            # A crowd on the rampage: "hundreds of men rampaged through a Christian neighbourhood".
            r"(?:crowds?|mobs?|(?:hundreds|thousands|scores|dozens) of (?:men|youths|people)|rioters) "
            r"(?:[\w'’-]+ ){0,3}?(?:rampaged|went on (?:a|the) rampage|ran amok)",
            # Communal fighting: "stone pelting broke out between two communities".
            r"(?:stone[- ]pelting|violence|riots?|rioting) (?:[\w'’-]+ ){0,2}between "
            r"(?:two |rival |the |members of )?(?:[\w'’-]+ )?(?:communities|sects|castes|clans|tribes)",
            # A crowd that kills by its own hands: "a crowd in the estate beat to death two young men".
            # Not a source ("according to villagers he was beaten to death by the ultras") or a passive.
            r"(?<!according to )(?:crowds?|mobs?|villagers|residents|locals) "
            # Where they live may come between: "residents in the Tafawa Balewa area of Bauchi beat".
            r"(?:(?!and\b|said\b|told\b|say\b|was\b|were\b|had been\b|by\b)[\w'’-]+ ){0,8}"
            r"(?:beat|beaten|stoned|lynched|tortured|hacked|burned|burnt) (?:[\w'’-]+ ){0,3}"
            r"(?:to death|and killed)",
            # A crowd that sets a person on fire: "a crowd at a market set a young man ablaze".
            r"(?<!according to )(?:crowds?|mobs?|villagers|residents|locals|youths) "
            r"(?:(?!and\b|said\b|told\b|say\b|was\b|were\b|had been\b|by\b)[\w'’,-]+ ){0,8}"
            r"set (?:(?:a|an|the|two|three|\d+) )?(?:[\w'’-]+ )?(?:man|men|woman|women|boys?|youths?|"
            r"persons?|suspects?|thie(?:f|ves)) (?:on fire|ablaze|alight)\b",
            # "tortured and killed a woman accused of sorcery", "beat two men suspected of stealing".
            r"(?:beat|beaten|lynched|burned|burnt|tortured|stoned|hacked|set ablaze|set on fire) "
            r"(?:(?:to death|and killed) )?(?:[\w'’-]+ ){0,4}(?:accused|suspected|after accusing \w+) of "
            r"(?:[\w'’-]+ )?(?:sorcery|witchcraft|blasphemy|stealing|theft|kidnapping|child[- ]lifting|"
            r"rustling|robbery)",
            # Suspects a crowd punishes on the spot: "residents set ablaze two suspected thieves".
            r"(?:set ablaze|set on fire|set alight|torched|burnt|burned|beat|beaten|stoned|hacked|lynched) "
            r"(?:[\w'’-]+ ){0,3}(?:suspected|alleged) (?:[\w-]+ )?(?:thie(?:f|ves)|robbers?|kidnappers?|"
            r"criminals?|witch(?:es)?|blasphemers?|rustlers|pickpockets?|burglars?)(?: to death)?",
            # Vigilantes, except when quoted as a source of the news ("according to vigilantes").
            r"(?<!according to )(?<!according to the )(?<!according to local )vigilantes?"
            r"(?! (?:said|say|says|told|reported))",
            r"clash(?:es)? (?:[\w'’-]+ ){0,3}between (?:[\w'’-]+ ){0,3}(?:activists|supporters|workers|"
            r"members|"
            r"students|"
            r"villagers|groups|factions|tribes|clans|communities) of (?:rival|two|opposing|different)",
            r"clash(?:es|ed)? with (?:[\w'’-]+ ){0,3}(?:supporters|workers|activists) of",
            r"(?:villagers|rival groups|supporters|workers|students|tribesmen|activists|residents|youths|"
            r"members|factions|communities|families|clans|tribes) (?:[\w-]+ ){0,4}clashed"
            # With the police or troops it is a riot against the state (a violent demonstration, below).
            rf"(?! with (?:the )?(?:[\w-]+ )?{_STATE_AGENT}\b)",
            r"(?:supporters|workers|students|villagers|residents|youths|tribesmen|activists|members|"
            r"communities|clans|neighbou?rs) (?:[\w-]+ ){0,4}"
            r"(?:fought|brawled) (?:[\w'’-]+ ){0,3}with (?:sticks|stones|clubs|machetes|knives|axes|rods|"
            r"bats)",
        ),
    ),
    _rule(
        S.LOOTING_PROPERTY_DESTRUCTION,
        (
            # Orchards and monuments wrecked: "settlers uprooted about two hundred olive trees", "a statue of
            # an independence hero was toppled and spray-painted".
            r"(?:uprooted|chopped down|cut down|felled|torched|burn(?:ed|t)|destroyed|vandali[sz]ed) "
            r"(?:[\w'’-]+ ){0,4}?(?:olive|fruit|date|apple|orange|almond|walnut) (?:trees|groves?|orchards?|"
            r"saplings)",
            r"(?:statues?|monuments?|memorials?|busts?) (?:[\w'’.-]+ ){0,8}?(?:was|were) "
            r"(?:toppled|vandali[sz]ed|defaced|desecrated|smashed|spray-painted|beheaded|pulled down|"
            r"torn down)",
            r"torched",
            rf"(?<!to )torch(?:es)? (?:a |an |the |\d+ )?(?:[\w'’-]+ ){{0,2}}(?:{_PROPERTY})",
            rf"set(?:s|ting)? {_NO_PERSON_SET}(?:[\w'’-]+ ){{0,4}}(?:on )?fire",
            r"set(?:s|ting)? (?!(?:[\w'’-]+ ){0,3}?(?:effig|flags?\b|posters?\b|portraits?\b|pictures?\b|"
            r"photos?\b|banners?\b|placards?\b|cop(?:y|ies) of\b))(?:[\w'’-]+ ){5,8}?on fire",
            # Armed men burning a thing: "militants burned a security post and two vehicles".
            # Troops too: "junta troops burned more than 200 houses in a village".
            rf"(?:{_MILITANTS}|troops|soldiers|militiam[ae]n|militias?) (?:[\w'’-]+ ){{0,2}}"
            r"(?:burned|burnt|razed) "
            r"(?:a |an |the |\d+ |two |three |several |(?:more than|over|about|some|nearly|at least) \d+ )?"
            rf"(?:[\w'’-]+ ){{0,2}}(?:{_PROPERTY}|posts?|checkpoints?|camps?)\b",
            # Burnt by armed men, whatever the thing: "were burned by Maoists".
            rf"(?:burned|burnt|torched|set on fire|set ablaze) by (?:suspected |armed )?(?:{_MILITANTS}|"
            r"members of|militiam[ae]n)",
            rf"set(?:s|ting)? {_NO_PERSON_SET}(?:[\w'’-]+ ){{0,4}}(?:ablaze|alight)",
            r"setting fire",
            rf"(?:{_PROPERTY}) (?:[\w'’-]+ ){{0,2}}(?:were|was|have been|had been|"
            rf"has been) (?:[\w'’-]+ )?(?:burned|burnt|"
            r"torched|set on fire|set ablaze|set alight|vandali[sz]ed|looted|ransacked|razed|"
            r"pillaged|plundered|"
            r"destroyed|demolished)",
            rf"sabotag\w* (?:[\w-]+ ){{0,4}}(?:{_INSTALLATION})",
            # Crude let out of a line: "opened a valve on the Cano Limon-Covenas oil pipeline".
            r"open(?:ed|ing) (?:a |the |its )?(?:[\w'’-]+ )?valves? (?:on|of) (?:the |a )?(?:[\w'’-]+ ){0,3}"
            r"pipelines?",
            rf"(?:{_INSTALLATION}) (?:[\w'’-]+ ){{0,3}}(?:were|was|had been|"
            rf"has been) (?:[\w'’-]+ )?sabotaged",
            r"ransacked",
            r"vandali[sz]\w*",
            r"(?:unknown|unidentified) (?:persons|people|men|assailants|attackers|"
            r"miscreants) (?:[\w'’-]+ ){0,3}"
            r"(?:destroyed|damaged|defaced|demolished|smashed|desecrated)",
            r"vandals",
            r"loot(?:ed|ing|ers)",
            rf"(?<!to )loots? (?:the |a |an |\d+ )?(?:[\w'’-]+ ){{0,2}}(?:{_PROPERTY}|markets?|towns?|"
            r"villages?)",
            r"plunder(?:ed|ing)?",
            r"pillag\w+",
            r"arson(?:ists?)?",
            r"torching",
            r"set alight",
            rf"(?:destruction|burning|torching|looting|ransacking|demolition|razing|bulldozing) of "
            rf"(?:the |a |an )?(?:[\w'’-]+ ){{0,3}}"
            rf"(?:{_PROPERTY})",
            r"burnt down",
            r"burned down",
            rf"(?:burn(?:ed|t|ing)|(?<!to )burns?) (?:down )?(?:the |a |an |their |his |her |several |\d+ )?"
            rf"(?:[\w'’-]+ ){{0,2}}"
            rf"(?:{_PROPERTY})",
            # Destroyed by hand: a bomb's or a shell's damage is left to the weapon (see _resolve_sentence).
            r"(?:destroy(?:ed|ing)|wreck(?:ed|ing)|(?<!to )(?:destroys?|wrecks?)) "
            r"(?:the |a |an |their |his |her |several |dozens of |\d+ )?"
            rf"(?:(?!of )[\w'-]+ ){{0,2}}(?:{_PROPERTY})",
            r"bulldoz\w+",
            # The property attacked before: "attacked a phone mast and destroyed it"; "burning it down" (not
            # a bomb "found and destroyed").
            r"(?:attacked|stormed|raided|targeted|overran|broke into) (?:[\w'’-]+,? ){1,10}?"
            r"(?:and (?:then )?)?"
            r"(?:destroy(?:ed|ing)|wreck(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|raz(?:ed|ing)|"
            r"demolish(?:ed|ing)) (?:it|them)(?! alive)(?: down| to the ground)?",
            r"(?:seized|confiscated|expropriated|stole|stolen) (?:[\w'’-]+ ){0,3}(?:land|livestock|"
            r"cattle|goods|crops|farmland|farms|homes|houses)",
            # Goods carried off from a place: "medicine was stripped from the health centre by soldiers".
            r"(?:(?<=was )|(?<=were )|(?<=been ))(?:stripped|carted off|carried off|taken) from "
            r"(?:the |a |an )"
            r"(?:[\w'’-]+ ){0,2}(?:health (?:centre|center|post)|hospital|clinic|warehouse|school|offices?|"
            r"stores?|shops?|homes?|houses?|depots?)",
            r"(?:made off with|drove (?:off|away) with|carted off|carted away|carried off|carried away|stole|"
            r"stolen|rustled) "
            r"(?:[\w'’-]+ ){0,3}(?:cattle|cows|goats|sheep|camels|livestock|goods|foodstuffs?|"
            r"property|valuables|food|supplies|medicines?|aid|grain|motorcycles|vehicles|trucks|lorries|tankers)",
            # Trees and harvests cut down or uprooted: "settlers uprooted olive trees".
            r"(?:uproot(?:ed|ing)|chopped down|cut down|felled) (?:[\w'’-]+ ){0,3}(?:trees|saplings|"
            r"orchards|groves|vines|plantations?)",
            r"(?<=were |been )(?:uprooted|chopped down|cut down|felled) by",
            r"razed",
            r"demolished",
            r"(?:desecrat\w+|defac(?:ed|ing)) (?:[\w'’-]+ ){0,3}(?:graves?|tombs?|cemeter(?:y|ies)|mosques?|"
            r"churche?s?|temples?|shrines?|statues?|monuments?|memorials?|walls?|portraits?)",
        ),
        anchor=(
            r"torch|set|fire|ablaze|burn|sabotag|ransack|vandal|loot|plunder|raz|demolish|destroy|damag|"
            r"defac|smash|desecrat|pillag|arson|gutted|destruction|made off|drove|carted|carried off|stole|"
            r"demoli|"
            r"razing|bulldoz|uproot|chopped|cut down|felled|rustled|seiz|confiscat|expropriat|strip|taken|"
            r"toppl|spray-paint|valve"
        ),
    ),
    _rule(
        S.LOOTING_PROPERTY_DESTRUCTION,
        (
            # An incendiary thrown is arson, not a bombing (GTD and ACLED file petrol bombs apart from
            # explosives); the sentence's target decides whether another sub-type outranks it.
            rf"(?:threw|thrown|hurled|lobbed|hurling|throwing|tossed|hurls?|throws?|lobs?|"
            rf"launched) (?:[\w'’-]+ ){{0,3}}{_INCENDIARY}",
            rf"{_INCENDIARY} (?:was|were|had been|have been) (?:[\w'’-]+ )?(?:thrown|hurled|lobbed|tossed)",
            # Where they were left may come between: "incendiary devices left in a furniture store ignited".
            rf"{_INCENDIARY} (?:[\w'’-]+ ){{0,6}}?(?:detonated|exploded|went off|ignited)",
            # "Incendiary devices planted by the PIRA caused fires in three shops".
            rf"{_INCENDIARY} (?:[\w'’()-]+ ){{0,8}}?(?:caused|started|sparked|set off) (?:[\w'’-]+ ){{0,2}}"
            r"(?:fires?|blazes?)",
            r"fire-?bomb(?:ed|ing)",
            r"acts? of sabotage",
        ),
    ),
    _rule(
        S.LOOTING_PROPERTY_DESTRUCTION,
        (
            # Armed groups wrecking things without a weapon that names another sub-type.
            rf"(?:{_MILITANTS}|saboteurs) (?:[\w'’-]+ ){{0,4}}(?:damaged|destroyed|wrecked|burnt|burned|"
            rf"sabotaged|uprooted|dug up|tore up|ripped up|dismantled|tampered with|"
            # Brought down by hand: "Maoists cut down two transmission towers with gas cutters".
            rf"cut down|felled|toppled|brought down|pulled down|sawed? (?:off|down|through)|"
            # Sabotage by hand: "removed bolts from a transmission tower", "removed fishplates from a track",
            # "unfastened the rail clamps on a stretch of track".
            # Two verbs may share the bolts: "loosened and cut the support bolts of two electricity pylons".
            rf"(?:removed|unfastened|loosened|unbolted|unscrewed)(?: and (?:cut|removed|sawed|sawn))? "
            rf"(?:the )?(?:[\w-]+ )?(?:bolts|fishplates|"
            rf"fish plates|nuts|sleepers|rails|clips|pins|clamps)(?: and (?:[\w-]+ )?(?:bolts|fishplates|"
            rf"fish plates|nuts|sleepers|rails|clips|pins|clamps))? "
            rf"(?:from|of|on)) "
            rf"(?:[\w-]+ ){{0,4}}(?:{_PROPERTY}|{_INSTALLATION})",
        ),
    ),
    _rule(
        S.AGREEMENT,
        (
            r"cease-?fires?",
            r"truce",
            r"peace (?:talks|deal|agreement|accord|process|negotiations|pact|jirga)",
            r"(?:sign(?:ed|ing|s)?|reach(?:ed|ing|es)?|ink(?:ed|ing|s)?|struck|clinch(?:ed|ing|es)?) "
            r"(?:an |a |the )?"
            # "signed a declaration of principles", "a protocol": a deal's first text is one too.
            r"(?:[\w-]+ ){0,3}(?:agreements?|accords?|deals?|pacts?|treaty|memorandum of understanding|"
            r"declarations? of principles|protocols?)",
            r"(?:agreements?|accords?|deals?|pacts?|treaty) (?:was |were |has been |"
            r"had been )?(?:signed|reached)",
            r"signing of (?:an |a |the )?(?:[\w-]+ ){0,3}(?:agreements?|accords?|deals?|pacts?|treaty)",
            r"peace (?:treaty|settlement|plan|roadmap)",
            r"armistice",
            r"(?:power-sharing|reconciliation) (?:deal|agreement|accord|pact)s?",
            r"negotiat(?:ed|ions?) (?:[\w'’-]+ ){0,3}(?:release|cease-?fire|truce|settlement|deal|peace|"
            r"withdrawal)",
            r"prisoner (?:swap|exchange)",
            r"in exchange for (?:[\w'’-]+ ){0,3}(?:prisoners|detainees|hostages|captives)",
            r"humanitarian (?:pause|truce|corridor)s?",
            r"cessation of hostilities",
            # "exchanged prisoners", "swapped 50 detainees", "exchanging the bodies of fighters".
            # Not "exchanged lists of prisoners": the people themselves change hands.
            r"(?:exchang(?:e|ed|ing)|swap(?:s|ped|ping)?) (?:(?!lists? |names |details )[\w'’-]+ ){0,3}"
            r"(?:prisoners|detainees|captives|"
            r"POWs|"
            r"hostages|bodies)",
            r"agree(?:d|s)? (?:to|on|upon) (?:a |an |the )?(?:[\w'’-]+ ){0,3}(?:cease-?fire|truce|deal|"
            r"agreement|"
            r"accord|"
            r"peace|prisoners?)",
            # ACLED's Agreement covers how deals are made, kept and left, prisoner releases and surrenders.
            r"(?:deals?|agreements?|accords?|pacts?|truce|treaty|settlement) "
            r"(?:was |were |has been |had been )?(?:brokered|struck|clinched|sealed|inked|concluded|"
            r"finali[sz]ed)",
            r"(?:brokered|mediated|concluded|sealed|finali[sz]ed) (?:an |a |the )?(?:[\w-]+ ){0,3}"
            r"(?:agreements?|accords?|deals?|pacts?|truce|treaty)",
            r"(?:reach(?:ed|ing)?|came to|come to) (?:an |a )?(?:[\w'’-]+ )?(?:understanding|agreement)",
            r"(?:withdr[ae]w\w*|pull(?:ed|ing|s)? out|exit(?:ed|ing)?|suspend(?:ed|ing)|scrapp(?:ed|ing)|"
            r"abandon(?:ed|ing)|terminat(?:ed|ing)|tore up|renounc(?:ed|ing)) (?:of |from )?"
            r"(?:an |a |the |its |their )?(?:[\w-]+ ){0,3}(?:agreements?|accords?|deals?|pacts?|treaty)",
            r"(?:released|freed) (?:[\w'’-]+ ){0,3}(?:prisoners|detainees|POWs|prisoners of war)",
            r"prisoner releases?",
            r"agreed to (?:release|free|withdraw|lay down|hand over|exchange|swap|end (?:the )?(?:fighting|"
            r"hostilities|war|conflict|insurgency))",
            r"(?:talks|negotiations) (?:between|with) (?:the )?(?:[\w'-]+ ){0,3}(?:rebels?|militants|"
            r"insurgents|Taliban|militias?|armed groups?|armed opposition|separatists|guerrillas)",
            # Surrenders that happened, not "asked to surrender" or a "surrender policy".
            r"surrendered",
            r"(?<!to )surrender(?:s|ing)? (?:before|to) (?:the )?(?:[\w'’-]+ )?(?:police|army|"
            r"security forces|"
            r"authorities|government|troops|forces)",
            r"laid down (?:their )?arms",
            r"(?:handed|turned) (?:over|in) (?:their|his|her) (?:weapons|arms|guns|rifles)",
        ),
    ),
    _rule(
        S.ARRESTS,
        (
            # "An arrested leader of the group confessed": a man arrested before, an adjective.
            r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bits )arrested",
            r"arrests",
            # "Youths backing a detained opposition leader": a man detained before, an adjective.
            r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bits )detained",
            r"detains",
            r"apprehended",
            r"nabbed",
            r"rounded up",
            r"held (?:[\w'’-]+ ){0,2}(?:suspects?|militants?|men|persons|people)",
            r"arresting",
            r"detaining",
            r"(?:mass |the |an? )?(?:arrests?|detentions?) of",
            # Raids carried out "to detain" someone happened; "directed the police to arrest" did not.
            r"(?:raids?|operations?|drives?|crackdowns?) to (?:arrest|detain|apprehend|round up)",
            r"mass (?:arrests|detentions)",
            # Headlines: "police arrest opposition leader", "army detains two journalists".
            rf"{_STATE_AGENT} (?:arrest|detain|nab|apprehend)\b(?! warrants?| orders?| powers?)",
            # The state "took" or "seized" people in raids: detention, as against gunmen who take hostages.
            rf"{_STATE_AGENT} (?:have |had |has )?(?:taken|took|seized|picked up) "
            r"(?:(?!hostage|captive)[\w'’-]+ ){1,4}in (?:a |an |the )?(?:series of |wave of |string of )?"
            r"(?:[\w'’-]+ ){0,2}?(?:raids?|sweeps?|crackdowns?|search operations?)",
            rf"{_STATE_AGENT} (?:are |were |is |was )?holding (?:[\w'’-]+ ){{0,3}}(?:suspects?|men|persons|"
            r"people|women|youths|activists)",
            # Not across a protest word: "took dozens of protesting teachers into custody" stays an
            # intervention.
            r"(?:taken|took) (?:(?!protest|demonstrat)[\w'’-]+ ){0,5}into (?:custody|detention)",
            # A prison sentence ("jailed for five years") is a court's verdict, not an arrest.
            # "the jailed leader", "release of jailed activists": people arrested before, an adjective.
            r"(?<!the )(?<!a )(?<!of )(?<!their )(?<!his )(?<!her )(?<!its )jailed(?! (?:[\w'’-]+ ){0,3}for)",
            r"(?<!the )(?<!a )(?<!of )(?<!their )(?<!his )(?<!her )(?<!its )imprisoned"
            r"(?! (?:[\w'’-]+ ){0,3}for)",
            r"remanded (?:[\w'’-]+ )?(?:in|into|to) (?:[\w'’-]+ )?custody",
            r"put behind bars",
            r"(?:under|house) arrest",
            r"(?:remain|remains|remained|are|were|was|is|being|been|kept|held) in "
            r"(?:police |judicial |military |army )?custody",
            r"(?:soldiers|police|policemen|troops|forces|agents|officers) (?:[\w'’-]+ ){0,2}"
            r"(?:took|taken|carried) away (?:[\w'’-]+ ){0,3}"
            r"(?:men|people|persons|youths|students|activists|suspects|residents|villagers)",
            # "Sudan's intelligence service picked up two activists": a state service detains.
            r"(?:police|policemen|agents|officers|forces|troops|soldiers|authorities|operatives|services?) "
            r"(?:[\w'’-]+ ){0,2}picked up",
        ),
    ),
    _rule(
        S.DISRUPTED_WEAPONS_USE,
        (
            r"defus(?:ed|ing)",
            r"(?:safely|deliberately) (?:detonated|exploded|destroyed|disposed of)",
            r"controlled (?:explosion|detonation|blast)",
            r"(?:shot|shoot(?:s|ing)?) down (?:[\w'’-]+ ){0,3}(?:drones?|missiles?|rockets?|UAVs?|"
            r"projectiles?)",
            r"(?:missiles?|rockets?|drones?|UAVs?|projectiles?) (?:[\w-]+ ){0,8}?"
            r"(?:was|were|had been|have been) (?:[\w'’-]+ )?(?:intercepted|shot down|downed)",
            r"intercept\w* (?:[\w'’-]+ ){0,5}(?:drones?|missiles?|rockets?|UAVs?|projectiles?)",
            r"air defen[cs]es? (?:[\w'’-]+ ){0,6}(?:intercepted|downed|shot down|destroyed)",
            # The plot or attack that was stopped is part of the trigger (and tried before the bare verb):
            # "foiled a plot" reports a disruption, though "plot" alone would read as intent.
            # Headlines in the present: "security forces foil suicide attack".
            # Not a resolve "to thwart attempts at sabotaging peace".
            r"(?<!\bto )(?:foil(?:ed|ing|s)?|thwart(?:ed|ing|s)?|avert(?:ed|ing|s)?|prevent(?:ed|ing)|"
            r"disrupt(?:ed|ing)|"
            r"frustrat(?:ed|ing)|scuttled) (?:an? |the |their |its |two |several |\d+ )?(?:[\w-]+ ){0,3}"
            r"(?:plots?|plans?|attempts?|attacks?|bombings?|conspirac(?:y|ies)|assaults?|blasts?)",
            r"foiled",
            r"thwarted",
            r"averted",
            r"(?:plots?|plans?|attempts?|attacks?|bombings?|conspirac(?:y|ies)|blasts?) (?:[\w-]+ ){0,6}?"
            r"(?:was|were|has been|have been|had been) (?:[\w'’-]+ )?(?:foiled|thwarted|averted|prevented|"
            r"disrupted|frustrated)",
            r"diffused",
            r"unexploded",
            # A bomb that did not go off, or was stopped before it could, was disrupted (ACLED).
            r"(?:failed to|did not|didn't) (?:explode|detonate|go off)",
            r"before (?:it|he|she|they|the \w+) could (?:explode|detonate|go off|be detonated|blow|reach|"
            r"strike|carry out|attack|launch|plant|use)",
            r"(?:recovered|seized|found|confiscated|unearthed|discovered|uncovered|impounded|retrieved|"
            r"detected|interdicted|dug up|"
            # Headlines: "police seize arms haul", "troops find explosives".
            r"(?<!to )(?:recovers?|seizes?|finds?|confiscates?|unearths?|discovers?|uncovers?|impounds?|"
            r"intercepts?)|"
            # Counts hold commas: "confiscated 3,000 rounds of ammunition".
            r"intercepted) (?:[\w,-]+ ){0,7}(?:explosives?|IEDs?|bombs?|grenades?|suicide (?:vests?|"
            r"jackets?|belts?)|weapons|arms|ammunitions?|detonators|rockets?|mortars?|landmines?|firearms|guns|"
            r"rifles|missiles|pistols|revolvers|carbines|shotguns|cartridges|magazines|RDX|TNT|gelatin\w*)",
            # The hedge is part of the trigger: "a suspected explosive device was found" was found, whatever
            # it turns out to be.
            r"(?:(?:possible|potential|suspected|suspicious|would-be) )?"
            r"(?:explosives?|IEDs?|bombs?|suicide (?:vests?|jackets?|belts?)|weapons|arms|ammunitions?|"
            r"detonators|"
            r"firearms|guns|rifles|pistols|revolvers|carbines|shotguns|cartridges|(?:land)?mines?|rockets?|"
            r"mortars?|mortar shells|missiles?|grenades?|(?:explosive )?devices?|stash|cache|packages?|"
            r"parcels?) (?:[\w-]+ ){0,8}?(?:were |was |had been |have been )?(?:recovered|seized|found|"
            r"confiscated|defused|unearthed|removed|detected|disabled|interdicted|lifted|"
            r"intercepted|discovered|cleared|uncovered|impounded|retrieved|disarmed|neutrali[sz]ed|"
            r"deactivated|dismantled|made safe|rendered (?:safe|harmless|inoperable|inert))",
            r"(?:arms|weapons|explosives?) (?:cache|depot|dump|stash|haul)s?",
            r"down(?:ed|ing) (?:[\w'’-]+ ){0,3}(?:drones?|missiles?|rockets?|UAVs?|projectiles?)",
            r"(?:destroy(?:ed|ing)|neutrali[sz](?:ed|ing)|disabl(?:ed|ing)) "
            r"(?:the |a |an |two |three |several |\d+ )?(?:[\w-]+ )?"
            r"(?:IEDs?|landmines?|mines|explosive devices?|drones?|UAVs?)",
            r"(?:dismantl|deactivat|remov|clear(?=ed|ing))\w* (?:[\w-]+ ){0,4}(?:explosives?|IEDs?|bombs?|"
            r"devices?|"
            r"mines?|landmines?)",
            # A boat, drone or car bomb stopped before it reached its target (ACLED: disrupted weapons use).
            r"(?:destroy(?:ed|ing)|intercept(?:ed|ing)|down(?:ed|ing)|shot down|disabl(?:ed|ing)|"
            r"neutrali[sz](?:ed|ing)) (?:the |a |an |two |three |several |\d+ )?(?:[\w'’-]+ )?"
            r"(?:explosives?|bomb|booby)[- ](?:laden|packed|rigged|filled|trapped) (?:boats?|drones?|"
            r"vehicles?|cars?|trucks?|vessels?|skiffs?)",
            r"(?:explosives?|bomb|booby)[- ](?:laden|packed|rigged|filled|trapped) (?:boats?|drones?|"
            r"vehicles?|cars?|trucks?|vessels?|skiffs?) (?:[\w'’-]+ ){0,6}?(?:was|were|had been|have been) "
            r"(?:[\w'’-]+ )?(?:destroyed|intercepted|downed|shot down|disabled|neutrali[sz]ed)",
            # "the recovery of weapons shown in the case" points back to a recovery told before.
            r"(?<!the )(?:seizure|recovery|discovery|haul) of (?:[\w-]+ ){0,4}(?:explosives?|IEDs?|"
            r"bombs?|grenades?|"
            r"weapons|arms|ammunitions?|detonators|rockets?|mortars?|landmines?|firearms|guns|"
            r"rifles|missiles)",
            r"(?:seizing|recovering|confiscating|unearthing|"
            r"discovering) (?:[\w-]+ ){0,5}(?:explosives?|IEDs?|"
            r"bombs?|grenades?|weapons|arms|ammunitions?|detonators|rockets?|landmines?|firearms|"
            r"guns|rifles)",
            r"unexploded (?:ordnance|shells?|bombs?|devices?|munitions?)",
            r"(?:de-?mining|mine clearance|bomb disposal (?:squad|unit|"
            r"team)s? (?:[\w'’-]+ ){0,3}(?:defused|disposed|"
            r"destroyed|detonated))",
        ),
    ),
    _rule(
        S.CHANGE_TO_GROUP_ACTIVITY,
        (
            r"(?:has|have|had|was|were|been|formally|officially|ministry|government|it|"
            r"they) (?:[\w'’-]+ )?(?:banned|proscribed|outlawed|blacklisted)",
            r"(?:banned|proscribed|outlawed|blacklisted) (?:the|a|an|its|their|\d+|two|three|four|five|six|"
            r"several)",
            r"merg(?:e|ed|er|ing)",
            r"split (?:from|away)",
            # A group that splits, not "a splinter group of the TTP" describing a claimant.
            r"splinter(?:ed|s|ing)? (?:from|away|off)",
            r"(?:formed|forming|formation of|announced|launched|created) "
            r"(?:a |an |the |its |their )?(?:new )?(?:splinter|breakaway)",
            r"broke away",
            rf"new (?:deputy |acting )?(?:chief|leader|head|emir|ameer|commander){_NOT_CIVIL_OFFICE}",
            r"appointment of (?:a |an |its |their )?(?:new )?(?:deputy |acting )?(?:chief|leader|emir|ameer|"
            rf"head|commander){_NOT_CIVIL_OFFICE}",
            r"(?:named|names|appointed|appoints|elected|elects|chose|chosen|installed) (?:as )?"
            r"(?:its |their |"
            r"a )?(?:new )?(?:[\w'’-]+ )?(?:chief|leader|"
            rf"emir|ameer|head|commander){_NOT_CIVIL_OFFICE}",
            r"announced (?:the |its )?(?:formation|dissolution)",
            r"(?:ordered|decreed) (?:the |its )?(?:dissolution|disbandment|disbanding) of",
            # A truce one side declares alone changes its activity; an agreed one is an agreement.
            r"(?:announced|declared|proclaimed) (?:a |an |its )?(?:[\w'’-]+ ){0,3}unilateral "
            r"(?:cease-?fire|truce)",
            r"(?<!a )(?<!the )splintered(?= (?:after|when|as|over|into)\b)",
            r"(?:announced|declared|sealed) (?:an |a |their |its )?(?:new )?(?:military )?"
            r"(?:alliance|merger)",
            # An offensive announced is a change of activity; one launched is told by its fighting.
            r"announced (?:the (?:start|launch) of )?(?:the |a |an |its |their )?(?:[\w'’-]+ ){0,2}offensive",
            # ACLED: a group halting or resuming its campaign changes its activity.
            r"(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|resum(?:ed|es|ing|e)) (?:all |its |their )?"
            r"(?:(?:military|armed|offensive) ){0,2}(?:operations|attacks|activities|offensive)",
            r"disbanded",
            # A truce ended is the group's return to fighting: "announced it was ending its ceasefire".
            r"(?:end(?:ed|s|ing)?|call(?:ed|s|ing)? off|scrap(?:ped|s|ping)?|abandon(?:ed|s|ing)?|"
            r"revok(?:ed|es|ing)|withdr(?:ew|awn|aws|awing) from|pull(?:ed|s|ing)? out of|quit|"
            r"walk(?:ed|s|ing)? (?:away from|out of)) (?:its |their |the |a )?(?:[\w'’-]+ ){0,2}?"
            r"(?:cease-?fire|truce)",
            # A faction leaving its alliance: "announced it was breaking away from the main coalition".
            r"(?:break(?:s|ing)?|broke(?:n)?) (?:away|ranks) (?:from|with)",
            r"(?:re)?join(?:ed|ing|s)? (?:forces with|the ranks of)",
            r"rejoin\w*",
            # Not the charge a court or the police name: "sentenced ... for joining the Islamic State".
            r"(?<!for )(?<!of )(?:joined|joining) (?:the )?(?:Islamic State|ISIS|ISIL|al-Qaeda|al-Shabaa?b|"
            r"Taliban|insurgency|rebellion|militants|rebels|jihadists)",
            r"reunit\w*",
            r"defected",
        ),
        specific=False,
    ),
    _rule(
        S.CHANGE_TO_GROUP_ACTIVITY,
        # Curfews the authorities impose (ACLED: a change to the activity of the state's forces).
        (
            r"(?:imposed|imposes|imposing|declared|declares|clamped|announced|enforced|slapped) "
            r"(?:an? |the )?(?:[\w'’-]+ ){0,8}?curfews?",
            r"curfews? (?:was|were|has been|have been|had been) (?:[\w'’-]+ )?(?:imposed|declared|clamped|"
            r"enforced)",
        ),
    ),
    _rule(
        S.CHANGE_TO_GROUP_ACTIVITY,
        # A group's new name, its end or its new allegiance names the event even beside an arrest or a raid.
        (
            r"(?:pledg\w+|swore|swear\w*|declared|renewed) (?:[\w'’-]+ )?allegiance",
            r"(?:chang(?:ed|es|ing)) (?:its|their) names?",
            r"renam(?:ed|ing) (?:itself|themselves)",
            r"rebrand(?:ed|ing)",
            r"(?:dissolv(?:ed|es|ing)|disband(?:ed|s|ing)) (?:itself|themselves)",
        ),
    ),
    _rule(
        S.OTHER,
        # ACLED's "Other" strategic developments: mass graves found, and inmates escaping from prison
        # (a raid that frees them is told by its fighting).
        (
            r"mass graves?",
            r"(?:clandestine|secret|unmarked|shallow) graves?",
            # Not who "had escaped" from a jail years before the news.
            r"(?<!had )(?<!who )(?<!have )(?<!has )(?:escaped|broke out) (?:from )?(?:a |an |the )?"
            r"(?:[\w'’-]+ ){0,5}(?:prison|jail|lockup|"
            r"lock-up|detention (?:centre|center|facility)|penitentiary)",
        ),
    ),
    _rule(
        S.OTHER,
        # A coup: soldiers who take power, remove the head of state or suspend the constitution.
        (
            r"(?:seized|seize|seizing|taken|took|grabbed) (?:state |political )?power",
            r"(?:staged|stage|staging|launched|carried out|mounted) (?:a |an )?(?:military |palace )?coup",
            r"(?:removed|ousted|toppled|overthrew|overthrown|deposed) (?:the )?(?:[\w'’-]+ ){0,2}"
            r"(?:president|prime minister|head of state|government)(?: from power)?",
            r"(?:suspended|abrogated|scrapped) the constitution",
            r"dissolved (?:the )?(?:[\w'’-]+ )?(?:government|parliament|state institutions|institutions)",
        ),
        needs_context=True,
        context=(
            r"soldiers",
            r"military",
            r"army",
            r"(?:military |army )?officers",
            r"junta",
            r"troops",
            r"(?:presidential )?guard",
            r"coup",
            r"generals?",
        ),
    ),
    _rule(
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        (
            # The militants are the subject, not the object of "clashing with insurgents and capturing".
            rf"{_SUBJECT_START}{_NON_STATE_FORCES} {_GAP}"
            # Headlines in the present ("rebels capture key town"), not an aim ("vowed to capture", "tried to
            # overrun a forward base").
            rf"(?<!\bto )(?:captured|capturing|seized|seizing|recaptured|retook|regained|took over|"
            rf"taken over|took back|"
            rf"(?<!to )(?:captures?|seizes?|overruns?|takes? over|takes? (?:full )?control of)|"
            rf"take over|taking over|"
            rf"took (?:full )?control of|taken (?:full )?control of|overran|overrun|"
            rf"gained (?:full )?control of|"
            rf"overrunning) {_OBJECT_WORDS}{{0,4}}{_TERRITORY}",
            # "Took" and "taken" also take people and refuge: only a determined place is ground taken.
            rf"{_SUBJECT_START}{_NON_STATE_FORCES} {_GAP}"
            rf"(?:took|taken) "
            rf"(?:the |a |an |two |three |several |\d+ |(?:most|parts?|much) of (?:the )?)"
            rf"(?:(?!to |from |into |in |towards )[\w'-]+ ){{0,3}}{_TERRITORY}"
            # A person named by his place is no ground: "took the village chief from his house".
            r"(?! (?:chief|head|elder|leader|headman|council|official|chairman|mayor|administrator|"
            r"guard)s?\b)",
            rf"{_SUBJECT_START}{_NON_STATE_FORCES} {_GAP}(?:{_PLACE_VERBS}) "
            rf"{_PLACE_NAME}",
            # The place may be named between: "the garrison town of Umm Siyala in North Darfur had fallen to".
            rf"{_TERRITORY} (?:(?!(?:was|were|is|are|and|but|after)\b)[\w'’-]+ ){{0,6}}?"
            r"(?:fell|has fallen|had fallen) (?:to|into)",
            rf"(?:was|were|has been|have been|had been) (?:captured|seized|overrun|taken over) by "
            rf"(?:the )?(?:[\w'-]+ ){{0,3}}{_NON_STATE_FORCES}",
            rf"{_SUBJECT_START}{_NON_STATE_FORCES} {_GAP}(?:raised|hoisted|"
            r"planted) (?:their|its|the) (?!national )(?:[\w-]+ )?flags? (?:over|on|in|above)",
            r"(?:came|come|fell|fallen) under (?:the )?(?:full )?(?:[\w'-]+ )?(?:rebel|militant|insurgent|"
            r"jihadist|militia|Taliban|Houthi|separatist|Islamist) control",
            rf"(?:came|come|fell|fallen) (?:under the control of|into the hands of) "
            rf"(?:the )?(?:[\w'-]+ ){{0,3}}{_NON_STATE_FORCES}",
            # "Captured" also takes people, but a capitalised name taken after a fight is ground: "fighters
            # captured Woldiya after fierce fighting with special forces".
            rf"{_SUBJECT_START}{_NON_STATE_FORCES} {_GAP}(?:captured|seized|"
            rf"overran|stormed|entered) {_PLACE_NAME}{_AFTER_FIGHTING}",
            # Ground held after the other side fled: "fighters were in control of the town after troops fled".
            rf"{_SUBJECT_START}{_NON_STATE_FORCES} (?:[\w'’-]+ ){{0,3}}"
            rf"(?:were|was) (?:now |firmly )?in (?:full )?control of (?:the )?(?:[\w'-]+ ){{0,2}}"
            rf"(?:{_TERRITORY}|{_PLACE_NAME})",
        ),
        anchor=r"captur|seiz|recaptur|retook|retak|took|tak|overr[au]n|regain|fell|fallen|raised|hoisted|"
        r"planted|"
        r"control|reclaim|clear|liberat|freed|wrest|won back|drove|pushed|expel|occupied|advanced|"
        r"entered|purg|"
        r"evict|driven|forced|gained|ground",
    ),
    _rule(
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        (
            # Ground changing hands, not a suspect "taken into custody without resistance".
            r"(?:took|taken(?! into custody)|take|entered|enter|captured|seized|overr[au]n|fell|control|"
            r"occupied|moved in|moved into|marched in|marched into|rolled in|rolled into|handed|pulled out|"
            r"withdr[ae]w|retreated|abandoned|vacated|left)\b[^.;]{0,80}?"
            r"without (?:a |any )?(?:fight|fighting|resistance|firing a (?:single )?(?:shot|gunshot)|a shot|"
            r"bloodshed|clashes|a battle)",
            rf"(?:withdr[ae]w\w*|pull(?:ed|ing|s)? (?:out|back)|retreat(?:ed|ing)?|evacuat(?:ed|ing)|"
            rf"vacat(?:ed|ing)|"
            rf"handed (?:over )?control|hand(?:ed|ing|s)? over) (?:[\w'-]+ ){{0,5}}(?:from|of|to) (?:the )?"
            rf"(?:[\w'-]+ ){{0,3}}{_TERRITORY}",
            rf"{_TERRITORY} (?:[\w'’-]+ ){{0,3}}(?:after|when|as) (?:[\w'-]+ ){{0,6}}(?:withdrew|pulled out|"
            r"retreated|left)",
            # Not power handed to a party or a front: "opposed the transfer of power to the United Front".
            r"(?:handover|hand-over|transfer) of (?:[\w'’-]+ ){0,3}(?:control|authority|territory|"
            r"power(?! to\b))",
            r"handed (?:over )?(?:authority|control|power)",
            rf"hand(?:ed|ing|s)? over (?:the |a )?(?:[\w'-]+ ){{0,3}}{_TERRITORY}",
            # A mission's own camp handed to a government: "handed over its former logistics camp in Nyala
            # to the Sudanese government".
            r"hand(?:ed|ing|s)? over (?:its|their) (?:[\w'-]+ ){0,3}(?:camps?|bases?|premises|compound) "
            r"(?:[\w'-]+ ){0,3}to (?:the )?(?:[\w'’-]+ ){0,3}(?:army|forces|troops|police|government|"
            r"authorities|administration)",
            rf"hand(?:ed|ing|s)? (?:the |a )?(?:[\w'-]+ ){{0,3}}{_TERRITORY} over",
            rf"hand(?:ed|ing|s)? (?:the |a |their |its )(?:[\w'-]+ ){{0,3}}{_TERRITORY} to "
            rf"(?:the )?"
            r"(?:[\w'’-]+ ){0,2}(?:army|forces|troops|police|government|authorities|militias?|rebels|"
            r"fighters|Taliban|insurgents|militants)",
            r"evacuation (?:deal|agreement)",
            # One side leaves as the other comes: "withdrew from Kirkuk as federal troops advanced",
            # "abandoned the town ahead of the army's arrival".
            rf"(?:withdr[ae]w from|pulled out of|retreated from|abandoned|evacuated|vacated) (?:the )?"
            rf"(?:{_PLACE_NAME}|(?:[\w'-]+ ){{0,2}}(?:{_TERRITORY}|camps?)) (?:[\w'-]+ ){{0,6}}?"
            r"(?:(?:as|after|when|while) (?:[\w'-]+ ){0,4}(?:advanced|moved in|entered|arrived|approached)|"
            # Left before a blow that had not yet fallen: "ahead of an expected assault".
            r"(?:ahead of|before) (?:the )?"
            r"(?:[\w'’-]+ ){0,3}(?:arrival|advance|approach|assault|attack|offensive))",
            # Ground entered with no one left to resist: "resistance fighters moved in unopposed".
            r"(?:moved in|moved into|marched in|marched into|rolled in|rolled into|walked in|walked into|"
            r"entered|took over|taken over|took (?:full )?control) (?:[\w'-]+ ){0,4}?(?:unopposed|"
            r"unchallenged|uncontested)",
            rf"(?:entered|moved into|deployed (?:in|to)) (?:[\w'-]+ ){{0,4}}{_TERRITORY} (?:[\w'-]+ ){{0,6}}"
            r"(?:after|when|as) (?:[\w'-]+ ){0,6}(?:withdrew|pulled out|retreated|"
            r"(?:agreed|decided|began|started) to (?:withdraw|pull out|retreat|leave))",
            # Taken over from the side that left: "took over positions vacated by government troops", "took
            # over the camp at Ber after the UN contingent departed".
            r"(?:took over|took control of|moved into|entered) (?:[\w'-]+ ){0,4}(?:vacated|abandoned) by",
            r"(?:took over|took control of|moved into) (?:[\w'-]+ ){0,8}?(?:after|when|as) (?:[\w'-]+ ){0,4}"
            r"(?:departed|withdrew|pulled out|left the (?:area|town|camp|base))",
            # One side leaves, the other takes over: "peacekeepers vacated their camp at Ber, near Timbuktu,
            # and Malian soldiers took control of it".
            rf"(?:vacated|withdrew from|pulled out of|abandoned|handed over) (?:the |their |its )?"
            rf"(?:[\w'-]+ ){{0,2}}(?:{_TERRITORY}|camps?)\b[^.;]{{0,40}}?,? and (?:[\w'-]+ ){{0,4}}"
            r"(?:took (?:over|(?:full )?control of)|moved in|moved into|entered)",
            # ACLED: ground taken because the other side left it changed hands without a fight, whoever took
            # it ("entered the town and took control after the militia pulled out"). "Captured" and "seized"
            # tell force, and stay the taking of territory.
            r"(?:entered|moved into|took over|taken over|took (?:full )?control|taken (?:full )?control|"
            r"assumed control|regained|occupied|deployed) "
            r"(?:[\w'-]+,? ){0,12}?(?:after|when|as|once|following) (?:[\w'-]+ ){0,6}?(?:withdrew|withdrawn|"
            r"withdrawal|pulled out|pull-?out|retreated|retreat|evacuated|vacated|abandoned|surrendered)",
            rf"(?:entered|moved into|took over|taken over|took (?:full )?control of|occupied) (?:the )?"
            rf"(?:[\w'-]+ ){{0,3}}{_TERRITORY} (?:[\w'-]+ )?(?:vacated|abandoned|evacuated|left) by",
            r"hand(?:ed|ing|s)? (?:it|them) over to (?:the )?(?:[\w'’-]+ ){0,3}(?:army|forces|troops|police|"
            r"government|authorities|militias?|rebels|fighters|administration)",
            # ACLED: ground changing hands by agreement ("entered the town under a Russian-brokered deal").
            r"(?:entered|moved into|deployed (?:in|to|into)|took over|took (?:full )?control of|handed over|"
            r"withdrew from|pulled out of|left) (?:[\w'-]+ ){0,6}?(?:under|as part of|in line with|"
            r"in accordance with) (?:a |an |the )?(?:[\w'’-]+ ){0,3}(?:deal|agreement|accord|truce|"
            r"arrangement|understanding)",
        ),
        anchor=(
            r"withdr|pull|retreat|evacuat|vacat|hand|without|entered|moved|deployed|transfer|left|abandon|"
            r"marched|rolled|walked|"
            r"took|taken|occupied"
        ),
    ),
    _rule(
        S.GOVERNMENT_REGAINS_TERRITORY,
        (
            rf"{_STATE_SUBJECT} {_GAP}(?:regained|retook|retaken|recaptured|recapturing|reclaimed|cleared|"
            rf"regains|"
            rf"(?<!to )(?:retakes?|recaptures?|reclaims?|liberates?)|"
            rf"took back|liberated|freed|wrested|won back|drove (?:back|out)|pushed (?:back|out)|"
            rf"expelled|dislodged|dislodging|routed) (?:[\w'-]+ ){{0,4}}(?:{_TERRITORY}|{_MILITANTS})",
            rf"{_STATE_SUBJECT} {_GAP}(?:drove|driven|pushed|forced|chased|flushed) (?:[\w'-]+ ){{1,3}}"
            rf"out of "
            rf"(?:[\w'-]+ ){{0,3}}(?:{_TERRITORY})",
            r"(?:regained|retook|recaptured|took back|retaken|reclaimed|(?<!to )(?:regains?|retakes?)) "
            r"(?:full |significant |the )?"
            r"(?:control|ground)",
            r"(?:ground|territory|control) (?:was|were|has been|have been|"
            r"had been) (?:[\w'’-]+ )?(?:regained|retaken|"
            r"recaptured|reclaimed)",
            rf"(?:was|were|has been|have been|had been) (?:[\w'’-]+ )?(?:recaptured|retaken|liberated|"
            rf"regained) by "
            rf"(?:the )?(?:[\w'-]+ ){{0,3}}{_STATE_AGENT}",
            rf"{_MILITANTS} (?:[\w'’-]+ ){{0,3}}(?:were|was) (?:driven|pushed|forced) (?:back|out)",
            # "The town is back in the hands of the army after the militiamen were chased out."
            rf"back (?:in|under) (?:the )?(?:hands|control) of (?:the )?(?:[\w'-]+ ){{0,2}}?"
            rf"(?:{_STATE_AGENT}|FARDC|FAMa|SNA|ANDSF)\b",
            rf"{_STATE_SUBJECT} {_GAP}(?:captured|capturing|seized|seizing|took (?:full )?control of|"
            rf"taken (?:full )?control of|occupied|recovered control of|pushed (?:their way )?into|"
            rf"advanced into|entered) (?:[\w'-]+ ){{0,4}}{_TERRITORY}",
            rf"{_STATE_SUBJECT} {_GAP}(?:{_PLACE_VERBS}) {_PLACE_NAME}",
            # "Troops entered Kidal on Tuesday after days of clashes with Tuareg rebels."
            rf"{_STATE_SUBJECT},? {_GAP}(?:captured|seized|entered|stormed) {_PLACE_NAME}{_AFTER_FIGHTING}",
            rf"(?:purg\w+|clear\w*|"
            rf"evict\w*) (?:[\w'’-]+ ){{0,3}}from (?:the )?(?:[\w'’-]+ ){{0,3}}(?:captured|"
            rf"liberated) (?:{_TERRITORY})",
        ),
        anchor=r"captur|seiz|recaptur|retook|retak|took|tak|overr[au]n|regain|fell|fallen|"
        r"control|reclaim|clear|liberat|freed|wrest|won back|drove|pushed|expel|occupied|advanced|"
        r"entered|purg|dislodg|routed|back in|back under|"
        r"evict|driven|forced|gained|ground",
    ),
    _rule(
        S.HEADQUARTERS_OR_BASE_ESTABLISHED,
        (
            rf"(?:set up|sets up|setting up|established|establish(?:es|ing)?|buil[dt]\w*|construct\w*|"
            rf"open(?:ed|s|ing)?) "
            rf"(?:[\w-]+ ){{0,5}}(?:{_BASE})",
            rf"(?:turned|converted|transformed) (?:[\w'’-]+ ){{0,8}}?into (?:a |an |its |their )?"
            rf"(?:[\w'’-]+ )?(?:{_BASE})",
            r"(?:moved|relocated|shifted|transferred) (?:its |their |the )?(?:[\w'’-]+ )?(?:headquarters|"
            r"bases?|command centres?|command centers?) to",
            rf"(?:{_BASE}) (?:[\w'’-]+ ){{0,3}}(?:was|were|has been|have been) (?:set up|established|built|"
            r"constructed|opened)",
            rf"(?:operating|operate|operates) (?:out of|from) (?:a |an )?new (?:[\w'’-]+ )?(?:{_BASE})",
        ),
        anchor=(
            r"set up|sets up|establish|buil[dt]|construct|open|turned|convert|transform|moved|relocat|shift|"
            r"transferr|operat"
        ),
    ),
    _rule(
        S.CHANGE_TO_GROUP_ACTIVITY,
        (
            # Movements and build-ups of armed forces (ACLED codes troop deployments and reinforcements here).
            r"(?:deploy\w*|dispatch\w*|redeploy\w*|mobili[sz]\w*|reinforc\w*|amass\w*|massing|sen[dt]s?|"
            r"sending) (?:[\w()-]+ ){0,5}(?:troops|forces|reinforcements|soldiers|fighters|members|units?|"
            r"tanks|armou?red \w+|convoys?|weapons|air defen[cs]e \w+|missiles?|jets|battalions?|brigades?|"
            r"personnel|contingents?|militias?)",
            r"reinforcements",
            # Forces sent in, named by their arrival or by the order: "a second contingent of 200 police
            # officers arrived in Port-au-Prince to reinforce the mission", "ordered the deployment of".
            r"(?:contingents?|troops|soldiers|officers|personnel|peacekeepers|units?) (?:[\w'’-]+ ){0,4}"
            r"arrived (?:in|at) (?:[\w'’-]+ ){1,4}to (?:reinforce|bolster|support|join|strengthen)",
            r"deployment of (?:[\w,'-]+ ){0,4}(?:troops|soldiers|forces|police|officers|personnel|units)",
            r"(?:formed|forming|created|creat(?:es|ing)|launched|founded|set up|established) (?:[\w-]+ ){0,4}"
            r"(?:militias?|units?|organi[sz]ations?|brigades?|battalions?|wing|networks?|entity|front|"
            r"alliances?|coalitions?)",
            r"(?:militias?|units?|organi[sz]ations?|brigades?|battalions?|wing|networks?|entity|front|"
            r"alliances?|coalitions?) (?:[\w'’-]+ ){0,6}(?:has|have|had|was|were) been (?:formed|created|"
            r"set up|"
            r"established|launched)",
            r"(?:recruit|conscript)(?:ed|s|ing) (?:[\w'’-]+ ){0,4}(?:fighters|members|militants|recruits|"
            r"soldiers|youths|"
            r"children|"
            r"boys|men)",
            r"designat\w+ (?:[\w'’-]+ ){0,4}(?:as )?(?:an? )?(?:foreign |"
            r"global )?terrorist (?:organi[sz]ation|group|entity)",
            r"(?:jets|fighter jets|jet fighters|fighter planes|warplanes|aircraft|helicopters|weapons|arms|"
            r"missiles|tanks|drones|armou?red vehicles|air defen[cs]e systems?) (?:[\w-]+ ){0,3}(?:arrived|"
            r"(?:were |was |have been |had been )?delivered)",
        ),
        specific=False,
        anchor=(
            r"deploy|dispatch|redeploy|mobili|reinforc|amass|mass|sen[dt]|formed|forming|creat|launch|"
            r"found|set up|establish|recruit|conscript|designat|arriv|deliver|militia|unit|organi|brigade|"
            r"battalion|"
            r"wing|network|entity|front|alliance|coalition"
        ),
    ),
)
# A sentence runs only the rules whose matches can begin in it (most sentences hold none of most rules'
# first letters): the same triggers as running every rule, at a fraction of the regex work.
_TRIGGER_GATE = build_rule_gate(TRIGGER_RULES, patterns=[rule.pattern for rule in TRIGGER_RULES])

# "arrested"/"detained" describe police work; "protest"/"banned" etc. need an armed group or cause nearby.
_ARMED_GROUP_CUE = re.compile(
    r"\b(?:security forces|soldiers|troops|army|militia\w*|forces|police|militan\w*|terroris\w*|outfits?|"
    r"insurgen\w*|Taliban|jihad\w*|Lashkar|Jaish|Tehreek|Tehrik|Daesh|"
    r"Islamic State|ISIS|ISIL|IS-?K|ISKP|Al-?Qaeda|BLA|BLF|TTP|LeJ|JuA|rebels?|armed groups?|groups?|"
    r"organi[sz]ations?|factions?|commanders?|fighters|armed men|gunmen|militiamen|peacekeepers|guards|"
    r"officers|military|guerrillas?|separatists?|Islamists?|Maoists?|Naxal\w*|paramilitar\w*|mujahideen|"
    r"(?:al-)?Shabaa?b|Boko Haram|ISWAP|Houthis?|Hezbollah|Hamas|Ansar\w*|ELN|FARC|M23|Arakan Army|"
    r"Abu Sayyaf|armed gangs?|gang (?:members|coalitions?|leaders?|alliances?)|"
    r"(?:civil(?:ian)? |self-|people's |village )?defen[cs]e (?:forces?|groups?|units?))\b",
    re.IGNORECASE,
)
_PROTEST_INTERVENTION = re.compile(
    r"\b(?:baton[- ]charg\w*|lathi[- ]charg\w*|tear[- ]?gas\w*|teargas\w*|water cannons?|"
    # A crowd that "dispersed peacefully" or "then dispersed" left on its own.
    r"(?<!before )(?<!then )dispers(?:e|ed|es|ing|al)"
    r"(?! (?:peacefully|quietly|calmly|voluntarily|on their own|without (?:any )?incident|afterwards|later))|"
    r"rubber bullets|pepper[- ]spray\w*|"
    # A crowd that "broke up after a rally" or "broke up peacefully" left on its own.
    r"(?:broke|break|broken) up(?! (?:after|peacefully|quietly|calmly|on (?:its|their) own|without|later|"
    r"at (?:dusk|noon|nightfall|midday)|by (?:itself|evening)|in the (?:afternoon|evening)))|"
    r"cut short|crack\w* down|"
    r"crackdown|clampdown|"
    r"suppress(?:ed|ing)? (?:the |a |an |their )?(?:[\w'’-]+ ){0,2}(?:protests?|rall(?:y|ies)|"
    r"demonstrations?|"
    r"march(?:es)?|crowds?|protesters|demonstrators|gatherings?|sit-ins?)|(?:were|"
    r"was) (?:[\w'’-]+ )?suppressed|"
    r"drag(?:ged|ging)? (?:[\w'’-]+ ){0,2}(?:them|protesters|demonstrators|protestors|activists|marchers|"
    r"students)|"
    # Held back by force: "riot police used water laced with an irritant to push back pro-democracy
    # protesters".
    r"(?:push(?:ed|ing)?|drove|driven|forced) back (?:the |a )?(?:[\w'’-]+ ){0,2}(?:protesters|"
    r"demonstrators|protestors|marchers|crowds?)|irritants?|"
    # "Police forced the protesters into police vans": taken away by force.
    r"(?:forced|bundled|pushed|shoved|herded|loaded) (?:[\w'’-]+ ){0,3}(?:into|onto) (?:[\w'’-]+ ){0,2}"
    r"(?:vans?|trucks?|buses|vehicles|prison vans?)|"
    r"(?:arrest\w*|detain\w*|rounded up|round up) "
    r"(?:[\w'’-]+ ){0,4}(?:protesters|demonstrators|protestors|activists|participants|students|people|"
    r"persons|marchers|leaders|organi[sz]ers|supporters|members|youths|farmers|workers|teachers|"
    r"villagers|residents|women|lawyers|doctors|nurses|agitators|mothers|relatives|families|pensioners|"
    r"miners|traders)|"
    r"(?:protesters|demonstrators|protestors|activists|participants|marchers|people|persons|students|"
    r"leaders|organi[sz]ers|supporters|members|youths|farmers|workers|teachers|villagers|residents|women|"
    r"lawyers|doctors|nurses|agitators|mothers|relatives|families|pensioners|miners|traders) "
    r"(?:[\w'’-]+ ){0,3}(?:were|was|"
    r"have been|had been|being) (?:[\w'’-]+ )?(?:arrested|detained|rounded up|taken into custody|held)|"
    # The state named as the agent, however long the crowd's description: "activists demonstrating against
    # the dam were detained by police"; "them" in a protest sentence is its crowd.
    r"(?:(?<=arrested )|(?<=detained )|(?<=rounded up )|(?<=held )|(?<=into custody )|(?<=removed )|"
    r"(?<=evicted )|(?<=dragged away )|(?<=pushed back ))by (?:the )?(?:[\w'’-]+ )?(?:police|"
    r"security forces|officers|troops|soldiers|authorities|gendarmes)|"
    r"(?:arrest\w*|detain\w*|rounded up) (?:[\w'’-]+ ){0,4}?(?:of )?them|"
    r"moved in to (?:end|disperse|break up|clear|remove|evict|stop)|"
    r"(?:forced|pushed|drove|driven|forcing|pushing) (?:them|the (?:[\w'’-]+ )?(?:crowds?|protesters|"
    r"demonstrators|marchers)) back|"
    # Detained at the protest: "police detain 50 at rally", "arrested during the march".
    r"(?:arrest\w*|detain\w*) (?:[\w'’-]+ ){0,2}(?:at|during) (?:the |a |an )?(?:[\w'’-]+ ){0,3}(?:protests?|"
    r"rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?)|"
    r"made (?:[\w'’-]+ ){0,2}arrests|arrests were made|(?:took|taken|taking) (?:[\w'-]+ ){0,5}into custody|"
    # ACLED: any attempt to stop, remove or hold back a peaceful crowd, short of serious injury.
    r"(?:prevent\w*|stop(?:ped|ping|s)?|block(?:ed|ing|s)?|barr(?:ed|ing)|halt(?:ed|ing)) (?:[\w'-]+ ){0,4}"
    r"from (?:holding|marching|reaching|gathering|protesting|entering|staging|rallying|approaching|"
    r"proceeding|getting)|"
    # Not a crowd's own road block: "blocked the highway to protest against power cuts".
    r"(?:stopped|halted|blocked|(?<!to )(?:stops?|halts?|blocks?)) (?:the |a |an |their )?(?:[\w'-]+ ){0,2}"
    r"(?<!to )(?:rall(?:y|ies)|"
    r"march(?:es)?|protests?|demonstrations?|processions?|sit-ins?|vigils?|marchers|protesters|"
    r"demonstrators)|"
    r"forcibl[ey] (?:[\w'’-]+ )?(?:remov|evict|clear|dispers|drag|detain|end|took|taken|broke|break|push)\w*|"
    r"(?:hauled|carried|carted|dragged|bundled|frog-?marched) (?:[\w'-]+ ){0,3}(?:away|off|"
    r"into (?:[\w'’-]+ )?"
    r"(?:vans?|buses|trucks?|vehicles?|cars?))|"
    r"charg(?:ed|ing) (?:at |into )(?:the )?(?:[\w'’-]+ ){0,2}(?:crowds?|protesters|demonstrators|marchers|"
    r"gatherings?)|charg(?:ed|ing) (?:[\w'’-]+ ){0,3}with (?:batons|truncheons|sticks|clubs|horses)|"
    r"(?:grabbed|seized|pushed|shoved|kicked|manhandled|tackled|punched) (?:[\w'’-]+ ){0,2}(?:protesters?|"
    r"demonstrators?|activists|marchers)|"
    r"(?:used|using|use of) (?:[\w'’-]+ )?force (?:to (?:end|disperse|break|clear|remove|evict|stop)|against|"
    r"on)|"
    r"scatter(?:ed|ing) (?:the )?(?:[\w'’-]+ )?(?:crowds?|protesters|demonstrators|marchers)|"
    r"clear(?:ed|ing)? (?:the |a |an )?(?:[\w'’-]+ ){0,2}(?:camps?|encampments?|sit-ins?|protest sites?|"
    r"squares?|protesters|demonstrators)|"
    r"(?:remov|evict|surround|encircl|kettl)(?:ed|ing)? (?:the |a |an )?(?:[\w'’-]+ ){0,2}(?:protesters|"
    r"demonstrators|protestors|activists|marchers|crowds?|camps?|encampments?|sit-ins?)|kettl(?:ed|ing)|"
    r"(?:police|security forces|authorities|officers|troops) (?:[\w'’-]+ ){0,2}intervened|"
    r"(?:protesters?|demonstrators?|protestors?|marchers|activists) (?:[\w'’-]+ ){0,3}"
    r"(?:(?:were |was )?(?:attacked|assaulted|charged|pushed|shoved|manhandled) by|came under attack "
    r"(?:from|by)) (?:the )?(?:[\w'’-]+ )?(?:police|security|troops|officers|soldiers)|"
    r"(?:stun|flash|flash-bang|sound|smoke) grenades|flash-?bangs|non-?lethal (?:rounds|weapons|munitions)|"
    r"(?:wielding|swinging|with) (?:their )?(?:batons|truncheons))\b",
    re.IGNORECASE,
)
# What a protest demands or is held against: "the release of detained activists", "against the crackdown".
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:against|over|condemn\w*|denounc\w*|demand\w*|release of|call\w* for|end to|in response to|"
    # What the crowd's signs say, and what it struck "to protest", are its grievance.
    r"protest(?:ed|ing)|to protest|in protest (?:at|against|over|of)|reading|saying)"
    # A passive verb opens the main clause: "teachers gathered to demand pay were baton-charged".
    r"\W+(?:(?!(?:were|was)\b)[\w'’-]+\W+){0,3}$",
    re.IGNORECASE,
)


# A demonstration named as the time or place of arrests: "detained at the rally", "during the march".
_PROTEST_SCENE_BEFORE = re.compile(
    r"\b(?:during|at|amid|in)\W+(?:the|a|an|their|this|that|its)\W+(?:[\w'-]+\W+){0,2}$", re.IGNORECASE
)


# Crowd control told as an earlier event: "a day after police fired tear gas", "at earlier rallies".
_EARLIER_BEFORE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|hours?|nights?|years?) (?:after|since)|(?:last|previous|earlier) "
    # Within one clause: "Days after the election, police fired tear gas" tells today's intervention.
    r"(?:week|month|year)['’]s)\s+"
    # The state as the subject right after "after" acts in the earlier clause ("a day after police fired
    # tear gas"); after a noun phrase it opens the main clause ("two days after Khan's arrest police
    # fired tear gas"), comma or not.
    r"(?:(?:the\s+)?(?:riot\s+)?(?:police\w*|security|troops|soldiers|officers|authorities|forces|army)\s+"
    r"(?:[\w'’-]+\s+){0,3}|"
    r"(?:(?!(?:police\w*|security|troops|soldiers|officers|authorities|forces|army)\b)[\w'’-]+\s+){0,4})$",
    re.IGNORECASE,
)

_EARLIER_AFTER = re.compile(
    r"\W+(?:[\w'’-]+\W+){0,4}?(?:(?:at|during|in|on) (?:the |an? )?(?:earlier|previous|past|"
    r"last (?:week|month|year)['’]s) (?:[\w'’-]+ )?(?:rall|protest|demonstrat|march|sit-in|gathering)|"
    r"(?:last|earlier this) (?:week|month|year)\b)",
    re.IGNORECASE,
)
# "Relatives of detained protesters": a participle that describes the crowd, not a detention told now.
_DESCRIBED_DETAINEES = re.compile(r"(?:arrested|detained) ", re.IGNORECASE)
_DESCRIBING_BEFORE = re.compile(r"\b(?:of|for|the|their|his|her|with)\s+$", re.IGNORECASE)


def _reports_intervention(text: str) -> bool:
    """Whether the state acts on this protest, not whether the protest is held against such acts."""
    return any(
        _GRIEVANCE_BEFORE.search(text, 0, match.start()) is None
        and _EARLIER_BEFORE.search(text, 0, match.start()) is None
        and _EARLIER_AFTER.match(text, match.end()) is None
        and not (
            _DESCRIBED_DETAINEES.match(match.group(0)) and _DESCRIBING_BEFORE.search(text, 0, match.start())
        )
        and not (_DISPERSAL_WORD.search(match.group(0)) and _LEFT_OF_THEMSELVES.match(text, match.end()))
        for match in _PROTEST_INTERVENTION.finditer(text)
    )


# A crowd that went home of itself: "held a sit-in ..., dispersing at sunset without incident".
_DISPERSAL_WORD = re.compile(r"dispers(?:ed|ing|e)$", re.IGNORECASE)
_LEFT_OF_THEMSELVES = re.compile(
    r"\s+(?:(?:at (?:sunset|dusk|nightfall|midnight|the end of the day)|later|in the evening|after "
    r"(?:[\w-]+ ){1,3}hours?)\s+)?(?:without (?:any )?incidents?|peacefully|quietly|voluntarily|on their own|"
    r"of their own accord)\b",
    re.IGNORECASE,
)


_EXCESSIVE_FORCE = re.compile(
    # Headlines tell it in the present: "security forces kill five protesters", "police open fire on".
    rf"\b(?:(?:{_STATE_AGENT}|guards) (?:[\w'’-]+ ){{0,3}}(?:open(?:ed|s)? fire|fir(?:ed|es?)|firing|shoots?|"
    rf"shot|kill(?:ed|s)?|shot dead|"
    rf"gunned down)"
    r"(?! (?:tear|water|rubber|pepper|smoke|warning|into the air|in the air|blanks|stun|"
    r"pellets))(?: \w+){0,3} "
    # A hashtag may name the movement: "fired on #EndSARS protesters", "a peaceful memorial gathering".
    r"(?:on|at|upon)? ?(?:the |a |an )?(?:#?[\w'’-]+ ){0,2}(?:protesters?|protestors?|demonstrators?|crowds?|"
    r"rall(?:y|ies)|marchers?|mourners|march(?:es)?|processions?|sit-ins?|demonstrations?|protests?|"
    r"peaceful (?:[\w'’-]+ )?gatherings?|"
    # People named by what they were doing: "fired on coca growers marching toward the city".
    r"(?:[\w'’-]+ ){0,2}(?:marching|protesting|demonstrating|rallying))|"
    r"(?:protesters?|protestors?|demonstrators?) (?:[\w'’-]+ ){0,3}(?:were |was )?(?:killed|shot dead|shot)|"
    r"(?:protesters?|protestors?|demonstrators?|marchers) (?:[\w'’-]+ ){0,3}(?:died|lost their lives)|"
    r"left (?:[\w'’-]+ ){0,3}(?:protesters|protestors|demonstrators|marchers) dead|"
    # The forces named first, then as "they" or "who": "troops killed 30 when they opened fire on protesters".
    rf"{_STATE_AGENT} (?:[\w,'-]+ ){{0,14}}(?:they|who) (?:[\w'’-]+ )?(?:opened fire|fired|"
    rf"shot) (?:[\w'’-]+ ){{0,2}}"
    r"(?:on|at|upon|into) (?:the |a |an )?(?:(?:[\w'’-]+ )?(?:protesters?|protestors?|demonstrators?|crowds?|"
    r"marchers?|rall(?:y|ies))|"
    # People named by what they were doing: "opened fire on women and children peacefully protesting".
    r"(?:[\w'’-]+ ){0,4}(?:peacefully )?(?:protesting|demonstrating|marching|rallying))|"
    r"(?<!against the )(?<!over the )(?:deadly|bloody|lethal) crackdown|(?:lethal|excessive) force|"
    # The toll of a crackdown told after it: "the crackdown on protesters left 38 dead".
    r"(?:crackdown|cracked down) (?:[\w'’-]+ ){0,5}?(?:left|leaving|killed|killing) (?:at least )?"
    r"(?:[\w'’-]+ ){0,2}(?:dead|people|protesters|demonstrators)|"
    # Not shots above the crowd's heads: "fired live rounds into the air to disperse" is an intervention.
    r"live (?:bullets|ammunition|rounds|fire)(?! (?:[\w'’-]+ )?(?:into|in) the (?:air|sky)\b)|"
    r"violently (?:suppress\w*|dispers\w*|broke up|crack\w* down)|"
    # A marcher shot by the police: "shot in the head by riot police while taking part in a peaceful march".
    r"(?:shot|killed|shot dead|gunned down|beaten to death) (?:[\w'’-]+ ){0,4}by (?:the )?(?:riot )?"
    # The place may come between: "shot dead by police in Homa Bay as officers tried to disperse".
    r"(?:police|security forces|soldiers|troops)\w* "
    r"(?:(?:in|at|near) (?-i:[A-Z])[\w'-]+ (?:(?-i:[A-Z])[\w'-]+ )?)?"
    r"(?:while|during|as|at) (?:[\w'’-]+ ){0,6}"
    r"(?:protest\w*|march\w*|rall(?:y|ies)|demonstrat\w*)|"
    # Killings told beside the dispersal: "police killed three people as they broke up the march".
    rf"{_STATE_AGENT} (?:[\w'’-]+ ){{0,3}}(?:killed|shot dead|gunned down|fatally shot) (?:[\w,'-]+ ){{0,5}}"
    r"(?:during|at|as|when|while) (?:[\w'’-]+ ){0,4}(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|"
    r"sit-ins?|dispers\w+|broke up|breaking up)|"
    # The harm done by the means of dispersal: "fired tear gas and rubber bullets, wounding dozens".
    # Only crowd control: gunmen's bullets make an attack on the gathering (see _ATTACK_ON_GATHERING).
    r"(?:tear ?gas|teargas|rubber bullets|batons|water cannons?|pellets|dispers\w+|"
    r"broke up|charged) (?:[\w,'-]+ ){0,6}(?:injuring|wounding|killing|hurting|leaving) (?:at least )?"
    r"(?:[\w'’-]+ ){0,2}(?:people|persons|protesters?|protestors?|demonstrators?|marchers|students|"
    r"participants)|"
    # The hurt told first, the state's act after: "dozens were hurt when police charged the march".
    r"(?:dozens|scores|hundreds|several|many|\d+) (?:of )?(?:[\w'’-]+ )?(?:were |was )?(?:killed|injured|"
    r"wounded|"
    rf"hurt|hospitali[sz]ed) (?:[\w'’-]+ ){{0,4}}(?:as|when|after|"
    rf"while) (?:the )?(?:[\w'’-]+ )?{_STATE_AGENT} "
    r"(?:[\w'’-]+ ){0,2}(?:dispersed|fired (?:on|at|into)|charged|broke up|opened fire on|beat|attacked|"
    r"cracked down on|shot at) (?:the |a |an )?(?:[\w'’-]+ ){0,2}(?:protests?|rall(?:y|ies)|march(?:es)?|"
    r"marchers|crowds?|demonstrat\w+|sit-ins?|gatherings?|protesters|protestors)|"
    # Grave harm at a peaceful gathering: "left in a critical condition after security forces fired a tear
    # gas canister at her head during a silent sit-in", "lost an eye ... during a peaceful march".
    r"(?:(?:left )?in (?:a )?critical condition|lost (?:an|his|her|one) eye|"
    r"(?:seriously|severely|critically) (?:injured|wounded|hurt)) (?:[\w'’,-]+ ){0,16}?(?:during|at) "
    r"(?:a |the )?(?:[\w'’-]+ )?(?:sit-ins?|"
    r"march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|vigils?)|"
    # Beaten badly, wherever the place comes between: "demonstrators in Khartoum North were severely beaten".
    r"(?:protesters?|protestors?|demonstrators?|marchers|[\w'’-]+ (?:marching|protesting|demonstrating|"
    r"rallying)) (?:[\w'’-]+ ){0,5}?(?:were|was) (?:severely|badly|"
    r"brutally|savagely|mercilessly|viciously) beaten|"
    # ACLED: peaceful protesters hurt seriously, beatings included (rubber bullets alone are an intervention).
    r"(?:protesters?|protestors?|demonstrators?|marchers) (?:[\w'’-]+ ){0,3}(?:were |was )?(?:injured|"
    r"wounded|"
    r"beaten|hospitali[sz]ed)|"
    r"(?:beat|beating|beaten|bludgeon\w*|thrash\w*) (?:up )?(?:the |several |dozens of |\d+ )?"
    r"(?:(?:peaceful|unarmed|young|student|female|elderly|fleeing) )?"
    r"(?:protesters?|protestors?|demonstrators?|marchers)|"
    # The state's fire named as the cause of death: "killed by police gunfire", "died in police firing".
    r"(?:killed|shot|wounded|injured|hit|died|dead) (?:[\w'’-]+ ){0,2}(?:by|in|from|of) (?:the )?"
    r"(?:[\w'’-]+ )?(?:police|security forces|troops|soldiers|army|military)(?:['’]s?)? (?:[\w'’-]+ )?"
    r"(?:gunfire|bullets?|firing|shooting|fire|live rounds)|"
    # Killed while demonstrating: "troops shot dead four youths protesting the fuel price rise".
    rf"{_STATE_AGENT} (?:[\w'’-]+ ){{0,2}}(?:killed|shot dead|shot|gunned down|wounded) (?:[\w,'-]+ ){{0,5}}"
    r"(?:people|persons|men|women|youths?|students|villagers|residents|workers|farmers|civilians) "
    r"(?:who were |who had been )?(?:protesting|demonstrating|marching|rallying|agitating|"
    # "shot dead two men taking part in a peaceful rally".
    r"(?:taking part|participating|who took part|who were taking part) in (?:a |an |the )?(?:[\w'’-]+ ){0,2}"
    r"(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?|vigils?)))\b",
    re.IGNORECASE,
)
# Protesters mourning or condemning earlier killings ("rallied to mourn demonstrators killed last month")
# report a protest, not force used against this one.
_COMMEMORATION_BEFORE = re.compile(
    # Mourning, not the mourners: "two mourners were shot dead when security forces opened fire".
    r"\b(?:mourn(?!ers?\b)\w*|commemorat\w*|remember\w*|honou?r\w*|anniversary of|memory of|condemn\w*|"
    r"(?:against|over|protest\w*) the (?:killing|deaths?|murder) of)\W+(?:[\w-]+\W+){0,4}$",
    re.IGNORECASE,
)


# What a protest is held against or in memory of: a killing or an arrest told as its cause, not as news.
_PROTEST_CAUSE = re.compile(
    r"\b(?:mourn\w*|commemorat\w*|in (?:the )?memory of|anniversary of|"
    r"(?:against|over|condemn\w*|denounc\w*|protest\w*) (?:the )?(?:alleged )?(?:killings?|deaths?|murders?|"
    r"assassinations?|lynching|abductions?|kidnappings?|disappearances?) of)\b",
    re.IGNORECASE,
)


def _refer_protest_causes(text: str, offset: int, triggers: list[Trigger]) -> list[Trigger]:
    """Mark as references the violence a protest in the sentence is held against or in memory of."""
    protests = [t for t in triggers if t.sub_event_type is S.PEACEFUL_PROTEST and not t.reference]
    if not protests:
        return triggers
    cause = _PROTEST_CAUSE.search(text, protests[0].start - offset)
    if cause is None:
        return triggers
    return [
        replace(trigger, reference=True)
        if trigger.sub_event_type.event_type in VIOLENT_EVENT_TYPES
        and trigger.start - offset >= cause.start()
        else trigger
        for trigger in triggers
    ]


# "a bomb exploded at the rally": the rally is where the bomb went off, not a second event.
_TAKEN_PRONOUN = re.compile(r"\b(?:him|her|them) (?:away|off)\b", re.IGNORECASE)
# Weapons named as what is to be removed or banned: objects of a demand or a programme, not an attack.
_CLEARANCE_BEFORE = re.compile(
    r"\b(?:clearance|clearing|removal|removing|ban|banning|elimination|eradication|de-?mining) of\s+"
    r"(?:the\s+|all\s+|unexploded\s+)?$",
    re.IGNORECASE,
)
_SCENE_BEFORE = re.compile(
    r"\b(?:at|near|outside|on|into|targeting|targeted|struck|hit)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "a kidnapped soldier", "the abducted engineer": a victim described by what was done to him earlier.
_DESCRIBING_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:a|an|the|two|three|four|five|several|\d+)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE
)
# "abducted two youths" is the verb: an object follows it.
_OBJECT_AFTER_VERB = re.compile(
    r"\s+(?:a|an|the|two|three|four|five|six|several|his|her|their|its|him|them|\d+)\b", re.IGNORECASE
)
_DESCRIBING_PARTICIPLE = re.compile(r"^(?:kidnapped|abducted)$", re.IGNORECASE)
# A place or a time told as history: "Achin saw heavy fighting", "the valley has witnessed clashes".
_PLACE_HISTORY_BEFORE = re.compile(
    r"\b(?:saw|has seen|had seen|have seen|witnessed|has witnessed|had witnessed|has been the scene of|"
    r"was the scene of|was a scene of)\W+(?:[\w'’-]+\W+){0,2}$",
    re.IGNORECASE,
)
# Land "littered with unexploded ordnance" tells what past wars left, not a weapon disrupted.
_LITTERED_BEFORE = re.compile(
    r"\b(?:littered|contaminated|strewn|riddled|infested|dotted|sown)\s+with\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A time that dates what a sentence tells to the days of the report: "on Tuesday", "hours later".
FRESH_TIME = re.compile(
    r"\b(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|"
    r"yesterday|today|overnight|last night|"
    r"this (?:morning|afternoon|evening|week)|earlier in the day|(?:hours?|minutes) (?:later|after|before)|"
    r"shortly (?:before|after))\b",
    re.IGNORECASE,
)


# Pickets the state mans are posts, not a strike's: "troops had set up new pickets on the road".
_STATE_PICKETS = re.compile(
    rf"\b{_STATE_AGENT} (?:[\w'’-]+ ){{0,3}}(?:set up|setting up|established|erected|put up|manned|"
    r"deployed|raised)\b",
    re.IGNORECASE,
)


def _drop_scene_words(text: str, offset: int, triggers: list[Trigger]) -> list[Trigger]:
    """Without the words that name where or to whom another trigger's event happened, and with place
    histories recalled.

    A rally where a bomb went off, a "kidnapped soldier" whose body is found: the sentence reports the bomb
    and the killing. "Achin saw heavy fighting" (no day given) tells the district's past.
    """
    # A weapon pointed back to names its scene too: "wanted in an IED attack on a cycle rally".
    weapons = any(t.sub_event_type in _WEAPON_TYPES for t in triggers)
    kept = []
    for trigger in triggers:
        start = trigger.start - offset
        before = text[max(0, start - 40) : start]
        others = [
            t
            for t in triggers
            if t.sub_event_type.event_type in VIOLENT_EVENT_TYPES
            and t.sub_event_type is not trigger.sub_event_type
        ]
        if (
            weapons
            and trigger.sub_event_type.event_type is EventType.PROTESTS
            and _SCENE_BEFORE.search(before)
        ):
            continue
        if trigger.sub_event_type is S.DISRUPTED_WEAPONS_USE and _LITTERED_BEFORE.search(before):
            continue
        if "picket" in trigger.text.lower() and _STATE_PICKETS.search(text):
            continue
        if (
            others
            and _DESCRIBING_PARTICIPLE.match(trigger.text)
            and _DESCRIBING_PARTICIPLE_BEFORE.search(before)
            and not _OBJECT_AFTER_VERB.match(text, trigger.end - offset)
        ):
            continue
        if _SHOOTING_NOUN.match(trigger.text) and any(
            other.end <= trigger.start and _TOLL_SCENE_BETWEEN.match(text[other.end - offset : start])
            for other in triggers
        ):
            continue  # "killed in a shooting": the shooting is the other trigger's event, read with it
        history = _PLACE_HISTORY_BEFORE.search(before) is not None and not FRESH_TIME.search(text)
        kept.append(replace(trigger, recalled=True, reference=True) if history else trigger)
    return kept


_SHOOTING_NOUN = re.compile(r"shootings?$", re.IGNORECASE)
_TOLL_SCENE_BETWEEN = re.compile(r"\s+(?:in|during)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _reports_excessive_force(text: str) -> bool:
    """Whether the sentence tells of lethal force against this demonstration (not an earlier one)."""
    tear_gas_hurt = _TEAR_GAS_HURT.search(text) is not None
    return any(
        _COMMEMORATION_BEFORE.search(text, 0, match.start()) is None
        # Protesters hurt by the tear gas that dispersed them were met with an intervention.
        and not (
            tear_gas_hurt and _HURT_ONLY.search(match.group(0)) and not _GRAVE_HARM.search(match.group(0))
        )
        for match in _EXCESSIVE_FORCE.finditer(text)
    )


_HURT_ONLY = re.compile(r"\b(?:injur\w*|wound\w*|hurt\w*|hospitali[sz]\w*)", re.IGNORECASE)
_GRAVE_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|shot|beat\w*|critical\w*|serious\w*|sever\w*)", re.IGNORECASE
)


# Burning an effigy, a flag or a poster is a protest's symbol, not the destruction of property.
_SYMBOLIC = r"(?:effig\w*|flags?|posters?|portraits?|pictures?|photos?|banners?|placards?|cop(?:y|ies) of)\b"
_NOT_SYMBOLIC = rf"(?!\W+(?:[\w'-]+\W+){{0,3}}?{_SYMBOLIC})"
# Demonstrators who use force or destroy things make the event a riot (ACLED: a violent demonstration),
# whatever the police do; road blocks with barricades or burning tyres count too.
_DEMONSTRATORS_VIOLENT = re.compile(
    r"\b(?:(?:turned|turning|became|becoming|grew|got) (?:[\w'’-]+ )?violent|went on (?:a |the )?rampage|"
    r"molotov|"
    # Fighting the police, trying to storm a building, fireworks aimed at officers, property burnt.
    r"(?:battl(?:ed|ing)|fought|fighting) (?:[\w'’-]+ ){0,2}(?:with |against )?(?:the )?(?:riot )?(?:police|"
    r"security forces|troops|soldiers|officers)|"
    r"(?:tried|attempted|trying|attempting|sought) to (?:storm|break into|break through|force (?:their|its) "
    r"way|overrun|torch|set fire)|"
    r"(?:set(?:ting)? off|launch(?:ed|ing)|shot|shooting|fired|firing|aim(?:ed|ing)) (?:[\w'’-]+ ){0,2}"
    r"(?:fireworks|firecrackers)|"
    r"(?:burn(?:ing|ed|t)|torch(?:ing|ed)|damag(?:ing|ed)|smash(?:ing|ed)|vandali[sz](?:ing|ed)|"
    r"loot(?:ing|ed)|ransack(?:ing|ed)) (?:the |a |an |their |several |dozens of |\d+ )?"
    r"(?:(?!of )[\w'-]+ ){0,2}(?:vehicles?|cars?|buses|trucks?|vans?|motorcycles?|shops?|stores?|"
    r"buildings?|offices?|stations?|posts?|banks?|property|properties|bins|dumpsters|kiosks|booths)\b|"
    r"(?:police(?:m[ae]n)?|officers|security personnel|soldiers|troops) (?:[\w'’-]+ ){0,3}(?:sustained|"
    r"suffered) "
    r"(?:[\w'’-]+ )?injuries|"
    r"petrol bombs?|fire ?bombs?|(?:stone|rock|brick)[- ]?(?:pelt|throw|hurl)\w*|skirmish\w*|"
    rf"(?:street|pitched) battles?|(?:set|setting) (?:fire to|ablaze|alight){_NOT_SYMBOLIC}|"
    r"rampag(?:ed|ing)|"
    r"turned (?:ugly|chaotic)|"
    r"(?:degenerated|descended|spiral+ed|dissolved|erupted) into (?:[\w'’-]+ ){0,2}(?:violence|clashes|"
    r"riots?|rioting|chaos|mayhem)|"
    r"(?:broke|breaking|pushed|pushing|forced|forcing) (?:through|past) (?:the )?(?:[\w'’-]+ )?(?:police |"
    r"security )?(?:cordons?|lines|barricades|barriers|gates?)|forc(?:ed|ing) (?:their|its) way (?:in|into)|"
    r"(?:tore|tearing|torn|pulled|pulling|toppled|toppling) (?:down )?(?:[\w'’-]+ ){0,3}(?:statues?|fences?|"
    r"barriers|gates?)|"
    # Headlines and captions tell it in the present: "a protester throws a rock". Tear gas lobbed at the
    # crowd is the police's; thrown back, the crowd's.
    r"(?:threw|throws?|throwing|thrown|hurl(?:s|ed|ing)?|lob(?:s|bed|bing)?|kick(?:s|ed|ing)?) "
    r"(?:[\w'’-]+ ){1,4}back (?:at|towards|to)\b|"
    r"(?:threw|throws?|throwing|thrown|hurl(?:s|ed|ing)?|pelt(?:s|ed|ing)?|lob(?:s|bed|bing)?|"
    r"kick(?:s|ed|ing)?) (?:back (?:[\w'’-]+ ){0,3}|"
    r"(?!(?:[\w'’-]+ ){0,2}?(?:tear|teargas|gas|smoke|stun)\b)(?:[\w'’-]+ ){0,3})"
    r"(?:stones|rocks?|bricks?|bottles?|fireworks|firecrackers|eggs|objects|projectiles|missiles|flares?|"
    r"chairs|sticks|debris|canisters?)|slingshots?|catapults?|"
    r"clash\w* (?:[\w'’-]+ ){0,6}(?:protesters|protestors|demonstrators|activists|marchers|youths?|students)|"
    r"(?:protesters|protestors|demonstrators|rioters|mob|crowds?|students|workers|supporters|activists|"
    r"residents|villagers|locals|"
    # Not a passive: "protesters were attacked" were the victims.
    # Nor the words of someone else's deed: "protesters said police stormed the camp".
    r"marchers|youths?) (?:(?!were |was |been |being |are |is |got |said |say |says |told |under |by |"
    # Room for the crowd's grievance: "youths protesting the killing of a student attacked". A participle of
    # harm makes the crowd the victims ("demonstrators killed last month in a raid").
    r"from |police|security|troops|soldiers|officers|authorities|forces|killed |injured |wounded |"
    # Those a crowd names did the deed: "demanded the arrest of those who set the temple on fire".
    r"arrested |detained |shot |beaten |hurt |jailed |those |whoever |anyone )[\w'-]+,? ){0,7}"
    r"(?:torch(?:es|ed)?|set (?:on )?fire|set ablaze|pelt(?:s|ed)?|hurl(?:s|ed)?|throw|threw|"
    r"storm(?:s|ed|ing)?|ransack(?:s|ed)?|vandali[sz](?:e|es|ed)|clash(?:es|ed)?|attack(?:s|ed)?|"
    r"damag(?:e|es|ed)|burnt|burn(?:s|ed)?|smash(?:es|ed)?|loot(?:s|ed)?|confront(?:s|ed)?|fight|fought|"
    r"battle[ds]?|scuffle[ds]?|broke into|broke through|broken into|broken through|destroy(?:s|ed)?|"
    r"wreck(?:s|ed)?|overturn(?:s|ed)?|raid(?:s|ed)?|"
    # Who set it on fire matters: demonstrators, not the armed group whose strike call a report mentions.
    rf"set (?:(?!{_SYMBOLIC})[\w'-]+ ){{1,3}}(?:on fire|ablaze|alight)|"
    # A headline's passive ("protesters attacked by police") names the victims.
    # Words hurled are no violence: "protesters hurled insults at the minister".
    rf"rampaged)(?! by\b)(?! (?:insults|abuse|slogans|accusations|their support|support)\b){_NOT_SYMBOLIC}|"
    # A barricade the crowd builds, not one it is stopped at ("halted at a police barricade").
    r"scuffles?|scuffled|brawls?|(?<!police )(?<!security )(?<!at a )(?<!at the )(?<!behind )"
    r"(?<!behind the )(?<!behind a )barricades?|"
    r"(?:burning|burnt|burned|flaming) (?:[\w'’-]+ )?(?:tyres|tires)|"
    # A confrontation is the nominal of a clash: "confrontations between demonstrators and police".
    r"confrontations? (?:[\w'’-]+ ){0,3}(?:with|between) (?:the )?(?:[\w'’-]+ ){0,2}(?:police|"
    r"security forces|troops|soldiers|officers|protesters|protestors|demonstrators)|"
    # Demonstrators killing officers: "protesters killed a police officer during clashes".
    r"(?:protesters|protestors|demonstrators|rioters|marchers|youths?|students|crowds?|mob) "
    r"(?:(?!were |was |been |being )[\w'’-]+ ){0,2}(?:killed|shot dead|stabbed|lynched|hacked) "
    r"(?:a |an |the |one |two |three |several |\d+ )(?:[\w'’-]+ )?(?:police(?:m[ae]n|wom[ae]n)?|officers?|"
    r"soldiers?|guards?|constables?|gendarmes?)|"
    # Protesters beating officers; the state beating protesters is read as excessive force.
    r"(?:beat|beating|assaulted|assaulting|lynched|manhandled) (?:up )?(?:a |an |the |two |three |several |"
    r"\d+ )?(?:[\w'’-]+ )?(?:police(?:m[ae]n)?|officers?|constables?)|"
    r"(?:tyres|tires) (?:were )?(?:set )?"
    r"(?:on fire|ablaze|burn\w*)|smash(?:ed|ing) (?:[\w'’-]+ ){0,2}windows|looting|vandalism|arson|"
    r"marred by violence|outbreaks? of violence|(?<!non-)(?<!non )violent (?:protests?|demonstrations?|"
    r"clashes|unrest)|"
    r"erupted into violence|descended into (?:[\w'’-]+ ){0,6}violence|aggressive (?:protesters|crowds?)|"
    r"sparked (?:a )?(?:[\w'’-]+ )?(?:blaze|fires?)|lit (?:[\w'’-]+ )?(?:fires?|firecrackers|fireworks)|"
    r"(?:police(?:men)?|officers?|policem[ae]n|policewom[ae]n|security personnel|soldiers|troops) "
    r"(?:[\w'’-]+ ){0,2}(?:were |was )?(?:injured|wounded|hurt|stabbed|beaten|assaulted|hit by)|"
    # Stones thrown at the police, officers chased off, demonstrators who came armed with sticks.
    r"ston(?:ed|ing) (?:the )?(?:[\w'’-]+ )?(?:police|vehicles?|cars?|buses|officers|convoys?|"
    r"security forces|"
    r"troops|buildings?|offices?)|"
    r"chased (?:away |off )?(?:the )?(?:[\w'’-]+ )?(?:police(?:m[ae]n)?|officers|security forces|troops)|"
    r"armed with (?:[\w'’-]+ ){0,2}(?:sticks|stones|rocks|clubs|machetes|knives|iron rods|rods|bats|"
    r"slingshots|branches|axes|spears|bows|catapults)|"
    r"clash(?:es|ed) (?:[\w'’-]+ ){0,3}(?:with|between) (?:the )?(?:[\w'’-]+ ){0,2}(?:police|security forces|"
    r"troops|"
    r"soldiers|officers|authorities)|"
    r"violence (?:erupted|broke out|flared)|clash(?:es)? (?:erupted|broke out|ensued)|running battles?|"
    r"(?:injuring|wounding|hurting) (?:[\w'’-]+ ){0,3}?"
    r"(?:police(?:men)?|officers|policemen|security personnel|soldiers|troops)|"
    r"(?:were|was|had been|have been) (?:[\w'’-]+ )?(?:torched|set (?:on )?fire|set ablaze|set alight|"
    r"vandali[sz]ed|smashed|looted|ransacked|burn(?:ed|t)|damaged|destroyed)|"
    r"(?:broke|breaking|shattered|smashed) (?:[\w'’-]+ ){0,3}(?:windows|windscreens|glass|doors|cars|"
    r"vehicles)|"
    r"(?:came|coming) to blows|(?:traded|exchanged|trading) blows|fisticuffs|jostl(?:ed|ing)|shoving|"
    r"unruly|"
    # Headlines pair the sides: "protesters, police clash"; "police and students clashed".
    r"(?:protesters|protestors|demonstrators|marchers|students|youths),? (?:and )?(?:the )?(?:riot )?"
    r"(?:police|security forces|troops|soldiers|officers) clash\w*|"
    r"(?:police|security forces|troops|soldiers|officers),? (?:and )?(?:protesters|protestors|"
    r"demonstrators|marchers|students|youths) clash\w*|"
    # ACLED: road blocks made of burning tyres, logs or boulders, and police lines broken through.
    r"block\w* (?:[\w'’-]+ ){0,4}with (?:burning |burnt |flaming )?(?:tyres|tires|logs|tree trunks|"
    r"boulders|rocks|stones|debris)|"
    r"(?:broke|breaking|broken|breached|breaching) (?:the |a )?(?:[\w'’-]+ )?(?:police |security )?"
    r"(?:cordons?|barricades?|barriers))\b",
    re.IGNORECASE,
)
# Only an event noun can point back ("the blast"); "the militants opened fire" opens its own event.
_EVENT_NOUN_END = re.compile(
    r"(?:attacks?|blasts?|explosions?|bombings?|bombs?|strikes?|clash(?:es)?|encounters?|operations?|ambush|"
    r"assault|firing|shelling|abductions?|kidnappings?|protests?|rall(?:y|ies)|raids?|devices?|IEDs?|mines?|"
    r"grenades?|killings?(?: of)?|incidents?|fighting|gun ?fights?|battles?|exchange of fire|sit-ins?|"
    r"demonstrations?|massacres?|"
    r"riots?|cease-?fire|truce|agreement|deal|talks|arrests?|shells?|rockets?|missiles?|mortars?|"
    r"air ?strikes?|"
    r"airstrikes?|bombers?|vests?|jackets?|disappearances?)$",
    re.IGNORECASE,
)
# "The drone struck a house": a definite weapon as the subject is the one the report has named already.
_DEFINITE_JUST_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_WEAPON_START = re.compile(
    r"(?:drones?|quadcopters?|UAVs?|bombers?|suicide bombers?|devices?|bombs?|explosives|IEDs?|jets|"
    r"warplanes?|aircraft|helicopters?)\b",
    re.IGNORECASE,
)
# Stopped "before he could attack": the plot, not the arrest that stopped it, is the event.
_FOILED = re.compile(r"defus|diffus|foil|thwart|avert|unexploded|\bcould\b", re.IGNORECASE)
_ROAD_BLOCK = re.compile(r"block", re.IGNORECASE)
# A defusal under way or attempted, not done: "the device they were defusing", "trying to dismantle it".
_DEFUSAL_ATTEMPT = re.compile(
    r"(?:(?:attempt(?:ing|ed)?|trying|tried|try) to (?:[\w'’-]+ )?(?:defuse|dismantle|disarm)|"
    r"(?:defusing|dismantling|disarming))\b",
    re.IGNORECASE,
)
_WENT_OFF = re.compile(r"went off|exploded|detonated|blew up|goes off|explodes", re.IGNORECASE)


def _is_failed_defusal(text: str, start: int) -> bool:
    """Whether the disrupted-weapons trigger at `start` is a defusal attempted or under way."""
    return _DEFUSAL_ATTEMPT.search(text, max(0, start - 25), start + 30) is not None


_TERRITORY_TYPES = frozenset({S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, S.GOVERNMENT_REGAINS_TERRITORY})
_HANDOVER = re.compile(r"hand|transfer|deal|agreement|accord|truce|arrangement|understanding", re.IGNORECASE)
_WITHDRAWAL = re.compile(r"withdr|pull|retreat|evacuat|vacat|abandon|surrender|left", re.IGNORECASE)
_FORCED_TAKING = re.compile(
    r"captur|seiz|overr[au]n|storm|wrest|liberat|drove|driven|pushed|expel|fell|fallen|purg|evict|forced",
    re.IGNORECASE,
)
# Ground left "following intensive air and artillery bombardment" was fought for: a battle, not a transfer.
_FIGHTING_CUE = re.compile(
    r"\b(?:fight(?:s|ing)?|fought|clash\w*|battles?|battled|battling|bombard\w*|shell(?:s|ed|ing)|"
    r"artillery|air ?strikes?|airstrikes?|offensive|assault\w*|attack\w*|gunfire|under (?:heavy )?fire|"
    r"exchange of fire|counter-?attack\w*|onslaught|routed|defeat\w*)\b",
    re.IGNORECASE,
)
_RESISTANCE = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|battl\w*|gun ?fights?|exchange of fire|exchanged fire|returned fire|"
    r"repuls\w*|repel\w*|retaliat\w*|firefights?|shoot-?outs?|encounters?)\b",
    re.IGNORECASE,
)
# Words of an attack trigger that tell people harmed: "gunmen shot", "militants killed".
_HARM_IN_TRIGGER = re.compile(
    r"kill|shot|shoot|fir(?:e|ed|ing)\b|stab|hack|behead|slit|murder|assassin|slaughter|massacre|execut|"
    r"beat|wound|injur|hurt|tortur|lynch|dead|died|hostage|abduct|kidnap|assault|thrash|molest|rap(?:e|ed)\b",
    re.IGNORECASE,
)
_GUNFIRE = re.compile(
    r"\b(?:opened fire|(?<!set )fir(?:ed|ing) (?:at|on|upon|into|shots|bullets)|shots?|gunfire|gunshots?|"
    r"bullets?|shot (?:dead|at))\b",
    re.IGNORECASE,
)
_ATTACK_ON_GATHERING = frozenset(
    {
        S.SUICIDE_BOMB,
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        S.GRENADE,
        S.ATTACK,
        S.ARMED_CLASH,
        S.AIR_DRONE_STRIKE,
        S.MOB_VIOLENCE,
    }
)
_GATHERING_TARGETED = re.compile(
    r"\b(?:at|on|targeted|targeting|struck|hit|near|outside|during|into|attended|attending|addressing|"
    r"addressed|through|attacked|attacking|stormed|raided|bombed)\W+"
    # A part of the gathering's ground: "near the stage of a Pakistan Peoples Party rally".
    r"(?:(?:the\W+)?(?:stage|venue|entrance|gates?|podium|site|edge)\W+of\W+(?:[\w-]+\W+){0,4}|"
    r"(?:[\w-]+\W+){0,3})$",
    re.IGNORECASE,
)
_DURING_BEFORE = re.compile(r"\bduring\W+(?:[\w'’-]+\W+){0,3}$", re.IGNORECASE)
_CROWD = re.compile(
    r"\b(?:mobs?|crowds?|rioters|protesters|protestors|demonstrators|villagers|residents|supporters|"
    # A mood names a crowd only before its noun: "an angry crowd", not "were charged with arson".
    r"workers|students|youths?|"
    r"(?:angry|enraged|irate|charged)(?= (?!at |over |about |with |that |after |by )\w)|"
    r"(?:hundreds|thousands|dozens) of (?:[\w'’-]+ )?(?:people|men|youths|residents|villagers|locals))\b"
    # Owners ("villagers' homes") and sources ("residents said") are not the crowd that acted.
    r"(?!['’]|\s+(?:said|say|says|told|reported|fled|were (?:killed|injured|hurt|displaced)))",
    re.IGNORECASE,
)
# A crowd right after a preposition, or after what was done to it ("forcing villagers to flee"), is its
# owner or its victim, not the crowd that acted.
_CROWD_AS_OBJECT_BEFORE = re.compile(
    r"\b(?:of|for|against|from|to|on|at|killing|killed|injuring|injured|wounding|wounded|forcing|forced|"
    r"displacing|displaced|leaving|left|attacking|attacked|targeting|targeted|robbing|robbed|threatening|"
    r"threatened|terrori[sz]ing|terrori[sz]ed|abducting|abducted|kidnapping|kidnapped|beating|beat|"
    r"harassing|harassed|evicting|evicted|driving|drove|shooting|shot|assaulting|assaulted)\W+"
    # One modifier may stand between: "the shops of migrant workers".
    r"(?:the |their |local |several |some |\d+ |dozens of |hundreds of )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)
# Soldiers and militias burning villages destroy property (ACLED); only an unorganised crowd makes a mob.
_ARMED_ARSONIST = re.compile(
    rf"\b(?:{_MILITANTS}|soldiers|troops|security forces|militias?|militiamen|armed men|armed groups?)\b",
    re.IGNORECASE,
)


_RIOT_TYPES = frozenset({S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION})
# Civilians as the object of an attack verb or right after it: "gunmen killed two civilians near an army
# camp", "attacked a village", "killed the wife of a policeman".
_CIVILIANS_AFTER = re.compile(
    r"\W*(?:(?:killed|kills?|shot(?: dead)?|gunned down|murdered|attacked|stormed|targeted|opened fire on|"
    r"hacked|beheaded|executed|massacred)\W+)?"
    r"(?:(?!soldiers?|troops|police|policem[ae]n|officers?|guards?|militiam[ae]n|militias?|gendarm|fighters|"
    r"personnel|army|military|security|rebels?|militants?)[\w'’-]+\W+){0,3}?"
    r"(?:civilians?|villagers?|villages?|farmers?|residents?|teachers?|traders?|passengers|worshippers|"
    r"women|children|wife|wives|famil(?:y|ies)|herders?|shepherds?|students?|pupils|fishermen|miners|"
    r"labou?rers|chiefs?|elders?|journalists?|priests?|imams?|pastors?|aid workers|motorists|mourners|"
    r"shoppers|markets?|churche?s?|mosques?|schools?|buses|weddings?|funerals?)\b"
    # Who tells of the fight is no side of it: "a gunfight that residents said lasted until sunrise".
    r"(?!\W+(?:said|say|says|told|tell|reported|added|recalled|described|heard|saw)\b)",
    re.IGNORECASE,
)
# From a battle's trigger to a "that" or "which" clause of its toll: "attack on a checkpoint that killed".
_TOLL_CLAUSE_BETWEEN = re.compile(
    r"(?:\W+[\w'’-]+){0,6}?\W+(?:that|which)\W+(?:[\w'’-]+\W+)?$", re.IGNORECASE
)

# Setting a fire on purpose, as a property-destruction trigger words it.
_ARSON_WORD = re.compile(
    r"\b(?:set (?:[\w'’-]+ ){0,4}(?:on fire|ablaze|alight)|set fire|torch\w*|burn\w*|arson)",
    re.IGNORECASE,
)
# A riot named as the offence of a case or a charge ("arrest warrants in a case of rioting") is the law's
# word for an old event, not a riot told now.
_CHARGE_BEFORE = re.compile(
    # The preposition is needed: "a charged mob" is an angry one.
    r"\b(?:cases?|charges?|charged|accused|convicted|guilty|acquitted|sentenced|indicted|booked|trials?|"
    # Not across a finite verb: "women accused of witchcraft were lynched" are the mob's victims.
    r"tried|warrants?|offen[cs]es?)\s+(?:of|with|for|over|in)\s+"
    r"(?:(?!(?:were|was|had|have|has|are|is|been)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)

# A crowd trigger that ends on a deed against things: "residents torched", "villagers ransacked".
_PROPERTY_DEED_END = re.compile(r"(?:torched|burned|burnt|ransacked|vandali[sz]ed|looted)$", re.IGNORECASE)
# The press's own name for an unorganised violent crowd keeps its deeds mob violence, as ACLED files them.
_MOB_WORD = re.compile(r"\b(?:mobs?|lynch\w*|rioters|rioting)\b", re.IGNORECASE)
# What a crowd does to people rather than to things: "lynched", "beat", "pelted", "attacked", "chased".
_PEOPLE_SET_UPON = re.compile(
    r"\b(?:lynch\w*|beat(?:en|ing|s)?|thrash\w*|assault\w*|stab(?:bed|bing|s)?|hack(?:ed|ing)|ston(?:ed|ing)|"
    r"pelt\w*|attack\w*|clash\w*|fought|fight\w*|brawl\w*|chas(?:ed|ing)|scuffl\w*|skirmish\w*|"
    r"(?:stone|rock|brick)[- ]?(?:pelt|throw|hurl)\w*|threw|thrown|throwing|hurl\w*|confront\w*|"
    r"battl\w*|molest\w*|rap(?:ed|ing)|abduct\w*|kidnap\w*|hostage)\b",
    re.IGNORECASE,
)
# A deed named as what a protest is against or demands justice for: "against the torching of homes".
_DEED_AS_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:against|over|condemn\w*|denounc\w*|demand\w*|arrest of|action against|justice for|"
    # "gathered to oppose the demolition of a historic house".
    r"(?:to )?(?:oppose|opposing|resist|resisting|halt|halting|stop|stopping|prevent|preventing)|"
    r"punishment (?:of|for)|(?:probe|inquiry|investigation) into)\W+(?:[\w'’-]+\W+){0,3}$",
    re.IGNORECASE,
)
# An effigy or a flag burnt is a protest's symbol (see _NOT_SYMBOLIC).
_SYMBOLIC_NEAR = re.compile(rf"^(?:[\w'-]+\W+){{0,6}}?{_SYMBOLIC}", re.IGNORECASE)


# People counted hurt where the state breaks up a protest: "several people were injured", "injuring dozens".
_CROWD_HURT = re.compile(
    r"\b(?:(?:\d+|dozens|scores|several|many|some|hundreds|a number) (?:of )?(?:[\w'’-]+ ){0,2}(?:were|was|"
    r"had been|have been|got) (?:seriously |critically |badly |severely )?(?:injured|wounded|hurt|"
    r"hospitali[sz]ed|killed|taken to hospital|admitted to hospital)|(?:injuring|wounding|hospitali[sz]ing) "
    r"(?:at least )?(?:\d+|dozens|scores|several|many|hundreds))\b",
    re.IGNORECASE,
)
# A toll told as what the protest is about: "demanding justice after 3 people were killed by a truck".
_TOLL_AS_CAUSE_BEFORE = re.compile(
    r"\b(?:over|after|against|for|that|mourn\w*|memory of|condemn\w*|demand\w*|justice)\W+"
    r"(?:[\w'’-]+\W+){0,4}$",
    re.IGNORECASE,
)
_SECURITY_HURT = re.compile(
    r"police|officers|personnel|soldiers|troops|guards|constables|jawans", re.IGNORECASE
)


def _hurts_the_crowd(text: str) -> bool:
    """Whether a protest sentence counts people hurt in it, not police and not the protest's cause.

    ACLED: a peaceful crowd broken up with serious injuries is excessive force, not an intervention; people
    hurt by the tear gas that broke it up ("injured, some of them after inhaling tear gas") are not.
    """
    if _TEAR_GAS_HURT.search(text):
        return False
    return any(
        _TOLL_AS_CAUSE_BEFORE.search(text, 0, match.start()) is None
        and _SECURITY_HURT.search(match.group(0)) is None
        for match in _CROWD_HURT.finditer(text)
    )


_TEAR_GAS_HURT = re.compile(
    r"\b(?:after|from|by|due to|because of) (?:inhaling |breathing (?:in )?|the effects of )?(?:the )?"
    r"(?:tear[- ]?gas|pepper spray|smoke)\b|\b(?:suffocat\w*|breathing difficult\w*|fainted)\b",
    re.IGNORECASE,
)


def _spares_people(text: str, kinds: set[SubEventType]) -> bool:
    """Whether the sentence tells only harm to property: no one set upon, hurt or killed."""
    return (
        not (kinds - _RIOT_TYPES) & VIOLENT_SUB_TYPES
        and _PEOPLE_SET_UPON.search(text) is None
        and not _tells_harm(text)
    )


def _demonstrators_wreck(text: str, offset: int, triggers: list[Trigger]) -> bool:
    """Whether a protest sentence tells property looted, burnt or wrecked as news, not as its grievance.

    ACLED: demonstrators who destroy property make a violent demonstration ("villagers protesting the death
    torched a police jeep"), though no word names the crowd as violent.
    """
    if _ARMED_ARSONIST.search(text):
        return False
    return any(
        (
            t.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION
            or (t.sub_event_type is S.MOB_VIOLENCE and _PROPERTY_DEED_END.search(t.text))
        )
        and not t.reference
        and _DEED_AS_GRIEVANCE_BEFORE.search(text, 0, t.start - offset) is None
        and _SYMBOLIC_NEAR.search(text[t.start - offset : t.end - offset + 40]) is None
        for t in triggers
    )


def _crowd_acts(text: str) -> bool:
    """Whether a crowd is named as an actor of the sentence, not as owner, victim or source."""
    return any(
        _CROWD_AS_OBJECT_BEFORE.search(text, 0, match.start()) is None for match in _CROWD.finditer(text)
    )


_CASUALTY_CUE = re.compile(
    r"\b(?:killed|killing|kills|dead|died|death toll|injured|injuring|injures|wounded|wounding|martyred|"
    r"lost (?:their|his|her) lives?|succumbed|bodies|casualties|hurt|"
    r"laid down (?:their|his|her) lives?|embraced (?:martyrdom|shahadat)|neutrali[sz]ed|sent to hell|"
    r"claim(?:ed|ing) (?:the )?(?:[\w'’-]+ ){0,2}lives|"
    # Harm told by its manner: "burnt to death", "suffered severe burns".
    r"(?:burnt|burned|stabbed|hacked|beaten|bludgeoned|strangled|stoned|tortured|shot) to death|"
    r"(?:suffered|sustained|received) (?:[\w'’-]+ ){0,2}(?:burns|burn injuries|injuries|wounds))\b",
    re.IGNORECASE,
)
# A relative clause describes people or an event already known: "officers who died", "an attack wherein
# 32 people were killed".
_RELATIVE_PRONOUN_BEFORE = re.compile(
    r"\b(?:who|whom|whose|which|wherein|where)\W+(?:[\w-]+\W+){0,5}$", re.IGNORECASE
)


# Harm denied: "no one was hurt", "nobody was injured", "no casualties were reported", "without loss of life".
_NO_HARM_BEFORE = re.compile(
    r"\b(?:no|nobody|none|no-one|no one|neither|without)\W+(?:(?:one|of|them|people|persons|any|the|"
    r"reported|reporting|immediate|serious|major|loss|lives?|were|was|has|have|had|been|got|being)\W+){0,3}$",
    re.IGNORECASE,
)


def _tells_harm(text: str) -> bool:
    """Whether the sentence tells of deaths or injuries in its own clauses, not in relative or denied ones."""
    return any(
        _RELATIVE_PRONOUN_BEFORE.search(text, max(0, match.start() - 60), match.start()) is None
        and _NO_HARM_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None
        for match in _CASUALTY_CUE.finditer(text)
    )


# "soldiers had been killed in attacks this year, and suicide bombers and militants...": a plural weapon or
# attacker in a tally is many events.
_PLURAL_TRIGGER_END = re.compile(
    r"^[A-Za-z]+(?:s|es)$|\b(?:bombers|devices|bombs|grenades|rockets|missiles|mortars|drones|IEDs|vests)$"
)
# A count in the tens or more in a tally: "61 security operations in which 904 militants were killed".
TALLY_COUNT_BEFORE = re.compile(r"\b(?:\d{2,}|\d{1,3}(?:,\d{3})+)\W+(?:[\w'’-]+\W+)?$")
# "shelling incidents", "bomb attacks": a trigger that qualifies events named after it in the plural.
_PLURAL_EVENT_AFTER = re.compile(r"[\s-]+(?:incidents|attacks|cases|episodes)\b", re.IGNORECASE)
# A longer trigger that ends in events, not people: "ceasefire violations", "suicide attacks".
_PLURAL_EVENT_NOUN_END = re.compile(
    r"\b(?:attacks|blasts|explosions|bombings|strikes|clashes|encounters|operations|violations|incidents|"
    r"killings|abductions|kidnappings|raids|ambushes|shellings)$",
    re.IGNORECASE,
)
# Verbs of chronologies and headlines that end like plural nouns; the transitive ones are verbs when an
# object follows ("kidnaps and kills eleven athletes"), "bombs" and "shells" being nouns too.
_INTRANSITIVE_PRESENT = re.compile(r"\bexplodes$", re.IGNORECASE)
_TRANSITIVE_PRESENT = re.compile(
    r"\b(?:kidnaps|abducts|kills|bombs|shells|storms|ambushes|hijacks|executes|beheads|massacres)$",
    re.IGNORECASE,
)
_PRESENT_OBJECT_AFTER = re.compile(
    rf"\s+(?:and \w+\s+)?(?:(?:a|an|the|his|her|their|its|several)\b|{COUNT_PATTERN})", re.IGNORECASE
)
# The plural's own verb and a small count of victims right after it: "Blasts in Karbala killed ten people",
# "clashes near the border left four soldiers dead". A tally's hundreds are no one day's harm.
_HARM_COUNTED_AFTER = re.compile(
    r"(?:\s+(?:in|at|on|near|outside|across) (?:(?!(?:killed|wounded|injured|left)\b)[\w'’,-]+ ){0,6}?)?\s*"
    r"(?:killed|wounded|injured|left) (?:at least |more than |over |nearly |some )?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)\b",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twin|multiple|simultaneous|coordinated|"
    r"back-to-back|separate|both)\W+(?:[\w-]+\W+){0,1}$",
    re.IGNORECASE,
)


# A weapon that was recovered, seized, found or made did not go off: a disrupted weapons use, not an attack
# ("police recovered rifles, 49 rounds and a hand grenade"). The verbs of a live attack between the seizure
# verb and the weapon, or right after the weapon, undo this ("found the spot where a bomb exploded").
_LIVE_VERBS = (
    r"exploded|explosions?|went off|detonated|killed|killing|injured|injuring|wounded|wounding|hurled|lobbed|"
    r"threw|thrown|fired|attacked|struck|hit|blasts?|ripped|blew|targeted|died"
)
_SEIZED_BEFORE = re.compile(
    r"\b(?:recover\w*|seiz\w*|found|confiscat\w*|unearth\w*|discover\w*|detect\w*|impound\w*|retriev\w*|"
    r"hauls?|caches?|stash\w*|dumps?|possession|possessing|carrying|smuggl\w*|suppl(?:y|ied|ying)|"
    r"transport(?:ing|ed)|ferr(?:y|ied|ying)|traffick\w*|procur\w*|collect\w*|manufactur\w*|assembl\w*|"
    r"stockpil\w*|defus\w*|diffus\w*|deactivat\w*|"
    r"along with|dispos\w*|neutrali[sz]\w*)\b"
    rf"(?:(?!\b(?:{_LIVE_VERBS})\b)[^.;:])*$",
    re.IGNORECASE,
)
_SEIZED_AFTER = re.compile(
    rf"^(?:(?!\b(?:{_LIVE_VERBS})\b)[^.;:]){{0,80}}?\b(?:was|were|had been|have been|has been|being) "
    r"(?:also |later |safely |subsequently )?(?:recovered|seized|found|confiscated|defused|detected|"
    r"unearthed|"
    r"impounded|retrieved|deactivated|disarmed|diffused|spotted|smuggled|transported|stored|stockpiled|"
    r"supplied|procured|neutrali[sz]ed|disposed)\b",
    re.IGNORECASE,
)
_LIVE_AFTER = re.compile(rf"^\W*(?:[\w-]+\W+){{0,2}}?(?:{_LIVE_VERBS})\b", re.IGNORECASE)
_MUNITION_END = re.compile(
    r"(?:mortars?|shells?|rockets?|missiles?|grenades?|RPGs?|bombs?|IEDs?|mines?|devices?|explosives?|"
    r"vests?|jackets?|drones?|UAVs?|unmanned aerial vehicles?)$",
    re.IGNORECASE,
)
SEIZURE_WINDOW = 100


# A passive verb opening a relative clause about people: "jawans who were killed in a Maoist ambush",
# "engineers who had been abducted". The clause runs on to the trigger when no punctuation intervenes.
_RELATIVE_PASSIVE = (
    # "whose homes were damaged in military operations": what befell the people the sentence is about.
    r"\b(?:who(?:m)?|whose\s+\w+)\s+(?:had\s+been|have\s+been|has\s+been|was|were|got)\s+(?:\w+ly\s+)?"
    r"(?!(?:suspected|accused|alleged|believed|involved|wanted|thought|said|reported|arrested)\b)"
)
# A death in the main clause ("who was shot on Monday succumbed to his injuries") completes the event.
_DEATH_NOW = re.compile(
    r"\b(?:succumbed|died|passed away|breathed (?:his|her) last|death toll|bodies)\b", re.IGNORECASE
)
# The clause ends at the main verb's own auxiliary: in "elders who were members of a peace committee were
# shot dead" the killing is the news ("who was abducted and was killed" goes on in the clause).
_RELATIVE_BEFORE = re.compile(
    rf"{_RELATIVE_PASSIVE}(?:(?!(?<!and\s)(?:was|were|is|are)\b)[\w-]+\s+){{0,8}}$", re.IGNORECASE
)
_RELATIVE_INSIDE = re.compile(rf"{_RELATIVE_PASSIVE}\w+", re.IGNORECASE)


def _in_relative_clause(text: str, start: int, trigger: str) -> bool:
    """True when the trigger is told in a relative clause about someone the sentence is about."""
    if _DEATH_NOW.search(text):
        return False
    before = text[max(0, start - 80) : start]
    if _PROGRESSIVE_RELATIVE_BEFORE.search(before) and _ING_START.match(trigger):
        return False  # what they were doing at the time: "clashed with students who were protesting"
    if _PROGRESSIVE_RELATIVE_INSIDE.search(trigger):
        return False  # the same, told inside the trigger: "arrested 25 activists who were marching"
    inside = _RELATIVE_INSIDE.search(trigger)
    # "soldiers who were in the car were killed": the clause ended before the trigger's own verb.
    ends_inside = inside is not None and _MAIN_AUXILIARY.search(trigger, inside.end()) is not None
    return bool(_RELATIVE_BEFORE.search(before) or (inside is not None and not ends_inside))


_MAIN_AUXILIARY = re.compile(r"(?<!\band )\b(?:was|were|is|are)\b", re.IGNORECASE)


_PROGRESSIVE_RELATIVE_BEFORE = re.compile(r"\bwho\s+(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ING_START = re.compile(r"(?!being\b)\w+ing\b", re.IGNORECASE)
_PROGRESSIVE_RELATIVE_INSIDE = re.compile(
    r"\bwho\s+(?:was|were)\s+(?:\w+ly\s+)?(?!being\b)\w+ing\b", re.IGNORECASE
)


# "arrested in connection with an IED blast in which six troopers were killed": the toll of a clause hung
# on a back-reference tells that same old event, not a new one.
_WHICH_CLAUSE_BETWEEN = re.compile(
    r"^\W*(?:[\w'-]+\W+){0,12}?(?:(?:in|during|after) which|wherein)\W+(?:[\w'-]+\W+){0,6}$", re.IGNORECASE
)


def _refer_which_clauses(text: str, offset: int, triggers: list[Trigger]) -> list[Trigger]:
    """Mark as references the triggers of a "which" clause that follows a back-referenced trigger, and of a
    "that"/"which" clause that tells what a back-referenced object did ("arrested three suspects over
    Wednesday's bombing in Quetta that killed eight people")."""
    references = [trigger for trigger in triggers if trigger.reference]
    if not references:
        return triggers

    def describes(ref: Trigger, trigger: Trigger) -> bool:
        between = text[ref.end - offset : trigger.start - offset]
        if _WHICH_CLAUSE_BETWEEN.search(between):
            return True
        # Only an event named as what others are held for or asked about, not one the sentence tells ("The
        # blast, which killed five, ripped through the market", "the bomb that went off near the convoy").
        return (
            _HELD_FOR_BEFORE.search(text, max(0, ref.start - offset - 40), ref.start - offset) is not None
            and _RELATIVE_SUBJECT_BETWEEN.search(between) is not None
        )

    return [
        replace(trigger, reference=True)
        if not trigger.reference
        and any(ref.end <= trigger.start and describes(ref, trigger) for ref in references)
        else trigger
        for trigger in triggers
    ]


_RELATIVE_SUBJECT_BETWEEN = re.compile(
    r"^(?:\s+(?:in|at|near|on|of)\s+[\w'-]+(?:\s+[\w'-]+)?)?,?\s+(?:that|which)\s+(?:had\s+|has\s+)?$",
    re.IGNORECASE,
)


_GERUND_START = re.compile(r"[a-z]+ing\b")


def _clause_end(text: str, position: int) -> int:
    """Where the clause holding `position` ends: the next semicolon, else the end of the sentence."""
    found = text.find(";", position)
    return len(text) if found < 0 else found


_ANY_BEFORE = re.compile(
    r"\b(?:any|all|every)\s+(?:(?:kind|form|type)s?\s+of\s+)?$"
    # What a gathering is declared or termed: "declared any gathering of four people an unlawful assembly".
    r"|\b(?:declar|deem|term|label|brand)\w*\b[^.;]{0,80}\b(?:an?|as)\s+$",
    re.IGNORECASE,
)
_ANIMAL_OBJECT = re.compile(
    r"\s+(?:dead\s+)?(?:a|an|the|two|three|four|five|several|some|dozens of|\d+)?\s*(?:stray\s+|wild\s+)?"
    r"(?:cows?|cattle|buffal(?:o|oes)|goats?|sheep|camels?|donkeys?|horses?|dogs?|cats?|birds?|animals?|"
    r"livestock|leopards?|bears?|wolves|wolf|snakes?|pigs?|boars?)\b"
    # The animal is the object itself, not a word of a person's trade ("a cattle dealer").
    r"(?=\s*(?:[,.;:]|$)|\s+(?:that|which|and|in|at|near|on|of|from|belonging|with|by|after|as|for)\b)",
    re.IGNORECASE,
)
_PROP_BEFORE = re.compile(r"\b(?:mock|dummy|fake|replica|toy|imitation)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# The kit the attackers carried, not how the attack was made: "militants armed with rocket-propelled grenades
# assaulted a police post" (an assault, told by its verb).
_CARRIED_BEFORE = re.compile(r"\barmed with (?:[\w'’-]+,? ){0,4}?(?:and |or )?(?:[\w-]+ )?$", re.IGNORECASE)
_CARRIED_WEAPON = re.compile(
    r"(?:rocket[- ]propelled grenades?|RPGs?|grenades?|rockets?|(?:rocket|grenade) launchers?|mortars?)$",
    re.IGNORECASE,
)
_FIREARMS_LISTED_AFTER = re.compile(rf",? (?:and|as well as) (?:heavy |light )?{_FIREARMS}\b", re.IGNORECASE)
_FIREARMS_LISTED_BEFORE = re.compile(
    rf"\bwith (?:heavy |light )?{_FIREARMS},? (?:and|as well as) (?:[\w-]+ )?$", re.IGNORECASE
)
_PROPELLED_AFTER = re.compile(r"[- ]propelled\b", re.IGNORECASE)
_ASSAULT_VERB = re.compile(
    r"\b(?:assaulted|attacked|stormed|raided|ambushed|overran|opened fire|fired on|fired at)\b", re.IGNORECASE
)
_HABIT_WORD = re.compile(
    r"\b(?:never|routinely|often|regularly|frequently|usually|habitually|every (?:day|week|month)|"
    r"at a time|for days on end)\b",
    re.IGNORECASE,
)
# "IS-K has repeatedly attacked the Shiite minority": a record of many deeds, none of them an event.
_HABIT_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)(?: also)? (?:repeatedly|frequently|often|regularly|routinely|long|time and again) $",
    re.IGNORECASE,
)
_PRESENT_PASSIVE_BEFORE = re.compile(
    r"\b(?:are|is|get|gets) (?:(?:routinely|often|regularly|frequently|usually|sometimes|still) )?$",
    re.IGNORECASE,
)
_PEOPLE_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:men|women|man|woman|persons?|people|employees|engineers|workers|labou?rers|officials|passengers|"
    r"victims|soldiers|policem[ae]n|personnel|students|children|boys?|girls?|traders?|tourists|hostages)\b",
    re.IGNORECASE,
)


def is_seized_weapon(text: str, start: int, end: int) -> bool:
    """True when a weapon noun names something recovered or seized rather than used."""
    if _MUNITION_END.search(text[start:end]) is None or _LIVE_AFTER.search(text[end : end + 40]):
        return False
    if _SEIZED_BEFORE.search(text[max(0, start - SEIZURE_WINDOW) : start]):
        return True
    return _SEIZED_AFTER.search(text[end : end + SEIZURE_WINDOW]) is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence (or clause) of the article; offsets index the article text. `places` are its toponyms."""

    start: int
    end: int
    text: str
    places: tuple[str, ...] = ()
    # Names tagged as places that the gazetteer does not know ("Shaltan village"): they may lie inside a
    # place the article names, so they tell another incident only beside another kind of violence or a
    # toll of their own (see `_find_draft`).
    vague_places: tuple[str, ...] = ()
    # Of `places`, the provinces and countries; and the provinces the other places lie in: "Kharan" after a
    # lead that named only "Balochistan" is inside the lead's scene.
    containers: tuple[str, ...] = ()
    inside: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    """A span of text that decided something (a role, a separation); offsets index the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A word or phrase that reports an event of `sub_event_type`; offsets index the article text."""

    sub_event_type: SubEventType
    start: int
    end: int
    text: str
    specific: bool = True
    reference: bool = False
    recalled: bool = False
    claimed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceReading:
    """What one sentence says about events: its live triggers and role cues."""

    sentence: Sentence
    triggers: tuple[Trigger, ...] = ()
    background_cue: Cue | None = None
    past_perfect: bool = False
    separate: bool = False
    casualties: bool = False
    # A toll told outside relative clauses: "the families of officers who died in the attack" tells no harm.
    harm_told: bool = False
    # A clause of the sentence read just before (`split_compound`), not a sentence of its own.
    continues: bool = False
    # One of the clauses a sentence telling several incidents was read as.
    compound: bool = False

    @property
    def references_only(self) -> bool:
        """True when every trigger points back to an earlier mention ("the blast")."""
        return bool(self.triggers) and all(trigger.reference for trigger in self.triggers)


@dataclass(frozen=True, slots=True, kw_only=True)
class DetectedEvent:
    """One event: its sub-type, role, the sentences that report it and the trigger that set its type."""

    sub_event_type: SubEventType
    role: Role
    sentences: tuple[Sentence, ...]
    triggers: tuple[Trigger, ...]
    type_trigger: Trigger
    role_cue: Cue | None = None
    places: tuple[str, ...] = ()

    @property
    def event_type(self) -> EventType:
        return self.sub_event_type.event_type

    @property
    def trigger_sentences(self) -> tuple[Sentence, ...]:
        """The sentences that hold one of the event's triggers, in text order."""
        return tuple(
            sentence
            for sentence in self.sentences
            if any(sentence.start <= trigger.start < sentence.end for trigger in self.triggers)
        )


# Word-initial stems of every trigger; anchored at word starts, which makes the scan about three times faster.
PREFILTER = re.compile(
    r"\b(?:kill|dead|death|die[sd]|injur|wound|martyr|attack|assault|blast|bomb|explo|detonat|\bIEDs?\b|mine|"
    r"grenade|shot|shoot|gun|fire|firing|clash|encounter|fight|ambush|strike|drone|air ?raid|shell|mortar|"
    r"artillery|rocket|missile|chemical|gas|kidnap|abduct|hostage|missing|disappear|protest|"
    r"rall(?:y|ies|ied)|"
    r"sit-in|demonstrat|march|riot|mob|lynch|torch|ablaze|loot|ransack|ceasefire|cease-fire|truce|peace|"
    r"agreement|accord|arrest|detain|apprehend|custody|nabbed|defus|foil|thwart|avert|recover|seiz|banned|"
    r"proscri|merg|split|surrender|captur|control|regain|retook|operation|raid|militan|terror|insurg|"
    r"rape|camps?\b|headquarters|stone|slogan|strike|establish|set up|took over|taken over|overr[au]n|withdr|"
    r"pulled out|freed|liberat|recaptur|retook|drove|pushed|expel|purg|evict|occupied|sexual|abuse|molest|"
    r"projectile|booby|kamikaze|chlorine|sarin|mustard|toxic|poison|nerve agent|jet|warplane|aircraft|"
    r"helicopter|gunship|"
    r"whisked|picked up|cache|stash|firearm|weapon|ammunition|intercept|discover|vandal|plunder|razed|"
    r"demolish|burn|vigilante|dharna|streets|neutrali|eliminat|defect|disband|formation|appoint|chief|"
    r"storm|behead|slaughter|massacre|assassin|hacked|stabbed|deal|pact|swap|prisoner|unrest|turmoil|hurt|"
    r"throats?|alive|punch|kicked|toppl|cut down|chopped|felled|laced|spiked|"
    r"bod(?:y|ies)|succumb|casualt|lost (?:their|his|her) lives|sabotag|damag|destroy|wreck|uproot|base|"
    r"outpost|observation|deploy|reinforc|mobili|dispatch|redeploy|amass|walk-?out|vigil|shot down|intercept|"
    r"repel|repuls|fought off|beat back|suicide|peaceful|unarmed|taken (?:away )?by|formed|militia|brigade|"
    r"battalion|alliance|coalition|withdr|retreat|evacuat|vacat|handed|handing|hands? over|handover|retak|"
    r"without (?:a |any )?(?:fight|resist|firing|bloodshed|clash|a shot)|cleared|clearing|battl|recruit|"
    r"designat|allegiance|joined forces|ranks of|rejoin|reunit|tear ?gas|water cannon|rubber bullet|baton|"
    r"lathi|knife|stabb|humanitarian|cessation|vandal|appoint|emir|ameer|new (?:chief|leader|head)|blew|"
    r"blown|blow|beat|thrash|strangl|entered|advanced|pushed into|molotov|incendiar|fire-?bomb|jail|imprison|"
    r"remand|"
    r"fought|battled|tortur|chopper|picket|blockad|dispers|offensive|counter-?offensive|counter-?attack|execut|"
    r"brawl|ramm|hurl|brick|laid down|turned in|blows|pummel|roughed|doused|amok|landmine|assailant|armed|"
    r"ransom|spirited|snatch|mowed|mowing|"
    r"retaliat|lobbed|pistol|cartridge|go off|went off|set off|transfer of power|joining|named as|"
    # The filter passes every rule's words, so that it changes no result: people "held ... inside" or
    # "holding suspects", "kept ... captive", placards "held" aloft.
    r"plough|plow|acid|held|holding|kept|keeping|barricad|confin|captiv|"
    r"detention|arson|pillag|destruction|gutted|alight|treaty|memorandum|dismantl|deactivat|bulldoz|ordnance|"
    r"de-?mining|negotiat|air-?strike|separatist|rebel|took|taken|talks|joined|agitat|desecrat|demoli|"
    r"armistice|understanding|skirmish|rampag|stole|made off|gherao|roko|unmanned|murder|dynamit|"
    r"chopped off|cut off|shahadat|sent to hell|(?:VB|RC|PB|SVB)IED|"
    r"gather|assembled|congregat|converg|turned out|poured|placard|banner|pepper|disarm|uncover|made safe|"
    r"rendered|blocked|effig|agreed|hostilit|confiscat|conscript|install|relocat|fell (?:to|into)|"
    r"fallen (?:to|into)|abandon|sets up|command (?:cent|post)|unopposed|unchallenged|"
    r"declarations? of princip|rustl|pots|shutdown|raping|hijack|commandeer|dislodg|routed|boarded|diverted|"
    r"sailed|steered|"
    r"(?:break(?:s|ing)?|broke(?:n)?) (?:away|ranks)|bundled|shoved|"
    r"(?:mass|clandestine|secret|unmarked|shallow) graves?|escaped|broke out|"
    r"lock-?up|penitentiar|padyatra|armed with|curfew|coup|ousted|toppl|overthr|deposed|dissolved|removed|"
    r"suspended|abrogated|scrapped|grabbed|carried (?:away|off)|led (?:away|off)|marched (?:away|off)|"
    r"choking|blister|phosgene|chloropicrin|"
    r"unfasten|loosen|unbolt|unscrew|saboteur|tore up|ripped up|laced with|pesticid|insecticid|cyanide|"
    r"deliberately|intentionally|sprayed|riddled|raked|peppered|splinter|dissolution|back in|back under|"
    r"stripped|candles|"
    r"into (?:a|an|their|the|his|her) (?:[\w-]+ )?(?:car|vehicle|jeep|pickup|van|SUV))",
    re.IGNORECASE,
)


# The stems' first letters are looked up before the long alternation is run: most sentences have none.
_PREFILTER_GATE = build_rule_gate((PREFILTER,), patterns=(PREFILTER,))


# In a whole article the alternation soon finds a stem; the gate pays off on sentences, most have none.
_GATED_TEXT_LENGTH = 1_000


def could_report_event(text: str) -> bool:
    """Cheap pre-filter: False when no trigger stem occurs, so the article can skip the spaCy pipeline."""
    if len(text) <= _GATED_TEXT_LENGTH and not _PREFILTER_GATE.may_match(text):
        return False
    return PREFILTER.search(text) is not None


def _harm_beside_sport(text: str) -> bool:
    """Whether a sentence whose only non-event words are a match's counts people killed or hurt."""
    if _SPORT_CONTEXT.search(text) is None or PEOPLE_HARMED.search(text) is None:
        return False
    return NON_EVENT_CONTEXT.search(_SPORT_CONTEXT.sub(" ", text)) is None


# Armed groups that hold people with no state's authority: what they "detain" they abduct (ACLED). Not
# the groups that govern where they hold people (the Taliban since 2021, the Houthis, Hamas).
_CAPTOR_AGENT = re.compile(
    r"\b(?:(?i:militants|insurgents|rebels|gunm[ae]n|guerr?illas|Maoists?|cadres|jihadists|bandits|"
    r"terrorists|extremists|paramilitaries|militiam[ae]n|pirates|kidnappers|Naxal(?:ite)?s)|Tigers|LTTE|"
    r"Boko Haram|ISWAP|Islamic State|ISIS|ISIL|Daesh|[Aa]l-Shabaa?b|[Aa]l-Qaeda|JNIM|M23|ELN|NPA|"
    r"New People's Army|Abu Sayyaf)\b"
)
_STATE_AGENT_WORD = re.compile(rf"\b{_STATE_AGENT}\b", re.IGNORECASE)
# Not "rounded up": armed men round people up to kill or harangue them there ("rounded up the villagers
# ... then pulled the headmaster out of the crowd").
_ACTIVE_ARREST_VERB = re.compile(r"(?:detained|detaining)", re.IGNORECASE)
# Between the group and the verb, a passive or a new clause: the group is not the verb's subject.
_NOT_ACTIVE_BETWEEN = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get|who|whom|which|that|after|when|while|by|said|says)\b",
    re.IGNORECASE,
)
# The people held, right after the verb: "detained three villagers", "detaining its 15 crew members"; the
# verb may be quoted as the captors' word ("JNIM 'detained' two aid workers").
_HELD_PEOPLE_AFTER = re.compile(
    rf"['’\"”]?\s+(?:(?:a|an|the|his|her|their|its|some|several)\b|{COUNT_PATTERN}|{_SEIZED_PERSON}|people)",
    re.IGNORECASE,
)
# The state's men and offices, beside _STATE_AGENT: "Rapid Action Battalion (RAB) on May 24 detained".
_STATE_OFFICE = re.compile(
    r"\b(?:RAB|Battalions?|NIA|NDS|agenc(?:y|ies)|authorities|officials|intelligence|investigators|courts?|"
    r"department|ministry|Directorate)\b",
    re.IGNORECASE,
)
# People rounded up and killed there and then: the killing is the event, the round-up part of it.
_KILLED_THEN = re.compile(
    r"\band (?:then )?(?:executed|killed|shot|massacred|beheaded|gunned down|slaughtered|hacked)\b",
    re.IGNORECASE,
)


def _armed_group_acts(text: str, start: int) -> bool:
    """Whether an armed group (not the state, named nowhere in the sentence) is the subject of the verb at
    `start`: no passive or new clause between the group and the verb."""
    captors = list(_CAPTOR_AGENT.finditer(text, 0, start))
    return (
        bool(captors)
        and _NOT_ACTIVE_BETWEEN.search(text, captors[-1].end(), start) is None
        and _STATE_AGENT_WORD.search(text) is None
    )


def _held_by_armed_group(text: str, start: int, end: int) -> bool:
    """Whether the people an active arrest verb at `start` holds were taken by an armed group, its subject:
    "Sea Tigers of the LTTE seized a cargo vessel, detaining its crew", "Maoists detained three villagers".
    Not militants arrested ("cadres were on May 8 arrested", "five militants were killed and one arrested"),
    nor a sentence that names the state's forces anywhere, nor people held only to be killed ("rounded up
    residents and executed 12 peasants")."""
    return (
        _ACTIVE_ARREST_VERB.fullmatch(text[start:end]) is not None
        and _armed_group_acts(text, start)
        and _HELD_PEOPLE_AFTER.match(text, end) is not None
        and _STATE_OFFICE.search(text) is None
        and _KILLED_THEN.search(text, start) is None
    )


def read_sentence(sentence: Sentence) -> SentenceReading:
    """Find the live (not negated, not hypothetical) event triggers of one sentence and its role cues."""
    text = sentence.text
    if not could_report_event(text):
        return SentenceReading(sentence=sentence)
    raw: list[tuple[TriggerRule, re.Match[str]]] = []
    for rule in _TRIGGER_GATE.rules_for(text):
        if rule.anchor is None or rule.anchor.search(text):
            raw.extend((rule, match) for match in rule.pattern.finditer(text))
    if not raw:
        toll = _CASUALTY_CUE.search(text) is not None and NON_EVENT_CONTEXT.search(text) is None
        return SentenceReading(sentence=sentence, casualties=toll, harm_told=toll and _tells_harm(text))
    non_event = NON_EVENT_CONTEXT.search(text) is not None and not _harm_beside_sport(text)
    commentary = COMMENTARY_SENTENCE.search(text) is not None
    kept, holding = _keep_outermost(raw)
    triggers: list[Trigger] = []
    for rule, match in kept:
        # Hazards, accidents and sport share their verbs with violence ("killed", "blast", "shot"), not with
        # protests or arrests: a riot after a cricket match is still a riot.
        if (
            non_event
            and rule.sub_event_type.event_type in _HAZARD_CONFUSABLE_TYPES
            and not (rule.specific and rule.sub_event_type in _EXPLOSIVE_TYPES | {S.AIR_DRONE_STRIKE})
        ):
            continue
        if rule.needs_context and not _has_violence_cue(text, match.start(), match.end(), rule.context):
            continue
        if not rule.specific and _is_uncounted_plural(text, match.start(), match.group(0)):
            continue
        if _is_hypothetical(text, match.start(), match.end()):
            continue
        if _PRESENT_PASSIVE_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ) and _HABIT_WORD.search(text, text.rfind(";", 0, match.start()) + 1, _clause_end(text, match.end())):
            # "young men are picked up by security agencies and never charged": what happens, not an event.
            continue
        verb_start = match.end() - len(match.group(0).rsplit(" ", 1)[-1])
        if _HABIT_PERFECT_BEFORE.search(text, max(0, match.start() - 40), verb_start):
            continue
        if (
            rule.sub_event_type in _NEEDS_ARMED_GROUP
            and not _ARMED_GROUP_CUE.search(text)
            and not _CURFEW.search(match.group(0))
        ):
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        if rule.attack_verb and _ANIMAL_OBJECT.match(text, match.end()):
            # "Herdsmen killed a cow", "shot dead two stray dogs": no person harmed.
            continue
        if rule.sub_event_type in _WEAPON_TYPES and _PROP_BEFORE.search(before):
            continue  # "a mock suicide vest", "dummy bombs": props of a drill
        if rule.sub_event_type in _WEAPON_TYPES and _PROPELLED_AFTER.match(text, match.end()):
            continue  # the "rocket" of a rocket-propelled grenade names the grenade, read as a whole
        if _CARRIED_WEAPON.search(match.group(0)) and rule.sub_event_type in _WEAPON_TYPES:
            carried = _CARRIED_BEFORE.search(before) is not None and _ASSAULT_VERB.search(text, match.end())
            # Beside guns in one list, after the assault: "attacked the checkpoint with rocket-propelled
            # grenades and machine guns" (ACLED and GTD code the fight, not the grenade).
            mixed = _ASSAULT_VERB.search(text, 0, match.start()) is not None and (
                _FIREARMS_LISTED_AFTER.match(text, match.end()) is not None
                or _FIREARMS_LISTED_BEFORE.search(before) is not None
            )
            if carried or mixed:
                continue
        if rule.sub_event_type in _WEAPON_TYPES and _CLEARANCE_BEFORE.search(before):
            continue  # "demanded the clearance of landmines": mines to be cleared, not a blast
        if rule.sub_event_type is S.MOB_VIOLENCE and _is_armed_vigilante_side(text, match):
            continue
        if (
            rule.sub_event_type is S.ARRESTS
            and _ORDINARY_CRIME.search(text)
            and not _POLITICAL_SUSPECT.search(text)
        ):
            # Drug couriers, robbers and smugglers held by the police are crime, not political (ACLED codes
            # arrests of political actors, militants and demonstrators).
            continue
        # "The third attack this year" talks about attacks; "an unknown number of gunmen opened fire" and
        # "dozens of mortar shells" report one.
        event_noun = _EVENT_NOUN_END.search(match.group(0)) is not None and not _MUNITION_END.search(
            match.group(0)
        )
        if event_noun and _COMMENTARY_BEFORE.search(before):
            continue
        if (
            rule.sub_event_type is S.SHELLING_ARTILLERY_MISSILE_ATTACK
            and not rule.specific
            and _GUNFIRE_WITH_BEFORE.search(before)
        ):
            # "opened fire with automatic weapons and rockets": the weapons of a gunfight at close range.
            continue
        if _PLURAL_EVENT_NOUN_END.search(match.group(0)) and _STANCE_AGAINST_BEFORE.search(before):
            # "a scholar who had issued edicts against suicide attacks": a stance on a kind of attack.
            continue
        if commentary and (
            not (rule.specific or match.start() in holding)
            # "blamed for abducting government employees": a gerund in a tally names a habit.
            or _GERUND_START.match(match.group(0))
            or _PLURAL_TRIGGER_END.search(match.group(0))
            or _PLURAL_EVENT_NOUN_END.search(match.group(0))
            or TALLY_COUNT_BEFORE.search(before)
            or _PLURAL_EVENT_AFTER.match(text, match.end())
        ):
            # A tally ("a total of 123 persons... ten rebels were killed in encounters this year") reports
            # many events at once: only a named method in the singular reports one of them.
            continue
        # A determiner points back only from a noun ("the blast"); before a verb it opens the subject
        # ("the Counter Terrorism Department arrested").
        determined = (
            _REFERENCE_BEFORE.search(before) is not None
            and _EVENT_NOUN_END.search(match.group(0)) is not None
            and _INDEFINITE_BEFORE.search(before) is None
        ) or (
            _DEFINITE_JUST_BEFORE.search(before) is not None
            and (
                _WEAPON_START.match(match.group(0)) is not None
                # "The abducted men were identified as ...": people the report has told of.
                or (
                    match.group(0).endswith("ed")
                    and _PEOPLE_AFTER_PARTICIPLE.match(text, match.end()) is not None
                )
            )
        )
        reference = determined or any(
            pattern.search(before) for pattern in (_REFERENCE_VERB_BEFORE, _SECOND_BEFORE)
        )
        if reference and not determined and _PERSON_DEED_PASSIVE_BEFORE.search(before):
            # "Four women accused of witchcraft were lynched": the charge names the victims; the passive
            # verb after it is the news.
            reference = False
        if reference and not determined and _NEW_AFTER_BEFORE.search(before):
            # "Police arrested three men after a bomb exploded near the court": an indefinite trigger after
            # "after" or "following" tells a new event, not one reported before.
            reference = False
        if reference and rule.sub_event_type in _WEAPON_TYPES and _BARE_MUNITION_AFTER_BEFORE.search(before):
            # "treated for suffocation after chlorine gas hit the town": a weapon with no article after
            # "after" is as new as "after a bomb exploded".
            reference = False
        if rule.sub_event_type.event_type is EventType.PROTESTS and _SET_OFF_BEFORE.search(before):
            # The protests a deed set off are the reaction, not this sentence's event: "shot dead an
            # employee, triggering protests by his colleagues". Riots it set off are violence of their own.
            reference = True
        if rule.sub_event_type is S.ABDUCTION_FORCED_DISAPPEARANCE and (
            _RELEASE_BEFORE.search(before) or _TAKEN_PRONOUN.search(match.group(0))
        ):
            # "... and took them away": the people were told of before, and so was their seizure.
            reference = True
        if _LEGAL_AFTER.match(text, match.end()):
            reference = True
        sub_type = rule.sub_event_type
        if rule.attack_verb:
            sub_type = S.ARMED_CLASH if _victim_is_armed(text, match.start(), match.end()) else S.ATTACK
        elif sub_type in _WEAPON_TYPES and is_seized_weapon(text, match.start(), match.end()):
            sub_type, reference = S.DISRUPTED_WEAPONS_USE, False
        elif sub_type is S.ARRESTS and _held_by_armed_group(text, match.start(), match.end()):
            sub_type = S.ABDUCTION_FORCED_DISAPPEARANCE
        elif (
            sub_type is S.ARRESTS
            and match.group(0).lower() == "rounded up"
            and _armed_group_acts(text, match.start())
        ):
            # "Armed cadres came to a village and rounded up the villagers": no arrest; what they then did
            # to them is the event.
            continue
        triggers.append(
            Trigger(
                sub_event_type=sub_type,
                start=sentence.start + match.start(),
                end=sentence.start + match.end(),
                text=match.group(0),
                specific=rule.specific,
                reference=reference,
                recalled=_in_relative_clause(text, match.start(), match.group(0))
                or _ANNIVERSARY_BEFORE.search(before) is not None
                # "died a day after the attack" points back to the news; "a day after a bomb killed" tells
                # an earlier one.
                or (not reference and _told_days_before(text, match.start()))
                or (
                    _YEAR_DATED_AFTER.match(text, match.end()) is not None
                    and FRESH_TIME.search(text) is not None
                ),
                claimed=_CLAIM_BEFORE.search(before) is not None,
            )
        )
    if (
        triggers
        and all(t.recalled and not t.reference for t in triggers)
        and _NEWS_CAME_DAY_AFTER.search(text)
    ):
        # "The verdict came a day after men hurled a grenade into the same market": when the sentence's own
        # news is no event (a verdict, a meeting, a memorial), a deed a day or two before it is the news.
        triggers = [
            replace(t, recalled=False) if _told_days_before(text, t.start - sentence.start) else t
            for t in triggers
        ]
    triggers = _refer_protest_causes(text, sentence.start, triggers)
    triggers = _drop_scene_words(text, sentence.start, triggers)
    triggers = _resolve_sentence(text, sentence.start, _refer_which_clauses(text, sentence.start, triggers))
    if any(t.sub_event_type is S.OTHER and _COUP_WORD.search(t.text) for t in triggers):
        # Soldiers who seize power and hold the president: the coup is the event, the detention part of it.
        triggers = [t for t in triggers if t.sub_event_type is not S.ARRESTS]
    if any(t.sub_event_type.event_type in VIOLENT_EVENT_TYPES for t in triggers) or _HARM_VERB.search(text):
        # Inmates who "escaped from prison and killed a guard": the violence is the event, and its toll.
        triggers = [t for t in triggers if t.sub_event_type is not S.OTHER or not _ESCAPE.match(t.text)]
    background = find_background_cue(text) or _find_dated_recall(text)
    separate = _SEPARATE_CUE.search(text)
    return SentenceReading(
        sentence=sentence,
        triggers=tuple(triggers),
        background_cue=(
            Cue(
                start=sentence.start + background.start(),
                end=sentence.start + background.end(),
                text=background.group(0),
            )
            if background
            else None
        ),
        past_perfect=_PAST_PERFECT.search(text) is not None,
        separate=separate is not None,
        casualties=_CASUALTY_CUE.search(text) is not None and not non_event,
        harm_told=not non_event and _tells_harm(text),
    )


_HAZARD_CONFUSABLE_TYPES = frozenset(
    {
        EventType.BATTLES,
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        EventType.STRATEGIC_DEVELOPMENTS,
    }
)
_NEEDS_ARMED_GROUP = frozenset(
    {S.CHANGE_TO_GROUP_ACTIVITY, S.HEADQUARTERS_OR_BASE_ESTABLISHED, S.SEXUAL_VIOLENCE}
)


# Where one sentence can join two reports: a semicolon, ", while"/", whereas", a dash, ", and in <Place>".
_CLAUSE_JOINT = re.compile(
    r"\s*;\s*|,\s+(?=(?:while|whereas|but)\s)|\s+(?:—|–|--|-)\s+|"
    r",\s+(?=and (?:(?:in|at|near) [A-Z]|(?:on|then|later|separately|elsewhere|meanwhile)\b|"
    r"(?:[\w-]+ ){1,3}later\b))|"
    # "..., weeks after his son was killed in a similar attack": the clause after tells an earlier event.
    rf",\s+(?={_DAYS_AFTER}\s)"
)
# A clause opened by "days after" tells what happened before the news (its own cue; see _CLAUSE_JOINT).
_EARLIER_CLAUSE = re.compile(rf"{_DAYS_AFTER}\b", re.IGNORECASE)
# A sentence that opens with such a clause, up to its comma.
_EARLIER_OPENING = re.compile(rf"(?P<clause>\W*{_DAYS_AFTER}\s+[^,;]{{3,160}}?),\s+", re.IGNORECASE)


def split_compound(
    reading: SentenceReading, *, places: Sequence[tuple[int, str]], dates: Sequence[int]
) -> tuple[SentenceReading, ...]:
    """A sentence that joins two reports, read as one reading per report.

    "Gunmen shot a shopkeeper dead in Turbat; a bomb wounded three soldiers in Buleda" and "a blast killed
    two in Quetta, while a second device was defused in Pishin" tell two incidents, each with its own
    place and toll. A clause is read apart only when it holds a trigger of its own (not "the attack") and
    names a place the clauses before it do not, or a date of its own; "; three others were wounded" and
    "while they were escorting a polio team" stay with their clause. `places` are the article offsets and
    names of the sentence's local toponyms, `dates` the offsets of its date phrases. Triggers, read on the
    whole sentence, are kept as they were read; cues and tolls are read again on each clause.
    """
    sentence = reading.sentence
    if sum(not trigger.reference for trigger in reading.triggers) < 2:
        return (reading,)
    segments = [(sentence.start + start, sentence.start + end) for start, end in joint_clauses(sentence.text)]
    if len(segments) == 1:
        return (reading,)
    parts = [segments[0]]
    apart = [False]
    split = False
    for start, end in segments[1:]:
        reason = _reports_apart(reading, parts[-1], (start, end), places=places, dates=dates)
        inside = [t for t in reading.triggers if start <= t.start < end]
        if reason is None and not (inside and all(t.reference for t in inside)):
            parts[-1] = (parts[-1][0], end)
            continue
        # "...; the BLA claimed the bombing in Quetta": a clause that only points back is read on its own,
        # so it can go to the event it names.
        split = split or reason is not None
        parts.append((start, end))
        apart.append(bool(reason))
    if not split:
        return (reading,)
    return tuple(
        replace(_clause_reading(reading, start, end, separate=separate), continues=number > 0, compound=True)
        for number, ((start, end), separate) in enumerate(zip(parts, apart, strict=True))
    )


_DASHES = frozenset({"—", "–", "--", "-"})


def joint_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence between its joints (semicolons, ", while", ", but", dashes), as offsets
    into it."""
    bounds = [0]
    opening = _EARLIER_OPENING.match(text)
    if opening is not None:
        # "Days after a bomb killed four in Quetta, police arrested two men": the opening clause tells the
        # earlier event, the rest the news.
        bounds.extend((opening.end("clause"), opening.end()))
    for joint in _CLAUSE_JOINT.finditer(text, bounds[-1]):
        dash = joint.group(0).strip()
        if text.count("(", 0, joint.start()) > text.count(")", 0, joint.start()) or (
            dash in _DASHES and text.count(dash) > 1
        ):
            # Inside brackets, or one of two dashes around an aside ("Five were killed - two of them
            # guards - and 40 injured").
            continue
        bounds.extend((joint.start(), joint.end()))
    bounds.append(len(text))
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _reports_apart(
    reading: SentenceReading,
    before: tuple[int, int],
    clause: tuple[int, int],
    *,
    places: Sequence[tuple[int, str]],
    dates: Sequence[int],
) -> bool | None:
    """None when `clause` goes on with the report before it; else whether it is told apart by both its own
    place and its own date ("...in Quetta on Monday; on Tuesday, a bomb killed two soldiers in Turbat")."""

    def holds(span: tuple[int, int], position: int) -> bool:
        return span[0] <= position < span[1]

    def reports(span: tuple[int, int]) -> bool:
        return any(holds(span, t.start) and not t.reference for t in reading.triggers)

    text = reading.sentence.text
    offset = reading.sentence.start
    if (
        before[0] == offset
        and _EARLIER_OPENING.match(text) is not None
        and reports(before)
        and reports(clause)
    ):
        # Told apart by the cue itself: what follows is the news, which opens an event of its own.
        return True
    if not (reports(before) and reports(clause)) or any(
        holds(clause, t.start)
        and t.reference
        and not _ORDINAL_BEFORE.search(text, max(0, t.start - offset - 25), t.start - offset)
        for t in reading.triggers
    ):
        # A clause that points back ("the attack was repulsed") goes on telling the event before it.
        return None
    # A place or a date only in the later clause is the whole sentence's ("Nine soldiers were killed, while
    # six were wounded in an attack in Anbar"); a second one, beside the first clause's, may be another's.
    dated = any(holds(clause, position) for position in dates) and any(
        holds(before, position) for position in dates
    )
    earlier = find_background_cue(text, before[0] - offset, before[1] - offset)
    later = find_background_cue(text, clause[0] - offset, clause[1] - offset) or _EARLIER_CLAUSE.match(
        text, clause[0] - offset, clause[1] - offset
    )
    if earlier is not None and later is None and not dated:
        # "Last year militants stormed the post; two soldiers were killed": the cue dates the whole sentence.
        return None
    told = text[clause[0] - offset : clause[1] - offset]
    if not dated and later is None and (_PAST_PERFECT.search(told) or _EARLIER_WORD.search(told)):
        # "...; the lawyer had earlier survived an attack in Pishin": an older event, undated.
        return None
    known = {_place_key(name) for position, name in places if holds(before, position)}
    elsewhere = any(
        holds(clause, position)
        and _place_key(name) not in known
        and _WHERE_BEFORE.search(text, max(0, position - offset - 40), position - offset)
        and not _ORIGIN_JUST_BEFORE.search(text, max(0, position - offset - 30), position - offset)
        for position, name in places
    )
    if not ((elsewhere and known) or dated or later is not None):
        return None
    return elsewhere and dated


# "a second blast", "another attack" point to a new event of the same kind, not back to the one told.
_ORDINAL_BEFORE = re.compile(r"\b(?:second|third|another|fresh|new)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_EARLIER_WORD = re.compile(r"\b(?:earlier|previously|before that)\b", re.IGNORECASE)
# A place where something happened ("in Buleda", "near the Turbat bazaar"), not where someone came from.
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|off|around|across|along|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_ORIGIN_JUST_BEFORE = re.compile(
    r"\b(?:of|from|native of|resident of|belonged to|belonging to|hail(?:ed|s|ing)? from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _clause_reading(reading: SentenceReading, start: int, end: int, *, separate: bool) -> SentenceReading:
    sentence = reading.sentence
    text = sentence.text[start - sentence.start : end - sentence.start]
    clause = Sentence(
        start=start, end=end, text=text, places=sentence.places, vague_places=sentence.vague_places
    )
    background = find_background_cue(text) or _find_dated_recall(text) or _EARLIER_CLAUSE.match(text)
    return SentenceReading(
        sentence=clause,
        triggers=tuple(t for t in reading.triggers if start <= t.start < end),
        background_cue=(
            Cue(start=start + background.start(), end=start + background.end(), text=background.group(0))
            if background
            else None
        ),
        past_perfect=_PAST_PERFECT.search(text) is not None,
        separate=separate or _SEPARATE_CUE.search(text) is not None,
        casualties=reading.casualties and _CASUALTY_CUE.search(text) is not None,
        harm_told=reading.harm_told and _tells_harm(text),
    )


_ORDINARY_CRIME = re.compile(
    r"\b(?:rob(?:bed|bing|bery|beries|bers?)|theft|thie(?:f|ves)|stole|stolen|burglar\w*|drugs?|narcotics?|"
    r"heroin|cocaine|methamphetamine|hashish|cannabis|marijuana|smuggl\w*|illegal migra\w*|contraband|"
    r"fraud|counterfeit\w*|poach\w*|cash-in-transit|carjack\w*|car thie\w+|"
    r"domestic (?:quarrel|dispute|violence|row)|killing (?:his|her) (?:wife|husband))\b",
    re.IGNORECASE,
)
_POLITICAL_SUSPECT = re.compile(
    r"\b(?:militan\w*|terror\w*|insurgen\w*|rebels?|activists?|opposition|protest\w*|demonstrat\w*|"
    r"journalists?|politicians?|part(?:y|ies)|separatists?|Taliban|jihad\w*|extremists?|dissidents?|MNA|MPA|"
    r"MPs?|lawmakers?|leaders?|Maoists?|Naxal\w*|banned|outfits?|explosives?|weapons|arms|guns?|IEDs?|"
    r"financ\w*|fund\w*|gangs?|cartels?)\b",
    re.IGNORECASE,
)
_CURFEW = re.compile(r"curfew", re.IGNORECASE)
_ESCAPE = re.compile(r"escaped|broke out", re.IGNORECASE)
_COUP_WORD = re.compile(
    r"\b(?:power|coup|constitution|president|prime minister|head of state|government|"
    r"parliament|institutions)\b",
    re.IGNORECASE,
)
_VIGILANTE = re.compile(r"vigilante", re.IGNORECASE)


# Vigilantes as the ones killed, wounded, ambushed or taken: "killing three soldiers and two vigilante
# members", "vigilantes were killed when bandits ambushed them"; or as a side that fought them off: "local
# vigilantes repelled them after a gun battle; two vigilantes died".
_VIGILANTES_HARMED = re.compile(
    r"\bvigilantes? (?:[\w'’-]+ ){0,3}(?:were|was|had been|have been) (?:[\w'’-]+ )?(?:killed|shot|wounded|"
    r"injured|abducted|kidnapped|attacked|ambushed)\b|"
    r"\bvigilantes? (?:[\w'’-]+ ){0,2}(?:died|repelled|repulsed|fought|battled|engaged|exchanged fire|"
    r"returned fire|fought off|beat back)\b|"
    r"\b(?:killed|killing|wounded|wounding|abducted|kidnapped|ambushed|attacked|shot dead) "
    r"(?:[\w'’-]+ ){0,5}vigilantes?\b",
    re.IGNORECASE,
)


def _is_armed_vigilante_side(text: str, match: re.Match[str]) -> bool:
    """Vigilantes killed or ambushed by bandits, militants or armed men are one side of a battle or the
    victims of an attack ("bandits ambushed the vigilantes, sparking a gun battle"), not a mob."""
    return (
        _VIGILANTE.match(match.group(0)) is not None
        and _ARMED_OUTSIDERS.search(text) is not None
        and _VIGILANTES_HARMED.search(text) is not None
    )


def _keep_outermost(
    raw: list[tuple[TriggerRule, re.Match[str]]],
) -> tuple[list[tuple[TriggerRule, re.Match[str]]], frozenset[int]]:
    """Drop matches inside a longer match ("bomb" inside "roadside bomb"); keep text order. Also the starts of
    the weak matches kept that hold a named method of their kind.

    A weapon named inside a longer who-did-what match ("a suicide bomber attacked the post") is kept: the
    weapon, not the verb around it, sets the sub-type (see SUB_TYPE_PRECEDENCE).
    """
    ordered = sorted(raw, key=lambda item: (item[1].start(), -(item[1].end() - item[1].start())))
    kept: list[tuple[TriggerRule, re.Match[str]]] = []
    holding: set[int] = set()
    for rule, match in ordered:
        inside = [
            index
            for index, (outer, other) in enumerate(kept)
            if other.start() <= match.start()
            and match.end() <= other.end()
            and other is not match
            and not _names_weapon_inside(rule, outer)
        ]
        if not inside:
            kept.append((rule, match))
        elif rule.specific:
            # A weak match that holds a named method of its kind ("officer was shot dead" holds "shot dead")
            # is as sure as the method where a sentence of figures keeps only named methods.
            for index in inside:
                outer, other = kept[index]
                if not outer.specific and outer.sub_event_type is rule.sub_event_type:
                    holding.add(other.start())
    return kept, frozenset(holding)


def _names_weapon_inside(inner: TriggerRule, outer: TriggerRule) -> bool:
    return (
        inner.sub_event_type in _WEAPON_TYPES
        and outer.sub_event_type is not inner.sub_event_type
        and outer.sub_event_type is not S.DISRUPTED_WEAPONS_USE
    )


def _has_violence_cue(text: str, start: int, end: int, context: re.Pattern[str] | None) -> bool:
    pattern = VIOLENCE_CUE if context is None else context
    return any(cue.start() >= end or cue.end() <= start for cue in pattern.finditer(text))


def _is_uncounted_plural(text: str, start: int, trigger: str) -> bool:
    """A generic plural ("attacks", "blasts") without a count talks about violence, not one event.

    Munitions are the exception: "fired rockets at the town" reports one attack.
    """
    if not _PLURAL_TRIGGER_END.search(trigger) or _MUNITION_END.search(trigger):
        return False
    if _INTRANSITIVE_PRESENT.search(trigger) or (
        _TRANSITIVE_PRESENT.search(trigger) and _PRESENT_OBJECT_AFTER.match(text, start + len(trigger))
    ):
        return False  # a verb in the present: "a rocket explodes", "kidnaps and kills eleven athletes"
    if _HARM_COUNTED_AFTER.match(text, start + len(trigger)):
        return False  # "blasts in Karbala, Taji and Baqubah killed ten people": the harm of one day
    return _COUNT_BEFORE.search(text, max(0, start - 40), start) is None


def _is_hypothetical(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80) : start]
    if _NEGATION_BEFORE.search(before) or _MAY_BEFORE.search(before) or _RULED_OUT_BEFORE.search(before):
        return True
    if _ANY_BEFORE.search(before):
        return True  # "declared any gathering an unauthorised assembly", "banned all rallies"
    after = text[end : end + 60]
    if _PERFECT_TALLY.search(text, max(0, start - 40), min(len(text), end + 40)):
        return True
    return any(
        pattern.search(after) is not None for pattern in (_NEGATION_AFTER, _RULED_OUT_AFTER, _YEARS_AFTER)
    )


_VICTIM_PASSIVE = re.compile(
    _ARMED_VICTIM.pattern + r"\W+(?:\w+\W+){0,4}?(?:(?:were|was|have been|had been|got|are|is)\W+(?:\w+\W+)?"
    r"(?:killed|martyred|injured|wounded|attacked|targeted|shot|ambushed|hurt)|died|dies|die)\b",
    re.IGNORECASE,
)


# A unit of the forces as the subject of the passive trigger: "an army convoy was ambushed", "a police
# patrol came under attack".
_UNIT_PASSIVE = re.compile(
    r"\b(?:police|army|military|security|FC|Levies|levies|border|troop|paramilitary|supply|logistics)"
    r"(?:\W+[\w'’-]+){0,2}?\W+(?:convoys?|patrols?|posts?|check ?-?posts?|checkpoints?|outposts?|camps?|"
    r"bases?|"
    r"pickets?|positions?)\W+(?:was|were|had been|has been|have been|got)\W+(?:\w+\W+)?"
    r"(?:ambushed|attacked|targeted|raided|stormed|assaulted)\W*$",
    re.IGNORECASE,
)
_MILITANT_OBJECT = re.compile(
    # "shot dead after gunmen opened fire": the men after a conjunction are the attackers, not the target.
    rf"(?!\W*(?:by|after|when|as|following|while|before|because|since|until)\b)"
    rf"\W*(?:on|at|upon)?\s*(?:a |an |the |two |three |four |five |several |\d+ |suspected |"
    rf"armed )?"
    # "killed four members of the Daesh group", "... of a militant outfit".
    rf"(?:(?:[\w-]+ ){{0,2}}?{_MILITANTS}\b|(?:[\w-]+ )?{_GROUP_MEMBERS})",
    re.IGNORECASE,
)


_HARM_VERB = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot|attacked|ambushed|hit|struck|targeted)\b",
    re.IGNORECASE,
)


# The doer named after a passive, up to the place, time or clause that follows it.
_BY_AFTER = re.compile(r"\s+by\s+", re.IGNORECASE)
_BY_WORD = re.compile(r"\bby\b", re.IGNORECASE)
_AGENT_REST = re.compile(
    r"[^,.;]*?(?=\s+(?:in|at|on|near|while|when|outside|inside|after|during|as)\b|[,.;]|$)", re.IGNORECASE
)


_EXECUTED = re.compile(r"\bexecuted\b", re.IGNORECASE)


def _victim_is_armed(text: str, start: int, end: int) -> bool:
    """True when the security forces are the ones attacked, not the ones reporting or responding."""
    if _EXECUTED.search(text, start, end):
        # Captives executed fought no one, whatever forces the sentence names ("executed five employees for
        # working with Iraqi forces").
        return False
    masked = _ARMED_NON_VICTIM.sub(lambda match: " " * len(match.group(0)), text)
    # The doer named after a passive is no victim ("shot by two Red Army Faction members"), also when the
    # trigger ends inside the name ("killed by suspected" + "naxals").
    by = _BY_AFTER.match(text, end)
    agent = (
        _AGENT_REST.match(text, by.end() if by else end)
        if by is not None or _BY_WORD.search(text, start, end)
        else None
    )
    after = agent.end() if agent else end
    victim = _ARMED_VICTIM.search(masked, after, min(len(masked), after + 90))
    semicolon = text.find(";", end, victim.start()) if victim else -1
    if victim and not (semicolon >= 0 and _HARM_VERB.search(text, semicolon, victim.start())):
        # Armed victims told after a semicolon with a verb of their own were hurt in another clause's
        # event: "shot dead a shopkeeper; a bomb killed three soldiers".
        return True
    if agent is None and _MILITANT_OBJECT.match(masked, end):
        # Fire opened on militants is a fight between two armed sides (ACLED: Armed clash).
        return True
    if _VICTIM_PASSIVE.search(masked[max(0, start - 120) : start]) is not None:
        return True
    if by is None and _UNIT_PASSIVE.search(masked, max(0, start - 120), end) is not None:
        # A unit under arms ambushed or attacked, whoever did it: "a Malian army supply convoy was
        # ambushed" (a lone policeman shot is an attack unless his killers are named as armed).
        return True
    # The passive may be the trigger itself when its doer is an armed group: "a policeman was shot dead by
    # militants" is a fight between armed sides; "a traffic policeman was target-killed" stays an attack.
    if by is None or agent is None or _MILITANT_AGENT.match(agent.group(0)) is None:
        return False
    window = masked[max(0, start - 120) : end]
    passive = _VICTIM_PASSIVE.search(window)
    # "A former member of the ANDSF was shot dead": a man who left the forces is a civilian. "The owner of
    # a radio station, who had criticised paramilitary fighters, was shot": the fighters are not the victim.
    return (
        passive is not None
        and _FORMER_BEFORE.search(window, 0, passive.start()) is None
        and _RELATIVE_WORD.search(window, 0, passive.start()) is None
    )


_MILITANT_AGENT = re.compile(rf"(?:[\w'’-]+ ){{0,4}}?{_MILITANTS}\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
_FORMER_BEFORE = re.compile(r"\b(?:former|retired|ex)\W+(?:[\w'’-]+\W+){0,3}$", re.IGNORECASE)


def _read_incendiary_bombs(text: str, offset: int, triggers: list[Trigger]) -> list[Trigger]:
    """The "bombs" of "hurled petrol bombs" are incendiaries, not explosives: the incendiary trigger that
    covers them tells the event, else they destroy property under the incendiary's own words (an attack when
    they hurt people, see below)."""
    spans = [(offset + match.start(), offset + match.end()) for match in _INCENDIARY_CUE.finditer(text)]
    if not spans:
        return triggers
    covering = [t for t in triggers if t.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION]
    kept = []
    for trigger in triggers:
        span = next(
            ((start, end) for start, end in spans if start <= trigger.start and trigger.end <= end), None
        )
        if span is None or trigger.sub_event_type not in _WEAPON_TYPES:
            kept.append(trigger)
        elif not any(c.start <= trigger.start and trigger.end <= c.end for c in covering):
            start, end = span
            kept.append(
                replace(
                    trigger,
                    sub_event_type=S.LOOTING_PROPERTY_DESTRUCTION,
                    start=start,
                    end=end,
                    text=text[start - offset : end - offset],
                )
            )
    return kept


_CROWD_DISPERSED = re.compile(r"dispers\w+ (?:the |a )?(?:[\w'’-]+ )?crowds?", re.IGNORECASE)


_STOPPED_BY_FIGHTING = re.compile(
    r"\b(?:foil|thwart|repuls|repell?|frustrat)\w* (?:an? |the |their |two |several )?(?:[\w-]+ ){0,2}?"
    r"(?:attempts?|bids?) (?:by (?:[\w'’()-]+ ){1,8}?)?to (?:cross|infiltrate|sneak|enter|storm|attack|"
    r"overrun|capture|raid)\b",
    re.IGNORECASE,
)
_SMALL_ARMS_TRADED = re.compile(
    r"^(?:traded|exchang\w+)\b.*\b(?:machine-?gun|small[- ]arms?|rifle|automatic|gun)\b", re.IGNORECASE
)


def _tells_crowd_violence(text: str) -> bool:
    """Whether the sentence tells a crowd's violence, not its absence ("the gathering ended without any
    clashes with police")."""
    return any(
        not _is_hypothetical(text, cue.start(), cue.end()) for cue in _DEMONSTRATORS_VIOLENT.finditer(text)
    )


def _demonstration_turned_violent(
    text: str, offset: int, triggers: list[Trigger], kinds: set[SubEventType]
) -> bool:
    """Whether the sentence's crowd rioted: its violence told and not negated, a riot trigger, or property
    it wrecked (ACLED: a violent demonstration)."""
    return (
        S.VIOLENT_DEMONSTRATION in kinds
        or _tells_crowd_violence(text)
        or _demonstrators_wreck(text, offset, triggers)
    )


def _resolve_sentence(text: str, offset: int, triggers: list[Trigger]) -> list[Trigger]:
    """Sentence-level rewrites: protests absorb the violence they protest; disrupted bombs did not explode."""
    triggers = [
        t
        for t in triggers
        if t.sub_event_type not in _RIOT_TYPES or not _CHARGE_BEFORE.search(text, 0, t.start - offset)
    ]
    if not triggers:
        return triggers
    triggers = _read_incendiary_bombs(text, offset, triggers)
    if _STOPPED_BY_FIGHTING.search(text) and _tells_harm(text):
        # An advance stopped by fire, with men killed, was fought ("troops foiled an attempt by militants to
        # cross into Pakistan, killing three of them"): ACLED's armed clash, not a disrupted weapons use.
        triggers = [
            replace(t, sub_event_type=S.ARMED_CLASH, reference=False)
            if t.sub_event_type is S.DISRUPTED_WEAPONS_USE and _FOILED.search(t.text)
            else t
            for t in triggers
        ]
    gun_exchanges = [
        t for t in triggers if t.sub_event_type is S.ARMED_CLASH and _SMALL_ARMS_TRADED.search(t.text)
    ]
    if gun_exchanges:
        # Mortars traded along with machine-gun fire are one ground battle ("rebels and soldiers traded
        # mortar and machine-gun fire"); artillery alone traded across a line stays shelling.
        triggers = [
            t
            for t in triggers
            if t.sub_event_type is not S.SHELLING_ARTILLERY_MISSILE_ATTACK
            or not any(e.start <= t.start and t.end <= e.end for e in gun_exchanges)
        ]
    if any(t.sub_event_type is S.MOB_VIOLENCE and not t.reference for t in triggers):
        # "Residents set ablaze two suspected thieves before police dispersed the crowd": the crowd
        # dispersed is the mob, not a demonstration.
        triggers = [
            t
            for t in triggers
            if t.sub_event_type.event_type not in _DEMONSTRATION_TYPES
            or t.sub_event_type is S.MOB_VIOLENCE
            or not _CROWD_DISPERSED.fullmatch(t.text)
        ]

    kinds = {trigger.sub_event_type for trigger in triggers if not trigger.reference}
    protest = [t for t in triggers if t.sub_event_type is S.PEACEFUL_PROTEST]
    if S.ARRESTS in kinds:
        # A protest named only as what someone was arrested for is not this sentence's event; one named as
        # where the arrests were made ("detained during the march") is (ACLED: protest with intervention).
        protest = [
            t for t in protest if not t.reference or _PROTEST_SCENE_BEFORE.search(text, 0, t.start - offset)
        ]
    if (
        protest
        and all(_CROWD_ONLY.search(t.text) for t in protest)
        and not _demonstration_turned_violent(text, offset, triggers, kinds)
    ):
        # A crowd's anger makes a demonstration only of what it then wrecks or fights: "villagers angry over
        # the theft lynched a suspect" is the mob's deed, told after its grievance, not a reference to one.
        triggers = [
            replace(t, reference=False)
            if t.sub_event_type is S.MOB_VIOLENCE
            and _DEED_AS_GRIEVANCE_BEFORE.search(text, 0, t.start - offset) is None
            else t
            for t in triggers
            if t not in protest
        ]
        kinds = {t.sub_event_type for t in triggers if not t.reference}
        protest = []
    if (
        protest
        and (kinds & VIOLENT_SUB_TYPES or _ARMED_OUTSIDERS.search(text))
        and all(_ROAD_BLOCK.match(t.text) for t in protest)
    ):
        # Gunmen who "blocked the highway" and opened fire, or armed men who blocked it to check identity
        # cards: the road block is the attackers' tactic.
        triggers = [t for t in triggers if t.sub_event_type is not S.PEACEFUL_PROTEST]
        protest = []
    if protest and kinds & _ATTACK_ON_GATHERING and not _reports_excessive_force(text):
        # A bomb or gunmen striking a rally: the gathering is the target, not an event of its own.
        gatherings = [t for t in protest if _GATHERING_TARGETED.search(text, 0, t.start - offset)]
        if kinds & _ATTACK_ON_GATHERING == {S.MOB_VIOLENCE}:
            # A mob that ran riot "during a protest" was its crowd, not its attacker (ACLED: a violent
            # demonstration); one that attacked the rally was not.
            gatherings = [t for t in gatherings if not _DURING_BEFORE.search(text, 0, t.start - offset)]
        if len(gatherings) == len(protest):
            triggers = [t for t in triggers if t.sub_event_type is not S.PEACEFUL_PROTEST]
            protest = []
    if protest:
        sub_type = S.PEACEFUL_PROTEST
        if _demonstration_turned_violent(text, offset, triggers, kinds):
            sub_type = S.VIOLENT_DEMONSTRATION
        elif _reports_excessive_force(text) or (_reports_intervention(text) and _hurts_the_crowd(text)):
            sub_type = S.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        elif _reports_intervention(text):
            sub_type = S.PROTEST_WITH_INTERVENTION
        first = protest[0]
        if (
            sub_type is S.EXCESSIVE_FORCE_AGAINST_PROTESTERS
            and all(_BARE_CROWD.fullmatch(t.text) for t in protest)
            and _STATE_FORCE_NAMED.search(text) is None
        ):
            # "An assailant drove a truck into anti-mining protesters. Two protesters were killed": a toll
            # of demonstrators that names no force is the toll of the deed told before it, if any.
            first = replace(first, reference=True)
        rewritten = [replace(first, sub_event_type=sub_type)]
        violent_demonstration = sub_type in (S.EXCESSIVE_FORCE_AGAINST_PROTESTERS, S.VIOLENT_DEMONSTRATION)
        for trigger in triggers:
            absorbed = (
                trigger.sub_event_type.event_type in _DEMONSTRATION_TYPES
                or trigger.sub_event_type
                in (
                    S.ARRESTS,
                    S.LOOTING_PROPERTY_DESTRUCTION,
                )
            )
            # The shooting or stone-pelting of a violent demonstration is the demonstration itself.
            if trigger is first or absorbed or (violent_demonstration and not trigger.reference):
                continue
            rewritten.append(trigger)
        return rewritten
    wrecked = [
        t for t in triggers if t.sub_event_type is S.MOB_VIOLENCE and _PROPERTY_DEED_END.search(t.text)
    ]
    if (
        (S.LOOTING_PROPERTY_DESTRUCTION in kinds or wrecked)
        and not any(_MOB_WORD.search(t.text) for t in triggers if t.sub_event_type in _RIOT_TYPES)
        and _spares_people(text, kinds)
    ):
        # ACLED: villagers, youths or rioters who loot, burn or wreck property with no one attacked or hurt
        # destroy property; mob violence needs people set upon or a "mob" named (a demonstration's damage is
        # read above).
        return [
            replace(t, sub_event_type=S.LOOTING_PROPERTY_DESTRUCTION) if t in wrecked else t
            for t in triggers
            if t.reference or t.sub_event_type not in _RIOT_TYPES or t in wrecked
        ]
    if kinds & {S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE}:
        # Rioters "attacking police" or "clashing with troops" is the riot itself, not a battle. Without a
        # demonstration, a riot named beside a mob is the mob's (ACLED: mob violence).
        dropped = {S.ATTACK, S.ARMED_CLASH, S.LOOTING_PROPERTY_DESTRUCTION}
        if S.MOB_VIOLENCE in kinds:
            dropped.add(S.VIOLENT_DEMONSTRATION)
        return [trigger for trigger in triggers if trigger.reference or trigger.sub_event_type not in dropped]
    transfers = [t for t in triggers if t.sub_event_type is S.NON_VIOLENT_TRANSFER_OF_TERRITORY]
    if transfers:
        # The deal under which ground changed hands ("entered the town under a deal brokered by Russia") is
        # that transfer's, not an agreement of its own.
        triggers = [
            t
            for t in triggers
            if t.sub_event_type is not S.AGREEMENT
            or not any(t.start < n.end and n.start < t.end for n in transfers)
        ]
    territory = [t for t in triggers if t.sub_event_type in _TERRITORY_TYPES and not t.reference]
    if len({t.sub_event_type for t in territory}) > 1:
        # Who took the ground is the subject of the first territorial verb.
        first = min(territory, key=lambda trigger: trigger.start)
        triggers = [t for t in triggers if t.sub_event_type not in _TERRITORY_TYPES or t is first]
    left_unfought = _FIGHTING_CUE.search(text) is None and not any(
        _FORCED_TAKING.search(t.text) for t in territory
    )
    handed_over = any(
        t.sub_event_type is S.NON_VIOLENT_TRANSFER_OF_TERRITORY
        and not t.reference
        and (
            _HANDOVER.search(t.text)
            # "entered the town unopposed", "took it without a fight": no side resisted.
            or _WITHOUT_FIGHT.search(t.text)
            or (left_unfought and _WITHDRAWAL.search(t.text))
        )
        for t in triggers
    )
    # "entered several villages under an arrangement with the SDF, which pulled its fighters out without any
    # fighting": the sentence, not only the trigger, may say no side resisted.
    unfought = _WITHOUT_FIGHT.search(text) is not None and not any(t.reference for t in territory)
    if territory and (handed_over or unfought) and not _tells_harm(text):
        # ACLED: ground handed over, or left by the other side and entered with no fighting told, is a
        # non-violent transfer, whoever "took control" of it (see also "without a fight" in choose_sub_type).
        # Ground "captured" or "seized" after a withdrawal was taken by force: a battle.
        triggers = [
            replace(t, sub_event_type=S.NON_VIOLENT_TRANSFER_OF_TERRITORY)
            if t.sub_event_type in _TERRITORY_TYPES
            else t
            for t in triggers
        ]
        kinds = (kinds - _TERRITORY_TYPES) | {S.NON_VIOLENT_TRANSFER_OF_TERRITORY}
    elif (
        territory
        and all(t.sub_event_type is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY for t in territory)
        and _FIGHTING_CUE.search(text) is None
        # The takers' own name is no force that held the village ("Rapid Support Forces fighters overran").
        and not any(
            match.start() >= t.end - offset or match.end() <= t.start - offset
            for match in _STATE_FORCE_NAMED.finditer(text)
            for t in territory
        )
        and any(
            t.sub_event_type is S.ATTACK and _CIVILIANS_AFTER.match(text, t.end - offset) for t in triggers
        )
    ):
        # ACLED: fighters who "overran a village" that no force held and killed its residents attacked
        # civilians; no ground was taken from anyone.
        triggers = [t for t in triggers if t not in territory]
        kinds -= _TERRITORY_TYPES
    disrupted = [t for t in triggers if t.sub_event_type is S.DISRUPTED_WEAPONS_USE]
    if disrupted and S.ARRESTS in kinds and not any(_FOILED.search(t.text) for t in disrupted):
        # Weapons "recovered from their possession" are part of an arrest, which is the event.
        return [t for t in triggers if t.sub_event_type is not S.DISRUPTED_WEAPONS_USE]
    if (
        disrupted
        and all(_is_failed_defusal(text, t.start - offset) for t in disrupted)
        and any(_WENT_OFF.fullmatch(t.text) for t in triggers)
    ):
        # "A bomb exploded, injuring an officer who was trying to dismantle it": the device was not disrupted.
        return [t for t in triggers if t.sub_event_type is not S.DISRUPTED_WEAPONS_USE]
    if disrupted:
        clauses = joint_clauses(text)

        def clause_of(trigger: Trigger) -> tuple[int, int]:
            return next(c for c in clauses if c[0] <= trigger.start - offset < c[1])

        defused_in = {clause_of(t) for t in disrupted}
        # "A blast killed two in Quetta, while a second device was defused in Pishin": the blast told with
        # its toll in a clause of its own went off.
        went_off = {
            (start, end)
            for start, end in clauses
            if (start, end) not in defused_in and _tells_harm(text[start:end])
        }
        return [
            replace(trigger, sub_event_type=S.DISRUPTED_WEAPONS_USE, reference=False)
            if trigger.sub_event_type
            in _EXPLOSIVE_TYPES | {S.SHELLING_ARTILLERY_MISSILE_ATTACK, S.DISRUPTED_WEAPONS_USE}
            # Where one bomb went off, only the defused clauses' bombs were defused ("Two bombs were
            # planted; one went off, killing four, while the other was defused").
            and (clause_of(trigger) in defused_in if went_off else True)
            else trigger
            for trigger in triggers
            if trigger.sub_event_type is not S.ARRESTS or not trigger.specific
        ]
    # ACLED: an armed group's violence against civilians is an attack, though a soldier's relative, an army
    # camp or a police station is named nearby ("killed a teacher in front of the police station").
    triggers = [
        replace(t, sub_event_type=S.ATTACK)
        if t.sub_event_type is S.ARMED_CLASH and _CIVILIANS_AFTER.match(text, t.end - offset)
        else t
        for t in triggers
    ]
    clashes = [t for t in triggers if t.sub_event_type is S.ARMED_CLASH]
    if clashes:
        # "an attack on an army checkpoint that killed eight conscripts": a killing told in a relative clause
        # of the battle is its toll, not an attack on others.
        triggers = [
            replace(t, sub_event_type=S.ARMED_CLASH)
            if t.sub_event_type is S.ATTACK
            and any(
                c.end <= t.start and _TOLL_CLAUSE_BETWEEN.match(text, c.end - offset, t.start - offset)
                for c in clashes
            )
            else t
            for t in triggers
        ]
    attacks = [t for t in triggers if t.sub_event_type in (S.ATTACK, S.ARMED_CLASH)]
    if (
        S.LOOTING_PROPERTY_DESTRUCTION in kinds
        and attacks
        # "Armed men" or "unidentified people" alone name who acted, not that anyone was harmed.
        and not any(_HARM_IN_TRIGGER.search(t.text) for t in attacks)
        and _GUNFIRE.search(text) is None
        and not _tells_harm(text)
        # A police station attacked and burnt is a battle only if someone fought back.
        and (S.ARMED_CLASH not in kinds or _RESISTANCE.search(text) is None)
    ):
        # ACLED: property "attacked" and burnt with no one hurt is property destruction, not an attack.
        triggers = [t for t in triggers if t not in attacks]
        kinds = kinds - {S.ATTACK, S.ARMED_CLASH}
    incendiaries = [
        t
        for t in triggers
        if t.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION and _INCENDIARY_CUE.search(t.text)
    ]
    if incendiaries and _tells_harm(text):
        # Petrol bombs that hurt people attack them (ACLED: an attack, or a crowd's mob violence).
        harmed = S.MOB_VIOLENCE if _crowd_acts(text) else S.ATTACK
        triggers = [replace(t, sub_event_type=harmed) if t in incendiaries else t for t in triggers]
        kinds = {t.sub_event_type for t in triggers if not t.reference}
    arsons = [
        t
        for t in triggers
        if t.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION
        and not t.reference
        and _ARSON_WORD.search(t.text)
    ]
    if (
        arsons
        and not any(kind.event_type in _DEMONSTRATION_TYPES for kind in kinds)
        and not kinds & VIOLENT_SUB_TYPES - {S.LOOTING_PROPERTY_DESTRUCTION}
        and _tells_harm(text)
    ):
        # A fire set on purpose that kills or burns people attacks them: "a shopkeeper died after attackers
        # set his shop on fire" (ACLED: property destruction only where nobody is harmed).
        harmed = S.MOB_VIOLENCE if _crowd_acts(text) else S.ATTACK
        triggers = [replace(t, sub_event_type=harmed) if t in arsons else t for t in triggers]
        kinds = {t.sub_event_type for t in triggers if not t.reference}
    if S.LOOTING_PROPERTY_DESTRUCTION in kinds and kinds & _WEAPON_TYPES:
        # "Two shops were destroyed when a bomb went off": the damage is the explosion's.
        triggers = [t for t in triggers if t.sub_event_type is not S.LOOTING_PROPERTY_DESTRUCTION]
        kinds = kinds - {S.LOOTING_PROPERTY_DESTRUCTION}
    if S.LOOTING_PROPERTY_DESTRUCTION in kinds and not _ARMED_ARSONIST.search(text):
        if S.MOB_VIOLENCE in kinds or S.VIOLENT_DEMONSTRATION in kinds:
            return [t for t in triggers if t.sub_event_type is not S.LOOTING_PROPERTY_DESTRUCTION]
        if not _crowd_acts(text):
            # Arson by a few named or unknown people is property destruction; by a crowd, mob violence.
            return triggers
        return [
            replace(t, sub_event_type=S.MOB_VIOLENCE)
            if t.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION
            else t
            for t in triggers
        ]
    if kinds & (VIOLENT_SUB_TYPES - {S.ABDUCTION_FORCED_DISAPPEARANCE}):
        # Arrests, seizures and the like that accompany an attack in one sentence are part of its story,
        # unless the attack is told in a clause of its own days before: "Police arrested two suspects on
        # Tuesday, days after a bomb killed four" reports the arrests (the bombing is read as background).
        earlier = _EARLIER_JOINT.search(text)
        # The earlier event's clause runs to the next joint (", but gunmen killed..." is news again).
        following = _CLAUSE_JOINT.search(text, earlier.end()) if earlier is not None else None
        clause_end = following.start() if following is not None else len(text)
        opening = _EARLIER_OPENING.match(text)
        violent = [v for v in triggers if v.sub_event_type.event_type in VIOLENT_EVENT_TYPES]
        if violent and all(v.recalled for v in violent):
            # "Police arrested a man whose brother was shot dead last year": the attack is the man's past,
            # the arrest the news.
            return triggers
        return [
            t
            for t in triggers
            if t.sub_event_type.event_type in VIOLENT_EVENT_TYPES
            or t.reference
            or (
                earlier is not None
                and t.end - offset <= earlier.start()
                and all(earlier.end() <= v.start - offset < clause_end for v in violent)
            )
            # "Days after a bomb killed four, police arrested two suspects": the same, told first.
            or (
                opening is not None
                and t.start - offset >= opening.end()
                and all(v.end - offset <= opening.end("clause") for v in violent)
            )
        ]
    return triggers


VIOLENT_SUB_TYPES = frozenset(sub for sub in SubEventType if sub.event_type in VIOLENT_EVENT_TYPES)


_WITHOUT_FIGHT = re.compile(
    r"\bwithout (?:a |any )?(?:fight|fighting|resistance|firing|a shot|bloodshed|clashes|a battle)|"
    r"\b(?:unopposed|unchallenged|uncontested)\b",
    re.IGNORECASE,
)


def choose_sub_type(triggers: Iterable[Trigger]) -> Trigger | None:
    """The trigger whose sub-type names the event: specific before generic, then by precedence."""
    triggers = list(triggers)
    if any(
        t.sub_event_type is S.NON_VIOLENT_TRANSFER_OF_TERRITORY and _WITHOUT_FIGHT.search(t.text)
        for t in triggers
    ):
        # ACLED: ground taken "without a fight" is a non-violent transfer, whoever took it.
        triggers = [t for t in triggers if t.sub_event_type not in _TERRITORY_TYPES]
    # A weapon, even named generically ("explosives", "rockets"), says more about the method than a
    # who-did-what verb ("assailants stormed"): it counts as specific and goes before attacks and clashes.
    ordered = sorted(
        triggers,
        key=lambda trigger: (
            not (trigger.specific or trigger.sub_event_type in _WEAPON_TYPES),
            trigger.sub_event_type in (S.ATTACK, S.ARMED_CLASH),
            not trigger.specific,
            _RANK[trigger.sub_event_type],
            trigger.start,
        ),
    )
    return ordered[0] if ordered else None


_HARM_FAMILIES = frozenset({"violence", "demonstration", S.LOOTING_PROPERTY_DESTRUCTION.value})


# "Kech district" and "Kech" are one place; a sentence naming the district is not about somewhere new.
# Case matters: "Orangi Town" is Orangi, but "Mexico City" and "Cape Town" are not Mexico and Cape.
_UNIT_WORD = r"(?:district|tehsil|division|agency|province|city|town|village|area|region|valley|sub-division)"
_PLACE_UNIT_SUFFIX = re.compile(rf"\s+(?:{_UNIT_WORD}|District|Tehsil|Division|Agency|Province|Valley|Town)$")


# What follows a container named to locate another place: "(province)'s Paghman" of "Kabul province's
# Paghman district"; the child is the capitalised name.
_POSSESSIVE_CHILD = re.compile(rf"(?:\s+{_UNIT_WORD})?['’]s\s+(?P<child>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _place_key(name: str) -> str:
    """A toponym as sentences are compared by: without a unit word after it, lower case."""
    return (_PLACE_UNIT_SUFFIX.sub("", name) or name).lower()


def _specific_places(sentence: Sentence) -> set[str]:
    """The sentence's places as keys, a container named only to say where another is replaced by what it
    contains: "Kabul province's Paghman district" tells of Paghman, "Bannu district's Domel tehsil" of
    Domel (whether or not the tagger knew it)."""
    places: set[str] = set()
    for place in sentence.places:
        at = sentence.text.find(place)
        inside = _POSSESSIVE_CHILD.match(sentence.text, at + len(place)) if at >= 0 else None
        places.add(_place_key(inside.group("child")) if inside else _place_key(place))
    return places


def _family(sub_type: SubEventType) -> str:
    parent = sub_type.event_type
    if parent in VIOLENT_EVENT_TYPES:
        return "violence"
    if parent in _DEMONSTRATION_TYPES:
        return "demonstration"
    return sub_type.value


@dataclass(slots=True, kw_only=True)
class _Draft:
    role: Role
    role_cue: Cue | None
    family: str
    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    lede: list[Trigger] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    vague_places: set[str] = field(default_factory=set)
    containers: set[str] = field(default_factory=set)
    last_index: int = 0
    # The last toll sentence joined (see _attach_casualty_sentence): a run of them reads on.
    last_toll_index: int = -2
    reports_harm: bool = False

    def add(self, reading: SentenceReading, index: int, triggers: Sequence[Trigger]) -> None:
        if reading.sentence not in self.sentences:
            self.sentences.append(reading.sentence)
        self.triggers.extend(triggers)
        self.places.update(_place_key(place) for place in reading.sentence.places)
        self.vague_places.update(_place_key(place) for place in reading.sentence.vague_places)
        self.containers.update(_place_key(place) for place in reading.sentence.containers)
        self.last_index = index
        self.reports_harm = self.reports_harm or reading.harm_told


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# A lead that sums several incidents: "four people were killed in three separate incidents of violence in
# Panjgur, Duki and Zhob". The sentences after it that name a place tell one incident each.
_ROUNDUP = re.compile(
    r"\bin (?:two|three|four|five|six|seven|eight|several|multiple|separate|a series of) "
    r"(?:separate |different |unrelated )?(?:incidents|attacks|acts of violence|operations|raids|clashes)\b",
    re.IGNORECASE,
)
# ... or names the incidents' places in a list: "arrested three suspects and killed two others in
# operations in Bahawalpur, Mianwali and Attock districts this week".
_ROUNDUP_LISTED = re.compile(
    r"\bin (?:separate |different |several |a series of )?(?:incidents|attacks|operations|raids|clashes) in "
    r"(?:(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)*, )+(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)* and "
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
_ROUNDUP_MIN_PARTS = 2


def group_events(readings: Sequence[SentenceReading]) -> tuple[DetectedEvent, ...]:
    """Group sentence readings into events: restatements and back-references join the event they restate."""
    drafts, roundup = _draft_events(readings, roundups=True)
    parts = [d for d in drafts if d is not roundup and d.role is Role.MAIN]
    if roundup is not None:
        if len(parts) >= _ROUNDUP_MIN_PARTS:
            # The lead's toll is the sum of the incidents told after it, each an event of its own.
            drafts.remove(roundup)
        else:
            # One incident told after a summing lead restates it.
            drafts, _ = _draft_events(readings, roundups=False)
    drafts.sort(key=lambda draft: min(sentence.start for sentence in draft.sentences))
    return tuple(_finish(draft) for draft in drafts)


def _draft_events(
    readings: Sequence[SentenceReading], *, roundups: bool
) -> tuple[list[_Draft], _Draft | None]:
    drafts: list[_Draft] = []
    pending_casualties: list[tuple[int, SentenceReading]] = []
    roundup: _Draft | None = None
    # Readings are counted by sentence: the clauses of one sentence are equally near what follows.
    index = -1
    for told in readings:
        index += 0 if told.continues else 1
        # After a summing lead, each part that names its place is an incident of its own.
        reading = (
            replace(told, separate=True)
            if roundup is not None and told.triggers and told.sentence.places
            else told
        )
        if not reading.triggers:
            _attach_riot_sentence(drafts, index, reading)
            if reading.casualties:
                _attach_casualty_sentence(drafts, pending_casualties, index, reading)
            elif len(drafts) > 1:
                _attach_dated_mention(drafts, index, reading)
            _attach_scene_sentence(drafts, index, reading)
            continue
        if _attach_demonstration_sequel(drafts, index, reading):
            continue
        if reading.references_only and len(drafts) > 1:
            pointed = _split_references(reading, drafts)
            if pointed is not None:
                for referent, part in pointed:
                    referent.add(part, index, part.triggers)
                continue
        groups = _group_by_role(reading)
        opens = {family for family, _, triggers in groups if any(not t.reference for t in triggers)}
        for family, role, triggers in groups:
            references_only = all(trigger.reference for trigger in triggers)
            draft = _find_draft(
                drafts,
                family=family,
                role=role,
                reading=reading,
                index=index,
                references_only=references_only,
            )
            if draft is None:
                # A back-reference opens an event only when nothing else in the sentence is reported
                # ("the 2014 school attack" in a verdict report), never beside another event's trigger.
                if references_only and (opens or not _opens_event(family, drafts, reading=reading)):
                    continue
                if (
                    references_only
                    and role is Role.MAIN
                    and reading.background_cue is None
                    and not reading.sentence.places
                    and _YEAR.search(reading.sentence.text) is None
                    and not any(
                        _is_determined(reading.sentence.text, t.start - reading.sentence.start)
                        for t in triggers
                    )
                    and any(d.family == S.ARRESTS.value for d in drafts)
                ):
                    # "... arrested two suspects. They were involved in target killing": deeds the arrested
                    # are charged with, told with no determiner, place or time of their own, are no event
                    # ("their involvement in the massacre" points to one).
                    continue
                if not _opens_event(family, drafts, reading=reading) and not reading.separate:
                    continue
                draft_role, role_cue = role, (reading.background_cue if role is Role.BACKGROUND else None)
                if references_only and role is Role.MAIN and (year := _dated_back(reading, triggers)):
                    # "charges in the 2015 killing of a DSP": a deed named by its year is an earlier one.
                    draft_role, role_cue = Role.BACKGROUND, year
                draft = _Draft(
                    role=draft_role,
                    role_cue=role_cue,
                    family=family,
                    lede=[t for t in triggers if not t.reference] or list(triggers),
                )
                drafts.append(draft)
                for pending_index, pending in pending_casualties:
                    if index - pending_index <= 2:
                        draft.add(pending, pending_index, ())
                pending_casualties.clear()
            draft.add(reading, index, triggers)
        if (
            roundups
            and len(drafts) == 1
            and roundup is None
            and drafts[0].sentences == [reading.sentence]
            and (
                (_ROUNDUP.search(reading.sentence.text) and not any(t.specific for t in reading.triggers))
                or _ROUNDUP_LISTED.search(reading.sentence.text)
            )
        ):
            roundup = drafts[0]
    return drafts, roundup


# The year as a modifier of the event's name, with at most two names or adjectives between ("the 2015
# killing", "the 2009 Peshawar market bombing"), not a clause ("in 2016, after being held").
_YEAR_NAMING = re.compile(
    r"\b(?:19|20)\d\d\s+(?:(?!(?:when|after|as|while|and|but|that|which|who|being|was|were|is|are)\s)"
    r"[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _dated_back(reading: SentenceReading, triggers: Sequence[Trigger]) -> Cue | None:
    """The year written right before a back-referenced trigger ("the 2015 killing of"), as a cue."""
    text, offset = reading.sentence.text, reading.sentence.start
    for trigger in triggers:
        found = _YEAR_NAMING.search(text, 0, trigger.start - offset)
        if found is not None:
            start = found.start()
            return Cue(start=offset + start, end=offset + start + 4, text=text[start : start + 4])
    return None


def _is_determined(text: str, start: int) -> bool:
    """Whether an article or a determiner stands before the trigger ("the massacre", "an arson case"): it
    names one deed, not a kind of crime ("involved in target killing")."""
    before = text[:start]
    return _REFERENCE_BEFORE.search(before) is not None or _INDEFINITE_BEFORE.search(before) is not None


def _claims_the_deed(reading: SentenceReading, triggers: list[Trigger]) -> bool:
    """Whether a trigger is the deed a group claims in this sentence: "Al-Shabaab claimed the killing of
    Hassan Nur, a lawmaker, who was shot near the market" tells the killing, whose manner the relative
    clause gives."""
    text, offset = reading.sentence.text, reading.sentence.start
    return any(
        t.reference
        and _CLAIM_BEFORE.search(text, max(0, t.start - offset - 80), t.start - offset) is not None
        for t in triggers
    )


def _group_by_role(reading: SentenceReading) -> list[tuple[str, Role, list[Trigger]]]:
    """The sentence's triggers by family, each with its role.

    A background cue ("last month's attack") recalls the family whose trigger is nearest to it; other
    families in the sentence report the main story ("police arrested three men over last month's attack").
    """
    families: dict[str, list[Trigger]] = {}
    for trigger in reading.triggers:
        families.setdefault(_family(trigger.sub_event_type), []).append(trigger)
    cue = reading.background_cue
    if cue is None:
        # A family told only in relative clauses ("the families of soldiers who were killed in an ambush")
        # is what the people the sentence is about went through earlier: a recalled event.
        groups = []
        for family, triggers in families.items():
            old = [t for t in triggers if t.recalled]
            # A trigger that only points back ("the attack came a week after a suicide bomber killed 12")
            # does not make the family's recalled triggers news.
            live = [t for t in triggers if not t.reference]
            recalled_only = (
                len(old) == len(triggers)
                or (bool(live) and all(t.recalled for t in live) and not _claims_the_deed(reading, triggers))
                # "the anniversary of the suicide bombing that killed 26": triggers that only point back,
                # one of them recalled, tell the recalled event and its toll.
                or (not live and bool(old))
            )
            whole = Role.BACKGROUND if recalled_only else Role.MAIN
            groups.extend(_split_recalled(family, triggers, old=old, whole=whole))
        return groups

    def distance(trigger: Trigger) -> int:
        return max(cue.start - trigger.end, trigger.start - cue.end, 0)

    recalled = min(families, key=lambda family: min(distance(trigger) for trigger in families[family]))
    # A cue after a semicolon dates its own clause: "Gunmen killed two brothers on Sunday; the family had
    # come from Amritsar in 1947" reports Sunday's killing.
    semicolon = reading.sentence.text.rfind(";", 0, cue.start - reading.sentence.start)
    if semicolon >= 0:
        split_at = reading.sentence.start + semicolon
        told = [t for t in families[recalled] if t.end <= split_at]
        if told:
            later = [t for t in families[recalled] if t.end > split_at]
            return [
                *(
                    (family, Role.MAIN, triggers)
                    for family, triggers in families.items()
                    if family != recalled
                ),
                (recalled, Role.MAIN, told),
                *([(recalled, Role.BACKGROUND, later)] if later else []),
            ]
    last = max(trigger.end for trigger in families[recalled])
    between = reading.sentence.text[last - reading.sentence.start : cue.start - reading.sentence.start]
    deed = _DEED_OF_PERSON.search(between)
    # Within the deed's clause: "wanted for murder, a court was told last week" dates the telling.
    if cue.start >= last and deed is not None and not _CLAUSE_BREAK.search(between, deed.end()):
        # "Police arrested a man wanted for killing two policemen last year": the cue dates the deed the
        # arrested man is wanted for, which the sentence names only as his; the arrest is the news.
        return [(family, Role.MAIN, triggers) for family, triggers in families.items()]
    groups = []
    # A cue that names its own event ("the 2013 bombings") recalls that one; where the family also has a
    # trigger told far from it, the family's other triggers are the news ("a suicide bomber struck mourners
    # of the 2013 bombings, killing five").
    names_event = _EVENT_NOUN_END.search(cue.text) is not None
    text, offset = reading.sentence.text, reading.sentence.start
    for family, triggers in families.items():
        if family != recalled:
            groups.append((family, Role.MAIN, triggers))
            continue
        # "...was killed in a similar attack in 2021": the harm told right before the cue is the cue's event.
        old = [
            t
            for t in triggers
            if t.recalled
            or distance(t) == 0
            or (t.end <= cue.start and _HARM_IN_CUE.fullmatch(text, t.end - offset, cue.start - offset))
        ]
        news = names_event and any(distance(t) > _CUE_REACH and not t.reference for t in triggers)
        if not news and any(_dated_before_cue(t, cue, triggers, text=text, offset=offset) for t in triggers):
            # "An exchange of fire was reported in the forest on January 16 ... where an encounter occurred
            # last month": a trigger dated by its own day, the cue far past that date, is the news; the cue
            # recalls what is told beside it and after it.
            near = [t for t in triggers if t.recalled or t.end > cue.start or distance(t) <= _CUE_REACH]
            told = [t for t in triggers if t not in near]
            groups.append((family, Role.MAIN, told))
            if near:
                groups.append((family, Role.BACKGROUND, near))
            continue
        groups.extend(
            _split_recalled(family, triggers, old=old, whole=Role.MAIN if news else Role.BACKGROUND)
        )
    return groups


# The day an event is dated by, told right after its trigger: "on January 16", "on 16 January", "on Monday".
_OWN_DAY = re.compile(
    rf"\bon (?:the (?:night|morning|evening|intervening night) of )?"
    rf"(?:{MONTH_NAME} \d{{1,2}}\b|\d{{1,2}} {MONTH_NAME}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)
_OPERATION_TRIGGER = re.compile(r"\b(?:operations?|raids?|sweeps?|crackdowns?|searche?s?)\b", re.IGNORECASE)
# How far after its trigger a day can date it, in characters.
_OWN_DAY_REACH = 200


def _dated_before_cue(
    trigger: Trigger, cue: Cue, family: Sequence[Trigger], *, text: str, offset: int
) -> bool:
    """Whether the trigger's own day is told after it and before a background cue that follows, the cue
    far past the day or nearer another trigger of the family told after the day."""
    start, end = trigger.end - offset, cue.start - offset
    # An operation ("arrested during a search operation on December 26") tells no violence of its own.
    if _OPERATION_TRIGGER.search(trigger.text) or trigger.reference or trigger.recalled or start >= end:
        return False
    day = _OWN_DAY.search(text, start, min(end, start + _OWN_DAY_REACH))
    if day is None:
        return False
    return end - day.end() > _CUE_REACH or any(
        day.end() <= other.start - offset < end and not other.reference for other in family
    )


# How far (in characters) a cue that names an event reaches to the triggers that tell it.
_HARM_IN_CUE = re.compile(r"\s*(?:in|during|at)\s+", re.IGNORECASE)
_CUE_REACH = 60
# People named by what they were accused of, then the passive deed done to them.
_PERSON_DEED_PASSIVE_BEFORE = re.compile(
    r"\b(?:accused|suspected|wanted|convicted)\s+(?:of|in|for)\s+(?:[\w'’-]+\s+){1,3}"
    r"(?:were|was|had been|have been|has been)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# A person named by an earlier deed: "a man wanted for killing", "suspects accused of bombing".
_DEED_OF_PERSON = re.compile(
    r"\b(?:wanted|accused|convicted|charged|suspected|booked|tried|sentenced|involved|allegedly involved)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:for|of|in|over|with)\b|\bin connection with\b",
    re.IGNORECASE,
)
# The deed right before a back-reference, as what people are held for or asked about ("arrested three
# suspects in connection with Wednesday's bombing", "a probe into the attack"); see _refer_which_clauses.
_HELD_FOR_BEFORE = re.compile(
    rf"(?:{_DEED_OF_PERSON.pattern}|\b(?:connected|linked)\s+(?:to|with)|\b(?:over|for|into|behind))\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+|that\s+|last\s+\w+['’]s\s+|\w+['’]s\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _split_recalled(
    family: str, triggers: list[Trigger], *, old: list[Trigger], whole: Role
) -> list[tuple[str, Role, list[Trigger]]]:
    """A family's triggers with the `old` ones (recalled) kept apart from a new event the sentence tells.

    "A suicide bomber struck a gathering held to mark the anniversary of the 2013 bombings": the bombings
    are recalled (named in the cue or after "anniversary of"), the suicide bomber is today's news. Without
    such a new trigger the whole family takes the role `whole`.
    """
    new = [t for t in triggers if t not in old and not t.reference]
    if old and new:
        return [
            (family, Role.BACKGROUND, [t for t in triggers if t not in new]),
            (family, Role.MAIN, new),
        ]
    return [(family, whole, triggers)]


_SEIZED_FROM_THE_ARRESTED = re.compile(
    r"\b(?:from|in|on) (?:the )?(?:suspects?|accused|arrested|detained|detainees|militants|men|them|him|"
    r"(?:their|his) (?:possession|custody|hideouts?|compound|house|homes?))\b"
    r"|\b(?:had|have|has|were|was) been (?:seized|recovered|confiscated)\b",
    re.IGNORECASE,
)


# Devices made safe where a raid was ("defused at the hideout") belong to the raid.
_RAID_SITE = re.compile(
    r"\b(?:hideouts?|compound|the site|the scene|from them|their possession|same operation|raid(?:ed)?|"
    r"search operation|recovered)\b",
    re.IGNORECASE,
)
# A device found and made safe, not weapons recovered in a search: "was defused", "foiled".
_DEFUSED = re.compile(r"\b(?:defus|foil|thwart|disarm|made safe|render)", re.IGNORECASE)


def _opens_event(family: str, drafts: Sequence[_Draft], *, reading: SentenceReading) -> bool:
    """Whether a new trigger of `family` opens an event on its own after the events found so far.

    Police work and statements that follow an attack in the same report ("police arrested two suspects")
    belong to its story; they open an event only in a report that leads with them or marks them separate.
    """
    if family in ("violence", "demonstration"):
        return True
    places = {_place_key(place) for place in reading.sentence.places}
    if any(draft.family in ("violence", "demonstration") for draft in drafts):
        # "A blast killed two in Quetta, while a second device was defused in Pishin": a bomb defused in a
        # place the story's events were not is an event of its own.
        return (
            family == S.DISRUPTED_WEAPONS_USE.value
            and bool(places)
            and not any(places & draft.places for draft in drafts)
            and any(_DEFUSED.search(trigger.text) for trigger in reading.triggers)
            and _RAID_SITE.search(reading.sentence.text) is None
        )
    if (
        family == S.DISRUPTED_WEAPONS_USE.value
        and any(draft.family == S.ARRESTS.value and places <= draft.places for draft in drafts)
        and _SEIZED_FROM_THE_ARRESTED.search(reading.sentence.text)
        and not _tells_harm(reading.sentence.text)
    ):
        # "Explosives and grenades were recovered from the suspects", "adding that three suicide vests had
        # been seized": the seizure told after an arrest, where it was made, is part of the arrest.
        return False
    if family != S.ARRESTS.value:
        return True
    # A defused or seized weapon is such a story too ("police detained two porters for questioning"),
    # unless the arrests are made in a place the defusal was not ("In Karachi, the CTD arrested...").
    return not any(
        draft.family == S.DISRUPTED_WEAPONS_USE.value and places <= draft.places for draft in drafts
    )


def _find_draft(
    drafts: Sequence[_Draft],
    *,
    family: str,
    role: Role,
    reading: SentenceReading,
    index: int,
    references_only: bool,
) -> _Draft | None:
    same_family = [draft for draft in drafts if draft.family == family]
    if not same_family:
        # "The attack" after a mob's or arsonists' deed names that deed, not a second event.
        related = [d for d in drafts if references_only and {d.family, family} <= _HARM_FAMILIES]
        return related[-1] if related else None
    if references_only:
        if role is Role.BACKGROUND and _dates_reference(reading):
            # "Last month, the BLA claimed the killing of six workers": a back-reference dated before the news
            # points to an event recalled before, never to the news itself.
            same_family = [draft for draft in same_family if draft.role is Role.BACKGROUND]
            if not same_family:
                return None
        return _referent(same_family, reading.sentence.text, reading.triggers, offset=reading.sentence.start)
    if reading.separate:
        return None
    places = _specific_places(reading.sentence)
    if role is Role.BACKGROUND:
        backgrounds = [draft for draft in same_family if draft.role is Role.BACKGROUND]
        if not backgrounds or index - backgrounds[-1].last_index > 1:
            return None
        recalled = backgrounds[-1]
        # Two earlier attacks told one after the other, each at its own place, are two ("a week after a
        # suicide bomber killed 12 soldiers in Bannu. In 2023, a similar raid on the Daraban police station").
        if (
            places
            and recalled.places
            and not places & recalled.places
            and (reading.background_cue is not None or _names_new_place(reading, recalled))
        ):
            return None
        return recalled
    mains = [draft for draft in same_family if draft.role is Role.MAIN]
    if not mains:
        return None
    main = mains[-1]
    if (
        places
        and main.places
        and not places & main.places
        and _names_new_place(reading, main)
        and not _inside_lead_province(reading, main)
    ):
        return None
    vague = {_place_key(place) for place in reading.sentence.vague_places}
    if (
        not places
        and vague
        and not vague & main.vague_places
        and _names_new_place(reading, main)
        and (
            not {t.sub_event_type for t in reading.triggers} & {t.sub_event_type for t in main.triggers}
            or (reading.casualties and main.reports_harm)
        )
    ):
        # "Gunmen shot dead two policemen in Bannu. ... near Domel, a roadside bomb killed three": a place
        # the gazetteer does not know, and another kind of violence; or a toll of its own beside the
        # first one's ("A car bomb killed 13 in Baghdad. Five were killed by a bomb in Nahrawan").
        return None
    return main


def _dates_reference(reading: SentenceReading) -> bool:
    """Whether the sentence's background cue is told beside its back-reference ("Last month, the BLA
    claimed the killing"), not far off in a clause about something else ("the reason behind the kidnapping
    was his loyalty to a leader toppled last month")."""
    cue = reading.background_cue
    return cue is not None and any(
        max(cue.start - trigger.end, trigger.start - cue.end, 0) <= _CUE_REACH for trigger in reading.triggers
    )


# "Wednesday's bombing" names the event of that day among those the report tells.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_OF_EVENT = re.compile(rf"\b({_WEEKDAY}|yesterday|today)['’]s\b", re.IGNORECASE)
_DAY_WORD = re.compile(rf"\b(?:{_WEEKDAY}|yesterday|today)\b", re.IGNORECASE)


def _days_told(draft: _Draft) -> set[str]:
    """The weekdays (and "yesterday", "today") the event's sentences name, lower-cased."""
    return {day.lower() for sentence in draft.sentences for day in _DAY_WORD.findall(sentence.text)}


_KILLING_REFERENCE = re.compile(
    rf"\b(?:the|that|this|{_WEEKDAY}['’]s) "
    r"(?:[\w-]+ )?(killings?|shootings?|murders?|gunfight)\b",
    re.IGNORECASE,
)
# What a back-reference says was hit: "the attack on the post", "the blast at the market".
_OBJECT_AFTER = re.compile(r"\s+(?:on|at|against|near|in) (?:the|a|an) (?:[\w-]+ )?([\w-]{3,})\b")


def _kind(sub_type: SubEventType) -> str:
    return "explosive" if sub_type in _EXPLOSIVE_TYPES else sub_type.value


# "The latest attack": the news, whatever was recalled before it.
_LATEST = r"(?:the|this)\s+(?:latest|most\s+recent|newest|fresh)\s+(?:[\w-]+\s+)?"
_LATEST_BEFORE = re.compile(rf"\b{_LATEST}$", re.IGNORECASE)


def _referent(candidates: Sequence[_Draft], text: str, triggers: Sequence[Trigger], *, offset: int) -> _Draft:
    """The event a back-reference points to among those told so far: the one whose place it names ("the
    killing near Hawija"), whose day it names ("Wednesday's bombing") or whose kind it names ("the mortar
    attack" after a shelling and a bombing), else the latest."""
    lowered = text.lower()
    days = {day.lower() for day in _DAY_OF_EVENT.findall(text)}
    kinds = {_kind(t.sub_event_type) for t in triggers if t.sub_event_type not in (S.ATTACK, S.ARMED_CLASH)}

    objects = {
        found.group(1).lower()
        for trigger in triggers
        if (found := _OBJECT_AFTER.match(text, trigger.end - offset)) is not None
    }

    # "No group claimed the latest killings": the news, not the attack recalled just before.
    latest = any(_LATEST_BEFORE.search(text, 0, t.start - offset) for t in triggers if t.reference)

    def score(numbered: tuple[int, _Draft]) -> tuple[bool, bool, bool, bool, bool, int]:
        number, draft = numbered
        named_place = any(re.search(rf"\b{re.escape(place)}\b", lowered) for place in draft.places)
        told = " ".join(sentence.text for sentence in draft.sentences).lower()
        named_object = any(re.search(rf"\b{re.escape(word)}\b", told) for word in objects)
        kind = choose_sub_type(draft.lede)
        named_kind = kind is not None and _kind(kind.sub_event_type) in kinds
        news = latest and draft.role is Role.MAIN
        return news, named_place, bool(days & _days_told(draft)), named_object, named_kind, number

    return max(enumerate(candidates), key=score)[1]


def _split_references(
    reading: SentenceReading, drafts: Sequence[_Draft]
) -> list[tuple[_Draft, SentenceReading]] | None:
    """A sentence of back-references whose clauses point to different events, read clause by clause.

    "The BLA claimed the attack on the post, but no group claimed the grenade attack": each clause's claim
    is about the event its reference names. None when the clauses all point to one event.
    """
    sentence = reading.sentence
    pointed: list[tuple[int, _Draft]] = []
    for start, end in joint_clauses(sentence.text):
        triggers = [t for t in reading.triggers if start <= t.start - sentence.start < end]
        noun = _KILLING_REFERENCE.search(sentence.text, start, end)
        if not triggers and noun is not None:
            # "...for the bombing; the killing near Hawija was not claimed": a killing named only by its
            # noun points back too.
            triggers = [
                Trigger(
                    sub_event_type=S.ATTACK,
                    start=sentence.start + noun.start(1),
                    end=sentence.start + noun.end(1),
                    text=noun.group(1),
                    specific=False,
                    reference=True,
                )
            ]
        if not triggers:
            continue
        family = _family(triggers[0].sub_event_type)
        candidates = [d for d in drafts if d.family == family] or [
            d for d in drafts if {d.family, family} <= _HARM_FAMILIES
        ]
        if not candidates:
            return None
        clause = sentence.text[start:end]
        pointed.append((start, _referent(candidates, clause, triggers, offset=sentence.start + start)))
    if len({id(draft) for _, draft in pointed}) < 2:
        return None
    parts: list[tuple[_Draft, SentenceReading]] = []
    ends = [start for start, _ in pointed[1:]] + [len(sentence.text)]
    for number, ((start, draft), end) in enumerate(zip(pointed, ends, strict=True)):
        begin = start if number else 0
        finish = begin + len(sentence.text[begin:end].rstrip(" ;,—–-"))
        part = _clause_reading(reading, sentence.start + begin, sentence.start + finish, separate=False)
        parts.append((draft, part))
    return parts


WHERE_IT_HAPPENED = re.compile(
    r"\s*(?:The|This|That) [\"'“‘]?(?:[\w-]+ )?(?:attack|blast|explosion|bombing|incident|ambush|shooting|"
    r"assault|abduction|kidnapping|clash|fighting|gunfight|gun battle|firefight|battle|encounter|raid|"
    r"operation)[\"'”’]? (?:took place|happened|occurred|erupted|broke out|was (?:carried out|conducted|"
    r"launched) (?:in|at|near|on))\b"
)


# "The team was going door to door in Kotkay village when two men opened fire": what the victims the
# report told of were doing when it happened.
_CIRCUMSTANCE = re.compile(
    # An aside may come between: "The labourers, who hailed from Muzaffargarh, were building a culvert when".
    r"\s*The (?:[a-z-]+ )?(?P<noun>[a-z]{3,})(?:'s|s')?(?:,[^;.]{0,200}?,)? (?:was|were|had been) "
    r"(?:[a-z]+ly )?[a-z]{2,}ing\b"
    r"[^.;]*?\bwhen\b"
)


# A named victim's doings when the deed fell on "him": "Nadeem Baloch, 38, who reported for an evening
# paper, was walking home from a tea stall in Chakiwara when two men opened fire on him".
_NAMED_CIRCUMSTANCE = re.compile(
    r"\s*(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,3}(?:,[^;.]{0,200}?,)? (?:was|were|had been) "
    r"(?:[a-z]+ly )?[a-z]{2,}ing\b[^.;]*?\bwhen\b[^.;]*?\b(?:on|at|upon|to) (?:him|her|them)\b"
)


def _tells_circumstances(text: str, main: _Draft) -> bool:
    """Whether the sentence tells what people or a vehicle the event's sentences named ("a vaccination
    team", "the convoy") were doing when it happened, or what a named victim was doing when it befell
    "him": it places that event, not another."""
    if _NAMED_CIRCUMSTANCE.match(text):
        return True
    match = _CIRCUMSTANCE.match(text)
    if match is None:
        return False
    noun = match.group("noun").removesuffix("s")
    told = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
    return any(told.search(sentence.text) for sentence in main.sentences)


def _inside_lead_province(reading: SentenceReading, main: _Draft) -> bool:
    """Whether the sentence names places inside the province the lead named as its only scene: "militants
    attacked a paramilitary camp in the southwestern province of Balochistan ... the Frontier Corps camp in
    Kharan district"."""
    inside = {_place_key(place) for place in reading.sentence.inside}
    return (
        bool(main.containers)
        and main.places <= main.containers
        and not reading.sentence.containers
        and bool(inside)
        and inside <= main.containers
    )


def _names_new_place(reading: SentenceReading, main: _Draft) -> bool:
    """An indefinite trigger in a sentence naming only other places reports another incident."""
    if WHERE_IT_HAPPENED.match(reading.sentence.text):
        # "The attack took place near Turbat, when a roadside bomb hit a vehicle": a sentence about where
        # "the attack" happened tells where the event it points to was.
        return False
    if _tells_circumstances(reading.sentence.text, main):
        return False
    # An event known so far only by back-references ("the death toll from Wednesday's bombing rose") takes
    # the first account of what happened, wherever its victims were then taken.
    # A clause read apart from its sentence's other incidents ("In Mosul, a bombing killed an officer,
    # while a sniper shot a soldier in Fallujah") needs no specific word of its own.
    text, offset = reading.sentence.text, reading.sentence.start
    return any(
        (not trigger.reference and (trigger.specific or reading.compound))
        # A back-reference named by its own date ("linked to the September 4 bombing of a bus in Kabul").
        or (trigger.reference and _CALENDAR_DATE_BEFORE.search(text, 0, trigger.start - offset) is not None)
        for trigger in reading.triggers
    ) and any(not trigger.reference for trigger in main.lede)


_CALENDAR_DATE_BEFORE = re.compile(rf"\b{MONTH_DAY}(?:,? (?:19|20)\d\d)?(?:['’]s)? (?:[\w-]+ )?$")


def _follows_demonstration(drafts: Sequence[_Draft], index: int) -> bool:
    """Whether sentence `index` comes right after a demonstration's last sentence."""
    return bool(drafts) and drafts[-1].family == "demonstration" and index - drafts[-1].last_index <= 1


def _attach_riot_sentence(drafts: list[_Draft], index: int, reading: SentenceReading) -> None:
    """A sentence right after a demonstration telling of stones thrown or cars torched makes it a riot.

    ACLED codes the whole demonstration as violent when its participants use force or destroy property,
    whichever sentence of the report says so ("Protesters gathered outside parliament. Some threw rocks").
    """
    if not _follows_demonstration(drafts, index):
        return
    text = reading.sentence.text
    cue = _DEMONSTRATORS_VIOLENT.search(text)
    sub_type = S.VIOLENT_DEMONSTRATION
    if cue is None and _tells_harm(text) and not _ARMED_OUTSIDERS.search(text):
        # "Students marched to the palace. Police fired live rounds, killing two of them": the state's
        # lethal force against the crowd just told (ACLED: excessive force against protesters).
        cue = _STATE_FIRE.search(text)
        sub_type = S.EXCESSIVE_FORCE_AGAINST_PROTESTERS
    if cue is None or _is_hypothetical(text, cue.start(), cue.end()):
        return
    if sub_type is S.VIOLENT_DEMONSTRATION:
        sub_type = _riot_of(drafts[-1])
    start = reading.sentence.start
    riot = Trigger(
        sub_event_type=sub_type,
        start=start + cue.start(),
        end=start + cue.end(),
        text=cue.group(0),
    )
    drafts[-1].add(reading, index, (riot,))


def _riot_of(draft: _Draft) -> SubEventType:
    """The riot that violence told after a crowd's event makes of it: a mob's houses ransacked are more of its
    violence ("supporters of two rival candidates fought with sticks ... Several houses were ransacked"), a
    demonstration's make it a violent one."""
    if draft.triggers and all(trigger.sub_event_type is S.MOB_VIOLENCE for trigger in draft.triggers):
        return S.MOB_VIOLENCE
    return S.VIOLENT_DEMONSTRATION


_ARMED_OUTSIDERS = re.compile(rf"\b{_MILITANTS}\b|\barmed men\b", re.IGNORECASE)
_STATE_FORCE = re.compile(rf"\b{_STATE_AGENT}\b", re.IGNORECASE)
_STATE_FIRE = re.compile(
    rf"\b{_STATE_AGENT} (?:[\w'’-]+ ){{0,3}}(?:opened fire|fired|firing|shot|killed|gunned down|beat|"
    r"bludgeoned)\b",
    re.IGNORECASE,
)
# A riot told in the next sentence ("Youths responded by hurling stones") is the same crowd's, wherever in
# the town it was told.
_SEQUEL_SUB_TYPES = frozenset(
    {S.ATTACK, S.ARMED_CLASH, S.LOOTING_PROPERTY_DESTRUCTION, S.ARRESTS, S.VIOLENT_DEMONSTRATION}
)


def _attach_demonstration_sequel(drafts: list[_Draft], index: int, reading: SentenceReading) -> bool:
    """A sentence right after a demonstration that tells what its crowd or the police then did joins it.

    "Protesters marched against power cuts. Some set fire to cars" is one violent demonstration; "Traders
    rallied against taxes. Police opened fire on the crowd, killing two" is excessive force against them, not
    a separate attack (ACLED codes the demonstration by the most severe thing done in it). A sentence that
    names militants or a weapon's blast tells another event.
    """
    if not _follows_demonstration(drafts, index):
        return False
    if reading.separate or reading.background_cue is not None:
        return False
    if any(t.sub_event_type not in _SEQUEL_SUB_TYPES or t.reference for t in reading.triggers):
        return False
    text = reading.sentence.text
    if _ARMED_OUTSIDERS.search(text):
        return False
    if _tells_crowd_violence(text):
        sub_type = _riot_of(drafts[-1])
    elif _reports_excessive_force(text) or (_STATE_FORCE.search(text) and _tells_harm(text)):
        # "Police opened fire on them, killing one": the sentence's "them" are the demonstrators.
        sub_type = S.EXCESSIVE_FORCE_AGAINST_PROTESTERS
    elif _reports_intervention(text):
        sub_type = S.PROTEST_WITH_INTERVENTION
    else:
        return False
    drafts[-1].add(reading, index, tuple(replace(t, sub_event_type=sub_type) for t in reading.triggers))
    return True


def _attach_casualty_sentence(
    drafts: list[_Draft],
    pending: list[tuple[int, SentenceReading]],
    index: int,
    reading: SentenceReading,
) -> None:
    """A toll sentence without a trigger ("Three people died") belongs to the adjacent event.

    Of two events told in one sentence ("Maoists killed a villager, while troops defused a bomb"), a
    sentence telling harm ("The villager was dragged out and killed") goes on with the one that harmed.
    """
    # A run of toll sentences reads on: "Doe and Roe died on the spot. A passer-by was also wounded."
    adjacent = [draft for draft in drafts if index - max(draft.last_index, draft.last_toll_index) <= 1]
    if reading.background_cue is not None:
        # "..., including the 2021 bombing of a school that killed more than 80": a toll of an earlier attack
        # is no toll of the news, nor a sentence about it.
        adjacent = [draft for draft in adjacent if draft.role is Role.BACKGROUND]
        if not adjacent:
            return
    if adjacent:
        harmful = [draft for draft in adjacent if draft.family in _HARM_FAMILIES] if reading.harm_told else []
        draft = _referent(harmful or adjacent, reading.sentence.text, (), offset=reading.sentence.start)
        draft.add(reading, draft.last_index, ())
        draft.last_toll_index = index
        return
    pending.append((index, reading))


def _attach_dated_mention(drafts: Sequence[_Draft], index: int, reading: SentenceReading) -> None:
    """A sentence naming one of several events by its day ("blamed JNIM for Tuesday's killings") is about
    the event told with that day, and one naming "the latest killings" about the news, whatever event was
    told just before it."""
    if _LATEST_EVENT.search(reading.sentence.text):
        # "No group claimed the latest killings", after an older attack was recalled: the news.
        news = [draft for draft in drafts if draft.family in _HARM_FAMILIES and draft.role is Role.MAIN]
        if news:
            news[-1].add(reading, index, ())
        return
    days = {day.lower() for day in _DAY_OF_EVENT.findall(reading.sentence.text)}
    if not days:
        return
    named = [draft for draft in drafts if draft.family in _HARM_FAMILIES and days & _days_told(draft)]
    if named:
        named[-1].add(reading, index, ())


def _attach_scene_sentence(drafts: Sequence[_Draft], index: int, reading: SentenceReading) -> None:
    """A sentence with no trigger of its own that tells where "the attack" took place ("The attack took place
    on the outskirts of Kharan town") places the event told just before it."""
    if (
        drafts
        and drafts[-1].family in _HARM_FAMILIES
        and reading.sentence.places
        and WHERE_IT_HAPPENED.match(reading.sentence.text)
    ):
        drafts[-1].add(reading, index, ())


_LATEST_EVENT = re.compile(
    rf"\b{_LATEST}(?:attacks?|killings?|bombings?|blasts?|explosions?|violence|incidents?|ambush|shootings?|"
    r"abductions?|kidnappings?)\b",
    re.IGNORECASE,
)


def _finish(draft: _Draft) -> DetectedEvent:
    lede = choose_sub_type(_body_lede(draft))
    best = choose_sub_type(draft.triggers)
    if lede is None or best is None:
        raise ValueError("an event draft without triggers")
    type_trigger = lede
    if draft.family == "demonstration":
        # Police intervention or violence reported later in the story makes the whole demonstration so.
        type_trigger = min((lede, best), key=lambda trigger: _RANK[trigger.sub_event_type])
    elif not lede.specific and best.specific:
        type_trigger = best
    elif best.sub_event_type is S.SUICIDE_BOMB and lede.sub_event_type is not S.SUICIDE_BOMB:
        # A report that first says "blast" and later "suicide bomber" describes a suicide bombing.
        type_trigger = best if lede.sub_event_type.event_type in VIOLENT_EVENT_TYPES else lede
    elif lede.sub_event_type in (S.ATTACK, S.ARMED_CLASH) and best.sub_event_type in _EXPLOSIVE_TYPES:
        type_trigger = best
    sentences = tuple(sorted(draft.sentences, key=lambda sentence: sentence.start))
    role = draft.role
    if (
        draft.family in ("violence", S.LOOTING_PROPERTY_DESTRUCTION.value)
        and all(t.reference for t in draft.triggers)
        and not draft.reports_harm
        and not any(t.claimed for t in draft.triggers)
    ):
        # Only named in passing ("in the wake of the attack", "condemned the blast"): told elsewhere.
        role = Role.BACKGROUND
    return DetectedEvent(
        sub_event_type=type_trigger.sub_event_type,
        role=role,
        sentences=sentences,
        triggers=tuple(sorted(draft.triggers, key=lambda trigger: trigger.start)),
        type_trigger=type_trigger,
        role_cue=draft.role_cue,
        places=tuple(sorted(draft.places)),
    )


_STOP_AT_END = re.compile(r"[.!?;:][\"'“”‘’)\s]*$")
# Headlines are short: a long first sentence without a stop is body text cut oddly, not a headline.
_HEADLINE_WORDS = 20


def _body_lede(draft: _Draft) -> list[Trigger]:
    """The triggers that open the event: a headline's generic verb ("Five militants killed in Tirah") gives
    way to the first sentence of the body, which says who did what ("security forces killed five")."""
    first = min(draft.sentences, key=lambda sentence: sentence.start)
    if _STOP_AT_END.search(first.text) or len(first.text.split()) > _HEADLINE_WORDS:
        return draft.lede
    body = [t for t in draft.triggers if not t.reference and t.start >= first.end]
    if not body:
        return draft.lede
    opening = min(body, key=lambda trigger: trigger.start)
    sentence = next(s for s in draft.sentences if s.start <= opening.start < s.end)
    return [t for t in body if sentence.start <= t.start < sentence.end]


def detect_events(sentences: Iterable[Sentence]) -> tuple[DetectedEvent, ...]:
    """The events a sequence of sentences reports, in text order."""
    return group_events([read_sentence(sentence) for sentence in sentences])
