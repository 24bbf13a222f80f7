"""CMC packets, continued: part-time clerks, incomplete papers, Region 10, two degrees."""

from __future__ import annotations

from . import makers as mk
from .model import File, Packet
from .packets_cmc import manifest
from .world import IIMC, OUTSIDE_TRAINERS, STATE_ASSOCIATIONS, TOWN_HALLS, VOCATIONAL


def lorrimer() -> Packet:
    """Part-time clerk service, a first-person letter, a husband's letter, a phone photo."""
    me = "Henrike A. Szalai-Munroe"
    town = TOWN_HALLS[2]
    assoc = STATE_ASSOCIATIONS[2]
    e1 = mk.employment("Henrike A. Szalai-Munroe", town.name, "Village Clerk-Treasurer", "2015-01-05", "2026-11-09",
                       "2026-10-02", "Cornelius Vandermeer", "local", "clerk", "part_time", style="prose",
                       to_present=True, voice=2, org_name=town.name, head_lines=[town.street, "Lorrimer Falls, WI 54110"],
                       duties="The Clerk-Treasurer position is a part-time (24 hours per week) appointed position. "
                              "She administers elections, keeps the Board's minutes and ordinances, and manages "
                              "the office and its deputy.", sig_lines=["Village President"])
    e1.fields["administrative"] = True
    e2 = mk.employment("Henrike Szalai", "Town of Ellsworth Prairie", "Deputy Clerk", "2011-04-01", "2014-12-31",
                       "2026-09-15", "Margarethe Obuya", "local", "clerk", "part_time", administrative=False,
                       style="labels", org_name="Town of Ellsworth Prairie", head_lines=["N4410 Prairie Road", "Ellsworth Prairie, WI 54112"],
                       head_style=2, date_style="long",
                       duties="The Deputy Clerk position was clerical, part-time, and carried no administrative "
                              "responsibility; the deputy assisted the Clerk at the counter and on election days.",
                       sig_lines=["Town Chair"], cursive=True)
    fp = mk.letter("committee_member", "Henrike A. Szalai-Munroe", assoc, "Records Retention Work Group",
                   ["I am writing to document my own service. From March 2019 to March 2021 I served on the "
                    "Records Retention Work Group of the Badger State Clerks and Treasurers Association.",
                    "I attended every meeting and drafted the model retention schedule for villages. I trust "
                    "this letter will be sufficient to verify my participation."],
                   "Henrike A. Szalai-Munroe", "2026-10-20", start="2019-03-01", end="2021-03-31", first_person=True,
                   org_name="Henrike A. Szalai-Munroe", head_lines=["W2218 Millpond Court, Lorrimer Falls, WI"],
                   salutation="Dear Education Department,", closing="Respectfully,")
    rel = mk.letter("committee_member", "Henrike A. Szalai-Munroe", assoc, "Election Officials Committee",
                    ["My wife, Henrike A. Szalai-Munroe, has volunteered with the Election Officials Committee of the Badger State "
                     "Clerks and Treasurers Association since 2022, often working evenings on its training manual.",
                     "I can personally vouch for the many hours she has given."],
                    "Tobias Szalai-Munroe", "2026-10-21", start="2022-01-01", relationship="wife",
                    org_name="Tobias Szalai-Munroe", head_lines=["W2218 Millpond Court, Lorrimer Falls, WI"],
                    salutation="To whom it may concern,", closing="Warm regards,")
    voc = mk.cert("vocational", "Henrike Szalai-Munroe", VOCATIONAL, "Advanced Spreadsheets for the Public Office",
                  "2020-01-13", "2020-03-16", 30, "Green Bay, Wisconsin", "Alvaro Petrakis", layout="modern",
                  subhead="Evening Division", heading="Certificate of Course Completion", role="Dean of Evening Division",
                  hours_text="Thirty (30) hours of training")
    tr = mk.transcript("Henrike A. Szalai", "Calloway Ridge Community College", 15, "2026-09-08", pages=1, terms=2,
                       first_year=2013, registrar="Office of the Registrar", student_id="CRCC-0093311",
                       total_label="TOTAL EARNED HOURS")
    i1 = mk.cert("institute", "Henrike A. Szalai-Munroe", "Pinewood Coast Institute for Municipal Clerks",
                 "First Year Program", "2021-08-02", "2021-08-06", 44, "Marlow Bay, WI", "Tamsin Oyelaran-Brandt",
                 security=True, role="Institute Director", issue="2021-08-06", issue_prefix="Dated ")
    i2 = mk.cert("institute", "Henrike A. Szalai-Munroe", "Pinewood Coast Institute for Municipal Clerks",
                 "Second Year Program", "2022-08-01", "2022-08-05", 36, "Marlow Bay, WI", "Tamsin Oyelaran-Brandt",
                 layout="rotated", role="Institute Director", hours_text="36 contact hours")
    crs = mk.cert("course", "Henrike Szalai-Munroe", OUTSIDE_TRAINERS[0], "Minute-Taking Masterclass",
                  "2023-04-25", None, 6.5, "Appleton, WI", "Quentin Marchbanks", layout="modern",
                  heading="Certificate of Attendance", role="Seminar Leader", hours_text="6.5 CPE hours",
                  small_print="Harlow Brightmere Seminars, Inc. is registered with state boards of accountancy.")
    sc = mk.cert("state_course", "Henrike A. Szalai-Munroe", assoc, "Municipal Treasurer Basics",
                 "2024-04-17", None, 8, "Wisconsin Dells, WI", "Ingeborg Thistlewood", course_review=True,
                 layout="plain", heading="Course Completion", title_label="Course:", role="Education Director",
                 hours_text="8 contact hours", review_text="IIMC Course Review approved (No. 2024-031).")
    reg = mk.cert("conference", "Henrike A. Szalai-Munroe", IIMC, "Region VI Meeting", "2025-03-20", "2025-03-21",
                  None, "Dubuque, Iowa", "Ramona Kettleby", days=2, heading="Certificate of Attendance",
                  verb="attended the", days_text="two days of attendance", role="IIMC President",
                  layout="classic", provider_in_header=True)
    files = [
        File("employment_current.pdf", [e1]),
        File("employment_earlier.pdf", [e2]),
        File("letter_from_me.pdf", [fp]),
        File("letter_tobias.pdf", [rel]),
        File("vocational.pdf", [voc]),
        File("transcript_crcc.pdf", [tr]),
        File("institute_1_2.pdf", [i1, i2]),
        File("seminar.pdf", [crs]),
        File("IMG_20240418_091512.jpg", [sc], shape="jpeg"),
        File("region_meeting.pdf", [reg]),
    ]
    return Packet("cmc_lorrimer", manifest(me, 6, "CMC", "2026-11-09", former=["Henrike A. Szalai"], member="109944"),
                  files, "CMC, Region 6: part-time clerk service with and without administrative "
                  "responsibility, documents under the former name, a first-person letter, a letter by the "
                  "applicant's husband, a vocational course, college credits without a degree, a rotated "
                  "certificate page, a phone photo (JPEG) of a reviewed state course, a Region meeting in days.")


def okenshaw() -> Packet:
    """Incomplete papers: no hours, no date, no name, no title, someone else's; a blank scan; a Word file."""
    me = "Philippa Guzmán-Thorne"
    town = TOWN_HALLS[4]
    inst = "Great Lakes Clerks & Finance Officers Institute"
    emp = mk.employment("Philippa Guzmán-Thorne", town.name, "Township Clerk", "1999-04-12", "2026-09-30",
                        "2026-09-30", "Reinhold Ashdown", "local", "clerk", "full_time", style="prose", voice=1,
                        org_name=town.name, head_lines=[town.street, "Okenshaw, Michigan 48601"], head_style=1,
                        date_style="abbr", sig_lines=["Township Supervisor"],
                        duties="The Township Clerk is an elected, full-time administrative office.")
    emp.fields["administrative"] = True
    nohours = mk.cert("institute", "Philippa Guzman-Thorne", inst, "Advanced Records Session", "2023-06-12", "2023-06-14",
                      None, "Ostrander, Ohio", "Phineas Coldwater", security=True, role="Director")
    nodate = mk.cert("state_course", "Philippa Guzmán-Thorne", "Wolverine Clerks Association", "Election Law Update",
                     None, None, 6, None, "Dorothea Pellinger", course_review=True, layout="plain",
                     heading="CERTIFICATE", title_label="Course:", role="Education Committee Chair",
                     hours_text="6 contact hours", review_text="IIMC course review approved")
    noname = mk.cert("institute", None, inst, "Budget Workshop Series", "2024-06-10", "2024-06-12", 12,
                     "Ostrander, Ohio", "Phineas Coldwater", lead="This certificate is presented to",
                     role="Director")
    notitle = mk.cert("conference", "Philippa Guzmán-Thorne", "Wolverine Clerks Association", None, "2024-10-02",
                      "2024-10-03", 10, "Traverse City, MI", "Dorothea Pellinger", layout="plain",
                      heading="CERTIFICATE OF ATTENDANCE", hours_text="10.0 hours", role="President",
                      extra="In recognition of attendance.")
    other = mk.cert("institute", "Winslow J. Perriam", inst, "Second Year Program", "2022-06-13", "2022-06-17", 30,
                    "Ostrander, Ohio", "Phineas Coldwater", security=True, role="Director")
    good = mk.cert("institute", "Philippa Guzmán-Thorne", inst, "First Year Program", "2021-06-14", "2021-06-18", 60,
                   "Ostrander, Ohio", "Phineas Coldwater", security=True, role="Director",
                   cosigners=[("Dr. Lavinia Crumholt", "Dean, College of Public Service")])
    ath1 = mk.cert("athenian_dialogue", "Philippa Guzman-Thorne", IIMC, "Athenian Dialogue: The Federalist Papers",
                   "2012-10-04", None, None, "Lansing, Michigan", "Ramona Kettleby", layout="modern",
                   heading="Athenian Leadership Society", lead="recognizes", verb="for completing the", role="Facilitator",
                   assessment=True, extra="Reflection paper accepted.")
    ath2 = mk.cert("athenian_dialogue", "Philippa Guzman-Thorne", IIMC, "Athenian Dialogue: Team of Rivals",
                   "2016-02-11", None, None, "Lansing, Michigan", "Ramona Kettleby", layout="modern",
                   heading="Athenian Leadership Society", lead="recognizes", verb="for completing the", role="Facilitator",
                   assessment=True, extra="Reflection paper accepted.")
    cd = mk.cert("cd_rom", "Philippa Guzmán-Thorne", IIMC, "CD-ROM Course: Minutes in Practice", "2019-11-05", None,
                 None, None, None, layout="online", heading="IIMC CD-ROM Course Completion",
                 assessment_text="Self-test completed", assessment=True)
    io = mk.cert("iimc_online", "Philippa Guzmán-Thorne", IIMC, "Online Course: Social Media and the Public Record",
                 "2025-01-27", None, 8, None, None, delivery="online", assessment=True, layout="online",
                 assessment_text="Final assessment: passed", hours_text="8 hours")
    files = [
        File("a_employment.pdf", [emp]),
        File("b_certificates.pdf", [nohours, nodate, noname, notitle, other]),
        File("c_first_year.pdf", [good]),
        File("d_athenian.pdf", [ath1, ath2]),
        File("e_iimc_courses.pdf", [cd, io]),
        File("f_scan0007.pdf", [mk.blank()], shape="blank_scan"),
        File("g_appreciation_letter.pdf", [mk.unsupported()], shape="fake_pdf"),
    ]
    return Packet("cmc_okenshaw", manifest(me, 7, "CMC", "2026-10-12", member="098871"), files,
                  "CMC, Region 7: the incomplete ones (no hours, no date, no name, no title), a certificate of "
                  "another clerk, a long clerk career capped at 40, Athenian Dialogues before and after "
                  "2013-11-23, an IIMC CD-ROM and an IIMC online course (left to a reviewer), a blank two-page "
                  "scan and a Word file saved as .pdf.")


def westmarch() -> Packet:
    """Region 10: college credits, vocational and unreviewed courses on the education side."""
    me = "Aurelie M. Baptiste-Coyle"
    town = TOWN_HALLS[10]
    emp = mk.employment("Aurelie M. Baptiste-Coyle", town.name, "Municipal Clerk", "2016-02-01", "2026-10-26",
                        "2026-10-01", "Ewan MacCrimmon", "local", "clerk", "full_time", style="prose", voice=0,
                        to_present=True, date_style="dmy", org_name=town.name, head_style=2,
                        head_lines=["3 Harbourfront Way", "Westmarch Bay, Nova Scotia B0J 2K0"],
                        duties="The Municipal Clerk leads the Clerk's Office of five staff and is responsible for "
                               "council meetings, by-laws, elections and the corporate seal.",
                        sig_lines=["Chief Administrative Officer"], closing="Yours truly,",
                        coda="We would be glad to confirm any further detail on request.")
    emp.fields["administrative"] = True
    i1 = mk.cert("institute", "Aurelie Baptiste-Coyle", "Atlantic Municipal Clerks Institute", "Level 1",
                 "2019-05-27", "2019-05-31", 40, "Fredericton, New Brunswick", "Siobhan Letourneau-Vail",
                 security=True, role="Program Director", program_line="hosted by the Maritime Institute of Local Government",
                 date_style="dmy")
    i2 = mk.cert("institute", "Aurelie Baptiste-Coyle", "Atlantic Municipal Clerks Institute", "Level 2",
                 "2021-05-31", "2021-06-03", 30, "Fredericton, New Brunswick", "Siobhan Letourneau-Vail",
                 layout="modern", role="Program Director", date_style="dmy")
    crs = mk.cert("course", "Aurelie M. Baptiste-Coyle", OUTSIDE_TRAINERS[1], "Freedom of Information Essentials",
                  "2022-11-14", "2022-11-16", 18, "Halifax, Nova Scotia", "Yusuf Brannagh", layout="plain",
                  heading="CERTIFICATE OF COMPLETION", title_label="Course:", role="Lead Facilitator",
                  date_style="dmy", hours_text="18 hours")
    voc = mk.cert("vocational", "Aurelie M. Baptiste-Coyle", "Nova Bay Business College", "Records Keeping Certificate Course",
                  "2018-01-08", "2018-03-26", 25, "Dartmouth, Nova Scotia", "Perpetua Lindqvist",
                  layout="modern", role="Registrar", hours_text="25 hours of training", date_style="dmy")
    tr = mk.transcript("Aurelie Marie Baptiste", "Saint Ignatius Varre College", 12, "2026-08-19", pages=1, terms=2,
                       first_year=2010, registrar="Registrar's Office", student_id="SIV-77120")
    conf = mk.cert("conference", "Aurelie M. Baptiste-Coyle", "Association of Municipal Administrators of Nova Scotia",
                   "2024 Spring Conference", "2024-06-05", "2024-06-07", 14, "Wolfville, Nova Scotia", "Graeme Tolliver",
                   layout="classic", security=True, role="President", date_style="dmy", hours_text="14 hours")
    ac = mk.cert("annual_conference", "Aurelie Baptiste", IIMC, "61st Annual Conference", "2007-05-20", "2007-05-23",
                 None, "Kansas City, Missouri", "Hollis Quarrington", layout="classic", heading="Certificate of Attendance",
                 verb="attended the", role="IIMC President", provider_in_header=True)
    onl = mk.cert("state_course", "Aurelie M. Baptiste-Coyle", "Association of Municipal Administrators of Nova Scotia",
                  "Council Procedure Online", "2025-02-03", "2025-02-28", 10, None, None, delivery="online", assessment=True,
                  course_review=True, layout="online", assessment_text="Assessment completed - 92%", hours_text="10 hours",
                  extra="IIMC Course Review approved.")
    files = [
        File("Employment.pdf", [emp]),
        File("Institute.pdf", [i1, i2]),
        File("Other courses.pdf", [crs, voc]),
        File("Transcript.pdf", [tr]),
        File("Conferences.pdf", [conf, ac]),
        File("online_certificate.png", [onl], shape="png"),
    ]
    return Packet("cmc_westmarch", manifest(me, 10, "CMC", "2026-10-26", former=["Aurelie Marie Baptiste"], member="130017"),
                  files, "CMC, Region 10 (Nova Scotia): unreviewed and vocational courses and college credits that may "
                  "count on the education side (placed there, R9), day-month-year dates, a 2007 Annual Conference "
                  "(4 points) under the maiden name, an online reviewed course as a PNG screenshot.")


def harrowgate() -> Packet:
    """Scanner shape: a diploma then the transcript of the same degree, a hybrid course too short."""
    me = "Cassius T. Wedderburn"
    county = TOWN_HALLS[7]
    assoc = STATE_ASSOCIATIONS[5]
    st = mk.employment("Cassius T. Wedderburn", "Commonwealth Office of Land Records", "Records Unit Supervisor",
                       "2005-03-14", "2011-06-24", "2026-07-07", "Adaeze Whitcombe", "state_federal", "state_admin",
                       "full_time", style="table", org_name="Commonwealth Office of Land Records",
                       head_lines=["Human Resource Services", "1100 Capitol Square, Richmond, VA 23219"], head_style=1,
                       duties="As Records Unit Supervisor he directed a unit of six records technicians.",
                       sig_lines=["Human Resource Manager"])
    st.fields["administrative"] = True
    ck = mk.employment("Cassius T. Wedderburn", county.name, "Clerk to the Board of Supervisors", "2011-07-01",
                       "2026-11-16", "2026-10-30", "Marguerite Okonjo-Strand", "local", "clerk", "full_time",
                       style="labels", end_text="Currently employed", org_name=county.name,
                       head_lines=[county.street, "Penwick, Virginia 22630"], head_style=0,
                       duties="The Clerk to the Board manages the Board's legislative records and supervises "
                              "the Deputy Clerk.", sig_lines=["Director of Human Resources"])
    ck.fields["administrative"] = True
    dip = mk.diploma("Cassius Tiberius Wedderburn", "Western Plains University", "Bachelor of Arts in Political Science",
                     "2004-05-15", "related",
                     cosigners=[("Evangeline Harcourt-Pym", "President of the University")])
    tr = mk.transcript("Cassius T. Wedderburn", "Western Plains University", 121, "2026-05-12",
                       "Bachelor of Arts in Political Science", "2004-05-15", pages=2, terms=8, first_year=2000,
                       registrar="Office of Records and Registration", student_id="WPU-2000-8814")
    mk.dup(dip, "ba")
    mk.dup(tr, "ba")
    i1 = mk.cert("institute", "Cassius T. Wedderburn", "Old Dominion Clerks Institute", "Year One",
                 "2013-03-18", "2013-03-22", 40, "Charlottesville, Virginia", "Beatrix Lunsford",
                 security=True, role="Director", program_line="in partnership with Commonwealth Civic University")
    i2 = mk.cert("institute", "Cassius T. Wedderburn", "Old Dominion Clerks Institute", "Year Two",
                 "2014-03-17", "2014-03-20", 32, "Charlottesville, Virginia", "Beatrix Lunsford",
                 security=True, role="Director")
    hy = mk.cert("state_course", "Cassius T. Wedderburn", assoc, "Conflict of Interests Act Refresher",
                 "2025-04-02", None, 3.5, None, None, delivery="hybrid", assessment=True, course_review=True,
                 layout="online", format_text="Hybrid: online module and one classroom session",
                 assessment_text="Quiz completed", hours_text="3.5 contact hours")
    na = mk.cert("state_course", "Cassius T. Wedderburn", assoc, "Virginia FOIA for Clerks (self-paced)",
                 "2025-08-11", None, 8, None, None, delivery="online", assessment=False, course_review=True,
                 layout="online", assessment_text="None required for this offering", hours_text="8 hours")
    ac = mk.cert("annual_conference", "Cassius T. Wedderburn", IIMC, "73rd Annual Conference", "2019-05-19",
                 "2019-05-22", 16, "Pittsburgh, Pennsylvania", "Hollis Quarrington", layout="classic",
                 heading="Certificate of Attendance", verb="attended the", role="IIMC President",
                 provider_in_header=True, security=True, hours_text="16.0 Education Hours")
    f = File("harrowgate.pdf", [st, ck, dip, tr, i1, i2, hy, na, ac], separators=[1, 3])
    return Packet("cmc_harrowgate", manifest(me, 3, "CMC", "2026-11-16", member="101336"), [f],
                  "CMC, Region 3, one scanned PDF: state and county employment (label form with 'currently employed'), "
                  "a diploma followed by the transcript of the same degree (DUPLICATE on the transcript), a "
                  "hybrid course under 4 hours, an online reviewed course without assessment (experience side), "
                  "and an Annual Conference that brings education over 60 (excess to experience).", single_pdf=True)


def fennimoor() -> Packet:
    """Ended clerk service, an Academy, a committee letter in words, a FEMA online course."""
    me = "Rosalind Achebe-Whitlock"
    town = TOWN_HALLS[8]
    e1 = mk.employment("Rosalind Achebe-Whitlock", town.name, "Town Clerk/Tax Collector", "2009-03-09", "2021-03-12",
                       "2026-06-30", "Barnaby Oyelowo", "local", "clerk", "full_time", style="prose", voice=0,
                       org_name=town.name, head_lines=[town.street, "Fennimoor, New Hampshire 03841"], head_style=2,
                       duties="The position is administrative: she supervised the deputy clerk and the motor "
                              "vehicle registration staff.", sig_lines=["Town Administrator"])
    e1.fields["administrative"] = True
    e2 = mk.employment("Rosalind Achebe", town.name, "Deputy Town Clerk", "2006-09-05", "2009-03-06",
                       "2026-06-30", "Barnaby Oyelowo", "local", "clerk", "part_time", style="table",
                       org_name=town.name, head_lines=[town.street], keep_first=True,
                       duties="In the Clerk's absence she supervised two seasonal clerks.",
                       sig_lines=["Town Administrator"])
    e2.fields["administrative"] = True
    a1 = mk.cert("conference_academy", "Rosalind Achebe-Whitlock", IIMC, "Academy Session: Budgeting for Non-Finance Staff",
                 "2021-05-23", None, None, "Omaha, Nebraska", "Hollis Quarrington", layout="modern",
                 heading="IIMC Annual Conference Academy", role="IIMC President")
    a2 = mk.cert("conference_academy", "Rosalind Achebe-Whitlock", IIMC, "Academy Session: Records Disaster Planning",
                 "2021-05-24", None, None, "Omaha, Nebraska", "Hollis Quarrington", layout="modern",
                 heading="IIMC Annual Conference Academy", role="IIMC President")
    inst = mk.cert("institute", "Rosalind Achebe-Whitlock", "Granite Hills Institute for Municipal Clerks", "Cycle A and Cycle B",
                   "2010-06-07", "2011-06-10", 48, "Plymouth, New Hampshire", "Octavia Breckenridge", layout="modern",
                   subhead="Granite Hills University, School of Government Studies", role="Director",
                   hours_text="48 contact hours (24 per cycle)", issue="2011-06-10")
    rot = mk.cert("state_course", "Rosalind Achebe-Whitlock", "New Hampshire City and Town Clerks' Association",
                  "Vital Records Certification Course", "2012-04-19", None, 12, "Concord, NH", "Wilhelmina Pratt",
                  course_review=True, layout="rotated", role="President", hours_text="12 contact hours")
    com = mk.letter("committee_member", "Rosalind Achebe-Whitlock", IIMC, "Membership Committee",
                    ["It is my pleasure to confirm that Rosalind Achebe-Whitlock has served three years as a member "
                     "of the IIMC Membership Committee, from 2022 through 2024.",
                     "Rosalind helped design the first-year mentoring calls and chaired the subcommittee on "
                     "retention surveys."],
                    "Hollis Quarrington", "2025-01-15", start="2022-01-01", end="2024-12-31", years=3,
                    org_name=IIMC, head_lines=["Rancho Cucamonga, California"], head_style=1,
                    sig_lines=["Chair, IIMC Membership Committee"])
    ac = mk.cert("annual_conference", "Rosalind Achebe-Whitlock", IIMC, "75th Annual Conference", "2021-05-23",
                 "2021-05-26", None, "Omaha, Nebraska", "Hollis Quarrington", layout="classic", heading="Certificate of Attendance",
                 verb="attended the", role="IIMC President", provider_in_header=True)
    ath = mk.cert("athenian_dialogue", "Rosalind Achebe-Whitlock", IIMC, "Athenian Dialogue: Lincoln on Leadership",
                  "2018-09-13", None, None, "Manchester, NH", "Hollis Quarrington", assessment=True, layout="plain",
                  heading="ATHENIAN LEADERSHIP SOCIETY DIALOGUE", title_label="Dialogue:", role="Facilitator",
                  extra="The participant completed the Dialogue's assessment.")
    fema = mk.cert("course", "Rosalind Achebe-Whitlock", OUTSIDE_TRAINERS[3], "IS-0100.c: Introduction to the Incident Command System",
                   "2020-04-06", None, 10, None, None, delivery="online", assessment=True, layout="online",
                   heading="Certificate of Achievement", title_label="Course", assessment_text="Final Exam Passed",
                   hours_text="1.0 CEU (10 hours)")
    files = [
        File("academy_sessions.pdf", [a1, a2]),
        File("athenian.pdf", [ath]),
        File("committee.pdf", [com]),
        File("employment 1.pdf", [e1]),
        File("employment 2.pdf", [e2], shape="photocopy"),
        File("fema_is100.pdf", [fema]),
        File("iimc_2021.pdf", [ac]),
        File("institute.pdf", [inst]),
        File("state_course.pdf", [rot]),
    ]
    return Packet("cmc_fennimoor", manifest(me, 1, "CMC", "2026-07-20", former=["Rosalind Achebe"], member="088120"),
                  files, "CMC, Region 1: ended full-time clerk service (cap 40) and earlier part-time service "
                  "(a photocopy, under the maiden name), two virtual Academy sessions and a virtual Annual "
                  "Conference, a rotated landscape state course, a committee letter stating 'three years', an "
                  "Athenian Dialogue and a FEMA online course with an exam.")
