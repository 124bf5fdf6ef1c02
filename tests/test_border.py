import time

import pytest

from dashboard.geo.border import border_km, border_line, province_outlines
from dashboard.geo.gazetteer import PROVINCE_NAMES, default_gazetteer


@pytest.mark.parametrize("name,lo,hi", [
    ("Hyesan", 0, 3), ("Sinuiju", 0, 5), ("Dandong", 0, 5), ("Musan", 0, 5),
    ("Manpo", 0, 5), ("Pyongyang", 150, 400), ("Chongjin", 30, 200),
])
def test_border_distance(name, lo, hi):
    p = default_gazetteer().lookup(name)
    assert lo <= border_km(p.lat, p.lon) < hi


def test_border_km_fast():
    t = time.perf_counter()
    for _ in range(200):
        border_km(41.0, 127.0)
    assert (time.perf_counter() - t) / 200 < 0.01


def test_border_line_shape():
    lines = border_line()
    assert sum(len(line) for line in lines) > 400
    for line in lines:
        for lon, lat in line:
            assert 124 < lon < 131 and 39.5 < lat < 43.1


def test_province_outlines():
    fc = province_outlines()
    assert fc["type"] == "FeatureCollection"
    codes = {f["properties"]["admin1_code"] for f in fc["features"]}
    assert {"KP-03", "KP-04", "KP-09", "KP-10", "KP-13", "KP-01"} <= codes
    for f in fc["features"]:
        assert f["properties"]["admin1_name"] == PROVINCE_NAMES[f["properties"]["admin1_code"]]
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")


def _inside(lon, lat, geom):
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    for poly in polys:
        ring, inside = poly[0], False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        if inside:
            return True
    return False


@pytest.mark.parametrize("name,code", [("Kapsan", "KP-10"), ("Chongjin", "KP-09"), ("Kanggye", "KP-04"),
                                       ("Pyongyang", "KP-01"), ("Rajin", "KP-13")])
def test_cities_inside_their_outline(name, code):
    p = default_gazetteer().lookup(name)
    feat = next(f for f in province_outlines()["features"] if f["properties"]["admin1_code"] == code)
    assert _inside(p.lon, p.lat, feat["geometry"])
