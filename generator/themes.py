"""Where templates are looked up: the briefing's own templates/, then the ones that ship with the tool.

Kept apart from render so that a build can see whether any template changed
without loading Jinja.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from generator.diagnostics import Diagnostic, Location
from generator.inputs import bound, walk


def default_theme() -> Path:
    """The templates that ship with the tool (the repo's own templates/)."""
    # In a source checkout the templates sit beside the package; installed from a
    # wheel they are the package data generator/theme.
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / "base.html").is_file():
        return checkout
    return Path(str(resources.files("generator.theme")))


def theme_dirs(root: Path) -> list[Path]:
    """Template folders in lookup order: the briefing's own, then the shipped ones."""
    own = Path(root) / "templates"
    shipped = default_theme()
    dirs = [own] if own.is_dir() else []
    if not dirs or own.resolve() != shipped.resolve():
        dirs.append(shipped)
    return dirs


def theme_folders(root: Path) -> list[tuple[Path, str]]:
    """`theme_dirs`, each with the `bound` its files must stay inside: the briefing, or the shipped theme."""
    shipped = bound(default_theme())
    # A briefing's templates/ may be the shipped folder itself (this repository's is).
    return [(folder, shipped if bound(folder) == shipped else bound(root)) for folder in theme_dirs(root)]


def theme_files(root: Path) -> tuple[dict[str, Path], list[Diagnostic]]:
    """Every file of the theme by its name ('event.html', 'static/style.css'), the briefing's shadowing the shipped; and each refused."""
    files: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for folder, limit in reversed(theme_folders(root)):
        start = len(str(folder)) + 1
        for path, _, problem in walk(folder, limit):
            if problem:
                problems.append(Diagnostic(Location(Path(path)), problem))
            else:
                files[path[start:].replace(os.sep, "/")] = Path(path)
    return files, problems
