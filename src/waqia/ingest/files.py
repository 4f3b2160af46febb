"""Local inputs: files, directory trees and standard input, read into checked `Content`."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO

from waqia.ingest.content import (
    Content,
    ContentKind,
    UnusableInputError,
    check_text,
    decode_content,
    kind_of_suffix,
    not_utf8,
    sniff_kind,
)
from waqia.model import Skipped, SkipReason

logger = logging.getLogger(__name__)

STDIN_ORIGIN: Final = "<stdin>"


def read_path(source: str) -> Iterator[Content | Skipped]:
    """The content of a file, or of every readable file below a directory (sorted, hidden names skipped).

    A file given explicitly with an unknown extension is read when its content shows what it is; inside a
    directory, files with unknown extensions are ignored.
    """
    path = Path(source)
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError, ValueError):
        yield _missing(source).to_skipped()
        return
    except OSError as error:
        yield _unreadable(source, error).to_skipped()
        return
    if stat.S_ISDIR(mode):
        yield from _read_tree(path)
    else:
        yield _attempt_file(path, explicit=True)


def load_file(path: Path, *, explicit: bool) -> Content:
    """The checked content of one file, its kind taken from the extension or, failing that, the content.

    Args:
        explicit: the user named this file (rather than its directory), so an unknown extension is sniffed.

    Raises:
        UnusableInputError: UNREADABLE, UNSUPPORTED, BINARY, NOT_UTF8 or EMPTY.
    """
    origin = str(path)
    try:
        mode = path.stat().st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise UnusableInputError(
                f"{origin} is not a regular file",
                hint="give a file or a directory of files",
                reason=SkipReason.UNSUPPORTED,
                origin=origin,
            )
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise _missing(origin) from error
    except OSError as error:
        raise _unreadable(origin, error) from error
    text = decode_content(data, origin=origin)
    return Content(text=text, kind=_choose_file_kind(path, text, explicit=explicit), origin=origin)


def read_stream(stream: TextIO, *, origin: str = STDIN_ORIGIN) -> Content:
    """The checked content of a text stream (standard input), its kind sniffed from the content.

    Raises:
        UnusableInputError: BINARY, NOT_UTF8 or EMPTY.
    """
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        # The raw bytes, so that encoding and binary problems get the same checks as a file.
        text = decode_content(buffer.read(), origin=origin)
    else:
        try:
            text = check_text(stream.read(), origin=origin)
        except UnicodeDecodeError as error:
            raise not_utf8(origin, f"is not valid UTF-8 ({error.reason})") from error
    return Content(text=text, kind=sniff_kind(text), origin=origin)


def _choose_file_kind(path: Path, text: str, *, explicit: bool) -> ContentKind:
    promised = kind_of_suffix(path.suffix)
    sniffed = sniff_kind(text)
    if promised is ContentKind.JSON and sniffed is ContentKind.JSON_LINES:
        # JSON Lines saved as .json is a common slip; as JSON it would fail at the second line.
        return sniffed
    if promised is not None:
        return promised
    if explicit and (not path.suffix or sniffed is not ContentKind.TEXT):
        return sniffed
    raise UnusableInputError(
        f"{path} has an extension waqia does not read ({path.suffix})",
        hint="rename it to .txt, .html, .json, .jsonl or .xml to say what it holds",
        reason=SkipReason.UNSUPPORTED,
        origin=str(path),
    )


def _read_tree(directory: Path) -> Iterator[Content | Skipped]:
    for path in _walk(directory):
        if isinstance(path, Skipped):
            yield path
        elif kind_of_suffix(path.suffix) is not None:
            yield _attempt_file(path, explicit=False)
        else:
            logger.debug("ignoring %s: not an extension waqia reads", path)


def _walk(directory: Path) -> Iterator[Path | Skipped]:
    """Files below `directory` depth first in name order, without hidden names or symlinked directories."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield _unreadable(str(directory), error).to_skipped()
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _attempt_file(path: Path, *, explicit: bool) -> Content | Skipped:
    try:
        return load_file(path, explicit=explicit)
    except UnusableInputError as error:
        return error.to_skipped()


def _missing(origin: str) -> UnusableInputError:
    return UnusableInputError(
        f"{origin} does not exist",
        hint="check the path; a URL needs its http:// or https:// prefix",
        reason=SkipReason.MISSING,
        origin=origin,
    )


def _unreadable(origin: str, error: OSError) -> UnusableInputError:
    return UnusableInputError(
        f"{origin} cannot be read ({error.strerror or error})",
        hint="check its permissions",
        reason=SkipReason.UNREADABLE,
        origin=origin,
    )
