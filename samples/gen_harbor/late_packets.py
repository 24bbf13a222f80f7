"""Harbor packets 8 to 14."""

from __future__ import annotations

import random

from samples.gen_harbor import build as B
from samples.gen_harbor import world as Wd
from samples.gen_harbor.model import Packet, manifest

INST, ASSN, COLL, TR = Wd.INSTITUTES, Wd.ASSOCIATIONS, Wd.COLLEGES, Wd.TRAINERS


def p08(r: random.Random) -> Packet:
    n, pl = "Jonas P. Eriksrud", INST[2]
    docs = [
        B.cert(r, "institute", n, pl[0], "Level II", "2025-06-09", "2025-06-13", hours=26, location="Mankato, "
               "Minnesota", layout="cert_sidebar", footer=f"{pl[1]}, Mankato, MN 56001"),
        B.job(r, "employment_letter", n, "Blue Earth County", "local", "Deputy County Recorder", "2015-09-01",
              "2021-08-31", issue="2026-09-15", etype="part_time", admin=False,
              address="204 S. Fifth Street, Mankato, Minnesota 56001"),
        B.cert(r, "course", n, TR[2], "Budget Basics for Clerks", "2025-11-05", hours=1.5, delivery="webinar",
               platform="GoToWebinar", role="trainer", layout="cert_band"),
        B.agenda(r, pl[0], "Level II Program", "2025-06-09", "2025-06-13", "Mankato, Minnesota", brochure=True),
        B.cert(r, "course", n, TR[4], "Customer Service at the Public Counter", "2025-03-04",
               location="Rochester, Minnesota", role="trainer", layout="cert_classic"),
        B.form(n, "CMC", "265530", "Village of Prairie du Lac", 6),
    ]
    return Packet("cmc-r6-prairie-packet", "CMC, Region 6, one PDF of the whole packet: an institute Level II, "
                  "a part-time deputy recorder without administrative duties, a webinar without assessment "
                  "(NO_ASSESSMENT, no points), the Level II brochure, a seminar certificate without hours "
                  "(MISSING_HOURS), the application form.",
                  manifest(n, "CMC", 6, "2026-10-12", "265530"), single=True, files=[("", docs)])


def p09(r: random.Random) -> Packet:
    n, former, gs = "Patricia A. Halvorsen", "Patricia Ann Delacroix", ASSN[9]
    files = [
        ("Delacroix year 1.pdf", [B.cert(r, "institute", former, INST[1][0], "Year 1", "2021-08-02", "2021-08-06",
                                         hours=30, location="Altoona, Pennsylvania", layout="cert_classic")]),
        ("academy session.pdf", [B.cert(r, "conference_academy", n, Wd.IIMC, "Annual Conference Academy: "
                                        "Leading Through Change", "2024-05-18", hours=6, location="Grand "
                                        "Rapids, Michigan", role="iimc", layout="cert_band")]),
        ("blank name certificate.pdf", [B.cert(r, "institute", None, INST[1][0], "Year 2", "2022-08-01",
                                               "2022-08-05", hours=30, location="Altoona, Pennsylvania",
                                               layout="cert_classic")]),
        ("iimc online.pdf", [B.cert(r, "iimc_online", n, Wd.IIMC, "Introduction to Parliamentary Procedure",
                                    "2025-01-06", "2025-02-14", hours=6, delivery="online", assessment=True,
                                    role="iimc", layout="cert_sidebar")]),
        ("misc certificate.pdf", [B.cert(r, "state_course", Wd.OTHER_PEOPLE[0], gs[0], "Vital Records Basics",
                                         "2023-09-14", hours=6, location="Concord, New Hampshire",
                                         role="association", review="2023-0660")]),
        ("state agency letter.pdf", [B.job(r, "employment_letter", n, Wd.STATE_AGENCIES[1], "state_federal",
                                           "Elections Program Administrator", "2012-03-01", "2017-02-28",
                                           issue="2026-07-07", etype="full_time",
                                           address="1100 Bank Street, Richmond, Virginia 23219")]),
        ("state course.pdf", [B.cert(r, "state_course", n, gs[0], "Town Meeting Procedures", "2024-10-03",
                                     "2024-10-04", hours=10, location="Concord, New Hampshire",
                                     role="association", review="2024-0980", layout="cert_band")]),
        ("town letter.pdf", [B.job(r, "employment_memo", n, "Town of Salem Harbor", "local", "Town Clerk",
                                   "2017-03-06", "2026-11-09", issue="2026-10-20", present=True,
                                   address="93 Washington Square, Salem Harbor, Massachusetts 01970")]),
    ]
    return Packet("cmc-r1-delacroix-mixed", "CMC, Region 1: an institute year under a former name (no mismatch), "
                  "a certificate naming someone else (NAME_MISMATCH), one without a name (MISSING_NAME), an "
                  "IIMC online course (points left to a reviewer), a conference academy session, state-agency "
                  "and town clerk employment.",
                  manifest(n, "CMC", 1, "2026-11-09", "133204", former=[former]), files=files)


def p10(r: random.Random) -> Packet:
    n, ac = "Lucille R. Thibodeaux", ASSN[6]
    files = [
        ("athenian.pdf", [B.cert(r, "athenian_dialogue", n, Wd.IIMC, "Athenian Dialogue: Team of Rivals",
                                 "2022-02-16", location="Baton Rouge, Louisiana", role="iimc", assessment=True,
                                 layout="cert_classic")]),
        ("CPM certificate.pdf", [B.cert(r, "certification", n, "Center for Public Management, " + COLL[0][0],
                                        "Certified Public Manager Program", "2021-09-01", "2023-05-31", hours=300,
                                        location="Lafayette, Louisiana", issue="2023-06-15",
                                        layout="cert_classic", cosign=True)]),
        ("online course.pdf", [B.cert(r, "course", n, TR[3], "Grant Writing for Local Government", "2024-01-08",
                                      "2024-02-16", hours=8, delivery="online", platform="Canvas Catalog",
                                      role="trainer", layout="cert_band")]),
        ("no date cert.pdf", [B.cert(r, "state_course", n, ac[0], "Public Records Requests", None, hours=6,
                                     location="Baton Rouge, Louisiana", role="association", review="2023-0119",
                                     layout="cert_sidebar")]),
        ("no title cert.pdf", [B.cert(r, "course", n, TR[0], None, "2023-08-08", hours=6,
                                      location="Lake Charles, Louisiana", role="trainer", layout="cert_classic")]),
        ("IIMC conference.pdf", [B.cert(r, "annual_conference", n, Wd.IIMC, "76th Annual Conference",
                                        "2023-05-21", "2023-05-24", location="Minneapolis, Minnesota",
                                        role="iimc", layout="cert_sidebar", seal="IIMC")]),
        ("seminar.pdf", [B.cert(r, "course", n, TR[1], "Leading Teams Through Change", "2024-09-10",
                                "2024-09-11", hours=12, location="New Orleans, Louisiana", role="trainer")]),
        ("old agenda.pdf", [B.agenda(r, ac[0], "Spring Education Seminar", "2019-04-11", "2019-04-11",
                                     "Houma, Louisiana")]),
    ]
    return Packet("mmc-r8-bayou-vista", "MMC, Region 8: an Athenian Dialogue, a Certified Public Manager "
                  "certification, an online course without assessment (NO_ASSESSMENT: Professional only), "
                  "certificates without date or title (MISSING_DATE, MISSING_TITLE), the Annual Conference, "
                  "an outside seminar, an agenda dated before the CMC (PREDATES_DESIGNATION).",
                  manifest(n, "MMC", 8, "2026-10-01", "298816", prior="2020-09-14"), files=files)


def p11(r: random.Random) -> Packet:
    n, sc = "Aroha T. Ngata", ASSN[8]
    files = [
        ("institute.pdf", [B.cert(r, "institute", n, INST[8][0], "Year 1", "2024-03-04", "2024-03-08", hours=40,
                                  location="Nelson, New Zealand", layout="cert_sidebar")]),
        ("course.pdf", [B.cert(r, "course", n, sc[0], "Local Electoral Act Refresher", "2024-11-19",
                               "2024-11-21", hours=18, location="Wellington, New Zealand", role="association",
                               layout="cert_band")]),
        ("transcript.pdf", [B.transcript(r, "NGATA, AROHA T", COLL[6], ["Trimester 1, 2015", "Trimester 2, 2015"],
                                         issue="2026-03-02", terms_per_page=2, legend=True)]),
        ("company letter.pdf", [B.job(r, "employment_table", n, Wd.COMPANIES[2], "business", "Office Manager",
                                      "2012-02-06", "2016-01-29", issue="2026-02-11", etype="full_time",
                                      admin=True, address="7 Haven Road, Nelson 7010, New Zealand")]),
        ("council letter.pdf", [B.job(r, "employment_letter", n, Wd.CITIES[11][0][0], "local",
                                      "Deputy Council Clerk", "2016-03-01", "2026-10-20", issue="2026-09-28",
                                      present=True, etype="full_time", admin=True,
                                      address="Private Bag 4, Richmond 7050, New Zealand")]),
        ("hybrid course.pdf", [B.cert(r, "state_course", n, sc[0], "Meeting Procedure and Standing Orders",
                                      "2025-05-05", "2025-05-30", hours=8, delivery="hybrid", assessment=True,
                                      location="Wellington, New Zealand", role="association", review="2025-0515",
                                      layout="cert_classic")]),
    ]
    return Packet("cmc-r11-nelson-bays", "CMC, Region 11: an institute year, a course without review and "
                  "college credits (Regions 10-11 education rows), business and council employment, a hybrid "
                  "course with review and assessment.",
                  manifest(n, "CMC", 11, "2026-10-20", "512240"), files=files)


def p12(r: random.Random) -> Packet:
    n, pl, ns = "Harriet E. Moreau", INST[2], ASSN[2]
    music = [("MUSC", "Music Theory I"), ("MUSC", "Applied Piano"), ("MUSC", "History of Western Music"),
             ("MUSC", "Choral Ensemble"), ("MUSC", "Orchestration"), ("ENGL", "Composition I"),
             ("MUSC", "Counterpoint"), ("HIST", "World Civilizations")]
    files = [
        ("session 3.pdf", [B.cert(r, "institute", n, pl[0], "Academy Session 3", "2022-04-04", "2022-04-06",
                                  hours=18, location="Mankato, Minnesota", layout="cert_classic")]),
        ("session 4.pdf", [B.cert(r, "institute", n, pl[0], "Academy Session 4", "2023-04-03", "2023-04-05",
                                  hours=18, location="Mankato, Minnesota", layout="cert_classic")]),
        ("music degree.pdf", [B.transcript(r, "MOREAU, HARRIET E", COLL[1], ["Fall 2003", "Spring 2004",
                                           "Fall 2004", "Spring 2005"], issue="2026-04-21",
                                           degree="Bachelor of Music", degree_date="2005-05-14",
                                           transfer=("Transfer credit, Iron Range Community College", 72.0),
                                           courses=music, security=True, terms_per_page=2, legend=True)]),
        ("state course.pdf", [B.cert(r, "state_course", n, ns[0], "Budget Hearings and Truth in Taxation",
                                     "2023-10-10", "2023-10-11", hours=16, location="St. Cloud, Minnesota",
                                     role="association", review="2023-0877", layout="cert_band")]),
        ("region meeting.pdf", [B.cert(r, "conference", n, ns[0], "IIMC Region VI Meeting", "2022-09-21",
                                       "2022-09-22", days=2, location="Duluth, Minnesota", role="association",
                                       layout="cert_sidebar")]),
        ("president letter.pdf", [B.service(r, "association_officer", n, ns[0], "President", "2022-07-01",
                                            "2024-06-30", issue="2024-07-09", years=2, head_style=1)]),
        ("project letter.pdf", [B.service(r, "on_the_job", n, "City of Mankato Heights", "Ordinance "
                                          "Codification Update", "2024-01-15", "2024-04-30", issue="2024-05-10",
                                          hours=20, signatory="Dolores Fairbanks", signer_title="Mayor",
                                          head_style=0)]),
        ("credits transcript.pdf", [B.transcript(r, "Moreau, Harriet E.", COLL[4], ["Spring Quarter 2024"],
                                                 issue="2026-01-12", terms_per_page=1)]),
    ]
    return Packet("mmc-r6-mankato-heights", "MMC, Region 6: two academy sessions, a music bachelor's from before "
                  "the CMC (unrelated rate, unused-degree exception), a state course, a Region meeting stating "
                  "days, a president's letter, an on-the-job project, college credits.",
                  manifest(n, "MMC", 6, "2026-11-16", "176655", prior="2021-03-01"), files=files)


def p13(r: random.Random) -> Packet:
    n = "Bernadette Y. Okafor"
    y1 = B.cert(r, "institute", n, INST[1][0], "Year 1", "2022-07-11", "2022-07-15", hours=30,
                location="Altoona, Pennsylvania", layout="cert_sidebar")
    files = [
        ("1 village letter.pdf", [B.job(r, "employment_letter", n, "Village of Cold Spring Landing", "local",
                                        "Village Clerk", "2014-01-06", "2019-06-28", issue="2026-08-18",
                                        etype="full_time", admin=True,
                                        address="85 Main Street, Cold Spring Landing, New York 10516")]),
        ("2 county memo.pdf", [B.job(r, "employment_memo", n, "Pender County", "local", "Administrative "
                                     "Assistant to the County Manager", "2010-05-03", "2013-12-31",
                                     issue="2026-08-05", etype="full_time",
                                     address="805 S. Walker Street, Burgaw, North Carolina 28425")]),
        ("3 company.pdf", [B.job(r, "employment_table", n, Wd.COMPANIES[1], "business", "Executive Assistant",
                                 "2006-08-14", "2010-04-30", issue="2026-07-29", etype="full_time",
                                 address="40 Water Street, Newburgh, New York 12550")]),
        ("4 state agency.pdf", [B.job(r, "employment_letter", n, "New York State Archives", "state_federal",
                                      "Records Analyst", "2019-07-01", "2021-06-30", issue="2026-08-01",
                                      etype="full_time", address="Cultural Education Center, Albany, NY 12230")]),
        ("5 borough.pdf", [B.job(r, "employment_table", n, "Borough of Millbrook", "local", "Assistant Borough "
                                 "Clerk", "2021-07-12", "2026-09-29", issue="2026-09-10", present=True,
                                 etype="part_time", admin=True, address="12 Mill Race Road, Millbrook, PA 17404")]),
        ("6 year 1.pdf", [y1]),
        ("7 year 1 copy.pdf", [y1.copy(stamp="SEP 29 2026")]),
        ("8 committee.pdf", [B.service(r, "committee_member", n, ASSN[1][0], "Membership Committee",
                                       "2023-01-01", "2024-12-31", issue="2025-02-14", years=2,
                                       signatory="Samuel Okafor", signer_title="Committee Chair", head_style=2)]),
    ]
    return Packet("cmc-r2-cold-spring-hr", "CMC, Region 2: employment in five styles (village clerk letter, "
                  "county memo, company and borough tables, state agency), an institute year and its second copy "
                  "(DUPLICATE), a committee letter signed by someone of the applicant's family name "
                  "(RELATIVE_AUTHOR).", manifest(n, "CMC", 2, "2026-09-29", "240071"), files=files)


def p14(r: random.Random) -> Packet:
    n, bg, kg = "Franklin D. Osei", INST[4], ASSN[4]
    docs = [
        B.cert(r, "institute", n, bg[0], "Advanced Academy, Module B", "2017-09-11", "2017-09-13", hours=16,
               location="Frankfort, Kentucky", layout="cert_band"),
        B.cert(r, "state_course", n, kg[0], "Ethics Refresher for Recorders", "2024-02-20", hours=2,
               delivery="webinar", assessment=True, platform="Microsoft Teams", role="association",
               review="2024-0201", layout="cert_sidebar"),
        B.cert(r, "course", n, TR[5], "Electronic Records Preservation", "2024-06-03", "2024-06-28", hours=5,
               delivery="online", assessment=True, platform="Canvas Catalog", role="trainer", layout="cert_band"),
        B.cert(r, "course", n, TR[1], "Time Management Essentials", "2025-01-21", hours=2, delivery="online",
               assessment=True, platform="LearnDash Online Campus", role="trainer", layout="cert_classic"),
        B.service(r, "committee_member", Wd.OTHER_PEOPLE[2], kg[0], "Awards Committee", "2023-01-01",
                  "2023-12-31", issue="2024-01-19", head_style=1),
        B.agenda(r, bg[0], "Advanced Academy, Module B", "2017-09-11", "2017-09-13", "Frankfort, Kentucky"),
    ]
    return Packet("mmc-r4-oaklawn-mail", "MMC, Region 4, one PDF of the whole packet: an academy module, a "
                  "webinar with assessment, an online course of 5 hours with assessment (R9), one of 2 hours "
                  "(BELOW_MINIMUM_HOURS), a committee letter naming someone else (NAME_MISMATCH), an agenda.",
                  manifest(n, "MMC", 4, "2026-10-27", "147390", prior="2015-06-30"), single=True,
                  files=[("", docs)])
