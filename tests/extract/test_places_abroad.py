"""Places of reports from outside Pakistan and Afghanistan (issue #3): names the tagger mislabels,
nationalities as the country, with a dictionary-backed fake geocoder (no spaCy)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pytest
from place_builders import FakeEntry, FakeGeocoder

from waqia.extract.places import (
    ArticleGeography,
    PlaceReading,
    Toponym,
    choose_place,
    find_apposed_places,
    find_town_of_site,
    is_peripheral,
    is_place_name,
    read_article_geography,
    read_nationality_place,
)
from waqia.geocode.base import GeoContext
from waqia.model import EvidenceField, GeoPrecision, Place

ABROAD = {
    "Somalia": FakeEntry(kind="country", country_code="SO", admin1=None, gazetteer_id="so"),
    "Turkey": FakeEntry(kind="country", country_code="TR", admin1=None, gazetteer_id="tr"),
    "Kenya": FakeEntry(kind="country", country_code="KE", admin1=None, gazetteer_id="ke"),
    "Iraq": FakeEntry(kind="country", country_code="IQ", admin1=None, gazetteer_id="iq"),
    "Baghdad": FakeEntry(kind="town", country_code="IQ", admin1="Baghdad", gazetteer_id="baghdad"),
    # A Chinese village of the same name as the Iraqi town.
    "Taji": FakeEntry(kind="town", country_code="CN", admin1="Jiangsu", gazetteer_id="taji-cn"),
    "Michika": FakeEntry(kind="town", country_code="NG", admin1="Adamawa", gazetteer_id="michika"),
}


def _toponym(text: str, name: str, label: str) -> Toponym:
    start = text.index(name)
    return Toponym(text=name, start=start, end=start + len(name), label=label)


def _choose_abroad(text: str, name: str) -> PlaceReading | None:
    """The place chosen for a text whose only candidate is `name`, tagged a place, with no context."""
    return choose_place(
        [[_toponym(text, name, "GPE")]],
        text=text,
        geocoder=FakeGeocoder(gazetteer=ABROAD),
        geography=ArticleGeography(),
        producer="rules.v1",
    )


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # The words before or after say the name is a place, whatever the tagger called it.
        ("Boko Haram attacked the town of Michika on Sunday.", "Michika", "PERSON", True),
        ("A bomb went off in the province of Narathiwat.", "Narathiwat", "ORG", True),
        ("Shelling killed two civilians in Mariupol.", "Mariupol", "ORG", True),
        ("Soldiers clashed with rebels in the southern Vedensky District.", "Vedensky", "PERSON", True),
        ("Rebels burned a bus in Orito municipality.", "Orito", "NORP", True),
        (
            "A police post in al-Ratba, Al Anbar Governorate, was attacked.",
            "Al Anbar Governorate",
            "PERSON",
            True,
        ),
        ("A suicide bomber struck a checkpoint outside of Misrata.", "Misrata", "ORG", True),
        ("Six officials died in a raid in the capital N'Djamena.", "N'Djamena", "ORG", True),
        ("Three policemen were wounded in the Department of Cesar.", "the Department of Cesar", "ORG", True),
        # A compass point or the heart of a town before it.
        ("Rebels shelled a market 15 km south of Homs.", "Homs", "NORP", True),
        ("A gunman opened fire in the centre of Tunis.", "Tunis", "NORP", True),
        ("Militants raided a farm south-west of Bulawayo.", "Bulawayo", "ORG", True),
        ("Troops fired at crowds north of Kurdish villages.", "Kurdish", "NORP", False),
        ("A blast hit the Sacred Heart of Jesus Cathedral.", "Jesus Cathedral", "PERSON", False),
        # An institution after the preposition is no town the tagger missed.
        ("A device exploded outside of the U.S. Embassy.", "the U.S. Embassy", "ORG", False),
        # The attack a name gives its name to: "the Guildford pub bombing", "2016 Kayseri bombing".
        ("The Guildford pub bombing killed five people.", "Guildford", "PERSON", True),
        ("2016 Kayseri bombing: a car bomb killed 14 soldiers.", "Kayseri", "NORP", True),
        # ...not further on: a people's name there is a side, a name mostly an earlier attack.
        ("Two cops died in a Maoist attack on a patrol.", "Maoist", "NORP", False),
        ("He planned the Safoora attack, police said.", "Safoora", "PERSON", False),
        ("The Islamic State attack killed nine.", "Islamic State", "ORG", False),
        # A country named in the plural is no people: "Philippines" is not "Philippine" with an "s".
        ("A marine was killed in an ambush in Sultan Kudarat, Philippines.", "Philippines", "GPE", True),
        # Without such words a person stays a person, a group a group, a people a people.
        ("Ahmed Rashid was shot dead by gunmen.", "Ahmed Rashid", "PERSON", False),
        ("The Maute group claimed the attack.", "Maute", "ORG", False),
        ("Gunmen attacked worshippers in Sunni areas of the city.", "Sunni", "NORP", False),
        ("Nine soldiers died in the Somali city of Dhobley.", "Somali", "NORP", False),
        ("A car bomb struck the mainly Shia town of Hermel.", "Shia", "NORP", False),
        ("Two Kenyans were abducted near the border.", "Kenyans", "GPE", False),
        # A leading "the" and a lower-case Arabic article do not hide a tagged place.
        ("A bomb exploded in the Shopian District on Monday.", "the Shopian District", "GPE", True),
        ("Militants raided the village of al-Had on Friday.", "al-Had", "GPE", True),
        ("Police raided the market in the morning.", "the morning", "GPE", False),
    ],
)
def test_is_place_name_abroad(text: str, name: str, label: str, expected: bool) -> None:
    toponym = _toponym(text, name, label)
    assert is_place_name(text, toponym, is_actor=lambda value: value == "Islamic State") is expected


@pytest.mark.parametrize(
    ("text", "country_code", "evidence"),
    [
        ("Two Somali soldiers were killed when militants attacked a convoy.", "SO", "Somali"),
        ("At least one Turkish soldier was killed in an attack.", "TR", "Turkish"),
        ("Gunmen stormed a Kenyan police post near the border.", "KE", "Kenyan"),
        ("Separate bombings in the Iraqi capital killed ten people.", "IQ", "Iraqi"),
    ],
)
def test_read_nationality_place(text: str, country_code: str, evidence: str) -> None:
    reading = read_nationality_place(text, geocoder=FakeGeocoder(gazetteer=ABROAD), producer="rules.v1")
    assert reading is not None
    assert reading.place.country_code == country_code
    assert reading.evidence.field is EvidenceField.LOCATION
    assert reading.evidence.text == evidence == text[reading.evidence.start : reading.evidence.end]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three people at a market.",
        # Peoples of several countries name none of them.
        "Kurdish fighters repelled an attack on the town.",
        # A nationality inside a longer word is not one.
        "Gunmen attacked the Americana hotel.",
        # Foreigners, nationals and goods are found anywhere: they do not place the scene.
        "Gunmen abducted two Kenyans at a quarry.",
        "Two Chinese engineers were killed when a bomb hit their convoy.",
        "Security forces killed five terrorists, including two Afghan nationals.",
        "The attackers used American weapons.",
    ],
)
def test_no_nationality_no_place(text: str) -> None:
    assert read_nationality_place(text, geocoder=FakeGeocoder(gazetteer=ABROAD), producer="rules.v1") is None


def test_choose_place_falls_back_to_the_nationality_the_report_names() -> None:
    text = "Two Somali soldiers were killed when al-Shabab militants attacked a convoy."
    reading = choose_place(
        [],
        text=text,
        geocoder=FakeGeocoder(gazetteer=ABROAD),
        geography=ArticleGeography(),
        producer="rules.v1",
    )
    assert reading is not None
    assert (reading.place.country_code, reading.place.geo_precision) == ("SO", GeoPrecision.REGION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A named place wins over the nationality...
        ("Two Somali soldiers were killed in Baghdad.", "Baghdad"),
        # ...and a town named after the border is still kept when nothing else is.
        ("Two guards died in an attack on a post on the border with Michika.", "Michika"),
    ],
)
def test_a_named_place_is_kept(text: str, name: str) -> None:
    reading = _choose_abroad(text, name)
    assert reading is not None
    assert reading.place.name == name


def test_a_name_the_tagger_did_not_call_a_place_does_not_choose_the_country() -> None:
    text = "Two explosions occurred in Taji, north of the capital Baghdad."
    toponyms = [_toponym(text, "Taji", "PERSON"), _toponym(text, "Baghdad", "GPE")]
    geography = read_article_geography(toponyms, geocoder=FakeGeocoder(gazetteer=ABROAD))
    assert geography.country_code == "IQ"
    assert geography.places == ("Taji", "Baghdad")


def test_names_the_tagger_did_not_call_places_are_read_in_the_country_of_the_forces_named() -> None:
    # A town of that name in China, none in the gazetteer's Iraq: without the soldiers' country, Taji would
    # be the Chinese one.
    text = "Three Iraqi soldiers were killed when gunmen ambushed their truck west of Taji."
    geography = read_article_geography(
        [_toponym(text, "Taji", "PERSON")], geocoder=FakeGeocoder(gazetteer=ABROAD), text=text
    )
    assert geography.country_code == "IQ"
    # The soldiers of one country may fight in another: a tagged town votes first.
    text = "Two Iraqi soldiers were killed by a bomb in Michika."
    geography = read_article_geography(
        [_toponym(text, "Michika", "GPE")], geocoder=FakeGeocoder(gazetteer=ABROAD), text=text
    )
    assert geography.country_code == "NG"


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a police post close to the border with Turkey, killing five officers.",
        "Shells fired across the border from Turkey killed two civilians.",
        "Two guards died in an attack at the border with Turkey.",
    ],
)
def test_a_country_named_as_the_other_side_of_a_border_is_not_the_scene(text: str) -> None:
    assert _choose_abroad(text, "Turkey") is None


def test_the_home_country_of_soldiers_is_not_the_scene() -> None:
    text = "A peacekeeper from Kenya was killed when his convoy struck a mine in southern Somalia."
    geography = read_article_geography(
        [_toponym(text, "Kenya", "GPE"), _toponym(text, "Somalia", "GPE")],
        geocoder=FakeGeocoder(gazetteer=ABROAD),
        text=text,
    )
    assert geography.country_code == "SO"


@pytest.mark.parametrize(
    ("text", "site", "label", "town"),
    [
        (
            "A bomb went off in the post office of the Baghdad City Hall.",
            "the Baghdad City Hall",
            "ORG",
            "Baghdad",
        ),
        (
            "A car bomb hit a checkpoint on the Baghdad Airport Road.",
            "the Baghdad Airport Road",
            "FAC",
            "Baghdad",
        ),
        ("Gunmen shot a driver on the Baghdad-Taji road.", "Baghdad-Taji", "ORG", "Baghdad"),
        ("Militants stormed the Michika Market at dawn.", "the Michika Market", "FAC", "Michika"),
        # Airports often bear a person's name or lie outside the town they are named after.
        (
            "Gunmen fired at the Baghdad International Airport.",
            "the Baghdad International Airport",
            "FAC",
            None,
        ),
        # A site of a town the gazetteer does not know, a name it knows whole, a person.
        ("A bomb went off at the Gransha City Hall.", "the Gransha City Hall", "ORG", None),
        ("A bomb went off in Baghdad.", "Baghdad", "GPE", None),
        ("Gunmen shot Baghdad Market Smith.", "Baghdad Market Smith", "PERSON", None),
    ],
)
def test_a_site_tagged_whole_is_in_the_town_it_is_named_after(
    text: str, site: str, label: str, town: str | None
) -> None:
    found = find_town_of_site(text, _toponym(text, site, label), geocoder=FakeGeocoder(gazetteer=ABROAD))
    assert (found.text if found else None) == town
    if found is not None:
        assert text[found.start : found.end] == town


@pytest.mark.parametrize(
    ("text", "name", "peripheral"),
    [
        # Whose spokesman speaks, where a victim lived and whom trade is with are not where it happened.
        ("The Balkh police spokesman said explosives had been hidden in the mosque.", "Balkh", True),
        ("Kabul police chief Doe said two men were arrested.", "Kabul", True),
        ("A police spokesman in Srinagar said two grenades were hurled.", "Srinagar", True),
        ("The victim, a resident of Bihar's Supaul district, was shot in Shopian.", "Supaul", True),
        ("They demanded the reopening of border trade with Iran.", "Iran", True),
        # Both sides of a border written without "and" or a hyphen.
        ("Troops searched the forest along Assam Nagaland border for the rebels.", "Assam", True),
        ("Police in Balkh said explosives had been hidden in the mosque.", "Balkh", False),
        ("A blast hit the Kabul police headquarters.", "Kabul", False),
    ],
)
def test_speakers_homes_and_trade_partners_are_peripheral(text: str, name: str, peripheral: bool) -> None:
    assert is_peripheral(text, _toponym(text, name, "GPE")) is peripheral


def test_the_town_a_road_between_two_towns_starts_from_stays_a_candidate() -> None:
    # "in the Nasirabad area on the Turbat-Buleda road": the road's first town is the nearest town the
    # report names, where ACLED places an event on a road; unlike "Kohat Road" in Peshawar, the road runs
    # from there.
    text = "Gunmen shot a driver in the Nasirabad area on the Turbat-Buleda road."
    assert not is_peripheral(text, _toponym(text, "Turbat", "GPE"))


APPOSED = {
    "Hit": FakeEntry(kind="town", country_code="IQ", admin1="Al Anbar", gazetteer_id="hit"),
    "Al Anbar": FakeEntry(kind="province", country_code="IQ", admin1="Al Anbar", gazetteer_id="anbar"),
    "Karbala": FakeEntry(kind="town", country_code="IQ", admin1="Karbala", gazetteer_id="karbala"),
    "Taji": FakeEntry(kind="district", country_code="IQ", admin1="Baghdad", gazetteer_id="taji"),
    "Iraq": FakeEntry(kind="country", country_code="IQ", admin1=None, gazetteer_id="iq"),
}


@pytest.mark.parametrize(
    ("text", "place", "name", "label", "found"),
    [
        # A province after a town and a comma, whatever the tagger called it; a country may end the address.
        ("A suicide bomber struck a patrol in Hit, Al Anbar, Iraq.", "Hit", "Al Anbar", "PERSON", True),
        ("Gunmen shot a guard in Hit town, Al Anbar.", "Hit", "Al Anbar", "ORG", True),
        ("Gunmen shot a guard in Hit, Al Anbar on Monday.", "Hit", "Al Anbar", "NORP", True),
        # A list of places names none inside another.
        ("Blasts in Karbala, Taji and Hit killed ten.", "Karbala", "Taji", "PERSON", False),
        ("Blasts in Karbala, Taji, Hit and Basra killed ten.", "Karbala", "Taji", "PERSON", False),
        # No comma, a name the gazetteer does not know, a name tagged a place already.
        ("A bomb went off in Hit near Al Anbar's border.", "Hit", "Al Anbar", "PERSON", False),
        ("A guard was shot in Hit, Ahmed Saleh said.", "Hit", "Ahmed Saleh", "PERSON", False),
        ("A suicide bomber struck a patrol in Hit, Al Anbar.", "Hit", "Al Anbar", "GPE", False),
    ],
)
def test_a_province_after_a_place_and_a_comma_is_read_as_a_place(
    text: str, place: str, name: str, label: str, found: bool
) -> None:
    toponyms = [_toponym(text, place, "GPE"), _toponym(text, name, label)]
    apposed = find_apposed_places(
        text,
        toponyms,
        places=toponyms[:1],
        is_actor=lambda name: False,
        geocoder=FakeGeocoder(gazetteer=APPOSED),
    )
    assert [t.text for t in apposed] == ([name] if found else [])


VOTES = {
    "Chama Village": FakeEntry(kind="town", country_code="ZM", admin1="Muchinga", gazetteer_id="chama"),
    "Latehar": FakeEntry(kind="town", country_code="IN", admin1="Jharkhand", gazetteer_id="latehar"),
    "Rowan": FakeEntry(kind="district", country_code="US", admin1="North Carolina", gazetteer_id="rowan"),
    "West Singhbhum District": FakeEntry(
        kind="district", country_code="IN", admin1="Jharkhand", gazetteer_id="west-singhbhum"
    ),
}


@pytest.mark.parametrize(
    ("text", "names", "country_code"),
    [
        # A name the text calls a district outweighs a village named like a town abroad...
        (
            "Maoists killed an engineer at Chama Village in Latehar District.",
            ["Chama Village", "Latehar"],
            "IN",
        ),
        # ...and a name the gazetteer knows as a district somewhere else.
        (
            "Maoists torched vehicles at Pipri Sai in Rowan, West Singhbhum District.",
            ["Rowan", "West Singhbhum District"],
            "IN",
        ),
        # Without a district on either side, the first name still wins the tie.
        ("Maoists killed an engineer at Chama Village near Latehar.", ["Chama Village", "Latehar"], "ZM"),
    ],
)
def test_a_written_district_outvotes_a_namesake_town_for_the_country(
    text: str, names: list[str], country_code: str
) -> None:
    toponyms = [_toponym(text, name, "GPE") for name in names]
    geography = read_article_geography(toponyms, geocoder=FakeGeocoder(gazetteer=VOTES), text=text)
    assert geography.country_code == country_code


@dataclass
class _NamesakeGeocoder(FakeGeocoder):
    """Knows the names of `gazetteer`; a name also in `elsewhere` is that place where the context asks for it
    (`asks_elsewhere`)."""

    elsewhere: Mapping[str, FakeEntry] = field(default_factory=dict)
    asks_elsewhere: Callable[[GeoContext], bool] = lambda context: False

    def geocode(self, toponym: str, *, context: GeoContext) -> Place | None:
        name = toponym.title() if toponym.isupper() else toponym
        if name in self.elsewhere and self.asks_elsewhere(context):
            self.calls.append((toponym, context))
            return FakeGeocoder(gazetteer=self.elsewhere, name=self.name).geocode(name, context=context)
        return super().geocode(toponym, context=context)


def _palma() -> _NamesakeGeocoder:
    """ "Palma": a Spanish town, and a Mozambican district when a district is asked for."""
    return _NamesakeGeocoder(
        gazetteer={
            "Palma": FakeEntry(kind="town", country_code="ES", admin1="Balearic Islands", gazetteer_id="es")
        },
        elsewhere={
            "Palma": FakeEntry(kind="district", country_code="MZ", admin1="Cabo Delgado", gazetteer_id="mz")
        },
        asks_elsewhere=lambda context: context.is_district or context.country_code == "MZ",
    )


@pytest.mark.parametrize(
    ("text", "country_code"),
    [
        ("Islamists attacked a community of Palma district and burned down houses.", "MZ"),
        ("Islamists attacked a community of Palma and burned down houses.", "ES"),
    ],
)
def test_a_name_the_text_calls_a_district_is_looked_up_as_a_district(text: str, country_code: str) -> None:
    geography = read_article_geography([_toponym(text, "Palma", "GPE")], geocoder=_palma(), text=text)
    assert geography.country_code == country_code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A pipe bomb exploded in Seaside Park, New Jersey, on Saturday.", "Jersey"),
        ("A gunman killed three people in Albuquerque, New Mexico.", "Mexico"),
    ],
)
def test_a_namesake_read_inside_a_new_name_is_no_place(text: str, name: str) -> None:
    assert not is_place_name(text, _toponym(text, name, "GPE"), is_actor=lambda _: False)
    assert is_place_name(
        text.replace("New ", ""), _toponym(text.replace("New ", ""), name, "GPE"), is_actor=lambda _: False
    )


def _poonch() -> _NamesakeGeocoder:
    """Srinagar in India, and a Poonch district on both sides, Pakistan's when no country is asked for."""
    return _NamesakeGeocoder(
        gazetteer={
            "Srinagar": FakeEntry(
                kind="town", country_code="IN", admin1="Jammu and Kashmir", gazetteer_id="sxr"
            ),
            "Poonch": FakeEntry(kind="district", country_code="PK", admin1="Azad Kashmir", gazetteer_id="pk"),
        },
        elsewhere={
            "Poonch": FakeEntry(
                kind="district", country_code="IN", admin1="Jammu and Kashmir", gazetteer_id="in"
            )
        },
        asks_elsewhere=lambda context: context.country_code == "IN",
    )


def test_a_district_both_countries_have_is_the_one_in_the_country_named_before_it() -> None:
    text = "SRINAGAR: A soldier was killed when Pakistani troops fired along the LoC in Poonch district."
    toponyms = [_toponym(text, "SRINAGAR", "GPE"), _toponym(text, "Poonch", "GPE")]
    geography = read_article_geography(toponyms, geocoder=_poonch(), text=text)
    assert geography.country_code == "IN"
