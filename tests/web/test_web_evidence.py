"""Evidence in article text: escaped first, then <mark> by offsets; and text slices around evidence."""

from __future__ import annotations

import html
import re

import pytest

from waqia.web.evidence import Highlight, highlight_text, slice_text

TAG = re.compile(r"<[^>]+>")


def _visible(markup: str) -> str:
    """The text a browser shows: tags dropped, entities decoded."""
    return html.unescape(TAG.sub("", markup))


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> killed five",
        "a <img src=x onerror=alert('x')> b",
        "quotes \" and ' and & ampersands",
        "</mark><script>x</script>",
        "",
    ],
)
def test_highlighting_escapes_every_character_and_keeps_the_text(text: str) -> None:
    spans = [Highlight(start=0, end=len(text), field="killed")] if text else []
    markup = str(highlight_text(text, spans))
    assert "<script" not in markup
    assert "<img" not in markup
    assert _visible(markup) == text


def test_evidence_is_wrapped_in_marks_by_offsets() -> None:
    text = "Gunmen killed <b>three</b> men in Bannu."
    start = text.index("<b>three</b>")
    markup = str(highlight_text(text, [Highlight(start=start, end=start + 12, field="killed", anchor="a1")]))
    assert '<span class="anchor" id="a1"></span>' in markup
    assert '<mark class="ev ev-killed" data-fields="killed">&lt;b&gt;three&lt;/b&gt;</mark>' in markup
    assert _visible(markup) == text


def test_overlapping_spans_are_cut_into_pieces_with_every_covering_field() -> None:
    text = "bomb killed four in Quetta"
    spans = [
        Highlight(start=0, end=len(text), field="event"),
        Highlight(start=5, end=16, field="killed"),
        Highlight(start=12, end=26, field="location"),
    ]
    markup = str(highlight_text(text, spans))
    pieces = re.findall(r'<mark class="([^"]+)"[^>]*>([^<]*)</mark>', markup)
    assert pieces == [
        ("ev ev-event", "bomb "),
        ("ev ev-event ev-killed", "killed "),
        ("ev ev-event ev-killed ev-location", "four"),
        ("ev ev-event ev-location", " in Quetta"),
    ]
    assert _visible(markup) == text


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (2, 2), (5, 3), (0, 999)],
    ids=["negative", "empty", "reversed", "past-the-end"],
)
def test_spans_outside_the_text_are_left_out(start: int, end: int) -> None:
    text = "short text"
    markup = str(highlight_text(text, [Highlight(start=start, end=end, field="date", anchor="x")]))
    assert "<mark" not in markup
    assert 'id="x"' not in markup
    assert markup == text


def test_field_names_and_anchors_are_escaped_too() -> None:
    markup = str(highlight_text("abc", [Highlight(start=0, end=1, field='x" onclick="y', anchor='"><s>')]))
    assert 'onclick="y"' not in markup
    assert "<s>" not in markup


@pytest.mark.parametrize(
    ("spans", "context", "expected"),
    [
        ([(10, 12)], 3, [(7, 15)]),
        ([(10, 12), (14, 16)], 3, [(7, 19)]),
        ([(2, 4), (30, 32)], 3, [(0, 7), (27, 35)]),
        ([(38, 40)], 5, [(33, 40)]),
        ([(5, 3), (50, 60)], 3, []),
    ],
    ids=["one", "touching-merge", "apart", "clipped-at-end", "invalid-dropped"],
)
def test_slices_cover_the_evidence_with_context(
    spans: list[tuple[int, int]], context: int, expected: list[tuple[int, int]]
) -> None:
    text = "0123456789" * 4
    slices = slice_text(text, spans, context=context)
    assert [(piece.start, piece.end) for piece in slices] == expected
    assert all(piece.text == text[piece.start : piece.end] for piece in slices)
