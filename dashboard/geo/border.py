"""The China–DPRK boundary (Natural Earth 1:10m, public domain) and North Korea's
province outlines, from the GeoJSON files in ``data/``. Runtime deps: stdlib + geopy."""
from __future__ import annotations

import copy
import functools
import heapq
import json
import math

from geopy.distance import geodesic

from .gazetteer import DATA_DIR

_CANDIDATES = 4  # segments checked with geopy after the cheap planar prefilter


@functools.cache
def _border_lines() -> tuple[tuple[tuple[float, float], ...], ...]:
    gj = json.loads((DATA_DIR / "china_dprk_border.geojson").read_text(encoding="utf-8"))
    lines = []
    for feat in gj["features"]:
        geom = feat["geometry"]
        parts = geom["coordinates"] if geom["type"] == "MultiLineString" else [geom["coordinates"]]
        lines.extend(tuple((float(x), float(y)) for x, y in part) for part in parts)
    return tuple(lines)


@functools.cache
def _segments() -> tuple[tuple[float, float, float, float], ...]:
    segs = []
    for line in _border_lines():
        for (x1, y1), (x2, y2) in zip(line, line[1:]):
            segs.append((x1, y1, x2, y2))
    return tuple(segs)


def border_line() -> list[list[tuple[float, float]]]:
    """The boundary as lists of (lon, lat) points, for drawing."""
    return [list(line) for line in _border_lines()]


def _project(px: float, py: float, seg, kx: float) -> tuple[float, float, float]:
    """Closest point of a segment to P in a local equirectangular plane
    (x scaled by cos(lat)); returns (lon, lat, planar squared distance)."""
    x1, y1, x2, y2 = seg
    ax, ay = (x1 - px) * kx, y1 - py
    bx, by = (x2 - px) * kx, y2 - py
    dx, dy = bx - ax, by - ay
    den = dx * dx + dy * dy
    t = 0.0 if den == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / den))
    qx, qy = ax + t * dx, ay + t * dy
    return px + qx / kx, py + qy, qx * qx + qy * qy


@functools.lru_cache(maxsize=8192)
def border_km(lat: float, lon: float) -> float:
    """Geodesic distance in km from (lat, lon) to the China–DPRK boundary line.
    Cached: events sit on a few hundred gazetteer points, so most calls repeat."""
    kx = math.cos(math.radians(lat))
    best = heapq.nsmallest(_CANDIDATES, (_project(lon, lat, s, kx) for s in _segments()), key=lambda r: r[2])
    return min(geodesic((lat, lon), (qy, qx)).km for qx, qy, _ in best)


@functools.cache
def _outlines() -> dict:
    return json.loads((DATA_DIR / "kp_provinces.geojson").read_text(encoding="utf-8"))


def province_outlines() -> dict:
    """GeoJSON FeatureCollection of North Korea's provinces (properties:
    admin1_code, admin1_name). Natural Earth draws Nampo inside South Pyongan and
    Kaesong inside North Hwanghae, so those two have no outline of their own."""
    return copy.deepcopy(_outlines())
