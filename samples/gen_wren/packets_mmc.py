"""The five MMC packets of the wren set."""

from __future__ import annotations

from . import makers as mk
from .model import File, Packet
from .packets_cmc import manifest
from .world import FOUNDATION, IIMC, OUTSIDE_TRAINERS, STATE_ASSOCIATIONS, TOWN_HALLS

PRAIRIE = "Prairie Rivers Municipal Clerks Association"


def kestrel() -> Packet:
    """Board, chair, officer, teaching, a certification, an unused master's, a pre-CMC academy."""
    me = "Leopold V. Marchetti-Dunmore"
    academy = "Heartland Clerks Academy"
    a1 = mk.cert("institute", "Leopold V. Marchetti-Dunmore", academy, "Academy Module 1: Managing Change",
                 "2021-04-12", "2021-04-15", 30, "Cedar Falls, Iowa", "Georgiana Tillotson", security=True,
                 heading="Master Municipal Clerk Academy", verb="has completed", role="Academy Director",
                 program_line="Western Plains University, Institute of Public Affairs")
    a2 = mk.cert("institute", "Leopold V. Marchetti-Dunmore", academy, "Academy Module 2: Civic Engagement",
                 "2023-04-17", "2023-04-20", 30, "Cedar Falls, Iowa", "Georgiana Tillotson", security=True,
                 heading="Master Municipal Clerk Academy", verb="has completed", role="Academy Director")
    old = mk.cert("institute", "Leopold Marchetti-Dunmore", "Heartland Clerks Institute", "Third Year Program",
                  "2017-06-05", "2017-06-09", 36, "Cedar Falls, Iowa", "Georgiana Tillotson", layout="modern",
                  role="Institute Director")
    teach = mk.letter("teaching_institute", "Leopold V. Marchetti-Dunmore", "Heartland Clerks Institute",
                      "Parliamentary Procedure for New Clerks",
                      ["Thank you for serving as an instructor at the Heartland Clerks Institute. This confirms "
                       "that Leopold V. Marchetti-Dunmore taught the session Parliamentary Procedure for New Clerks "
                       "on June 14, 2022, a total of 6 classroom hours."],
                      "Georgiana Tillotson", "2022-06-30", start="2022-06-14", end="2022-06-14", hours=6,
                      org_name="Heartland Clerks Institute", head_lines=["Western Plains University"],
                      sig_lines=["Institute Director"], salutation="Dear Leopold,")
    board = mk.letter("board_member", "Leopold V. Marchetti-Dunmore", IIMC, "Board of Directors",
                      ["This letter verifies that Leopold V. Marchetti-Dunmore served on the IIMC Board of Directors "
                       "as Region IV Director from May 2021 to May 2024."],
                      "Hollis Quarrington", "2024-06-10", start="2021-05-01", end="2024-05-31",
                      org_name=IIMC, head_style=1, head_lines=["Executive Office"], sig_lines=["Executive Director"])
    chair = mk.letter("committee_chair", "Leopold Marchetti-Dunmore", PRAIRIE, "Education Committee",
                      ["The Prairie Rivers Municipal Clerks Association thanks Leopold Marchetti-Dunmore for his two "
                       "years as chair of the Association's Education Committee (2022 and 2023)."],
                      "Winifred Oduya", "2024-01-18", start="2022-01-01", end="2023-12-31", years=2,
                      org_name=PRAIRIE, sig_lines=["Secretary"], head_style=0, head_lines=["Ames, Iowa"],
                      sidebar=["President", " Anneliese Corrigan", "First Vice President", " Leopold V. Marchetti-Dunmore",
                               "Secretary", " Winifred Oduya", "Treasurer", " Bartram Kozlowski-Fenn"])
    officer = mk.letter("association_officer", "Leopold V. Marchetti-Dunmore", PRAIRIE, "First Vice President",
                        ["Leopold V. Marchetti-Dunmore was elected First Vice President of the Prairie Rivers "
                         "Municipal Clerks Association and held the office for two terms, 2024 and 2025."],
                        "Winifred Oduya", "2026-01-09", start="2024-01-01", end="2025-12-31", years=2,
                        org_name=PRAIRIE, sig_lines=["Secretary"], head_style=0, head_lines=["Ames, Iowa"])
    ac = mk.cert("annual_conference", "Leopold V. Marchetti-Dunmore", IIMC, "76th Annual Conference", "2022-05-22",
                 "2022-05-25", 15, "Grand Rapids, Michigan", "Hollis Quarrington", layout="classic",
                 heading="Certificate of Attendance", verb="attended the", role="IIMC President",
                 provider_in_header=True, security=True, hours_text="15 education hours")
    cpm = mk.cert("certification", "Leopold V. Marchetti-Dunmore", "Iowa Certified Public Manager Program",
                  "Certified Public Manager", "2021-09-01", "2022-11-30", 300, "Des Moines, Iowa", "Dr. Cyrus Albemarle",
                  layout="modern", heading="Certified Public Manager", lead="This is to certify that",
                  verb="has fulfilled the requirements of", role="Program Director",
                  hours_text="300 hours of training", issue="2022-12-09")
    sem = mk.cert("course", "Leopold V. Marchetti-Dunmore", OUTSIDE_TRAINERS[2], "Electronic Records Retention Bootcamp",
                  "2025-03-03", "2025-03-05", 18, "Omaha, Nebraska", "Fenella Strickland", layout="plain",
                  heading="CERTIFICATE OF COMPLETION", title_label="Seminar:", role="Instructor", hours_text="18 hours")
    mpa = mk.transcript("Leopold Vittorio Marchetti-Dunmore", "Ostrander State University", 36, "2026-02-11",
                        "Master of Public Administration", "2012-12-15", pages=2, terms=4, first_year=2010,
                        registrar="Office of the University Registrar", student_id="OSU-771903")
    ag = mk.agenda("Heartland Clerks Institute", "Third Year Program", "2017-06-05", "2017-06-09", "Cedar Falls, Iowa",
                   [("Mon 8:00", "Welcome; the Clerk as Leader (3 hrs)"), ("Mon 13:00", "Budget Fundamentals (4 hrs)"),
                    ("Tue 8:00", "Records Law (7 hrs)"), ("Wed 8:00", "Elections Administration (7 hrs)"),
                    ("Thu 8:00", "Ethics Lab (7 hrs)"), ("Fri 8:00", "Capstone presentations (8 hrs)")], two_column=True)
    files = [
        File("academy_2021.pdf", [a1]),
        File("academy_2023.pdf", [a2]),
        File("annual_conference_2022.pdf", [ac]),
        File("board_letter.pdf", [board]),
        File("certification_cpm.pdf", [cpm]),
        File("chair_and_officer.pdf", [chair, officer]),
        File("institute_2017.pdf", [old, ag]),
        File("mpa_transcript.pdf", [mpa]),
        File("seminar_2025.pdf", [sem]),
        File("teaching_2022.pdf", [teach]),
    ]
    return Packet("mmc_kestrel", manifest(me, 4, "MMC", "2026-10-05", member="077615", prior="2019-05-14"), files,
                  "MMC, Region 4: two Academy modules, Board of Directors (three years), a committee chair and an "
                  "association officer by years stated, teaching at an Institute, a CPM certification, an unreviewed "
                  "seminar, an Annual Conference, an unused MPA from 2012 (no flag), and a 2017 Institute "
                  "certificate with its agenda, both before the CMC (PREDATES_DESIGNATION).")


def cindervale() -> Packet:
    """Scanner shape: the online rule in all its cases, teaching for a state course, on-the-job hours."""
    me = "Evangelina Korsgaard"
    assoc = STATE_ASSOCIATIONS[3]
    town = TOWN_HALLS[3]
    sc = mk.cert("state_course", "Evangelina Korsgaard", assoc, "Advanced Sunshine Act Seminar", "2022-03-24", None, 12,
                 "Harrisburg, PA", "Bartholomew Szymanski", course_review=True, layout="classic", security=True,
                 role="Guild President", review_text="Reviewed and approved by IIMC (Course Review #2022-044)",
                 hours_text="12 contact hours")
    onl = mk.cert("institute", "Evangelina Korsgaard", "Keystone MMC Academy", "Online Academy: Leading Through Conflict",
                  "2023-01-09", "2023-02-17", 10, None, "Prudence Vanterpool", delivery="online", assessment=True,
                  layout="online", assessment_text="Capstone essay accepted", hours_text="10 contact hours", role="Academy Director")
    w1 = mk.cert("state_course", "Evangelina Korsgaard", assoc, "Right-to-Know Appeals (webinar)", "2023-05-10", None, 2,
                 None, None, delivery="webinar", assessment=True, course_review=True, layout="online",
                 assessment_text="Post-webinar quiz: 5 of 5", hours_text="2.0 contact hours")
    w2 = mk.cert("state_course", "Evangelina Korsgaard", assoc, "Budget Season Q&A (recorded webinar)", "2023-09-19", None, 2,
                 None, None, delivery="webinar", course_review=True, layout="online", hours_text="2 contact hours")
    o1 = mk.cert("course", "Evangelina Korsgaard", OUTSIDE_TRAINERS[0], "Project Management for Public Employees",
                 "2024-02-05", "2024-02-23", 8, None, None, delivery="online", assessment=False, layout="online",
                 assessment_text="Not assessed", hours_text="8 hours")
    o2 = mk.cert("course", "Evangelina Korsgaard", OUTSIDE_TRAINERS[1], "Excel Tips for Clerks", "2024-06-13", None, 2.5,
                 None, None, delivery="online", assessment=True, layout="online", assessment_text="Quiz passed",
                 hours_text="2.5 hours")
    com = mk.letter("committee_member", "Evangelina Korsgaard", FOUNDATION, "Scholarship Committee",
                    ["The IIMC Foundation is grateful to Evangelina Korsgaard for her service on its Scholarship "
                     "Committee from January 2022 through December 2024."],
                    "Montgomery Achterhof", "2025-02-03", start="2022-01-01", end="2024-12-31", org_name=FOUNDATION,
                    head_style=2, head_lines=["Supporting the education of Municipal Clerks"], sig_lines=["Foundation Chair"],
                    sidebar=["Montgomery Achterhof", " Chair", "Serafina Okwuosa", " Vice Chair", "Lambert Crowhurst",
                             " Treasurer", "Evadne Pilkington", " Secretary", "Joaquin Verhoeven", " Director"])
    conf = mk.cert("conference", "Evangelina Korsgaard", assoc, "2024 Annual Conference", "2024-09-16", "2024-09-18",
                   None, "State College, PA", "Bartholomew Szymanski", days=3, layout="plain",
                   heading="Certificate of Attendance", title_label="Event:", days_text="3 days", role="Guild President")
    teach = mk.letter("teaching_state", "Evangelina Korsgaard", assoc, "Minutes and Records Workshop",
                      ["The Keystone Municipal Clerks Guild confirms that Evangelina Korsgaard prepared and "
                       "presented the Minutes and Records Workshop on April 4, 2024, a reviewed Guild course, "
                       "for 8 hours of teaching and preparation."],
                      "Bartholomew Szymanski", "2024-04-30", start="2024-04-04", end="2024-04-04", hours=8,
                      org_name=assoc, sig_lines=["Guild President"], head_style=1, head_lines=["Harrisburg, Pennsylvania"])
    otj = mk.letter("on_the_job", "Evangelina Korsgaard", town.name, "Borough Records Digitization Project",
                    ["Outside her daily duties, Evangelina Korsgaard led the Borough Records Digitization Project, "
                     "scanning and indexing minutes back to 1891. She devoted 24 hours of her own time to the "
                     "project between March and June 2025, and the index is now used by three neighbouring "
                     "boroughs."],
                    "Ignatius Fairweather", "2025-07-08", start="2025-03-01", end="2025-06-30", hours=24,
                    org_name=town.name, head_lines=[town.street, "Cindervale, PA 18201"], sig_lines=["Borough Manager"],
                    head_style=0)
    acad = mk.cert("institute", "Evangelina Korsgaard", "Keystone MMC Academy", "Academy Day: Ethics and Trust",
                   "2021-10-14", "2021-10-15", 20, "Hershey, PA", "Prudence Vanterpool", layout="classic",
                   role="Academy Director", heading="Certificate of Completion")
    f = File("cindervale.pdf", [sc, onl, w1, w2, o1, o2, com, conf, teach, otj, acad], separators=[0, 5, 9])
    return Packet("mmc_cindervale", manifest(me, 2, "MMC", "2026-09-21", member="093307", prior="2020-09-01"), [f],
                  "MMC, Region 2, one scanned PDF: the online rule (an online Academy course with an essay, a webinar "
                  "with a quiz, a recorded webinar without one, an online seminar without assessment, an online "
                  "course under 4 hours), a Foundation committee, a conference in days, teaching for a state course, "
                  "on-the-job hours.", single_pdf=True)


def all_mmc() -> list[Packet]:
    from .packets_mmc2 import marrowby, staubrey, vantreese

    return [kestrel(), cindervale(), staubrey(), vantreese(), marrowby()]

