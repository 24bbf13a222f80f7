"""The seven CMC packets. Flags are set from the rules (conventions.md, Flags)."""
from . import world as w
from .build import D, manifest

IIMC = w.IIMC


def b01():
    n = "Lorna J. Vickery"
    inst = w.INSTITUTES[1]
    sem = dict(provider=w.ASSOCIATIONS[0], title="Spring Clerks Seminar: Records Retention",
               start_date="2025-04-09", end_date="2025-04-10", location="Hotel Marisol, Harrowgate")
    return {"name": "b01-harrowgate", "shape": "folder",
            "description": "CMC, region 4: institute years, related bachelor's, clerk employment to "
                           "present over the 40-point cap, Education over 60 spilling to Experience.",
            "manifest": manifest("CMC", n, 4, "2026-10-14", member="210344"),
            "files": [
                ("01-application.pdf", [D("application_form", "application", p={"member": "210344", "town": "Harrowgate", "region": 4}, applicant_name=n)]),
                ("02-institute.pdf", [
                    D("certificate", "landscape", p={"signer_title": "Institute Director"}, applicant_name=n, provider=inst, title="Year 1",
                      start_date="2023-06-12", end_date="2023-06-16", hours=40, location="Ashby Hall, Tallwood University",
                      signatory="Dr. Simone Aldritch", assessment=True, activity="institute"),
                    D("certificate", "portrait", p={"signer_title": "Institute Director"}, applicant_name=n, provider=inst, title="Year 2",
                      start_date="2024-06-10", end_date="2024-06-14", hours=36, location="Ashby Hall, Tallwood University",
                      signatory="Dr. Simone Aldritch", assessment=True, activity="institute")]),
                ("03-transcript.pdf", [D("transcript", "transcript", p={"reg": 0, "courses": 10, "year0": 2007}, applicant_name=n,
                                         provider=w.COLLEGES[0], credit_units=124, degree="Bachelor of Arts in Public Administration",
                                         degree_date="2011-05-14", issue_date="2026-08-03", activity="degree")]),
                ("04-hr-letter.pdf", [D("employment_letter", "hr_prose", p={"present": True, "signer_title": "Director of Human Resources",
                                                                           "lines": ["100 Main Street", "Harrowgate"]},
                                        applicant_name=n, provider="City of Harrowgate", position="City Clerk",
                                        start_date="2015-03-02", end_date="2026-10-14", employment_type="full_time",
                                        administrative=True, sector="local", signatory="Monique Trask",
                                        issue_date="2026-09-22", activity="employment")]),
                ("05-state-course.pdf", [D("certificate", "verification", p={"signer_title": "Education Chair"}, applicant_name=n, hours=12,
                                           course_review=True, assessment=True, signatory="Elaine Moorcroft",
                                           activity="state_course", **sem)]),
                ("06-agenda.pdf", [D("agenda", "agenda", **sem)]),
            ]}


def b02():
    n, old = "Teresa M. Halvorsen", "Teresa M. Birkeland"
    return {"name": "b02-pell-crossing", "shape": "folder",
            "description": "CMC, region 2: maiden name on an institute certificate, part-time clerk "
                           "letters (admin stated / denied), region meeting by hours, online course "
                           "without assessment (NO_ASSESSMENT), 3-hour online course (BELOW_MINIMUM_HOURS), "
                           "committee member, a colleague's certificate (NAME_MISMATCH).",
            "manifest": manifest("CMC", n, 2, "2026-09-30", former=[old], member="188201"),
            "files": [
                ("a-cert-institute.pdf", [D("certificate", "landscape", p={"signer_title": "Director"}, applicant_name=old, provider=w.INSTITUTES[0],
                                            title="Year 1", start_date="2019-07-15", end_date="2019-07-19", hours=30,
                                            location="Campus Centre, Fallow Lake", signatory="Graham Oyelaran",
                                            assessment=True, activity="institute")]),
                ("b-hr-deputy.pdf", [D("employment_letter", "hr_fields", p={"signer_title": "Village Administrator", "lines": ["Village Hall", "Pell Crossing"]},
                                       applicant_name=n, provider="Village of Pell Crossing", position="Deputy Village Clerk",
                                       start_date="2016-01-04", end_date="2020-06-30", employment_type="part_time",
                                       administrative=True, sector="local", signatory="Howard Lindqvist",
                                       issue_date="2026-08-11", activity="employment")]),
                ("c-hr-earlier.pdf", [D("employment_letter", "hr_table", p={"signer_title": "Personnel Officer", "lines": ["Town Office", "Ferrow Mills"]},
                                        applicant_name=old, provider="Town of Ferrow Mills", position="Deputy Town Clerk",
                                        start_date="2012-09-04", end_date="2015-12-18", employment_type="part_time",
                                        administrative=False, sector="local", signatory="Beverly Osei",
                                        issue_date="2026-07-29", activity="employment")]),
                ("d-conference.pdf", [D("certificate", "landscape", p={"heading": "Certificate of Attendance", "attend": True, "signer_title": "Region Director"},
                                        applicant_name=n, provider=IIMC, title="Region II Meeting",
                                        start_date="2024-03-20", end_date="2024-03-22", hours=10,
                                        location="Pinecrest Lodge", signatory="Arlette Donnelly", activity="conference")]),
                ("e-online-noassess.pdf", [D("certificate", "online", ["NO_ASSESSMENT"], {"platform": w.PLATFORMS[0]},
                                             applicant_name=n, provider=w.ASSOCIATIONS[1], title="Public Records Requests Online",
                                             start_date="2025-01-20", end_date="2025-02-11", hours=8, delivery="online",
                                             assessment=False, course_review=True, activity="state_course")]),
                ("f-online-short.pdf", [D("certificate", "online", ["BELOW_MINIMUM_HOURS"], {"platform": w.PLATFORMS[1]},
                                          applicant_name=n, provider=w.TRAINERS[1], title="Minute Taking Essentials",
                                          start_date="2025-05-06", end_date="2025-05-06", hours=3, delivery="online",
                                          assessment=True, activity="course")]),
                ("g-committee.pdf", [D("letter", "service", p={"signer_title": "President", "lines": ["PO Box 88", "Lakeshore"]},
                                       applicant_name=n, provider=w.ASSOCIATIONS[0], title="Education Committee",
                                       start_date="2022-01-15", end_date="2024-01-14", years=2, signatory="Rosalind Achebe",
                                       issue_date="2025-11-03", activity="committee_member")]),
                ("h-mismatch.pdf", [D("certificate", "portrait", ["NAME_MISMATCH"], {"signer_title": "Education Chair"},
                                      applicant_name="Darlene K. Fitch", provider=w.ASSOCIATIONS[1],
                                      title="Election Law Update", start_date="2025-03-14", end_date="2025-03-14",
                                      hours=6, course_review=True, assessment=True, signatory="Paul Ventimiglia",
                                      activity="state_course")]),
            ]}


def b03():
    n = "Marcus Ilves"
    ath = dict(provider=IIMC, assessment=True, activity="athenian_dialogue", signatory="Corinne Leclair")
    return {"name": "b03-wendover-falls", "shape": "single",
            "description": "CMC, region 6, one scanned PDF: Athenian Dialogues before/after 2013-11-23, "
                           "Conference Academy session, CD-ROM course, annual conferences of 2007 (4) and "
                           "2021 (8), a first-person letter (FIRST_PERSON), county deputy clerk letter silent "
                           "on administration, to present.",
            "manifest": manifest("CMC", n, 6, "2026-11-02", member="230017"),
            "files": [("x", [
                D("certificate", "portrait", p={"signer_title": "Education Director"}, applicant_name=n, title="Athenian Leadership Dialogue: Civility in Public Life",
                  start_date="2012-10-05", end_date="2012-10-05", **ath),
                D("certificate", "landscape", p={"signer_title": "Education Director"}, applicant_name=n, title="Athenian Leadership Dialogue: Trust and Transparency",
                  start_date="2018-05-19", end_date="2018-05-19", **ath),
                D("certificate", "portrait", p={"signer_title": "Education Director"}, applicant_name=n, provider=IIMC,
                  title="Annual Conference Academy: Parliamentary Procedure", start_date="2019-05-20", end_date="2019-05-20",
                  assessment=True, signatory="Corinne Leclair", activity="conference_academy"),
                D("certificate", "online", p={"platform": "IIMC Learning Centre", "signer_title": "Education Director"}, applicant_name=n, provider=IIMC,
                  title="CD-ROM Course: Records Management Basics", start_date="2016-03-01", end_date="2016-03-01",
                  assessment=True, signatory="Corinne Leclair", activity="cd_rom"),
                D("certificate", "landscape", p={"heading": "Certificate of Attendance", "attend": True, "signer_title": "President"}, applicant_name=n, provider=IIMC,
                  title="61st Annual Conference", start_date="2007-05-20", end_date="2007-05-23",
                  location="Convention Centre, Port Ellery", signatory="Walter Pruitt", activity="annual_conference"),
                D("certificate", "landscape", p={"heading": "Certificate of Attendance", "attend": True, "signer_title": "President"}, applicant_name=n, provider=IIMC,
                  title="75th Annual Conference", start_date="2021-09-12", end_date="2021-09-15",
                  location="Bayfront Hall, Kessing", signatory="Anita Farrow", activity="annual_conference"),
                D("letter", "service", ["FIRST_PERSON"], {"org": "Marcus Ilves", "lines": ["14 Orchard Lane", "Wendover Falls"],
                  "body": "I attended the Spring Workshop on Municipal Elections on April 8, 2025, for 6 hours. "
                          "I ask that the Education Department credit these hours toward my CMC.",
                  "signer_title": "Deputy County Clerk"},
                  applicant_name=n, title="Spring Workshop on Municipal Elections", start_date="2025-04-08",
                  end_date="2025-04-08", hours=6, signatory=n, issue_date="2025-06-02", first_person=True,
                  activity="course"),
                D("employment_letter", "hr_fields", p={"present": True, "signer_title": "HR Manager", "lines": ["County Building", "Wendover Falls"]},
                  applicant_name=n, provider="County of Wendover", position="Deputy County Clerk",
                  start_date="2019-08-01", end_date="2026-11-02", employment_type="full_time", sector="local",
                  signatory="Ruth Abernethy-Cole", issue_date="2026-10-05", activity="employment"),
            ])]}


def ALL():
    return [b01(), b02(), b03()]
