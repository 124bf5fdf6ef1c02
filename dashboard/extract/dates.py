"""When: date phrases in a sentence, resolved against the article's published interval.

`find_dates(sentence, ref_start, ref_end)` returns every date phrase of the sentence,
left to right, as a `DateSpan` (an interval, its precision, the words as written and
their offsets, and the phrase's role). Relative phrases ("yesterday", "late last month",
"on Tuesday", "July 23" without a year) resolve against the article's published interval
[ref_start, ref_end], never against today's date. With a wide reference (a year-only or
month-only `published`) a phrase is resolved against both ends and the union is kept, so
the interval stays honest: no single day is invented from a wide reference.

One compiled regex (DATE_RE) does the work; it is only tried at the few word starts just before
an anchor (a year, a capitalised month name, a unit word such as "week"), so a sentence without
any anchor costs a single cheap scan. dateparser is not needed for this grammar. The CORE
alternative that matched (m.lastgroup) picks a builder in _PHRASE_KINDS, which turns the words
into a resolver of (anchor, forward) -> interval; find_dates then reads it at both ends of the
reference and sets the role.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = ["DateSpan", "find_dates", "published_interval"]

PRECISIONS = ("day", "week", "month", "season", "year")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date
    precision: str      # day | week | month | season | year
    text: str           # the words as written ("late last month", "on Feb. 14")
    start_offset: int   # offsets of `text` in the searched sentence
    end_offset: int
    role: str = "event"  # event | since | deadline | report | future
    relative: bool = False  # resolved against the reference interval


# --------------------------------------------------------------------------- published

_PUB = re.compile(r"\s*((?:19|20|21)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?\s*")


def published_interval(value) -> tuple[date, date] | None:
    """"2020-07-27" -> (d, d); "2020-05" -> (May 1, May 31); "2020" -> (Jan 1, Dec 31); junk -> None."""
    if isinstance(value, datetime):
        return value.date(), value.date()
    if isinstance(value, date):
        return value, value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    m = _PUB.fullmatch(value)
    if not m:
        return None
    y = int(m[1])
    try:
        if m[2] is None:
            return date(y, 1, 1), date(y, 12, 31)
        mo = int(m[2])
        if m[3] is None:
            return date(y, mo, 1), date(y, mo, _mdays(y, mo))
        d = date(y, mo, int(m[3]))
        return d, d
    except ValueError:
        return None


# --------------------------------------------------------------------------- calendar helpers

def _mdays(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, _mdays(y, m))


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, _mdays(y, m + 1)))


def _add_years(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, _mdays(y, d.month)))


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(y: int, name: str) -> tuple[date, date]:
    """Spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec (of y) - Feb (of y+1)."""
    m = SEASON_START[name]
    start = date(y, m, 1)
    end = _add_months(start, 3) - timedelta(days=1)
    return start, end


def _width_class(days: int) -> str:
    if days <= 1:
        return "day"
    if days <= 11:
        return "week"
    if days <= 45:
        return "month"
    if days <= 123:
        return "season"
    return "year"


def _coarser(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


# --------------------------------------------------------------------------- qualifiers

def _norm_qual(q: str | None) -> str | None:
    if not q:
        return None
    q = " ".join(q.lower().replace("-", " ").split())
    for pre in ("the ", "very "):
        if q.startswith(pre):
            q = q[len(pre):]
    if q.endswith(" of"):
        q = q[:-3]
    q = q.strip()
    if q in ("early", "beginning", "start", "early part", "first days", "first few days"):
        return "early"
    if q in ("mid", "middle"):
        return "mid"
    if q in ("late", "latter part", "last days", "final days", "last few days"):
        return "late"
    if q == "end":
        return "end"
    if q in ("first half", "second half", "latter half", "first week", "second week",
             "third week", "last week", "final week", "first quarter", "second quarter",
             "third quarter", "fourth quarter", "last quarter", "final quarter"):
        return q.replace("latter", "second").replace("final", "last")
    return None  # morning / evening / night of ...: no change to the interval


# Which part of a unit a qualifier keeps. Month parts are days of the month (`last` is the
# month's last day), year parts are months, week / season parts are offsets from its start
# (days / months), decade parts are years.
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (11, 12),
               "first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3),
               "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
               "last quarter": (10, 12)}
_SEASON_PARTS = {"early": 0, "mid": 1, "late": 2, "end": 2}
_WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (3, 6)}
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (7, 9), "end": (7, 9)}


def _month_parts(last: int) -> dict[str, tuple[int, int]]:
    return {"early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (21, last),
            "first half": (1, 15), "second half": (16, last), "first week": (1, 7),
            "second week": (8, 14), "third week": (15, 21), "last week": (last - 6, last)}


def _narrow_month(s: date, e: date, q: str):
    spans = _month_parts(e.day)
    if q not in spans:
        return None
    a, b = spans[q]
    return s.replace(day=a), s.replace(day=b), "week"


def _narrow_year(s: date, e: date, q: str):
    if q in _YEAR_PARTS:
        a, b = _YEAR_PARTS[q]
        return date(s.year, a, 1), date(s.year, b, _mdays(s.year, b)), "season"
    if q == "first week":  # the one week-sized part of a year
        return s, s + timedelta(days=6), "week"
    return None


def _narrow_season(s: date, e: date, q: str):
    idx = _SEASON_PARTS.get(q)
    if idx is None:
        return None
    a = _add_months(s, idx)  # a season is three months: early / mid / late is one of them
    return a, _add_months(a, 1) - timedelta(days=1), "month"


def _narrow_week(s: date, e: date, q: str):
    if q not in _WEEK_PARTS:
        return None
    a, b = _WEEK_PARTS[q]
    return s + timedelta(days=a), s + timedelta(days=b), "week"


def _narrow_decade(s: date, e: date, q: str):
    if q not in _DECADE_PARTS:
        return None
    a, b = _DECADE_PARTS[q]
    return date(s.year + a, 1, 1), date(s.year + b, 12, 31), "year"


_NARROW = {"month": _narrow_month, "year": _narrow_year, "season": _narrow_season,
           "week": _narrow_week, "decade": _narrow_decade}


def _qualify(s: date, e: date, unit: str, q: str | None) -> tuple[date, date, str | None]:
    """Narrow the interval of a month / year / season / week / decade by a qualifier.
    Returns (start, end, precision or None when unchanged)."""
    narrow = _NARROW.get(unit) if q is not None else None
    narrowed = narrow(s, e, q) if narrow else None
    # a qualifier that does not fit the unit ("morning of", "first quarter" of a month) keeps it whole
    return narrowed if narrowed is not None else (s, e, None)


# --------------------------------------------------------------------------- grammar

# Month names are matched case-sensitively: "may face", "march to" are not months.
MONTH = r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)" \
        r"|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?)(?![A-Za-z])"
MONTH_NUM = {name[:3].lower(): i for i, name in enumerate(calendar.month_name) if name}
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
WEEKDAY_NUM = {name[:3].lower(): i for i, name in enumerate(calendar.day_name)}
YEAR = r"(?:19|20)\d\d(?!\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "a couple of": 2, "couple of": 2, "a few": (2, 4), "few": (2, 4),
             "several": (2, 9), "some": (2, 9), "a number of": (2, 9), "many": (3, 24)}
NUM = r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|a\s+number\s+of|" \
      r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|some|many)"

TIME = (r"(?P<time>(?:at\s+)?(?:around\s+|about\s+|approximately\s+)?\d{1,2}(?::\d{2})?\s*"
        r"(?:[ap]\.?\s?m\b\.?|o'clock)\s+)?")
PREP = (r"(?P<prep>(?:on|in|at|during|throughout|over|since|from|starting(?:\s+(?:from|on|in))?|"
        r"beginning(?:\s+(?:on|in))?|by|until|till|through|no\s+later\s+than|as\s+of|of|around)\s+)?")
QUAL = (r"(?P<qual>(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|early\s+part|latter\s+part|"
        r"first\s+half|second\s+half|latter\s+half|(?:first|second|third|fourth|last|final)\s+quarter|"
        r"(?:first|second|third|last|final)\s+week|(?:first|last|final)\s+(?:few\s+)?days|"
        r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|dawn|early\s+hours))\s+of\s+|"
        r"early\s+|mid-\s*|mid\s+|late\s+)?")
CORE = "|".join([
    r"(?P<iso>(?P<iso_y>(?:19|20)\d\d)[-/.](?P<iso_m>0?[1-9]|1[0-2])[-/.](?P<iso_d>[0-3]?\d))(?![\d])",
    r"(?P<dmy>(?P<dmy_d>" + DAY + r")\s+(?:of\s+)?(?P<dmy_m>" + MONTH + r")(?:,?\s+(?P<dmy_y>" + YEAR + r"))?)",
    r"(?P<mdy>(?:" + WEEKDAY + r",?\s+)?(?P<mdy_m>" + MONTH + r")\s*(?P<mdy_d>" + DAY + r")"
    r"(?:,?\s+(?P<mdy_y>" + YEAR + r"))?)",
    r"(?P<my>(?P<my_m>" + MONTH + r"),?\s+(?:of\s+)?(?P<my_y>" + YEAR + r"))",
    r"(?P<mrel>(?P<mrel_m>" + MONTH + r")\s+(?:of\s+)?(?P<mrel_r>last|this|next)\s+year\b)",
    r"(?P<mmod>(?P<mmod_r>last|this\s+past|this|next|past)\s+(?P<mmod_m>" + MONTH + r"))",
    r"(?P<wd>(?:(?P<wd_r>last|this\s+past|this|next|past)\s+)?(?P<wd_d>" + WEEKDAY + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?)",
    r"(?P<rel>(?:the\s+)?day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|"
    r"last\s+night|today|tonight|this\s+(?:morning|afternoon|evening))\b",
    r"(?P<earlier>(?P<earlier_w>earlier|later)\s+this\s+(?P<earlier_u>week|month|year))\b",
    r"(?P<wkend>(?:(?P<wkend_r>last|this|next|the\s+past|the)\s+)weekend)\b",
    r"(?P<roll>the\s+(?:past|last|previous)\s+(?:(?P<roll_n>" + NUM + r")\s+)?(?P<roll_u>days?|weeks?|months?|years?))\b",
    r"(?P<recent>recent\s+(?P<recent_u>days|weeks|months|years))\b",
    r"(?P<urel>(?P<urel_r>last|this|next|the\s+coming)\s+(?P<urel_u>week|month|year))\b",
    r"(?P<ago>(?P<ago_n>" + NUM + r")\s+(?P<ago_u>days?|weeks?|months?|years?)\s+ago)\b",
    r"(?P<season>(?:(?P<season_r>last|this|next|past)\s+)?(?:the\s+)?(?P<season_s>spring|summer|autumn|fall|winter)\b"
    r"(?:\s+(?:of\s+)?(?:(?P<season_y>" + YEAR + r")|(?P<season_yr>last|this|next)\s+year\b))?)(?!\s+of\b)",
    r"(?P<decade>(?:the\s+)?(?P<decade_y>(?:19|20)\d0)s)\b",
    r"(?P<year>" + YEAR + r")(?![-/.]\d)",
    r"(?P<recently>recently|lately)\b",
    r"(?P<bmon>(?P<bmon_m>" + MONTH + r"))",
])
# CORE must stay last, with no group after it: _parse dispatches on m.lastgroup (the CORE kind).
DATE_RE = re.compile(r"\b" + TIME + PREP + QUAL + r"(?:" + CORE + r")", re.IGNORECASE)

# Every date phrase holds one of these anchors (a year, a capitalised month, a unit word...);
# DATE_RE is only tried at the few word starts just before an anchor, so a sentence
# without any costs one cheap scan.
_ANCHOR = re.compile(
    r"(?<![\d,.])(?:19|20)\d\d(?!\d)|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|DAY|night|"
    r"[Mm]orning|[Aa]fternoon|[Ee]vening|[Ww]eek|[Mm]onth|[Yy]ear|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|"
    r"[Ww]inter|[Rr]ecent|[Ll]ately|ago\b")
_WORD_START = re.compile(r"\b\w")
_LOOKBACK = 60  # the longest lead before an anchor: "at around 11:30 p.m. on the evening of "


def _matches(sentence: str):
    """The same matches as DATE_RE.finditer(sentence), tried only near anchors."""
    last_end = 0
    floor = 0
    for a in _ANCHOR.finditer(sentence):
        if a.start() < floor:
            continue
        lo = max(floor, last_end, a.start() - _LOOKBACK)
        for w in _WORD_START.finditer(sentence, lo, a.start() + 1):
            p = w.start()
            if p < last_end:
                continue
            m = DATE_RE.match(sentence, p)
            if m:
                yield m
                last_end = m.end()
        floor = max(a.start() + 1, last_end)


_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|must|plans?\s+to|planning\s+to|intends?\s+to|(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|"
    r"going)\s+to|scheduled\s+to|upcoming)\b|'ll\b", re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
_REPORT_CUE = re.compile(
    r"\b(?:told|tells|said|says|reported|reports|explained|added|noted|stated|revealed|confirmed|claimed|"
    r"according\s+to|(?:conversation|interview|call|contact|talks?|speaking|spoke|spoken)\s+(?:with|to))\b",
    re.IGNORECASE)
_GAP_OK = frozenset(
    "a an the this that our its their his her in of from with to at for inside near based local "
    "source sources official officials resident residents trader traders insider insiders informant "
    "informants reporter reporters correspondent contact contacts province provincial city county area region "
    "telephone phone conversation interview media outlet newspaper state well-informed knowledgeable "
    "familiar matter situation security authorities daily nk rfa".split())

_SINCE = {"since", "from", "starting", "starting from", "starting on", "starting in", "beginning",
          "beginning on", "beginning in"}
_DEADLINE = {"by", "until", "till", "through", "no later than"}


def _num(text: str):
    t = " ".join(text.lower().split())
    if t.isdigit():
        return int(t)
    return NUM_WORDS.get(t)


def _unit(u: str) -> str:
    u = u.lower()
    return u[:-1] if u.endswith("s") else u


def _shift(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d - timedelta(days=n)
    if unit == "week":
        return d - timedelta(days=7 * n)
    if unit == "month":
        return _add_months(d, -n)
    return _add_years(d, -n)


# --------------------------------------------------------------------------- resolvers
# Each resolver maps (anchor, forward) -> (start, end) or None. `forward` is set when the
# sentence speaks of the future ("will reopen on March 1"): then an unknown year is the next
# one rather than the last one.

def _pick(cands, anchor: date, mode: str):
    """cands(y) -> (s, e) | None. mode: back (s <= a), fwd (e >= a), last (e < a), next (s > a)."""
    if mode in ("back", "last"):
        years = range(anchor.year + 1, anchor.year - 9, -1)
    else:
        years = range(anchor.year - 1, anchor.year + 9)
    for y in years:
        try:
            c = cands(y)
        except (ValueError, OverflowError):
            c = None
        if c is None:
            continue
        s, e = c
        if (mode == "back" and s <= anchor) or (mode == "fwd" and e >= anchor) or \
                (mode == "last" and e < anchor) or (mode == "next" and s > anchor):
            return c
    return None


def _mode(word: str | None, forward: bool) -> str:
    w = (word or "").lower().split()
    w = w[-1] if w else ""
    if w in ("last", "past", "previous"):
        return "last"
    if w in ("next", "coming"):
        return "next"
    return "fwd" if forward else "back"


def _week(anchor: date) -> tuple[date, date]:
    mon = anchor - timedelta(days=anchor.weekday())
    return mon, mon + timedelta(days=6)

@dataclass
class _Phrase:
    resolve: object          # (anchor, forward) -> (s, e) | None
    precision: str
    relative: bool
    future: bool = False     # the words themselves point ahead ("next month")
    reversible: bool = False  # an unknown-year / bare weekday phrase that a future tense turns forward


_DIGITS = re.compile(r"\d+")
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
_RECENT_SPAN = {"day": 10, "week": 6, "month": 6, "year": 5}  # "recent weeks" = the last 6 weeks
_SAMPLE_ANCHOR = date(2001, 6, 15)  # any ordinary date: the width of a rolling span does not depend on it


def _month_num(name: str) -> int:
    return MONTH_NUM[name[:3].lower()]


def _fixed(s: date, e: date, precision: str) -> _Phrase:
    """A phrase that names its own interval ("2020-07-27", "May 2019"): no reference needed."""
    return _Phrase(lambda a, f: (s, e), precision, False)


def _month_precision(mon: int, q: str | None) -> str:
    """"week" when the qualifier narrows the month ("early June"), else "month"."""
    return "week" if _qualify(*_month(2001, mon), "month", q)[2] else "month"


def _sample_precision(resolve) -> str:
    """The precision of a span whose width is the same for every anchor ("the past two weeks")."""
    s, e = resolve(_SAMPLE_ANCHOR, False)
    return _width_class((e - s).days + 1)


def _period(a: date, unit: str) -> tuple[date, date]:
    """The calendar week / month / year that holds `a`."""
    if unit == "week":
        return _week(a)
    if unit == "month":
        return _month(a.year, a.month)
    return date(a.year, 1, 1), date(a.year, 12, 31)


# --- phrases that name their own interval

def _iso_date(m: re.Match, q):
    """2020-07-27, 2020/7/27, 2020.07.27"""
    try:
        d = date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    except ValueError:
        return None
    return _fixed(d, d, "day")


def _month_year(m: re.Match, q):
    """May 2019, early March of 2020"""
    y, mon = int(m["my_y"]), _month_num(m["my_m"])
    s, e, p = _qualify(*_month(y, mon), "month", q)
    return _fixed(s, e, p or "month")


def _decade(m: re.Match, q):
    """the 1990s, the early 2000s"""
    y = int(m["decade_y"])
    s, e, _ = _qualify(date(y, 1, 1), date(y + 9, 12, 31), "decade", q)
    return _fixed(s, e, "year")


def _year(m: re.Match, q):
    """in 2019, late 2020 (a bare number could be a count, so it needs a preposition or qualifier)"""
    if not (q or m["prep"]):
        return None
    y = int(m["year"])
    s, e, p = _qualify(date(y, 1, 1), date(y, 12, 31), "year", q)
    return _fixed(s, e, p or "year")


# --- calendar dates: a day and month, with or without the year

def _day_month(m: re.Match, q):
    """14 February (2020), Feb. 14 (, 2020), Tuesday, July 23"""
    pre = m.lastgroup  # "dmy" or "mdy": the same fields under either prefix
    mon = _month_num(m[pre + "_m"])
    day = int(_DIGITS.match(m[pre + "_d"]).group())
    if m[pre + "_y"]:
        try:
            d = date(int(m[pre + "_y"]), mon, day)
        except ValueError:
            return None
        return _fixed(d, d, "day")
    if day > (29 if mon == 2 else _mdays(2001, mon)):
        return None  # "February 30" is in no year

    def cands(y):
        d = date(y, mon, day)
        return d, d

    def resolve(a, f):
        # no year: the last such day on or before the anchor (the next one after it in future tense)
        return _pick(cands, a, "fwd" if f else "back")
    return _Phrase(resolve, "day", True, reversible=True)


# --- months and seasons without a year

def _month_of_relative_year(m: re.Match, q):
    """March of last year, June next year"""
    mon = _month_num(m["mrel_m"])
    off = _YEAR_OFFSET[m["mrel_r"].lower()]

    def resolve(a, f):
        s, e, _ = _qualify(*_month(a.year + off, mon), "month", q)
        return s, e
    return _Phrase(resolve, _month_precision(mon, q), True, future=off > 0)


def _modified_month(m: re.Match, q):
    """last March, this past May, next June"""
    return _month_phrase(m["mmod_m"], m["mmod_r"].lower(), q)


def _bare_month(m: re.Match, q):
    """in March, early June, by July"""
    name = m["bmon_m"]
    if not (m["prep"] or m["qual"]):
        return None  # "May I", "March across": a month needs a preposition or qualifier
    if len(name.rstrip(".")) < 4 and name.rstrip(".") not in ("May", "June", "July"):
        return None  # a bare abbreviation ("in Jan") is too weak
    return _month_phrase(name, "", q)


def _month_phrase(name: str, word: str, q):
    """A month of an unknown year: the year is chosen near the anchor by `word` (and the tense)."""
    mon = _month_num(name)
    prec = _month_precision(mon, q)

    def cands(y):
        s, e, _ = _qualify(*_month(y, mon), "month", q)
        return s, e

    def resolve(a, f):
        if word == "this":
            return cands(a.year)
        return _pick(cands, a, _mode(word, f))
    return _Phrase(resolve, prec, True, future=word == "next", reversible=not word)


def _season_phrase(m: re.Match, q):
    """in the summer, last winter, spring 2020, the fall of next year"""
    name = m["season_s"].lower()
    word = (m["season_r"] or "").lower()
    sy, syr = m["season_y"], (m["season_yr"] or "").lower()
    if not (word or sy or syr or q or m["prep"]):
        return None  # a bare "fall" / "spring" is more often a verb or a noun than a date

    def cands(y):
        s, e, _ = _qualify(*_season(y, name), "season", q)
        return s, e
    prec = "month" if _qualify(*_season(2001, name), "season", q)[2] else "season"
    if sy:
        s, e = cands(int(sy))
        return _fixed(s, e, prec)
    if syr:
        off = _YEAR_OFFSET[syr]
        return _Phrase(lambda a, f: cands(a.year + off), prec, True, future=off > 0)

    def resolve(a, f):
        if word == "this":
            # in the first half of a year, "this winter" is the one that began last December
            y = a.year - 1 if (name == "winter" and a.month <= 6) else a.year
            return cands(y)
        return _pick(cands, a, _mode(word, f))
    return _Phrase(resolve, prec, True, future=word == "next", reversible=not word)


# --- days relative to the anchor

def _weekday_near(a: date, wd: int, mode: str, forward: bool) -> date:
    back = (a.weekday() - wd) % 7
    if mode == "last":
        return a - timedelta(days=back or 7)  # "last Tuesday" is never the anchor itself
    if mode == "next":
        return a + timedelta(days=(wd - a.weekday()) % 7 or 7)
    if forward:
        return a + timedelta(days=(wd - a.weekday()) % 7)
    return a - timedelta(days=back)


def _weekday(m: re.Match, q):
    """on Tuesday, last Friday, next Monday, Sunday night"""
    wd = WEEKDAY_NUM[m["wd_d"][:3].lower()]
    word = (m["wd_r"] or "").lower()
    mode = _mode(word, False)

    def resolve(a, f):
        d = _weekday_near(a, wd, mode, f)
        return d, d
    return _Phrase(resolve, "day", True, future=mode == "next", reversible=not word or word == "this")


def _named_day(m: re.Match, q):
    """today, yesterday (morning), last night, the day before yesterday"""
    t = " ".join(m["rel"].lower().split())
    n = 2 if "before" in t else 1 if (t.startswith("yesterday") or t == "last night") else 0
    return _Phrase(lambda a, f: (a - timedelta(days=n),) * 2, "day", True)


def _weekend_sunday(a: date, word: str) -> date:
    if word == "this":
        return _week(a)[1]
    if word == "next":
        return _week(a)[1] + timedelta(days=7)
    if word in ("the", "the past") and a.weekday() >= 5:
        return _week(a)[1]  # over the weekend, written on the weekend
    return a - timedelta(days=(a.weekday() - 6) % 7 or 7)  # the last Sunday before the anchor


def _weekend(m: re.Match, q):
    """last weekend, this weekend, over the weekend"""
    word = " ".join((m["wkend_r"] or "").lower().split())
    if word == "the" and not m["prep"]:
        return None

    def resolve(a, f):
        sun = _weekend_sunday(a, word)
        return sun - timedelta(days=1), sun
    return _Phrase(resolve, "week", True, future=word == "next")


# --- weeks, months and years relative to the anchor

def _earlier_later_this(m: re.Match, q):
    """earlier this month, later this year: the part of the current period before / after the anchor"""
    unit, later = m["earlier_u"].lower(), m["earlier_w"].lower() == "later"

    def resolve(a, f):
        s, e = _period(a, unit)
        if later:
            return min(a + timedelta(days=1), e), e
        return s, max(s, a - timedelta(days=1))
    return _Phrase(resolve, unit, True, future=later)


def _unit_relative(m: re.Match, q):
    """last week, this month, next year, the coming week (and "late last month")"""
    word = " ".join(m["urel_r"].lower().split())
    unit = m["urel_u"].lower()
    off = {"last": -1, "this": 0, "next": 1, "the coming": 1}[word]

    def resolve(a, f):
        if unit == "week":
            inside = a + timedelta(days=7 * off)
        elif unit == "month":
            inside = _add_months(date(a.year, a.month, 1), off)
        else:
            inside = date(a.year + off, 1, 1)
        s, e, _ = _qualify(*_period(inside, unit), unit, q)
        return s, e
    prec = _qualify(*_period(date(2001, 6, 13), unit), unit, q)[2] or unit
    return _Phrase(resolve, prec, True, future=off > 0)


def _trailing(n, unit: str):
    """The span from n units before the anchor up to it."""
    if n is None:
        return None
    n = n[1] if isinstance(n, tuple) else n  # "the past few weeks": the wide end of "few"

    def resolve(a, f):
        return _shift(a, n, unit), a
    return _Phrase(resolve, _sample_precision(resolve), True)


def _rolling(m: re.Match, q):
    """the past two weeks, the last few months, the previous year"""
    n = _num(m["roll_n"]) if m["roll_n"] else 1
    return _trailing(n, _unit(m["roll_u"]))


def _recent_units(m: re.Match, q):
    """recent days / weeks / months / years"""
    unit = _unit(m["recent_u"])
    return _trailing(_RECENT_SPAN[unit], unit)


def _around(c: date, unit: str) -> tuple[date, date]:
    """"n units ago" is about that long ago: a margin that grows with the unit."""
    if unit == "day":
        return c, c
    if unit == "week":
        return c - timedelta(days=3), c + timedelta(days=3)
    if unit == "month":
        return c - timedelta(days=15), c + timedelta(days=15)
    return date(c.year, 1, 1), date(c.year, 12, 31)


def _ago(m: re.Match, q):
    """three days ago, two weeks ago, a few months ago"""
    n = _num(m["ago_n"])
    unit = _unit(m["ago_u"])
    if n is None or n == 0:
        return None
    if isinstance(n, tuple):  # "a few weeks ago": from the most to the fewest units back
        lo, hi = n

        def resolve_range(a, f):
            return _shift(a, hi, unit), _shift(a, lo, unit)
        return _Phrase(resolve_range, _sample_precision(resolve_range), True)

    def resolve(a, f):
        return _around(_shift(a, n, unit), unit)
    return _Phrase(resolve, unit, True)


def _recently(m: re.Match, q):
    """recently, lately"""
    return _Phrase(None, "month", True)  # handled in _resolve_against: ref_start - 30 .. ref_end


# The kind of phrase is the CORE alternative that matched; it is the last group DATE_RE closes,
# so m.lastgroup names it. Each builder returns a _Phrase, or None when the words are not a date.
_PHRASE_KINDS = {
    "iso": _iso_date,
    "dmy": _day_month,
    "mdy": _day_month,
    "my": _month_year,
    "mrel": _month_of_relative_year,
    "mmod": _modified_month,
    "wd": _weekday,
    "rel": _named_day,
    "earlier": _earlier_later_this,
    "wkend": _weekend,
    "roll": _rolling,
    "recent": _recent_units,
    "urel": _unit_relative,
    "ago": _ago,
    "season": _season_phrase,
    "decade": _decade,
    "year": _year,
    "recently": _recently,
    "bmon": _bare_month,
}


def _parse(m: re.Match, q: str | None) -> _Phrase | None:
    build = _PHRASE_KINDS.get(m.lastgroup)
    return build(m, q) if build else None


# --------------------------------------------------------------------------- roles

def _clause_before(sentence: str, start: int, floor: int) -> str:
    window = sentence[max(floor, start - 90):start]
    cut = max(window.rfind(";"), window.rfind(". "))
    return window[cut + 1:] if cut >= 0 else window


def _is_report(window: str) -> bool:
    cues = list(_REPORT_CUE.finditer(window))
    if not cues:
        return False
    gap = window[cues[-1].end():]
    if "," in gap or ":" in gap:
        return False
    words = gap.split()
    if len(words) > 8:
        return False
    return all(w[0].isupper() or re.sub(r"['’]s$", "", w.lower()) in _GAP_OK for w in words)


# --------------------------------------------------------------------------- find_dates

def find_dates(sentence: str, ref_start: date, ref_end: date) -> list[DateSpan]:
    """All date phrases in the sentence, left to right, resolved against the article's
    published interval [ref_start, ref_end] (equal for a full date; Jan 1..Dec 31 for a
    year-only `published`; first..last day of the month for YYYY-MM)."""
    if not sentence:
        return []
    if ref_end < ref_start:
        ref_start, ref_end = ref_end, ref_start
    out: list[DateSpan] = []
    prev_end = 0  # the clause that sets a phrase's role starts after the previous date phrase
    for m in _matches(sentence):
        span = _date_span(sentence, m, prev_end, ref_start, ref_end)
        if span is not None:
            out.append(span)
            prev_end = m.end()
    return out


def _date_span(sentence: str, m: re.Match, prev_end: int, ref_start: date, ref_end: date) -> DateSpan | None:
    """One match as a DateSpan, or None when its words turn out not to be a date."""
    phrase = _phrase_of(m)
    if phrase is None:
        return None
    prep = " ".join((m.group("prep") or "").lower().split())
    window = _clause_before(sentence, m.start(), prev_end)
    future_cue = bool(_FUTURE_CUE.search(window))
    # "will reopen on March 1": an unknown year is the next one, not the last one
    forward = future_cue and phrase.reversible and prep not in _SINCE
    resolved = _resolve_against(phrase, ref_start, ref_end, forward)
    if resolved is None:
        return None
    start, end, precision = resolved
    role = _role(prep, phrase, start, end, ref_end, window, future_cue)
    end, precision = _fit_to_role(role, start, end, precision, ref_end)
    return DateSpan(start, end, precision, m.group(0), m.start(), m.end(), role, phrase.relative)


def _phrase_of(m: re.Match) -> _Phrase | None:
    try:
        return _parse(m, _norm_qual(m.group("qual")))
    except (ValueError, OverflowError):  # a date outside the calendar
        return None


def _resolve_against(phrase: _Phrase, ref_start: date, ref_end: date, forward: bool):
    """(start, end, precision) of the phrase read at both ends of the reference interval, or None.
    A wide reference gives the union of both readings, and a precision no finer than its width."""
    try:
        if phrase.resolve is None:  # "recently": the month before publication
            start, end = ref_start - timedelta(days=30), ref_end
            widened = ref_start != ref_end
        else:
            a = phrase.resolve(ref_start, forward)
            b = phrase.resolve(ref_end, forward) if ref_end != ref_start else a
            if a is None or b is None:
                return None
            start, end = min(a[0], b[0]), max(a[1], b[1])
            widened = a != b
    except (ValueError, OverflowError):  # resolved outside the calendar
        return None
    precision = phrase.precision
    if widened:
        precision = _coarser(precision, _width_class((end - start).days + 1))
    return start, end, precision


def _role(prep: str, phrase: _Phrase, start: date, end: date, ref_end: date, window: str,
          future_cue: bool) -> str:
    """since | deadline | future | report | event, from the preposition, the tense and the clause."""
    if prep in _SINCE:
        return "since"
    if prep in _DEADLINE:
        return "deadline"
    # after publication is the future unless the clause is plainly past tense ("was set for ...")
    if phrase.future or (start > ref_end and not (_PAST_CUE.search(window) and not future_cue)) \
            or (future_cue and end > ref_end):
        return "future"
    if _is_report(window):
        return "report"
    return "event"


def _fit_to_role(role: str, start: date, end: date, precision: str, ref_end: date) -> tuple[date, str]:
    """(end, precision) after the role: "since X" runs up to publication, and what the article
    reports has happened by the time it was published."""
    if role == "since":
        end = ref_end if start <= ref_end else end
        precision = _coarser(precision, _width_class((end - start).days + 1))
    elif role in ("event", "report") and start <= ref_end < end:
        end = ref_end
    return end, precision
