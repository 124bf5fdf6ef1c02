"""filters.py: URL params -> FilterState -> rows kept, and back to URL params."""
from __future__ import annotations

from datetime import date

import pytest

from dashboard import filters
from dashboard.columns import EVENT_TYPES
from dashboard.filters import FilterState

PROVINCES = {"KP-10": "Ryanggang", "KP-03": "North Pyongan", "KP-09": "North Hamgyong",
             "KP-04": "Jagang", "CN-LN": "Liaoning"}


def parse(params):
    return filters.parse_params(params, PROVINCES, EVENT_TYPES)


@pytest.mark.parametrize("params, expected", [
    ({}, FilterState()),
    ({"province": ["KP-10"]}, FilterState(provinces=("KP-10",))),
    ({"province": ["Ryanggang"]}, FilterState(provinces=("KP-10",))),
    ({"province": ["ryanggang", "kp-03"]}, FilterState(provinces=("KP-10", "KP-03"))),
    ({"province": ["North Hamgyong", "KP-09"]}, FilterState(provinces=("KP-09",))),
    ({"province": "KP-04"}, FilterState(provinces=("KP-04",))),
    ({"type": ["arrest", "Seizure"]}, FilterState(types=("arrest", "seizure"))),
    ({"from": ["2020-01-01"], "to": ["2020-12-31"]},
     FilterState(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))),
    ({"from": ["2020"], "to": ["2020"]},
     FilterState(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))),
    ({"from": ["2020-02"], "to": ["2020-02"]},
     FilterState(date_from=date(2020, 2, 1), date_to=date(2020, 2, 29))),
    ({"q": ["  gold   nuggets "]}, FilterState(q="gold nuggets")),
    ({"commodity": ["gold"], "actor": ["police"]}, FilterState(commodity="gold", actor="police")),
    ({"embed": ["true"], "page": ["x"]}, FilterState()),
])
def test_parse_params(params, expected):
    state, warnings = parse(params)
    assert state == expected
    assert warnings == []


@pytest.mark.parametrize("params, expected, n_warnings", [
    ({"province": ["XX-99"]}, FilterState(), 1),
    ({"province": ["XX-99", "KP-10"]}, FilterState(provinces=("KP-10",)), 1),
    ({"type": ["bogus"]}, FilterState(), 1),
    ({"from": ["notadate"]}, FilterState(), 1),
    ({"to": ["2020-13-45"]}, FilterState(), 1),
    ({"from": ["0001-01-01"]}, FilterState(), 1),
    ({"from": ["2021-01-01"], "to": ["2020-01-01"]},
     FilterState(date_from=date(2020, 1, 1), date_to=date(2021, 1, 1)), 1),
    ({"province": ["XX-99"], "from": ["notadate"], "type": ["bogus"]}, FilterState(), 3),
])
def test_invalid_values_warn_and_are_ignored(params, expected, n_warnings):
    state, warnings = parse(params)
    assert state == expected
    assert len(warnings) == n_warnings
    assert all(len(w) < 120 for w in warnings)


@pytest.mark.parametrize("params", [
    {},
    {"province": ["KP-10"]},
    {"province": ["KP-10", "KP-03"], "type": ["arrest", "seizure"]},
    {"from": ["2020-01-01"], "to": ["2020-12-31"], "q": ["gold"]},
    {"commodity": ["mobile phones"], "actor": ["border guards"]},
    {"province": ["CN-LN"], "type": ["trade_measure"], "from": ["2021-03-01"],
     "to": ["2021-05-31"], "q": ["freight"], "commodity": ["freight"], "actor": ["customs"]},
])
def test_round_trip(params):
    state, warnings = parse(params)
    assert warnings == []
    assert filters.to_params(state) == params
    assert parse(filters.to_params(state))[0] == state


def test_name_becomes_code_in_url():
    state, _ = parse({"province": ["Ryanggang"]})
    assert filters.to_params(state) == {"province": ["KP-10"]}


def ids(frame):
    return sorted(frame["event_id"])


@pytest.mark.parametrize("state, expected", [
    (FilterState(), ["e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10",
                     "e11", "e12"]),
    (FilterState(provinces=("KP-10",)), ["e01", "e02", "e03", "e09", "e11", "e12"]),
    (FilterState(provinces=("KP-09", "KP-04")), ["e05", "e06", "e10"]),
    (FilterState(types=("arrest",)), ["e01", "e10", "e12"]),
    (FilterState(q="gold"), ["e01", "e02", "e10"]),
    (FilterState(q="GOLD manpo"), ["e10"]),
    (FilterState(q="border guards"), ["e05", "e06"]),
    (FilterState(commodity="phones"), ["e04", "e12"]),
    (FilterState(actor="police"), ["e10", "e12"]),
    (FilterState(types=("arrest", "seizure"), date_from=date(2020, 1, 1),
                 date_to=date(2020, 12, 31), q="gold"), ["e01", "e02"]),
    (FilterState(provinces=("KP-10",), types=("punishment",), date_from=date(2021, 1, 1)), []),
])
def test_apply_keeps_rows(events, state, expected):
    assert ids(filters.apply(events, state)) == expected


@pytest.mark.parametrize("date_from, date_to, expected", [
    # e11 (2019-12-28..2020-01-03, a week) overlaps the start of 2020.
    (date(2020, 1, 1), date(2020, 1, 31), ["e05", "e11"]),
    (date(2019, 1, 1), date(2019, 12, 31), ["e11"]),
    # e03 is only known to be in June 2020: any day of June keeps it.
    (date(2020, 6, 15), date(2020, 6, 15), ["e03", "e05"]),
    (date(2020, 7, 1), date(2020, 7, 31), ["e05"]),
    # e08 is in spring 2021 (season); e09 in the first week of February 2021.
    (date(2021, 2, 5), date(2021, 3, 1), ["e08", "e09", "e10"]),
    (date(2021, 6, 1), None, []),
    (None, date(2019, 12, 31), ["e11"]),
])
def test_imprecise_dates_overlap(events, date_from, date_to, expected):
    state = FilterState(date_from=date_from, date_to=date_to)
    assert ids(filters.apply(events, state)) == expected


def test_apply_on_prepared_frame_is_the_same(events):
    state = FilterState(q="hyesan", types=("arrest", "defection"))
    assert ids(filters.apply(filters.prepare(events), state)) == ids(filters.apply(events, state))
