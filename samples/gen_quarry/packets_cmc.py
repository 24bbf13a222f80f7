"""The seven CMC packets of the set (regions 1, 3, 5, 7, 9, 10, 11).

Each function returns one packet; the comment above each document states what it
exercises and the points my reading of the guidelines gives it (truth.py computes them).
"""

from __future__ import annotations

from random import Random

from reportlab.lib.pagesizes import A4

from . import layouts as L
from . import letters as T
from . import records as R
from .build import Packet, blank
from .world import ASSOCIATIONS, INSTITUTES, SIGNERS, TRAINERS

IIMC = "International Institute of Municipal Clerks"


def man(name: str, region: int, received: str, former: list[str] | None = None,
        member: str = "", program: str = "CMC", prior: str | None = None) -> dict:
    a: dict = {"name": name}
    if former:
        a["former_names"] = former
    a.update({"member_id": member, "region": region, "membership": "full"})
    m: dict = {"applicant": a, "program": program}
    if prior:
        m["prior_designation_date"] = prior
    m["received_date"] = received
    return m


def sig(key: str) -> tuple[str, str]:
    return SIGNERS[key]


def cmc_01(rng: Random) -> Packet:
    """Region 1: a complete Institute career, a degree, a long clerk tenure (capped)."""
    who = "Rosalie M. Quintero"
    inst, _, inst_loc = INSTITUTES["northmark"]
    d1, t1 = sig("inst_dir_a")
    m = man(who, 1, "2026-10-14", member="118402")
    base = {"applicant_name": who, "provider": inst, "location": inst_loc, "signatory": d1,
            "activity": "institute"}
    files = [
        ("01-application.pdf", [T.application_form({"applicant_name": who}, rng, "CMC", 1,
                                                   "118402")]),
        # Institute Year I, 40 h: 20 (EG CMC Education row 1)
        ("02-institute-year1.pdf", [L.certificate(
            dict(base, title="Year I - Foundations of the Clerk's Office",
                 start_date="2022-07-11", end_date="2022-07-15", hours=40), rng, 0,
            sig_title=t1)]),
        ("03-institute-year2.pdf", [L.certificate(
            dict(base, title="Year II - Records, Elections and Public Meetings",
                 start_date="2023-07-10", end_date="2023-07-14", hours=40), rng, 3,
            sig_title=t1, second_signer=sig("dean"))]),
        # 38 h: 19
        ("04-institute-year3.pdf", [L.certificate(
            dict(base, title="Year III - Leadership in Local Government",
                 start_date="2024-07-15", end_date="2024-07-19", hours=38), rng, 1,
            sig_title=t1, fine_print="Hours are in-class contact hours of 50 minutes. "
            "A learning assessment was completed for each session.")]),
        # BA Political Science: related field, 20 (EG CMC Education row 2, R7)
        ("05-transcript.pdf", [R.transcript(
            {"applicant_name": who, "provider": "Ashcombe State University",
             "credit_units": 120.0, "degree": "Bachelor of Arts in Political Science",
             "degree_date": "2009-05-16", "issue_date": "2026-08-03",
             "activity": "degree", "_degree_row": "bachelor_related"}, rng, "A",
            [("Fall 2007", [("POL 310", "State and Local Government", 3, "A"),
                            ("POL 322", "Public Policy Analysis", 3, "B+"),
                            ("HIS 301", "American Urban History", 3, "A-"),
                            ("STA 205", "Statistics for Social Sciences", 3, "B"),
                            ("ENG 318", "Technical Writing", 3, "A")]),
             ("Spring 2008", [("POL 340", "Constitutional Law", 3, "B+"),
                              ("POL 351", "Comparative Politics", 3, "A"),
                              ("PAD 300", "Intro to Public Administration", 3, "A"),
                              ("ECO 302", "Public Finance", 3, "B"),
                              ("PHI 210", "Ethics", 3, "A-")]),
             ("Fall 2008", [("POL 410", "Legislative Process", 3, "A"),
                            ("POL 415", "Elections and Voting Behavior", 3, "A-"),
                            ("PAD 420", "Municipal Management", 3, "B+"),
                            ("GEO 330", "Urban Geography", 3, "B"),
                            ("COM 300", "Public Speaking", 3, "A")]),
             ("Spring 2009", [("POL 490", "Senior Seminar in Politics", 3, "A"),
                              ("POL 455", "Intergovernmental Relations", 3, "A-"),
                              ("PAD 430", "Records and Information Policy", 3, "A"),
                              ("SOC 340", "Community Organization", 3, "B+"),
                              ("ART 101", "Drawing I", 3, "A")])],
            transfer=[("TRN", "Transfer block, Redan Community College (A.A.)", 60, "T")],
            student_id="AS-0719-3382", registrar=sig("registrar_a"),
            major="Political Science")]),
        # Town Clerk full-time since 2013-04-01 to present (2026-10-14): 13 years x 4 = 52,
        # capped at 40 (EG CMC Experience row 1, "maximum 40 points")
        ("06-employment.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "Town of Tallow Springs", "position": "Town Clerk",
             "start_date": "2013-04-01", "end_date": "2026-10-14", "employment_type": "full_time",
             "administrative": True, "sector": "local", "signatory": "Barnaby Thistlewood",
             "issue_date": "2026-09-22", "activity": "employment"}, rng, 0, present=True,
            head_lines=["Office of the Town Manager", "14 Meetinghouse Lane, Tallow Springs, "
                        "VT 05742", "(802) 555-0147"], sig_title="Town Manager",
            admin_words="The Town Clerk serves the Selectboard with full administrative "
            "responsibility for the office.", duties="records management, elections, "
            "meeting administration, vital records and custody of the town seal.",
            received="OCT 14 2026")]),
        # association conference, 14 verifiable hours: 3.5 (EG CMC Experience, R4)
        ("07-clerks-conference.pdf", [L.certificate(
            {"applicant_name": who, "provider": ASSOCIATIONS["vt"],
             "title": "2025 Annual Fall Conference", "start_date": "2025-10-01",
             "end_date": "2025-10-03", "hours": 14, "location": "Brattle Falls, Vermont",
             "signatory": SIGNERS["assoc_pres"][0], "activity": "conference"}, rng, 2,
            attendance=True, sig_title="President")]),
        # the conference programme: an agenda earns nothing (R15)
        ("08-conference-agenda.pdf", [T.agenda(
            {"provider": ASSOCIATIONS["vt"], "title": "2025 Annual Fall Conference",
             "start_date": "2025-10-01", "end_date": "2025-10-03",
             "location": "Brattle Falls, Vermont"}, rng,
            [("8:00-8:45", "Registration and breakfast", ""),
             ("8:45-10:15", "Open Meeting Law Update", "Atty. R. Gallant"),
             ("10:30-12:00", "Vital Records Roundtable", "Panel"),
             ("1:00-3:00", "Dog Licensing and Other Oddities", "M. Szabo"),
             ("8:30-10:00", "Election Equipment Testing", "State Elections Div."),
             ("10:15-12:00", "Records Retention Schedules", "A. Whitlock"),
             ("1:00-2:30", "Budget Hearings and Warrants", "Panel"),
             ("2:45-4:00", "Business meeting", ""),
             ("9:00-11:00", "Customer Service at the Counter", "F. Orenstein"),
             ("11:00-11:30", "Closing remarks", "")],
            ["Wednesday, October 1", "Thursday, October 2", "Friday, October 3"])]),
    ]
    return Packet("cmc_01_tallow_springs", m, files,
                  "CMC region 1: three Institute years (20+20+19), a related bachelor's "
                  "degree on a two-page transcript with transfer credit (20; Education "
                  "capped at 60, 19 spill to Experience), a clerk tenure over the 40-point "
                  "cap, an association conference by hours, an agenda and the form.")


def cmc_02(rng: Random) -> Packet:
    """Region 3: same file twice, a certificate of someone else, a course without hours."""
    who = "Desmond T. Achterberg"
    inst, _, inst_loc = INSTITUTES["coastal"]
    d, t = sig("inst_dir_b")
    m = man(who, 3, "2026-09-08", member="120977")
    base = {"applicant_name": who, "provider": inst, "location": inst_loc, "signatory": d,
            "activity": "institute"}
    assoc = ASSOCIATIONS["ga"]
    ed, et = sig("assoc_edu")
    files = [
        # First Year, 42 h: 21.  Mailed twice: "coastal-year1 (2).pdf" sorts first
        # (' ' < '.'), so the copy named "coastal-year1.pdf" is the DUPLICATE (R12).
        ("certificates/coastal-year1.pdf", [L.certificate(
            dict(base, title="First Year Program", start_date="2024-04-22",
                 end_date="2024-04-26", hours=42), rng, 0, sig_title=t,
            watermark="COASTAL PLAINS INSTITUTE")]),
        ("certificates/coastal-year1 (2).pdf", "certificates/coastal-year1.pdf"),
        # Second Year, 40 h: 20
        ("certificates/coastal-year2.pdf", [L.certificate(
            dict(base, title="Second Year Program", start_date="2025-04-21",
                 end_date="2025-04-25", hours=40), rng, 4, sig_title=t)]),
        # state course with course review but no hours printed: MISSING_HOURS
        ("state-course-records.pdf", [L.certificate(
            {"applicant_name": who, "provider": assoc,
             "title": "Records Retention and Disposition", "start_date": "2025-02-13",
             "end_date": "2025-02-13", "location": "Marlow Heights, Georgia",
             "signatory": ed, "course_review": True, "_review_no": "2025-017",
             "activity": "state_course"}, rng, 5, sig_title=et)]),
        # state course with course review, 12 h: 3 (EG CMC Education row 5)
        ("state-course-elections.pdf", [L.certificate(
            {"applicant_name": who, "provider": assoc,
             "title": "Election Administration Essentials", "start_date": "2025-08-06",
             "end_date": "2025-08-07", "hours": 12, "location": "Tifton Crossroads, Georgia",
             "signatory": ed, "course_review": True, "_review_no": "2025-088",
             "assessment": True, "activity": "state_course"}, rng, 2, sig_title=et)]),
        # a colleague's certificate mailed by mistake: NAME_MISMATCH
        ("colleague-certificate.pdf", [L.certificate(
            {"applicant_name": "Delores Whitcombe", "provider": TRAINERS["pryor_like"],
             "title": "Minute-Taking Masterclass", "start_date": "2025-03-11",
             "end_date": "2025-03-11", "hours": 6, "location": "Atlanta Perimeter Hotel, "
             "Marlow Heights, Georgia", "signatory": "Felicity Orenstein",
             "activity": "course"}, rng, 3, sig_title="Lead Facilitator")]),
        # Deputy City Clerk part-time with administrative responsibility, 8 years x 2 = 16
        ("hr-memo.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "City of Marlow Heights",
             "position": "Deputy City Clerk", "start_date": "2016-07-01",
             "end_date": "2024-06-30", "employment_type": "part_time", "administrative": True,
             "sector": "local", "signatory": "Wendell J. Okonkwo-Hart",
             "issue_date": "2026-08-20", "activity": "employment"}, rng, 1, present=False,
            head_lines=["Department of Human Resources"], sig_title="Personnel Officer",
            admin_words="The position carried administrative responsibility for agenda "
            "preparation and the records program.")]),
        # City Clerk full-time since 2024-07-01 to present (2026-09-08): 2 years x 4 = 8
        ("hr-current.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "City of Marlow Heights",
             "position": "City Clerk", "start_date": "2024-07-01", "end_date": "2026-09-08",
             "employment_type": "full_time", "sector": "local",
             "signatory": "Wendell J. Okonkwo-Hart", "issue_date": "2026-08-21",
             "activity": "employment"}, rng, 2, present=True,
            head_lines=["Department of Human Resources", "300 Magnolia Ave., Marlow Heights, "
                        "GA 31092"], sig_title="Personnel Officer")]),
        # interactive webinar with an assessment, 3 h, course without review: 0.5
        # (EG CMC Experience, Continuing Education row 3; R6 webinars have no minimum)
        ("webinar-ethics.pdf", [L.certificate(
            {"applicant_name": who, "provider": TRAINERS["records"],
             "title": "Ethics and Public Records Requests", "start_date": "2025-05-20",
             "end_date": "2025-05-20", "hours": 3, "delivery": "webinar", "assessment": True,
             "_platform": TRAINERS["platform"], "signatory": "Felicity Orenstein",
             "activity": "course"}, rng, 1, sig_title="Lead Facilitator")]),
    ]
    return Packet("cmc_02_marlow_heights", m, files,
                  "CMC region 3: an Institute certificate mailed twice (the copy sorting "
                  "later is the DUPLICATE), a colleague's certificate (NAME_MISMATCH), a "
                  "state course without hours (MISSING_HOURS), part-time then full-time "
                  "clerk letters (memo and positions table), a webinar with assessment.")


def cmc_03(rng: Random) -> Packet:
    """Region 5, one scanned PDF: credits under a former name, two employers, two
    annual conferences (before and after 2009), an Athenian Dialogue."""
    who = "Winifred O. Castellanos"
    m = man(who, 5, "2026-11-03", former=["Winifred O. Reyes"], member="109315")
    inst, _, _ = INSTITUTES["prairie"]
    pres = "Ramona J. Delacroix-Whitby, MMC"
    docs = [
        # 18 credit units, no degree: CMC Experience college courses, 18
        R.transcript({"applicant_name": "Winifred O. Reyes", "provider": "Redan Community College",
                      "credit_units": 18.0, "issue_date": "2026-06-30",
                      "activity": "college_credits"}, rng, "B",
                     [("FALL 2004", [("GOVT 2301", "American Government I", 3, "A"),
                                     ("BUSI 1301", "Business Principles", 3, "B"),
                                     ("ENGL 1301", "Composition I", 3, "A")]),
                      ("SPRING 2005", [("GOVT 2302", "American Government II", 3, "A"),
                                       ("POFT 1329", "Keyboarding and Document Formatting", 3, "A"),
                                       ("ACCT 2301", "Principles of Accounting", 3, "B+")])],
                     student_id="0044718", registrar=sig("registrar_b")),
        blank(),
        # administrative position in county government before becoming a clerk:
        # 2011-02-14 .. 2017-03-31 = 6 years x 2 = 12 (EG CMC Experience row 4)
        T.employment_letter(
            {"applicant_name": who, "provider": "Keelby County Board of Elections",
             "position": "Elections Administrative Coordinator", "start_date": "2011-02-14",
             "end_date": "2017-03-31", "employment_type": "full_time", "administrative": True,
             "sector": "local", "signatory": "Rosalind Petrakis", "issue_date": "2026-07-15",
             "activity": "employment"}, rng, 0, present=False,
            head_lines=["Keelby County Administration Building", "Keelby, Ohio 43719"],
            sig_title="Director of Human Resources",
            admin_words="This was an administrative position supervising four poll-worker "
            "coordinators."),
        # Village Clerk 2017-04-03 to present (2026-11-03): 9 years x 4 = 36
        T.employment_letter(
            {"applicant_name": who, "provider": "Village of Keelby", "position": "Village Clerk",
             "start_date": "2017-04-03", "end_date": "2026-11-03", "employment_type": "full_time",
             "sector": "local", "signatory": "Hon. Lucinda Farraday",
             "issue_date": "2026-10-02", "activity": "employment"}, rng, 2, present=True,
            head_lines=["Office of the Mayor", "2 Canal Street, Keelby, OH 43719"],
            sig_title="Mayor"),
        # IIMC Annual Conference 2007: 4 points before 2009 (R3, I5), hours ignored
        L.certificate({"applicant_name": "Winifred O. Reyes", "provider": IIMC,
                       "title": "61st Annual Conference", "start_date": "2007-05-20",
                       "end_date": "2007-05-23", "hours": 18,
                       "location": "Corran Ferry, Pennsylvania", "signatory": pres,
                       "activity": "annual_conference"}, rng, 0, attendance=True,
                      sig_title="IIMC President"),
        # IIMC Annual Conference 2023: 8
        L.certificate({"applicant_name": who, "provider": IIMC, "title": "77th Annual Conference",
                       "start_date": "2023-05-21", "end_date": "2023-05-24", "hours": 16.5,
                       "location": "Quillan, Arizona", "signatory": pres,
                       "activity": "annual_conference"}, rng, 3, attendance=True,
                      sig_title="IIMC President"),
        # the 2023 conference programme (agenda, R15)
        T.agenda({"provider": IIMC, "title": "77th Annual Conference", "start_date": "2023-05-21",
                  "end_date": "2023-05-24", "location": "Quillan, Arizona"}, rng,
                 [("7:30 AM", "Registration opens", ""),
                  ("9:00 AM", "Opening General Session", "Keynote"),
                  ("10:30 AM", "Education Session: Transparency Portals*", "Track A"),
                  ("1:30 PM", "Education Session: Election Security*", "Track B"),
                  ("8:00 AM", "Region Meetings", ""),
                  ("10:00 AM", "Athenian Dialogue (separate registration)", ""),
                  ("2:00 PM", "Annual Business Meeting", ""),
                  ("6:30 PM", "Host City Night", "")],
                 ["Sunday", "Monday", "Tuesday", "Wednesday"]),
        # Athenian Dialogue after 2013-11-23: 3 (EG CMC Education row 7)
        L.certificate({"applicant_name": who, "provider": IIMC,
                       "title": "Athenian Leadership Dialogue: The Civic Commons",
                       "start_date": "2014-03-08", "end_date": "2014-03-08",
                       "location": "Keelby, Ohio", "signatory": "Dr. Tobiah R. Fenwick",
                       "assessment": True, "activity": "athenian_dialogue"}, rng, 5,
                      sig_title="Dialogue Facilitator"),
        # Academy session, 24 h: 12
        L.certificate({"applicant_name": who, "provider": inst,
                       "title": "Academy Session: Parliamentary Procedure for Clerks",
                       "start_date": "2019-09-16", "end_date": "2019-09-18", "hours": 24,
                       "location": "Dunmore Plains, Kansas", "signatory": "Dr. Halvard N. Ostrowe",
                       "activity": "institute"}, rng, 2, sig_title="Academy Director"),
    ]
    return Packet("cmc_03_keelby", m, [("all", docs)],
                  "CMC region 5 as one scanned PDF with a blank separator sheet: college "
                  "credits and a 2007 conference under a former name, county administrative "
                  "then village clerk employment, annual conferences of 2007 (4) and 2023 "
                  "(8), an Athenian Dialogue (3), an Academy session.", single=True)


def cmc_04(rng: Random) -> Packet:
    """Region 10 (Canada): courses without review on the education side, online courses
    with and without assessment, one under four hours, conference by days, A4 letter."""
    who = "Margaux Lindenfeld"
    inst, _, inst_loc = INSTITUTES["laurentide"]
    m = man(who, 10, "2026-10-28", member="131188")
    dname, dt_ = "Prof. Cressida Amadi-Lund", "Directrice / Director"
    files = [
        # Institute module in person, 30 h: 15
        ("laurentide-module-a.pdf", [L.certificate(
            {"applicant_name": who, "provider": inst, "title": "Module A - Le greffier municipal "
             "/ The Municipal Clerk", "start_date": "2024-05-13", "end_date": "2024-05-17",
             "hours": 30, "location": inst_loc, "signatory": dname, "activity": "institute"},
            rng, 0, sig_title=dt_)]),
        # Institute module fully online with assessment, 20 h: 10 (R6)
        ("laurentide-online-module-b.pdf", [L.certificate(
            {"applicant_name": who, "provider": inst, "title": "Module B - Records and "
             "Information Management", "start_date": "2025-01-13", "end_date": "2025-03-07",
             "hours": 20, "delivery": "online", "assessment": True, "signatory": dname,
             "activity": "institute"}, rng, 2, sig_title=dt_)]),
        # course without review, 18 h: 3; Region 10 may use CMC Education (R5, R9)
        ("records-course.pdf", [L.certificate(
            {"applicant_name": who, "provider": TRAINERS["records"],
             "title": "Electronic Records Retention Workshop", "start_date": "2024-11-05",
             "end_date": "2024-11-07", "hours": 18, "location": "Pelham Lake, Ontario",
             "signatory": "Felicity Orenstein", "activity": "course"}, rng, 4,
            sig_title="Lead Facilitator")]),
        # business/vocational school course, 30 h: 3 (EG CMC Regions 10-11 row 2)
        ("vocational-spreadsheets.pdf", [L.certificate(
            {"applicant_name": who, "provider": TRAINERS["vocational_on"],
             "title": "Advanced Spreadsheets for Municipal Finance", "start_date": "2025-09-08",
             "end_date": "2025-11-24", "hours": 30, "location": "Pelham Lake, Ontario",
             "signatory": "Yusuf Tamberlane", "activity": "vocational"}, rng, 1,
            sig_title="Registrar")]),
        # online course of an outside entity without assessment, 12 h: NO_ASSESSMENT,
        # Experience side only, 2 (R6, I9)
        ("online-incident-command.pdf", [L.certificate(
            {"applicant_name": who, "provider": TRAINERS["fema_like"],
             "title": "Introduction to Incident Command for Municipal Staff",
             "start_date": "2025-02-03", "end_date": "2025-02-28", "hours": 12,
             "delivery": "online", "assessment": False, "_platform": TRAINERS["platform"],
             "signatory": "Oscar Lindqvist-Maur", "activity": "course"}, rng, 3,
            sig_title="Training Coordinator")]),
        # online course of 3 hours (with assessment): BELOW_MINIMUM_HOURS (R6)
        ("short-online.pdf", [L.certificate(
            {"applicant_name": who, "provider": TRAINERS["online"],
             "title": "By-law Drafting Basics", "start_date": "2025-04-09",
             "end_date": "2025-04-09", "hours": 3, "delivery": "online", "assessment": True,
             "_platform": TRAINERS["platform"], "signatory": "Perpetua Njoroge",
             "activity": "course"}, rng, 5, sig_title="Program Manager")]),
        # Clerk-Treasurer full-time since 2018-01-15 to present (2026-10-28): 8 x 4 = 32
        ("township-letter.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "Township of Pelham Lake",
             "position": "Clerk-Treasurer", "start_date": "2018-01-15", "end_date": "2026-10-28",
             "employment_type": "full_time", "administrative": True, "sector": "local",
             "signatory": "Ines Valdés-Ruark", "issue_date": "2026-10-06",
             "activity": "employment"}, rng, 0, present=True,
            head_lines=["Corporate Services", "41 Shoreline Rd, Pelham Lake ON P0H 2K4"],
            sig_title="HR Generalist II", admin_words="The Clerk-Treasurer is the "
            "statutory officer with administrative and management responsibility for "
            "council meetings, by-laws, elections and finance.", page_size=A4)]),
        # association conference by days only: 3 days = 3 (R4)
        ("ontario-conference.pdf", [L.certificate(
            {"applicant_name": who, "provider": ASSOCIATIONS["on"],
             "title": "2025 Annual Conference and Trade Show", "start_date": "2025-06-09",
             "end_date": "2025-06-11", "days": 3, "location": "Pelham Lake, Ontario",
             "signatory": "Marguerite Szabo, MMC", "activity": "conference"}, rng, 2,
            attendance=True, sig_title="President")]),
    ]
    return Packet("cmc_04_pelham_lake", m, files,
                  "CMC region 10: an in-person and an online Institute module, a course "
                  "without review and a vocational course on the education side (regions "
                  "10-11), an online course without assessment (NO_ASSESSMENT, Experience "
                  "2), a 3-hour online course (BELOW_MINIMUM_HOURS), a clerk-treasurer on "
                  "A4 paper, a conference stated in days.")
