"""Reading the extractor's mentions the way a one-incident reference row is labelled."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from waqia.model import EventType, EvidenceField, Mention, Role, SubEventType

VIOLENT_EVENT_TYPES = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS}
)


def is_political_violence(mention: Mention) -> bool:
    """Battles, explosions/remote violence, violence against civilians, or property destruction (arson by
    militants is a terrorist incident in SATP, GTD and Wikipedia alike)."""
    return (
        mention.event_type in VIOLENT_EVENT_TYPES
        or mention.sub_event_type is SubEventType.LOOTING_PROPERTY_DESTRUCTION
    )


def reports_violence(mentions: Sequence[Mention]) -> bool:
    """Whether the text reports political violence as its news: a main mention of it."""
    return any(mention.role is Role.MAIN and is_political_violence(mention) for mention in mentions)


def main_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    return [mention for mention in mentions if mention.role is Role.MAIN]


def choose_primary(
    mentions: Sequence[Mention], *, prefer: Callable[[Mention], bool] = is_political_violence
) -> Mention | None:
    """The mention a one-incident row is about: the first main mention `prefer` accepts, else the first
    main mention, else the first mention."""
    main = main_mentions(mentions)
    for mention in main:
        if prefer(mention):
            return mention
    if main:
        return main[0]
    return mentions[0] if mentions else None


def type_trigger(mention: Mention) -> str:
    """The lower-cased words that decided the mention's sub-type ("blew himself up"), or ""."""
    for evidence in mention.evidence:
        if evidence.field is EvidenceField.EVENT_TYPE:
            return evidence.text.lower()
    return ""
