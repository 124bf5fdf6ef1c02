"""Map page: events on the border, coloured by type, with a density layer and the card."""
from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

from dashboard import mapdata
from dashboard.ui import card, context, data

BLANK, CARTO = "Blank (offline)", "Carto (online)"
CARTO_STYLE = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"


def blank_style_url() -> str:
    """The blank MapLibre style served from dashboard/static/ (static serving): no
    request leaves the machine. MapLibre needs an absolute URL."""
    base = st.get_option("server.baseUrlPath").strip("/")
    prefix = f"/{base}" if base else ""
    parts = urlsplit(st.context.url or "")
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    return f"{origin}{prefix}/app/static/blank-style.json"


ctx = context.current()
controls = st.columns([1.3, 1, 1.2])
basemap = controls[0].radio("Basemap", [BLANK, CARTO], horizontal=True, key="map_basemap")
show_density = controls[1].toggle("Density layer", value=len(ctx.view) > 500,
                                  key="map_density")
size_by = controls[2].radio("Point size", ["people", "confidence"], horizontal=True,
                            key="map_size", format_func=lambda s: f"by {s}")

points, mapped_total = mapdata.points(ctx.view, size_by=size_by)
density = mapdata.density(ctx.view) if show_density else None
border, provinces = data.geo_layers_data()
deck = mapdata.build_deck(points, density, mapdata.border_layers(border, provinces),
                          blank_style_url() if basemap == BLANK else CARTO_STYLE,
                          view=mapdata.fit_view(points))

notes = [f"{mapped_total:,} of {len(ctx.view):,} events have a location."]
far = mapdata.outside_region(points)
if len(far):
    notes.append(f"{len(far):,} of them {'lies' if len(far) == 1 else 'lie'} far from "
                 "the border (zoom out to see them).")
if border is None:
    notes.append("Border and province outlines are unavailable (geo data missing).")
st.caption(" ".join(notes))
if mapped_total > len(points):
    # Said loudly, above the map: the points are not all the events.
    st.info(f"Sampled: too many events to draw one by one, so the map shows a random "
            f"sample of {len(points):,} of the {mapped_total:,} located events"
            + ("; the density layer counts all of them." if show_density
               else ". Turn on the density layer to see all of them."), icon="ℹ️")

# The legend sits right above the map so it is on screen with it. Its HTML holds only
# our own constants: the nine contract types, their colours, the border colour.
legend = mapdata.legend_rows(list(points["event_type"].unique()))
items = [f"<span style='color:{color};font-size:1.3em'>●</span>&nbsp;{t}"
         for t, color in legend]
if border is not None:
    items.append("<span style='color:#b41e1e;font-weight:bold'>━━</span>&nbsp;"
                 "China–DPRK border")
if provinces is not None:
    items.append("<span style='color:#787878'>▭</span>&nbsp;DPRK provinces")
st.markdown(" &nbsp;&nbsp; ".join(items), unsafe_allow_html=True)

selection = st.pydeck_chart(deck, on_select="rerun", selection_mode="single-object",
                            key="map_chart", height=560)
st.caption("Border line and province outlines: Natural Earth (public domain). "
           "Point size grows with " + ("confidence." if size_by == "confidence"
                                       else "the number of people involved."))

picked = (selection.selection.objects.get("events") or []) if selection else []
if picked:
    event_id = picked[0].get("event_id")
    rows = ctx.events[ctx.events["event_id"] == event_id]
    if len(rows):
        event = rows.iloc[0]
        card.render(event, ctx.articles)
        # Points at the same coordinates hide each other: list the others here.
        same = ctx.view[(ctx.view["lat"].round(4) == round(float(event["lat"]), 4)) &
                        (ctx.view["lon"].round(4) == round(float(event["lon"]), 4)) &
                        (ctx.view["event_id"] != event_id)]
        if len(same):
            st.caption(f"{len(same):,} more events at this spot (open them on the "
                       "Incidents page):")
            st.dataframe(same[["date_start", "date_end", "date_precision", "event_type",
                               "summary", "event_id"]],
                         hide_index=True, height=min(38 + 35 * len(same), 250),
                         column_config={"date_start": "From", "date_end": "To",
                                        "date_precision": "Precision", "event_type": "Type",
                                        "summary": st.column_config.TextColumn(
                                            "Summary", width="large"),
                                        "event_id": "Event id"})
else:
    st.caption("Select a point to see its event card.")
