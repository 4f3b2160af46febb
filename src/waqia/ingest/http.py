"""Fetching http(s) inputs: the `HttpClient` component and turning a response into `Content`."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from http.client import HTTPException
from typing import Final

from waqia import __version__
from waqia.ingest.articles import is_web_url
from waqia.ingest.content import Content, ContentKind, UnusableInputError, decode_content, sniff_kind
from waqia.model import SkipReason

USER_AGENT: Final = f"waqia/{__version__} (news event extraction; python-urllib)"
ACCEPT: Final = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
DEFAULT_TIMEOUT_SECONDS: Final = 20.0
# Large enough for any news page or feed; a bigger body is almost always a download, not an article.
DEFAULT_MAX_BYTES: Final = 10 * 1024 * 1024
FEED_MEDIA_TYPES: Final = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
HTML_MEDIA_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True, kw_only=True)
class HttpResponse:
    """A successful (2xx) response body and what the server said about it."""

    url: str
    status: int
    media_type: str
    charset: str | None
    body: bytes


class HttpClient:
    """Fetches http(s) URLs with a timeout, a body size cap and a user agent that names waqia.

    Args:
        timeout: seconds to wait for the connection and for each read.
        max_bytes: bodies larger than this are refused.
        user_agent: the User-Agent header.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self._opener = urllib.request.build_opener()

    def fetch(self, url: str) -> HttpResponse:
        """The body of `url`, following redirects.

        Raises:
            UnusableInputError: UNREACHABLE (connection failure, timeout, HTTP 4xx/5xx), MALFORMED (not an
                http(s) URL) or UNSUPPORTED (body over `max_bytes`).
        """
        if not is_web_url(url):
            raise UnusableInputError(
                f"{url} is not an http(s) URL",
                hint="give an http:// or https:// address, or a file path",
                reason=SkipReason.MALFORMED,
                origin=url,
            )
        try:
            request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": ACCEPT})
            with self._opener.open(request, timeout=self.timeout) as response:
                body = response.read(self.max_bytes + 1)
                status = response.status
                final_url = response.geturl()
                media_type = response.headers.get_content_type()
                charset = response.headers.get_content_charset()
        except urllib.error.HTTPError as error:
            error.close()
            raise _unreachable(url, f"answered HTTP {error.code} {error.reason}") from error
        except urllib.error.URLError as error:
            raise _unreachable(url, f"could not be reached ({error.reason})") from error
        except TimeoutError as error:
            raise _unreachable(url, f"timed out after {self.timeout:g} s") from error
        except (OSError, HTTPException) as error:
            raise _unreachable(url, f"failed while reading ({type(error).__name__}: {error})") from error
        except ValueError as error:
            raise UnusableInputError(
                f"{url} is not a valid URL ({error})",
                hint="check the address",
                reason=SkipReason.MALFORMED,
                origin=url,
            ) from error
        if len(body) > self.max_bytes:
            raise UnusableInputError(
                f"{url} is larger than {self.max_bytes:,} bytes",
                hint="save the article text to a file and ingest that",
                reason=SkipReason.UNSUPPORTED,
                origin=url,
            )
        return HttpResponse(url=final_url, status=status, media_type=media_type, charset=charset, body=body)


def fetch_content(url: str, *, http: HttpClient, now: Callable[[], datetime]) -> Content:
    """The checked text of `url` and how to read it: a feed by media type or by its root element, else HTML.

    Raises:
        UnusableInputError: the URL cannot be fetched or its body is not usable text.
    """
    response = http.fetch(url)
    fetched_at = now()
    text = decode_content(response.body, origin=url, encoding=response.charset or "utf-8")
    kind = sniff_kind(text)
    if response.media_type in FEED_MEDIA_TYPES:
        kind = ContentKind.FEED
    elif response.media_type in HTML_MEDIA_TYPES and kind is ContentKind.TEXT:
        kind = ContentKind.HTML
    # The URL as given, not the one redirected to, so that an article keeps its id from run to run.
    return Content(text=text, kind=kind, origin=url, url=url, fetched_at=fetched_at)


def _unreachable(url: str, what: str) -> UnusableInputError:
    return UnusableInputError(
        f"{url} {what}",
        hint="check the address and your connection, or try again later",
        reason=SkipReason.UNREACHABLE,
        origin=url,
    )
