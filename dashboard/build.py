"""Articles -> events -> the dashboard's database. Used by `python -m dashboard build`
and, when the database is missing or stale, by the app itself."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from dashboard.articles import Article, ArticleError, find_article_files, read_article
from dashboard.events import events_frame
from dashboard.extract.pipeline import Geocoder, extract_events
from dashboard.geo.gazetteer import default_gazetteer
from dashboard.store import ARTICLE_COLUMNS, DEFAULT_DB, save


@dataclass
class Extraction:
    events: pd.DataFrame
    articles: list[Article]
    errors: list[ArticleError] = field(default_factory=list)


Progress = Callable[[int, int, str], None]


def extract_paths(paths: Iterable[str | Path], progress: Progress | None = None,
                  geocoder: Geocoder | None = None) -> Extraction:
    """Read and extract every article under `paths`; a bad file is reported, not fatal.
    `geocoder`: optional online lookup for places the gazetteer lacks (off by default)."""
    files, errors = find_article_files(paths)
    gazetteer = default_gazetteer()
    rows, articles = [], []
    for index, path in enumerate(files, 1):
        try:
            article = read_article(path)
            rows.extend(extract_events(article, gazetteer, geocoder))
            articles.append(article)
        except ArticleError as err:
            errors.append(err)
        except Exception as err:  # an extractor bug must not lose the other articles
            errors.append(ArticleError(str(path), f"extraction failed: {type(err).__name__}: {err}"))
        if progress:
            progress(index, len(files), str(path))
    return Extraction(events_frame(rows), articles, errors)


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    return pd.DataFrame([{col: getattr(a, col) for col in ARTICLE_COLUMNS} for a in articles],
                        columns=ARTICLE_COLUMNS)


def build(paths: Iterable[str | Path], db_path: Path = DEFAULT_DB,
          progress: Progress | None = None, geocoder: Geocoder | None = None) -> Extraction:
    result = extract_paths(paths, progress, geocoder)
    save(result.events, articles_frame(result.articles), db_path)
    return result


def print_progress(every: int = 100) -> Progress:
    """Progress on stderr for long runs: a line every `every` articles, with the rate."""
    started = time.perf_counter()

    def report(done: int, total: int, path: str) -> None:
        if done % every == 0 or done == total:
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(f"  {done}/{total} articles ({rate:.0f}/s)", file=sys.stderr, flush=True)

    return report
