"""Date phrases resolved against the article's published interval (never today's date).

Expected values were worked out by hand with a calendar: 2020-07-29 is a Wednesday,
2020-07-28 a Tuesday, 2021-01-15 a Friday, 2021-01-01 a Friday, 2024-01-01 a Monday,
2020-01-01 a Wednesday, 2020-12-31 a Thursday, 2020-05-01 a Friday, 2020-05-31 a Sunday.
"""
from datetime import date

import pytest

from dashboard.extract.dates import DateSpan, find_dates, published_interval

D = date.fromisoformat
WED = "2020-07-29"   # the usual reference: a Wednesday

ROWS = [
    # ---- absolute
    ("Five smugglers were arrested on July 23, 2020 in Hyesan.", WED, "2020-07-23", "2020-07-23", "day", "event"),
    ("The raid took place on 23 July 2020.", WED, "2020-07-23", "2020-07-23", "day", "event"),
    ("Guards caught them July 23 near the river.", WED, "2020-07-23", "2020-07-23", "day", "event"),
    ("They were caught on July 23 near the river.", WED, "2020-07-23", "2020-07-23", "day", "event"),
    ("The order arrived Feb. 14.", WED, "2020-02-14", "2020-02-14", "day", "event"),
    ("The order arrived Feb 14.", WED, "2020-02-14", "2020-02-14", "day", "event"),
    ("They crossed on the evening of July 2.", WED, "2020-07-02", "2020-07-02", "day", "event"),
    ("At around 5 PM on Feb. 14, guards opened fire.", WED, "2020-02-14", "2020-02-14", "day", "event"),
    ("Trade resumed in December 2020.", "2021-01-15", "2020-12-01", "2020-12-31", "month", "event"),
    ("Sanctions tightened December 2020 for good.", "2021-01-15", "2020-12-01", "2020-12-31", "month", "event"),
    ("The UN tightened sanctions in 2017.", WED, "2017-01-01", "2017-12-31", "year", "event"),
    ("The decree is dated 2020-02-14.", WED, "2020-02-14", "2020-02-14", "day", "event"),
    ("Smuggling peaked in mid-2019.", WED, "2019-05-01", "2019-08-31", "season", "event"),
    ("Arrests rose in the first half of 2020.", WED, "2020-01-01", "2020-06-30", "season", "event"),
    # ---- relative to a full date (Wednesday 2020-07-29)
    ("He was detained yesterday.", WED, "2020-07-28", "2020-07-28", "day", "event"),
    ("He was detained the day before yesterday.", WED, "2020-07-27", "2020-07-27", "day", "event"),
    ("Inspections began today.", WED, "2020-07-29", "2020-07-29", "day", "event"),
    ("Police arrested him on Tuesday.", WED, "2020-07-28", "2020-07-28", "day", "event"),
    ("Police arrested him on Tuesday.", "2020-07-28", "2020-07-28", "2020-07-28", "day", "event"),
    ("Police arrested him last Tuesday.", "2020-07-28", "2020-07-21", "2020-07-21", "day", "event"),
    ("Inspections were stepped up this week.", WED, "2020-07-27", "2020-07-29", "week", "event"),
    ("Two traders were caught last week.", WED, "2020-07-20", "2020-07-26", "week", "event"),
    ("Two traders were caught last weekend.", WED, "2020-07-25", "2020-07-26", "week", "event"),
    ("Two traders were caught earlier this week.", WED, "2020-07-27", "2020-07-28", "week", "event"),
    ("Searches intensified this month.", WED, "2020-07-01", "2020-07-29", "month", "event"),
    ("Searches intensified earlier this month.", WED, "2020-07-01", "2020-07-28", "month", "event"),
    ("Searches intensified early this month.", WED, "2020-07-01", "2020-07-10", "week", "event"),
    ("Five smugglers were arrested late last month in Hyesan.", WED, "2020-06-21", "2020-06-30", "week", "event"),
    ("Five smugglers were arrested last month.", WED, "2020-06-01", "2020-06-30", "month", "event"),
    ("The case was uncovered in early June.", WED, "2020-06-01", "2020-06-10", "week", "event"),
    ("The case was uncovered early June.", WED, "2020-06-01", "2020-06-10", "week", "event"),
    ("The case was uncovered mid-June.", WED, "2020-06-11", "2020-06-20", "week", "event"),
    ("The case was uncovered in late June.", WED, "2020-06-21", "2020-06-30", "week", "event"),
    ("The case was uncovered at the end of June.", WED, "2020-06-21", "2020-06-30", "week", "event"),
    ("The ban was issued at the end of last year.", WED, "2019-11-01", "2019-12-31", "season", "event"),
    ("They have been arresting brokers since May.", WED, "2020-05-01", "2020-07-29", "season", "since"),
    ("They have been arresting brokers since last year.", WED, "2019-01-01", "2020-07-29", "year", "since"),
    ("The border was shut in January of last year.", WED, "2019-01-01", "2019-01-31", "month", "event"),
    ("The border was shut in January last year.", WED, "2019-01-01", "2019-01-31", "month", "event"),
    ("The border was shut last year.", WED, "2019-01-01", "2019-12-31", "year", "event"),
    ("Seizures doubled this year.", WED, "2020-01-01", "2020-07-29", "year", "event"),
    ("The congress held early this year ordered a crackdown.", WED, "2020-01-01", "2020-04-30", "season", "event"),
    ("Smuggling resumed late last year.", WED, "2019-09-01", "2019-12-31", "season", "event"),
    ("Smuggling resumed last spring.", WED, "2020-03-01", "2020-05-31", "season", "event"),
    ("Smuggling resumed this summer.", WED, "2020-06-01", "2020-07-29", "season", "event"),
    ("Smuggling resumed in the spring.", WED, "2020-03-01", "2020-05-31", "season", "event"),
    ("Two women were recently arrested.", WED, "2020-06-29", "2020-07-29", "month", "event"),
    ("Two women were arrested two weeks ago.", WED, "2020-07-12", "2020-07-18", "week", "event"),
    ("Two women were arrested three days ago.", WED, "2020-07-26", "2020-07-26", "day", "event"),
    ("Two women were arrested a month ago.", WED, "2020-06-14", "2020-07-14", "month", "event"),
    ("Two women were arrested several months ago.", WED, "2019-10-29", "2020-05-29", "year", "event"),
    ("Two women were arrested last October.", WED, "2019-10-01", "2019-10-31", "month", "event"),
    ("Traders must settle their debts by Feb. 15.", "2021-01-10", "2021-02-15", "2021-02-15", "day", "deadline"),
    ("The border will remain closed until March.", WED, "2021-03-01", "2021-03-31", "month", "deadline"),
    ("Trade is expected to resume next month.", WED, "2020-08-01", "2020-08-31", "month", "future"),
    ("The border will reopen on March 1.", WED, "2021-03-01", "2021-03-01", "day", "future"),
    # ---- report dates
    ("A source told Daily NK on July 23 that five smugglers were arrested.", WED,
     "2020-07-23", "2020-07-23", "day", "report"),
    ("In a telephone conversation with Daily NK on Thursday, a source described the raid.", WED,
     "2020-07-23", "2020-07-23", "day", "report"),
    ("According to a Daily NK source in Ryanggang Province on July 23, the letter was sent.", WED,
     "2020-07-23", "2020-07-23", "day", "report"),
    # ---- year boundaries
    ("Five smugglers were arrested last month.", "2021-01-15", "2020-12-01", "2020-12-31", "month", "event"),
    ("Five smugglers were arrested last December.", "2021-01-15", "2020-12-01", "2020-12-31", "month", "event"),
    ("Police arrested him on Tuesday.", "2024-01-01", "2023-12-26", "2023-12-26", "day", "event"),
    ("The raid took place on Dec. 28.", "2021-01-10", "2020-12-28", "2020-12-28", "day", "event"),
    ("Two traders were caught last week.", "2021-01-01", "2020-12-21", "2020-12-27", "week", "event"),
    ("Inspections were stepped up this week.", "2021-01-01", "2020-12-28", "2021-01-01", "week", "event"),
    ("The river froze last winter.", "2021-01-15", "2019-12-01", "2020-02-29", "season", "event"),
    # ---- year-only reference: resolve against both ends, keep the union
    ("Police arrested him on Tuesday.", "2020", "2019-12-31", "2020-12-29", "year", "event"),
    ("Five smugglers were arrested last month.", "2021", "2020-12-01", "2021-11-30", "year", "event"),
    ("They were caught on July 23 near the river.", "2020", "2019-07-23", "2020-07-23", "year", "event"),
    ("He was detained yesterday.", "2020", "2019-12-31", "2020-12-30", "year", "event"),
    ("Two women were recently arrested.", "2020", "2019-12-02", "2020-12-31", "year", "event"),
    ("The UN tightened sanctions in 2017.", "2020", "2017-01-01", "2017-12-31", "year", "event"),
    # ---- month-only reference (May 2020)
    ("Five smugglers were arrested last month.", "2020-05", "2020-04-01", "2020-04-30", "month", "event"),
    ("He was detained yesterday.", "2020-05", "2020-04-30", "2020-05-30", "month", "event"),
    ("Police arrested him on Tuesday.", "2020-05", "2020-04-28", "2020-05-26", "month", "event"),
    ("Searches intensified early this month.", "2020-05", "2020-05-01", "2020-05-10", "week", "event"),
    ("They were caught on July 23 near the river.", "2020-05", "2019-07-23", "2019-07-23", "day", "event"),
]


@pytest.mark.parametrize("sentence, published, start, end, precision, role", ROWS)
def test_first_date_phrase(sentence, published, start, end, precision, role):
    ref = published_interval(published)
    spans = find_dates(sentence, *ref)
    assert spans, f"no date found in {sentence!r}"
    span = spans[0]
    assert (span.start, span.end, span.precision, span.role) == (D(start), D(end), precision, role), span
    for s in spans:
        assert sentence[s.start_offset:s.end_offset] == s.text


@pytest.mark.parametrize("sentence", [
    "They may face punishment if caught.",
    "May I ask what happened at the border?",
    "Hundreds of soldiers march to the border.",
    "March across the bridge, the officer ordered.",
    "Border guards caught 12 smugglers carrying 50 kg of copper and RMB 200,000 in cash.",
    "The 1,500 people who crossed were repatriated.",
    "The fall of prices hurt traders.",
    "",
])
def test_no_date(sentence):
    assert find_dates(sentence, D(WED), D(WED)) == []


@pytest.mark.parametrize("sentence, text", [
    ("Five smugglers were arrested late last month in Hyesan.", "late last month"),
    ("The order arrived on Feb. 14, a source said.", "on Feb. 14"),
    ("They have been arresting brokers since May.", "since May"),
    ("At around 5 PM on Feb. 14, guards opened fire.", "At around 5 PM on Feb. 14"),
    ("Police arrested him on Tuesday.", "on Tuesday"),
    ("Traders must settle their debts by Feb. 15.", "by Feb. 15"),
])
def test_text_as_written(sentence, text):
    span = find_dates(sentence, D(WED), D(WED))[0]
    assert span.text == text
    assert sentence[span.start_offset:span.end_offset] == text


def test_several_phrases_left_to_right_with_roles():
    s = "A source told Daily NK on July 23 that five smugglers were arrested late last month in Hyesan."
    spans = find_dates(s, D(WED), D(WED))
    assert [(x.text, x.role) for x in spans] == [("on July 23", "report"), ("late last month", "event")]
    assert spans[0].start_offset < spans[1].start_offset
    for x in spans:
        assert s[x.start_offset:x.end_offset] == x.text


def test_relative_flag():
    assert find_dates("They were caught on July 23.", D(WED), D(WED))[0].relative is True
    assert find_dates("They were caught on July 23, 2020.", D(WED), D(WED))[0].relative is False
    assert find_dates("They were caught in 2017.", D(WED), D(WED))[0].relative is False
    assert find_dates("They were caught yesterday.", D(WED), D(WED))[0].relative is True


def test_year_only_reference_never_invents_a_day():
    ref = published_interval("2020")
    for s in ["Police arrested him on Tuesday.", "He was detained yesterday.",
              "They were caught on July 23.", "Searches began last week.", "They were caught today."]:
        span = find_dates(s, *ref)[0]
        width = (span.end - span.start).days + 1
        assert 300 <= width <= 400, (s, span)
        assert span.precision == "year"


def test_absolute_date_after_publication_is_future():
    span = find_dates("The regulation takes effect on March 1, 2021.", D(WED), D(WED))[0]
    assert span.role == "future" and span.start == D("2021-03-01")


def test_span_is_frozen_dataclass():
    span = find_dates("He was detained yesterday.", D(WED), D(WED))[0]
    assert isinstance(span, DateSpan)
    with pytest.raises(Exception):
        span.start = D("2000-01-01")


@pytest.mark.parametrize("value, expected", [
    ("2020-07-27", ("2020-07-27", "2020-07-27")),
    ("2020-05", ("2020-05-01", "2020-05-31")),
    ("2020-02", ("2020-02-01", "2020-02-29")),
    ("2020", ("2020-01-01", "2020-12-31")),
    ("2020-07-27T10:00:00+09:00", ("2020-07-27", "2020-07-27")),
    ("junk", None),
    ("2020-13", None),
    ("", None),
    (None, None),
])
def test_published_interval(value, expected):
    got = published_interval(value)
    assert got == (None if expected is None else (D(expected[0]), D(expected[1])))
