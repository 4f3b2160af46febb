"""The spaCy pipeline: components, EntityRuler labels for places and groups, hyphens and acronyms."""

from __future__ import annotations

import pytest
from spacy.language import Language

from waqia.extract.spacy_pipeline import (
    ACRONYM_RULER,
    ENTITY_RULER,
    EXCLUDED_COMPONENTS,
    build_nlp,
    is_acronym,
    spelling_variants,
)


@pytest.fixture(scope="module")
def small_nlp() -> Language:
    return build_nlp(
        place_names=["Khuzdar", "Lakki Marwat", "Dera Ismail Khan", "Tank", "of"],
        actor_patterns=[
            ("ORG", "Tehreek-e-Taliban Pakistan"),
            ("ORG", "IS"),
            ("ORG", "RAW"),
            ("ORG", "Tank"),
        ],
    )


def entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Lashkar-e-Jhangvi", {"Lashkar-e-Jhangvi", "Lashkar e Jhangvi"}),
        ("Quetta", {"Quetta"}),
        ("  Lakki   Marwat ", {"Lakki Marwat"}),
    ],
)
def test_spelling_variants(phrase: str, expected: set[str]) -> None:
    assert spelling_variants(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("IS", True), ("TTP", True), ("JuA", True), ("IS-K", True), ("Taliban", False), ("Lakki Marwat", False)],
)
def test_is_acronym(phrase: str, expected: bool) -> None:
    assert is_acronym(phrase) is expected


@pytest.mark.model
def test_pipeline_keeps_only_what_the_rules_read(small_nlp: Language) -> None:
    assert small_nlp.pipe_names == ["sentencizer", "tok2vec", ENTITY_RULER, ACRONYM_RULER, "ner"]
    assert not set(EXCLUDED_COMPONENTS) & set(small_nlp.pipe_names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the blast in Khuzdar killed two.", ("Khuzdar", "GPE")),
        ("Two policemen were shot in Lakki Marwat on Monday.", ("Lakki Marwat", "GPE")),
        ("A checkpost in Dera Ismail Khan came under attack.", ("Dera Ismail Khan", "GPE")),
        ("The Tehreek-e-Taliban Pakistan claimed the attack.", ("Tehreek-e-Taliban Pakistan", "ORG")),
        ("The Tehreek e Taliban Pakistan claimed the attack.", ("Tehreek e Taliban Pakistan", "ORG")),
        ("A statement by tehreek-e-taliban pakistan was issued.", ("tehreek-e-taliban pakistan", "ORG")),
    ],
)
def test_ruler_labels_places_and_hyphenated_groups(
    small_nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in entities(small_nlp, text)


@pytest.mark.model
def test_actor_wins_over_a_place_of_the_same_name(small_nlp: Language) -> None:
    assert ("Tank", "ORG") in entities(small_nlp, "Tank said it would fight on.")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("This is raw material for the factory.", "raw"),
        ("The meeting is over.", "is"),
        ("A village of farmers.", "of"),
    ],
)
def test_acronyms_and_stop_words_do_not_match_ordinary_words(
    small_nlp: Language, text: str, absent: str
) -> None:
    assert absent not in [span for span, _ in entities(small_nlp, text)]


@pytest.mark.model
def test_acronyms_match_in_capitals(small_nlp: Language) -> None:
    assert ("IS", "ORG") in entities(small_nlp, "A statement by IS said the fighters withdrew.")


@pytest.mark.model
def test_sentences_come_from_the_sentencizer(small_nlp: Language) -> None:
    doc = small_nlp("A blast hit Khuzdar. Two people died! Was anyone arrested? No.")
    assert [sentence.text for sentence in doc.sents] == [
        "A blast hit Khuzdar.",
        "Two people died!",
        "Was anyone arrested?",
        "No.",
    ]


@pytest.mark.model
def test_real_pipeline_tags_gazetteer_names(extractor) -> None:
    found = entities(extractor.nlp, "Militants attacked a post in Bajaur and later fled towards Khuzdar.")
    assert ("Bajaur", "GPE") in found
    assert ("Khuzdar", "GPE") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A blast hit a mosque in Pul-i-Khumri on Friday.", "Pul-i-Khumri"),
        ("A blast hit a mosque in Pul-e-Khumri on Friday.", "Pul-e-Khumri"),
        ("Gunmen attacked a checkpoint in Mazar-e-Sharif at night.", "Mazar-e-Sharif"),
        ("Two policemen were shot dead in Sar-i-Pul city.", "Sar-i-Pul"),
    ],
)
def test_real_pipeline_tags_every_spelling_of_an_ezafe(extractor, text: str, name: str) -> None:
    assert (name, "GPE") in entities(extractor.nlp, text)
