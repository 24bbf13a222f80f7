"""OCR words grouped into lines (extractors/layout.py): a row split at column gaps only."""

from __future__ import annotations

from core.models import Word
from extractors.layout import grouped_lines


def _word(text: str, x0: float, x1: float, top: float = 265.0, bottom: float = 277.0) -> Word:
    return Word(text=text, bbox=(x0, top, x1, bottom), confidence=0.9, size=bottom - top)


def test_a_dash_between_the_words_of_a_title_splits_no_line() -> None:
    """"Advanced Academy - Session A": the dash's box is two points high, no measure of
    the gap after it (Tesseract gives a mark its ink's height)."""
    words = [_word("Advanced", 275, 350), _word("Academy", 356, 426),
             _word("-", 431, 436, 271, 273), _word("Session", 441.5, 501), _word("A", 507, 518)]
    (line,) = grouped_lines([words])
    assert line.text == "Advanced Academy - Session A"


def test_a_column_gap_still_splits_a_row() -> None:
    words = [_word("City", 72, 95), _word("Clerk", 99, 130), _word("February", 300, 350),
             _word("11,", 354, 370), _word("2019", 374, 400)]
    assert [line.text for line in grouped_lines([words])] == ["City Clerk", "February 11, 2019"]
