"""Incidents page: the filtered event table, the selected event's card, downloads."""
from __future__ import annotations

import io
import json

import pandas as pd
import streamlit as st

from dashboard.columns import ALL_COLUMNS
from dashboard.events import to_geojson
from dashboard.ui import card, context
from dashboard.ui.safe import md_escape, safe_url

# Where before what: province, code and place stay on screen next to the dates; the long
# summary comes after them, the rest scrolls.
SHOWN = ["date_start", "date_end", "date_precision", "event_type", "admin1_name",
         "admin1_code", "place", "summary", "actors", "commodity", "people_count",
         "confidence", "article_url", "event_id"]

ctx = context.current()
view = ctx.view
provinces = sorted(c for c in view["admin1_code"].unique() if c)
st.caption(f"{len(view):,} incidents · provinces: "
           f"{md_escape(', '.join(provinces)) if provinces else 'none'}")

table = view[SHOWN].assign(
    date_start=view["_start_dt"], date_end=view["_end_dt"],
    # Only http(s) links become clickable; anything else shows as empty.
    article_url=view["article_url"].map(safe_url),
).reset_index(drop=True)
config = {
    "date_start": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
    "date_end": st.column_config.DateColumn("To", format="YYYY-MM-DD"),
    "date_precision": st.column_config.TextColumn("Precision", width="small"),
    "event_type": st.column_config.TextColumn("Type"),
    "summary": st.column_config.TextColumn("Summary", width="large"),
    # Fixed widths: auto width follows the first rows, often empty, and cuts names off.
    "place": st.column_config.TextColumn("Place", width=110),
    "admin1_name": st.column_config.TextColumn("Province", width=120),
    "admin1_code": st.column_config.TextColumn("Code", width="small"),
    "actors": "Actors",
    "commodity": "Commodity",
    "people_count": st.column_config.NumberColumn("People", format="%d"),
    "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0,
                                                  format="%.2f"),
    "article_url": st.column_config.LinkColumn("Article", display_text="open"),
    "event_id": st.column_config.TextColumn("Event id", width="small"),
}
selected = st.dataframe(table, column_config=config, hide_index=True, on_select="rerun",
                        selection_mode="single-row", key="incidents_table",
                        # No empty rows under a short table; long ones scroll.
                        height=min(38 + 35 * max(len(table), 1), 460))
rows = selected.selection.rows if selected else []
if rows:
    card.render(view.iloc[rows[0]], ctx.articles)
else:
    st.caption("Select a row to open its event card.")

export = view[ALL_COLUMNS].reset_index(drop=True)


def as_csv() -> bytes:
    return export.to_csv(index=False).encode("utf-8")


def as_geojson() -> bytes:
    return json.dumps(to_geojson(export), ensure_ascii=False).encode("utf-8")


def as_parquet() -> bytes:
    buffer = io.BytesIO()
    export.to_parquet(buffer, index=False)
    return buffer.getvalue()


# Callables: each file is built only when its button is clicked, not on every rerun.
cols = st.columns(3)
cols[0].download_button("Download CSV", as_csv, "borderwatch-events.csv", "text/csv")
cols[1].download_button("Download GeoJSON", as_geojson, "borderwatch-events.geojson",
                        "application/geo+json")
cols[2].download_button("Download Parquet", as_parquet, "borderwatch-events.parquet",
                        "application/vnd.apache.parquet")
