"""`waqia evaluate` through Typer's CliRunner, with a stand-in extractor: options, outputs and errors."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from waqia.cli import evaluate as evaluate_command
from waqia.cli import main as cli
from waqia.evaluate.splits import Split, split_of
from waqia.ingest.datasets import SHARED_DATA_ENV
from waqia.model import (
    Article,
    Casualties,
    DatePrecision,
    DateSpan,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
)

runner = CliRunner()
GTD_HEADER = ["summary", "attacktype1_txt", "weaptype1_txt", "targtype1_txt", "nkill", "nwound"]


class LineExtractor:
    """Reads "sub-type|YYYY-MM-DD|place|killed" lines: a stand-in extractor whose output is obvious."""

    name = "lines.v1"

    def extract(self, article: Article) -> tuple[Mention, ...]:
        mentions = []
        for ordinal, line in enumerate(article.text.splitlines()):
            parts = line.split("|")
            if len(parts) != 4:
                continue
            sub_type = SubEventType(parts[0])
            day = date.fromisoformat(parts[1])
            mentions.append(
                Mention(
                    mention_id=f"{article.article_id}-{ordinal}",
                    article_id=article.article_id,
                    role=Role.MAIN,
                    event_type=sub_type.event_type,
                    sub_event_type=sub_type,
                    when=DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
                    place=Place(
                        name=parts[2],
                        country="Pakistan",
                        country_code="PK",
                        admin1="Balochistan",
                        geo_precision=GeoPrecision.TOWN,
                        geocoder="test",
                    ),
                    casualties=Casualties(killed_min=int(parts[3]), killed_max=int(parts[3])),
                    evidence=(
                        Evidence(
                            field=EvidenceField.EVENT, start=0, end=len(line), text=line, producer=self.name
                        ),
                    ),
                    extractor=self.name,
                )
            )
        return tuple(mentions)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        for article in articles:
            yield article, self.extract(article)


@pytest.fixture
def line_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_command, "build_default_extractor", LineExtractor)


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    path = folder / "gtd_eval_1000" / "gtd_eval_1000.csv"
    path.parent.mkdir(parents=True)
    rows = [
        [
            f"03/{day:02d}/2012: Remote explosive/landmine/IED|2012-03-{day:02d}|Quetta|2",
            "Bombing/Explosion",
            "",
            "",
            "2",
            "0",
        ]
        for day in range(1, 21)
    ]
    rows.append(["03/25/2012: Gunmen shot a guard.", "Armed Assault", "", "", "1", "0"])
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(GTD_HEADER)
        writer.writerows(rows)
    return folder


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["evaluate"], "give either --gold FILE or --dataset NAME"),
        (["evaluate", "--gold", "g.jsonl", "--dataset", "gtd"], "give either --gold FILE or --dataset NAME"),
        (["evaluate", "--dataset", "nosuch"], "unknown dataset 'nosuch'"),
        (["evaluate", "--dataset", "gtd", "--limit", "0"], "--limit 0"),
        (
            ["evaluate", "--dataset", "gtd", "--articles", "a.jsonl"],
            "--predictions and --articles go with --gold",
        ),
        (["evaluate", "--gold", "/no/such/gold.jsonl", "--articles", "a.jsonl"], "/no/such/gold.jsonl"),
        (
            ["evaluate", "--gold", "g.jsonl", "--split", "dev"],
            "--split, --limit and --data go with --dataset",
        ),
    ],
)
def test_bad_options_get_one_clear_error(args: list[str], message: str) -> None:
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_absent_reference_data_says_where_to_put_it(tmp_path: Path) -> None:
    result = runner.invoke(
        cli.app, ["evaluate", "--dataset", "gtd"], env={SHARED_DATA_ENV: str(tmp_path / "nope")}
    )
    assert result.exit_code == 2
    assert "not found" in result.output
    assert SHARED_DATA_ENV in result.output


def test_absent_dataset_file_is_named(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["evaluate", "--dataset", "case2021", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "test_set_final_release_with_labels.tsv not found" in result.output


def test_dataset_figures_per_split_with_json_and_markdown(
    line_extractor: None, data_folder: Path, tmp_path: Path
) -> None:
    out_json, out_md = tmp_path / "gtd.json", tmp_path / "gtd.md"
    args = ["evaluate", "--dataset", "gtd", "--data", str(data_folder), "--json", str(out_json)]
    result = runner.invoke(cli.app, [*args, "--markdown", str(out_md)])
    assert result.exit_code == 0, result.output
    assert "killed exact" in result.output
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert report["dataset"] == "gtd"
    assert report["extractor"] == "lines.v1"
    assert [split["split"] for split in report["splits"]] == ["dev", "heldout", "all"]
    every = {(f["measure"], f["convention"]): f for f in report["splits"][2]["figures"]}
    assert every[("killed exact", "")]["detail"] == "20/21"
    assert every[("attack type micro F1", "")]["value"] == pytest.approx(20 / 21)
    assert sum(split["rows"] for split in report["splits"][:2]) == 21
    assert "### gtd" in out_md.read_text(encoding="utf-8")


def test_dataset_split_and_limit_choose_rows(line_extractor: None, data_folder: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "dev.json"
    args = ["evaluate", "--dataset", "gtd", "--data", str(data_folder), "--split", "dev", "--limit", "3"]
    result = runner.invoke(cli.app, [*args, "--json", str(out_json)])
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert [split["split"] for split in report["splits"]] == ["dev"]
    assert report["rows"] == 3
    assert report["available"] > 3


def test_data_folder_from_the_environment(line_extractor: None, data_folder: Path) -> None:
    result = runner.invoke(cli.app, ["evaluate", "--dataset", "gtd"], env={SHARED_DATA_ENV: str(data_folder)})
    assert result.exit_code == 0, result.output
    assert "21 rows" in result.output


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)


def test_held_out_rows_another_set_has_as_dev_rows_are_measured_apart(
    line_extractor: None, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    # One paragraph per day in the relevance file; the actions file copies each with other punctuation
    # and spacing, so both files hold it and each splits it by its own text.
    lines = [f"Remote explosive/landmine/IED|2012-03-{day:02d}|Quetta|2" for day in range(1, 29)]
    copies = [line.replace("/", " (", 1).replace("|", ") ", 1).replace("|", ", ") for line in lines]
    write_csv(
        folder / "satp_osorio" / "satp_terrorism.csv", ["is_relevant", "news"], [["TRUE", x] for x in lines]
    )
    write_csv(
        folder / "satp_osorio" / "satp_actions.csv",
        ["Kidnapping", "Bombing", "ArmedAssault", "Other", "news"],
        [["FALSE", "TRUE", "FALSE", "FALSE", copy] for copy in copies],
    )
    held_out = [index for index, line in enumerate(lines) if split_of(line) is Split.HELD_OUT]
    unseen = [index for index in held_out if split_of(copies[index]) is Split.HELD_OUT]
    assert 0 < len(unseen) < len(held_out), "the fixture must hold rows of every kind"
    out_json = tmp_path / "relevance.json"
    args = ["evaluate", "--dataset", "satp-relevance", "--data", str(folder), "--json", str(out_json)]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert [split["split"] for split in report["splits"]] == ["dev", "heldout", "unseen", "all"]
    assert [split["rows"] for split in report["splits"]][1:3] == [len(held_out), len(unseen)]
    note = next(note for note in report["notes"] if note.startswith("Held-out, dev in no other set"))
    assert f"{len(held_out) - len(unseen)} of these {len(held_out)} held-out rows" in note
    assert "satp-actions" in note
    assert "satp-annotated, conflibert-satp absent, not checked" in note


def test_a_set_sharing_no_paragraphs_has_no_unseen_column(
    line_extractor: None, data_folder: Path, tmp_path: Path
) -> None:
    out_json = tmp_path / "gtd.json"
    args = ["evaluate", "--dataset", "gtd", "--data", str(data_folder), "--split", "heldout"]
    result = runner.invoke(cli.app, [*args, "--json", str(out_json)])
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert [split["split"] for split in report["splits"]] == ["heldout"]


def write_jsonl(path: Path, items: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def gold_event(day: str, key: str | None) -> dict[str, object]:
    event: dict[str, object] = {
        "role": "main",
        "event_date": day,
        "date_precision": "day",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "admin1": "Balochistan",
        "killed_min": 3,
    }
    if key is not None:
        event["event_key"] = key
    return event


@pytest.fixture
def articles_file(tmp_path: Path) -> Path:
    line = "Remote explosive/landmine/IED|2025-03-10|Quetta|3"
    return write_jsonl(
        tmp_path / "articles.jsonl",
        [
            {"id": "one", "text": line, "published_at": "2025-03-10"},
            {"id": "two", "text": line, "published_at": "2025-03-11", "url": "https://b.example/2"},
        ],
    )


def test_gold_with_event_keys_goes_through_a_store_for_real_dedup(
    line_extractor: None, articles_file: Path, tmp_path: Path
) -> None:
    gold = write_jsonl(
        tmp_path / "gold.jsonl",
        [
            {"article_id": "one", "events": [gold_event("2025-03-10", "k")]},
            {"article_id": "two", "events": [gold_event("2025-03-10", "k")]},
            {"article_id": "absent", "events": [gold_event("2025-03-10", "k")]},
        ],
    )
    out_json = tmp_path / "report.json"
    args = ["evaluate", "--gold", str(gold), "--articles", str(articles_file), "--json", str(out_json)]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert report["articles"] == 2
    assert report["dedup"]["true_positives"] == 1
    assert report["dedup"]["f1"] == pytest.approx(1.0)
    assert report["detection_main"]["f1"] == pytest.approx(1.0)
    assert "1 gold articles are not among --articles" in result.output


def test_gold_without_event_keys_is_scored_without_a_store(
    line_extractor: None, articles_file: Path, tmp_path: Path
) -> None:
    gold = write_jsonl(
        tmp_path / "gold.jsonl", [{"article_id": "one", "events": [gold_event("2025-03-10", None)]}]
    )
    out_md = tmp_path / "report.md"
    args = ["evaluate", "--gold", str(gold), "--articles", str(articles_file), "--markdown", str(out_md)]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    text = out_md.read_text(encoding="utf-8")
    assert "| dedup pairs F1 | 0.000 |" in text
    assert "| killed_min | 1.000 | 1/1 |" in text
