"""Readers of the reference datasets, on small tables written here (no ../shared/data needed)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from waqia.errors import ConfigError, IngestError
from waqia.ingest.datasets import (
    SHARED_DATA_ENV,
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
from waqia.ingest.datasets.tables import parse_count, parse_list_cell, repair_text
from waqia.ingest.datasets.ucdp import read_ucdp_places


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, delimiter: str = ",") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        if header:
            writer.writerow(header)
        writer.writerows(rows)
    return path


SATP_HEADER = [
    "id",
    "is_relevant",
    "target",
    "source",
    "action",
    "action_type",
    "location",
    "date",
    "country",
    "year",
    "news",
    "target_group",
    "action_group",
    "source_group",
]


def satp_row(paragraph_id: str, relevant: str, text: str, **cells: str) -> list[str]:
    values = dict.fromkeys(SATP_HEADER, "")
    values.update(
        id=paragraph_id,
        is_relevant=relevant,
        news=text,
        country="pakistan",
        year="2017",
        date="['March 4']",
        location="['NotSpecified']",
        source="['NotSpecified']",
        action_type="['Unknown']",
    )
    values.update(cells)
    return [values[name] for name in SATP_HEADER]


def test_satp_annotated_merges_an_id_annotated_twice(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "satp.csv",
        SATP_HEADER,
        [
            satp_row(
                "7",
                "False",
                "Gunmen shot dead a shopkeeper in Turbat Kech District on March 4 reports Dawn",
                location="['Turbat']",
                source="['gunmen']",
            ),
            satp_row("8", "False", "The chief minister opened a bridge on March 4.", country="india"),
            satp_row(
                "7",
                "True",
                "Gunmen shot dead a shopkeeper in Turbat, Kech District, on March 4, reports Dawn.",
                location="['Kech', 'Balochistan']",
                source="['Baloch Liberation Front', 'BLF']",
                action_type="['Armed Assault']",
            ),
        ],
    )
    paragraphs = {paragraph.paragraph_id: paragraph for paragraph in read_satp_annotated(path)}
    merged = paragraphs["7"]
    assert merged.relevant_votes == (False, True)
    assert merged.relevant
    assert merged.article.text.endswith("reports Dawn.")
    assert merged.places == ("Turbat", "Kech", "Balochistan")
    assert merged.sources == ("gunmen", "Baloch Liberation Front", "BLF")
    assert merged.action_types == ("Unknown", "Armed Assault")
    assert merged.article.published_at == datetime(2017, 3, 4, tzinfo=UTC)
    assert merged.article.public_id == "satp:7"
    assert merged.split_key == "7"
    assert paragraphs["8"].country == "india"
    assert not paragraphs["8"].relevant


def test_satp_relevance_reads_true_and_false(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "rel.csv",
        ["is_relevant", "news"],
        [["TRUE", "A bomb went off in a market."], ["FALSE", "Wheat prices rose."], ["TRUE", "  "]],
    )
    rows = list(read_satp_relevance(path))
    assert [(row.relevant, row.article.text) for row in rows] == [
        (True, "A bomb went off in a market."),
        (False, "Wheat prices rose."),
    ]
    assert rows[0].split_key == rows[0].article.text


def test_conflibert_files_are_headerless_with_four_label_columns(tmp_path: Path) -> None:
    folder = tmp_path / "conflibert_satp"
    write_csv(
        folder / "satp_train.tsv", [], [["Militants fired on a post.", "1", "0", "0", "0"]], delimiter="\t"
    )
    write_csv(
        folder / "satp_test.tsv",
        [],
        [["Rebels abducted two traders and torched a truck.", "0", "0", "1", "1"]],
        delimiter="\t",
    )
    rows = list(read_conflibert_satp(folder))
    assert [(row.published_split, sorted(row.labels)) for row in rows] == [
        ("train", ["ArmedAssault"]),
        ("test", ["Kidnapping", "Other"]),
    ]


def test_conflibert_folder_without_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"satp_train\.tsv"):
        list(read_conflibert_satp(tmp_path))


def test_satp_actions_reads_true_false_columns_and_a_padded_header(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "actions.csv",
        ["Kidnapping", "Bombing", "ArmedAssault", "Other", "news "],
        [["FALSE", "TRUE", "FALSE", "FALSE", "An IED exploded near a school."]],
    )
    (row,) = read_satp_actions(path)
    assert row.labels == frozenset({"Bombing"})


def test_gtd_date_prefix_becomes_the_publication_date(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "gtd.csv",
        ["summary", "attacktype1_txt", "weaptype1_txt", "targtype1_txt", "nkill", "nwound"],
        [
            [
                "03/14/2012: Assailants bombed a bridge in a Shi\x92i town.",
                "Bombing/Explosion",
                "Explosives",
                "X",
                "2.0",
                "",
            ],
            ["4/0/1999: Gunmen attacked a bus.", "Armed Assault", "Firearms", "X", "0.0", "3"],
        ],
    )
    first, second = read_gtd_summaries(path)
    assert first.article.text == "Assailants bombed a bridge in a Shi’i town."
    assert first.article.published_at == datetime(2012, 3, 14, tzinfo=UTC)
    assert (first.killed, first.wounded) == (2, None)
    assert second.article.published_at is None
    assert (second.killed, second.wounded) == (0, 3)
    assert first.split_key.startswith("03/14/2012")


def test_gtd_file_without_its_columns_is_named_in_the_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "gtd.csv", ["summary", "nkill"], [["x", "1"]])
    with pytest.raises(IngestError, match=r"gtd\.csv: missing column\(s\) attacktype1_txt"):
        list(read_gtd_summaries(path))


def test_wiki_tables_are_read_once_each_incident(tmp_path: Path) -> None:
    folder = tmp_path / "wiki"
    write_csv(
        folder / "wikipedia_terrorist_incidents_1970_2019.csv",
        ["date", "type", "dead", "injured", "location", "details", "perpetrator"],
        [
            [
                "May 3 2015",
                "Shooting, arson",
                "3 (+1)",
                "Unknown",
                "Maiduguri, Nigeria",
                "Gunmen killed three villagers and burned huts.[4]",
                "Boko Haram (suspected)",
            ],
            ["June 1 2016", "Bombing", "20+", "7", "Somalia", "A car bomb exploded at a hotel.", "Unknown"],
        ],
    )
    write_csv(
        folder / "wikipedia_terrorist_incidents_2018_cnet.csv",
        ["Date", "Type", "Dead", "Injured", "Location", "Details", "Perpetrator", "Part of"],
        [
            [
                "3 May 2015",
                "Shooting",
                "3",
                "0",
                "Borno, Nigeria",
                "Gunmen killed three villagers and burned huts.",
                "",
                "",
            ]
        ],
    )
    write_csv(
        folder / "wikipedia_major_incidents_2016_2022_capstone.csv",
        ["Year", "Category", "Country", "Perpetrator", "Injured", "Dead", "Description"],
        [["2019", "Explosion", "Iraq", "Islamic State", "4", "2", "Two died in a blast at a checkpoint."]],
    )
    incidents = list(read_wiki_incidents(folder))
    assert len(incidents) == 3
    first, second, third = incidents
    assert first.article.text == "Gunmen killed three villagers and burned huts."
    assert first.types == ("shooting", "arson")
    assert (first.victims_killed, first.perpetrators_killed, first.injured) == (3, 1, None)
    assert (first.place, first.country) == ("Maiduguri", "Nigeria")
    assert (first.perpetrator, first.suspected) == ("Boko Haram", True)
    assert first.article.published_at == datetime(2015, 5, 3, tzinfo=UTC)
    assert (second.victims_killed, second.perpetrator, second.place, second.country) == (
        None,
        None,
        "Somalia",
        None,
    )
    assert (third.country, third.place, third.article.published_at) == ("Iraq", None, None)


def test_case2021_snippets_keep_quotes_as_text(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text(
        'id\tEventSnippet\tSubType\n12\tProtesters chanted "no more" outside parliament\tPEACE_PROTEST\n',
        encoding="utf-8",
    )
    (snippet,) = read_case2021_snippets(path)
    assert snippet.label == "PEACE_PROTEST"
    assert snippet.article.text == 'Protesters chanted "no more" outside parliament'
    assert snippet.article.public_id == "case2021:12"


def test_province_gazetteer_reads_towns_and_districts(tmp_path: Path) -> None:
    folder = tmp_path / "gazetteer_geonames"
    folder.mkdir()
    (folder / "admin1CodesASCII.txt").write_text(
        "PK.02\tBalochistan\tBalochistan\t1\n"
        "PK.03\tKhyber Pakhtunkhwa\tKhyber Pakhtunkhwa\t2\n"
        "IN.01\tX\tX\t3\n",
        encoding="utf-8",
    )
    (folder / "admin2Codes.txt").write_text(
        "PK.02.11\tKēch District\tKech District\t11\nPK.03.12\tKhyber Agency\tKhyber Agency\t12\n",
        encoding="utf-8",
    )
    header = (
        "geonameid\tname\tasciiname\talternatenames\tlat\tlon\tfc\tfcode\tcountry_code\tcc2\tadmin1_code\n"
    )
    (folder / "cities15000_PK_AF.tsv").write_text(
        header
        + "1\tTurbat\tTurbat\tKech,Turbat Town\t26\t63\tP\tPPL\tPK\t\t02\n"
        + "2\tKhar\tKhar\t\t34\t71\tP\tPPL\tPK\t\t03\n"
        + "3\tKhar\tKhar\t\t34\t69\tP\tPPL\tAF\t\t01\n",
        encoding="utf-8",
    )
    provinces = read_pakistan_provinces(folder)
    assert provinces.provinces_of("Turbat") == {"Balochistan"}
    assert provinces.provinces_of("Kech") == {"Balochistan"}
    assert provinces.provinces_of("khyber") == {"Khyber Pakhtunkhwa"}
    assert provinces.provinces_of("Khar") == {"Khyber Pakhtunkhwa"}
    assert provinces.provinces_of("Lahore") == frozenset()


def test_province_gazetteer_names_a_missing_table(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"admin1CodesASCII\.txt not found"):
        read_pakistan_provinces(tmp_path)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("['TTP', 'militants']", ("TTP", "militants")),
        ("[nan]", ()),
        ("", ()),
        ("Quetta", ("Quetta",)),
        ("['unbalanced", ()),
        ("['Jamaâ€™at ul Ahrar']", ("Jama’at ul Ahrar",)),
    ],
)
def test_parse_list_cell(cell: str, expected: tuple[str, ...]) -> None:
    assert parse_list_cell(cell) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Shi\x92i", "Shi’i"), ("Jamaâ€™at", "Jama’at"), ("caf\u00e9", "caf\u00e9"), ("plain", "plain")],
)
def test_repair_text(text: str, expected: str) -> None:
    assert repair_text(text) == expected


@pytest.mark.parametrize(("cell", "expected"), [("7", 7), ("7.0", 7), ("", None), ("20+", None), ("x", None)])
def test_parse_count(cell: str, expected: int | None) -> None:
    assert parse_count(cell) == expected


def test_shared_data_found_from_option_environment_then_beside_the_checkout(tmp_path: Path) -> None:
    option, env = tmp_path / "option", tmp_path / "env"
    option.mkdir()
    env.mkdir()
    beside = tmp_path / "shared" / "data"
    beside.mkdir(parents=True)
    checkout = tmp_path / "main"
    checkout.mkdir()
    assert find_shared_data(option, environ={SHARED_DATA_ENV: str(env)}, cwd=checkout) == option
    assert find_shared_data(None, environ={SHARED_DATA_ENV: str(env)}, cwd=checkout) == env
    assert find_shared_data(None, environ={}, cwd=checkout, repository_root=tmp_path) == beside.resolve()
    elsewhere = tmp_path / "x" / "y"
    elsewhere.mkdir(parents=True)
    assert find_shared_data(None, environ={}, cwd=elsewhere, repository_root=checkout) == beside.resolve()


def test_missing_shared_data_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        find_shared_data(None, environ={}, cwd=tmp_path, repository_root=tmp_path)
    assert "../shared/data not found" in str(raised.value)
    assert SHARED_DATA_ENV in str(raised.value)
    with pytest.raises(ConfigError, match=SHARED_DATA_ENV):
        find_shared_data(None, environ={SHARED_DATA_ENV: str(tmp_path / "nope")}, cwd=tmp_path)


def test_missing_dataset_names_its_path(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"gtd_eval_1000/gtd_eval_1000\.csv not found"):
        find_dataset(tmp_path, "gtd_eval_1000/gtd_eval_1000.csv")


UCDP_HEADER = [
    "id",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
]


def test_ucdp_places_skip_the_tag_row_and_read_today_s_provinces(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "ucdp.csv",
        UCDP_HEADER,
        [
            ["", "", "", "#description", "#adm1+name", "#adm2+name", "#geo+lat", "#geo+lon"],
            [
                "1",
                "2",
                "Kel village",
                "Kel sector",
                "Azad Jammu & Kashmir",
                "Neelam district",
                "34.8",
                "74.3",
            ],
            [
                "2",
                "1",
                "Wana town",
                "Wana bazaar",
                "Federally Administered Tribal Areas",
                "South Waziristan",
                "32.3",
                "69.6",
            ],
            ["3", "4", "Punjab province", "Punjab", "Somewhere else", "", "31.5", "74.3"],
        ],
    )
    places = list(read_ucdp_places(path))
    assert [(p.name, p.precision, p.province, p.district) for p in places] == [
        ("Kel village", 2, "Azad Kashmir", "Neelam district"),
        ("Wana town", 1, "Khyber Pakhtunkhwa", "South Waziristan"),
        ("Punjab province", 4, None, ""),
    ]
    assert (places[1].latitude, places[1].longitude) == (32.3, 69.6)


def test_ucdp_places_name_the_line_of_a_bad_number(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "ucdp.csv", UCDP_HEADER, [["1", "two", "Kel", "Kel", "Sindh province", "", "1", "2"]]
    )
    with pytest.raises(IngestError, match="line 2"):
        list(read_ucdp_places(path))
