"""Dates the ways people write them (extractors/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.dates import find_dates

TODAY = dt.date(2026, 11, 2)
D = dt.date


@pytest.mark.parametrize(("text", "start", "end"), [
    ("March 4, 2024", D(2024, 3, 4), D(2024, 3, 4)),
    ("Sept. 12, 2022", D(2022, 9, 12), D(2022, 9, 12)),
    ("15 April 2023", D(2023, 4, 15), D(2023, 4, 15)),
    ("04/15/2023", D(2023, 4, 15), D(2023, 4, 15)),
    ("2024-03-04", D(2024, 3, 4), D(2024, 3, 4)),
    ("Given this 5th day of May, 2024", D(2024, 5, 5), D(2024, 5, 5)),
    ("March 4-6, 2024", D(2024, 3, 4), D(2024, 3, 6)),
    ("March 30 - April 2, 2024", D(2024, 3, 30), D(2024, 4, 2)),
    ("4–6 March 2024", D(2024, 3, 4), D(2024, 3, 6)),
    ("June 2019 through May 2022", D(2019, 6, 1), D(2022, 5, 31)),
    ("from 3/1/2015 to present", D(2015, 3, 1), TODAY),
    ("employed since March 1, 2015 as", D(2015, 3, 1), TODAY),
    ("served 2019-2022", D(2019, 1, 1), D(2022, 12, 31)),
    ("January 2, 2020 through December 31, 2022", D(2020, 1, 2), D(2022, 12, 31)),
    ("Feb. 11,2025", D(2025, 2, 11), D(2025, 2, 11)),  # OCR: the space after a comma lost
    ("January. 11,2024", D(2024, 1, 11), D(2024, 1, 11)),  # and a speck read as a full stop
    ("May 2-4,2022", D(2022, 5, 2), D(2022, 5, 4)),
    ("December |, 2025", D(2025, 12, 1), D(2025, 12, 1)),  # OCR: a day of 1 read as a bar
    ("February 9. 2024", D(2024, 2, 9), D(2024, 2, 9)),  # a speck for the comma
    ("held March: 12, 2024", D(2024, 3, 12), D(2024, 3, 12)),
    ("15 February:2016 and", D(2016, 2, 15), D(2016, 2, 15)),
    ("Dated 14-Nov-25", D(2025, 11, 14), D(2025, 11, 14)),  # two-digit year, month in words
    ("on 2nd Feb 24.", D(2024, 2, 2), D(2024, 2, 2)),
    ("from 7 th Aug 23 to 1st Dec 23", D(2023, 8, 7), D(2023, 12, 1)),  # OCR: "7 th"
])
def test_date_forms(text: str, start: dt.date, end: dt.date) -> None:
    (mention,) = find_dates(text, today=TODAY)
    assert (mention.start, mention.end) == (start, end)
    assert text[mention.start_char:mention.end_char].strip()


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("February 30, 2024 and 13/45/2020") == []


def test_separate_dates_stay_separate() -> None:
    mentions = find_dates("Issued May 1, 2024. The course ran on June 3, 2024.")
    assert [m.start for m in mentions] == [D(2024, 5, 1), D(2024, 6, 3)]
    assert not any(m.is_range for m in mentions)


def test_a_month_with_its_first_letter_split_off_by_ocr_is_read_in_place() -> None:
    from extractors.dates import find_dates
    text = "held J uly 17-21, 2022, 24 hours; since J anuary 4, 2016. A J one"
    found = find_dates(text)
    assert [(str(d.start), str(d.end)) for d in found][:2] == [
        ("2022-07-17", "2022-07-21"), ("2016-01-04", "2016-01-04")]
    assert text[found[0].start_char:found[0].end_char].startswith("J uly")


def test_a_two_digit_figure_after_a_month_is_no_year_when_a_time_follows() -> None:
    assert find_dates("Session on 5 May 10:30 in room 2") == []


def test_a_season_named_in_prose_and_an_ordinal_day_in_words() -> None:
    import datetime as _dt

    from extractors.dates import find_dates as _find
    (fall,) = _find("In the autumn of 2023 I drafted the plan.")
    assert (fall.start, fall.end) == (_dt.date(2023, 9, 1), _dt.date(2023, 12, 31))
    (spring,) = _find("during the spring of 2021")
    assert (spring.start, spring.end) == (_dt.date(2021, 3, 1), _dt.date(2021, 5, 31))
    (day,) = _find("Given this twenty-third day of June, 2010.")
    assert day.start == _dt.date(2010, 6, 23)
    assert [d.start for d in _find("FALL 2024")] != [_dt.date(2024, 9, 1)]  # a term, not prose


def test_a_speck_read_as_a_semicolon_or_a_degree_before_the_year_is_a_comma() -> None:
    (a,) = find_dates("October 2 - October 6; 2023 | Kestrel Bluffs")
    (b,) = find_dates("April 23 - April 25,°2025 at Harrison Hot Springs")
    assert (str(a.start), str(a.end), str(b.start), str(b.end)) == \
        ("2023-10-02", "2023-10-06", "2025-04-23", "2025-04-25")
