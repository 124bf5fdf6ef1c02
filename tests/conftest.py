"""Shared fixtures: a small hand-written events database.

Every event below is written by hand, so tests state expected rows by id without
asking the code under test. Article `a2` carries hostile text (script tag, Markdown,
javascript: link) to check it is never rendered as HTML or Markdown.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from dashboard import store
from dashboard.columns import ALL_COLUMNS

NAN = math.nan
HOSTILE = "<script>alert(1)</script> **bold** [x](javascript:alert(1))"

ARTICLES = {
    "a1": dict(
        title="Gold smugglers caught in Hyesan", url="https://example.org/a1",
        published="2020-03-10", outlet="Daily NK", author="Reporter One",
        body=("Hyesan, Ryanggang Province.\n\n"
              "Three people were arrested for smuggling gold in Hyesan on March 5. "
              "Security agents seized 4 gold nuggets from the smugglers. "
              "Residents say such cases are common.\n\n"
              "One smuggler was sentenced to a labor camp in June.\n\n"
              "Remittance cash was seized at a Hyesan broker's home around New Year."),
    ),
    "a2": dict(
        title="Phones, guards and a crackdown", url="javascript:alert(1)",
        published="2020-11-20", outlet="Radio Free Asia", author="",
        body=(f"Intro paragraph {HOSTILE} with nothing else.\n\n"
              "Mobile phones were smuggled across the Yalu near Sinuiju on September 10. "
              f"{HOSTILE}\n\n"
              "A year-long crackdown on border crossings ran in Hoeryong throughout 2020.\n\n"
              "Border guards shot a man crossing the Tumen near Musan on August 15.\n\n"
              "Police arrested a broker in Hyesan for phone calls to South Korea."),
    ),
    "a3": dict(
        title="Border trade and a currency order", url="https://example.org/a3",
        published="2021-06-01", outlet="Daily NK", author="Reporter Two",
        body=("The Central Committee ordered a nationwide ban on foreign currency.\n\n"
              "Dandong customs suspended freight trade for the spring.\n\n"
              "Two women crossed the Yalu from Hyesan in early February.\n\n"
              "Police arrested four gold smugglers in Manpo on February 20."),
    ),
}

# id, article, type, start, end, precision, place, code, name, country, lat, lon,
# actors, commodity, people, confidence, summary, evidence
EVENTS = [
    ("e01", "a1", "arrest", "2020-03-05", "2020-03-05", "day", "Hyesan", "KP-10", "Ryanggang",
     "KP", 41.40, 128.18, "Ministry of State Security", "gold", 3, 0.9,
     "Three smugglers arrested in Hyesan",
     "Three people were arrested for smuggling gold in Hyesan on March 5."),
    ("e02", "a1", "seizure", "2020-03-05", "2020-03-05", "day", "Hyesan", "KP-10", "Ryanggang",
     "KP", 41.40, 128.18, "Security agents", "gold", NAN, 0.85,
     "Gold nuggets seized from smugglers in Hyesan",
     "Security agents seized 4 gold nuggets from the smugglers."),
    ("e03", "a1", "punishment", "2020-06-01", "2020-06-30", "month", "Hyesan", "KP-10",
     "Ryanggang", "KP", 41.40, 128.18, "", "", 1, 0.7,
     "Smuggler sentenced to a labor camp",
     "One smuggler was sentenced to a labor camp in June."),
    ("e04", "a2", "smuggling", "2020-09-10", "2020-09-10", "day", "Sinuiju", "KP-03",
     "North Pyongan", "KP", 40.10, 124.40, "", "mobile phones", NAN, 0.8,
     "Phones smuggled across the Yalu near Sinuiju",
     "Mobile phones were smuggled across the Yalu near Sinuiju on September 10."),
    ("e05", "a2", "crackdown", "2020-01-01", "2020-12-31", "year", "Hoeryong", "KP-09",
     "North Hamgyong", "KP", 42.44, 129.75, "border guards", "", NAN, 0.5,
     "Year-long crackdown on border crossings in Hoeryong",
     "A year-long crackdown on border crossings ran in Hoeryong throughout 2020."),
    ("e06", "a2", "use_of_force", "2020-08-15", "2020-08-15", "day", "Musan", "KP-09",
     "North Hamgyong", "KP", 42.23, 129.20, "border guards", "", 1, 0.75,
     "Border guards shot a man crossing the Tumen",
     "Border guards shot a man crossing the Tumen near Musan on August 15."),
    ("e07", "a3", "policy_order", "2021-01-10", "2021-01-10", "day", "", "", "",
     "KP", NAN, NAN, "Central Committee", "foreign currency", NAN, 0.6,
     "Nationwide ban on foreign currency",
     "The Central Committee ordered a nationwide ban on foreign currency."),
    ("e08", "a3", "trade_measure", "2021-03-01", "2021-05-31", "season", "Dandong", "CN-LN",
     "Liaoning", "CN", 40.12, 124.38, "Dandong customs", "freight", NAN, 0.65,
     "Dandong customs suspended freight trade",
     "Dandong customs suspended freight trade for the spring."),
    ("e09", "a3", "defection", "2021-02-01", "2021-02-07", "week", "Hyesan", "KP-10",
     "Ryanggang", "KP", 41.40, 128.18, "", "", 2, 0.7,
     "Two women crossed the Yalu from Hyesan",
     "Two women crossed the Yalu from Hyesan in early February."),
    ("e10", "a3", "arrest", "2021-02-20", "2021-02-20", "day", "Manpo", "KP-04", "Jagang",
     "KP", 41.15, 126.29, "police", "gold", 4, 0.8,
     "Gold smugglers arrested in Manpo",
     "Police arrested four gold smugglers in Manpo on February 20."),
    ("e11", "a1", "seizure", "2019-12-28", "2020-01-03", "week", "Hyesan", "KP-10",
     "Ryanggang", "KP", 41.40, 128.18, "", "remittances", NAN, 0.55,
     "Remittance cash seized at a broker's home",
     "Remittance cash was seized at a Hyesan broker's home around New Year."),
    ("e12", "a2", "arrest", "2020-11-02", "2020-11-02", "day", "Hyesan", "KP-10", "Ryanggang",
     "KP", 41.40, 128.18, "police", "mobile phones", 1, 0.7,
     "Broker arrested for phone calls to South Korea",
     "Police arrested a broker in Hyesan for phone calls to South Korea."),
]
FIELDS = ["event_id", "article_id", "event_type", "date_start", "date_end", "date_precision",
          "place", "admin1_code", "admin1_name", "country_code", "lat", "lon", "actors",
          "commodity", "people_count", "confidence", "summary", "evidence"]
ALL_IDS = [row[0] for row in EVENTS]
KP10_IDS = [row[0] for row in EVENTS if row[7] == "KP-10"]  # e01 e02 e03 e09 e11 e12


def events_frame() -> pd.DataFrame:
    rows = []
    for values in EVENTS:
        row = dict(zip(FIELDS, values))
        art = ARTICLES[row["article_id"]]
        start = art["body"].index(row["evidence"])
        row.update(evidence_start=start, evidence_end=start + len(row["evidence"]),
                   date_text="", geo_precision="place" if row["place"] else "country",
                   quantity="", value_usd=NAN, article_title=art["title"],
                   article_url=art["url"], published=art["published"], outlet=art["outlet"],
                   border_km=NAN)
        rows.append(row)
    return pd.DataFrame(rows).reindex(columns=ALL_COLUMNS)


def articles_frame() -> pd.DataFrame:
    return pd.DataFrame([dict(article_id=aid, path=f"{aid}.txt", **art)
                         for aid, art in ARTICLES.items()])


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "fixture.sqlite"
    store.save(events_frame(), articles_frame(), path)
    return path


@pytest.fixture
def app_env(fixture_db, monkeypatch) -> Path:
    monkeypatch.setenv("BORDERWATCH_DB", str(fixture_db))
    return fixture_db


@pytest.fixture
def events(fixture_db) -> pd.DataFrame:
    return store.load_events(fixture_db)

