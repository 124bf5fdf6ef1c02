"""The app in a real browser: `streamlit run` + headless Debian Chromium via Playwright.

Opens shared links with a province filter, waits for the app to finish running, checks
the table holds only that province's rows and the map canvas is there, and saves
screenshots in test-artifacts/.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import KP10_IDS

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]

pytestmark = pytest.mark.browser

if os.environ.get("CI") != "true":
    # Locally the test needs Debian's chromium; under CI=true it must run (and fail
    # loudly if the browser is missing).
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (apt-get install chromium); "
                    "runs unconditionally when CI=true", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402  (a test dependency)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from conftest import articles_frame, events_frame
    from dashboard import store

    db = tmp_path_factory.mktemp("browser") / "fixture.sqlite"
    store.save(events_frame(), articles_frame(), db)
    port = free_port()
    env = {**os.environ, "BORDERWATCH_DB": str(db)}
    log = open(tmp_path_factory.mktemp("log") / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
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


def wait_for_app(tab, selector: str, timeout: float = 60_000) -> None:
    """Wait for `selector`, then for the app to stop running (the status widget shows
    while a script runs); a screenshot taken earlier is blank or stale."""
    tab.wait_for_selector(selector, timeout=timeout)
    deadline = time.time() + timeout / 1000
    quiet_since = None
    while time.time() < deadline:
        running = tab.locator('[data-testid="stStatusWidget"]').count() > 0
        if running:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.time()
        elif time.time() - quiet_since > 1.0:
            return
        time.sleep(0.2)
    raise TimeoutError("the app kept running")


def caption_text(tab) -> str:
    return "\n".join(tab.locator('[data-testid="stCaptionContainer"]').all_inner_texts())


def grid_column(tab, header: str) -> list[str]:
    """The values of one column of the st.dataframe, read from the grid's accessible
    table (glide-data-grid mirrors the visible cells in a role=grid table)."""
    grid = tab.locator('[data-testid="stDataFrame"]').first
    headers = [h.strip() for h in grid.locator('[role="columnheader"]').all_inner_texts()]
    index = headers.index(header)
    values = []
    for row in grid.locator('[role="row"]').all():
        cells = row.locator('[role="gridcell"]').all_inner_texts()
        if cells:
            values.append(cells[index - (len(headers) - len(cells))].strip())
    return values


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
    wait_for_app(page, '[data-testid="stDeckGlJsonChart"] canvas')
    assert page.locator('[data-testid="stDeckGlJsonChart"] canvas').count() >= 1
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
    wait_for_app(page, ".js-plotly-plot .main-svg")
    assert "province=KP-09" in page.url and "type=use_of_force" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-KP-09.png"), full_page=True)
