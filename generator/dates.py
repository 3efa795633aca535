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

    def last_day(self) -> _dt.date:
        """The latest day this date can mean (where an interval that ends on it ends)."""
        month = self.month or 12
        return _dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.iso()


def span_iso(start: PartialDate, end: PartialDate | None) -> str:
    """EDTF-style machine form: `2024-07-22`, or `2024-07-22/2024-07-25` for an interval."""
    return f"{start.iso()}/{end.iso()}" if end is not None and end != start else start.iso()


def span_human(start: PartialDate, end: PartialDate | None) -> str:
    """The reader's form of a date or interval: `22–25 July 2024`, `30 June – 2 July 2024`."""
    return "".join(span_parts(start, end))


def span_parts(start: PartialDate, end: PartialDate | None) -> tuple[str, str, str]:
    """`span_human` in three parts, what names the start, the dash, what names the end: ("22", "–", "25 July 2024").

    A page marks each end up as a date of its own; a single date is (its form, "", "").
    """
    if end is None or end == start:
        return start.human(), "", ""
    if start.precision == end.precision == "day" and start.year == end.year:
        if start.month == end.month:
            return str(start.day), "\u2013", end.human()
        return f"{start.day} {MONTHS[start.month - 1]}", " \u2013 ", end.human()
    if start.precision == end.precision == "month" and start.year == end.year:
        return MONTHS[start.month - 1], "\u2013", end.human()
    if start.precision == end.precision == "year":
        return str(start.year), "\u2013", str(end.year)
    return start.human(), " \u2013 ", end.human()


_OPEN = ("", "..")


def parse_span(value: object) -> tuple[PartialDate, PartialDate | None]:
    """Read a date or an EDTF-style interval `2024-07-22/2024-07-25` (either side a year, month or day); raise ValueError.

    An interval whose ends are one date is that date. Open or unknown ends
    (`2024-07-22/..`, `/2024`) are refused: a briefing's event is a happening
    with both ends known; one still going on is dated by its start.
    """
    if not isinstance(value, str) or "/" not in value:
        return PartialDate.parse(value), None
    if value.count("/") > 1:
        raise ValueError(f"an interval has one '/' between its start and its end, got {quoted(value)}")
    first, last = (part.strip() for part in value.split("/"))
    if first in _OPEN or last in _OPEN:
        raise ValueError(
            "an interval needs both ends, as in 2024-07-22/2024-07-25 "
            "(an open or unknown end, '..' or nothing, is not supported)"
        )
    start, end = PartialDate.parse(first), PartialDate.parse(last)
    if end == start:
        return start, None
    # A coarser end may hold the start ("2024-07-05/2024-07" ends with July)
    # but may not finish before it: "2024/2024-03" could be over before it began.
    if end.last_day() < start.last_day():
        raise ValueError(f"the interval ends ({end.human()}) before it starts ({start.human()})")
    return start, end
