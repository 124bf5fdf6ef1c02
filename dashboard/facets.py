"""Counts and spans the summary and the sidebar show (pure pandas)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.columns import EVENT_TYPES


def type_counts(events: pd.DataFrame) -> pd.Series:
    """Events per type, in the contract's type order, types with no events left out."""
    counts = events["event_type"].value_counts()
    order = [t for t in EVENT_TYPES if t in counts.index] + \
            sorted(t for t in counts.index if t not in EVENT_TYPES)
    return counts.reindex(order).astype(int)


def province_counts(events: pd.DataFrame) -> pd.DataFrame:
    """One row per province code: code, name, count; most events first. Events without
    a province are left out."""
    placed = events[events["admin1_code"].fillna("") != ""]
    if placed.empty:
        return pd.DataFrame({"code": [], "name": [], "count": []})
    grouped = placed.groupby("admin1_code", sort=False).agg(
        name=("admin1_name", "first"), count=("event_id", "size"))
    grouped = grouped.reset_index().rename(columns={"admin1_code": "code"})
    return grouped.sort_values(["count", "code"], ascending=[False, True], ignore_index=True)


def province_names(events: pd.DataFrame) -> dict[str, str]:
    """ISO code -> English name, from the events' own code/name pairs."""
    pairs = events.loc[events["admin1_code"].fillna("") != "", ["admin1_code", "admin1_name"]]
    pairs = pairs.drop_duplicates("admin1_code")
    return dict(zip(pairs["admin1_code"], pairs["admin1_name"].fillna("")))


def date_span(events: pd.DataFrame) -> tuple[str, str] | None:
    """(earliest date_start, latest date_end) as ISO strings; None when no event has a date."""
    starts = events["date_start"][events["date_start"].fillna("") != ""]
    ends = events["date_end"][events["date_end"].fillna("") != ""]
    if starts.empty and ends.empty:
        return None
    first = starts.min() if not starts.empty else ends.min()
    last = ends.max() if not ends.empty else starts.max()
    return first, last


@dataclass(frozen=True)
class Summary:
    events: int
    articles: int
    span: tuple[str, str] | None
    types: pd.Series
    provinces: pd.DataFrame
    unplaced: int


def summarize(events: pd.DataFrame, top: int = 3) -> Summary:
    provinces = province_counts(events)
    return Summary(
        events=len(events),
        articles=int(events["article_id"].nunique()),
        span=date_span(events),
        types=type_counts(events),
        provinces=provinces.head(top),
        unplaced=int((events["admin1_code"].fillna("") == "").sum()),
    )
