"""The actor dictionary: armed groups and state forces, their names, and where text mentions them."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz, process

from waqia.errors import ExtractionError
from waqia.model import Actor, ActorType

ACTORS_FILE = "actors.csv"
AMBIGUOUS_FILE = "actor_ambiguous_aliases.csv"
# DEPENDENCIES.md section 6: rapidfuzz ratio put every tested group alias at 90 or above.
FUZZY_THRESHOLD = 90.0
# Short names fuzz into each other (BLA/BRA, LeJ/LeT); they must match exactly.
FUZZY_MIN_LETTERS = 6
ENTITY_LABEL = "ORG"

_APOSTROPHES = "'’‘`´ʼ"
# normalise_name's segments: an apostrophe (with the "s" of a possessive), a run of letters and digits,
# or a run of anything else. A dot after an initial (U.S., D.I.) is dropped, every other run is a space.
_SEGMENT = re.compile(
    rf"(?P<apostrophe>[{_APOSTROPHES}](?:[sS](?![^\W_]))?)"
    rf"|(?P<word>[^\W_{_APOSTROPHES}]+)"
    rf"|(?P<other>(?:(?![{_APOSTROPHES}])[\W_])+)"
)
_LONE_I = re.compile(r"(?<![^ ])i(?![^ ])")
_FOLDED_TOKEN = re.compile(r"[^ ]+")
_REQUIRED_COLUMNS = (
    "actor_id",
    "canonical_name",
    "acled_name",
    "actor_type",
    "country_code",
    "parent",
    "aliases",
    "acronyms",
    "source",
    "note",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEntry:
    """One row of the actor dictionary."""

    actor_id: str
    actor: Actor
    acled_name: str | None
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    source: str
    note: str
    branch_in: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMatch:
    """A span of text naming an actor; start and end index the article text."""

    actor: Actor
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AmbiguousAlias:
    """A name shared by several actors and the actor it means when the text does not say."""

    alias: str
    actor_ids: tuple[str, ...]
    default_actor_id: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalisedText:
    """Text folded for alias matching, with each folded character's span in the original."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Candidate:
    start: int
    end: int
    actor_ids: tuple[str, ...]


def normalise_name(text: str) -> NormalisedText:
    """Fold text for alias matching: lower case, no accents, apostrophes and possessive 's dropped,
    every run of other non-alphanumeric characters one space, "ee" as "i" and a lone "i" as "e".

    The last two fold Urdu transliteration variants together: Tehreek/Tehrik, and the izafat
    particle of Tehrik-i-Taliban / Tehreek-e-Taliban.
    """
    folder = _Folder(text)
    chars, starts, ends = folder.chars, folder.starts, folder.ends
    for segment in _SEGMENT.finditer(text):
        start, end = segment.span()
        word = segment.group("word")
        if word is not None:
            lowered = word.lower()
            # The common case inline: an ASCII word that no "ee" rule touches is copied as it is.
            if (
                word.isascii()
                and "ee" not in lowered
                and not (lowered[0] == "e" and ends and ends[-1] == start)
            ):
                chars.extend(lowered)
                starts.extend(range(start, end))
                ends.extend(range(start + 1, end + 1))
            else:
                folder.add_chars(start, end)
        elif segment.group("other") is not None:
            run = segment.group("other")
            if run.isascii() and "." not in run:
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    starts.append(start)
                    ends.append(start + 1)
            else:
                folder.add_other(start, end)
    folded = _LONE_I.sub("e", "".join(chars))
    return NormalisedText(text=folded, starts=tuple(starts), ends=tuple(ends))


class _Folder:
    """The state of `normalise_name` over one text: folded characters and their spans in the original.

    Folding runs over segments (words, separators, apostrophes) rather than characters, so that an ASCII
    word is copied in one step: that is most of any text (issue #3: character by character, this was
    the largest single cost of extraction).
    """

    __slots__ = ("chars", "ends", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add_chars(self, start: int, end: int) -> None:
        for index in range(start, end):
            self.add_char(index)

    def add_other(self, start: int, end: int) -> None:
        for index in range(start, end):
            if self.text[index] == "." and _closes_initial(self.text, index):
                continue
            self.add_char(index)

    def add_separator(self, index: int) -> None:
        if self.chars and self.chars[-1] != " ":
            self.chars.append(" ")
            self.starts.append(index)
            self.ends.append(index + 1)

    def add_char(self, index: int) -> None:
        folded = _fold_char(self.text[index])
        if not folded:
            self.add_separator(index)
            return
        for piece in folded:
            if piece == "e" and self.chars and self.chars[-1] == "e" and self.ends[-1] == index:
                self.chars[-1] = "i"
                self.ends[-1] = index + 1
                continue
            self.chars.append(piece)
            self.starts.append(index)
            self.ends.append(index + 1)


def _closes_initial(text: str, index: int) -> bool:
    """True for the dot of a single-letter initial, as in U.S. or D.I."""
    before = text[index - 1] if index >= 1 else ""
    before_that = text[index - 2] if index >= 2 else ""
    return before.isalpha() and not before_that.isalpha()


def _fold_char(char: str) -> str:
    """The lower-case ASCII letters and digits a character folds to, or "" for a separator."""
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(part for part in decomposed if not unicodedata.combining(part))
    return "".join(part for part in kept.lower() if part.isalnum())


def normalise_key(name: str) -> str:
    """The folded form of a name, as aliases are looked up."""
    return normalise_name(name).text.strip()


# The countries whose military the news names by the country alone when it is accused of strikes.
_COUNTRY_CODES = {
    "Pakistan": "PK",
    "Iran": "IR",
    "India": "IN",
    "the United States": "US",
    "the US": "US",
    "America": "US",
}
# A state named by its country as the side accused of strikes from afar; ground attacks are left to the
# groups the text names.
_COUNTRY_NAMES = "|".join(name.replace(" ", r"\s+") for name in _COUNTRY_CODES)
_ACCUSED_STATE = re.compile(
    rf"\b(?:accus|blam)\w*\s+(?:neighbou?ring\s+)?(?P<country>{_COUNTRY_NAMES})\s+(?:of|for)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:air\s*strikes?|airstrikes?|drone\s+(?:strikes?|attacks?)|air\s+raids?|"
    r"aerial\s+(?:strikes?|bombardments?)|bombardments?|shelling|cross-border\s+(?:fire|firing|shelling|"
    r"strikes?))\b"
)


class ActorDictionary:
    """Actors by id, their aliases and acronyms; finds actor names in text and resolves free-text names.

    Build it with `load_actor_dictionary()` (or from entries in tests) and pass it to the stages that
    need it.
    """

    def __init__(self, entries: Sequence[ActorEntry], ambiguous: Sequence[AmbiguousAlias] = ()) -> None:
        self._entries: dict[str, ActorEntry] = {}
        for entry in entries:
            if entry.actor_id in self._entries:
                raise ExtractionError(
                    f"actor dictionary: actor_id {entry.actor_id!r} is listed twice",
                    hint=f"give every row of {ACTORS_FILE} its own actor_id",
                )
            self._entries[entry.actor_id] = entry
        self._by_name = {entry.actor.name: entry for entry in self._entries.values()}
        self._branches = {
            (entry.actor.parent, country): entry.actor
            for entry in self._entries.values()
            if entry.actor.parent
            for country in entry.branch_in
        }
        self._ids_by_alias = _index_names(
            (normalise_key(alias), entry.actor_id) for entry in entries for alias in entry.aliases
        )
        self._ids_by_acronym = _index_names(
            (acronym, entry.actor_id) for entry in entries for acronym in entry.acronyms
        )
        self._defaults = self._check_ambiguity(ambiguous)
        self._aliases_by_first_token = _index_by_first_token(self._ids_by_alias)
        self._acronyms_longest_first = tuple(sorted(self._ids_by_acronym, key=len, reverse=True))
        self._fuzzy_keys = tuple(
            key for key in self._ids_by_alias if sum(char.isalpha() for char in key) >= FUZZY_MIN_LETTERS
        )
        # A country's armed forces as a whole: the state force at the top of its tree that ACLED files as
        # its military.
        self._military_by_country = {
            entry.actor.country_code: entry.actor_id
            for entry in self._entries.values()
            if entry.actor.actor_type is ActorType.STATE_FORCES
            and not entry.actor.parent
            and (entry.acled_name or "").startswith("Military Forces of")
            and entry.actor.country_code
        }

    def _check_ambiguity(self, ambiguous: Sequence[AmbiguousAlias]) -> dict[str, str]:
        defaults: dict[str, str] = {}
        for item in ambiguous:
            for key in (normalise_key(item.alias), item.alias):
                defaults[key] = item.default_actor_id
            if item.default_actor_id not in item.actor_ids:
                raise ExtractionError(
                    f"actor dictionary: ambiguous alias {item.alias!r} defaults to "
                    f"{item.default_actor_id!r}, which is not one of its candidates",
                    hint=f"list the default among actor_ids in {AMBIGUOUS_FILE}",
                )
        for index in (self._ids_by_alias, self._ids_by_acronym):
            for key, actor_ids in index.items():
                unknown = [actor_id for actor_id in actor_ids if actor_id not in self._entries]
                if unknown:
                    raise ExtractionError(f"actor dictionary: name {key!r} points to unknown {unknown}")
                if len(actor_ids) > 1 and key not in defaults:
                    raise ExtractionError(
                        f"actor dictionary: name {key!r} is listed for {', '.join(actor_ids)}",
                        hint=f"keep one of them, or list the name in {AMBIGUOUS_FILE} with a default",
                    )
        return defaults

    @property
    def entries(self) -> tuple[ActorEntry, ...]:
        """Every row of the dictionary, in file order."""
        return tuple(self._entries.values())

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id.

        Raises:
            ExtractionError: no actor has this id.
        """
        entry = self._entries.get(actor_id)
        if entry is None:
            raise ExtractionError(
                f"actor dictionary: no actor with id {actor_id!r}",
                hint=f"use an actor_id listed in src/waqia/data/{ACTORS_FILE}",
            )
        return entry.actor

    def entry_of(self, actor: Actor) -> ActorEntry | None:
        """The dictionary row of an actor, by canonical name; None for an actor from elsewhere."""
        return self._by_name.get(actor.name)

    def parent_of(self, actor: Actor) -> Actor | None:
        """The group or force this actor is a faction, unit or affiliate of."""
        if actor.parent is None:
            return None
        entry = self._by_name.get(actor.parent)
        return entry.actor if entry else None

    def choose_branch(self, actor: Actor, *, country_code: str | None) -> Actor:
        """The branch a group's own name means where the event took place, else the actor itself.

        Reports of an attack in Pakistan or Afghanistan say "Islamic State" or "IS" for its Khorasan
        Province (actors.csv, column branch_in); the country comes from the event's place, which the
        sentence naming the group rarely gives.
        """
        if country_code is None:
            return actor
        return self._branches.get((actor.name, country_code.upper()), actor)

    def lineage_of(self, actor: Actor) -> tuple[Actor, ...]:
        """The actor, its parent, its parent's parent and so on."""
        chain = [actor]
        parent = self.parent_of(actor)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self.parent_of(parent)
        return tuple(chain)

    def find_actors(self, text: str, *, offset: int = 0) -> tuple[ActorMatch, ...]:
        """Every actor named in text, in text order.

        Where names overlap the longest wins ("Jamaat-ul-Ahrar" over "Ahrar", "ISKP" over "IS").
        Aliases match case-insensitively with hyphens, spaces and apostrophes interchangeable;
        acronyms match case-sensitively on word boundaries. A name shared by several actors resolves
        to the candidate the text also names unambiguously, else to its default.

        Args:
            text: the article text or a part of it.
            offset: where `text` starts in the article; returned offsets are absolute.
        """
        candidates = [
            *self._alias_candidates(text),
            *self._acronym_candidates(text),
            *self._accused_state_candidates(text),
        ]
        chosen: list[_Candidate] = []
        for candidate in sorted(candidates, key=lambda item: (item.start - item.end, item.start)):
            if all(candidate.end <= kept.start or candidate.start >= kept.end for kept in chosen):
                chosen.append(candidate)
        chosen.sort(key=lambda item: item.start)
        named = {item.actor_ids[0] for item in chosen if len(item.actor_ids) == 1}
        matches = []
        for item in chosen:
            surface = text[item.start : item.end]
            actor_id = self._pick(item.actor_ids, surface, named)
            matches.append(
                ActorMatch(
                    actor=self._entries[actor_id].actor,
                    start=offset + item.start,
                    end=offset + item.end,
                    text=surface,
                )
            )
        return tuple(matches)

    def _pick(self, actor_ids: tuple[str, ...], surface: str, named: set[str]) -> str:
        if len(actor_ids) == 1:
            return actor_ids[0]
        named_here = [actor_id for actor_id in actor_ids if actor_id in named]
        if len(named_here) == 1:
            return named_here[0]
        return self._default_for(surface)

    def _default_for(self, surface: str) -> str:
        default = self._defaults.get(surface) or self._defaults.get(normalise_key(surface))
        if default is None:
            raise ExtractionError(f"actor dictionary: no default actor for the shared name {surface!r}")
        return default

    def _alias_candidates(self, text: str) -> list[_Candidate]:
        folded = normalise_name(text)
        tokens = _token_spans(folded.text)
        words = [folded.text[start:end] for start, end in tokens]
        found = []
        for position, word in enumerate(words):
            for alias_words, actor_ids in self._aliases_by_first_token.get(word, ()):
                size = len(alias_words)
                last: int | None
                if words[position : position + size] == list(alias_words):
                    last = position + size
                elif size > 2 and words[position + 1 : position + 2] == [alias_words[1]]:
                    last = _match_with_initials(words, position, alias_words)
                else:
                    last = None
                if last is not None:
                    found.append(
                        _Candidate(
                            start=folded.starts[tokens[position][0]],
                            end=folded.ends[tokens[last - 1][1] - 1],
                            actor_ids=actor_ids,
                        )
                    )
        return found

    def _accused_state_candidates(self, text: str) -> list[_Candidate]:
        """A country accused of strikes stands for its military: "accused Pakistan of carrying out air
        strikes", "blamed Iran for the shelling"."""
        found = []
        for match in _ACCUSED_STATE.finditer(text):
            actor_id = self._military_by_country.get(_COUNTRY_CODES[" ".join(match.group("country").split())])
            if actor_id is not None:
                found.append(
                    _Candidate(start=match.start("country"), end=match.end("country"), actor_ids=(actor_id,))
                )
        return found

    def _acronym_candidates(self, text: str) -> list[_Candidate]:
        found = []
        for acronym in self._acronyms_longest_first:
            start = text.find(acronym)
            while start != -1:
                end = start + len(acronym)
                if _stands_alone(text, start, end) and not _in_capitals(text, start, end):
                    found.append(_Candidate(start=start, end=end, actor_ids=self._ids_by_acronym[acronym]))
                start = text.find(acronym, start + 1)
        return found

    def resolve_name(self, name: str) -> Actor | None:
        """The actor a free-text name means: an exact alias or acronym, then a fuzzy alias match.

        "Tehrik-i-Taliban Pakistan (TTP)" resolves through either part. Fuzzy matching (rapidfuzz
        ratio >= 90) only compares names of six letters or more.
        """
        stripped = name.strip()
        if not stripped:
            return None
        exact = self._resolve_exact(stripped)
        if exact is not None:
            return exact
        if stripped.endswith(")") and "(" in stripped:
            outer, _, inner = stripped[:-1].partition("(")
            for part in (outer.strip(), inner.strip()):
                found = self._resolve_exact(part) if part else None
                if found is not None:
                    return found
        key = normalise_key(stripped)
        if sum(char.isalpha() for char in key) < FUZZY_MIN_LETTERS:
            return None
        best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        return self._actor_for_key(best[0], self._ids_by_alias[best[0]])

    def _resolve_exact(self, name: str) -> Actor | None:
        if name in self._ids_by_acronym:
            return self._actor_for_key(name, self._ids_by_acronym[name])
        key = normalise_key(name)
        if key in self._ids_by_alias:
            return self._actor_for_key(key, self._ids_by_alias[key])
        return None

    def _actor_for_key(self, key: str, actor_ids: tuple[str, ...]) -> Actor:
        actor_id = actor_ids[0] if len(actor_ids) == 1 else self._default_for(key)
        return self._entries[actor_id].actor

    def entity_patterns(self) -> tuple[tuple[str, str], ...]:
        """(label, phrase) pairs for a spaCy EntityRuler: every alias and acronym, labelled ORG.

        Hyphenated aliases come twice, as written and with spaces, because spaCy splits hyphens
        into tokens of their own.
        """
        phrases: set[str] = set()
        for entry in self._entries.values():
            phrases.update(entry.acronyms)
            for alias in entry.aliases:
                phrases.add(alias)
                phrases.add(" ".join(alias.replace("-", " ").split()))
        return tuple((ENTITY_LABEL, phrase) for phrase in sorted(phrases))


def _index_names(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for key, actor_id in pairs:
        if not key:
            continue
        ids = index.setdefault(key, [])
        if actor_id not in ids:
            ids.append(actor_id)
    return {key: tuple(ids) for key, ids in index.items()}


def _index_by_first_token(
    ids_by_alias: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for key, actor_ids in ids_by_alias.items():
        words = tuple(key.split())
        grouped.setdefault(words[0], []).append((words, actor_ids))
    return {
        first: tuple(sorted(items, key=lambda item: len(item[0]), reverse=True))
        for first, items in grouped.items()
    }


def _match_with_initials(words: list[str], position: int, alias_words: tuple[str, ...]) -> int | None:
    """The end of an alias written with the initials of its first words inside it, as the press writes
    "Frontier Corps (FC) Balochistan" or "Counter Terrorism Department (CTD) Punjab"; else None."""
    for split in range(2, len(alias_words)):
        inserted = position + split
        if inserted >= len(words) or len(words[inserted]) != split:
            continue
        initials = "".join(word[0] for word in alias_words[:split])
        if (
            words[inserted] == initials
            and words[position:inserted] == list(alias_words[:split])
            and words[inserted + 1 : inserted + 1 + len(alias_words) - split] == list(alias_words[split:])
        ):
            return position + len(alias_words) + 1
    return None


def _token_spans(folded: str) -> list[tuple[int, int]]:
    return [match.span() for match in _FOLDED_TOKEN.finditer(folded)]


def _stands_alone(text: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not text[start - 1].isalnum()
    after_ok = end == len(text) or not text[end].isalnum()
    return before_ok and after_ok


def _in_capitals(text: str, start: int, end: int) -> bool:
    """True inside an all-capitals run such as a shouted headline, where acronyms are just words."""
    before = text[max(0, start - 40) : start].split()
    after = text[end : end + 40].split()
    if not before or not after:
        return False
    return _is_capital_word(before[-1]) and _is_capital_word(after[0])


def _is_capital_word(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def load_actor_dictionary() -> ActorDictionary:
    """Build the actor dictionary from the package data files actors.csv and actor_ambiguous_aliases.csv.

    Raises:
        ExtractionError: a data file is missing or malformed.
    """
    entries = tuple(read_actor_entries(_read_data_file(ACTORS_FILE)))
    ambiguous = tuple(read_ambiguous_aliases(_read_data_file(AMBIGUOUS_FILE)))
    return ActorDictionary(entries, ambiguous)


def _read_data_file(name: str) -> str:
    try:
        return resources.files("waqia").joinpath("data", name).read_text(encoding="utf-8")
    except OSError as e:
        raise ExtractionError(
            f"actor dictionary: cannot read package data file {name}",
            hint="reinstall waqia; the file ships in src/waqia/data",
        ) from e


def _data_rows(content: str) -> list[dict[str, str]]:
    lines = [line for line in content.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def read_actor_entries(content: str) -> Iterable[ActorEntry]:
    """Parse the text of actors.csv (comment lines start with "#").

    Raises:
        ExtractionError: a column is missing, an actor_type is not an ActorType value or a parent
            is not an actor_id of the file.
    """
    rows = _data_rows(content)
    if rows and (missing := [column for column in _REQUIRED_COLUMNS if column not in rows[0]]):
        raise ExtractionError(
            f"{ACTORS_FILE}: missing columns {missing}", hint="see the header comment of the file"
        )
    names = {row["actor_id"]: row["canonical_name"].strip() for row in rows}
    for line_number, row in enumerate(rows, start=1):
        actor_id = row["actor_id"].strip()
        try:
            actor_type = ActorType(row["actor_type"].strip())
        except ValueError as e:
            raise ExtractionError(
                f"{ACTORS_FILE}: row {line_number} ({actor_id}) has actor_type {row['actor_type']!r}",
                hint="use one of " + ", ".join(item.value for item in ActorType),
            ) from e
        parent_id = row["parent"].strip()
        if parent_id and parent_id not in names:
            raise ExtractionError(
                f"{ACTORS_FILE}: row {line_number} ({actor_id}) has unknown parent {parent_id!r}",
                hint="the parent column takes the actor_id of another row",
            )
        yield ActorEntry(
            actor_id=actor_id,
            actor=Actor(
                name=row["canonical_name"].strip(),
                actor_type=actor_type,
                parent=names[parent_id] if parent_id else None,
                country_code=row["country_code"].strip() or None,
            ),
            acled_name=row["acled_name"].strip() or None,
            aliases=_split_names(row["aliases"]),
            acronyms=_split_names(row["acronyms"]),
            source=row["source"].strip(),
            note=row["note"].strip(),
            branch_in=tuple(code.upper() for code in _split_names(row.get("branch_in"))),
        )


def read_ambiguous_aliases(content: str) -> Iterable[AmbiguousAlias]:
    """Parse the text of actor_ambiguous_aliases.csv (comment lines start with "#")."""
    for row in _data_rows(content):
        yield AmbiguousAlias(
            alias=row["alias"].strip(),
            actor_ids=_split_names(row["actor_ids"]),
            default_actor_id=row["default_actor_id"].strip(),
            note=row["note"].strip(),
        )


def _split_names(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())
