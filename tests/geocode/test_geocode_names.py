"""Name keys, ASCII folding, kind suffixes and the taggable-name rule (pure functions, no gazetteer)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqia.geocode.names import (
    PlaceKind,
    ezafe_spellings,
    fold_ascii,
    is_abbreviation,
    is_taggable,
    make_compact_key,
    make_name_key,
    parse_toponym,
)


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (("D.I. Khan", "DI Khan", "D I Khan", "D. I. Khan", "di khan"), "di khan"),
        (("Khuzdār", "KHUZDAR", "Khuzdar"), "khuzdar"),
        (("Mazar-i-Sharif", "Mazar-e Sharif", "Mazār-e Sharīf", "Mazar Sharif"), "mazar sharif"),
        (("Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa", "khyber  pakhtunkhwa"), "khyber pakhtunkhwa"),
        (("Khairpur Mir’s", "Khairpur Mir's", "Khairpur Mirs"), "khairpur mirs"),
        (("K-P", "KP", "K.P."), "kp"),
        (("Azad Jammu & Kashmir", "Azad Jammu and Kashmir"), "azad jammu and kashmir"),
    ],
)
def test_spellings_of_one_name_share_a_key(spellings: tuple[str, ...], key: str) -> None:
    assert {make_name_key(spelling) for spelling in spellings} == {key}


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Khuzdār District", "Khuzdar District"),
        ("Nīnawá", "Ninawa"),
        ("قلات Kalat", "Kalat"),
        ("Lakkí", "Lakki"),
    ],
)
def test_fold_ascii_drops_diacritics_and_other_scripts(text: str, folded: str) -> None:
    assert fold_ascii(text) == folded


def test_compact_key_joins_words() -> None:
    assert make_compact_key(make_name_key("Miran Shah")) == make_compact_key(make_name_key("Miranshah"))


@pytest.mark.parametrize(
    ("text", "key", "hint", "is_part"),
    [
        ("Khyber district", "khyber", PlaceKind.DISTRICT, False),
        ("Bajaur Agency", "bajaur", PlaceKind.DISTRICT, False),
        ("Helmand province", "helmand", PlaceKind.PROVINCE, False),
        ("Quetta city", "quetta", PlaceKind.TOWN, False),
        ("Jamrud tehsil", "jamrud", None, True),
        ("the Mastung area", "mastung", None, True),
        ("Swat valley", "swat", None, False),
        ("Peshawar's", "peshawar", None, False),
        ("District", "district", None, False),
        ("Lakki Marwat", "lakki marwat", None, False),
        ("Lamu County", "lamu", PlaceKind.PROVINCE, False),
        ("Concepción Department", "concepcion", PlaceKind.PROVINCE, False),
        ("Mafa Local Government Area", "mafa", PlaceKind.DISTRICT, False),
        # The unit word first; "City of London" is a name.
        ("Department of Cesar", "cesar", PlaceKind.PROVINCE, False),
        ("the Province of Ghazni", "ghazni", PlaceKind.PROVINCE, False),
        ("City of London", "city of london", None, False),
        ("Jere LGA", "jere", PlaceKind.DISTRICT, False),
        ("Mandera North Sub-County", "mandera north", PlaceKind.DISTRICT, False),
        ("Koro Cercle", "koro", PlaceKind.DISTRICT, False),
        # A unit phrase alone names no unit: only its last word is read, as before any phrase.
        ("Local Government Area", "local government", None, True),
    ],
)
def test_parse_toponym_strips_kind_words(text: str, key: str, hint: PlaceKind | None, is_part: bool) -> None:
    parsed = parse_toponym(text)
    assert (parsed.key, parsed.kind_hint, parsed.is_part) == (key, hint, is_part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("D.I. Khan", True), ("DI Khan", True), ("KPK", True), ("Khuzdaar", False), ("Dera Ismail Khan", False)],
)
def test_is_abbreviation(text: str, expected: bool) -> None:
    assert is_abbreviation(text) is expected


STOPLIST = frozenset({"police", "khan", "tank"})


@pytest.mark.parametrize(
    ("name", "curated", "expected"),
    [
        ("Bannu", False, True),
        ("Police", False, False),
        ("Tank", True, False),
        ("Bar", False, False),
        ("Dir", True, False),
        ("KP", True, True),
        ("KP", False, False),
        ("Mir Ali", False, True),
        ("Police Lines", True, True),
        ("123", False, False),
    ],
)
def test_is_taggable(name: str, curated: bool, expected: bool) -> None:
    assert is_taggable(name, stoplist=STOPLIST, curated=curated) is expected


@given(st.text())
def test_name_keys_are_ascii_and_stable(text: str) -> None:
    key = make_name_key(text)
    assert key.isascii()
    assert make_name_key(key) == key


@pytest.mark.parametrize(
    ("text", "unit_in_name"),
    [("Montgomery County", True), ("Chocó Department", True), ("Khyber district", False), ("Swat", False)],
)
def test_parse_toponym_marks_unit_words_gazetteers_keep_in_names(text: str, unit_in_name: bool) -> None:
    assert parse_toponym(text).unit_in_name is unit_in_name


@pytest.mark.parametrize(
    ("text", "key", "compass_key"),
    [
        ("West Kirkuk", "west kirkuk", "kirkuk"),
        ("southern Kaduna", "southern kaduna", "kaduna"),
        ("North Waziristan district", "north waziristan", "waziristan"),
        ("Kirkuk", "kirkuk", None),
        ("North", "north", None),
    ],
)
def test_parse_toponym_keeps_a_compass_word_for_the_whole_name_first(
    text: str, key: str, compass_key: str | None
) -> None:
    parsed = parse_toponym(text)
    assert (parsed.key, parsed.compass_key) == (key, compass_key)


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("Pul-e Khumri", "Pul-i-Khumri"),
        ("Pul-e Khumri", "Pul-e-Khumri"),
        ("Mazar-i-Sharif", "Mazar-e Sharif"),
        ("Sar-e Pul", "Sar i Pul"),
        ("Dasht-e Qal'ah District", "Dasht-i-Qal'ah District"),
    ],
)
def test_an_ezafe_name_comes_in_the_spellings_news_copy_uses(name: str, spelling: str) -> None:
    spellings = ezafe_spellings(name)
    assert spelling in spellings
    assert name not in spellings
    # Every spelling is the same name to the lookup.
    assert {make_name_key(other) for other in spellings} == {make_name_key(name)}


@pytest.mark.parametrize("name", ["D I Khan", "Lashkar Gah", "Kabul", "Mir Ali", "Tor-Ghar"])
def test_a_name_without_an_ezafe_has_no_other_spellings(name: str) -> None:
    assert ezafe_spellings(name) == []
