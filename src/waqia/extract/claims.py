"""Who did it: the perpetrator and the claims and denials of responsibility an event's text reports."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise, takewhile

from waqia.extract.actors import ActorDictionary, ActorMatch
from waqia.extract.casualties import RECALLED_CLAUSE
from waqia.extract.events import find_background_cue
from waqia.model import Actor, ActorType, Claim, ClaimStatus, Evidence, EvidenceField


def _words(text: str) -> frozenset[str]:
    """A lexicon from a space-separated list of words."""
    return frozenset(text.split())


DEFAULT_PRODUCER = "rules.v1"
# Generic words for state forces are read as Pakistan's: waqia covers Pakistan first (issue #3).
HOME_COUNTRY_CODE = "PK"
POLICE_ACTOR_ID = "pk_police"
MILITARY_ACTOR_ID = "pk_military"
ARMY_ACTOR_ID = "pk_army"
# A generic force word after one of these is another country's force, which has no entry here:
# "the Somali army", "Iraqi soldiers", "Turkish police" name no Pakistani actor.
_FOREIGN_DEMONYMS = _words(
    "Afghan Algerian American Bangladeshi British Burkinabe Cameroonian Chadian Chinese Congolese "
    "Egyptian Ethiopian Filipino French Indian Iranian Iraqi Israeli Jordanian Kenyan Kurdish Lebanese "
    "Libyan Malian Moroccan Mozambican Myanmar Nepalese Nigerian Nigerien Palestinian Philippine "
    "Russian Saudi Somali Somalian Sudanese Syrian Tajik Tunisian Turkish Ugandan Ukrainian Uzbek "
    "Yemeni US U.S. UN NATO Kashmir Australian Austrian Belgian Canadian Danish Dutch Emirati German "
    "Indonesian Italian Kazakh Malaysian Spanish Swedish Thai Tanzanian Senegalese "
    "Lankan Burmese Colombian Mexican Greek Norwegian Qatari Bahraini Kuwaiti Omani Azerbaijani"
)


class MentionRole(StrEnum):
    """What a mention of a group, force or person does in its sentence."""

    AGENT = "agent"
    RESPONDER = "responder"
    COUNTERPART = "counterpart"
    VICTIM = "victim"
    BLAMED = "blamed"
    SPEAKER = "speaker"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """The acting group or force, the claim status, and the spans that support them."""

    perpetrator: Actor | None
    claim: Claim
    evidence: tuple[Evidence, ...]


_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ud|ul|ur|bin|ibn)-[A-Z]")
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[,;:()\"“”]")

_NUMBERS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds dozen dozens "
    "scores several many few some all both"
)
_DETERMINERS = _words("a an the this that these those its their his her another other")
_MODIFIERS = _words(
    "banned proscribed outlawed defunct alleged local senior top notorious wanted key hardcore "
    "high-profile highprofile so-called self-styled little-known militant terrorist splinter rival "
    "armed unidentified unknown including newly-formed dreaded fellow female male teenage young masked "
    "heavily sleeper car truck vehicle motorcycle motorbike double twin triple"
)
_GROUP_NOUNS = _words(
    "militants militant fighters fighter terrorists terrorist insurgents insurgent rebels rebel men "
    "gunmen gunman cadres cadre members member commanders commander operatives operative bombers "
    "bomber suicide attackers attacker assailants assailant personnel troops soldiers soldier jawans "
    "jawan officials official officers officer policemen policeman police team teams unit units squad "
    "forces force contingent chapter faction group wing jets jet aircraft helicopters helicopter "
    "gunships drones drone leader leaders chief chiefs supporters activists workers convoy vehicle "
    "vehicles van mobile patrol post posts checkpost checkpoint camp base station s army security "
    "paramilitary special elite spokesman spokesperson spokeswoman spokesmen intelligence jihadists jihadist "
    "extremists extremist militia militiamen sniper snipers knifeman cell cells elements loyalists "
    "guerrillas guerrilla guerillas guerilla subversives naxals naxalites "
    "department directorate agency ministry organization organisation outfit"
)
_OBJECT_HEADS = _words(
    "convoy vehicle vehicles van mobile patrol team party post posts checkpost checkpoint camp office "
    "house home residence car headquarters compound hideout hideouts personnel members member commander "
    "commanders leader leaders chief cadres men militants fighters terrorists soldiers troops officials "
    "officers policemen unit contingent jawans activists workers family relatives of s and"
)
_ADVERBS = _words(
    "also allegedly reportedly reported apparently then later jointly had have has who which alias"
)
# Words that open an aside describing a subject before its verb: "gunmen in police uniforms", "militants
# riding motorcycles", "attackers armed with rifles".
_SUBJECT_ASIDE_WORDS = _words("in on with wearing dressed riding carrying armed disguised clad")
_RELATIVE_WORDS = _words("who which that whom whose")
_MEMBER_NOUNS = _words(
    "member members militant militants fighter fighters operative operatives cadre cadres commander "
    "commanders activist activists terrorist terrorists bomber bombers gunman gunmen leader leaders"
)
_ADMISSION_VERBS = _words("confessed admitted acknowledged")
# A group's mark left at the scene points to it: "a TTP slogan was written on the bomb", "pamphlets of
# the BLA were found near the bodies".
_SIGNATURE_NOUNS = _words(
    "slogan slogans pamphlet pamphlets leaflet leaflets flag flags banner banners graffiti insignia "
    "chit chits letter letters note notes logo"
)
_WORK_NOUNS = _words("work handiwork doing act")
_INVOLVEMENT_NOUNS = _words("involvement hand role complicity")
_POINTING_VERBS = _words(
    "suggested suggests suggest pointed points indicated indicates showed shows revealed reveals hinted "
    "hints suspected suspect suspects"
)
_WORK_LINKS = _words("was were is are be been it as")
_TERMING_VERBS = _words("termed called described declared")
_BE = _words("was were is are been being be got get gets had has have")
_ACT_VERBS = _words(
    "attacked attack attacks attacking targeted target targets targeting ambushed ambush ambushing "
    "stormed storm storming raided raid raiding killed kill kills killing shot shoot shoots shooting "
    "gunned opened open opening fired fire blew blow blowing bombed abducted abduct abducting kidnapped "
    "kidnap kidnapping hurled hurl lobbed lob planted plant detonated detonate launched launch carried "
    "carry conducted conduct struck strike hit hits assaulted beheaded executed massacred torched "
    "set seized overran captured capture arrested arrest apprehended nabbed detained shelled pounded "
    "bombarded destroyed injured wounded exchanged engaged besieged surrounded busted eliminated "
    "neutralised neutralized hijacked rammed lynched tortured burnt burned took invaded invade invades "
    "assassinated assassinate assassinates assassinating looted loot stole lined crushed stabbed hacked "
    "detonates storms abducts kidnaps ambushes bombs shoots blows murdered murder massacre raids "
    "overrun overruns besiege besieges beheads executes stabs hacks executing beheading stabbing "
    "storming assassinating massacring torturing riddled orchestrated orchestrates masterminded "
    "masterminds infiltrated infiltrate baton-charged lathi-charged tear-gassed teargassed dispersed "
    "disperse disperses baton-charge lathi-charge firebombed firebomb firebombs petrol-bombed plants "
    "planting hurls lobs activated triggered torches defused defuse defuses"
)
_VICTIM_PARTICIPLES = _words(
    "killed injured wounded martyred arrested detained shot abducted kidnapped apprehended nabbed hurt "
    "attacked targeted ambushed gunned captured eliminated neutralised neutralized slain executed "
    "beheaded hit rounded picked"
)
_REDUCED_PASSIVE_NEXT = _words("by in during when while after near at on as")
_LIGHT_VERBS = _words(
    "launched launch launches conducted conduct conducts carried carry carries mounted staged initiated "
    "committed commit commits perpetrated perpetrate perpetrates used uses using employed"
)
_ATTEMPT_VERBS = _words("attempted attempts tried tries sought")
# The one who lives through an attack is its target: "the police chief survived a bomb attack", "a judge
# escaped unhurt". Attackers escape too, so "escaped" needs an outcome or an attack after it.
_SURVIVAL_VERBS = _words("survived survives surviving")
_ESCAPE_VERBS = _words("escaped escapes escaping")
_UNHURT_WORDS = _words("unhurt unharmed unscathed injury injuries death")
_RESPONSE_VERBS = _words(
    "retaliated retaliate retaliating responded respond returned repulsed repelled foiled thwarted countered"
)
_REPORT_VERBS = _words(
    "said says say told tells stated states added reported confirmed announced informed alleged claimed "
    "claims claim maintained noted disclosed revealed according quoted warned sources"
)
_BLAME_VERBS = _words("blamed blame blames blaming accused accuse accuses accusing hallmarks hallmark held")
_SUSPECT_WORDS = _words("suspected suspect suspects")
_HEDGE_WORDS = _words("probably likely possibly presumably presumed")
_AFFILIATION_WORDS = _words("belonged belonging belong belongs affiliated linked associated")
_BLAME_AFTER_BE = _words(
    "behind responsible involved suspected believed blamed accused thought presumed likely"
)
# "gunmen believed to be of X", "suspected of being members of X", "suspicion fell on X".
_BELIEF_WORDS = _words("believed thought presumed suspected likely alleged said reported suspicion")
_ATTRIBUTION_WORDS = _words("attributed attributable blamed blame blaming pinned")
_POINT_WORDS = _words("pointed pointing points point")
_WEAPON_NOUNS = _words(
    "landmine landmines mine mines ied ieds bomb bombs rocket rockets mortar mortars missile missiles "
    "grenade grenades"
)
# Words before a weapon that name it striking: "hit an X landmine", "killed by an X bomb".
_WEAPON_STRIKE_WORDS = _words("hit struck triggered on by from in")
_ALLEGIANCE_NOUNS = _words("allegiance loyalty fealty")
_ALLEGIANCE_WORDS = _words("affiliated linked loyal allied aligned")
_HYPHENS = frozenset("-‐‑–")
_HYPHEN_SUFFIXES = _words("affiliated linked allied aligned backed led inspired based sponsored")
_ATTACKER_NOUNS = _words(
    "attackers attacker assailants assailant bomber bombers gunmen gunman perpetrators culprits killers "
    "kidnappers abductors assassins hijacker hijackers knifeman"
)
_ATTACK_NOUNS = _words(
    "attack attacks assault raid raids ambush strike strikes airstrike airstrikes crackdown operation "
    "operations offensive bombing blast explosion fire firing shelling onslaught action encounter "
    "shootout captivity custody bomb bombs bombings car-bomb ied ieds execution executions massacre "
    "massacres killing killings murder murders genocide assassination assassinations kidnapping "
    "kidnappings abduction abductions missile missiles rocket rockets mortar mortars grenade grenades "
    "shells landmine landmines"
)
_ASSAULT_NOUNS = _words("attack attacks assault assaults raid raids ambush offensive onslaught")
# What a force uses on a crowd: "police used tear gas and batons to disperse the rally" (ACLED: the force is
# the actor of an intervention or of excessive force).
_CROWD_FORCE_NOUNS = _words(
    "tear teargas batons baton lathis force cannon cannons bullets ammunition pellets sticks clubs"
)
_CLASH_NOUNS = _words(
    "encounter clash clashes clashed clashing battle battled gunbattle gun-battle gunfight shootout fighting "
    "fought firing fire exchange fight skirmish skirmishes confrontation confrontations firefight "
    "firefights gunfights gunbattles battles encounters shooting"
)
_FACTION_NOUNS = _words(
    "faction splinter group offshoot wing affiliate chapter branch breakaway part ally front"
)
_OBJECT_PREPOSITIONS = _words("on at upon")
# Read backwards: "at least", "more than", "less than", "fewer than".
_TWO_WORD_QUANTIFIERS = frozenset({("least", "at"), ("than", "more"), ("than", "less"), ("than", "fewer")})
_PLACE_TIME_WORDS = _words("of in on from late early last")
_LEFT_STOPS = (
    _words(
        "by with on at in to towards toward from for against near outside inside during between upon into or "
        "but when while after before as that who which whom where not no"
    )
    | _ACT_VERBS
    | _VICTIM_PARTICIPLES
    | _REPORT_VERBS
    | _BLAME_VERBS
    | _BE
    | _AFFILIATION_WORDS
    | _RESPONSE_VERBS
    | _SUSPECT_WORDS
)

_STATE_FORCE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:police(?:m[ae]n)?|cops?|constables?|law[- ]enforcement\s+agenc(?:y|ies)|"
            r"law[- ]enforcers)\b",
            re.IGNORECASE,
        ),
        POLICE_ACTOR_ID,
    ),
    (re.compile(r"\bLEAs?\b"), POLICE_ACTOR_ID),
    (re.compile(r"\b(?:troops|soldiers?|army|jawans?)\b", re.IGNORECASE), ARMY_ACTOR_ID),
    (
        re.compile(
            r"\b(?:security\s+forces|security\s+personnel|military|armed\s+forces|"
            r"paramilitary\s+(?:forces?|troops|personnel|soldiers)|paramilitaries)\b",
            re.IGNORECASE,
        ),
        MILITARY_ACTOR_ID,
    ),
    (re.compile(r"\bSFs?\b"), MILITARY_ACTOR_ID),
)

_CLAIM_ACTIVE = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|accept(?:ed|s|ing)?|assum(?:ed|es|ing)|t(?:ook|akes|aking)|"
    r"own(?:ed|s)?(?:\s+up)?(?:\s+to)?)\s+(?:the\s+|full\s+|its\s+)*(?:responsibility|credit|ownership)\b"
    # "owned the blast": Pakistani copy's verb for a claim.
    # "claimed Thursday's killing": the day names which of a report's events.
    r"|\b(?:claim(?:ed|s)?|own(?:ed|s))\s+(?:the\s+|this\s+|an?\s+|both\s+|its\s+|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)['’]s\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks?|bombings?|blasts?|raids?|shooting|hijacking|"
    r"killings?|assault|ambush|kidnapping|abduction|explosion|strike|assassination|murder|massacre)\b"
    # "the group later claimed it": the pronoun is the attack, unless a clause follows ("claimed it was").
    r"|\bclaim(?:ed|s)?\s+it\b(?!\s+(?:was|is|had|has|would|will|did|to|as|were|could|should|might|killed|"
    r"carried|attacked|targeted))",
    re.IGNORECASE,
)
_CLAIM_THAT = re.compile(
    r"\bclaim(?:ed|s)?\b[^.;]{0,30}?\bthat\s+(?:it|its|they|their|the\s+group|the\s+outfit|"
    r"the\s+organi[sz]ation|his\s+group)\b",
    re.IGNORECASE,
)
# "The TTP claimed it killed 20 soldiers", "claimed they had attacked": the claim without "that".
_CLAIM_OWN_ACT = re.compile(
    r"\bclaim(?:ed|s)?\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:killed|attacked|carried\s+out|targeted|"
    r"shot|ambushed|stormed|blew\s+up|planted|abducted|kidnapped|bombed|executed|beheaded|assassinated)\b",
    re.IGNORECASE,
)
# "The group said it was behind the beheading", "a spokesman said that his group was responsible",
# "IS-affiliated media said the group carried out the attack".
# The group telling its own deed is a claim too: "Al-Shabaab said its fighters killed seven soldiers", "the
# BLA said in a statement that it had attacked an army camp".
_CLAIM_SAID_BEHIND = re.compile(
    # The statement's medium may come between: "said in an email that its men had planted the device".
    r"\b(?:said|says|stated|announced|declared|claimed|claims)\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|"
    r"e-?mail|message|post|video|audio|communiqu[eé]|press\s+release)\s+)?(?:that\s+)?"
    r"(?:it|they|the\s+group|his\s+group|their\s+group|(?:(?:one|two|three|some)\s+of\s+)?(?:its|their)\s+"
    r"(?:fighters?|men|militants?|mujahideen|members?|commandos?|cadres?|guerrillas?|operatives?|"
    r"(?:suicide\s+)?(?:squads?|bombers?|units?)))\s+"
    # A group holding the people taken: "said it was holding the engineers".
    r"(?:(?:was|were|had\s+been)\s+(?:behind|responsible\s+for|holding(?!\s+(?:an?\s+|the\s+|its\s+)?(?:talks|"
    r"meetings?|negotiations|consultations|discussions|elections?|rall(?:y|ies)|jirgas?|press|news)\b))|"
    r"(?:had\s+|have\s+|has\s+)?(?:carried\s+out|"
    r"killed|attacked|ambushed|stormed|captured|seized|shot|blew\s+up|targeted|destroyed|bombed|abducted|"
    r"kidnapped|executed|beheaded|overran|lobbed|hurled|threw|fired|planted|detonated|set\s+off|"
    r"rammed|struck|raided|torched))\b",
    re.IGNORECASE,
)
# Between the group and "said it was behind" another speaker takes the floor: "Analysts said the TTP was
# behind the blast, and they said the group was responsible".
_OTHER_SPEAKER_BETWEEN = re.compile(
    r"\b(?:and|but|while|they|he|she|officials?|police|analysts|experts|sources|residents|ministers?)\b",
    re.IGNORECASE,
)
_CLAIM_PASSIVE = re.compile(
    r"\bclaimed\s+by\b|\bclaims?\s+of\s+responsibility\s+(?:from|by)\b", re.IGNORECASE
)
_GROUP_ANAPHOR = re.compile(
    r"\s+(?:the\s+(?:same\s+)?(?:group|outfit|organi[sz]ation|militant\s+group|faction)|it)\b", re.IGNORECASE
)
_OWN_ACTION = re.compile(
    r"\b(?:carried\s+out|conducted|executed|(?:was|were|is|are)\s+behind|(?:was|were|is|are)\s+responsible\s+for)\b",
    re.IGNORECASE,
)
# A group's own words in a quoted statement: "Our fighters attacked the post", "we targeted".
_FIRST_PERSON_ACTION = re.compile(
    r"\b(?:we|our\s+(?:fighters|mujahideen|men|martyrdom-seekers|commandos|militants)|"
    # Told in the third person: "said in a statement that its fighters had detained the miners".
    r"(?:its|their)\s+(?:fighters|mujahideen|men|commandos|militants|cadres|members))\s+(?:have\s+|had\s+)?"
    r"(?:attacked|targeted|carried\s+out|killed|stormed|ambushed|blew\s+up|conducted|detained|abducted|"
    r"seized|captured|executed)\b",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|yet\s+to|none|nobody|no\s+one)\b[^.;]{0,25}$|n[’']t\s+(?:yet\s+)?$", re.IGNORECASE
)
_NO_CLAIM = re.compile(
    r"\bno\s+(?:one|group|organi[sz]ation|outfit|militant\s+(?:group|outfit|organi[sz]ation)|"
    r"terrorist\s+(?:group|outfit)|individual|party|faction)\b[^.;]{0,50}?\bclaim\w*"
    r"|\bnobody\b[^.;]{0,30}?\bclaim\w*"
    r"|\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility\b|\bno\s+immediate\s+claim\b"
    r"|\b(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:been\s+)?claim\w*"
    r"|\b(?:was|were)\s+not\s+(?:yet\s+)?claimed\b"
    r"|\byet\s+to\s+be\s+claimed\b|\b(?:went|remains?|remained)\s+unclaimed\b",
    re.IGNORECASE,
)
_DENY = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes)\s+(?:any\s+|its\s+|the\s+|all\s+)?"
    # "denied the group's involvement".
    r"(?:(?:group|outfit|organi[sz]ation|movement|party)['’]s\s+|(?-i:[A-Z][\w'’-]*)\s+)?"
    r"(?:involvement|responsibility|role|part|hand|links?|connection|claims?|having|being|that\s+it|"
    r"that\s+they|it\s+was|carrying)\b"
    r"|\bdistanc(?:ed|es|ing)\s+(?:itself|themselves|himself|herself|the\s+group)\b"
    r"|\bdisown(?:ed|s|ing)?\b"
    r"|\b(?:retract(?:ed|s)?|withdr(?:ew|awn|aws))\s+(?:its|the|their)\s+claim\b"
    r"|\b(?:said|says|stated)\s+(?:that\s+)?(?:it|they|the\s+group)\s+(?:was|were|had|has)\s+(?:not|no|nothing)\b"
    r"[^.;]{0,30}?\b(?:involved|behind|role|responsible|to\s+do\s+with)\b"
    r"|\bhad\s+(?:no\s+(?:role|hand|involvement|link)|nothing\s+to\s+do\s+with)\b"
    # In the present only with the group as the subject: "the TTP \"has no link with the incident\"", not
    # "the workers have nothing to do with politics".
    r"|\b(?:(?-i:[A-Z][\w-]*[A-Z][\w-]*)|it|we|the\s+(?:group|outfit|organi[sz]ation|movement|party))"
    r"[\"'“”\s]+(?:has|have)\s+(?:no\s+(?:role|hand|involvement|links?)|nothing\s+to\s+do\s+with)\b"
    r"|\b(?:was|were)\s+not\s+(?:involved|behind)\b"
    # "denied the group had any role in the killing": the denial's clause, without "that" or with it.
    r"|\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:it|they|the\s+(?:group|outfit|organi[sz]ation|"
    r"movement)|its\s+(?:fighters|men|members))\s+(?:had|has|have|was|were|played)\s+(?:any\s+|a\s+)?"
    r"(?:role|hand|involvement|part|links?|involved|behind|responsible)\b",
    re.IGNORECASE,
)
# A spokesman saying his group, by name, did not do it: "TTP spokesman Khurasani said the TTP had not
# carried out the attack". The name is checked against the speaker's group (police saying a group was not
# behind it deny nothing for the group).
_DENY_NAMED = re.compile(
    r"\b(?:said|says|stated|insisted)\s+(?:in\s+a\s+(?:separate\s+)?statement\s+)?(?:that\s+)?"
    r"(?P<name>(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4})"
    r"\s+(?:was|were|had|has|did)\s+(?:not|never|no|nothing)\b[^.;]{0,30}?\b(?:involved|behind|role|responsible|"
    r"to\s+do\s+with|carried\s+out|conducted|carry\s+out)\b",
    re.IGNORECASE,
)
_STATEMENT_MARKERS = re.compile(
    r"\bspokes(?:man|person|woman)\b|\bstatement\b|\be-?mail\b|\bvideo\b|\bmessage\b|\bpamphlets?\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they|we|the\s+(?:group|outfit|organi[sz]ation|militant\s+group|militants))\s*(?:,[^,]{0,40},\s*)?"
    # "the group issued another statement disowning the claim": what the group put out says it.
    r"(?:(?:(?:later|then|subsequently)\s+)?(?:issued|released|put\s+out|posted|sent|circulated)\s+"
    r"(?:a\s+|an\s+|another\s+|its\s+)?(?:(?:second|fresh|new|later|separate|short)\s+)?"
    r"(?:statement|message|video|audio(?:\s+message)?)\s+)?$",
    re.IGNORECASE,
)
# A sentence that recalls another time speaks of another event: what marks a recalled event
# (events.BACKGROUND_CUE: "last year's bombing was claimed by ...", "in 2014") and, for attribution, also
# another attack named as such ("the TTP had claimed a similar attack") or a period of many ("since 2022",
# "in recent years").
_OTHER_EVENT_OR_PERIOD = re.compile(
    r"\b(?:(?:a|the|an)\s+(?:similar|previous|earlier|separate|another)\s+"
    r"(?:\w+\s+)?(?:attack|incident|blast|bombing|assault|ambush|explosion)s?|"
    r"(?:since|before|until|till)\s+"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d|"
    r"in\s+recent\s+(?:years|months|weeks)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:years?|months?|decades?))\b",
    re.IGNORECASE,
)


def _recalls(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] recalls another time or event, outside a clause telling what a group had done
    before ("suggested the involvement of the banned LeJ, which had carried out similar killings in the
    past" is about this killing)."""
    segment = text[start:end]
    history = _PAST_DEEDS_CLAUSE.search(segment)
    if history is not None:
        segment = segment[: history.start()] + segment[history.end() :]
    return bool(find_background_cue(segment) or _OTHER_EVENT_OR_PERIOD.search(segment))


_PAST_DEEDS_CLAUSE = re.compile(
    r",\s+(?:which|who)\s+(?:had|has|have)\s+(?:\w+\s+)?(?:carried\s+out|claimed|been\s+behind|been\s+blamed|"
    r"conducted|staged|mounted|killed|attacked)\b[^.;]*",
    re.IGNORECASE,
)


# "No group has claimed either blast", "both attacks": a sentence about every event of the article.
_EVERY_EVENT = re.compile(
    r"\b(?:either|neither|both|all\s+(?:the\s+)?(?:two|three|four|five)|any\s+of\s+the)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|blasts?|bombings?|explosions?|incidents?|killings?|assaults?)\b"
    # "the bombings", "the twin blasts": the plural sums up the article's events.
    r"|\bthe\s+(?:(?:twin|two|three|four|five|coordinated|serial|simultaneous)\s+)?"
    r"(?:attacks|blasts|bombings|explosions)\b",
    re.IGNORECASE,
)
# "That bombing", "those attacks": a far demonstrative right after a sentence that recalls another event
# points to that event ("..., when a bomber struck a rally. Islamic State claimed that bombing.").
_DISTAL_REFERENCE = re.compile(
    r"\bthat\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|assault|explosion|massacre|killing|incident|ambush|raid)\b"
    r"|\bthose\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|assaults|explosions|massacres|killings|incidents)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"([.!?][\"'”’)]*)\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Brig|Sgt|Insp|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|Govt|Dept|Prof|Rev|vs|etc|i\.e|e\.g)|\b[A-Z])\.$"
)


class _Kind(StrEnum):
    CLAIM = "claim"
    DENIAL = "denial"
    NO_CLAIM = "no_claim"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mention:
    actor: Actor
    start: int
    end: int
    generic: bool
    role: MentionRole
    sentence: int
    apposed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class _Statement:
    kind: _Kind
    actor: Actor | None
    start: int
    end: int


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the sentences of text, splitting after . ! ? before a capital and at newlines.

    Titles and initials ("Lt. Gen.", "D.I. Khan") do not end a sentence.
    """
    spans = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[max(start, boundary.start() - 8) : boundary.start() + 1]):
            continue
        end = boundary.end(1) if boundary.group(1) else boundary.start()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = boundary.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return tuple(spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_NAME_BEFORE_BRACKET = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+)*(?-i:[A-Z])[\w'’-]*\s*\($")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


_TARGET_BEFORE = re.compile(
    r"\b(?:at|on|into|against|targeting|targeted|hit|struck|ambushed)\s+(?:a|an|the)\s+$", re.IGNORECASE
)
_NOUN_OF_FORCE = re.compile(
    r"\s+(?:vans?|vehicles?|trucks?|mobiles?|cars?|jeeps?|convoys?|stations?|posts?|check-?posts?|"
    r"checkpoints?|camps?|bases?|patrols?|pickups?|headquarters|lines|barracks|academy|compound|office)\b",
    re.IGNORECASE,
)


def read_mention_role(sentence: str, start: int, end: int) -> MentionRole:
    """What the group, force or person named at sentence[start:end] does in the sentence.

    Reads the words right after the mention first (a verb it is the subject of, or a passive), then
    the words before it (a verb or preposition it is the object of: "attacked a", "attack on",
    "killed by", "blamed", "clash with"), then a noun right after it ("police raid", "TTP attack").
    """
    if sentence[start - 1 : start] == "(" and sentence[end : end + 1] == ")":
        # "Guerrillas of the National Liberation Army (ELN) killed": the acronym in brackets stands for the
        # name before it, whose place in the sentence is the mention's.
        name = _NAME_BEFORE_BRACKET.search(sentence, 0, start)
        start, end = (name.start() if name else start - 1), end + 1
    right = _tokens(sentence[end:])[:24]
    if _TARGET_BEFORE.search(sentence, max(0, start - 30), start) and _NOUN_OF_FORCE.match(sentence, end):
        # "a grenade hurled at a police van injured three": the force names what was hit.
        return MentionRole.VICTIM
    if sentence[end : end + 1] in _HYPHENS and right and right[0].lower() in _HYPHEN_SUFFIXES:
        # "TTP-affiliated militants", "BLA-linked gunmen": the group names who the militants are.
        right = right[1:]
    # "blamed the al-Qaeda-linked JNIM": the affiliation is an adjective of the name.
    affiliation = _AFFILIATION_BEFORE.search(sentence, max(0, start - 60), start)
    left = _tokens(sentence[: affiliation.start() if affiliation else start])[-24:]
    opening = _find_membership_aside(left)
    if opening is not None:
        # "A man, a member of Islamic State, stabbed ...": the group's member does what the man does.
        head = _read_left(left[:opening])
        if head is not None and head is not MentionRole.BLAMED:
            return head
        # "The suspect, a member of X, was arrested": a verb after the aside outweighs "suspect". A
        # report verb there belongs to an inserted "police said,".
        decided = _read_right_verb(_drop_closing_comma(right))
        if decided is None or decided is MentionRole.SPEAKER:
            decided = head
        if decided is not None:
            return decided
    if _names_someones_membership(left):
        # "sources said Dawar was a commander of the TTP who had fled": the group a person told of (the one
        # killed or arrested, not an attacker) belonged to is the side acted on.
        return MentionRole.VICTIM
    decided = _read_right_verb(right)
    if decided is not None:
        return decided
    if _is_weapon_of(right, left):
        return MentionRole.AGENT
    if _killed_in_attack_of(left, sentence[start:end], right):
        # "two civilians were killed in unprovoked Indian shelling": the fire the victims died in.
        return MentionRole.AGENT
    decided = _read_left(left)
    if decided is MentionRole.BLAMED and _ACCUSED_OF_SUPPORT.match(sentence, end):
        # "accused the Taliban of sheltering fighters who carry out attacks": blamed for help given to
        # others, not for the deed.
        return MentionRole.OTHER
    if decided is not None:
        return decided
    if any(token.lower() in _ATTACKER_NOUNS for token in takewhile(_is_nominal, right)):
        # "A Hamas suicide bomber boarded the bus": the group's bomber or gunmen are the attackers.
        return MentionRole.AGENT
    return _read_right_noun(right)


# "accused the Taliban of sheltering", "blames Kabul for harbouring": help to those who act.
_ACCUSED_OF_SUPPORT = re.compile(
    r"\s+(?:of|for)\s+(?:(?:actively|openly|covertly|secretly|continuing|still)\s+)?"
    r"(?:sheltering|harbou?ring|hosting|supporting|backing|aiding|abetting|funding|financing|arming|training|"
    r"sponsoring|protecting|giving (?:shelter|sanctuary|refuge|safe haven)|providing (?:shelter|sanctuary|"
    r"refuge|safe havens?|support)|allowing|letting|failing to|doing too little|not doing enough)\b",
    re.IGNORECASE,
)


def _is_weapon_of(right: list[str], left: list[str]) -> bool:
    """Whether the mention names whose weapon struck: "their vehicle hit an al-Shabaab landmine",
    "killed by a TTP bomb"; not a weapon seized or defused ("police defused a TTP bomb")."""
    nominal = list(takewhile(_is_nominal, right))
    following = right[len(nominal) : len(nominal) + 1]
    if not any(token.lower() in _WEAPON_NOUNS for token in nominal[:3] + following):
        return False
    scan = _scan_left(left)
    return scan.index is not None and left[scan.index].lower() in _WEAPON_STRIKE_WORDS


def _find_membership_aside(left: list[str]) -> int | None:
    """The index of the comma that opens an aside naming the group a person belongs to, when the
    mention ends one: ", a member of", ", alleged members of the Islamist group", ", from the"; 0 when
    the sentence opens with such a phrase ("Gunmen of the ADF, attacked")."""
    index = len(left) - 1
    unknown = 0
    while index >= 0 and left[index].lower() not in {"of", "from"}:
        lower = left[index].lower()
        if lower in _DETERMINERS or lower in _MODIFIERS or lower in _GROUP_NOUNS or left[index][:1].isupper():
            index -= 1
        elif unknown < 2 and left[index].isalpha() and lower not in _LEFT_STOPS:
            # An adjective outside the lexicons: "alleged members of the Islamist group".
            unknown += 1
            index -= 1
        else:
            return None
    if index < 1:
        return None
    index -= 1
    if left[index] == "," and left[index + 1].lower() == "from":
        return index
    if left[index].lower() not in _MEMBER_NOUNS:
        return None
    while index >= 0 and left[index] != "," and index >= len(left) - 12:
        lower = left[index].lower()
        if not (lower in _MEMBER_NOUNS or lower in _DETERMINERS or lower in _MODIFIERS or lower in _NUMBERS):
            return None
        index -= 1
    if index < 0:
        return 0  # the sentence opens with the phrase: "Gunmen of the ADF, attacked a village"
    return index if index >= 1 and left[index] == "," else None


def _drop_closing_comma(right: list[str]) -> list[str]:
    """The words after a mention without the comma that closes its aside (", a member of X, stabbed")."""
    for index, token in enumerate(right[:4]):
        if token == ",":
            return right[:index] + right[index + 1 :]
        if not _is_nominal(token):
            break
    return right


def _skip_right(tokens: list[str]) -> tuple[int, bool]:
    """Index of the first token after the mention's own nouns, modifiers and asides; and whether a
    relative pronoun ("who", "which") was passed."""
    index = 0
    relative = False
    skipped = 0
    while index < len(tokens) and skipped < 10:
        token = tokens[index]
        lower = token.lower()
        if token == "(":
            close = _find(tokens, ")", index)
            if close is None:
                return index, relative
            index = close + 1
        elif token in {",", "“", "”", '"'}:
            close = _find(tokens, ",", index + 1, limit=14)
            if token == "," and close is not None and not _has_verb(tokens[index + 1 : close]):
                index = close + 1
            elif token == "," and close is not None and tokens[index + 1].lower() in {"who", "which"}:
                # A relative clause between commas: "IS fighters, who had set up a roadblock, killed ...".
                index = close + 1
            elif token == "," and index + 1 < len(tokens) and tokens[index + 1][:1].isupper():
                # Names in apposition: "two LeJ militants, Asim and Ishaq, confessed ...".
                index += 1
            elif token == ",":
                # A verb after a bare comma belongs to a list of clauses, not to this mention.
                return len(tokens), relative
            else:
                index += 1
        elif lower in {"who", "which", "that"}:
            relative = True
            index += 1
        elif lower == "identified" and index + 1 < len(tokens) and tokens[index + 1].lower() == "as":
            index += 2
        elif (
            lower in _ALLEGIANCE_WORDS
            and index + 1 < len(tokens)
            and tokens[index + 1].lower() in {"to", "with"}
        ):
            # "Boko Haram fighters affiliated with the Islamic State attacked ...": skip the aside.
            index += 2
            while index < len(tokens) and (
                tokens[index].lower() in _DETERMINERS or _is_nominal(tokens[index])
            ):
                index += 1
        elif lower in _PLACE_TIME_WORDS and index + 1 < len(tokens) and tokens[index + 1][:1].isupper():
            # "The CTD of Punjab on Thursday arrested ...": a place or a day between subject and verb.
            index += 2
        elif (
            lower in _SUBJECT_ASIDE_WORDS and (verb := _find_verb_after_aside(tokens, index + 1)) is not None
        ):
            # "militants dressed in uniforms shot ...", "gunmen on motorcycles opened fire": the aside
            # describes the subject, and the verb after it is the subject's.
            index = verb
        elif lower == "and" and index + 1 < len(tokens) and _is_nominal(tokens[index + 1]):
            index += 2
        elif _is_nominal(token) or lower in _ADVERBS or lower.endswith("ly"):
            index += 1
        else:
            return index, relative
        skipped += 1
    return index, relative


def _find_verb_after_aside(tokens: list[str], start: int) -> int | None:
    """The index of the verb that ends a short lower-case aside starting at tokens[start], if one does."""
    for index in range(start, min(len(tokens), start + 6)):
        lower = tokens[index].lower()
        # After a determiner a word is a noun: "in an attack that killed" has no verb yet.
        noun = tokens[index - 1].lower() in _DETERMINERS or lower in _ATTACK_NOUNS
        if not noun and (lower in _ACT_VERBS or lower in _BE or lower in _REPORT_VERBS):
            return index
        if not tokens[index].isalpha() or tokens[index][:1].isupper() or lower in _RELATIVE_WORDS:
            return None
    return None


def _is_nominal(token: str) -> bool:
    lower = token.lower()
    if lower in _GROUP_NOUNS or lower in _NUMBERS or lower in _MODIFIERS or lower.isdigit():
        return True
    if _NAME_PARTICLE.match(token):
        return True  # "Izz al-Din al-Masri", "Abu Bakr al-Baghdadi"
    return token[:1].isupper() and lower not in _BE and lower not in _REPORT_VERBS and lower not in _ACT_VERBS


def _has_verb(tokens: list[str]) -> bool:
    return any(token.lower() in _ACT_VERBS or token.lower() in _REPORT_VERBS for token in tokens)


def _find(tokens: list[str], wanted: str, start: int, *, limit: int = 12) -> int | None:
    for index in range(start, min(len(tokens), start + limit)):
        if tokens[index] == wanted:
            return index
    return None


def _read_right_verb(right: list[str]) -> MentionRole | None:
    index, relative = _skip_right(right)
    words = [token.lower() for token in right[index:]]
    if not words:
        return None
    first = words[0]
    if first in _BE:
        rest = [word for word in words[1:6] if word not in _BE and not word.endswith("ly") and word != "not"]
        if rest and rest[0] in _VICTIM_PARTICIPLES:
            # "Two IS suicide bombers were killed": the attackers die in their attack, not as its victims.
            return MentionRole.AGENT if _names_attackers(right[:index]) else MentionRole.VICTIM
        if (
            rest[:1]
            and rest[0] in _BELIEF_WORDS
            and rest[1:2] == ["to"]
            and rest[2:3]
            and rest[2] in _ACT_VERBS
        ):
            return MentionRole.AGENT  # "Boko Haram have been reported to have murdered 30 people"
        if any(word in _BLAME_AFTER_BE for word in rest[:3]):
            return MentionRole.BLAMED
        if rest[:2] == ["under", "attack"] or rest[:2] == ["under", "fire"]:
            return MentionRole.VICTIM
        return None
    if (
        first in _BELIEF_WORDS
        and words[1:3] == ["to", "be"]
        and any(w in _BLAME_AFTER_BE for w in words[3:5])
    ):
        return MentionRole.BLAMED  # "TTP militants, suspected to be behind the attack"
    if first in {"came", "come", "comes"} and words[1:3] in (["under", "attack"], ["under", "fire"]):
        return MentionRole.VICTIM
    if first in _RESPONSE_VERBS or (first == "fought" and words[1:2] == ["back"]):
        return MentionRole.RESPONDER
    if first in _REPORT_VERBS or first in _ADMISSION_VERBS:
        # "police claimed to have killed", "confessed to killing": the speaker is the one who acted.
        following = [word for word in words[1:5] if word not in {"to", "have", "having"}]
        if words[1:2] == ["to"] and following and following[0] in _ACT_VERBS:
            return MentionRole.AGENT
        if _reports_own_act(words[1:10]):
            return MentionRole.AGENT  # "the department said on Wednesday it had arrested five men"
        return MentionRole.SPEAKER
    # "Police constable shot dead in Peshawar", "soldiers gunned down near Wana": the outcome word comes
    # between the participle and where it happened.
    next_words = (
        words[2:] if words[1:2] in (["dead"], ["down"]) and first in {"shot", "gunned"} else words[1:]
    )
    if (
        first in _VICTIM_PARTICIPLES
        and next_words
        and next_words[0] in _REDUCED_PASSIVE_NEXT
        and next_words[:2] != ["at", "least"]
        and not relative
    ):
        return MentionRole.VICTIM
    lived = [word for word in words[:6] if not word.endswith("ly")]
    if lived and (
        lived[0] in _SURVIVAL_VERBS
        or (
            lived[0] in _ESCAPE_VERBS
            and lived[1:2] != ["from"]
            and (
                any(word in _UNHURT_WORDS for word in lived[1:3])
                or any(word in _ATTACK_NOUNS or word in _ASSAULT_NOUNS for word in lived[1:4])
            )
        )
    ):
        return MentionRole.VICTIM
    if first in _ATTEMPT_VERBS and words[1:2] == ["to"] and words[2:3] and words[2] in _ACT_VERBS:
        return MentionRole.AGENT  # "attempted to assassinate", "tried to storm"
    if first in _ATTEMPT_VERBS and any(word in _ASSAULT_NOUNS for word in words[1:5]):
        return MentionRole.AGENT  # "attempted a complex attack on the base"
    if first in _LIGHT_VERBS:
        # "carried out an attack", "launched an operation", but not "launched a search".
        return (
            MentionRole.AGENT
            if any(word in _ATTACK_NOUNS or word in _CROWD_FORCE_NOUNS for word in words[1:6])
            else None
        )
    if first in _ACT_VERBS or (words[1:2] == ["and"] and words[2:3] and words[2] in _ACT_VERBS):
        # "troops found and defused a bomb", "gunmen arrived and opened fire".
        return MentionRole.AGENT
    return None


def _names_attackers(tokens: list[str]) -> bool:
    return any(token.lower() in _ATTACKER_NOUNS or token.lower() == "suicide" for token in tokens)


def _speaks(sentence: str, end: int) -> bool:
    """Whether the mention ending at sentence[:end] is the subject of a report verb ("the BLA said")."""
    right = _tokens(sentence[end:])[:16]
    index, _ = _skip_right(right)
    return index < len(right) and right[index].lower() in _REPORT_VERBS


def _reports_own_act(words: list[str]) -> bool:
    """Whether the words after a report verb say the speaker itself acted: "(that) it had arrested"."""
    pronoun = next((index for index, word in enumerate(words[:7]) if word in {"it", "they"}), None)
    if pronoun is None:
        return False
    rest = [word for word in words[pronoun + 1 : pronoun + 4] if word not in {"had", "has", "have", "also"}]
    return bool(rest) and rest[0] in _ACT_VERBS


@dataclass(frozen=True, slots=True, kw_only=True)
class _LeftScan:
    index: int | None
    saw_suspected: bool
    passed_head: bool


def _scan_left(left: list[str]) -> _LeftScan:
    """Walk left over a mention's determiners, numbers, modifiers and head nouns to the word that
    governs it ("attacked" in "attacked a convoy of the FC")."""
    index = len(left) - 1
    saw_suspected = False
    passed_head = False
    skipped = 0
    unknown = 0
    while index >= 0 and skipped < 8:
        token = left[index]
        lower = token.lower()
        if index >= 1 and (lower, left[index - 1].lower()) in _TWO_WORD_QUANTIFIERS:
            index -= 2
        elif (
            lower in _SUSPECT_WORDS
            and index + 1 < len(left)
            and left[index + 1].lower() in {"the", "a", "an"}
            and (index == 0 or left[index - 1].lower() not in _DETERMINERS)
        ):
            # A verb with its object: "officials suspect the BRA" (see _read_left_cue).
            return _LeftScan(index=index, saw_suspected=saw_suspected, passed_head=passed_head)
        elif lower in _SUSPECT_WORDS or lower in _HEDGE_WORDS:
            # "suspected TTP men", "gunmen, probably al-Shabaab fighters,".
            saw_suspected = True
            index -= 1
        elif token in {'"', "“", "”"}:
            index -= 1
        elif lower == "and" and not (
            index >= 1 and (left[index - 1].lower() in _GROUP_NOUNS or left[index - 1][:1].isupper())
        ):
            # "a case against unidentified people and the CTD": the coordination ends the phrase.
            return _LeftScan(index=index, saw_suspected=saw_suspected, passed_head=passed_head)
        elif lower in _OBJECT_HEADS:
            passed_head = True
            index -= 1
        elif (
            lower in _DETERMINERS
            or lower in _NUMBERS
            or lower in _MODIFIERS
            or lower.isdigit()
            or lower in _GROUP_NOUNS
            or (token[:1].isupper() and lower not in _ACT_VERBS and lower not in _REPORT_VERBS)
        ):
            index -= 1
        elif unknown < 2 and token.isalpha() and lower not in _LEFT_STOPS and not lower.endswith("ing"):
            # An adjective outside the lexicons ("the tribal Khassadar force", "a crowded market").
            unknown += 1
            index -= 1
        else:
            return _LeftScan(index=index, saw_suspected=saw_suspected, passed_head=passed_head)
        skipped += 1
    return _LeftScan(index=None, saw_suspected=saw_suspected, passed_head=passed_head)


def read_governing_words(sentence: str, start: int) -> tuple[str, ...]:
    """The word that governs the mention starting at sentence[start:] and up to three words before it,
    lower case, nearest first: ("on", "attack", "suicide") for "a suicide attack on the police"."""
    left = _tokens(sentence[:start])[-12:]
    scan = _scan_left(left)
    if scan.index is None:
        return ()
    return tuple(token.lower() for token in reversed(left[max(0, scan.index - 3) : scan.index + 1]))


def _read_left(left: list[str]) -> MentionRole | None:
    near = [
        token.lower()
        for token in left[-4:]
        if token.lower() not in _DETERMINERS and token.lower() not in _MODIFIERS
    ]
    if near[-2:-1] and near[-1] == "of" and near[-2] in _SIGNATURE_NOUNS:
        return MentionRole.BLAMED
    wider = [token.lower() for token in left[-9:] if token.lower() not in _DETERMINERS]
    while wider and wider[-1] in _MODIFIERS:
        wider.pop()
    if (
        wider[-3:-2]
        and wider[-1] == "of"
        and wider[-2] in _WORK_NOUNS
        and (wider[-3] in _WORK_LINKS or any(word in _TERMING_VERBS for word in wider[-5:-2]))
    ):
        # "the attack was the work of X", "appeared to be the handiwork of X", "termed it an act of X".
        return MentionRole.BLAMED
    if (
        near[-2:-1]
        and near[-1] == "of"
        and near[-2] in _INVOLVEMENT_NOUNS
        and any(word in _POINTING_VERBS for word in wider[-6:-2])
    ):
        # "investigations suggested the involvement of the banned Zainabiyoun Brigade".
        return MentionRole.BLAMED
    if near[-2:-1] and near[-1] == "of" and near[-2] in _ASSAULT_NOUNS:
        return MentionRole.AGENT  # "an attack of PKK militants", but "the killing of two TTP men"
    if _names_attacker_membership(left):
        return MentionRole.BLAMED
    scan = _scan_left(left)
    if scan.index is None:
        return MentionRole.BLAMED if scan.saw_suspected else None
    return _read_left_cue(left, scan.index, saw_suspected=scan.saw_suspected, passed_head=scan.passed_head)


_FIRE_NOUNS = _ATTACK_NOUNS | {"firing", "artillery"}


def _killed_in_attack_of(left: list[str], mention: str, right: list[str]) -> bool:
    """Whether victims died "in" the mention's attack or fire: "killed in unprovoked Indian shelling",
    "injured in a BLA attack"; not "killed in TTP-infested Tirah" or "in the Lashkar-e-Islam stronghold"."""
    recent = [token.lower() for token in left[-5:]]
    place = next((i for i in range(len(recent) - 1, 0, -1) if recent[i] in {"in", "during"}), None)
    if place is None or len(recent) - place > 3 or recent[place - 1] not in _VICTIM_PARTICIPLES:
        return False
    if not all(word.isalpha() for word in recent[place + 1 :]):
        return False
    fire_named = mention.lower().rsplit(" ", 1)[-1] in _FIRE_NOUNS
    return fire_named or (bool(right) and right[0].lower() in _ATTACK_NOUNS)


def _membership_before(left: list[str]) -> tuple[str, list[str]] | None:
    """The verb before "a member of" (or another member noun) that the words before a mention end in, and
    the words before that verb; None when they do not end so."""
    words = [token.lower() for token in left[-12:] if token.lower() not in _DETERMINERS]
    while words and words[-1] in _MODIFIERS:
        words.pop()
    if len(words) < 3 or words[-1] != "of" or words[-2] not in _MEMBER_NOUNS:
        return None
    return words[-3], words[:-3]


def _names_someones_membership(left: list[str]) -> bool:
    """Whether the words before a mention say that someone other than an attacker or a suspect "was a
    commander of" it."""
    found = _membership_before(left)
    # A finite verb: "believed to be members of" names whom the gunmen are thought to belong to.
    return (
        found is not None
        and found[0] in {"was", "were", "is", "are"}
        and not any(word in _ATTACKER_NOUNS or word in _HELD_OR_SUSPECTED for word in found[1])
    )


_HELD_OR_SUSPECTED = _words("suspect suspects accused arrested detained held killed caught identified")


def _names_attacker_membership(left: list[str]) -> bool:
    """Whether the words before a mention say the attacker belongs to it: "the bomber was a member of
    X", "the attacker was identified as an activist of X"."""
    found = _membership_before(left)
    return (
        found is not None
        and (found[0] in _BE or found[0] == "as")
        and any(word in _ATTACKER_NOUNS for word in found[1])
    )


def _read_left_cue(
    left: list[str], index: int, *, saw_suspected: bool, passed_head: bool
) -> MentionRole | None:
    lower = left[index].lower()
    before = [token.lower() for token in left[max(0, index - 4) : index]]
    if lower == "by":
        return MentionRole.AGENT
    if lower == "to" and before and before[-1] == "according":
        return MentionRole.SPEAKER
    if lower == "with" and any(word in _CLASH_NOUNS for word in before):
        return MentionRole.COUNTERPART
    if lower == "between":
        return MentionRole.COUNTERPART
    if lower in _BLAME_VERBS or lower in _SUSPECT_WORDS:
        # A suspect word is left here only as a verb with its object (_scan_left): "officials suspected
        # the BRA".
        return MentionRole.BLAMED
    if (lower in _BE or lower in {"on", "upon", "from", "of"}) and any(
        word in _BELIEF_WORDS for word in before[-3:]
    ):
        return MentionRole.BLAMED  # "believed to be from the BLA"
    if (
        lower in {"from", "of"}
        and before
        and (before[-1] in _GROUP_NOUNS or before[-1] in _ATTACKER_NOUNS)
        and "by" in before[-3:]
    ):
        return MentionRole.AGENT  # "carried out by fighters from X", "by members of X"
    if lower in {"to", "on", "upon"} and any(word in _ATTRIBUTION_WORDS for word in before):
        # "attributed the ambush to X", "blamed the attack on X".
        return MentionRole.BLAMED
    if (
        lower in {"to", "towards", "toward", "at"}
        and before
        and (
            before[-1] in _POINT_WORDS or (before[-1] in {"finger", "fingers"} and _POINT_WORDS & set(before))
        )
    ):
        # "initial investigations pointed towards the banned LeJ", "police pointed the finger at the BLA".
        return MentionRole.BLAMED
    if lower in {"to", "with"} and before and before[-1] in _AFFILIATION_WORDS:
        if "by" in before[-4:-1]:
            return MentionRole.AGENT  # "by militants belonging to X"
        governor = _scan_left(left[: index - 1]).index if index >= 1 else None
        if governor is not None and (
            left[governor].lower() in _ACT_VERBS or left[governor].lower() in _VICTIM_PARTICIPLES
        ):
            return (
                MentionRole.VICTIM
            )  # "arrested four suspects belonging to X", "killed militants linked to X"
        attacker_named = any(token.lower() in _ATTACKER_NOUNS for token in left[:index])
        return MentionRole.BLAMED if attacker_named else None
    if lower == "to" and before and before[-1] in _ALLEGIANCE_NOUNS:
        return MentionRole.BLAMED  # "the attacker had pledged allegiance to X"
    if lower == "against":
        return MentionRole.VICTIM
    if lower in _OBJECT_PREPOSITIONS and before and (before[-1] in _ATTACK_NOUNS or before[-1] in _ACT_VERBS):
        return MentionRole.VICTIM
    if lower in _ACT_VERBS or lower in _VICTIM_PARTICIPLES:
        return MentionRole.VICTIM
    if saw_suspected and not passed_head:
        return MentionRole.BLAMED
    return None


def _read_right_noun(right: list[str]) -> MentionRole:
    index, _ = _skip_right(right)
    words = [token.lower() for token in right[:index]]
    if any(token.lower() in _SIGNATURE_NOUNS for token in right[index : index + 2]):
        return MentionRole.BLAMED
    if any(word in _ATTACK_NOUNS for word in words[:3]):
        return MentionRole.AGENT
    # "a PKK roadside bomb attack", "a Daesh car bombing", "an IS sneak-attack": the attack noun may
    # follow a modifier or end a compound.
    if any(token.lower().rsplit("-", 1)[-1] in _ATTACK_NOUNS for token in right[index : index + 3]):
        return MentionRole.AGENT
    return MentionRole.OTHER


def read_attribution(
    text: str,
    *,
    offset: int = 0,
    actors: ActorDictionary,
    producer: str = DEFAULT_PRODUCER,
    event_spans: Sequence[tuple[int, int]] | None = None,
    other_spans: Sequence[tuple[int, int]] = (),
    actor_matches: Sequence[ActorMatch] | None = None,
    country_code: str | None = None,
) -> Attribution:
    """The perpetrator and claim status of the event text reports.

    Claims come first: the first group that claimed the attack and did not retract is the
    perpetrator ("claimed"); a claim later denied by the same group is "claimed_then_denied". A denial
    by another group (a parent distancing itself from a faction's claim) leaves the claim standing.
    Without a claim, a group that officials blame or suspect, or that the text says attacked, is the
    perpetrator ("attributed", also when the text adds that no group claimed); with no such group,
    "no group claimed" gives "unclaimed". State forces acting (an operation, a raid, an arrest) are the
    perpetrator when the earliest sentence naming an acting side names no armed group; the status then
    stays "unknown", unless the force acted outside its own country (`country_code`): a strike across a
    border is "attributed". A generic force word ("police", "troops") is Pakistan's force unless
    `country_code` places the event elsewhere, where it names no actor; an acting force narrows to the
    unit of it that the event's sentences also show acting ("security forces ... troops stormed" is the
    army). A group or force that is attacked, killed or arrested is never the perpetrator.

    Given the whole article with `event_spans` marking the event's sentences, the acting side is read
    from those sentences (else from the unmarked ones about the event), and claims, denials and blame
    from them and from the other sentences about the event: a sentence outside every event belongs to
    the nearest event sentence before it (the first one after it, before the first), and does not count
    when that is another event's (`other_spans`) or when it recalls another time ("claimed a similar
    attack last year"), or points back with "that attack" to an event the sentence before recalled; a
    sentence about "either blast" or "both attacks" belongs to every event. A state force named only in
    the unmarked sentences responds ("police launched a search"); it is not taken as the acting side.
    Whatever follows a clause recalling an earlier event ("since 2021, when IS bombed a rally") is
    that event's. In a clash, the group on the other side of a force is the one that acted
    ("a soldier was killed in a gunfight with Lashkar-e-Islam"), unless the text has it killed too.

    Args:
        text: the article text, or the sentences about one event.
        offset: where `text` starts in the article; evidence offsets are absolute.
        actors: the actor dictionary.
        producer: the versioned name recorded in the evidence.
        event_spans: (start, end) offsets in `text` of the event's sentences; None reads all of `text`
            as the event's.
        other_spans: offsets in `text` of the sentences of the article's other events.
        actor_matches: `actors.find_actors(text)`, when the caller reads the same text for several
            events and has found them once.
        country_code: the country of the event's place, when known: a group's own name there may mean
            its local branch ("Islamic State" in Pakistan is its Khorasan Province).
    """
    sentences = split_sentences(text)
    if event_spans is not None:
        # The caller's sentences win where its splitter and this one disagree ("The News.Meanwhile").
        sentences = _cut_at(text, sentences, [*event_spans, *other_spans])
    # Who acted in, or claimed, an event a sentence recalls ("since 2023, when IS bombed a rally") is not
    # who did this one.
    mentions = [
        mention
        for mention in _read_mentions(text, sentences, actors, actor_matches, country_code=country_code)
        if not _after_recalled_clause(text, sentences, mention.start)
    ]
    statements = [
        statement
        for statement in _read_statements(text, sentences, mentions)
        if not _after_recalled_clause(text, sentences, statement.start)
    ]
    acting_mentions = mentions
    if event_spans is not None:
        about = _sentences_about_event(text, sentences, event_spans, other_spans)
        inside = {number for number, span in enumerate(sentences) if _overlaps(span, list(event_spans))}
        statements = [item for item in statements if _sentence_of(sentences, item.start) in about]
        acting_mentions = [mention for mention in mentions if mention.sentence in inside]
        mentions = [mention for mention in mentions if mention.sentence in about]
    claimants = _statement_actors(statements, _Kind.CLAIM)
    deniers = _statement_actors(statements, _Kind.DENIAL)
    standing = [actor for actor in claimants if not _retracted(actor, statements)]
    blamed = _first_mention(mentions, lambda item: item.role is MentionRole.BLAMED and not item.generic)
    # The event's own sentences name who acted; failing them, the unmarked sentences about it name the
    # group that did. A force acting there is responding ("police launched a search"), not the attacker.
    acting = _first_acting(acting_mentions) or _first_acting(
        [mention for mention in mentions if not _is_state(mention)] if event_spans is not None else mentions
    )
    if acting is None and event_spans is not None and _OPERATION_RE.search(_spans_text(text, event_spans)):
        acting = _operating_force(acting_mentions, mentions)
    if acting is not None and _is_state(acting):
        acting = _narrow_force(acting, acting_mentions, actors)
    group_acting = acting if acting is not None and not _is_state(acting) else None
    claimed = any(statement.kind is _Kind.CLAIM for statement in statements)
    evidence_mention: _Mention | None = None
    if claimed and standing:
        status = ClaimStatus.CLAIMED
    elif claimed and claimants:
        status = ClaimStatus.CLAIMED_THEN_DENIED
        evidence_mention = blamed
    elif claimed:
        status = ClaimStatus.CLAIMED
        evidence_mention = blamed or group_acting
    else:
        evidence_mention = blamed or acting
        if (
            evidence_mention is not None
            and evidence_mention.actor in deniers
            and evidence_mention is not blamed
        ):
            evidence_mention = None
        attributed = evidence_mention is not None and (
            evidence_mention is blamed
            or not _is_state(evidence_mention)
            or _acts_abroad(evidence_mention.actor, country_code)
        )
        if deniers:
            status = ClaimStatus.DENIED
        elif attributed:
            status = ClaimStatus.ATTRIBUTED
        elif any(statement.kind is _Kind.NO_CLAIM for statement in statements):
            status = ClaimStatus.UNCLAIMED
        else:
            status = ClaimStatus.UNKNOWN
    perpetrator: Actor | None
    if status is ClaimStatus.CLAIMED and standing:
        perpetrator = standing[0]
    elif status is ClaimStatus.CLAIMED_THEN_DENIED and blamed is None:
        perpetrator = claimants[0]
    else:
        perpetrator = evidence_mention.actor if evidence_mention else None

    def span_evidence(field: EvidenceField, start: int, end: int) -> Evidence:
        return Evidence(
            field=field, start=offset + start, end=offset + end, text=text[start:end], producer=producer
        )

    evidence = [span_evidence(EvidenceField.CLAIM, item.start, item.end) for item in statements]
    support = evidence_mention or _mention_of(mentions, perpetrator)
    if perpetrator is not None and support is not None:
        evidence.insert(0, span_evidence(EvidenceField.PERPETRATOR, support.start, support.end))
        if status is not ClaimStatus.UNKNOWN and not statements:
            # An attribution read from the actor the story shows acting has that mention as its evidence.
            evidence.append(span_evidence(EvidenceField.CLAIM, support.start, support.end))

    def localise(actor: Actor) -> Actor:
        return actors.choose_branch(actor, country_code=country_code)

    claim = Claim(
        status=status,
        claimed_by=tuple(dict.fromkeys(localise(actor).name for actor in claimants)),
        denied_by=tuple(dict.fromkeys(localise(actor).name for actor in deniers)),
    )
    return Attribution(
        perpetrator=localise(perpetrator) if perpetrator else None, claim=claim, evidence=tuple(evidence)
    )


def _acts_abroad(actor: Actor, country_code: str | None) -> bool:
    """Whether a state force acted outside its country: a strike or shelling across a border is told
    by the other side's officials, an attribution, where a force's operation at home is its own report."""
    return bool(country_code and actor.country_code and actor.country_code.upper() != country_code.upper())


def _cut_at(
    text: str, sentences: tuple[tuple[int, int], ...], spans: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The sentences, also cut where one of `spans` starts or ends inside one."""
    cuts = sorted({position for span in spans for position in span})
    pieces = []
    for start, end in sentences:
        edges = [start, *(cut for cut in cuts if start < cut < end), end]
        for begin, finish in pairwise(edges):
            if text[begin:finish].strip():
                pieces.append(_trim(text, begin, finish))
    return tuple(pieces)


def _after_recalled_clause(text: str, sentences: tuple[tuple[int, int], ...], position: int) -> bool:
    if not sentences:
        return False
    start, end = sentences[_sentence_of(sentences, position)]
    recalled = RECALLED_CLAUSE.search(text, start, end)
    return recalled is not None and recalled.start() <= position


def _sentences_about_event(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    event_spans: Sequence[tuple[int, int]],
    other_spans: Sequence[tuple[int, int]],
) -> set[int]:
    """The numbers of the sentences that speak of the event: its own, and the unmarked ones that
    belong to it (see `read_attribution`)."""
    marked, others = list(event_spans), list(other_spans)
    own = [_overlaps(span, marked) for span in sentences]
    other = [not mine and _overlaps(span, others) for span, mine in zip(sentences, own, strict=True)]
    every = {
        number
        for number, (start, end) in enumerate(sentences)
        if _EVERY_EVENT.search(text, start, end) and not _recalls(text, start, end)
    }
    # An unmarked sentence belongs with the marked or every-event sentence before it.
    marked_or_every = [own[index] or other[index] or index in every for index in range(len(sentences))]
    about: set[int] = set()
    for number, (start, end) in enumerate(sentences):
        if own[number] or number in every:
            about.add(number)
            continue
        if other[number] or _recalls(text, start, end):
            continue
        if (
            number > 0
            and _DISTAL_REFERENCE.search(text, start, end)
            and _recalls_another(text, sentences[number - 1], own=own[number - 1])
        ):
            continue
        earlier = [index for index in range(number) if marked_or_every[index]]
        later = [index for index in range(number + 1, len(sentences)) if marked_or_every[index]]
        anchor = earlier[-1] if earlier else (later[0] if later else None)
        if anchor is not None and (own[anchor] or anchor in every):
            # After a sentence about every event ("78 were wounded in the bombings"), a claim is of all.
            about.add(number)
    return about


def _recalls_another(text: str, sentence: tuple[int, int], *, own: bool) -> bool:
    """Whether a sentence recalls an event other than the one read: in a clause ("since 2023, when ..."),
    or as a whole when it is not one of the event's own sentences."""
    start, end = sentence
    if RECALLED_CLAUSE.search(text, start, end):
        return True
    return not own and _recalls(text, start, end)


def _is_state(mention: _Mention) -> bool:
    return mention.generic or mention.actor.actor_type is ActorType.STATE_FORCES


# Words that make an event a security operation, in which a group killed or arrested was acted against.
_OPERATION_RE = re.compile(
    r"\b(?:raids?|raided|encounters?|operations?|shoot-?outs?|exchanges? of fire|gunfights?|gun battles?|"
    r"crackdown|search and strike|intelligence-based)\b",
    re.IGNORECASE,
)


def _spans_text(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " ".join(text[start:end] for start, end in spans)


def _operating_force(inside: list[_Mention], about: list[_Mention]) -> _Mention | None:
    """The force that carried out an operation whose own sentences name no acting side but a group on
    the receiving end ("three TTP militants were shot dead during a raid"): the first state force the
    sentences about the event show acting or responding ("the police retaliated")."""
    if not any(
        item.role is MentionRole.VICTIM and not _is_state(item) and not item.generic for item in inside
    ):
        return None
    roles = (MentionRole.AGENT, MentionRole.COUNTERPART, MentionRole.RESPONDER)
    forces = [item for item in about if item.role in roles and _is_state(item)]
    return min(forces, key=lambda item: item.start) if forces else None


def _first_acting(mentions: list[_Mention]) -> _Mention | None:
    """The side that acted: from the earliest sentence that names one, an armed group before a state
    force ("security forces killed five TTP militants who had attacked a post" names the TTP). In a
    clash the group on the other side of the force is the one that acted ("a soldier was killed in a
    gunfight with Hizbul Mujahideen"), unless the sentence has it killed, arrested or attacked too."""
    acting_roles = (MentionRole.AGENT, MentionRole.COUNTERPART)
    acting = [mention for mention in mentions if mention.role in acting_roles]
    if not acting:
        return None
    first_sentence = min(mention.sentence for mention in acting)
    in_sentence = [mention for mention in acting if mention.sentence == first_sentence]
    victims = {
        mention.actor
        for mention in mentions
        if mention.sentence == first_sentence and mention.role is MentionRole.VICTIM
    }
    agents = [
        mention for mention in in_sentence if mention.role is MentionRole.AGENT and not _is_state(mention)
    ]
    counterparts = [
        mention for mention in in_sentence if not _is_state(mention) and mention.actor not in victims
    ]
    states = [mention for mention in in_sentence if _is_state(mention)]
    chosen = agents or counterparts or states
    return chosen[0] if chosen else None


def _narrow_force(acting: _Mention, mentions: list[_Mention], actors: ActorDictionary) -> _Mention:
    """The unit of an acting force that the event's sentences also show acting: "security forces
    killed nine militants ... troops engaged their hideout" names the army."""
    roles = (MentionRole.AGENT, MentionRole.COUNTERPART)
    units = [
        mention
        for mention in mentions
        if mention.role in roles and acting.actor in actors.lineage_of(mention.actor)[1:]
    ]
    return units[0] if units else acting


def _first_mention(mentions: list[_Mention], wanted: Callable[[_Mention], bool]) -> _Mention | None:
    return next((mention for mention in mentions if wanted(mention)), None)


def _mention_of(mentions: list[_Mention], actor: Actor | None) -> _Mention | None:
    if actor is None:
        return None
    return next((mention for mention in mentions if mention.actor == actor), None)


def _statement_actors(statements: list[_Statement], kind: _Kind) -> list[Actor]:
    found: list[Actor] = []
    for statement in statements:
        if statement.kind is kind and statement.actor is not None and statement.actor not in found:
            found.append(statement.actor)
    return found


def _retracted(actor: Actor, statements: list[_Statement]) -> bool:
    """True when the actor's last word on the attack is a denial that follows its claim."""
    last = None
    for statement in statements:
        if statement.actor == actor and statement.kind in (_Kind.CLAIM, _Kind.DENIAL):
            last = statement.kind
    return last is _Kind.DENIAL


def _read_mentions(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    actors: ActorDictionary,
    actor_matches: Sequence[ActorMatch] | None,
    *,
    country_code: str | None = None,
) -> list[_Mention]:
    found = actors.find_actors(text) if actor_matches is None else actor_matches
    named = _drop_affiliations(
        text, _merge_repeats(text, [(match.actor, match.start, match.end) for match in found])
    )
    # "Police" in a report from elsewhere are that country's police, for which the dictionary has no entry.
    at_home = country_code is None or country_code.upper() == HOME_COUNTRY_CODE
    generic = _generic_state_mentions(text, sentences, named, actors) if at_home else []
    mentions = []
    for actor, start, end, is_generic in sorted(
        [(actor, start, end, False) for actor, start, end in named] + generic, key=lambda item: item[1]
    ):
        number = _sentence_of(sentences, start)
        sentence_start, sentence_end = sentences[number] if sentences else (0, len(text))
        sentence = text[sentence_start:sentence_end]
        local_start, local_end = start - sentence_start, end - sentence_start
        mentions.append(
            _Mention(
                actor=actor,
                start=start,
                end=end,
                generic=is_generic,
                role=read_mention_role(sentence, local_start, local_end),
                sentence=number,
                apposed=_is_apposed(sentence[:local_start]),
            )
        )
    return mentions


# "-linked" in "the al-Qaeda-linked JNIM": the group before it is the affiliation of the name after it.
_AFFILIATION_COMPOUND = r"[-‐‑](?:affiliated|linked|allied|aligned|backed|inspired|sponsored)\s+"
_AFFILIATION_SUFFIX = re.compile(rf"{_AFFILIATION_COMPOUND}(?:[\w'’-]+\s+){{0,2}}?$", re.IGNORECASE)

_AFFILIATION_BEFORE = re.compile(rf"[\w'’-]+{_AFFILIATION_COMPOUND}$", re.IGNORECASE)


def _drop_affiliations(text: str, found: list[tuple[Actor, int, int]]) -> list[tuple[Actor, int, int]]:
    """Without a group named only as another's affiliation: "the al-Qaeda-linked JNIM" names JNIM."""
    return [
        (actor, start, end)
        for number, (actor, start, end) in enumerate(found)
        if number + 1 == len(found)
        or found[number + 1][1] - end > 40
        or _AFFILIATION_SUFFIX.match(text, end, found[number + 1][1]) is None
    ]


def _merge_repeats(text: str, found: list[tuple[Actor, int, int]]) -> list[tuple[Actor, int, int]]:
    """Join a name and its acronym in brackets ("Baloch Liberation Army (BLA)") into one mention."""
    merged: list[tuple[Actor, int, int]] = []
    for actor, start, end in found:
        if merged and merged[-1][0] == actor and not text[merged[-1][2] : start].strip(" ()[],'’"):
            previous = merged.pop()
            closing = end
            while closing < len(text) and text[closing] in ")]":
                closing += 1
            merged.append((actor, previous[1], closing))
        else:
            merged.append((actor, start, end))
    return merged


def _generic_state_mentions(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    named: list[tuple[Actor, int, int]],
    actors: ActorDictionary,
) -> list[tuple[Actor, int, int, bool]]:
    """Generic words for state forces ("police", "soldiers", "security forces") as Pakistan's forces,
    or as the one unit of them that the same sentence names ("Sindh Police ... the police")."""
    found = []
    for pattern, actor_id in _STATE_FORCE_WORDS:
        umbrella = actors.actor(actor_id)
        for match in pattern.finditer(text):
            if any(match.start() < end and match.end() > start for _, start, end in named):
                continue
            previous_word = text[max(0, match.start() - 30) : match.start()].split()[-1:]
            if previous_word and previous_word[0].strip("'’s") in _FOREIGN_DEMONYMS:
                continue
            if match.group() == "Army" and previous_word and _names_another_army(previous_word[0]):
                continue
            sentence_start, sentence_end = (
                sentences[_sentence_of(sentences, match.start())] if sentences else (0, 0)
            )
            units = {
                actor
                for actor, start, _ in named
                if sentence_start <= start < sentence_end and umbrella in actors.lineage_of(actor)[1:]
            }
            actor = units.pop() if len(units) == 1 else umbrella
            found.append((actor, match.start(), match.end(), True))
    return found


def _names_another_army(previous_word: str) -> bool:
    """Whether "Army" ends another force's name: "National Liberation Army", "Free Syrian Army",
    "New People's Army" (not "the Army", "Pakistan Army")."""
    if previous_word[-1:] in {":", ".", ";", "!", "?", "-", "—", "–", '"', "“", "”"}:
        return False  # a dateline ("PESHAWAR:") or the end of a sentence: "Army" opens a new one.
    word = previous_word.strip("'’s,")
    return word[:1].isupper() and word not in {"The", "A", "An", "Pakistan", "Pakistani", "PAK"}


def _sentence_of(sentences: tuple[tuple[int, int], ...], position: int) -> int:
    """The number of the sentence holding position, or of the last one starting before it."""
    number = 0
    for index, (start, _) in enumerate(sentences):
        if start <= position:
            number = index
    return number


def _is_apposed(before: str) -> bool:
    """True when a mention is the parent in "X, a faction of Y" or "a splinter group of Y"."""
    words = [token.lower() for token in _tokens(before)[-6:]]
    while words and (words[-1] in _DETERMINERS or words[-1] in _MODIFIERS):
        words.pop()
    if not words or words[-1] not in {"of", "from"}:
        return False
    return any(word in _FACTION_NOUNS for word in words[-4:-1])


def _read_statements(
    text: str, sentences: tuple[tuple[int, int], ...], mentions: list[_Mention]
) -> list[_Statement]:
    statements: list[_Statement] = []
    for number, (sentence_start, sentence_end) in enumerate(sentences):
        sentence = text[sentence_start:sentence_end]
        here = [mention for mention in mentions if mention.sentence == number and not mention.generic]
        earlier = [mention for mention in mentions if mention.sentence < number and not mention.generic]
        for cue in _NO_CLAIM.finditer(sentence):
            statements.append(
                _Statement(
                    kind=_Kind.NO_CLAIM,
                    actor=None,
                    start=sentence_start + cue.start(),
                    end=sentence_start + cue.end(),
                )
            )
        statements.extend(_claims_in(sentence, sentence_start, here, earlier))
        statements.extend(_denials_in(sentence, sentence_start, here, earlier))
    statements.sort(key=lambda statement: statement.start)
    return statements


def _claims_in(
    sentence: str, sentence_start: int, here: list[_Mention], earlier: list[_Mention]
) -> list[_Statement]:
    found = []
    taken: list[tuple[int, int]] = []
    patterns = (
        (_CLAIM_ACTIVE, False),
        (_CLAIM_THAT, True),
        (_CLAIM_OWN_ACT, True),
        (_CLAIM_SAID_BEHIND, True),
    )
    for pattern, non_state_only in patterns:
        for cue in pattern.finditer(sentence):
            if _overlaps(cue.span(), taken) or _NEGATION_BEFORE.search(
                sentence[max(0, cue.start() - 40) : cue.start()]
            ):
                continue
            taken.append(cue.span())
            # "They said the group carried out..." reports what others say of the group: a claim needs the
            # group itself named as the speaker in the sentence.
            speakers_before = [] if pattern is _CLAIM_SAID_BEHIND else earlier
            subject = _subject_before(sentence, sentence_start, cue.start(), here, speakers_before)
            if (
                pattern is _CLAIM_SAID_BEHIND
                and subject is not None
                and _OTHER_SPEAKER_BETWEEN.search(
                    sentence[max(0, subject.end - sentence_start) : cue.start()]
                )
            ):
                subject = None
            if subject is not None and non_state_only and _is_state(subject):
                continue
            if subject is None and non_state_only:
                continue
            found.append(_statement(_Kind.CLAIM, subject, sentence_start, cue.span()))
            if subject is not None:
                found.extend(
                    _statement(_Kind.CLAIM, other, sentence_start, cue.span())
                    for other in _coordinated_before(sentence, sentence_start, subject, here)
                )
    for cue in _CLAIM_PASSIVE.finditer(sentence):
        # "There was no claim of responsibility from the TTP": no claim, whoever it names.
        if _overlaps(cue.span(), taken) or _NEGATION_BEFORE.search(
            sentence[max(0, cue.start() - 40) : cue.start()]
        ):
            continue
        taken.append(cue.span())
        after = [mention for mention in here if mention.start >= sentence_start + cue.end()]
        subject = after[0] if after else None
        if subject is None and _GROUP_ANAPHOR.match(sentence, cue.end()):
            # "claimed by the same group": the group named last before this sentence.
            previous = [
                item for item in earlier if item.role is not MentionRole.VICTIM and not _is_state(item)
            ]
            subject = previous[-1] if previous else None
        found.append(_statement(_Kind.CLAIM, subject, sentence_start, cue.span()))
    if not found:
        found.extend(_statement_claims(sentence, sentence_start, here))
    return found


def _statement_claims(sentence: str, sentence_start: int, here: list[_Mention]) -> list[_Statement]:
    """A group's spokesman or statement saying the group carried out the attack."""
    if not _STATEMENT_MARKERS.search(sentence):
        return []
    speakers = [
        mention
        for mention in here
        if not _is_state(mention)
        and (mention.role is MentionRole.SPEAKER or _speaks(sentence, mention.end - sentence_start))
    ]
    if not speakers:
        return []
    cue = _OWN_ACTION.search(sentence, speakers[0].end - sentence_start) or _FIRST_PERSON_ACTION.search(
        sentence
    )
    if cue is None or _NEGATION_BEFORE.search(sentence[max(0, cue.start() - 40) : cue.start()]):
        # "said the TTP had not carried out the attack" disowns it.
        return []
    return [_statement(_Kind.CLAIM, speakers[0], sentence_start, cue.span())]


def _denials_in(
    sentence: str, sentence_start: int, here: list[_Mention], earlier: list[_Mention]
) -> list[_Statement]:
    found = []
    for cue in _DENY.finditer(sentence):
        subject = _subject_before(sentence, sentence_start, cue.start(), here, earlier)
        if subject is None or _reported_by_another(sentence, sentence_start, subject, here):
            continue
        found.append(_statement(_Kind.DENIAL, subject, sentence_start, cue.span()))
    for cue in _DENY_NAMED.finditer(sentence):
        subject = _subject_before(sentence, sentence_start, cue.start(), here, earlier)
        named = [
            mention
            for mention in here
            if sentence_start + cue.start("name") <= mention.start < sentence_start + cue.end("name")
        ]
        if subject is None or not any(mention.actor == subject.actor for mention in named):
            continue
        found.append(_statement(_Kind.DENIAL, subject, sentence_start, cue.span()))
    return found


# "The police chief said [the TTP] was not involved": the group is what another speaker talks about.
_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|added|insisted|claimed)\s+(?:that\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _reported_by_another(sentence: str, sentence_start: int, subject: _Mention, here: list[_Mention]) -> bool:
    """Whether the group of a denial is named right after a verb of speech whose speaker is not that group
    ("officials said the TTP was not involved"), in the same sentence."""
    local_start = subject.start - sentence_start
    if local_start < 0 or _SAID_JUST_BEFORE.search(sentence, 0, local_start) is None:
        return False
    return not any(mention.actor == subject.actor and mention.end <= subject.start for mention in here)


def _statement(
    kind: _Kind, subject: _Mention | None, sentence_start: int, span: tuple[int, int]
) -> _Statement:
    start, end = sentence_start + span[0], sentence_start + span[1]
    if subject is not None and subject.start >= sentence_start:
        start, end = min(start, subject.start), max(end, subject.end)
    return _Statement(kind=kind, actor=subject.actor if subject else None, start=start, end=end)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and span[1] > start for start, end in taken)


# What joins two subjects of one verb: "Both the BLA and the BRA claimed", "the BLA, the BLF and the BRG".
_COORDINATION = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*and|,|and)\s+(?:the\s+)?", re.IGNORECASE)


def _coordinated_before(
    sentence: str, sentence_start: int, subject: _Mention, here: list[_Mention]
) -> list[_Mention]:
    """The groups joined to the subject by "and" or a comma ("Both the BLA and the BRA claimed"): each
    makes the claim too."""
    joined: list[_Mention] = []
    current = subject
    for mention in sorted(
        (item for item in here if item.end <= subject.start and item.role is not MentionRole.VICTIM),
        key=lambda item: item.start,
        reverse=True,
    ):
        gap = sentence[mention.end - sentence_start : current.start - sentence_start]
        # The list closes with "and" before its last name; a bare comma there opens an aside that renames
        # ("A splinter group of the TTP, the Sajna group, claimed").
        closing = current is subject
        if (
            not _COORDINATION.fullmatch(gap)
            or (closing and not re.search(r"\band\b", gap))
            or mention.actor == subject.actor
            or mention.apposed
        ):
            break
        joined.append(mention)
        current = mention
    return joined


# "X, an umbrella alliance of groups including the BLA and BLF, claimed": the groups inside the aside are
# not the subject.
_ASIDE_OPENS = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:an?|the)\s", re.IGNORECASE)
_ASIDE_CLOSES = re.compile(r"[^,;]*,\s*(?:[\w'’-]+\s+){0,2}$")


def _aside_head(
    sentence: str, sentence_start: int, cue_start: int, before: list[_Mention]
) -> _Mention | None:
    """The group an aside describes, when the last group before the cue is named inside that aside."""
    last = before[-1]
    if not _ASIDE_CLOSES.match(sentence, last.end - sentence_start, cue_start):
        return None
    for head in reversed(before[:-1]):
        opened = _ASIDE_OPENS.match(sentence, head.end - sentence_start)
        inside = sentence[opened.end() : last.start - sentence_start] if opened else ""
        # "A splinter group of the TTP, the Sajna group, claimed": an aside that is only the name renames.
        if opened and inside.strip() and "," not in inside:
            return head
    return None


def _subject_before(
    sentence: str, sentence_start: int, cue_start: int, here: list[_Mention], earlier: list[_Mention]
) -> _Mention | None:
    """The group that makes a claim or denial: the nearest group named before the cue in its sentence,
    passing over the parent in "X, a faction of Y," and groups that are attacked; for "it" or "the
    group" with no group in the sentence, the last group named before."""
    absolute_cue = sentence_start + cue_start
    before = [
        mention for mention in here if mention.end <= absolute_cue and mention.role is not MentionRole.VICTIM
    ]
    # "X, a faction of Y, claimed" is X's claim; "the armed wing of Hamas claimed" is Hamas's.
    unapposed = [mention for mention in before if not mention.apposed]
    if unapposed or before:
        candidates = unapposed or before
        return _aside_head(sentence, sentence_start, cue_start, candidates) or candidates[-1]
    if not _PRONOUN_SUBJECT.search(sentence[:cue_start]):
        return None
    previous = [
        mention for mention in earlier if mention.role is not MentionRole.VICTIM and not mention.apposed
    ]
    return previous[-1] if previous else None
