"""The summary line at the top of every page, for the current filter."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.facets import summarize
from dashboard.ui.safe import md_escape


def render(view: pd.DataFrame, total: int) -> None:
    s = summarize(view)
    cols = st.columns([1, 1.6, 2.4])
    cols[0].metric("Events", f"{s.events:,}", help=f"of {total:,} in the database; "
                   f"from {s.articles:,} articles")
    # Months in the metric (it must fit); the exact days in its help.
    span = f"{s.span[0][:7]} → {s.span[1][:7]}" if s.span else "—"
    cols[1].metric("Date span", span,
                   help=f"{s.span[0]} to {s.span[1]}" if s.span else None)
    if len(s.provinces):
        top = ", ".join(f"{name or code} ({n:,})" for code, name, n in
                        s.provinces[["code", "name", "count"]].itertuples(index=False))
    else:
        top = "—"
    cols[2].metric("Most affected provinces", top)
    if s.events:
        parts = [f"{md_escape(t)} **{n:,}**" for t, n in s.types.items()]
        st.caption("By type: " + " · ".join(parts))
    else:
        st.info("No events match these filters. Widen them in the sidebar.")
