"""The five MMC packets (regions 2, 4, 6, 8, 10): Academy work after the CMC, work
dated before it, certification, professional contribution letters of every kind, and
either-side items whose placement matters once Advanced Education is over 60 (R9, R10).
"""

from __future__ import annotations

from random import Random

from reportlab.lib.pagesizes import A4

from . import layouts as L
from . import letters as T
from . import records as R
from .build import Packet, blank
from .packets_cmc import IIMC, man, sig
from .world import ASSOCIATIONS, INSTITUTES, TRAINERS


def _cert(f: dict, rng: Random, style: int, title: str = "Director", **kw) -> list:
    return [L.certificate(f, rng, style, sig_title=title, **kw)]


def mmc_01(rng: Random) -> Packet:
    """Region 2: two Academy sessions, a certification, a course dated before the CMC,
    chair and officer letters, the Annual Conference and a seminar (both either side)."""
    who = "Cornelius P. Ravensworth"
    m = man(who, 2, "2026-10-20", member="097713", program="MMC", prior="2019-05-10")
    inst, _, loc = INSTITUTES["northmark"]
    assoc = ASSOCIATIONS["nj"]
    a = {"applicant_name": who, "provider": inst, "location": loc,
         "signatory": "Dr. Halvard N. Ostrowe", "activity": "institute"}
    files = [
        # Academy 24 h: 12; 30 h: 15 (EG MMC AE row 1)
        ("academy-2021.pdf", _cert(dict(a, title="Master Academy: Advanced Budgeting",
                                        start_date="2021-10-04", end_date="2021-10-06",
                                        hours=24), rng, 3, "Academy Director",
                                   second_signer=sig("dean"))),
        ("academy-2023.pdf", _cert(dict(a, title="Master Academy: Ethics and Leadership",
                                        start_date="2023-10-02", end_date="2023-10-05",
                                        hours=30), rng, 1, "Academy Director")),
        # state course of 2018, before the CMC of 2019-05-10: PREDATES_DESIGNATION
        ("state-course-2018.pdf", _cert(
            {"applicant_name": who, "provider": assoc, "title": "Advanced Minutes Writing",
             "start_date": "2018-11-08", "end_date": "2018-11-08", "hours": 6,
             "location": "Brackwater, New Jersey", "course_review": True,
             "_review_no": "2018-311", "signatory": "Delphine K. Awolowo, CMC",
             "activity": "state_course"}, rng, 5, "Education Chair")),
        # Certified Public Manager, 300 h of training: 7 (EG MMC AE row 5)
        ("cpm-certificate.pdf", _cert(
            {"applicant_name": who, "provider": TRAINERS["cpm"],
             "title": "Certified Public Manager (CPM)", "start_date": "2020-09-01",
             "end_date": "2022-06-10", "hours": 300, "signatory": "Yusuf Tamberlane, CPM",
             "activity": "certification"}, rng, 0, "Program Administrator",
            heading="Certified Public Manager")),
        # seminar without review, 12 h: 2, either side (R5, R9)
        ("seminar-conflict.pdf", _cert(
            {"applicant_name": who, "provider": TRAINERS["pryor_like"],
             "title": "Conflict Resolution for Public Officials", "start_date": "2024-03-05",
             "end_date": "2024-03-06", "hours": 12, "location": "Brackwater, New Jersey",
             "signatory": "Felicity Orenstein", "activity": "course"}, rng, 4,
            "Lead Facilitator")),
        # committee chair, two terms: 2 x 2 = 4 (EG MMC PC row 2)
        ("chair-letter.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Education Committee",
             "start_date": "2022-01-01", "end_date": "2023-12-31", "years": 2,
             "signatory": "Marguerite Szabo, MMC", "issue_date": "2026-02-17",
             "activity": "committee_chair"}, rng,
            f"On behalf of the Executive Board I confirm that {who} served two terms as "
            "Chairperson of the Association's Education Committee, for 2022 and 2023. "
            "Under his leadership the committee redesigned the spring seminar series.",
            head_org=assoc, head_lines=["Municipal Building, Brackwater NJ 08318"],
            sig_title="President")]),
        # officer of the association, 2024-2025 (two years): 2 x 2 = 4 (EG MMC PC row 3)
        ("officer-letter.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Second Vice President",
             "start_date": "2024-01-01", "end_date": "2025-12-31", "years": 2,
             "signatory": "Bettina Kraus", "issue_date": "2026-01-12",
             "activity": "association_officer"}, rng,
            f"This letter certifies that {who} was elected Second Vice President of the "
            f"{assoc} and held that office for two (2) years, January 2024 through December "
            "2025.", head_org=assoc, head_lines=["Office of the Secretary"],
            sig_title="Secretary")]),
        # IIMC Annual Conference 2024: 8 either side (R3, R9)
        ("annual-conference-2024.pdf", _cert(
            {"applicant_name": who, "provider": IIMC, "title": "78th Annual Conference",
             "start_date": "2024-05-19", "end_date": "2024-05-22", "hours": 15,
             "location": "Marlow Heights, Georgia", "signatory": "Ramona J. Delacroix-Whitby, MMC",
             "activity": "annual_conference"}, rng, 0, "IIMC President", attendance=True)),
        ("academy-agenda.pdf", [T.agenda(
            {"provider": inst, "title": "Master Academy: Ethics and Leadership",
             "start_date": "2023-10-02", "end_date": "2023-10-05", "location": loc}, rng,
            [("8:30-10:00", "Ethical Frameworks in Public Service", "Dr. Ostrowe"),
             ("10:15-12:00", "Case Studies: Conflicts of Interest", ""),
             ("1:00-4:00", "Leading Through Change*", "Prof. Amadi-Lund"),
             ("8:30-12:00", "Public Trust and Transparency*", ""),
             ("1:00-4:30", "Team Assessment and Debrief", "")],
            ["Day 1", "Day 2", "Day 3"], two_col=True)]),
    ]
    return Packet("mmc_01_brackwater", m, files,
                  "MMC region 2: two Academy sessions, a CPM certification, a state course "
                  "dated before the CMC (PREDATES_DESIGNATION), chair and officer letters, "
                  "the Annual Conference and a seminar placed by R9, an agenda.")


def mmc_02(rng: Random) -> Packet:
    """Region 4 as one PDF: teaching, on-the-job over its cap, an article, Foundation
    board, a region meeting, an Academy session."""
    who = "Annelise V. Dorrington"
    m = man(who, 4, "2026-09-15", member="102266", program="MMC", prior="2020-02-14")
    inst, _, loc = INSTITUTES["coastal"]
    docs = [
        # taught at an IIMC-approved Institute, 12 hours: 6 either side (EG MMC AE row 7)
        T.service_letter(
            {"applicant_name": who, "provider": inst, "title": "Records Management I",
             "start_date": "2024-04-23", "end_date": "2024-04-23", "hours": 12,
             "signatory": "Prof. Cressida Amadi-Lund", "issue_date": "2024-06-03",
             "activity": "teaching_institute"}, rng,
            f"Thank you for serving on our faculty. This confirms that {who} taught "
            "Records Management I at the First Year Program on April 23, 2024, a total of "
            "twelve (12) hours of instruction including preparation of the assessment.",
            head_org=inst, head_lines=["Halberd State College", "Marlow Heights, Georgia"],
            sig_title="Institute Director"),
        # unique on-the-job project, 120 hours: 15, capped at 12 (EG MMC PC row 8)
        T.service_letter(
            {"applicant_name": who, "provider": "City of Marlow Heights",
             "title": "Municipal Code Recodification Project", "start_date": "2023-01-01",
             "end_date": "2023-09-30", "hours": 120, "signatory": "Barnaby Thistlewood",
             "issue_date": "2025-11-04", "activity": "on_the_job"}, rng,
            f"From January to September 2023, {who} led the recodification of the City's "
            "entire Code of Ordinances, a project outside her daily duties. She devoted "
            "approximately 120 hours outside regular office hours to the project, which "
            "the Council adopted in October 2023.", head_org="City of Marlow Heights",
            head_lines=["Office of the City Manager"], sig_title="City Manager",
            pages2="The new code is now used as a model by three neighbouring cities, and "
            "the Georgia clerks' association invited her to present it. We are grateful "
            "for her initiative."),
        blank(),
        # published article: 1 (EG MMC PC row 9)
        T.service_letter(
            {"applicant_name": who, "provider": "The Clerk's Quarterly",
             "title": "Five Lessons from a Code Recodification", "issue_date": "2024-08-15",
             "signatory": "Perpetua Njoroge", "activity": "personal_accomplishment"}, rng,
            f"I am pleased to confirm that the article \"Five Lessons from a Code "
            f"Recodification\" by {who} was published in the Summer 2024 issue of The "
            "Clerk's Quarterly (Vol. 31, No. 2, pp. 14-19).", head_org="The Clerk's Quarterly",
            head_lines=["Editorial Office"], sig_title="Managing Editor"),
        # IIMC Foundation Board, three years: 3 x 2 = 6 (EG MMC PC row 1)
        T.service_letter(
            {"applicant_name": who, "provider": "IIMC Foundation", "title": "Board of Directors",
             "start_date": "2022-07-01", "end_date": "2025-06-30", "years": 3,
             "signatory": "Leopold Ainsworth-Kray", "issue_date": "2025-07-10",
             "activity": "board_member"}, rng,
            f"{who} served on the IIMC Foundation Board of Directors for three years, from "
            "July 1, 2022 to June 30, 2025.", head_org="IIMC Foundation",
            head_lines=["Scholarships for clerks since 1986"],
            sig_title="Secretary, Board of Directors"),
        # IIMC Region IV meeting, 13 hours: 3 (EG MMC PC row 4)
        L.certificate({"applicant_name": who, "provider": IIMC, "title": "Region IV Meeting",
                       "start_date": "2025-03-10", "end_date": "2025-03-12", "hours": 13,
                       "location": "Marlow Heights, Georgia", "signatory": "Oscar Lindqvist-Maur, MMC",
                       "activity": "conference"}, rng, 2, attendance=True,
                      sig_title="Region Director"),
        # Academy session, 20 h: 10
        L.certificate({"applicant_name": who, "provider": inst,
                       "title": "Master Municipal Clerks Academy: Advanced Parliamentary Practice",
                       "start_date": "2022-10-17", "end_date": "2022-10-19", "hours": 20,
                       "location": loc, "signatory": "Prof. Cressida Amadi-Lund",
                       "activity": "institute"}, rng, 0, sig_title="Academy Director"),
        # state course with review, 16 h: 4
        L.certificate({"applicant_name": who, "provider": ASSOCIATIONS["ga"],
                       "title": "Budget Law for Clerks", "start_date": "2025-08-13",
                       "end_date": "2025-08-14", "hours": 16, "location": "Marlow Heights, Georgia",
                       "course_review": True, "_review_no": "2025-090", "assessment": True,
                       "signatory": "Delphine K. Awolowo, CMC", "activity": "state_course"},
                      rng, 3, sig_title="Education Chair"),
    ]
    return Packet("mmc_02_marlow_heights", m, [("all", docs)],
                  "MMC region 4 as one PDF with a separator sheet: an Institute teaching "
                  "letter (either side), a two-page on-the-job letter over the 12-point cap, "
                  "a publication, Foundation board service, a region meeting, an Academy "
                  "session and a state course.", single=True)


def mmc_03(rng: Random) -> Packet:
    """Region 6: an unused MPA from before the CMC, four Academy sessions (AE over 60),
    so the Annual Conference and a course go to Professional Contribution (R9)."""
    who = "Bartholomew K. Asante"
    m = man(who, 6, "2026-10-05", member="088120", program="MMC", prior="2016-08-19")
    inst, _, loc = INSTITUTES["prairie"]
    a = {"applicant_name": who, "provider": inst, "location": loc,
         "signatory": "Dr. Halvard N. Ostrowe", "activity": "institute"}
    terms = [("Fall 2009", [("PADM 601", "Foundations of Public Administration", 3, "A"),
                            ("PADM 610", "Public Budgeting and Finance", 3, "A-"),
                            ("PADM 620", "Research Methods", 3, "B+")]),
             ("Spring 2010", [("PADM 630", "Public Personnel Administration", 3, "A"),
                              ("PADM 640", "Urban Policy", 3, "A"),
                              ("PADM 650", "Administrative Law", 3, "A-")]),
             ("Fall 2010", [("PADM 660", "Local Government Management", 3, "A"),
                            ("PADM 670", "Ethics in Public Service", 3, "A"),
                            ("PADM 680", "Program Evaluation", 3, "B+")]),
             ("Spring 2011", [("PADM 690", "Capstone in Public Administration", 3, "A"),
                              ("PADM 695", "Records and Information Law", 3, "A"),
                              ("PADM 699", "Internship", 3, "P")])]
    files = [
        # MPA conferred 2011 (before the CMC): the unused-degree exception, no flag (R13);
        # master's takes the bachelor's row: 20 (EG MMC AE row 2, conventions)
        ("mpa-transcript.pdf", [R.transcript(
            {"applicant_name": who, "provider": "University of Dunmore Plains",
             "credit_units": 36.0, "degree": "Master of Public Administration",
             "degree_date": "2011-05-14", "issue_date": "2026-07-07", "activity": "degree",
             "_degree_row": "bachelor_related"}, rng, "A", terms, student_id="UDP-09-55120",
            registrar=sig("registrar_a"))]),
        # Academy 30 h: 15, 32 h: 16, 24 h: 12, 30 h: 15
        ("academy-2019.pdf", _cert(dict(a, title="Academy: Leadership and Governance",
                                        start_date="2019-03-11", end_date="2019-03-14",
                                        hours=30), rng, 0, "Academy Director")),
        ("academy-2021.pdf", _cert(dict(a, title="Academy: Advanced Records Management",
                                        start_date="2021-03-08", end_date="2021-03-11",
                                        hours=32), rng, 2, "Academy Director")),
        ("academy-2023.pdf", _cert(dict(a, title="Academy: Strategic Communication",
                                        start_date="2023-03-13", end_date="2023-03-15",
                                        hours=24), rng, 1, "Academy Director")),
        ("academy-2025.pdf", _cert(dict(a, title="Academy: Finance for Non-Financial Managers",
                                        start_date="2025-03-10", end_date="2025-03-13",
                                        hours=30), rng, 3, "Academy Director",
                                   second_signer=sig("dean"))),
        # the programme of an Academy attended in 2015, before the CMC: an agenda that
        # earns nothing but carries PREDATES_DESIGNATION (R15)
        ("academy-2015-agenda.pdf", [T.agenda(
            {"provider": inst, "title": "Academy: Budget Basics", "start_date": "2015-03-09",
             "end_date": "2015-03-11", "location": loc}, rng,
            [("8:00", "Welcome and pre-assessment", ""), ("8:30", "Fund Accounting", ""),
             ("1:00", "Capital Budgets", ""), ("8:30", "Reading Audits", ""),
             ("1:00", "Post-assessment", "")], ["Monday", "Tuesday", "Wednesday"])]),
        # state course with review, 16 h: 4 (EG MMC AE row 6)
        ("state-course.pdf", _cert(
            {"applicant_name": who, "provider": ASSOCIATIONS["ks"],
             "title": "Kansas Open Records Act in Practice", "start_date": "2024-09-18",
             "end_date": "2024-09-19", "hours": 16, "location": "Dunmore Plains, Kansas",
             "course_review": True, "_review_no": "2024-145", "assessment": True,
             "signatory": "Delphine K. Awolowo, CMC", "activity": "state_course"}, rng, 2,
            "Education Chair")),
        # online course of an outside entity with assessment, 8 h: 1, either side
        ("online-course.pdf", _cert(
            {"applicant_name": who, "provider": TRAINERS["online"],
             "title": "Data Privacy for Local Government", "start_date": "2025-01-06",
             "end_date": "2025-02-14", "hours": 8, "delivery": "online", "assessment": True,
             "_platform": TRAINERS["platform"], "signatory": "Perpetua Njoroge",
             "activity": "course"}, rng, 5, "Program Manager")),
        # webinar without assessment: NO_ASSESSMENT, earns nothing (R6)
        ("webinar.pdf", _cert(
            {"applicant_name": who, "provider": TRAINERS["records"],
             "title": "Email Retention in Ten Minutes a Day", "start_date": "2025-06-12",
             "end_date": "2025-06-12", "hours": 1.5, "delivery": "webinar", "assessment": False,
             "_platform": TRAINERS["platform"], "signatory": "Felicity Orenstein",
             "activity": "course"}, rng, 4, "Lead Facilitator")),
        # IIMC Annual Conference 2025: 8; Professional Contribution side (R9, see module)
        ("annual-conference.pdf", _cert(
            {"applicant_name": who, "provider": IIMC, "title": "79th Annual Conference",
             "start_date": "2025-05-18", "end_date": "2025-05-21", "hours": 14,
             "location": "Hollis Bay, Oregon", "signatory": "Ramona J. Delacroix-Whitby, MMC",
             "activity": "annual_conference"}, rng, 3, "IIMC President", attendance=True)),
        # committee member four years: 4 (EG MMC PC row 7)
        ("committee-letter.pdf", [T.service_letter(
            {"applicant_name": who, "provider": ASSOCIATIONS["ks"], "title": "Resolutions Committee",
             "start_date": "2020-01-01", "end_date": "2023-12-31", "years": 4,
             "signatory": "Harriet Vossberg, MMC", "issue_date": "2024-02-02",
             "activity": "committee_member"}, rng,
            f"{who} was a member of the Resolutions Committee for four years (2020 through "
            "2023) and reviewed every resolution brought to the annual business meeting.",
            head_org=ASSOCIATIONS["ks"], head_lines=["Dunmore Plains, Kansas"],
            sig_title="Chair")]),
        # treasurer of a related professional association, three years: 3 (EG MMC PC row 10)
        ("related-officer.pdf", [T.service_letter(
            {"applicant_name": who, "provider": "Prairie Records & Information Managers Society",
             "title": "Treasurer", "start_date": "2021-01-01", "end_date": "2023-12-31",
             "years": 3, "signatory": "Yusuf Tamberlane", "issue_date": "2024-01-20",
             "activity": "related_officer"}, rng,
            f"The Society thanks {who} for three years as its elected Treasurer, 2021-2023.",
            head_org="Prairie Records & Information Managers Society",
            head_lines=["A chapter of records professionals"], sig_title="President")]),
    ]
    return Packet("mmc_03_dunmore_plains", m, files,
                  "MMC region 6: an unused MPA from before the CMC (no flag, 20), four "
                  "Academy sessions and a state course putting Advanced Education over 60, so "
                  "the Annual Conference and an online course go to Professional Contribution "
                  "(R9); a pre-CMC agenda (PREDATES_DESIGNATION), a webinar without "
                  "assessment, committee and related-officer letters.")


def mmc_04(rng: Random) -> Packet:
    """Region 8: a City Secretary; college credits, teaching a state course, the same
    conference certificate twice, an appreciation letter that names no committee."""
    who = "Graciela N. Montemayor"
    m = man(who, 8, "2026-08-25", member="111954", program="MMC", prior="2017-11-30")
    assoc = ASSOCIATIONS["tx"]
    inst, _, loc = INSTITUTES["prairie"]
    files = [
        # 9 credit units, no degree: 9 (EG MMC PC row 11)
        ("quillan-transcript.pdf", [R.transcript(
            {"applicant_name": who, "provider": "University of Quillan", "credit_units": 9.0,
             "issue_date": "2026-05-12", "activity": "college_credits"}, rng, "B",
            [("SUMMER 2019", [("PAD 5301", "Public Management", 3, "A")]),
             ("FALL 2019", [("PAD 5320", "Municipal Finance", 3, "A-"),
                            ("PAD 5345", "Urban Planning Law", 3, "B+")])],
            student_id="Q2019-7781", registrar=sig("registrar_b"))]),
        # taught 8 hours for a state association course: 2 either side (EG MMC AE row 7)
        ("teaching-letter.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Open Meetings Act Compliance",
             "start_date": "2025-02-20", "end_date": "2025-02-20", "hours": 8,
             "signatory": "Delphine K. Awolowo, CMC", "issue_date": "2025-03-03",
             "activity": "teaching_state"}, rng,
            f"Thank you for teaching \"Open Meetings Act Compliance\" at our Winter Seminar "
            f"on February 20, 2025. Our records credit {who} with eight (8) hours of "
            "teaching and preparation.", head_org=assoc,
            head_lines=["Redan Crossing, Texas"], sig_title="Education Chair",
            salutation="Dear Ms. Montemayor:")]),
        # IIMC committee member, one term: 1 (EG MMC PC row 7)
        ("iimc-committee.pdf", [T.service_letter(
            {"applicant_name": who, "provider": IIMC, "title": "Membership Committee",
             "start_date": "2023-01-01", "end_date": "2024-12-31", "years": 1,
             "signatory": "Ramona J. Delacroix-Whitby, MMC", "issue_date": "2024-07-08",
             "activity": "committee_member"}, rng,
            f"{who} served one term (2023-2024) on the IIMC Membership Committee.",
            head_org=IIMC, head_lines=["Education Department"], sig_title="IIMC President")]),
        # IIMC Annual Conference 2019: 8 either side
        ("annual-conference-2019.pdf", _cert(
            {"applicant_name": who, "provider": IIMC, "title": "73rd Annual Conference",
             "start_date": "2019-05-19", "end_date": "2019-05-22", "hours": 16,
             "location": "Redan Crossing, Texas", "signatory": "Ramona J. Delacroix-Whitby, MMC",
             "activity": "annual_conference"}, rng, 1, "IIMC President", attendance=True)),
        # association annual conference, 20 hours: 5 (EG MMC PC row 4); mailed twice:
        # "lmcsa-conference-copy.pdf" sorts first, so "lmcsa-conference.pdf" is DUPLICATE
        ("lmcsa-conference.pdf", _cert(
            {"applicant_name": who, "provider": assoc, "title": "2024 Annual Conference",
             "start_date": "2024-06-11", "end_date": "2024-06-14", "hours": 20,
             "location": "Redan Crossing, Texas", "signatory": "Marguerite Szabo, MMC",
             "activity": "conference"}, rng, 2, "President", attendance=True)),
        ("lmcsa-conference-copy.pdf", "lmcsa-conference.pdf"),
        # appreciation for "committee service" naming no committee: MISSING_TITLE
        ("appreciation.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "start_date": "2025-01-01",
             "end_date": "2025-12-31", "signatory": "Marguerite Szabo, MMC",
             "issue_date": "2026-01-15", "activity": "committee_member"}, rng,
            f"The Board wishes to thank {who} for her committee service during 2025. Your "
            "time and talent made a difference to city secretaries across the state.",
            head_org=assoc, head_lines=["Redan Crossing, Texas"], sig_title="President")]),
        # Academy sessions: 40 h: 20; online with assessment 12 h: 6
        ("academy-2018.pdf", _cert(
            {"applicant_name": who, "provider": inst, "title": "Academy: Civic Engagement",
             "start_date": "2018-06-04", "end_date": "2018-06-08", "hours": 40, "location": loc,
             "signatory": "Dr. Halvard N. Ostrowe", "activity": "institute"}, rng, 0,
            "Academy Director")),
        ("academy-online-2022.pdf", _cert(
            {"applicant_name": who, "provider": inst, "title": "Academy Online: Risk Management",
             "start_date": "2022-02-07", "end_date": "2022-03-18", "hours": 12,
             "delivery": "online", "assessment": True, "signatory": "Dr. Halvard N. Ostrowe",
             "activity": "institute"}, rng, 4, "Academy Director")),
    ]
    return Packet("mmc_04_redan_crossing", m, files,
                  "MMC region 8: graduate credits without a degree, teaching for a state "
                  "course, an IIMC committee term, the 2019 Annual Conference, a conference "
                  "certificate mailed twice (DUPLICATE), an appreciation letter naming no "
                  "committee (MISSING_TITLE), in-person and online Academy sessions.")


def mmc_05(rng: Random) -> Packet:
    """Region 10: accents and post-nominals on the name, a hybrid course without
    assessment, CD-ROM, Conference Academy, Athenian Dialogue, a pre-CMC course."""
    who = "Étienne M. Beaulieu"
    m = man(who, 10, "2026-11-20", member="133790", program="MMC", prior="2018-06-01")
    inst, _, loc = INSTITUTES["laurentide"]
    assoc = ASSOCIATIONS["on"]
    files = [
        # Academy 36 h, name printed without accent and with CMC (R14): 18
        ("academie-2019.pdf", _cert(
            {"applicant_name": "Etienne Beaulieu, CMC", "provider": inst,
             "title": "Académie des greffiers - Session avancée", "start_date": "2019-05-13",
             "end_date": "2019-05-17", "hours": 36, "location": loc,
             "signatory": "Prof. Cressida Amadi-Lund", "activity": "institute"}, rng, 0,
            "Directrice / Director")),
        # hybrid course without assessment, 10 h: NO_ASSESSMENT, PC row 12 only: 1.5
        ("hybrid-course.pdf", _cert(
            {"applicant_name": who, "provider": TRAINERS["records"],
             "title": "Digitization Projects for Municipal Archives", "start_date": "2024-10-01",
             "end_date": "2024-10-29", "hours": 10, "delivery": "hybrid", "assessment": False,
             "signatory": "Felicity Orenstein", "activity": "course"}, rng, 2,
            "Lead Facilitator")),
        # IIMC CD-ROM course: 1 (EG MMC AE row 12)
        ("cdrom.pdf", _cert(
            {"applicant_name": who, "provider": IIMC, "title": "CD-ROM Course: Records Disaster "
             "Recovery", "start_date": "2020-02-10", "end_date": "2020-02-10",
             "signatory": "Ramona J. Delacroix-Whitby, MMC", "activity": "cd_rom"}, rng, 5,
            "Director of Education")),
        # Conference Academy session: 2 (EG MMC AE row 13)
        ("conference-academy.pdf", _cert(
            {"applicant_name": who, "provider": IIMC,
             "title": "Annual Conference Academy: Negotiation Skills", "start_date": "2024-05-19",
             "end_date": "2024-05-19", "hours": 3, "location": "Marlow Heights, Georgia",
             "signatory": "Ramona J. Delacroix-Whitby, MMC", "activity": "conference_academy"},
            rng, 3, "Director of Education")),
        # Athenian Dialogue 2021 with assessment: 3 (EG MMC AE row 10)
        ("athenian.pdf", _cert(
            {"applicant_name": who, "provider": IIMC,
             "title": "Athenian Leadership Society Dialogue: Citizens and the Common Good",
             "start_date": "2021-11-06", "end_date": "2021-11-06", "assessment": True,
             "signatory": "Dr. Tobiah R. Fenwick", "activity": "athenian_dialogue"}, rng, 1,
            "Facilitator")),
        # association course of 2017, before the CMC (2018-06-01): PREDATES_DESIGNATION
        ("course-2017.pdf", _cert(
            {"applicant_name": who, "provider": assoc, "title": "Municipal Elections Act Update",
             "start_date": "2017-09-21", "end_date": "2017-09-21", "hours": 6,
             "location": "Pelham Lake, Ontario", "signatory": "Marguerite Szabo, MMC",
             "activity": "course"}, rng, 4, "President")),
        # on-the-job achievement, 40 hours: 5 (EG MMC PC row 8)
        ("on-the-job.pdf", [T.service_letter(
            {"applicant_name": who, "provider": "Township of Pelham Lake",
             "title": "Bilingual Council Agenda System", "start_date": "2025-01-01",
             "end_date": "2025-06-30", "hours": 40, "signatory": "Ines Valdés-Ruark",
             "issue_date": "2025-09-02", "activity": "on_the_job"}, rng,
            f"This letter recognizes {who} for designing the Township's bilingual council "
            "agenda system between January and June 2025, work outside his daily duties "
            "that took some forty (40) hours.", head_org="Township of Pelham Lake",
            head_lines=["Corporate Services"], sig_title="HR Generalist II", page_size=A4)]),
        # committee chair four years: 4 x 2 = 8 (EG MMC PC row 2)
        ("chair-letter.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Municipal Elections Committee",
             "start_date": "2021-01-01", "end_date": "2024-12-31", "years": 4,
             "signatory": "Marguerite Szabo, MMC", "issue_date": "2025-02-11",
             "activity": "committee_chair"}, rng,
            f"{who} chaired the Association's Municipal Elections Committee for four years, "
            "2021 to 2024.", head_org=assoc, head_lines=["Pelham Lake, Ontario"],
            sig_title="President", page_size=A4)]),
    ]
    return Packet("mmc_05_pelham_lake", m, files,
                  "MMC region 10: a certificate under the name without accent and with "
                  "CMC, a hybrid course without assessment (NO_ASSESSMENT, PC only), "
                  "CD-ROM, Conference Academy and Athenian Dialogue, a pre-CMC course "
                  "(PREDATES_DESIGNATION), on-the-job and committee chair letters.")


MAKERS = [mmc_01, mmc_02, mmc_03, mmc_04, mmc_05]
