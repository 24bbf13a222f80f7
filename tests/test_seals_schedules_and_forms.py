"""Issuers' habits the birch set showed (each read by the real stages from a real PDF drawn
here): a seal's lone "CLERKS" over the issuer, a schedule's "Time | Session" columns under
an agenda's name, a venue on its own line under the dates, a course "offered by" a body
with no head noun, a hyphenated name, a transcript's title on the issuer's line, a
college's unit over the college, an employment form's "End date: Present", a memo that
names the employer only in its body, a committee named before its association, the
letter's reader and the signer's office (neither is the provider), and a letter about
"one of our committees"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from core.models import FlagCode, Kind
from tests.render import MANIFEST, extract_lines, extract_pdf


def _fields(doc):  # type: ignore[no-untyped-def]
    return {k: v.value for k, v in doc.fields.items()}


def test_a_seals_lone_word_over_the_issuer_is_not_the_provider(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [("CLERKS", "Helvetica-Bold", 8),
                                   ("Tallwood University Institute for Municipal Clerks", "Helvetica-Bold", 14),
                                   ("CERTIFICATE OF ACHIEVEMENT", "Times-Bold", 22),
                                   "awarded to", ("Maria L. Gonzalez", "Times-BoldItalic", 24),
                                   "has satisfactorily completed the requirements of",
                                   ("Year 2", "Times-Bold", 16), "June 10, 2024 through June 14, 2024",
                                   "36 in-class hours", "Dr. Simone Aldritch", "Institute Director"],
                        centered=True)
    assert _fields(doc)["provider"] == "Tallwood University Institute for Municipal Clerks"


def test_a_schedules_session_column_is_not_the_agendas_name(tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    c = canvas.Canvas(str(pdf), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 720, "International Institute of Municipal Clerks")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 690, "70th Annual Conference")
    c.setFont("Helvetica", 11)
    c.drawString(72, 665, "May 22, 2016 through May 25, 2016 - Lakefront Convention Centre")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 630, "Time")
    c.drawString(160, 630, "Session")
    c.setFont("Helvetica", 11)
    for i, (time, session) in enumerate([("8:00", "Registration and coffee"),
                                         ("9:30", "Records retention schedules"),
                                         ("11:30", "Open meetings law update")]):
        c.drawString(72, 610 - 18 * i, time)
        c.drawString(160, 610 - 18 * i, session)
    c.showPage()
    c.save()
    doc = extract_pdf(pdf)
    assert doc.kind == Kind.agenda
    assert _fields(doc)["title"] == "70th Annual Conference"


def test_a_venue_on_its_own_line_under_the_dates(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["International Institute of Municipal Clerks",
                                   "Certificate of Attendance", "Presented to", "Maria L. Gonzalez",
                                   "was registered for and attended", "Region II Meeting",
                                   "March 20, 2024 through March 22, 2024", "Pinecrest Lodge",
                                   "10 hours of instruction", "Arlette Donnelly", "Region Director"])
    assert _fields(doc)["location"] == "Pinecrest Lodge"
    doc = extract_lines(tmp_path, ["Tallwood University Institute for Municipal Clerks",
                                   "Certificate of Completion", "This certifies that",
                                   "Maria L. Gonzalez", "has satisfactorily completed the requirements of",
                                   "Year 1", "June 12-16, 2023", "Ashby Hall, Tallwood University",
                                   "40 in-class hours", "Dr. Simone Aldritch", "Institute Director"])
    assert _fields(doc)["location"] == "Ashby Hall, Tallwood University"


def test_a_course_offered_by_a_body_of_any_name(tmp_path: Path) -> None:
    for body in ("Civic Skills Online", "Tri-Valley Association of Municipal Clerks"):
        doc = extract_lines(tmp_path, ["CourseHarbor", "Course Completion Record",
                                       f"Course offered by {body}", "Learner Maria L. Gonzalez",
                                       "Course Minute Taking Essentials", "Completed 05/06/2025",
                                       "Credit hours 3", "Format Delivered fully online",
                                       "Final assessment Passed (82%)"])
        assert _fields(doc)["provider"] == body


def test_a_transcripts_title_and_a_colleges_unit_are_not_the_issuer(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Kestrel Valley College OFFICIAL TRANSCRIPT",
                                   "Student: Maria L. Gonzalez Student ID: 7034761",
                                   "Date issued: 05/02/2026", "Term Course Title Units Grade",
                                   "Spring 2021 RMG 310 Records and Information Management 3.0 B",
                                   "Fall 2021 URB 240 Urban Planning 3.0 A-"])
    assert doc.kind == Kind.transcript
    assert _fields(doc)["provider"] == "Kestrel Valley College"
    doc = extract_lines(tmp_path, ["Continuing Studies", "OSTRANDER BUSINESS COLLEGE",
                                   "Record of Training", "Participant: Maria L. Gonzalez",
                                   "Program: Spreadsheet Skills for Office Professionals",
                                   "Dates: 01/10/2023 - 03/14/2023", "Contact hours: 20",
                                   "Noreen Falk", "Registrar"])
    assert _fields(doc)["provider"] == "OSTRANDER BUSINESS COLLEGE"


def test_an_employment_forms_end_date_present_runs_to_the_day_received(tmp_path: Path) -> None:
    manifest = MANIFEST.model_copy(update={"program": "MMC", "prior_designation_date":
                                           __import__("datetime").date(2018, 11, 5)})
    doc = extract_pdf(_form(tmp_path / "hr.pdf"), manifest)
    f = _fields(doc)
    assert (f["start_date"], f["end_date"]) == ("2014-02-03", "2026-11-02")
    assert FlagCode.PREDATES_DESIGNATION not in {fl.code for fl in doc.flags}


def _form(pdf: Path) -> Path:
    c = canvas.Canvas(str(pdf), pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 720, "TOWN OF SALTMARSH")
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "November 10, 2026")
    c.drawString(72, 680, "Re: Verification of employment for the IIMC certification program.")
    for i, (label, value) in enumerate([("Employee", "Maria L. Gonzalez"),
                                        ("Employer", "Town of Saltmarsh"),
                                        ("Position", "Town Clerk"),
                                        ("Start date", "February 3, 2014"),
                                        ("End date", "Present"), ("Status", "Full-time")]):
        c.drawString(72, 650 - 16 * i, label)
        c.drawString(215, 650 - 16 * i, value)
    c.drawString(72, 540, "Yours truly,")
    c.drawString(72, 520, "Agnes Whitlow")
    c.drawString(72, 505, "HR Director")
    c.showPage()
    c.save()
    return pdf


def test_a_memo_names_the_employer_it_was_served(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["MEMORANDUM", "TO: IIMC Education Department",
                                   "FROM: Colm Varga", "DATE: 07/15/2026",
                                   "RE: Employment of Maria L. Gonzalez",
                                   "Maria L. Gonzalez has served the Township of Ostrander as Deputy",
                                   "Clerk-Treasurer from April 3, 2018 until the present day, full time.",
                                   "Colm Varga", "Township Administrator"])
    assert doc.kind == Kind.employment_letter
    f = _fields(doc)
    assert (f["provider"], f["sector"]) == ("Township of Ostrander", "local")


def test_a_committee_of_an_association_wrapped_over_two_lines(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["5 Ferry Street", "Port Calloway", "September 1, 2026",
                                   "Dear Education Department,",
                                   "I served as a member of the Technology Committee of the Lakeshore Municipal Clerks",
                                   "Association for two years, from March 1, 2021 to February 28, 2023.",
                                   "Sincerely,", "Maria L. Gonzalez", "City Clerk"])
    assert _fields(doc)["provider"] == "Lakeshore Municipal Clerks Association"
    doc = extract_lines(tmp_path, ["Tomas Reyes", "22 Quayside Road Lintonville", "March 3, 2025",
                                   "Dear Education Department,",
                                   "My wife, Maria L. Gonzalez, served on the Bylaws Committee of the "
                                   "Northshore Association of Municipal",
                                   "Clerks and Treasurers for two years, from January 10, 2023 to "
                                   "January 9, 2025.", "Respectfully,", "Tomas Reyes"])
    assert _fields(doc)["provider"] == "Northshore Association of Municipal Clerks and Treasurers"


def test_the_letters_reader_and_the_signers_office_are_no_provider(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Maria L. Gonzalez", "14 Orchard Lane Wendover Falls",
                                   "June 2, 2025", "Dear Education Department,",
                                   "I attended the Spring Workshop on Municipal Elections on April 8, "
                                   "2025, for 6 hours. I ask that the",
                                   "Education Department credit these hours toward my CMC.",
                                   "Respectfully,", "Maria L. Gonzalez", "Deputy County Clerk"])
    assert doc.kind == Kind.letter
    assert "provider" not in doc.fields


def test_service_on_one_of_our_committees_is_committee_work(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Tri-Valley Association of Municipal Clerks", "6 May 2024",
                                   "Dear Education Department,",
                                   "On behalf of the Tri-Valley Association of Municipal Clerks, I "
                                   "thank Maria L. Gonzalez for",
                                   "serving as a member of one of our committees for two years from "
                                   "March 1, 2022 to February",
                                   "29, 2024.", "Yours truly,", "Hollis Greer", "President"])
    assert _fields(doc)["activity"] == "committee_member"


def test_a_venue_under_the_dates_is_not_the_signer(tmp_path: Path) -> None:
    """A scan lost the stamp between the venue and the signature: "Bayfront Hall, Kessing"
    under the dates is where the conference was, and the signer is the name below it."""
    for venue in ("Bayfront Hall, Kessing", "Lakefront Convention Centre"):
        doc = extract_lines(tmp_path, [
            ("International Institute of Municipal Clerks", "Helvetica-Bold", 14),
            ("Certificate of Attendance", "Times-Bold", 22), "Presented to",
            ("Marcus Ilves", "Times-BoldItalic", 24), "was registered for and attended",
            ("75th Annual Conference", "Times-Bold", 16),
            "September 12, 2021 through September 15, 2021", venue,
            "Anita Farrow", "President"], centered=True)
        assert _fields(doc)["signatory"] == "Anita Farrow", venue
