"""Optional online geocoding through Nominatim (OFF by default: the dashboard and
the extractor work offline). Results are cached on disk, one JSON file, so the
same name is never asked twice."""
from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from .gazetteer import PROVINCE_NAMES, Place, name_key

_COUNTRY_NAMES = {"KP", "CN", "KR", "RU"}


def _province_code(state: str, country_code: str) -> str:
    if not state:
        return ""
    key = name_key(state)
    for suffix in (" province", " sheng", " do", " shi"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    for code, name in PROVINCE_NAMES.items():
        if code.startswith(country_code + "-") and name_key(name) == key:
            return code
    try:  # romanisations: "Yanggang-do", "Hamgyong-bukto"
        from .gazetteer import default_gazetteer
        place = default_gazetteer().province(state)
        if place is not None and place.country_code == country_code:
            return place.admin1_code
    except (OSError, ValueError):
        pass
    return ""


def make_online_geocoder(cache_dir: Path, url: str | None = None, user_agent: str = "borderwatch",
                         min_delay_seconds: float = 1.0) -> Callable[[str], Place | None]:
    """A function name -> Place (or None), backed by Nominatim at ``url``
    (default: the public server) behind geopy's RateLimiter, cached in
    ``cache_dir/nominatim.json``."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    kwargs = {"user_agent": user_agent, "timeout": 10}
    if url:
        parts = urlsplit(url if "://" in url else "https://" + url)
        kwargs["domain"] = parts.netloc + parts.path.rstrip("/")
        kwargs["scheme"] = parts.scheme or "https"
    geolocator = Nominatim(**kwargs)
    geocode = RateLimiter(geolocator.geocode, min_delay_seconds=min_delay_seconds,
                          max_retries=1, swallow_exceptions=False)
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    cache_file = cache_dir / "nominatim.json"
    lock = threading.Lock()
    cache: dict[str, dict | None] = {}
    if cache_file.exists():
        try:
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
        except ValueError:
            cache = {}

    def to_place(raw: dict | None) -> Place | None:
        if not raw:
            return None
        addr = raw.get("address") or {}
        cc = (addr.get("country_code") or "").upper()
        code = _province_code(addr.get("state") or addr.get("province") or "", cc)
        name = (raw.get("name") or (raw.get("display_name") or "").split(",")[0]).strip()
        kind = {"country": "country", "state": "province", "province": "province",
                "county": "county", "village": "village", "hamlet": "village",
                "river": "river"}.get(raw.get("addresstype") or raw.get("type") or "", "city")
        return Place(name=name, kind=kind, admin1_code=code,
                     admin1_name=PROVINCE_NAMES.get(code, ""), country_code=cc,
                     lat=float(raw["lat"]), lon=float(raw["lon"]))

    def lookup(name: str) -> Place | None:
        key = " ".join(name.split()).lower()
        with lock:
            if key in cache:
                return to_place(cache[key])
        loc = geocode(name, addressdetails=True, language="en")
        raw = loc.raw if loc is not None else None
        with lock:
            cache[key] = raw
            tmp = cache_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
            tmp.replace(cache_file)
        return to_place(raw)

    return lookup
