import datetime as dt

import pytest

from generator.dates import PartialDate


@pytest.mark.parametrize(
    "text, precision, human",
    [("2016", "year", "2016"), ("2024-07", "month", "July 2024"), ("2026-05-29", "day", "29 May 2026")],
)
def test_date_keeps_the_precision_it_was_written_with(text, precision, human):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.human() == human
    assert date.iso() == text


def test_partial_date_sorts_month_before_day_in_same_month():
    dates = [PartialDate.parse(t) for t in ["2024-07-01", "2024-07", "2024", "2024-06-30", "2023-12"]]
    assert [d.iso() for d in sorted(dates, key=lambda d: d.sort_key)] == [
        "2023-12", "2024", "2024-06-30", "2024-07", "2024-07-01",
    ]


def test_year_from_yaml_integer_and_date_object_are_read():
    assert PartialDate.parse(2016).precision == "year"
    assert PartialDate.parse(dt.date(2026, 5, 29)).iso() == "2026-05-29"


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13", "26-05-29", "May 2026", "2026-5-1"])
def test_impossible_or_malformed_date_is_refused(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)
