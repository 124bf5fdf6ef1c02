"""Loading the database once per file version (cached on path + mtime)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import filters, store


def database_path() -> Path:
    """$BORDERWATCH_DB, else data/borderwatch.sqlite (built from seeds/ when missing or
    older than the articles; the first visitor waits for it once)."""
    with st.spinner("Building the event database from the articles (first start only)..."):
        return store.ensure_database()


@st.cache_resource(show_spinner="Loading events...", max_entries=2)
def _load(path: str, mtime: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    # cache_resource, not cache_data: cache_data would unpickle a copy of the table on
    # every rerun (~0.1 s per 100k events); pages treat these frames as read-only.
    events = filters.prepare(store.load_events(path))
    events["_start_dt"] = pd.to_datetime(events["date_start"], errors="coerce", format="ISO8601")
    events["_end_dt"] = pd.to_datetime(events["date_end"], errors="coerce", format="ISO8601")
    articles = store.load_articles(path)
    return events, articles


def load() -> tuple[pd.DataFrame, pd.DataFrame]:
    path = database_path()
    return _load(str(path), path.stat().st_mtime)


@st.cache_data(show_spinner=False)
def geo_layers_data() -> tuple[list | None, dict | None]:
    """Border line and province outlines from dashboard.geo; (None, None) when the geo
    data is unavailable, and the map then says so."""
    try:
        from dashboard.geo.border import border_line, province_outlines
        return border_line(), province_outlines()
    except Exception:  # a missing data file must not take the whole map down
        return None, None


def province_names(events: pd.DataFrame) -> dict[str, str]:
    """Every province a URL may name: the gazetteer's (when available) and the events'."""
    names: dict[str, str] = {}
    try:
        from dashboard.geo.gazetteer import PROVINCE_NAMES
        names.update(PROVINCE_NAMES)
    except Exception:
        pass
    from dashboard.facets import province_names as from_events
    names.update(from_events(events))
    return names
