"""The event card: summary, date, place, evidence highlighted in its paragraph, link.

Summary, evidence and article text come from untrusted articles: they are shown with
st.text / st.code only (rendered as plain text, never Markdown or HTML).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.mapdata import date_labels, place_labels
from dashboard.ui import spans
from dashboard.ui.safe import md_escape, safe_url


def render(event: pd.Series, articles: pd.DataFrame) -> None:
    one = event.to_frame().T
    with st.container(border=True):
        st.markdown(f"**{md_escape(event['event_type'])}** · "
                    f"{md_escape(date_labels(one).iloc[0])} · "
                    f"{md_escape(place_labels(one).iloc[0])}")
        st.text(event["summary"])
        _details(event)
        body = _article_body(articles, event["article_id"])
        _evidence(event, body)
        _source(event)


def _details(event: pd.Series) -> None:
    bits = []
    for label, col in (("Actors", "actors"), ("Commodity", "commodity"),
                       ("Quantity", "quantity"), ("People", "people_count"),
                       ("Date words", "date_text")):
        value = event.get(col)
        if value is None or str(value) in ("", "nan", "<NA>", "None"):
            continue
        if col == "people_count":
            try:
                value = f"{int(float(value)):,}"  # 2, not 2.0
            except (TypeError, ValueError):
                pass
        bits.append(f"{label}: {value}")
    conf = event.get("confidence")
    if pd.notna(conf):
        bits.append(f"Confidence: {float(conf):.2f}")
    if bits:
        st.text(" | ".join(bits))


def _article_body(articles: pd.DataFrame, article_id: str) -> str:
    match = articles.loc[articles["article_id"] == article_id, "body"]
    return str(match.iloc[0]) if len(match) else ""


def _evidence(event: pd.Series, body: str) -> None:
    where = spans.locate(body, str(event.get("evidence") or ""),
                         event.get("evidence_start"), event.get("evidence_end"))
    st.caption("Evidence, highlighted in its paragraph")
    if where is None:
        st.code(str(event.get("evidence") or "(no evidence sentence)"), language=None,
                wrap_lines=True)
        return
    before, evidence, after = spans.in_paragraph(body, *where)
    if before.strip():
        st.text(before.strip())
    st.code(evidence.strip(), language=None, wrap_lines=True)
    if after.strip():
        st.text(after.strip())


def _source(event: pd.Series) -> None:
    title = str(event.get("article_title") or event.get("article_id") or "")
    st.text(f"Source: {title}" + (f" ({event['published']})" if event.get("published") else ""))
    url = safe_url(event.get("article_url"))
    if url:
        st.link_button("Open the article", url)
