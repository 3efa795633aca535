"""Generated hostile briefings: build answers 0 or 1, names a file for every error, writes only
its own folders and gives the same bytes twice.

Each example is a small briefing whose file names, seed texts and YAML are drawn from the
inputs a stranger's repository can hold: non-Latin, dotted, dashed and very long names, names
that differ only in case, control characters and NUL bytes, markup and `<script>`, broken and
unclosed front matter, 300-deep Markdown lists, YAML anchors, alias bombs, tags, odd scalars,
unhashable keys, and `javascript:` URLs.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
# What the build may write: its output folders and its cache. Everything else must stay as it was.
OWN = ("site", "site2", ".briefing-cache")
MANIFEST = ".briefing-manifest.json"

# The same examples on every run, and no example database written into the checkout;
# HYPOTHESIS_PROFILE=explore searches further and remembers what failed.
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "explore", parent=settings.get_profile("ci"), max_examples=300, derandomize=False,
    database=settings.default.database,
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# --- text -------------------------------------------------------------------------------------

_FRAGMENTS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[", "]", "[x](javascript:alert(1))",
    "[x]: javascript:alert(1)", "![x](data:text/html,<script>alert(1)</script>)", "<a href='javascript:alert(1)'>x</a>",
    "---", "---\n", "\n---\n", "title: injected\n", "\x00", "\x07", "\x1b[31m", "\x1b]0;title\x07", "\r", "\r\n",
    "\u2028", "\u202e", "\ufeff", "\u0301", "&amp;", "&#0;", "&#x6a;avascript:", "{{ 7 * 7 }}", "{% raw %}", "<!--",
    "`", "```", "*", "_", "#", "> ", "| a | b |\n|---|---|\n", "\\", "%", "@",
]
_text = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=6).map("".join)

_URLS = [
    "https://example.org/a", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
    "java\tscript:alert(1)", "\x00javascript:alert(1)", "javascript&colon;alert(1)", "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=", "//evil.example/", "http://", "https://example.org/\"onmouseover=\"alert(1)",
    "https://example.org/<script>", "file:///etc/passwd", "mailto:someone@example.org", "https://例え.jp/パス", "",
]
_url = st.one_of(st.sampled_from(_URLS), _text)


def _quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text)


# --- YAML -------------------------------------------------------------------------------------

_ODD_SCALARS = [
    "~", "null", ".nan", ".inf", "-.inf", "0x1F", "0o17", "1_000", "yes", "No", "on", "2024-13-45", "2024-02-30",
    "2024-07", "0000-00-00", "99999-01-01", "12:30:00", "2024-07-01T25:00:00Z", "!!binary aGVsbG8=",
    "!!python/object/apply:os.system ['touch PWNED']", "!!python/name:os.system", "!!python/object:builtins.dict {}",
    "!!python/tuple [1, 2]", "!custom tag", "!!set {a, b}", "!!omap [a: 1]", "!!timestamp 2024-01-01", "!!int x",
    "*undefined", "&anchor text", "''", '""', "{}", "[]", "{[1, 2]: x}", "{{a: 1}: x}", "[[[[[[]]]]]]",
    "{a: {b: {c: d}}}", "|\n  block\n  text", ">-\n  folded", "@reserved", "`backtick", "'unclosed", '"unclosed',
    "- - -", ": :", "? x", "[a, b", "{a: 1", "\t tab", "<<: {a: 1}",
]
_scalar = st.one_of(
    _text.map(_quoted),
    st.sampled_from(_ODD_SCALARS),
    st.sampled_from([10, 300]).map(lambda depth: "[" * depth + "]" * depth),
    _url.map(_quoted),
    _text,  # unquoted: YAML syntax of its own
)
_ident = st.one_of(st.sampled_from(["alliance", "command", "a", "x-1"]), _scalar)
_kind = st.one_of(st.sampled_from(["alliance", "command", "country"]), _scalar)


def _alias_bomb(width: int, levels: int) -> str:
    """A small billion-laughs: each anchor lists the previous one `width` times."""
    lines = ["a0: &a0 lol"] + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


_ODD_DOCUMENTS = st.one_of(
    st.builds(_alias_bomb, st.integers(2, 5), st.integers(1, 5)),
    st.just("? [a, b]\n: value\n"),
    st.just("? {a: 1}\n: value\n"),
    st.just("id: alliance\nid: alliance\n"),
    st.just("base: &base {id: alliance, name: Merged, kind: alliance}\n<<: *base\n"),
    st.just("---\nid: one\n---\nid: two\n"),
    st.just("--- !!python/object/apply:os.system ['touch PWNED']\n"),
    st.just("- - - - -\n"),
    st.just("%YAML 1.1\n%TAG ! tag:evil.example,2024:\n---\n!x {}\n"),
    st.sampled_from([10, 300]).map(lambda depth: "".join("  " * i + "- \n" for i in range(depth))),
    st.binary(max_size=40).map(lambda b: b.decode("utf-8", "replace")),
)


@st.composite
def _entity(draw) -> str:
    fields = {
        "id": draw(_ident), "name": draw(_scalar), "kind": draw(_kind), "website": draw(_url.map(_quoted)),
        "summary": draw(_scalar), "aliases": f"[{draw(_scalar)}, {draw(_scalar)}]",
    }
    text = "".join(f"{key}: {value}\n" for key, value in fields.items())
    text += f"facts:\n  - text: {draw(_scalar)}\n    sources: [{draw(_url.map(_quoted))}]\n"
    return draw(st.one_of(st.just(text), _ODD_DOCUMENTS, st.builds(lambda t, d: t + d, st.just(text), _ODD_DOCUMENTS)))


@st.composite
def _event(draw) -> str:
    text = (
        f"id: {draw(_ident)}\ntitle: {draw(_scalar)}\ndate: {draw(st.one_of(st.just('2024-07'), _scalar))}\n"
        f"summary: {draw(_scalar)}\nentities:\n  - id: {draw(_ident)}\n    role: {draw(_scalar)}\n"
        f"seeds:\n  - id: {draw(_ident)}\n    url: {draw(_url.map(_quoted))}\n"
    )
    return draw(st.one_of(st.just(text), _ODD_DOCUMENTS))


# --- seeds ------------------------------------------------------------------------------------

def _deep_list(depth: int) -> str:
    return "".join("  " * i + "- item\n" for i in range(depth))


@st.composite
def _seed_text(draw) -> bytes:
    body = draw(st.one_of(
        _text,
        st.sampled_from([50, 300]).map(_deep_list),
        st.sampled_from([50, 300]).map(lambda depth: ">" * depth + " quoted\n"),
        st.just("[" * 200 + "x" + "]" * 200 + "(javascript:alert(1))\n"),
    ))
    front = (
        f"title: {draw(st.one_of(st.just('A plain headline'), _scalar))}\npublished: "
        f"{draw(st.one_of(st.just('2026-05-29'), _scalar))}\nurl: {draw(_url.map(_quoted))}\n"
    )
    text = draw(st.sampled_from([
        f"---\n{front}---\n{body}",          # front matter, closed
        f"---\n{front}{body}",               # front matter never closed
        f"---\n---\n{body}",                 # empty front matter
        f"Headline of the day\n\n{body}",    # a raw article
        body,
    ]))
    encoded = text.encode("utf-8")
    return draw(st.one_of(
        st.just(encoded),
        st.just(b"\xef\xbb\xbf" + encoded),       # BOM
        st.just(encoded + b"\xff\xfe\x80 not UTF-8"),
        st.binary(max_size=60),
    ))


# A name part: no '/', which makes folders, and no NUL, which no file system stores.
_name_part = st.one_of(
    st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=16),
    st.sampled_from([
        "-rf", "--help", "-", "..", ".hidden", " spaced name ", "über-Straße", "日本語の記事", "Ελληνικά",
        "a.b.c", "CON", "name\nwith newline", "name:with:colons", "\u202eevil", "x" * 200,
    ]),
)
_suffix = st.sampled_from([".md", ".txt", ".markdown", ".MD", ".Txt", "", ".yaml", ".md.txt"])


def _fits(name: str) -> bool:
    return name not in (".", "..") and 0 < len(os.fsencode(name)) <= 255


_seed_name = st.builds(lambda stem, suffix: stem + suffix, _name_part, _suffix).filter(_fits)
_yaml_name = st.builds(lambda stem, suffix: stem + suffix, _name_part, st.sampled_from([".yaml", ".yml", ".YAML"])).filter(_fits)


# The valid core every generated briefing starts from.
_BASE = {
    path: text.encode("utf-8") for path, text in {
        "content/site.yaml": "title: Hostile test\ndescription: Generated.\nlanguage: en\nurl: https://example.org/b/\n",
        "content/entities/alliance.yaml": "id: alliance\nname: North Atlantic Alliance\nkind: alliance\n",
        "content/events/founding.yaml": "id: founded\ntitle: The alliance is founded\ndate: 2024-07\nentities: [alliance]\n",
        "seeds/2026-05-29-plain.md": "---\ntitle: A plain report\npublished: 2026-05-29\n---\nThe alliance met.\n",
    }.items()
}


def _with(files: dict[str, str]) -> dict[str, bytes]:
    """The valid core plus `files`."""
    return {**_BASE, **{path: text.encode("utf-8") for path, text in files.items()}}


@st.composite
def _briefing(draw) -> dict[str, bytes]:
    """{relative path: bytes} of a briefing with a valid core and hostile additions."""
    files = dict(_BASE)
    if draw(st.booleans()):
        files["content/site.yaml"] += f"about: {draw(_scalar)}\n".encode("utf-8")
    for name in draw(st.lists(_seed_name, max_size=3, unique_by=str.lower)):
        files[f"seeds/{name}"] = draw(_seed_text())
        # A second file whose name differs only in case (A.txt and a.txt).
        if draw(st.booleans()) and name.swapcase() != name:
            files[f"seeds/{name.swapcase()}"] = draw(_seed_text())
    for name in draw(st.lists(_yaml_name, max_size=2, unique_by=str.lower)):
        files[f"content/entities/{name}"] = draw(_entity()).encode("utf-8")
    for name in draw(st.lists(_yaml_name, max_size=2, unique_by=str.lower)):
        files[f"content/events/{name}"] = draw(_event()).encode("utf-8")
    return files


# Each class the issue names, always tried, whatever the generator draws.
_CLASSES = [
    {"content/entities/bomb.yaml": _alias_bomb(5, 5) + "id: bomb\nname: *a5\nkind: alliance\n"},
    {"content/entities/keys.yaml": "id: keys\nname: Keys\nkind: alliance\n? [a, b]\n: value\n"},
    {"seeds/2026-05-30-deep.md": "---\ntitle: Deep\npublished: 2026-05-30\n---\n" + _deep_list(300)},
    {"seeds/2026-05-30-open.md": "---\ntitle: Never closed\npublished: 2026-05-30\nThe body.\n"},
    {"seeds/2026-05-30-日本語の記事.md": "---\ntitle: 東京での会合\npublished: 2026-05-30\n---\n本文。\n"},
    {"seeds/Report.txt": "A report\n\nText one.\n", "seeds/report.txt": "Another report\n\nText two.\n"},
    {"seeds/2026-05-30-nul.txt": "Headline\x00 with a NUL\n\nBody \x00 text.\n"},
    {"content/entities/link.yaml": 'id: link\nname: Link\nkind: alliance\nwebsite: "javascript:alert(1)"\n'},
    {"seeds/2026-05-30-js.md": '---\ntitle: Script\npublished: 2026-05-30\nurl: "JaVaScRiPt:alert(1)"\n---\nBody.\n'},
    {"content/events/tag.yaml": "id: tagged\ntitle: !!python/object/apply:os.system ['touch PWNED']\ndate: 2024-07\n"},
    {"seeds/-rf.md": "---\ntitle: Dash\npublished: 2026-05-30\n---\n<script>alert(1)</script> [x](javascript:alert(1))\n"},
]


def _each_class(test):
    """Run `test` on each of _CLASSES as an explicit example."""
    for files in reversed(_CLASSES):
        test = example(files=_with(files))(test)
    return test


# --- what a build did -------------------------------------------------------------------------

def _snapshot(top: Path) -> dict[str, tuple]:
    """Every entry under `top` but the build's own folders: its kind, and its bytes or target."""
    seen = {}
    for folder, dirs, names in os.walk(top):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not (here == top / "briefing" and d in OWN)]
        for name in [*dirs, *names]:
            path = here / name
            rel = path.relative_to(top).as_posix()
            if path.is_symlink():
                seen[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                seen[rel] = ("dir",)
            else:
                seen[rel] = ("file", hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mode)
    return seen


def _tree(out: Path) -> dict[str, bytes]:
    if not out.is_dir():
        return {}
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and p.name != MANIFEST}


class _Links(HTMLParser):
    """Every href and src in a page, as the browser reads them, and any on* handler attribute."""

    def __init__(self):
        super().__init__()
        self.urls, self.handlers = [], []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.urls.append(value)
            elif name.startswith("on"):
                self.handlers.append(f"<{tag} {name}>")


def _scheme(url: str) -> str:
    # Browsers drop ASCII whitespace and control characters anywhere in a scheme.
    squeezed = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    return squeezed.split(":", 1)[0] if re.match(r"^[a-z][a-z0-9+.-]*:", squeezed) else ""


_LOCATED = re.compile(r"^[^:]+:\d+:\d+: ")


def _located(line: str, paths: list[str]) -> bool:
    """Whether a stderr line is `path:line:col: message` for a path in the briefing."""
    return any(line.startswith(p + ":") and re.match(r"\d+:\d+: ", line[len(p) + 1:]) for p in paths) or bool(_LOCATED.match(line))


def _build_in_process(top: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(top), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["build", "--root", "briefing", "--out", "briefing/site", "--jobs", "1"])
        except SystemExit as exc:  # argparse, or a stage that exits: both wrong here
            code = exc.code
        except BaseException as exc:  # noqa: BLE001 - what the user would have seen as a traceback
            import traceback

            code = "Traceback"
            err.write("Traceback (most recent call last):\n" + "".join(traceback.format_exception(exc)))
    return code, out.getvalue(), err.getvalue()


def _build_in_subprocess(top: Path) -> tuple[int, str, str]:
    # Another process with another hash seed: set and dict order must not reach the output.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]), "PYTHONHASHSEED": "12345"}
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", "briefing", "--out", "briefing/site2", "--no-cache"],
        cwd=top, env=env, capture_output=True, timeout=120,
    )
    return run.returncode, run.stdout.decode("utf-8", "replace"), run.stderr.decode("utf-8", "replace")


@PROFILE
@given(files=_briefing())
@_each_class
def test_build_of_a_hostile_briefing_fails_cleanly_or_succeeds_and_stays_in_its_folders(files):
    with tempfile.TemporaryDirectory(prefix="briefing-hostile-") as tmp:
        top = Path(tmp)
        root = top / "briefing"
        for rel, data in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        before = _snapshot(top)
        paths = sorted((p.relative_to(top).as_posix() for p in root.rglob("*")), key=len, reverse=True)

        code, out, err = _build_in_process(top)
        assert "Traceback" not in err, err
        assert code in (0, 1), (code, err)
        # Only a newline ends a line on a terminal (str.splitlines would also split at \x1c or \u2028).
        lines = err.split("\n")[:-1]
        if code == 1:
            assert lines and lines[-1].startswith("build failed: 0 pages written"), err
            assert not (root / "site").exists(), "a failed build wrote site/"
            lines = lines[:-1]
        unlocated = [line for line in lines if not _located(line, paths)]
        assert not unlocated, f"stderr lines that are not path:line:col: messages: {unlocated!r}"
        # A message quotes the file, never its terminal escapes or NULs.
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", err), f"control characters on stderr: {err!r}"
        assert _snapshot(top) == before, "the build created, changed or deleted files outside site/ and .briefing-cache/"

        for page, data in _tree(root / "site").items():
            if page.endswith(".html"):
                links = _Links()
                links.feed(data.decode("utf-8"))
                bad = [url for url in links.urls if _scheme(url) in ("javascript", "vbscript", "data")]
                assert not bad, f"{page}: dangerous URLs in href/src: {bad!r}"
                assert not links.handlers, f"{page}: event handler attributes: {links.handlers!r}"

        again, _, err_again = _build_in_subprocess(top)
        assert "Traceback" not in err_again, err_again
        assert again == code, (code, again, err, err_again)
        if code == 0:
            assert _tree(root / "site2") == _tree(root / "site"), "two builds of the same briefing differ"
        else:
            assert err_again.split("\n")[:-2] == err.split("\n")[:-2], "two builds report different errors"
        assert _snapshot(top) == before

