"""Cutting article text around evidence spans (pure; rendering is in card.py/articles).

Article text is untrusted: these functions only slice strings; callers render the
pieces with st.text / st.code, never as Markdown or HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Segment:
    text: str
    evidence: bool = False
    label: str = ""  # e.g. the event type, for evidence segments


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the body's paragraphs (blank-line separated)."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        if body[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if body[start:].strip():
        spans.append((start, len(body)))
    return spans


def locate(body: str, evidence: str, start, end) -> tuple[int, int] | None:
    """The evidence's offsets in body: the stored ones when they match the text, else
    the first place the text occurs, else None."""
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        start = end = -1
    if 0 <= start < end <= len(body) and (not evidence or body[start:end] == evidence):
        return start, end
    if evidence:
        found = body.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


def in_paragraph(body: str, start: int, end: int) -> tuple[str, str, str]:
    """(text before, evidence, text after) within the paragraph(s) holding the span."""
    para_start = next((s for s, e in reversed(paragraphs(body)) if s <= start), 0)
    para_end = next((e for s, e in paragraphs(body) if e >= end), len(body))
    return body[para_start:start], body[start:end], body[end:para_end]


def segment(text: str, offset: int, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Split `text` (which starts at `offset` in the body) into plain and evidence
    segments. Overlapping spans merge; their labels join."""
    end_of_text = offset + len(text)
    inside = sorted((max(s, offset), min(e, end_of_text), label)
                    for s, e, label in spans if s < end_of_text and e > offset)
    merged: list[list] = []
    for s, e, label in inside:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if label and label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([s, e, [label] if label else []])
    out, cursor = [], offset
    for s, e, labels in merged:
        if s > cursor:
            out.append(Segment(text[cursor - offset:s - offset]))
        out.append(Segment(text[s - offset:e - offset], True, ", ".join(labels)))
        cursor = e
    if cursor < end_of_text:
        out.append(Segment(text[cursor - offset:]))
    return out
