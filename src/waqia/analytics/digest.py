"""The daily or weekly digest: totals and their change, the most serious events, claims and talks."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import quote

from waqia.analytics.definitions import CountingDefinition
from waqia.analytics.periods import Granularity, Period, period_containing, previous_period
from waqia.analytics.sources import SourceLink, source_links
from waqia.analytics.stats import Measure, Tally, compute_stats, measure_change, tally_event
from waqia.analytics.stats_formats import format_change
from waqia.errors import ConfigError
from waqia.model import Event, SubEventType

DIGEST_PERIODS = (Granularity.DAY, Granularity.WEEK)
DEFAULT_TOP = 10
NO_SOURCE = "no source recorded"


class DigestFormat(StrEnum):
    MD = "md"
    HTML = "html"
    TEXT = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestItem:
    """One digest line: generated from the event record, with the links to its sources."""

    event: Event
    line: str
    links: tuple[SourceLink, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Digest:
    """What a digest says; the renderers only lay it out.

    `current` and `previous` are the `waqia stats` figures of the period and the one before under
    the definition. Claims and agreements cover every event, whatever the definition, because a
    claim or a ceasefire matters whichever attacks one counts: agreements dated in the period, and
    claims or denials published in it (see `has_claim_news`).
    """

    definition: CountingDefinition
    period: Period
    previous_period: Period
    current: Tally
    previous: Tally
    serious: tuple[DigestItem, ...]
    claims: tuple[DigestItem, ...]
    agreements: tuple[DigestItem, ...]
    source_label: str

    @property
    def subject(self) -> str:
        """A mail subject line."""
        return (
            f"waqia digest, {describe_period(self.period)}: {self.current.events} events, "
            f"{self.current.killed} killed ({self.definition.name})"
        )


def describe_period(period: Period) -> str:
    """'2025-09-16' for a day, 'week 2025-W38 (2025-09-15 to 2025-09-21)' for a week."""
    if period.granularity is Granularity.DAY:
        return period.start.isoformat()
    days = f"{period.start.isoformat()} to {period.end.isoformat()}"
    return f"{period.granularity.value} {period.label} ({days})"


def describe_place(event: Event) -> str:
    """'Khar, Khyber Pakhtunkhwa, Pakistan', without repeated names; 'place unknown' when absent."""
    place = event.place
    if place is None:
        return "place unknown"
    parts: list[str] = []
    for part in (place.name, place.admin2, place.admin1, place.country or place.country_code):
        if part and part.casefold() not in (seen.casefold() for seen in parts):
            parts.append(part)
    return ", ".join(parts)


def describe_toll(event: Event) -> str:
    """'51 killed, 27 injured' from the same figures `waqia stats` adds up; 'no toll reported'."""
    tally = tally_event(event)
    if event.fatalities is None and event.casualties.injured_min is None:
        return "no toll reported"
    parts = [f"{tally.killed} killed"]
    if event.casualties.injured_min is not None:
        parts.append(f"{tally.injured} injured")
    return ", ".join(parts)


def describe_event_line(event: Event) -> str:
    """One line generated from the record: date, type, place, perpetrator, killed and injured."""
    when = event.when.iso() if event.when else "date unknown"
    who = f"by {event.perpetrator.name}" if event.perpetrator else "perpetrator unknown"
    return f"{when} · {event.sub_event_type.value} · {describe_place(event)} · {who} · {describe_toll(event)}"


def describe_claim_line(event: Event) -> str:
    """'Jamaat-ul-Ahrar claimed it; Tehreek-e-Taliban Pakistan denied it: <event line>'."""
    phrases = []
    if event.claim.claimed_by:
        phrases.append(f"{' and '.join(event.claim.claimed_by)} claimed it")
    if event.claim.denied_by:
        phrases.append(f"{' and '.join(event.claim.denied_by)} denied it")
    return f"{'; '.join(phrases)}: {describe_event_line(event)}"


def has_claim_news(event: Event, period: Period) -> bool:
    """True when a report published in the period claims or denies the event, or, for reports without
    a publication date, when the event itself falls in the period and has a claim or a denial."""
    for figure in event.reported:
        published = figure.published_at
        if (
            published
            and period.contains(published.date())
            and (figure.claim.claimed_by or figure.claim.denied_by)
        ):
            return True
    dated_in_period = event.when is not None and period.contains(event.when.earliest)
    return dated_in_period and bool(event.claim.claimed_by or event.claim.denied_by)


def _seriousness(event: Event) -> tuple[int, int, int, str]:
    tally = tally_event(event)
    return (-tally.killed, -len(event.sources or event.source_urls), -tally.injured, event.event_id)


def build_digest(
    events: Iterable[Event],
    *,
    definition: CountingDefinition,
    granularity: Granularity,
    day: date,
    top: int = DEFAULT_TOP,
    source_label: str = "",
) -> Digest:
    """The digest of the day or ISO week holding `day`.

    Pass the events from `stats_fetch_window(day, day, granularity)` so the previous period's
    figures are complete.

    Raises:
        ConfigError: the granularity is not a day or a week, or `top` is below 1.
    """
    if granularity not in DIGEST_PERIODS:
        raise ConfigError(
            f"a digest covers a day or a week, not a {granularity.value}", hint="use --period day or week"
        )
    if top < 1:
        raise ConfigError(f"--top {top} is not a positive number", hint="give --top 1 or more")
    period = period_containing(day, granularity)
    collected = list(events)
    stats = compute_stats(collected, definition=definition, granularity=granularity, since=day, until=day)
    row = stats.rows[0]
    in_period = [event for event in collected if event.when and period.contains(event.when.earliest)]
    serious = sorted((event for event in in_period if definition.counts(event)), key=_seriousness)[:top]
    claimed = [event for event in collected if has_claim_news(event, period)]
    agreements = [event for event in in_period if event.sub_event_type is SubEventType.AGREEMENT]
    return Digest(
        definition=definition,
        period=period,
        previous_period=previous_period(period),
        current=row.counts,
        previous=row.previous,
        serious=tuple(_item(event, describe_event_line(event)) for event in serious),
        claims=tuple(_item(event, describe_claim_line(event)) for event in sorted(claimed, key=_seriousness)),
        agreements=tuple(_item(event, describe_event_line(event)) for event in agreements),
        source_label=source_label,
    )


def _item(event: Event, line: str) -> DigestItem:
    return DigestItem(event=event, line=line, links=source_links(event))


def render_digest(digest: Digest, digest_format: DigestFormat) -> str:
    """The digest as Markdown, HTML or plain text."""
    if digest_format is DigestFormat.HTML:
        return _render_html(digest)
    if digest_format is DigestFormat.MD:
        return _render_markdown(digest)
    return _render_text(digest)


@dataclass(frozen=True, slots=True, kw_only=True)
class _TotalLine:
    label: str
    current: int
    previous: int
    change: str


def _total_lines(digest: Digest) -> list[_TotalLine]:
    lines = []
    for measure in Measure:
        current, previous = digest.current.value(measure), digest.previous.value(measure)
        change = format_change(measure_change(current, previous))
        label = measure.value.capitalize()
        lines.append(_TotalLine(label=label, current=current, previous=previous, change=change))
    return lines


SECTIONS = (
    ("serious", "Most serious events"),
    ("claims", "Claims and denials"),
    ("agreements", "Talks, agreements and ceasefires"),
)
EMPTY_SECTION = "None in this period."


def _section_items(digest: Digest, key: str) -> tuple[DigestItem, ...]:
    items: tuple[DigestItem, ...] = getattr(digest, key)
    return items


def _title(digest: Digest) -> str:
    return f"waqia digest: {describe_period(digest.period)}"


def _footer(digest: Digest) -> str:
    source = f" from {digest.source_label}" if digest.source_label else ""
    return (
        f"Generated by waqia{source}. Totals and the most serious events count "
        f"“{digest.definition.name}”; claims, denials and talks cover every event, whatever the "
        "definition. Each line "
        "is written from the event record, not copied from the reports."
    )


def _render_text(digest: Digest) -> str:
    out = [_title(digest), "=" * len(_title(digest)), ""]
    out.append(f"Counting definition: {digest.definition.name}: {digest.definition.description}")
    out.append("")
    out.append(f"Totals (change from {describe_period(digest.previous_period)})")
    out.extend(
        f"  {line.label}: {line.current} (previous {line.previous}, change {line.change})"
        for line in _total_lines(digest)
    )
    for key, heading in SECTIONS:
        out += ["", heading, "-" * len(heading)]
        items = _section_items(digest, key)
        if not items:
            out.append(EMPTY_SECTION)
        for item in items:
            out.append(f"- {item.line}")
            sources = [f"{link.label} <{link.url}>" if link.url else link.label for link in item.links]
            out.append(f"  Sources: {'; '.join(sources) or NO_SOURCE}")
    out += ["", _footer(digest), ""]
    return "\n".join(out)


# Enough to keep article-derived text inert: no emphasis, code, links, raw HTML, entities or table cells.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def _markdown_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _markdown_url(url: str) -> str:
    # Encode what could end the link target or start markup; the URL was already checked to be http(s).
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]")


def _markdown_links(links: tuple[SourceLink, ...]) -> str:
    parts = [
        f"[{_markdown_text(link.label)}]({_markdown_url(link.url)})"
        if link.url
        else _markdown_text(link.label)
        for link in links
    ]
    return ", ".join(parts) or NO_SOURCE


def _render_markdown(digest: Digest) -> str:
    out = [f"# {_markdown_text(_title(digest))}", ""]
    out.append(
        f"Counting definition **{_markdown_text(digest.definition.name)}**: "
        f"{_markdown_text(digest.definition.description)}"
    )
    out += ["", "## Totals", ""]
    out.append(f"| | {_markdown_text(digest.period.label)} | previous | change |")
    out.append("|---|---:|---:|---:|")
    out.extend(
        f"| {line.label} | {line.current} | {line.previous} | {line.change} |"
        for line in _total_lines(digest)
    )
    out.append("")
    out.append(f"Previous period: {_markdown_text(describe_period(digest.previous_period))}.")
    for key, heading in SECTIONS:
        out += ["", f"## {heading}", ""]
        items = _section_items(digest, key)
        if not items:
            out.append(EMPTY_SECTION)
        out.extend(f"- {_markdown_text(item.line)}. Sources: {_markdown_links(item.links)}" for item in items)
    out += ["", f"*{_markdown_text(_footer(digest))}*", ""]
    return "\n".join(out)


def _html_links(links: tuple[SourceLink, ...]) -> str:
    parts = [
        f'<a href="{html.escape(link.url, quote=True)}" rel="noopener noreferrer">'
        f"{html.escape(link.label)}</a>"
        if link.url
        else html.escape(link.label)
        for link in links
    ]
    return ", ".join(parts) or NO_SOURCE


def _render_html(digest: Digest) -> str:
    title = html.escape(_title(digest))
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{title}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:48em;margin:1em auto;padding:0 1em;"
        "line-height:1.45;color:#222}table{border-collapse:collapse}td,th{padding:.2em .8em;"
        "border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}"
        ".definition{background:#f4f4f4;padding:.5em .8em}.sources{color:#555}</style>",
        "</head><body>",
        f"<h1>{title}</h1>",
        f'<p class="definition">Counting definition <strong>{html.escape(digest.definition.name)}</strong>: '
        f"{html.escape(digest.definition.description)}</p>",
        "<h2>Totals</h2>",
        f"<table><tr><th></th><th>{html.escape(digest.period.label)}</th><th>previous</th><th>change</th></tr>",
    ]
    out.extend(
        f"<tr><td>{line.label}</td><td>{line.current}</td><td>{line.previous}</td>"
        f"<td>{html.escape(line.change)}</td></tr>"
        for line in _total_lines(digest)
    )
    out.append("</table>")
    out.append(f"<p>Previous period: {html.escape(describe_period(digest.previous_period))}.</p>")
    for key, heading in SECTIONS:
        out.append(f"<h2>{html.escape(heading)}</h2>")
        items = _section_items(digest, key)
        if not items:
            out.append(f"<p>{EMPTY_SECTION}</p>")
            continue
        out.append("<ul>")
        out.extend(
            f"<li>{html.escape(item.line)}. "
            f'<span class="sources">Sources: {_html_links(item.links)}</span></li>'
            for item in items
        )
        out.append("</ul>")
    out.append(f"<p><em>{html.escape(_footer(digest))}</em></p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
