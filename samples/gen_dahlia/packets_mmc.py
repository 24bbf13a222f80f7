"""The MMC packets of the dahlia set."""

import random

from . import kit, records
from . import world as Wd
from .model import Packet

IIMC = Wd.IIMC


def _terms(seed, field, y, n, quarter=False):
    return records.make_terms(random.Random("terms|" + seed), field, y, n, quarter)


def _total(terms):
    return sum(cr for _, cs in terms for (_, _, cr, _) in cs)


def p_lindenhurst():
    pk = Packet(
        "mmc-r2-lindenhurst",
        "MMC",
        "Philippa R. Castellane",
        2,
        "2026-10-01",
        prior="2019-04-12",
        member_id="220964",
        description="MMC Region 2 (New Jersey): Academy sessions (one with its hours on page 2), an Academy part and a "
        "conference and its agenda dated before the CMC (PREDATES_DESIGNATION), a reviewed state course, a 2-page "
        "IIMC Board letter, a committee chair letter with years in words, an association officer letter, an older "
        "unused bachelor's degree in urban affairs (no flag, R13) and a league conference by days.",
    )
    inst, host, place = Wd.INSTITUTES[2]
    assoc = Wd.ASSOCIATIONS[2]
    pk.add(
        "academy-2017.pdf",
        [
            kit.cert(
                pk,
                "a17",
                "cert_classic",
                "institute",
                {"heading": "Certificate of Completion"},
                provider=inst,
                title="Advanced Academy Part I",
                start_date="2017-10-02",
                end_date="2017-10-04",
                hours=18,
                location=place,
                signatory="Rosalind T. Okafor",
            )
        ],
    )
    pk.add(
        "academy-2020.pdf",
        [
            kit.cert(
                pk,
                "a20",
                "cert_modern",
                "institute",
                {"heading": "Academy for Advanced Education"},
                provider=inst,
                title="Leading Through Change",
                start_date="2020-10-05",
                end_date="2020-10-07",
                hours=18,
                location=place,
                signatory="Rosalind T. Okafor",
            )
        ],
    )
    pk.add(
        "academy-2022.pdf",
        [
            kit.cert(
                pk,
                "a22",
                "cert_classic",
                "institute",
                {
                    "heading": "Certificate of Completion",
                    "hours_page2": True,
                    "sessions": [
                        ("Capital budgeting", 3.5),
                        ("Debt and bonding basics", 3.5),
                        ("Grant stewardship", 3.5),
                        ("Audit readiness", 3.5),
                    ],
                },
                provider=inst,
                title="Advanced Academy Part II: Fiscal Stewardship",
                start_date="2022-03-21",
                end_date="2022-03-23",
                hours=14,
                location=place,
                signatory="Rosalind T. Okafor",
            )
        ],
    )
    terms = _terms("linden", "pa", 1997, 8)
    pk.add(
        "bachelor-2001.pdf",
        [
            kit.transcript(
                pk,
                "ba",
                "University of the Upper Marches",
                terms,
                _total(terms),
                "Bachelor of Arts in Urban Affairs",
                "2001-05-20",
                "2026-07-14",
                "related",
                npages=2,
            )
        ],
    )
    pk.add(
        "board-letter.pdf",
        [
            kit.letter(
                pk,
                "bd",
                "board_member",
                [
                    "On behalf of the International Institute of Municipal Clerks, I write to confirm that Philippa R. Castellane "
                    "served on the IIMC Board of Directors as Region II Director from May 2021 to May 2024.",
                    "During her term she served on the Board's finance and strategic planning working groups and represented the "
                    "region at every meeting of the Board.",
                    "<BREAK>",
                    "Her term concluded at the close of the Annual Conference in May 2024. We are grateful for her service.",
                ],
                {
                    "head_lines": ["Office of the President", "Rancho Cucamonga, California"],
                    "sig_lines": ["IIMC President"],
                },
                provider=IIMC,
                title="Board of Directors",
                start_date="2021-05-01",
                end_date="2024-05-31",
                signatory="Leopold Drummond",
                issue_date="2026-06-30",
            )
        ],
    )
    pk.add(
        "chair-letter.pdf",
        [
            kit.letter(
                pk,
                "ch",
                "committee_chair",
                [
                    "This letter confirms that Philippa Castellane served three years as Chair of the Association's Legislative "
                    "Committee, 2022 through 2024.",
                    "<BREAK>",
                    "Her committee reviewed forty-one bills during her tenure.",
                ],
                {"head_lines": ["Executive Office"], "sig_lines": ["Executive Director"]},
                provider=assoc,
                title="Legislative Committee",
                start_date="2022-01-01",
                end_date="2024-12-31",
                years=3,
                signatory="Ottoline Ferreira",
                issue_date="2026-05-19",
                applicant="Philippa Castellane",
            )
        ],
    )
    pk.add(
        "officer-letter.pdf",
        [
            kit.letter(
                pk,
                "of",
                "association_officer",
                [
                    "I am pleased to verify that Philippa R. Castellane was elected Second Vice President of the Garden State "
                    "Association of Borough Clerks and has served in that office from January 1, 2024 through December 31, 2025."
                ],
                {"head_lines": ["Executive Office"], "sig_lines": ["Secretary"]},
                provider=assoc,
                title="Second Vice President",
                start_date="2024-01-01",
                end_date="2025-12-31",
                signatory="Gideon Pettibone",
                issue_date="2026-01-12",
            )
        ],
    )
    pk.add(
        "conference-2018.pdf",
        [
            kit.cert(
                pk,
                "c18",
                "cert_record",
                "conference",
                {},
                provider=assoc,
                title="2018 Annual Clerks Conference",
                start_date="2018-09-19",
                end_date="2018-09-21",
                hours=13,
                location="Atlantic City, New Jersey",
                signatory="Gideon Pettibone",
            ),
            kit.agenda(
                pk,
                "ag18",
                [
                    ("8:30", "Registration"),
                    ("9:00", "OPRA update"),
                    ("10:30", "Elections"),
                    ("1:00", "Budget law"),
                    ("2:30", "Roundtables"),
                    ("Day 2, 9:00", "Ethics"),
                    ("Day 3, 9:00", "Closing"),
                ],
                {"style": "table", "npages": 2},
                provider=assoc,
                title="2018 Annual Clerks Conference",
                start_date="2018-09-19",
                end_date="2018-09-21",
                location="Atlantic City, New Jersey",
            ),
        ],
    )
    pk.add(
        "conference-2025.pdf",
        [
            kit.cert(
                pk,
                "c25",
                "cert_classic",
                "conference",
                {"heading": "Certificate of Attendance"},
                provider=Wd.LEAGUES[2],
                title="League Annual Conference",
                start_date="2025-11-18",
                end_date="2025-11-20",
                days=3,
                location="Atlantic City, New Jersey",
                signatory="Edmund Vashti",
            )
        ],
    )
    pk.add(
        "state-course.pdf",
        [
            kit.cert(
                pk,
                "sc",
                "cert_slip",
                "state_course",
                {"heading": "Certificate of Completion"},
                provider=assoc,
                title="Redevelopment Law for Clerks",
                start_date="2023-05-16",
                end_date="2023-05-17",
                hours=10,
                course_review=True,
                location="New Brunswick, New Jersey",
                delivery="in_person",
                assessment=True,
                signatory="Gideon Pettibone",
            )
        ],
    )
    return pk


def p_mesa_verdura():
    pk = Packet(
        "mmc-r7-mesa-verdura",
        "MMC",
        "Ignatius M. Oduya",
        7,
        "2026-10-22",
        prior="2018-09-20",
        member_id="733105",
        description="MMC Region 7 (Arizona): professional contribution: teaching at the Academy and for the state "
        "association (R9), two on-the-job letters capped at 12 in packet order ('on-the-job-2.pdf' sorts before "
        "'on-the-job.pdf'), a published article, a related-association officer, a Certified Public Manager "
        "certification, college credits, an outside seminar, an Academy session, a first-person letter "
        "(FIRST_PERSON) and a letter from the applicant's wife (RELATIVE_AUTHOR).",
    )
    inst, host, place = Wd.INSTITUTES[7]
    assoc = Wd.ASSOCIATIONS[7]
    pk.add(
        "academy.pdf",
        [
            kit.cert(
                pk,
                "ac",
                "cert_modern",
                "institute",
                {"heading": "Certificate of Completion", "security": True},
                provider=inst,
                title="Advanced Academy, Session 3",
                start_date="2025-02-24",
                end_date="2025-02-27",
                hours=20,
                location=place,
                signatory="Consuelo Ibarra-Wendt",
            )
        ],
    )
    pk.add(
        "article.pdf",
        [
            kit.letter(
                pk,
                "ar",
                "personal_accomplishment",
                [
                    'This is to confirm that the article "Keeping the Minutes Honest: Plain Language in the Public Record" by '
                    "Ignatius M. Oduya appeared in the Spring 2025 issue of The Municipal Record Quarterly (Vol. 12, No. 1), "
                    "published by the Civic Data Stewards Network on March 15, 2025."
                ],
                {
                    "head_lines": ["The Municipal Record Quarterly \u2022 Editorial Office"],
                    "sig_lines": ["Managing Editor"],
                },
                provider="Civic Data Stewards Network",
                title="Keeping the Minutes Honest: Plain Language in the Public Record",
                start_date="2025-03-15",
                end_date="2025-03-15",
                signatory="Noor Al-Haddad",
                issue_date="2025-06-02",
            )
        ],
    )
    pk.add(
        "certification.pdf",
        [
            kit.cert(
                pk,
                "cp",
                "cert_classic",
                "certification",
                {"heading": "Certified Public Manager", "title_as_heading": True},
                provider="Mesa Verdura University",
                title="Certified Public Manager",
                start_date="2021-01-11",
                end_date="2022-05-06",
                hours=300,
                location="Tempe, Arizona",
                signatory="Rupert Nkemelu",
            )
        ],
    )
    terms = _terms("mesa", "pa", 2020, 2)
    pk.add(
        "college-credits.pdf",
        [
            kit.transcript(
                pk,
                "cc",
                "Harwick State University",
                terms,
                _total(terms),
                issue="2026-08-01",
                s={"no_degree_note": "Non-degree seeking; no degree conferred."},
            )
        ],
    )
    pk.add(
        "first-person.pdf",
        [
            kit.letter(
                pk,
                "fp",
                "committee_member",
                [
                    "I served on the IIMC Policy Review Committee from July 2022 to June 2024 and I would like to claim the "
                    "committee points for those two years.",
                    "I attended all our virtual meetings and helped draft the revised records policy.",
                ],
                {
                    "plain_head": True,
                    "salutation": "To the Education Department,",
                    "sig_lines": ["City Clerk, City of Mesa Verdura"],
                },
                provider=IIMC,
                title="Policy Review Committee",
                start_date="2022-07-01",
                end_date="2024-06-30",
                years=2,
                signatory="Ignatius M. Oduya",
                issue_date="2026-09-30",
                first_person=True,
            )
        ],
    )
    pk.add(
        "on-the-job-2.pdf",
        [
            kit.letter(
                pk,
                "oj2",
                "on_the_job",
                [
                    "Ignatius M. Oduya led the Centennial Records Digitization project for the City, outside his daily duties, "
                    "contributing 40 hours between October 2023 and December 2023."
                ],
                {"head_lines": ["Office of the City Manager"], "sig_lines": ["City Manager"]},
                provider="City of Mesa Verdura",
                title="Centennial Records Digitization",
                start_date="2023-10-01",
                end_date="2023-12-31",
                hours=40,
                signatory="Marcus J. Oyelaran",
                issue_date="2024-01-22",
            )
        ],
    )
    pk.add(
        "on-the-job.pdf",
        [
            kit.letter(
                pk,
                "oj",
                "on_the_job",
                [
                    "I am writing to recognize the unique contribution of Ignatius M. Oduya to the conversion of the City's agenda "
                    "management system, a project well outside his daily duties.",
                    "Between January 2023 and June 2023 he spent 120 hours designing templates, training staff across eleven "
                    "departments and writing the procedures manual.",
                    "<BREAK>",
                    "The new system has shortened agenda preparation by two days per meeting cycle.",
                ],
                {"head_lines": ["Office of the City Manager"], "sig_lines": ["City Manager"]},
                provider="City of Mesa Verdura",
                title="Agenda management system conversion",
                start_date="2023-01-01",
                end_date="2023-06-30",
                hours=120,
                signatory="Marcus J. Oyelaran",
                issue_date="2023-07-10",
            )
        ],
    )
    pk.add(
        "related-officer.pdf",
        [
            kit.letter(
                pk,
                "ro",
                "related_officer",
                [
                    "Ignatius Oduya served as Treasurer of the Desert Chapter of the Association of Records Administrators from "
                    "July 1, 2021 to June 30, 2023.",
                    "<BREAK>",
                    "As Treasurer he prepared the chapter's annual budget and audit reports.",
                ],
                {"head_lines": ["Desert Chapter"], "sig_lines": ["Chapter President"]},
                provider="Association of Records Administrators, Desert Chapter",
                title="Treasurer",
                start_date="2021-07-01",
                end_date="2023-06-30",
                signatory="Winifred Szabo",
                issue_date="2026-04-04",
                applicant="Ignatius Oduya",
            )
        ],
    )
    pk.add(
        "seminar.pdf",
        [
            kit.cert(
                pk,
                "se",
                "cert_record",
                "course",
                {
                    "heading": "Record of Completion",
                    "hours_page2": True,
                    "sessions": [
                        ("Message discipline", 6),
                        ("Media interviews", 6),
                        ("Crisis communication", 6),
                    ],
                },
                provider="Harrowgate Leadership Group",
                title="Strategic Communication for Public Officials",
                start_date="2024-09-09",
                end_date="2024-09-11",
                hours=18,
                location="Phoenix, Arizona",
                signatory="Rupert Nkemelu",
            )
        ],
    )
    pk.add(
        "spouse-letter.pdf",
        [
            kit.letter(
                pk,
                "sp",
                "on_the_job",
                [
                    "As his wife, I have watched Ignatius M. Oduya give his evenings to the City's emergency notification project. "
                    "He spent 30 hours in August 2025 setting up the call lists and writing the procedures."
                ],
                {"plain_head": True, "sig_lines": []},
                provider="City of Mesa Verdura",
                title="Emergency notification project",
                start_date="2025-08-01",
                end_date="2025-08-31",
                hours=30,
                signatory="Adaeze Oduya",
                issue_date="2026-09-12",
                relationship="wife",
            )
        ],
    )
    pk.add(
        "teaching-institute.pdf",
        [
            kit.letter(
                pk,
                "ti",
                "teaching_institute",
                [
                    "Thank you for teaching Records Management II at the Sonoran Clerks Academy on March 12, 2024. This confirms "
                    "that Ignatius M. Oduya provided 6 hours of classroom instruction.",
                    "<BREAK>",
                    "Participant evaluations rated the session 4.8 of 5.",
                ],
                {"head_lines": ["Office of the Director"], "sig_lines": ["Director"]},
                provider=inst,
                title="Records Management II",
                start_date="2024-03-12",
                end_date="2024-03-12",
                hours=6,
                signatory="Consuelo Ibarra-Wendt",
                issue_date="2024-03-20",
            )
        ],
    )
    pk.add(
        "teaching-state.pdf",
        [
            kit.letter(
                pk,
                "ts",
                "teaching_state",
                [
                    "Ignatius M. Oduya served as an instructor for the Association's course Election Canvass Procedures on "
                    "October 3, 2024, teaching and preparing for a total of 8 hours."
                ],
                {"head_lines": ["Education Committee"], "sig_lines": ["Education Chair"]},
                provider=assoc,
                title="Election Canvass Procedures",
                start_date="2024-10-03",
                end_date="2024-10-03",
                hours=8,
                signatory="Jolene Bascombe",
                issue_date="2024-10-20",
            )
        ],
    )
    return pk


def p_port_sorrel_envelope():
    pk = Packet(
        "mmc-r11-port-sorrel-envelope",
        "MMC",
        "Keziah A. Trott",
        11,
        "2026-09-30",
        prior="2019-11-05",
        member_id="990412",
        shape="envelope",
        description="MMC Region 11 (Bermuda), the whole envelope as one image-only scan (no separator): "
        "two Academy modules, an Athenian Dialogue, a reviewed webinar with assessment, a committee letter by months, "
        "a conference, a 2017 course dated before the CMC (PREDATES_DESIGNATION; outside the 2011-2014 window of "
        "Policy 5.15) and the 77th Annual Conference (R9).",
    )
    inst, host, place = Wd.INSTITUTES[11]
    assoc = Wd.ASSOCIATIONS[11]
    d = [
        kit.cert(
            pk,
            "m1",
            "cert_classic",
            "institute",
            {
                "heading": "Certificate of Completion",
                "hours_page2": True,
                "sessions": [("Module 1, part A", 12), ("Module 1, part B", 12)],
            },
            provider=inst,
            title="Advanced Module 1",
            start_date="2021-03-08",
            end_date="2021-03-11",
            hours=24,
            location=place,
            signatory="Desmond Aukett",
        ),
        kit.cert(
            pk,
            "m2",
            "cert_classic",
            "institute",
            {"heading": "Certificate of Completion"},
            provider=inst,
            title="Advanced Module 2",
            start_date="2022-03-07",
            end_date="2022-03-10",
            hours=24,
            location=place,
            signatory="Desmond Aukett",
        ),
        kit.cert(
            pk,
            "ad",
            "cert_modern",
            "athenian_dialogue",
            {"heading": "Athenian Leadership Dialogue"},
            provider=IIMC,
            title="Athenian Dialogue: A Republic of Small Harbours",
            start_date="2023-02-16",
            signatory="Ilse Marchetti",
        ),
        kit.cert(
            pk,
            "wb",
            "cert_slip",
            "state_course",
            {"heading": "Webinar Certificate"},
            provider=assoc,
            title="Data Protection for Council Clerks",
            start_date="2024-06-12",
            hours=3,
            delivery="webinar",
            assessment=True,
            course_review=True,
        ),
        kit.letter(
            pk,
            "cm",
            "committee_member",
            [
                "This is to certify that Keziah A. Trott was a member of the Society's Professional Standards Committee from "
                "February 2020 to January 2025."
            ],
            {"head_lines": ["Hamilton, Bermuda"], "sig_lines": ["Honorary Secretary"]},
            provider=assoc,
            title="Professional Standards Committee",
            start_date="2020-02-01",
            end_date="2025-01-31",
            signatory="Solveig Arneson",
            issue_date="2025-03-03",
        ),
        kit.cert(
            pk,
            "cf",
            "cert_record",
            "conference",
            {"heading": "Certificate of Attendance"},
            provider=assoc,
            title="Atlantic Isles Clerks Conference",
            start_date="2025-10-14",
            end_date="2025-10-16",
            hours=12,
            location="St. George's, Bermuda",
            signatory="Solveig Arneson",
        ),
        kit.cert(
            pk,
            "old",
            "cert_modern",
            "course",
            {"heading": "Certificate of Completion"},
            provider="Wexley College of Public Service",
            title="Minute Writing and Committee Practice",
            start_date="2017-04-03",
            end_date="2017-04-05",
            hours=15,
            location="Wexley, England",
            signatory="Cormac Delahunt",
        ),
        kit.cert(
            pk,
            "ac",
            "cert_classic",
            "annual_conference",
            {"heading": "Certificate of Attendance"},
            provider=IIMC,
            title="77th Annual Conference",
            start_date="2024-05-19",
            end_date="2024-05-22",
            location="Grand Rapids, Michigan",
            signatory="Priya Venkataraman",
        ),
    ]
    pk.add("envelope", d)
    return pk


def p_quillayute():
    pk = Packet(
        "mmc-r9-quillayute",
        "MMC",
        "Sunniva E. Rasmussen",
        9,
        "2026-11-16",
        prior="2017-06-30",
        former=["Sunniva E. Okonjo"],
        member_id="918377",
        description="MMC Region 9 (Washington): a 3-page master's transcript in music (unrelated, "
        "10, dated before the CMC: unused-degree exception) under the former name, four Academy certificates in one "
        "PDF (two with hours on page 2), a certification, an online course without assessment (NO_ASSESSMENT, "
        "professional), a 2-hour online course (BELOW_MINIMUM_HOURS), an outside webinar series with assessment, an "
        "IIMC online course (null), a hybrid course, the 79th Annual Conference, a committee letter and a 2016 course "
        "(PREDATES_DESIGNATION). Advanced education passes 60 and the combination points fill professional (R10).",
    )
    inst, host, place = Wd.INSTITUTES[9]
    terms = _terms("quill", "bio", 2013, 5)
    t = kit.transcript(
        pk,
        "ma",
        "Lowland Polytechnic University",
        terms,
        _total(terms),
        "Master of Arts in Music",
        "2016-05-14",
        "2026-10-01",
        "unrelated",
        npages=3,
        s={"office": "Student Records Office", "addr": "Lowland, Washington"},
    )
    t.f["applicant_name"] = "Sunniva E. Okonjo"
    t.s["name_print"] = "OKONJO, SUNNIVA E."
    pk.add("01-degree-transcript.pdf", [t])
    ac = []
    for i, (ttl, a, b, h, p2) in enumerate(
        [
            ("Academy: Ethical Leadership", "2018-04-09", "2018-04-11", 24, True),
            ("Academy: Negotiation Skills", "2019-04-08", "2019-04-10", 20, False),
            ("Academy: Managing Change", "2021-10-04", "2021-10-06", 22, True),
            ("Academy: Civic Engagement", "2023-04-17", "2023-04-19", 18, False),
        ]
    ):
        ss = {"heading": "Certificate of Completion"}
        if p2:
            ss.update(
                hours_page2=True, sessions=[("Morning block", h / 2), ("Afternoon block", h / 2)]
            )
        ac.append(
            kit.cert(
                pk,
                f"ac{i}",
                "cert_classic" if i % 2 == 0 else "cert_modern",
                "institute",
                ss,
                provider=inst,
                title=ttl,
                start_date=a,
                end_date=b,
                hours=h,
                location=place,
                signatory="Solveig Arneson",
            )
        )
    pk.add("02-academy.pdf", ac)
    pk.add(
        "03-certification.pdf",
        [
            kit.cert(
                pk,
                "ce",
                "cert_modern",
                "certification",
                {"heading": "Certification Awarded"},
                provider="Board of Certified Information Stewards",
                title="Certified Information Steward",
                start_date="2020-01-15",
                end_date="2020-11-20",
                hours=80,
                signatory="Noor Al-Haddad",
            )
        ],
    )
    pk.add(
        "04-online-noassess.pdf",
        [
            kit.cert(
                pk,
                "on",
                "cert_slip",
                "course",
                {"heading": "Certificate of Completion"},
                provider="BrightPath Online Academy",
                title="Budget Basics for Non-Finance Staff",
                start_date="2024-01-08",
                end_date="2024-02-16",
                hours=12,
                delivery="online",
            )
        ],
    )
    pk.add(
        "05-online-short.pdf",
        [
            kit.cert(
                pk,
                "os",
                "cert_slip",
                "course",
                {"heading": "Course Completion"},
                provider="BrightPath Online Academy",
                title="Email Etiquette for Public Employees",
                start_date="2024-03-04",
                hours=2,
                delivery="online",
                assessment=True,
            )
        ],
    )
    pk.add(
        "06-webinar.pdf",
        [
            kit.cert(
                pk,
                "wb",
                "cert_slip",
                "course",
                {"heading": "Webinar Certificate"},
                provider="Civic Data Stewards Network",
                title="Open Data Portals: A Six-Part Webinar Series",
                start_date="2024-09-05",
                end_date="2024-10-10",
                hours=6,
                delivery="webinar",
                assessment=True,
            )
        ],
    )
    pk.add(
        "07-iimc-online.pdf",
        [
            kit.cert(
                pk,
                "io",
                "cert_modern",
                "iimc_online",
                {"heading": "IIMC Online Learning"},
                provider=IIMC,
                title="Advanced Parliamentary Practice (online)",
                start_date="2025-01-13",
                end_date="2025-02-21",
                delivery="online",
                assessment=True,
                signatory="Priya Venkataraman",
            )
        ],
    )
    pk.add(
        "08-hybrid.pdf",
        [
            kit.cert(
                pk,
                "hy",
                "cert_record",
                "course",
                {"heading": "Record of Completion"},
                provider="Keel & Compass Professional Seminars",
                title="Leading Hybrid Teams",
                start_date="2025-03-03",
                end_date="2025-03-28",
                hours=12,
                delivery="hybrid",
                assessment=True,
                signatory="Rupert Nkemelu",
            )
        ],
    )
    pk.add(
        "09-annual-conf.pdf",
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
    pk.add(
        "10-committee.pdf",
        [
            kit.letter(
                pk,
                "cm",
                "committee_member",
                [
                    "This letter confirms that Sunniva E. Rasmussen served as a member of the IIMC Education Committee for three "
                    "years, 2022 to 2025.",
                    "<BREAK>",
                    "Projects: the online learning catalogue review and the Academy mentor list.",
                ],
                {"head_lines": ["Education Committee"], "sig_lines": ["Committee Chair"]},
                provider=IIMC,
                title="Education Committee",
                start_date="2022-01-01",
                end_date="2025-12-31",
                years=3,
                signatory="Hattie McClennan",
                issue_date="2026-01-20",
            )
        ],
    )
    pk.add(
        "11-course-2016.pdf",
        [
            kit.cert(
                pk,
                "old",
                "cert_record",
                "course",
                {},
                provider="Northfield Community College Continuing Education",
                title="Records Retention Essentials",
                start_date="2016-10-11",
                end_date="2016-10-12",
                hours=12,
                location="Northfield, Washington",
                signatory="Gideon Pettibone",
                applicant_name="Sunniva E. Okonjo",
            )
        ],
    )
    return pk


def p_bison_crossing():
    pk = Packet(
        "mmc-r5-bison-crossing",
        "MMC",
        "Lucinda M. Sorensen",
        5,
        "2026-10-26",
        prior="2020-02-14",
        member_id="512266",
        description="MMC Region 5 (Nebraska): seven Athenian Dialogues in one PDF (3 each, capped at 18: the seventh "
        "earns 0), an Academy certificate and its phone photo ('academy-again.jpg' sorts first: the PDF is the "
        "DUPLICATE), two Conference Academy sessions, a teaching letter, a certificate for another person "
        "(NAME_MISMATCH), a committee chair letter, a committee letter without the committee's name "
        "(MISSING_TITLE), an HR letter (no MMC row) and a conference by dates only.",
    )
    inst, host, place = Wd.INSTITUTES[5]
    assoc = Wd.ASSOCIATIONS[5]
    acad = kit.cert(
        pk,
        "ac",
        "cert_classic",
        "institute",
        {"heading": "Certificate of Completion"},
        provider=inst,
        title="Academy Year 1",
        start_date="2021-06-07",
        end_date="2021-06-10",
        hours=30,
        location=place,
        signatory="Bernadette Achterberg",
        key="acad|y1",
    )
    pk.add("academy.pdf", [acad])
    pk.add("academy-again.jpg", [kit.same(acad)], mode="jpeg_photo")
    books = [
        "The Lighthouse Accounts",
        "Rivers Without Maps",
        "A Ledger of Small Mercies",
        "The Quiet Assembly",
        "Salt and Civic Virtue",
        "The Long Table",
        "Notes from the Commons",
    ]
    dates = [
        "2020-09-17",
        "2021-03-11",
        "2021-11-04",
        "2022-05-19",
        "2023-01-26",
        "2024-02-08",
        "2025-03-20",
    ]
    pk.add(
        "athenian-dialogues.pdf",
        [
            kit.cert(
                pk,
                f"ad{i}",
                "cert_modern" if i % 3 else "cert_slip",
                "athenian_dialogue",
                {"heading": "Athenian Leadership Dialogue"},
                provider=IIMC,
                title="Athenian Dialogue: " + b,
                start_date=dt,
                signatory="Ilse Marchetti",
            )
            for i, (b, dt) in enumerate(zip(books, dates, strict=False))
        ],
    )
    pk.add(
        "conference-academy.pdf",
        [
            kit.cert(
                pk,
                "ca1",
                "cert_record",
                "conference_academy",
                {"heading": "Annual Conference Academy"},
                provider=IIMC,
                title="Succession Planning in the Clerk's Office",
                start_date="2025-05-18",
                location="Spokane, Washington",
            ),
            kit.cert(
                pk,
                "ca2",
                "cert_record",
                "conference_academy",
                {"heading": "Annual Conference Academy"},
                provider=IIMC,
                title="Emotional Intelligence for Leaders",
                start_date="2025-05-18",
                location="Spokane, Washington",
            ),
        ],
    )
    pk.add(
        "teaching.pdf",
        [
            kit.letter(
                pk,
                "te",
                "teaching_institute",
                [
                    "On behalf of the Prairie Heartland Clerks Institute, thank you for teaching the session Minutes That Matter on "
                    "June 9, 2025. Lucinda M. Sorensen taught 4 hours."
                ],
                {"head_lines": ["Institute Office"], "sig_lines": ["Institute Director"]},
                provider=inst,
                title="Minutes That Matter",
                start_date="2025-06-09",
                end_date="2025-06-09",
                hours=4,
                signatory="Bernadette Achterberg",
                issue_date="2025-06-20",
            )
        ],
    )
    pk.add(
        "name-mismatch.pdf",
        [
            kit.cert(
                pk,
                "nm",
                "cert_classic",
                "conference",
                {
                    "heading": "Certificate of Attendance",
                    "hours_page2": True,
                    "sessions": [("Day 1", 5), ("Day 2", 5), ("Day 3", 4)],
                },
                provider=assoc,
                title="Fall Conference 2024",
                start_date="2024-10-02",
                end_date="2024-10-04",
                hours=14,
                location="Kearney, Nebraska",
                signatory="Anselm Kowalczyk",
                applicant_name="Lucas M. Sorensen",
            )
        ],
    )
    pk.add(
        "committee-chair.pdf",
        [
            kit.letter(
                pk,
                "ch",
                "committee_chair",
                [
                    "This is to confirm that Lucinda M. Sorensen chaired the Bylaws Committee of the Hawkeye Prairie City Clerks "
                    "Association from January 2022 through December 2024.",
                    "The committee's revised bylaws were adopted in 2024.",
                    "<BREAK>",
                    "Committee work completed:",
                    [
                        "Survey of member associations",
                        "Draft bylaws (2023)",
                        "Adoption at the 2024 annual meeting",
                    ],
                ],
                {"head_lines": ["Board of Directors"], "sig_lines": ["President"]},
                provider=assoc,
                title="Bylaws Committee",
                start_date="2022-01-01",
                end_date="2024-12-31",
                signatory="Anselm Kowalczyk",
                issue_date="2025-02-01",
            )
        ],
    )
    pk.add(
        "committee-untitled.pdf",
        [
            kit.letter(
                pk,
                "cu",
                "committee_member",
                [
                    "Lucinda M. Sorensen served on one of our committees from 2021 to 2023 and was a valued member. Thank you for "
                    "considering her service."
                ],
                {"head_lines": ["Board of Directors"], "sig_lines": ["President"]},
                provider=assoc,
                start_date="2021-01-01",
                end_date="2023-12-31",
                signatory="Anselm Kowalczyk",
                issue_date="2024-01-10",
            )
        ],
    )
    pk.add(
        "employment.pdf",
        [
            kit.emp(
                pk,
                "hr",
                "City of Bison Crossing",
                "City Clerk",
                "2011-08-01",
                etype="full_time",
                signatory="Jolene Bascombe",
                issue="2026-09-01",
                s={
                    "head_lines": ["Human Resources"],
                    "sig_lines": ["HR Director"],
                    "style": "record",
                },
            )
        ],
    )
    pk.add(
        "league-conference.pdf",
        [
            kit.cert(
                pk,
                "lc",
                "cert_modern",
                "conference",
                {"heading": "Certificate of Attendance"},
                provider="Nebraska League of Municipalities",
                title="Annual Conference",
                start_date="2025-09-24",
                end_date="2025-09-25",
                location="Lincoln, Nebraska",
                signatory="Edmund Vashti",
            )
        ],
    )
    return pk


PACKETS = [p_lindenhurst, p_mesa_verdura, p_port_sorrel_envelope, p_quillayute, p_bison_crossing]
