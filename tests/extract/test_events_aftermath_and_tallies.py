"""What a report leaves out of its news (issue #3): an event known only by what it left behind (the displaced,
the next of kin, a shutdown in mourning), a deed named by its year in a court report, a reward for an arrest
that has not happened, an arrested man named by that word, and counts over years."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType


def _main_sub_types(
    extractor: RulesExtractor, text: str, *, published: datetime = datetime(2019, 6, 12, tzinfo=UTC)
) -> list[SubEventType]:
    article = Article(article_id="aftermath", text=text, published_at=published)
    return [m.sub_event_type for m in extractor.extract(article) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        # An adjective, not an arrest.
        "An arrested commander of the group told a court in Quetta on Monday that he had planned an attack "
        "on a bank.",
        # A reward for an arrest to come.
        "The provincial government announced a reward of PKR 2 million for information leading to the "
        "arrest of three commanders of the banned outfit.",
        # What an earlier event left behind.
        "Aid agencies handed out tents to 900 families displaced by recent fighting between the army and "
        "militants in Kurram district.",
        "The district administration paid compensation to the next of kin of policemen killed in an attack "
        "on a checkpost in Tank district.",
        # "Disappeared" as an adjective of the people a commission looks for.
        "The inquiry commission will fill a form for each disappeared person and record what families "
        "say of the intelligence agencies, its spokesman said on Monday.",
        # A case named by its crime is the court's, not a new crime.
        "Khan, who is lodged in Kolkata Jail in connection with the shoe baron Rahul Sen kidnapping case of "
        "2001, was not produced before the court on January 19.",
        # Counts over years or a fiscal year, told on a given day.
        "As many as 210 civilians were killed in militant attacks in Khyber Pakhtunkhwa between 2015 and "
        "2018, the home department told the assembly on Tuesday.",
        "Police arrested 64 suspects in Balochistan during the fiscal year 2018-19, according to figures "
        "released on Monday.",
    ],
)
def test_reports_of_what_an_event_left_behind_have_no_main_event(
    extractor: RulesExtractor, text: str
) -> None:
    assert _main_sub_types(extractor, text) == []


def test_a_deed_named_by_its_year_in_a_charge_is_no_news(extractor: RulesExtractor) -> None:
    text = (
        "An Anti-Terrorism Court in Hyderabad on March 14, 2018, framed charges against three suspected "
        "members of the banned Lashkar-e-Jhangvi (LeJ) in the 2016 killing of a Deputy Superintendent of "
        "Police (DSP) in the Latifabad area, reports Dawn."
    )
    # Published the next day: the year of the deed, not the age of the report, makes it an earlier one.
    assert _main_sub_types(extractor, text, published=datetime(2018, 3, 15, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Police arrested two militants in Quetta on Monday.", SubEventType.ARRESTS),
        # A day beside a single year is the event's own.
        (
            "A bomb killed five soldiers in Quetta on March 4, the deadliest attack in the province during "
            "2017.",
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
    ],
)
def test_news_beside_those_words_stays_news(
    extractor: RulesExtractor, text: str, sub_type: SubEventType
) -> None:
    assert _main_sub_types(extractor, text) == [sub_type]
