"""Tests for dashboard.articles: seeds, front matter, dates, encodings, HTML, bad files."""

from __future__ import annotations

import pickle
import random
from datetime import date
from pathlib import Path

import pytest

from dashboard import articles as articles_mod
from dashboard.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    Article,
    ArticleError,
    find_article_files,
    parse_published,
    read_article,
    read_articles,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
TODAY = date(2025, 6, 1)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def article_text(published: str | None = "2020-07-27", title: str = "Test title", body: str = "Body text.\n") -> str:
    lines = ["---", f"title: {title}"]
    if published is not None:
        lines.append(f"published: {published}")
    lines.append("---")
    return "\n".join(lines) + "\n" + body


# --------------------------------------------------------------------------- seeds

SEED_CASES = [
    # prefix, title start, published, start, end, author
    ("000_", "Central Committee letter of appeal", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27), "Ha Yoon Ah"),
    ("001_", "Two North Korean gold smugglers arrested", "2020", date(2020, 1, 1), date(2020, 12, 31), ""),
    ("002_", "N. Korean authorities order expatriates", "2021-05-28", date(2021, 5, 28), date(2021, 5, 28), "Seulkee Jang"),
    ("003_", "China rejects N. Korean request", "2020-02-19", date(2020, 2, 19), date(2020, 2, 19), ""),
    ("004_", "North Korea bolsters crackdown", "2021", date(2021, 1, 1), date(2021, 12, 31), "Seulkee Jang"),
]


@pytest.mark.parametrize("prefix, title, published, start, end, author", SEED_CASES)
def test_seed_articles(prefix, title, published, start, end, author):
    (path,) = sorted(SEEDS.glob(prefix + "*.txt"))
    a = read_article(path, today=TODAY)
    assert isinstance(a, Article)
    assert a.article_id == path.stem
    assert a.path == str(path)
    assert a.title.startswith(title)
    assert (a.published, a.published_start, a.published_end) == (published, start, end)
    assert a.outlet == "Daily NK"
    assert a.author == author
    assert a.url.startswith("https://www.dailynk.com/english/")
    assert a.encoding == "utf-8"
    assert a.warnings == ()
    assert a.meta["title"] == a.title
    # the body is the text after the front matter, verbatim apart from the newline style
    raw = path.read_text(encoding="utf-8")
    assert "---" not in a.body[:10] and "title:" not in a.body
    assert a.body in raw
    assert a.body == a.body.rstrip() and a.body[0].isalpha()


def test_seeds_folder_reads_all_five():
    arts, errors = read_articles([SEEDS], today=TODAY)
    assert errors == []
    assert [a.article_id for a in arts] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(arts) == 5


# --------------------------------------------------------------------------- published dates

PUBLISHED_CASES = [
    # front matter value, published, start, end
    ("2021-05-28", "2021-05-28", date(2021, 5, 28), date(2021, 5, 28)),  # a YAML date
    ('"2021-05-28"', "2021-05-28", date(2021, 5, 28), date(2021, 5, 28)),
    ("2021-05", "2021-05", date(2021, 5, 1), date(2021, 5, 31)),
    ('"2020-02"', "2020-02", date(2020, 2, 1), date(2020, 2, 29)),  # leap year
    ("2020", "2020", date(2020, 1, 1), date(2020, 12, 31)),  # an int year
    ('"2020"', "2020", date(2020, 1, 1), date(2020, 12, 31)),
    ("2020-07-27T10:00:00+09:00", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("2020-07-27T05:00:00+09:00", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),  # the date as written, not UTC
    ("2020-07-27 10:00:00", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("2020-07-27T10:00:00Z", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("2020/07/27", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("2020.07.27", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("July 27, 2020", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("27 Jul 2020", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("July 2020", "2020-07", date(2020, 7, 1), date(2020, 7, 31)),
    ("2020년 7월 27일", "2020-07-27", date(2020, 7, 27), date(2020, 7, 27)),
    ("  2021-5-3 ", "2021-05-03", date(2021, 5, 3), date(2021, 5, 3)),
]


@pytest.mark.parametrize("value, published, start, end", PUBLISHED_CASES)
def test_published_forms(tmp_path, value, published, start, end):
    a = read_article(write(tmp_path, "a.txt", article_text(value)), today=TODAY)
    assert (a.published, a.published_start, a.published_end) == (published, start, end)
    assert a.warnings == ()


@pytest.mark.parametrize("value", [
    "yesterday", "last Tuesday", "2020-13-01", "2021-02-30", "2020-13", "20", "1066", "sometime in 2020", "[2020]",
    "{a: 1}", "true",
])
def test_unparseable_published_is_a_warning(tmp_path, value):
    a = read_article(write(tmp_path, "a.txt", article_text(value)), today=TODAY)
    assert (a.published, a.published_start, a.published_end) == ("", None, None)
    assert any("published" in w and "not a date" in w for w in a.warnings), a.warnings
    assert a.body == "Body text."


@pytest.mark.parametrize("value, shown", [
    ("2031-01-01", "2031-01-01"),
    ("2025-07", "2025-07"),
    ("2026", "2026"),
    ("2025-06-02", "2025-06-02"),
])
def test_future_published_is_ignored(tmp_path, value, shown):
    a = read_article(write(tmp_path, "a.txt", article_text(value)), today=TODAY)
    assert (a.published, a.published_start, a.published_end) == ("", None, None)
    assert f"published {shown} is in the future; ignored" in a.warnings


@pytest.mark.parametrize("value, published", [("2025-06-01", "2025-06-01"), ("2025-06", "2025-06"), ("2025", "2025")])
def test_published_today_or_containing_today_is_kept(tmp_path, value, published):
    a = read_article(write(tmp_path, "a.txt", article_text(value)), today=TODAY)
    assert a.published == published and a.warnings == ()


def test_future_check_defaults_to_the_real_today(tmp_path):
    a = read_article(write(tmp_path, "a.txt", article_text("2999-01-01")))
    assert a.published == "" and any("future" in w for w in a.warnings)


def test_missing_published_warns(tmp_path):
    a = read_article(write(tmp_path, "a.txt", article_text(None)), today=TODAY)
    assert a.published == "" and a.published_start is None
    assert "no published date" in a.warnings


def test_date_key_is_an_alias_for_published(tmp_path):
    text = "---\ntitle: T\ndate: 2021-05-28\n---\nBody.\n"
    a = read_article(write(tmp_path, "a.txt", text), today=TODAY)
    assert a.published == "2021-05-28"


@pytest.mark.parametrize("value, expected", [
    (date(2020, 7, 27), ("2020-07-27", date(2020, 7, 27), date(2020, 7, 27))),
    (2020, ("2020", date(2020, 1, 1), date(2020, 12, 31))),
    (None, None),
    (True, None),
    (2020.5, None),
])
def test_parse_published_objects(value, expected):
    assert parse_published(value) == expected


# --------------------------------------------------------------------------- front matter

def test_meta_keeps_other_keys_as_strings(tmp_path):
    text = (
        "---\n"
        "title: No\n"
        "url: https://example.org/a\n"
        "published: 2021-05-28\n"
        "outlet: Daily NK\n"
        "author: [Ha Yoon Ah, Seulkee Jang]\n"
        "source_lang: ko\n"
        "version: 1.10\n"
        "draft: false\n"
        "count: 12\n"
        "empty:\n"
        "---\n"
        "Body.\n"
    )
    a = read_article(write(tmp_path, "a.md", text), today=TODAY)
    assert a.title == "No"  # not the YAML boolean
    assert a.url == "https://example.org/a"
    assert a.outlet == "Daily NK"
    assert a.author == "Ha Yoon Ah; Seulkee Jang"
    assert a.meta == {
        "title": "No", "url": "https://example.org/a", "published": "2021-05-28", "outlet": "Daily NK",
        "author": "Ha Yoon Ah; Seulkee Jang", "source_lang": "ko", "version": "1.10", "draft": "false",
        "count": "12", "empty": "",
    }
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in a.meta.items())


def test_no_front_matter_is_still_read(tmp_path):
    a = read_article(write(tmp_path, "plain.txt", "Just an article.\nSecond line.\n"), today=TODAY)
    assert a.title == "" and a.url == "" and a.published == "" and a.meta == {}
    assert a.body == "Just an article.\nSecond line."
    assert "no front matter" in a.warnings
    assert a.article_id == "plain"


def test_empty_front_matter_is_fine(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "---\n---\nBody.\n"), today=TODAY)
    assert a.meta == {} and a.body == "Body." and a.title == ""


def test_body_is_verbatim(tmp_path):
    body = "First  paragraph,\twith   inner   spaces.\n\n\n  Indented second paragraph.\n---\nAfter a rule: key: value\n"
    text = "---\ntitle: T\npublished: 2020\n---\n\n" + body + "\n\n"
    a = read_article(write(tmp_path, "a.txt", text), today=TODAY)
    assert a.body == body.rstrip()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_normalised(tmp_path, newline):
    text = article_text("2020", body="Line one.\n\nLine two.\n").replace("\n", newline)
    a = read_article(write(tmp_path, "a.txt", text), today=TODAY)
    assert a.body == "Line one.\n\nLine two."
    assert a.title == "Test title" and a.published == "2020"


def test_utf8_bom(tmp_path):
    a = read_article(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + article_text("2020").encode()), today=TODAY)
    assert a.encoding == "utf-8" and a.title == "Test title" and not a.body.startswith("\ufeff")


def test_utf16_with_bom(tmp_path):
    a = read_article(write(tmp_path, "a.txt", article_text("2020", title="혜산").encode("utf-16")), today=TODAY)
    assert a.encoding == "utf-16" and a.title == "혜산" and a.body == "Body text."


MALFORMED_CASES = [
    ("invalid YAML", "---\ntitle: \"unterminated\npublished: 2020\n---\nBody.\n", "malformed front matter: invalid YAML"),
    ("bad indentation", "---\ntitle: a\n  bad: indent: here\n---\nBody.\n", "malformed front matter: invalid YAML"),
    ("unclosed", "---\ntitle: T\npublished: 2020\nBody without a closing line.\n", "malformed front matter: the opening '---' line has no closing '---' line"),
    ("list", "---\n- a\n- b\n---\nBody.\n", "malformed front matter: expected 'key: value' lines, got a list"),
    ("scalar", "---\njust a sentence\n---\nBody.\n", "malformed front matter: expected 'key: value' lines, got a single string"),
    ("python tag", "---\ntitle: !!python/object/apply:os.system ['echo PWNED']\n---\nBody.\n", "malformed front matter: invalid YAML"),
]


@pytest.mark.parametrize("name, text, reason", MALFORMED_CASES, ids=[c[0] for c in MALFORMED_CASES])
def test_malformed_front_matter(tmp_path, name, text, reason):
    path = write(tmp_path, "bad.txt", text)
    with pytest.raises(ArticleError) as info:
        read_article(path, today=TODAY)
    assert info.value.reason.startswith(reason)
    assert info.value.path == str(path)
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_yaml_error_names_the_line(tmp_path):
    path = write(tmp_path, "bad.txt", "---\ntitle: ok\nurl: [unclosed\n---\nBody.\n")
    with pytest.raises(ArticleError, match=r"malformed front matter: invalid YAML \(.*line \d+"):
        read_article(path, today=TODAY)


def test_yaml_alias_bomb_is_bounded(tmp_path):
    lines = ["---", "title: T", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    text = "\n".join(lines) + "\n---\nBody.\n"
    a = read_article(write(tmp_path, "bomb.txt", text), today=TODAY)
    assert a.title == "T"
    assert any("too large or too nested" in w for w in a.warnings)


# --------------------------------------------------------------------------- bad bytes

BAD_BYTES_CASES = [
    ("empty", b"", "empty file"),
    ("whitespace", b"  \n\t\r\n   \n", "empty file"),
    ("bom only", b"\xef\xbb\xbf\n", "empty file"),
    ("png", PNG_HEADER + bytes(range(256)), "binary file, not text"),
    ("png header only", b"\x89PNG\r\n\x1a\n", "binary file, not text"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"abc" * 20, "binary file, not text"),
    ("nul bytes", b"Some text\x00\x00with nulls", "binary file, not text"),
    ("control chars", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"text", "binary file, not text"),
    ("random bytes", random.Random(0).randbytes(4096), "binary file, not text"),
    ("random high bytes", bytes(0x80 + b % 0x80 for b in random.Random(1).randbytes(3000)),
     "not UTF-8 and encoding could not be determined"),
    ("front matter only", b"---\ntitle: T\npublished: 2020\n---\n\n  \n", "no article text"),
]


@pytest.mark.parametrize("name, content, reason", BAD_BYTES_CASES, ids=[c[0] for c in BAD_BYTES_CASES])
def test_bad_bytes_are_rejected(tmp_path, name, content, reason):
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(ArticleError) as info:
        read_article(path, today=TODAY)
    assert info.value.reason == reason
    assert str(info.value) == f"{path}: {reason}"


def test_too_large_is_rejected_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.write(b"---\ntitle: Huge\n---\n")
        fh.write(b"A sentence about the border.\n" * (MAX_ARTICLE_BYTES // 29 + 10))
    size = path.stat().st_size
    assert size > MAX_ARTICLE_BYTES

    def no_read(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_read)
    with pytest.raises(ArticleError) as info:
        read_article(path, today=TODAY)
    assert info.value.reason == f"too large ({size} bytes > {MAX_ARTICLE_BYTES} byte limit)"


def test_exactly_at_limit_is_read(tmp_path):
    head = b"---\ntitle: Big\n---\n"
    path = write(tmp_path, "big.txt", head + b"x" * (MAX_ARTICLE_BYTES - len(head)))
    a = read_article(path, today=TODAY)
    assert a.title == "Big" and len(a.body) == MAX_ARTICLE_BYTES - len(head)


@pytest.mark.parametrize("name, reason", [("missing.txt", "no such file or folder"), ("folder", "is a folder, not a file")])
def test_not_a_readable_file(tmp_path, name, reason):
    (tmp_path / "folder").mkdir()
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path / name, today=TODAY)
    assert info.value.reason == reason


# --------------------------------------------------------------------------- encodings

KOREAN_TITLE = "혜산서 금 밀수하던 주민 2명 국가보위성에 체포"
KOREAN_BODY = (
    "양강도 혜산시에서 금을 중국으로 밀수하려던 황해남도 주민 2명이 국가보위성에 체포됐다고 "
    "소식통이 전했다.\n\n소식통은 \"이들은 옹진군 금광 근처에 사는 주민들\"이라고 말했다."
)


@pytest.mark.parametrize("codec", ["euc-kr", "cp949"])
def test_korean_legacy_encoding(tmp_path, codec):
    text = f"---\ntitle: \"{KOREAN_TITLE}\"\npublished: 2020-07-27\noutlet: 데일리NK\n---\n{KOREAN_BODY}\n"
    a = read_article(write(tmp_path, "kr.txt", text.encode(codec)), today=TODAY)
    assert a.title == KOREAN_TITLE
    assert a.body == KOREAN_BODY
    assert a.outlet == "데일리NK"
    assert a.published == "2020-07-27"
    assert a.encoding in ("euc-kr", "cp949")
    assert any("not UTF-8" in w for w in a.warnings)


def test_short_korean_text_without_front_matter(tmp_path):
    a = read_article(write(tmp_path, "kr.txt", "혜산 체포".encode("euc-kr")), today=TODAY)
    assert a.body == "혜산 체포" and a.encoding in ("euc-kr", "cp949")


def test_cp949_only_syllables(tmp_path):
    # "똠" is in CP949 but not in EUC-KR (KS X 1001)
    text = "---\ntitle: 똠방각하\n---\n똠방각하가 국경에서 체포되었다고 소식통이 전했다.\n"
    a = read_article(write(tmp_path, "kr.txt", text.encode("cp949")), today=TODAY)
    assert a.title == "똠방각하" and a.body.startswith("똠방각하가")


def test_latin1_is_decoded_plausibly(tmp_path):
    text = (
        "---\ntitle: Café résumé\npublished: 2020\n---\n"
        "Le café était fermé. Les agents ont saisi des marchandises à la frontière, a déclaré la source.\n"
    )
    a = read_article(write(tmp_path, "fr.txt", text.encode("latin-1")), today=TODAY)
    assert a.title == "Café résumé"
    assert "marchandises à la frontière, a déclaré" in a.body
    assert a.encoding in ("cp1252", "latin-1", "iso8859-15")
    assert any("not UTF-8; decoded as" in w for w in a.warnings)


def test_cp1252_quotes(tmp_path):
    text = "---\ntitle: Smugglers \u201ccaught\u201d\n---\nThe source said \u201cthey were caught\u201d \u2014 near the river.\n"
    a = read_article(write(tmp_path, "q.txt", text.encode("cp1252")), today=TODAY)
    assert a.title == "Smugglers \u201ccaught\u201d" and "\u2014" in a.body and a.encoding == "cp1252"


# --------------------------------------------------------------------------- HTML

def test_html_page_fixture():
    a = read_article(FIXTURES / "hyesan_page.html", today=TODAY)
    assert a.article_id == "hyesan_page"
    assert a.title == "Two gold smugglers caught in Hyesan"
    assert a.published == "2020-07-27"
    assert (a.published_start, a.published_end) == (date(2020, 7, 27), date(2020, 7, 27))
    assert a.outlet == "Daily NK"
    assert a.author == "Ha Yoon Ah"
    assert a.url == "https://www.dailynk.com/english/two-gold-smugglers-caught-hyesan/"
    assert "arrested in Hyesan, Ryanggang Province" in a.body
    assert "seized four gold nuggets" in a.body
    assert "banned outsiders" in a.body
    for junk in ("SCRIPT_TEXT", "STYLE_TEXT", "ANOTHER_SCRIPT", "NAV_HOME", "NAV_NEWS", "NAV_SUBSCRIBE", "<p>", "tracker"):
        assert junk not in a.body
    assert a.warnings == ()


def _html(published_meta: str = '<meta property="article:published_time" content="2021-05-28T09:00:00+09:00">') -> str:
    return (
        "<!doctype html><html><head><title>Border trade reopens | Example News</title>"
        f"{published_meta}<script>var x = 'JS_CODE_HERE';</script></head><body>"
        "<nav><a href='/'>MENU_HOME</a> <a href='/about'>MENU_ABOUT</a></nav>"
        "<article><h1>Border trade reopens</h1>"
        "<p>North Korean authorities reopened the Sinuiju customs office to freight traffic last week, according to a source in North Pyongan Province.</p>"
        "<p>Trucks carrying flour and cooking oil crossed the Friendship Bridge from Dandong, the source said, while inspections at the border remained strict.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.HTML", "sniffed.txt"])
def test_html_written_at_test_time(tmp_path, name):
    a = read_article(write(tmp_path, name, _html()), today=TODAY)
    assert "reopened the Sinuiju customs office" in a.body
    assert "Trucks carrying flour" in a.body
    assert "JS_CODE_HERE" not in a.body and "MENU_HOME" not in a.body
    assert a.title.startswith("Border trade reopens")
    assert a.published == "2021-05-28"
    if name.endswith(".txt"):
        assert any("looks like HTML" in w for w in a.warnings)


def test_html_future_date_ignored(tmp_path):
    page = _html('<meta property="article:published_time" content="2030-01-01T00:00:00Z">')
    a = read_article(write(tmp_path, "p.html", page), today=TODAY)
    assert a.published == "" and a.published_start is None


def test_html_without_article_text(tmp_path):
    page = "<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(ArticleError) as info:
        read_article(write(tmp_path, "empty.html", page), today=TODAY)
    assert info.value.reason == "no article text found in HTML"


def test_html_fallback_without_trafilatura(monkeypatch):
    """If trafilatura cannot be imported (e.g. lxml.html.clean missing), a basic extractor is used."""
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError("simulated: lxml.html.clean module is now a separate project")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    a = read_article(FIXTURES / "hyesan_page.html", today=TODAY)
    assert a.title == "Two gold smugglers caught in Hyesan"
    assert a.published == "2020-07-27" and a.outlet == "Daily NK"
    assert "seized four gold nuggets" in a.body
    for junk in ("SCRIPT_TEXT", "NAV_HOME", "FOOTER_COPYRIGHT"):
        assert junk not in a.body
    assert any("trafilatura unavailable" in w for w in a.warnings)


def test_html_euc_kr(tmp_path):
    page = (
        "<html><head><meta charset='euc-kr'><title>혜산 밀수 단속 강화</title></head><body><article>"
        "<p>양강도 혜산시에서 국경 밀수에 대한 단속이 강화됐다고 소식통이 전했다. 국가보위성은 최근 주민 여러 명을 체포했다.</p>"
        "<p>소식통은 이번 단속이 다음 달까지 계속될 것이라고 말했다. 주민들은 국경 근처에 가는 것을 꺼리고 있다.</p>"
        "</article></body></html>"
    )
    a = read_article(write(tmp_path, "kr.html", page.encode("euc-kr")), today=TODAY)
    assert "국경 밀수에 대한 단속" in a.body
    assert a.title == "혜산 밀수 단속 강화"


# --------------------------------------------------------------------------- finding and reading many

def test_find_article_files(tmp_path):
    write(tmp_path, "b.txt", "b")
    write(tmp_path, "a.md", "a")
    write(tmp_path, "sub/c.html", "<p>c</p>")
    write(tmp_path, "sub/deeper/d.HTM", "<p>d</p>")
    write(tmp_path, "sub/notes.json", "{}")
    write(tmp_path, "sub/image.png", PNG_HEADER)
    write(tmp_path, ".hidden.txt", "h")
    write(tmp_path, ".git/e.txt", "e")
    write(tmp_path, "sub/.cache/f.txt", "f")
    direct = write(tmp_path / "elsewhere", "odd.dat", "given directly")
    files, errors = find_article_files([tmp_path, tmp_path / "b.txt", direct, tmp_path / "nope", str(tmp_path / "sub")])
    names = [p.relative_to(tmp_path).as_posix() for p in files]
    assert names == sorted(names)
    assert set(names) == {"a.md", "b.txt", "elsewhere/odd.dat", "sub/c.html", "sub/deeper/d.HTM"}
    assert len(names) == 5  # deduplicated
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "nope"), "no such file or folder")]


def test_find_accepts_a_single_path_string(tmp_path):
    path = write(tmp_path, "a.txt", "a")
    assert find_article_files(str(path)) == ([path], [])


def test_suffixes_constant():
    assert ARTICLE_SUFFIXES == (".txt", ".md", ".html", ".htm")
    assert MAX_ARTICLE_BYTES == 2_000_000


def test_read_articles_mixed_folder(tmp_path):
    good = {
        "good1.txt": article_text("2020-07-27", title="Good one"),
        "good2.md": article_text("2021", title="Good two"),
        "nested/good3.txt": "No front matter, still an article.\n",
        "nested/good4.html": _html(),
        "kr.txt": f"---\ntitle: {KOREAN_TITLE}\n---\n{KOREAN_BODY}\n".encode("euc-kr"),
    }
    bad = {
        "empty.txt": b"",
        "blank.md": b"\n \n",
        "picture.txt": PNG_HEADER,
        "broken.txt": "---\ntitle: [oops\n---\nBody.\n",
        "unclosed.md": "---\ntitle: T\nBody.\n",
        "nested/list.txt": "---\n- a\n---\nBody.\n",
        "nested/nothing.html": "<html><body><script>x()</script></body></html>",
    }
    for name, content in {**good, **bad}.items():
        write(tmp_path, name, content)
    huge = tmp_path / "nested" / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_ARTICLE_BYTES + 1)
    bad["nested/huge.txt"] = b""

    arts, errors = read_articles([tmp_path, tmp_path / "missing_dir"], today=TODAY)
    assert sorted(a.path for a in arts) == sorted(str(tmp_path / n) for n in good)
    assert {a.title for a in arts} >= {"Good one", "Good two", "", KOREAN_TITLE}
    error_paths = [e.path for e in errors]
    assert sorted(error_paths) == sorted([str(tmp_path / n) for n in bad] + [str(tmp_path / "missing_dir")])
    for e in errors:
        assert str(e).startswith(e.path + ": ") and e.reason


def test_read_articles_survives_unexpected_errors(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", article_text("2020"))
    write(tmp_path, "b.txt", article_text("2020"))
    real = articles_mod._split_front_matter

    def flaky(text, path):
        if path.endswith("a.txt"):
            raise ValueError("boom")
        return real(text, path)

    monkeypatch.setattr(articles_mod, "_split_front_matter", flaky)
    arts, errors = read_articles([tmp_path], today=TODAY)
    assert [a.article_id for a in arts] == ["b"]
    assert len(errors) == 1 and errors[0].reason == "unexpected error: ValueError: boom"


def test_duplicate_article_ids_warn(tmp_path):
    write(tmp_path, "x/story.txt", article_text("2020"))
    write(tmp_path, "y/story.md", article_text("2020"))
    arts, errors = read_articles([tmp_path], today=TODAY)
    assert errors == [] and len(arts) == 2
    assert all(any("also used by" in w for w in a.warnings) for a in arts)


def test_article_error_pickles():
    err = ArticleError("a/b.txt", "empty file")
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.reason, str(again)) == ("a/b.txt", "empty file", "a/b.txt: empty file")


def test_article_is_frozen(tmp_path):
    a = read_article(write(tmp_path, "a.txt", article_text("2020")), today=TODAY)
    with pytest.raises(Exception):
        a.title = "changed"  # type: ignore[misc]
