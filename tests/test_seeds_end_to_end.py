"""The five seed articles, end to end: the incidents a reader of each article would list."""
import csv
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dashboard.articles import read_article
from dashboard.build import extract_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="module")
def events():
    result = extract_paths([SEEDS])
    assert not result.errors
    return result.events


def _find(events, article_prefix, event_type, **equal):
    rows = events[events.article_id.str.startswith(article_prefix) & (events.event_type == event_type)]
    for col, value in equal.items():
        rows = rows[rows[col] == value]
    return rows


def _within(row, earliest: str, latest: str) -> bool:
    """The event's interval overlaps the window the article supports."""
    return row.date_start <= latest and row.date_end >= earliest


def test_gold_smugglers_arrested_in_hyesan(events):
    arrests = _find(events, "001_", "arrest", place="Hyesan")
    assert len(arrests) == 1
    arrest = arrests.iloc[0]
    assert arrest.admin1_code == "KP-10" and arrest.admin1_name == "Ryanggang"
    assert arrest.people_count == 2
    assert "Ministry of State Security" in arrest.actors
    # The article is dated only "2020": the interval stays inside that year, no invented day.
    assert arrest.date_start >= "2020-01-01" and arrest.date_end <= "2020-12-31"
    assert arrest.date_precision in ("month", "season", "year")
    assert abs(arrest.lat - 41.40) < 0.1 and abs(arrest.lon - 128.18) < 0.1
    assert arrest.border_km < 5


def test_gold_nuggets_seized_with_their_dollar_value(events):
    seizure = _find(events, "001_", "seizure").iloc[0]
    assert seizure.admin1_code == "KP-10"
    assert "4 nuggets" in seizure.quantity
    assert seizure.value_usd == 28106
    assert seizure.commodity.startswith("gold")


def test_origin_province_is_not_the_event_place(events):
    assert _find(events, "001_", "arrest", admin1_code="KP-05").empty


def test_fifty_kilograms_of_gold_earlier_this_month(events):
    rows = events[events.article_id.str.startswith("000_") & events.quantity.str.contains("50 kg")]
    assert set(rows.event_type) >= {"arrest"}
    arrest = rows[rows.event_type == "arrest"].iloc[0]
    assert (arrest.date_start, arrest.date_end[:7]) == ("2020-07-01", "2020-07")
    assert arrest.admin1_code in ("", "KP-10")


@pytest.mark.parametrize("quantity, earliest, latest", [
    ("10 kg", "2020-06-15", "2020-06-30"),   # "late last month" in a July 27 article
])
def test_late_last_month_smuggling(events, quantity, earliest, latest):
    row = _find(events, "000_", "smuggling").query("quantity.str.contains(@quantity)").iloc[0]
    assert earliest <= row.date_start and row.date_end <= latest


def test_early_june_arrests(events):
    row = _find(events, "000_", "arrest", date_text="in early June").iloc[0]
    assert (row.date_start, row.date_end) == ("2020-06-01", "2020-06-10")


def test_central_committee_letter_is_a_policy_order(events):
    orders = _find(events, "000_", "policy_order")
    assert any(_within(r, "2020-06-15", "2020-07-27") and "letter" in r.evidence for r in orders.itertuples())


def test_china_rejects_trade_restart_on_feb_14(events):
    rows = _find(events, "003_", "trade_measure", date_start="2020-02-14")
    assert len(rows) == 1
    assert rows.iloc[0].date_end == "2020-02-14" and rows.iloc[0].admin1_code in ("", "CN-BJ")


def test_pyongyang_order_after_the_rejection(events):
    row = _find(events, "003_", "policy_order", admin1_code="KP-01").iloc[0]
    assert "handed down an order" in row.evidence
    assert row.date_end <= "2020-02-19"


def test_orders_to_expatriates_in_liaoning(events):
    row = _find(events, "002_", "policy_order", admin1_code="CN-LN").iloc[0]
    assert "received orders" in row.evidence
    assert _within(row, "2021-04-15", "2021-05-28")


def test_remittance_arrests_in_north_pyongan_since_may(events):
    row = _find(events, "004_", "arrest", admin1_code="KP-03").iloc[0]
    assert row.date_text == "since May"
    assert row.date_start >= "2021-01-01" and row.date_end == "2021-12-31"


def test_no_event_comes_from_a_photo_caption(events):
    assert not events.evidence.str.contains("/ Image:|unloading goods in Dandong").any()
    assert "Dandong" not in set(events.place)


def test_evidence_offsets_point_into_the_article_body(events):
    bodies = {p.stem: read_article(p).body for p in SEEDS.glob("*.txt")}
    for row in events.itertuples():
        assert bodies[row.article_id][row.evidence_start:row.evidence_end] == row.evidence


def test_event_ids_are_stable_and_unique(events):
    again = extract_paths([SEEDS]).events
    assert list(again.event_id) == list(events.event_id)
    assert events.event_id.is_unique


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval not beside the repo")
def test_seed_score_clears_the_bar(tmp_path):
    out = tmp_path / "events.csv"
    subprocess.run([sys.executable, "-m", "dashboard", "extract", str(SEEDS), "--out", str(out)],
                   check=True, cwd=ROOT)
    scored = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(SHARED_EVAL / "seeds_gold.csv"),
                             str(out), "--min-f1", "0.85"], capture_output=True, text=True)
    assert scored.returncode == 0, scored.stdout
