"""YAML that remembers where each value stood, for errors with line and column."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from generator.diagnostics import Diagnostic, Location
from generator.markup import CONTROL_CHARACTERS


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
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result._places[key] = _at(loader, value_node)
    return result


def _construct_sequence(loader, node, deep=False):
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
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
    class _Loader(base):
        def __init__(self, stream, path: Path, line_offset: int):
            super().__init__(stream)
            self.path = path
            self.line_offset = line_offset
            # The first control character an escape made, as a warning.
            self.escaped_control: Diagnostic | None = None

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


def parse_yaml(text: str, path: Path, line_offset: int = 0, warnings: list | None = None):
    """Parse YAML text; raise a Diagnostic-carrying ValueError on bad syntax.

    A warning for what was removed from the values is added to `warnings`.
    """
    try:
        return _load(_FAST_LOADER, text, path, line_offset, warnings)
    except yaml.YAMLError:
        if _FAST_LOADER is _PYTHON_LOADER:
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
        raise YAMLSyntaxError(Diagnostic(Location(path, line, col), f"invalid YAML: {problem}")) from None
    raise YAMLSyntaxError(Diagnostic(Location(path), f"invalid YAML: {error}")) from None  # pragma: no cover


class YAMLSyntaxError(ValueError):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)
