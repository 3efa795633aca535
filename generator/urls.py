"""Which outside addresses from a briefing's files may become a link.

A URL written in content reaches `href` on pages and in feeds; a `javascript:`
or `data:` one would run a stranger's script when a reader clicks it. Only web
addresses pass (and, for an entity's website, `mailto:`), each checked here.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

WEB = frozenset({"http", "https"})
WEB_OR_MAIL = WEB | {"mailto"}
_ODD_ASCII = re.compile(r"[\x00-\x20\x7f]")


def url_problem(url: str, schemes: frozenset[str] = WEB) -> str | None:
    """Why `url` may not be a link with one of `schemes`, or None when it may."""
    # Browsers drop tabs and newlines from a URL before reading its scheme
    # (`java\tscript:`), and so does urlsplit: refuse them before splitting.
    # Invisible format characters (a right-to-left override) disguise a URL.
    odd = _ODD_ASCII.search(url) if url.isascii() else next(
        (c for c in url if c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Zs")), None
    )
    if odd:
        char = odd if isinstance(odd, str) else odd.group()
        return f"it contains {'a space' if char == ' ' else f'the character U+{ord(char):04X}'}"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "it is not a well-formed URL"
    scheme = parts.scheme.lower()
    if not scheme:
        # `//host/page` and `page.html` depend on where the page that shows them is.
        return "it is not a full address (start it with https://)"
    if scheme not in schemes:
        return f"{scheme}: links are not allowed"
    if scheme == "mailto":
        return None if "@" in parts.path else "it has no e-mail address after mailto:"
    if not url[len(parts.scheme) + 1 :].startswith("//") or not host:
        return f"it has no host (write {scheme}://host/...)"
    return None


def is_web_url(url: str) -> bool:
    """Whether `url` is an http(s) address that may be a link."""
    return url_problem(url) is None
