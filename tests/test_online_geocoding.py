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
