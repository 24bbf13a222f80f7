"""The five MMC packets: what each envelope holds, paper by paper."""
from __future__ import annotations

from .build import BLANK
from .kinds import agenda, cert, degree, employment, letter
from .packets_cmc import _form
from .records import transcript
from .world import ASSOCIATIONS, COLLEGES, IIMC_LONG, INSTITUTES, PLATFORMS, TRAINERS


def fairweather() -> dict:
    name = "Constance E. Fairweather"
    inst, _, town = INSTITUTES["thornbury"]
    assoc = ASSOCIATIONS["oh"]
    files = [
        ("academy-2017.pdf", [cert("landscape", "institute", ("2017-09-18", "2017-09-22"), title="Advanced Academy: Strategic Planning",
            applicant_name=name, provider=inst, location=town, hours=24, signatory="Dr. Lionel Achterberg",
            look={"banner": "Academy Certificate", "border": "double", "colour": "maroon", "role": "Institute Director",
                  "seal": "THORNBURY STATE UNIVERSITY", "dates": "long"}),
            agenda(("2017-09-18", "2017-09-22"), {"schedule": [("Monday", [("8:00", "Check-in and welcome"), ("9:00", "Environmental scanning")]),
                ("Tuesday", [("8:30", "Scenario planning workshop")])], "colour": "maroon"},
                title="Advanced Academy: Strategic Planning", provider=inst, location=town)]),
        ("academy-2021.pdf", [cert("landscape", "institute", ("2021-09-20", "2021-09-24"), title="Advanced Academy: Managing Public Records in a Digital Age",
            applicant_name=name, provider=inst, location=town, hours=24, signatory="Dr. Lionel Achterberg",
            look={"banner": "Academy Certificate", "border": "double", "colour": "maroon", "role": "Institute Director",
                  "seal": "THORNBURY STATE UNIVERSITY", "dates": "long"})]),
        ("cpm.pdf", [cert("formal", "certification", ("2022-01-10", "2023-06-09"), title="Certified Public Manager Program",
            applicant_name=name, provider="Ashgrove State University Center for Public Management", hours=300,
            signatory="Prof. Wilhelmina Sato", issue_date="2023-06-09",
            look={"heading": "Ashgrove State University", "banner": "Certified Public Manager", "colour": "navy", "border": "double",
                  "role": "Program Director", "seal": "ASHGROVE STATE UNIVERSITY", "dates": "long", "hours_style": "credit",
                  "issued_word": "Awarded", "intro": 0, "body": "fulfilled"})]),
        ("letters.pdf", [
            letter("teaching_institute", "2024-07-09", title="Ethics for the Municipal Clerk", provider=inst, applicant_name=name,
                   hours=6, signatory="Dr. Lionel Achterberg", issue_date="2024-07-30",
                   look={"head": "centred", "head_name": inst, "head_lines": ["Thornbury State University", "Alder Falls, Ohio"],
                         "paras": ["Thank you for teaching \u201c{title}\u201d for the {provider} on {start}.",
                                   "You taught {hours} hours of instruction to our Year Two class; the evaluations were excellent."],
                         "salutation": "Dear Ms. Fairweather:", "sig_lines": ["Institute Director"]}),
            letter("committee_chair", ("2022-01-01", "2023-12-31"), title="Scholarship Committee", provider=assoc,
                   applicant_name=name, years=2, signatory="Annette Grubb, CMC", issue_date="2024-01-12",
                   look={"head": "banner", "head_name": assoc, "colour": "forest", "head_lines": ["Columbus Heights, Ohio"],
                         "paras": ["This confirms that {applicant_name} chaired the Association's {title} for {years_words} years, {start} to {end}."],
                         "sig_lines": ["President"]}),
            letter("association_officer", ("2024-01-01", "2025-12-31"), title="Vice President", provider=assoc,
                   applicant_name=name, years=2, signatory="Annette Grubb, CMC", issue_date="2026-01-08",
                   look={"head": "banner", "head_name": assoc, "colour": "forest", "head_lines": ["Columbus Heights, Ohio"],
                         "paras": ["{applicant_name} served as {title} of the {provider} for {years_words} years, from {start} through {end}."],
                         "sig_lines": ["Immediate Past President"]}),
            letter("related_officer", ("2025-01-01", "2025-12-31"), title="Treasurer",
                   provider="Ohio Valley Chapter, Society of Records Keepers", applicant_name=name, years=1,
                   signatory="Benedict Oyama", issue_date="2026-01-20",
                   look={"paras": ["The {provider} confirms that {applicant_name} served as its {title} for {years_words} year ({start} to {end})."],
                         "salutation": "To the IIMC:", "sig_lines": ["Chapter President"]})]),
        ("ojt.pdf", [letter("on_the_job", ("2024-02-01", "2024-11-30"), title="Records digitization project",
            provider="Village of Marlow Springs", applicant_name=name, hours=40, signatory="Mayor Hugo Lindgren", issue_date="2025-01-06",
            look={"head": "left", "head_name": "Village of Marlow Springs", "colour": "navy", "head_lines": ["Office of the Mayor"],
                  "paras": ["Outside her daily duties, {applicant_name} led the Village's {title} from {start} to {end}, planning the scanning of ninety years of Council minutes.",
                            "Our time sheets show {hours} hours given to the project, which other villages in the county now copy."],
                  "sig_lines": ["Mayor"]}),
            letter("personal_accomplishment", "2025-04-01", title="Retention schedules that people actually use",
            provider="The Ohio Clerk Quarterly", applicant_name=name, signatory="Imani Fordyce", issue_date="2025-04-01",
            look={"paras": ["This confirms that the article \u201c{title}\u201d by {applicant_name} appeared in {provider}, spring issue, published {start}."],
                  "salutation": "To whom it may concern:", "sig_lines": ["Editor"]})]),
        ("transcript-mpa.pdf", [degree(transcript({"applicant_name": name, "provider": COLLEGES["ashgrove"][0],
            "degree": "Master of Public Administration", "degree_date": "2012-05-19", "issue_date": "2026-08-30"},
            [("Fall 2010", [("PADM 801", "Foundations of Public Administration", 3, "A"), ("PADM 812", "Public Budgeting", 3, "A-")]),
             ("Spring 2011", [("PADM 820", "Public Personnel Administration", 3, "A"), ("PADM 830", "Research Methods", 3, "B+")]),
             ("Fall 2011", [("PADM 850", "Local Government Management", 3, "A"), ("PADM 899", "Capstone", 3, "A")])],
            layout="grid", colour="navy", student_no="AS-2010-55810", office="Office of the University Registrar", dates="long"),
            "*.bachelor_related", 20.0)]),
    ]
    return {"name": "mmc01-fairweather", "shape": "folder", "files": files,
            "description": "MMC, region 5, CMC in May 2019: an academy from 2017 and its agenda (both PREDATES_DESIGNATION), a later academy, a Certified Public Manager certification (7), teaching at the institute, committee chair, association vice president, a related-association officer, on-the-job work, a published article, and an MPA from 2012 (unused degree: no flag, 20).",
            "manifest": {"applicant": {"name": name, "member_id": "066241", "region": 5, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2019-05-10", "received_date": "2026-10-05"}}


def hargreave() -> dict:
    name = "Winston Hargreave"
    assoc = ASSOCIATIONS["tx"]
    files = [
        ("conf-2024-annual.pdf", [cert("attendance", "annual_conference", ("2024-05-18", "2024-05-22"), title="78th IIMC Annual Conference",
            applicant_name=name, provider=IIMC_LONG, location="Bayou Grande, Louisiana", hours=15, signatory="Renata Ilves",
            issue_date="2024-06-05", look={"head": "banner", "colour": "navy", "head_lines": ["Education Department"],
            "banner": "Certificate of Attendance", "role": "Director of Education",
            "sessions": [("General sessions", 6), ("Education sessions", 9)]})]),
        ("conf-region-meeting.pdf", [cert("formal", "conference", ("2025-03-06", "2025-03-07"), title="IIMC Region VI Meeting",
            applicant_name=name, provider=IIMC_LONG, location="Mesa Roja, New Mexico", signatory="Tobias Ngata",
            look={"heading": "IIMC Region VI", "banner": "Certificate of Attendance", "colour": "forest", "body": "attended",
                  "role": "Region VI Director", "dates": "long"})]),
        ("conf-state-conference.pdf", [cert("modern", "conference", ("2025-10-14", "2025-10-16"), title="2025 Annual Conference",
            applicant_name=name, provider=assoc, location="Port Lavaca Bend, Texas", hours=12, signatory="Celeste Obi",
            look={"heading": assoc, "banner": "Attendance", "colour": "gold", "role": "Conference Chair",
                  "labels": {"hours": "Verified: "}, "hours_style": "contact", "dates": "long"})]),
        ("course-grant-writing.pdf", [cert("platform", "course", ("2025-01-06", "2025-02-03"), title="Grant Writing for Small Governments",
            applicant_name=name, provider=TRAINERS["keel"], delivery="online", hours=8,
            look={"platform": PLATFORMS[2], "url": "classcanopy.example/learner", "dates": "long", "hours_style": "contact"})]),
        ("course-state-course.pdf", [cert("landscape", "state_course", ("2025-06-10", "2025-06-11"), title="Public Information Act Advanced",
            applicant_name=name, provider=assoc, location="Austin Springs, Texas", hours=16, course_review=True, assessment=True,
            signatory="Celeste Obi", look={"heading": assoc, "banner": "Certificate of Completion", "border": "double", "colour": "navy",
            "review_no": "2025-176", "role": "Education Chair", "dates": "long", "hours_style": "words"})]),
        ("course-seminar.pdf", [cert("wallet", "course", ("2024-11-12", "2024-11-14"), title="Supervising in the Public Sector",
            applicant_name=name, provider=TRAINERS["larkspur"], location="San Arroyo, Texas", hours=18, signatory="J. Pemberton",
            look={"role": "Seminar Leader", "colour": "navy", "dates": "us", "number": "LPS 24-11-0772"})]),
        ("course-athenian.pdf", [cert("formal", "athenian_dialogue", "2024-08-21", title="Athenian Dialogue: Lincoln on Leadership",
            applicant_name=name, provider=IIMC_LONG, location="Mesa Roja, New Mexico", signatory="Lorne Haskett", assessment=True,
            look={"heading": "Athenian Leadership Society", "banner": "Dialogue Certificate", "colour": "maroon", "role": "Facilitator",
                  "dates": "long", "border": "double"})]),
        ("service.pdf", [letter("board_member", ("2023-07-01", "2025-06-30"), title="Board of Directors", provider=IIMC_LONG,
            applicant_name=name, years=2, signatory="Marcus Feldmann, MMC", issue_date="2025-07-14",
            look={"head": "banner", "head_name": IIMC_LONG, "colour": "navy", "head_lines": ["Office of the President"],
                  "paras": ["On behalf of the IIMC, thank you for your {years_words} years of service on the {title}, from {start} to {end}."],
                  "salutation": "Dear Winston,", "sig_lines": ["IIMC President"]}),
            letter("committee_member", ("2022-09-01", "2025-08-31"), title="Grants Committee", provider="IIMC Foundation",
            applicant_name=name, years=3, signatory="Leona Baptiste", issue_date="2025-09-10",
            look={"paras": ["The {provider} thanks {applicant_name} for serving three terms ({start} to {end}) on its {title}."],
                  "slots": {}, "salutation": "To the Education Department:", "sig_lines": ["Foundation Chair"]})]),
        ("x-credits.pdf", [transcript({"applicant_name": name, "provider": "University of the Llano Estacado", "issue_date": "2026-09-30"},
            [("Summer 2023", [("PUAD 5310", "Public Finance Administration", 3, "A"), ("PUAD 5320", "Urban Planning Law", 3, "A")])],
            layout="ledger", student_no="R11902771", dates="us")]),
    ]
    return {"name": "mmc02-hargreave", "shape": "folder", "files": files,
            "description": "MMC, region 6, an IIMC Annual Conference (either side), a Region Meeting in days, a state conference in hours, an online course without assessment (NO_ASSESSMENT: Professional Contribution only), a reviewed state course, a seminar (either side), an Athenian Dialogue, IIMC Board service, three terms on a Foundation committee, graduate credits.",
            "manifest": {"applicant": {"name": name, "member_id": "201778", "region": 6, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2020-08-01", "received_date": "2026-11-02"}}


def vanterpool() -> dict:
    """Region 11: the envelope scanned to one PDF, A4 paper, day-month dates."""
    name = "Priyanka Vanterpool"
    inst = "Southern Cross Academy for Municipal Clerks"
    council = "Wattle Creek Shire Council"
    academy = dict(a4=True, heading="Southern Cross Academy", colour="forest", dates="dmy", role="Academy Convenor",
                   labels={"hours": "Contact hours: "}, hours_style="plain")
    docs = [
        _form(name, "MMC", council, "Governance Manager and Council Clerk"),
        BLANK,
        cert("modern", "institute", ("2022-03-14", "2022-03-18"), title="Advanced Module A: Governance and Probity",
             applicant_name=name, provider=inst, location="Ballarra, New South Wales", hours=30, signatory="Fiona McGillivray",
             look={**academy, "banner": "Certificate of Completion", "number": "SCA-A-22-031"}),
        cert("modern", "institute", ("2023-03-13", "2023-03-17"), title="Advanced Module B: Strategic Communication",
             applicant_name=name, provider=inst, location="Ballarra, New South Wales", hours=28, signatory="Fiona McGillivray",
             look={**academy, "banner": "Certificate of Completion", "number": "SCA-B-23-027", "qr": True}),
        BLANK,
        cert("formal", "conference_academy", "2024-05-19", title="Academy Session: Civility in Public Meetings",
             applicant_name=name, provider=IIMC_LONG, location="Bayou Grande, Louisiana", hours=3, signatory="Renata Ilves",
             look={"a4": True, "heading": "IIMC Annual Conference Academy", "banner": "Academy Certificate", "colour": "navy",
                   "role": "Director of Education", "dates": "dmy"}),
        employment("letter", ("2016-02-01", "2026-09-14"),
            {"a4": True, "head": "banner", "head_name": council, "colour": "forest", "dates": "dmy", "to_present": True,
             "head_lines": ["People & Culture", "PO Box 18, Wattle Creek NSW 2799"],
             "paras": ["{applicant_name} has been employed by {provider} since {start} and currently holds the position of {position} ({type}).",
                       "The role manages Council's meeting cycle, policy register, records and local election liaison, and leads a team of four."],
             "sig_lines": ["Manager People & Culture"], "closing": "Kind regards,"},
            applicant_name=name, provider=council, position="Governance Manager and Council Clerk", employment_type="full_time",
            administrative=True, sector="local", signatory="Tamsin Holloway", issue_date="2026-08-21"),
        letter("teaching_state", "2025-08-07", title="Minute Writing Masterclass", provider="Local Government Clerks Network of New South Wales",
               applicant_name=name, hours=8, signatory="Garrick Oduya", issue_date="2025-08-20",
               look={"a4": True, "dates": "dmy", "salutation": "Dear Priyanka,", "closing": "With thanks,",
                     "paras": ["Thank you for presenting the {title} for the {provider} on {start}.",
                               "Your session ran for {hours} hours including preparation of the course workbook, which we will use again next year."],
                     "sig_lines": ["Education Officer"]}),
        BLANK,
        cert("modern", "institute", ("2022-03-14", "2022-03-18"), title="Advanced Module A: Governance and Probity",
             applicant_name=name, provider=inst, location="Ballarra, New South Wales", hours=30, signatory="Fiona McGillivray",
             flags=["DUPLICATE"], look={**academy, "banner": "Certificate of Completion", "number": "SCA-A-22-031"}),
        agenda(("2023-03-13", "2023-03-17"), {"dates": "dmy", "colour": "forest",
               "schedule": [("Monday 13 March", [("09:00", "Welcome to Country and introductions"), ("10:30", "Audiences and messages")]),
                            ("Tuesday 14 March", [("09:00", "Media and Council"), ("14:00", "Writing for residents")])]},
               title="Advanced Module B: Strategic Communication", provider=inst, location="Ballarra, New South Wales"),
    ]
    return {"name": "mmc03-vanterpool", "shape": "single", "files": [("mmc03-vanterpool.pdf", docs)],
            "description": "MMC, region 11 (New South Wales, A4), one PDF with blank separators: the application, two academy modules, an Annual Conference Academy session, an employment letter (no MMC credit for time on the job), teaching for a state-level course (either side), the first module sent again (DUPLICATE), and the second module's agenda.",
            "manifest": {"applicant": {"name": name, "member_id": "402215", "region": 11, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2021-03-01", "received_date": "2026-09-14"}}


def kowalczyk() -> dict:
    name = "Renata J. Kowalczyk"
    assoc = ASSOCIATIONS["nj"]
    inst, _, town = INSTITUTES["piedmont"]
    state = dict(heading=assoc, banner="Certificate of Completion", colour="forest", role="Education Chair", dates="long",
                 border="double")
    files = [
        ("state-course-copy.pdf", [cert("landscape", "state_course", ("2023-04-18", "2023-04-19"), title="Advanced Elections Law",
            applicant_name=name, provider=assoc, location="Sea Girt Landing, New Jersey", hours=12, course_review=True,
            assessment=True, signatory="Fiona Castellano, RMC", look={**state, "review_no": "2023-061"})]),
        ("state-course.pdf", [cert("landscape", "state_course", ("2023-04-18", "2023-04-19"), title="Advanced Elections Law",
            applicant_name=name, provider=assoc, location="Sea Girt Landing, New Jersey", hours=12, course_review=True,
            assessment=True, signatory="Fiona Castellano, RMC", flags=["DUPLICATE"], look={**state, "review_no": "2023-061"}),
            cert("landscape", "state_course", ("2024-04-16", "2024-04-17"), title="Redevelopment Law for Clerks",
            applicant_name=name, provider=assoc, location="Sea Girt Landing, New Jersey", hours=13, course_review=True,
            assessment=True, signatory="Fiona Castellano, RMC", look={**state, "review_no": "2024-058", "stamp": "APR 10 2026"}),
            cert("landscape", "state_course", ("2015-04-21", "2015-04-22"), title="Municipal Clerk Law Review",
            applicant_name=name, provider=assoc, location="Sea Girt Landing, New Jersey", hours=12, course_review=True,
            assessment=True, signatory="Fiona Castellano, RMC", look={**state, "review_no": "2015-044"})]),
        ("teaching.pdf", [letter("teaching_institute", ("2024-03-05", "2024-03-06"), title="Session III: Records Management",
            provider=inst, applicant_name=name, hours=10, signatory="Ada Kwarteng", issue_date="2024-03-20",
            look={"head": "centred", "head_name": inst, "head_lines": ["Carrow Hill University", "Beckford, North Carolina"],
                  "paras": ["This letter confirms that {applicant_name} taught {title} at the {provider} on {start} and {end}, {hours} hours of classroom instruction."],
                  "sig_lines": ["Director"], "dates": "long"}),
            cert("formal", "teaching_state", "2025-02-27", title="Clerks 101: Agenda Preparation", applicant_name=name,
            provider=assoc, location="Trenton Mills, New Jersey", hours=6, signatory="Fiona Castellano, RMC",
            look={"heading": assoc, "banner": "Certificate of Appreciation", "colour": "navy", "role": "President",
                  "intro": 2, "body": "instructed", "dates": "long", "hours_style": "clock"})]),
        ("service-1.pdf", [letter("committee_member", ("2023-01-01", "2024-12-31"), title="Legislative Committee", provider=assoc,
            applicant_name=name, years=2, signatory="Oliver Szabo", issue_date="2025-01-10",
            look={"head": "left", "head_name": assoc, "colour": "forest", "head_lines": ["Trenton Mills, New Jersey"],
                  "paras": ["Thank you for {years_words} years on the {title} of the {provider} ({start} to {end})."],
                  "salutation": "Dear Renata,", "sig_lines": ["Committee Chair"]}),
            letter("committee_member", ("2025-01-01", "2025-12-31"), provider=assoc, applicant_name=name, signatory="Oliver Szabo",
            issue_date="2026-01-09", look={"head": "left", "head_name": assoc, "colour": "forest", "head_lines": ["Trenton Mills, New Jersey"],
                  "paras": ["Thank you for all your help to the {provider} from {start} to {end}. We could not do it without volunteers like you!"],
                  "salutation": "Dear Renata,", "sig_lines": ["Past President"]})]),
        ("service-2.pdf", [letter("on_the_job", ("2022-06-01", "2025-05-31"), title="Township code recodification",
            provider="Borough of Linden Brook", applicant_name=name, hours=120, signatory="Peter Kowalczyk", issue_date="2025-06-15",
            flags=["RELATIVE_AUTHOR"], look={"head": "centred", "head_name": "Borough of Linden Brook",
            "head_lines": ["Office of the Mayor", "5 Commons Way, Linden Brook, New Jersey"],
            "paras": ["{applicant_name} directed the {title} from {start} to {end}, outside her regular duties, contributing {hours} hours."],
            "sig_lines": ["Mayor"]}),
            letter("personal_accomplishment", "2025-10-02", title="Clerk's Guide to Redevelopment Hearings",
            provider="Garden Coast Clerk Journal", applicant_name=name, signatory="Amara Lindqvist", issue_date="2025-10-02",
            look={"paras": ["Your article, \u201c{title},\u201d was published in the {provider} on {start}. Thank you for sharing your expertise."],
                  "salutation": "Dear Ms. Kowalczyk,", "sig_lines": ["Managing Editor"]})]),
    ]
    return {"name": "mmc04-kowalczyk", "shape": "folder", "files": files,
            "description": "MMC, region 2, CMC in November 2016: a reviewed state course sent twice ('state-course-copy.pdf' sorts before 'state-course.pdf', so the copy in state-course.pdf is the DUPLICATE), another one stamped RECEIVED, one from 2015 (PREDATES_DESIGNATION), teaching at an institute and for the association (either side), a committee letter and a thank-you that names no committee (MISSING_TITLE), an on-the-job letter signed by a Kowalczyk (RELATIVE_AUTHOR by family name), a published article.",
            "manifest": {"applicant": {"name": name, "member_id": "133698", "region": 2, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2016-11-20", "received_date": "2026-04-15"}}


def adeyemi() -> dict:
    name = "Folasade Adeyemi-Brooks"
    inst, coll, town = INSTITUTES["gulfcoast"]
    files = [
        ("doc1.pdf", [degree(transcript({"applicant_name": name, "provider": COLLEGES["millbrook"][0], "issue_date": "2026-10-28",
            "degree": "Bachelor of Science in Biology", "degree_date": "2021-05-21"},
            [("Fall 2017", [("BIO 101", "General Biology I", 4, "A"), ("CHE 110", "General Chemistry", 4, "B+")]),
             ("Spring 2018", [("BIO 102", "General Biology II", 4, "A-"), ("MAT 150", "Statistics", 3, "A")]),
             ("Fall 2019", [("BIO 310", "Ecology", 4, "B+")]),
             ("Spring 2021", [("BIO 490", "Senior Research", 3, "A")])],
            transfer=[("Bayshore County College", 30)], layout="ledger", student_no="M0018834", terms_per_page=4, dates="us",
            registrar="Director of Records & Registration"), "*.bachelor_unrelated", 10.0)]),
        ("doc2.pdf", [cert("landscape", "institute", ("2023-10-02", "2023-10-06"), title="Master Academy I",
            applicant_name=name, provider=inst, location=town, hours=26, signatory="Dr. Roberta Quince",
            look={"banner": "Certificate of Completion", "border": "rope", "colour": "navy", "role": "Institute Director",
                  "seal": "PELICAN BAY UNIVERSITY", "dates": "long", "heading": inst}),
            cert("landscape", "institute", ("2024-10-07", "2024-10-11"), title="Master Academy II",
            applicant_name=name, provider=inst, location=town, hours=26, signatory="Dr. Roberta Quince",
            look={"banner": "Certificate of Completion", "border": "rope", "colour": "navy", "role": "Institute Director",
                  "seal": "PELICAN BAY UNIVERSITY", "dates": "long", "heading": inst, "note": ["rec'd 11/4 - file w/ MMC"], "note_at": (560, 190)})]),
        ("doc3.pdf", [cert("platform", "cd_rom", "2023-02-08", title="Records Management Fundamentals (CD-ROM course)",
            applicant_name=name, provider=IIMC_LONG, assessment=True,
            look={"platform": "IIMC Learning Center", "url": "learning.iimc.example", "dates": "long", "banner": "Course Completion",
                  "assessment_text": "Post-test passed"}),
            cert("modern", "iimc_online", "2025-03-19", title="Online: Emergency Management for Clerks",
            applicant_name=name, provider=IIMC_LONG, delivery="online", hours=5, assessment=True, signatory="Renata Ilves",
            look={"heading": "IIMC Online Learning", "banner": "Certificate", "colour": "navy", "role": "Director of Education",
                  "dates": "long", "assessment_text": "Assessment completed"})]),
        ("doc4.pdf", [cert("attendance", "annual_conference", ("2026-05-16", "2026-05-20"), title="80th IIMC Annual Conference",
            applicant_name=name, provider=IIMC_LONG, location="Harbor Point, Michigan", hours=16, signatory="Renata Ilves",
            issue_date="2026-06-01", look={"head": "left", "head_lines": ["Education Department"], "role": "Director of Education",
            "sessions": [("Opening session", 2), ("Education tracks", 12), ("Closing session", 2)]})]),
        ("doc5.pdf", [letter("association_officer", ("2024-06-01", "2025-05-31"), title="Secretary", provider=ASSOCIATIONS["tx"],
            applicant_name=name, years=1, signatory="Celeste Obi", issue_date="2025-06-12",
            look={"head": "banner", "head_name": ASSOCIATIONS["tx"], "colour": "gold", "head_lines": ["Austin Springs, Texas"],
                  "paras": ["{applicant_name} served one term as {title} of the {provider}, {start} to {end}."],
                  "sig_lines": ["President"]}),
            letter("on_the_job", ("2024-01-15", "2024-08-30"), title="Council chamber livestream project", provider="City of San Arroyo",
            applicant_name=name, signatory=name, first_person=True, hours=60, issue_date="2026-10-30", flags=["FIRST_PERSON"],
            look={"paras": ["From {start} to {end} I planned and launched the {title} for the {provider}, about {hours} hours outside my daily duties.",
                            "I trained three staff members and wrote the City's livestream policy."],
                  "salutation": "Dear Education Department,", "closing": "Respectfully submitted,", "sig_lines": ["City Secretary"]})]),
        ("doc6.pdf", [cert("formal", "teaching_institute", "2025-10-08", title="Public Records Law Update",
            applicant_name=name, provider=inst, location=town, hours=4, signatory="Dr. Roberta Quince",
            look={"heading": inst, "banner": "Certificate of Appreciation", "colour": "navy", "role": "Institute Director",
                  "intro": 2, "body": "instructed", "dates": "long", "hours_style": "clock",
                  "seal": "PELICAN BAY UNIVERSITY"})]),
    ]
    return {"name": "mmc05-adeyemi", "shape": "folder", "files": files,
            "description": "MMC, region 6, CMC in February 2022: a biology degree conferred before the CMC (unused degree, unrelated: 10), two master academies, an IIMC CD-ROM course, an IIMC online course (reviewer decides the amount), the 2026 Annual Conference (either side), association secretary, the applicant's own on-the-job letter (FIRST_PERSON), teaching at the institute.",
            "manifest": {"applicant": {"name": name, "member_id": "250093", "region": 6, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2022-02-14", "received_date": "2026-11-04"}}


PACKETS = [fairweather, hargreave, vanterpool, kowalczyk, adeyemi]
