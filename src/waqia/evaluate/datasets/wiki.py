"""Wikipedia incidents adapter: type, dead, injured, perpetrator and location where a row gives them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from waqia.evaluate.attack_types import attack_type_of, attack_type_of_phrase, choose_attack_mention
from waqia.evaluate.datasets import CaseResults
from waqia.evaluate.figures import Figure, LabelTally, RateTally, make_label_figures
from waqia.evaluate.mentions import main_mentions
from waqia.evaluate.scoring import fold_text, place_key_of
from waqia.model import Actor, Article

NO_FIGURE_IS_ZERO = "Wikipedia convention: no figure given = 0"
ATTEMPTS_COUNT = "Wikipedia convention: an attempted attack counts (disrupted weapons use = bombing)"
NOTES = (
    "The three tables overlap; an incident (same details text) is read once. The date column is the "
    "publication date; footnote marks are removed from the text.",
    "Type: each type phrase of the row ('Shooting, arson') read as a GTD attack type by its words (mapping "
    "in waqia/evaluate/attack_types.py); right when the primary mention's GTD type is one of them.",
    "Dead: the victims' count ('3 (+1)' is 3 victims and 1 perpetrator); only exact numbers are gold "
    "('20+', 'Unknown' are left out).",
    "Perpetrator: rows whose perpetrator resolves in waqia's actor dictionary ('(suspected)' removed); the "
    "table often names a group the row's text does not, so a second row keeps the texts that name it.",
    "Location: 'Place, Country'; the place is right when it equals the location, admin1 or admin2 of the "
    "primary mention.",
)


class WikiCase(Protocol):
    @property
    def article(self) -> Article: ...

    @property
    def split_key(self) -> str: ...

    @property
    def types(self) -> tuple[str, ...]: ...

    @property
    def victims_killed(self) -> int | None: ...

    @property
    def injured(self) -> int | None: ...

    @property
    def place(self) -> str | None: ...

    @property
    def country(self) -> str | None: ...

    @property
    def perpetrator(self) -> str | None: ...


def measure_wiki(
    results: CaseResults[WikiCase],
    *,
    resolve_actor: Callable[[str], Actor | None],
    place_key: Callable[[str], str] = fold_text,
    groups_named: Callable[[str], frozenset[str]] = lambda text: frozenset(),
) -> tuple[Figure, ...]:
    """Type (strict and with attempts), dead and injured (strict and no figure = 0), perpetrator, location.

    `groups_named` gives the canonical names of the groups a text names; the table's perpetrator often
    comes from elsewhere than the row's text, so the perpetrator is also scored where the text names it.
    """
    type_right, type_attempts = RateTally(), RateTally()
    types = LabelTally()
    dead, dead_zero, injured, injured_zero = RateTally(), RateTally(), RateTally(), RateTally()
    perpetrator, perpetrator_named, country, place = RateTally(), RateTally(), RateTally(), RateTally()
    for case, mentions in results:
        text = case.article.text
        primary = choose_attack_mention(mentions, text)
        gold_types = {attack for phrase in case.types if (attack := attack_type_of_phrase(phrase))}
        if gold_types:
            type_right.add(primary is not None and attack_type_of(primary, text) in gold_types)
            type_attempts.add(
                primary is not None and attack_type_of(primary, text, attempted_attacks=True) in gold_types
            )
            types.add(
                gold=gold_types,
                predicted={a for m in main_mentions(mentions) if (a := attack_type_of(m, text)) is not None},
            )
        casualties = primary.casualties if primary else None
        if case.victims_killed is not None:
            predicted = casualties.killed_min if casualties else None
            dead.add(predicted == case.victims_killed)
            dead_zero.add((predicted or 0) == case.victims_killed)
        if case.injured is not None:
            predicted = casualties.injured_min if casualties else None
            injured.add(predicted == case.injured)
            injured_zero.add((predicted or 0) == case.injured)
        gold_actor = resolve_actor(case.perpetrator) if case.perpetrator else None
        if gold_actor is not None:
            acted = primary.perpetrator if primary else None
            resolved = resolve_actor(acted.name) if acted else None
            ok = resolved is not None and resolved.name == gold_actor.name
            perpetrator.add(ok)
            if gold_actor.name in groups_named(case.article.text):
                perpetrator_named.add(ok)
        located = primary.place if primary else None
        if case.country:
            country.add(located is not None and _country_key(located.country) == _country_key(case.country))
        if case.place:
            names = (located.name, located.admin1, located.admin2) if located else ()
            gold_place = place_key_of(case.place, place_key=place_key)
            place.add(gold_place in {place_key_of(name, place_key=place_key) for name in names if name})
    return (
        type_right.figure("type: primary mention's GTD type is a row type"),
        type_attempts.figure("type: primary mention's GTD type is a row type", convention=ATTEMPTS_COUNT),
        *make_label_figures("type (GTD types, multi-label)", types, labels=())[:2],
        dead.figure("dead (victims) exact"),
        dead_zero.figure("dead (victims) exact", convention=NO_FIGURE_IS_ZERO),
        injured.figure("injured exact"),
        injured_zero.figure("injured exact", convention=NO_FIGURE_IS_ZERO),
        perpetrator.figure("perpetrator (gold resolves to a known group)"),
        perpetrator_named.figure("perpetrator (gold resolves to a known group the text names)"),
        country.figure("country"),
        place.figure("place (location, admin1 or admin2)"),
    )


# The tables' location column names a constituent country or a territory where GeoNames, and so waqia,
# names the state or territory it belongs to.
_SAME_COUNTRY = {
    "northern ireland": "united kingdom",
    "england": "united kingdom",
    "scotland": "united kingdom",
    "wales": "united kingdom",
    "west bank": "palestinian territory",
    "gaza strip": "palestinian territory",
    "gaza": "palestinian territory",
    "burma": "myanmar",
    "republic of ireland": "ireland",
}


def _country_key(name: str | None) -> str:
    """ "Democratic Republic of the Congo" and "Democratic Republic of Congo" agree, and so do "Northern
    Ireland" and "United Kingdom"."""
    key = " ".join(word for word in fold_text(name or "").split() if word != "the")
    return _SAME_COUNTRY.get(key, key)
