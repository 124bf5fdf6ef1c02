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
    # A list, not a metric: a metric cuts long values off with an ellipsis.
    with cols[2]:
        st.markdown(":small[Most affected provinces]")
        if len(s.provinces):
            lines = [f"{i}. {md_escape(name or code)} · {md_escape(code)} — **{n:,}**"
                     for i, (code, name, n) in enumerate(
                         s.provinces[["code", "name", "count"]].itertuples(index=False), 1)]
            st.markdown("\n".join(lines))
        else:
            st.markdown("—")
        if s.events and s.unplaced:
            st.caption(f"{s.unplaced:,} of {s.events:,} events name no province.")
    if s.events:
        parts = [f"{md_escape(t)} **{n:,}**" for t, n in s.types.items()]
        st.caption("By type: " + " · ".join(parts))
    else:
        st.info("No events match these filters. Widen them in the sidebar.")
