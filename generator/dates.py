"""Dates that know their precision: a year, a month or a day."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from generator.diagnostics import quoted

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

MONTHS = tuple(calendar.month_name)[1:]


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day; never padded."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(
                    f"{MONTHS[self.month - 1]} {self.year} has no day {self.day}"
                )

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """Read `2024`, `2024-07` or `2026-05-29` (or a date object); raise ValueError."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, _dt.datetime):
            return cls(value.year, value.month, value.day)
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise ValueError(f"expected a date like 2024, 2024-07 or 2024-07-09, got {quoted(value)}")
        if isinstance(value, int):
            return cls(value)
        text = str(value).strip()
        match = _ISO.match(text)
        if not match:
            raise ValueError(
                f"expected a date like 2024, 2024-07 or 2024-07-09, got {quoted(text)}"
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # A month sorts before the days of that month; a year before its months.
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: "PartialDate") -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: "PartialDate") -> bool:
        return self.sort_key <= other.sort_key

    def __gt__(self, other: "PartialDate") -> bool:
        return self.sort_key > other.sort_key

    def __ge__(self, other: "PartialDate") -> bool:
        return self.sort_key >= other.sort_key

    def iso(self) -> str:
        """The machine form at this precision: `2024`, `2024-07`, `2024-07-09`."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        """The reader's form at this precision: `2024`, `July 2024`, `9 July 2024`."""
        if self.day is not None:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def month_label(self) -> str:
        return MONTHS[self.month - 1] if self.month else ""

    def first_day(self) -> _dt.date:
        """The earliest day this date can mean (for feeds that need a full timestamp)."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.iso()


def span_iso(start: PartialDate, end: PartialDate | None) -> str:
    """EDTF-style machine form: `2024-07-22`, or `2024-07-22/2024-07-25` for an interval."""
    return f"{start.iso()}/{end.iso()}" if end is not None and end != start else start.iso()


def span_human(start: PartialDate, end: PartialDate | None) -> str:
    """The reader's form of a date or interval: `22–25 July 2024`, `30 June – 2 July 2024`."""
    if end is None or end == start:
        return start.human()
    if start.precision == end.precision == "day" and start.year == end.year:
        if start.month == end.month:
            return f"{start.day}\u2013{end.day} {MONTHS[end.month - 1]} {end.year}"
        return f"{start.day} {MONTHS[start.month - 1]} \u2013 {end.human()}"
    if start.precision == end.precision == "month" and start.year == end.year:
        return f"{MONTHS[start.month - 1]}\u2013{end.human()}"
    return f"{start.human()} \u2013 {end.human()}"
