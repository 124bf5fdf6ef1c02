"""Reading article files: front matter, encodings, HTML, and every way a file can be bad.

The contract (shared/CONTRACT.md, "Article files"): plain text `.txt` / `.md`, or an HTML
page (`.html` / `.htm`), with optional YAML front matter between two `---` lines at the
very top (`title`, `url`, `published`, `outlet`, `author`, other keys kept as metadata).

    read_article(path)        -> Article            (raises ArticleError)
    find_article_files(paths) -> (files, errors)
    read_articles(paths)      -> (articles, errors) (one bad file never stops the others)

The text of an article is untrusted input: the front matter is parsed with a safe YAML
loader that builds only plain strings, lists and mappings, and nothing in a file is ever
evaluated. No network is used.
"""

from __future__ import annotations

import calendar
import codecs
import dataclasses
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

import yaml

__all__ = [
    "MAX_ARTICLE_BYTES",
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "Article",
    "ArticleError",
    "read_article",
    "find_article_files",
    "read_articles",
    "parse_published",
]

MAX_ARTICLE_BYTES = 2_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

# Keys whose values become Article fields.
_FIELD_KEYS = ("title", "url", "published", "outlet", "author")


@dataclass(frozen=True)
class Article:
    article_id: str  # file name without extension
    path: str
    title: str
    url: str
    published: str  # normalised "YYYY-MM-DD" / "YYYY-MM" / "YYYY", or "" when unknown
    published_start: date | None  # the interval `published` stands for
    published_end: date | None
    outlet: str
    author: str
    body: str  # article text after the front matter (evidence offsets index into this)
    meta: dict = field(default_factory=dict)  # all front-matter keys, values as strings
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


class ArticleError(Exception):
    """A file that cannot be read as an article. str(err) == f"{path}: {reason}"."""

    def __init__(self, path: str, reason: str):
        super().__init__(str(path), reason)
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# --------------------------------------------------------------------------- dates

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_RE_YEAR = re.compile(r"(\d{4})")
_RE_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})\.?")
_RE_DAY = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|[+-]\d{2}(?::?\d{2})?)?)?"
)
_RE_KOREAN = re.compile(r"(\d{4})\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?")
_RE_NAMED_MDY = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_RE_NAMED_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_RE_NAMED_MY = re.compile(r"([A-Za-z]{3,9})\.?,?\s+(\d{4})")

_MIN_YEAR = 1900


def _interval(year: int, month: int | None = None, day: int | None = None):
    """(normalised text, start, end), or None when the numbers are not a real date."""
    if not (_MIN_YEAR <= year <= 9999):
        return None
    try:
        if month is None:
            return f"{year:04d}", date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last)
        d = date(year, month, day)
        return d.isoformat(), d, d
    except ValueError:  # month 13, Feb 30, ...
        return None


def parse_published(value: Any) -> tuple[str, date | None, date | None] | None:
    """Normalise a `published` value to ("YYYY[-MM[-DD]]", start, end).

    Accepts date / datetime objects, an int year, and strings such as "2020",
    "2021-05", "2021-05-28", "2020-07-27T10:00:00+09:00" (the date as written, not
    converted to another time zone), "2020/07/27", "2020.07.27", "July 27, 2020",
    "27 July 2020", "July 2020", "2020년 7월 27일". Returns None when it is not a date.
    Never guesses relative dates ("yesterday") and never looks at today's date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _interval(value.year, value.month, value.day)
    if isinstance(value, date):
        return _interval(value.year, value.month, value.day)
    if isinstance(value, int):
        return _interval(value)
    if not isinstance(value, str):
        return None
    s = " ".join(value.split())
    if not s or len(s) > 64:
        return None
    if m := _RE_YEAR.fullmatch(s):
        return _interval(int(m[1]))
    if m := _RE_MONTH.fullmatch(s):
        return _interval(int(m[1]), int(m[2]))
    if m := _RE_DAY.fullmatch(s):
        return _interval(int(m[1]), int(m[2]), int(m[3]))
    if m := _RE_KOREAN.fullmatch(s):
        return _interval(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    if m := _RE_NAMED_MDY.fullmatch(s):
        month = _MONTHS.get(m[1].lower())
        return _interval(int(m[3]), month, int(m[2])) if month else None
    if m := _RE_NAMED_DMY.fullmatch(s):
        month = _MONTHS.get(m[2].lower())
        return _interval(int(m[3]), month, int(m[1])) if month else None
    if m := _RE_NAMED_MY.fullmatch(s):
        month = _MONTHS.get(m[1].lower())
        return _interval(int(m[2]), month) if month else None
    return None


def _resolve_published(raw: Any, today: date, warnings: list[str]):
    """(published, start, end) for a raw value; appends a warning when it is ignored."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return "", None, None
    parsed = parse_published(raw)
    shown = raw if isinstance(raw, str) else str(raw)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if parsed is None:
        warnings.append(
            f"published {shown!r} is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY); ignored"
        )
        return "", None, None
    text, start, end = parsed
    if start > today:
        warnings.append(f"published {text} is in the future; ignored")
        return "", None, None
    return text, start, end


# --------------------------------------------------------------------------- front matter

class _StringLoader(yaml.SafeLoader):
    """SafeLoader that keeps scalars as the text written: no bools, ints, floats or
    timestamps (so `published: 2020-07-27T10:00:00+09:00` keeps its own date, `title: No`
    stays "No" and `version: 1.10` stays "1.10"). `~` / empty values are still None."""


_StringLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_RE_FM_OPEN = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_RE_FM_CLOSE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_MAX_META_NODES = 10_000
_MAX_META_CHARS = 20_000


def _load_yaml_mapping(fm_text: str) -> dict:
    """Parse front matter with python-frontmatter's YAML handler and a safe loader."""
    try:
        import frontmatter

        data = frontmatter.YAMLHandler().load(fm_text, Loader=_StringLoader)
    except ImportError:  # pragma: no cover - python-frontmatter is a dependency
        data = yaml.load(fm_text, Loader=_StringLoader)  # noqa: S506 - safe loader subclass
    return data


def _split_front_matter(text: str, path: str) -> tuple[dict | None, str]:
    """(front matter mapping or None when there is none, rest of the text)."""
    opening = _RE_FM_OPEN.match(text)
    if not opening:
        return None, text
    closing = _RE_FM_CLOSE.search(text, opening.end())
    if closing is None:
        raise ArticleError(path, "malformed front matter: the opening '---' line has no closing '---' line")
    fm_text = text[opening.end():closing.start()]
    rest = text[closing.end():]
    if rest.startswith("\n"):
        rest = rest[1:]
    try:
        data = _load_yaml_mapping(fm_text)
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"malformed front matter: invalid YAML ({_yaml_problem(exc)})") from None
    except RecursionError:
        raise ArticleError(path, "malformed front matter: nested too deeply") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a single string"}.get(type(data), type(data).__name__)
        raise ArticleError(path, f"malformed front matter: expected 'key: value' lines, got {kind}")
    return data, rest


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        # +2: the marks count from 0 inside the front matter, which starts after the '---' line
        return f"{problem} at line {mark.line + 2}, column {mark.column + 1}"
    return problem


def _stringify(value: Any, budget: list[int]) -> str:
    """A metadata value as a string; bounded, so YAML alias bombs cannot blow up."""
    budget[0] -= 1
    if budget[0] < 0:
        raise OverflowError
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(_stringify(v, budget) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_stringify(k, budget)}: {_stringify(v, budget)}" for k, v in value.items())
    return str(value)


def _meta_strings(data: dict, warnings: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    budget = [_MAX_META_NODES]
    for key, value in data.items():
        try:
            k = _stringify(key, budget)
            v = _stringify(value, budget)
        except (OverflowError, RecursionError):
            warnings.append("front matter is too large or too nested; the rest of it was ignored")
            break
        if len(v) > _MAX_META_CHARS:
            v = v[:_MAX_META_CHARS]
            warnings.append(f"front matter value {k!r} is very long; truncated")
        meta[k] = v
    return meta


# --------------------------------------------------------------------------- bytes -> text

_BINARY_SIGNATURES = (
    b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"PK\x05\x06",
    b"%PDF-", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07",
    b"\x7fELF", b"MZ", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00", b"SQLite format 3",
    b"\xd0\xcf\x11\xe0",  # old MS Office
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than \t \n \v \f \r and ESC, plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_KOREAN = ("cp949", "euc_kr", "johab", "iso2022_kr")
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2")
_OTHER_PREFERRED = ("gb18030", "big5", "shift_jis", "euc_jp", "cp1251", "koi8_r")
_NOT_TEXT = "not UTF-8 and encoding could not be determined"


def _codec_name(name: str) -> str:
    try:
        name = codecs.lookup(name).name
    except LookupError:
        pass
    return {"iso8859-1": "latin-1", "latin_1": "latin-1"}.get(name, name.replace("_", "-"))


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data:
        return True
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 20)  # more than 5% control characters


def _mostly_printable(text: str) -> bool:
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\t\n\r\x0b\x0c\x1b")
    return bad <= max(1, len(text) // 100)


def _hangul_ratio(text: str) -> float:
    non_ascii = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    if not non_ascii:
        return 0.0
    hangul = sum(1 for ch in non_ascii if "\uac00" <= ch <= "\ud7a3" or "\u3130" <= ch <= "\u318f")
    return hangul / len(non_ascii)


def _decode(data: bytes, path: str, warnings: list[str]) -> tuple[str, str]:
    """(text, encoding name). Raises ArticleError for binary or undecodable bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(path, f"starts with a {_codec_name(codec)} byte order mark but is not valid {_codec_name(codec)}") from None
            return text, "utf-8" if codec == "utf-8-sig" else _codec_name(codec)
    if _looks_binary(data):
        raise ArticleError(path, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    encoding = _detect_encoding(data)
    if encoding is None:
        raise ArticleError(path, _NOT_TEXT)
    codec = "cp949" if encoding in ("euc_kr", "cp949") else encoding  # cp949 is a superset of EUC-KR
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        raise ArticleError(path, _NOT_TEXT) from None
    if not _mostly_printable(text):
        raise ArticleError(path, _NOT_TEXT)
    name = _codec_name(encoding)
    warnings.append(f"not UTF-8; decoded as {name}")
    return text, name


def _norm_codec(name: str) -> str:
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return name.lower().replace("-", "_")


def _detect_encoding(data: bytes) -> str | None:
    """A Python codec name for non-UTF-8 bytes, or None when no plausible one is found."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        results = []
    else:
        results = list(from_bytes(data))
    close: dict[str, Any] = {}
    if results:
        best = min(r.chaos for r in results)
        close = {}
        for r in results:
            if r.chaos <= best + 0.05:  # the same bytes could be any of these code pages
                for name in (r.encoding, *r.could_be_from_charset):
                    close.setdefault(_norm_codec(name), r)
        for korean in _KOREAN:
            if _norm_codec(korean) in close:
                return korean
    # Short Korean text is often ranked as Chinese or Japanese (or not found at all):
    # bytes that decode as CP949 into (almost) nothing but Hangul are Korean.
    try:
        hangul = _hangul_ratio(data.decode("cp949"))
    except UnicodeDecodeError:
        hangul = 0.0
    if hangul >= 0.9:
        return "cp949"
    if not results:
        return None
    # Then the common Western code pages (charset-normalizer often ranks e.g. mac_latin2
    # above cp1252 for short Latin-1 text), then whatever it found best.
    for preferred in (*_WESTERN, *_OTHER_PREFERRED):
        if _norm_codec(preferred) in close:
            return preferred
    return min(results, key=lambda r: r.chaos).encoding


def _read_bytes(path: Path, shown: str) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ArticleError(shown, "no such file or folder") from None
    except OSError as exc:
        raise ArticleError(shown, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError(shown, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError(shown, "not a regular file")
    if st.st_size > MAX_ARTICLE_BYTES:
        raise ArticleError(shown, f"too large ({st.st_size} bytes > {MAX_ARTICLE_BYTES} byte limit)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise ArticleError(shown, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_ARTICLE_BYTES:  # grew since stat()
        raise ArticleError(shown, f"too large (more than {MAX_ARTICLE_BYTES} byte limit)")
    return data


# --------------------------------------------------------------------------- HTML

_RE_HTML_SNIFF = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)


def _looks_like_html(text: str) -> bool:
    return bool(_RE_HTML_SNIFF.match(text[:4096]))


def _extract_html(html: str, path: str, today: date, warnings: list[str]) -> tuple[str, dict[str, str]]:
    """(main text, metadata {title, url, published, outlet, author, ...}) of an HTML page."""
    try:
        import trafilatura
    except Exception as exc:  # noqa: BLE001 - e.g. lxml.html.clean missing in the environment
        warnings.append(f"trafilatura unavailable ({type(exc).__name__}); used a basic HTML extractor")
        return _extract_html_basic(html, path)
    doc = _trafilatura_document(trafilatura, html, path, today)
    if doc is None:
        raise ArticleError(path, "no article text found in HTML")
    # bare_extraction returns a dict in older trafilatura versions, a Document in newer ones
    get = doc.get if isinstance(doc, dict) else (lambda key: getattr(doc, key, None))
    text = get("text") or ""
    return _paragraphs(text), _trafilatura_meta(get)


def _trafilatura_document(trafilatura, html: str, path: str, today: date):
    """trafilatura's extraction of the page (text and metadata), or None when it finds no article."""
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            # navigation and page furniture never hold article text; without this,
            # trafilatura's fallback returns menu links for a page with no article
            prune_xpath=["//nav", "//aside", "//footer", "//header[not(ancestor::article)]",
                         "//*[@role='navigation']"],
            date_extraction_params={
                "extensive_search": False,  # only dates the page states, never guessed from text
                "original_date": True,
                "max_date": today.isoformat(),
            },
        )
    except Exception as exc:  # noqa: BLE001 - malformed markup must not crash the reader
        raise ArticleError(path, f"could not parse HTML: {type(exc).__name__}: {exc}") from None


# Article metadata key <- trafilatura field; then the fields that may hold lists.
_TRAFILATURA_FIELDS = (("title", "title"), ("url", "url"), ("published", "date"), ("outlet", "sitename"),
                       ("author", "author"), ("description", "description"), ("hostname", "hostname"),
                       ("language", "language"))
_TRAFILATURA_LISTS = ("categories", "tags")


def _trafilatura_meta(get) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, source in _TRAFILATURA_FIELDS:
        value = get(source)
        if value:
            meta[key] = str(value).strip()
    for key in _TRAFILATURA_LISTS:
        value = get(key)
        if value:
            meta[key] = "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    return meta


def _paragraphs(text: str) -> str:
    """One block of extracted text per paragraph, separated by blank lines (like the .txt seeds)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)


_BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                     "iframe", "svg", "template", "button", "select", "figure", "figcaption")
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
# Metadata of the basic extractor: for each key, the places to look, best first.
_BASIC_META_XPATHS = {
    "title": ('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"),
    "url": ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'),
    "published": ('//meta[@property="article:published_time"]/@content',
                  '//meta[@name="date" or @name="pubdate" or @itemprop="datePublished"]/@content',
                  "//time/@datetime"),
    "outlet": ('//meta[@property="og:site_name"]/@content',),
    "author": ('//meta[@name="author"]/@content', '//meta[@property="article:author"]/@content'),
}


def _extract_html_basic(html: str, path: str) -> tuple[str, dict[str, str]]:
    """Fallback when trafilatura cannot be imported: lxml, main container, block texts."""
    root = _parse_html(html, path)
    meta = _basic_meta(root)  # before the page furniture (which may hold the <h1>) is dropped
    for bad in root.xpath("|".join(f"//{tag}" for tag in _BOILERPLATE_TAGS)):
        bad.drop_tree()
    blocks = _block_texts(root)
    if not blocks:
        raise ArticleError(path, "no article text found in HTML")
    return "\n\n".join(blocks), meta


def _parse_html(html: str, path: str):
    try:
        import lxml.html
    except ImportError:
        raise ArticleError(path, "cannot read HTML: neither trafilatura nor lxml is installed") from None
    try:
        return lxml.html.document_fromstring(html)
    except Exception as exc:  # noqa: BLE001
        raise ArticleError(path, f"could not parse HTML: {type(exc).__name__}: {exc}") from None


def _first_xpath_value(root, xpaths: tuple[str, ...]) -> str:
    """The first non-blank value (whitespace collapsed) that the xpaths find, or ""."""
    for xp in xpaths:
        for value in root.xpath(xp):
            value = " ".join(str(value).split())
            if value:
                return value
    return ""


def _basic_meta(root) -> dict[str, str]:
    meta = {key: _first_xpath_value(root, xpaths) for key, xpaths in _BASIC_META_XPATHS.items()}
    return {k: v for k, v in meta.items() if v}


def _block_texts(root) -> list[str]:
    """The text of each outermost block (paragraph, heading, list item...) of the main container."""
    containers = root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root]
    blocks: list[str] = []
    for container in containers:
        for el in container.iter(*_BLOCK_TAGS):
            if any(anc.tag in _BLOCK_TAGS for anc in el.iterancestors()):
                continue  # its text is already in the enclosing block
            line = " ".join(el.text_content().split())
            if line:
                blocks.append(line)
    return blocks


# --------------------------------------------------------------------------- reading

def _trim_body(text: str) -> str:
    """Drop leading blank lines and trailing whitespace; everything else stays verbatim."""
    text = re.sub(r"\A(?:[ \t]*\n)+", "", text)
    return text.rstrip()


def read_article(path: str | Path, today: date | None = None) -> Article:
    """Read one article file. Raises ArticleError with a clear reason for a bad file."""
    if today is None:
        today = date.today()
    elif isinstance(today, datetime):
        today = today.date()
    p = Path(path)
    shown = str(path)
    warnings: list[str] = []

    text, encoding = _read_text(p, shown, warnings)
    front, rest = _split_front_matter(text, shown)
    meta = _meta_strings(front, warnings) if front is not None else {}
    raw_published = _front_published(front)

    if _is_html(p, rest, warnings):
        body, html_meta = _html_body(rest, shown, today, warnings)
        for key, value in html_meta.items():  # front matter, if any, wins over the page
            meta.setdefault(key, value)
        if raw_published is None:
            raw_published = html_meta.get("published")
    else:
        body = _text_body(rest, shown, front, warnings)

    if front is not None and raw_published is None and not meta.get("published"):
        warnings.append("no published date")
    published, start, end = _resolve_published(raw_published, today, warnings)

    return Article(
        article_id=p.stem,
        path=shown,
        title=_text_field(meta, "title"),
        url=_text_field(meta, "url"),
        published=published,
        published_start=start,
        published_end=end,
        outlet=_text_field(meta, "outlet"),
        author=_text_field(meta, "author"),
        body=body,
        meta=meta,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _read_text(p: Path, shown: str, warnings: list[str]) -> tuple[str, str]:
    """(text with "\\n" line ends and no BOM, encoding name); an empty file is an error."""
    data = _read_bytes(p, shown)
    if not data.strip():
        raise ArticleError(shown, "empty file")
    text, encoding = _decode(data, shown, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():  # e.g. only a BOM, or whitespace in another encoding
        raise ArticleError(shown, "empty file")
    return text, encoding


def _front_published(front: dict | None) -> Any:
    """The raw `published` value of the front matter (or its alias `date`), or None."""
    if front is None:
        return None
    raw = front.get("published")
    if raw is None and "published" not in front:
        raw = front.get("date")  # a common alias in static-site front matter
    return raw


def _is_html(p: Path, rest: str, warnings: list[str]) -> bool:
    if p.suffix.lower() in HTML_SUFFIXES:
        return True
    if _looks_like_html(rest):  # a saved web page with a .txt / .md name
        warnings.append("content looks like HTML; extracted its main text")
        return True
    return False


def _html_body(rest: str, shown: str, today: date, warnings: list[str]) -> tuple[str, dict[str, str]]:
    body, html_meta = _extract_html(rest, shown, today, warnings)
    if not body.strip():
        raise ArticleError(shown, "no article text found in HTML")
    return body, html_meta


def _text_body(rest: str, shown: str, front: dict | None, warnings: list[str]) -> str:
    if front is None:
        warnings.append("no front matter")
    body = _trim_body(rest)
    if not body.strip():
        raise ArticleError(shown, "no article text")
    return body


def _text_field(meta: dict[str, str], key: str) -> str:
    """A metadata value for an Article field; a title is also collapsed to single spaces."""
    return " ".join(meta.get(key, "").split()) if key == "title" else meta.get(key, "").strip()


def _hidden(name: str) -> bool:
    return name.startswith(".")


def find_article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[ArticleError]]:
    """Article files under `paths`.

    A file named directly is taken whatever its suffix; a folder is searched recursively
    for ARTICLE_SUFFIXES, skipping hidden files and folders (and not following symlinked
    folders). A missing path gives an ArticleError "no such file or folder". The result is
    sorted and has no duplicates (the same file reached twice is listed once).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    found: dict[str, Path] = {}  # resolved path -> the path as first reached
    errors: list[ArticleError] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for f in _files_in_folder(p, errors):
                _add_once(found, f)
        elif p.is_file():
            _add_once(found, p)
        else:
            errors.append(_not_a_file_error(given, p))
    return sorted(found.values(), key=str), errors


def _add_once(found: dict[str, Path], p: Path) -> None:
    try:
        key = str(p.resolve())
    except (OSError, RuntimeError):  # e.g. a symlink loop
        key = os.path.abspath(p)
    found.setdefault(key, p)


def _files_in_folder(folder: Path, errors: list[ArticleError]) -> Iterable[Path]:
    """Article files under `folder`, recursively; unreadable folders are added to `errors`."""
    def on_error(exc: OSError) -> None:
        errors.append(ArticleError(exc.filename or str(folder), f"cannot read folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))  # prunes the walk too
        for name in filenames:
            if _hidden(name) or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            f = Path(dirpath) / name
            if f.is_file():
                yield f


def _not_a_file_error(given: str | Path, p: Path) -> ArticleError:
    if p.exists():
        return ArticleError(str(given), "not a regular file or folder")
    if p.is_symlink():
        return ArticleError(str(given), "broken symbolic link")
    return ArticleError(str(given), "no such file or folder")


def read_articles(paths: Iterable[str | Path], today: date | None = None) -> tuple[list[Article], list[ArticleError]]:
    """Read every article under `paths`; one bad file never stops the others.

    Returns (articles, errors): the errors of the search first, then one per rejected
    file, each naming its file. Two articles with the same article_id get a warning.
    """
    files, errors = find_article_files(paths)
    articles: list[Article] = []
    for f in files:
        try:
            articles.append(read_article(f, today=today))
        except ArticleError as exc:
            errors.append(exc)
        except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the rest
            errors.append(ArticleError(str(f), f"unexpected error: {type(exc).__name__}: {exc}"))

    by_id: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_id.setdefault(article.article_id, []).append(i)
    for indices in by_id.values():
        if len(indices) > 1:
            for i in indices:
                others = ", ".join(articles[j].path for j in indices if j != i)
                articles[i] = dataclasses.replace(
                    articles[i],
                    warnings=articles[i].warnings + (f"article_id {articles[i].article_id!r} is also used by {others}",),
                )
    return articles, errors
