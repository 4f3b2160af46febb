"""Article text with its evidence: escaped HTML with <mark> spans by offset, and slices around evidence."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

LOG = logging.getLogger(__name__)

# Characters of text kept on each side of an evidence span in an API text slice.
SLICE_CONTEXT = 160


@dataclass(frozen=True, slots=True, kw_only=True)
class Highlight:
    """An evidence span to mark: offsets into the text, the field it supports, an anchor id or ''."""

    start: int
    end: int
    field: str
    anchor: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSlice:
    start: int
    end: int
    text: str


def _valid(spans: Iterable[Highlight], length: int) -> list[Highlight]:
    kept = []
    for span in spans:
        if 0 <= span.start < span.end <= length:
            kept.append(span)
        else:
            LOG.warning(
                "evidence %d-%d (%s) is outside a text of %d characters",
                *(span.start, span.end, span.field, length),
            )
    return kept


def highlight_text(text: str, spans: Sequence[Highlight]) -> Markup:
    """The text as safe HTML: every character escaped, evidence wrapped in <mark> elements.

    Spans may overlap: the text is cut at every span boundary and each piece is marked with the
    classes of all the spans covering it, so no element is ever split or nested wrongly. A span's
    anchor id goes on an empty element placed where it starts.
    """
    spans = _valid(spans, len(text))
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[Highlight]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    parts: list[str] = []
    for start, end in pairwise(cuts):
        for span in starting.get(start, ()):
            if span.anchor:
                parts.append(f'<span class="anchor" id="{escape(span.anchor)}"></span>')
        piece = escape(text[start:end])
        fields = sorted({s.field for s in spans if s.start <= start and end <= s.end})
        if fields:
            classes = " ".join(f"ev-{escape(field)}" for field in fields)
            parts.append(
                f'<mark class="ev {classes}" data-fields="{escape(" ".join(fields))}">{piece}</mark>'
            )
        else:
            parts.append(str(piece))
    return Markup("".join(parts))


def slice_text(
    text: str, spans: Iterable[tuple[int, int]], *, context: int = SLICE_CONTEXT
) -> list[TextSlice]:
    """Stretches of text around the spans (with `context` characters each side), merged where they touch."""
    windows = sorted(
        (max(0, start - context), min(len(text), end + context))
        for start, end in spans
        if 0 <= start < end <= len(text)
    )
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [TextSlice(start=start, end=end, text=text[start:end]) for start, end in merged]
