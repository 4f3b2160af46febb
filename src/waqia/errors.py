"""The one exception hierarchy; every message says what failed, on which input, and what to do."""

from __future__ import annotations


class WaqiaError(Exception):
    """Base of every error waqia raises on purpose.

    Args:
        message: what happened, naming the input.
        hint: what the user can do about it.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class IngestError(WaqiaError):
    """An input could not be read or parsed into articles."""


class ExtractionError(WaqiaError):
    """The extractor could not process an article or could not be built."""


class GeocodingError(WaqiaError):
    """The gazetteer could not be loaded or queried."""


class StorageError(WaqiaError):
    """The store could not be opened, migrated, read or written."""


class ConfigError(WaqiaError):
    """A setting, option or configuration file is invalid."""


class EvaluationError(WaqiaError):
    """A gold or prediction file for evaluation is invalid."""


class DeliveryError(WaqiaError):
    """A digest could not be delivered (the SMTP server could not be reached or refused the message)."""
