"""Plain-text articles: wire copy and e-mailed reports often come hard-wrapped at a fixed width.

A line break in the middle of a sentence ("... on Tuesday,\\nkilling seven people") cuts the sentence in
two for the extractor, which reads a line break as the end of a headline or a dateline. A text laid out
by wrapping at one width is unwrapped here, paragraph by paragraph. Wrapping breaks a line only where the
next word does not fit, so a break after which the next word would have fitted (after a headline, a
dateline, the last line of a paragraph, or in a list of headlines) is kept.
"""

from __future__ import annotations

from itertools import pairwise

# Texts wrapped narrower or wider than this are rare; a text of short lines is a list, of long ones prose.
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 100
# Of the breaks inside paragraphs, this share must look like wrapping before any is undone.
WRAPPED_SHARE = 0.8
MIN_WRAPPED_BREAKS = 3


def unwrap_lines(text: str) -> str:
    """`text` with the line breaks of a hard-wrapped layout turned into spaces; other texts unchanged.

    Each break undone becomes one space (a Windows line end too).
    """
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return text
    inside = [index for index, (before, after) in enumerate(pairwise(widths)) if before and after]
    wrapped = {index for index in inside if _next_word_overflows(lines, index, width=width)}
    if len(wrapped) < MIN_WRAPPED_BREAKS or len(wrapped) < WRAPPED_SHARE * len(inside):
        return text
    return (
        "".join(
            line.rstrip("\r") + " " if index in wrapped else line + "\n"
            for index, line in enumerate(lines[:-1])
        )
        + lines[-1]
    )


def _next_word_overflows(lines: list[str], index: int, *, width: int) -> bool:
    """Whether the first word of the next line would have run past `width` on this one."""
    next_words = lines[index + 1].split()
    first = next_words[0] if next_words else ""
    return len(lines[index].rstrip()) + 1 + len(first) > width
