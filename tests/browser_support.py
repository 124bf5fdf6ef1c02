"""Running the dashboard in a real browser: shared by tests/test_browser.py and
scripts/screenshots.py.

`streamlit run dashboard/app.py` on a free 127.0.0.1 port, headless Debian Chromium
through Playwright, and a wait for the app to finish running (a screenshot taken
earlier is blank or stale). Imports neither the dashboard nor pytest.
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import IO, Iterator

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
MAP_CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
PLOTLY = ".js-plotly-plot .main-svg"


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


@contextlib.contextmanager
def streamlit_server(env: dict[str, str] | None = None,
                     log: IO | None = None) -> Iterator[str]:
    """`streamlit run dashboard/app.py` on a free local port; yields its base URL and
    stops the server (only this process) on exit. `env` is added to os.environ."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, **(env or {})},
        stdout=log if log is not None else subprocess.DEVNULL, stderr=subprocess.STDOUT)
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
            proc.wait()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def wait_for_app(tab, selector: str, timeout: float = 60_000) -> None:
    """Wait for `selector`, then for the app to stop running (the status widget shows
    while a script runs) for a second in a row."""
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
    """The values of one column of the first st.dataframe, read from the grid's
    accessible table (glide-data-grid mirrors the visible cells in a role=grid table)."""
    grid = tab.locator('[data-testid="stDataFrame"]').first
    headers = [h.strip() for h in grid.locator('[role="columnheader"]').all_inner_texts()]
    index = headers.index(header)
    values = []
    for row in grid.locator('[role="row"]').all():
        cells = row.locator('[role="gridcell"]').all_inner_texts()
        if cells:
            values.append(cells[index - (len(headers) - len(cells))].strip())
    return values


def fit_viewport_to_content(tab, max_height: int = 8000) -> None:
    """Streamlit scrolls inside its main section, not the page, so a full-page
    screenshot stops at the viewport: grow the viewport to the content's height."""
    height = tab.evaluate("""() => {
        const parts = ['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]',
                       '[data-testid="stSidebarContent"]', 'section.main'];
        let h = document.documentElement.scrollHeight;
        for (const sel of parts) {
            const el = document.querySelector(sel);
            if (el) h = Math.max(h, el.scrollHeight);
        }
        return h;
    }""")
    size = tab.viewport_size
    if height > size["height"]:
        tab.set_viewport_size({"width": size["width"], "height": min(int(height), max_height)})
