"""Timeline page: counts per week or month stacked by type, an event strip where
imprecise dates are intervals, and a per-province breakdown."""
from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from dashboard.columns import EVENT_TYPES
from dashboard.mapdata import date_labels, place_labels, type_color_hex
from dashboard.ui import context

STRIP_LIMIT = 1_500  # bars beyond this are unreadable and slow to send
ROW_PER_EVENT = 80   # up to this many events, each gets its own row (no overlaps)
COLORS = {t: type_color_hex(t) for t in EVENT_TYPES}

ctx = context.current()
dated = ctx.view[ctx.view["_start_dt"].notna()]
if dated.empty:
    st.info("No dated events to draw.")
    st.stop()

period = st.radio("Count per", ["month", "week"], horizontal=True, key="tl_period")
freq = "W-MON" if period == "week" else "M"
bins = dated["_start_dt"].dt.to_period(freq).dt.start_time
counts = (dated.assign(period=bins).groupby(["period", "event_type"]).size()
          .rename("events").reset_index())
# Bars on a date axis need an explicit width (ms), or a lone bar spans the whole axis.
days = 7 if period == "week" else 30.4
counts["period"] = counts["period"] + pd.Timedelta(days=days / 2)
bars = px.bar(counts, x="period", y="events", color="event_type", color_discrete_map=COLORS,
              category_orders={"event_type": EVENT_TYPES},
              labels={"period": period.capitalize(), "event_type": "Type"})
bars.update_traces(width=days * 0.85 * 86_400_000)
bars.update_layout(barmode="stack", height=340, margin=dict(t=30, b=10),
                   legend_title_text="Type")
st.subheader(f"Events per {period}")
st.caption("Each event counts in the period where its date interval starts.")
st.plotly_chart(bars, key="tl_counts")


def strip_figure(events: pd.DataFrame) -> go.Figure:
    """One bar per event from date_start to date_end (+1 day, so a known day still has
    width); day-precise events also get a marker so they stay visible when zoomed out."""
    events = events.sort_values(["event_type", "_start_dt"])
    per_event = len(events) <= ROW_PER_EVENT
    # Few events: one row each, so overlapping intervals stay apart; many: one row per type.
    lane = (events["event_type"] + " · " + events["date_start"] + " · " +
            events["event_id"].str.slice(-6)) if per_event else events["event_type"]
    frame = events.assign(
        lane=lane,
        start=events["_start_dt"],
        end=events["_end_dt"].fillna(events["_start_dt"]) + pd.Timedelta(days=1),
        # Plotly reads a few HTML tags in hover text: escape the untrusted summary.
        hover=events["summary"].fillna("").str.slice(0, 160).map(html.escape),
        when=date_labels(events).map(html.escape),
        where=place_labels(events).map(html.escape),
    )
    fig = px.timeline(frame, x_start="start", x_end="end", y="lane", color="event_type",
                      color_discrete_map=COLORS, category_orders={"event_type": EVENT_TYPES},
                      custom_data=["hover", "when", "where"])
    fig.update_traces(hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>"
                                    "%{customdata[2]}<extra></extra>", opacity=0.55)
    exact = frame[frame["date_precision"] == "day"]
    if len(exact):
        fig.add_trace(go.Scatter(
            x=exact["start"] + pd.Timedelta(hours=12), y=exact["lane"], mode="markers",
            showlegend=False,
            marker=dict(size=7, color=[COLORS.get(t, "#999") for t in exact["event_type"]],
                        line=dict(width=1, color="white")),
            customdata=exact[["hover", "when", "where"]].to_numpy(),
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}"
                          "<extra></extra>"))
    rows = frame["lane"].nunique()
    fig.update_yaxes(categoryorder="array", categoryarray=list(dict.fromkeys(frame["lane"]))[::-1],
                     showticklabels=not per_event or rows <= 40)
    fig.update_layout(height=min(900, max(260, 18 * rows + 80)), margin=dict(t=10, b=10),
                      showlegend=False, yaxis_title=None, xaxis_title=None)
    return fig


st.subheader("Event strip")
strip = dated
if len(dated) > STRIP_LIMIT:
    strip = dated.sort_values("confidence", ascending=False).head(STRIP_LIMIT)
    st.caption(f"Showing the {STRIP_LIMIT:,} most confident of {len(dated):,} events.")
st.caption("Bars span the interval an imprecise date allows (a week, a month, a season, "
           "a year); dots mark events known to the day.")
st.plotly_chart(strip_figure(strip), key="tl_strip")

st.subheader("By province")
placed = ctx.view.assign(province=ctx.view["admin1_name"].where(
    ctx.view["admin1_name"].fillna("") != "", "(no province)"))
by_province = placed.groupby(["province", "event_type"]).size().rename("events").reset_index()
order = by_province.groupby("province")["events"].sum().sort_values().index.tolist()
provinces = px.bar(by_province, y="province", x="events", color="event_type",
                   orientation="h", color_discrete_map=COLORS,
                   category_orders={"event_type": EVENT_TYPES, "province": order[::-1]},
                   labels={"event_type": "Type", "province": ""})
provinces.update_layout(barmode="stack", height=max(240, 36 * len(order) + 80),
                        margin=dict(t=10, b=10), legend_title_text="Type")
st.plotly_chart(provinces, key="tl_provinces")
