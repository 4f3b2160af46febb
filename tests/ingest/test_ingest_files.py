"""Local inputs through `load_sources`: files, directories, stdin, and every kind of bad input."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from pathlib import Path
from typing import TextIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waqia.ingest import HttpClient, load_sources
from waqia.model import Article, Skipped, SkipReason

REPORT_OPENING = "Two policemen were shot dead on Tuesday evening"


def load_all(*sources: str, stdin: TextIO | None = None) -> list[Article | Skipped]:
    return list(load_sources(list(sources), stdin=stdin))


def only_article(items: list[Article | Skipped]) -> Article:
    assert len(items) == 1, items
    (item,) = items
    assert isinstance(item, Article), item
    return item


def only_skip(items: list[Article | Skipped]) -> Skipped:
    assert len(items) == 1, items
    (item,) = items
    assert isinstance(item, Skipped), item
    assert "\n" not in item.detail
    return item


def test_plain_text_file_is_one_article_with_its_text_verbatim(ingest_data: Path) -> None:
    path = ingest_data / "report.txt"
    article = only_article(load_all(str(path)))
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text.startswith(REPORT_OPENING)
    assert (article.title, article.url, article.source, article.published_at) == (None, None, None, None)
    assert article.language == "en"
    assert article.fetched_at is None
    assert article.origin == str(path)


def test_same_file_twice_gives_the_same_id(ingest_data: Path) -> None:
    first, second = load_all(str(ingest_data / "report.txt"), str(ingest_data / "report.txt"))
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert first.article_id == second.article_id


def test_text_id_ignores_line_endings_and_spacing(tmp_path: Path, ingest_data: Path) -> None:
    original = (ingest_data / "report.txt").read_text(encoding="utf-8")
    windows = tmp_path / "report-crlf.txt"
    windows.write_bytes(original.replace("\n", "\r\n").encode("utf-8"))
    assert (
        only_article(load_all(str(windows))).article_id
        == only_article(load_all(str(ingest_data / "report.txt"))).article_id
    )


def test_utf8_bom_is_accepted_and_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfA clash was reported near the border crossing.")
    assert only_article(load_all(str(path))).text == "A clash was reported near the border crossing."


def test_directory_is_read_recursively_sorted_without_hidden_or_unknown_files(ingest_data: Path) -> None:
    tree = ingest_data / "tree"
    items = load_all(str(tree))
    assert all(isinstance(item, Article) for item in items), items
    assert [item.origin for item in items] == [
        str(tree / "a.txt"),
        str(tree / "sub" / "b.json"),
        str(tree / "sub" / "c.html"),
    ]


def test_sources_are_yielded_in_input_order(ingest_data: Path) -> None:
    items = load_all(str(ingest_data / "tree" / "a.txt"), "missing.txt", str(ingest_data / "report.txt"))
    assert [type(item) for item in items] == [Article, Skipped, Article]
    assert items[2].origin == str(ingest_data / "report.txt")


def test_loading_is_lazy(ingest_data: Path) -> None:
    items = load_sources([str(ingest_data / "report.txt"), "does-not-exist-yet.txt"])
    assert isinstance(next(items), Article)


@pytest.mark.parametrize(
    ("text", "expected_kind"),
    [
        ("Rockets hit an empty school building overnight, officials said.", "text"),
        ('{"id": "s1", "text": "A grenade was thrown at a checkpoint."}', "json"),
        ('{"text": "A grenade was thrown."}\n{"text": "Two shops burned."}\n', "jsonl"),
    ],
)
def test_stdin_content_kind_is_detected(text: str, expected_kind: str) -> None:
    items = load_all("-", stdin=io.StringIO(text))
    assert items, "stdin gave nothing"
    assert all(isinstance(item, Article) for item in items), items
    expected_count = 2 if expected_kind == "jsonl" else 1
    assert len(items) == expected_count
    assert items[0].origin.startswith("<stdin>")
    if expected_kind == "jsonl":
        assert [item.origin for item in items] == ["<stdin>:1", "<stdin>:2"]


def test_stdin_html_is_extracted(ingest_data: Path) -> None:
    html = (ingest_data / "page.html").read_text(encoding="utf-8")
    article = only_article(load_all("-", stdin=io.StringIO(html)))
    assert article.source == "The Frontier Ledger"
    assert "Advertisement" not in article.text


def test_stdin_bytes_get_the_file_checks() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"caf\xe9 bombing"), encoding="utf-8")
    skipped = only_skip(load_all("-", stdin=stream))
    assert skipped.reason is SkipReason.NOT_UTF8
    assert "re-encode as UTF-8" in skipped.detail


@pytest.mark.parametrize(
    ("name", "data", "reason", "detail_part"),
    [
        ("blank.txt", b"  \n\t\n", SkipReason.EMPTY, "is empty"),
        ("nothing.txt", b"", SkipReason.EMPTY, "is empty"),
        ("nul.txt", b"A blast\x00 was heard", SkipReason.BINARY, "NUL"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", SkipReason.BINARY, "PNG"),
        ("archive.json", b"PK\x03\x04\x14\x00\x00\x00", SkipReason.BINARY, "zip"),
        ("latin1.txt", "Clash at the caf\u00e9".encode("latin-1"), SkipReason.NOT_UTF8, "re-encode as UTF-8"),
        ("utf16.txt", "A clash".encode("utf-16"), SkipReason.NOT_UTF8, "UTF-16"),
        ("data.csv", b"date,place\n2024-01-01,Quetta\n", SkipReason.UNSUPPORTED, ".csv"),
        ("whole.json", b'{"id": "w", "text": ', SkipReason.MALFORMED, "not valid JSON"),
        ("list.json", b"[]", SkipReason.EMPTY, "empty list"),
        ("number.json", b"42", SkipReason.MALFORMED, "JSON int"),
        ("blank.html", b"<html><body><nav>Home</nav></body></html>", SkipReason.EMPTY, "no article text"),
    ],
)
def test_bad_file_is_one_skip_naming_the_input(
    tmp_path: Path, name: str, data: bytes, reason: SkipReason, detail_part: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    skipped = only_skip(load_all(str(path)))
    assert skipped.reason is reason
    assert skipped.origin == str(path)
    assert str(path) in skipped.detail
    assert detail_part in skipped.detail


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "report.txt"
    skipped = only_skip(load_all(str(path)))
    assert skipped.reason is SkipReason.MISSING
    assert str(path) in skipped.detail


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_skipped_and_the_batch_goes_on(tmp_path: Path, ingest_data: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("A protest was held outside the assembly.", encoding="utf-8")
    locked.chmod(0)
    try:
        items = load_all(str(locked), str(ingest_data / "report.txt"))
    finally:
        locked.chmod(0o600)
    assert isinstance(items[0], Skipped)
    assert items[0].reason is SkipReason.UNREADABLE
    assert "permission" in items[0].detail.lower()
    assert isinstance(items[1], Article)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads directories whatever their permissions")
def test_unreadable_subdirectory_is_skipped_and_siblings_are_read(tmp_path: Path, ingest_data: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ingest_data / "tree", tree)
    locked = tree / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        items = load_all(str(tree))
    finally:
        locked.chmod(0o700)
    skips = [item for item in items if isinstance(item, Skipped)]
    assert [skip.reason for skip in skips] == [SkipReason.UNREADABLE]
    assert sum(isinstance(item, Article) for item in items) == 3


@pytest.mark.parametrize("denied", ["read_bytes", "scandir"])
def test_permission_error_is_unreadable_even_for_root(
    tmp_path: Path, ingest_data: Path, monkeypatch: pytest.MonkeyPatch, denied: str
) -> None:
    # Root ignores file modes, so the tests above skip under it; this one makes the OS refuse instead.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    tree = tmp_path / "tree"
    shutil.copytree(ingest_data / "tree", tree)
    if denied == "read_bytes":
        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        monkeypatch.setattr(os, "scandir", refuse)
    items = load_all(str(tree))
    assert items
    assert all(isinstance(item, Skipped) and item.reason is SkipReason.UNREADABLE for item in items), items
    assert all("Permission denied" in item.detail for item in items if isinstance(item, Skipped))


def test_hidden_directories_are_not_entered(tmp_path: Path, ingest_data: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ingest_data / "tree", tree)
    (tree / ".git").mkdir()
    (tree / ".git" / "notes.txt").write_text("Not an article.", encoding="utf-8")
    origins = [item.origin for item in load_all(str(tree))]
    assert not any("/." in origin for origin in origins), origins


def test_unknown_extension_is_ignored_in_a_directory_but_judged_when_explicit(ingest_data: Path) -> None:
    notes = ingest_data / "tree" / "notes.md"
    assert all(item.origin != str(notes) for item in load_all(str(ingest_data / "tree")))
    assert only_skip(load_all(str(notes))).reason is SkipReason.UNSUPPORTED


@pytest.mark.parametrize(
    ("name", "source_file", "expected_count"),
    [
        ("README", "report.txt", 1),  # no extension, plain text: read as text
        ("saved-page.php", "page.html", 1),  # unknown extension, HTML content
        ("export.dat", "articles.jsonl", 3),  # unknown extension, JSON Lines content (one line is malformed)
        ("latest.cgi", "feed_full.rss", 2),  # unknown extension, RSS content
    ],
)
def test_explicit_file_with_unknown_extension_is_sniffed(
    tmp_path: Path, ingest_data: Path, name: str, source_file: str, expected_count: int
) -> None:
    path = tmp_path / name
    shutil.copyfile(ingest_data / source_file, path)
    articles = [item for item in load_all(str(path)) if isinstance(item, Article)]
    assert len(articles) == expected_count


def test_json_lines_in_a_json_file_are_read_as_json_lines(tmp_path: Path, ingest_data: Path) -> None:
    path = tmp_path / "mislabelled.json"
    shutil.copyfile(ingest_data / "articles.jsonl", path)
    items = load_all(str(path))
    assert [item.origin.rsplit(":", 1)[1] for item in items] == ["1", "2", "3", "4"]


def test_other_url_schemes_are_unsupported() -> None:
    skipped = only_skip(load_all("ftp://files.example.com/report.txt"))
    assert skipped.reason is SkipReason.UNSUPPORTED


FILE_NAMES = st.sampled_from(["input.txt", "input.html", "input.json", "input.jsonl", "input.xml", "input"])
PREFIXES = st.sampled_from(
    [b"", b"<html><body><p>", b"<rss><channel><item>", b'{"text": "', b"[", b"\xef\xbb\xbf"]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FILE_NAMES, prefix=PREFIXES, data=st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_random_bytes_never_raise(name: str, prefix: bytes, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(prefix + data)
        # A random feed could name an entry link; a near-zero timeout keeps that from waiting on anything.
        items = list(load_sources([str(path)], http=HttpClient(timeout=0.01)))
    assert items
    for item in items:
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Article):
            assert item.text.strip()
            assert item.article_id.startswith("a")
