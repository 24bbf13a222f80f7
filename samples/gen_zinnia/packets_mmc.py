"""The five MMC packets of the zinnia set."""

from __future__ import annotations

from . import kinds as K
from . import world as Wd

A = Wd.ASSOCIATIONS
T = Wd.TRAINERS
INST = Wd.INSTITUTES


def _academy(key, title, start, end, hours, name, **kw):
    return K.institute(key, title, start, end, hours, name, **kw)


def harrowgate():
    n = "Cornelius B. Harrowgate"
    c = A["cumberland"]
    files = [
        ("academy/lantern-2021.pdf", "pdf", [_academy("tidewater_academy", "Advanced Academy Session I: Strategic Leadership",
                                                      "2021-03-08", "2021-03-12", 30, n)]),
        ("academy/lantern-2022.pdf", "pdf", [_academy("tidewater_academy", "Advanced Academy Session II: Public Finance",
                                                      "2022-03-07", "2022-03-11", 26, n, layout="ribbon")]),
        ("agenda-2018.pdf", "pdf", [K.agenda(c["name"], "Spring Education Seminar", "2018-04-16", "2018-04-17",
                                             "Chattanooga, Tennessee",
                                             [("April 16", [("9:00-12:00", "Open records law"), ("13:00-16:00", "Minutes")]),
                                              ("April 17", [("9:00-12:00", "Ethics")])])]),
        ("certification.pdf", "pdf", [K.cert("guilloche", applicant_name=n, provider=T["cpm_board"],
                                             title="Certified Public Manager", start_date="2022-01-10",
                                             end_date="2023-06-16", hours=300, signatory="Winifred Achebe-Holm",
                                             activity="certification",
                                             x={"role": "Program Registrar", "color": (0.2, 0.2, 0.2)})]),
        ("letters/chair.pdf", "pdf", [K.letter("committee_chair", n, c["name"], "Education Committee", c["president"],
                                               ["President"], "2024-01-22", start_date="2021-01-01",
                                               end_date="2023-12-31", years=3,
                                               x={"span": "year", "address": "P.O. Box 2207, Cookeville, TN 38502"})]),
        ("letters/officer.pdf", "pdf", [K.letter("association_officer", n, c["name"], "Secretary-Treasurer",
                                                 c["president"], ["President"], "2025-02-03",
                                                 start_date="2022-07-01", end_date="2024-06-30", years=2,
                                                 x={"address": "P.O. Box 2207, Cookeville, TN 38502", "span": "month"})]),
        ("letters/teaching.pdf", "pdf", [K.letter("teaching_institute", n, INST["bellhaven"]["name"],
                                                  "Parliamentary Procedure for New Clerks", INST["bellhaven"]["director"],
                                                  ["Institute Director", "Quillan State College"], "2024-07-01",
                                                  start_date="2024-06-11", end_date="2024-06-11", hours=6,
                                                  x={"lh": "rule", "address": "Quillan State College, Quillan, TN 37760"})]),
        ("old-state-course.pdf", "pdf", [K.cert("band", applicant_name=n, provider=c["name"],
                                                title="Spring Education Seminar", start_date="2018-04-16",
                                                end_date="2018-04-17", hours=12, course_review=True,
                                                signatory=c["education_chair"], activity="state_course",
                                                x={"cr": "2018-031", "role": "Education Chair"})]),
        ("seminar.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=T["osgood"],
                                       title="Conflict Resolution for Public Officials", start_date="2023-10-03",
                                       end_date="2023-10-04", hours=9, location="Nashville, Tennessee",
                                       signatory="Calloway Pell", activity="course",
                                       x={"address": "220 Commerce Street, Nashville, TN", "role": "Principal"})]),
        ("state-course.pdf", "pdf", [K.cert("band", applicant_name=n, provider=c["name"],
                                            title="Advanced Records Retention", start_date="2022-10-12",
                                            end_date="2022-10-13", hours=12, course_review=True, assessment=True,
                                            signatory=c["education_chair"], activity="state_course",
                                            x={"cr": "2022-140", "role": "Education Chair"})]),
        ("transcript-mpa.pdf", "pdf", [K.transcript("corbel", n, 39, "2025-09-30",
                                                    "Master of Public Administration", "2016-12-17",
                                                    x={"style": "stacked", "first_year": 2014, "per_term": 3})]),
    ]
    return {"name": "z08-harrowgate", "shape": "folder", "files": files,
            "description": "MMC, region 3, CMC 2019-05-10: academy sessions, a master's dated before the CMC "
                           "(the unused-degree exception, R13), a CPM certification, a state course, a seminar "
                           "without review and teaching placed by R9, a chair and an officer letter, a league "
                           "convention by hours, and a 2018 course and its agenda (PREDATES_DESIGNATION).",
            "manifest": {"applicant": {"name": n, "member_id": "2099341", "region": 3, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2019-05-10", "received_date": "2026-08-03"}}


def islay():
    n = "Beatrix N. Islay"
    s = A["silverlode"]
    docs = [
        K.letter("board_member", n, Wd.IIMC, "Board of Directors", "Leopoldina Strand", ["IIMC President"],
                 "2024-06-10", start_date="2021-05-01", end_date="2024-04-30", years=3,
                 x={"lh": "banner", "address": "8331 Utica Avenue, Rancho Cucamonga, CA 91730", "span": "month"}),
        K.letter("committee_member", n, Wd.IIMC, "Membership Committee", "Cassius Weatherby",
                 ["Chair, IIMC Membership Committee"], "2024-09-02", years=2, start_date="2022-06-01",
                 end_date="2024-05-31", x={"lh": "banner", "address": "8331 Utica Avenue, Rancho Cucamonga, CA 91730",
                                           "span": "month"}),
        K.letter("related_officer", n, "Great Basin Records Managers Society", "Vice President",
                 "Anselm Whitcombe", ["President"], "2024-02-14", start_date="2022-01-01", end_date="2023-12-31",
                 x={"lh": "rule", "address": "PO Box 9012, Reno, NV 89507"}),
        K.letter("on_the_job", n, "City of Larkspur Junction", "Digital Agenda Conversion", "Ambrose Tillinghast",
                 ["City Manager"], "2025-03-03", start_date="2023-09-01", end_date="2024-08-31", hours=120,
                 x={"lh": "side", "address": "200 Depot Avenue, Larkspur Junction, NV 89432",
                    "office": "City of Larkspur Junction - Office of the City Manager"}),
        K.letter("personal_accomplishment", n, s["name"], "Ten Lessons from a Paperless Council", "Marisela Quintanar",
                 ["Editor, The Silver Lode Clerk"], "2024-11-20", start_date="2024-10-01", end_date="2024-10-31",
                 x={"lh": "rule", "address": "55 Virginia Street, Reno, NV 89501", "span": "month",
                    "issue_label": "October 2024 issue"}),
        K.cert("verification", applicant_name=n, provider=s["name"], title="Annual Conference 2023",
               start_date="2023-09-18", end_date="2023-09-21", days=4, location="Elko, Nevada",
               signatory=s["president"], activity="conference",
               x={"address": "55 Virginia Street, Reno, NV 89501", "role": "President"}),
        K.iimc("annual_conference", "76th Annual Conference", "2022-05-21", "2022-05-25", n, layout="guilloche",
               location="Calgary, Alberta", x={"attendance": True}),
        K.cert("online", applicant_name=n, provider=T["lindqvist"], title="Cybersecurity for Clerks' Offices (3-part series)",
               start_date="2024-03-05", end_date="2024-03-19", hours=6, delivery="webinar", assessment=True,
               activity="course", x={"cert_id": "LGT-2024-311"}),
        K.cert("online", applicant_name=n, provider=T["clearminute"], title="Budget Basics for Clerks",
               start_date="2025-01-06", end_date="2025-02-14", hours=12, delivery="online", assessment=False,
               activity="course", x={"cert_id": "CM-93002"}),
        _academy("kestrel_academy", "Academy Session 1", "2021-10-04", "2021-10-08", 32, n),
        _academy("kestrel_academy", "Academy Session 2", "2022-10-03", "2022-10-07", 32, n, layout="band"),
        _academy("kestrel_academy", "Academy Session 3", "2023-10-02", "2023-10-06", 28, n, layout="ribbon"),
        K.cert("band", applicant_name=n, provider=s["name"], title="Public Meeting Law Deep Dive",
               start_date="2024-04-25", end_date="2024-04-26", hours=20, course_review=True, assessment=True,
               signatory=s["education_chair"], activity="state_course", x={"cr": "2024-099", "role": "Education Chair"}),
    ]
    return {"name": "z09-islay", "shape": "single", "files": [("z09-islay.pdf", "pdf", docs)],
            "description": "MMC, region 8, one scanner PDF: the professional contributions (board, committee, "
                           "related officer, on-the-job hours over the 12-point cap, a published article, a "
                           "conference by days), the Annual Conference and an assessed webinar placed by R9, an "
                           "online course without assessment (Professional Contribution only), three academy "
                           "sessions and a state course.",
            "manifest": {"applicant": {"name": n, "member_id": "8830217", "region": 8, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2020-02-14", "received_date": "2026-09-08"}}


def kilbride():
    n = "Ignatius P. Kilbride"
    ch = A["chesapeake"]
    s2 = _academy("tidewater_academy", "Academy Module B", "2019-06-10", "2019-06-14", 30, n, layout="band")
    files = [
        ("academy/module-a.pdf", "pdf", [_academy("tidewater_academy", "Academy Module A", "2018-06-11", "2018-06-15",
                                                  30, n)]),
        ("academy/module-b.pdf", "pdf", [s2]),
        ("academy/module-c.pdf", "pdf", [_academy("tidewater_academy", "Academy Module C", "2020-06-08", "2020-06-12",
                                                  30, n, layout="ribbon")]),
        ("academy/module-d.pdf", "pdf", [_academy("tidewater_academy", "Academy Module D", "2021-06-07", "2021-06-11",
                                                  30, n)]),
        ("attended-session.pdf", "pdf", [K.cert("band", applicant_name=n, provider=ch["name"],
                                                title="Records Retention for Small Towns", start_date="2024-04-15",
                                                end_date="2024-04-15", hours=4, course_review=True, assessment=True,
                                                signatory=ch["education_chair"], activity="state_course",
                                                x={"cr": "2024-051", "role": "Education Chair"},
                                                marks={"earns_nothing": True})]),
        ("certification.pdf", "pdf", [K.cert("ribbon", applicant_name=n, provider=T["cpm_board"],
                                             title="Certified Records Manager Program", start_date="2022-02-01",
                                             end_date="2022-11-18", hours=96, signatory="Winifred Achebe-Holm",
                                             activity="certification", x={"role": "Program Registrar"})]),
        ("conference-days.pdf", "pdf", [K.cert("guilloche", applicant_name=n, provider=Wd.LEAGUES["maryland"],
                                               title="Summer Conference 2023", start_date="2023-06-25",
                                               end_date="2023-06-27", location="Ocean City, Maryland",
                                               signatory="Bartholomew Ines", activity="conference",
                                               x={"attendance": True, "role": "Executive Director"})]),
        ("diploma-music.pdf", "pdf", [K.diploma("brendan", n, "Bachelor of Music", "2004-05-22")]),
        ("letters/first-person.pdf", "pdf", [K.letter("on_the_job", n, "Kessock County", "Records Digitization Drive",
                                                      n, [], "2025-08-01", layout="first_person", first_person=True,
                                                      start_date="2024-01-08", end_date="2024-06-28", hours=60,
                                                      x={"sender": [n, "Clerk to the County Council", "Aldine, MD 21650"],
                                                         "body": "From January to June 2024 I organized and led the "
                                                                 "Records Digitization Drive for Kessock County, about 60 "
                                                                 "hours of my own time outside my daily duties. I scanned "
                                                                 "and indexed forty years of council minutes."})]),
        ("letters/mayor.pdf", "pdf", [K.letter("on_the_job", n, "Kessock County", "Records Digitization Drive",
                                               "Marguerite Kilbride", ["County Executive"], "2025-08-04",
                                               start_date="2024-01-08", end_date="2024-06-28", hours=60,
                                               x={"lh": "side", "address": "1 Court Square, Aldine, MD 21650"})]),
        ("letters/officer.pdf", "pdf", [K.letter("association_officer", n, ch["name"], "President", ch["education_chair"],
                                                 ["Past President"], "2024-01-05", years=1, start_date="2022-07-01",
                                                 end_date="2023-06-30", x={"address": "12 Harbor Court, Annapolis, MD 21401"})]),
        ("letters/teaching.pdf", "pdf", [K.letter("teaching_state", n, ch["name"], "Records Retention for Small Towns",
                                                  ch["education_chair"], ["Education Chair"], "2024-04-30",
                                                  start_date="2024-04-15", end_date="2024-04-15", hours=4,
                                                  x={"address": "12 Harbor Court, Annapolis, MD 21401"})]),
        ("photos/IMG_20260914_101522.jpg", "jpeg", [K.dup(s2)]),
        ("state-course.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=ch["name"],
                                            title="Budget Hearings and Public Notice", start_date="2023-03-09",
                                            end_date="2023-03-10", hours=24, course_review=True, assessment=True,
                                            signatory=ch["education_chair"], activity="state_course",
                                            x={"address": "12 Harbor Court, Annapolis, MD 21401", "cr": "2023-012",
                                               "role": "Education Chair"})]),
    ]
    return {"name": "z10-kilbride", "shape": "folder", "files": files,
            "description": "MMC, region 2, CMC 2017-09-30: Advanced Education far past 60 (four academy modules, "
                           "a certification, an unused music degree from 2004), so only 20 combination points "
                           "count (R10) and the teaching goes to Professional Contribution (R9); teaching and "
                           "attending the same session (the attendance earns nothing, I14); a first-person "
                           "letter and one signed by a relative of the same family name; a conference with dates "
                           "only (days counted); a phone photo of module B (DUPLICATE).",
            "manifest": {"applicant": {"name": n, "member_id": "3390021", "region": 2, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2017-09-30", "received_date": "2026-10-05"}}


def lochaber():
    n = "Seraphina D. Lochaber"
    nw = A["northwoods"]
    files = [
        ("academy-photo.jpg", "jpeg", [_academy("kestrel_academy", "Academy Session 1", "2023-10-02", "2023-10-06",
                                                30, n, layout="band")]),
        ("biology-transcript.pdf", "pdf", [K.transcript("eastbrook", n, 128, "2025-12-01",
                                                        "Bachelor of Science in Biology", "2008-06-07",
                                                        x={"style": "ledger", "first_year": 2004})]),
        ("blank-pages.pdf", "blank2", [K.blank()]),
        ("business-diploma.pdf", "pdf", [K.diploma("halvorsen", n, "Bachelor of Business Administration", "2012-05-12")]),
        ("committee-chair.pdf", "pdf", [K.letter("committee_chair", n, nw["name"], "Legislative Committee", nw["president"],
                                                 ["President"], "2025-01-09", start_date="2022-01-01",
                                                 end_date="2024-12-31", x={"span": "year", "address": "PO Box 44, Stevens Point, WI 54481"})]),
        ("credits.pdf", "pdf", [K.transcript("eastbrook", n, 9, "2025-12-01",
                                             x={"style": "stacked", "first_year": 2022, "per_term": 2})]),
        ("hybrid-assessed.pdf", "pdf", [K.cert("band", applicant_name=n, provider=nw["name"], title="Fall Clerks School",
                                               start_date="2024-10-21", end_date="2024-10-22", hours=8, delivery="hybrid",
                                               assessment=True, course_review=True, signatory=nw["education_chair"],
                                               activity="state_course", x={"cr": "2024-177", "role": "Education Chair"})]),
        ("hybrid-no-assessment.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=nw["name"],
                                                    title="Election Audits Workshop", start_date="2025-03-03",
                                                    end_date="2025-03-24", hours=12, delivery="hybrid",
                                                    course_review=True, signatory=nw["education_chair"],
                                                    activity="state_course",
                                                    x={"address": "PO Box 44, Stevens Point, WI 54481",
                                                       "cr": "2025-021", "role": "Education Chair"})]),
        ("iimc-online.pdf", "pdf", [K.iimc("iimc_online", "IIMC Online: Parliamentary Procedure", "2023-02-01",
                                           "2023-03-15", n, layout="online", hours=6, delivery="online",
                                           assessment=True)]),
        ("letter.pdf", "corrupt", [{"kind": "other", "layout": None, "fields": {}, "x": {},
                                    "marks": {"unsupported": True}}]),
        ("scan0042.pdf", "png_as_pdf", [K.iimc("conference_academy", "Conference Academy: Ethics in Practice",
                                               "2024-05-19", "2024-05-19", n, assessment=True)]),
    ]
    return {"name": "z11-lochaber", "shape": "folder", "files": files,
            "description": "MMC, region 7, CMC 2021-11-19: two degrees before the CMC (an unrelated biology "
                           "degree, 10; business administration left to a reviewer, R7), college credits "
                           "(Professional Contribution), an IIMC online course (points for a reviewer), hybrid "
                           "state courses with and without assessment, a chair letter by years, a phone photo, "
                           "a PDF of two blank pages (UNREADABLE), a Word file named .pdf (UNSUPPORTED_FILE) and "
                           "a PNG named .pdf (read by its content).",
            "manifest": {"applicant": {"name": n, "member_id": "9021774", "region": 7, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2021-11-19", "received_date": "2026-11-02"}}


def marwick():
    n = "Leopold S. Marwick"
    cu = A["cumberland"]
    acad14 = _academy("kestrel_academy", "Academy Year Two", "2014-09-08", "2014-09-12", 30, n, layout="band")
    docs = [
        K.cover(n, "2026-11-20", {"heading": "FAX COVER SHEET", "pages": 14}),
        K.application(n, {"form_title": "APPLICATION FOR MMC DESIGNATION", "member": "1045568",
                          "muni": "City of Marisol Bay", "job": "Deputy City Clerk", "region": 4,
                          "claims": [["Advanced Education", "60"], ["Professional Contribution", "40"]]}),
        K.iimc("athenian_dialogue", "Athenian Dialogue: Profiles in Courage", "2012-10-11", "2012-10-11", n,
               assessment=True),
        K.iimc("athenian_dialogue", "Athenian Dialogue: The Lincoln Cabinet", "2014-03-20", "2014-03-20", n,
               layout="ribbon", assessment=True),
        K.iimc("conference_academy", "Annual Conference Academy: Budget Leadership", "2016-05-22", "2016-05-22", n),
        _academy("kestrel_academy", "Academy Year One", "2013-09-09", "2013-09-13", 32, n),
        dict(acad14, image=True),
        K.iimc("annual_conference", "66th Annual Conference", "2012-05-20", "2012-05-23", n, layout="guilloche",
               location="Portland, Oregon", x={"attendance": True}),
        K.cert("band", applicant_name="Leonard S. Marwitz", provider=cu["name"], title="Spring Seminar 2017",
               start_date="2017-04-03", end_date="2017-04-04", hours=12, course_review=True,
               signatory=cu["education_chair"], activity="state_course", x={"cr": "2017-020", "role": "Education Chair"}),
        K.cert("verification", applicant_name=n, provider=cu["name"], title="Fall Seminar 2017",
               start_date="2017-10-09", end_date="2017-10-10", course_review=True, signatory=cu["education_chair"],
               activity="state_course", x={"address": "P.O. Box 2207, Cookeville, TN 38502", "cr": "2017-088",
                                           "role": "Education Chair"}),
        K.agenda(cu["name"], "Fall Seminar 2017", "2017-10-09", "2017-10-10", "Franklin, Tennessee",
                 [("Monday", [("9:00", "Clerks and the courts"), ("13:00", "Open meetings")]),
                  ("Tuesday", [("9:00", "Emergency management for clerks")])]),
        K.letter("association_officer", n, cu["name"], "Vice President", cu["president"], ["President"], "2019-08-01",
                 start_date="2017-07-01", end_date="2019-06-30", years=2,
                 x={"address": "P.O. Box 2207, Cookeville, TN 38502", "span": "month"}),
        dict(K.dup(acad14), image=True),
    ]
    return {"name": "z12-marwick", "shape": "single", "files": [("z12-marwick.pdf", "pdf", docs)],
            "description": "MMC, region 4, CMC 2011-06-30, one scanner PDF: Athenian Dialogues before and "
                           "after 2013-11-23 (2 and 3 points), a CD-ROM and a Conference Academy session, two "
                           "academy years (one a scanned page, re-scanned again at the end: DUPLICATE), the 2012 "
                           "Annual Conference, a seminar certificate of someone else (NAME_MISMATCH), one "
                           "without hours (MISSING_HOURS) and its agenda, officer and committee letters, cover "
                           "sheet and MMC application form.",
            "manifest": {"applicant": {"name": n, "member_id": "1045568", "region": 4, "membership": "full"},
                         "program": "MMC", "prior_designation_date": "2011-06-30", "received_date": "2026-12-07"}}


PACKETS = [harrowgate, islay, kilbride, lochaber, marwick]
