"""Content checks and sniffing, and the metadata normalisers every reader shares."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from waqia.ingest.articles import host_of, normalize_language, parse_timestamp, to_utc
from waqia.ingest.content import ContentKind, UnusableInputError, decode_content, sniff_kind
from waqia.model import SkipReason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A bomb exploded near a mosque.", ContentKind.TEXT),
        ("  \n<!DOCTYPE html><html><body><p>x</p></body></html>", ContentKind.HTML),
        ("<p>Just a fragment</p>", ContentKind.HTML),
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', ContentKind.FEED),
        (
            '<?xml version="1.0"?><!-- generated -->\n<feed xmlns="http://www.w3.org/2005/Atom">',
            ContentKind.FEED,
        ),
        ("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", ContentKind.FEED),
        ("<html><body><p>How to add an RSS feed: use <feed> tags</p></body></html>", ContentKind.HTML),
        ('[{"text": "x"}]', ContentKind.JSON),
        ('{\n  "text": "x"\n}\n', ContentKind.JSON),
        ('{"text": "x"}', ContentKind.JSON),
        ('{"text": "x"}\n', ContentKind.JSON),
        ('{"text": "x"}\n{"text": "y"}', ContentKind.JSON_LINES),
        ('{"text": "x"}\r\n{oops\r\n', ContentKind.JSON_LINES),
    ],
)
def test_sniff_kind(text: str, kind: ContentKind) -> None:
    assert sniff_kind(text) is kind


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (b"plain", "utf-8", "plain"),
        (b"\xef\xbb\xbfwith BOM", "utf-8", "with BOM"),
        ("Bägh".encode("latin-1"), "iso-8859-1", "Bägh"),
        ("Bägh".encode(), "no-such-charset", "Bägh"),  # an unknown declared charset falls back to UTF-8
    ],
)
def test_decode_content(data: bytes, encoding: str, expected: str) -> None:
    assert decode_content(data, origin="x", encoding=encoding) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", SkipReason.EMPTY),
        (b"\n \t", SkipReason.EMPTY),
        (b"\xef\xbb\xbf  ", SkipReason.EMPTY),
        (b"GIF89a....", SkipReason.BINARY),
        (b"%PDF-1.7\n", SkipReason.BINARY),
        (b"\x1f\x8b\x08\x00", SkipReason.BINARY),
        (b"text\x00more", SkipReason.BINARY),
        (b"\xff\xfeA\x00", SkipReason.NOT_UTF8),
        (b"caf\xe9", SkipReason.NOT_UTF8),
    ],
)
def test_decode_content_rejects(data: bytes, reason: SkipReason) -> None:
    with pytest.raises(UnusableInputError) as caught:
        decode_content(data, origin="in.txt")
    assert caught.value.reason is reason
    assert caught.value.to_skipped().origin == "in.txt"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("UR_pk", "ur"),
        (" ps ", "ps"),
        ("english", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(value: str | None, expected: str | None) -> None:
    assert normalize_language(value) == expected


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.dawn.com/news/1", "dawn.com"),
        ("http://tribune.com.pk/story", "tribune.com.pk"),
        ("HTTPS://News.Example.COM/x", "news.example.com"),
        ("not a url", None),
        ("http://[::1/broken", None),
        (None, None),
    ],
)
def test_host_of(url: str | None, host: str | None) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "01/03/2024", ""])
def test_parse_timestamp_rejects_non_iso(value: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_timestamp(value)


def test_to_utc_converts_aware_and_labels_naive() -> None:
    karachi = timezone(timedelta(hours=5))
    assert to_utc(datetime(2024, 1, 1, 3, tzinfo=karachi)) == datetime(2023, 12, 31, 22, tzinfo=UTC)
    assert to_utc(datetime(2024, 1, 1, 3)).tzinfo is UTC
