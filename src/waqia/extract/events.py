"""Event detection: trigger lexicons per ACLED sub-type, negation, roles, grouping of sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

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
    S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    S.VIOLENT_DEMONSTRATION,
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

# Sentences about hazards, accidents, crime and sport use the same verbs as attacks ("killed", "blast",
# "attack", "shot", "missing"); in such a sentence only unambiguous weapon triggers count.
NON_EVENT_CONTEXT = re.compile(
    r"\b(?:floods?|flooding|flash floods?|earthquakes?|quake|tremors?|landslides?|torrential|heavy rains?|"
    r"rain-related|monsoon|cyclones?|(?:rain|thunder|snow|dust|wind|tropical |sand)storms?|avalanches?|"
    r"drown\w*|heatwave|heat stroke|lightning|"
    r"accidents?|collisions?|collided|overturned|plunged|skidded|derail\w*|road mishap|traffic|"
    r"cylinders?|gas leak\w*|boilers?|transformers?|short[- ]circuit|fire broke out|blaze|coal ?mines?|"
    r"mine collapsed?|fireworks?|firecrackers?|electrocuted|"
    r"cricket\w*|wickets?|innings|bowl(?:er|ers|ing|ed)|batsm[ae]n|batting|football\w*|hockey|tournaments?|"
    r"goalkeeper|scored (?:a |the )?goals?|striker|olympics?|semi-?finals?|championships?|premier league|"
    r"super league|T20|ODIs?|test match|"
    r"heart attack|panic attack|asthma attack|cardiac arrest|cyber[- ]?attacks?|"
    r"robbers?|robbery|robberies|dacoits?|dacoity|bank heist|personal enmity|old enmity|family feud|"
    r"family dispute|domestic dispute|land dispute|property dispute|honou?r killing|street crime|"
    r"time bomb|ticking bomb|bombshell|photo-?bomb\w*|bombarded with|price hike|box office)\b",
    re.IGNORECASE,
)

# Anything that makes a weak trigger ("blast", "rocket") read as political violence.
_VIOLENCE_WORDS = (
    r"kill\w*|dead|died|deaths?|injur\w*|wound\w*|martyr\w*|casualt\w*|hurt|lives|bod(?:y|ies)|"
    r"militan\w*|terroris\w*|gunm[ae]n|insurgen\w*|assailants?|attackers?|armed|bomb\w*|explosi\w*|blasts?|"
    r"fir(?:e|ed|ing)|shot|shots|gun\w*|weapons?|rifles?|troops|soldiers?|security forces|SFs|police\w*|"
    r"army|military|forces|damag\w*|destroy\w*|victims?|Taliban|rebels?|fighters|checkposts?|convoy|"
    r"suicide|shells?|mortars?|rockets?|grenades?"
)
VIOLENCE_CUE = re.compile(rf"\b(?:{_VIOLENCE_WORDS})\b", re.IGNORECASE)

# Reasons a trigger does not report something that happened: negation, threat, plan, warning, possibility.
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|neither|nor|without|denied|deny|denies|rumou?rs? (?:of|about)|false reports? of|"
    r"threat(?:s|ened|ening)? (?:to|of)|threaten(?:s|ed)?|warn(?:s|ed|ing|ings?)? (?:of|about|against|that)|"
    r"alerts? (?:of|about)|fears? of|feared|risk of|possible|possibility of|potential|"
    r"plan(?:s|ned|ning)? (?:to|for)|plot(?:s|ted)? to|conspir\w+ to|intend\w* to|aim(?:s|ed|ing)? to|"
    r"prepar\w+ (?:to|for)|vow\w* to|"
    r"could|would|might|should|will|shall|likely|expected to|in case of|if|unless|prevent\w*|avert\w*|"
    r"would-be|in order to|ready to|to carry out|to launch|to stage|to hold|urg\w+|call(?:s|ed)? (?:for|on)|"
    r"ordered|warrants? (?:for|of))\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# Condemnations and demands name an event reported elsewhere in the text; they join it but open none.
_REFERENCE_VERB_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|against|demand\w*|over|after|following|since|probe into|"
    r"inquiry into|investigat\w+ (?:into )?|responsibility for|claimed|involved in|responsible for|behind|"
    r"connection with|linked to|wanted in|accused (?:of|in)|role in|mastermind\w* (?:of)?|planner of|"
    r"facilitat\w+|suspects? in|convicted (?:of|in|for)|sentenced (?:\w+ ){0,4}for|verdict in|case of)\W+"
    r"(?:[\w-]+\W+){0,4}$",
    re.IGNORECASE,
)
# "may" only in lower case: "in May" and "May 5" are dates.
_MAY_BEFORE = re.compile(r"\bmay\W+(?:\w+\W+){0,3}$")
_NEGATION_AFTER = re.compile(
    r"^\W*(?:\w+\W+)?(?:threats?|alerts?|warnings?|plans?|plots?|scare|hoax|drills?|exercises?|"
    r"(?:is|are|was|were) (?:feared|expected|likely|planned|possible|averted|foiled|thwarted)|"
    r"(?:did|does|do) not|never)\b",
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
_SECOND_BEFORE = re.compile(r"\b(?:second|another|twin|more|fresh)\W+(?:[\w-]+\W+){0,1}$", re.IGNORECASE)
_COMMENTARY_SENTENCE = re.compile(
    r"\b(?:so far this year|this year alone|since (?:the start of|the beginning of|January|20\d\d)|"
    r"in recent (?:weeks|months|years)|over the (?:past|last) (?:\w+ )?(?:weeks|months|years)|"
    r"(?:have|has) (?:carried out|claimed|conducted|stepped up|intensified|increased)|"
    r"a total of|statistics|data (?:show|compiled))\b",
    re.IGNORECASE,
)

# The sentence recalls an earlier event (past perfect is weighed separately: news uses it for the same event).
BACKGROUND_CUE = re.compile(
    r"\b(?:last (?:year|month|week)|(?:earlier|previously) (?:this|last) (?:year|month|week)|"
    r"earlier this (?:year|month)|(?:a|the) (?:similar|previous|earlier) (?:attack|incident|blast|bombing)|"
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*"
    r"(?:of )?(?:19|20)\d\d|"
    r"(?:19|20)\d\d (?:[\w-]+ ){0,3}(?:attacks?|blasts?|bombings?|massacre|assault|riots)|"
    r"(?:\w+ )?(?:years?|months?) ago|in the past|back in|(?:last|previous) (?:year|month)'s)\b",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(
    r"\bhad (?:also |earlier |previously )?(?:been )?\w+(?:ed|en|wn|lt|ck|ot|ut)\b", re.I
)
_SEPARATE_CUE = re.compile(
    r"^\W*(?:separately|meanwhile|elsewhere|"
    r"in (?:a |an )?(?:another|separate|different|similar|second|other) (?:\w+ )?"
    r"(?:incident|attack|development|operation|clash|raid|case)|in another|earlier in the day|"
    r"in a separate)\b|\b(?:in (?:a |an )?(?:separate|another|different) (?:\w+ )?(?:incident|attack)|"
    r"separately)\b",
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
    r"sentr(?:y|ies)|officers? of the (?:police|army|FC)|(?:police|army|FC) officers?)\b",
    re.IGNORECASE,
)
# Mentions of the security forces that name the reporter, the responder or a place, not the victim.
_ARMED_NON_VICTIM = re.compile(
    r"\b(?:according to (?:the )?(?:police|officials|security officials|army|military)|"
    r"(?:police|security|army|military|levies|FC|rescue) "
    r"(?:officials?|sources|spokesm[ae]n|spokesperson|chief|officers?) "
    r"(?:have |has |had )?(?:said|told|says|added|confirmed|reported)|"
    r"(?:police|levies|army|security forces|troops|rescue \w+|personnel)\W+"
    r"(?:(?:have|has|had|also|later|soon|immediately)\W+)?(?:said|say|says|told|added|confirmed|reached|"
    r"arrived|rushed|cordoned|registered|"
    r"launched|shifted|collected|recovered|started|began|are|were called|took|arrested|sealed|surrounded)|"
    r"(?:near|under|within the limits of|limits of|jurisdiction of|area of|outside|opposite|behind) (?:the )?"
    r"(?:\w+ ){0,2}(?:police station|police post|police lines|cantonment|check ?-?post|check ?point)|"
    r"police stations? (?:area|limits|jurisdiction))\b",
    re.IGNORECASE,
)
_STATE_AGENT = (
    r"(?:security forces|SFs|troops|soldiers|police\w*|army|forces|FC|Frontier Corps|CTD|Levies|levies|"
    r"Rangers|commandos|personnel|military)"
)
_MILITANTS = (
    r"(?:militants?|terrorists?|insurgents?|rebels?|fighters|attackers|assailants|gunm[ae]n|extremists|"
    r"Taliban|Maoists?|cadres?|miscreants|suicide bombers?|jihadists?|outlaws)"
)
_TERRITORY = (
    r"(?:district|districts|town|towns|village|villages|city|area|areas|territory|base|bases|post|posts|"
    r"check ?-?posts?|headquarters|province|valley|border crossing|region|capital|hills?|mountains?|"
    r"compound|positions?|control|strongholds?|centre|center)"
)
_HARM_OR_FIRE = (
    r"kill\w*|dead|died|deaths?|injur\w*|wound\w*|martyr\w*|casualt\w*|hurt|bod(?:y|ies)|exchange of fire|"
    r"fir(?:e|ed|ing)|shot|shots|gun ?fight|gun ?battle|shoot-?out|neutrali[sz]ed|eliminated|"
    r"lost (?:their|his) lives"
)

# What explosions do in news copy: enough context for "blast" or "bomb", though not for "attack".
_EXPLOSION_CONTEXT = "|".join(
    (
        _VIOLENCE_WORDS,
        r"hit|struck|rocked|ripped|jolted|shook|went off|heard|targeted|near|outside|planted",
        r"exploded|detonated",
        r"market|bazaar|mosque|shrine|school|checkpost|vehicle|motorcycle",
    )
)
# "attacked" or "killed" is political violence only beside harm, gunfire, an armed group or a weapon.
_ATTACK_CONTEXT = "|".join(
    (_HARM_OR_FIRE, _MILITANTS, r"armed men|bomb\w*|explosi\w*|grenades?|rockets?|Naxal\w*")
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


def _rule(
    sub_event_type: SubEventType,
    alternatives: Sequence[str],
    *,
    specific: bool = True,
    needs_context: bool = False,
    attack_verb: bool = False,
    context: str | Sequence[str] | None = None,
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
    )


TRIGGER_RULES: tuple[TriggerRule, ...] = (
    _rule(
        S.SUICIDE_BOMB,
        (
            r"suicide[- ](?:bomb\w*|attack\w*|blasts?|explosions?|vests?|jackets?|car bomb\w*|assault|squad|"
            r"mission)",
            r"blew (?:himself|herself|themselves) up",
            r"(?:detonated|exploded|triggered|blew up) (?:his|her|their) (?:explosives?|suicide vests?|"
            r"vests?|jackets?|explosive[- ]laden \w+)",
            r"kamikazes?",
            r"self-immolat\w+ attack",
            r"fidayeen attack\w*",
        ),
    ),
    _rule(
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        (
            r"IEDs?",
            r"VBIEDs?",
            r"improvised explosive devices?",
            r"roadside bombs?",
            r"road-side bombs?",
            r"land ?mines?",
            r"landmines?",
            r"remote[- ]control(?:led)? (?:bombs?|devices?|explosives?|IEDs?|blasts?)",
            r"explosive devices?",
            r"car bomb(?:s|ing|ings)?",
            r"vehicle[- ]borne",
            r"(?:magnetic|sticky) bombs?",
            r"bombs? (?:blasts?|explosions?)",
            r"(?:bombs?|explosives?) (?:were |was |had been )?(?:planted|fitted|attached|hidden|concealed)",
            r"planted (?:a |an )?(?:bomb|explosives?)",
            r"(?:blew|blown|blowing) up (?:a |an |the )?(?:\w+ ){0,4}(?:school|bridge|tower|pipeline|"
            r"railway track|track|pylon|building|shop|house|vehicle|van|car|bus|train)",
        ),
    ),
    _rule(
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        (
            r"blasts?",
            r"explosions?",
            r"bombs?",
            r"bombings?",
            r"exploded",
            r"detonat\w+",
            r"went off",
            r"ripped through",
            r"explosives?",
        ),
        specific=False,
        needs_context=True,
        context=_EXPLOSION_CONTEXT,
    ),
    _rule(
        S.GRENADE,
        (
            r"(?:hand[- ])?grenades?",
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
            r"aerial (?:bombardments?|attacks?|strikes?|bombing)",
            r"(?:jets?|warplanes?|fighter (?:jets|planes|aircraft)|helicopter gunships?|"
            r"gunship helicopters?|gunships?|aircraft|drones?|helicopters?) (?:\w+ ){0,2}(?:bombed|pounded|"
            r"struck|hit|targeted|fired|attacked|shelled|strafed|carried out)",
            r"(?:struck|hit|targeted|killed) (?:\w+ ){0,2}by (?:a |an )?(?:\w+ )?(?:drones?|warplanes?|"
            r"jets?|aircraft|air ?strikes?)",
            r"bombed by",
            r"unmanned aerial vehicle",
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
            r"(?:fired|launched|lobbed) (?:\w+ ){0,2}rockets?",
            r"missiles? (?:strikes?|attacks?|hit|struck|landed|slammed)",
            r"rocket attacks?",
        ),
    ),
    _rule(
        S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        (
            r"rockets?",
            r"missiles?",
            r"shells",
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
            r"(?:sulfur |sulphur )?mustard gas",
            r"sulfur mustard",
            r"sulphur mustard",
        ),
    ),
    _rule(
        S.ARMED_CLASH,
        (
            r"exchange of fire",
            r"exchanged fire",
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
            r"fighting (?:between|with|broke out|erupted|raged)",
            r"heavy fighting",
            r"clash(?:es|ed)? (?:between|with)",
            r"(?:attacked|stormed|raided|targeted|overran|ambushed) (?:a |an |"
            r"the )?(?:\w+ ){0,2}(?:check ?-?posts?|check ?points?|outposts?|posts?|camps?|convoys?|"
            r"patrol\w*|police stations?|police lines|cantonment|bases?|forts?|garrison|picket)",
            rf"{_STATE_AGENT} (?:\w+ ){{0,6}}(?:killed|gunned down|shot dead|neutrali[sz]ed|"
            rf"eliminated) (?:\w+ ){{0,4}}{_MILITANTS}",
            rf"{_MILITANTS} (?:\w+ ){{0,5}}(?:were|was) (?:\w+ )?(?:killed|gunned down|shot dead|"
            rf"neutrali[sz]ed|eliminated)",
            rf"(?:killed|killing|gunned down|neutrali[sz](?:ed|ing)|eliminat(?:ed|"
            rf"ing)) (?:\w+ ){{0,3}}{_MILITANTS}",
        ),
    ),
    _rule(
        S.ARMED_CLASH,
        (
            r"clash(?:es|ed)?",
            r"encounters?",
            r"(?:intelligence[- ]based|search|combing|security|military|clearance|counter[- ]terrorism|"
            r"anti-terror\w*|anti-militant|cordon[- ]and[- ]search|joint|targeted|sanitisation|sanitization|"
            r"ground) operations?",
            r"IBOs?",
            r"raid(?:s|ed)?",
        ),
        specific=False,
        needs_context=True,
        context=_HARM_OR_FIRE,
    ),
    _rule(
        S.ATTACK,
        (
            r"shot (?:dead|and killed|to death|at)",
            r"gunned down",
            r"opened fire",
            r"sprayed (?:\w+ )?bullets",
            r"fired (?:shots |indiscriminately |bullets )?(?:at|on|upon)",
            r"target(?:ed)?[- ]killings?",
            r"assassinat\w+",
            r"beheaded",
            r"behead\w+",
            r"slaughtered",
            r"hacked to death",
            r"stabbed to death",
            r"burnt alive",
            r"burned alive",
            r"massacred?",
            r"ambush(?:ed|es)?",
            r"killed by (?:unidentified|unknown|armed|masked|suspected)",
            rf"{_MILITANTS} (?:\w+ ){{0,3}}(?:killed|shot|murdered|gunned|attacked|opened|stormed|targeted|"
            rf"hurled)",
            r"(?:unidentified|unknown|masked|armed) (?:men|persons|people|assailants|attackers|"
            r"motorcyclists)",
            r"(?:motorcycle|bike)[- ]borne (?:\w+ )?(?:men|assailants|gunmen|attackers)",
        ),
        attack_verb=True,
    ),
    _rule(
        S.ATTACK,
        (
            r"attack(?:s|ed|ing)?",
            r"assault(?:ed|s)?(?! rifles?)",
            r"stormed",
            r"murdered",
            r"killed",
            r"shot",
        ),
        specific=False,
        needs_context=True,
        attack_verb=True,
        context=_ATTACK_CONTEXT,
    ),
    _rule(
        S.ATTACK,
        (
            # Security personnel "killed" or "martyred" with no weapon named: an attack on them.
            r"(?:policem[ae]n|soldiers?|troops|personnel|jawans?|constables?|sepoys?|levies|khasadars?|"
            r"commandos?|officers?) (?:\w+ ){0,6}?(?:were|was|have been|has been|had been) (?:\w+ )?"
            r"(?:killed|martyred|shot dead|gunned down)",
            r"(?:were|was) martyred",
            r"embraced martyrdom",
        ),
        specific=False,
        attack_verb=True,
    ),
    _rule(
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        (
            r"kidnap\w*",
            r"abduct\w*",
            r"taken hostage",
            r"held hostage",
            r"hostages?",
            r"forcibly disappeared",
            r"forced disappearances?",
            r"enforced disappearances?",
            r"whisked away",
            r"picked up by (?:security|intelligence|unknown|unidentified|armed|law enforcement)\w*",
        ),
    ),
    _rule(
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        (
            r"(?:went|gone|goes|have gone|has gone) missing",
            r"disappeared",
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
        S.SEXUAL_VIOLENCE,
        (
            r"raped",
            r"gang-?raped",
            r"rapes?",
            r"sexual(?:ly)? (?:assault\w*|abus\w*|violence)",
            r"(?:abused|assaulted|molested) (?:\w+ ){0,2}(?:women|girls|detainees)",
        ),
    ),
    _rule(
        S.PEACEFUL_PROTEST,
        (
            r"protest(?:s|ed|ers|ors|ing)?",
            r"rall(?:y|ies|ied)",
            r"sit-ins?",
            r"demonstrat(?:ion|ions|ors|ed|ing)",
            r"marched",
            r"march(?:es)? (?:towards|to|on|from)",
            r"(?:shutter[- ]down|wheel[- ]jam|hunger|general) strikes?",
            r"strike call",
            r"dharnas?",
            r"took to the streets",
            r"chant(?:ed|ing) slogans",
            r"blocked (?:the )?(?:\w+ )?(?:road|highway|motorway)s?",
        ),
    ),
    _rule(
        S.VIOLENT_DEMONSTRATION,
        (
            r"riot(?:s|ing|ers|ed)?",
            r"stone[- ]pelt\w*",
            r"pelted (?:\w+ )?stones",
        ),
    ),
    _rule(
        S.MOB_VIOLENCE,
        (
            r"mobs?",
            r"lynch\w*",
            r"vigilantes?",
            r"(?:villagers|rival groups|supporters|workers|students|tribesmen) (?:\w+ ){0,2}clashed",
        ),
    ),
    _rule(
        S.LOOTING_PROPERTY_DESTRUCTION,
        (
            r"torched",
            r"set (?:on )?fire",
            r"set ablaze",
            r"ransacked",
            r"vandali[sz]\w*",
            r"looted",
            r"plundered",
            r"burnt down",
            r"burned down",
            r"razed",
            r"demolished",
        ),
    ),
    _rule(
        S.AGREEMENT,
        (
            r"cease-?fires?",
            r"truce",
            r"peace (?:talks|deal|agreement|accord|process|negotiations|pact|jirga)",
            r"(?:signed|reached|inked|struck) (?:an |a |the )?(?:\w+ )?(?:agreement|accord|deal|pact)",
            r"(?:agreement|accord|deal) (?:was |has been )?(?:signed|reached)",
            r"prisoner (?:swap|exchange)",
            r"exchanged prisoners",
            r"swapped prisoners",
            r"agreed (?:to|on|upon) (?:a |an |the )?(?:\w+ ){0,3}(?:cease-?fire|truce|deal|agreement|accord|"
            r"peace|prisoner)",
        ),
    ),
    _rule(
        S.ARRESTS,
        (
            r"arrest(?:ed|s)",
            r"detain(?:ed|s)",
            r"apprehended",
            r"nabbed",
            r"rounded up",
            r"taken into custody",
            r"took (?:\w+ )?into custody",
            r"held (?:\w+ ){0,2}(?:suspects?|militants?|men|persons|people)",
        ),
    ),
    _rule(
        S.DISRUPTED_WEAPONS_USE,
        (
            r"defus(?:ed|ing)",
            r"foiled",
            r"thwarted",
            r"averted",
            r"diffused",
            r"unexploded",
            r"(?:recovered|seized|found|confiscated|unearthed|discovered|"
            r"intercepted) (?:[\w-]+ ){0,5}(?:explosives?|IEDs?|bombs?|grenades?|suicide (?:vests?|"
            r"jackets?)|weapons|arms|ammunitions?|detonators|rockets?|mortars?|landmines?|firearms|guns|"
            r"rifles|missiles)",
            r"(?:explosives?|IEDs?|bombs?|suicide (?:vests?|jackets?)|weapons|arms|ammunitions?|detonators|"
            r"firearms|guns|rifles|landmines?|(?:explosive )?devices|stash|cache) (?:[\w-]+ ){0,8}?(?:were |"
            r"was |had been |have been )?(?:recovered|seized|found|confiscated|defused|unearthed|"
            r"intercepted|discovered|cleared)",
            r"(?:arms|weapons|explosives?) (?:cache|depot|dump|stash)s?",
        ),
    ),
    _rule(
        S.CHANGE_TO_GROUP_ACTIVITY,
        (
            r"(?:has|have|had|was|were|been|formally|officially|ministry|government|it|"
            r"they) (?:\w+ )?(?:banned|proscribed|outlawed|blacklisted)",
            r"(?:banned|proscribed|outlawed|blacklisted) (?:the|a|an|its|their|\d+|two|three|four|five|six|"
            r"several)",
            r"merg(?:ed|er|ing)",
            r"split (?:from|away)",
            r"splinter(?:ed)?",
            r"breakaway",
            r"new (?:chief|leader|head|emir|ameer|commander)",
            r"(?:named|appointed|elected|chose|chosen) (?:as )?(?:its |their |a )?(?:new )?(?:chief|leader|"
            r"emir|ameer|head)",
            r"announced (?:the |its )?(?:formation|dissolution)",
            r"disbanded",
            r"surrender(?:ed|s)?",
            r"laid down (?:their )?arms",
            r"defected",
        ),
        specific=False,
    ),
    _rule(
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        (
            rf"{_MILITANTS} (?:\w+ ){{0,6}}(?:captured|capturing|seized|seizing|recaptured|retook|took over|"
            rf"took (?:full )?control of|taken (?:full )?control of|overran|overrun|"
            rf"overrunning) (?:[\w-]+ ){{0,4}}{_TERRITORY}",
            rf"{_TERRITORY} (?:\w+ ){{0,2}}(?:fell|has fallen|had fallen) (?:to|into)",
        ),
    ),
    _rule(
        S.GOVERNMENT_REGAINS_TERRITORY,
        (
            rf"{_STATE_AGENT} (?:\w+ ){{0,4}}(?:regained|retook|recaptured|recapturing|reclaimed|cleared|"
            rf"took back|liberated|freed|wrested|won back|drove (?:back|out)|pushed (?:back|out)|"
            rf"expelled) (?:\w+ ){{0,4}}(?:{_TERRITORY}|{_MILITANTS})",
            r"(?:regained|retook|recaptured|took back) (?:full )?control",
            rf"{_MILITANTS} (?:\w+ ){{0,3}}(?:were|was) (?:driven|pushed|forced) (?:back|out)",
            rf"{_STATE_AGENT} (?:\w+ ){{0,8}}(?:captured|capturing|seized|seizing|took (?:full )?control of|"
            rf"taken (?:full )?control of|occupied|recovered control of) (?:[\w-]+ ){{0,4}}{_TERRITORY}",
            rf"(?:purg\w+|clear\w*|evict\w*) (?:\w+ ){{0,3}}from (?:the )?(?:\w+ ){{0,3}}(?:captured|"
            rf"liberated) (?:{_TERRITORY})",
        ),
    ),
    _rule(
        S.HEADQUARTERS_OR_BASE_ESTABLISHED,
        (
            r"(?:set up|established|establish(?:es|ing)?) (?:[\w-]+ ){0,5}(?:bases?|headquarters|"
            r"training camps?|camps?|observation points?|outposts?)",
            r"(?:bases?|headquarters|camps?|observation points?|outposts?) (?:was|were|has been|"
            r"have been) (?:set up|established)",
        ),
    ),
)

# "arrested"/"detained" describe police work; "protest"/"banned" etc. need an armed group or cause nearby.
_ARMED_GROUP_CUE = re.compile(
    r"\b(?:security forces|soldiers|troops|army|militia\w*|forces|police|militan\w*|terroris\w*|outfits?|"
    r"insurgen\w*|Taliban|jihad\w*|Lashkar|Jaish|Tehreek|Tehrik|Daesh|"
    r"Islamic State|ISIS|ISIL|IS-?K|ISKP|Al-?Qaeda|BLA|BLF|TTP|LeJ|JuA|rebels?|armed groups?|groups?|"
    r"organi[sz]ations?|factions?|commanders?|fighters)\b",
    re.IGNORECASE,
)
_PROTEST_INTERVENTION = re.compile(
    r"\b(?:baton[- ]charg\w*|lathi[- ]charg\w*|tear[- ]?gas\w*|teargas\w*|water cannons?|dispers\w+|"
    r"rubber bullets|pepper[- ]spray\w*|suppress\w*|broke up|break up|broken up|cut short|crack\w* down|"
    r"crackdown|clampdown|drag(?:ged)? (?:them|protesters)|(?:arrest\w*|detain\w*|rounded up|round up) "
    r"(?:\w+ ){0,3}(?:protesters|demonstrators|protestors|activists|participants|students))\b",
    re.IGNORECASE,
)
_EXCESSIVE_FORCE = re.compile(
    rf"\b(?:(?:{_STATE_AGENT}|guards) (?:\w+ ){{0,3}}(?:opened fire|fired|shot) (?:\w+ ){{0,3}}"
    r"(?:on|at|upon)? ?(?:the )?(?:\w+ )?(?:protesters|protestors|demonstrators|crowds?|rall(?:y|ies)|"
    r"marchers|mourners)|"
    r"(?:protesters?|protestors?|demonstrators?) (?:\w+ ){0,3}(?:were |was )?(?:killed|shot dead|shot)|"
    r"live (?:bullets|ammunition|rounds|fire)|violently (?:suppress\w*|dispers\w*|broke up|crack\w* down))\b",
    re.IGNORECASE,
)
_DEMONSTRATORS_VIOLENT = re.compile(
    r"\b(?:turned violent|went on (?:a )?rampage|molotov|petrol bombs?|fire ?bombs?|stone[- ]pelt\w*|"
    r"(?:threw|throwing|hurled|hurling|pelted|pelting) (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles)|"
    r"clash\w* (?:\w+ ){0,4}(?:protesters|protestors|demonstrators)|"
    r"(?:protesters|protestors|demonstrators|rioters|mob|crowds?|students|workers|supporters) (?:\w+ ){0,3}"
    r"(?:torched|set (?:on )?fire|set ablaze|pelted|hurled|threw|stormed|ransacked|vandali[sz]ed|clashed|"
    r"attacked|damaged|burnt|burned|smashed|looted))\b",
    re.IGNORECASE,
)
# Only an event noun can point back ("the blast"); "the militants opened fire" opens its own event.
_EVENT_NOUN_END = re.compile(
    r"(?:attacks?|blasts?|explosions?|bombings?|bombs?|strikes?|clash(?:es)?|encounters?|operations?|ambush|"
    r"assault|firing|shelling|abductions?|kidnappings?|protests?|rall(?:y|ies)|raids?|devices?|IEDs?|mines?|"
    r"grenades?|killings?|incidents?|fighting|gun ?fights?|battles?|exchange of fire|sit-ins?|"
    r"demonstrations?|"
    r"riots?|cease-?fire|truce|agreement|deal|talks|arrests?|shells?|rockets?|missiles?|mortars?|"
    r"air ?strikes?|"
    r"airstrikes?|bombers?|vests?|jackets?|disappearances?)$",
    re.IGNORECASE,
)
_FOILED = re.compile(r"defus|diffus|foil|thwart|avert|unexploded", re.IGNORECASE)
_TERRITORY_TYPES = frozenset({S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, S.GOVERNMENT_REGAINS_TERRITORY})
_ATTACK_ON_GATHERING = frozenset(
    {S.SUICIDE_BOMB, S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.GRENADE, S.ATTACK, S.ARMED_CLASH, S.AIR_DRONE_STRIKE}
)
_GATHERING_TARGETED = re.compile(
    r"\b(?:at|on|targeted|targeting|struck|hit|near|outside|during|into|attended|attending|addressing|"
    r"addressed|through|of)\W+(?:[\w-]+\W+){0,3}$",
    re.IGNORECASE,
)
_ARMED_ARSONIST = re.compile(rf"\b{_MILITANTS}\b", re.IGNORECASE)
_CASUALTY_CUE = re.compile(
    r"\b(?:killed|killing|dead|died|death toll|injured|injuring|wounded|wounding|martyred|"
    r"lost (?:their|his|her) lives?|succumbed|bodies|casualties|hurt)\b",
    re.IGNORECASE,
)
_PLURAL_TRIGGER_END = re.compile(r"^[A-Za-z]+(?:s|es)$")
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twin|multiple|simultaneous|coordinated|"
    r"back-to-back|separate|both)\W+(?:[\w-]+\W+){0,1}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence (or clause) of the article; offsets index the article text. `places` are its toponyms."""

    start: int
    end: int
    text: str
    places: tuple[str, ...] = ()


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


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceReading:
    """What one sentence says about events: its live triggers and role cues."""

    sentence: Sentence
    triggers: tuple[Trigger, ...] = ()
    background_cue: Cue | None = None
    past_perfect: bool = False
    separate: bool = False
    casualties: bool = False

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
    r"artillery|rocket|missile|chemical|gas|kidnap|abduct|hostage|missing|disappear|protest|rall(?:y|ies)|"
    r"sit-in|demonstrat|march|riot|mob|lynch|torch|ablaze|loot|ransack|ceasefire|cease-fire|truce|peace|"
    r"agreement|accord|arrest|detain|apprehend|custody|nabbed|defus|foil|thwart|avert|recover|seiz|banned|"
    r"proscri|merg|split|surrender|captur|control|regain|retook|operation|raid|militan|terror|insurg|"
    r"rape|camp|headquarters|stone|slogan|strike|establish|set up|took over|taken over|overr[au]n|withdr|"
    r"pulled out|freed|liberat|recaptur|retook|drove|pushed|expel|purg|evict|occupied|sexual|abuse|molest|"
    r"kamikaze|chlorine|sarin|mustard|toxic|poison|nerve agent|jet|warplane|aircraft|helicopter|gunship|"
    r"whisked|picked up|cache|stash|firearm|weapon|ammunition|intercept|discover|vandal|plunder|razed|"
    r"demolish|burn|vigilante|dharna|streets|neutrali|eliminat|defect|disband|formation|appoint|chief|"
    r"storm|behead|slaughter|massacre|assassin|hacked|stabbed|deal|pact|swap|prisoner|unrest|turmoil|hurt|"
    r"bod(?:y|ies)|succumb|casualt|lost (?:their|his|her) lives)",
    re.IGNORECASE,
)


def could_report_event(text: str) -> bool:
    """Cheap pre-filter: False when no trigger stem occurs, so the article can skip the spaCy pipeline."""
    return PREFILTER.search(text) is not None


def read_sentence(sentence: Sentence) -> SentenceReading:
    """Find the live (not negated, not hypothetical) event triggers of one sentence and its role cues."""
    text = sentence.text
    if PREFILTER.search(text) is None:
        return SentenceReading(sentence=sentence)
    raw: list[tuple[TriggerRule, re.Match[str]]] = []
    for rule in TRIGGER_RULES:
        raw.extend((rule, match) for match in rule.pattern.finditer(text))
    if not raw:
        toll = _CASUALTY_CUE.search(text) is not None and NON_EVENT_CONTEXT.search(text) is None
        return SentenceReading(sentence=sentence, casualties=toll)
    non_event = NON_EVENT_CONTEXT.search(text) is not None
    commentary = _COMMENTARY_SENTENCE.search(text) is not None
    kept = _keep_outermost(raw)
    triggers: list[Trigger] = []
    for rule, match in kept:
        if non_event and not (
            rule.specific and rule.sub_event_type in _EXPLOSIVE_TYPES | {S.AIR_DRONE_STRIKE}
        ):
            continue
        if rule.needs_context and not _has_violence_cue(text, match.start(), match.end(), rule.context):
            continue
        if not rule.specific and _is_uncounted_plural(text, match.start(), match.group(0)):
            continue
        if _is_hypothetical(text, match.start(), match.end()):
            continue
        if rule.sub_event_type in _NEEDS_ARMED_GROUP and not _ARMED_GROUP_CUE.search(text):
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        if _COMMENTARY_BEFORE.search(before) or (commentary and _PLURAL_TRIGGER_END.search(match.group(0))):
            continue
        # A determiner points back only from a noun ("the blast"); before a verb it opens the subject
        # ("the Counter Terrorism Department arrested").
        determined = (
            _REFERENCE_BEFORE.search(before) is not None
            and _EVENT_NOUN_END.search(match.group(0)) is not None
        )
        reference = determined or any(
            pattern.search(before) for pattern in (_REFERENCE_VERB_BEFORE, _SECOND_BEFORE)
        )
        sub_type = rule.sub_event_type
        if rule.attack_verb:
            sub_type = S.ARMED_CLASH if _victim_is_armed(text, match.start(), match.end()) else S.ATTACK
        triggers.append(
            Trigger(
                sub_event_type=sub_type,
                start=sentence.start + match.start(),
                end=sentence.start + match.end(),
                text=match.group(0),
                specific=rule.specific,
                reference=reference,
            )
        )
    triggers = _resolve_sentence(text, sentence.start, triggers)
    background = BACKGROUND_CUE.search(text)
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
    )


_NEEDS_ARMED_GROUP = frozenset(
    {S.CHANGE_TO_GROUP_ACTIVITY, S.HEADQUARTERS_OR_BASE_ESTABLISHED, S.SEXUAL_VIOLENCE}
)


def _keep_outermost(
    raw: list[tuple[TriggerRule, re.Match[str]]],
) -> list[tuple[TriggerRule, re.Match[str]]]:
    """Drop matches inside a longer match ("bomb" inside "roadside bomb"); keep text order."""
    ordered = sorted(raw, key=lambda item: (item[1].start(), -(item[1].end() - item[1].start())))
    kept: list[tuple[TriggerRule, re.Match[str]]] = []
    for rule, match in ordered:
        if any(
            other.start() <= match.start() and match.end() <= other.end() and other is not match
            for _, other in kept
        ):
            continue
        kept.append((rule, match))
    return kept


def _has_violence_cue(text: str, start: int, end: int, context: re.Pattern[str] | None) -> bool:
    pattern = VIOLENCE_CUE if context is None else context
    return any(cue.start() >= end or cue.end() <= start for cue in pattern.finditer(text))


def _is_uncounted_plural(text: str, start: int, trigger: str) -> bool:
    """A generic plural ("attacks", "blasts") without a count talks about violence, not one event."""
    if not _PLURAL_TRIGGER_END.search(trigger):
        return False
    return _COUNT_BEFORE.search(text, max(0, start - 40), start) is None


def _is_hypothetical(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80) : start]
    if _NEGATION_BEFORE.search(before) or _MAY_BEFORE.search(before):
        return True
    return _NEGATION_AFTER.search(text[end : end + 40]) is not None


_VICTIM_PASSIVE = re.compile(
    _ARMED_VICTIM.pattern + r"\W+(?:\w+\W+){0,4}?(?:were|was|have been|had been|got|are|is)\W+(?:\w+\W+)?"
    r"(?:killed|martyred|injured|wounded|attacked|targeted|shot|ambushed|hurt)",
    re.IGNORECASE,
)


def _victim_is_armed(text: str, start: int, end: int) -> bool:
    """True when the security forces are the ones attacked, not the ones reporting or responding."""
    masked = _ARMED_NON_VICTIM.sub(lambda match: " " * len(match.group(0)), text)
    if _ARMED_VICTIM.search(masked, end, min(len(masked), end + 90)):
        return True
    return _VICTIM_PASSIVE.search(masked[max(0, start - 120) : start]) is not None


def _resolve_sentence(text: str, offset: int, triggers: list[Trigger]) -> list[Trigger]:
    """Sentence-level rewrites: protests absorb the violence they protest; disrupted bombs did not explode."""
    if not triggers:
        return triggers
    kinds = {trigger.sub_event_type for trigger in triggers if not trigger.reference}
    protest = [t for t in triggers if t.sub_event_type is S.PEACEFUL_PROTEST]
    if protest and kinds & _ATTACK_ON_GATHERING and _EXCESSIVE_FORCE.search(text) is None:
        # A bomb or gunmen striking a rally: the gathering is the target, not an event of its own.
        gatherings = [t for t in protest if _GATHERING_TARGETED.search(text, 0, t.start - offset)]
        if len(gatherings) == len(protest):
            triggers = [t for t in triggers if t.sub_event_type is not S.PEACEFUL_PROTEST]
            protest = []
    if protest:
        sub_type = S.PEACEFUL_PROTEST
        if _EXCESSIVE_FORCE.search(text):
            sub_type = S.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        elif _DEMONSTRATORS_VIOLENT.search(text) or S.VIOLENT_DEMONSTRATION in kinds:
            sub_type = S.VIOLENT_DEMONSTRATION
        elif _PROTEST_INTERVENTION.search(text):
            sub_type = S.PROTEST_WITH_INTERVENTION
        first = protest[0]
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
    if kinds & {S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE}:
        # Rioters "attacking police" or "clashing with troops" is the riot itself, not a battle.
        return [
            trigger
            for trigger in triggers
            if trigger.reference
            or trigger.sub_event_type not in (S.ATTACK, S.ARMED_CLASH, S.LOOTING_PROPERTY_DESTRUCTION)
        ]
    territory = [t for t in triggers if t.sub_event_type in _TERRITORY_TYPES and not t.reference]
    if len({t.sub_event_type for t in territory}) > 1:
        # Who took the ground is the subject of the first territorial verb.
        first = min(territory, key=lambda trigger: trigger.start)
        triggers = [t for t in triggers if t.sub_event_type not in _TERRITORY_TYPES or t is first]
    disrupted = [t for t in triggers if t.sub_event_type is S.DISRUPTED_WEAPONS_USE]
    if disrupted and S.ARRESTS in kinds and not any(_FOILED.search(t.text) for t in disrupted):
        # Weapons "recovered from their possession" are part of an arrest, which is the event.
        return [t for t in triggers if t.sub_event_type is not S.DISRUPTED_WEAPONS_USE]
    if disrupted:
        return [
            replace(trigger, sub_event_type=S.DISRUPTED_WEAPONS_USE, reference=False)
            if trigger.sub_event_type
            in _EXPLOSIVE_TYPES | {S.SHELLING_ARTILLERY_MISSILE_ATTACK, S.DISRUPTED_WEAPONS_USE}
            else trigger
            for trigger in triggers
            if trigger.sub_event_type is not S.ARRESTS or not trigger.specific
        ]
    if S.LOOTING_PROPERTY_DESTRUCTION in kinds and not _ARMED_ARSONIST.search(text):
        if S.MOB_VIOLENCE in kinds or S.VIOLENT_DEMONSTRATION in kinds:
            return [t for t in triggers if t.sub_event_type is not S.LOOTING_PROPERTY_DESTRUCTION]
        return [
            replace(t, sub_event_type=S.MOB_VIOLENCE)
            if t.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION
            else t
            for t in triggers
        ]
    if kinds & (VIOLENT_SUB_TYPES - {S.ABDUCTION_FORCED_DISAPPEARANCE}):
        # Arrests, seizures and the like that accompany an attack in one sentence are part of its story.
        return [t for t in triggers if t.sub_event_type.event_type in VIOLENT_EVENT_TYPES or t.reference]
    return triggers


VIOLENT_SUB_TYPES = frozenset(sub for sub in SubEventType if sub.event_type in VIOLENT_EVENT_TYPES)


def choose_sub_type(triggers: Iterable[Trigger]) -> Trigger | None:
    """The trigger whose sub-type names the event: specific before generic, then by precedence."""
    ordered = sorted(
        triggers,
        key=lambda trigger: (not trigger.specific, _RANK[trigger.sub_event_type], trigger.start),
    )
    return ordered[0] if ordered else None


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
    last_index: int = 0
    reports_harm: bool = False

    def add(self, reading: SentenceReading, index: int, triggers: Sequence[Trigger]) -> None:
        if reading.sentence not in self.sentences:
            self.sentences.append(reading.sentence)
        self.triggers.extend(triggers)
        self.places.update(place.lower() for place in reading.sentence.places)
        self.last_index = index
        self.reports_harm = self.reports_harm or reading.casualties


def group_events(readings: Sequence[SentenceReading]) -> tuple[DetectedEvent, ...]:
    """Group sentence readings into events: restatements and back-references join the event they restate."""
    drafts: list[_Draft] = []
    pending_casualties: list[tuple[int, SentenceReading]] = []
    for index, reading in enumerate(readings):
        if not reading.triggers:
            if reading.casualties:
                _attach_casualty_sentence(drafts, pending_casualties, index, reading)
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
                if references_only and (opens or not _opens_event(family, drafts)):
                    continue
                if not _opens_event(family, drafts) and not reading.separate:
                    continue
                draft = _Draft(
                    role=role,
                    role_cue=reading.background_cue if role is Role.BACKGROUND else None,
                    family=family,
                    lede=[t for t in triggers if not t.reference] or list(triggers),
                )
                drafts.append(draft)
                for pending_index, pending in pending_casualties:
                    if index - pending_index <= 2:
                        draft.add(pending, pending_index, ())
                pending_casualties.clear()
            draft.add(reading, index, triggers)
    drafts.sort(key=lambda draft: min(sentence.start for sentence in draft.sentences))
    return tuple(_finish(draft) for draft in drafts)


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
        return [(family, Role.MAIN, triggers) for family, triggers in families.items()]

    def distance(trigger: Trigger) -> int:
        return max(cue.start - trigger.end, trigger.start - cue.end, 0)

    recalled = min(families, key=lambda family: min(distance(trigger) for trigger in families[family]))
    return [
        (family, Role.BACKGROUND if family == recalled else Role.MAIN, triggers)
        for family, triggers in families.items()
    ]


def _opens_event(family: str, drafts: Sequence[_Draft]) -> bool:
    """Whether a new trigger of `family` opens an event on its own after the events found so far.

    Police work and statements that follow an attack in the same report ("police arrested two suspects")
    belong to its story; they open an event only in a report that leads with them or marks them separate.
    """
    if family in ("violence", "demonstration"):
        return True
    return not any(draft.family in ("violence", "demonstration") for draft in drafts)


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
        return None
    latest = same_family[-1]
    if references_only:
        return latest
    if reading.separate:
        return None
    if role is Role.BACKGROUND:
        backgrounds = [draft for draft in same_family if draft.role is Role.BACKGROUND]
        if backgrounds and index - backgrounds[-1].last_index <= 1:
            return backgrounds[-1]
        return None
    mains = [draft for draft in same_family if draft.role is Role.MAIN]
    if not mains:
        return None
    main = mains[-1]
    places = {place.lower() for place in reading.sentence.places}
    if places and main.places and not places & main.places and _names_new_place(reading, main):
        return None
    return main


def _names_new_place(reading: SentenceReading, main: _Draft) -> bool:
    """An indefinite trigger in a sentence naming only other places reports another incident."""
    return any(not trigger.reference and trigger.specific for trigger in reading.triggers) and bool(main.lede)


def _attach_casualty_sentence(
    drafts: list[_Draft],
    pending: list[tuple[int, SentenceReading]],
    index: int,
    reading: SentenceReading,
) -> None:
    """A toll sentence without a trigger ("Three people died") belongs to the adjacent event."""
    if drafts and index - drafts[-1].last_index <= 1:
        drafts[-1].add(reading, drafts[-1].last_index, ())
        return
    pending.append((index, reading))


def _finish(draft: _Draft) -> DetectedEvent:
    lede = choose_sub_type(draft.lede)
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
    if draft.family == "violence" and all(t.reference for t in draft.triggers) and not draft.reports_harm:
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


def detect_events(sentences: Iterable[Sentence]) -> tuple[DetectedEvent, ...]:
    """The events a sequence of sentences reports, in text order."""
    return group_events([read_sentence(sentence) for sentence in sentences])
