"""Toponyms of an event: which place names to try, in what order, with what context for the geocoder."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice, pairwise
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from waqia.extract.events import DETAINED_PERSON
from waqia.geocode.base import VILLAGE_ID_PREFIX, Geocoder, GeoContext
from waqia.geocode.names import PlaceKind, make_name_key, parse_toponym
from waqia.model import Evidence, EvidenceField, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Shorter names are initials or stray letters ("R", "Mr"), except two-letter capitals such as "KP".
MIN_NAME_LETTERS = 3
# Kinds of place whose names tell which country and city an article is about.
_SETTLEMENT_KINDS = frozenset({"town", "district"})
# Kinds of place too large to be an event's location when the report also names a place inside them.
_COARSE_KINDS = frozenset({"country", "province"})

# Most specific first: ACLED codes the smallest named place (codebook 2023, "Geo-precision").
KIND_ORDER = {"neighbourhood": 0, "town": 0, "district": 1, None: 2, "region": 3, "province": 4, "country": 5}
# A town named as one end of a road ranks after a district named just after the road, before unknown names.
_ROAD_END_ORDER = 1.5
_ROAD_DISTRICT_SPAN = 80

# Nationalities and peoples tagged as places by the model or matched by the gazetteer.
DEMONYMS = frozenset(
    [
        "afghan",
        "afghans",
        "pakistani",
        "pakistanis",
        "indian",
        "indians",
        "iranian",
        "iranians",
        "american",
        "americans",
        "chinese",
        "british",
        "russian",
        "russians",
        "arab",
        "arabs",
        "uzbek",
        "uzbeks",
        "tajik",
        "tajiks",
        "turkmen",
        "punjabi",
        "punjabis",
        "sindhi",
        "sindhis",
        "pashtun",
        "pashtuns",
        "pakhtun",
        "pakhtuns",
        "pathan",
        "pathans",
        "baloch",
        "baluch",
        "balochs",
        "hazaras",
        "kashmiri",
        "kashmiris",
        "saudi",
        "saudis",
        "emirati",
        "qatari",
        "turkish",
        "kurdish",
        "kurds",
        "syrian",
        "syrians",
        "iraqi",
        "iraqis",
        # The Muslim peoples of Mindanao ("Moro Islamic Liberation Front", "a Moro armed group"); the Sindh
        # town of that name is far rarer in the news.
        "moro",
        "moros",
        "western",
        "westerners",
    ]
)
# Nationality adjectives and the country they name: an event the text places nowhere but among "Somali
# soldiers" or "a Turkish police station" happened in that country. Names of peoples who live in several
# countries (Arab, Kurdish, Pashtun, Baloch, Palestinian, Congolese, Korean) are left out.
DEMONYM_COUNTRIES: Mapping[str, str] = MappingProxyType(
    {
        "Afghan": "Afghanistan",
        "Albanian": "Albania",
        "Algerian": "Algeria",
        "Angolan": "Angola",
        "Argentine": "Argentina",
        "Argentinian": "Argentina",
        "Armenian": "Armenia",
        "Australian": "Australia",
        "Austrian": "Austria",
        "Azerbaijani": "Azerbaijan",
        "Bahraini": "Bahrain",
        "Bangladeshi": "Bangladesh",
        "Belgian": "Belgium",
        "Beninese": "Benin",
        "Bolivian": "Bolivia",
        "Bosnian": "Bosnia and Herzegovina",
        "Brazilian": "Brazil",
        "Bulgarian": "Bulgaria",
        "Burkinabe": "Burkina Faso",
        "Burkinabé": "Burkina Faso",
        "Burundian": "Burundi",
        "Cambodian": "Cambodia",
        "Cameroonian": "Cameroon",
        "Canadian": "Canada",
        "Centrafrican": "Central African Republic",
        "Chadian": "Chad",
        "Chilean": "Chile",
        "Chinese": "China",
        "Colombian": "Colombia",
        "Croatian": "Croatia",
        "Cuban": "Cuba",
        "Cypriot": "Cyprus",
        "Danish": "Denmark",
        "Djiboutian": "Djibouti",
        "Ecuadorian": "Ecuador",
        "Egyptian": "Egypt",
        "Eritrean": "Eritrea",
        "Ethiopian": "Ethiopia",
        "Finnish": "Finland",
        "French": "France",
        "Georgian": "Georgia",
        "German": "Germany",
        "Ghanaian": "Ghana",
        "Greek": "Greece",
        "Guatemalan": "Guatemala",
        "Honduran": "Honduras",
        "Hungarian": "Hungary",
        "Indian": "India",
        "Indonesian": "Indonesia",
        "Iranian": "Iran",
        "Iraqi": "Iraq",
        "Israeli": "Israel",
        "Italian": "Italy",
        "Ivorian": "Ivory Coast",
        "Japanese": "Japan",
        "Jordanian": "Jordan",
        "Kazakh": "Kazakhstan",
        "Kazakhstani": "Kazakhstan",
        "Kenyan": "Kenya",
        "Kosovar": "Kosovo",
        "Kuwaiti": "Kuwait",
        "Kyrgyz": "Kyrgyzstan",
        "Lebanese": "Lebanon",
        "Liberian": "Liberia",
        "Libyan": "Libya",
        "Malaysian": "Malaysia",
        "Malian": "Mali",
        "Mauritanian": "Mauritania",
        "Mexican": "Mexico",
        "Moroccan": "Morocco",
        "Mozambican": "Mozambique",
        "Burmese": "Myanmar",
        "Nepali": "Nepal",
        "Nepalese": "Nepal",
        "Dutch": "Netherlands",
        "Nicaraguan": "Nicaragua",
        "Nigerien": "Niger",
        "Nigerian": "Nigeria",
        "Norwegian": "Norway",
        "Omani": "Oman",
        "Pakistani": "Pakistan",
        "Peruvian": "Peru",
        "Filipino": "Philippines",
        "Philippine": "Philippines",
        "Polish": "Poland",
        "Portuguese": "Portugal",
        "Qatari": "Qatar",
        "Romanian": "Romania",
        "Russian": "Russia",
        "Rwandan": "Rwanda",
        "Saudi": "Saudi Arabia",
        "Senegalese": "Senegal",
        "Serbian": "Serbia",
        "Sierra Leonean": "Sierra Leone",
        "Somali": "Somalia",
        "South African": "South Africa",
        "South Sudanese": "South Sudan",
        "Spanish": "Spain",
        "Sri Lankan": "Sri Lanka",
        "Sudanese": "Sudan",
        "Swedish": "Sweden",
        "Swiss": "Switzerland",
        "Syrian": "Syria",
        "Tajikistani": "Tajikistan",
        "Tanzanian": "Tanzania",
        "Thai": "Thailand",
        "Tunisian": "Tunisia",
        "Turkish": "Turkey",
        "Turkmenistani": "Turkmenistan",
        "Ugandan": "Uganda",
        "Ukrainian": "Ukraine",
        "Emirati": "United Arab Emirates",
        "British": "United Kingdom",
        "American": "United States",
        "Uzbekistani": "Uzbekistan",
        "Venezuelan": "Venezuela",
        "Vietnamese": "Vietnam",
        "Yemeni": "Yemen",
        "Zimbabwean": "Zimbabwe",
    }
)
_COUNTRY_NAMES = frozenset(DEMONYM_COUNTRIES.values())
# Only a nationality said of a state's own forces, government or settlements places the scene: "Two Somali
# soldiers", "a Turkish police station"; "Chinese engineers", "Afghan nationals" and "American weapons" can be
# anywhere.
_DEMONYM_NAMES = "|".join(sorted(map(re.escape, DEMONYM_COUNTRIES), key=len, reverse=True))
_NATIONALITY = re.compile(
    r"(?<![\w-])(?P<name>"
    + _DEMONYM_NAMES
    + r")(?![\w-])(?= (?:army|military|soldiers?|troops|police(?:men| station| post| officers?)?|forces|"
    r"security forces|border guards?|government|officials|authorities|capital|towns?|cities|city|villages?|"
    r"province|provinces|army base|military base|checkpoint|outpost)\b)"
)
# "the eastern Libyan city of Derna", "the Cameroonian town of Fotokol": whose place it is. Not a "border
# town", which lies on either side.
_NATIONAL_PLACE_WORD = r"(?:town|city|village|province|region|district|commune|municipality|governorate)"
_NATIONAL_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>" + _DEMONYM_NAMES + rf") {_NATIONAL_PLACE_WORD} of (?:the )?$"
)
_NATIONAL_PLACE = re.compile(r"(?<![\w-])(?P<name>" + _DEMONYM_NAMES + rf")(?= {_NATIONAL_PLACE_WORD} of\b)")
# A name followed by one of these is a people or a group, not the place ("Hazara community").
# "In " opening a text or a sentence, right before a name.
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")
_PEOPLE_AFTER = re.compile(
    r"(?:'s|’s)?[ -](?:community|communities|tribes?|tribesmen|people|nationals?|citizens?|origin|descent|"
    r"militants?|fighters|refugees|migrants|families|leaders?|elders|traders|Shias?|Muslims|"
    r"Liberation|Army|Front|Movement|Tehreek|Tehrik|Lashkar|Jaish|Taliban|Police|Levies|Scouts|Rifles|Corps|"
    r"Regiment|Assembly|Government|government|Chief Minister|chief minister|Governor|governor|cabinet|"
    r"Cabinet)\b"
)
# Parties and committees named after their region: "the Jammu Kashmir Joint Awami Action Committee", "the
# Balochistan Awami Party".
_BODY_NAMED_AFTER = re.compile(
    r"(?:[ -](?-i:[A-Z])[\w'’-]*){0,3}?[ -](?:Joint|Awami|Action Committee|Committee|Council|Alliance|"
    r"Federation|Forum|Conference|Party)\b"
)
# "the U.S. Embassy in Beirut", "Iran's consulate": the state a mission belongs to, not where it is.
_MISSION_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|High Commission)\b")
_COUNTRY_INITIALS = frozenset({"US", "USA", "UK"})
# Labels the statistical tagger gives towns it has not seen ("Michika" a person, "Narathiwat" an
# organisation); such a name is a place when the words before it say so.
_RELABELLED = frozenset({"ORG", "PERSON", "NORP"})
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:town|city|village|province|district|region|state|department|governorate|municipality|county|"
    r"prefecture|commune|locality|suburb|outskirts)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A people's name before "town" or "city" is an adjective ("the mainly Shia town of Hermel"); before an
# administrative unit it is the unit's name ("Orito municipality").
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:province|district|governorate|department|county|municipality|local government|LGA)\b", re.I
)
_PLACE_WORD_AFTER = re.compile(
    r"\s+(?:province|district|region|governorate|state|department|county|municipality|city|town|village|"
    r"local government|LGA|sub-county|cercle|"
    # The parts of a frontier the news names by a town: "the Nakyal sector", "Leepa valley".
    r"sector|valley)\b",
    re.IGNORECASE,
)
# "Al Anbar Governorate", "Vedensky District" tagged as a person: the name says what it is ("State" is
# left out: "Islamic State").
_UNIT_WORD_END = re.compile(
    r"\s(?:Province|District|Governorate|Region|Department|County|Municipality|Oblast|Prefecture|"
    r"Local Government(?: Area| Council)?|LGA|Sub-County|Cercle)$"
)
# "the Department of Cesar", "Province of Ghazni": the unit word first.
_UNIT_OF_START = re.compile(
    r"^(?:the\s+)?(?:Department|Province|State|Governorate|District|Region|Municipality|County|Prefecture)"
    r"\s+of\s+[A-Z]"
)
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-(?=[A-Z])")
# "in rural Otanche", "near downtown Mogadishu", "in northern Kunduz": a modifier of where, then the name.
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|near|around|outside(?:\s+of)?|(?:in|near|from)\s+the\s+capital,?|"
    # "south of Aleppo", "20 miles south-west of Bulawayo", "in the centre of Tunis".
    # Lower case: "the Sacred Heart of Jesus Cathedral" is no town's heart.
    r"(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|(?-i:centre|center|heart|suburbs)\s+of)\s+"
    r"(?:(?:rural|remote|downtown|central|northern|southern|eastern|western|"
    r"north-?western|north-?eastern|south-?western|south-?eastern)\s+)?$",
    re.IGNORECASE,
)
# "the 2016 Kayseri bombing", "the Gao attack": a name written before the attack it gives its name to.
# Groups ("the Taliban attack") and peoples are turned away by the checks after this one.
_NAMED_ATTACK_AFTER = re.compile(
    r"\s+(?:(?:suicide|car|truck|bus|train|pub|market|mosque|church|hotel|airport)\s+)?"
    r"(?:bombings?|attacks?|shootings?|massacres?|stabbings?|shelling|rocket attack|hostage crisis|siege|"
    r"blasts?|explosions?)\b",
    re.IGNORECASE,
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ADJECTIVE_USE_AFTER = re.compile(
    r"\s+(?!(?:municipality|district|province|town|city|village|region|state|department|county|area|sector|"
    r"valley)\b)"
    r"[a-z]"
)
_NEAR_BEFORE = re.compile(
    r"\b(?:near|nearby|around|outskirts of|outside|close to|vicinity of|adjacent to|"
    r"\d+\s?(?:km|kms|kilomet(?:re|er)s?|"
    r"miles?)\s+(?:\w+\s+){0,2}(?:from|of)|(?:north|south|east|west)(?:[- ]?(?:east|"
    r"west))?\s+of)\W+(?:the\W+)?"
    # "70 km south of the Burundian capital Bujumbura".
    r"(?:(?:[A-Z][\w-]*\s+)?(?:capital|provincial capital|city|town)\s+)?$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:High Court|University|Press Club|Hospital|Airport|Stadium|Bazaar|Market|Mosque|Jail|"
    r"Prison|Club|Assembly|Secretariat|Cantonment|Police Lines|Railway Station|Bus Terminal|Museum|"
    r"College|School|Park|Road|Chowk|Square|Bridge|Bypass|Highway|Motorway)\b"
)
_NEAR_AFTER = re.compile(r"^(?:'s)?\W+outskirts\b", re.IGNORECASE)
_DISTRICT_AFTER = re.compile(r"^\W{0,2}(?:district|agency|tribal district|tribal agency)\b", re.IGNORECASE)
_DISTRICT_BEFORE = re.compile(r"\bdistrict\s+(?:of\s+)?$", re.IGNORECASE)
# A bearing before a place: "northern Baghlan", "south-eastern Paktika", "central Kurram".
_BEARING = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
# Between a small place and the larger one that contains it: "the Y area of X", "Y in X", "Y, X", "X's Y".
_PARENT_LINK = re.compile(
    r"^\W{0,2}(?:(?:\w+\s+){0,2}(?:area|village|town|tehsil|locality|neighbou?rhood|bazaar|market|mohalla|"
    r"sector|sub-division|subdivision|city|region|valley|union council|police station)(?:\s+|(?=,)))?"
    # "Khost district of northern Baghlan province": a bearing may come before the larger place.
    rf"(?:of|in|,)\s+(?:the\s+)?(?:{_BEARING}\s+)?$"
    # "Lafia in the northern Malian region of Tombouctou"
    r"|^,?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:region|province|state|district|department|governorate|"
    r"county|prefecture)\s+of\s+$",
    re.IGNORECASE,
)
# "Charsadda's Tangi", "Kandahar province's Spin Boldak district".
_POSSESSIVE_LINK = re.compile(
    r"^(?:\s+(?:province|district|city|division|tehsil|agency|valley|region|governorate|state))?(?:'s|’s)\s+$",
    re.IGNORECASE,
)
# "the Khuga Khel area of Khyber Agency", "Atmar Khel area of Baizai tehsil (revenue unit) in Mohmand": a
# named part of the place that follows, read back from it. Names are capitalised words that do not name
# a force or an office.
_AREA_WORD = (
    r"(?:area|village|locality|mohalla|mohallah|neighbou?rhood|colony|union\s+council|tehsil|"
    r"sub-?division|valley|town|killi|goth)"
)
# Blocks, sectors, streets and house numbers are addresses, not places ("Block I area of Gulshan-e-Iqbal").
_NAME_WORD = (
    r"(?!(?:The|In|At|On|Of|A|An|Near|From|And|Police|Station|Force|Forces|Army|Corps|Scouts|Levies|"
    # "Main Town of Kulgam" is the town's centre, not a place named Main.
    r"Government|Agency|District|Province|Block|Sector|Phase|Street|Lane|Plot|House|Gali|No|Main)\b)"
    r"(?-i:[A-Z][\w'’-]*)"
)
# An honorific before a name makes it a person's: "the shrine of Pir Ziarat" is no visit to Ziarat, and
# "Baba Ziarat" is a saint's shrine.
_TITLE_BEFORE = re.compile(
    r"(?-i:\b(?:Pir|Baba|Hazrat|Syed|Sayed|Maulana|Mullah|Mufti|Qari|Sheikh|Shaikh|Haji|Mr|Mrs|Ms|Dr|Gen|General|"
    r"Col|Colonel|Maj|Major|Capt|Captain|Brig|Brigadier|Lt|Lieutenant|Justice|Senator|Minister))\.?\s+$"
)
# A name given as a person's: "another, identified as Kamran, was wounded", "Shakeel son of Bannu Khan",
# "a trader named Rahim". "a village named Bagh" and "an area known as Tirah" stay places: only a person
# word may stand before "named" or "called".
_PERSON_NAMED_BEFORE = re.compile(
    r"(?:\bidentified\s+as|\b(?:sons?|daughters?|wife|widow|brother|sister|father|mother|nephew|husband)\s+of"
    r"|\balias|\b[sd]/o|\b(?:man|woman|boy|girl|person|youth|trader|shopkeeper|worker|driver|student|labourer|"
    r"laborer|resident|teacher|cleric|farmer|policeman|constable|soldier|official)\s+(?:named|called))"
    r"\s+(?:(?-i:[A-Z])[\w'’.-]*,?\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
# Persian/Urdu izafa joins the words of one name: "Gulshan e Iqbal", "Gulistan-i-Jauhar".
_NAME_JOIN = r"(?:\s+(?-i:[ei])\s+|-(?-i:[ei])-|\s+)"
# "the Nasirabad area on the Turbat-Buleda road": an area on a road named after the towns at its ends.
_AREA_ON_ROAD_BEFORE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,3}})\s+{_AREA_WORD}\s+(?:on|along)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LINK_ROAD_AFTER = re.compile(r"-(?-i:[A-Z])[\w'’]*\s+(?:road|highway)\b", re.IGNORECASE)
_AREA_BEFORE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,3}})\s+{_AREA_WORD}(?:\s*\([^()]{{0,30}}\))?"
    rf"(?:\s+revenue\s+unit)?(?:\s+{_AREA_WORD})?\s+(?:of|in|within)\s+(?:the\s+)?"
    r"(?:(?:provincial|federal|district|divisional)\s+(?:capital|headquarters?)(?:\s+of)?,?\s+)?"
    rf"(?:(?:former|erstwhile)\s+)?(?:(?:lower|upper|{_BEARING})\s+)?"
    # The province may stand before the district as its owner: "the Sambaza area of Balochistan's Zhob",
    # "the Awantipora area of south Kashmir's Pulwama district".
    r"(?:(?-i:[A-Z][\w-]*)(?:'s|’s)\s+)?$",
    re.IGNORECASE,
)
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]*)\s+$")
# Given names and family names that follow a first name: "Qaisar Ali Shah" is a man, not Qaisar town.
_PERSON_NAME_AFTER = re.compile(
    r"^ (?:Baba|Ali|Shah|Khan|Ahmed|Ahmad|Muhammad|Mohammad|Hussain|Husain|Ullah|Uddin|Gul|Jan|Baig|Akbar|"
    r"Iqbal|Hassan|Hasan|Rehman|Rahman|Bibi|Begum|Masood|Mehmood|Mahmood|Zaman|Nawaz|Hayat|Aslam)\b"
)
# A capitalised word before and a street word after: "Wazir Bagh Road" names a road, not Bagh.
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<=[a-z,] )(?-i:[A-Z][a-z]+) $|^(?-i:[A-Z][a-z]+) $")
_STREET_AFTER = re.compile(r"^ (?:Road|Street|Chowk|Bazaar|Market|Colony|Lane|Avenue)\b")
# Names that say where the event was not: a road named after a town runs elsewhere ("Kohat Road" in
# Peshawar), a border lies between two places, a journey's ends ("from Panjgur to Khuzdar", "a
# Karachi-bound coach") are not where it was stopped, nor is a firm's or a person's home ("a London-based
# firm", "a Quetta-born cleric"). Such names are tried last.
_PERIPHERAL_AFTER = re.compile(
    r"^-(?:bound|based|born)\b"
    # A crossing is a place of its own: "near the Angoor Adda border crossing" is the scene.
    r"|^(?:'s)?\s+(?:Road|Highway|Bypass|Motorway|Expressway|Street|"
    r"border(?!\s+(?:crossings?|posts?|check\s*-?posts?|checkpoints?|terminals?|markets?|gates?))|boundary)\b"
    # "the Assam-Nagaland border", "along Assam Nagaland border".
    r"|^\s*(?:(?:and|-|–)\s*)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+border\b"
    # Whose spokesman speaks: "the Balkh police spokesman said", "Kabul police chief Doe".
    r"|^\s+(?:provincial\s+)?(?:police\s+|governor['’]s\s+)?(?:spokes(?:man|woman|person)|police\s+chief)\b"
    # ... or whose officer: "DI Khan's district police officer said", "Kech's deputy commissioner".
    r"|^['’]s\s+(?:(?:district|regional|city|senior|additional|deputy|assistant|local)\s+)*"
    r"(?:police\s+(?:officer|chief|spokes(?:man|woman|person)|superintendent)|commissioner|DPO|SSP|RPO|"
    r"DIG|IGP|administration|administrator)\b",
    re.IGNORECASE,
)
# A line between two towns runs through neither: "a blast on the Jacobabad-Quetta railway track near Dera
# Murad Jamali", "the Sui-Karachi gas pipeline". (A road's towns stay: the scene is often near one of them.)
_LINK_LINE_AFTER = re.compile(
    r"^(?P<next>[-–](?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)?\s+"
    r"(?:(?:railway|rail|gas|oil|power|transmission)\s+)?(?:tracks?|lines?|pipelines?)\b",
    re.IGNORECASE,
)
_LINKED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’]*[-–]$")
# Where the one speaking sits: "a police spokesman in Srinagar said", "speaking at a news conference in
# Islamabad", "told reporters in Quetta".
_SPEAKER_BEFORE = re.compile(
    r"\bspokes(?:man|woman|person)\s+(?:based\s+)?in\s+$|"
    r"\b(?:(?:news|press)\s+conference|(?:told|briefing|briefed)\s+reporters"
    r"|(?:talking|speaking|spoke|talked)\s+to\s+(?:reporters|journalists|newsmen|the\s+media))"
    r"(?:\s+(?:on\s+\w+|later|there))?\s+in\s+$",
    re.IGNORECASE,
)
# Where a firm or a group has its seat ("the company, headquartered in Islamabad") or a cell meant to strike
# next ("the cell had been planning attacks in Rawalpindi").
_SEAT_OR_TARGET_BEFORE = re.compile(
    r"\bheadquartered\s+in\s+$|"
    r"\bplann(?:ing|ed)\s+(?:[\w'’-]+\s+){0,2}(?:attacks?|strikes?|bombings?|assaults?)\s+(?:in|on|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_ROUTE_BEFORE = re.compile(
    r"(?<!\bclose )(?<!\bnext )(?<!\bnear )(?<!\badjacent )\b(?:from|to|towards|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "in Hakkari, near the borders with Iraq and Iran": the neighbours of the scene, not the scene.
_BORDER_BEFORE = re.compile(
    r"\b(?:(?:borders?|frontiers?|boundary|boundaries)\s+with|bordering|(?:border\s+)?trade\s+with|"
    r"across\s+the\s+(?:border|frontier)\s+from)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s*(?:,|and|or)\s*(?:the\s+)?)*$",
    re.IGNORECASE,
)
# "trains to and from Quetta": a service's end, wherever the line was cut.
_BOTH_WAYS_BEFORE = re.compile(r"\b(?:to\s+and\s+from|from\s+and\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_ROUTE_AFTER = re.compile(r"^\s+(?:to|towards|and)\s+(?-i:[A-Z])")
# "southern Punjab", "upper Kurram": a part of the place that follows.
_REGION_PART = rf"(?:(?:{_BEARING}|upper|lower)\s+)?"
# "Kashmir, Pakistan", "Adamawa state, northeast Nigeria": the unit word and a part of the country may come
# between.
_COUNTRY_AFTER_COMMA = re.compile(
    r"(?:\s+(?:state|province|region|governorate|district|county|department))?,\s*(?:the\s+)?" + _REGION_PART,
    re.IGNORECASE,
)
# The places of a list after an origin ("hailed from Rahim Yar Khan and Muzaffargarh"), and the province that
# may own the last ("a resident of Bihar's Supaul district").
_ORIGIN_LIST = (
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*(?:,|and|or)\s+(?:the\s+)?)*"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?['’]s\s+)?"
)
# Where people and goods come from is not where the event was: "six labourers from Punjab were shot in
# Turbat", "pilgrims hailing from Quetta", "trawlers from Sindh".
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:(?:workers?|labou?rers?|passengers?|pilgrims?|travell?ers?|students?|traders?|settlers?|tourists?|"
    r"engineers?|migrants?|natives|truckers?|drivers?|visitors?|employees?|men|people|families|trawlers|boats|"
    r"businessm[ae]n|shopkeepers?|lawyers?|doctors?|teachers?|clerics?|journalists?|"
    r"vessels|trucks|lorries|buses|coaches|convoys|goods|supplies|"
    # "a peacekeeper from Guinea died in an attack in northeastern Mali".
    r"peacekeepers?|soldiers?|troops|nationals?|citizens?|"
    # "the boys, most of them from Bajaur and Upper Dir".
    r"(?:most|all|some|many|several|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+them)\s+"
    r"(?:(?:who\s+)?(?:were|was|are|is)\s+)?(?:originally\s+)?from"
    # Where a shell was fired from is not where it landed: "a mortar shell fired from Pakistan killed a
    # woman in Spin Boldak".
    r"|(?:fired|launched|lobbed)\s+from(?:\s+across\s+the\s+border\s+in)?"
    r")"
    + _ORIGIN_LIST
    + r"|(?:hail(?:ing|ed|s)\s+from|originally\s+from|belong(?:ing|ed|s)?\s+to|natives?\s+of|domiciled\s+in"
    # Where intruders came from is not where they were stopped: "trying to infiltrate from Afghanistan near
    # Sambaza", "crossed over from Barkhan in Balochistan".
    r"|(?:infiltrat\w*|crossed(?:\s+over)?|crossing(?:\s+over)?|sneak\w*(?:\s+in)?)\s+from"
    # A former home: "the family had moved to the city from Mirpurkhas two decades ago".
    r"|(?:moved|migrated|relocated)\s+(?:[\w'’-]+\s+){0,4}?from"
    # "The attackers had come from Afghanistan": where they set out from.
    r"|(?:come|came|coming)\s+(?:over\s+|in\s+)?from"
    r"|residents?\s+of)"
    + _ORIGIN_LIST
    # Someone's home is told with the larger place that holds it: "hailed from Bahawalpur in southern
    # Punjab", "moved from a village in central Punjab". (People "from a village in" a district may have been
    # taken from it: "abducted two workers from a village in Jamui district".)
    + r"(?:(?:(?:a|the|their|his|her)\s+(?:\w+\s+)?(?:village|town|city|district)|(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s+(?:district|village|town|tehsil))?)\s+(?:in|of)\s+(?:the\s+)?)?)"
    rf"{_REGION_PART}$",
    re.IGNORECASE,
)
# People taken from a place were there: "kidnapped eight coal miners from Shahrag", "abducted two workers
# from a village in Jamui district".
_TAKEN_FROM_BEFORE = re.compile(
    r"\b(?:abduct\w*|kidnapp?\w*|seiz\w*|snatch\w*|whisk\w*|picked\s+up|took|taken|dragged|pulled)\s+"
    r"(?:[\w'’-]+\s+){0,5}?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# Where the wounded were treated and where a victim was coming from are not the scene: "six more died in
# hospitals in Kohat and Peshawar", "shot dead near Sadda while returning from Peshawar".
_AFTERMATH_BEFORE = re.compile(
    r"\bhospitals?\s+(?:in|at|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*"
    r"\s*(?:,|and|or)\s*)*$"
    r"|\b(?:returning|returned|coming|came|travell?ing|travell?ed|heading|headed|on\s+(?:his|her|their|its)\s+"
    r"way(?:\s+back)?)\s+(?:home\s+|back\s+)?from\s+(?:the\s+)?"
    rf"{_REGION_PART}$",
    re.IGNORECASE,
)
# Where someone was held is not the scene of what followed: "acting on information from a suspect held in
# Multan, police raided a compound in Sukkur", "a militant arrested in Lahore led police to a hideout".
_DETAINED_BEFORE = re.compile(
    DETAINED_PERSON
    + r"(?:earlier\s+|recently\s+|last\s+\w+\s+)?(?:in|at|from)\s+(?:the\s+)?"
    + rf"{_REGION_PART}$",
    re.IGNORECASE,
)
# "QUETTA:", "PESHAWAR, March 5 (Reuters) -", "QUETTA, Pakistan, Aug 20 (AP) -", "KABUL, Afghanistan (AP) —".
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)\s*"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\- ]{1,30}?)(?=\s*(?:,|\(|:|-|–|—)))?"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)))?"
    # "Peshawar (Pakistan) (WPA) -": the country and the agency may each be bracketed.
    r"(?:\s*\((?:[A-Za-z .]+)\)){0,2}\s*(?::|-{1,2}|–|—)\s+",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Toponym:
    """A place name as the text gives it; offsets index the article text; `label` is the entity label."""

    text: str
    start: int
    end: int
    label: str = "GPE"


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The "PESHAWAR:" / "QUETTA, Pakistan, March 5 (Reuters) -" opening of a report; `end` is where the
    report's first sentence starts."""

    place: Toponym
    end: int
    region: Toponym | None = None
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleGeography:
    """What the whole article says about where it is: its country and province, when it names them (the
    country is else the one its towns lie in), and the towns and districts it names."""

    country_code: str | None = None
    admin1: str | None = None
    places: tuple[str, ...] = ()
    # (name key, district) for the towns the article places in a district once ("Khanpur town in
    # Shikarpur district"), so that the name told alone later is read there too.
    districts_of: tuple[tuple[str, str], ...] = ()

    def district_of(self, name: str) -> str | None:
        """The district the article placed the named town in, if it did."""
        key = make_name_key(name)
        return next((district for known, district in self.districts_of if known == key), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceReading:
    """The place of an event, the toponym it was resolved from and the evidence span."""

    place: Place
    toponym: Toponym
    evidence: Evidence


@runtime_checkable
class PlaceKindLookup(Protocol):
    """A geocoder that also says what kind of place a name is (country, province, district, town, region)."""

    def lookup_kind(self, name: str) -> object | None: ...


def find_dateline(text: str) -> Dateline | None:
    """The dateline place (and date, when given) at the start of a report, or None."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    place = _read_dateline_name(match, "place")
    if place is None:
        return None
    date_text = match.group("date")
    return Dateline(
        place=place,
        end=match.end(),
        region=_read_dateline_name(match, "region"),
        date_text=date_text,
        date_start=match.start("date") if date_text else None,
        date_end=match.end("date") if date_text else None,
    )


def _read_dateline_name(match: re.Match[str], group: str) -> Toponym | None:
    raw = match.group(group)
    if raw is None:
        return None
    name = raw.strip()
    # A dateline place is one or a few words, written in capitals or as a name ("Peshawar:").
    if len(name.split()) > 4 or not (name.isupper() or name.istitle()):
        return None
    start = match.start(group) + raw.index(name)
    return Toponym(text=name, start=start, end=start + len(name), label="GPE")


def is_place_name(text: str, toponym: Toponym, *, is_actor: Callable[[str], bool]) -> bool:
    """Whether a tagged name can be geocoded: a capitalised name, not a people, group or nationality, and
    not one or two letters ("R", "Mr") unless written as an abbreviation ("KP").

    A name the tagger labelled a person or an organisation is taken when the words before it say it is a
    place ("the town of Michika", "in Mariupol"): the statistical tagger has not seen most towns abroad.
    """
    name = _LEADING_THE.sub("", toponym.text.strip())
    # "al-Ratba", "el-Arish": the Arabic article is written in lower case before a capitalised name.
    initial = _ARABIC_ARTICLE.sub("", name)
    if not initial or not initial[0].isupper() or not _is_labelled_place(text, toponym):
        return False
    letters = sum(char.isalpha() for char in name)
    if letters < MIN_NAME_LETTERS and not (letters == MIN_NAME_LETTERS - 1 and name.isupper()):
        return False
    # "Afghans" is a people; "Philippines" is a country, not "Philippine" with an "s".
    plural_people = name.removesuffix("s") in DEMONYM_COUNTRIES and name not in _COUNTRY_NAMES
    if name.lower() in DEMONYMS or plural_people or is_actor(name):
        return False
    if text.endswith("New ", 0, toponym.start):
        # "New Jersey", "New Mexico": the tagger read the older namesake inside the name.
        return False
    after = text[toponym.end : toponym.end + 30]
    if _MISSION_AFTER.match(after) and (name in _COUNTRY_NAMES or name.replace(".", "") in _COUNTRY_INITIALS):
        return False
    if _PERSON_NAME_AFTER.match(after) or _TITLE_BEFORE.search(
        text[max(0, toponym.start - 12) : toponym.start]
    ):
        return False
    if _PERSON_NAMED_BEFORE.search(text, max(0, toponym.start - 80), toponym.start):
        return False
    if _STREET_AFTER.match(after) and _NAME_BEFORE.search(text[max(0, toponym.start - 30) : toponym.start]):
        return False
    if _OPENING_IN.search(text, 0, toponym.start) is not None:
        # "In Balochistan militants blew up ...": a sentence that opens with "In" and the place names it, even
        # with the doers right after it and no comma between.
        return True
    if _BODY_NAMED_AFTER.match(text, toponym.end, min(len(text), toponym.end + 60)) is not None:
        return False
    return _PEOPLE_AFTER.match(text, toponym.end, min(len(text), toponym.end + 30)) is None


def names_given_as_people(text: str, toponyms: Iterable[Toponym]) -> frozenset[str]:
    """The tagged names the text gives as a person's ("a civilian identified as Gajapati Majhi"), whole and
    word by word: the same name later in the text ("Maoists killed Gajapati in a forest") is the person
    again, not a place."""
    names: set[str] = set()
    for toponym in toponyms:
        if _PERSON_NAMED_BEFORE.search(text, max(0, toponym.start - 80), toponym.start) is not None:
            names.add(toponym.text)
            names.update(word for word in toponym.text.split() if len(word) >= MIN_NAME_LETTERS)
    # A name the text also writes as a place is one: "arrested from parts of Ranchi District ... identified
    # as Ranchi zonal commander Tulsi Pahan" (his rank's area, not his name).
    return frozenset(name for name in names if not _written_as_place(text, name))


def _written_as_place(text: str, name: str) -> bool:
    escaped = re.escape(name)
    return (
        re.search(
            rf"\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?{escaped}\b"
            rf"|\b{escaped}(?:['’]s)?\s+(?:district|province|city|town|village|area|tehsil|agency|division|"
            r"state|region|county)\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _is_labelled_place(text: str, toponym: Toponym) -> bool:
    if toponym.label in PLACE_LABELS:
        return True
    if toponym.label not in _RELABELLED:
        return False
    before = text[max(0, toponym.start - 40) : toponym.start]
    if (
        _PLACE_WORD_BEFORE.search(before) is not None
        or (_UNIT_WORD_AFTER if toponym.label == "NORP" else _PLACE_WORD_AFTER).match(text, toponym.end)
        is not None
        or _UNIT_WORD_END.search(toponym.text) is not None
        or _UNIT_OF_START.match(toponym.text) is not None
        or (
            # A text that opens with the attack's name ("2016 Kayseri bombing: ...", "Guildford pub
            # bombing by the IRA ...") names the place of its event. Further on, "the Safoora attack" is
            # mostly an earlier one, and "a Maoist attack" names a side.
            _NAMED_ATTACK_AFTER.match(text, toponym.end) is not None
            and _OPENING_ONLY.match(text, 0, toponym.start) is not None
        )
    ):
        return True
    # "outside of the U.S. Embassy", "in the Interior Ministry": an institution, not a town the tagger missed.
    if _PLACE_PREPOSITION_BEFORE.search(before) is None or _LEADING_THE.match(toponym.text):
        return False
    # A people's name after "in" is mostly an adjective ("in Sunni areas"); "in Orito municipality" is not.
    return toponym.label != "NORP" or _ADJECTIVE_USE_AFTER.match(text, toponym.end) is None


# A capitalised name after a preposition of place ("at an auto repair shop in Barrancabermeja"): what the
# statistical tagger misses in towns it never saw, read only when it tagged no place at all.
# A name after "in", "near", "outside" or "the city of": words with a capital initial in any script
# ("Şırnak", "Émile"), checked one by one because a regex class cannot ask for an upper-case letter.
# A lookahead, so that "in the Kurdish city of Şırnak" is also read from "city of".
_NAME_AFTER_PREPOSITION = re.compile(
    # "In Buea, separatists ambushed ...": a sentence may open with the preposition.
    # "villages around Manbij"; not "around Christmas" or "around Eid".
    r"(?=\b(?:[Ii]n|[Nn]ear|[Aa]round(?! (?:Christmas|Easter|Eid|Ramadan|Diwali|Muharram|Ashura|Nowruz|"
    r"Thanksgiving|Halloween|New Year|Independence Day|Pentecost|Passover|Hanukkah)\b)|[Oo]utside(?: of)?|"
    r"the capital,?|"
    # "an independent state of Assam" is a cause, not a scene.
    r"(?:city|town|village|province|district|region|governorate|(?<!independent )(?<!separate )state|county|"
    r"centre|center|heart|outskirts|"
    r"suburbs|department|municipality|prefecture|commune|oblast|desert|valley) of|"
    r"(?:north|south|east|west)(?:[- ]?(?:east|west))? of)"
    r"\s+(?:the\s+)?(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}))"
)


_FEATURE_WORDS = frozenset(
    {"Gulf", "Bay", "Sea", "Strait", "Straits", "Cape", "Isle", "Horn", "Coast", "Lake"}
)
_NAME_GOES_ON_OF = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")
# What may open a text before the name of its attack: "2016 ", "May 2005 ", "The ".
_OPENING = (
    r"(?:(?:the|a|an)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|\d{1,2}|\d{4}),?\s+)*"
)
_OPENING_ONLY = re.compile(_OPENING + "$", re.IGNORECASE)
# "2016 Munich shooting:", "Claudy bombings;": a name the tagger left alone, before the attack named after
# it, where the text opens.
_NAME_BEFORE_ATTACK = re.compile(
    _OPENING
    + r"(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}?)(?="
    + _NAMED_ATTACK_AFTER.pattern
    + ")",
    re.IGNORECASE,
)


_POSSESSIVE_INSIDE = re.compile(r"^.*['’]s\s+")


def _capitalised_prefix(name: str) -> str:
    """The leading words of `name` that begin with a capital letter ("Diyarbakır" of "Diyarbakır was")."""
    words = []
    for word in name.split():
        if not word[0].isupper():
            break
        words.append(word)
    return " ".join(words)


def find_untagged_toponyms(
    text: str, *, is_actor: Callable[[str], bool], geocoder: Geocoder
) -> list[Toponym]:
    """Names after "in", "near" or "outside" that the geocoder knows as a place of some kind (town,
    district, province, country), for an article in which no place was tagged."""
    found: list[Toponym] = []
    for match in _NAME_AFTER_PREPOSITION.finditer(text):
        name = _capitalised_prefix(match.group("name")).removesuffix("'s").removesuffix("’s")
        start = match.start("name")
        owner = _POSSESSIVE_INSIDE.search(name)
        if owner is not None:
            # "in Iraqi Kurdistan's Erbil": the town after the region it lies in.
            start += owner.end()
            name = name[owner.end() :]
        if not name or (name in _FEATURE_WORDS and _NAME_GOES_ON_OF.match(text, start + len(name))):
            # "in the Gulf of Guinea": "Gulf" is no place of its own.
            continue
        toponym = Toponym(text=name, start=start, end=start + len(name))
        # "south-west of Bulawayo" is also "west of Bulawayo": one name, read once.
        if found and found[-1].start == toponym.start:
            continue
        if match.start("name") == 0 or not is_place_name(text, toponym, is_actor=is_actor):
            continue
        if lookup_kind(geocoder, name) is not None:
            found.append(toponym)
    opening = _NAME_BEFORE_ATTACK.match(text)
    # The whole name, capitalised word by word: "Busy market attack" names no place.
    if opening is not None and _capitalised_prefix(name := opening.group("name")) == name:
        toponym = Toponym(text=name, start=opening.start("name"), end=opening.end("name"))
        if is_place_name(text, toponym, is_actor=is_actor) and lookup_kind(geocoder, name) is not None:
            found.insert(0, toponym)
    return found


# "Chirang District", "Kandhamal district": one or two capitalised words before the unit word.
_NAME_BEFORE_DISTRICT = re.compile(
    r"(?<![\w'’-])(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:District|district)\b"
)


# "Doe of Karbi Anglong District" is where a person is from; "Amguri Police Station of Chirang District" is
# a unit of the district.
_NAME_OF_BEFORE = re.compile(r"(?P<word>(?-i:[A-Z])[\w'’-]*)\s+of\s+$")
_UNIT_OWNED_BY_DISTRICT = re.compile(
    r"station|post|chowki|thana|tehsil|taluka|block|division|sub-?division|sector|circle|range|area|village|"
    r"town|city|headquarters|hills|forests?|outskirts",
    re.IGNORECASE,
)


def find_named_districts(text: str, *, taken: Sequence[Toponym], geocoder: Geocoder) -> list[Toponym]:
    """Names written with the word "district" after them that the tagger left alone or swallowed into a
    longer name ("under Amguri Police Station of Chirang District"), when the gazetteer knows a district
    of that name; not a person's district ("Doe of Karbi Anglong District")."""
    found = []
    for match in _NAME_BEFORE_DISTRICT.finditer(text):
        start, end = match.span("name")
        if any(t.start < end and start < t.end and t.label in PLACE_LABELS for t in taken):
            continue
        owner = _NAME_OF_BEFORE.search(text, max(0, start - 40), start)
        if owner is not None and _UNIT_OWNED_BY_DISTRICT.fullmatch(owner.group("word")) is None:
            continue
        name = match.group("name")
        if lookup_kind(geocoder, name) == "district":
            found.append(Toponym(text=name, start=start, end=end, label="GPE"))
    return found


# Between a place and the larger one it lies in: "Arboletes, Antioquia", "Janiuay town, Iloilo".
_APPOSITION_BETWEEN = re.compile(
    r"(?:\s+(?:town|city|village|municipality|district|province|county))?\s*,\s*", re.IGNORECASE
)
# After a name: more names of a list, or, after a comma, the name that follows (maybe the address's country).
_LIST_GOES_ON = re.compile(
    r"\s*(?:(?P<comma>,)\s*"
    r"(?P<next>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*)*)|and\b|or\b|&)",
    re.IGNORECASE,
)


def _lists_places(text: str, toponym: Toponym, *, geocoder: Geocoder) -> bool:
    """Whether more names follow as a list ("in Karbala, Taji and Tuz Khormato"), not the country that ends
    an address ("in Busumba, Maniema, Democratic Republic of the Congo")."""
    match = _LIST_GOES_ON.match(text, toponym.end)
    if match is None:
        return False
    return match.group("comma") is None or lookup_kind(geocoder, match.group("next")) != "country"


def find_apposed_places(
    text: str,
    toponyms: Iterable[Toponym],
    *,
    places: Sequence[Toponym],
    is_actor: Callable[[str], bool],
    geocoder: Geocoder,
) -> list[Toponym]:
    """Names the tagger called a person, a group or a people that follow a place and a comma ("Arboletes,
    Antioquia", "Borau, Huesca", "Sumisip Town, Basilan"): the larger place the first lies in, when the
    gazetteer knows it as a district or province."""
    ends = {place.end for place in places}
    found = []
    for toponym in toponyms:
        if toponym.label not in _RELABELLED:
            continue
        follows_place = any(
            _APPOSITION_BETWEEN.fullmatch(text, end, toponym.start) for end in ends if end < toponym.start
        )
        if not follows_place or _lists_places(text, toponym, geocoder=geocoder):
            continue
        as_place = Toponym(text=toponym.text, start=toponym.start, end=toponym.end, label="GPE")
        if is_place_name(text, as_place, is_actor=is_actor) and lookup_kind(geocoder, toponym.text) in (
            "district",
            "province",
        ):
            found.append(as_place)
    return found


# What a site named after its town is: "the Paris City Hall", "London Bridge", "the Baghdad Airport Road"
# (and "the Bamenda-Ndop road", a road named after the towns at its ends: `_LINK_ROAD_AFTER`). Not an
# airport: many bear a person's name ("Atatürk Airport") or lie outside the town they are named after.
_SITE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:City Hall|(?:State )?University|Press Club|Hospital|Stadium|Bazaar|Market|Mosque|"
    r"Cathedral|Church|Museum|Railway Station|Bus Terminal|Bridge|Square|Airport Road|Road|Highway)\b",
    re.IGNORECASE,
)
_SITE_LABELS = frozenset({"FAC", "ORG"})


def find_town_of_site(text: str, toponym: Toponym, *, geocoder: Geocoder) -> Toponym | None:
    """The town a site tagged whole is named after: "Paris" of "the Paris City Hall", "Baghdad" of "the
    Baghdad Airport Road", "Bamenda" of "the Bamenda-Ndop road". The gazetteer must know the town, and the
    site itself must be no place it knows."""
    if toponym.label not in _SITE_LABELS or lookup_kind(geocoder, toponym.text) is not None:
        return None
    start = toponym.start + len(toponym.text) - len(_LEADING_THE.sub("", toponym.text))
    # The town is the site's first word or two ("Paris", "Ohio State"), up to a hyphen ("Bamenda-Ndop").
    for word in islice(re.finditer(r"[^\s-]+", text[start : toponym.end]), 2):
        if not word.group()[0].isupper():
            return None
        end = start + word.end()
        name = text[start:end]
        site = _SITE_AFTER.match(text, end) or _LINK_ROAD_AFTER.match(text, end)
        if site is not None and lookup_kind(geocoder, name) in (*_SETTLEMENT_KINDS, "province"):
            return Toponym(text=name, start=start, end=end, label="GPE")
    return None


def lookup_kind(geocoder: Geocoder, name: str) -> str | None:
    """The kind of place a name is ("town", "district", "province", "country", "region"), when known."""
    if isinstance(geocoder, PlaceKindLookup):
        kind = geocoder.lookup_kind(name)
        return None if kind is None else str(kind)
    return None


def read_article_geography(
    toponyms: Iterable[Toponym],
    *,
    geocoder: Geocoder,
    text: str = "",
    actor_countries: Sequence[str] = (),
) -> ArticleGeography:
    """The country and the province the article names (the first of each), resolved to canonical names.

    An article that names no country or province is in the country of the first armed group it names
    (`actor_countries`, the caller's choice of groups) when its first town or district lies there under
    that name ("New People's Army rebels ... in Isabela" is the Philippine Isabela); else in the one most of
    its towns and districts lie in (the first named on a tie): "Shahdara" in a story that names Lahore is
    not the Delhi district. A country or province named only as a neighbour ("near the border with Iraq")
    is not the article's.
    """
    country_code: str | None = None
    admin1: str | None = None
    places: list[str] = []
    settlement_countries: list[str] = []
    toponyms = list(toponyms)
    for toponym in toponyms:
        kind = lookup_kind(geocoder, toponym.text)
        if kind in _COARSE_KINDS and is_peripheral(text, toponym):
            # "near the borders with Iraq and Iran", "workers from Punjab": not the country or province
            # the article is about.
            continue
        if kind in _SETTLEMENT_KINDS and text and is_peripheral(text, toponym):
            # Nor is a town named as a journey's end, a home or where someone spoke ("a news conference in
            # Islamabad"): it says nothing of which district the article's villages lie in.
            continue
        if kind in _SETTLEMENT_KINDS:
            if toponym.text not in places:
                places.append(toponym.text)
            # A name the tagger did not call a place ("in Taji", tagged a person), or one that is part of a
            # longer name ("Banda" of "Koto Banda"), is read inside the country the other names give; it
            # does not choose that country.
            tagged = toponym.label in PLACE_LABELS and not (text and _is_embedded(text, toponym))
            # A name the text calls a district is surer than one that may be a village or a person named
            # like a town or district abroad: "Chama Village in Latehar District" is in India, not in
            # Zambia's Chama, and "Rowan" beside "West Singhbhum District" is no county of North Carolina.
            # It is looked up as a district: "Palma district" is Mozambique's, not the Spanish town.
            written_district = parse_toponym(toponym.text).kind_hint is PlaceKind.DISTRICT or (
                bool(text) and _DISTRICT_AFTER.search(text[toponym.end : toponym.end + 40]) is not None
            )
            if (
                tagged
                and country_code is None
                and (
                    place := geocoder.geocode(toponym.text, context=GeoContext(is_district=written_district))
                )
            ):
                if (
                    written_district
                    and settlement_countries
                    and place.country_code not in settlement_countries
                ):
                    # A district both countries have ("Poonch district" after a Srinagar dateline) is the one
                    # in the country of the places named before it, when the gazetteer knows it there.
                    lead = settlement_countries[0]
                    there = geocoder.geocode(
                        toponym.text, context=GeoContext(country_code=lead, is_district=written_district)
                    )
                    if there is not None and there.country_code == lead:
                        place = there
                votes = 2 if written_district else 1
                settlement_countries.extend([place.country_code] * votes if place.country_code else [])
        elif kind == "country" and country_code is None:
            place = geocoder.geocode(toponym.text, context=GeoContext())
            country_code = place.country_code if place else None
        elif kind == "province" and admin1 is None:
            # A province written with its country ("Kotli district, Kashmir, Pakistan") is that country's
            # part of a name several countries share; when the gazetteer knows the name only in another
            # country, the country the text writes wins and the province is left to the towns.
            written = (
                None if country_code else _read_following_country(text, toponym, toponyms, geocoder=geocoder)
            )
            country_code = country_code or written
            place = geocoder.geocode(toponym.text, context=GeoContext(country_code=country_code))
            if place is not None and written is not None and place.country_code != written:
                continue
            if place is not None:
                admin1 = place.admin1 or place.name
                country_code = country_code or place.country_code
    if country_code is None:
        country_code = _country_of_actors(places, actor_countries=actor_countries, geocoder=geocoder)
    if country_code is None and settlement_countries:
        country_code = max(settlement_countries, key=settlement_countries.count)
    if country_code is None and places and text:
        # "Six Syrian soldiers were killed ... northeast of Palmyra", Palmyra tagged as a person: its towns
        # are read in the country of the forces or government the text names, not as namesakes abroad.
        forces = _find_nationality(text, geocoder=geocoder, pattern=_NATIONALITY)
        country_code = forces[1].country_code if forces else None
    return ArticleGeography(
        country_code=country_code,
        admin1=admin1,
        places=tuple(places),
        districts_of=_read_districts_of(text, toponyms),
    )


# "Khanpur town in Shikarpur district", "Doe village of Kech district": a town placed in a named district.
_IN_DISTRICT_LINK = re.compile(
    r"^\s+(?:(?:town|village|city|area|tehsil)\s+)?(?:in|of)\s+(?:the\s+)?(?:neighbouring\s+)?$",
    re.IGNORECASE,
)
_DISTRICT_WORD_END = re.compile(r"\s+(?:district|agency)$", re.IGNORECASE)


def _read_districts_of(text: str, toponyms: Sequence[Toponym]) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    ordered = sorted(toponyms, key=lambda toponym: toponym.start)
    for toponym, following in pairwise(ordered):
        written_district = _DISTRICT_WORD_END.search(following.text) is not None or (
            # (The pattern opens with "^", which a match from a position would never meet.)
            _DISTRICT_AFTER.match(text[following.end : following.end + 30]) is not None
        )
        if (
            written_district
            and 0 <= following.start - toponym.end <= 40
            and _IN_DISTRICT_LINK.match(text[toponym.end : following.start])
        ):
            found.setdefault(make_name_key(toponym.text), _DISTRICT_WORD_END.sub("", following.text))
    return tuple(found.items())


def _country_of_actors(
    places: Sequence[str], *, actor_countries: Sequence[str], geocoder: Geocoder
) -> str | None:
    """The first actor's country, when the article's first town or district lies in it under that very
    name (not a near spelling: "Tangi" is no "Tani")."""
    if not places or not actor_countries:
        return None
    country = actor_countries[0]
    found = geocoder.geocode(places[0], context=GeoContext(country_code=country))
    if (
        found is None
        or found.country_code != country
        or make_name_key(found.name) != make_name_key(places[0])
    ):
        return None
    return country


def read_national_place(text: str, toponym: Toponym, *, geocoder: Geocoder) -> str | None:
    """The country code of a nationality written right before the toponym's kind of place: "the eastern
    Libyan city of Derna" is Libya's Derna."""
    match = _NATIONAL_PLACE_BEFORE.search(text, max(0, toponym.start - 60), toponym.start)
    if match is None:
        return None
    place = geocoder.geocode(DEMONYM_COUNTRIES[match.group("name")], context=GeoContext())
    return place.country_code if place else None


def _read_following_country(
    text: str, toponym: Toponym, toponyms: Sequence[Toponym], *, geocoder: Geocoder
) -> str | None:
    """The country code of a country named right after the toponym, after a comma ("Kashmir, Pakistan")."""
    for other in toponyms:
        if (
            other.start > toponym.end
            and _COUNTRY_AFTER_COMMA.fullmatch(text[toponym.end : other.start])
            and lookup_kind(geocoder, other.text) == "country"
        ):
            place = geocoder.geocode(other.text, context=GeoContext())
            return place.country_code if place else None
    return None


def _writes_country_after(
    text: str, name: str, toponyms: Sequence[Toponym], *, geocoder: Geocoder
) -> str | None:
    """The country code the text writes right after the first toponym called `name`, if any."""
    named = next((toponym for toponym in toponyms if toponym.text == name), None)
    return None if named is None else _read_following_country(text, named, toponyms, geocoder=geocoder)


def read_geo_context(
    text: str,
    toponym: Toponym,
    *,
    geography: ArticleGeography,
    neighbours: Sequence[Toponym] = (),
    admin2: str | None = None,
) -> GeoContext:
    """The geocoder context of one toponym from the words around it and the article's geography.

    Args:
        text: the article text (toponym offsets index it).
        toponym: the name to resolve.
        geography: the article's country and province.
        neighbours: the other toponyms of the same sentences, for "the Y area of X" / "X's Y" / "Y in X".
        admin2: a district the event's sentences name, if any.
    """
    before = text[max(0, toponym.start - 60) : toponym.start]
    after = text[toponym.end : toponym.end + 40]
    # "outside the Peshawar High Court" is in Peshawar: a facility named after its town is not near it.
    facility = _FACILITY_AFTER.match(after) is not None
    near = not facility and (_NEAR_BEFORE.search(before) is not None or _NEAR_AFTER.search(after) is not None)
    is_district = _DISTRICT_AFTER.search(after) is not None or _DISTRICT_BEFORE.search(before) is not None
    parent = _find_parent(text, toponym, neighbours) or geography.district_of(toponym.text)
    return GeoContext(
        country_code=geography.country_code,
        admin1=geography.admin1,
        admin2=admin2 if admin2 and admin2.lower() != toponym.text.lower() else None,
        near=near,
        is_district=is_district,
        parent=parent,
        places=geography.places,
    )


_UNIT_PARENT_AFTER = re.compile(
    r"(?:,\s*|,?\s+(?:of|in)\s+)(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}?\s+"
    r"(?:State|Province|Governorate|Region|County|Department|Oblast))\b"
)


def _find_parent(text: str, toponym: Toponym, neighbours: Sequence[Toponym]) -> str | None:
    for other in sorted(neighbours, key=lambda item: item.start):
        after = 0 <= other.start - toponym.end <= 60
        if after and _PARENT_LINK.match(text[toponym.end : other.start]):
            return _with_unit_word(text, other)
        if _is_possessive_of(text, other, toponym):
            return _with_unit_word(text, other)
    # "Guma Local Government Area of Benue State", "Guma, Benue State": a province the tagger left alone,
    # named with its unit word.
    unit = _UNIT_PARENT_AFTER.match(text, toponym.end)
    return unit.group("name") if unit is not None else None


# The unit word written after a parent: "Khost district of Baghlan province" is inside the province, not
# inside Baghlan town.
_UNIT_WORD_AFTER = re.compile(r"\s+(?:province|district|division|governorate|region|state)\b", re.IGNORECASE)


def _with_unit_word(text: str, toponym: Toponym) -> str:
    if _DISTRICT_WORD_END.search(toponym.text):
        return toponym.text
    unit = _UNIT_WORD_AFTER.match(text, toponym.end)
    return toponym.text if unit is None else toponym.text + unit.group(0)


def _is_possessive_of(text: str, owner: Toponym, toponym: Toponym) -> bool:
    """Whether the text writes the toponym as the owner's: "Charsadda's Tangi"."""
    return (
        0 <= toponym.start - owner.end <= 16
        and _POSSESSIVE_LINK.match(text[owner.end : toponym.start]) is not None
    )


def find_district(text: str, toponyms: Iterable[Toponym]) -> str | None:
    """The first toponym written as a district ("Kurram district", "Khyber Agency")."""
    for toponym in toponyms:
        after = text[toponym.end : toponym.end + 30]
        if _DISTRICT_AFTER.search(after):
            return toponym.text
    return None


def rank_toponyms(
    toponyms: Sequence[Toponym], *, geocoder: Geocoder, text: str = "", of_arrest: bool = False
) -> list[Toponym]:
    """Toponyms most specific first (town, district, unknown, region, province, country), then by position;
    names that are part of a longer name after whole names, and names that say where the event was not (a
    road named after a town, a border, the ends of a journey) after all others. A name given only to say
    where an earlier one lies comes right after that one."""
    kinds = {toponym.text: lookup_kind(geocoder, toponym.text) for toponym in toponyms}
    positions = {id(toponym): index for index, toponym in enumerate(toponyms)}
    # Between places of one kind, the one the text puts inside another with a possessive comes first:
    # "Tangi" of "Charsadda's Tangi tehsil" is where the event was.
    parents = {
        other.text for toponym in toponyms for other in toponyms if _is_possessive_of(text, other, toponym)
    }
    road_named = {id(toponym) for toponym in toponyms if text and _names_road(text, toponym)}
    district_starts = [toponym.start for toponym in toponyms if kinds[toponym.text] == "district"]
    road_ends = {
        id(toponym)
        for toponym in toponyms
        if id(toponym) in road_named
        and kinds[toponym.text] in ("town", "neighbourhood")
        and any(0 < start - toponym.end <= _ROAD_DISTRICT_SPAN for start in district_starts)
    }
    ranked = sorted(
        toponyms,
        key=lambda toponym: (
            is_peripheral(text, toponym, of_arrest=of_arrest),
            # A known name inside a longer one ("Kamar" of "Kamar Sar bazaar") is weaker than a whole name.
            bool(text) and _is_embedded(text, toponym),
            # "the Quetta-Karachi highway near Khuzdar": of two towns, the one a road is named after is
            # the road's end, the other where on it the event was; the district the text then puts the road
            # in says more than either end ("the Thall-Parachinar road near Bagan in Lower Kurram").
            _ROAD_END_ORDER if id(toponym) in road_ends else KIND_ORDER.get(kinds[toponym.text], 2),
            id(toponym) in road_named,
            toponym.text in parents,
            positions[id(toponym)],
        ),
    )
    if not text:
        return ranked
    for outer in list(ranked):
        scene = _scene_of_reference(text, outer, toponyms, kinds=kinds) or _town_named_in(
            text, outer, toponyms
        )
        if scene is not None and ranked.index(scene) > ranked.index(outer):
            ranked.remove(scene)
            ranked.insert(ranked.index(outer), scene)
    for district in list(ranked):
        # "Sayad district of northern Sar-e Pul province": the district before the province it lies in,
        # though the province bears the name of a town.
        province = _district_of_province(text, district, toponyms)
        if province is not None and ranked.index(district) > ranked.index(province):
            ranked.remove(district)
            ranked.insert(ranked.index(province), district)
    return ranked


def kind_as_written(text: str, toponym: Toponym, *, geocoder: Geocoder, known: str | None) -> str | None:
    """The kind of place a toponym is where the text writes it: a province when "province" follows a name
    the gazetteer also knows as a town ("in Baghlan province")."""
    if (
        text
        and known != "province"
        and _PROVINCE_AFTER.match(text, toponym.end) is not None
        and lookup_kind(geocoder, f"{toponym.text} province") == "province"
    ):
        return "province"
    return known


def _district_of_province(text: str, toponym: Toponym, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The province the text puts this district in: Sar-e Pul of "Sayad district of northern Sar-e Pul
    province", Kirkuk of "the Daquq district of Iraq's Kirkuk province" (the province may bear its
    capital's name, which ranks as a town)."""
    end = toponym.end
    # The tagger may have taken the unit word into the name: "Maiwand District".
    if _UNIT_DISTRICT_END.search(toponym.text) is None:
        word = _DISTRICT_WORD_AFTER.match(text, end)
        if word is None:
            return None
        end = word.end()
    return next(
        (
            other
            for other in toponyms
            if other.start >= end
            and _IN_PROVINCE_BETWEEN.fullmatch(text, end, other.start) is not None
            and _PROVINCE_AFTER.match(text, other.end) is not None
        ),
        None,
    )


_DISTRICT_WORD_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)
_IN_PROVINCE_BETWEEN = re.compile(
    r"\s*(?:,\s*|\s+(?:of|in)\s+(?:the\s+)?)(?:[a-z]+ern\s+|central\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:['’]\s?s)\s+)?",
    re.IGNORECASE,
)
_PROVINCE_AFTER = re.compile(r"\s+province\b", re.IGNORECASE)
_UNIT_DISTRICT_END = re.compile(r"\sdistrict$", re.IGNORECASE)


def _town_named_in(text: str, toponym: Toponym, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The town the text names as one of the toponym's: al-Arish in "the northern Sinai city of al-Arish",
    Turbat in "the Balochistan town of Turbat". Without "the" the first name is the town: "Usta Muhammad
    city of Jaffarabad District"."""
    if _THE_BEFORE.search(text, max(0, toponym.start - 40), toponym.start) is None:
        return None
    return next(
        (
            other
            for other in toponyms
            if other.start > toponym.end
            and _UNIT_OF_BETWEEN.fullmatch(text, toponym.end, other.start) is not None
        ),
        None,
    )


_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_UNIT_OF_BETWEEN = re.compile(
    r"(?:'s|’s)?\s+(?:(?:port|border|garrison|market) )?(?:city|town)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _scene_of_reference(
    text: str, toponym: Toponym, toponyms: Sequence[Toponym], *, kinds: Mapping[str, str | None]
) -> Toponym | None:
    """The name written just before this one when the text gives this one only to say where that one lies:
    "the Maqbanah district west of Taiz city", "a village in Mastung district near Quetta", "Samarra, 100 km
    north of Baghdad". "In Balochistan near Quetta" still means Quetta."""
    if _NEAR_BEFORE.search(text, max(0, toponym.start - 60), toponym.start) is None:
        return None
    return next(
        (
            other
            for other in sorted(toponyms, key=lambda item: -item.end)
            if 0 < toponym.start - other.end <= 50
            and kinds.get(other.text) not in _COARSE_KINDS
            and _REFERENCE_BREAK.search(text, other.end, toponym.start) is None
            and not is_peripheral(text, other)
            and not _is_embedded(text, other)
            # "the Quetta-Karachi highway near Khuzdar": a road named after its ends runs through the
            # place it is near.
            and not _names_road(text, other)
            # "Virunga Park near Lulumbi": a site named like a town is no finer than the town it is near.
            and _FACILITY_AFTER.match(text, other.end) is None
        ),
        None,
    )


# Between the scene and its reference point: no clause or sentence ends ("in Kurram; near Parachinar").
_REFERENCE_BREAK = re.compile(r"[.;:!?()]|\b(?:and|while|but|when|after|killing|injuring|wounding)\b")


def is_peripheral(text: str, toponym: Toponym, *, of_arrest: bool = False) -> bool:
    """Whether the text names the place as a road, a border, the end of a journey or where people come
    from, not as the scene; or where someone was held, unless the event is that arrest (`of_arrest`)."""
    if not text:
        return False
    after = text[toponym.end : toponym.end + 60]
    before = text[max(0, toponym.start - 20) : toponym.start]
    route = _ROUTE_BEFORE.search(before) is not None and (
        _ROUTE_AFTER.match(after) is not None or re.search(r"\bfrom\s+(?:the\s+)?$", before, re.I) is None
    )
    line = _LINK_LINE_AFTER.match(after)
    linked = line is not None and (
        line.group("next") is not None or _LINKED_BEFORE.search(before) is not None
    )
    return (
        _PERIPHERAL_AFTER.match(after) is not None
        or route
        or linked
        or _BOTH_WAYS_BEFORE.search(before) is not None
        or _BORDER_BEFORE.search(text, max(0, toponym.start - 80), toponym.start) is not None
        or (
            _ORIGIN_BEFORE.search(text, max(0, toponym.start - 40), toponym.start) is not None
            and _TAKEN_FROM_BEFORE.search(text, max(0, toponym.start - 60), toponym.start) is None
        )
        or _AFTERMATH_BEFORE.search(text, max(0, toponym.start - 60), toponym.start) is not None
        or (
            not of_arrest
            and _DETAINED_BEFORE.search(text, max(0, toponym.start - 60), toponym.start) is not None
        )
        or _SPEAKER_BEFORE.search(text, max(0, toponym.start - 40), toponym.start) is not None
        or _SEAT_OR_TARGET_BEFORE.search(text, max(0, toponym.start - 40), toponym.start) is not None
    )


def _names_as_border(text: str, toponym: Toponym) -> bool:
    """Whether the text names the place as the other side of a border ("near the border with Niger",
    "shelling across the border from Yemen")."""
    return _BORDER_BEFORE.search(text, max(0, toponym.start - 80), toponym.start) is not None


def find_area_chain(text: str, toponym: Toponym) -> list[Toponym]:
    """The named areas the text places inside the toponym, outermost first: "Baizai", then "Atmar Khel" in
    "Atmar Khel area of Baizai tehsil in Mohmand"; "Nasirabad" in "the Nasirabad area on the Turbat-Buleda
    road", near the road's first town."""
    chain: list[Toponym] = []
    end = toponym.start
    on_road = _LINK_ROAD_AFTER.match(text, toponym.end) is not None
    for step in range(3):
        match = _AREA_BEFORE.search(text, max(0, end - 160), end)
        if match is None and step == 0 and on_road:
            match = _AREA_ON_ROAD_BEFORE.search(text, max(0, end - 160), end)
        # A capitalised word before the name makes it part of a longer one ("Police Lines area").
        if match is None or _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            break
        name = match.group("name")
        # "the Turkish village of Gecitli" says whose village it is, not its area.
        if sum(char.isalpha() for char in name) < MIN_NAME_LETTERS or _names_a_people(name):
            break
        chain.append(Toponym(text=name, start=match.start("name"), end=match.end("name")))
        end = match.start("name")
    return chain


def _names_a_people(name: str) -> bool:
    return name.lower() in DEMONYMS or name in DEMONYM_COUNTRIES


def _resolve_area(
    text: str, toponym: Toponym, *, place: Place, context: GeoContext, geocoder: Geocoder
) -> tuple[Place, Toponym]:
    """The most specific area of the chain before the toponym that the gazetteer knows inside it, else the
    innermost area kept by name (ACLED geo_precision 2), else the toponym's own place."""
    chain = find_area_chain(text, toponym)
    kept: tuple[Place, Toponym] | None = None
    for area in reversed(chain):
        if lookup_kind(geocoder, area.text) in _COARSE_KINDS:
            region = geocoder.geocode(area.text, context=replace(context, parent=None, near=False))
            if region is not None and _lies_within(place, region):
                # "the Balochistan town of Turbat" names the town's province, not an area inside it.
                continue
        inside = geocoder.geocode(area.text, context=replace(context, parent=toponym.text))
        if inside is None:
            continue
        if _is_village(inside):
            # A village of the villages table is a name with a point, named as the text spells it: an
            # area the gazetteer knows otherwise, further out, names the place as reporters and
            # annotators do ("Tirah").
            kept = kept or (replace(inside, name=area.text), area)
            continue
        if inside.gazetteer_id is None or inside.gazetteer_id != place.gazetteer_id:
            return inside, area
        if inside.name != place.name:
            kept = kept or (inside, area)
    return kept or (place, toponym)


def choose_place(
    groups: Sequence[Sequence[Toponym]],
    *,
    text: str,
    geocoder: Geocoder,
    geography: ArticleGeography,
    producer: str,
    of_arrest: bool = False,
) -> PlaceReading | None:
    """Resolve the first group of toponyms that yields a place, most specific name first; a named area
    of it ("the Khuga Khel area of Khyber") is resolved inside it, and kept by name when the gazetteer
    does not know it (ACLED geo_precision 2).

    A group that names only a country or a province ("in northwest Pakistan") gives way to a later group
    naming a place inside it ("the blast in Khar"): ACLED codes the most specific place the report gives.

    Args:
        groups: candidate toponyms by preference: the event's sentences, then the dateline, then the first
            paragraph. Each group is already filtered with `is_place_name`.
        text: the article text.
        geocoder: resolves names to places.
        geography: the article's country and province, passed as context.
        producer: the versioned name stored with the LOCATION evidence.
        of_arrest: the event is an arrest, so where someone was held is its scene.
    """
    dateline = find_dateline(text)
    coarse: PlaceReading | None = None
    # A place named only as a road, a journey's end or people's origin ("trains to and from Quetta were
    # suspended") is kept in case no later group names the scene.
    peripheral: PlaceReading | None = None
    for group in groups:
        # The dateline's "Pakistan" in "QUETTA, Pakistan (AP) -" says where the report was filed, as its city
        # does: only a group of the dateline city itself takes it.
        kept = [
            t for t in group if dateline is None or t.start >= dateline.end or t.start == dateline.place.start
        ]
        # "KABUL (AFP) - A suicide bomber killed nine in Baghlan province": the sentence's own places are
        # tried before the dateline's city, which is where the report was filed.
        told = [t for t in kept if dateline is None or t.start >= dateline.end]
        found = None
        if told and len(told) < len(kept):
            found = _choose_in_group(
                told,
                text=text,
                geocoder=geocoder,
                geography=geography,
                producer=producer,
                of_arrest=of_arrest,
            )
            kept = [t for t in kept if t not in told]
        if found is None:
            found = _choose_in_group(
                kept,
                text=text,
                geocoder=geocoder,
                geography=geography,
                producer=producer,
                of_arrest=of_arrest,
            )
        if found is None:
            continue
        reading, kind = found
        if is_peripheral(text, reading.toponym, of_arrest=of_arrest):
            # "near the border with Syria": the scene lies in a country on the other side, not in Syria.
            if kind != "country" or not _names_as_border(text, reading.toponym):
                peripheral = peripheral or reading
        elif kind in _COARSE_KINDS:
            coarse = coarse or reading
        elif coarse is None or _lies_within(reading.place, coarse.place):
            return reading
    # The nationality of a place ("the Cameroonian town of Fotokol near the border with Nigeria") says more
    # about the scene than a place the text names as a border or a journey's end; that of a force ("Afghan
    # forces fired on posts near the border with Pakistan") may be the attacker's and says less.
    return (
        coarse
        or read_nationality_place(text, geocoder=geocoder, producer=producer, pattern=_NATIONAL_PLACE)
        or peripheral
        or read_nationality_place(text, geocoder=geocoder, producer=producer)
    )


def read_nationality_place(
    text: str, *, geocoder: Geocoder, producer: str, pattern: re.Pattern[str] | None = None
) -> PlaceReading | None:
    """The country of the first nationality the text names ("Two Somali soldiers were killed"), at region
    precision: the place of an event whose report names no place (ACLED geo_precision 3). `pattern` reads
    only some nationalities (by default those of forces, governments and settlements)."""
    found = _find_nationality(text, geocoder=geocoder, pattern=pattern or _NATIONALITY)
    if found is None:
        return None
    match, place = found
    start, end = match.span("name")
    return PlaceReading(
        place=place,
        toponym=Toponym(text=match.group("name"), start=start, end=end, label="NORP"),
        evidence=Evidence(
            field=EvidenceField.LOCATION, start=start, end=end, text=text[start:end], producer=producer
        ),
    )


def _find_nationality(
    text: str, *, geocoder: Geocoder, pattern: re.Pattern[str]
) -> tuple[re.Match[str], Place] | None:
    """The first nationality `pattern` reads whose country the gazetteer knows, with that country."""
    for match in pattern.finditer(text):
        place = geocoder.geocode(DEMONYM_COUNTRIES[match.group("name")], context=GeoContext())
        if place is not None:
            return match, place
    return None


def _choose_in_group(
    group: Sequence[Toponym],
    *,
    text: str,
    geocoder: Geocoder,
    geography: ArticleGeography,
    producer: str,
    of_arrest: bool = False,
) -> tuple[PlaceReading, str | None] | None:
    admin2 = find_district(text, group)
    for toponym in rank_toponyms(group, geocoder=geocoder, text=text, of_arrest=of_arrest):
        context = read_geo_context(text, toponym, geography=geography, neighbours=group, admin2=admin2)
        if national := read_national_place(text, toponym, geocoder=geocoder):
            context = replace(context, country_code=national, admin1=None)
        # "in Baghlan province": the province, though the tagger took only its name, which is also a town's.
        known = lookup_kind(geocoder, toponym.text)
        query = toponym.text
        if kind_as_written(text, toponym, geocoder=geocoder, known=known) != known:
            # A province is no place inside the country that owns it in "Afghanistan's Baghlan province".
            query = f"{toponym.text} province"
            context = replace(context, parent=None)
        place = geocoder.geocode(query, context=context)
        if (
            place is not None
            and context.parent is not None
            and geography.country_code is not None
            and place.country_code != geography.country_code
            and _writes_country_after(text, context.parent, group, geocoder=geocoder)
            == geography.country_code
        ):
            # "Kotli district, Kashmir, Pakistan": a parent the gazetteer knows only in another country than
            # the one the text writes after it says nothing the country does not.
            place = geocoder.geocode(query, context=replace(context, parent=None))
        if place is None:
            continue
        if (
            _is_embedded(text, toponym)
            and geography.country_code is not None
            and place.country_code != geography.country_code
        ) or (
            _is_compound_part(text, toponym, geocoder=geocoder)
            and _lies_elsewhere(place, geography=geography, name=toponym.text, geocoder=geocoder)
        ):
            # A known name inside a longer one the gazetteer does not know ("Koto Banda", "Baran Pul") is
            # no town of another country than the article's: the scene is the next name it gives. Joined
            # to another name by a hyphen ("Bagh-Maidan") or written next to one ("Pehro Kunri"), the
            # name is no word of a sentence ("Surat Railway station"): then it is also no town of another
            # province than the article's.
            continue
        if (
            known == "country"
            and _HYPHEN_WORD_BEFORE.search(text, max(0, toponym.start - 30), toponym.start) is not None
        ):
            # The last word of a party's or a group's name: "Muttahida Qaumi Movement-Pakistan".
            continue
        if _is_village(place) and not _fits_article(place, geography=geography, geocoder=geocoder):
            continue
        place, named = _resolve_area(text, toponym, place=place, context=context, geocoder=geocoder)
        reading = PlaceReading(
            place=place,
            toponym=named,
            evidence=Evidence(
                field=EvidenceField.LOCATION,
                start=named.start,
                end=named.end,
                text=text[named.start : named.end],
                producer=producer,
            ),
        )
        return reading, lookup_kind(geocoder, query if named is toponym else named.text)
    return None


def _lies_elsewhere(place: Place, *, geography: ArticleGeography, name: str, geocoder: Geocoder) -> bool:
    """Whether a place lies in another country than the article's, or in another province than the one it
    names, or, when it names none, than those of the towns and districts it names other than `name`."""
    if geography.country_code is None:
        return False
    if place.country_code != geography.country_code:
        return True
    if place.admin1 is None:
        return False
    if geography.admin1 is not None:
        return place.admin1 != geography.admin1
    context = GeoContext(country_code=geography.country_code)
    others = [geocoder.geocode(other, context=context) for other in geography.places if other != name]
    provinces = {other.admin1 for other in others if other is not None and other.admin1}
    return bool(provinces) and place.admin1 not in provinces


def _is_compound_part(text: str, toponym: Toponym, *, geocoder: Geocoder) -> bool:
    """Whether the name is joined by a hyphen to a capitalised word ("Bagh" of "Bagh-Maidan"), or is the
    last word of a longer name ("Kunri" of "Pehro Kunri"). A word after the name is mostly a site named
    after the town ("Surat Railway station"), and a coarser place before it is its parent in a text
    stripped of its commas ("Imphal East District Manipur")."""
    if (
        _HYPHEN_WORD_AFTER.match(text, toponym.end) is not None
        or _HYPHEN_WORD_BEFORE.search(text, max(0, toponym.start - 30), toponym.start) is not None
    ):
        return True
    before = _EMBEDDING_WORD_BEFORE.search(text, max(0, toponym.start - 30), toponym.start)
    return (
        before is not None
        and lookup_kind(geocoder, toponym.text) == "town"
        and before.group("word") not in _NOT_EMBEDDING
        and _UNIT_WORD_END.search(" " + before.group("word")) is None
        and lookup_kind(geocoder, before.group("word")) in _SETTLEMENT_KINDS_OR_UNKNOWN
    )


def _names_road(text: str, toponym: Toponym) -> bool:
    """Whether the name is one end of a road named after two towns ("Quetta" or "Karachi" of "the
    Quetta-Karachi highway")."""
    return _LINK_ROAD_AFTER.match(text, toponym.end) is not None or (
        _ROAD_WORD_AFTER.match(text, toponym.end) is not None
        and _HYPHEN_WORD_BEFORE.search(text, max(0, toponym.start - 30), toponym.start) is not None
    )


_ROAD_WORD_AFTER = re.compile(r"\s+(?:road|highway)\b", re.IGNORECASE)
_HYPHEN_WORD_AFTER = re.compile(r"-[A-Z][a-z]")
_SETTLEMENT_KINDS_OR_UNKNOWN = frozenset({*_SETTLEMENT_KINDS, None})
_HYPHEN_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+-$")


def _is_village(place: Place) -> bool:
    return place.gazetteer_id is not None and place.gazetteer_id.startswith(VILLAGE_ID_PREFIX)


def _fits_article(place: Place, *, geography: ArticleGeography, geocoder: Geocoder) -> bool:
    """Whether a village lies in the province and in one of the districts the article names elsewhere: a
    village named like the hamlet of another district ("Mandan" police station in a Bannu report) is not
    that hamlet."""
    if geography.admin1 is not None and place.admin1 != geography.admin1:
        return False
    context = GeoContext(country_code=geography.country_code)
    others = [geocoder.geocode(name, context=context) for name in geography.places]
    districts = {
        other.admin2 for other in others if other is not None and other.admin2 and not _is_village(other)
    }
    return not districts or place.admin2 in districts


def _is_embedded(text: str, toponym: Toponym) -> bool:
    """Whether the tagged name is only part of a longer capitalised name ("Banda" of "Koto Banda")."""
    before = _EMBEDDING_WORD_BEFORE.search(text, max(0, toponym.start - 30), toponym.start)
    after = _EMBEDDING_WORD_AFTER.match(text, toponym.end)
    return (before is not None and before.group("word") not in _NOT_EMBEDDING) or (
        after is not None and after.group("word") not in _NOT_EMBEDDING
    )


# A capitalised word joined to the name by one space, not after a full stop (a sentence's first word).
_EMBEDDING_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b(?P<word>[A-Z][a-z]+) $")
# After the name, one capitalised word that ends the longer name: "Kabul Serena Hotel" names a hotel in Kabul.
_EMBEDDING_WORD_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)\b(?! [A-Z])")
# Words that qualify or classify a place rather than name a longer one.
_NOT_EMBEDDING = frozenset(
    [
        # Institutions and sites named after their town ("Kabul University", "Quetta Press Club").
        "University",
        "Hotel",
        "Mosque",
        "Hospital",
        "College",
        "School",
        "Stadium",
        "Prison",
        "Jail",
        "Court",
        "Bank",
        "Museum",
        "Embassy",
        "Consulate",
        "Club",
        "Press",
        "Gate",
        "Bridge",
        "Camp",
        "Base",
        "Square",
        "Park",
        "Hall",
        "Centre",
        "Center",
        "Office",
        "Secretariat",
        "Shrine",
        "Temple",
        "Church",
        "River",
        "Upper",
        "Lower",
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Old",
        "New",
        "Greater",
        "District",
        "Division",
        "Agency",
        "Province",
        "Valley",
        "City",
        "Town",
        "Village",
        "Tehsil",
        "Area",
        "Region",
        "Cantonment",
        "Cantt",
        "Sector",
        "The",
        "In",
        "At",
        "Near",
        "On",
        "From",
        "And",
        "Of",
        "Police",
        "Station",
        "Road",
        "Bazaar",
        "Market",
        "Airport",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Pakistan",
        "Afghanistan",
        "India",
        "Iran",
        "China",
    ]
)


def _lies_within(place: Place, region: Place) -> bool:
    """Whether a place lies in a country or province: same country, and same province when one is given."""
    return place.country_code == region.country_code and (
        region.admin1 is None or place.admin1 == region.admin1
    )
