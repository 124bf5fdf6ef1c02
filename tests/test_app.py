"""The app under streamlit.testing (AppTest) on the hand-written fixture database."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ALL_IDS, HOSTILE, KP10_IDS

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
PAGES = ["views/map.py", "views/timeline.py", "views/incidents.py", "views/articles.py"]


def start(params: dict | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def table_ids(at: AppTest) -> list[str]:
    table = at.get("dataframe")[0].value  # the Incidents table comes first
    return sorted(table["event_id"])


def table_provinces(at: AppTest) -> set[str]:
    return set(at.get("dataframe")[0].value["admin1_code"])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(app_env, page):
    at = start(page=page)
    assert not at.exception
    assert at.metric[0].value == "12"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_with_filters_that_match_nothing(app_env, page):
    start({"q": "no-such-words-anywhere"}, page=page)


@pytest.mark.parametrize("province", ["KP-10", "Ryanggang", "ryanggang"])
def test_province_link_keeps_only_that_province(app_env, province):
    at = start({"province": province}, page="views/incidents.py")
    assert table_provinces(at) == {"KP-10"}
    assert table_ids(at) == sorted(KP10_IDS)
    assert at.query_params == {"province": "KP-10"}  # the name is rewritten as the code
    assert not at.warning


def test_type_dates_and_text_together(app_env):
    # Hand-checked against the fixture: arrests and seizures in 2020 that mention gold
    # are e01 and e02; e10 (2021) and e11 (remittances) are out.
    at = start({"type": ["arrest", "seizure"], "from": "2020-01-01", "to": "2020-12-31",
                "q": "gold"}, page="views/incidents.py")
    assert table_ids(at) == ["e01", "e02"]


def test_imprecise_date_overlap_in_the_app(app_env):
    at = start({"type": "seizure", "from": "2020-01-01", "to": "2020-01-31"},
               page="views/incidents.py")
    assert table_ids(at) == ["e11"]  # a week from 2019-12-28 to 2020-01-03


def test_url_round_trip(app_env):
    params = {"province": ["KP-10", "KP-04"], "type": ["arrest", "defection"],
              "from": "2020-06-01", "to": "2021-12-31", "q": "hyesan"}
    at = start(params, page="views/incidents.py")
    # Params in -> widgets show them.
    assert at.multiselect(key="f_province").value == ["KP-10", "KP-04"]
    assert at.multiselect(key="f_type").value == ["arrest", "defection"]
    assert at.date_input(key="f_from").value == date(2020, 6, 1)
    assert at.date_input(key="f_to").value == date(2021, 12, 31)
    assert at.text_input(key="f_q").value == "hyesan"
    # -> the rows they select (hand-checked: e09 defection in Hyesan 2021, e12 arrest
    # in Hyesan 2020-11; e10 is in Manpo, e01 before June 2020).
    assert table_ids(at) == ["e09", "e12"]
    # -> the same params out, and they survive a page switch and a rerun.
    assert at.query_params == params
    at.switch_page("views/map.py").run()
    assert at.query_params == params
    at.switch_page("views/incidents.py").run()
    assert table_ids(at) == ["e09", "e12"]
    assert at.query_params == params


def test_widget_change_updates_url(app_env):
    at = start(page="views/incidents.py")
    assert at.query_params == {}
    at.multiselect(key="f_type").select("use_of_force").run()
    assert at.query_params == {"type": "use_of_force"}
    assert table_ids(at) == ["e06"]
    at.text_input(key="f_actor").input("guards").run()
    assert at.query_params == {"type": "use_of_force", "actor": "guards"}
    at.button[0].click().run()  # Reset filters
    assert at.query_params == {}
    assert table_ids(at) == ALL_IDS


@pytest.mark.parametrize("page", PAGES)
def test_invalid_params_warn_and_are_ignored(app_env, page):
    at = start({"province": "XX-99", "from": "notadate", "type": "bogus"}, page=None)
    warnings = " ".join(w.value for w in at.warning)
    assert "XX" in warnings and "notadate" in warnings and "bogus" in warnings
    at.switch_page(page).run()
    assert not at.exception


def test_invalid_params_leave_valid_ones_working(app_env):
    at = start({"province": ["XX-99", "KP-09"], "to": "2020-99-99"}, page="views/incidents.py")
    assert table_ids(at) == ["e05", "e06"]
    assert at.query_params == {"province": "KP-09"}


def test_hostile_url_value_is_escaped_in_warning(app_env):
    at = start({"province": "[x](javascript:alert(1))<b>"})
    for warning in at.warning:
        assert "](javascript" not in warning.value and "<b>" not in warning.value


def test_map_sends_points_and_border(app_env):
    at = start({"province": "KP-10"}, page="views/map.py")
    deck = at.get("deck_gl_json_chart")[0].proto.json
    assert '"events"' in deck and "41.4" in deck
    assert "Hoeryong" not in deck  # filtered out


# ---------------------------------------------------------------- untrusted text

SAFE_SINKS = {"text", "code", "dataframe"}  # rendered as plain text by the frontend
DANGEROUS = ["<script>", "**bold**", "javascript:", "](javascript"]


def rendered_nodes(at: AppTest):
    for root in (at.main, at.sidebar):
        for node in root:
            yield node


def test_article_text_never_reaches_markdown_or_html(app_env):
    at = start(page="views/articles.py")
    at.selectbox(key="article_pick").select("a2").run()
    assert not at.exception
    found_in_safe = False
    for node in rendered_nodes(at):
        proto = str(getattr(node, "proto", ""))
        if node.type in SAFE_SINKS:
            found_in_safe |= HOSTILE in str(getattr(node, "value", ""))
            continue
        for bad in DANGEROUS:
            assert bad not in proto, (node.type, bad)
    assert found_in_safe, "the hostile article text should be shown, as plain text"
    assert not at.get("html")
    # The article's javascript: URL is not offered as a link.
    for link in at.get("link_button"):
        assert not link.proto.url.lower().startswith("javascript")


def _card_app(db_path: str) -> None:
    from dashboard import store
    from dashboard.ui import card

    events, articles = store.load_events(db_path), store.load_articles(db_path)
    card.render(events[events["event_id"] == "e04"].iloc[0], articles)


def test_event_card_shows_hostile_paragraph_as_plain_text(fixture_db):
    # e04's evidence sits in a paragraph that also holds the hostile text.
    at = AppTest.from_function(_card_app, args=(str(fixture_db),), default_timeout=30).run()
    assert not at.exception
    codes = [c.value for c in at.code]
    assert "Mobile phones were smuggled across the Yalu near Sinuiju on September 10." in codes
    assert any(HOSTILE in t.value for t in at.text)
    for node in rendered_nodes(at):
        if node.type not in SAFE_SINKS:
            for bad in DANGEROUS:
                assert bad not in str(getattr(node, "proto", "")), (node.type, bad)
    assert not at.get("link_button")  # a2's URL is javascript:, so no link
