"""Where the reference data lives: --data, WAQIA_SHARED_DATA, or ../shared/data beside the checkout."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from waqia.errors import ConfigError

SHARED_DATA_ENV = "WAQIA_SHARED_DATA"
SHARED_DATA_RELATIVE = Path("..") / "shared" / "data"
# src/waqia/ingest/datasets/location.py -> the checkout holding src/.
REPOSITORY_ROOT = Path(__file__).resolve().parents[4]
HINT = f"set {SHARED_DATA_ENV} or run from a checkout beside shared/"


def find_shared_data(
    explicit: Path | None,
    *,
    environ: Mapping[str, str],
    cwd: Path,
    repository_root: Path = REPOSITORY_ROOT,
) -> Path:
    """The reference-data folder: `explicit` (--data), else $WAQIA_SHARED_DATA, else ../shared/data.

    ../shared/data is looked for relative to the current directory, then to the repository root.

    Raises:
        ConfigError: the folder given is missing, or no ../shared/data exists.
    """
    if explicit is not None:
        return _existing(explicit, given_as="--data")
    from_env = environ.get(SHARED_DATA_ENV, "").strip()
    if from_env:
        return _existing(Path(from_env), given_as=SHARED_DATA_ENV)
    for base in (cwd, repository_root):
        candidate = (base / SHARED_DATA_RELATIVE).resolve()
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"{SHARED_DATA_RELATIVE.as_posix()} not found", hint=HINT)


def find_dataset(root: Path, relative: str) -> Path:
    """A file or folder of the reference data.

    Raises:
        ConfigError: it is absent.
    """
    path = root / relative
    if not path.exists():
        raise ConfigError(f"{path} not found", hint=HINT)
    return path


def _existing(path: Path, *, given_as: str) -> Path:
    if not path.is_dir():
        raise ConfigError(f"{path} (from {given_as}) not found or not a folder", hint=HINT)
    return path
