"""YAML that remembers where each value stood, for errors with line and column."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.diagnostics import Diagnostic, Location


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


def _loader_for(path: Path, line_offset: int):
    def at(node) -> Location:
        mark = node.start_mark
        return Location(path, mark.line + 1 + line_offset, mark.column + 1)

    class _Loader(yaml.SafeLoader):
        pass

    # Dates stay text so that 2024, 2024-07 and 2024-07-09 all pass through one
    # parser that keeps their precision.
    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(loader, node, deep=False):
        loader.flatten_mapping(node)
        result = Mapping()
        result.location = at(node)
        result._places = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            result[key] = loader.construct_object(value_node, deep=True)
            result._places[key] = at(value_node)
        return result

    def construct_sequence(loader, node, deep=False):
        result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
        result.location = at(node)
        result._places = [at(child) for child in node.value]
        return result

    _Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    _Loader.add_constructor("tag:yaml.org,2002:seq", construct_sequence)
    return _Loader


def parse_yaml(text: str, path: Path, line_offset: int = 0):
    """Parse YAML text; raise a Diagnostic-carrying ValueError on bad syntax."""
    try:
        return yaml.load(text, Loader=_loader_for(path, line_offset))  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else 1
        col = mark.column + 1 if mark else 1
        problem = exc.problem or exc.context or "is not valid YAML"
        raise YAMLSyntaxError(Diagnostic(Location(path, line, col), f"invalid YAML: {problem}")) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML raises marked errors in practice
        raise YAMLSyntaxError(Diagnostic(Location(path), f"invalid YAML: {exc}")) from None


class YAMLSyntaxError(ValueError):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)
