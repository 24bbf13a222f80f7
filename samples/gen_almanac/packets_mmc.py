"""MMC packets m01-m05: academies, degrees before the CMC, service letters, placement.

Prior designations differ per packet; documents dated before them are
PREDATES_DESIGNATION, except college degrees (the unused-degree exception, R13). Either-
side items (annual conferences, teaching, seminars without review) are placed by R9;
m05 shows the R10 combination: Advanced Education above 60 lends up to 20 points to
Professional Contribution.
"""

from __future__ import annotations

from .forms import Agenda, ApplicationForm
from .kit import PA_COURSES, d, seed, terms
from .layouts import Cert, Diploma
from .letters import Employment, Service
from .model import File, Packet
from .records import Transcript
from .unusual import blank_pages
from .world import (
    ASSN_AUSTRALIA,
    ASSN_NEWENGLAND,
    ASSN_NEWJERSEY,
    ASSN_NEWMEXICO,
    ASSN_OREGON,
    CERT_BODY,
    CITY_ALAMILLO,
    CITY_JUNIPER,
    COL_CONSERVATORIUM,
    COL_LAKESHORE,
    COL_PIEDMONT,
    COL_SANTAFE,
    COL_WILLAMETTE,
    IIMC,
    IIMC_FOUNDATION,
    INST_CASCADE,
    INST_GRANITE,
    INST_MESA,
    PLATFORM_CLASSNEST,
    RELATED_ASSN,
    SHIRE_AUS,
    TRAIN_CIVICPOINT,
    TRAIN_REDCEDAR,
    TRAIN_SUMMIT,
)

GRAD = [("PADM 501", "Foundations of Public Administration", 3.0, "A"),
        ("PADM 510", "Public Budgeting and Finance", 3.0, "A-"),
        ("PADM 520", "Research Methods", 3.0, "B+"), ("PADM 530", "Public Personnel Administration", 3.0, "A"),
        ("PADM 540", "Administrative Law", 3.0, "A"), ("PADM 550", "Organizational Theory", 3.0, "A-"),
        ("PADM 560", "Local Government Management", 3.0, "A"), ("PADM 570", "Policy Analysis", 3.0, "B+"),
        ("PADM 580", "Ethics and Leadership", 3.0, "A"), ("PADM 590", "Records and Archives Policy", 3.0, "A"),
        ("PADM 595", "Internship", 3.0, "P"), ("PADM 599", "Capstone Project", 3.0, "A")]


def m01() -> Packet:
    nm, rec = "Harriet V. Lindqvist", d(2026, 10, 28)
    academy = Cert(nm, INST_CASCADE, "Advanced Academy: Leadership in Turbulent Times", d(2021, 9, 20),
                   d(2021, 9, 22), "institute", hours=20, location="Bend Ridge, Oregon", layout=0, wording=0,
                   signers=[("Lorraine Ebbesen", "Institute Director")], seed=seed("m01", 1))
    crgp = Cert(nm, CERT_BODY, "Certified Records Governance Professional (CRGP)", d(2022, 2, 1),
                d(2022, 11, 30), "certification", hours=60, issue=d(2022, 12, 5), layout=2, wording=4,
                extra=["60 hours of training and a proctored examination"],
                signers=[("Winifred Scarsdale", "Executive Director")], seed=seed("m01", 2))
    mpa = Transcript("Lindqvist, Harriet V.", COL_WILLAMETTE, "NSU-0087712", terms(
        ["Fall 2010", "Winter 2011", "Spring 2011", "Fall 2011", "Winter 2012", "Spring 2012"], GRAD, 2),
        d(2026, 9, 1), style=0, degree="Master of Public Administration", degree_date=d(2012, 6, 10),
        seed=seed("m01", 3), rows_per_page=14)
    teach = Service(nm, ASSN_OREGON, "Records Retention Basics", "teaching_state",
                    ("Samuel Brannigan", "Education Chair"), d(2024, 5, 2), d(2024, 4, 18), d(2024, 4, 18),
                    hours=3, style=1, seed=seed("m01", 4))
    chair = Service(nm, ASSN_OREGON, "Education Committee", "committee_chair",
                    ("Marcus Tillinghast", "President"), d(2023, 1, 20), d(2020, 1, 1), d(2022, 12, 31),
                    years=3, month_dates=True, style=0, seed=seed("m01", 5))
    old = Cert(nm, ASSN_OREGON, "2018 OAMRC Fall Conference", d(2018, 10, 2), d(2018, 10, 4), "conference",
               hours=15, location="Seaside Point, Oregon", layout=4, wording=3,
               signers=[("Nora Kettleworth", "Conference Chair")], seed=seed("m01", 6))
    job = Employment(nm, CITY_JUNIPER, "City Recorder", d(2012, 1, 3), None, rec, "local", d(2026, 10, 1),
                     ("Judith Okereke", "Human Resources Director"), "full_time", True, style=0, wording=1,
                     seed=seed("m01", 7))
    return Packet("m01-lindqvist", "MMC, Region 9, CMC on 2019-03-15: an Academy program, a "
                  "certification with 60 training hours (7), a master's degree of 2012 never used "
                  "(counts: the unused-degree exception) on a transcript naming her 'Lindqvist, "
                  "Harriet V.', a teaching letter for a state course (either side), a committee "
                  "chair for three years, a 2018 conference (PREDATES_DESIGNATION), and an HR letter "
                  "(no MMC credit for time on the job).", "MMC",
                  {"name": nm, "member_id": "098812", "region": 9, "membership": "full"}, rec,
                  d(2019, 3, 15),
                  files=[File("academy_leadership.pdf", [academy.doc()]),
                         File("crgp_certification.pdf", [crgp.doc()]), File("mpa_transcript.pdf", [mpa.doc()]),
                         File("teaching_letter.pdf", [teach.doc()]), File("education_chair.pdf", [chair.doc()]),
                         File("fall_conference_2018.pdf", [old.doc()]), File("juniper_hr.pdf", [job.doc()])])


def m02() -> Packet:
    nm, rec = "Ottoline R. Pemberton", d(2026, 9, 8)
    form = ApplicationForm(nm, "MMC", "101450", 1, "Town of East Harwick", d(2026, 8, 30), seed("m02", 0))
    s1 = Cert(nm, INST_GRANITE, "Academy Session: Conflict Resolution for Clerks", d(2021, 4, 12),
              d(2021, 4, 12), "institute", hours=6, location="North Hollis, New Hampshire", layout=3,
              wording=1, signers=[("Phineas Goodhue", "Academy Director")], seed=seed("m02", 1))
    s2 = Cert(nm, INST_GRANITE, "Academy: Municipal Finance for Clerks", d(2022, 4, 11), d(2022, 4, 12),
              "institute", hours=12, location="North Hollis, New Hampshire", layout=1, wording=0,
              date_style="abbr", signers=[("Phineas Goodhue", "Academy Director")], seed=seed("m02", 2))
    ath = Cert(nm, IIMC, "Athenian Dialogue: Team of Rivals", d(2022, 11, 3), d(2022, 11, 3),
               "athenian_dialogue", assessment=True, location="Portsmouth Harbor, New Hampshire", layout=0,
               wording=3, signers=[("Mirela Popescu", "IIMC President")], seed=seed("m02", 3))
    board = Service(nm, IIMC_FOUNDATION, "IIMC Foundation Board of Directors", "board_member",
                    ("Colette Durand", "Foundation Chair"), d(2025, 7, 15), d(2023, 7, 1), d(2025, 6, 30),
                    style=2, seed=seed("m02", 4))
    article = Service(nm, ASSN_NEWENGLAND, "Ten Lessons from a Town Meeting Recount",
                      "personal_accomplishment", ("Bernard Ashworth", "Newsletter Editor"), d(2024, 9, 15),
                      style=3, seed=seed("m02", 5))
    y3 = Cert(nm, INST_GRANITE, "Institute Year 3", d(2019, 10, 14), d(2019, 10, 18), "institute",
              hours=40, location="North Hollis, New Hampshire", layout=0, wording=2,
              signers=[("Phineas Goodhue", "Institute Director")], seed=seed("m02", 6))
    agenda = Agenda(ASSN_NEWENGLAND, "New England Clerks Fall Conference", d(2024, 10, 21), d(2024, 10, 22),
                    "Burlington Wharf, Vermont", [
                        ("Mon 9:00", "Keynote: The Clerk in the Age of Misinformation", "Dana Whitford"),
                        ("Mon 10:30", "Vital Records Case Law", "Atty. Simon Kells"),
                        ("Mon 1:30", "Town Meeting Moderation", "Panel of moderators"),
                        ("Mon 3:00", "Dog Licensing Without Tears", "Irene Sato"),
                        ("Tue 9:00", "Emergency Preparedness for Elections", "State Elections Office"),
                        ("Tue 11:00", "Closing Roundtable", "NEACTC Board")], style=1)
    parts = [form.doc(), s1.doc(), s2.doc(), ath.doc(), None, board.doc(), article.doc(), y3.doc(),
             agenda.doc()]
    return Packet("m02-pemberton", "MMC, Region 1, one PDF of the whole packet, CMC on 2020-06-01: "
                  "form, two Academy certificates, an Athenian Dialogue (3), a blank separator, an "
                  "IIMC Foundation board letter (2 per year), a published article (1), an institute "
                  "year of 2019 (PREDATES_DESIGNATION), a conference brochure (no points).", "MMC",
                  {"name": nm, "member_id": "101450", "region": 1, "membership": "full"}, rec,
                  d(2020, 6, 1), files=[File("scan.pdf", parts)], single_pdf=True)


def m03() -> Packet:
    nm, rec = "Leopold A. Vandermeer", d(2026, 3, 16)
    bio = Diploma(nm, COL_PIEDMONT, "Bachelor of Science in Biology", d(1998, 5, 9),
                  [("Harland Voss", "President of the University")], seed("m03", 1))
    ac23 = Cert(nm, IIMC, "IIMC 77th Annual Conference", d(2023, 5, 21), d(2023, 5, 24), "annual_conference",
                location="Lakeview Harbor, Ohio", layout=4, wording=2,
                signers=[("Mirela Popescu", "IIMC President")], seed=seed("m03", 2))
    ac25 = Cert(nm, IIMC, "IIMC 79th Annual Conference", d(2025, 5, 18), d(2025, 5, 21), "annual_conference",
                hours=17.5, location="Cedar Bay, Florida", layout=1, wording=3,
                signers=[("Rafael Ortegon", "IIMC President")], seed=seed("m03", 3))
    grant = Cert(nm, TRAIN_CIVICPOINT, "Grant Writing Fundamentals", d(2024, 2, 5), d(2024, 3, 8), "course",
                 hours=12, delivery="online", platform=PLATFORM_CLASSNEST, layout=3, wording=0,
                 signers=[("Owen Tremblay", "Program Manager")], seed=seed("m03", 4))
    credits = Transcript(nm, COL_LAKESHORE, "L01177690", [
        ("FALL 2019", [PA_COURSES[12], PA_COURSES[14], PA_COURSES[16]]),
        ("WINTER 2020", [PA_COURSES[17], ("PADM 299", "Special Topics: Elections", 3.0, "W")])],
        d(2026, 1, 20), style=1, seed=seed("m03", 5))
    agenda = Agenda(ASSN_NEWJERSEY, "2016 Municipal Clerks Spring Seminar", d(2016, 4, 12), d(2016, 4, 13),
                    "Atlantic Shores, New Jersey", [
                        ("8:30 - 9:00", "Registration and continental breakfast", ""),
                        ("9:00 - 10:30", "OPRA Requests and Exemptions", "Martin Greaves"),
                        ("10:45 - 12:00", "Codification of Ordinances", "Celia Brandt"),
                        ("1:00 - 2:30", "Raffle and Bingo Licensing", "Legalized Games Control"),
                        ("2:45 - 4:00", "Records Destruction Requests", "State Archives")])
    labor = Cert(nm, ASSN_NEWJERSEY, "Labor Relations for Clerks", d(2021, 6, 8), d(2021, 6, 9), "state_course",
                 hours=9, location="Trenton Landing, New Jersey", review_no="2021-0233", layout=2, wording=1,
                 stamp=rec,
                 signers=[("Celia Brandt", "Education Chair")], seed=seed("m03", 6))
    return Packet("m03-vandermeer", "MMC, Region 2, CMC on 2017-11-01: a 1998 biology degree "
                  "(unrelated, 10; unused-degree exception), two IIMC Annual Conferences (8 each, "
                  "one certificate printing no hours), an online course without assessment "
                  "(NO_ASSESSMENT: Professional Contribution at 1 per 6 h), college credits without a "
                  "degree, a 2016 agenda (PREDATES_DESIGNATION though it earns nothing), a reviewed "
                  "state course (9 h: 2.0).", "MMC",
                  {"name": nm, "member_id": "096071", "region": 2, "membership": "full"}, rec,
                  d(2017, 11, 1),
                  files=[File("diploma_biology.pdf", [bio.doc()]), File("iimc_ac_2023.pdf", [ac23.doc()]),
                         File("iimc_ac_2025.pdf", [ac25.doc()]),
                         File("grant_writing_online.pdf", [grant.doc()]),
                         File("lakeshore_credits.pdf", [credits.doc()]),
                         File("njmca_agenda_2016.pdf", [agenda.doc()]), File("njmca_labor.pdf", [labor.doc()])])


def m04() -> Packet:
    nm, rec = "Annika S. Holmgaard", d(2026, 2, 9)
    meet = Cert(nm, ASSN_AUSTRALIA, "Meeting Procedure and Standing Orders", d(2024, 8, 12), d(2024, 8, 14),
                "course", hours=18, location="Ballarat Vale, Victoria", no_review_line=True, layout=0,
                wording=0, date_style="dmy", signers=[("Graeme Whitford", "Chief Executive")],
                seed=seed("m04", 1))
    forum = Cert(nm, ASSN_AUSTRALIA, "LGCN Annual Forum 2025", d(2025, 3, 20), d(2025, 3, 21), "conference",
                 days=2, location="Geelong Quay, Victoria", layout=2, wording=3, date_style="dmy",
                 signers=[("Graeme Whitford", "Chief Executive")], seed=seed("m04", 2))
    acad = Cert(nm, IIMC, "Annual Conference Academy: Navigating Political Change", d(2025, 5, 17),
                d(2025, 5, 17), "conference_academy", location="Cedar Bay, Florida", layout=1, wording=1,
                signers=[("Rafael Ortegon", "IIMC President")], seed=seed("m04", 3))
    chair = Service(nm, ASSN_AUSTRALIA, "Professional Standards Committee", "committee_chair",
                    ("Graeme Whitford", "Chief Executive"), d(2025, 11, 20), years=2, style=3,
                    seed=seed("m04", 4))
    music = Diploma(nm, COL_CONSERVATORIUM, "Bachelor of Music", d(2003, 12, 12),
                    [("Imogen Laurie", "Vice-Chancellor"), ("Petra Kowalczyk", "Registrar")], seed("m04", 5))
    old = Cert(nm, TRAIN_REDCEDAR, "Digital Records Essentials", d(2017, 9, 4), d(2017, 9, 5), "course",
               hours=12, location="Melbourne Docklands, Victoria", layout=5, wording=1, date_style="dmy",
               signers=[("Siobhan Kerrigan", "Lead Facilitator")], seed=seed("m04", 6))
    job = Employment(nm, SHIRE_AUS, "Governance Coordinator", d(2016, 2, 1), None, rec, "local",
                     d(2026, 1, 12), ("Margot Ellery", "People and Culture Manager"), "full_time", True,
                     style=1, wording=0, date_style="dmy", dept="People and Culture", seed=seed("m04", 7))
    return Packet("m04-holmgaard", "MMC, Region 11 (Australia), CMC on 2018-05-01: a course "
                  "without IIMC review (either side, 1 per 6 h), a forum certificate stating 2 days, a "
                  "Conference Academy session (2), a committee chair for two terms (no dates), a "
                  "Bachelor of Music of 2003 (unrelated, 10), a 2017 course (PREDATES_DESIGNATION; not "
                  "in Policy 5.15.060's 2011-2014 window), an HR letter (no MMC credit).", "MMC",
                  {"name": nm, "member_id": "133902", "region": 11, "membership": "full"}, rec,
                  d(2018, 5, 1),
                  files=[File("lgcn_meeting_procedure.pdf", [meet.doc()]), File("lgcn_forum.pdf", [forum.doc()]),
                         File("academy_session.pdf", [acad.doc()]), File("standards_chair.pdf", [chair.doc()]),
                         File("music_degree.pdf", [music.doc()]), File("records_course_2017.pdf", [old.doc()]),
                         File("wattle_employment.pdf", [job.doc()])])


def m05() -> Packet:
    nm, rec = "Ignatius T. Borowski", d(2026, 11, 2)
    a1 = Cert(nm, INST_MESA, "Academy for Advanced Education, Year 1", d(2022, 9, 12), d(2022, 9, 15),
              "institute", hours=30, location="Alamillo, New Mexico", layout=0, wording=1,
              signers=[("Rosa Villase\u00f1or", "Institute Director")], seed=seed("m05", 1))
    a2 = Cert(nm, INST_MESA, "Academy for Advanced Education, Year 2", d(2023, 9, 11), d(2023, 9, 14),
              "institute", hours=30, location="Alamillo, New Mexico", layout=2, wording=0, security=True,
              signers=[("Rosa Villase\u00f1or", "Institute Director")], seed=seed("m05", 2))
    st = Cert(nm, ASSN_NEWMEXICO, "Advanced Records Management", d(2024, 3, 5), d(2024, 3, 8), "state_course",
              hours=16, location="Santa Rita, New Mexico", review_no="2023-1419", layout=3, wording=2,
              signers=[("Vikram Desai", "Training Director")], seed=seed("m05", 3))
    mpa = Transcript(nm, COL_SANTAFE, "900-44-1025", terms(
        ["Fall 2021", "Spring 2022", "Fall 2022", "Spring 2023"], GRAD, 3), d(2026, 9, 18), style=2,
        degree="Master of Public Administration", degree_date=d(2023, 5, 13), seed=seed("m05", 4),
        rows_per_page=16)
    ac22 = Cert(nm, IIMC, "IIMC 76th Annual Conference", d(2022, 5, 15), d(2022, 5, 18), "annual_conference",
                hours=18, location="Bayfront City, Texas", layout=0, wording=3,
                signers=[("Clement Ashby", "IIMC President")], seed=seed("m05", 5))
    ac24 = Cert(nm, IIMC, "IIMC 78th Annual Conference", d(2024, 5, 19), d(2024, 5, 22), "annual_conference",
                hours=16, location="Riverside Landing, California", layout=1, wording=2,
                signers=[("Mirela Popescu", "IIMC President")], seed=seed("m05", 6))
    sem = Cert(nm, TRAIN_SUMMIT, "Leading Change in Public Organizations", d(2025, 3, 4), d(2025, 3, 5),
               "course", hours=12, location="Albuquerque Mesa, New Mexico", layout=5, wording=3,
               signers=[("Agnes Whitlock", "Seminar Leader")], seed=seed("m05", 7))
    comm = Service(nm, IIMC, "IIMC Policy Review Committee", "committee_member",
                   ("Mirela Popescu", "IIMC President"), d(2025, 6, 20), d(2022, 6, 1), d(2025, 5, 31),
                   month_dates=True, style=0, seed=seed("m05", 8))
    pres = Service(nm, ASSN_NEWMEXICO, "President", "association_officer", ("Vikram Desai", "Executive Director"),
                   d(2026, 1, 15), years=1, style=1, seed=seed("m05", 9))
    vp = Service(nm, RELATED_ASSN, "Vice President", "related_officer", ("Tobias Renwick", "Secretary"),
                 d(2024, 8, 1), d(2022, 7, 1), d(2024, 6, 30), style=2, seed=seed("m05", 10))
    otj = Service(nm, CITY_ALAMILLO, "Council Chambers Records Digitization Project", "on_the_job",
                  ("Esteban Marrufo", "City Manager"), d(2024, 12, 10), d(2024, 2, 1), d(2024, 11, 29),
                  hours=48, style=3, seed=seed("m05", 11))
    teach = Service(nm, INST_MESA, "Records Management I", "teaching_institute",
                    ("Rosa Villase\u00f1or", "Institute Director"), d(2025, 10, 1), d(2025, 9, 16),
                    d(2025, 9, 16), hours=6, style=0, seed=seed("m05", 12))
    return Packet("m05-borowski", "MMC, Region 7, CMC on 2021-02-10: two Academy years, a reviewed "
                  "state course, an MPA of 2023 (20), two IIMC Annual Conferences, a seminar without "
                  "review and institute teaching (either side: all placed in Advanced Education, whose "
                  "excess over 60 lends 15 combination points to Professional Contribution, R10), a "
                  "committee member, an association president for one term, a related association's "
                  "vice president, on-the-job work in hours, a PDF of blank pages (UNREADABLE).", "MMC",
                  {"name": nm, "member_id": "107734", "region": 7, "membership": "full"}, rec,
                  d(2021, 2, 10),
                  files=[File("academy_y1.pdf", [a1.doc()]), File("academy_y2.pdf", [a2.doc()]),
                         File("state_course.pdf", [st.doc()]), File("mpa_transcript.pdf", [mpa.doc()]),
                         File("ac_2022.pdf", [ac22.doc()]), File("ac_2024.pdf", [ac24.doc()]),
                         File("summit_seminar.pdf", [sem.doc()]), File("iimc_committee.pdf", [comm.doc()]),
                         File("president_letter.pdf", [pres.doc()]), File("records_society_vp.pdf", [vp.doc()]),
                         File("otj_letter.pdf", [otj.doc()]), File("teaching_highmesa.pdf", [teach.doc()]),
                         File("blank_pages.pdf", [blank_pages(2)])])


PACKETS = [m01, m02, m03, m04, m05]
