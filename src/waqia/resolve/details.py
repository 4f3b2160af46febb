"""Distinctive details of a report (setting, named spots, victims' names) that tell same-day events apart."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words for where an attack happened ("setting:"), how it was carried out ("means:") and who it singled
# out ("detail:"), folded to one token per kind: two reports that name different settings ("a mosque" and
# "a market") are likely about different events, and two that share a rare one ("a convoy") back each
# other up. Only unambiguous words are listed: "post" or "station" alone could be anything, and
# "hospital" is where nearly every report takes the wounded.
DETAIL_WORDS: dict[str, str] = {
    **dict.fromkeys(("mosque", "mosques", "masjid", "imambargah"), "setting:mosque"),
    **dict.fromkeys(("church", "churches"), "setting:church"),
    **dict.fromkeys(("shrine", "dargah", "mausoleum"), "setting:shrine"),
    **dict.fromkeys(("temple", "gurdwara"), "setting:temple"),
    **dict.fromkeys(("market", "marketplace", "bazaar", "bazar", "bazaars", "markets"), "setting:market"),
    **dict.fromkeys(
        ("checkpost", "checkposts", "checkpoint", "checkpoints", "check-post"), "setting:checkpoint"
    ),
    **dict.fromkeys(("convoy", "convoys"), "setting:convoy"),
    **dict.fromkeys(("bus", "buses", "coach", "minibus", "wagon"), "setting:bus"),
    **dict.fromkeys(("train", "railway", "railways"), "setting:train"),
    **dict.fromkeys(("school", "schools", "madrassa", "madrasa", "seminary", "madrassah"), "setting:school"),
    **dict.fromkeys(("college", "university", "campus"), "setting:college"),
    **dict.fromkeys(("courthouse",), "setting:court"),
    **dict.fromkeys(("rally", "procession", "convention", "jalsa"), "setting:rally"),
    **dict.fromkeys(("funeral", "funerals"), "setting:funeral"),
    **dict.fromkeys(("wedding",), "setting:wedding"),
    **dict.fromkeys(("cantonment", "garrison", "camp", "fort"), "setting:base"),
    **dict.fromkeys(("airport", "airbase"), "setting:airport"),
    **dict.fromkeys(("pipeline", "tower", "towers", "pylon", "pylons", "bridge"), "setting:infrastructure"),
    **dict.fromkeys(("hotel", "restaurant", "cafe"), "setting:hotel"),
    **dict.fromkeys(("motorcycle", "motorbike", "motorcycles"), "means:motorcycle"),
    **dict.fromkeys(("rickshaw", "auto-rickshaw"), "means:rickshaw"),
    **dict.fromkeys(("quadcopter", "quadcopters"), "means:quadcopter"),
    **dict.fromkeys(("tanker", "tankers"), "means:tanker"),
    **dict.fromkeys(("polio", "vaccinators"), "detail:polio"),
}


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


# Capitalised words that name no particular spot or person: calendar words, ranks and titles,
# institutions, generic nouns news capitalises, and the agencies and outlets that sign reports.
COMMON_CAPITALISED = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july",
    "august september october november december",
    "mr mrs ms dr sir haji maulana mufti qari sheikh syed sardar malik mian chaudhry raja",
    "police policeman policemen constable constables inspector sub-inspector assistant sho dpo dsp ssp aig",
    "igp sp cpo ccpo officer officers superintendent deputy commissioner assistant minister ministers chief",
    "spokesman spokesperson spokeswoman official officials senator governor president prime secretary",
    "director general major colonel lieutenant captain brigadier sepoy naik havildar soldier soldiers",
    "commander army military forces force frontier corps fc levies ctd ispr ministry interior home",
    "department provincial federal district tehsil division province government state",
    "rescue edhi hospital teaching medical complex news agency reuters afp ap press associated wire service",
    "tv television radio channel daily times tribune dawn express online report reports reported reporting",
    "editing writing additional islamic republic kingdom united states nations un the a an in on at of and",
    "but it its this that these those he she they we his her their there when while after before during",
    "as by for from with without north south east west northern southern eastern western central upper",
    "lower greater new old no nobody none group groups militant militants terrorist terrorists taliban",
    "khawarij fitna security attack attacks blast blasts bomb bombing bomber suicide explosion",
    "operation emergency health counter terrorism investigation committee centre center",
    "road roads street chowk area town city village valley colony block sector highway square gate",
    "tehsil union council mohalla bypass national motorway",
    "pakistan pakistani afghanistan afghan india indian iran iranian china chinese baloch pashtun punjabi",
)

# A spot inside a town: capitalised words before a street-level noun ("Sariab Road", "Meezan Chowk", "the
# Shahdara area"). Outlets copy these from the same police statement, so two reports whose first named
# spots differ are likely about different events in one town.
SPOT_NOUNS = (
    "Road|Chowk|Bazaar|Bazar|Market|Mandi|Colony|Town|Street|Mohalla|Square|Gate|Bypass|Adda|Interchange|"
    "Highway|Area|area|locality|neighbourhood|neighborhood"
)
_SPOT = re.compile(rf"\b((?:[A-Z][A-Za-z'\-]+\s){{1,3}})(?:{SPOT_NOUNS})\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“]\s+|\n)\s*([A-Za-z][A-Za-z'\-]*)")
# How many people were arrested ("arrested three suspected terrorists", "Three alleged militants ... were
# arrested"): outlets copy the figure from one police statement, and an arrest has no toll to compare, so
# a shared figure is what tells one city's raid from another's. Only sentences that tell of an arrest
# count: a number of dead is the toll, compared on its own.
_ARREST = re.compile(r"\b(?:arrest(?:s|ed)?|detain(?:s|ed)?|apprehend(?:s|ed)?|custody|rounded up)\b", re.I)
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        (
            *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve", "thirteen", "fourteen", "fifteen"),
        ),
        start=2,
    )
}
_PEOPLE_COUNT = re.compile(
    r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?:[A-Za-z\-]+\s+){0,2}?"
    r"(?:militants?|terrorists?|suspects?|men|people|persons|workers|activists|protesters|protestors"
    r"|students|members|leaders|accused|criminals|insurgents|smugglers)\b",
    re.I,
)
_CASUALTY_AFTER = re.compile(
    r"^\s+(?:were\s+|had\s+been\s+)?(?:killed|dead|died|injured|wounded|martyred)", re.I
)
_SENTENCE = re.compile(r"[^.!?]+")
# Shorter capitalised words are mostly initials and acronyms (FC, TTP), which the actor and place fields
# already cover.
MIN_NAME_LENGTH = 4


def detail_of(word: str) -> str | None:
    """The detail token a word stands for ("bazaar" -> "setting:market"), or None."""
    return DETAIL_WORDS.get(word.casefold())


def extract_details(texts: Iterable[str], *, known_names: Iterable[str] = ()) -> frozenset[str]:
    """Distinctive details in a report's evidence sentences: DETAIL_WORDS tokens, "name:<word>" for
    capitalised words that are not common, and "spot:<words>" for the first named spot inside a town.

    Only the first spot counts: a report names where its event happened before it recalls where
    others did ("hours after the attack on Sariab Road"). Pass `texts` in the order of the article.

    Args:
        texts: the sentences that support the event (its evidence spans).
        known_names: names already compared field by field (the place, its district and province, the
            groups); their words are left out so they do not count twice.
    """
    skip = set(COMMON_CAPITALISED)
    for name in known_names:
        skip.update(word.casefold() for word in _WORD.findall(name))
    tokens: set[str] = set()
    spot: str | None = None
    for text in texts:
        for match in _SPOT.finditer(text) if spot is None else ():
            words = [word.casefold().removesuffix("'s") for word in match.group(1).split()]
            kept = [word for word in words if word not in skip and len(word) >= MIN_NAME_LENGTH - 1]
            if kept:
                spot = " ".join(kept)
                break
        sentence_starts = {match.start(1) for match in _SENTENCE_START.finditer(text)}
        for match in _WORD.finditer(text):
            word = match.group(0)
            folded = word.casefold().removesuffix("'s")
            detail = DETAIL_WORDS.get(folded)
            if detail is not None:
                tokens.add(detail)
                continue
            if match.start() in sentence_starts or not word[0].isupper() or word.isupper():
                continue
            if len(folded) < MIN_NAME_LENGTH or folded in skip:
                continue
            tokens.add(f"name:{folded}")
    if spot is not None:
        tokens.add(f"spot:{spot}")
    return frozenset(tokens | arrest_counts(texts))


def arrest_counts(texts: Iterable[str]) -> frozenset[str]:
    """ "arrested:<n>" for each number of people a sentence of `texts` says were arrested or detained."""
    found: set[str] = set()
    for text in texts:
        for sentence in _SENTENCE.findall(text):
            if not _ARREST.search(sentence):
                continue
            for match in _PEOPLE_COUNT.finditer(sentence):
                if _CASUALTY_AFTER.match(sentence[match.end() :]):
                    continue
                figure = match.group(1).casefold()
                number = int(figure) if figure.isdigit() else NUMBER_WORDS[figure]
                if number > 1:
                    found.add(f"arrested:{number}")
    return frozenset(found)


def settings_in(details: Iterable[str]) -> frozenset[str]:
    """The setting tokens among `details`."""
    return frozenset(token for token in details if token.startswith("setting:"))


def spots_in(details: Iterable[str]) -> frozenset[str]:
    """The words of the named spots among `details` ("spot:sariab" -> "sariab")."""
    return frozenset(
        word for token in details if token.startswith("spot:") for word in token[len("spot:") :].split()
    )


def names_in(details: Iterable[str]) -> frozenset[str]:
    """The capitalised words among `details`."""
    return frozenset(token[len("name:") :] for token in details if token.startswith("name:"))
