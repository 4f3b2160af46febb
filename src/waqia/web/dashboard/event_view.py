"""The event page's content: each field with its evidence links, and each source text with evidence marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from waqia.model import Event, EvidenceField, Mention
from waqia.store.base import MentionRecord
from waqia.web.evidence import Highlight, highlight_text


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceLink:
    """A link from a field to the marked span in a source text."""

    anchor: str
    text: str
    source: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldRow:
    key: str
    label: str
    value: str
    evidence_field: str
    evidence: tuple[EvidenceLink, ...]
    edited: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceView:
    """One report of the event: its article, what it says, and its text with the evidence marked."""

    number: int
    record: MentionRecord
    source_name: str
    facts: tuple[tuple[str, str], ...]
    html: Markup


# Field rows of the page, the evidence field that supports each, and the EventChanges names that edit it.
FIELD_EVIDENCE: tuple[tuple[str, str, EvidenceField, tuple[str, ...]], ...] = (
    ("type", "Event type", EvidenceField.EVENT_TYPE, ("sub_event_type",)),
    ("date", "Date", EvidenceField.DATE, ("when",)),
    (
        "location",
        "Location",
        EvidenceField.LOCATION,
        ("place_name", "admin1", "admin2", "latitude", "longitude"),
    ),
    ("perpetrator", "Perpetrator", EvidenceField.PERPETRATOR, ("perpetrator",)),
    ("claim", "Claim", EvidenceField.CLAIM, ("claim_status",)),
    ("target", "Target", EvidenceField.TARGET, ("target",)),
    ("killed", "Killed", EvidenceField.KILLED, ("fatalities", "killed_min", "killed_max")),
    ("injured", "Injured", EvidenceField.INJURED, ("injured_min", "injured_max")),
    ("report", "Reported as", EvidenceField.EVENT, ()),
)
# Evidence longer than this is shortened in the field column (the full span is marked in the text).
LINK_TEXT_LIMIT = 80


def _range(low: int | None, high: int | None) -> str:
    if low is None:
        return "unknown"
    if high is None:
        return f"at least {low}"
    return str(low) if low == high else f"{low} to {high}"


def _field_values(event: Event) -> dict[str, str]:
    place, claim = event.place, event.claim
    location = "unknown"
    if place is not None:
        names = [place.name, place.admin2, place.admin1, place.country]
        location = ", ".join(dict.fromkeys(name for name in names if name))
        if place.latitude is not None and place.longitude is not None:
            location += f" ({place.latitude:.4f}, {place.longitude:.4f})"
        if place.geo_precision is not None:
            location += f"; precision {int(place.geo_precision)}"
    claim_text = claim.status.value.replace("_", " ")
    if claim.claimed_by:
        claim_text += f"; claimed by {', '.join(claim.claimed_by)}"
    if claim.denied_by:
        claim_text += f"; denied by {', '.join(claim.denied_by)}"
    killed = _range(event.casualties.killed_min, event.casualties.killed_max)
    if event.fatalities is not None:
        killed += f" (fatalities: {event.fatalities})"
    return {
        "type": f"{event.event_type.value}: {event.sub_event_type.value}",
        "date": f"{event.when.iso()} ({event.when.precision.value})" if event.when else "unknown",
        "location": location,
        "perpetrator": event.perpetrator.name if event.perpetrator else "unknown",
        "claim": claim_text,
        "target": event.target.value if event.target else "unknown",
        "killed": killed,
        "injured": _range(event.casualties.injured_min, event.casualties.injured_max),
        "report": f"{len(event.mention_ids)} report(s) from {len(event.sources)} source(s)",
    }


def _anchor(number: int, position: int) -> str:
    return f"ev-{number}-{position}"


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LINK_TEXT_LIMIT else text[: LINK_TEXT_LIMIT - 1] + "…"


def _source_name(record: MentionRecord) -> str:
    return record.article.source or record.article.title or record.article.article_id


def _mention_facts(mention: Mention) -> tuple[tuple[str, str], ...]:
    casualties = mention.casualties
    return (
        ("role", mention.role.value),
        ("type", mention.sub_event_type.value),
        ("date", mention.when.iso() if mention.when else "unknown"),
        ("place", mention.place.name if mention.place else "unknown"),
        ("perpetrator", mention.perpetrator.name if mention.perpetrator else "unknown"),
        ("claim", mention.claim.status.value.replace("_", " ")),
        ("killed", _range(casualties.killed_min, casualties.killed_max)),
        ("injured", _range(casualties.injured_min, casualties.injured_max)),
        ("extractor", f"{mention.extractor} (confidence {mention.confidence:.2f})"),
    )


def build_field_rows(event: Event, reports: Sequence[MentionRecord]) -> list[FieldRow]:
    """Every field of the event with links to the evidence each report gives for it."""
    values = _field_values(event)
    edited = set(event.edited_fields)
    rows = []
    for key, label, evidence_field, edit_names in FIELD_EVIDENCE:
        links = tuple(
            EvidenceLink(
                anchor=_anchor(number, position), text=_shorten(item.text), source=_source_name(record)
            )
            for number, record in enumerate(reports, start=1)
            for position, item in enumerate(record.mention.evidence)
            if item.field is evidence_field
        )
        rows.append(
            FieldRow(
                key=key,
                label=label,
                value=values[key],
                evidence_field=evidence_field.value,
                evidence=links,
                edited=bool(edited & set(edit_names)),
            )
        )
    return rows


def build_source_views(reports: Sequence[MentionRecord]) -> list[SourceView]:
    """Each report's article text, escaped, with its mention's evidence marked and anchored."""
    views = []
    for number, record in enumerate(reports, start=1):
        spans = [
            Highlight(
                start=item.start, end=item.end, field=item.field.value, anchor=_anchor(number, position)
            )
            for position, item in enumerate(record.mention.evidence)
        ]
        views.append(
            SourceView(
                number=number,
                record=record,
                source_name=_source_name(record),
                facts=_mention_facts(record.mention),
                html=highlight_text(record.article.text, spans),
            )
        )
    return views
