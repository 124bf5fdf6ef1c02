"""`python -m dashboard extract` and `build`, as CONTRACT.md specifies them."""
import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dashboard.columns import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOOD = """---
title: "Guards detain brokers in Hoeryong"
published: 2023-03-10
---
Security agents detained three remittance brokers in Hoeryong, North Hamgyong Province, on March 2, a source said.
"""


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "dashboard", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json", ".geojson"])
def test_extract_writes_every_format(tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    done = run("extract", SEEDS, "--out", out)
    assert done.returncode == 0, done.stderr
    if suffix == ".csv":
        with open(out, newline="", encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        assert header[:len(EVENT_COLUMNS)] == EVENT_COLUMNS
    elif suffix == ".parquet":
        frame = pd.read_parquet(out)
        assert list(frame.columns[:len(EVENT_COLUMNS)]) == EVENT_COLUMNS and len(frame) > 10
    elif suffix == ".json":
        records = json.loads(out.read_text(encoding="utf-8"))
        assert {"event_id", "event_type", "date_start"} <= set(records[0])
    else:
        collection = json.loads(out.read_text(encoding="utf-8"))
        assert collection["type"] == "FeatureCollection"
        hyesan = [f for f in collection["features"] if f["properties"]["place"] == "Hyesan"]
        lon, lat = hyesan[0]["geometry"]["coordinates"]
        assert abs(lat - 41.40) < 0.1 and abs(lon - 128.18) < 0.1
        assert all(f["geometry"]["coordinates"][0] is not None for f in collection["features"])


def test_bad_files_are_named_and_the_others_still_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    out = tmp_path / "events.csv"
    done = run("extract", folder, "--out", out)
    assert done.returncode == 1
    for name in ("empty.txt", "picture.txt", "broken.md"):
        assert name in done.stderr
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert [(r["article_id"], r["event_type"], r["place"], r["date_start"]) for r in rows] == [
        ("good", "arrest", "Hoeryong", "2023-03-02")]


@pytest.mark.parametrize("args", [
    ["extract", "seeds"],                          # no --out
    ["extract", "--out", "x.csv"],                 # no PATH
    ["extract", "seeds", "--out", "events.xlsx"],  # unknown format
    ["frobnicate"],
])
def test_usage_errors_exit_2(args, tmp_path):
    assert run(*args, cwd=ROOT).returncode == 2


def test_missing_path_is_a_rejected_file(tmp_path):
    done = run("extract", tmp_path / "nowhere", "--out", tmp_path / "e.csv")
    assert done.returncode == 1 and "nowhere" in done.stderr


def test_build_writes_the_database(tmp_path):
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "hoeryong.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "bw.sqlite"
    done = run("build", extra, "--db", db)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as con:
        articles = {r[0] for r in con.execute("SELECT article_id FROM articles")}
        places = {r[0] for r in con.execute("SELECT place FROM events")}
    assert "hoeryong" in articles and "001_4410855a17fae96a" in articles
    assert {"Hoeryong", "Hyesan"} <= places
    assert "articles" in done.stderr  # progress / summary line
