"""The rule gate lists where matches can begin and never skips a rule that matches."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waqia.extract.events import PREFILTER, TRIGGER_RULES
from waqia.extract.match_starts import RuleGate, build_rule_gate, list_match_starts


def _starts(pattern: str, *, length: int = 4, flags: int = re.IGNORECASE) -> tuple[set[str], set[str]]:
    starts = list_match_starts(re.compile(pattern, flags), length=length)
    assert starts is not None
    return set(starts.full), set(starts.short)


@pytest.mark.parametrize(
    ("pattern", "full", "short"),
    [
        (r"\bbomb", {"bomb"}, set()),
        (r"\bBlast(?:s|ed)?\b", {"blas"}, set()),
        (r"\b(?:raid|stormed)\b", {"raid", "stor"}, set()),
        (r"\bland ?mines?", {"land"}, set()),
        (r"\ba ?mine", {"a mi", "amin"}, set()),
        (r"\bgun(?:men|man)?\b", {"gunm"}, {"gun"}),
        (r"\b(?:IEDs?|mob)\b", {"ieds"}, {"ied", "mob"}),
        (r"\bkidnap\w*", {"kidn"}, set()),
        (r"\bk\w+ed", set(), {"k"}),
        (r"(?<!gas )\bshells?", {"shel"}, set()),
        (r"\bpolicem[ae]n", {"poli"}, set()),
        (r"\b(?:ab){2,}c", {"abab"}, set()),
        (r"\b(?-i:[A-C])x", set(), {"ax", "bx", "cx"}),
    ],
)
def test_lists_the_starts_of_every_alternative(pattern: str, full: set[str], short: set[str]) -> None:
    assert _starts(pattern) == (full, short)


@pytest.mark.parametrize("pattern", [r"\w+ attack", r"(?:\w+ ){0,2}fire", r"x?", r".bomb"])
def test_a_pattern_that_can_begin_anywhere_is_not_listed(pattern: str) -> None:
    assert list_match_starts(re.compile(pattern, re.IGNORECASE)) is None


_ALPHABET = "abdeimnorst IKSıſİ-"
_PATTERNS = (
    r"\b(?:bomb(?:s|ed)?|mines?)\b",
    r"\b(?:ris|sit|mist)\w*",
    r"\bt(?:ea|o)r(?:n|s)?\b",
    r"\b(?:an? )?(?:\w+ )?(?:no|on)",
    r"(?<!r)\bdim{1,3}\b",
    r"\bkiss?",
)


def _check_gate(sources: tuple[str, ...], text: str) -> RuleGate[str]:
    """The gate over `sources` picks every one that matches `text`, and may_match agrees with it."""
    patterns = [re.compile(pattern, re.IGNORECASE) for pattern in sources]
    gate = build_rule_gate(sources, patterns=patterns, length=3)
    picked = set(gate.rules_for(text))
    for source, pattern in zip(sources, patterns, strict=True):
        if pattern.search(text):
            assert source in picked, (source, text)
    assert gate.may_match(text) is bool(picked)
    return gate


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40))
def test_the_gate_keeps_every_rule_that_matches(text: str) -> None:
    _check_gate(_PATTERNS, text)


_WORD_ALPHABET = "abdeimnorst _1é-"
_WORD_PATTERNS = (
    r"\b(?:bomb(?:s|ed)?|mines?)\b",
    r"\b(?:ris|sit|mist)\w*",
    r"\bt(?:ea|o)r(?:n|s)?\b",
    r"\b(?:an? )?(?:no|on)",
    r"\b_?1st",
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_WORD_ALPHABET, max_size=40))
def test_the_gate_over_word_start_rules_keeps_every_rule_that_matches(text: str) -> None:
    assert _check_gate(_WORD_PATTERNS, text).word_starts_only


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bbomb", re.IGNORECASE, True),
        (r"(?<!gas )\bshell", re.IGNORECASE, False),
        (r"\b(?:-|x)bomb", 0, False),
        (r"\bbomb", re.ASCII, False),
    ],
)
def test_tells_whether_matches_begin_words(pattern: str, flags: int, expected: bool) -> None:
    starts = list_match_starts(re.compile(pattern, flags))
    assert starts is not None
    assert starts.at_word_start is expected


def test_the_gate_skips_rules_whose_starts_are_absent() -> None:
    patterns = [
        re.compile(pattern, re.IGNORECASE) for pattern in (r"\bbombing", r"\bprotest", r"\bcease-?fire")
    ]
    gate = build_rule_gate(("bombing", "protest", "ceasefire"), patterns=patterns)
    assert gate.rules_for("Thousands joined the PROTESTS in the capital.") == ("protest",)
    assert gate.rules_for("The budget passed on Tuesday.") == ()
    # Rules keep their order, whatever order their starts appear in.
    assert gate.rules_for("A ceasefire held after the bombing.") == ("bombing", "ceasefire")


def test_rules_and_patterns_must_pair() -> None:
    with pytest.raises(ValueError, match="one pattern per rule"):
        build_rule_gate(("a", "b"), patterns=[re.compile("a")])


def _fixture_sentences() -> list[str]:
    data = resources.files("waqia.data")
    texts: list[str] = []
    for folder, name in (
        ("demo", "articles.jsonl"),
        ("gold", "tricky_articles.jsonl"),
        ("dedup", "articles.jsonl"),
    ):
        lines = data.joinpath(folder).joinpath(name).read_text(encoding="utf-8").splitlines()
        texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return [sentence for text in texts for sentence in re.split(r"(?<=[.!?])\s+", text)]


def test_trigger_gate_keeps_every_trigger_rule_that_matches_the_team_articles() -> None:
    gate = build_rule_gate(TRIGGER_RULES, patterns=[rule.pattern for rule in TRIGGER_RULES])
    sentences = _fixture_sentences()
    assert len(sentences) > 500
    skipped = 0
    for sentence in sentences:
        picked = {id(rule) for rule in gate.rules_for(sentence)}
        for rule in TRIGGER_RULES:
            if id(rule) not in picked:
                skipped += 1
                assert rule.pattern.search(sentence) is None, (rule.sub_event_type, sentence)
    # The gate is worth having only if it skips most rules.
    assert skipped > len(sentences) * len(TRIGGER_RULES) * 0.7


def test_prefilter_gate_passes_every_team_sentence_the_prefilter_matches() -> None:
    gate = build_rule_gate((PREFILTER,), patterns=(PREFILTER,))
    sentences = _fixture_sentences()
    matched = [sentence for sentence in sentences if PREFILTER.search(sentence)]
    assert matched
    assert all(gate.may_match(sentence) for sentence in matched)
    assert not all(gate.may_match(sentence) for sentence in sentences)
