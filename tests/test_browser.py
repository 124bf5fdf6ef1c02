"""The app in a real browser: `streamlit run` + headless Debian Chromium via Playwright.

Opens shared links with a province filter, waits for the app to finish running, checks
the table holds only that province's rows and the map canvas is there, and saves
screenshots in test-artifacts/.
"""
from __future__ import annotations

import os
import re

import pytest

from browser_support import (CHROMIUM, MAP_CANVAS, PLOTLY, ROOT, caption_text,
                             grid_column, launch_chromium, streamlit_server, wait_for_app)
from conftest import KP10_IDS

ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.browser

if os.environ.get("CI") != "true":
    # Locally the test needs Debian's chromium; under CI=true it must run (and fail
    # loudly if the browser is missing).
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (apt-get install chromium); "
                    "runs unconditionally when CI=true", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402  (a test dependency)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from conftest import articles_frame, events_frame
    from dashboard import store

    db = tmp_path_factory.mktemp("browser") / "fixture.sqlite"
    store.save(events_frame(), articles_frame(), db)
    with open(tmp_path_factory.mktemp("log") / "streamlit.log", "w") as log:
        with streamlit_server({"BORDERWATCH_DB": str(db)}, log) as url:
            yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.failed = []  # requests that failed: offline, there must be none
    tab.on("requestfailed", lambda req: tab.failed.append(req.url))
    yield tab
    context.close()


def test_shared_link_incidents_page(server, page):
    page.goto(f"{server}/incidents?province=KP-10")
    wait_for_app(page, '[data-testid="stDataFrame"]')
    captions = caption_text(page)
    match = re.search(r"(\d+) incidents · provinces: ([^\n]*)", captions)
    assert match, captions
    assert int(match.group(1)) == len(KP10_IDS)
    assert match.group(2).strip() == "KP-10"
    codes = grid_column(page, "Code")
    assert codes and set(codes) == {"KP-10"}, codes
    assert len(codes) == len(KP10_IDS)
    # The URL still carries the filter (the address bar reproduces the view).
    assert "province=KP-10" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "incidents-KP-10.png"), full_page=True)


def test_shared_link_map_page(server, page):
    page.goto(f"{server}/?province=Ryanggang")  # Map is the default page, at the root
    wait_for_app(page, MAP_CANVAS)
    assert page.locator(MAP_CANVAS).count() >= 1
    assert "6 of 6 events have a location" in caption_text(page)
    assert "province=KP-10" in page.url  # the name became the code in the link
    page.wait_for_timeout(1500)  # let deck.gl paint its first frame
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-KP-10.png"), full_page=True)
    assert page.failed == [], page.failed  # blank offline style: no failed requests


def test_filters_survive_page_switch(server, page):
    page.goto(f"{server}/incidents?province=KP-09&type=use_of_force")
    wait_for_app(page, '[data-testid="stDataFrame"]')
    assert "1 incidents" in caption_text(page)
    page.get_by_role("link", name=re.compile("Timeline")).first.click()
    wait_for_app(page, PLOTLY)
    assert "province=KP-09" in page.url and "type=use_of_force" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-KP-09.png"), full_page=True)
