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
any anchor costs a single cheap scan. dateparser is not needed for this grammar.
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


def _qualify(s: date, e: date, unit: str, q: str | None) -> tuple[date, date, str | None]:
    """Narrow the interval of a month / year / season / week / decade by a qualifier.
    Returns (start, end, precision or None when unchanged)."""
    if q is None:
        return s, e, None
    if unit == "month":
        last = e.day
        spans = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (21, last),
                 "first half": (1, 15), "second half": (16, last), "first week": (1, 7),
                 "second week": (8, 14), "third week": (15, 21), "last week": (last - 6, last)}
        if q in spans:
            a, b = spans[q]
            return s.replace(day=a), s.replace(day=b), "week"
        return s, e, None
    if unit == "year":
        spans = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (11, 12),
                 "first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3),
                 "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
                 "last quarter": (10, 12)}
        if q in spans:
            a, b = spans[q]
            return date(s.year, a, 1), date(s.year, b, _mdays(s.year, b)), "season"
        if q == "early" or q == "first week":
            return s, s + timedelta(days=6), "week"
        return s, e, None
    if unit == "season":
        idx = {"early": 0, "mid": 1, "late": 2, "end": 2}.get(q)
        if idx is None:
            return s, e, None
        a = _add_months(s, idx)
        return a, _add_months(a, 1) - timedelta(days=1), "month"
    if unit == "week":
        spans = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (3, 6)}
        if q in spans:
            a, b = spans[q]
            return s + timedelta(days=a), s + timedelta(days=b), "week"
        return s, e, None
    if unit == "decade":
        spans = {"early": (0, 3), "mid": (3, 6), "late": (7, 9), "end": (7, 9)}
        if q in spans:
            a, b = spans[q]
            return date(s.year + a, 1, 1), date(s.year + b, 12, 31), "year"
        return s, e, None
    return s, e, None


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


def _parse(m: re.Match, q: str | None) -> _Phrase | None:
    g = m.group
    if g("iso"):
        try:
            d = date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        except ValueError:
            return None
        return _Phrase(lambda a, f: (d, d), "day", False)

    if g("dmy") or g("mdy"):
        pre = "dmy" if g("dmy") else "mdy"
        mon = MONTH_NUM[g(pre + "_m")[:3].lower()]
        day = int(re.match(r"\d+", g(pre + "_d")).group())
        if g(pre + "_y"):
            try:
                d = date(int(g(pre + "_y")), mon, day)
            except ValueError:
                return None
            return _Phrase(lambda a, f: (d, d), "day", False)
        if day > (29 if mon == 2 else _mdays(2001, mon)):
            return None

        def res(a, f, mon=mon, day=day):
            def cands(y):
                d = date(y, mon, day)
                return d, d
            return _pick(cands, a, "fwd" if f else "back")
        return _Phrase(res, "day", True, reversible=True)

    if g("my"):
        y, mon = int(g("my_y")), MONTH_NUM[g("my_m")[:3].lower()]
        s, e, p = _qualify(*_month(y, mon), "month", q)
        return _Phrase(lambda a, f: (s, e), p or "month", False)

    if g("mrel"):
        mon = MONTH_NUM[g("mrel_m")[:3].lower()]
        off = {"last": -1, "this": 0, "next": 1}[g("mrel_r").lower()]

        def res(a, f, mon=mon, off=off):
            s, e, _ = _qualify(*_month(a.year + off, mon), "month", q)
            return s, e
        return _Phrase(res, "week" if _qualify(*_month(2001, mon), "month", q)[2] else "month", True,
                       future=off > 0)

    if g("mmod") or g("bmon"):
        name = g("mmod_m") or g("bmon_m")
        if g("bmon") and not (m.group("prep") or m.group("qual")):
            return None  # "May I", "March across": a month needs a preposition or qualifier
        if g("bmon") and len(name.rstrip(".")) < 4 and name.rstrip(".") not in ("May", "June", "July"):
            return None  # a bare abbreviation ("in Jan") is too weak
        mon = MONTH_NUM[name[:3].lower()]
        word = (g("mmod_r") or "").lower()
        prec = "week" if _qualify(*_month(2001, mon), "month", q)[2] else "month"

        def res(a, f, mon=mon, word=word):
            def cands(y):
                s, e, _ = _qualify(*_month(y, mon), "month", q)
                return s, e
            if word == "this":
                return cands(a.year)
            return _pick(cands, a, _mode(word, f))
        return _Phrase(res, prec, True, future=word == "next", reversible=not word)

    if g("wd"):
        wd = WEEKDAY_NUM[g("wd_d")[:3].lower()]
        word = (g("wd_r") or "").lower()
        mode = _mode(word, False)

        def res(a, f, wd=wd, mode=mode):
            back = (a.weekday() - wd) % 7
            if mode == "last":
                d = a - timedelta(days=back or 7)
            elif mode == "next":
                d = a + timedelta(days=(wd - a.weekday()) % 7 or 7)
            elif f:
                d = a + timedelta(days=(wd - a.weekday()) % 7)
            else:
                d = a - timedelta(days=back)
            return d, d
        return _Phrase(res, "day", True, future=mode == "next", reversible=not word or word == "this")

    if g("rel"):
        t = " ".join(g("rel").lower().split())
        n = 2 if "before" in t else 1 if (t.startswith("yesterday") or t == "last night") else 0
        return _Phrase(lambda a, f, n=n: (a - timedelta(days=n),) * 2, "day", True)

    if g("earlier"):
        unit, later = g("earlier_u").lower(), g("earlier_w").lower() == "later"

        def res(a, f, unit=unit, later=later):
            if unit == "week":
                s, e = _week(a)
            elif unit == "month":
                s, e = _month(a.year, a.month)
            else:
                s, e = date(a.year, 1, 1), date(a.year, 12, 31)
            if later:
                return min(a + timedelta(days=1), e), e
            return s, max(s, a - timedelta(days=1))
        return _Phrase(res, unit, True, future=later)

    if g("wkend"):
        word = " ".join((g("wkend_r") or "").lower().split())
        if word == "the" and not m.group("prep"):
            return None

        def res(a, f, word=word):
            if word == "this":
                sun = _week(a)[1]
            elif word == "next":
                sun = _week(a)[1] + timedelta(days=7)
            elif word in ("the", "the past") and a.weekday() >= 5:
                sun = _week(a)[1]   # over the weekend, written on the weekend
            else:
                sun = a - timedelta(days=(a.weekday() - 6) % 7 or 7)
            return sun - timedelta(days=1), sun
        return _Phrase(res, "week", True, future=word == "next")

    if g("roll") or g("recent"):
        if g("roll"):
            n = _num(g("roll_n")) if g("roll_n") else 1
            unit = _unit(g("roll_u"))
        else:
            unit = _unit(g("recent_u"))
            n = {"day": 10, "week": 6, "month": 6, "year": 5}[unit]
        if n is None:
            return None
        n = n[1] if isinstance(n, tuple) else n

        def res(a, f, n=n, unit=unit):
            return _shift(a, n, unit), a
        s, e = res(date(2001, 6, 15), False)
        return _Phrase(res, _width_class((e - s).days + 1), True)

    if g("urel"):
        word = " ".join(g("urel_r").lower().split())
        unit = g("urel_u").lower()
        off = {"last": -1, "this": 0, "next": 1, "the coming": 1}[word]

        def res(a, f, off=off, unit=unit):
            if unit == "week":
                s, e = _week(a + timedelta(days=7 * off))
            elif unit == "month":
                first = _add_months(date(a.year, a.month, 1), off)
                s, e = _month(first.year, first.month)
            else:
                s, e = date(a.year + off, 1, 1), date(a.year + off, 12, 31)
            s2, e2, _ = _qualify(s, e, unit, q)
            return s2, e2
        prec = _qualify(*{"week": _week(date(2001, 6, 13)), "month": _month(2001, 6),
                          "year": (date(2001, 1, 1), date(2001, 12, 31))}[unit], unit, q)[2] or unit
        return _Phrase(res, prec, True, future=off > 0)

    if g("ago"):
        n = _num(g("ago_n"))
        unit = _unit(g("ago_u"))
        if n is None or n == 0:
            return None
        if isinstance(n, tuple):
            lo, hi = n

            def res(a, f, lo=lo, hi=hi, unit=unit):
                return _shift(a, hi, unit), _shift(a, lo, unit)
            s, e = res(date(2001, 6, 15), False)
            return _Phrase(res, _width_class((e - s).days + 1), True)

        def res(a, f, n=n, unit=unit):
            c = _shift(a, n, unit)
            if unit == "day":
                return c, c
            if unit == "week":
                return c - timedelta(days=3), c + timedelta(days=3)
            if unit == "month":
                return c - timedelta(days=15), c + timedelta(days=15)
            return date(c.year, 1, 1), date(c.year, 12, 31)
        return _Phrase(res, unit, True)

    if g("season"):
        name = g("season_s").lower()
        word = (g("season_r") or "").lower()
        sy, syr = g("season_y"), (g("season_yr") or "").lower()
        if not (word or sy or syr or q or m.group("prep")):
            return None
        nq = q

        def cands(y, name=name):
            s, e, _ = _qualify(*_season(y, name), "season", nq)
            return s, e
        prec = "month" if _qualify(*_season(2001, name), "season", q)[2] else "season"
        if sy:
            s, e = cands(int(sy))
            return _Phrase(lambda a, f: (s, e), prec, False)
        if syr:
            off = {"last": -1, "this": 0, "next": 1}[syr]
            return _Phrase(lambda a, f, off=off: cands(a.year + off), prec, True, future=off > 0)

        def res(a, f, word=word):
            if word == "this":
                y = a.year - 1 if (name == "winter" and a.month <= 6) else a.year
                return cands(y)
            return _pick(cands, a, _mode(word, f))
        return _Phrase(res, prec, True, future=word == "next", reversible=not word)

    if g("decade"):
        y = int(g("decade_y"))
        s, e, p = _qualify(date(y, 1, 1), date(y + 9, 12, 31), "decade", q)
        return _Phrase(lambda a, f: (s, e), "year", False)

    if g("year"):
        if not (q or m.group("prep")):
            return None
        y = int(g("year"))
        s, e, p = _qualify(date(y, 1, 1), date(y, 12, 31), "year", q)
        return _Phrase(lambda a, f: (s, e), p or "year", False)

    if g("recently"):
        return _Phrase(None, "month", True)  # handled in find_dates: ref_start - 30 .. ref_end
    return None


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
    prev_end = 0
    for m in _matches(sentence):
        qual_raw = m.group("qual")
        q = _norm_qual(qual_raw)
        try:
            phrase = _parse(m, q)
        except (ValueError, OverflowError):
            phrase = None
        if phrase is None:
            continue
        prep = " ".join((m.group("prep") or "").lower().split())
        window = _clause_before(sentence, m.start(), prev_end)
        future_cue = bool(_FUTURE_CUE.search(window))
        forward = future_cue and phrase.reversible and prep not in _SINCE

        try:
            if phrase.resolve is None:  # "recently"
                start, end = ref_start - timedelta(days=30), ref_end
                widened = ref_start != ref_end
            else:
                a = phrase.resolve(ref_start, forward)
                b = phrase.resolve(ref_end, forward) if ref_end != ref_start else a
                if a is None or b is None:
                    continue
                start, end = min(a[0], b[0]), max(a[1], b[1])
                widened = a != b
        except (ValueError, OverflowError):
            continue
        precision = phrase.precision
        if widened:
            precision = _coarser(precision, _width_class((end - start).days + 1))

        if prep in _SINCE:
            role = "since"
        elif prep in _DEADLINE:
            role = "deadline"
        elif phrase.future or (start > ref_end and not (_PAST_CUE.search(window) and not future_cue)) \
                or (future_cue and end > ref_end):
            role = "future"
        elif _is_report(window):
            role = "report"
        else:
            role = "event"

        if role == "since":
            end = ref_end if start <= ref_end else end
            precision = _coarser(precision, _width_class((end - start).days + 1))
        elif role in ("event", "report") and start <= ref_end < end:
            end = ref_end  # what the article reports has happened by the time it was published

        text = m.group(0)
        out.append(DateSpan(start, end, precision, text, m.start(), m.end(), role, phrase.relative))
        prev_end = m.end()
    return out
