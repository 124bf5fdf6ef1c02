"""Articles page: the source articles with their events; article text as plain text.

Article text is untrusted: it is rendered only with st.text (paragraphs) and st.code
(highlighted evidence), never as Markdown or HTML.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.ui import context, spans
from dashboard.ui.safe import safe_url

ctx = context.current()
counts = ctx.view.groupby("article_id").size().rename("events")
listed = ctx.articles.merge(counts, left_on="article_id", right_index=True, how="left")
listed["events"] = listed["events"].fillna(0).astype(int)
if not ctx.state.is_empty:
    listed = listed[listed["events"] > 0]
listed = listed.sort_values(["published", "article_id"], ascending=[False, True])

st.caption(f"{len(listed):,} articles" + ("" if ctx.state.is_empty else " with matching events"))
if listed.empty:
    st.stop()

st.dataframe(
    listed[["published", "title", "outlet", "events", "url", "article_id"]]
    .assign(url=listed["url"].map(safe_url)),
    hide_index=True, height=min(38 + 35 * len(listed), 300),
    column_config={
        "published": "Published", "title": st.column_config.TextColumn("Title", width="large"),
        "outlet": "Outlet", "events": st.column_config.NumberColumn("Events", format="%d"),
        "url": st.column_config.LinkColumn("Link", display_text="open"),
        "article_id": "Article id",
    })

titles = dict(zip(listed["article_id"], listed["title"]))
picked = st.selectbox("Read an article", list(titles), key="article_pick",
                      format_func=lambda a: f"{str(titles.get(a) or a)[:90]} [{a}]")
article = ctx.articles[ctx.articles["article_id"] == picked].iloc[0]
events = ctx.events[ctx.events["article_id"] == picked]
shown = set(ctx.view["event_id"])

with st.container(border=True):
    st.text(str(article["title"] or picked))
    st.text(" · ".join(str(v) for v in (article["outlet"], article["author"],
                                        article["published"]) if v))
    url = safe_url(article["url"])
    if url:
        st.link_button("Open the original", url)

    st.caption("Events from this article (those matching the filters are highlighted "
               "below, labelled with their type):")
    st.dataframe(events[["event_type", "date_start", "date_end", "summary", "place",
                         "confidence", "event_id"]], hide_index=True,
                 column_config={
                     "event_type": "Type", "date_start": "From", "date_end": "To",
                     "summary": st.column_config.TextColumn("Summary", width="large"),
                     "place": "Place",
                     "confidence": st.column_config.ProgressColumn(
                         "Confidence", min_value=0.0, max_value=1.0, format="%.2f"),
                     "event_id": "Event id"})

    body = str(article["body"] or "")
    marks = []
    for _, ev in events[events["event_id"].isin(shown)].iterrows():
        where = spans.locate(body, str(ev["evidence"] or ""), ev["evidence_start"],
                             ev["evidence_end"])
        if where:
            marks.append((where[0], where[1], str(ev["event_type"])))
    st.caption("Article text (plain text; evidence in grey boxes)")
    for start, end in spans.paragraphs(body):
        for seg in spans.segment(body[start:end], start, marks):
            if seg.evidence:
                st.code(f"[{seg.label}] {seg.text}", language=None, wrap_lines=True)
            elif seg.text.strip():
                st.text(seg.text.strip())
