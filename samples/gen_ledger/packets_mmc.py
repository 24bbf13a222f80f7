"""The MMC packets of the ledger set."""

from __future__ import annotations

from . import wordings as w
from .packets import Packet, _slots
from .world import (
    CPM_PROGRAM,
    DISTRICT,
    IIMC,
    IOWA_ASSN,
    KANSAS_ASSN,
    KEYSTONE,
    MANITOBA_ASSN,
    NEWMEX_ASSN,
    OZARK_ACADEMY,
    OZARK_U,
    PRAIRIE_INSTITUTE,
    RECORDS_INST,
    SASK_ASSN,
    SIGNERS,
    SONORAN_INSTITUTE,
    TULSA_CITY,
    Applicant,
    Person,
)

S = SIGNERS


def p_single_mmc() -> Packet:
    a = Applicant("Gail Brannigan", "MMC", 9, "2026-10-05", "188230", prior="2020-04-15")
    n = a.name
    docs = [
        w.certificate(OZARK_ACADEMY, S["ozark_dir"], n, "Advanced Academy: Leadership in Turbulent Times", "2021-07-19",
                      "2021-07-22", activity="institute", hours=24, location="Harrison Hill, Missouri", border=1),
        w.certificate(OZARK_ACADEMY, S["ozark_dir"], n, "Advanced Academy: Public Finance for Clerks", "2019-07-15",
                      "2019-07-18", activity="institute", hours=24, location="Harrison Hill, Missouri", border=1,
                      note="before the CMC designation"),
        w.service_letter(KANSAS_ASSN, S["kansas_pres"], n, "committee_chair",
                         f"On behalf of the Board, thank you to {n} for serving as Chair of the Professional Development "
                         "Committee of the Kansas Association of City Clerks and Municipal Finance Officers from "
                         "January 2022 through December 2023.",
                         title="Professional Development Committee", start="2022-01-01", end="2023-12-31",
                         issue="2024-01-10", head=0, family="times",
                         more=["The committee planned two spring conferences and revised the mentoring handbook."]),
        w.service_letter(KANSAS_ASSN, S["kansas_ed"], n, "association_officer",
                         f"{n} served three terms as Secretary of the Kansas Association of City Clerks and Municipal "
                         "Finance Officers, 2023 through 2025.",
                         title="Secretary", start="2023-01-01", end="2025-12-31", years=3, issue="2026-01-20",
                         head=2),
        w.service_letter(PRAIRIE_INSTITUTE, S["prairie_dir"], n, "teaching_institute",
                         f"{n} taught the session \"Minutes That Stand Up in Court\" at the Prairie Lakes Municipal "
                         "Clerks Institute on June 11, 2024, a presentation of 3 hours.",
                         title="Minutes That Stand Up in Court", start="2024-06-11", end="2024-06-11", hours=3,
                         issue="2024-06-28", head=1, family="helv"),
        w.certificate(IIMC, S["iimc_pres"], n, "77th Annual Conference", "2023-05-21", "2023-05-24",
                      activity="annual_conference", hours=16, location="Denver, Colorado", cosigner=S["iimc_exec"],
                      border=2, heading="Certificate of Attendance", phrase2="attended the"),
        w.certificate(KANSAS_ASSN, S["kansas_pres"], n, "KACCMFO Annual Conference", "2025-04-09", "2025-04-11",
                      activity="conference", hours=13, location="Wichita, Kansas", style="certificate_portrait"),
    ]
    return Packet("mmc-single-scan-brannigan", a, "One PDF of an MMC packet: academy sessions (one before the "
                  "designation), a committee chair, an officer for three terms, teaching at an institute, "
                  "an annual conference and a state conference.",
                  [("mmc-single-scan-brannigan.pdf", docs)], single=True)


def p_okonkwo() -> Packet:
    a = Applicant("Theodore J. Okonkwo", "MMC", 9, "2026-08-24", "176655", prior="2019-11-01")
    n = a.name
    docs = {
        "ohu-diploma.pdf": [w.diploma(OZARK_U, n, "Master of Public Administration", "2012-05-12")],
        "ohu-transcript.pdf": [w.transcript(OZARK_U, n, [
            ("Fall 2010", [("PA 601", "Foundations of Public Administration", 3, "A"), ("PA 612", "Public Budgeting and Finance", 3, "A-")]),
            ("Spring 2011", [("PA 620", "Human Resource Management in Government", 3, "B+"), ("PA 631", "Research Methods", 3, "A")]),
            ("Fall 2011", [("PA 645", "Local Government Management", 3, "A"), ("PA 650", "Administrative Law", 3, "B+")]),
            ("Spring 2012", [("PA 690", "Capstone Seminar", 3, "A"), ("PA 672", "Records and Information Governance", 3, "A")])],
            "2026-07-15", degree="Master of Public Administration", degree_date="2012-05-12", per_page=2,
            student_no="OHU-0091-2277", security=True, registrar="Registrar")],
        "cpm.pdf": [w.certificate(CPM_PROGRAM, S["cpm_dir"], n, "Certified Public Manager", "2021-01-12", "2022-05-20",
                                  activity="certification", hours=300, location="Tucson Ridge, Arizona", border=2,
                                  heading="Certificate of Designation", phrase2="has fulfilled every requirement of the")],
        "records-cert.pdf": [w.certificate(RECORDS_INST, S["records_chair"], n, "Records Management Specialist", "2023-03-01",
                                           "2023-06-30", activity="certification", hours=32, style="certificate_portrait",
                                           heading="Certificate", note="certification under 50 hours")],
        "on-the-job.pdf": [w.service_letter(
            TULSA_CITY, S["osage_hr"], n, "on_the_job",
            f"I am pleased to recognise {n} for leading the Council Minutes Digitization Project, which placed "
            "sixty years of council minutes online. He devoted 120 hours to the project outside his daily "
            "duties between March 1, 2024 and October 31, 2024.",
            title="Council Minutes Digitization Project", start="2024-03-01", end="2024-10-31", hours=120,
            issue="2024-11-15", head=2)],
        "article.pdf": [w.service_letter(
            IOWA_ASSN, S["iowa_ed"], n, "personal_accomplishment",
            f"The Iowa Municipal Clerks Guild published the article \"Retention Schedules Without Tears\" by {n} "
            "in the Spring 2025 issue of its quarterly, The Clerk's Desk (April 2025).",
            title="Retention Schedules Without Tears", start="2025-04-01", end="2025-04-30", issue="2025-05-06",
            head=0, family="vera")],
        "board-letter.pdf": [w.service_letter(
            IIMC, S["iimc_exec"], n, "board_member",
            f"{n} served on the IIMC Board of Directors as Region IX Director from May 2022 to May 2024.",
            title="Board of Directors", start="2022-05-01", end="2024-05-31", issue="2024-06-03", head=1)],
        "my-summary.pdf": [w.service_letter(
            TULSA_CITY, Person(n, "City Clerk"), n, "related_officer",
            "I was Treasurer of the Heartland Records and Information Management Council from 2021 to 2024; "
            "I kept its accounts and reported at every meeting.",
            title="Treasurer", provider="Heartland Records and Information Management Council", start="2021-01-01",
            end="2024-12-31", issue="2026-08-01", first_person=True, plain=True, home=["88 Bluestem Court",
                                                                                  "Osage Springs, OK 74104"])],
    }
    return Packet("mmc-degree-and-contributions", a, "MMC: a master's degree before the designation (unused-"
                  "degree exception) as diploma and transcript, a CPM certification, a certification under "
                  "50 hours, on-the-job project, published article, board service, a first-person letter.",
                  list(docs.items()))


def p_ashby() -> Packet:
    a = Applicant("Wendell Ashby", "MMC", 5, "2026-04-13", "160042", prior="2021-09-30")
    n = a.name
    ks = w.certificate(KANSAS_ASSN, S["kansas_ed"], n, "Advanced Parliamentary Procedure", "2022-10-05",
                       "2022-10-06", activity="state_course", hours=10, course_review=True, location="Topeka, Kansas",
                       style="certificate_portrait", cr_text="IIMC Course Review No. 2022-077")
    ks_copy = w.certificate(KANSAS_ASSN, S["kansas_ed"], n, "Advanced Parliamentary Procedure", "2022-10-05",
                            "2022-10-06", activity="state_course", hours=10, course_review=True,
                            location="Topeka, Kansas", style="certificate_portrait",
                            cr_text="IIMC Course Review No. 2022-077", note="second copy of the same certificate")
    docs = {
        "2020-academy.pdf": [w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], n, "Academy for Advanced Education, Part 1",
                                           "2020-06-08", "2020-06-11", activity="institute", hours=26,
                                           location="Bismarck Falls, North Dakota", note="before the CMC")],
        "2020-agenda.pdf": [w.agenda(PRAIRIE_INSTITUTE, "Academy for Advanced Education, Part 1", "2020-06-08", "2020-06-11",
                                     "Bismarck Falls, North Dakota",
                                     _slots("Day 1", [("8:30", "Strategic planning for the clerk's office"),
                                                      ("13:00", "Conflict resolution")])
                                     + _slots("Day 2", [("8:30", "Emergency management roles"), ("13:00", "Media relations")]),
                                     head=2)],
        "2022-academy.pdf": [w.certificate(PRAIRIE_INSTITUTE, S["prairie_dir"], n, "Academy for Advanced Education, Part 2",
                                           "2022-06-13", "2022-06-16", activity="institute", hours=26,
                                           location="Bismarck Falls, North Dakota", cosigner=S["kansas_pres"])],
        "kansas-course.pdf": [ks],
        "kansas-course-again.pdf": [ks_copy],
        "fema.pdf": [w.certificate(KEYSTONE, S["keystone_ceo"], n, "Continuity of Operations for Local Government",
                                   "2023-03-07", "2023-03-09", activity="course", hours=21, location="Omaha, Nebraska",
                                   style="certificate_landscape", border=1, family="helv",
                                   hours_phrase="Total instruction: {h} hours")],
        "district-webinar.pdf": [w.certificate(DISTRICT, S["district_dean"], n, "Understanding Municipal Bond Ratings",
                                               "2024-02-21", activity="course", hours=1.5, delivery="webinar",
                                               style="certificate_modern", platform="Microsoft Teams",
                                               note="webinar without assessment")],
        "athenian.pdf": [w.certificate(IIMC, S["iimc_educ"], n, "Athenian Leadership Dialogue: Civic Trust",
                                       "2024-05-18", activity="athenian_dialogue", assessment=True,
                                       location="Minneapolis, Minnesota", style="certificate_portrait", family="times",
                                       assess_text="Dialogue assessment completed")],
    }
    return Packet("mmc-predating-and-duplicate", a, "MMC: an academy part and its agenda before the "
                  "designation, the later part, a reviewed state course twice, an outside course, a "
                  "webinar without assessment, an Athenian Dialogue.", list(docs.items()))


def p_southwest() -> Packet:
    a = Applicant("Priscilla Gutiérrez", "MMC", 8, "2026-12-01", "205519", prior="2022-02-28")
    n = a.name
    docs = {
        "nmcra-webinar.pdf": [w.certificate(NEWMEX_ASSN, S["newmex_pres"], "Priscilla Gutierrez, CMC",
                                            "Redistricting After the Census", "2023-06-14", activity="state_course",
                                            hours=2, delivery="webinar", assessment=True, course_review=True,
                                            style="certificate_modern", platform="GoToWebinar",
                                            assess_text="Assessment: passed", cr_text="IIMC Course Review approved")],
        "nmcra-online-short.pdf": [w.certificate(NEWMEX_ASSN, S["newmex_pres"], n, "Notary Basics for Clerks",
                                                 "2024-01-09", activity="state_course", hours=3, delivery="online",
                                                 assessment=True, course_review=True, style="certificate_modern",
                                                 platform="Moodle", note="online course under 4 hours")],
        "sonoran-academy.pdf": [w.certificate(SONORAN_INSTITUTE, S["sonoran_dir"], n, "Master Academy, Track 1",
                                              "2023-10-02", "2023-10-05", activity="institute", hours=30,
                                              location="Flagstaff Pines, Arizona", border=2, family="vera")],
        "sonoran-hybrid.pdf": [w.certificate(SONORAN_INSTITUTE, S["sonoran_dir"], n, "Master Academy, Track 2 (Hybrid)",
                                             "2024-09-09", "2024-10-18", activity="institute", hours=24,
                                             delivery="hybrid", assessment=True, location="Tucson Ridge, Arizona",
                                             style="certificate_portrait", heading="Certificate of Completion")],
        "keystone-online.pdf": [w.certificate(KEYSTONE, S["keystone_ceo"], n, "Supervisory Skills for Public Employees",
                                              "2025-01-06", "2025-02-14", activity="course", hours=12,
                                              delivery="online", assessment=True, style="certificate_modern",
                                              platform="LearnStream", course_id="KWL-SUP-330")],
        "iimc-2025.pdf": [w.certificate(IIMC, S["iimc_pres"], n, "79th Annual Conference", "2025-05-18", "2025-05-21",
                                        activity="annual_conference", hours=15.5, location="Hartford, Connecticut",
                                        border=0, heading="Certificate of Attendance", phrase2="attended the")],
        "conference-academy.pdf": [w.certificate(IIMC, S["iimc_educ"], n, "Annual Conference Academy: Ethics Lab",
                                                 "2025-05-17", activity="conference_academy", hours=3,
                                                 location="Hartford, Connecticut", style="certificate_portrait")],
    }
    return Packet("mmc-southwest-online", a, "MMC in the Southwest: a webinar with assessment under a "
                  "post-nominal name, an online course under 4 hours, academy tracks in person and hybrid, an "
                  "outside online course with assessment, an annual conference and an academy session.",
                  list(docs.items()))


def p_fairbanks() -> Packet:
    a = Applicant("Mei-Ling Fairbanks", "MMC", 5, "2026-02-17", "193377", prior="2018-06-01")
    n = a.name
    docs = {
        "iowa-committee.pdf": [w.service_letter(
            IOWA_ASSN, Person("Douglas Fairbanks", "Membership Chair"), n, "committee_member",
            f"{n} was a member of the Membership Committee of the Iowa Municipal Clerks Guild from 2020 to 2023.",
            title="Membership Committee", start="2020-01-01", end="2023-12-31", issue="2024-01-05", head=1,
            note="signed by someone with the applicant's family name")],
        "iowa-chair.pdf": [w.service_letter(
            IOWA_ASSN, S["iowa_ed"], n, "committee_chair",
            f"The Guild thanks {n} for a year as Chair of the Scholarship Committee (2024).",
            title="Scholarship Committee", start="2024-01-01", end="2024-12-31", issue="2025-01-08", head=0,
            family="times")],
        "iowa-teaching.pdf": [w.service_letter(
            IOWA_ASSN, S["iowa_ed"], n, "teaching_state",
            f"{n} prepared and taught \"Agenda Management Software\" for the Guild's spring course in Ames "
            "on April 9, 2025, for 8 hours of teaching and preparation.",
            title="Agenda Management Software", start="2025-04-09", end="2025-04-09", hours=8,
            issue="2025-04-20", head=2)],
        "iowa-fall-course.pdf": [w.certificate(IOWA_ASSN, S["iowa_ed"], n, "Fall Clerks Course",
                                                          "2025-10-14", "2025-10-16", activity="state_course",
                                                          hours=16, course_review=True, location="Ames, Iowa",
                                                          border=1, cr_text="IIMC Course Review No. 2025-019")],
        "cd-rom.pdf": [w.certificate(IIMC, S["iimc_educ"], n, "Essentials of Records Management (CD-ROM course)",
                                     "2019-03-15", activity="cd_rom", style="certificate_modern",
                                     heading="COURSE COMPLETION", note="CMC-era product, dated after designation")],
        "region-meeting.pdf": [w.certificate(IIMC, S["region_dir"], n, "IIMC Region V Meeting", "2023-03-30",
                                             "2023-03-31", activity="conference", days=2,
                                             location="Dubuque, Iowa", style="certificate_portrait",
                                             days_phrase="{d} days", family="helv")],
        "online-iimc.pdf": [w.certificate(IIMC, S["iimc_educ"], n, "IIMC Online: Foundations of Leadership",
                                          "2024-08-05", "2024-09-13", activity="iimc_online", hours=10,
                                          delivery="online", assessment=True, style="certificate_modern",
                                          platform="IIMC Learning Center")],
    }
    return Packet("mmc-committees-and-teaching", a, "MMC: committee member letter signed by someone sharing "
                  "the applicant's surname, a chair for one year, teaching a state course, the course itself, "
                  "a CD-ROM course, a region meeting stating days, an IIMC online course.", list(docs.items()))


def p_prairies() -> Packet:
    a = Applicant("Fatima Haddad", "MMC", 11, "2026-05-25", "412906", prior="2017-10-20")
    n = a.name
    docs = {
        "sucs-conference.pdf": [w.certificate(SASK_ASSN, S["sask_pres"], n, "SUCS Annual Convention", "2024-04-16",
                                              "2024-04-18", activity="conference", days=3, location="Saskatoon, Saskatchewan",
                                              datefmt="dmy", style="certificate_landscape", border=1, family="times",
                                              days_phrase="{d} days of attendance")],
        "sucs-officer.pdf": [w.service_letter(
            SASK_ASSN, S["sask_pres"], n, "association_officer",
            f"{n} has been Vice-President of the Saskatchewan Urban Clerks Society since the 2023 annual "
            "meeting; her term ended with the 2025 annual meeting.",
            title="Vice-President", start="2023-01-01", end="2025-12-31", issue="2026-01-12", datefmt="dmy", head=2)],
        "amma-course.pdf": [w.certificate(MANITOBA_ASSN, S["manitoba_ed"], n, "Assessment Appeals and Tax Enforcement",
                                          "2022-11-14", "2022-11-16", activity="course", hours=18,
                                          location="Winnipeg, Manitoba", datefmt="dmy", style="certificate_portrait")],
        "amma-course-hybrid.pdf": [w.certificate(MANITOBA_ASSN, S["manitoba_ed"], n, "Human Resources for Small Municipalities",
                                                 "2023-02-01", "2023-03-15", activity="course", hours=14,
                                                 delivery="hybrid", datefmt="dmy", style="certificate_modern",
                                                 platform="Brightspace", note="hybrid course without assessment")],
        "amma-2016.pdf": [w.certificate(MANITOBA_ASSN, S["manitoba_ed"], n, "Records Management for Municipalities",
                                        "2016-05-09", "2016-05-10", activity="course", hours=12, location="Brandon, Manitoba",
                                        datefmt="dmy", style="certificate_portrait", note="before the designation")],
        "newmex-committee.pdf": [w.service_letter(
            NEWMEX_ASSN, S["newmex_pres"], n, "committee_member",
            f"{n} served on the International Outreach Committee of the New Mexico Clerks and Recorders "
            "Association for two years, 2021 and 2022.",
            title="International Outreach Committee", start="2021-01-01", end="2022-12-31", years=2,
            issue="2023-01-30", head=0)],
    }
    return Packet("mmc-r11-prairie-provinces", a, "MMC from the Prairie Provinces (Region 11): a convention "
                  "stating days, an officer, outside courses in person and hybrid without assessment, one "
                  "before the designation, and a committee letter stating its years.",
                  list(docs.items()))


MMC_PACKETS = [p_single_mmc, p_okonkwo, p_ashby, p_southwest, p_fairbanks, p_prairies]
