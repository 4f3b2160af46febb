"""Raw input to checked text: binary, encoding and emptiness checks, and what kind of content it is."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from waqia.errors import IngestError
from waqia.model import Skipped, SkipReason

# Leading bytes of the binary formats most often passed by mistake.
BINARY_SIGNATURES: Final = (
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx/.odt)"),
    (b"\x1f\x8b", "gzip data"),
    (b"%PDF", "a PDF"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
UTF16_BOMS: Final = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Enough of a document's start to find its root element behind an XML declaration, comments and a doctype.
SNIFF_CHARS: Final = 4096
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_NON_SPACE = re.compile(r"\S")


class ContentKind(StrEnum):
    """How an input's text is read."""

    TEXT = "text"
    HTML = "html"
    JSON = "json"
    JSON_LINES = "jsonl"
    FEED = "feed"


SUFFIX_KINDS: Final = {
    ".txt": ContentKind.TEXT,
    ".text": ContentKind.TEXT,
    ".html": ContentKind.HTML,
    ".htm": ContentKind.HTML,
    ".json": ContentKind.JSON,
    ".jsonl": ContentKind.JSON_LINES,
    ".ndjson": ContentKind.JSON_LINES,
    ".xml": ContentKind.FEED,
    ".rss": ContentKind.FEED,
    ".atom": ContentKind.FEED,
}


class UnusableInputError(IngestError):
    """An input, or one article inside it, that cannot become an article; it becomes a `Skipped`."""

    def __init__(self, message: str, *, hint: str, reason: SkipReason, origin: str) -> None:
        super().__init__(message, hint=hint)
        self.reason = reason
        self.origin = origin

    def to_skipped(self) -> Skipped:
        """The `Skipped` record the batch reports in place of this input; the detail is one line."""
        return Skipped(origin=self.origin, reason=self.reason, detail=" ".join(str(self).split()))


@dataclass(frozen=True, slots=True, kw_only=True)
class Content:
    """The checked text of one input and how to read it.

    Attributes:
        origin: the path, "path:LINE", "<stdin>" or URL that messages name.
        url: where the text was fetched from, for network inputs.
        fetched_at: when it was fetched, for network inputs.
    """

    text: str
    kind: ContentKind
    origin: str
    url: str | None = None
    fetched_at: datetime | None = None


def decode_content(data: bytes, *, origin: str, encoding: str = "utf-8") -> str:
    """The text of `data`, rejecting binary, wrongly encoded and empty input.

    Args:
        data: the raw bytes of a file, stdin or an HTTP body.
        origin: names the input in messages.
        encoding: the declared encoding (HTTP charset); files and stdin must be UTF-8, a BOM is allowed.

    Raises:
        UnusableInputError: BINARY, NOT_UTF8 or EMPTY.
    """
    if data.startswith(UTF16_BOMS):
        raise not_utf8(origin, "is UTF-16, not UTF-8")
    for signature, description in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise _binary(origin, description)
    if b"\x00" in data:
        raise _binary(origin, "binary data (it contains NUL bytes)")
    codec = _codec_for(encoding)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        bad_byte = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        raise not_utf8(origin, f"is not valid {codec.removesuffix('-sig')} ({bad_byte})") from error
    return check_text(text, origin=origin)


def check_text(text: str, *, origin: str) -> str:
    """`text` itself, once it is known to be neither binary nor blank.

    Raises:
        UnusableInputError: BINARY or EMPTY.
    """
    if "\x00" in text:
        raise _binary(origin, "binary data (it contains NUL characters)")
    if not text.strip():
        raise UnusableInputError(
            f"{origin} is empty",
            hint="give it the article text or leave it out of the batch",
            reason=SkipReason.EMPTY,
            origin=origin,
        )
    return text


def sniff_kind(text: str) -> ContentKind:
    """The kind of `text` judged from how it starts: JSON, JSON Lines, feed, HTML, else plain text."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        return ContentKind.JSON
    if stripped.startswith("{"):
        # One complete object on the first line and more after it: JSON Lines; a pretty-printed object
        # opens with "{" alone.
        end = stripped.find("\n")
        if end != -1 and stripped[:end].rstrip().endswith("}") and _NON_SPACE.search(stripped, end):
            return ContentKind.JSON_LINES
        return ContentKind.JSON
    if stripped.startswith("<"):
        head = stripped[:SNIFF_CHARS]
        if not _HTML_ROOT.search(head) and _FEED_ROOT.search(head):
            return ContentKind.FEED
        return ContentKind.HTML
    return ContentKind.TEXT


def kind_of_suffix(suffix: str) -> ContentKind | None:
    """The kind a file extension promises, or None for an extension waqia does not read."""
    return SUFFIX_KINDS.get(suffix.lower())


def not_utf8(origin: str, problem: str) -> UnusableInputError:
    """The NOT_UTF8 rejection of `origin`; `problem` says what is wrong with its encoding."""
    return UnusableInputError(
        f"{origin} {problem}", hint="re-encode as UTF-8", reason=SkipReason.NOT_UTF8, origin=origin
    )


def _codec_for(encoding: str) -> str:
    """The codec to decode with: UTF-8 (BOM allowed) unless a known other encoding is declared."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return "utf-8-sig"
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name


def _binary(origin: str, description: str) -> UnusableInputError:
    return UnusableInputError(
        f"{origin} is {description}, not text",
        hint="give waqia text, HTML, JSON, JSON Lines or RSS/Atom files",
        reason=SkipReason.BINARY,
        origin=origin,
    )
