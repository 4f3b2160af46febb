"""`waqia evaluate`: the evaluation spec's figures on gold files and reference datasets."""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from waqia.cli.common import (
    WorkersOption,
    build_default_extractor,
    extracting_in,
    now_utc,
    open_output,
    print_skipped,
    stderr_console,
)
from waqia.errors import ConfigError
from waqia.evaluate.datasets import Case
from waqia.evaluate.datasets.actions import NOTES as ACTION_NOTES
from waqia.evaluate.datasets.actions import measure_action_labels
from waqia.evaluate.datasets.case2021 import NOTES as CASE_NOTES
from waqia.evaluate.datasets.case2021 import measure_case2021
from waqia.evaluate.datasets.gtd import NOTES as GTD_NOTES
from waqia.evaluate.datasets.gtd import measure_gtd
from waqia.evaluate.datasets.satp import (
    ANNOTATED_NOTES,
    RELEVANCE_NOTES,
    NameTools,
    measure_annotated,
    measure_relevance,
)
from waqia.evaluate.datasets.wiki import NOTES as WIKI_NOTES
from waqia.evaluate.datasets.wiki import measure_wiki
from waqia.evaluate.figures import Figure
from waqia.evaluate.report import (
    ALL,
    UNSEEN,
    DatasetReport,
    format_dataset_json,
    format_dataset_markdown,
    format_spec_json,
    format_spec_markdown,
    measure_by_split,
    report_rows,
    spec_rows,
)
from waqia.evaluate.scoring import EvaluationReport, fold_text, score
from waqia.evaluate.spec_events import SpecArticle, parse_spec_lines
from waqia.evaluate.splits import Split, choose_sample, split_of, text_key
from waqia.export.spec_json import format_spec_line, write_mentions_export
from waqia.extract.base import Extractor
from waqia.ingest import load_sources
from waqia.ingest.datasets import (
    find_dataset,
    find_shared_data,
    read_case2021_snippets,
    read_conflibert_satp,
    read_gtd_summaries,
    read_pakistan_provinces,
    read_satp_actions,
    read_satp_annotated,
    read_satp_relevance,
    read_wiki_incidents,
)
from waqia.model import Actor, Article, Mention, Skipped
from waqia.pipeline import extract_articles, ingest_articles
from waqia.store import open_store

C = TypeVar("C", bound=Case)
Measure = Callable[[Sequence[tuple[C, tuple[Mention, ...]]]], tuple[Figure, ...]]
GEONAMES = "gazetteer_geonames"


class SplitChoice(StrEnum):
    DEV = "dev"
    HELDOUT = "heldout"
    ALL = "all"


@dataclass(frozen=True, slots=True, kw_only=True)
class DatasetAdapter(Generic[C]):
    """How `--dataset NAME` reads its reference set and measures the extractor on it.

    `measure` is built from the data folder: some adapters look places up in its GeoNames tables.
    `shares_text_with` names the adapters whose files hold the same paragraphs, each split by its own key.
    """

    name: str
    source: str
    summary: str
    read: Callable[[Path], Iterable[C]]
    measure: Callable[[Path], Measure[C]]
    notes: tuple[str, ...]
    shares_text_with: tuple[str, ...] = ()


def _fixed(measure: Measure[C]) -> Callable[[Path], Measure[C]]:
    return lambda root: measure


def _gtd_measure(root: Path) -> Measure[Any]:
    # GTD's nkill counts perpetrators; the extractor's reader of attackers killed is passed in, as
    # evaluate/ does not import extract/.
    from waqia.extract.casualties import read_attackers_killed

    return partial(measure_gtd, read_attackers=read_attackers_killed)


def _satp_annotated_measure(root: Path) -> Measure[Any]:
    from waqia.extract.actors import load_actor_dictionary

    provinces = read_pakistan_provinces(find_dataset(root, GEONAMES))
    actors = load_actor_dictionary()

    def resolve_in_pakistan(name: str) -> Actor | None:
        # The perpetrator is scored on Pakistan paragraphs only, where "Islamic State" names its Khorasan
        # branch: gold and prediction are read the way the extractor reads an event's group.
        actor = actors.resolve_name(name)
        return actors.choose_branch(actor, country_code="PK") if actor else None

    names = NameTools(
        resolve_actor=resolve_in_pakistan,
        place_key=place_normaliser(),
        provinces_of=provinces.provinces_of,
        lineage_of=lambda actor: tuple(found.name for found in actors.lineage_of(actor)),
    )
    return lambda results: measure_annotated(results, names=names)


def _wiki_measure(root: Path) -> Measure[Any]:
    from waqia.extract.actors import load_actor_dictionary

    actors = load_actor_dictionary()
    place_key = place_normaliser()

    def groups_named(text: str) -> frozenset[str]:
        return frozenset(match.actor.name for match in actors.find_actors(text))

    return lambda results: measure_wiki(
        results, resolve_actor=actors.resolve_name, place_key=place_key, groups_named=groups_named
    )


# Four files of SATP paragraphs drawn from one site: a paragraph may be in several, and each file is split
# by its own key, so one file's held-out row may be another's dev row.
SATP_SETS = ("satp-annotated", "satp-relevance", "conflibert-satp", "satp-actions")


def _others_of(family: tuple[str, ...], name: str) -> tuple[str, ...]:
    return tuple(other for other in family if other != name)


DATASETS: dict[str, DatasetAdapter[Any]] = {
    adapter.name: adapter
    for adapter in (
        DatasetAdapter(
            name="satp-annotated",
            source="satp_annotated_osorio_lab/satp_annotated_master.csv",
            summary="relevance; Pakistan: province, place, perpetrator, action type",
            read=read_satp_annotated,
            measure=_satp_annotated_measure,
            notes=ANNOTATED_NOTES,
            shares_text_with=_others_of(SATP_SETS, "satp-annotated"),
        ),
        DatasetAdapter(
            name="satp-relevance",
            source="satp_osorio/satp_terrorism.csv",
            summary="relevance (balanced sample)",
            read=read_satp_relevance,
            measure=_fixed(measure_relevance),
            notes=RELEVANCE_NOTES,
            shares_text_with=_others_of(SATP_SETS, "satp-relevance"),
        ),
        DatasetAdapter(
            name="conflibert-satp",
            source="conflibert_satp",
            summary="ArmedAssault/Bombing/Kidnapping/Other multi-label F1",
            read=read_conflibert_satp,
            measure=_fixed(measure_action_labels),
            notes=(
                *ACTION_NOTES,
                "The three published files (train, dev, test) are pooled and split by text hash like every "
                "other set (the rules are not trained on any of them).",
            ),
            shares_text_with=_others_of(SATP_SETS, "conflibert-satp"),
        ),
        DatasetAdapter(
            name="satp-actions",
            source="satp_osorio/satp_actions.csv",
            summary="ArmedAssault/Bombing/Kidnapping/Other multi-label F1",
            read=read_satp_actions,
            measure=_fixed(measure_action_labels),
            notes=ACTION_NOTES,
            shares_text_with=_others_of(SATP_SETS, "satp-actions"),
        ),
        DatasetAdapter(
            name="gtd",
            source="gtd_eval_1000/gtd_eval_1000.csv",
            summary="attack type macro-F1, killed and injured exact",
            read=read_gtd_summaries,
            measure=_gtd_measure,
            notes=GTD_NOTES,
        ),
        DatasetAdapter(
            name="wiki-incidents",
            source="wiki_terror_incidents",
            summary="type, dead, injured, perpetrator, location",
            read=read_wiki_incidents,
            measure=_wiki_measure,
            notes=WIKI_NOTES,
        ),
        DatasetAdapter(
            name="case2021",
            source="case2021_task2/test_set_final_release_with_labels.tsv",
            summary="ACLED sub-type weighted F1",
            read=read_case2021_snippets,
            measure=_fixed(measure_case2021),
            notes=CASE_NOTES,
        ),
    )
}
DATASET_HELP = "Reference set to measure on: " + "; ".join(
    f"{adapter.name} ({adapter.summary})" for adapter in DATASETS.values()
)


def _actor_resolver() -> Callable[[str], Actor | None]:
    from waqia.extract.actors import load_actor_dictionary

    return load_actor_dictionary().resolve_name


def _actor_normaliser() -> Callable[[str], str]:
    resolve = _actor_resolver()

    def normalise(name: str) -> str:
        actor = resolve(name)
        return fold_text(actor.name if actor else name)

    return normalise


def place_normaliser() -> Callable[[str], str]:
    """Folded names in which the place alias table's spellings coincide ("D.I. Khan" = "Dera Ismail Khan")."""
    from waqia.geocode.aliases import load_alias_rows
    from waqia.geocode.names import make_name_key

    canonical: dict[str, set[str]] = {}
    for row in load_alias_rows():
        for name in row.all_names:
            canonical.setdefault(make_name_key(name), set()).add(fold_text(row.name))

    def normalise(name: str) -> str:
        names = canonical.get(make_name_key(name), set())
        return next(iter(names)) if len(names) == 1 else fold_text(name)

    return normalise


def _read_spec_file(path: str) -> list[SpecArticle]:
    source = Path(path)
    if not source.is_file():
        raise ConfigError(f"{path}: no such file", hint="give the path of a spec JSON Lines file")
    try:
        with source.open(encoding="utf-8") as stream:
            return list(parse_spec_lines(stream, name=path))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text", hint="re-encode the file as UTF-8") from error


def _extract_with_progress(
    articles: Sequence[Article], *, extractor: Extractor, label: str
) -> list[tuple[Article, tuple[Mention, ...]] | Skipped]:
    results: list[tuple[Article, tuple[Mention, ...]] | Skipped] = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr_console(), transient=True) as progress:
        task = progress.add_task(label, total=len(articles))
        for result in extract_articles(articles, extractor=extractor):
            results.append(result)
            progress.advance(task)
    return results


def _predict_without_store(articles: list[str], *, extractor: Extractor) -> list[SpecArticle]:
    predicted: list[SpecArticle] = []
    for result in extract_articles(load_sources(articles), extractor=extractor):
        if isinstance(result, Skipped):
            print_skipped((result,), stderr_console())
            continue
        article, mentions = result
        line = format_spec_line(article_id=article.public_id, mentions=mentions, event_ids=None)
        predicted.extend(parse_spec_lines([line], name=article.origin or article.public_id))
    return predicted


def _predict_through_store(articles: list[str], *, extractor: Extractor) -> list[SpecArticle]:
    """Ingest into a throwaway SQLite store and read the mentions export, so each event has its event_id."""
    with tempfile.TemporaryDirectory(prefix="waqia-evaluate-") as folder:
        store = open_store(str(Path(folder) / "evaluate.db"))
        try:
            report = ingest_articles(load_sources(articles), extractor=extractor, store=store, clock=now_utc)
            if report.skipped:
                print_skipped(report.skipped, stderr_console())
            buffer = io.StringIO()
            write_mentions_export(store.iter_mentions(), buffer, articles=store.iter_articles())
        finally:
            store.close()
    return list(parse_spec_lines(buffer.getvalue().splitlines(), name="mentions export"))


def _evaluate_gold(
    gold: str,
    *,
    predictions: str | None,
    articles: list[str] | None,
    json_output: str | None,
    markdown_output: str | None,
    workers: int,
) -> None:
    gold_articles = _read_spec_file(gold)
    notes: list[str] = []
    if predictions is not None:
        predicted = _read_spec_file(predictions)
    elif articles:
        with_keys = any(event.event_key for article in gold_articles for event in article.events)
        with extracting_in(build_default_extractor(), workers=workers) as extractor:
            if with_keys:
                predicted = _predict_through_store(articles, extractor=extractor)
            else:
                predicted = _predict_without_store(articles, extractor=extractor)
        if with_keys:
            notes.append("Predictions came through a temporary store, so dedup pairs compare event_ids.")
        given = {article.article_id for article in predicted}
        left_out = [article.article_id for article in gold_articles if article.article_id not in given]
        if left_out:
            # The extractor can only be scored on the articles it was given.
            gold_articles = [article for article in gold_articles if article.article_id in given]
            notes.append(
                f"{len(left_out)} gold articles are not among --articles and were left out: "
                + ", ".join(left_out[:5])
                + (" ..." if len(left_out) > 5 else "")
            )
    else:
        raise ConfigError("nothing to score", hint="give --predictions FILE or --articles FILE")
    report = score(predicted, gold_articles, actor_names=_actor_normaliser(), place_names=place_normaliser())
    title = f"gold: {Path(gold).parent.name}/{Path(gold).name}"
    _print_spec_report(report, title=f"Extraction on {report.articles} gold articles ({gold})")
    for note in notes:
        stderr_console().print(note, highlight=False)
    if report.missing_predictions:
        stderr_console().print(f"{len(report.missing_predictions)} gold articles had no prediction line.")
    _write(json_output, lambda: format_spec_json(report, title=title))
    _write(markdown_output, lambda: format_spec_markdown(report, title=title, notes=notes))


def _print_spec_report(report: EvaluationReport, *, title: str) -> None:
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("count", justify="right")
    for row in spec_rows(report):
        table.add_row(*row)
    Console().print(table)


def _evaluate_dataset(
    name: str,
    *,
    data: Path | None,
    split: SplitChoice,
    limit: int | None,
    json_output: str | None,
    markdown_output: str | None,
    workers: int,
) -> None:
    adapter = DATASETS.get(name)
    if adapter is None:
        raise ConfigError(f"unknown dataset {name!r}", hint=f"choose one of {', '.join(DATASETS)}")
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit {limit} is not a positive number", hint="give --limit 1 or more")
    root = find_shared_data(data, environ=os.environ, cwd=Path.cwd())
    cases = list(adapter.read(find_dataset(root, adapter.source)))
    measure = adapter.measure(root)
    if split is not SplitChoice.ALL:
        cases = [case for case in cases if split_of(case.split_key) == Split(split.value)]
    available = len(cases)
    cases = choose_sample(cases, key=lambda case: case.split_key, limit=limit)
    with extracting_in(build_default_extractor(), workers=workers) as extractor:
        started = time.perf_counter()
        extracted = _extract_with_progress(
            [case.article for case in cases], extractor=extractor, label=f"extracting {adapter.name}"
        )
        seconds = time.perf_counter() - started
    failures = [result for result in extracted if isinstance(result, Skipped)]
    if failures:
        print_skipped(tuple(failures), stderr_console())
    results = [
        (case, () if isinstance(result, Skipped) else result[1])
        for case, result in zip(cases, extracted, strict=True)
    ]
    splits = [Split.DEV.value, Split.HELD_OUT.value, ALL] if split is SplitChoice.ALL else [split.value]
    notes = adapter.notes
    seen_elsewhere: frozenset[str] = frozenset()
    if adapter.shares_text_with and split is not SplitChoice.DEV:
        seen_elsewhere, note = _dev_texts_elsewhere(adapter, cases, root=root)
        splits.insert(splits.index(Split.HELD_OUT.value) + 1, UNSEEN)
        notes = (*notes, note)
    report = DatasetReport(
        dataset=adapter.name,
        source=adapter.source,
        rows=len(cases),
        available=available,
        splits=measure_by_split(
            results,
            measure=measure,
            splits=splits,
            seen_elsewhere=lambda case: text_key(case.article.text) in seen_elsewhere,
        ),
        notes=notes,
        extractor=extractor.name,
        seconds=seconds,
    )
    _print_dataset_report(report)
    _write(json_output, lambda: format_dataset_json(report))
    _write(markdown_output, lambda: format_dataset_markdown(report))


def _dev_texts_elsewhere(
    adapter: DatasetAdapter[Any], cases: Sequence[Case], *, root: Path
) -> tuple[frozenset[str], str]:
    """The text keys of the dev rows of the sets `adapter` shares paragraphs with, and a note saying how
    many of the held-out `cases` they hold.

    A set absent from the reference data is named as not checked: its dev rows cannot be told apart.
    """
    keys: set[str] = set()
    read, absent = [], []
    for name in adapter.shares_text_with:
        other = DATASETS[name]
        path = root / other.source
        if not path.exists():
            absent.append(name)
            continue
        read.append(name)
        keys.update(
            text_key(case.article.text) for case in other.read(path) if split_of(case.split_key) is Split.DEV
        )
    sets = ", ".join(read) or "no other set"
    if absent:
        sets += f" ({', '.join(absent)} absent, not checked)"
    held_out = [case for case in cases if split_of(case.split_key) is Split.HELD_OUT]
    seen = sum(text_key(case.article.text) in keys for case in held_out)
    note = (
        f"Held-out, dev in no other set: the held-out rows whose paragraph (its letters and digits, case "
        f"folded) is no dev row of {sets}. The files share paragraphs and each is split by its own key: "
        f"{seen} of these {len(held_out)} held-out rows are dev rows of another, open to study while rules "
        "were written."
    )
    return frozenset(keys), note


def _print_dataset_report(report: DatasetReport) -> None:
    sampled = f", sample of {report.available}" if report.rows < report.available else ""
    table = Table(
        title=f"{report.dataset}: {report.rows} rows{sampled} ({report.source}), {report.seconds:.0f} s",
        title_justify="left",
    )
    header, rows = report_rows(report)
    for index, column in enumerate(header):
        table.add_column(column, justify="left" if index == 0 else "right", overflow="fold")
    for row in rows:
        table.add_row(*row)
    console = Console()
    console.print(table)
    for note in report.notes:
        console.print(f"- {note}", highlight=False, style="dim")


def _write(target: str | None, render: Callable[[], str]) -> None:
    if target is None:
        return
    with open_output(target, binary=False) as stream:
        stream.write(render())
        stream.write("\n")


def evaluate(
    gold: Annotated[
        str | None, typer.Option("--gold", help="Gold labels: spec events JSON Lines (event_key optional).")
    ] = None,
    predictions: Annotated[
        str | None, typer.Option("--predictions", help="Predicted events (spec JSON Lines) to score.")
    ] = None,
    articles: Annotated[
        list[str] | None,
        typer.Option(
            "--articles",
            help="Spec articles (or any input `ingest` reads) to run the extractor on, when --predictions is "
            "not given; repeatable. With event_keys in the gold, they go through a temporary store.",
        ),
    ] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", help=DATASET_HELP)] = None,
    split: Annotated[
        SplitChoice,
        typer.Option("--split", help="With --dataset: dev rows, held-out rows, or all (reports each half)."),
    ] = SplitChoice.ALL,
    limit: Annotated[
        int | None,
        typer.Option("--limit", help="With --dataset: measure a fixed sample of at most N rows."),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Reference-data folder (default: $WAQIA_SHARED_DATA, else ../shared/data).",
            file_okay=False,
        ),
    ] = None,
    json_output: Annotated[str | None, typer.Option("--json", help="Also write the figures as JSON.")] = None,
    markdown_output: Annotated[
        str | None, typer.Option("--markdown", help="Also write the figures as a Markdown section.")
    ] = None,
    workers: WorkersOption = 0,
) -> None:
    """Score extraction: against a gold file (--gold), or on a reference dataset (--dataset)."""
    if (gold is None) == (dataset is None):
        raise ConfigError(
            "give either --gold FILE or --dataset NAME", hint=f"datasets: {', '.join(DATASETS)}"
        )
    if dataset is not None:
        if predictions is not None or articles:
            raise ConfigError(
                "--predictions and --articles go with --gold", hint="--dataset reads its own articles"
            )
        _evaluate_dataset(
            dataset,
            data=data,
            split=split,
            limit=limit,
            json_output=json_output,
            markdown_output=markdown_output,
            workers=workers,
        )
        return
    if split is not SplitChoice.ALL or limit is not None or data is not None:
        raise ConfigError("--split, --limit and --data go with --dataset", hint="--gold scores every article")
    if gold is not None:
        _evaluate_gold(
            gold,
            predictions=predictions,
            articles=articles,
            json_output=json_output,
            markdown_output=markdown_output,
            workers=workers,
        )


def register(app: typer.Typer) -> None:
    """Add the evaluation commands to the `waqia` app."""
    app.command()(evaluate)
