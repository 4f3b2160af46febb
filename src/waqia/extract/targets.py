"""Whom an attack was aimed at: the target category, read from the victims and objects a text names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from waqia.extract.claims import (
    DEFAULT_PRODUCER,
    MentionRole,
    read_governing_words,
    read_mention_role,
    split_sentences,
)
from waqia.model import Evidence, EvidenceField, Target


def _words(text: str) -> frozenset[str]:
    """A lexicon from a space-separated list of words."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True, kw_only=True)
class TargetReading:
    """The main target category of an event and the span naming it; both None when the text names none."""

    target: Target | None
    evidence: Evidence | None


@dataclass(frozen=True, slots=True, kw_only=True)
class _TermSet:
    target: Target
    words: str
    acronyms: tuple[str, ...] = ()
    weak: bool = False


# Spellings as in Pakistani English-language press, "|"-separated; a plural "s" is optional on every one.
_TERMS: tuple[_TermSet, ...] = (
    _TermSet(
        target=Target.POLICE,
        words=(
            "police|policeman|policemen|policewoman|cop|constable|head constable|police station|"
            "police post|police van|police mobile|police patrol|station house officer|traffic police|"
            "elite force|counter terrorism department|counter-terrorism department|khasadar|khassadar|"
            "frontier constabulary|checkpost|check post|checkpoint|law enforcer"
        ),
        # Balochistan's Levies are a provincial force under the home department, coded with the police
        # (data/actors.csv: "Police Forces of Pakistan").
        acronyms=("SHO", "CTD", "ASI", "DSP", "Levies"),
    ),
    _TermSet(
        target=Target.MILITARY,
        words=(
            "soldier|troop|army|military|frontier corps|security forces|security personnel|jawan|sepoy|"
            "paramilitary|paramilitary force|cantonment|army camp|military camp|army convoy|"
            "military convoy|naval base|air base|airbase|air force|pakistan air force|navy|pakistan navy|"
            "fc personnel|fc post|fc camp"
        ),
        acronyms=("FC", "SFs", "SF", "PAF", "Rangers", "ISI"),
    ),
    _TermSet(
        target=Target.RELIGIOUS,
        words=(
            "worshipper|worshiper|mosque|masjid|church|imambargah|shrine|temple|gurdwara|madrassa|"
            "madrasa|madrassah|seminary|seminaries|prayer leader|imam|cleric|religious scholar|pilgrim|"
            "zaireen|friday prayers|procession|majlis|mourner|ahmadi|christian|hindu|sikh"
        ),
    ),
    _TermSet(
        target=Target.EDUCATION,
        words=(
            "school|student|teacher|college|university|universities|pupil|schoolchildren|schoolgirl|"
            "schoolboy|school van|school bus|principal"
        ),
    ),
    _TermSet(
        target=Target.HEALTH_AID_WORKERS,
        words=(
            "polio worker|polio team|polio vaccinator|polio campaign|polio drive|vaccinator|"
            "lady health worker|health worker|doctor|nurse|paramedic|hospital|health centre|"
            "health center|basic health unit|aid worker|humanitarian worker|relief worker|ambulance"
        ),
        acronyms=("NGO", "NGOs"),
    ),
    _TermSet(
        target=Target.JOURNALISTS,
        words=(
            "journalist|reporter|press club|cameraman|cameramen|media office|media house|media worker|"
            "tv channel|news channel|newspaper office|correspondent|photojournalist"
        ),
    ),
    _TermSet(
        target=Target.FOREIGNERS,
        words=(
            "chinese national|chinese engineer|chinese citizen|chinese worker|chinese employee|"
            "chinese couple|chinese teacher|chinese convoy|foreigner|foreign national|foreign tourist|"
            "tourist|expatriate|diplomat|embassy|consulate"
        ),
    ),
    _TermSet(
        target=Target.INFRASTRUCTURE,
        words=(
            "gas pipeline|pipeline|power pylon|pylon|electricity pylon|electricity tower|"
            "transmission line|transmission tower|railway track|railway line|railway bridge|rail track|"
            "train track|bridge|mobile tower|mobile phone tower|telecom tower|telecommunication tower|"
            "cell tower|cellular tower|grid station|power station|power plant|power line|gas well|"
            "water supply|dam"
        ),
    ),
    _TermSet(
        target=Target.POLITICAL,
        words=(
            "rally|rallies|election rally|political rally|election candidate|election campaign|"
            "election office|candidate|party worker|party leader|party office|politician|"
            "political leader|political worker|political gathering|political party|political parties|"
            "political meeting|election meeting|election gathering|corner meeting|polling station|jalsa|"
            "senator|pakistan tehreek-e-insaf|pakistan tehreek-i-insaf|pakistan peoples party|"
            "pakistan people's party|pakistan muslim league|awami national party|jamiat ulema-e-islam|"
            "jamiat ulema-i-islam|jamaat-e-islami|jamaat-i-islami|balochistan national party"
        ),
        # Pakistan's main parties: a party's leader or worker attacked is a political target.
        acronyms=("MNA", "MNAs", "MPA", "MPAs", "PTI", "PPP", "PML-N", "ANP", "JUI-F", "JUI", "JI", "BNP"),
    ),
    _TermSet(
        target=Target.GOVERNMENT,
        words=(
            "government office|government building|government official|government employee|"
            "government servant|government complex|official|judge|court|court complex|judicial complex|"
            "deputy commissioner|assistant commissioner|tehsildar|minister|governor|bureaucrat|"
            "nadra office|district administration|revenue office|commissioner|secretariat|ministry|"
            "government ministry|ministry employee"
        ),
    ),
    _TermSet(
        target=Target.MILITANTS,
        words=(
            "militant|terrorist|insurgent|hideout|militant commander|militant hideout|militant compound|"
            "fighter|rebel"
        ),
    ),
    _TermSet(
        target=Target.CIVILIANS,
        words=(
            "passenger|market|bazaar|shopper|civilian|villager|resident|pedestrian|bystander|labourer|"
            "laborer|worker|trader|shopkeeper|women|woman|children|child|family|families|wedding|funeral|"
            "bus|passenger bus|passenger train|train|hotel|restaurant|park|tribal elder|elder|lawyer|"
            "coal miner|miner|farmer|driver|engineer|contractor|employee|technician|surveyor|mechanic|"
            "watchman|security guard|construction worker|company worker"
        ),
    ),
    _TermSet(target=Target.CIVILIANS, words="people|persons|individuals", weak=True),
)

_ATTACK_CUES = _words(
    "attacked attack attacks attacking targeted target targets targeting stormed storm ambushed ambush "
    "raided bombed hit struck torched blew blown destroyed damaged shelled rammed"
)
# "a plan to attack police posts": an attack that did not happen names no target.
_INTENT_WORDS = _words(
    "plan plans planned planning plot plotted plotting intended intending meant aiming wanted"
)
_PLACE_PREPOSITIONS = _words("on at against upon near outside inside in")
# "engineers working on a dam project", "labourers employed at a power plant": the object describes the
# people, who are the target.
_DESCRIBING_VERBS = _words(
    "working work works employed deployed posted stationed engaged assigned contracted hired building "
    "constructing repairing maintaining serving"
)
_DESCRIBING_PREPOSITIONS = _words("on at for with by in to of")
_ATTACK_NOUNS = _words(
    "attack attacks assault ambush blast blasts explosion bombing bomb suicide strike raid fire fired firing "
    "grenade rocket rockets ied shelling"
)
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = {word: value for value, word in enumerate(_SMALL_NUMBERS.split())} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "dozens": 24,
    "scores": 40,
}
_POSTS = frozenset({"checkpost", "check post", "checkpoint", "post"})
_SPEAKING_ROLES = frozenset(
    {
        MentionRole.AGENT,
        MentionRole.SPEAKER,
        MentionRole.RESPONDER,
        MentionRole.COUNTERPART,
        MentionRole.BLAMED,
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Term:
    target: Target
    start: int
    end: int
    weak: bool
    word: str


@dataclass(frozen=True, slots=True, kw_only=True)
class _Reading:
    term: _Term
    role: MentionRole
    attacked: bool
    intended: bool
    count: int | None
    describing: bool = False


def _compile_terms() -> tuple[tuple[_TermSet, re.Pattern[str], re.Pattern[str] | None], ...]:
    compiled = []
    for term_set in _TERMS:
        words = sorted(term_set.words.split("|"), key=len, reverse=True)
        phrase = "|".join(re.escape(word).replace(r"\ ", r"[\s-]+") for word in words)
        pattern = re.compile(rf"\b(?:{phrase})(?:e?s)?\b", re.IGNORECASE)
        acronyms = None
        if term_set.acronyms:
            acronyms = re.compile(r"\b(?:" + "|".join(re.escape(item) for item in term_set.acronyms) + r")\b")
        compiled.append((term_set, pattern, acronyms))
    return tuple(compiled)


_COMPILED_TERMS = _compile_terms()


# A clause dating the event by another one ("..., hours after a separate bombing targeted a police van"):
# what that other event targeted is not this one's target.
_OTHER_EVENT_CLAUSE = re.compile(
    r"\b(?:hours|minutes|days|weeks|a day|a week|shortly|moments|soon|just) (?:after|before)\b",
    re.IGNORECASE,
)


def classify_target(text: str, *, offset: int = 0, producer: str = DEFAULT_PRODUCER) -> TargetReading:
    """The main target of the attack text reports.

    Candidates are the victims and objects named (policemen, a checkpost, worshippers, a gas
    pipeline...), leaving out those that act, speak, respond or are blamed. The main one is, in order:
    the first named as what was attacked ("attacked/targeted X", "attack on X", "blast at X"); else the
    group with the most victims counted ("four policemen were killed"); else the first victim; else
    the first candidate at all. What describes people is not a candidate ("engineers working on a dam
    project" are civilians, not infrastructure). Militants count only as victims (of a security
    operation or a rival attack); "people" and "persons" only when nothing more specific is named. A
    checkpost counts as police unless soldiers, the FC or Rangers are named beside it.

    Args:
        text: the article text, or the sentences about one event.
        offset: where `text` starts in the article; evidence offsets are absolute.
        producer: the versioned name recorded in the evidence.
    """
    readings = []
    for sentence_start, sentence_end in split_sentences(text):
        sentence = text[sentence_start:sentence_end]
        terms = _find_terms(sentence)
        terms = _outside_other_event_clause(sentence, terms)
        for term in terms:
            readings.append(_read_term(sentence, sentence_start, term))
    chosen = _choose(readings)
    if chosen is None:
        return TargetReading(target=None, evidence=None)
    start, end = chosen.term.start, chosen.term.end
    evidence = Evidence(
        field=EvidenceField.TARGET,
        start=offset + start,
        end=offset + end,
        text=text[start:end],
        producer=producer,
    )
    return TargetReading(target=chosen.term.target, evidence=evidence)


def _outside_other_event_clause(sentence: str, terms: list[_Term]) -> list[_Term]:
    """The terms not in a clause about another event: after it when it opens the sentence (up to its
    comma), else before it; all terms when that would leave none."""
    other = _OTHER_EVENT_CLAUSE.search(sentence)
    if other is None:
        return terms
    if not sentence[: other.start()].strip(" \t\n\"'“‘(—-"):
        comma = sentence.find(",", other.end())
        kept = [term for term in terms if comma >= 0 and term.start > comma]
    else:
        kept = [term for term in terms if term.end <= other.start()]
    return kept or terms


def _find_terms(sentence: str) -> list[_Term]:
    found = []
    for term_set, pattern, acronyms in _COMPILED_TERMS:
        for regex in (pattern, acronyms):
            if regex is None:
                continue
            for match in regex.finditer(sentence):
                found.append(
                    _Term(
                        target=term_set.target,
                        start=match.start(),
                        end=match.end(),
                        weak=term_set.weak,
                        word=match.group(0).lower(),
                    )
                )
    chosen: list[_Term] = []
    for term in sorted(found, key=lambda item: (item.start - item.end, item.start)):
        if all(term.end <= kept.start or term.start >= kept.end for kept in chosen):
            chosen.append(term)
    chosen.sort(key=lambda item: item.start)
    return [_as_former(sentence, _with_post_owner(sentence, term, chosen)) for term in chosen]


def _as_former(sentence: str, term: _Term) -> _Term:
    """A man who has left the forces is a civilian: "a former officer of the Afghan National Army", "a
    retired policeman"."""
    if term.target not in (Target.POLICE, Target.MILITARY):
        return term
    if _FORMER_BEFORE.search(sentence, max(0, term.start - 50), term.start) is None:
        return term
    return _Term(target=Target.CIVILIANS, start=term.start, end=term.end, weak=term.weak, word=term.word)


# Within the noun phrase only: no verb or clause between "former" and the force.
_FORMER_BEFORE = re.compile(
    r"(?<!serving and )(?<!current and )(?<!serving or )(?<!current or )\b(?:former|retired|ex-)\s*"
    r"(?:(?!(?:was|were|is|are|and|who|when|while|but)\b)[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _with_post_owner(sentence: str, term: _Term, terms: list[_Term]) -> _Term:
    """A checkpost manned by soldiers, the FC or Rangers is a military target."""
    if term.target is not Target.POLICE or _singular(term.word) not in _POSTS:
        return term
    near = [
        other
        for other in terms
        if other.target is Target.MILITARY and abs(other.start - term.start) <= 60 and other is not term
    ]
    if not near:
        return term
    return _Term(target=Target.MILITARY, start=term.start, end=term.end, weak=term.weak, word=term.word)


def _singular(word: str) -> str:
    folded = re.sub(r"[\s-]+", " ", word)
    return folded[:-1] if folded.endswith("s") else folded


def _read_term(sentence: str, sentence_start: int, term: _Term) -> _Reading:
    role = read_mention_role(sentence, term.start, term.end)
    governing = read_governing_words(sentence, term.start)
    intended = governing[1:2] == ("to",) and bool(set(governing[2:]) & _INTENT_WORDS)
    describing = (
        len(governing) > 1 and governing[0] in _DESCRIBING_PREPOSITIONS and governing[1] in _DESCRIBING_VERBS
    )
    attacked = (
        bool(governing)
        and not intended
        and (
            governing[0] in _ATTACK_CUES
            or (
                governing[0] in _PLACE_PREPOSITIONS
                and any(word in _ATTACK_NOUNS or word in _ATTACK_CUES for word in governing[1:])
            )
            or (governing[0] == "up" and governing[1:2] in (("blew",), ("blown",)))
        )
    )
    return _Reading(
        term=_Term(
            target=term.target,
            start=sentence_start + term.start,
            end=sentence_start + term.end,
            weak=term.weak,
            word=term.word,
        ),
        role=MentionRole.VICTIM if attacked else role,
        attacked=attacked,
        intended=intended,
        count=_count_before(sentence[: term.start]),
        describing=describing,
    )


def _count_before(before: str) -> int | None:
    """The number just before a victim noun: "four", "12", "at least 28", "two Chinese"."""
    words = re.findall(r"[A-Za-z]+|\d+", before)[-3:]
    for word in reversed(words):
        lower = word.lower()
        if word.isdigit():
            return int(word)
        if lower in _NUMBER_WORDS:
            return _NUMBER_WORDS[lower]
    return None


def _choose(readings: list[_Reading]) -> _Reading | None:
    eligible = [
        reading
        for reading in readings
        if reading.role not in _SPEAKING_ROLES
        and not reading.intended
        and not reading.describing
        and (reading.term.target is not Target.MILITANTS or reading.role is MentionRole.VICTIM)
    ]
    strong = [reading for reading in eligible if not reading.term.weak]
    for pool in (strong, eligible):
        attacked = [reading for reading in pool if reading.attacked]
        if attacked:
            return attacked[0]
        victims = [reading for reading in pool if reading.role is MentionRole.VICTIM]
        counted = [reading for reading in victims if reading.count is not None]
        if counted:
            return max(counted, key=lambda reading: (reading.count or 0, -reading.term.start))
        if victims:
            return victims[0]
        if pool:
            return pool[0]
    return None
