"""`waqia evaluate`: the evaluation spec's figures on gold files and reference datasets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from waqia.cli.common import build_default_extractor, print_skipped, stderr_console
from waqia.errors import ConfigError
from waqia.evaluate.scoring import fold_text, score
from waqia.evaluate.spec_events import SpecArticle, parse_spec_lines
from waqia.export.spec_json import format_spec_line
from waqia.ingest import load_sources
from waqia.model import Skipped
from waqia.pipeline import extract_articles


def _read_spec_file(path: str) -> list[SpecArticle]:
    source = Path(path)
    if not source.is_file():
        raise ConfigError(f"{path}: no such file", hint="give the path of a spec JSON Lines file")
    try:
        with source.open(encoding="utf-8") as stream:
            return list(parse_spec_lines(stream, name=path))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text", hint="re-encode the file as UTF-8") from error


def _actor_normaliser() -> Callable[[str], str]:
    from waqia.extract.actors import load_actor_dictionary

    actors = load_actor_dictionary()

    def normalise(name: str) -> str:
        actor = actors.resolve_name(name)
        return fold_text(actor.name if actor else name)

    return normalise


def evaluate(
    gold: Annotated[str, typer.Option("--gold", help="Gold labels: spec events JSON Lines with event_key.")],
    predictions: Annotated[
        str | None, typer.Option("--predictions", help="Predicted events (spec JSON Lines) to score.")
    ] = None,
    articles: Annotated[
        str | None,
        typer.Option(
            "--articles", help="Spec articles to run the extractor on, when --predictions is not given."
        ),
    ] = None,
) -> None:
    """Score extraction against gold labels with the evaluation spec's figures."""
    gold_articles = _read_spec_file(gold)
    if predictions is not None:
        predicted = _read_spec_file(predictions)
    elif articles is not None:
        extractor = build_default_extractor()
        predicted = []
        for result in extract_articles(load_sources([articles]), extractor=extractor):
            if isinstance(result, Skipped):
                print_skipped((result,), stderr_console())
                continue
            article, mentions = result
            line = format_spec_line(article_id=article.public_id, mentions=mentions, event_ids=None)
            predicted.extend(parse_spec_lines([line], name=articles))
    else:
        raise ConfigError("nothing to score", hint="give --predictions FILE or --articles FILE")
    report = score(predicted, gold_articles, actor_names=_actor_normaliser())
    console = Console()
    table = Table(title=f"Extraction on {report.articles} gold articles ({gold})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("count", justify="right")
    for label, detection in (
        ("main events", report.detection_main),
        ("all events", report.detection_all),
        ("dedup pairs", report.dedup),
    ):
        counts = f"{detection.true_positives}/{detection.predicted} pred, {detection.gold} gold"
        table.add_row(f"{label} precision", f"{detection.precision:.3f}", counts)
        table.add_row(f"{label} recall", f"{detection.recall:.3f}", "")
        table.add_row(f"{label} F1", f"{detection.f1:.3f}", "")
    for field_score in report.fields:
        table.add_row(
            field_score.field, f"{field_score.accuracy:.3f}", f"{field_score.correct}/{field_score.total}"
        )
    console.print(table)
    if report.missing_predictions:
        stderr_console().print(f"{len(report.missing_predictions)} gold articles had no prediction line.")


def register(app: typer.Typer) -> None:
    """Add the evaluation commands to the `waqia` app."""
    app.command()(evaluate)
