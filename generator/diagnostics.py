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
        return f"{_printable(path.as_posix())}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: an error stops the build, a warning does not."""

    location: Location
    message: str
    severity: str = "error"

    def shown(self, root: Path | None = None) -> str:
        label = "" if self.severity == "error" else "warning: "
        # One problem, one line: a message may name a file or quote a template's exception.
        return f"{self.location.shown(root)}: {label}{_printable(self.message)}"

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

    if len(word) > 200:  # comparing costs the product of the lengths
        return ""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {quoted(close[0])}?)" if close else ""


def _printable(text: str) -> str:
    """Text with what a terminal would act on (control characters, line breaks, bidi overrides) written as escapes."""
    if text.isprintable():
        return text
    # A file name is a stranger's text too: ESC could recolour the terminal, a newline forge a second message.
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def quoted(value, limit: int = 80) -> str:
    """`repr(value)` of a value read from a file, cut after `limit` characters (then `…`)."""
    import reprlib  # only when a message quotes a value

    if isinstance(value, str):
        shown = repr(value[:limit])
        return shown if len(value) <= limit else shown[:-1] + "…" + shown[-1]
    # reprlib stops at a few items and levels, so a huge value is never written out first.
    class Short(reprlib.Repr):
        # generator.yamlfile's Mapping and Sequence, which reprlib knows only by type name.
        repr_Mapping, repr_Sequence = reprlib.Repr.repr_dict, reprlib.Repr.repr_list

    short = Short()
    short.maxlevel, short.maxstring, short.maxother = 3, limit, limit
    shown = short.repr(value)
    return shown if len(shown) <= limit else shown[:limit] + "…"
