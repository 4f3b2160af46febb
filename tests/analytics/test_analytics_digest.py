"""The digest: its numbers are `waqia stats` numbers, its lines are generated, every line cites sources."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime

import pytest

from waqia.analytics.definitions import CountingDefinition, build_catalog, load_builtin_definitions
from waqia.analytics.digest import Digest, DigestFormat, build_digest, describe_event_line, render_digest
from waqia.analytics.periods import Granularity
from waqia.analytics.stats import Measure, compute_stats, stats_fetch_window
from waqia.analytics.stats_formats import format_change
from waqia.errors import ConfigError
from waqia.model import Claim, ClaimStatus, Event, SourceFigure, SubEventType, Target

from .builders import ARMY, BLA, KABUL, QUETTA, TTP, build_event

CATALOG = build_catalog(load_builtin_definitions())
G = Granularity

EVENTS: list[Event] = [
    build_event(
        "2025-09-15",
        killed=12,
        injured=27,
        perpetrator=TTP,
        sources=("Dawn", "Geo"),
        source_urls=("https://dawn.example/a", "https://geo.example/b"),
        claimed_by=("Tehreek-e-Taliban Pakistan",),
        denied_by=("Jamaat-ul-Ahrar",),
    ),
    build_event(
        "2025-09-16", SubEventType.ATTACK, killed=3, place=QUETTA, perpetrator=BLA, sources=("Outlet C",)
    ),
    build_event("2025-09-16", SubEventType.ARMED_CLASH, killed=8, perpetrator=ARMY, target=Target.MILITANTS),
    build_event("2025-09-17", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=3, injured=4, place=KABUL),
    build_event("2025-09-18", SubEventType.AGREEMENT, sources=("Radio Pakistan",)),
    build_event("2025-09-09", killed=5, injured=1, perpetrator=TTP),
    build_event("2025-09-10", SubEventType.ATTACK, killed=1),
    build_event("2024-09-17", killed=2),
    build_event("2025-09-21", SubEventType.PEACEFUL_PROTEST, sources=("Outlet D",)),
]
CASES = [
    (name, granularity, day)
    for name in ("terrorist-attacks", "all-political-violence", "all")
    for granularity, day in (
        (G.WEEK, date(2025, 9, 17)),
        (G.DAY, date(2025, 9, 16)),
        (G.DAY, date(2025, 9, 20)),
    )
]
TOTAL_PATTERNS = {
    DigestFormat.TEXT: re.compile(
        r"^  (Events|Killed|Injured): (\d+) \(previous (\d+), change (.+)\)$", re.M
    ),
    DigestFormat.MD: re.compile(r"^\| (Events|Killed|Injured) \| (\d+) \| (\d+) \| (.+) \|$", re.M),
    DigestFormat.HTML: re.compile(
        r"^<tr><td>(Events|Killed|Injured)</td><td>(\d+)</td><td>(\d+)</td><td>(.+)</td></tr>$", re.M
    ),
}


def _digest(name: str, granularity: Granularity, day: date, **options: object) -> Digest:
    return build_digest(EVENTS, definition=CATALOG.get(name), granularity=granularity, day=day, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("digest_format", list(DigestFormat))
@pytest.mark.parametrize(("name", "granularity", "day"), CASES)
def test_totals_read_back_from_the_digest_equal_waqia_stats(
    digest_format: DigestFormat, name: str, granularity: Granularity, day: date
) -> None:
    text = render_digest(_digest(name, granularity, day), digest_format)
    if digest_format is DigestFormat.HTML:
        text = html.unescape(text)
    found = {
        label.lower(): (int(now), int(before), change)
        for label, now, before, change in TOTAL_PATTERNS[digest_format].findall(text)
    }
    report = compute_stats(
        EVENTS, definition=CATALOG.get(name), granularity=granularity, since=day, until=day
    )
    (row,) = report.rows
    assert set(found) == {measure.value for measure in Measure}
    for measure in Measure:
        now, before, change = found[measure.value]
        assert now == row.counts.value(measure)
        assert before == row.previous.value(measure)
        assert change == format_change(row.change_from_previous(measure))


@pytest.mark.parametrize(("name", "granularity", "day"), CASES)
def test_event_lines_carry_the_stats_figures(name: str, granularity: Granularity, day: date) -> None:
    digest = _digest(name, granularity, day, top=50)
    killed = sum(int(match) for item in digest.serious for match in re.findall(r"(\d+) killed", item.line))
    injured = sum(int(match) for item in digest.serious for match in re.findall(r"(\d+) injured", item.line))
    report = compute_stats(
        EVENTS, definition=CATALOG.get(name), granularity=granularity, since=day, until=day
    )
    assert len(digest.serious) == report.rows[0].counts.events
    assert killed == report.rows[0].counts.killed
    assert injured == report.rows[0].counts.injured


def test_the_most_serious_events_come_first_and_top_limits_them() -> None:
    digest = _digest("all", G.WEEK, date(2025, 9, 17), top=2)
    assert [item.event.fatalities for item in digest.serious] == [12, 8]
    assert digest.serious[0].line == (
        "2025-09-15 · Suicide bomb · Peshawar, Khyber Pakhtunkhwa, Pakistan · "
        "by Tehreek-e-Taliban Pakistan · 12 killed, 27 injured"
    )


def test_lines_are_generated_from_the_record() -> None:
    event = build_event(None, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, place=None)
    assert describe_event_line(event) == (
        "date unknown · Abduction/forced disappearance · place unknown · perpetrator unknown · "
        "no toll reported"
    )


def test_claims_denials_and_agreements_have_their_sections() -> None:
    digest = _digest("terrorist-attacks", G.WEEK, date(2025, 9, 17))
    (claim,) = digest.claims
    assert claim.line.startswith(
        "Tehreek-e-Taliban Pakistan claimed it; Jamaat-ul-Ahrar denied it: 2025-09-15"
    )
    (agreement,) = digest.agreements
    assert agreement.event.sub_event_type is SubEventType.AGREEMENT
    assert [link.label for link in agreement.links] == ["Radio Pakistan"]


def test_a_claim_published_in_the_period_for_an_older_event_is_news() -> None:
    older = build_event("2025-08-01", killed=4, perpetrator=BLA, claimed_by=("Baloch Liberation Army",))
    figure = SourceFigure(
        mention_id="m1",
        article_id="a1",
        source="Dawn",
        url="https://dawn.example/claim",
        published_at=datetime(2025, 9, 16, 8, 0, tzinfo=UTC),
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Baloch Liberation Army",)),
    )
    from dataclasses import replace

    with_report = replace(older, reported=(figure,))
    digest = build_digest(
        [with_report, older], definition=CATALOG.get("all"), granularity=G.WEEK, day=date(2025, 9, 17)
    )
    assert [item.event for item in digest.claims] == [with_report]
    assert [(link.label, link.url) for link in digest.claims[0].links] == [
        ("Dawn", "https://dawn.example/claim")
    ]


@pytest.mark.parametrize("digest_format", list(DigestFormat))
def test_every_line_links_its_sources(digest_format: DigestFormat) -> None:
    text = render_digest(_digest("all", G.WEEK, date(2025, 9, 17)), digest_format)
    if digest_format is DigestFormat.HTML:
        lines = re.findall(r"<li>.*?</li>", text)
        assert lines
        assert all('Sources: <a href="https://' in line or "Sources: " in line for line in lines)
        assert '<a href="https://dawn.example/a" rel="noopener noreferrer">dawn.example</a>' in text
    elif digest_format is DigestFormat.MD:
        lines = [line for line in text.splitlines() if line.startswith("- ")]
        assert len(lines) == 8
        assert all(". Sources: " in line and "no source recorded" not in line for line in lines)
        assert "[dawn.example](https://dawn.example/a), [geo.example](https://geo.example/b)" in text
    else:
        lines = text.splitlines()
        bullets = [index for index, line in enumerate(lines) if line.startswith("- ")]
        assert bullets
        assert all(lines[index + 1].startswith("  Sources: ") for index in bullets)
        assert "dawn.example <https://dawn.example/a>" in text


def test_article_strings_are_escaped_in_markdown_and_html() -> None:
    hostile = build_event(
        "2025-09-16",
        perpetrator=None,
        sources=("<script>alert(1)</script>", "[click](javascript:alert(1))"),
        source_urls=("javascript:alert(2)",),
    )
    digest = build_digest([hostile], definition=CATALOG.get("all"), granularity=G.DAY, day=date(2025, 9, 16))
    page = render_digest(digest, DigestFormat.HTML)
    assert "<script>" not in page
    assert "javascript:" not in page.replace("javascript:alert(1))", "")
    assert "&lt;script&gt;" in page
    markdown = render_digest(digest, DigestFormat.MD)
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown), "no Markdown link to a javascript: URL"
    assert r"\[click\](javascript:alert(1))" in markdown
    assert r"\<script\>" in markdown


def test_the_definition_is_printed_with_the_figures() -> None:
    definition: CountingDefinition = CATALOG.get("terrorist-attacks")
    for digest_format in DigestFormat:
        text = html.unescape(
            render_digest(_digest("terrorist-attacks", G.DAY, date(2025, 9, 16)), digest_format)
        )
        assert definition.description in text.replace("\\", "")


def test_the_fetch_window_gives_the_previous_period() -> None:
    since, until = stats_fetch_window(date(2025, 9, 17), date(2025, 9, 17), G.WEEK)
    assert since is not None
    assert until is not None
    window = [event for event in EVENTS if event.when and since <= event.when.earliest <= until]
    digest = build_digest(window, definition=CATALOG.get("all"), granularity=G.WEEK, day=date(2025, 9, 17))
    assert digest.previous.events == 2
    assert digest.previous_period.label == "2025-W37"
    assert (
        digest.subject == "waqia digest, week 2025-W38 (2025-09-15 to 2025-09-21): 6 events, 26 killed (all)"
    )


@pytest.mark.parametrize(("granularity", "top"), [(G.MONTH, 10), (G.DAY, 0)])
def test_bad_digest_options_are_refused(granularity: Granularity, top: int) -> None:
    with pytest.raises(ConfigError):
        build_digest(
            EVENTS, definition=CATALOG.get("all"), granularity=granularity, day=date(2025, 9, 17), top=top
        )
