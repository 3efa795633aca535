"""Write generator/articles/cldr_months.py: month names of the languages CLDR knows, for the reader of dates.

The reader's own table (`_FOREIGN_MONTHS` in generator/articles/datetext.py) was written by hand, a language at a
time, as pages in it came; a page in a language it lacks loses its dates. CLDR (the Unicode Common Locale Data
Repository, read through Babel) holds the month names of some three hundred languages. This script takes from it
only what the hand table lacks and what cannot be mistaken for a word of English or a name:

- the wide names, as dates write them (the "format" forms, often a genitive) and as they stand alone;
- five letters at least, and six when the name is plain ASCII ("Julie", "Marco", "Here", "Kudo" stay out);
- no form the hand table already reads, and none that two languages give to different months.

Run it where Babel is installed (it is not a dependency of briefing: the data it writes is committed):

    python -m venv /tmp/cldr && /tmp/cldr/bin/pip install babel
    PYTHONPATH=. /tmp/cldr/bin/python benchmarks/cldr_months.py
"""
from __future__ import annotations

import pathlib
import sys

from babel import Locale, __version__ as babel_version, localedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from generator.articles import datetext  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent.parent / "generator" / "articles" / "cldr_months.py"
# Names of people and words of other uses that CLDR spells as a month (six letters or more, so the length rule keeps them).
_NOT_MONTHS = {"Averil", "Aprill", "Julius", "Augustus", "Marcius", "Martius"}


def _known(form: str) -> bool:
    known = datetext.MONTH_NUMBER
    return form in known or form.lower() in known or form.capitalize() in known or form.lower() in datetext._ENGLISH_WORDS


def _fit(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    if any(c.isdigit() for c in form) or "." in form or len(letters) < 5:
        return False
    return (len(letters) >= 6 or not form.isascii()) and form not in _NOT_MONTHS and not _known(form)


def main() -> None:
    rows: dict[str, list[str]] = {}
    month_of: dict[str, set[int]] = {}
    for code in sorted(i for i in localedata.locale_identifiers() if "_" not in i):
        try:
            months = Locale.parse(code).months
        except Exception:  # (a locale Babel lists but cannot load)
            continue
        for context in ("format", "stand-alone"):
            wide = months.get(context, {}).get("wide", {})
            for number in range(1, 13):
                form = wide.get(number)
                if form and _fit(form):
                    rows.setdefault(code, [""] * 24)[(0 if context == "format" else 12) + number - 1] = form
                    month_of.setdefault(form.lower(), set()).add(number)
    lines = []
    for code, forms in rows.items():
        # (a form two languages give to different months is no one's: "Mwezi wa …" counts differently by language)
        forms = [f if f and len(month_of[f.lower()]) == 1 else "" for f in forms]
        for half, suffix in ((forms[:12], ""), (forms[12:], "-alone")):
            if any(half) and (suffix == "" or half != forms[:12]):
                lines.append(f"    {code + suffix!r}: {tuple(half)!r},")
    OUT.write_text(
        '"""Month names of the languages the Unicode CLDR knows, beyond the hand-written table in datetext.py.\n\n'
        f"Written by benchmarks/cldr_months.py from CLDR through Babel {babel_version}; do not edit by hand. Only forms the\n"
        "hand table lacks, five letters or more (six in plain ASCII), none two languages give to different months.\n"
        'CLDR data: Copyright © Unicode, Inc., under the Unicode License v3 (https://www.unicode.org/license.txt)."""\n\n'
        "CLDR_MONTHS = {\n" + "\n".join(lines) + "\n}\n", "utf-8")
    print(f"{len(lines)} rows, {sum(1 for f in month_of if len(month_of[f]) == 1)} forms written to {OUT}")


if __name__ == "__main__":
    main()
