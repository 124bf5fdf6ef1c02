"""Articles written in other outlets' styles (wire datelines, RFA, Yonhap, NK News): the
incidents a reader would list, with their type, province and date window."""
from pathlib import Path

import pytest

from dashboard.build import extract_paths

FOLDER = Path(__file__).parent / "fixtures" / "other_outlets"


@pytest.fixture(scope="module")
def events():
    result = extract_paths([FOLDER])
    assert not result.errors
    return result.events


@pytest.mark.parametrize("article, event_type, provinces, earliest, latest", [
    # "on Monday night" in an article of Thursday 2023-10-12
    ("ap_repatriation", "defection", {"CN-JL", "CN-LN"}, "2023-10-09", "2023-10-09"),
    ("ap_repatriation", "arrest", {"CN-JL", "CN-LN"}, "2023-09-01", "2023-10-12"),
    ("rfa_shooting", "use_of_force", {"KP-10"}, "2022-08-21", "2022-08-31"),
    ("rfa_shooting", "seizure", {"KP-09"}, "2022-09-01", "2022-09-01"),
    ("rfa_shooting", "arrest", {"KP-10"}, "2022-08-01", "2022-09-05"),
    ("yonhap_trade", "trade_measure", {"KP-03", ""}, "2022-01-16", "2022-01-16"),
    ("yonhap_trade", "trade_measure", {""}, "2020-01-01", "2020-01-31"),
    ("nknews_sentencing", "punishment", {"KP-09"}, "2021-10-01", "2021-10-31"),
    # a national law: no province, even in a story about Hoeryong
    ("nknews_sentencing", "policy_order", {""}, "2020-12-01", "2020-12-31"),
    ("dailynk_crackdown", "crackdown", {"KP-03"}, "2024-02-15", "2024-03-18"),
    ("dailynk_crackdown", "arrest", {"KP-03"}, "2024-03-11", "2024-03-17"),
])
def test_expected_incident(events, article, event_type, provinces, earliest, latest):
    rows = events[(events.article_id == article) & (events.event_type == event_type)]
    matching = rows[rows.admin1_code.isin(provinces) & (rows.date_start >= earliest) & (rows.date_end <= latest)]
    assert not matching.empty, rows[["admin1_code", "date_start", "date_end", "evidence"]].to_string()


@pytest.mark.parametrize("article, event_type", [
    ("ap_repatriation", "punishment"),     # "activists fear the returnees will face torture"
    ("yonhap_trade", "defection"),         # a freight train crossing the river is not somebody fleeing
])
def test_no_such_event(events, article, event_type):
    assert events[(events.article_id == article) & (events.event_type == event_type)].empty


def test_counts_and_amounts(events):
    rfa = events[events.article_id == "rfa_shooting"]
    assert rfa[rfa.event_type == "seizure"].iloc[0].quantity == "200 kg"
    assert rfa[rfa.event_type == "arrest"].iloc[0].people_count == 4
    assert events[(events.article_id == "dailynk_crackdown") & (events.event_type == "arrest")].iloc[0].people_count == 5


def test_datelines_captions_and_destinations_place_nothing(events):
    assert not events.place.isin(["Seoul", "South Korea"]).any()   # "SEOUL, South Korea (AP) —", "calls to South Korea"
    assert not events.evidence.str.contains("Image:").any()


def test_residents_home_town_is_the_story_place_when_nothing_else_is_named(tmp_path):
    (tmp_path / "phones.txt").write_text(
        "---\ntitle: Phone users held\npublished: 2019-10-15\n---\n"
        "The Ministry of State Security has arrested three residents of Hyesan, Ryanggang Province, "
        "for using Chinese phones, a source said.\n\n"
        "The agents confiscated two smartphones and 3,000 yuan in cash at the house, the source said.\n",
        encoding="utf-8")
    events = extract_paths([tmp_path]).events
    seizure = events[events.event_type == "seizure"].iloc[0]
    assert (seizure.place, seizure.admin1_code) == ("Hyesan", "KP-10")
