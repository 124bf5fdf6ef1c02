"""The dashboard's filter state, its URL form, and applying it to the event table.

Plain pandas (no Streamlit) so every rule here is unit-tested directly.
URL keys: province (repeatable), type (repeatable), from, to, q, commodity, actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Mapping, Sequence

import pandas as pd

URL_KEYS = ("province", "type", "from", "to", "q", "commodity", "actor")
# Dates outside this range are typos, and date widgets refuse them.
MIN_DATE, MAX_DATE = date(1900, 1, 1), date(2100, 12, 31)
MAX_TEXT = 200  # longer free-text values are truncated, never trusted to be short
TEXT_COLUMNS = ("summary", "evidence", "place", "actors")


@dataclass(frozen=True)
class FilterState:
    provinces: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""
    commodity: str = ""
    actor: str = ""

    @property
    def is_empty(self) -> bool:
        return self == FilterState()


# ---------------------------------------------------------------- URL -> state

def parse_params(params: Mapping[str, Sequence[str] | str], provinces: Mapping[str, str],
                 types: Sequence[str]) -> tuple[FilterState, list[str]]:
    """Read URL query params into a FilterState; every value it cannot use becomes a
    short warning and is dropped (a shared link with a typo still opens).

    `provinces` maps ISO codes to English names (`{"KP-10": "Ryanggang"}`); a province
    may be given by either, case-insensitively. Unknown keys are ignored silently:
    Streamlit and hosts add their own (`embed`, ...)."""
    warnings: list[str] = []
    values = {k: _as_list(params.get(k)) for k in URL_KEYS}
    province_list = _parse_provinces(values["province"], provinces, warnings)
    type_list = _parse_types(values["type"], types, warnings)
    date_from = _parse_date(_last(values["from"]), "from", warnings, end=False)
    date_to = _parse_date(_last(values["to"]), "to", warnings, end=True)
    if date_from and date_to and date_from > date_to:
        warnings.append(f"'from' ({date_from}) is after 'to' ({date_to}): swapped them.")
        date_from, date_to = date_to, date_from
    state = FilterState(
        provinces=province_list, types=type_list, date_from=date_from, date_to=date_to,
        q=_clean_text(_last(values["q"])), commodity=_clean_text(_last(values["commodity"])),
        actor=_clean_text(_last(values["actor"])),
    )
    return state, warnings


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _last(values: list[str]) -> str:
    return values[-1].strip() if values else ""


def _clean_text(text: str) -> str:
    return " ".join(text.split())[:MAX_TEXT]


def _parse_provinces(raw: list[str], provinces: Mapping[str, str],
                     warnings: list[str]) -> tuple[str, ...]:
    lookup = {code.lower(): code for code in provinces}
    lookup.update({name.lower(): code for code, name in provinces.items() if name})
    found: list[str] = []
    for value in raw:
        key = value.strip().lower()
        if not key:
            continue
        code = lookup.get(key)
        if code is None:
            warnings.append(f"Unknown province {_quote(value)} ignored.")
        elif code not in found:
            found.append(code)
    return tuple(found)


def _parse_types(raw: list[str], types: Sequence[str], warnings: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for value in raw:
        key = value.strip().lower()
        if not key:
            continue
        if key not in types:
            warnings.append(f"Unknown event type {_quote(value)} ignored.")
        elif key not in found:
            found.append(key)
    return tuple(found)


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _parse_date(text: str, key: str, warnings: list[str], end: bool) -> date | None:
    """`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` meaning the first (from) or last (to) day."""
    if not text:
        return None
    match = _DATE_RE.match(text)
    parsed = None
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            if month is None:
                parsed = date(year, 12, 31) if end else date(year, 1, 1)
            elif day is None:
                first = date(year, month, 1)
                parsed = (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).date() if end else first
            else:
                parsed = date(year, month, day)
        except ValueError:
            parsed = None
    if parsed is None or not (MIN_DATE <= parsed <= MAX_DATE):
        warnings.append(f"'{key}' must be a date like 2020-12-31: {_quote(text)} ignored.")
        return None
    return parsed


def _quote(value: str) -> str:
    """Echo a bad value back shortly; it comes from a URL, so keep it plain and short."""
    shown = value if len(value) <= 40 else value[:37] + "..."
    return repr(shown)


# ---------------------------------------------------------------- state -> URL

def to_params(state: FilterState) -> dict[str, list[str]]:
    """The query params that reproduce `state`; empty filters stay out of the URL."""
    params: dict[str, list[str]] = {}
    if state.provinces:
        params["province"] = list(state.provinces)
    if state.types:
        params["type"] = list(state.types)
    if state.date_from:
        params["from"] = [state.date_from.isoformat()]
    if state.date_to:
        params["to"] = [state.date_to.isoformat()]
    for key, value in (("q", state.q), ("commodity", state.commodity), ("actor", state.actor)):
        if value:
            params[key] = [value]
    return params


def with_widgets(provinces, types, date_from, date_to, q, commodity, actor) -> FilterState:
    """A FilterState from raw widget values (None / lists / untrimmed text)."""
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    return FilterState(
        provinces=tuple(provinces or ()), types=tuple(types or ()),
        date_from=date_from or None, date_to=date_to or None,
        q=_clean_text(q or ""), commodity=_clean_text(commodity or ""),
        actor=_clean_text(actor or ""),
    )


# ---------------------------------------------------------------- applying

def prepare(events: pd.DataFrame) -> pd.DataFrame:
    """Add the helper columns `apply` needs, once per loaded table (they start with `_`):
    a lowercase haystack for free text, lowercase commodity and actors."""
    frame = events.copy()
    text = frame[TEXT_COLUMNS[0]].fillna("").astype(str)
    for col in TEXT_COLUMNS[1:]:
        text = text + "\n" + frame[col].fillna("").astype(str)
    frame["_text"] = text.str.lower()
    frame["_commodity"] = frame["commodity"].fillna("").astype(str).str.lower()
    frame["_actors"] = frame["actors"].fillna("").astype(str).str.lower()
    return frame


def apply(events: pd.DataFrame, state: FilterState) -> pd.DataFrame:
    """The events that `state` keeps, in their original order.

    Dates are ISO strings, so they compare correctly as text. An event is in the date
    range when its interval [date_start, date_end] overlaps it: an event known only to
    the month or year is kept when any part of that period is in range."""
    if "_text" not in events.columns:
        events = prepare(events)
    keep = pd.Series(True, index=events.index)
    if state.provinces:
        keep &= events["admin1_code"].isin(state.provinces)
    if state.types:
        keep &= events["event_type"].isin(state.types)
    if state.date_from:
        end = events["date_end"].where(events["date_end"] != "", events["date_start"])
        keep &= end.fillna("") >= state.date_from.isoformat()
    if state.date_to:
        start = events["date_start"].where(events["date_start"] != "", events["date_end"])
        keep &= (start.fillna("") <= state.date_to.isoformat()) & (start.fillna("") != "")
    for word in state.q.lower().split():
        keep &= events["_text"].str.contains(word, regex=False)
    if state.commodity:
        keep &= events["_commodity"].str.contains(state.commodity.lower(), regex=False)
    if state.actor:
        keep &= events["_actors"].str.contains(state.actor.lower(), regex=False)
    return events[keep]


def without(state: FilterState, **fields) -> FilterState:
    return replace(state, **fields)
