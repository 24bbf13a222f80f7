"""The seven CMC packets of the tern set."""

import io
import zipfile

from . import makers as M
from . import wordings as W
from . import world
from .build import SEPARATOR

IIMC = "International Institute of Municipal Clerks"


def manifest(name, region, received, former=(), member="", membership="full"):
    a = {"name": name, "member_id": member, "region": region, "membership": membership}
    if former:
        a["former_names"] = list(former)
    return {"applicant": a, "program": "CMC", "received_date": received}


def docx_bytes():
    """A Word document saved under a .pdf name: a real (tiny) OOXML zip, fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, body in (
            (
                "[Content_Types].xml",
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            ),
            (
                "word/document.xml",
                '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>To whom it may concern: please find my training summary.</w:t></w:r></w:p></w:body></w:document>',
            ),
        ):
            zi = zipfile.ZipInfo(n, date_time=(2026, 3, 2, 9, 0, 0))
            z.writestr(zi, body)
    return buf.getvalue()


def institute_cert(rnd, who, inst, title, start, end, hours, no, **kw):
    name, sub, place = inst
    return M.cert(
        rnd,
        who,
        name,
        title,
        start,
        end,
        hours,
        "institute",
        sub=sub,
        location=kw.pop("location", place),
        signers=kw.pop(
            "signers",
            [
                (rnd.choice(world.SIGNERS), "Institute Director"),
                (rnd.choice(world.SIGNERS), "Dean, Continuing Education"),
            ],
        ),
        number=f"Certificate No. {no}",
        seal=name.upper()[:40],
        **kw,
    )


def p_c01_institute_years(rnd):
    who = "Margaret A. Kowalski"
    inst = world.INSTITUTES[0]
    kactc = world.ASSOCIATIONS[0][0]
    conf_days = [
        (
            "Wednesday, April 17",
            M.day_slots(
                8,
                [
                    (60, "Registration & Continental Breakfast"),
                    (120, "General Session: The Clerk as Records Custodian"),
                    (15, "Break"),
                    (105, "Open Meetings Act Update"),
                    (60, "Lunch"),
                ],
            ),
        ),
        (
            "Thursday, April 18",
            M.day_slots(
                8,
                [
                    (90, "Election Calendar Workshop"),
                    (15, "Break"),
                    (135, "Budget Hearings and Public Notice"),
                    (60, "Awards Luncheon"),
                    (120, "Roundtables by City Class"),
                ],
            ),
        ),
        (
            "Friday, April 19",
            M.day_slots(
                8, [(120, "Ethics for Public Officials"), (30, "Closing Remarks and Adjournment")]
            ),
        ),
    ]
    files = [
        (
            "checklist.pdf",
            [
                M.form(
                    rnd,
                    who,
                    "CMC",
                    [
                        ("Member ID", "208817"),
                        ("Region", "4"),
                        ("Documents enclosed", "8"),
                        ("Date", "10/12/2026"),
                    ],
                )
            ],
            "pdf",
        ),
        (
            "hr_verification.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    world.EMPLOYERS[0],
                    "City Clerk",
                    "2015-06-01",
                    "2026-10-19",
                    "clerk_ft",
                    [
                        f"This letter verifies the employment of {who} with the City of Redbluff. Ms. Kowalski was "
                        "appointed City Clerk on June 1, 2015 and continues in that position to present.",
                        "She is a full-time, exempt employee. As City Clerk she is responsible for the "
                        "administration of the City Commission's meetings, the City's records management program "
                        "and municipal elections, and she supervises a staff of three in the Clerk's Office.",
                        "Please contact this office if further information is required.",
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Janelle Okafor",
                    role="Human Resources Director",
                    date="2026-09-30",
                    ref="RE: Employment Verification - Margaret A. Kowalski",
                    org_lines=[
                        "Human Resources Department",
                        "401 N. Main Street, Redbluff, KS 67301",
                        "(620) 555-0142",
                    ],
                )
            ],
            "pdf",
        ),
        (
            "institute/year1.pdf",
            [
                institute_cert(
                    rnd,
                    W.name(who, "upper"),
                    inst,
                    "Year One - Foundations of Municipal Clerking",
                    "2021-07-12",
                    "2021-07-16",
                    36,
                    "PRMCI-2021-0147",
                    style="landscape",
                    hours_style="contact",
                    date_style="long",
                )
            ],
            "pdf",
        ),
        (
            "institute/year2.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    inst,
                    "Year Two - Management and Leadership",
                    "2022-07-11",
                    "2022-07-15",
                    34,
                    "PRMCI-2022-0093",
                    style="portrait",
                    hours_style="hrs",
                    date_style="num",
                )
            ],
            "pdf",
        ),
        (
            "institute/year3.pdf",
            [
                institute_cert(
                    rnd,
                    W.name(who, "lastfirst"),
                    inst,
                    "Year Three - Advanced Practicum",
                    "2023-07-10",
                    "2023-07-14",
                    30,
                    "PRMCI-2023-0051",
                    style="modern",
                    hours_style="words",
                    date_style="dmy",
                )
            ],
            "pdf",
        ),
        (
            "kactc_agenda.pdf",
            [
                M.agenda(
                    rnd,
                    kactc,
                    "2024 KACTC Annual Conference",
                    "2024-04-17",
                    "2024-04-19",
                    "Flint Hills Convention Center, Emporia, Kansas",
                    conf_days,
                    note="Attendance at all sessions is required for the full 14 contact hours.",
                )
            ],
            "pdf",
        ),
        (
            "kactc_certificate.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    kactc,
                    "2024 Annual Conference",
                    "2024-04-17",
                    "2024-04-19",
                    14,
                    "conference",
                    location="Emporia, Kansas",
                    hours_style="contact",
                    signers=[("Darlene Fitch, CMC", "KACTC President")],
                    style="landscape",
                    header="Certificate of Attendance",
                )
            ],
            "pdf",
        ),
        (
            "transcript.pdf",
            [
                M.transcript(
                    rnd,
                    "Kowalski, Margaret Ann",
                    "Redbluff State University",
                    "Office of the Registrar",
                    "1200 College Ave., Redbluff, KS",
                    [
                        (
                            "Fall 2008",
                            [
                                ("POLS 101", "American National Government", 3, "A"),
                                ("ENGL 110", "Composition I", 3, "B+"),
                                ("MATH 120", "College Algebra", 3, "B"),
                                ("PADM 100", "Intro to Public Service", 3, "A"),
                            ],
                        ),
                        (
                            "Spring 2009",
                            [
                                ("PADM 210", "Public Budgeting", 3, "A-"),
                                ("ECON 201", "Macroeconomics", 3, "B"),
                                ("COMM 105", "Public Speaking", 3, "A"),
                            ],
                        ),
                        (
                            "Fall 2010",
                            [
                                ("PADM 330", "Local Government Administration", 3, "A"),
                                ("PADM 340", "Records and Information Management", 3, "A"),
                            ],
                        ),
                        (
                            "Spring 2011",
                            [
                                ("PADM 410", "Administrative Law", 3, "B+"),
                                ("PADM 450", "Municipal Finance", 3, "A-"),
                            ],
                        ),
                        (
                            "Spring 2012",
                            [
                                ("PADM 490", "Capstone in Public Administration", 3, "A"),
                                ("POLS 350", "State and Local Politics", 3, "A"),
                            ],
                        ),
                    ],
                    "3.62",
                    "2026-08-20",
                    degree="Bachelor of Arts in Public Administration",
                    degree_date="2012-05-12",
                    field="related",
                    per_page=3,
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_c01_institute_years",
        shape="folder",
        files=files,
        manifest=manifest(who, 4, "2026-10-19", member="208817"),
        description="CMC, region 4: three institute years (name upper-case, as written, 'Last, First'), "
        "a related bachelor's degree on a two-page transcript (education over 60 spills to "
        "experience), a full-time City Clerk 'to present' letter (capped at 40), a state "
        "association conference with its agenda, and a checklist form.",
    )


def p_c02_incomplete_papers(rnd):
    who = "Dennis R. Whitcomb Jr."
    od = world.ASSOCIATIONS[1][0]
    tw = world.INSTITUTES[1]
    emp = world.EMPLOYERS[1]
    files = [
        (
            "academy_session.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Annual Conference Academy: Strategic Communication for Clerks",
                    "2025-05-17",
                    "2025-05-17",
                    3,
                    "conference_academy",
                    location="Grand Rapids, Michigan",
                    signers=[("Rosalind Achebe, MMC", "IIMC Education Director")],
                    header="Certificate of Participation",
                    style="modern",
                    assessment=True,
                )
            ],
            "pdf",
        ),
        (
            "academy_session_2.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Annual Conference Academy",
                    None,
                    None,
                    3,
                    "conference_academy",
                    signers=[("Rosalind Achebe, MMC", "IIMC Education Director")],
                    header="Certificate of Participation",
                    style="landscape",
                    flags=["MISSING_DATE"],
                )
            ],
            "pdf",
        ),
        (
            "athenian.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Athenian Leadership Dialogue: Civility and the Public Square",
                    "2024-05-18",
                    "2024-05-18",
                    6,
                    "athenian_dialogue",
                    location="Louisville, Kentucky",
                    assessment=True,
                    signers=[
                        ("Naomi Fairchild, MMC", "Dialogue Facilitator"),
                        ("Lionel Bertrand", "IIMC Executive Director"),
                    ],
                    style="landscape",
                    seal="INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS",
                )
            ],
            "pdf",
        ),
        (
            "cd_rom_course.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "CD-ROM Course: Parliamentary Procedure for Clerks",
                    None,
                    None,
                    None,
                    "cd_rom",
                    issue="2023-11-02",
                    print_hours=False,
                    signers=[("Rosalind Achebe, MMC", "Education Director")],
                    style="portrait",
                )
            ],
            "pdf",
        ),
        (
            "conference_blank_name.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    od,
                    "ODMCA Spring Conference",
                    "2025-04-09",
                    "2025-04-11",
                    12,
                    "conference",
                    location="Roanoke, Virginia",
                    print_name=False,
                    signers=[("Carmen Ybarra, CMC", "ODMCA President")],
                    header="Certificate of Attendance",
                    flags=["MISSING_NAME"],
                )
            ],
            "pdf",
        ),
        (
            "employment_deputy.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "Deputy Town Clerk",
                    "2019-03-01",
                    "2025-02-28",
                    "clerk_pt",
                    [
                        f"{who} served the Town of Port Mallow as Deputy Town Clerk from March 1, 2019 through "
                        "February 28, 2025. The position was part-time (24 hours per week).",
                        "His duties included preparing Town Council agendas and minutes, issuing licenses and permits, and "
                        "maintaining the Town's permanent records. He supervised the front counter staff and held "
                        "administrative responsibility for the Clerk's Office in the Town Clerk's absence.",
                    ],
                    etype="part_time",
                    admin=True,
                    signer="Gordon L. Fairweather",
                    role="Town Manager",
                    date="2026-08-24",
                    salutation="To Whom It May Concern:",
                    org_lines=[
                        "Office of the Town Manager",
                        "12 Harbor Street, Port Mallow, VA 23401",
                    ],
                )
            ],
            "pdf",
        ),
        (
            "employment_town_clerk.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "Town Clerk",
                    "2025-03-01",
                    "2026-09-08",
                    "clerk_ft",
                    [
                        f"Please accept this memorandum as verification that {who} has been employed full-time as Town Clerk "
                        "of the Town of Port Mallow since March 1, 2025, and is so employed at present. The Town Clerk heads "
                        "the Clerk's Office and supervises two employees."
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Gordon L. Fairweather",
                    role="Town Manager",
                    date="2026-08-24",
                    memo=[
                        ("TO", "IIMC Education Department"),
                        ("FROM", "Gordon L. Fairweather, Town Manager"),
                        ("DATE", "August 24, 2026"),
                        ("RE", "Employment of Dennis R. Whitcomb Jr."),
                    ],
                )
            ],
            "pdf",
        ),
        (
            "records_course.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    od,
                    "Records Retention and Disposition",
                    "2024-03-14",
                    "2024-03-15",
                    16,
                    "state_course",
                    location="Richmond, Virginia",
                    course_review=True,
                    review_no="IIMC Course Review No. 2024-0311",
                    assessment=True,
                    signers=[
                        ("Carmen Ybarra, CMC", "ODMCA President"),
                        ("Victor Szabo", "Education Chair"),
                    ],
                    number="Certificate No. ODM-24-118",
                )
            ],
            "pdf",
        ),
        (
            "training_letter.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider="Brightpath Workforce Training",
                        start_date="2025-06-05",
                        end_date="2025-06-05",
                        hours=8,
                        activity="course",
                    ),
                    "Brightpath Workforce Training",
                    [
                        f"This letter confirms that {who} completed eight (8) hours of training with our organization on "
                        "June 5, 2025, at our Norfolk training center.",
                        "Thank you for choosing Brightpath for your professional development.",
                    ],
                    date="2025-06-20",
                    signer="Dwayne K. Pettibone",
                    role="Program Coordinator",
                    org_lines=[
                        "2200 Commerce Park Dr., Norfolk, VA 23502",
                        "www.brightpath-training.example",
                    ],
                    flags=["MISSING_TITLE"],
                )
            ],
            "pdf",
        ),
        (
            "tidewater_year1.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    tw,
                    "Clerks Institute - Year I",
                    "2023-06-05",
                    "2023-06-09",
                    None,
                    "TCI-23-0442",
                    print_hours=False,
                    flags=["MISSING_HOURS"],
                    style="portrait",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_c02_incomplete_papers",
        shape="folder",
        files=files,
        manifest=manifest(who, 2, "2026-09-08", member="311902"),
        description="CMC, region 2: incomplete documentation (an institute certificate without hours, a "
        "conference certificate with a blank name line, an academy session without a date, a "
        "training letter naming no course) beside good papers: a state course with course "
        "review, an Athenian Dialogue, an academy session, a CD-ROM course, a part-time deputy "
        "clerk letter and a memo for the full-time Town Clerk position.",
    )


def p_c03_who_wrote_it(rnd):
    who = "Linda M. Harrow"
    assoc = world.ASSOCIATIONS[4][0]
    emp = world.EMPLOYERS[2]
    files = [
        (
            "annual_conference_2007.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "61st Annual Conference",
                    "2007-05-19",
                    "2007-05-23",
                    None,
                    "annual_conference",
                    location="Reno, Nevada",
                    print_hours=False,
                    signers=[("Marcus T. Delacroix", "IIMC President")],
                    header="Certificate of Attendance",
                    style="landscape",
                    seal="INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS",
                )
            ],
            "pdf",
        ),
        (
            "annual_conference_2023.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "77th Annual Conference",
                    "2023-05-20",
                    "2023-05-24",
                    18,
                    "annual_conference",
                    location="Tulsa, Oklahoma",
                    signers=[
                        ("Theresa M. Quill, CMC", "IIMC President"),
                        ("Lionel Bertrand", "Executive Director"),
                    ],
                    header="Certificate of Attendance",
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "colleague_certificate.pdf",
            [
                M.cert(
                    rnd,
                    "Brenda K. Ostrowski",
                    world.INSTITUTES[4][0],
                    "Year Two Session",
                    "2024-09-09",
                    "2024-09-13",
                    30,
                    "institute",
                    sub=world.INSTITUTES[4][1],
                    location="Cañon Valley, New Mexico",
                    signers=[("Dr. Anjali Raman", "Institute Director")],
                    flags=["NAME_MISMATCH"],
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "committee_education.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name="Linda",
                        provider=assoc,
                        title="Education Committee",
                        start_date="2021-01-01",
                        end_date="2024-12-31",
                        relationship="wife",
                        activity="committee_member",
                    ),
                    assoc,
                    [
                        "I am pleased to confirm that my wife, Linda, served on the Association's Education Committee from "
                        "2021 through 2024, attending every meeting and organizing our spring workshops.",
                        "She has been a tireless volunteer and I recommend her without reservation.",
                    ],
                    date="2025-02-03",
                    signer="Robert Harrow",
                    role="Chair, Education Committee",
                    org_lines=["P.O. Box 88, Santa Inez, NM 87501"],
                    flags=["RELATIVE_AUTHOR"],
                    salutation="Dear Committee:",
                )
            ],
            "pdf",
        ),
        (
            "committee_membership.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        provider=assoc,
                        title="Membership Committee",
                        start_date="2021-01-01",
                        end_date="2023-12-31",
                        years=3,
                        activity="committee_member",
                    ),
                    assoc,
                    [
                        f"On behalf of the {assoc}, thank you for your three years of service on the Membership Committee "
                        "(2021, 2022 and 2023). Your outreach to new clerks in the northern counties doubled our "
                        "first-year membership.",
                        "Please accept our sincere appreciation.",
                    ],
                    date="2024-01-22",
                    to=[who, "Village Clerk", "Village of Elm Hollow"],
                    salutation="Dear Ms. Harrow:",
                    signer="Carmen Ybarra, CMC",
                    role="President",
                    org_lines=["Santa Inez, New Mexico"],
                    service_years=3,
                )
            ],
            "pdf",
        ),
        (
            "employment_admin.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "Administrative Services Coordinator",
                    "2010-02-01",
                    "2016-07-31",
                    "local",
                    [
                        f"{who} was employed full-time by the Village of Elm Hollow as Administrative Services Coordinator "
                        "from February 1, 2010 to July 31, 2016. In that position she managed the Village Hall front office "
                        "and supervised two office assistants."
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Susan J. Whitlock",
                    role="Village Administrator",
                    date="2026-07-15",
                    ref="Re: Verification of employment",
                )
            ],
            "pdf",
        ),
        (
            "employment_clerk.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "Village Clerk",
                    "2016-08-01",
                    "2026-08-14",
                    "clerk_ft",
                    [
                        f"{who} has served as the full-time Village Clerk since August 1, 2016 and continues to serve in that "
                        "position. She is the records custodian of the Village, administers its elections and is responsible "
                        "for the Board of Trustees' agendas, minutes and ordinances."
                    ],
                    etype="full_time",
                    signer="Susan J. Whitlock",
                    role="Village Administrator",
                    date="2026-07-15",
                    salutation="To Whom It May Concern:",
                )
            ],
            "pdf",
        ),
        (
            "my_training_summary.pdf",
            [
                M.letter(
                    rnd,
                    "letter",
                    dict(
                        applicant_name=who,
                        title="Clerks' Roundtable on Public Records",
                        start_date="2025-03-12",
                        end_date="2025-03-12",
                        hours=6,
                        first_person=True,
                        activity="course",
                    ),
                    who,
                    [
                        "I attended the Clerks' Roundtable on Public Records in Albuquerque on March 12, 2025. The roundtable "
                        "ran from 9:00 a.m. to 4:00 p.m. with a one-hour lunch, so I earned six hours of training.",
                        "I did not receive a certificate, so I am writing this letter to document my attendance.",
                    ],
                    align="none",
                    date="2026-07-20",
                    salutation="Dear Education Department:",
                    signer=who,
                    role="Village Clerk, Village of Elm Hollow",
                    flags=["FIRST_PERSON"],
                )
            ],
            "pdf",
        ),
        (
            "region_meeting.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Region VI Meeting",
                    "2025-10-02",
                    "2025-10-03",
                    None,
                    "conference",
                    location="Santa Fe, New Mexico",
                    print_hours=False,
                    days=2,
                    days_counted=2,
                    signers=[("Patricia Nwosu-Hale, MMC", "Region VI Director")],
                    header="Certificate of Attendance",
                    style="portrait",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_c03_who_wrote_it",
        shape="folder",
        files=files,
        manifest=manifest(who, 6, "2026-08-14", member="150463"),
        description="CMC, region 6: who wrote it: a first-person letter by the applicant, a committee "
        "letter signed by her husband, a colleague's certificate in the packet; good papers: "
        "two IIMC Annual Conferences (2007 at 4, 2023 at 8), a three-year committee letter, "
        "a local-government administrative position then Village Clerk to present, a region "
        "meeting stated in days.",
    )


def p_c04_online_learning(rnd):
    who = "Keisha T. Oduya"
    ps = world.ASSOCIATIONS[7][0]
    files = [
        (
            "budget_basics_online.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ps,
                    "Budget Basics for Clerks (Online)",
                    "2025-02-03",
                    "2025-02-28",
                    8,
                    "state_course",
                    delivery="online",
                    course_review=True,
                    review_no="IIMC Course Review approved - CR 2025-027",
                    signers=[("Theresa M. Quill, CMC", "League Education Chair")],
                    flags=["NO_ASSESSMENT"],
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "county_hr_letter.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    world.EMPLOYERS[3],
                    "Deputy County Clerk",
                    "2017-09-05",
                    "2026-06-30",
                    "clerk_ft",
                    [
                        f"Our records show that {W.name(who, 'upper')} was employed by Larch County as a full-time Deputy County "
                        "Clerk from September 5, 2017 through June 30, 2026.",
                        "Ms. Oduya's duties included recording of deeds, Board of Commissioners minutes, and supervision of "
                        "the recording counter staff (four employees).",
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Everett Mbeki",
                    role="Human Resources Generalist II",
                    date="2026-06-30",
                    ref="Employment Verification / File No. HR-26-0713",
                    stamp="RECEIVED\nJUL 01 2026\nIIMC EDUCATION",
                )
            ],
            "pdf",
        ),
        (
            "email_etiquette.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "CivicLearn Online",
                    "Email Etiquette for Public Offices",
                    "2025-08-14",
                    "2025-08-14",
                    3,
                    "course",
                    delivery="online",
                    assessment=True,
                    signers=[("Victor Szabo", "Director of Learning")],
                    hours_style="hrs",
                    flags=["BELOW_MINIMUM_HOURS"],
                    number="Certificate No. CL-88213",
                    style="portrait",
                )
            ],
            "pdf",
        ),
        (
            "excel_course.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Eastfield Business School",
                    "Microsoft Excel for Office Professionals",
                    "2024-01-16",
                    "2024-03-05",
                    25,
                    "vocational",
                    location="Macon, Georgia",
                    signers=[("Dr. Helen R. Osterberg", "Dean")],
                    hours_style="clock",
                    detail_extra=["Tuesday evenings, 6:00 - 8:30 p.m. (ten sessions)"],
                )
            ],
            "pdf",
        ),
        (
            "hybrid_institute.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    world.INSTITUTES[4],
                    "Year 1 - Hybrid Session",
                    "2025-09-08",
                    "2025-10-10",
                    12,
                    "MVI-25-H-019",
                    delivery="hybrid",
                    assessment=True,
                    style="landscape",
                    hours_style="words",
                )
            ],
            "pdf",
        ),
        (
            "iimc_online_ethics.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    IIMC,
                    "Online Course: Ethics in Local Government",
                    "2024-10-21",
                    "2024-11-15",
                    10,
                    "iimc_online",
                    delivery="online",
                    assessment=True,
                    signers=[("Rosalind Achebe, MMC", "Education Director")],
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "open_records_online.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ps,
                    "Open Records Act Essentials (Online)",
                    "2025-04-07",
                    "2025-04-25",
                    6,
                    "state_course",
                    delivery="online",
                    assessment=True,
                    course_review=True,
                    review_no="IIMC Course Review No. 2025-044",
                    signers=[("Theresa M. Quill, CMC", "League Education Chair")],
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "records_fundamentals.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "GovSkills eLearning",
                    "Records Management Fundamentals",
                    "2023-05-01",
                    "2023-06-12",
                    12,
                    "course",
                    delivery="online",
                    assessment=True,
                    signers=[("Naomi Fairchild, MMC", "Lead Instructor")],
                    hours_style="ceu",
                    number="Certificate No. GS-2023-5521",
                )
            ],
            "pdf",
        ),
        (
            "transcript_credits.pdf",
            [
                M.transcript(
                    rnd,
                    "ODUYA, KEISHA T.",
                    "Saint Brendan University",
                    "Office of Academic Records",
                    "44 Abbey Road, Dalton, GA",
                    [
                        (
                            "Fall Semester 2019",
                            [("PUB 201", "Introduction to Public Administration", 3, "A")],
                        ),
                        (
                            "Spring Semester 2020",
                            [
                                ("PUB 305", "Records and Archives Management", 3, "A-"),
                                ("BUS 210", "Business Communication", 3, "B+"),
                            ],
                        ),
                    ],
                    "3.78",
                    "2026-05-11",
                    per_page=3,
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_c04_online_learning",
        shape="folder",
        files=files,
        manifest=manifest(who, 8, "2026-07-01", member="402215"),
        description="CMC, region 8: online learning: a state course online with assessment, one without "
        "(NO_ASSESSMENT, experience side), a three-hour online course (below the 4-hour "
        "minimum), an e-learning course stated in CEUs, an IIMC online course (left to a "
        "reviewer), a hybrid institute session, a vocational course, college credits without "
        "a degree, and a deputy county clerk letter.",
    )


def p_c05_international(rnd):
    who = "Geneviève Tremblay-Roy"
    inst = world.INSTITUTES[5]
    emp = world.EMPLOYERS[4]
    ap = world.ASSOCIATIONS[6][0]
    acad_days = [
        (
            f"Monday, {d}",
            M.day_slots(
                8,
                [
                    (30, "Opening"),
                    (180, "Module: Municipal Law in the Provinces"),
                    (60, "Lunch"),
                    (180, "Module: Council Procedure and By-laws"),
                ],
            ),
        )
        for d in ("May 12",)
    ] + [
        (
            "Tuesday - Friday, May 13-16",
            M.day_slots(
                8,
                [
                    (180, "Modules continue (see syllabus)"),
                    (60, "Lunch"),
                    (180, "Case studies and assessment"),
                ],
            ),
        )
    ]
    y1 = institute_cert(
        rnd,
        who,
        inst,
        "Academy Year 1",
        "2024-05-12",
        "2024-05-16",
        40,
        "MMAA-2024-031",
        style="landscape",
        hours_style="contact",
        date_style="dmy",
        signers=[("Lionel Bertrand", "Directeur / Director"), ("Dr. Everett Mbeki", "Dean")],
    )
    dup = y1.copy("DUPLICATE")
    files = [
        ("academy_year1.pdf", [y1], "pdf"),
        ("academy_year1_copy.pdf", [dup], "pdf"),
        (
            "academy_year2.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    inst,
                    "Academy Year 2",
                    "2025-05-11",
                    "2025-05-15",
                    38,
                    "MMAA-2025-027",
                    style="portrait",
                    hours_style="words",
                    date_style="dmy",
                )
            ],
            "pdf",
        ),
        (
            "academy_programme.pdf",
            [
                M.agenda(
                    rnd,
                    inst[0],
                    "Academy Year 1 - Programme",
                    "2024-05-12",
                    "2024-05-16",
                    "Fundy Coast University, Saint-Amable, New Brunswick",
                    acad_days,
                )
            ],
            "pdf",
        ),
        (
            "apmca_conference.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    ap,
                    "APMCA Annual Conference 2025",
                    "2025-09-24",
                    "2025-09-26",
                    10.5,
                    "conference",
                    location="Moncton, New Brunswick",
                    hours_style="hrs",
                    date_style="dmy",
                    signers=[("Lionel Bertrand", "President")],
                    header="Certificate of Attendance",
                )
            ],
            "pdf",
        ),
        (
            "business_writing.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Eastfield Business School",
                    "Minute-Taking and Business Writing",
                    "2023-10-02",
                    "2023-11-20",
                    20,
                    "vocational",
                    location="Saint John, New Brunswick",
                    signers=[("Susan J. Whitlock", "Registrar")],
                    hours_style="contact",
                )
            ],
            "pdf",
        ),
        (
            "change_workshop.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    "Summit Leadership Workshops",
                    "Leading Through Change",
                    "2024-02-20",
                    "2024-02-22",
                    18,
                    "course",
                    location="Halifax, Nova Scotia",
                    signers=[("Dwayne K. Pettibone", "Facilitator")],
                    hours_style="clock",
                    style="modern",
                )
            ],
            "pdf",
        ),
        (
            "employment_clerk.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "Clerk",
                    "2022-04-01",
                    "2026-06-15",
                    "clerk_ft",
                    [
                        f"This will confirm that {who} was appointed Clerk of the Township of Kestrel Falls by By-law "
                        "2022-14, effective April 1, 2022, and holds that full-time position to the present day. She "
                        "directs the Clerk's Department and its three staff."
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Marcus T. Delacroix",
                    role="Chief Administrative Officer",
                    date="2026-05-29",
                    org_lines=["Township Office, 7 Mill Road, Kestrel Falls, NB E4B 2K9"],
                )
            ],
            "pdf",
        ),
        (
            "employment_deputy.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    emp,
                    "Deputy Clerk",
                    "2014-04-01",
                    "2022-03-31",
                    "clerk_ft",
                    [
                        f"{who} served as full-time Deputy Clerk of the Township from 1 April 2014 to 31 March 2022, with "
                        "administrative responsibility for the Township's records, council minutes and municipal elections."
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Marcus T. Delacroix",
                    role="Chief Administrative Officer",
                    date="2026-05-29",
                    date_style="dmy",
                )
            ],
            "pdf",
        ),
        (
            "fundy_transcript.pdf",
            [
                M.transcript(
                    rnd,
                    who,
                    "Fundy Coast University",
                    "Office of the Registrar",
                    "Saint-Amable, NB",
                    [
                        (
                            "Winter Term 2021",
                            [
                                ("POLS 2210", "Canadian Local Government", 3, "A-"),
                                ("ADMN 2405", "Public Sector Records", 3, "B+"),
                            ],
                        )
                    ],
                    "3.50",
                    "2026-04-02",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_c05_international",
        shape="folder",
        files=files,
        manifest=manifest(who, 10, "2026-06-15", member="520981"),
        description="CMC, region 10: the extra region 10-11 education rows (a course without review, a "
        "vocational course, college credits) placed on the education side; two academy years "
        "and a copy of year 1 (DUPLICATE on the later copy); a programme; two clerk letters of "
        "one township sharing the 40-point maximum; a provincial association conference.",
    )


def p_c06_scanner_bundle(rnd):
    who = "Thomas E. Brightwater"
    inst = world.INSTITUTES[2]
    ss = world.ASSOCIATIONS[2][0]
    conf_days = [
        (
            "Day 1 - Tuesday, October 10",
            M.day_slots(
                9,
                [
                    (60, "Keynote: Trust in Local Government"),
                    (15, "Break"),
                    (105, "Session A: Election Security Basics"),
                    (60, "Lunch"),
                    (180, "Session B: Records Disaster Planning"),
                ],
            ),
        ),
        (
            "Day 2 - Wednesday, October 11",
            M.day_slots(
                8,
                [
                    (120, "Session C: Public Meetings Law"),
                    (15, "Break"),
                    (105, "Session D: Customer Service at the Counter"),
                    (60, "Lunch"),
                    (120, "Business Meeting"),
                ],
            ),
        ),
    ]
    diploma = M.diploma(
        rnd,
        who,
        "University of Silver Flats",
        "Bachelor of Science in Biology",
        "2009-05-16",
        "Silver Flats, Nevada",
        [("Dr. Helen R. Osterberg", "President"), ("Dr. Anjali Raman", "Chair, Board of Regents")],
        field="unrelated",
    )
    tr = M.transcript(
        rnd,
        who,
        "University of Silver Flats",
        "Office of the University Registrar",
        "Silver Flats, NV 89501",
        [
            (
                "Fall 2005",
                [
                    ("BIOL 190", "Principles of Biology", 4, "A"),
                    ("CHEM 121", "General Chemistry I", 4, "B"),
                    ("ENG 101", "Composition", 3, "A-"),
                ],
            ),
            (
                "Spring 2006",
                [
                    ("BIOL 191", "Organisms and Evolution", 4, "B+"),
                    ("CHEM 122", "General Chemistry II", 4, "B"),
                ],
            ),
            ("Fall 2007", [("BIOL 300", "Genetics", 3, "B+"), ("BIOL 315", "Ecology", 3, "A")]),
            (
                "Spring 2009",
                [("BIOL 480", "Senior Seminar", 3, "A"), ("STAT 352", "Biostatistics", 3, "A-")],
            ),
        ],
        "3.41",
        "2026-02-17",
        degree="Bachelor of Science in Biology",
        degree_date="2009-05-16",
        field="unrelated",
        per_page=2,
        flags=["DUPLICATE"],
    )
    items = [
        institute_cert(
            rnd,
            who,
            inst,
            "Year 2 Curriculum",
            "2022-03-21",
            "2022-03-25",
            32,
            "GBMCI 22-0211",
            style="landscape",
            hours_style="contact",
        ),
        institute_cert(
            rnd,
            W.name(who, "upper"),
            inst,
            "Year 1 Curriculum",
            "2021-03-22",
            "2021-03-26",
            36,
            "GBMCI 21-0187",
            style="modern",
            hours_style="hrs",
        ),
        SEPARATOR,
        diploma,
        tr,
        M.employment(
            rnd,
            who,
            world.EMPLOYERS[5],
            "Deputy City Clerk",
            "2018-01-08",
            "2024-12-31",
            "clerk_ft",
            [
                f"This is to verify that {who} was employed by the City of Silver Flats as a full-time Deputy City "
                "Clerk from January 8, 2018 to December 31, 2024. The position carried administrative responsibility "
                "for the City's records program and supervised two records technicians."
            ],
            etype="full_time",
            admin=True,
            signer="Carmen Ybarra",
            role="Personnel Analyst",
            date="2025-01-14",
            ref="SUBJECT: Employment verification",
        ),
        SEPARATOR,
        M.letter(
            rnd,
            "letter",
            dict(
                applicant_name=who,
                provider=ss,
                title="Legislative Committee",
                start_date="2022-07-01",
                end_date="2024-06-30",
                years=2,
                activity="committee_member",
            ),
            ss,
            [
                f"{who} served two years as a member of the {ss} Legislative Committee (July 2022 - June 2024), "
                "tracking bills affecting clerks and testifying on the Association's behalf."
            ],
            date="2024-08-02",
            signer="Gordon L. Fairweather",
            role="Committee Chair",
            service_years=2,
        ),
        M.cert(
            rnd,
            who,
            ss,
            "SSCA Fall Conference 2023",
            "2023-10-10",
            "2023-10-11",
            15,
            "conference",
            location="Elko, Nevada",
            signers=[("Gordon L. Fairweather", "President")],
            header="Certificate of Attendance",
            style="portrait",
            hours_style="contact",
        ),
        M.agenda(
            rnd,
            ss,
            "SSCA Fall Conference 2023",
            "2023-10-10",
            "2023-10-11",
            "Ruby Mountain Lodge, Elko, Nevada",
            conf_days,
        ),
        M.cert(
            rnd,
            who,
            ss,
            "Elections Administration",
            "2024-04-16",
            "2024-04-17",
            12,
            "state_course",
            location="Carson City, Nevada",
            course_review=True,
            review_no="IIMC Course Review No. 2024-0127",
            assessment=True,
            signers=[("Gordon L. Fairweather", "President"), ("Dr. Anjali Raman", "Instructor")],
            style="landscape",
        ),
    ]
    return dict(
        name="tern_c06_scanner_bundle",
        shape="single",
        files=[("tern_c06_scanner_bundle.pdf", items, "pdf")],
        manifest=manifest(who, 3, "2026-05-20", member="377140"),
        description="CMC, region 3, the single-PDF shape: a scanner's bundle of fourteen pages, blank "
        "separator sheets between groups; two institute years, a biology diploma and the "
        "two-page transcript conferring the same degree (DUPLICATE), a deputy clerk letter, a "
        "committee letter, a conference certificate with its agenda, a state course.",
    )


def p_c07_phone_and_odd_files(rnd):
    who = "Priya Ramaswamy-Cole"
    inst = world.INSTITUTES[3]
    mm = world.ASSOCIATIONS[3][0]
    files = [
        (
            "IMG_2231.jpg",
            [
                institute_cert(
                    rnd,
                    who,
                    inst,
                    "Year 3 - Capstone",
                    "2024-08-05",
                    "2024-08-08",
                    24,
                    "NCI-0824-117",
                    style="landscape",
                    hours_style="contact",
                )
            ],
            "jpeg",
        ),
        ("letter.pdf", [M.unsupported(docx_bytes())], "raw"),
        ("scan_0007.pdf", [M.blank(2)], "pdf"),
        (
            "employment/escrow_letter.jpg",
            [
                M.employment(
                    rnd,
                    who,
                    world.EMPLOYERS[7],
                    "Escrow Office Manager",
                    "2008-03-03",
                    "2013-08-30",
                    "business",
                    [
                        f"{who} was employed by Meridian Title & Escrow Co. from March 3, 2008 until August 30, 2013 as Escrow "
                        "Office Manager. She managed the office's closing calendar and supervised four escrow assistants."
                    ],
                    etype="full_time",
                    admin=True,
                    signer="Lionel Bertrand",
                    role="Vice President, Human Resources",
                    date="2013-09-06",
                    org_lines=["Human Resources", "500 Commerce Way, Duluth, MN 55802"],
                )
            ],
            "jpeg",
        ),
        (
            "employment/recorder_letter.pdf",
            [
                M.employment(
                    rnd,
                    who,
                    ("City of Pinebrook", "Human Resources", "local"),
                    "City Recorder",
                    "2013-09-03",
                    "2026-04-27",
                    "clerk_ft",
                    [
                        f"{who} has been employed full-time by the City of Pinebrook as City Recorder since September 3, 2013, "
                        "and remains in that position. The City Recorder serves as clerk to the City Council and is "
                        "custodian of the City's seal and official records."
                    ],
                    etype="full_time",
                    signer="Theresa M. Quill",
                    role="Human Resources Manager",
                    date="2026-04-10",
                    org_lines=[
                        "Human Resources",
                        "City Hall, 1 Lakeview Plaza, Pinebrook, MN 55987",
                    ],
                )
            ],
            "pdf",
        ),
        (
            "institute/year1.pdf",
            [
                institute_cert(
                    rnd,
                    who,
                    inst,
                    "Year 1",
                    "2022-08-08",
                    "2022-08-11",
                    30,
                    "NCI-0822-064",
                    style="portrait",
                    hours_style="words",
                )
            ],
            "pdf",
        ),
        (
            "institute/year2.pdf",
            [
                institute_cert(
                    rnd,
                    W.name(who, "lastfirst"),
                    inst,
                    "Year 2",
                    "2023-08-07",
                    "2023-08-10",
                    30,
                    "NCI-0823-090",
                    style="modern",
                    hours_style="num" if False else "contact",
                )
            ],
            "pdf",
        ),
        (
            "mmcfoa_conference.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    mm,
                    "MMCFOA Annual Conference",
                    "2025-03-18",
                    "2025-03-19",
                    None,
                    "conference",
                    location="St. Cloud, Minnesota",
                    print_hours=False,
                    days=2,
                    signers=[("Victor Szabo", "Association President")],
                    header="Certificate of Attendance",
                    style="landscape",
                )
            ],
            "pdf",
        ),
        (
            "minutes_masterclass.pdf",
            [
                M.cert(
                    rnd,
                    who,
                    mm,
                    "Meeting Minutes Masterclass",
                    "2025-11-06",
                    "2025-11-06",
                    8,
                    "state_course",
                    location="Rochester, Minnesota",
                    course_review=True,
                    review_no="This course completed the IIMC Course Review process (No. 2025-0188).",
                    assessment=True,
                    signers=[("Victor Szabo", "Association President")],
                    style="portrait",
                    hours_style="hrs",
                )
            ],
            "pdf",
        ),
    ]
    return dict(
        name="tern_c07_phone_and_odd_files",
        shape="folder",
        files=files,
        manifest=manifest(who, 5, "2026-04-27", member="289034"),
        description="CMC, region 5: a phone photo of an institute certificate and a photocopied "
        "business employment letter (JPEGs), a Word file saved as letter.pdf "
        "(UNSUPPORTED_FILE), a blank two-page scan (UNREADABLE); institute years, a City "
        "Recorder letter to present (capped at 40), a conference stated in days, a state course.",
    )


PACKETS = [
    p_c01_institute_years,
    p_c02_incomplete_papers,
    p_c03_who_wrote_it,
    p_c04_online_learning,
    p_c05_international,
    p_c06_scanner_bundle,
    p_c07_phone_and_odd_files,
]
