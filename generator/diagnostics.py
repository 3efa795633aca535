"""Problems found in a briefing's files, each tied to a place in a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where something was read: a file, and a 1-based line and column."""

    path: Path
    line: int = 1
    col: int = 1

    def shown(self, root: Path | None = None) -> str:
        path = self.path
        if root is not None:
            try:
                path = path.relative_to(root)
            except ValueError:
                pass
        return f"{path.as_posix()}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: an error stops the build, a warning does not."""

    location: Location
    message: str
    severity: str = "error"

    def shown(self, root: Path | None = None) -> str:
        label = "" if self.severity == "error" else "warning: "
        return f"{self.location.shown(root)}: {label}{self.message}"

    @property
    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path.as_posix(), loc.line, loc.col, self.message)


class BuildFailed(Exception):
    """Raised by a stage with every error it found, never just the first."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(diagnostics, key=lambda d: d.sort_key)
        super().__init__(f"{len(self.diagnostics)} error(s)")


def did_you_mean(word: str, choices) -> str:
    """A ' (did you mean X?)' hint, or '' when nothing is close."""
    import difflib  # only when a name is wrong

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
