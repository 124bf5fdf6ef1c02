"""App benchmark: synthetic events (1k, 10k, 100k) in a temp DB; per page, server time
of the first full run and of a filter change (AppTest), and the map's payload size.

    python benchmarks/app_bench.py [--sizes 1000 10000 100000]

Targets at 100k events: filter change < 1 s of server time, map payload < 5 MB.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard import filters, mapdata, store  # noqa: E402
from dashboard.columns import ALL_COLUMNS, EVENT_TYPES  # noqa: E402

APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["views/map.py", "views/timeline.py", "views/incidents.py", "views/articles.py"]
PLACES = [  # place, code, province, lat, lon
    ("Hyesan", "KP-10", "Ryanggang", 41.40, 128.18), ("Sinuiju", "KP-03", "North Pyongan", 40.10, 124.40),
    ("Hoeryong", "KP-09", "North Hamgyong", 42.44, 129.75), ("Musan", "KP-09", "North Hamgyong", 42.23, 129.20),
    ("Manpo", "KP-04", "Jagang", 41.15, 126.29), ("Dandong", "CN-LN", "Liaoning", 40.12, 124.38),
    ("Rason", "KP-13", "Rason", 42.25, 130.30), ("Yanji", "CN-JL", "Jilin", 42.90, 129.50),
]
COMMODITIES = ["gold", "mobile phones", "remittances", "copper", "drugs", "", "", ""]
ACTORS = ["Ministry of State Security", "border guards", "police", "customs", ""]
PRECISIONS = {"day": 0, "week": 6, "month": 29, "season": 90, "year": 364}


def synthetic(n: int, n_articles: int = 200, seed: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    place = rng.integers(0, len(PLACES), n)
    start = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 3650, n), unit="D")
    precision = rng.choice(list(PRECISIONS), n, p=[0.55, 0.15, 0.15, 0.05, 0.10])
    end = start + pd.to_timedelta([PRECISIONS[p] for p in precision], unit="D")
    types = rng.choice(EVENT_TYPES, n)
    commodity = rng.choice(COMMODITIES, n)
    article = rng.integers(0, n_articles, n)
    evidence = [f"Report {i}: {t} near {PLACES[p][0]} involving {c or 'people'}."
                for i, (t, p, c) in enumerate(zip(types, place, commodity))]
    frame = pd.DataFrame({
        "event_id": [f"ev{i:06d}" for i in range(n)],
        "article_id": [f"art{a:04d}" for a in article],
        "event_type": types,
        "summary": [f"{t.replace('_', ' ').capitalize()} in {PLACES[p][0]} ({c or 'n/a'})"
                    for t, p, c in zip(types, place, commodity)],
        "date_start": start.strftime("%Y-%m-%d"), "date_end": end.strftime("%Y-%m-%d"),
        "date_precision": precision, "date_text": "",
        "place": [PLACES[p][0] for p in place], "admin1_code": [PLACES[p][1] for p in place],
        "admin1_name": [PLACES[p][2] for p in place],
        "country_code": [PLACES[p][1][:2] for p in place],
        "lat": [PLACES[p][3] for p in place] + rng.normal(0, 0.15, n),
        "lon": [PLACES[p][4] for p in place] + rng.normal(0, 0.15, n),
        "geo_precision": "place", "actors": rng.choice(ACTORS, n), "commodity": commodity,
        "quantity": "", "value_usd": np.nan,
        "people_count": np.where(rng.random(n) < 0.4, rng.integers(1, 20, n), np.nan),
        "evidence": evidence, "evidence_start": 0, "evidence_end": [len(e) for e in evidence],
        "confidence": rng.uniform(0.3, 1.0, n).round(2),
        "article_title": [f"Article {a}" for a in article],
        "article_url": [f"https://example.org/{a}" for a in article],
        "published": start.strftime("%Y-%m-%d"), "border_km": np.nan, "outlet": "Synthetic",
    }).reindex(columns=ALL_COLUMNS)
    articles = pd.DataFrame({
        "article_id": [f"art{a:04d}" for a in range(n_articles)],
        "title": [f"Article {a}" for a in range(n_articles)],
        "url": [f"https://example.org/{a}" for a in range(n_articles)],
        "published": "2020-01-01", "outlet": "Synthetic", "author": "", "path": "",
        "body": ["Synthetic article body.\n\nSecond paragraph about the border."] * n_articles,
    })
    return frame, articles


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_pages(db: Path) -> dict[str, tuple[float, float]]:
    """Per page: (first full run incl. loading, filter change) in seconds."""
    from streamlit.testing.v1 import AppTest

    os.environ["BORDERWATCH_DB"] = str(db)
    results = {}
    for page in PAGES:
        at = AppTest.from_file(APP, default_timeout=600)
        first = timed(lambda: at.switch_page(page).run()) if page != PAGES[0] else \
            timed(at.run)
        if page != PAGES[0]:
            # Navigating there first loaded the data in a run of the default page: count it.
            first = timed(lambda: AppTest.from_file(APP, default_timeout=600).run()) + first
        assert not at.exception, [e.value for e in at.exception]
        # From the unfiltered view (every event) to one type (~1/9 of them).
        change = timed(lambda: at.multiselect(key="f_type").select("arrest").run())
        assert not at.exception, [e.value for e in at.exception]
        results[page] = (first, change)
    return results


def map_payload(events: pd.DataFrame) -> tuple[int, int, bool]:
    """Bytes of the Deck JSON for the unfiltered view with the density layer on."""
    from dashboard.geo.border import border_line, province_outlines

    prepared = filters.prepare(events)
    points, total = mapdata.points(prepared)
    deck = mapdata.build_deck(points, mapdata.density(prepared),
                              mapdata.border_layers(border_line(), province_outlines()),
                              "/app/static/blank-style.json")
    return mapdata.payload_bytes(deck), len(points), total > len(points)


def main() -> None:
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            events, articles = synthetic(n)
            db = Path(tmp) / f"bench-{n}.sqlite"
            store.save(events, articles, db)
            payload, drawn, sampled = map_payload(events)
            apply_s = timed(lambda: filters.apply(filters.prepare(events),
                                                  filters.FilterState(q="gold hyesan")))
            for page, (first, change) in bench_pages(db).items():
                rows.append({"events": n, "page": page.split("/")[-1][:-3],
                             "first run s": round(first, 2), "filter change s": round(change, 3),
                             "map payload MB": round(payload / 1e6, 2) if "map" in page else None,
                             "points drawn": f"{drawn}{' (sample)' if sampled else ''}"
                             if "map" in page else "", "filters.apply s": round(apply_s, 3)})
    table = pd.DataFrame(rows)
    print(table.to_string(index=False))
    worst = table[table["events"] == max(args.sizes)]
    print(f"\nat {max(args.sizes):,} events: slowest filter change "
          f"{worst['filter change s'].max():.3f} s (target < 1 s); map payload "
          f"{worst['map payload MB'].max():.2f} MB (target < 5 MB)")


if __name__ == "__main__":
    main()
