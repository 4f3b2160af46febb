"""Assigning a new mention to an existing event or to a new one; pure, the candidates are passed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from waqia.model import Actor, Event, Mention, hash_id
from waqia.resolve.similarity import MatchScore, score_pair

# Below this a compatible candidate is too thin a match: a date and a district (0.7), or a date, a
# province and the same place name (0.55), are the least that merges two reports.
MERGE_THRESHOLD = 0.55

# How far around a mention's date the store is asked for candidate events.
CANDIDATE_WINDOW = timedelta(days=3)


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """Where a mention goes: an existing event (with the score that justified it) or a new one."""

    event_id: str
    is_new: bool
    match: MatchScore | None


def same_actor(first: Actor | None, second: Actor | None) -> bool | None:
    """None when either is unknown; a faction and its parent count as the same side."""
    if first is None or second is None:
        return None
    names = {first.name, first.parent}, {second.name, second.parent}
    return first.name == second.name or first.name in names[1] or second.name in names[0]


def new_event_id(mention: Mention) -> str:
    """A stable id for an event first reported by `mention`."""
    return hash_id("event", mention.mention_id, prefix="e")


def assign_mention(
    mention: Mention,
    *,
    candidates: Sequence[Event],
    excluded_articles: dict[str, frozenset[str]] | None = None,
) -> Assignment:
    """Pick the best compatible candidate event of the same type, or open a new event.

    Args:
        mention: the report to place.
        candidates: events near the mention's date (the caller's blocking step).
        excluded_articles: article ids already in each candidate event; an article never reports the
            same event twice, so a candidate holding the mention's article is skipped.
    """
    best: tuple[float, Event, MatchScore] | None = None
    for event in candidates:
        if event.event_type is not mention.event_type:
            continue
        if excluded_articles and mention.article_id in excluded_articles.get(event.event_id, frozenset()):
            continue
        if mention.when is None or event.when is None or mention.place is None or event.place is None:
            continue
        match = score_pair(
            first_when=mention.when,
            second_when=event.when,
            first_place=mention.place,
            second_place=event.place,
            first_casualties=mention.casualties,
            second_casualties=event.casualties,
            same_perpetrator=same_actor(mention.perpetrator, event.perpetrator),
        )
        if not match.compatible or match.score < MERGE_THRESHOLD:
            continue
        bonus = 0.05 if event.sub_event_type is mention.sub_event_type else 0.0
        if best is None or match.score + bonus > best[0]:
            best = (match.score + bonus, event, match)
    if best is None:
        return Assignment(event_id=new_event_id(mention), is_new=True, match=None)
    return Assignment(event_id=best[1].event_id, is_new=False, match=best[2])
