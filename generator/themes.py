"""Where templates are looked up: the briefing's own templates/, then the ones that ship with the tool.

Kept apart from render so that a build can see whether any template changed
without loading Jinja.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


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
