"""Borderwatch dashboard: `streamlit run dashboard/app.py`.

Loads the events once (cached), draws the shared sidebar filters (kept in the URL),
the summary, then the selected page. Pages only read, filter and draw.
"""
from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repo root.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from dashboard import filters  # noqa: E402
from dashboard.ui import context, data, sidebar, summary  # noqa: E402

# Not "pages/": a pages/ folder beside the entrypoint switches Streamlit to its legacy
# multipage mode (and AppTest then reruns page files without the entrypoint).
PAGES_DIR = Path(__file__).resolve().parent / "views"

# No page or page_icon icons: the current page's icon becomes the favicon, and a
# material icon favicon is fetched from fonts.gstatic.com (fails offline).
st.set_page_config(page_title="Borderwatch", layout="wide")

# The default page (Map) lives at the app's root URL; the others at /timeline etc.
pages = [
    st.Page(PAGES_DIR / "map.py", title="Map", default=True),
    st.Page(PAGES_DIR / "timeline.py", title="Timeline",
            url_path="timeline"),
    st.Page(PAGES_DIR / "incidents.py", title="Incidents",
            url_path="incidents"),
    st.Page(PAGES_DIR / "articles.py", title="Articles",
            url_path="articles"),
]
page = st.navigation(pages)

try:
    events, articles = data.load()
except Exception as exc:  # no database and no way to build one: say so, don't crash
    st.error(f"Could not load the event database: {type(exc).__name__}")
    st.text(str(exc)[:500])
    st.stop()

state = sidebar.render(events, data.province_names(events))
view = filters.apply(events, state)
context.publish(context.Context(events=events, articles=articles, state=state, view=view))

st.title(f"Borderwatch · {page.title}")
st.caption("Incidents on the China–North Korea border, extracted from news reports.")
sidebar.show_url_warnings()
summary.render(view, len(events))
page.run()
