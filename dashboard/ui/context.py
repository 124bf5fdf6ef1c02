"""What app.py computes once per run and every page reads: the data and the filter."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.filters import FilterState

_KEY = "_borderwatch_context"


@dataclass
class Context:
    events: pd.DataFrame      # every event (read-only: shared by all sessions)
    articles: pd.DataFrame
    state: FilterState
    view: pd.DataFrame        # the events the filter keeps


def publish(ctx: Context) -> None:
    st.session_state[_KEY] = ctx


def current() -> Context:
    return st.session_state[_KEY]
