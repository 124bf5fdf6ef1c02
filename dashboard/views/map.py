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
                          blank_style_url() if basemap == BLANK else CARTO_STYLE)

notes = [f"{mapped_total:,} of {len(ctx.view):,} events have a location."]
if mapped_total > len(points):
    notes.append(f"Too many to draw one by one: showing a random sample of {len(points):,} "
                 "points" + ("; the density layer counts all of them." if show_density
                             else ". Turn on the density layer to see all of them."))
if border is None:
    notes.append("Border and province outlines are unavailable (geo data missing).")
st.caption(" ".join(notes))

selection = st.pydeck_chart(deck, on_select="rerun", selection_mode="single-object",
                            key="map_chart", height=560)
# The legend's HTML holds only our own constants: the nine contract types and colours.
legend = mapdata.legend_rows(list(points["event_type"].unique()))
st.markdown(" &nbsp; ".join(f"<span style='color:{color}'>●</span> {t}"
                            for t, color in legend), unsafe_allow_html=True)
st.caption("Red line: China–DPRK border; grey outlines: North Korea's provinces "
           "(Natural Earth, public domain).")

picked = (selection.selection.objects.get("events") or []) if selection else []
if picked:
    event_id = picked[0].get("event_id")
    rows = ctx.events[ctx.events["event_id"] == event_id]
    if len(rows):
        card.render(rows.iloc[0], ctx.articles)
else:
    st.caption("Select a point to see its event card.")
