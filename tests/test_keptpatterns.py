"""The reader's big patterns, kept compiled beside its bytecode (`generator/articles/keptpatterns.py`).

The patterns are made as the reader makes its own, from a tree of its month names (the reader's own, whole, in one
test; a few hundred of them in the others, quicker to compile); the page is written for its test.
"""

import json
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from generator.articles import datetext, keptpatterns
from generator.articles.keptpatterns import KeptPatterns

REPO = Path(__file__).resolve().parent.parent

# Patterns with plain groups, with named groups, and compiled case-blind.
_MONTHS = datetext._trie({*sorted(datetext.MONTH_NUMBER)[::10], "April", "June", "Oktober"}) + r"(?!\w)"
PATTERNS = [(rf"\bfrom (\d{{1,2}}) to (\d{{1,2}}) ({_MONTHS}) (\d{{4}})", 0),
            (rf"(?P<weekday>Monday|Tuesday), (?P<day>\d{{1,2}}) (?P<month>{_MONTHS})", 0),
            (r"(?<!\w)(?:" + "|".join(sorted({*sorted(datetext._ALL_WEEKDAYS)[::10], "Saturday", "domingo"}, key=lambda w: (-len(w), w))) + r")(?!\w)", re.IGNORECASE)]
READERS_OWN = [(datetext._SPAN_DMY.pattern, 0), (datetext._SPAN_WEEKDAYS_JOINED.pattern, 0), (datetext._ANY_WEEKDAY.pattern, re.IGNORECASE)]
LINES = ["The dredging runs from 16 to 18 June 2026, the port said.", "Monday, 12 Oktober le Tuesday, 13 Oktober 2026",
         "Opening hours change on SATURDAY and on domingo."]


def _kept_path(module: Path) -> Path:
    return module.parent / "__pycache__" / f"{module.stem}.{sys.implementation.cache_tag}.patterns"


@pytest.fixture
def module(tmp_path, monkeypatch):
    """A module file of its own, and bytecode written (whatever the environment running the tests says)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    path = tmp_path / "reader_module.py"
    path.write_text("# a module\n", "utf-8")
    return path


def _made_without_compiling(module: Path, monkeypatch, patterns=PATTERNS) -> list[re.Pattern]:
    """The patterns as a new import of the module makes them, with `re`'s parser out of reach."""
    kept = KeptPatterns(str(module))
    with monkeypatch.context() as patch:
        patch.setattr(keptpatterns._parser, "parse", lambda *args: pytest.fail("a kept pattern was compiled again"))
        return [kept.compile(pattern, flags) for pattern, flags in patterns]


def _assert_as_re_compiles(made: list[re.Pattern], patterns=PATTERNS) -> None:
    for pattern, (text, flags), line in zip(made, patterns, LINES):
        re.purge()
        expected = re.compile(text, flags)
        assert pattern == expected  # (the same pattern text, flags and engine code)
        assert pattern.groupindex == expected.groupindex and pattern.groups == expected.groups
        assert pattern.search(line).groups() == expected.search(line).groups()


def _save_all(module: Path, patterns=PATTERNS) -> None:
    kept = KeptPatterns(str(module))
    for pattern, flags in patterns:
        kept.compile(pattern, flags)
    kept.save()


def test_the_readers_own_patterns_made_from_the_kept_file_are_those_re_compile_makes(module, monkeypatch):
    _save_all(module, READERS_OWN)
    assert _kept_path(module).is_file()
    _assert_as_re_compiles(_made_without_compiling(module, monkeypatch, READERS_OWN), READERS_OWN)


def test_a_pattern_made_from_the_kept_file_is_the_one_re_compile_makes(module, monkeypatch):
    _save_all(module)
    _assert_as_re_compiles(_made_without_compiling(module, monkeypatch))


def test_a_kept_file_is_written_again_only_when_its_patterns_change(module):
    _save_all(module)
    before = _kept_path(module).stat().st_mtime_ns, _kept_path(module).read_bytes()
    _save_all(module)
    assert (_kept_path(module).stat().st_mtime_ns, _kept_path(module).read_bytes()) == before
    kept = KeptPatterns(str(module))  # (a module that no longer has the last pattern: the file keeps only the others)
    for pattern, flags in PATTERNS[:-1]:
        kept.compile(pattern, flags)
    kept.save()
    assert len(json.loads(_kept_path(module).read_bytes().partition(b"\n")[0])["patterns"]) == len(PATTERNS) - 1


def _header_and_body(path: Path) -> tuple[dict, bytes]:
    head, _, body = path.read_bytes().partition(b"\n")
    return json.loads(head), body


def _garble(how: str, path: Path) -> None:
    header, body = _header_and_body(path)
    if how == "cut short":
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    elif how == "noise":
        path.write_bytes(os.urandom(4096))
    elif how == "another Python's":
        header["engine"]["python"] = "3.99.0 (another build)"
        path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    elif how == "another engine's":
        header["engine"]["magic"] += 1
        path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    elif how == "a range past its code":
        for entry in header["patterns"].values():
            entry[2] += 10 ** 9
        path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    elif how == "code no engine runs":
        path.write_bytes(json.dumps(header).encode() + b"\n" + zlib.compress(b"\xff" * len(zlib.decompress(body))))
    elif how == "a list where a header goes":
        path.write_bytes(b"[1, 2, 3]\n" + body)


GARBLED = ["cut short", "noise", "another Python's", "another engine's", "a range past its code", "code no engine runs",
           "a list where a header goes"]


@pytest.mark.parametrize("how", GARBLED)
def test_a_kept_file_that_is_not_what_save_wrote_is_not_used_and_is_written_whole_again(how, module, monkeypatch):
    _save_all(module)
    _garble(how, _kept_path(module))
    kept = KeptPatterns(str(module))
    made = [kept.compile(pattern, flags) for pattern, flags in PATTERNS]
    _assert_as_re_compiles(made)
    kept.save()
    _assert_as_re_compiles(_made_without_compiling(module, monkeypatch))


def test_nothing_is_kept_where_python_writes_no_bytecode_or_cannot_write(module, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _save_all(module)
    assert not (module.parent / "__pycache__").exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    (module.parent / "__pycache__").write_text("a file where the folder goes", "utf-8")
    _save_all(module)  # (no error: the patterns are compiled again next time)
    assert (module.parent / "__pycache__").read_text("utf-8") == "a file where the folder goes"


_READ = """
import json, sys
from generator.articles import parse_text_article
article = parse_text_article(sys.stdin.read())
print(json.dumps([article.title, str(article.published), str(article.event_date), article.author, repr(article.event)]))
"""
PAGE = """Harbour Post
Vessby channel dredged ahead of the summer ferries
By Ingrid Lund | 2 May 2026

VESSBY – The channel into Vessby harbour was dredged from 16 to 18 April 2026, the harbour board said on Saturday.

The work was last done in the autumn of 2019, and ferries kept to the east side of the channel while it lasted.
"""


def test_the_reader_started_again_reads_a_page_alike_from_its_kept_patterns(tmp_path):
    """A new process's reader, with no kept patterns and then with those the first one kept, reads a page alike."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), "PYTHONPATH": str(REPO)}
    readings = []
    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", _READ], input=PAGE, capture_output=True, text=True, env=env, check=True)
        readings.append(json.loads(run.stdout))
        kept = sorted(p.name for p in (tmp_path / "pycache").rglob("*.patterns"))
        assert kept == [f"{name}.{sys.implementation.cache_tag}.patterns" for name in ("credits", "datetext", "debris", "layout")]
    assert readings[0] == readings[1]
    assert readings[0][:4] == ["Vessby channel dredged ahead of the summer ferries", "2026-05-02", "2026-04-16", "Ingrid Lund"]
    assert "from 16 to 18 April 2026" in readings[0][4]
