"""The five MMC packets. Flags are set from the rules (conventions.md, Flags)."""
from . import world as w
from .build import D, manifest

IIMC = w.IIMC


def b08():
    n, printed = "Harold T. Ainsworth", "Harold T. Ainsworth, CMC"
    aca = dict(applicant_name=printed, provider=w.INSTITUTES[0], location="Campus Centre, Fallow Lake",
               signatory="Graham Oyelaran", assessment=True, activity="institute")
    return {"name": "b08-quarry-hill", "shape": "folder",
            "description": "MMC, region 5, CMC 2019-06-14: academy modules (one from 2018: "
                           "PREDATES_DESIGNATION), IIMC Board member, committee chair for three terms, "
                           "association treasurer, teaching at an institute (either side, R9), on-the-job "
                           "project by hours, application form; names printed with the CMC post-nominal.",
            "manifest": manifest("MMC", n, 5, "2026-09-09", prior="2019-06-14", member="150876"),
            "files": [
                ("academy.pdf", [
                    D("certificate", "landscape", ["PREDATES_DESIGNATION"], {"signer_title": "Academy Director"}, title="Academy Module 0: Orientation",
                      start_date="2018-03-12", end_date="2018-03-15", hours=24, **aca),
                    D("certificate", "landscape", p={"signer_title": "Academy Director"}, title="Academy Module A",
                      start_date="2020-03-09", end_date="2020-03-12", hours=24, **aca),
                    D("certificate", "portrait", p={"signer_title": "Academy Director"}, title="Academy Module B",
                      start_date="2021-03-08", end_date="2021-03-11", hours=24, **aca)]),
                ("application.pdf", [D("application_form", "application", p={"program": "MMC", "member": "150876", "town": "Quarry Hill", "region": 5},
                                       applicant_name=n)]),
                ("board.pdf", [D("letter", "service", p={"signer_title": "Executive Director", "org": IIMC, "lines": ["Board of Directors"]},
                                 applicant_name=printed, provider=IIMC, title="Board of Directors", years=2,
                                 start_date="2021-05-16", end_date="2023-05-15", signatory="Renata Silvestri",
                                 issue_date="2023-06-01", activity="board_member")]),
                ("chair.pdf", [D("letter", "service", p={"signer_title": "President", "unit": "terms", "lines": ["Tri-Valley"]},
                                 applicant_name=printed, provider=w.ASSOCIATIONS[1], title="Membership Committee", years=3,
                                 signatory="Hollis Greer", issue_date="2024-12-02", activity="committee_chair")]),
                ("officer.pdf", [D("letter", "service", p={"signer_title": "Secretary", "office": "Treasurer", "lines": ["Tri-Valley"]},
                                   applicant_name=printed, provider=w.ASSOCIATIONS[1], title="Treasurer", years=2,
                                   start_date="2023-01-01", end_date="2024-12-31", signatory="Imogen Tate",
                                   issue_date="2025-01-22", activity="association_officer")]),
                ("onthejob.pdf", [D("letter", "service", p={"signer_title": "City Administrator", "lines": ["City Hall", "Quarry Hill"]},
                                    applicant_name=printed, provider="City of Quarry Hill",
                                    title="Digitization of the Council Minutes Archive", start_date="2023-01-09",
                                    end_date="2023-09-29", hours=40, signatory="Vernon Achterberg",
                                    issue_date="2023-10-12", activity="on_the_job")]),
                ("teaching.pdf", [D("letter", "service", p={"signer_title": "Institute Director", "lines": ["Fallow Lake"]},
                                    applicant_name=printed, provider=w.INSTITUTES[0], title="Ethics for Clerks",
                                    start_date="2024-07-16", end_date="2024-07-16", hours=6, signatory="Graham Oyelaran",
                                    issue_date="2024-08-01", activity="teaching_institute")]),
            ]}


def b09():
    n = "Beatrix L. Coldwell"
    dia = [("2017-04-21", "Leading Through Change"), ("2018-04-20", "The Ethics of Public Service"),
           ("2019-04-26", "Civic Trust"), ("2020-10-09", "Courage in Governance"),
           ("2021-04-23", "Stewardship and the Common Good"), ("2022-04-22", "Listening Leadership"),
           ("2023-04-21", "Democracy and Dialogue")]
    docs = [D("certificate", ["portrait", "landscape"][i % 2], p={"signer_title": "Education Director"}, applicant_name=n, provider=IIMC,
              title=f"Athenian Dialogue: {t}", start_date=d, end_date=d, assessment=True,
              signatory="Corinne Leclair", activity="athenian_dialogue") for i, (d, t) in enumerate(dia)]
    return {"name": "b09-aspen-forks", "shape": "folder",
            "description": "MMC, region 7, CMC 2016-09-01: an unused master's degree conferred before the "
                           "CMC (no flag, R13), a certification of 300 hours, seven Athenian Dialogues "
                           "against the 18-point cap (the seventh gets 0).",
            "manifest": manifest("MMC", n, 7, "2026-05-20", prior="2016-09-01", member="164420"),
            "files": [
                ("athenian.pdf", docs),
                ("cpm.pdf", [D("certificate", "portrait", p={"heading": "Certificate of Certification", "signer_title": "Chair"},
                               applicant_name=n, provider=w.CERTIFIERS[1], title="Certified Public Manager Program",
                               start_date="2018-01-08", end_date="2019-05-24", hours=300, signatory="Leopold Ferrante",
                               activity="certification")]),
                ("degree.pdf", [D("transcript", "transcript", p={"reg": 1, "courses": 6, "year0": 2010},
                                  applicant_name=n, provider=w.COLLEGES[0], credit_units=36,
                                  degree="Master of Public Administration", degree_date="2012-05-19",
                                  issue_date="2026-02-14", activity="degree")]),
            ]}


def b10():
    n = "Yusuf Abernathy"
    return {"name": "b10-port-calloway", "shape": "single",
            "description": "MMC, region 9, CMC 2020-02-10, one scanned PDF: a first-person letter "
                           "(FIRST_PERSON), a letter from someone of the applicant's family name "
                           "(RELATIVE_AUTHOR), a 2019 conference (PREDATES_DESIGNATION), a league conference "
                           "by days, a published article, officer of a related association, college credits, "
                           "the 2022 annual conference (either side).",
            "manifest": manifest("MMC", n, 9, "2026-10-27", prior="2020-02-10", member="172233"),
            "files": [("x", [
                D("letter", "service", ["FIRST_PERSON"], {"org": n, "lines": ["5 Ferry Street", "Port Calloway"], "signer_title": "City Clerk",
                  "body": "I served as a member of the Technology Committee of the Lakeshore Municipal Clerks "
                          "Association for two years, from March 1, 2021 to February 28, 2023. I ask that "
                          "this service be counted toward my MMC."},
                  applicant_name=n, provider=w.ASSOCIATIONS[0], title="Technology Committee", years=2,
                  start_date="2021-03-01", end_date="2023-02-28", signatory=n, issue_date="2026-09-01",
                  first_person=True, activity="committee_member"),
                D("letter", "service", ["RELATIVE_AUTHOR"], {"signer_title": "Chair, Awards Committee", "lines": ["Lakeshore"]},
                  applicant_name=n, provider=w.ASSOCIATIONS[0], title="Awards Committee", years=1,
                  start_date="2024-01-01", end_date="2024-12-31", signatory="Sandra Abernathy",
                  issue_date="2025-01-15", activity="committee_member"),
                D("certificate", "verification", ["PREDATES_DESIGNATION"], {"signer_title": "Conference Chair"}, applicant_name=n,
                  provider=w.ASSOCIATIONS[0], title="Annual Conference of the Lakeshore Municipal Clerks Association",
                  start_date="2019-10-02", end_date="2019-10-04", hours=14, location=w.VENUES[1],
                  signatory="Elaine Moorcroft", activity="conference"),
                D("certificate", "verification", p={"heading": "Certificate of Attendance", "signer_title": "Executive Director"},
                  applicant_name=n, provider=w.LEAGUES[1], title="Bayside Municipal League Annual Conference",
                  start_date="2023-09-13", end_date="2023-09-15", days=3, location=w.VENUES[3],
                  signatory="Martin Oduya", activity="conference"),
                D("letter", "service", p={"signer_title": "Editor", "lines": ["Quarterly Journal"]}, applicant_name=n,
                  provider=w.CERTIFIERS[0], title="Retention Schedules That Work",
                  start_date="2024-04-01", end_date="2024-04-30", signatory="Priya Wendt", issue_date="2024-05-10",
                  activity="personal_accomplishment"),
                D("letter", "service", p={"signer_title": "Chapter President", "office": "Secretary", "lines": ["Harbour Chapter"]},
                  applicant_name=n, provider=w.CERTIFIERS[0], title="Secretary", years=2,
                  start_date="2022-07-01", end_date="2024-06-30", signatory="Desmond Kerr", issue_date="2024-07-08",
                  activity="related_officer"),
                D("transcript", "transcript", p={"reg": 0, "courses": 3, "year0": 2022, "offset": 2}, applicant_name=n,
                  provider=w.COLLEGES[1], credit_units=9, issue_date="2025-01-10", activity="college_credits"),
                D("certificate", "landscape", p={"heading": "Certificate of Attendance", "attend": True, "signer_title": "President"},
                  applicant_name=n, provider=IIMC, title="76th Annual Conference", start_date="2022-05-15",
                  end_date="2022-05-18", location="Harbourside Convention Centre", signatory="Anita Farrow",
                  activity="annual_conference"),
            ])]}


def b11():
    n = "Constance Ebbesen"
    lv = dict(applicant_name=n, provider=w.INSTITUTES[1], hours=40, location="Ashby Hall, Tallwood University",
              signatory="Dr. Simone Aldritch", assessment=True, activity="institute")
    return {"name": "b11-brierfield", "shape": "folder",
            "description": "MMC, region 1, CMC 2017-04-20: 71 Advanced Education points, capped at 60 with "
                           "the excess counted as combination points (R10); an online seminar with assessment "
                           "and teaching for a state course (either side), an online seminar without "
                           "assessment (NO_ASSESSMENT: Professional Contribution only), committee member, "
                           "CD-ROM, Conference Academy session.",
            "manifest": manifest("MMC", n, 1, "2026-03-15", prior="2017-04-20", member="158890"),
            "files": [
                ("academy-session.pdf", [D("certificate", "portrait", p={"signer_title": "Education Director"}, applicant_name=n, provider=IIMC,
                                           title="Annual Conference Academy: Strategic Planning", start_date="2023-05-21",
                                           end_date="2023-05-21", assessment=True, signatory="Corinne Leclair",
                                           activity="conference_academy")]),
                ("academy.pdf", [D("certificate", s, p={"signer_title": "Director"}, title=t, start_date=a, end_date=b, **lv)
                                 for s, t, a, b in [("landscape", "Master Academy Level I", "2018-06-11", "2018-06-15"),
                                                    ("portrait", "Master Academy Level II", "2019-06-10", "2019-06-14"),
                                                    ("landscape", "Master Academy Level III", "2020-06-08", "2020-06-12")]]),
                ("cdrom.pdf", [D("certificate", "online", p={"platform": "IIMC Learning Centre"}, applicant_name=n, provider=IIMC,
                                 title="CD-ROM Course: Ethics in Local Government", start_date="2021-11-03",
                                 end_date="2021-11-03", assessment=True, activity="cd_rom")]),
                ("committee.pdf", [D("letter", "service", p={"signer_title": "Committee Staff Liaison", "org": IIMC, "lines": ["Committees"]},
                                     applicant_name=n, provider=IIMC, title="Membership Committee", years=3,
                                     start_date="2021-06-01", end_date="2024-05-31", signatory="Renata Silvestri",
                                     issue_date="2024-06-20", activity="committee_member")]),
                ("seminar-noassess.pdf", [D("certificate", "online", ["NO_ASSESSMENT"], {"platform": w.PLATFORMS[0]},
                                            applicant_name=n, provider=w.TRAINERS[2], title="Managing Public Records Online",
                                            start_date="2024-09-02", end_date="2024-10-11", hours=18, delivery="online",
                                            assessment=False, activity="course")]),
                ("seminar-online.pdf", [D("certificate", "online", p={"platform": w.PLATFORMS[1]}, applicant_name=n,
                                          provider=w.TRAINERS[1], title="Conflict Resolution for Public Employees",
                                          start_date="2025-01-13", end_date="2025-02-21", hours=12, delivery="online",
                                          assessment=True, activity="course")]),
                ("state.pdf", [D("certificate", "verification", p={"signer_title": "Education Chair"}, applicant_name=n, provider=w.ASSOCIATIONS[0],
                                 title="Advanced Minutes and Resolutions", start_date="2022-04-06", end_date="2022-04-07",
                                 hours=16, location=w.VENUES[1], course_review=True, assessment=True,
                                 signatory="Elaine Moorcroft", activity="state_course")]),
                ("teaching-state.pdf", [D("letter", "service", p={"signer_title": "Education Chair", "lines": ["Lakeshore"]},
                                          applicant_name=n, provider=w.ASSOCIATIONS[0], title="Writing Clear Minutes",
                                          start_date="2025-04-10", end_date="2025-04-10", hours=8,
                                          signatory="Elaine Moorcroft", issue_date="2025-04-30", activity="teaching_state")]),
            ]}


def b12():
    n = "Rupert K. Anand"
    st = dict(applicant_name=n, provider=w.ASSOCIATIONS[2], title="Public Meetings Law Intensive",
              start_date="2024-11-12", end_date="2024-11-13", hours=12, location=w.VENUES[2], course_review=True,
              assessment=True, signatory="Felicity Haraldsen", activity="state_course")
    return {"name": "b12-saltmarsh", "shape": "folder",
            "description": "MMC, region 3, CMC 2018-11-05: the same certificate scanned twice (DUPLICATE on "
                           "scan-2.pdf), a 3-hour hybrid course (BELOW_MINIMUM_HOURS), teaching for a state "
                           "course, an IIMC committee chair, a 2017 agenda (PREDATES_DESIGNATION, R15), an "
                           "employment letter (no MMC row), the 2025 annual conference.",
            "manifest": manifest("MMC", n, 3, "2026-12-01", prior="2018-11-05", member="181115"),
            "files": [
                ("agenda-2017.pdf", [D("agenda", "agenda", ["PREDATES_DESIGNATION"], provider=w.ASSOCIATIONS[2],
                                       title="Fall Clerks Conference", start_date="2017-10-18", end_date="2017-10-19",
                                       location=w.VENUES[2])]),
                ("annual.pdf", [D("certificate", "landscape", p={"heading": "Certificate of Attendance", "attend": True, "signer_title": "President"},
                                  applicant_name=n, provider=IIMC, title="79th Annual Conference", start_date="2025-05-18",
                                  end_date="2025-05-21", location="Riverside Convention Centre", signatory="Anita Farrow",
                                  activity="annual_conference")]),
                ("chair.pdf", [D("letter", "service", p={"signer_title": "President", "org": IIMC, "lines": ["Committees"]},
                                 applicant_name=n, provider=IIMC, title="Resolutions Committee", years=2,
                                 start_date="2022-06-01", end_date="2024-05-31", signatory="Renata Silvestri",
                                 issue_date="2024-06-14", activity="committee_chair")]),
                ("hr.pdf", [D("employment_letter", "hr_table", p={"present": True, "signer_title": "HR Director", "lines": ["Town Hall", "Saltmarsh"]},
                              applicant_name=n, provider="Town of Saltmarsh", position="Town Clerk", start_date="2014-02-03",
                              end_date="2026-12-01", employment_type="full_time", administrative=True, sector="local",
                              signatory="Agnes Whitlow", issue_date="2026-11-10", activity="employment")]),
                ("hybrid-short.pdf", [D("certificate", "portrait", ["BELOW_MINIMUM_HOURS"], {"signer_title": "Education Chair"},
                                        applicant_name=n, provider=w.ASSOCIATIONS[2], title="Hybrid Workshop: Agenda Software",
                                        start_date="2025-08-05", end_date="2025-08-12", hours=3, delivery="hybrid",
                                        assessment=True, course_review=True, signatory="Felicity Haraldsen",
                                        activity="state_course")]),
                ("scan-1.pdf", [D("certificate", "landscape", p={"signer_title": "Education Director"}, **st)]),
                ("scan-2.pdf", [D("certificate", "landscape", ["DUPLICATE"], {"signer_title": "Education Director"}, **st)]),
                ("teaching.pdf", [D("letter", "service", p={"signer_title": "Education Chair", "lines": ["Western Uplands"]},
                                    applicant_name=n, provider=w.ASSOCIATIONS[2], title="Records Retention Basics",
                                    start_date="2025-03-19", end_date="2025-03-19", hours=6, signatory="Felicity Haraldsen",
                                    issue_date="2025-04-02", activity="teaching_state")]),
            ]}


def ALL():
    return [b08(), b09(), b10(), b11(), b12()]
