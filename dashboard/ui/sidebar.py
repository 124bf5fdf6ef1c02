"""The sidebar filters every page shares, kept in sync with the URL.

Why not `bind="query-params"`: a bound multiselect writes its *formatted* labels into
the URL, so province labels with counts ("Ryanggang · KP-10 (12)") would leak into
links, and `?province=Ryanggang` (a name, not an option) would be dropped silently.
So the URL is read here once per new link (parse_params: aliases, warnings) and
written back after every run (to_params), which makes the address bar reproduce the
view on any page.
"""
from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import filters
from dashboard.columns import EVENT_TYPES
from dashboard.facets import province_counts, type_counts
from dashboard.filters import FilterState
from dashboard.ui.safe import md_escape

KEYS = {"province": "f_province", "type": "f_type", "from": "f_from", "to": "f_to",
        "q": "f_q", "commodity": "f_commodity", "actor": "f_actor"}
_LAST_URL = "_filters_last_params"
_WARNINGS = "_filters_url_warnings"


def read_url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def seed_from_url(province_names: dict[str, str]) -> None:
    """Put the URL's filters into the widgets' state when the URL carries a view this
    session has not written itself: a shared link, an edited address, a reload. After a
    page switch the URL may come back empty; the widgets then keep their state."""
    raw = {k: v for k, v in read_url_params().items() if k in filters.URL_KEYS}
    if _LAST_URL in st.session_state and (not raw or raw == st.session_state[_LAST_URL]):
        st.session_state[_WARNINGS] = []
        return
    state, warnings = filters.parse_params(raw, province_names, EVENT_TYPES)
    set_widgets(state)
    st.session_state[_WARNINGS] = warnings


def set_widgets(state: FilterState) -> None:
    st.session_state[KEYS["province"]] = list(state.provinces)
    st.session_state[KEYS["type"]] = list(state.types)
    st.session_state[KEYS["from"]] = state.date_from
    st.session_state[KEYS["to"]] = state.date_to
    st.session_state[KEYS["q"]] = state.q
    st.session_state[KEYS["commodity"]] = state.commodity
    st.session_state[KEYS["actor"]] = state.actor


def _reset() -> None:
    set_widgets(FilterState())


def render(events: pd.DataFrame, province_names: dict[str, str]) -> FilterState:
    """Draw the filters; returns the state they hold. Warnings about the URL show
    above the page."""
    seed_from_url(province_names)
    sb = st.sidebar
    sb.header("Filters")
    _province_widget(sb, events, province_names)
    counts = type_counts(events)
    sb.multiselect("Event type", EVENT_TYPES, key=KEYS["type"], placeholder="All types",
                   format_func=lambda t: f"{t} ({int(counts.get(t, 0))})")
    left, right = sb.columns(2)
    left.date_input("From", value=None, min_value=filters.MIN_DATE,
                    max_value=filters.MAX_DATE, key=KEYS["from"], format="YYYY-MM-DD")
    right.date_input("To", value=None, min_value=filters.MIN_DATE,
                     max_value=filters.MAX_DATE, key=KEYS["to"], format="YYYY-MM-DD")
    sb.caption("Events dated only to a week, month or year count when their period "
               "overlaps the range.")
    sb.text_input("Search text", key=KEYS["q"], placeholder="e.g. gold",
                  help="Words found in the summary, evidence, place or actors (all words).")
    sb.text_input("Commodity", key=KEYS["commodity"], placeholder="e.g. remittances")
    sb.text_input("Actor", key=KEYS["actor"], placeholder="e.g. border guards")
    sb.button("Reset filters", on_click=_reset)
    state = current_state()
    _write_url(state)
    _copy_link(sb, state)
    return state


def _province_widget(sb, events: pd.DataFrame, province_names: dict[str, str]) -> None:
    counts = province_counts(events).set_index("code")["count"]
    # Provinces with events first (most first), then every other known province.
    options = list(counts.index) + sorted(c for c in province_names if c not in counts.index)
    for code in st.session_state.get(KEYS["province"], []):
        if code not in options:
            options.append(code)

    def label(code: str) -> str:
        name = province_names.get(code, "")
        shown = f"{name} · {code}" if name and name != code else code
        return f"{shown} ({int(counts.get(code, 0))})"

    sb.multiselect("Province", options, key=KEYS["province"], format_func=label,
                   placeholder="All provinces")


def current_state() -> FilterState:
    s = st.session_state
    return filters.with_widgets(
        s.get(KEYS["province"]), s.get(KEYS["type"]), s.get(KEYS["from"]), s.get(KEYS["to"]),
        s.get(KEYS["q"]), s.get(KEYS["commodity"]), s.get(KEYS["actor"]))


def _write_url(state: FilterState) -> None:
    params = filters.to_params(state)
    current = {k: v for k, v in read_url_params().items() if k in filters.URL_KEYS}
    if current != params:
        other = {k: v for k, v in read_url_params().items() if k not in filters.URL_KEYS}
        st.query_params.from_dict({**other, **params})
    st.session_state[_LAST_URL] = params


def share_link(state: FilterState) -> str:
    base = st.context.url or ""
    query = urlencode(filters.to_params(state), doseq=True)
    return f"{base}?{query}" if query else base or "(this page's address)"


def _copy_link(sb, state: FilterState) -> None:
    sb.markdown("**Copy link to this view**")
    # st.code has a copy button and renders the URL as plain text.
    sb.code(share_link(state), language=None, wrap_lines=True)


def show_url_warnings() -> None:
    for warning in st.session_state.get(_WARNINGS, []):
        # The message quotes the URL's value: escape it, st.warning renders Markdown.
        st.warning("Link: " + md_escape(warning), icon="⚠️")
