"""The CMC packets of the dahlia set."""

import random

from . import kit, records
from . import world as Wd
from .model import Packet

IIMC = Wd.IIMC


def _terms(seed, field, y, n, quarter=False):
    return records.make_terms(random.Random("terms|" + seed), field, y, n, quarter)


def _total(terms):
    return sum(cr for _, cs in terms for (_, _, cr, _) in cs)


def p_alder_cove():
    pk = Packet(
        "cmc-r1-alder-cove",
        "CMC",
        "Marguerite A. Thibodeau",
        1,
        "2026-10-19",
        former=["Marguerite A. Pelletier"],
        member_id="230117",
        description="CMC Region 1 (Maine): three institute years in one PDF (Year I under the "
        "former name), a 3-page political science transcript, a 2-page HR letter 'to present' (capped at 40), the "
        "78th Annual Conference, a state conference by days with its 2-page agenda, a committee letter, and a PNG "
        "re-scan of Year II (DUPLICATE). Education spills over 60.",
    )
    inst, host, place = Wd.INSTITUTES[1]
    y1 = kit.cert(
        pk,
        "y1",
        "cert_classic",
        "institute",
        {
            "security": "guilloche",
            "host": "Hosted by " + host,
            "heading": "Certificate of Completion",
        },
        applicant_name="Marguerite A. Pelletier",
        provider=inst,
        title="Year I",
        start_date="2021-06-14",
        end_date="2021-06-18",
        hours=40,
        location=place,
        signatory="Rosalind T. Okafor",
    )
    y2 = kit.cert(
        pk,
        "y2",
        "cert_modern",
        "institute",
        {"security": True, "sig_role": "Institute Director"},
        provider=inst,
        title="Year II",
        start_date="2022-06-13",
        end_date="2022-06-17",
        hours=38.5,
        location=place,
        signatory="Rosalind T. Okafor",
        key="inst|y2",
    )
    y3 = kit.cert(
        pk,
        "y3",
        "cert_classic",
        "institute",
        {
            "hours_page2": True,
            "sessions": [
                ("Advanced Records Management", 6),
                ("Leadership and Ethics", 6),
                ("Municipal Finance II", 6),
                ("Elections Law Review", 6),
                ("Public Speaking Lab", 6),
                ("Capstone Project", 6),
            ],
        },
        provider=inst,
        title="Year III",
        start_date="2023-06-12",
        end_date="2023-06-16",
        hours=36,
        signatory="Edmund Vashti",
    )
    pk.add("01-institute-years.pdf", [y1, y2, y3])
    terms = _terms("alder", "pa", 2000, 7)
    pk.add(
        "02-diploma.pdf",
        [
            kit.diploma(
                pk,
                "dip",
                "Harwick State University",
                "Bachelor of Arts in Political Science",
                "2004-05-15",
                "related",
                "degree|Harwick State University|Bachelor of Arts in Political Science",
            )
        ],
    )
    pk.add(
        "02-transcript-bachelor.pdf",
        [
            kit.transcript(
                pk,
                "tr",
                "Harwick State University",
                terms,
                _total(terms),
                "Bachelor of Arts in Political Science",
                "2004-05-15",
                "2026-08-30",
                "related",
                {"npages": 3, "addr": "Harwick, NH 03301"},
                npages=3,
            )
        ],
    )
    pk.add(
        "03-hr-letter.pdf",
        [
            kit.emp(
                pk,
                "hr",
                "Town of Alder Cove",
                "Town Clerk",
                "2014-03-03",
                etype="full_time",
                signatory="Hattie McClennan",
                issue="2026-09-22",
                s={
                    "pronoun": "She",
                    "sig_lines": ["Human Resources Manager"],
                    "footer": "Town of Alder Cove \u2022 41 Wharf Road \u2022 Alder Cove, ME 04609 \u2022 (207) 555-0144",
                    "head_lines": [
                        "Office of Human Resources",
                        "41 Wharf Road, Alder Cove, Maine 04609",
                    ],
                    "duties": [
                        "Attends and records all meetings of the Select Board and Town Meeting",
                        "Serves as Registrar of Voters and conducts municipal, state and federal elections",
                        "Maintains vital records, licenses and the Town's permanent records",
                        "Custodian of the Town seal; attests ordinances and official documents",
                        "Supervises the Deputy Town Clerk and one assistant clerk",
                    ],
                    "page_of": True,
                    "extra": [
                        "Her service has been continuous since her appointment, and she remains in good standing."
                    ],
                    "break_before_sign": True,
                },
                admin=True,
            )
        ],
    )
    pk.add(
        "04-annual-conference.pdf",
        [
            kit.cert(
                pk,
                "ac",
                "cert_classic",
                "annual_conference",
                {"heading": "Certificate of Attendance", "seal_text": "IIMC"},
                provider=IIMC,
                title="78th Annual Conference",
                start_date="2025-05-18",
                end_date="2025-05-21",
                location="Spokane, Washington",
                signatory="Priya Venkataraman",
            )
        ],
    )
    assoc = Wd.ASSOCIATIONS[1]
    conf = kit.cert(
        pk,
        "sc",
        "cert_record",
        "conference",
        {"heading": "Record of Conference Attendance"},
        provider=assoc,
        title="2024 Annual Fall Conference",
        start_date="2024-09-25",
        end_date="2024-09-27",
        days=3,
        location="Bar Harbor, Maine",
        signatory="Leopold Drummond",
    )
    ag = kit.agenda(
        pk,
        "ag",
        [
            (t, x)
            for t, x in [
                ("Wed 8:00", "Registration and coffee"),
                ("Wed 9:00", "Opening general session: The year in Augusta"),
                ("Wed 10:30", "Dog licensing and the new online portal"),
                ("Wed 1:00", "Vital records: amendments and corrections"),
                ("Wed 3:00", "Roundtables by town size"),
                ("Thu 8:30", "Absentee ballot processing"),
                ("Thu 10:30", "Right to Know law update"),
                ("Thu 1:00", "Retention schedules for digital files"),
                ("Thu 3:00", "Annual business meeting"),
                ("Fri 8:30", "Customer service at the counter"),
                ("Fri 10:30", "Closing session and adjournment"),
            ]
        ],
        {"style": "table", "npages": 2},
        provider=assoc,
        title="2024 Annual Fall Conference",
        start_date="2024-09-25",
        end_date="2024-09-27",
        location="Bar Harbor, Maine",
    )
    pk.add("05-state-conference.pdf", [conf, ag])
    pk.add(
        "06-committee.pdf",
        [
            kit.letter(
                pk,
                "cm",
                "committee_member",
                [
                    "On behalf of the Executive Board, I am pleased to confirm that Marguerite A. Thibodeau served as a member of the "
                    "Association's Education Committee for five years, from January 2019 through December 2023.",
                    "During that time she helped plan two regional workshops and reviewed the curriculum of our New Clerks Day.",
                ],
                {
                    "head_lines": ["Executive Board", "P.O. Box 88, Hallowell, Maine 04347"],
                    "sig_lines": ["President"],
                },
                provider=assoc,
                title="Education Committee",
                start_date="2019-01-01",
                end_date="2023-12-31",
                years=5,
                signatory="Anselm Kowalczyk",
                issue_date="2026-07-08",
            )
        ],
    )
    pk.add("07-year2-rescan.png", [kit.same(y2)], mode="png_rescan")
    return pk


def p_sawgrass():
    pk = Packet(
        "cmc-r3-sawgrass",
        "CMC",
        "Deshawn T. Merriweather",
        3,
        "2026-09-08",
        member_id="318842",
        description="CMC Region 3 (Florida): online learning: a hybrid institute level with assessment, a reviewed state "
        "webinar with assessment, an outside online course without assessment (NO_ASSESSMENT, experience), a webinar "
        "without assessment (NO_ASSESSMENT, nothing), a 3-hour hybrid course (BELOW_MINIMUM_HOURS), a 2-page "
        "first-person letter (FIRST_PERSON), an IIMC Region meeting, two employment documents in one PDF (memo and "
        "record form), an IIMC online course (null), an Academy session and a two-column agenda.",
    )
    inst, host, place = Wd.INSTITUTES[3]
    assoc = Wd.ASSOCIATIONS[3]
    pk.add(
        "a-level1.pdf",
        [
            kit.cert(
                pk,
                "l1",
                "cert_record",
                "institute",
                {
                    "security": True,
                    "org_line": "Hosted by " + host,
                    "hours_page2": True,
                    "sessions": [
                        ("Role of the Clerk", 6),
                        ("Records Management I", 6),
                        ("Meeting Administration", 6),
                        ("Elections I", 6),
                        ("Ethics", 6),
                    ],
                },
                provider=inst,
                title="Level I",
                start_date="2023-01-23",
                end_date="2023-01-27",
                hours=30,
                location=place,
                signatory="Marcus J. Oyelaran",
                issue_date="2023-02-10",
            )
        ],
    )
    pk.add(
        "a-level2.pdf",
        [
            kit.cert(
                pk,
                "l2",
                "cert_modern",
                "institute",
                {
                    "hours_page2": True,
                    "sessions": [
                        ("Online module: Records Law (self-paced)", 8),
                        ("Classroom: Budget Cycles", 7),
                        ("Classroom: Team Leadership", 7),
                        ("Online module: Elections Calendar", 6),
                    ],
                },
                provider=inst,
                title="Level II",
                start_date="2024-02-12",
                end_date="2024-02-16",
                hours=28,
                delivery="hybrid",
                assessment=True,
                signatory="Marcus J. Oyelaran",
            )
        ],
    )
    pk.add(
        "b-state-webinar.pdf",
        [
            kit.cert(
                pk,
                "sw",
                "cert_slip",
                "state_course",
                {"heading": "Webinar Certificate", "review_no": "2025-044"},
                provider=assoc,
                title="Public Records Requests in the Digital Age",
                start_date="2025-03-11",
                hours=2,
                delivery="webinar",
                assessment=True,
                course_review=True,
            )
        ],
    )
    pk.add(
        "c-online-noassess.pdf",
        [
            kit.cert(
                pk,
                "on",
                "cert_slip",
                "course",
                {"heading": "Certificate of Completion", "code": "BP-88121"},
                provider="BrightPath Online Academy",
                title="Minute-Taking for Public Bodies",
                start_date="2025-06-02",
                hours=8,
                delivery="online",
                assessment=False,
            )
        ],
    )
    pk.add(
        "d-webinar-noassess.pdf",
        [
            kit.cert(
                pk,
                "wn",
                "cert_slip",
                "course",
                {"heading": "Webinar Certificate"},
                provider="Meridian Workplace Learning, Inc.",
                title="Handling Difficult Callers with Confidence",
                start_date="2025-08-19",
                hours=1.5,
                delivery="webinar",
            )
        ],
    )
    pk.add(
        "e-hybrid-short.pdf",
        [
            kit.cert(
                pk,
                "hs",
                "cert_modern",
                "state_course",
                {"heading": "Certificate of Completion"},
                provider=assoc,
                title="Notary Refresher for Clerks",
                start_date="2025-10-07",
                hours=3,
                delivery="hybrid",
                assessment=True,
                course_review=True,
                location="Ocala, Florida",
                signatory="Ilse Marchetti",
            )
        ],
    )
    fp = kit.letter(
        pk,
        "fp",
        "conference",
        [
            "I am writing to ask that my attendance at the 2024 Florida Gulf League of Municipalities Annual Convention be "
            "counted toward my CMC. I attended all three days, from August 14 to August 16, 2024, in Sarasota, Florida, "
            "and I sat in on about 12 hours of education sessions.",
            "The league did not issue certificates that year, which is why I am writing this myself. The sessions I attended were:",
            [
                "Home rule and charter amendments",
                "Emergency management for small cities",
                "Clerks' breakfast roundtable",
                "Public records exemptions after the 2024 session",
                "Cybersecurity basics for city hall",
            ],
            "<BREAK>",
            "I can provide my registration receipt if that would help. Thank you for considering this request.",
        ],
        {
            "plain_head": True,
            "salutation": "Dear IIMC Education Department,",
            "sig_lines": ["Deputy City Clerk, City of Sawgrass Point"],
        },
        provider=Wd.LEAGUES[3],
        title="2024 Annual Convention",
        start_date="2024-08-14",
        end_date="2024-08-16",
        hours=12,
        location="Sarasota, Florida",
        signatory="Deshawn T. Merriweather",
        issue_date="2026-08-20",
        first_person=True,
    )
    pk.add("f-first-person.pdf", [fp])
    pk.add(
        "g-region-meeting.pdf",
        [
            kit.cert(
                pk,
                "rm",
                "cert_classic",
                "conference",
                {"heading": "Certificate of Attendance"},
                provider=IIMC,
                title="Region III Spring Meeting",
                start_date="2024-04-17",
                end_date="2024-04-19",
                hours=14,
                location="Savannah, Georgia",
                signatory="Thaddeus Brightwater",
            )
        ],
    )
    m1 = kit.emp(
        pk,
        "m1",
        "City of Sawgrass Point",
        "Deputy City Clerk",
        "2017-08-14",
        "2022-06-30",
        etype="full_time",
        admin=True,
        signatory="Winifred Szabo",
        issue="2026-08-03",
        s={
            "style": "memo",
            "sig_title": "HR Director",
            "head_lines": [
                "Human Resources Department",
                "100 Causeway Blvd., Sawgrass Point, FL 32346",
            ],
        },
    )
    m2 = kit.emp(
        pk,
        "m2",
        "City of Sawgrass Point",
        "City Clerk",
        "2022-07-01",
        etype="full_time",
        signatory="Winifred Szabo",
        issue="2026-08-03",
        s={
            "style": "record",
            "sig_lines": ["Human Resources Director"],
            "head_lines": [
                "Human Resources Department",
                "100 Causeway Blvd., Sawgrass Point, FL 32346",
            ],
        },
    )
    m0 = kit.emp(
        pk,
        "m0",
        "City of Oconee Bluff",
        "Deputy City Clerk",
        "2013-09-03",
        "2016-11-30",
        etype="part_time",
        admin=False,
        signatory="Rupert Nkemelu",
        issue="2026-07-21",
        s={
            "style": "letter",
            "break_before_sign": True,
            "head_lines": ["City Hall", "9 Courthouse Square, Oconee Bluff, Georgia 30601"],
            "sig_lines": ["Finance & HR Officer"],
            "pronoun": "He",
            "duties": [
                "Front-counter service",
                "Indexing minutes",
                "Voter registration assistance",
            ],
        },
    )
    pk.add("h-employment.pdf", [m1, m2])
    pk.add("h-employment-earlier.pdf", [m0])
    pk.add(
        "l-vocational.pdf",
        [
            kit.cert(
                pk,
                "vo",
                "cert_modern",
                "vocational",
                {"heading": "Certificate of Completion"},
                provider="Summit Business & Secretarial School",
                title="Advanced Spreadsheet Applications",
                start_date="2024-01-16",
                end_date="2024-03-05",
                hours=24,
                location="Gainesville, Florida",
                signatory="Jolene Bascombe",
            )
        ],
    )
    pk.add(
        "i-iimc-online.pdf",
        [
            kit.cert(
                pk,
                "io",
                "cert_modern",
                "iimc_online",
                {"heading": "IIMC Online Learning"},
                provider=IIMC,
                title="Ethics and the Public Trust (online course)",
                start_date="2025-11-04",
                delivery="online",
                assessment=True,
                signatory="Priya Venkataraman",
            )
        ],
    )
    pk.add(
        "j-academy-session.pdf",
        [
            kit.cert(
                pk,
                "as",
                "cert_classic",
                "conference_academy",
                {"heading": "Annual Conference Academy", "title_as_heading": False},
                provider=IIMC,
                title="Parliamentary Procedure: Beyond the Basics",
                start_date="2025-05-18",
                location="Spokane, Washington",
                signatory="Priya Venkataraman",
            )
        ],
    )
    pk.add(
        "k-agenda.pdf",
        [
            kit.agenda(
                pk,
                "ag",
                [
                    ("Wednesday 1:00 pm", "Registration opens"),
                    ("Wednesday 2:00 pm", "Welcome from the Region III Director"),
                    ("Wednesday 3:00 pm", "Election security tabletop exercise"),
                    ("Thursday 8:30 am", "Agenda software showcase"),
                    ("Thursday 10:30 am", "Legislative updates from seven states"),
                    ("Thursday 1:30 pm", "Mentoring new clerks"),
                    ("Friday 8:30 am", "Records disasters and recovery"),
                    ("Friday 11:00 am", "Closing"),
                ],
                {"style": "two_col"},
                provider=IIMC,
                title="Region III Spring Meeting",
                start_date="2024-04-17",
                end_date="2024-04-19",
                location="Savannah, Georgia",
            )
        ],
    )
    return pk


def p_caddo_envelope():
    pk = Packet(
        "cmc-r8-caddo-envelope",
        "CMC",
        "Rosario V. Estrada-Lindqvist",
        8,
        "2026-10-05",
        member_id="402290",
        shape="envelope",
        description="CMC Region 8 (Texas), the whole envelope as ONE image-only scan with a blank "
        "separator sheet after the HR letter: two institute years, a reviewed state course and its agenda, a 2-page "
        "City Secretary HR letter, a committee letter with years in words, an outside course, and a conference "
        "certificate made out to another person (NAME_MISMATCH).",
    )
    inst, host, place = Wd.INSTITUTES[8]
    assoc = Wd.ASSOCIATIONS[8]
    d = [
        kit.cert(
            pk,
            "y1",
            "cert_classic",
            "institute",
            {"heading": "Year One", "title_as_heading": True, "seal": True},
            provider=inst,
            title="Year One",
            start_date="2022-07-11",
            end_date="2022-07-15",
            hours=36,
            location=place,
            signatory="Consuelo Ibarra-Wendt",
        ),
        kit.cert(
            pk,
            "y2",
            "cert_modern",
            "institute",
            {
                "sig_role": "Program Director",
                "hours_page2": True,
                "sessions": [
                    ("Council-Manager Relations", 7),
                    ("Public Information Act", 7),
                    ("Election Law II", 7),
                    ("Budget Process", 7.5),
                    ("Leadership Lab", 7),
                ],
            },
            provider=inst,
            title="Year Two",
            start_date="2023-07-10",
            end_date="2023-07-14",
            hours=35.5,
            location=place,
            signatory="Consuelo Ibarra-Wendt",
        ),
        kit.cert(
            pk,
            "sc",
            "cert_record",
            "state_course",
            {"review_text": "IIMC Course Review approved, No. 2023-118"},
            provider=assoc,
            title="Elections Administration Update",
            start_date="2024-02-08",
            end_date="2024-02-09",
            hours=12,
            location="San Marcos, Texas",
            course_review=True,
            signatory="Gideon Pettibone",
        ),
        kit.emp(
            pk,
            "hr",
            "City of Caddo Springs",
            "City Secretary",
            "2016-05-02",
            etype="full_time",
            signatory="Jolene Bascombe",
            issue="2026-09-14",
            s={
                "sig_lines": ["Human Resources Coordinator"],
                "head_lines": ["Human Resources", "210 W. Pecan St., Caddo Springs, Texas 76511"],
                "duties": [
                    "Prepares agendas and minutes for the City Council",
                    "Administers municipal elections",
                    "Maintains ordinances, resolutions and the official seal",
                    "Manages the City Secretary's office staff of three",
                    "Responds to public information requests",
                ],
                "break_before_sign": True,
                "style": "letter",
                "pronoun": "She",
            },
            admin=True,
        ),
        kit.letter(
            pk,
            "cm",
            "committee_member",
            [
                "This will confirm that Rosario Estrada-Lindqvist has served for three years on the Legislative Committee of the "
                "Texas Hill Country City Secretaries Association (2021\u20132024).",
                "Her tracking of bills affecting open meetings and records was a great help to our members.",
            ],
            {"head_lines": ["Legislative Committee"], "sig_lines": ["Committee Chair"]},
            provider=assoc,
            title="Legislative Committee",
            years=3,
            start_date="2021-01-01",
            end_date="2024-12-31",
            signatory="Desmond Aukett",
            issue_date="2026-02-17",
            applicant="Rosario Estrada-Lindqvist",
        ),
        kit.agenda(
            pk,
            "ag",
            [
                ("8:00 - 8:30", "Check-in"),
                ("8:30 - 10:00", "Election calendar and deadlines"),
                ("10:15 - 12:00", "Canvass and recount procedures"),
                ("1:00 - 3:00", "Ballot by mail"),
                ("3:15 - 4:30", "Case studies"),
                ("Day 2, 8:30 - 12:00", "Post-election audit"),
            ],
            {"style": "slots"},
            provider=assoc,
            title="Elections Administration Update",
            start_date="2024-02-08",
            end_date="2024-02-09",
            location="San Marcos, Texas",
        ),
        kit.cert(
            pk,
            "oc",
            "cert_slip",
            "course",
            {"heading": "Certificate of Completion", "code": "KC-2210"},
            provider="Keel & Compass Professional Seminars",
            title="Customer Service in the Public Sector",
            start_date="2025-04-22",
            hours=7,
            location="Austin, Texas",
            delivery="in_person",
        ),
        kit.cert(
            pk,
            "nm",
            "cert_classic",
            "conference",
            {"heading": "Certificate of Attendance"},
            provider=assoc,
            title="2025 Annual Conference",
            start_date="2025-06-18",
            end_date="2025-06-20",
            hours=15,
            location="Fredericksburg, Texas",
            signatory="Gideon Pettibone",
            applicant_name="Rosalinda Estrada",
        ),
    ]
    pk.separator_after = {3}
    pk.add("envelope", d)
    return pk


def p_birchmouth():
    pk = Packet(
        "cmc-r10-birchmouth",
        "CMC",
        "Aileen F. MacCrimmon",
        10,
        "2026-10-27",
        member_id="611804",
        description="CMC Region 10 (Nova Scotia): two institute modules in one PDF, college credits without a degree, "
        "a vocational and an outside course (Regions 10-11 education rows, placed by R9), two employment letters in "
        "one PDF (local-government administrative, then clerk 'to present'), a conference by hours, a Word file "
        "named .pdf and an empty file (UNSUPPORTED_FILE).",
    )
    inst, host, place = Wd.INSTITUTES[10]
    pk.add(
        "institute-modules.pdf",
        [
            kit.cert(
                pk,
                "ma",
                "cert_classic",
                "institute",
                {"heading": "Certificate of Completion", "security": "waves"},
                provider=inst,
                title="Module A: Foundations of Municipal Administration",
                start_date="2021-05-10",
                end_date="2021-05-14",
                hours=35,
                location=place,
                signatory="Cormac Delahunt",
            ),
            kit.cert(
                pk,
                "mb",
                "cert_classic",
                "institute",
                {"heading": "Certificate of Completion", "security": "waves"},
                provider=inst,
                title="Module B: Council Procedure and Records",
                start_date="2022-05-09",
                end_date="2022-05-13",
                hours=35,
                location=place,
                signatory="Cormac Delahunt",
            ),
        ],
    )
    terms = _terms("birch", "pa", 2010, 3)
    pk.add(
        "college-credits.pdf",
        [
            kit.transcript(
                pk,
                "cc",
                "St. Brendan's College",
                terms,
                _total(terms),
                issue="2026-06-11",
                s={
                    "office": "Registry",
                    "addr": "Antigonish, Nova Scotia",
                    "no_degree_note": "No degree conferred. Non-degree (general studies) student.",
                    "date_style": "intl",
                },
            )
        ],
    )
    pk.add(
        "vocational.pdf",
        [
            kit.cert(
                pk,
                "vo",
                "cert_record",
                "vocational",
                {"heading": "Statement of Completion"},
                provider="Bayline Technical Institute",
                title="Business Communication for Municipal Staff",
                start_date="2023-09-12",
                end_date="2023-11-28",
                hours=30,
                location="Truro, Nova Scotia",
                signatory="Solveig Arneson",
            )
        ],
    )
    pk.add(
        "outside-course.pdf",
        [
            kit.cert(
                pk,
                "oc",
                "cert_modern",
                "course",
                {
                    "a4": True,
                    "hours_page2": True,
                    "sessions": [
                        ("Day 1: Sources of conflict", 6),
                        ("Day 2: Mediation practice", 6),
                    ],
                },
                provider="Harrowgate Leadership Group",
                title="Conflict Resolution for Public Servants",
                start_date="2024-03-05",
                end_date="2024-03-06",
                hours=12,
                location="Halifax, Nova Scotia",
                signatory="Rupert Nkemelu",
            )
        ],
    )
    e1 = kit.emp(
        pk,
        "e1",
        "Town of Birchmouth",
        "Administrative Officer, Planning Department",
        "2012-04-02",
        "2017-09-29",
        etype="full_time",
        admin=True,
        signatory="Noor Al-Haddad",
        issue="2026-09-30",
        s={
            "a4": True,
            "break_before_sign": True,
            "sig_lines": ["Chief Administrative Officer"],
            "head_lines": ["Office of the CAO", "12 Harbour Street, Birchmouth, NS B0J 2K0"],
        },
    )
    e2 = kit.emp(
        pk,
        "e2",
        "Town of Birchmouth",
        "Municipal Clerk",
        "2017-10-02",
        etype="full_time",
        signatory="Noor Al-Haddad",
        issue="2026-09-30",
        s={
            "a4": True,
            "style": "record",
            "sig_lines": ["Chief Administrative Officer"],
            "head_lines": ["Office of the CAO", "12 Harbour Street, Birchmouth, NS B0J 2K0"],
        },
    )
    pk.add("employment.pdf", [e1, e2])
    pk.add(
        "conference-maritimes.pdf",
        [
            kit.cert(
                pk,
                "cf",
                "cert_classic",
                "conference",
                {"heading": "Certificate of Participation"},
                provider=Wd.ASSOCIATIONS[10],
                title="Annual Conference and AGM",
                start_date="2025-06-04",
                end_date="2025-06-06",
                hours=15,
                location="Charlottetown, Prince Edward Island",
                signatory="Ottoline Ferreira",
            )
        ],
    )
    pk.add(
        "letter-to-iimc.pdf",
        [kit.bad("docx")],
        mode="docx",
        lines=[
            "Dear Education Department,",
            "Please find enclosed my application for the CMC designation.",
            "Aileen MacCrimmon",
        ],
    )
    pk.add("supporting-docs.pdf", [kit.bad("empty")], mode="empty")
    return pk


def p_silver_fork():
    pk = Packet(
        "cmc-r6-silver-fork",
        "CMC",
        "Tobias K. Ravensworth",
        6,
        "2026-09-21",
        member_id="507719",
        description="CMC Region 6 (Colorado): a phone photo (JPEG) of Year 1, incomplete certificates (MISSING_NAME, "
        "MISSING_DATE, MISSING_HOURS, MISSING_TITLE), a 2006 Annual Conference (4 points), two Academy sessions in one "
        "PDF, an IIMC online course and IIMC Study Abroad (points null), a town clerk HR letter with footer.",
    )
    inst, host, place = Wd.INSTITUTES[6]
    assoc = Wd.ASSOCIATIONS[6]
    pk.add(
        "IMG_4471.jpg",
        [
            kit.cert(
                pk,
                "y1",
                "cert_classic",
                "institute",
                {"heading": "Certificate of Completion"},
                provider=inst,
                title="Year 1",
                start_date="2020-08-03",
                end_date="2020-08-07",
                hours=40,
                location=place,
                signatory="Bernadette Achterberg",
            )
        ],
        mode="jpeg_photo",
    )
    pk.add(
        "cert-no-name.pdf",
        [
            kit.cert(
                pk,
                "y2",
                "cert_modern",
                "institute",
                {},
                noname=True,
                provider=inst,
                title="Year 2",
                start_date="2021-08-02",
                end_date="2021-08-06",
                hours=40,
                location=place,
                signatory="Bernadette Achterberg",
            )
        ],
    )
    pk.add(
        "cert-no-date.pdf",
        [
            kit.cert(
                pk,
                "nd",
                "cert_record",
                "state_course",
                {},
                provider=assoc,
                title="Liquor Licensing for Clerks",
                hours=8,
                course_review=True,
                signatory="Leopold Drummond",
            )
        ],
    )
    pk.add(
        "cert-no-hours.pdf",
        [
            kit.cert(
                pk,
                "nh",
                "cert_classic",
                "institute",
                {"heading": "Certificate of Completion"},
                provider=inst,
                title="Year 3",
                start_date="2022-08-01",
                end_date="2022-08-05",
                location=place,
                signatory="Bernadette Achterberg",
            )
        ],
    )
    pk.add(
        "cert-no-title.pdf",
        [
            kit.cert(
                pk,
                "nt",
                "cert_slip",
                "course",
                {"heading": "Certificate of Completion"},
                provider="Meridian Workplace Learning, Inc.",
                start_date="2024-10-15",
                hours=6,
                location="Denver, Colorado",
            )
        ],
    )
    pk.add(
        "annual-conf-2006.pdf",
        [
            kit.cert(
                pk,
                "ac",
                "cert_classic",
                "annual_conference",
                {"heading": "Certificate of Attendance", "security": "tint_waves"},
                provider=IIMC,
                title="60th Annual Conference",
                start_date="2006-05-21",
                end_date="2006-05-24",
                location="Anchorage, Alaska",
                signatory="Edmund Vashti",
            )
        ],
    )
    pk.add(
        "academy.pdf",
        [
            kit.cert(
                pk,
                "a1",
                "cert_slip",
                "conference_academy",
                {"heading": "Conference Academy"},
                provider=IIMC,
                title="Strategic Planning for the Clerk's Office",
                start_date="2024-05-19",
                location="Grand Rapids, Michigan",
            ),
            kit.cert(
                pk,
                "a2",
                "cert_slip",
                "conference_academy",
                {"heading": "Conference Academy"},
                provider=IIMC,
                title="Managing Public Records Requests at Scale",
                start_date="2024-05-19",
                location="Grand Rapids, Michigan",
            ),
        ],
    )
    pk.add(
        "iimc-online.pdf",
        [
            kit.cert(
                pk,
                "io",
                "cert_record",
                "iimc_online",
                {"heading": "IIMC ONLINE COURSE COMPLETION"},
                provider=IIMC,
                title="Social Media and the Public Record",
                start_date="2025-02-03",
                end_date="2025-03-14",
                delivery="online",
                assessment=True,
            )
        ],
    )
    pk.add(
        "study-abroad.pdf",
        [
            kit.cert(
                pk,
                "sa",
                "cert_classic",
                "study_abroad",
                {"heading": "Study Abroad Program"},
                provider=IIMC,
                title="Study Abroad Program: Local Government in the Netherlands",
                start_date="2023-09-10",
                end_date="2023-09-20",
                location="Utrecht, Netherlands",
                signatory="Priya Venkataraman",
            )
        ],
    )
    pk.add(
        "employment.pdf",
        [
            kit.emp(
                pk,
                "hr",
                "Town of Silver Fork",
                "Town Clerk",
                "2013-01-07",
                etype="full_time",
                signatory="Marcus J. Oyelaran",
                issue="2026-08-28",
                s={
                    "footer": "Town of Silver Fork \u2022 PO Box 19 \u2022 Silver Fork, CO 81433",
                    "head_lines": ["Town Manager's Office"],
                    "sig_lines": ["Town Manager"],
                    "pronoun": "He",
                    "page_of": True,
                    "break_before_sign": True,
                },
            )
        ],
    )
    pk.add(
        "cd-rom.pdf",
        [
            kit.cert(
                pk,
                "cd",
                "cert_record",
                "cd_rom",
                {"heading": "IIMC CD-ROM COURSE"},
                provider=IIMC,
                title="Records Retention Fundamentals (CD-ROM)",
                start_date="2019-11-18",
                signatory="Edmund Vashti",
            )
        ],
    )
    return pk


def p_fernhollow():
    pk = Packet(
        "cmc-r9-fernhollow",
        "CMC",
        "Imogen L. Fairweather",
        9,
        "2026-10-12",
        member_id="915530",
        description="CMC Region 9 (Oregon): education far above 60 (3-page MPA transcript on a quarter system and "
        "three institute years) spills to experience (R10); part-time recorder with administrative duties then "
        "full-time recorder; committee chair letter; league conference by hours; 79th Annual Conference; a "
        "truncated PDF and an encrypted PDF (UNSUPPORTED_FILE).",
    )
    inst, host, place = Wd.INSTITUTES[9]
    terms = _terms("fern", "pa", 2013, 6, quarter=True)
    pk.add(
        "a-masters-transcript.pdf",
        [
            kit.transcript(
                pk,
                "ms",
                "University of the Upper Marches",
                terms,
                _total(terms),
                "Master of Public Administration",
                "2015-06-13",
                "2026-09-01",
                "related",
                npages=3,
                s={
                    "office": "Office of the University Registrar",
                    "addr": "Pendleton, Oregon",
                    "decimals": False,
                },
            )
        ],
    )
    pk.add(
        "b-institute.pdf",
        [
            kit.cert(
                pk,
                f"y{i}",
                r,
                "institute",
                {"heading": h},
                provider=inst,
                title=t,
                start_date=a,
                end_date=b,
                hours=40,
                location=place,
                signatory="Solveig Arneson",
            )
            for i, (r, h, t, a, b) in enumerate(
                [
                    (
                        "cert_classic",
                        "Certificate of Completion",
                        "First Year",
                        "2019-09-16",
                        "2019-09-20",
                    ),
                    (
                        "cert_classic",
                        "Certificate of Completion",
                        "Second Year",
                        "2020-09-14",
                        "2020-09-18",
                    ),
                    (
                        "cert_modern",
                        "Certificate of Achievement",
                        "Third Year",
                        "2021-09-13",
                        "2021-09-17",
                    ),
                ]
            )
        ],
    )
    e1 = kit.emp(
        pk,
        "e1",
        "City of Fernhollow",
        "Deputy City Recorder",
        "2012-09-04",
        "2018-08-31",
        etype="part_time",
        admin=True,
        signatory="Thaddeus Brightwater",
        issue="2026-09-15",
        s={
            "head_lines": ["Human Resources"],
            "sig_lines": ["HR Manager"],
            "break_before_sign": True,
        },
    )
    e2 = kit.emp(
        pk,
        "e2",
        "City of Fernhollow",
        "City Recorder",
        "2018-09-04",
        etype="full_time",
        signatory="Thaddeus Brightwater",
        issue="2026-09-15",
        s={"style": "memo", "sig_title": "HR Manager", "head_lines": ["Human Resources"]},
    )
    pk.add("c-employment.pdf", [e1, e2])
    pk.add(
        "d-committee-chair.pdf",
        [
            kit.letter(
                pk,
                "ch",
                "committee_chair",
                [
                    "It is my pleasure to confirm that Imogen Fairweather chaired the Technology Committee of the Oregon Coast & "
                    "Valley Recorders Association from January 2022 to December 2024.",
                    "Under her leadership the committee published a guide to agenda management software.",
                ],
                {"head_lines": ["Board of Directors"], "sig_lines": ["Association President"]},
                provider=Wd.ASSOCIATIONS[9],
                title="Technology Committee",
                start_date="2022-01-01",
                end_date="2024-12-31",
                signatory="Winifred Szabo",
                issue_date="2026-03-02",
                applicant="Imogen Fairweather",
            )
        ],
    )
    inner = [
        kit.cert(
            pk,
            "tr",
            "cert_modern",
            "course",
            {},
            provider="Keel & Compass Professional Seminars",
            title="Time Management",
            start_date="2024-01-09",
            hours=6,
        )
    ]
    pk.add("e-truncated.pdf", [kit.bad("truncated")], mode="truncated", inner=inner)
    inner2 = [
        kit.cert(
            pk,
            "en",
            "cert_modern",
            "course",
            {},
            provider="Harrowgate Leadership Group",
            title="Budget Presentations",
            start_date="2024-02-09",
            hours=6,
        )
    ]
    pk.add("f-encrypted.pdf", [kit.bad("encrypted")], mode="encrypted", inner=inner2)
    pk.add(
        "g-league-conference.pdf",
        [
            kit.cert(
                pk,
                "lc",
                "cert_record",
                "conference",
                {
                    "heading": "Verification of Attendance",
                    "hours_page2": True,
                    "sessions": [
                        ("General session", 3),
                        ("Clerks track: records", 3),
                        ("Clerks track: elections", 3),
                        ("Closing plenary", 1.5),
                    ],
                },
                provider=Wd.LEAGUES[9],
                title="Annual Conference",
                start_date="2025-09-24",
                end_date="2025-09-26",
                hours=10.5,
                location="Bend, Oregon",
                signatory="Gideon Pettibone",
            )
        ],
    )
    pk.add(
        "h-annual-conference.pdf",
        [
            kit.cert(
                pk,
                "ac",
                "cert_classic",
                "annual_conference",
                {"heading": "Certificate of Attendance"},
                provider=IIMC,
                title="79th Annual Conference",
                start_date="2026-05-17",
                end_date="2026-05-20",
                location="Providence, Rhode Island",
                signatory="Priya Venkataraman",
            )
        ],
    )
    return pk


def p_kettle_run():
    pk = Packet(
        "cmc-r4-kettle-run",
        "CMC",
        "Odalys P. Kranzfelder",
        4,
        "2026-11-09",
        member_id="446021",
        description="CMC Region 4 (Wisconsin): a second copy of an institute certificate ('-copy' sorts first, so the "
        "original file is the DUPLICATE), an HR letter and the same employment verified by the applicant's father "
        "(RELATIVE_AUTHOR, DUPLICATE), a blank scan (UNREADABLE), a reviewed state course, an Athenian Dialogue, a "
        "landscape agenda and a 2-page committee letter.",
    )
    inst, host, place = Wd.INSTITUTES[4]
    assoc = Wd.ASSOCIATIONS[4]
    y2 = kit.cert(
        pk,
        "y2",
        "cert_classic",
        "institute",
        {"heading": "Certificate of Completion", "stamp": kit.stamp_received("2026-11-09")},
        provider=inst,
        title="Year 2",
        start_date="2024-07-15",
        end_date="2024-07-19",
        hours=37,
        location=place,
        signatory="Hattie McClennan",
        key="inst|y2",
    )
    pk.add("cert-institute-2024-copy.pdf", [kit.same(y2, stamp=None, security="micro")])
    pk.add("cert-institute-2024.pdf", [y2])
    pk.add(
        "cert-institute-2023.pdf",
        [
            kit.cert(
                pk,
                "y1",
                "cert_modern",
                "institute",
                {"heading": "Certificate of Completion"},
                provider=inst,
                title="Year 1",
                start_date="2023-07-17",
                end_date="2023-07-21",
                hours=40,
                location=place,
                signatory="Hattie McClennan",
            )
        ],
    )
    hr = kit.emp(
        pk,
        "hr",
        "Village of Kettle Run",
        "Village Clerk-Treasurer",
        "2018-04-16",
        etype="full_time",
        signatory="Cormac Delahunt",
        issue="2026-10-20",
        key="emp|kettle",
        s={
            "head_lines": ["Human Resources", "N4410 County Road KK, Kettle Run, WI 53020"],
            "sig_lines": ["Human Resources Manager"],
        },
    )
    pk.add("employment-hr.pdf", [hr])
    fa = kit.letter(
        pk,
        "fa",
        "employment",
        [
            "As her father and as President of the Village Board, I am proud to confirm that Odalys Kranzfelder has served "
            "as Village Clerk-Treasurer of the Village of Kettle Run since April 16, 2018, full time."
        ],
        {"head_lines": ["Office of the Village President"], "sig_lines": ["Village President"]},
        key="emp|kettle",
        kind="employment_letter",
        provider="Village of Kettle Run",
        position="Village Clerk-Treasurer",
        start_date="2018-04-16",
        end_date=pk.received,
        employment_type="full_time",
        sector="local",
        signatory="Arthur Kranzfelder",
        issue_date="2026-10-02",
        relationship="father",
        applicant="Odalys Kranzfelder",
    )
    pk.add("employment-village.pdf", [fa])
    pk.add(
        "employment-title-company.pdf",
        [
            kit.emp(
                pk,
                "tc",
                "Tamarack Title & Escrow Co.",
                "Office Manager",
                "2010-03-01",
                "2016-02-29",
                etype="full_time",
                admin=True,
                sector="business",
                signatory="Bernadette Achterberg",
                issue="2026-09-09",
                s={
                    "month_only": True,
                    "style": "letter",
                    "head_lines": ["Escrow • Title • Closing Services"],
                    "sig_lines": ["Owner"],
                    "admin_text": "She managed the office and supervised four escrow assistants.",
                    "break_before_sign": True,
                },
            )
        ],
    )
    pk.add("scan-blank.pdf", [kit.bad("blank")], mode="blank_scan")
    pk.add(
        "state-course.pdf",
        [
            kit.cert(
                pk,
                "sc",
                "cert_modern",
                "state_course",
                {"heading": "Certificate of Completion"},
                provider=assoc,
                title="Open Meetings Law Intensive",
                start_date="2025-03-13",
                hours=6.5,
                course_review=True,
                location="Wisconsin Dells, Wisconsin",
                signatory="Anselm Kowalczyk",
            )
        ],
    )
    pk.add(
        "athenian.pdf",
        [
            kit.cert(
                pk,
                "ad",
                "cert_classic",
                "athenian_dialogue",
                {"heading": "Athenian Leadership Society"},
                provider=IIMC,
                title="Athenian Dialogue: The Cartographer's Daughter",
                start_date="2025-04-08",
                signatory="Ilse Marchetti",
            )
        ],
    )
    pk.add(
        "agenda-landscape.pdf",
        [
            kit.agenda(
                pk,
                "ag",
                [
                    ("Wed 9:00", "Opening keynote"),
                    ("Wed 10:30", "Tax roll and assessment"),
                    ("Wed 1:30", "Election equipment testing"),
                    ("Thu 8:30", "Cemetery records"),
                    ("Thu 10:30", "Budget hearings"),
                    ("Thu 1:30", "Annual meeting"),
                    ("Fri 9:00", "Leadership panel"),
                ],
                {"style": "landscape"},
                provider=assoc,
                title="Annual Conference 2025",
                start_date="2025-09-10",
                end_date="2025-09-12",
                location="Eau Claire, Wisconsin",
            )
        ],
    )
    pk.add(
        "conference-badger.pdf",
        [
            kit.cert(
                pk,
                "cf",
                "cert_classic",
                "conference",
                {
                    "heading": "Certificate of Attendance",
                    "hours_page2": True,
                    "sessions": [
                        ("Opening keynote", 1.5),
                        ("Tax roll and assessment", 3),
                        ("Election equipment testing", 3),
                        ("Cemetery records", 2.5),
                        ("Budget hearings", 3),
                        ("Leadership panel", 3),
                    ],
                },
                provider=assoc,
                title="Annual Conference 2025",
                start_date="2025-09-10",
                end_date="2025-09-12",
                hours=16,
                location="Eau Claire, Wisconsin",
                signatory="Anselm Kowalczyk",
            )
        ],
    )
    pk.add(
        "committee-iimc.pdf",
        [
            kit.letter(
                pk,
                "cm",
                "committee_member",
                [
                    "Thank you for your service on the IIMC Membership Committee. This letter confirms that Odalys P. Kranzfelder "
                    "served as a committee member for two years, from June 2023 to June 2025.",
                    "The committee met monthly by video conference. Your work on the new-member welcome kit was especially valued.",
                    "<BREAK>",
                    "Meetings attended:",
                    [
                        "June 2023 \u2013 orientation",
                        "September 2023",
                        "December 2023",
                        "March 2024",
                        "June 2024",
                        "October 2024",
                        "February 2025",
                        "June 2025 \u2013 final report",
                    ],
                ],
                {
                    "head_lines": ["Membership Committee"],
                    "sig_lines": ["Committee Chair"],
                    "salutation": "Dear Ms. Kranzfelder:",
                },
                provider=IIMC,
                title="Membership Committee",
                start_date="2023-06-01",
                end_date="2025-06-30",
                years=2,
                signatory="Desmond Aukett",
                issue_date="2025-07-15",
                applicant="Odalys P. Kranzfelder",
            )
        ],
    )
    return pk


PACKETS = [
    p_alder_cove,
    p_sawgrass,
    p_caddo_envelope,
    p_birchmouth,
    p_silver_fork,
    p_fernhollow,
    p_kettle_run,
]
