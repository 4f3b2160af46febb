"""`waqia stats`, `chart`, `map`, `digest` and `definitions` through Typer's CliRunner on a real store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from waqia.cli.analytics import describe_store, register
from waqia.cli.main import WaqiaGroup
from waqia.model import SubEventType, Target
from waqia.store import open_store

from ..analytics.builders import ARMY, BLA, KABUL, QUETTA, TTP, build_event
from ..publish.smtp_server import running_smtp_server

runner = CliRunner()
COMMANDS = ("stats", "chart", "map", "digest", "definitions")
EVENTS = [
    build_event(
        "2025-09-15",
        killed=12,
        injured=27,
        perpetrator=TTP,
        sources=("Dawn",),
        source_urls=("https://dawn.example/khar",),
        claimed_by=("Tehreek-e-Taliban Pakistan",),
    ),
    build_event(
        "2025-09-16", SubEventType.ATTACK, killed=3, place=QUETTA, perpetrator=BLA, sources=("Outlet C",)
    ),
    build_event("2025-09-17", SubEventType.ARMED_CLASH, killed=8, perpetrator=ARMY, target=Target.MILITANTS),
    build_event("2025-09-09", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=5, injured=2, place=KABUL),
    build_event("2025-08-20", SubEventType.AGREEMENT, sources=("Radio Pakistan",)),
    build_event("2024-09-18", killed=2, perpetrator=TTP),
]
TOTAL_LINE = re.compile(r"^  (Events|Killed|Injured): (\d+) \(previous (\d+), change (.+)\)$", re.M)


def build_app() -> typer.Typer:
    app = typer.Typer(cls=WaqiaGroup, no_args_is_help=True, pretty_exceptions_enable=False)

    @app.callback()
    def _root() -> None:
        """waqia (analysis commands only)."""

    register(app)
    return app


APP = build_app()


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WAQIA_DB", "WAQIA_DEFINITION", "WAQIA_DEFINITIONS", "WAQIA_SMTP_HOST", "WAQIA_SMTP_PORT"):
        monkeypatch.delenv(name, raising=False)
    for name in (
        "WAQIA_SMTP_TLS",
        "WAQIA_SMTP_USER",
        "WAQIA_SMTP_PASSWORD",
        "WAQIA_SMTP_FROM",
        "WAQIA_SMTP_TO",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "analytics.db"
    store = open_store(str(path))
    with store.session() as session:
        for event in EVENTS:
            session.put_event(event)
    store.close()
    return str(path)


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(APP, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_every_command_is_registered_with_help() -> None:
    for name in COMMANDS:
        code, out, _ = invoke(name, "--help")
        assert code == 0, name
        assert "Usage" in out


def test_stats_table_prints_the_definition_with_the_figures(db: str) -> None:
    code, out, err = invoke(
        "stats", "--db", db, "--by", "month", "-d", "terrorist-attacks", "--since", "2025-08-01"
    )
    assert code == 0, err
    assert "Counting definition terrorist-attacks: Attacks by non-state armed groups" in out
    assert "terrorist-attacks by month, 2025-08-01 to 2025-09-30" in out
    assert re.search(r"2025-08 .*│\s+0 │", out), "an empty month appears with zeros"
    assert re.search(r"2025-09 .*│\s+3 │", out)


def test_stats_csv_and_json_agree_and_carry_the_definition(db: str) -> None:
    common = ["stats", "--db", db, "--by", "year", "--group", "admin1", "-d", "all-political-violence"]
    code, csv_text, err = invoke(*common, "--format", "csv")
    assert code == 0, err
    header, *lines = csv_text.splitlines()
    assert header.startswith(
        "definition,definition_description,granularity,period,period_start,period_end,admin1"
    )
    assert all(line.startswith("all-political-violence,") for line in lines)
    code, json_text, err = invoke(*common, "--format", "json")
    assert code == 0, err
    document = json.loads(json_text)
    assert document["definition"]["name"] == "all-political-violence"
    assert len(document["rows"]) == len(lines)
    kp_2025 = next(
        row for row in document["rows"] if row["period"] == "2025" and row["admin1"] == "Khyber Pakhtunkhwa"
    )
    assert (kp_2025["events"], kp_2025["killed"], kp_2025["events_year_earlier"]) == (2, 20, 1)
    assert document["total"] == {"events": 5, "killed": 30, "injured": 29}


def test_stats_filters_narrow_the_events(db: str) -> None:
    code, out, err = invoke("stats", "--db", db, "--by", "year", "--country", "AF", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["total"]["events"] == 1


def test_user_definitions_from_option_and_environment(db: str, tmp_path: Path) -> None:
    first = tmp_path / "first.toml"
    first.write_text(
        '[definitions.clashes]\ndescription = "Armed clashes."\nsub_event_types = ["Armed clash"]\n'
    )
    second = tmp_path / "second.toml"
    second.write_text('[definitions.kabul]\ndescription = "Events in Kabul."\ncountries = ["af"]\n')
    code, out, err = invoke(
        "stats",
        "--db",
        db,
        "--by",
        "year",
        "-d",
        "clashes",
        "--format",
        "json",
        env={"WAQIA_DEFINITIONS": str(first)},
    )
    assert code == 0, err
    assert json.loads(out)["total"]["events"] == 1
    code, out, err = invoke(
        "definitions", "--definitions", str(second), env={"WAQIA_DEFINITIONS": str(first)}
    )
    assert code == 0, err
    assert "clashes" in out
    assert "kabul" in out
    assert "terrorist-attacks" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '[definitions.x]\ndescription = "X."\nevent_types = ["Bombing"]\n',
            "definitions.x.event_types: unknown value 'Bombing'",
        ),
        ("[definitions.x\n", "not valid TOML"),
    ],
)
def test_a_bad_definitions_file_is_a_clear_error(
    db: str, tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    code, _, err = invoke("stats", "--db", db, "--definitions", str(path))
    assert code == 2
    assert str(path) in err
    assert expected in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["stats", "-d", "terrorism"], "no counting definition named 'terrorism'"),
        (["stats", "--since", "2025-02-01", "--until", "2025-01-01"], "--since 2025-02-01 is after --until"),
        (["chart", "monthly", "--output", "chart.jpg"], "cannot tell the image format"),
        (["map", "--tiles", "https://t.example/{z}/{x}/{y}.png"], "has no attribution"),
        (["digest", "--send", "--date", "2025-09-16"], "WAQIA_SMTP_HOST is not set"),
        (["stats", "--definitions", "missing.toml"], "missing.toml: no such definitions file"),
    ],
)
def test_mistakes_are_one_line_errors(db: str, args: list[str], expected: str) -> None:
    code, _, err = invoke(*args, "--db", db)
    assert code == 2
    assert expected in err


@pytest.mark.parametrize(
    ("kind", "suffix", "magic"),
    [("monthly", "png", b"\x89PNG"), ("province", "svg", b"<?xml"), ("actor", "png", b"\x89PNG")],
)
def test_chart_writes_the_image(db: str, tmp_path: Path, kind: str, suffix: str, magic: bytes) -> None:
    output = tmp_path / f"chart.{suffix}"
    code, _, err = invoke("chart", kind, "--db", db, "--output", str(output), "-d", "terrorist-attacks")
    assert code == 0, err
    assert output.read_bytes().startswith(magic)
    assert "chart of 4 events (terrorist-attacks)" in err


def test_map_writes_one_self_contained_page(db: str, tmp_path: Path) -> None:
    output = tmp_path / "map.html"
    code, _, err = invoke("map", "--db", db, "--output", str(output), "--title", "Test <map>")
    assert code == 0, err
    page = output.read_text(encoding="utf-8")
    assert "<title>Test &lt;map&gt;</title>" in page
    assert "L.markerClusterGroup" in page
    assert "<script src=" not in page
    assert "6 events shown" in page


def test_digest_numbers_equal_waqia_stats_for_the_same_definition_and_period(db: str) -> None:
    for definition in ("terrorist-attacks", "all"):
        code, digest, err = invoke(
            "digest",
            "--db",
            db,
            "--period",
            "week",
            "--date",
            "2025-09-17",
            "--format",
            "text",
            "-d",
            definition,
        )
        assert code == 0, err
        week = ["--since", "2025-09-17", "--until", "2025-09-17"]
        code, stats, err = invoke(
            "stats", "--db", db, "--by", "week", *week, "--format", "json", "-d", definition
        )
        assert code == 0, err
        (row,) = json.loads(stats)["rows"]
        totals = {
            label.lower(): (int(now), int(before)) for label, now, before, _ in TOTAL_LINE.findall(digest)
        }
        for measure in ("events", "killed", "injured"):
            assert totals[measure] == (row[measure], row[f"{measure}_previous_period"]), (definition, measure)
        assert f"Counting definition: {definition}" in digest


def test_digest_lines_carry_their_sources(db: str) -> None:
    code, out, err = invoke("digest", "--db", db, "--period", "week", "--date", "2025-09-17", "-d", "all")
    assert code == 0, err
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(bullets) == 4  # three events and one claim
    assert all(". Sources: " in line for line in bullets)
    assert "[dawn.example](https://dawn.example/khar)" in out


def test_digest_send_mails_text_and_html_to_a_local_server(db: str) -> None:
    with running_smtp_server() as (inbox, port):
        env = {
            "WAQIA_SMTP_HOST": "127.0.0.1",
            "WAQIA_SMTP_PORT": str(port),
            "WAQIA_SMTP_TLS": "none",
            "WAQIA_SMTP_FROM": "digest@example.org",
            "WAQIA_SMTP_TO": "desk@example.org",
        }
        code, out, err = invoke(
            "digest",
            "--db",
            db,
            "--period",
            "day",
            "--date",
            "2025-09-15",
            "--send",
            "-d",
            "terrorist-attacks",
            env=env,
        )
    assert code == 0, err
    assert out == ""
    assert f"digest sent to desk@example.org through 127.0.0.1:{port}" in err
    (received,) = inbox.received
    assert received.message["Subject"] == "waqia digest, 2025-09-15: 1 events, 12 killed (terrorist-attacks)"
    text = received.message.get_body(preferencelist=("plain",))
    page = received.message.get_body(preferencelist=("html",))
    assert text is not None
    assert page is not None
    assert "  Killed: 12 (previous 0, change +12 (n/a))" in text.get_content()
    assert (
        '<a href="https://dawn.example/khar" rel="noopener noreferrer">dawn.example</a>' in page.get_content()
    )


@pytest.mark.parametrize(
    ("target", "label"),
    [
        ("demo/waqia-demo.db", "waqia-demo.db"),
        ("sqlite:////data/events.db", "events.db"),
        ("postgresql://analyst:secret@db.example:5432/waqia", "postgresql://db.example:5432/waqia"),
    ],
)
def test_captions_name_the_store_without_credentials(target: str, label: str) -> None:
    assert describe_store(target) == label


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _example_commands() -> list[list[str]]:
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is not there (installed package without the repository)")
    commands = []
    for path in sorted(EXAMPLES.glob("waqia-digest.*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "bin/waqia digest" in line and not line.lstrip().startswith("#"):
                commands.append(line.split("bin/waqia ", 1)[1].split())
    return commands


def test_the_cron_and_systemd_examples_run_valid_digest_commands(db: str) -> None:
    commands = _example_commands()
    assert len(commands) == 3  # daily and weekly cron lines, the systemd service
    for args in commands:
        assert "--send" in args
        code, out, err = invoke(*[arg for arg in args if arg != "--send"], "--date", "2025-09-16", "--db", db)
        assert code == 0, (args, err)
        assert "Counting definition:" in out
