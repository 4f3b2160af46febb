"""waqia: news reports of political violence in, a verified, geocoded, deduplicated event database out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("waqia")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
