"""Making untrusted strings safe for the few places that render Markdown."""
from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'])")


def md_escape(text) -> str:
    """Backslash-escape every Markdown/HTML-significant character, and flatten lines:
    the result renders as the literal text. Used only for short labels (province and
    type names); article text goes through st.text / st.code instead."""
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


def safe_url(url) -> str:
    """The URL when it is plain http(s); '' otherwise (no javascript:, data:, ...)."""
    url = str(url or "").strip()
    return url if re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE) else ""
