"""The dashboard's database: one SQLite file holding the event table and the articles.

Plain Python (no Streamlit): pages read through these functions; `build` writes.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pandas as pd

from dashboard.articles import ARTICLE_SUFFIXES
from dashboard.columns import ALL_COLUMNS

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO_ROOT / "data" / "borderwatch.sqlite"
DEFAULT_ARTICLE_DIRS = [REPO_ROOT / "seeds"]
ARTICLE_COLUMNS = ["article_id", "title", "url", "published", "outlet", "author", "path", "body"]


def save(events: pd.DataFrame, articles: pd.DataFrame, db_path: Path = DEFAULT_DB) -> None:
    """Replace the database's content with these events and articles, atomically."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(tmp) as con:
        events.reindex(columns=ALL_COLUMNS).to_sql("events", con, index=False)
        articles.reindex(columns=ARTICLE_COLUMNS).to_sql("articles", con, index=False)
        con.execute("CREATE INDEX events_article ON events(article_id)")
    tmp.replace(db_path)


def load_events(db_path: Path = DEFAULT_DB) -> pd.DataFrame:
    """All events; dates as ISO strings, numbers as floats (NaN when unknown)."""
    with sqlite3.connect(Path(db_path)) as con:
        frame = pd.read_sql_query("SELECT * FROM events", con)
    for col in ("lat", "lon", "value_usd", "people_count", "confidence", "border_km"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce")
    text_cols = [c for c in frame.columns if frame[c].dtype == object]
    frame[text_cols] = frame[text_cols].fillna("")
    return frame


def load_articles(db_path: Path = DEFAULT_DB) -> pd.DataFrame:
    with sqlite3.connect(Path(db_path)) as con:
        return pd.read_sql_query("SELECT * FROM articles", con).fillna("")


def newest_article_mtime(article_dirs: list[Path]) -> float:
    times = [p.stat().st_mtime for d in article_dirs if Path(d).exists()
             for p in Path(d).rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES]
    return max(times, default=0.0)


def is_stale(db_path: Path = DEFAULT_DB, article_dirs: list[Path] | None = None) -> bool:
    """True when the database is missing or older than any article it is built from."""
    db_path = Path(db_path)
    if not db_path.exists():
        return True
    return newest_article_mtime(article_dirs or DEFAULT_ARTICLE_DIRS) > db_path.stat().st_mtime


def ensure_database(db_path: Path | None = None, article_dirs: list[Path] | None = None) -> Path:
    """The database to show: $BORDERWATCH_DB when set (used as is, e.g. by tests and
    benchmarks); else the default one, built from the article folders when missing or stale."""
    if db_path is None and os.environ.get("BORDERWATCH_DB"):
        return Path(os.environ["BORDERWATCH_DB"])
    db_path = Path(db_path or DEFAULT_DB)
    if is_stale(db_path, article_dirs):
        from dashboard.build import build  # late import: extraction is only needed to rebuild

        build(article_dirs or DEFAULT_ARTICLE_DIRS, db_path=db_path)
    return Path(db_path)
