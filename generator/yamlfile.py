"""YAML that remembers where each value stood, for errors with line and column."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from generator.diagnostics import Diagnostic, Location, quoted
from generator.markup import CONTROL_CHARACTERS

# Content nests a few levels (an event, its facts, their sources); deeper is
# hostile, and PyYAML's composer recurses once per level (libyaml's in C, where
# 50,000 levels crash the process rather than raise).
MAX_DEPTH = 100
# Below this many characters that can open a collection, libyaml cannot nest
# deep enough to exhaust the C stack (it composed 20,000 levels, and crashed at
# 50,000), and the constructor counts the levels. Larger files are scanned first.
_C_SAFE_OPENERS = 5000
_ALIASES = "YAML aliases (*name) are not allowed here; write the value out"
_SURROGATE = "text with half a character (an escape such as \\ud800 alone): write the character itself"
_TOO_DEEP = f"YAML nested more than {MAX_DEPTH} levels deep: content holds fields, lists and text"


class _Refused(yaml.MarkedYAMLError):
    """YAML that parses but is refused: its message is shown as it is, not as a syntax error."""


class Mapping(dict):
    """A YAML mapping; `where(key)` is the location of that key's value."""

    location: Location
    _places: dict

    def where(self, key: str) -> Location:
        return self._places.get(key, self.location)


class Sequence(list):
    """A YAML sequence; `where(i)` is the location of item i."""

    location: Location
    _places: list

    def where(self, index: int) -> Location:
        return self._places[index] if index < len(self._places) else self.location


def _at(loader, node) -> Location:
    mark = node.start_mark
    return Location(loader.path, mark.line + 1 + loader.line_offset, mark.column + 1)


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    result = Mapping()
    result.location = _at(loader, node)
    result._places = {}
    loader.deeper(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (list, dict, set)):
            raise _Refused(None, None, "a key must be a name, not a list or a mapping", key_node.start_mark)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {quoted(key)}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result._places[key] = _at(loader, value_node)
    loader.depth -= 1
    return result


def _construct_sequence(loader, node, deep=False):
    loader.deeper(node)
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    loader.depth -= 1
    result.location = _at(loader, node)
    result._places = [_at(loader, child) for child in node.value]
    return result


# Tags that YAML 1.1 gives plain scalars by their look; none of them is resolved.
_AS_WRITTEN = frozenset(
    "tag:yaml.org,2002:" + name for name in ("bool", "int", "float", "timestamp", "value")
)


def _construct_str(loader, node):
    value = loader.construct_scalar(node)
    # Files lose their control characters when read (see load.py); only an
    # escape in double quotes (`"\x07"`, `"\0"`) can make one again.
    if node.style == '"' and CONTROL_CHARACTERS.search(value):
        if loader.escaped_control is None:
            char = CONTROL_CHARACTERS.search(value).group()
            loader.escaped_control = Diagnostic(
                _at(loader, node), f"control character U+{ord(char):04X} (written as an escape) removed: a page cannot show it", "warning"
            )
        value = CONTROL_CHARACTERS.sub("", value)
    return value


def _loader_class(base):
    construct = base.construct_object

    class _Loader(base):
        def __init__(self, stream, path: Path, line_offset: int):
            super().__init__(stream)
            self.path = path
            self.line_offset = line_offset
            # The first control character an escape made, as a warning.
            self.escaped_control: Diagnostic | None = None
            self.depth = 0  # collections open around the one being read (left as is when one fails)
            # Only an escape can put half a character in text read from UTF-8.
            self.escapes = "\\u" in stream or "\\U" in stream

        def deeper(self, node):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _Refused(None, None, _TOO_DEEP, node.start_mark)

        def compose_node(self, parent, index):
            # The pure-Python composer: aliases and depth are caught where they
            # are written, before anything is built from them.
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent):
                raise _Refused(None, None, _ALIASES, event.start_mark)
            if not isinstance(event, yaml.CollectionStartEvent):
                return super().compose_node(parent, index)
            self.deeper(event)
            node = super().compose_node(parent, index)
            self.depth -= 1
            return node

        def construct_object(self, node, deep=False):
            # libyaml composes aliases itself: a node met twice is one. The
            # pure-Python loader then says where the alias is written.
            if node in self.constructed_objects or node in self.recursive_objects:
                raise yaml.constructor.ConstructorError(None, None, _ALIASES, node.start_mark)
            try:
                data = construct(self, node, deep)
            except ValueError as exc:  # an integer of 5,000 digits, say: Python refuses to read it
                raise yaml.constructor.ConstructorError(None, None, f"cannot read this value: {str(exc).split(';')[0]}", node.start_mark) from None
            if self.escapes and type(data) is str and not data.isascii():
                try:
                    data.encode("utf-8")
                except UnicodeEncodeError:
                    raise _Refused(None, None, _SURROGATE, node.start_mark) from None
            return data

    # Every plain scalar stays the text that was written: YAML 1.1 would read
    # `1:30` as 90, `010` as 8, `0x1F` as 31 and `no` as False in a name or a
    # title. Dates stay text so that 2024, 2024-07 and 2024-07-09 all pass
    # through one parser that keeps their precision; the few numbers a briefing
    # has are read from their text where they are used (load's `_Fields.count`).
    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in _AS_WRITTEN]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
    _Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
    _Loader.add_constructor("tag:yaml.org,2002:str", _construct_str)
    return _Loader


# libyaml's parser when PyYAML has it (many times faster); the pure-Python one
# words every syntax error, so that messages do not depend on how PyYAML was built.
_PYTHON_LOADER = _loader_class(yaml.SafeLoader)
_FAST_LOADER = _loader_class(yaml.CSafeLoader) if getattr(yaml, "__with_libyaml__", False) else _PYTHON_LOADER


def _load(loader_class, text: str, path: Path, line_offset: int, warnings: list | None = None):
    loader = loader_class(text, path, line_offset)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if loader.escaped_control is not None and warnings is not None:
        warnings.append(loader.escaped_control)
    return data


def _safe_for_libyaml(text: str) -> bool:
    """Whether libyaml can compose the text without nesting deeper than the constructor allows."""
    # Each level opens with one of these characters: few of them, few levels.
    if sum(text.count(c) for c in "[{-:?") < _C_SAFE_OPENERS:
        return True
    parser, depth = yaml.CSafeLoader(text), 0  # its events come without recursion
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return False
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return False  # the pure-Python loader words the error
    finally:
        parser.dispose()
    return True


def parse_yaml(text: str, path: Path, line_offset: int = 0, warnings: list | None = None):
    """Parse YAML text; raise a Diagnostic-carrying ValueError on bad syntax.

    A warning for what was removed from the values is added to `warnings`.
    """
    fast = _FAST_LOADER if _FAST_LOADER is _PYTHON_LOADER or _safe_for_libyaml(text) else _PYTHON_LOADER
    try:
        return _load(fast, text, path, line_offset, warnings)
    except yaml.YAMLError:
        if fast is _PYTHON_LOADER:
            error = sys.exc_info()[1]
        else:
            try:
                return _load(_PYTHON_LOADER, text, path, line_offset, warnings)
            except yaml.YAMLError as exc:
                error = exc
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 + line_offset if mark else 1
        col = mark.column + 1 if mark else 1
        problem = error.problem or error.context or "is not valid YAML"
        message = problem if isinstance(error, _Refused) or problem == _ALIASES else f"invalid YAML: {_bounded(problem)}"
        raise YAMLSyntaxError(Diagnostic(Location(path, line, col), message)) from None
    raise YAMLSyntaxError(Diagnostic(Location(path), f"invalid YAML: {_bounded(str(error))}")) from None  # pragma: no cover


def _bounded(problem: str, limit: int = 200) -> str:
    # PyYAML quotes what it read (a tag, an escape) in full.
    return problem if len(problem) <= limit else problem[:limit] + "…"


class YAMLSyntaxError(ValueError):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)
