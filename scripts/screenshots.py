"""Screenshots of every dashboard page for the README: `python scripts/screenshots.py`.

Rebuilds the default database (data/borderwatch.sqlite) from seeds/, starts
`streamlit run dashboard/app.py` on a free 127.0.0.1 port, opens each page and one
shared link in headless Debian Chromium, waits for the app to finish running and
saves full-page PNGs in docs/. Needs playwright and /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the browser helpers shared with the tests
sys.path.insert(0, str(ROOT))

from browser_support import (MAP_CANVAS, PLOTLY, fit_viewport_to_content,  # noqa: E402
                             launch_chromium, streamlit_server, wait_for_app)

DATAFRAME = '[data-testid="stDataFrame"]'
# (file name, path and query, what must be on the page before the app is done)
SHOTS = [
    ("map.png", "/", MAP_CANVAS),
    ("timeline.png", "/timeline", PLOTLY),
    ("incidents.png", "/incidents", DATAFRAME),
    ("articles.png", "/articles", DATAFRAME),
    ("shared-link.png", "/incidents?province=KP-10", DATAFRAME),
]
CARD_SHOT = ("event-card.png", "/incidents?province=KP-10")
MAP_CARD_SHOT = ("map-card.png", "/")
CARD_TEXT = "Evidence, highlighted in its paragraph"


def select_first_row(tab) -> None:
    """Tick the first row of the Incidents table (its row-marker checkbox): the page
    reruns and opens the event card under the table."""
    box = tab.locator(DATAFRAME).first.bounding_box()
    tab.mouse.click(box["x"] + 16, box["y"] + 35 + 17)  # header row, then row 1
    tab.get_by_text(CARD_TEXT).first.wait_for(timeout=30_000)


def select_map_point(tab) -> None:
    """Click the map where most pixels have an event type's colour (the biggest
    cluster of points): the page reruns and opens that event's card."""
    import io

    import numpy as np
    from PIL import Image

    from dashboard.mapdata import TYPE_COLORS

    chart = tab.locator('[data-testid="stDeckGlJsonChart"]').first
    chart.scroll_into_view_if_needed()
    tab.wait_for_timeout(500)
    pixels = np.asarray(Image.open(io.BytesIO(chart.screenshot())).convert("RGB")).astype(int)
    box = chart.bounding_box()  # after scrolling: the click is in viewport coordinates
    best = None  # (same-coloured pixels within 6 px, x, y): the middle of a point
    for color in TYPE_COLORS.values():
        ys, xs = np.nonzero(np.abs(pixels - np.array(color)).sum(axis=2) < 30)
        if len(xs) > 2000:  # a subsample is enough to find a point's middle
            keep = np.random.default_rng(0).choice(len(xs), 2000, replace=False)
            xs, ys = xs[keep], ys[keep]
        if not len(xs):
            continue
        near = ((xs[:, None] - xs[None, :]) ** 2 + (ys[:, None] - ys[None, :]) ** 2 <= 36)
        counts = near.sum(axis=1)
        i = int(counts.argmax())
        if best is None or counts[i] > best[0]:
            best = (int(counts[i]), float(xs[i]), float(ys[i]))
    if best is None:
        raise RuntimeError("no event point found on the map")
    tab.mouse.click(box["x"] + best[1], box["y"] + best[2])
    tab.get_by_text(CARD_TEXT).first.wait_for(timeout=30_000)


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs",
                        help="folder for the PNGs (default: docs/)")
    parser.add_argument("--no-build", action="store_true",
                        help="use data/borderwatch.sqlite as it is")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)

    if not args.no_build:
        subprocess.run([sys.executable, "-m", "dashboard", "build"], cwd=ROOT, check=True)
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    os.environ.pop("BORDERWATCH_DB", None)  # the app reads the default database
    with streamlit_server() as url, sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            for name, path, ready in SHOTS:
                context = browser.new_context(
                    viewport={"width": args.width, "height": args.height})
                tab = context.new_page()
                tab.goto(url + path)
                wait_for_app(tab, ready)
                fit_viewport_to_content(tab)
                tab.wait_for_timeout(1500)  # relayout after the resize; deck.gl paints
                target = args.out / name
                tab.screenshot(path=str(target), full_page=True)
                print(shown(target))
                context.close()
            # The event card: select a row of a shared link's table, and a map point.
            for (name, path), ready, select in ((CARD_SHOT, DATAFRAME, select_first_row),
                                                (MAP_CARD_SHOT, MAP_CANVAS,
                                                 select_map_point)):
                context = browser.new_context(
                    viewport={"width": args.width, "height": args.height})
                tab = context.new_page()
                tab.goto(url + path)
                wait_for_app(tab, ready)
                tab.wait_for_timeout(1500)  # deck.gl paints before we look for points
                select(tab)
                wait_for_app(tab, ready)
                fit_viewport_to_content(tab)
                tab.wait_for_timeout(1500)
                target = args.out / name
                tab.screenshot(path=str(target), full_page=True)
                print(shown(target))
                context.close()
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
