"""Mentions built by hand for the attack-type tests: one event, its evidence a quoted part of the text."""

from __future__ import annotations

from waqia.model import Evidence, EvidenceField, Mention, Role, SubEventType


def event_mention(
    text: str, sub_type: SubEventType, *, role: Role = Role.MAIN, sentence: str = ""
) -> Mention:
    """A mention of `text` whose event evidence is `sentence` (the whole text when empty)."""
    quoted = sentence or text
    start = text.index(quoted)
    evidence = (
        Evidence(field=EvidenceField.EVENT, start=start, end=start + len(quoted), text=quoted, producer="t"),
    )
    return Mention(
        mention_id=f"m-{sub_type.name}-{start}",
        article_id="a",
        role=role,
        event_type=sub_type.event_type,
        sub_event_type=sub_type,
        evidence=evidence,
    )
