"""The seven CMC packets of the zinnia set (what each one's documents state)."""

from __future__ import annotations

from . import kinds as K
from . import world as Wd

A = Wd.ASSOCIATIONS
T = Wd.TRAINERS


def ashgrove():
    n = "Rosamund T. Ashgrove"
    files = [
        ("application.pdf", "pdf", [K.application(n, {"member": "2210457", "muni": "Town of Quenby Falls",
                                                      "job": "Town Clerk", "region": 4,
                                                      "claims": [["CMC Education", "60"], ["CMC Experience", "50"]]})]),
        ("institute/year1.pdf", "pdf", [K.institute("bellhaven", "Year One", "2022-06-13", "2022-06-17", 40, n,
                                                    assessment=True)]),
        ("institute/year2.pdf", "pdf", [K.institute("bellhaven", "Year Two", "2023-06-12", "2023-06-16", 38, n,
                                                    layout="ribbon")]),
        ("institute/year3.pdf", "pdf", [K.institute("bellhaven", "Year Three", "2024-06-10", "2024-06-14", 36, n,
                                                    layout="band", issue_date="2024-06-28")]),
        ("transcript.pdf", "pdf", [K.transcript("halvorsen", n, 124, "2025-11-03",
                                                "Bachelor of Arts in Public Administration", "2009-05-16",
                                                x={"style": "stacked", "first_year": 2005, "sid": "H0098123"})]),
        ("hr-letter.pdf", "pdf", [K.employment("emp_prose", "quenby", n, "Town Clerk", "2018-02-05", "2026-03-16",
                                               "full_time", True, "Delphine Markovic", "Director of Human Resources",
                                               "2026-02-20", present=True)]),
        ("conference.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=A["cumberland"]["name"],
                                          title="2025 Annual Conference", start_date="2025-09-21",
                                          end_date="2025-09-24", location="Gatlinburg, Tennessee", hours=14.5,
                                          signatory=A["cumberland"]["president"], activity="conference",
                                          x={"address": "P.O. Box 2207, Cookeville, TN 38502", "role": "President"})]),
        ("iimc-annual-conference.pdf", "pdf", [K.iimc("annual_conference", "79th Annual Conference", "2025-05-17",
                                                      "2025-05-20", n, layout="guilloche", location="Spokane, Washington",
                                                      hours=18, x={"attendance": True})]),
        ("IMG_4471.jpg", "jpeg", [K.iimc("cd_rom", "CD-ROM Course: Robert's Rules Made Practical", "2024-02-11",
                                         "2024-02-11", n, layout="online", assessment=True)]),
    ]
    return {"name": "z01-ashgrove", "shape": "folder", "files": files,
            "description": "CMC, region 4: three institute years on three layouts, a related bachelor's "
                           "that pushes Education past 60 (excess to Experience, R10), an IIMC Annual "
                           "Conference placed by R9, a town clerk 'to present' (R2), a state association "
                           "conference by hours, a CD-ROM course photographed with a phone, cover sheet and "
                           "application form.",
            "manifest": {"applicant": {"name": n, "member_id": "2210457", "region": 4, "membership": "full"},
                         "program": "CMC", "received_date": "2026-03-16"}}


def bramblecote():
    n = "Tobias M. Bramblecote"
    files = [
        ("committee.pdf", "pdf", [K.letter("committee_member", n, A["chesapeake"]["name"], "Education Committee",
                                           A["chesapeake"]["education_chair"], ["Chair, Education Committee"],
                                           "2023-01-17", start_date="2020-01-01", end_date="2022-12-31", years=3,
                                           x={"span": "year", "address": "12 Harbor Court, Annapolis, MD 21401"})]),
        ("conference-days.pdf", "pdf", [K.cert("ribbon", applicant_name=n, provider=A["chesapeake"]["name"],
                                               title="Fall Conference and Business Meeting", start_date="2024-10-06",
                                               end_date="2024-10-08", days=3, location="Ocean City, Maryland",
                                               signatory=A["chesapeake"]["president"], activity="conference",
                                               x={"attendance": True, "role": "Guild President"})]),
        ("diploma.pdf", "pdf", [K.diploma("brendan", n, "Bachelor of Arts in Political Science", "2011-05-21")]),
        ("hr/county-coordinator.pdf", "pdf", [K.employment(
            "emp_fields", "kessock", n, "Administrative Services Coordinator, Department of Parks and Recreation",
            "2013-03-04", "2019-06-28", "full_time", True, "Yolanda Brisbane-Cole", "Human Resources Generalist",
            "2025-12-02", x={"office": "Kessock County Office of Human Resources",
                             "duties_text": "Supervised two office assistants; prepared the departmental budget."})]),
        ("hr/deputy-part-time.pdf", "pdf", [K.employment(
            "emp_table", "fennimore", n, "Deputy Borough Clerk", "2019-07-01", "2026-01-20", "part_time", True,
            "Augustin Ferreira", "Borough Manager", "2026-01-08", present=True)]),
        ("institute-letter.pdf", "pdf", [K.letter("institute", n, Wd.INSTITUTES["marrowstone"]["name"], "Year One",
                                                  Wd.INSTITUTES["marrowstone"]["director"], ["Institute Director"],
                                                  "2021-08-02", start_date="2021-07-12", end_date="2021-07-16", hours=42,
                                                  x={"lh": "rule", "address": "Vashon Ridge University, Port Ellery, WA 98367",
                                                     "body": f"This letter verifies that {n} completed Year One of the "
                                                             "Marrowstone Institute for Municipal Clerks, July 12-16, 2021, "
                                                             "for a total of 42 in-class contact hours, and passed the "
                                                             "end-of-week assessment."})]),
        ("scan-blank.pdf", "blank", [K.blank()]),
        ("state-course-photo.jpg", "jpeg", [K.cert("band", applicant_name=n, provider=A["chesapeake"]["name"],
                                                   title="Records Management Essentials", start_date="2023-04-18",
                                                   end_date="2023-04-19", hours=12, location="Easton, Maryland",
                                                   course_review=True, assessment=True,
                                                   signatory=A["chesapeake"]["education_chair"], activity="state_course",
                                                   x={"cr": "2023-041", "role": "Education Chair"})]),
        ("transcript-brendan.pdf", "pdf", [K.transcript("brendan", n, 121, "2025-12-15",
                                                        "Bachelor of Arts in Political Science", "2011-05-21",
                                                        x={"style": "ledger", "first_year": 2007}, marks={"duplicate": True})]),
        ("transcript-tolliver.pdf", "pdf", [K.transcript("tolliver", n, 18, "2025-11-30",
                                                         x={"style": "stacked", "first_year": 2020, "per_term": 3})]),
    ]
    return {"name": "z02-bramblecote", "shape": "folder", "files": files,
            "description": "CMC, region 2: a diploma and the transcript of the same degree (the later is a "
                           "DUPLICATE), credits without a degree (Experience), a part-time deputy clerk with "
                           "administrative duties in a table letter, an earlier county administrative post in a "
                           "labelled form, a conference by days, a committee letter with years in words, an "
                           "institute verification letter, a phone photo and a blank scan (UNREADABLE).",
            "manifest": {"applicant": {"name": n, "member_id": "3301876", "region": 2, "membership": "full"},
                         "program": "CMC", "received_date": "2026-01-20"}}


def corriveau():
    n = "Amélie R. Corriveau"
    f = A["fraser"]
    files = [
        ("a-institute-rousseau.pdf", "pdf", [K.institute("marrowstone", "Year 1", "2021-07-12", "2021-07-16", 44,
                                                         "Amélie Rousseau", layout="ribbon")]),
        ("b-institute-year2.pdf", "photocopy", [K.institute("marrowstone", "Year 2", "2022-07-11", "2022-07-15", 38, n)]),
        ("c-credits.pdf", "pdf", [K.transcript("fraser_u", n, 12, "2025-10-14",
                                               x={"style": "ledger", "first_year": 2019, "per_term": 2,
                                                  "no_degree_note": "Non-degree (open studies) student."})]),
        ("d-vocational.pdf", "pdf", [K.cert("band", applicant_name=n, provider=T["tallyhall"],
                                            title="Office Administration Certificate", start_date="2020-01-13",
                                            end_date="2020-03-20", hours=40, location="Chilliwack, British Columbia",
                                            signatory="Pernille Ashdown", activity="vocational",
                                            x={"role": "Program Coordinator", "seal": False})]),
        ("e-seminar.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=T["osgood"],
                                         title="Minute-Taking Masterclass", start_date="2024-11-05",
                                         end_date="2024-11-06", hours=12, location="Surrey, British Columbia",
                                         signatory="Calloway Pell", activity="course",
                                         x={"address": "Suite 400, 1010 Fraser Highway, Surrey, BC", "role": "Principal"})]),
        ("f-employment.pdf", "pdf", [K.employment("emp_prose", "mapleridge", n, "Deputy Municipal Clerk",
                                                  "2016-09-12", "2026-02-02", "full_time", None, "Thandiwe Okafor-Ng",
                                                  "Manager, People and Culture", "2026-01-12", present=True,
                                                  x={"lh": "side", "duties": True})]),
        ("g-conference.pdf", "pdf", [K.cert("guilloche", applicant_name=n, provider=f["name"],
                                            title="Annual Conference 2025", start_date="2025-04-23",
                                            end_date="2025-04-25", hours=15, location="Harrison Hot Springs, British Columbia",
                                            signatory=f["president"], activity="conference",
                                            x={"attendance": True, "role": "President"})]),
        ("i-committee-husband.pdf", "pdf", [K.letter("committee_member", n, f["name"], "Communications Committee",
                                                     "Raymond Corriveau", ["Chair, Communications Committee"],
                                                     "2025-12-01", start_date="2022-01-01", end_date="2024-12-31",
                                                     relationship="wife",
                                                     x={"span": "year", "address": "Box 118, New Westminster, BC V3L 4X9"})]),
        ("j-first-person.pdf", "pdf", [K.letter("committee_member", n, f["name"], "Legislative Review Committee",
                                                n, [], "2025-12-04", layout="first_person", first_person=True,
                                                start_date="2023-01-01", end_date="2024-12-31",
                                                x={"sender": [n, "District of Sumas Crossing", "33 Haverly Road"],
                                                   "body": "I served on the Legislative Review Committee of the Fraser "
                                                           "Delta Municipal Officers Society from 2023 to 2024. I attended "
                                                           "every meeting and drafted two of the committee's briefs. I "
                                                           "would ask that this service be counted toward my CMC."})]),
    ]
    return {"name": "z03-corriveau", "shape": "folder", "files": files,
            "description": "CMC, region 10 (British Columbia): the region 10-11 rows (credits, vocational "
                           "course, a course without review, all placed on the Education side by R9), an "
                           "institute certificate under the former name, a photocopied Year 2, a deputy clerk "
                           "'to present' with duties stated but administration not named, a committee letter "
                           "from the applicant's husband (RELATIVE_AUTHOR) and a first-person letter.",
            "manifest": {"applicant": {"name": n, "former_names": ["Amélie Rousseau"], "member_id": "7710032",
                                       "region": 10, "membership": "full"},
                         "program": "CMC", "received_date": "2026-02-02"}}


def dunleavy():
    n = "Marguerite Dunleavy"
    ins = Wd.INSTITUTES["sagebrush"]
    docs = [
        K.employment("emp_fields", "ottersburg", n, "Part-Time Village Clerk", "2014-01-06", "2025-12-31",
                     "part_time", False, "Hollis Brandvold", "Village President", "2026-01-15",
                     x={"office": "Village of Ottersburg - Office of the President"}),
        K.cert("online", applicant_name=n, provider=T["clearminute"], title="Public Records Requests in Practice",
               start_date="2025-02-03", end_date="2025-02-28", hours=8, delivery="online", assessment=True,
               activity="course", x={"cert_id": "CM-88213", "url": "https://learn.clearminute.example/c/88213"}),
        K.cert("online", applicant_name=n, provider=T["brightwater"], title="Retention Schedules 101",
               start_date="2025-05-12", end_date="2025-05-12", hours=6, delivery="online", assessment=False,
               activity="course", x={"cert_id": "BRA-1190"}),
        K.cert("online", applicant_name=n, provider=T["clearminute"], title="Social Media and the Open Meetings Law",
               start_date="2025-06-09", end_date="2025-06-09", hours=3, delivery="online", assessment=True,
               activity="course", x={"cert_id": "CM-90377"}),
        K.cert("band", applicant_name=n, provider=T["lindqvist"], title="Election Law Update 2025",
               start_date="2025-08-14", end_date="2025-08-14", hours=1.5, delivery="webinar",
               activity="course", x={"seal": False}),
        K.blank(separator=True),
        K.institute("sagebrush", "First Year Program", "2023-03-06", "2023-03-10", 48, n, issue_date="2023-03-10"),
        K.institute("sagebrush", "Second Year Program", "2024-03-04", "2024-03-08", 40, n, layout="band"),
        K.agenda(ins["name"], "Second Year Program", "2024-03-04", "2024-03-08", ins["city"],
                 [("Monday", [("8:00-12:00", "Advanced records retention"), ("13:00-17:00", "Budget and finance")]),
                  ("Tuesday", [("8:00-12:00", "Elections administration"), ("13:00-17:00", "Leadership")])]),
        K.cert("verification", applicant_name=n, provider=A["northwoods"]["name"], title="Clerks' Spring Workshop",
               start_date="2025-04-10", end_date="2025-04-11", hours=16, location="Wausau, Wisconsin",
               course_review=True, signatory=A["northwoods"]["education_chair"], activity="state_course",
               x={"address": "PO Box 44, Stevens Point, WI 54481", "cr": "2025-018", "role": "Education Chair"}),
        K.iimc("conference", "IIMC Region III Meeting", "2025-10-16", "2025-10-17", n, layout="ribbon",
               location="Dubuque, Iowa", hours=10, x={"attendance": True}),
    ]
    return {"name": "z04-dunleavy", "shape": "single", "files": [("z04-dunleavy.pdf", "pdf", docs)],
            "description": "CMC, region 3, one scanner PDF: a part-time clerk whose letter denies "
                           "administrative responsibility (1 point a year), online courses with and without "
                           "assessment and one under 4 hours, a webinar without assessment, a blank separator "
                           "sheet, two institute years, an agenda, a state workshop with course review and an "
                           "IIMC region meeting.",
            "manifest": {"applicant": {"name": n, "member_id": "4408813", "region": 3, "membership": "full"},
                         "program": "CMC", "received_date": "2026-04-06"}}


def elsinore():
    n = "Priscilla V. Elsinore"
    files = [
        ("academy-sessions.pdf", "pdf", [
            K.iimc("conference_academy", "Annual Conference Academy: Leading Through Change", "2024-05-18",
                   "2024-05-18", n, assessment=True),
            K.iimc("conference_academy", "Annual Conference Academy: Strategic Communication", "2024-05-19",
                   "2024-05-19", n, layout="online", assessment=True)]),
        ("athenian-2024.pdf", "pdf", [K.iimc("athenian_dialogue", "Athenian Dialogue: Team of Rivals",
                                             "2024-08-22", "2024-08-22", n, assessment=True)]),
        ("employment-memo.pdf", "pdf", [K.employment("emp_memo", "larkspur", n, "City Clerk", "2020-08-03",
                                                     "2025-10-31", "full_time", True, "Octavia Renfrew",
                                                     "Human Resources Director", "2026-04-20",
                                                     x={"office": "City of Larkspur Junction, Human Resources"})]),
        ("institute-maiden.pdf", "pdf", [K.institute("sagebrush", "Year I", "2019-03-11", "2019-03-15", 42,
                                                     "Priscilla Vance", layout="guilloche")]),
        ("institute-no-date.pdf", "pdf", [K.institute("sagebrush", "Year II", None, None, 40, n, layout="band")]),
        ("institute-year3.pdf", "pdf", [K.institute("sagebrush", "Year III", "2023-03-13", "2023-03-17", 40, n,
                                                    layout="ribbon")]),
        ("mismatch.pdf", "pdf", [K.cert("band", applicant_name="Patricia V. Elmore", provider=A["silverlode"]["name"],
                                        title="Parliamentary Procedure Intensive", start_date="2024-09-12",
                                        end_date="2024-09-12", hours=6, course_review=True,
                                        signatory=A["silverlode"]["education_chair"], activity="state_course",
                                        x={"cr": "2024-220", "role": "Education Chair"})]),
        ("no-hours.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=A["silverlode"]["name"],
                                        title="Election Officials Forum", start_date="2025-01-23",
                                        end_date="2025-01-23", location="Carson City, Nevada", course_review=True,
                                        signatory=A["silverlode"]["president"], activity="state_course",
                                        x={"address": "1 Capitol Mall Annex, Carson City, NV", "cr": "2025-006",
                                           "role": "President"})]),
        ("no-name.pdf", "pdf", [K.cert("ribbon", provider=A["silverlode"]["name"], title="Spring Clerks Retreat",
                                       start_date="2025-04-03", end_date="2025-04-04", hours=11,
                                       signatory=A["silverlode"]["president"], activity="conference",
                                       x={"attendance": True, "role": "President"})]),
        ("no-title.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=Wd.LEAGUES["maryland"],
                                        start_date="2024-06-25", end_date="2024-06-27", hours=13,
                                        location="Cambridge, Maryland", signatory="Bartholomew Ines",
                                        activity="conference", x={"address": "55 Shore Road, Cambridge, MD", "role": "Executive Director"})]),
        ("resume.pdf", "corrupt", [{"kind": "other", "layout": None, "fields": {}, "x": {},
                                    "marks": {"unsupported": True}}]),
    ]
    return {"name": "z05-elsinore", "shape": "folder", "files": files,
            "description": "CMC, region 6: the incomplete documents (MISSING_NAME, _DATE, _HOURS, _TITLE), "
                           "a certificate of someone else (NAME_MISMATCH), one under the maiden name, Athenian "
                           "Dialogues before and after 2013-11-23, two Conference Academy sessions in one file, "
                           "a CD-ROM course, a clerk's employment memo (ended), and a Word file named .pdf "
                           "(UNSUPPORTED_FILE).",
            "manifest": {"applicant": {"name": n, "former_names": ["Priscilla Vance"], "member_id": "5512090",
                                       "region": 6, "membership": "full"},
                         "program": "CMC", "received_date": "2026-05-11"}}


def fairweather():
    n = "Desmond K. Fairweather"
    docs = [
        K.employment("emp_prose", "business", n, "Escrow Office Manager", "2005-04-01", "2011-09-30", "full_time",
                     True, "Lavinia Quarrington", "Managing Partner", "2026-04-02",
                     x={"lh": "banner", "duties_text": "He managed the office and supervised four escrow assistants."}),
        K.employment("emp_fields", "stategov", n, "Administrative Services Manager", "2011-10-10", "2015-01-09",
                     "full_time", True, "Ezekiel Monroe-Takahashi", "HR Officer, Personnel Division", "2026-04-09"),
        K.employment("emp_table", "marisol", n, "City Clerk", "2015-01-12", "2026-06-01", "full_time", True,
                     "Giselle Arkwright", "Human Resources Manager", "2026-04-15", present=True),
        K.iimc("annual_conference", "61st Annual Conference", "2007-05-20", "2007-05-23", n, layout="guilloche",
               location="Cleveland, Ohio", x={"attendance": True}),
        K.transcript("tolliver", n, 64, "2026-03-01", "Associate of Arts in Public Administration", "2004-05-08",
                     x={"style": "stacked", "first_year": 2002}),
        K.institute("marrowstone", "Level 1", "2016-07-11", "2016-07-15", 44, n),
        dict(K.institute("marrowstone", "Level 2", "2017-07-10", "2017-07-14", 40, n, layout="band"),
             image=True),
        K.cert("band", applicant_name=n, provider=A["cumberland"]["name"], title="Municipal Finance for Clerks",
               start_date="2019-02-20", end_date="2019-02-22", hours=20, location="Murfreesboro, Tennessee",
               course_review=True, assessment=True, signatory=A["cumberland"]["education_chair"],
               activity="state_course", x={"cr": "2019-077", "role": "Education Chair"}),
    ]
    return {"name": "z06-fairweather", "shape": "single", "files": [("z06-fairweather.pdf", "pdf", docs)],
            "description": "CMC, region 5, one scanner PDF: a career in three employment letters (business, "
                           "state, then city clerk 'to present', capped at 40), an IIMC Annual Conference of 2007 "
                           "(4 points), a region meeting by hours, an associate degree, two institute levels "
                           "(the second a scanned page without text) and a state course.",
            "manifest": {"applicant": {"name": n, "member_id": "6620114", "region": 5, "membership": "full"},
                         "program": "CMC", "received_date": "2026-06-01"}}


def glenrothes():
    n = "Fiona A. Glenrothes"
    year2 = K.institute("bellhaven", "Year 2 Curriculum", "2023-09-11", "2023-09-15", 42, n, layout="band")
    files = [
        ("committee.pdf", "pdf", [K.letter("committee_member", n, Wd.IIMC, "Membership Committee",
                                           "Cassius Weatherby", ["Chair, IIMC Membership Committee"], "2025-11-10",
                                           start_date="2023-06-01", end_date="2025-05-31",
                                           x={"lh": "banner", "address": "8331 Utica Avenue, Rancho Cucamonga, CA",
                                              "span": "month"})]),
        ("employment.pdf", "pdf", [K.employment("emp_prose", "aldergrove", n, "Township Clerk-Treasurer",
                                                "2021-04-19", "2026-07-13", None, None, "Mortimer Haldane",
                                                "Township Supervisor", "2026-06-30", present=True,
                                                x={"lh": "side"})]),
        ("ethics-refresher.pdf", "pdf", [K.cert("verification", applicant_name=n, provider=A["northwoods"]["name"],
                                                title="Ethics Refresher", start_date="2025-02-06", end_date="2025-02-06",
                                                hours=0.75, course_review=True, activity="state_course",
                                                signatory=A["northwoods"]["education_chair"],
                                                x={"address": "PO Box 44, Stevens Point, WI 54481", "cr": "2025-003",
                                                   "role": "Education Chair"})]),
        ("iimc/academy-session.pdf", "pdf", [K.iimc("conference_academy", "Conference Academy: Budgeting Basics",
                                                    "2024-05-18", "2024-05-18", n, assessment=True)]),
        ("iimc/annual-conference.pdf", "pdf", [K.iimc("annual_conference", "78th IIMC Annual Conference",
                                                      "2024-05-18", "2024-05-22", n, layout="ribbon",
                                                      location="Grand Rapids, Michigan", x={"attendance": True})]),
        ("institute/year1.pdf", "pdf", [K.institute("bellhaven", "Year 1 Curriculum", "2022-09-12", "2022-09-16",
                                                    44, n)]),
        ("institute/year2.pdf", "pdf", [year2]),
        ("institute/year3.pdf", "pdf", [K.institute("bellhaven", "Year 3 Curriculum", "2024-09-09", "2024-09-13",
                                                    40, n, layout="ribbon")]),
        ("mpa-transcript.pdf", "pdf", [K.transcript("eastbrook", n, 36, "2026-05-19",
                                                    "Master of Public Administration", "2015-12-12",
                                                    x={"style": "ledger", "first_year": 2013, "security": True})]),
        ("scans/year2-rescan.pdf", "photocopy", [K.dup(year2)]),
    ]
    return {"name": "z07-glenrothes", "shape": "folder", "files": files,
            "description": "CMC, region 1: Education far past 60 (three institute years, a master's, an "
                           "academy session, the Annual Conference) so the excess goes to Experience (R10); a "
                           "clerk letter stating neither employment type nor administration (full-time and "
                           "administrative by default); a re-scan of Year 2 (DUPLICATE); a session of 0.75 "
                           "hours (BELOW_MINIMUM_HOURS).",
            "manifest": {"applicant": {"name": n, "member_id": "1190455", "region": 1, "membership": "full"},
                         "program": "CMC", "received_date": "2026-07-13"}}


PACKETS = [ashgrove, bramblecote, corriveau, dunleavy, elsinore, fairweather, glenrothes]
