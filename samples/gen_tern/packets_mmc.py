"""The five MMC packets of the tern set."""

from . import makers as M
from . import wordings as W
from . import world
from .packets_cmc import IIMC, institute_cert


def manifest(name, region, prior, received, former=(), member="", membership="full"):
    a = {"name": name, "member_id": member, "region": region, "membership": membership}
    if former:
        a["former_names"] = list(former)
    return {
        "applicant": a,
        "program": "MMC",
        "prior_designation_date": prior,
        "received_date": received,
    }


def service_letter(
    rnd, who, provider, title, activity, start, end, years, paras, signer, role, date, **kw
):
    f = dict(
        applicant_name=who,
        provider=provider,
        title=title,
        start_date=start,
        end_date=end,
        years=years,
        activity=activity,
    )
    return M.letter(
        rnd,
        "letter",
        {k: v for k, v in f.items() if v is not None},
        kw.pop("org", provider),
        paras,
        date=date,
        signer=signer,
        role=role,
        service_years=years,
        **kw,
    )


def p_m01_academy_and_service(rnd):
    who = "Harold P. Vance III"
    inst = world.INSTITUTES[0]
    ka = world.ASSOCIATIONS[0][0]
    rdays = [
        (
            "Wednesday, March 5",
            M.day_slots(13, [(60, "Registration"), (120, "Opening General Session")]),
        ),
        (
            "Thursday, March 6",
            M.day_slots(
                8,
                [
                    (120, "Breakout: Succession Planning"),
                    (15, "Break"),
                    (105, "Breakout: Cybersecurity for Clerks"),
                    (60, "Lunch"),
                    (180, "Region IV Business Meeting"),
                ],
            ),
        ),
        ("Friday, March 7", M.day_slots(8, [(180, "Closing General Session and Awards")])),
    ]
    old_days = [
        (
            "Monday, July 16",
            M.day_slots(
                8, [(240, "Leadership Track I"), (60, "Lunch"), (180, "Leadership Track II")]
            ),
        )
    ]
    files = [
        (
            "academy_2018.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    inst,
                    "Academy for Advanced Education - Leadership Track",
                    "2018-07-16",
                    "2018-07-18",
                    18,
                    "PRMCI-A-2018-022",
                    style="portrait",
                    flags=["PREDATES_DESIGNATION"],
                )
            ],
            "pdf",
        ),
        (
            "academy_2018_schedule.pdf",
            [
                M.agenda(
                    rnd,
                    inst[0],
                    "Academy for Advanced Education - Leadership Track",
                    "2018-07-16",
                    "2018-07-18",
                    "Redbluff State University, Redbluff, Kansas",
                    old_days,
                    flags=["PREDATES_DESIGNATION"],
                )
            ],
            "pdf",
        ),
        (
            "academy_2020.pdf",
            [
                institute_cert(
                    rnd,
                    W.name(who, "upper"),
                    inst,
                    "Advanced Academy - Session A",
                    "2020-07-13",
                    "2020-07-15",
                    20,
                    "PRMCI-A-2020-008",
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "academy_2022.pdf",
            [
                institute_cert(
                    rnd,
                    W.name(who, "lastfirst"),
                    inst,
                    "Advanced Academy - Session B",
                    "2022-07-11",
                    "2022-07-14",
                    24,
                    "PRMCI-A-2022-015",
                    style="modern",
                    hours_style="words",
                )
            ],
            "pdf",
        ),
        (
            "kactc_records_course.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ka,
                    "Advanced Records Management",
                    "2023-10-19",
                    "2023-10-20",
                    12,
                    "state_course",
                    location="Hays, Kansas",
                    course_review=True,
                    review_no="IIMC Course Review No. 2023-0419",
                    assessment=True,
                    signers=[("Darlene Fitch, CMC", "KACTC President")],
                )
            ],
            "pdf",
        ),
        (
            "region_iv_agenda.pdf",
            [
                M.agenda(
                    rnd,
                    IIMC,
                    "IIMC Region IV Meeting",
                    "2025-03-05",
                    "2025-03-07",
                    "Lincoln, Nebraska",
                    rdays,
                )
            ],
            "pdf",
        ),
        (
            "region_iv_certificate.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Region IV Meeting",
                    "2025-03-05",
                    "2025-03-07",
                    None,
                    "conference",
                    location="Lincoln, Nebraska",
                    print_hours=False,
                    days=3,
                    signers=[("Patricia Nwosu-Hale, MMC", "Region IV Director")],
                    header="Certificate of Attendance",
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "scholarship_committee.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    ka,
                    "Scholarship Committee",
                    "committee_chair",
                    "2023-01-01",
                    "2024-12-31",
                    2,
                    [
                        f"This letter confirms that {who} chaired the KACTC Scholarship Committee for two years, 2023 and 2024. "
                        "Under his leadership the committee awarded eleven institute scholarships."
                    ],
                    "Darlene Fitch, CMC",
                    "President",
                    "2025-01-30",
                    salutation="Dear MMC Review Committee:",
                )
            ],
            "pdf",
        ),
        (
            "teaching_letter.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider=inst[0],
                        title="Parliamentary Procedure",
                        start_date="2024-07-16",
                        end_date="2024-07-16",
                        hours=6,
                        activity="teaching_institute",
                    ),
                    inst[0],
                    [
                        f"{who} served as an instructor at the {inst[0]} on July 16, 2024, teaching the session "
                        '"Parliamentary Procedure" (6 hours of instruction) to our Year Two class.',
                        "His evaluations were excellent and we hope he will return next summer.",
                    ],
                    org_lines=[inst[1], "Redbluff, Kansas"],
                    date="2024-08-01",
                    signer="Dr. Helen R. Osterberg",
                    role="Institute Director",
                )
            ],
            "pdf",
        ),
        (
            "treasurer_letter.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    ka,
                    "Treasurer",
                    "association_officer",
                    "2021-05-01",
                    "2023-04-30",
                    2,
                    [
                        f"{who} was elected Treasurer of the Kansas Association of City & Town Clerks and served two "
                        "terms (May 2021 - April 2023). He presented the Association's budget and audit reports to the "
                        "membership each year."
                    ],
                    "Janelle Okafor",
                    "Secretary",
                    "2023-06-12",
                    align="center",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_m01_academy_and_service",
        shape="folder",
        files=files,
        manifest=manifest(who, 4, "2019-05-10", "2026-09-21", member="198830"),
        description="MMC, region 4: an academy session and its schedule dated before the CMC "
        "(PREDATES_DESIGNATION), two later academy sessions (names upper-case and 'Last, "
        "First' with a suffix), a state course, teaching at an institute (either side), a "
        "committee chair, two terms as association treasurer, a region meeting in days.",
    )


def p_m02_professional_record(rnd):
    who = "Yolanda Pierce-Okonkwo"
    emp = ("City of Silver Flats", "Office of the City Manager", "local")
    files = [
        (
            "annual_conference_2024.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "78th Annual Conference",
                    "2024-05-18",
                    "2024-05-22",
                    16,
                    "annual_conference",
                    location="Milwaukee, Wisconsin",
                    signers=[("Theresa M. Quill, CMC", "President")],
                    header="Certificate of Attendance",
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "apro_secretary.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    "Association of Public Records Officers, Mountain Chapter",
                    "Chapter Secretary",
                    "related_officer",
                    "2023-01-01",
                    "2024-12-31",
                    2,
                    [
                        f"{who} served as Chapter Secretary for two years (2023-2024), keeping the minutes of the board and "
                        "the chapter's annual meeting."
                    ],
                    "Victor Szabo",
                    "Chapter President",
                    "2025-02-14",
                )
            ],
            "pdf",
        ),
        (
            "article_publication.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider="Municipal Clerk Quarterly",
                        title="Ten Lessons from a Records Center Move",
                        start_date="2024-09-01",
                        end_date="2024-09-30",
                        activity="personal_accomplishment",
                    ),
                    "Municipal Clerk Quarterly",
                    [
                        f'We are pleased to confirm that the article "Ten Lessons from a Records Center Move" by {who} '
                        "appeared in the September 2024 issue (Vol. 31, No. 3) of Municipal Clerk Quarterly."
                    ],
                    date="2024-10-03",
                    signer="Rosalind Achebe",
                    role="Managing Editor",
                    align="right",
                )
            ],
            "pdf",
        ),
        (
            "board_of_directors.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    IIMC,
                    "Board of Directors",
                    "board_member",
                    "2022-05-01",
                    "2024-04-30",
                    2,
                    [
                        "Thank you for your service as a member of the IIMC Board of Directors from May 2022 to April 2024 "
                        "(two years), representing Region VII."
                    ],
                    "Lionel Bertrand",
                    "Executive Director",
                    "2024-05-20",
                    to=[who, "City Clerk, City of Silver Flats"],
                    salutation="Dear Ms. Pierce-Okonkwo:",
                    stamp="COPY",
                    footer="IIMC  |  Professional development for municipal clerks worldwide",
                )
            ],
            "pdf",
        ),
        (
            "conflict_seminar.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Keystone Professional Seminars, Inc.",
                    "Conflict Resolution for Public Employees",
                    "2023-03-08",
                    "2023-03-09",
                    13,
                    "course",
                    location="Boise, Idaho",
                    hours_style="hrs",
                    signers=[("Dwayne K. Pettibone", "Seminar Leader")],
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "cpm_certificate.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Redbluff State University Certified Public Manager Program",
                    "Certified Public Manager (CPM)",
                    "2021-01-11",
                    "2022-11-18",
                    300,
                    "certification",
                    signers=[
                        ("Dr. Anjali Raman", "Program Director"),
                        ("Dr. Helen R. Osterberg", "Dean"),
                    ],
                    header="Certification",
                    lead="Having completed 300 hours of training,",
                    body=["is hereby designated"],
                    hours_style="contact",
                    style="landscape",
                    number="CPM No. 2022-0416",
                    seal="CERTIFIED PUBLIC MANAGER PROGRAM",
                )
            ],
            "pdf",
        ),
        (
            "employment_letter.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "City Clerk",
                    "2012-10-01",
                    "2026-11-02",
                    "clerk_ft",
                    [
                        f"{who} has been City Clerk of the City of Silver Flats since October 1, 2012, a full-time position "
                        "she holds at present."
                    ],
                    etype="full_time",
                    signer="Marcus T. Delacroix",
                    role="City Manager",
                    date="2026-10-20",
                )
            ],
            "pdf",
        ),
        (
            "membership_committee.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    IIMC,
                    "Membership Committee",
                    "committee_member",
                    "2019-01-01",
                    "2021-12-31",
                    3,
                    [
                        f"{who} served on the IIMC Membership Committee for three years (2019, 2020, 2021)."
                    ],
                    "Naomi Fairchild, MMC",
                    "Committee Chair",
                    "2022-01-10",
                )
            ],
            "pdf",
        ),
        (
            "records_conversion.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider="City of Silver Flats",
                        title="Laserfiche records conversion project",
                        start_date="2025-01-06",
                        end_date="2025-04-25",
                        hours=30,
                        activity="on_the_job",
                    ),
                    "City of Silver Flats",
                    [
                        f"I write to recognize {who} for leading the City's Laserfiche records conversion project, outside her "
                        "daily duties, between January 6 and April 25, 2025. She devoted thirty (30) hours of her own time to "
                        "planning, vendor coordination and staff training, and the project now saves the City an estimated "
                        "400 staff hours a year."
                    ],
                    org_lines=["Office of the City Manager"],
                    date="2025-05-02",
                    signer="Marcus T. Delacroix",
                    role="City Manager",
                )
            ],
            "pdf",
        ),
        (
            "transcript_credits.pdf",
            [
                M.transcript(
                    rnd,
                    who,
                    "University of Silver Flats",
                    "Office of the University Registrar",
                    "Silver Flats, NV 89501",
                    [
                        ("Fall 2023", [("PSC 407", "Intergovernmental Relations", 3, "A")]),
                        ("Spring 2024", [("PSC 420", "Public Policy Analysis", 3, "A-")]),
                    ],
                    "4.00",
                    "2026-09-15",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_m02_professional_record",
        shape="folder",
        files=files,
        manifest=manifest(who, 7, "2016-03-14", "2026-11-02", member="164477"),
        description="MMC, region 7: professional contribution of many kinds (IIMC Board, IIMC committee, "
        "officer of a related association, on-the-job project by hours, a published article, "
        "college credits), a CPM certification, a seminar without review and an IIMC Annual "
        "Conference (either side), and an employment letter (no MMC row).",
    )


def p_m03_rejections(rnd):
    who = "Samuel O. Adeyemi"
    ov = world.ASSOCIATIONS[5][0]
    inst = world.INSTITUTES[1]
    acad = institute_cert(
        rnd,
        who,
        inst,
        "Master Academy - Module 3: Strategic Planning",
        "2021-10-04",
        "2021-10-06",
        16,
        "TCA-M3-21-077",
        style="landscape",
        hours_style="contact",
    )
    rescan = acad.copy("DUPLICATE")
    files = [
        ("academy_cert.pdf", [acad], "pdf"),
        ("academy_cert_rescan.jpg", [rescan], "jpeg"),
        (
            "athenian_2012.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Athenian Leadership Dialogue: The Good Society",
                    "2012-10-06",
                    "2012-10-06",
                    6,
                    "athenian_dialogue",
                    location="Columbus, Ohio",
                    assessment=True,
                    signers=[("Lionel Bertrand", "Executive Director")],
                    style="portrait",
                    date_style="num",
                )
            ],
            "pdf",
        ),
        (
            "athenian_2019.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Athenian Leadership Dialogue: Leadership and Trust",
                    "2019-04-13",
                    "2019-04-13",
                    6,
                    "athenian_dialogue",
                    location="Dayton, Ohio",
                    assessment=True,
                    signers=[("Naomi Fairchild, MMC", "Facilitator")],
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "bylaws_committee.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider=ov,
                        title="Bylaws Committee",
                        activity="committee_chair",
                    ),
                    ov,
                    [
                        f"Please let this letter confirm that {who} has served as Chair of the Association's Bylaws Committee. "
                        "His careful drafting guided our membership through a complete revision of the bylaws."
                    ],
                    signer="Carmen Ybarra, CMC",
                    role="OVAMC President",
                    flags=["MISSING_DATE"],
                )
            ],
            "pdf",
        ),
        (
            "e_records_online.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "National Records Academy LLC",
                    "Electronic Records Preservation",
                    "2024-02-05",
                    "2024-03-01",
                    9,
                    "course",
                    delivery="online",
                    signers=[("Gordon L. Fairweather", "Academy Director")],
                    hours_style="hrs",
                    number="Certificate No. NRA-24-3310",
                    flags=["NO_ASSESSMENT"],
                )
            ],
            "pdf",
        ),
        (
            "lunch_and_learn.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ov,
                    "Lunch & Learn: Social Media Policies",
                    "2023-06-14",
                    "2023-06-14",
                    0.75,
                    "state_course",
                    location="Cincinnati, Ohio",
                    course_review=True,
                    review_no="IIMC Course Review No. 2023-0602",
                    assessment=True,
                    detail_extra=["12:00 - 12:45 p.m."],
                    flags=["BELOW_MINIMUM_HOURS"],
                    signers=[("Carmen Ybarra, CMC", "OVAMC President")],
                    style="portrait",
                )
            ],
            "pdf",
        ),
        (
            "minutes_course.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ov,
                    "Advanced Minutes Writing",
                    "2017-09-21",
                    "2017-09-21",
                    8,
                    "state_course",
                    location="Lexington, Kentucky",
                    course_review=True,
                    assessment=True,
                    signers=[("Carmen Ybarra, CMC", "OVAMC President")],
                )
            ],
            "pdf",
        ),
        (
            "mpa_transcript.pdf",
            [
                M.transcript(
                    rnd,
                    who,
                    "Saint Brendan University",
                    "Office of Academic Records",
                    "44 Abbey Road, Dalton, GA",
                    [
                        (
                            "Fall 2006",
                            [
                                ("MPA 601", "Foundations of Public Administration", 3, "A"),
                                ("MPA 610", "Public Budgeting", 3, "A-"),
                            ],
                        ),
                        (
                            "Spring 2007",
                            [
                                ("MPA 620", "Research Methods", 3, "B+"),
                                ("MPA 630", "Organizational Theory", 3, "A"),
                            ],
                        ),
                        (
                            "Fall 2007",
                            [
                                ("MPA 640", "Public Personnel Administration", 3, "A"),
                                ("MPA 650", "Ethics in Government", 3, "A"),
                            ],
                        ),
                        (
                            "Spring 2008",
                            [
                                ("MPA 660", "Municipal Finance", 3, "A-"),
                                ("MPA 670", "Urban Policy", 3, "B+"),
                            ],
                        ),
                        (
                            "Fall 2008",
                            [("MPA 690", "Capstone", 3, "A"), ("MPA 695", "Internship", 3, "P")],
                        ),
                    ],
                    "3.79",
                    "2026-01-09",
                    degree="Master of Public Administration",
                    degree_date="2008-12-19",
                    field="related",
                    per_page=3,
                )
            ],
            "pdf",
        ),
        (
            "ovamc_conference_2010.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ov,
                    "OVAMC Annual Conference",
                    "2010-09-15",
                    "2010-09-17",
                    14,
                    "conference",
                    location="Wheeling, West Virginia",
                    signers=[("Victor Szabo", "OVAMC President")],
                    header="Certificate of Attendance",
                    flags=["PREDATES_DESIGNATION"],
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_m03_rejections",
        shape="folder",
        files=files,
        manifest=manifest(who, 1, "2011-06-20", "2026-03-30", member="120558"),
        description="MMC, region 1: an academy module and its phone re-scan (DUPLICATE), a 45-minute "
        "session (below 1 contact hour), an online course without assessment (Professional "
        "Contribution only), a committee letter without any date, a conference before the "
        "CMC; an MPA conferred before the CMC (the unused-degree exception, no flag), Athenian "
        "Dialogues before (2 points) and after (3 points) November 23, 2013.",
    )


def p_m04_conferences_and_iimc(rnd):
    who = "Ruth Ann Castellanos"
    former = "Ruth Ann Delgado"
    rdays = [
        (
            "Thursday, September 11",
            M.day_slots(
                8,
                [
                    (120, "General Session"),
                    (15, "Break"),
                    (105, "Workshops"),
                    (60, "Lunch"),
                    (150, "Workshops (continued)"),
                ],
            ),
        ),
        ("Friday, September 12", M.day_slots(8, [(150, "Closing Session"), (30, "Adjourn")])),
    ]
    files = [
        (
            "academy_session_a.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Conference Academy: Budget Storytelling",
                    "2023-05-20",
                    "2023-05-20",
                    3,
                    "conference_academy",
                    location="Tulsa, Oklahoma",
                    assessment=True,
                    signers=[("Rosalind Achebe, MMC", "Education Director")],
                    style="portrait",
                )
            ],
            "pdf",
        ),
        (
            "academy_session_b.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Conference Academy: Leading Remote Teams",
                    "2024-05-18",
                    "2024-05-18",
                    3,
                    "conference_academy",
                    location="Milwaukee, Wisconsin",
                    assessment=True,
                    signers=[("Rosalind Achebe, MMC", "Education Director")],
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "cd_rom.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "CD-ROM Course: Records Management Essentials",
                    None,
                    None,
                    None,
                    "cd_rom",
                    issue="2019-02-11",
                    print_hours=False,
                    signers=[("Lionel Bertrand", "Executive Director")],
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "iimc_2008.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "62nd Annual Conference",
                    "2008-05-17",
                    "2008-05-21",
                    None,
                    "annual_conference",
                    location="Atlanta, Georgia",
                    print_hours=False,
                    signers=[("Marcus T. Delacroix", "President")],
                    header="Certificate of Attendance",
                    style="landscape",
                    seal="INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS",
                )
            ],
            "pdf",
        ),
        (
            "iimc_2015.pdf",
            [
                M.cert(
                    rnd,
                    former,
                    IIMC,
                    "69th Annual Conference",
                    "2015-05-16",
                    "2015-05-20",
                    17.5,
                    "annual_conference",
                    location="Kansas City, Missouri",
                    signers=[("Theresa M. Quill, CMC", "President")],
                    header="Certificate of Attendance",
                    style="modern",
                    hours_style="contact",
                )
            ],
            "pdf",
        ),
        (
            "iimc_online_course.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Online Course: Managing Public Records Requests",
                    "2022-01-10",
                    "2022-02-04",
                    8,
                    "iimc_online",
                    delivery="online",
                    assessment=True,
                    signers=[("Rosalind Achebe, MMC", "Education Director")],
                    style="portrait",
                )
            ],
            "pdf",
        ),
        (
            "league_conference.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Sierra Foothills Municipal League",
                    "Annual Conference 2021",
                    "2021-10-06",
                    "2021-10-07",
                    None,
                    "conference",
                    location="Grass Valley, California",
                    print_hours=False,
                    days=2,
                    signers=[("Susan J. Whitlock", "Executive Director")],
                    header="Certificate of Attendance",
                )
            ],
            "pdf",
        ),
        (
            "region_ix_agenda.pdf",
            [
                M.agenda(
                    rnd,
                    IIMC,
                    "IIMC Region IX Meeting",
                    "2025-09-11",
                    "2025-09-12",
                    "Sacramento, California",
                    rdays,
                )
            ],
            "pdf",
        ),
        (
            "region_ix_meeting.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Region IX Meeting",
                    "2025-09-11",
                    "2025-09-12",
                    10,
                    "conference",
                    location="Sacramento, California",
                    hours_style="words",
                    signers=[("Patricia Nwosu-Hale, MMC", "Region IX Director")],
                    header="Certificate of Attendance",
                    style="portrait",
                )
            ],
            "pdf",
        ),
        (
            "study_abroad.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider=IIMC,
                        title="IIMC Study Abroad Program",
                        start_date="2018-06-02",
                        end_date="2018-06-16",
                        location="Utrecht, Netherlands",
                        activity="study_abroad",
                    ),
                    IIMC,
                    [
                        f"This letter confirms that {who} took part in the IIMC Study Abroad Program in Utrecht, "
                        "Netherlands, from June 2 to June 16, 2018, studying the records and council practices of Dutch "
                        "municipalities with her host clerk."
                    ],
                    date="2018-07-09",
                    signer="Lionel Bertrand",
                    role="Executive Director",
                    align="center",
                )
            ],
            "pdf",
        ),
        (
            "webinar_series.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "GovSkills eLearning",
                    "Webinar Series: Public Engagement Tools",
                    "2024-09-04",
                    "2024-10-09",
                    6,
                    "course",
                    delivery="webinar",
                    assessment=True,
                    signers=[("Naomi Fairchild, MMC", "Presenter")],
                    hours_style="contact",
                    style="modern",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_m04_conferences_and_iimc",
        shape="folder",
        files=files,
        manifest=manifest(who, 9, "2006-11-01", "2026-01-12", former=[former], member="087612"),
        description="MMC, region 9: IIMC Annual Conferences of 2008 (4 points) and 2015 (8, under the "
        "applicant's former name), two conference academy sessions, a CD-ROM course, IIMC "
        "online and Study Abroad (left to a reviewer), a league conference in days, a region "
        "meeting in hours with its agenda, a webinar series with assessment.",
    )


def p_m05_combination_points(rnd):
    who = "Dolores M. Fenwick"
    former = "Dolores M. Abernathy"
    inst = world.INSTITUTES[1]
    od = world.ASSOCIATIONS[1][0]
    tdays = [
        (
            "Thursday, April 10",
            M.day_slots(
                9,
                [
                    (60, "Welcome"),
                    (240, "Track 2: Elections Law Update (D. Fenwick)"),
                    (60, "Lunch"),
                    (240, "Track 2 continued: Canvass and Certification"),
                ],
            ),
        )
    ]
    files = [
        (
            "academy/2015.pdf",
            [
                institute_cert(
                    rnd,
                    former,
                    inst,
                    "Academy Level I",
                    "2015-06-08",
                    "2015-06-11",
                    22,
                    "TCA-15-130",
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "academy/2017.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    inst,
                    "Academy Level II",
                    "2017-06-12",
                    "2017-06-15",
                    20,
                    "TCA-17-088",
                    style="portrait",
                    hours_style="words",
                )
            ],
            "pdf",
        ),
        (
            "academy/2019.pdf",
            [
                institute_cert(
                    rnd,
                    W.name(who, "upper"),
                    inst,
                    "Academy Level III",
                    "2019-06-10",
                    "2019-06-13",
                    24,
                    "TCA-19-041",
                    style="modern",
                    hours_style="hrs",
                )
            ],
            "pdf",
        ),
        (
            "chair_letter.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    od,
                    "Education Committee",
                    "committee_chair",
                    "2021-01-01",
                    "2023-12-31",
                    3,
                    [
                        f"{who} chaired the {od} Education Committee for three years (2021 through 2023)."
                    ],
                    "Carmen Ybarra, CMC",
                    "ODMCA President",
                    "2024-02-01",
                    ref="Re: Committee service",
                )
            ],
            "pdf",
        ),
        (
            "cpm.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Commonwealth Certified Public Manager Program",
                    "Certified Public Manager",
                    "2018-01-15",
                    "2019-05-03",
                    280,
                    "certification",
                    header="Certificate",
                    signers=[("Dr. Everett Mbeki", "Director")],
                    hours_style="contact",
                    number="Certificate No. CPM-19-0072",
                )
            ],
            "pdf",
        ),
        (
            "diploma.pdf",
            [
                M.diploma(
                    rnd,
                    who,
                    "Saint Brendan University",
                    "Bachelor of Arts in Political Science",
                    "2001-05-19",
                    "Dalton, Georgia",
                    [
                        ("Dr. Helen R. Osterberg", "President"),
                        ("Dr. Anjali Raman", "Dean of the College"),
                    ],
                    field="related",
                )
            ],
            "pdf",
        ),
        (
            "odmca_conference.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    od,
                    "ODMCA Annual Conference 2024",
                    "2024-09-17",
                    "2024-09-19",
                    16,
                    "conference",
                    location="Williamsburg, Virginia",
                    signers=[("Carmen Ybarra, CMC", "ODMCA President")],
                    header="Certificate of Attendance",
                )
            ],
            "pdf",
        ),
        (
            "secretary_letter.pdf",
            [
                service_letter(
                    rnd,
                    who,
                    od,
                    "Secretary",
                    "association_officer",
                    "2019-07-01",
                    "2021-06-30",
                    2,
                    [
                        f"This is to confirm that {who} served as Secretary of the {od} for two consecutive one-year terms, "
                        "July 1, 2019 to June 30, 2021."
                    ],
                    "Victor Szabo",
                    "Past President",
                    "2021-08-15",
                    align="right",
                )
            ],
            "pdf",
        ),
        (
            "state_courses.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    od,
                    "Advanced Elections Administration",
                    "2022-03-09",
                    "2022-03-10",
                    16,
                    "state_course",
                    location="Richmond, Virginia",
                    course_review=True,
                    assessment=True,
                    signers=[("Carmen Ybarra, CMC", "ODMCA President")],
                    style="landscape",
                ),
                M.cert(
                    rnd,
                    who,
                    od,
                    "Public Finance for Clerks",
                    "2023-03-08",
                    "2023-03-08",
                    12,
                    "state_course",
                    location="Richmond, Virginia",
                    course_review=True,
                    assessment=True,
                    review_no="Course Review No. 2023-0291",
                    signers=[("Carmen Ybarra, CMC", "ODMCA President")],
                    style="portrait",
                ),
            ],
            "pdf",
        ),
        (
            "teaching/agenda.pdf",
            [
                M.agenda(
                    rnd,
                    od,
                    "ODMCA Spring Institute Day",
                    "2025-04-10",
                    "2025-04-10",
                    "Charlottesville, Virginia",
                    tdays,
                )
            ],
            "pdf",
        ),
        (
            "teaching/letter.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider=od,
                        title="Elections Law Update",
                        start_date="2025-04-10",
                        end_date="2025-04-10",
                        hours=8,
                        activity="teaching_state",
                    ),
                    od,
                    [
                        'Thank you for teaching Track 2, "Elections Law Update", at the ODMCA Spring Institute Day on April 10, '
                        "2025. Your eight (8) hours of instruction and preparation were a highlight of the program."
                    ],
                    to=[who, "City Clerk", "City of Fairhaven"],
                    salutation="Dear Dolores,",
                    date="2025-04-22",
                    signer="Victor Szabo",
                    role="Education Chair",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_m05_combination_points",
        shape="folder",
        files=files,
        manifest=manifest(who, 2, "2014-02-03", "2026-10-05", former=[former], member="233019"),
        description="MMC, region 2: Advanced Education over 60 (a related degree conferred before the CMC, "
        "three academy levels, one under a former name, a CPM certification, two state courses "
        "in one file, teaching a state course): the excess gives combination points toward "
        "Professional Contribution (committee chair, association secretary, a conference).",
    )


PACKETS = [
    p_m01_academy_and_service,
    p_m02_professional_record,
    p_m03_rejections,
    p_m04_conferences_and_iimc,
    p_m05_combination_points,
]
