"""Re-scans of one paper are duplicates even when OCR reads them differently; two papers
of one template are not (RULINGS.md 12)."""

from __future__ import annotations

from core.models import Document, FieldValue, FlagCode, Kind, Line, Page, TextSource, Word
from scoring.duplicates import find_duplicates

TEXT = ("Georgia Municipal Clerks Association Certificate of Attendance This certifies that "
        "Kimberly McAllister attended Advanced Minutes Taking on January 9, 2017 in "
        "Lafayette, Louisiana for 6.5 contact hours Course Review No. 2017-219")


def _doc(n: int, text: str, **fields: object) -> Document:
    words = [Word(text=t, bbox=(0, 0, 1, 1), confidence=0.9) for t in text.split()]
    page = Page(source=f"scan{n}.pdf", number=1, width=612, height=792,
                text_source=TextSource.ocr,
                lines=[Line(text=text, words=words, bbox=(0, 0, 1, 1))])
    return Document(id=f"doc-{n}", source=f"scan{n}.pdf", pages=[1], kind=Kind.certificate,
                    text_source=TextSource.ocr, page_data=[page], content_hash=str(n),
                    fields={k: FieldValue(value=v, confidence=0.9)  # type: ignore[arg-type]
                            for k, v in {"activity": "state_course", **fields}.items()})


def test_rescan_with_ocr_slips_is_a_duplicate() -> None:
    first = _doc(1, TEXT, hours=6.5, title="Advanced Minutes Taking")
    second = _doc(2, TEXT.replace("Clerks", "Cierks").replace("Taking", "Takinq"),
                  hours=6.5, title="Advanced Minutes Taking")
    find_duplicates([first, second])
    assert not first.flags
    assert [f.code for f in second.flags] == [FlagCode.DUPLICATE]


def test_two_papers_of_one_template_are_not() -> None:
    first = _doc(1, TEXT, hours=6.5, title="Advanced Minutes Taking")
    second = _doc(2, TEXT.replace("6.5", "4"), hours=4.0, title="Advanced Minutes Taking")
    find_duplicates([first, second])
    assert not second.flags


def test_the_next_years_session_of_one_template_is_no_duplicate() -> None:
    from core.models import Document, FieldValue, Kind
    from scoring.duplicates import disagree

    def doc(start: str, end: str) -> Document:
        return Document(id=start, source=f"{start}.pdf", pages=[1], kind=Kind.certificate,
                        fields={"start_date": FieldValue(value=start, confidence=0.9),
                                "end_date": FieldValue(value=end, confidence=0.9),
                                "hours": FieldValue(value=36.0, confidence=0.9)})
    assert disagree(doc("2017-06-12", "2017-06-16"), doc("2018-06-11", "2018-06-15"))
    assert not disagree(doc("2018-06-11", "2018-06-15"), doc("2018-06-17", "2018-06-15"))


PHOTO = "Geo gia Mun clpal Cl rks Associat on Cert ficate 0f Attendanc3 Kimb rly McAlister attnded"


def test_a_phone_photo_read_poorly_is_a_duplicate_by_its_days_and_title() -> None:
    """A phone photo of the same certificate, its words too garbled for the text index,
    still states the same days and hours and nearly the same title."""
    first = _doc(1, TEXT, hours=6.5, title="Advanced Minutes Taking", start_date="2017-01-09",
                 end_date="2017-01-09", applicant_name="Kimberly McAllister")
    second = _doc(2, PHOTO, hours=6.5, title="Advanced Minutes Takinq", start_date="2017-01-09",
                  end_date="2017-01-09", applicant_name="Kimberly McAlister")
    find_duplicates([first, second])
    assert [f.code for f in second.flags] == [FlagCode.DUPLICATE]


def test_a_colleagues_certificate_of_the_same_course_is_no_duplicate() -> None:
    first = _doc(1, TEXT, hours=6.5, title="Advanced Minutes Taking", start_date="2017-01-09",
                 end_date="2017-01-09", applicant_name="Kimberly McAllister")
    second = _doc(2, PHOTO, hours=6.5, title="Advanced Minutes Taking", start_date="2017-01-09",
                  end_date="2017-01-09", applicant_name="Dolores Whitcombe")
    third = _doc(3, "Budget Basics workshop record for Kimberly McAllister", hours=6.5,
                 title="Budget Basics", start_date="2017-01-09",
                 end_date="2017-01-09", applicant_name="Kimberly McAllister")
    find_duplicates([first, second, third])
    assert not second.flags and not third.flags


def test_sessions_of_one_day_told_apart_by_a_number_are_no_duplicates() -> None:
    topics = {1: "budgets and levies", 2: "open meetings law", 3: "records retention schedules"}
    docs = [_doc(i, f"Dialogue {i} on {topics[i]} attended by Kimberly McAllister", hours=4.0,
                 title=f"Dialogue {i}", start_date="2017-01-09", end_date="2017-01-09",
                 applicant_name="Kimberly McAllister") for i in (1, 2, 3)]
    find_duplicates(docs)
    assert not any(d.flags for d in docs)
