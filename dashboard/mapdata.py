"""What the map draws: point and density data, colours, and the pydeck Deck (no Streamlit).

The browser gets every point inline in the Deck's JSON, so beyond POINT_LIMIT events
the points are a random sample (the density layer still counts all of them, binned
here rather than in the browser): the payload stays a few MB at 100k events.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pydeck as pdk

from dashboard.columns import EVENT_TYPES

POINT_LIMIT = 5_000
DENSITY_CELL_DEG = 0.05  # ~5 km bins for the density layer
# Framed on the China–DPRK border (lat ~40–43, lon ~124.4–130.7); fit_view() refines it.
VIEW = pdk.ViewState(latitude=41.5, longitude=127.4, zoom=5.9, min_zoom=3, max_zoom=14)
BORDER_BOX = (124.2, 39.9, 130.8, 43.1)   # lon/lat box of the border line
REGION_BOX = (120.0, 36.5, 133.5, 45.5)   # points in here widen the frame; others don't
MAP_SIZE_PX = (900, 560)                   # the map's usual size on a laptop, for fitting

# One colour per type (Okabe–Ito-like, distinguishable on a blank or light basemap).
TYPE_COLORS: dict[str, list[int]] = {
    "arrest": [213, 94, 0],
    "seizure": [230, 159, 0],
    "smuggling": [0, 114, 178],
    "crackdown": [204, 121, 167],
    "punishment": [120, 40, 140],
    "policy_order": [90, 90, 90],
    "trade_measure": [0, 158, 115],
    "use_of_force": [200, 30, 30],
    "defection": [86, 180, 233],
}
OTHER_COLOR = [150, 150, 150]
TOOLTIP = {"text": "{summary}\n{when}\n{where}\nSource: {source}{stacked}",
           # Wrap long summaries: a one-line tooltip runs off the map's right edge.
           "style": {"maxWidth": "320px", "whiteSpace": "normal", "fontSize": "13px"}}


def type_color_hex(event_type: str) -> str:
    r, g, b = TYPE_COLORS.get(event_type, OTHER_COLOR)
    return f"#{r:02x}{g:02x}{b:02x}"


def date_labels(events: pd.DataFrame) -> pd.Series:
    """'2020-03-05 (day)' or '2020-06-01 – 2020-06-30 (month)'."""
    start, end = events["date_start"].fillna(""), events["date_end"].fillna("")
    same = (start == end) | (end == "")
    span = start.where(same, start + " – " + end)
    precision = events["date_precision"].fillna("")
    label = span + " (" + precision + ")"
    return label.where(start != "", "date unknown")


def place_labels(events: pd.DataFrame) -> pd.Series:
    place, province = events["place"].fillna(""), events["admin1_name"].fillna("")
    both = place + ", " + province
    label = both.where((place != "") & (province != "") & (place != province),
                       place.where(place != "", province))
    return label.where(label != "", "place unknown")


def mapped(events: pd.DataFrame) -> pd.DataFrame:
    """Events that have coordinates."""
    return events[events["lat"].notna() & events["lon"].notna()]


def points(events: pd.DataFrame, size_by: str = "people", limit: int = POINT_LIMIT,
           seed: int = 0) -> tuple[pd.DataFrame, int]:
    """The point layer's rows (only the fields the map uses) and how many events had
    coordinates. More than `limit` of them: a reproducible random sample of `limit`."""
    located = mapped(events)
    total = len(located)
    if total > limit:
        located = located.sample(limit, random_state=seed).sort_index()
    source = located["outlet"].fillna("").where(located["outlet"].fillna("") != "",
                                                located["article_title"].fillna(""))
    frame = pd.DataFrame({
        "event_id": located["event_id"].astype(str),
        "event_type": located["event_type"],
        "lon": located["lon"].round(4),
        "lat": located["lat"].round(4),
        "summary": located["summary"].fillna("").str.slice(0, 200),
        "when": date_labels(located),
        "where": place_labels(located),
        "source": source.str.slice(0, 80),
        # Events at the same coordinates draw on top of each other: say so on hover.
        "stacked": _stacked_note(located),
        "color": [TYPE_COLORS.get(t, OTHER_COLOR) for t in located["event_type"]],
        "radius": _radius(located, size_by),
    })
    return frame.reset_index(drop=True), total


def _stacked_note(located: pd.DataFrame) -> pd.Series:
    """'' for a point alone at its coordinates, else a line saying how many share them."""
    here = located.groupby([located["lon"].round(4), located["lat"].round(4)])[
        "event_id"].transform("size")
    return here.map(lambda n: f"\n+{n - 1} more here: select to list" if n > 1 else "")


def _radius(events: pd.DataFrame, size_by: str) -> pd.Series:
    """Metres: grows with sqrt(people involved) or with confidence; a floor keeps
    events without a count visible."""
    if size_by == "confidence":
        conf = events["confidence"].fillna(0.5).clip(0, 1)
        return (3000 + 9000 * conf).round()
    people = events["people_count"].astype(float).fillna(0).clip(0, 500)
    return (3000 + 3000 * np.sqrt(people)).round()


def density(events: pd.DataFrame, cell: float = DENSITY_CELL_DEG) -> pd.DataFrame:
    """Events binned on a lon/lat grid: one row per occupied cell with its count.
    Binning here keeps the payload small whatever the number of events."""
    located = mapped(events)
    if located.empty:
        return pd.DataFrame({"lon": [], "lat": [], "count": []})
    lon = (np.floor(located["lon"] / cell) + 0.5) * cell
    lat = (np.floor(located["lat"] / cell) + 0.5) * cell
    grid = pd.DataFrame({"lon": lon.round(4), "lat": lat.round(4)})
    counts = grid.groupby(["lon", "lat"], sort=False).size().rename("count").reset_index()
    return counts


def border_layers(border: list | None, provinces: dict | None) -> list[pdk.Layer]:
    """The China–DPRK border line and North Korea's province outlines: the map reads
    without any basemap."""
    layers = []
    if provinces:
        layers.append(pdk.Layer(
            "GeoJsonLayer", provinces, id="provinces", stroked=True, filled=True,
            get_fill_color=[235, 232, 225, 60], get_line_color=[120, 120, 120, 200],
            line_width_min_pixels=1, pickable=False))
    if border:
        paths = [{"path": [[round(x, 4), round(y, 4)] for x, y in line]} for line in border]
        layers.append(pdk.Layer(
            "PathLayer", paths, id="border", get_path="path", get_color=[180, 30, 30, 230],
            width_min_pixels=2.5, pickable=False))
    return layers


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def outside_region(point_rows: pd.DataFrame) -> pd.DataFrame:
    """Points far from the border (e.g. Beijing): they do not widen the map's frame."""
    west, south, east, north = REGION_BOX
    inside = point_rows["lon"].between(west, east) & point_rows["lat"].between(south, north)
    return point_rows[~inside]


def fit_view(point_rows: pd.DataFrame, size_px: tuple[int, int] = MAP_SIZE_PX,
             pad: float = 0.08) -> pdk.ViewState:
    """A view framing the whole border line and the points near it (those inside
    REGION_BOX), with a margin; points far away are left for the user to zoom out to."""
    west, south, east, north = BORDER_BOX
    if len(point_rows):
        near = point_rows.drop(outside_region(point_rows).index)
        if len(near):
            west, east = min(west, near["lon"].min()), max(east, near["lon"].max())
            south, north = min(south, near["lat"].min()), max(north, near["lat"].max())
    lon_span = (east - west) * (1 + 2 * pad)
    y_span = (_mercator_y(north) - _mercator_y(south)) * (1 + 2 * pad)
    width, height = size_px
    # deck.gl's world is 512 px wide at zoom 0.
    zoom_x = math.log2(width / (lon_span / 360 * 512))
    zoom_y = math.log2(height / (y_span / (2 * math.pi) * 512))
    mid_y = (_mercator_y(north) + _mercator_y(south)) / 2
    latitude = math.degrees(2 * math.atan(math.exp(mid_y)) - math.pi / 2)
    return pdk.ViewState(latitude=round(latitude, 4), longitude=round((west + east) / 2, 4),
                         zoom=round(min(zoom_x, zoom_y), 2), min_zoom=3, max_zoom=14)


def build_deck(point_rows: pd.DataFrame, density_rows: pd.DataFrame | None,
               base_layers: list[pdk.Layer], map_style: str | None,
               view: pdk.ViewState | None = None) -> pdk.Deck:
    layers = list(base_layers)
    if density_rows is not None and len(density_rows):
        layers.append(pdk.Layer(
            "HeatmapLayer", density_rows, id="density", get_position=["lon", "lat"],
            get_weight="count", radius_pixels=40, opacity=0.6, pickable=False))
    layers.append(pdk.Layer(
        "ScatterplotLayer", point_rows, id="events", get_position=["lon", "lat"],
        get_fill_color="color", get_radius="radius", radius_min_pixels=6,
        radius_max_pixels=30, stroked=True, get_line_color=[255, 255, 255],
        line_width_min_pixels=1, opacity=0.85, pickable=True, auto_highlight=True))
    return pdk.Deck(layers=layers, initial_view_state=view or VIEW, map_style=map_style,
                    tooltip=TOOLTIP)


def legend_rows(types_present: list[str]) -> list[tuple[str, str]]:
    """(type, hex colour) for the legend, in the contract's order."""
    ordered = [t for t in EVENT_TYPES if t in types_present]
    return [(t, type_color_hex(t)) for t in ordered]


def payload_bytes(deck: pdk.Deck) -> int:
    """Size of the JSON st.pydeck_chart sends to the browser."""
    return len(deck.to_json().encode("utf-8"))


def is_finite(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False
