"""Tesseract's split capitals joined again (extractors/ocr_repair.py), on words as OCR
gives them."""

from __future__ import annotations

from core.models import Page, TextSource, Word
from extractors.layout import make_line
from extractors.ocr_repair import repaired


def _page(*texts: str) -> Page:
    words = [Word(text=t, bbox=(10.0 * i, 0.0, 10.0 * i + 8, 10.0), confidence=0.9, size=10.0)
             for i, t in enumerate(texts)]
    return Page(source="s.pdf", number=1, width=612, height=792,
                text_source=TextSource.ocr, lines=[make_line(words)])


def test_a_lone_capital_before_a_lower_case_word_is_one_word() -> None:
    page = repaired(_page("held", "J", "uly", "17-21,", "New", "J", "ersey"))
    assert page.lines[0].text == "held July 17-21, New Jersey"
    july = page.lines[0].words[1]
    assert july.bbox == (10.0, 0.0, 28.0, 10.0)


def test_one_letter_words_and_initials_stay_apart() -> None:
    for words, text in ((("A", "good", "year"), "A good year"),
                        (("I", "attended"), "I attended"),
                        (("Maria", "L.", "Gonzalez"), "Maria L. Gonzalez"),
                        (("Year", "B", "Session"), "Year B Session")):
        assert repaired(_page(*words)).lines[0].text == text


def test_a_capital_i_read_as_l_before_n_is_an_i() -> None:
    page = repaired(_page("lnformation", "Governance", "(lnstitute)", "Kiln", "ln"))
    assert page.lines[0].text == "Information Governance (Institute) Kiln ln"


def test_a_capital_i_read_as_l_in_an_acronym_is_an_i() -> None:
    page = repaired(_page("lIMC", "Region", "IX", "IlMC", "Ill", "all", "CMC,", "Hall"))
    assert page.lines[0].text == "IIMC Region IX IIMC Ill all CMC, Hall"


def test_a_zero_read_as_o_among_digits_is_a_zero() -> None:
    page = repaired(_page("4O", "contact", "hours,", "2O24", "O", "Oo", "No.", "1O,"))
    assert page.lines[0].text == "40 contact hours, 2024 O Oo No. 10,"


def test_the_iimcs_acronym_with_its_first_i_slipped_is_the_iimc() -> None:
    page = repaired(_page("TIMC", "Region", "VIII", "(1IMC)", "TIME", "IIMC's", "TIMC's"))
    assert page.lines[0].text == "IIMC Region VIII (IIMC) TIME IIMC's IIMC's"


def test_a_tick_between_a_number_and_its_unit_is_a_space() -> None:
    page = repaired(_page("30'CEU", "hours", "O'Brien", "4’hours", "12'"))
    assert page.lines[0].text == "30 CEU hours O'Brien 4 hours 12'"


def test_a_capital_c_read_as_g_at_the_head_of_a_cue_word_is_a_c() -> None:
    page = repaired(_page("Gontact", "hours", "Gertificate", "(Gonference)", "Gate", "George",
                          "Gourse"))
    assert page.lines[0].text == "Contact hours Certificate (Conference) Gate George Course"


def test_a_month_with_one_letter_misread_before_a_day_is_that_month() -> None:
    page = repaired(_page("Tune", "8-12,", "2020", "Joly", "15,", "Aprii", "3", "Tune", "in",
                          "Mary", "5", "Time", "9"))
    assert page.lines[0].text == "June 8-12, 2020 July 15, April 3 Tune in Mary 5 Time 9"


def test_an_hours_statement_run_together_is_its_words() -> None:
    page = repaired(_page("12clockhours", "6.5hrs.", "40", "contacthours", "hours", "2024",
                          "Hours:", "3CEU"))
    assert page.lines[0].text == "12 clock hours 6.5 hrs. 40 contact hours hours 2024 Hours: 3CEU"
