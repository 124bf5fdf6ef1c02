"""Article -> incident events: sentences, types, dates, places and details together."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable
from datetime import date, timedelta

from dashboard.articles import Article
from dashboard.columns import ALL_COLUMNS
from dashboard.extract import details
from dashboard.extract.dates import DateSpan, find_dates
from dashboard.extract.event_types import Trigger, find_triggers
from dashboard.extract.places import (GEO_PRECISION, ONLINE_COUNTRIES, SPECIFICITY, best_place, tag_mentions,
                                      unknown_place_names)
from dashboard.extract.sentences import DATELINE, Sentence, sentences
from dashboard.geo.border import border_km
from dashboard.geo.gazetteer import Gazetteer, Place, default_gazetteer

RECENT_DAYS = 30           # an undated event lies in the month before the report
EVENT_ROLES = ("event", "since")
LABELS = {
    "arrest": "Arrest", "seizure": "Seizure", "smuggling": "Smuggling", "crackdown": "Crackdown",
    "punishment": "Punishment", "policy_order": "Order", "trade_measure": "Trade measure",
    "use_of_force": "Use of force", "defection": "Defection",
}


@dataclass
class When:
    start: date | None
    end: date | None
    precision: str
    text: str
    own: bool            # the sentence itself dates the event


@dataclass
class Context:
    """What earlier sentences of the article established, for sentences that say less."""
    article: Article
    ref: tuple[date, date] | None
    gazetteer: Gazetteer
    geocoder: Geocoder | None = None
    lead_place: Place | None = None
    paragraph: int = -1
    paragraph_place: Place | None = None
    paragraph_when: When | None = None
    seen: dict = field(default_factory=dict)


Geocoder = Callable[[str], "Place | None"]


def extract_events(article: Article, gazetteer: Gazetteer | None = None,
                   geocoder: Geocoder | None = None) -> list[dict]:
    """`geocoder`: optional online lookup for place names the gazetteer lacks."""
    gazetteer = gazetteer or default_gazetteer()
    ref = reference_interval(article)
    ctx = Context(article, ref, gazetteer, geocoder)
    all_sentences = [s for s in sentences(article.body) if s.reporting]
    ctx.lead_place = lead_place(article.title, all_sentences, gazetteer)
    rows: list[dict] = []
    previous: list[dict] = []
    for sent in all_sentences:
        if sent.paragraph != ctx.paragraph:
            ctx.paragraph, ctx.paragraph_place, ctx.paragraph_when = sent.paragraph, None, None
            previous = []
        found = _sentence_events(sent, ctx, gazetteer)
        if not found:
            _lend_amounts(sent.text, previous)
        rows.extend(found)
        previous = found
    return merge_duplicates(rows)


def _lend_amounts(text: str, rows: list[dict]) -> None:
    """"Altogether, the gold was worth RMB 200,000 [USD 28,106]": a sentence that reports
    no event of its own may give the amounts of the event just before it."""
    value, quantities = details.value_usd(text), details.quantities(text)
    for row in rows:
        if row["value_usd"] is None and value is not None:
            row["value_usd"] = value
        if quantities:
            row["quantity"] = "; ".join(dict.fromkeys(filter(None, [row["quantity"], *quantities])))


def reference_interval(article: Article) -> tuple[date, date] | None:
    """The published interval; without one, the latest dated year the text itself names."""
    if article.published_start and article.published_end:
        return article.published_start, article.published_end
    years = [span.end for span in find_dates(article.body, date(1900, 1, 1), date(2100, 12, 31))
             if not span.relative and span.role == "event"]
    if not years:
        return None
    latest = max(years)
    return latest, latest + timedelta(days=365)


def lead_place(title: str, reporting: list[Sentence], gazetteer: Gazetteer) -> Place | None:
    """Where the story is, from its title and first paragraph: the fallback place of
    events whose own sentence and paragraph name none."""
    first = [s.text for s in reporting if s.paragraph == reporting[0].paragraph] if reporting else []
    tagged = [tag_mentions(text, gazetteer.find(text)) for text in (title, *first)]
    # Where it happened, else (in "residents of Hyesan were arrested") where the people are from.
    for role in ("event", "origin"):
        found = [p for p in (best_place(t, role) for t in tagged) if p and p.kind not in WEAK_PLACES]
        if found:
            return min(found, key=lambda p: SPECIFICITY.get(p.kind, 4))
    return None


def _sentence_events(sent: Sentence, ctx: Context, gazetteer: Gazetteer) -> list[dict]:
    text = sent.text
    dateline = DATELINE.match(text) if sent.start == 0 else None
    skip = dateline.end() if dateline else 0
    # A dateline ("SEOUL, Jan. 5 (Yonhap) --") dates and places the report, not the event.
    spans = [s for s in find_dates(text, *ctx.ref) if s.start_offset >= skip] if ctx.ref else []
    own_dates = [s for s in spans if s.role in EVENT_ROLES]
    triggers = find_triggers(text, tuple(s.start_offset for s in own_dates))
    tagged = [t for t in tag_mentions(text, gazetteer.find(text)) if t.mention.start >= skip]
    event_place = best_place(tagged, "event")
    if event_place is None and ctx.geocoder and triggers:
        event_place = _geocode_online(text, tagged, ctx.geocoder)
    when = _when(spans, ctx)
    rows = []
    if triggers:
        place = _event_place(tagged, event_place, ctx)
        rows = [_row(t, sent, when, _national(t, place, event_place, tagged), ctx) for t in triggers]
    # What this sentence establishes carries to the rest of its paragraph.
    if own_dates:
        ctx.paragraph_when = when
    if event_place:
        ctx.paragraph_place = event_place
    return rows


def _when(spans: list[DateSpan], ctx: Context) -> When:
    """The event's date: its own phrase, the paragraph's, a report date as upper bound,
    or the month before publication."""
    own = [s for s in spans if s.role in EVENT_ROLES]
    if own:
        s = own[0]
        start = _clamp(s, ctx.ref)
        return When(start, s.end, s.precision, s.text, not _vague(s))
    if ctx.paragraph_when:
        return ctx.paragraph_when
    if ctx.ref is None:
        return When(None, None, "", "", False)
    reports = [s for s in spans if s.role == "report"]
    end = reports[0].end if reports else ctx.ref[1]
    start = _clamp(reports[0], ctx.ref) if reports else ctx.ref[0]
    if (ctx.ref[1] - ctx.ref[0]).days < 365:
        start -= timedelta(days=RECENT_DAYS)
    precision = "month" if (end - start).days <= 62 else "year"
    text = f"before {reports[0].text.strip()}" if reports else ""
    return When(start, end, precision, text, False)


NATIONAL_TYPES = {"policy_order", "trade_measure"}


def _national(trigger: Trigger, place: Place | None, event_place: Place | None, tagged) -> Place | None:
    """Laws, orders and border closures apply country-wide unless their sentence places
    them (or the source speaks of its own area): the story's lead place is no evidence."""
    if trigger.event_type not in NATIONAL_TYPES or place is None:
        return place
    if place is event_place or place is best_place(tagged, "source"):
        return place
    return event_place


def _geocode_online(text: str, tagged, geocoder: Geocoder) -> Place | None:
    for name in unknown_place_names(text, [t.mention for t in tagged]):
        try:
            place = geocoder(name)
        except Exception:  # an unreachable or odd server leaves the event unplaced, as offline
            continue
        if place is not None and place.country_code in ONLINE_COUNTRIES:
            return place
    return None


def _wide(ref: tuple[date, date]) -> bool:
    return (ref[1] - ref[0]).days > 0


def _clamp(span: DateSpan, ref: tuple[date, date]) -> date:
    """A relative date in an article known only to the year lies in that year (CONTRACT)."""
    if span.relative and _wide(ref) and span.start < ref[0] <= span.end:
        return ref[0]
    return span.start


def _vague(span: DateSpan) -> bool:
    """"Recently" and dates stretched over a whole reference year pin nothing down."""
    return span.text.lower().strip() in ("recently", "lately") or span.precision in ("year",)


def _event_place(tagged, event_place: Place | None, ctx: Context) -> Place | None:
    """The sentence's own place; else the paragraph's; else the source's when the
    source speaks of it in this sentence; else the story's lead place. A bare country
    ("China rejected...") gives way to a fallback inside that country."""
    if event_place and event_place.kind not in WEAK_PLACES:
        return event_place
    source = best_place(tagged, "source")
    for fallback in (ctx.paragraph_place, source, ctx.lead_place):
        if fallback is None or fallback.kind in WEAK_PLACES:
            continue
        if event_place is None or event_place.kind == "river" or fallback.country_code == event_place.country_code:
            return fallback
    return event_place


# A country or a 800 km river says little about where: a nearer place from context wins.
WEAK_PLACES = {"country", "river"}


def _row(trigger: Trigger, sent: Sentence, when: When, place: Place | None, ctx: Context) -> dict:
    article, text = ctx.article, sent.text
    actors = details.actors(text)
    commodities = details.commodities(text)
    quantities = details.quantities(text)
    people = details.people_count(text) if trigger.event_type in PEOPLE_TYPES else None
    lat, lon, precision = _point(place, ctx.gazetteer)
    row = {
        "event_id": _event_id(article.article_id, trigger.event_type, sent.start, text),
        "article_id": article.article_id,
        "event_type": trigger.event_type,
        "summary": summary(trigger.event_type, place, actors, commodities, quantities, people),
        "date_start": when.start.isoformat() if when.start else "",
        "date_end": when.end.isoformat() if when.end else "",
        "date_precision": when.precision,
        "date_text": when.text,
        "place": place.name if place else "",
        "admin1_code": place.admin1_code if place else "",
        "admin1_name": place.admin1_name if place else "",
        "country_code": place.country_code if place else "",
        "lat": lat,
        "lon": lon,
        "geo_precision": precision,
        "actors": "; ".join(actors),
        "commodity": "; ".join(commodities),
        "quantity": "; ".join(quantities),
        "value_usd": details.value_usd(text),
        "people_count": people,
        "evidence": text,
        "evidence_start": sent.start,
        "evidence_end": sent.end,
        "confidence": confidence(trigger, when, place, article),
        "article_title": article.title,
        "article_url": article.url,
        "published": article.published,
        "border_km": round(border_km(lat, lon), 1) if lat is not None and lon is not None else None,
        "outlet": article.outlet,
    }
    return {**{col: row[col] for col in ALL_COLUMNS}, "_specific": when.own}


def _point(place: Place | None, gazetteer: Gazetteer) -> tuple[float | None, float | None, str]:
    """Coordinates of the place, else of its province; none for a whole country, whose
    centroid would put a dot in the middle of China."""
    if place is None:
        return None, None, "unknown"
    if place.kind == "country":
        return None, None, "country"
    if place.lat is not None and place.lon is not None:
        return place.lat, place.lon, GEO_PRECISION.get(place.kind, "place")
    province = gazetteer.province(place.admin1_code) if place.admin1_code else None
    if province and province.lat is not None:
        return province.lat, province.lon, "province"
    return None, None, "unknown"


PEOPLE_TYPES = {"arrest", "punishment", "defection", "use_of_force", "smuggling"}


def summary(event_type: str, place: Place | None, actors, commodities, quantities, people) -> str:
    parts = [LABELS[event_type]]
    if people:
        parts.append(f"of {people} {'person' if people == 1 else 'people'}")
    if commodities:
        parts.append("involving " + ", ".join(commodities[:2]))
    if quantities:
        parts.append(f"({quantities[0]})")
    if place:
        where = place.name if place.kind in ("province", "country") or not place.admin1_name \
            else f"{place.name}, {place.admin1_name}"
        parts.append(f"in {where}")
    if actors:
        parts.append(f"— {actors[0]}")
    return " ".join(parts)


def confidence(trigger: Trigger, when: When, place: Place | None, article: Article) -> float:
    score = 0.45 + 0.3 * trigger.strength
    score += 0.1 if when.own else -0.05
    score += 0.05 if place and place.kind not in ("country",) else 0.0
    if article.published_start != article.published_end or not article.published:
        score -= 0.1  # the article's own date is only known to the month or year
    return round(min(max(score, 0.05), 0.99), 2)


def _event_id(article_id: str, event_type: str, offset: int, text: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{event_type}|{offset}|{text}".encode("utf-8")).hexdigest()
    return digest[:16]


def merge_duplicates(rows: list[dict]) -> list[dict]:
    """An article retells its incident: a later event of the same type and province whose
    date is the same, or is vague and overlaps, is the same event. The first telling
    stays; later ones lend the details it lacks."""
    kept: list[dict] = []
    for row in rows:
        first = next((k for k in kept if _same_event(k, row)), None)
        if first is None:
            kept.append(row)
            continue
        if _narrower(row, first):  # "late last month" ... "on the night of August 27"
            for col in ("date_start", "date_end", "date_precision", "date_text", "evidence", "evidence_start",
                        "evidence_end"):
                first[col] = row[col]
        for col in ("actors", "commodity", "quantity", "value_usd", "people_count"):
            if first[col] in (None, "") and row[col] not in (None, ""):
                first[col] = row[col]
        first["confidence"] = max(first["confidence"], row["confidence"])
    for row in kept:
        row.pop("_specific", None)
    return kept


def _same_event(first: dict, later: dict) -> bool:
    if (first["event_type"], first["admin1_code"]) != (later["event_type"], later["admin1_code"]):
        return False
    if NEW_INCIDENT.match(later["evidence"]):
        return False
    if (first["date_start"], first["date_end"]) == (later["date_start"], later["date_end"]):
        return True
    overlap = first["date_start"] <= later["date_end"] and later["date_start"] <= first["date_end"]
    return overlap and (not later["_specific"] or _narrower(later, first))


def _narrower(inner: dict, outer: dict) -> bool:
    """A precise date inside the vaguer one an earlier sentence gave: the same incident, retold."""
    return (inner["_specific"] and outer["_specific"] and outer["date_start"] <= inner["date_start"] and inner["date_end"] <= outer["date_end"]
            and (inner["date_start"], inner["date_end"]) != (outer["date_start"], outer["date_end"]))


# "A security official...", "Another incident...": a sentence that brings in someone new.
NEW_INCIDENT = re.compile(r"^[“\"']?(A|An|Another|One|Two|Three|Four|Five|Several|Separately|Elsewhere|"
                          r"In (another|a separate)|Meanwhile|Also)\b")
