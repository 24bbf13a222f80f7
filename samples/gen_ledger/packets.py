"""The CMC packets of the ledger set, and the registry of all packets."""

from __future__ import annotations

from dataclasses import dataclass

from . import wordings as w
from .model import Doc
from .world import (
    AZ_REVENUE,
    CEDAR_BLUFF,
    DISTRICT,
    IIMC,
    IOWA_ASSN,
    KANSAS_ASSN,
    KEYSTONE,
    MANITOBA_ASSN,
    MAPLE_INSTITUTE,
    MB_MINISTRY,
    MESA_CC,
    NEWMEX_ASSN,
    NPSU,
    OKLA_LEAGUE,
    PINE_RIDGE_TWP,
    PRAIRIE_INSTITUTE,
    RANSOM_COUNTY,
    RED_MESA,
    SELKIRK,
    SIGNERS,
    SONORAN_INSTITUTE,
    TITLE_CO,
    TULSA_CITY,
    Applicant,
    Person,
)
from .world import BUSINESS_SCHOOL as BIZ
from .world import LAKEHEAD as UNL

S = SIGNERS


@dataclass
class Packet:
    name: str
    applicant: Applicant
    description: str
    files: list[tuple[str, list[Doc]]]
    single: bool = False          # one PDF with NAME.json beside it
    separator_after: tuple[int, ...] = ()   # single PDF: blank sheet after these documents


def _slots(day: str, items: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(day, t, what) for t, what in items]


def p_prairie() -> Packet:
    a = Applicant("Darlene K. Hofstetter", "CMC", 5, "2026-10-14", "220418")
    n = a.name
    inst = PRAIRIE_INSTITUTE
    docs = {
        "institute-year1.pdf": [w.certificate(inst, S["prairie_dir"], n, "Year I", "2022-06-13", "2022-06-17",
                                              activity="institute", hours=36, location="Bismarck Falls, North Dakota",
                                              cosigner=S["kansas_pres"], border=0)],
        "institute-year2.pdf": [w.certificate(inst, S["prairie_dir"], n, "Year II", "2023-06-12", "2023-06-16",
                                              activity="institute", hours=34.5, location="Bismarck Falls, North Dakota",
                                              border=1, family="vera", heading="Certificate of Achievement")],
        "institute-year3.pdf": [w.certificate(inst, S["prairie_dir"], n, "Year III", "2024-06-10", "2024-06-14",
                                              activity="institute", hours=33, location="Bismarck Falls, North Dakota",
                                              issue="2024-07-01", style="certificate_portrait",
                                              heading="Certificate of Completion")],
        "year3-program.pdf": [w.agenda(inst, "Year III Program", "2024-06-10", "2024-06-14",
                                       "Bismarck Falls, North Dakota",
                                       _slots("Monday, June 10", [("8:00 - 8:30", "Registration and coffee"),
                                                                  ("8:30 - 11:45", "Ethics in Local Government: case studies"),
                                                                  ("1:00 - 4:30", "Parliamentary Procedure for Clerks")])
                                       + _slots("Tuesday, June 11", [("8:30 - 11:45", "Budget Literacy for the Clerk's Office"),
                                                                     ("1:00 - 4:30", "Records Retention Schedules")]))],
        "kacc-course.pdf": [w.certificate(KANSAS_ASSN, S["kansas_ed"], n, "Election Law and Administration Update",
                                          "2025-03-20", activity="state_course", hours=6, course_review=True,
                                          location="Salina, Kansas", style="certificate_portrait", family="times",
                                          cr_text="IIMC Course Review No. 2025-041", heading="Certificate of Attendance")],
        "iimc-2019.pdf": [w.certificate(IIMC, S["iimc_pres"], n, "73rd Annual Conference", "2019-05-19", "2019-05-22",
                                        activity="annual_conference", hours=14.5, location="Grand Rapids, Michigan",
                                        cosigner=S["iimc_exec"], border=2, heading="Certificate of Attendance",
                                        phrase2="attended the")],
        "hr-verification.pdf": [w.employment(CEDAR_BLUFF, S["cedar_hr"], n, "City Clerk", "2017-08-01", "", "2026-09-22",
                                             present=True, full_time=True, administrative=True,
                                             received=a.received, head=0, family="times")],
        "transcript-npsu.pdf": [w.transcript(NPSU, n, [
            ("Fall 2008", [("PADM 101", "Introduction to Public Administration", 3, "A"), ("ENGL 110", "College Composition", 3, "B+"),
                           ("POLS 115", "American Government", 3, "A-"), ("MATH 103", "College Algebra", 4, "B")]),
            ("Spring 2009", [("PADM 210", "State and Local Government", 3, "A"), ("COMM 110", "Public Speaking", 3, "A"),
                             ("ECON 201", "Principles of Microeconomics", 3, "B")]),
            ("Fall 2009", [("PADM 330", "Public Budgeting", 3, "A-"), ("PADM 340", "Records and Information Policy", 3, "A")]),
            ("Spring 2010", [("PADM 450", "Capstone in Public Service", 3, "A"), ("POLS 320", "Urban Politics", 3, "B+")]),
            ("Summer 2010", [("PADM 495", "Internship in Municipal Government", 6, "P")])],
            "2026-08-30", degree="Bachelor of Science in Public Administration", degree_date="2010-08-06",
            transfer=[("Bismarck Falls Community College", 62.0)], student_no="N00341872", security=True,
            per_page=3, registrar="Office of the Registrar")],
        "application.pdf": [w.application(n, [("Member number", a.member_id), ("Municipality", "City of Cedar Bluff, Kansas"),
                                               ("Designation applied for", "Certified Municipal Clerk (CMC)")],
                                          "Application for the CMC Designation")],
    }
    return Packet("cmc-prairie-city-clerk", a, "Midwest city clerk: three institute years, a state course "
                  "with course review, a 2019 annual conference, HR letter to present, a bachelor's in "
                  "public administration with transfer credit, the institute's program and the form.",
                  list(docs.items()))


def p_county() -> Packet:
    a = Applicant("Esperanza Villalobos-Reyes", "CMC", 8, "2026-09-03", "318806")
    n = a.name
    deputy = w.employment(RANSOM_COUNTY, S["ransom_hr"], n, "Deputy County Clerk", "2019-02-04", "", "2026-08-12",
                          present=True, full_time=True, administrative=True, form="table", received=a.received, head=2)
    prior = w.employment(RED_MESA, S["redmesa_mgr"], n, "Administrative Assistant to the Town Manager", "2014-05-19",
                         "2019-01-25", "2019-01-28", present=False, full_time=True, administrative=None, form="memo",
                         memo_to="To whom it may concern", re="Service record")
    docs = {
        "01-county-hr.pdf": [deputy],
        "02-town-memo.pdf": [prior],
        "03-academy-module-a.pdf": [w.certificate(SONORAN_INSTITUTE, S["sonoran_dir"], n, "Module A: Foundations of the Clerk's Office",
                                                  "2023-02-06", "2023-02-09", activity="institute", hours=28,
                                                  location="Tucson Ridge, Arizona", family="helv", border=2)],
        "04-academy-module-b.pdf": [w.certificate(SONORAN_INSTITUTE, S["sonoran_dir"], n, "Module B: Elections and Public Records",
                                                  "2024-02-05", "2024-02-08", activity="institute", hours=27.5,
                                                  location="Tucson Ridge, Arizona", family="helv", border=2)],
        "05-nmcra-conference.pdf": [w.certificate(NEWMEX_ASSN, S["newmex_pres"], n, "Annual Clerks and Recorders Conference",
                                                  "2024-09-10", "2024-09-12", activity="conference", days=3,
                                                  location="Ruidoso, New Mexico", style="certificate_portrait",
                                                  days_phrase="Attended {d} full days", heading="Certificate of Attendance")],
        "06-webinar.pdf": [w.certificate(NEWMEX_ASSN, S["newmex_pres"], n, "Open Meetings Act: What Changed in 2025",
                                         "2025-04-17", activity="state_course", hours=2, delivery="webinar",
                                         assessment=True, course_review=True, style="certificate_modern",
                                         platform="Zoom Webinars", assess_text="Post-session quiz passed (9 of 10)",
                                         cr_text="Reviewed and approved through IIMC Course Review")],
        "07-online-course.pdf": [w.certificate(KEYSTONE, S["keystone_ceo"], n, "Customer Service for Public Counters",
                                               "2025-06-02", "2025-06-20", activity="course", hours=8, delivery="online",
                                               style="certificate_modern", platform="LearnStream", course_id="KWL-CS-214",
                                               note="online course without assessment")],
        "08-seminar.pdf": [w.certificate(KEYSTONE, S["keystone_ceo"], n, "Managing Multiple Priorities",
                                         "2024-11-14", activity="course", hours=6.5, location="Albuquerque, New Mexico",
                                         style="certificate_portrait", family="vera", heading="Certificate of Completion",
                                         phrase2="has completed the one-day seminar")],
        "09-husband-letter.pdf": [w.service_letter(
            NEWMEX_ASSN, Person("Ruben Reyes", "Past President"), n, "committee_member",
            f"I am writing on behalf of my wife, {n}, who served on the Education Committee of the "
            "New Mexico Clerks and Recorders Association from 2022 through 2024.",
            title="Education Committee", start="2022-01-01", end="2024-12-31", issue="2025-01-15",
            relationship="wife", head=1, note="letter by the applicant's husband")],
    }
    return Packet("cmc-county-deputy-clerk", a, "Southwest deputy county clerk: HR positions table to "
                  "Present, a town memo for an earlier non-clerk position, two academy modules, a "
                  "conference stating days, a webinar with assessment, an online course without one, "
                  "a seminar, and a letter from the applicant's husband.", list(docs.items()))


def p_manitoba() -> Packet:
    a = Applicant("Marc-André Thibodeau", "CMC", 10, "2026-06-30", "401177")
    n = a.name
    docs = {
        "rm-selkirk-letter.pdf": [w.employment(SELKIRK, S["selkirk_cao"], n, "Assistant Chief Administrative Officer",
                                               "2016-03-07", "", "2026-05-19", present=True, full_time=True,
                                               administrative=True, received=a.received, datefmt="dmy", head=1,
                                               she=False, family="vera")],
        "province-letter.pdf": [w.employment(MB_MINISTRY, S["mb_hr"], n, "Municipal Services Officer",
                                             "2009-09-08", "2016-03-04", "2016-03-04", present=False, full_time=True,
                                             administrative=True, datefmt="dmy", head=0, she=False)],
        "rrv-institute.pdf": [w.certificate(MAPLE_INSTITUTE, S["maple_dir"], n, "Level 1 Certificate Program",
                                            "2018-05-07", "2018-05-11", activity="institute", hours=35,
                                            location="Winnipeg, Manitoba", datefmt="dmy", border=1)],
        "amma-course.pdf": [w.certificate(MANITOBA_ASSN, S["manitoba_ed"], n, "Council Procedures and By-law Drafting",
                                          "2021-10-25", "2021-10-26", activity="course", hours=12,
                                          location="Brandon, Manitoba", datefmt="dmy", style="certificate_portrait",
                                          family="times", note="provincial course without IIMC course review")],
        "bizcollege.pdf": [w.certificate(BIZ, S["bizschool"], n, "Payroll and Bookkeeping Essentials", "2019-01-14",
                                         "2019-03-25", activity="vocational", hours=40, location="Brandon, Manitoba",
                                         datefmt="dmy", style="certificate_portrait", family="helv",
                                         heading="Certificate of Completion", hours_phrase="{h} hours of training")],
        "unl-transcript.pdf": [w.transcript(UNL, n, [
            ("2004-05 Fall/Winter", [("POLI 1100", "Canadian Politics", 6, "B+"), ("ECON 1010", "Intro Economics", 3, "B")]),
            ("2005-06 Fall/Winter", [("POLI 2310", "Local Government in Canada", 3, "A-"), ("ADMN 2020", "Public Sector Finance", 3, "B+"),
                                     ("HIST 1400", "History of the Prairies", 3, "A")])],
            "2026-04-02", student_no="7710022", tstyle=1, heading="STATEMENT OF GRADES",
            no_degree="No degree granted", total_label="Total credit hours", registrar="University Registrar",
            note="credits without a degree, region 10")],
    }
    return Packet("cmc-r10-manitoba-administrator", a, "Canadian (Region 10) municipal administrator: "
                  "municipal and provincial HR letters, an institute level, a provincial course without "
                  "review, a business-college course, and university credits without a degree.",
                  list(docs.items()))


def p_names() -> Packet:
    a = Applicant("Rhonda S. Pettibone", "CMC", 5, "2026-07-21", "255030", former_names=["Rhonda S. Kowalczyk"])
    docs = {
        "iowa-guild-2016.pdf": [w.certificate(IOWA_ASSN, S["iowa_ed"], "Rhonda Kowalczyk", "Fundamentals of Minute Taking",
                                              "2016-04-12", activity="state_course", hours=4, course_review=True,
                                              location="Ames, Iowa", style="certificate_portrait",
                                              cr_text="Approved under IIMC Course Review", note="former name")],
        "iowa-guild-2021.pdf": [w.certificate(IOWA_ASSN, S["iowa_ed"], "Pettibone, Rhonda S.", "Public Records Requests in Practice",
                                              "2021-09-29", activity="state_course", hours=5, course_review=True,
                                              location="Des Moines, Iowa", border=0, family="vera",
                                              cr_text="IIMC Course Review No. 2021-118", note="name inverted")],
        "district-course.pdf": [w.certificate(DISTRICT, S["district_dean"], "Ronald S. Pettibone", "Spreadsheets for Local Government",
                                              "2022-02-08", "2022-03-01", activity="course", hours=12,
                                              location="Joplin, Missouri", style="certificate_portrait", family="helv",
                                              heading="Certificate of Completion", note="someone else's certificate")],
        "prairie-year1.pdf": [w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], "Rhonda Kowalczyk", "Year I", "2017-06-12", "2017-06-16",
                                            activity="institute", hours=36, location="Bismarck Falls, North Dakota",
                                            border=2)],
        "prairie-year2.pdf": [w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], "Rhonda S. Pettibone", "Year II",
                                            "2018-06-11", "2018-06-15", activity="institute", hours=36,
                                            location="Bismarck Falls, North Dakota", border=2)],
        "prairie-year2-copy.pdf": [w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], "Rhonda S. Pettibone", "Year II",
                                                 "2018-06-11", "2018-06-15", activity="institute", hours=36,
                                                 location="Bismarck Falls, North Dakota", border=2, note="duplicate copy")],
        "township-hr.pdf": [w.employment(CEDAR_BLUFF, S["cedar_hr"], "Rhonda S. Pettibone", "Deputy City Clerk",
                                         "2015-01-05", "2026-06-30", "2026-06-30", present=False, full_time=True,
                                         administrative=None, head=1, family="helv")],
    }
    return Packet("cmc-former-name", a, "Married name and former name on certificates, an inverted "
                  "name, a certificate naming someone else, a duplicate copy of an institute year.",
                  list(docs.items()))


def p_incomplete() -> Packet:
    a = Applicant("Lucinda Harjo", "CMC", 6, "2026-05-11", "290114")
    n = a.name
    docs = {
        "okml-no-name.pdf": [w.certificate(OKLA_LEAGUE, S["okla_dir"], None, "Municipal Budget Workshop", "2025-02-26",
                                           activity="course", hours=6, location="Oklahoma City, Oklahoma",
                                           style="certificate_portrait", phrase="presented to ______________________",
                                           note="name left blank")],
        "okml-no-date.pdf": [w.certificate(OKLA_LEAGUE, S["okla_dir"], n, "Cybersecurity Awareness for City Staff", None,
                                           activity="course", hours=4, style="certificate_landscape", border=1,
                                           family="helv", note="no date anywhere")],
        "okml-no-hours.pdf": [w.certificate(OKLA_LEAGUE, S["okla_dir"], n, "Annual Clerks Workshop", "2024-10-08",
                                            "2024-10-10", activity="state_course", course_review=True,
                                            location="Tulsa, Oklahoma", border=0, cr_text="IIMC Course Review approved",
                                            note="no hours printed")],
        "okml-no-title.pdf": [w.certificate(OKLA_LEAGUE, S["okla_dir"], n, None, "2023-08-15", activity="course",
                                            hours=3, location="Norman, Oklahoma", style="certificate_portrait",
                                            phrase2="for completing training", note="no title")],
        "osage-hr.pdf": [w.employment(TULSA_CITY, S["osage_hr"], n, "City Clerk", "2020-07-01", "", "2026-04-28",
                                      present=True, full_time=True, administrative=True, received=a.received, head=2)],
        "iimc-2024.pdf": [w.certificate(IIMC, S["iimc_pres"], n, "78th Annual Conference", "2024-05-19", "2024-05-22",
                                        activity="annual_conference", location="Minneapolis, Minnesota",
                                        cosigner=S["iimc_exec"], border=2, heading="Certificate of Attendance",
                                        phrase2="attended in full the")],
    }
    return Packet("cmc-incomplete-documents", a, "Certificates missing the name, the date, the hours or "
                  "the title; an annual conference without hours; an HR letter to present.",
                  list(docs.items()))


def p_single_cmc() -> Packet:
    a = Applicant("Nora Lindgren", "CMC", 5, "2026-08-17", "266541")
    n = a.name
    docs = [
        w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], n, "Academy Session: Leading Teams", "2025-01-23",
                      activity="institute", hours=3, location="Fargo Crossing, North Dakota", style="certificate_portrait",
                      heading="Academy Certificate"),
        w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], n, "Academy Session: Strategic Communication", "2025-01-24",
                      activity="institute", hours=0.5, location="Fargo Crossing, North Dakota", style="certificate_portrait",
                      heading="Academy Certificate", note="half-hour session, under 1 contact hour"),
        w.certificate(IIMC, S["region_dir"], n, "IIMC Region VI Meeting", "2025-04-03", "2025-04-04", activity="conference",
                      hours=9, location="Sioux Center, Iowa", style="certificate_landscape", border=1, family="helv"),
        w.certificate(KEYSTONE, S["keystone_ceo"], n, "Writing Clear Staff Reports", "2025-03-11", activity="course",
                      hours=2, delivery="online", assessment=True, style="certificate_modern", platform="Canvas Catalog",
                      assess_text="Final assessment: 88% (pass)", note="online course under 4 hours"),
        w.transcript(MESA_CC, n, [
            ("Fall 2011", [("BUS 110", "Business Communication", 3, "A"), ("ACCT 121", "Principles of Accounting I", 4, "B")]),
            ("Spring 2012", [("BUS 150", "Office Management", 3, "A-"), ("CIS 101", "Computer Applications", 3, "A")]),
            ("Fall 2012", [("POLS 201", "State and Local Government", 3, "B+"), ("PADM 210", "Intro to Public Administration", 3, "A")]),
            ("Spring 2013", [("PADM 220", "Municipal Records Management", 3, "A"), ("ENG 102", "Composition II", 3, "B")])],
            "2026-07-01", degree="Associate of Applied Science in Public Administration", degree_date="2013-05-17",
            student_no="MG-88213", per_page=2, security=True, registrar="Director of Records and Registration"),
        w.employment(PINE_RIDGE_TWP, S["pine_hr"], n, "Township Clerk", "2018-04-01", "", "2026-07-30", present=True,
                     full_time=False, administrative=True, received=a.received, head=0, family="times"),
    ]
    return Packet("cmc-scanner-bundle", a, "One scanned PDF with six documents back to back (a blank "
                  "sheet between two): academy sessions (one under an hour), a region meeting, a short "
                  "online course, an associate degree, a part-time township clerk letter.",
                  [("cmc-scanner-bundle.pdf", docs)], single=True, separator_after=(2,))


def p_parttime() -> Packet:
    a = Applicant("Carl Weatherby", "CMC", 7, "2026-03-09", "300902")
    n = a.name
    docs = {
        "red-mesa-parttime.pdf": [w.employment(RED_MESA, S["redmesa_mgr"], n, "Deputy Town Clerk", "2021-01-11", "", "2026-02-16",
                                               present=True, full_time=False, administrative=False, received=a.received,
                                               she=False, head=1, family="vera")],
        "title-company.pdf": [w.employment(TITLE_CO, S["title_hr"], n, "Office Manager", "2010-06-01", "2017-05-31",
                                           "2017-05-26", present=False, full_time=True, administrative=True, she=False,
                                           head=2, form="letter")],
        "azdor.pdf": [w.employment(
            AZ_REVENUE, S["azdor_hr"], n,
            "Revenue Program Specialist", "2017-06-12", "2020-12-31", "2021-01-08", present=False, full_time=True,
            administrative=True, she=False, form="table", head=0)],
        "district-noncredit.pdf": [w.certificate(DISTRICT, S["district_dean"], n, "Grant Writing for Small Communities",
                                                 "2022-09-13", "2022-10-18", activity="course", hours=18,
                                                 location="Joplin, Missouri", style="certificate_landscape", border=1,
                                                 family="times", hours_phrase="{h} clock hours")],
        "okml-receipt.pdf": [w.receipt(OKLA_LEAGUE, n, "2025-08-04", [("For", "Registration, Clerks Workshop"),
                                                                        ("Amount", "$185.00"), ("Method", "Check #4471")],
                                       "R-25-0918")],
        "okml-course.pdf": [w.certificate(OKLA_LEAGUE, S["okla_dir"], n, "Clerks Workshop: Meeting Minutes and Resolutions",
                                          "2025-08-26", "2025-08-27", activity="state_course", hours=11,
                                          course_review=True, location="Stillwater, Oklahoma", style="certificate_portrait",
                                          cr_text="Course Review No. 2025-207 (IIMC)", family="times")],
    }
    return Packet("cmc-part-time-deputy", a, "Part-time deputy clerk with no administrative duties, "
                  "earlier business and state agency positions, a college district course, a "
                  "registration receipt and the course it paid for.", list(docs.items()))


def p_firstperson() -> Packet:
    a = Applicant("Jolene Strickland", "CMC", 6, "2026-11-02", "310457")
    n = a.name
    docs = {
        "a-application.pdf": [w.application(n, [("Member number", a.member_id), ("Region", "6"),
                                                 ("Employer", "City of Osage Springs")], "CMC Application for Designation")],
        "b-my-letter.pdf": [w.service_letter(
            TULSA_CITY, Person(n, "Deputy City Clerk"), n, "committee_member",
            "I served on the Legislative Committee of the Oklahoma Municipal League during 2023 and 2024 and "
            "attended every meeting of the committee.",
            title="Legislative Committee", provider="Oklahoma Municipal League", start="2023-01-01", end="2024-12-31",
            issue="2026-10-01", first_person=True, plain=True, home=["1418 Redbud Lane", "Osage Springs, OK 74105"],
            note="first-person letter by the applicant")],
        "c-okml-letter.pdf": [w.service_letter(
            OKLA_LEAGUE, S["okla_dir"], n, "committee_member",
            f"This letter confirms that {n} served two years as a member of the Municipal Clerks Education "
            "Committee of the Oklahoma Municipal League, from January 2023 through December 2024.",
            title="Municipal Clerks Education Committee", start="2023-01-01", end="2024-12-31", years=2,
            issue="2025-02-03", head=0, family="helv")],
        "d-brochure.pdf": [w.agenda(OKLA_LEAGUE, "Fall Clerks Institute Brochure", "2025-10-07", "2025-10-09",
                                    "Broken Arrow, Oklahoma",
                                    _slots("Tue", [("9:00 AM", "Keynote: The Clerk as Record Keeper"),
                                                   ("10:30 AM", "Breakouts: elections, minutes, records")])
                                    + _slots("Wed", [("9:00 AM", "Open Records Act panel"), ("1:30 PM", "Ethics roundtable")])
                                    + _slots("Thu", [("9:00 AM", "Closing session")]),
                                    two_col=True, head=1, blurb="Three days of practical sessions for clerks and "
                                    "deputies, with networking lunches and an exhibit hall.",
                                    facts_box=[("Fee", "$210 members / $260 non-members"),
                                               ("Lodging", "Conference hotel block available")])],
        "e-okml-conf.pdf": [w.certificate(OKLA_LEAGUE, S["okla_dir"], n, "Fall Clerks Institute", "2025-10-07",
                                          "2025-10-09", activity="conference", hours=15, location="Broken Arrow, Oklahoma",
                                          style="certificate_landscape", border=0, family="vera",
                                          heading="Certificate of Attendance", phrase2="attended the")],
        "f-osage-hr.pdf": [w.employment(TULSA_CITY, S["osage_hr"], n, "Deputy City Clerk", "2012-02-13", "", "2026-10-19",
                                        present=True, full_time=True, administrative=True, received=a.received,
                                        form="memo")],
        "g-receipt.pdf": [w.receipt(IIMC, n, "2026-10-20", [("For", "CMC application fee"), ("Amount", "$50.00")],
                                    "IIMC-77120")],
    }
    return Packet("cmc-first-person-and-paperwork", a, "A first-person letter, a committee letter "
                  "stating years, a brochure with its conference certificate, the application form, "
                  "a fee receipt and an HR memo.", list(docs.items()))


CMC_PACKETS = [p_prairie, p_county, p_manitoba, p_names, p_incomplete, p_single_cmc, p_parttime, p_firstperson]
