"""The reader's regular expressions, compiled once and kept between runs beside the modules' bytecode.

Some thirty of the date and byline patterns each hold the tree of every month name the reader knows (some 3,800
names, 28,000 characters and more), and the reader has some four hundred more. Python's `re` parses and compiles a
pattern in Python, and for those patterns that took over two seconds each time a process imported the reader: every
`build`, `ingest`, `check` or `serve` that read an article paid it before reading one. Python keeps a module's
bytecode in `__pycache__`, so that it is compiled once and not at every start; `KeptPatterns` keeps the compiled
form of a module's patterns in the same place (`datetext.cpython-311.patterns` beside `datetext.cpython-311.pyc`),
and makes each pattern from it with the call `re.compile` itself ends in. The patterns are equal (`==`) to what
`re.compile` makes: the same pattern, flags and engine code.

Trust: the file is no more trusted than the `.pyc` beside it, which Python runs as code, and it is read as data
only: a header that must name this Python and this regular-expression engine, then the engine's code as an array of
unsigned integers, which the engine checks when it is given them. A file written by another Python, for another
pattern, cut short or garbled is not used: the patterns are compiled as `re.compile` would compile them, and the
file is written anew (unless Python writes no bytecode, `PYTHONDONTWRITEBYTECODE`, or the folder cannot be written).
"""

from __future__ import annotations

import array
import hashlib
import importlib.util
import json
import os
import re
import sys
import zlib
from pathlib import Path

try:  # CPython's regular-expression engine, and the two steps `re.compile` takes before it
    import _sre
    from re import _compiler, _parser
    _CODE = "I" if array.array("I").itemsize == _sre.CODESIZE else None
except (ImportError, AttributeError):  # another Python: compile as `re` does
    _CODE = None

_FORMAT = 1


def _engine() -> dict:
    """What a kept file must have been written by: this format, this Python, this engine."""
    return {"format": _FORMAT, "python": sys.version, "magic": _sre.MAGIC, "codesize": _sre.CODESIZE,
            "byteorder": sys.byteorder, "maxunicode": sys.maxunicode}


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\n{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


class KeptPatterns:
    """One module's patterns: made from the kept file when it holds them, else compiled and kept by `save()`."""

    def __init__(self, module_file: str):
        self._source = module_file
        self._path: Path | None = None
        if _CODE is not None:
            try:
                self._path = Path(importlib.util.cache_from_source(module_file)).with_suffix(".patterns")
            except (NotImplementedError, ValueError):  # (no bytecode cache: sys.implementation.cache_tag is None)
                pass
        self._kept = self._read()
        self._used: dict[str, tuple] = {}
        self._compiled_anew = False

    def _read(self) -> dict[str, tuple]:
        """The kept entries, pattern digest -> (flags, code, groups, group index, index group); none when the file
        is missing or not exactly what `save()` of this Python writes."""
        if self._path is None:
            return {}
        try:
            head, _, body = self._path.read_bytes().partition(b"\n")
            header = json.loads(head)
            if not isinstance(header, dict) or header.get("engine") != _engine():
                return {}
            code = array.array(_CODE)
            code.frombytes(zlib.decompress(body))
            kept = {}
            for key, (flags, start, length, groups, groupindex, indexgroup) in header["patterns"].items():
                if not (isinstance(key, str) and 0 <= start <= start + length <= len(code)):
                    return {}
                kept[key] = (flags, code[start:start + length].tolist(), groups, dict(groupindex), tuple(indexgroup))
            return kept
        except (OSError, ValueError, TypeError, KeyError, AttributeError, zlib.error):
            return {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        """`re.compile(pattern, flags)`, from the kept file when it holds the pattern."""
        if self._path is None:
            return re.compile(pattern, flags)
        key = _key(pattern, flags)
        entry = self._kept.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # (code the engine refuses)
                pass
            else:
                self._used[key] = entry
                return compiled
        # What `re._compiler.compile` does, keeping its steps' results.
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        self._used[key] = entry
        self._compiled_anew = True
        return _sre.compile(pattern, *entry)

    def save(self) -> None:
        """Keep the patterns compiled since the module's import began, if any was compiled anew or the file holds others.

        As Python writes bytecode: to a file of this process's own, renamed into place (a reader never sees half a
        file, and two processes saving at once each leave a whole one), with the module's mode less its execute bits.
        """
        if self._path is None or sys.dont_write_bytecode or not (self._compiled_anew or self._used.keys() != self._kept.keys()):
            return
        code = array.array(_CODE)
        patterns = {}
        for key, (flags, entry_code, groups, groupindex, indexgroup) in sorted(self._used.items()):
            patterns[key] = (flags, len(code), len(entry_code), groups, groupindex, indexgroup)
            code.extend(entry_code)
        data = json.dumps({"engine": _engine(), "patterns": patterns}).encode("utf-8") + b"\n" + zlib.compress(code.tobytes(), 1)
        temporary = f"{self._path}.{os.getpid()}"
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            mode = (os.stat(self._source).st_mode | 0o200) & 0o666
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self._path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:  # (a folder this user cannot write: the patterns are compiled again next time)
            return
        self._kept = dict(self._used)
