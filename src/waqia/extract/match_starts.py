"""Which rules of a lexicon can match a text, from the few letters each rule's matches can begin with."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType, ModuleType
from typing import Any, Generic, TypeVar

# The standard library's own parser of regular expressions: reading the parsed pattern is what makes the
# gate exact (it never skips a rule that could match). It is a private module, so an item this reader does
# not know ends the listed start there, which can only let more texts through, never fewer.
_PARSER: ModuleType = importlib.import_module("re._parser")
_CONSTANTS: ModuleType = importlib.import_module("re._constants")

START_LENGTH = 8
# Past this many partial starts a pattern is too open to be worth gating; it is always run.
_MAX_STARTS = 20_000
# A character class larger than this (a range such as [a-z]) opens too many starts.
_MAX_CLASS = 40
# Characters that Python's case-insensitive matching folds onto ASCII letters other than str.lower() does
# ("ı" and "İ" match "i", "ſ" matches "s"): a text holding one is read without the gate. Starts with other
# non-ASCII letters are not gated at all (their rule always runs).
_UNSAFE_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")

_WORD_CHARACTER = re.compile(r"\w")
_WORD_START = re.compile(r"\b\w")

RuleT = TypeVar("RuleT")


class _TooManyStartsError(Exception):
    """The pattern opens too many starts to be worth listing."""


class _UnlistedItemError(Exception):
    """An item whose characters are not listed (\\w, '.', a large class): the starts stop growing there."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchStarts:
    """The lower-cased starts of a pattern's matches: `full` of START_LENGTH characters, `short` when a whole
    match can be shorter than that."""

    full: frozenset[str]
    short: frozenset[str]
    # Whether every match begins a word (the pattern opens with \\b and every start with a word character).
    at_word_start: bool


def list_match_starts(pattern: re.Pattern[str], *, length: int = START_LENGTH) -> MatchStarts | None:
    """Every lower-cased string of `length` characters a match of `pattern` can begin with, and the shorter
    strings some matches begin with when what follows them cannot be listed (or the match ends there); None
    when a match can begin with anything. The list may allow more than can match, never less."""
    walk = _Walk(length=length)
    items = list(_PARSER.parse(pattern.pattern, pattern.flags))
    try:
        ended = walk.items(items, {""})
    except _TooManyStartsError:
        return None
    starts = walk.final | ended
    if "" in starts:
        return None
    full = frozenset(start for start in starts if len(start) == length)
    # Under re.ASCII "\\b" sees words differently from the Unicode word starts the gate looks up.
    opens_at_boundary = (
        bool(items) and items[0] == (_CONSTANTS.AT, _CONSTANTS.AT_BOUNDARY) and not pattern.flags & re.ASCII
    )
    return MatchStarts(
        full=full,
        short=frozenset(starts - full),
        at_word_start=opens_at_boundary and all(_WORD_CHARACTER.match(start) for start in starts),
    )


class _Walk:
    """Extends partial starts through a parsed pattern. A start is final once it has `length` characters or
    the next item's characters are not listed: every match through it begins with it, whatever follows."""

    def __init__(self, *, length: int) -> None:
        self.length = length
        self.final: set[str] = set()

    def items(self, items: Sequence[tuple[Any, Any]], starts: set[str]) -> set[str]:
        """The starts still growing after the items (those that became final are in `self.final`)."""
        growing = starts
        for op, argument in items:
            if not growing:
                break
            try:
                growing = self._item(op, argument, growing)
            except _UnlistedItemError:
                self.final |= growing
                return set()
            if len(growing) + len(self.final) > _MAX_STARTS:
                raise _TooManyStartsError
        return growing

    def _item(self, op: Any, argument: Any, starts: set[str]) -> set[str]:
        c = _CONSTANTS
        if op is c.LITERAL:
            return self._extend(starts, (chr(argument),))
        if op is c.IN:
            return self._extend(starts, _class_characters(argument))
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            # Anchors and look-arounds consume nothing; they only narrow what matches.
            return starts
        if op is c.SUBPATTERN:
            return self.items(list(argument[-1]), starts)
        if op is c.BRANCH:
            result: set[str] = set()
            for branch in argument[1]:
                result |= self.items(list(branch), starts)
            return result
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return self._repeat(argument, starts)
        raise _UnlistedItemError

    def _repeat(self, argument: tuple[int, int, Any], starts: set[str]) -> set[str]:
        minimum, maximum, body = argument
        result = set(starts) if minimum == 0 else set()
        current = starts
        # Each repetition that consumes a character brings a start closer to final, so `length` rounds
        # reach every start; one that consumes nothing leaves it as it was (already in the result).
        for count in range(1, min(maximum, self.length) + 1):
            current = self.items(list(body), current)
            if not current:
                break
            if count >= minimum or count == self.length:
                result |= current
        return result

    def _extend(self, starts: set[str], characters: Iterable[str]) -> set[str]:
        lowered = {character.lower() for character in characters}
        grown = {start + character for start in starts for character in lowered}
        done = {start for start in grown if len(start) >= self.length}
        self.final |= done
        return grown - done


def _class_characters(items: Sequence[tuple[Any, Any]]) -> set[str]:
    c = _CONSTANTS
    characters: set[str] = set()
    for op, argument in items:
        if op is c.LITERAL:
            characters.add(chr(argument))
        elif op is c.RANGE:
            low, high = argument
            if high - low > _MAX_CLASS:
                raise _UnlistedItemError
            characters.update(chr(code) for code in range(low, high + 1))
        else:
            # \w, \s, negated classes: too many characters to list.
            raise _UnlistedItemError
        if len(characters) > _MAX_CLASS:
            raise _UnlistedItemError
    return characters


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleGate(Generic[RuleT]):
    """Picks, for a text, the rules whose matches can begin somewhere in it, in the rules' own order.

    Rules whose starts cannot be listed are always picked; so is every rule for a text with one of the few
    characters that case-insensitive matching folds differently from str.lower()."""

    rules: tuple[RuleT, ...]
    # Every listed start of every rule, and the lengths they come in (the longest first).
    by_start: MappingProxyType[str, frozenset[int]]
    lengths: tuple[int, ...]
    always: frozenset[int]
    # Every rule's matches begin words, so only word starts need looking up.
    word_starts_only: bool

    def rules_for(self, text: str) -> tuple[RuleT, ...]:
        """The rules that may match somewhere in `text` (a superset of those that do)."""
        if _UNSAFE_FOLDS.search(text):
            return self.rules
        lowered = text.lower()
        picked = set(self.always)
        by_start = self.by_start
        for index in self._positions(lowered):
            for length in self.lengths:
                found = by_start.get(lowered[index : index + length])
                if found is not None:
                    picked |= found
        return tuple(self.rules[index] for index in sorted(picked))

    def may_match(self, text: str) -> bool:
        """Whether any rule may match in `text`: False only when none can."""
        if self.always or _UNSAFE_FOLDS.search(text):
            return True
        lowered = text.lower()
        by_start = self.by_start
        positions: Iterable[int] = (
            (match.start() for match in _WORD_START.finditer(lowered))
            if self.word_starts_only
            else range(len(lowered))
        )
        for index in positions:
            for length in self.lengths:
                if lowered[index : index + length] in by_start:
                    return True
        return False

    def _positions(self, lowered: str) -> Iterable[int]:
        if self.word_starts_only:
            return [match.start() for match in _WORD_START.finditer(lowered)]
        return range(len(lowered))


def build_rule_gate(
    rules: Sequence[RuleT], *, patterns: Sequence[re.Pattern[str]], length: int = START_LENGTH
) -> RuleGate[RuleT]:
    """A gate over `rules`, each matched by the pattern at the same index of `patterns`."""
    if len(rules) != len(patterns):
        raise ValueError(f"{len(rules)} rules but {len(patterns)} patterns: give one pattern per rule")
    by_start: dict[str, set[int]] = {}
    always: set[int] = set()
    word_starts_only = True
    for index, pattern in enumerate(patterns):
        starts = list_match_starts(pattern, length=length)
        if starts is None or not all(start.isascii() for start in starts.full | starts.short):
            always.add(index)
            continue
        word_starts_only = word_starts_only and starts.at_word_start
        for start in starts.full | starts.short:
            by_start.setdefault(start, set()).add(index)
    return RuleGate(
        rules=tuple(rules),
        by_start=MappingProxyType({start: frozenset(found) for start, found in by_start.items()}),
        lengths=tuple(sorted({len(start) for start in by_start}, reverse=True)),
        always=frozenset(always),
        word_starts_only=word_starts_only,
    )
