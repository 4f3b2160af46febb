"""The dependency rule: cli/web -> pipeline/analytics -> stages -> model, checked on the real imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import waqia

PACKAGE = Path(waqia.__file__).parent

# Which project modules each part may import (besides itself, waqia.model and waqia.errors).
ALLOWED = {
    "model": set(),
    "errors": set(),
    "ingest": set(),
    "geocode": set(),
    "resolve": set(),
    "evaluate": set(),
    "publish": set(),
    "store": set(),
    # The extractor is composed with a geocoder (it resolves the places it finds).
    "extract": {"geocode"},
    # Mention exports read the store's record type.
    "export": {"store"},
    "analytics": {"store"},
    "pipeline": {"extract", "resolve", "store"},
    "review": {"pipeline", "resolve", "store"},
}
# Third-party modules only one part may use.
OWNED_IMPORTS = {
    "sqlalchemy": {"store"},
    "psycopg": {"store"},
    "trafilatura": {"ingest"},
    "feedparser": {"ingest"},
    "lxml": {"ingest"},
    "urllib.request": {"ingest"},
    "http.client": {"ingest"},
    "rich": {"cli"},
    "smtplib": {"publish"},
    "matplotlib": {"analytics"},
    "typer": {"cli"},
    "click": {"cli"},
}


def _part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


SOURCES = sorted(PACKAGE.rglob("*.py"))
LAYERED = [path for path in SOURCES if _part_of(path) in ALLOWED]


@pytest.mark.parametrize("path", LAYERED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_project_imports_point_inward(path: Path) -> None:
    part = _part_of(path)
    for name in _imports(path):
        if not name.startswith("waqia."):
            continue
        target = name.split(".")[1]
        if target in {part, "model", "errors"}:
            continue
        assert target in ALLOWED[part], f"{path.relative_to(PACKAGE)} imports {name}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_io_and_sql_stay_in_their_stage(path: Path) -> None:
    part = _part_of(path)
    for name in _imports(path):
        for module, owners in OWNED_IMPORTS.items():
            if (name == module or name.startswith(f"{module}.")) and part not in owners | {"web"}:
                raise AssertionError(
                    f"{path.relative_to(PACKAGE)} imports {name}, which only {owners} may use"
                )


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_library_never_prints(path: Path) -> None:
    if _part_of(path) == "cli":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
    ]
    assert not calls, f"{path.relative_to(PACKAGE)} prints at lines {calls}"
