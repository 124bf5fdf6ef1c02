import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from dashboard.geo.online import make_online_geocoder


@pytest.fixture
def fake_nominatim():
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            parts = urlsplit(self.path)
            hits.append(parts.path)
            q = parse_qs(parts.query).get("q", [""])[0]
            body = []
            if parts.path == "/search" and q == "Tonghung-ri":
                body = [{"lat": "41.1000", "lon": "127.9000", "name": "Tonghung-ri", "addresstype": "village",
                         "display_name": "Tonghung-ri, Yanggang-do, North Korea",
                         "address": {"village": "Tonghung-ri", "state": "Yanggang-do",
                                     "country": "North Korea", "country_code": "kp"}}]
            if parts.path == "/search" and q == "Hyesan":
                body = [{"lat": "41.3950", "lon": "128.1780", "name": "Hyesan", "addresstype": "city",
                         "display_name": "Hyesan, Ryanggang Province, North Korea",
                         "address": {"city": "Hyesan", "state": "Ryanggang Province",
                                     "country": "North Korea", "country_code": "kp"}}]
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def test_online_lookup_and_cache(tmp_path, fake_nominatim):
    url, hits = fake_nominatim
    geocode = make_online_geocoder(tmp_path, url=url, min_delay_seconds=0)
    p = geocode("Hyesan")
    assert (p.name, p.country_code, p.admin1_code, p.admin1_name) == ("Hyesan", "KP", "KP-10", "Ryanggang")
    assert abs(p.lat - 41.395) < 1e-6 and abs(p.lon - 128.178) < 1e-6
    assert len(hits) == 1
    assert geocode("Hyesan") == p
    assert len(hits) == 1
    # a new geocoder with the same cache dir makes no request either
    again = make_online_geocoder(tmp_path, url=url, min_delay_seconds=0)
    assert again("Hyesan") == p and len(hits) == 1


def test_online_no_result_is_cached(tmp_path, fake_nominatim):
    url, hits = fake_nominatim
    geocode = make_online_geocoder(tmp_path, url=url, min_delay_seconds=0)
    assert geocode("Nowhere") is None
    assert geocode("Nowhere") is None
    assert len(hits) == 1


ARTICLE = """---
title: "Village raid"
published: 2022-05-10
---
Security agents arrested three women in Tonghung-ri on May 2, a source said.
"""


@pytest.mark.parametrize("online, expected", [
    (False, ("", "", None)),                          # offline (the default): the village is unknown
    (True, ("Tonghung-ri", "KP-10", 41.1)),           # online: placed through the (fake) Nominatim
])
def test_extract_places_unknown_names_only_when_online(tmp_path, fake_nominatim, online, expected):
    import csv
    import subprocess
    import sys

    url, hits = fake_nominatim
    (tmp_path / "raid.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "events.csv"
    args = [sys.executable, "-m", "dashboard", "extract", str(tmp_path / "raid.txt"), "--out", str(out)]
    if online:
        args += ["--geocode-online", url]
    env = {**__import__("os").environ, "BORDERWATCH_GEOCACHE": str(tmp_path / "cache")}
    subprocess.run(args, check=True, env=env, timeout=120)
    row = next(csv.DictReader(open(out, encoding="utf-8")))
    lat = float(row["lat"]) if row["lat"] else None
    assert (row["event_type"], row["place"], row["admin1_code"], lat) == ("arrest", *expected)
    assert len(hits) == (1 if online else 0)
