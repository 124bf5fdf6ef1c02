"""Split an article body into paragraphs and sentences, keeping character offsets.

Also marks the lines that are not reporting: photo captions, bylines, contact and
"Read in Korean" lines, headlines repeated in the body. Those yield no events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations whose final period does not end a sentence.
_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "gen", "lt", "col", "sgt", "capt",
    "maj", "gov", "sen", "rep", "jr", "sr", "inc", "co", "corp", "ltd", "approx", "est",
    "n", "s", "u", "a.m", "p.m", "e.g", "i.e", "u.s", "u.n", "d.p.r.k", "r.o.k",
}
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_BOILERPLATE = re.compile(
    r"^(read in korean|please direct any|\*?translated by|\*?edited by|by [A-Z][\w.]+ [A-Z]\w+$|"
    r"photo:|image:|copyright|all rights reserved|subscribe|share this|related:|tags?:)"
    r"|is one of daily nk|full-time journalist|@[\w-]+\.(net|com|org)|/ image:|/ photo:|\(photo|\bphoto by\b"
    r"|\(taken in|\bcourtesy of\b|\bfile photo\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s*$""")
# "HUNCHUN, China (AP) — " at the start of an article says where the reporter was.
DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,}(,\s*[A-Z][\w .]+)?\s*(\([\w .]+\))?\s*[—–-]{1,2}\s*")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int          # offset in the article body
    end: int
    paragraph: int      # index of the paragraph it belongs to
    reporting: bool     # False for captions, bylines, headlines and other non-report lines


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int
    end: int
    reporting: bool


def paragraphs(body: str) -> list[Paragraph]:
    """Lines of text; blank lines and single newlines both separate paragraphs."""
    found = []
    lines = [(m.group(0), m.start()) for m in re.finditer(r"[^\n]+", body)]
    for i, (line, start) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        nxt = lines[i + 1][0].strip() if i + 1 < len(lines) else ""
        found.append(Paragraph(stripped, start + lead, start + lead + len(stripped),
                               _is_reporting(stripped, nxt)))
    return found


def _is_reporting(line: str, next_line: str) -> bool:
    if _BOILERPLATE.search(line):
        return False
    # A caption is often repeated on the next line with its credit: "X / Image: ..."
    if next_line.startswith(line) and len(next_line) > len(line):
        return False
    # Headlines and captions: short lines without final punctuation.
    if not _SENTENCE_END.search(line) and len(line.split()) < 30:
        return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        word = re.search(r"([\w.]+)[.!?]*$", text[start:m.start() + 1])
        token = (word.group(1) if word else "").lower().rstrip(".")
        if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
            continue
        end = m.end()
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentences(body: str) -> list[Sentence]:
    out = []
    for index, para in enumerate(paragraphs(body)):
        for s, e in split_sentences(para.text):
            out.append(Sentence(para.text[s:e], para.start + s, para.start + e, index, para.reporting))
    return out
