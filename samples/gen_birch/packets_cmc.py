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


def b04():
    n = "Ingrid Soltvedt"
    return {"name": "b04-ostrander", "shape": "folder",
            "description": "CMC, region 10: the Regions 10-11 Education rows (course without review, "
                           "vocational course, college credits without a degree; ties go to Education), "
                           "a state course certificate without hours (MISSING_HOURS), a memo-style HR letter "
                           "to present, an institute 'Level I'.",
            "manifest": manifest("CMC", n, 10, "2026-08-19", member="301922"),
            "files": [
                ("course-noreview.pdf", [D("certificate", "portrait", p={"signer_title": "Lead Trainer"}, applicant_name=n, provider=w.TRAINERS[0],
                                           title="Effective Minute Writing", start_date="2024-02-12", end_date="2024-02-14",
                                           hours=18, location=w.VENUES[0], delivery="in_person", signatory="Ivo Marchetti",
                                           activity="course")]),
                ("credits.pdf", [D("transcript", "transcript", p={"reg": 1, "courses": 3, "year0": 2021, "offset": 4},
                                   applicant_name=n, provider=w.COLLEGES[1], credit_units=9,
                                   issue_date="2026-05-02", activity="college_credits")]),
                ("hr-memo.pdf", [D("employment_letter", "hr_memo", p={"present": True, "signer_title": "Township Administrator"},
                                   applicant_name=n, provider="Township of Ostrander", position="Deputy Clerk-Treasurer",
                                   start_date="2018-04-03", end_date="2026-08-19", employment_type="full_time",
                                   administrative=True, sector="local", signatory="Colm Varga", issue_date="2026-07-15",
                                   activity="employment")]),
                ("institute.pdf", [D("certificate", "landscape", p={"signer_title": "Academy Director"}, applicant_name=n, provider=w.INSTITUTES[2],
                                     title="Level I", start_date="2022-10-17", end_date="2022-10-19", hours=24,
                                     location="Harbourview Campus", signatory="Mireille Boucher", assessment=True,
                                     activity="institute")]),
                ("missing-hours.pdf", [D("certificate", "landscape", ["MISSING_HOURS"], {"signer_title": "President"},
                                         applicant_name=n, provider=w.ASSOCIATIONS[3], title="Annual Clerks' Workshop",
                                         start_date="2025-05-05", end_date="2025-05-07", course_review=True,
                                         signatory="Lachlan Dunmore", activity="state_course")]),
                ("vocational.pdf", [D("certificate", "verification", p={"heading": "Record of Training", "signer_title": "Registrar",
                                                                      "lines": ["Continuing Studies"]},
                                      applicant_name=n, provider="Ostrander Business College",
                                      title="Spreadsheet Skills for Office Professionals", start_date="2023-01-10",
                                      end_date="2023-03-14", hours=20, signatory="Noreen Falk", activity="vocational")]),
            ]}


def b05():
    n = "Grace A. Okafor"
    st = dict(applicant_name=n, provider=w.ASSOCIATIONS[2], title="Elections Administration Workshop",
              start_date="2023-10-03", end_date="2023-10-04", hours=14, location="Civic Hall Annex, Millbrook Ridge",
              course_review=True, assessment=True, signatory="Felicity Haraldsen", activity="state_course")
    deg = dict(applicant_name=n, provider=w.COLLEGES[2], degree="Bachelor of Science in Biology",
               degree_date="2005-06-11", activity="degree")
    return {"name": "b05-millbrook-ridge", "shape": "folder",
            "description": "CMC, region 8: the same certificate twice (cert-again.pdf before cert.pdf: "
                           "DUPLICATE on cert.pdf), a diploma and the transcript of the same unrelated degree "
                           "(DUPLICATE on the transcript), a local non-clerk administrative position, a clerk "
                           "letter signed by someone of the applicant's family name (RELATIVE_AUTHOR), a "
                           "committee chair letter (CMC: committee row).",
            "manifest": manifest("CMC", n, 8, "2026-07-07", member="177450"),
            "files": [
                ("cert-again.pdf", [D("certificate", "verification", p={"signer_title": "Education Director"}, **st)]),
                ("cert.pdf", [D("certificate", "verification", ["DUPLICATE"], {"signer_title": "Education Director"}, **st)]),
                ("degree-diploma.pdf", [D("certificate", "diploma", **deg)]),
                ("degree-transcript.pdf", [D("transcript", "transcript", ["DUPLICATE"], {"reg": 0, "courses": 9, "year0": 2001, "offset": 8},
                                             credit_units=121, issue_date="2026-03-12", **deg)]),
                ("hr-admin-assistant.pdf", [D("employment_letter", "hr_table", p={"signer_title": "Human Resources Director",
                                                                                "lines": ["City Hall", "Millbrook Ridge"]},
                                              applicant_name=n, provider="City of Millbrook Ridge",
                                              position="Administrative Assistant to the City Manager",
                                              start_date="2012-02-01", end_date="2017-01-31", employment_type="full_time",
                                              administrative=True, sector="local", signatory="Patricia Nwosu",
                                              issue_date="2026-06-01", activity="employment")]),
                ("hr-clerk.pdf", [D("employment_letter", "hr_prose", ["RELATIVE_AUTHOR"], {"present": True, "signer_title": "City Manager",
                                                                                         "lines": ["City Hall", "Millbrook Ridge"]},
                                    applicant_name=n, provider="City of Millbrook Ridge", position="City Clerk",
                                    start_date="2017-02-01", end_date="2026-07-07", employment_type="full_time",
                                    administrative=True, sector="local", signatory="Daniel Okafor",
                                    issue_date="2026-06-03", activity="employment")]),
                ("letter-chair.pdf", [D("letter", "service", p={"signer_title": "President", "lines": ["Western Uplands"]},
                                        applicant_name=n, provider=w.ASSOCIATIONS[2], title="Legislative Committee",
                                        years=3, start_date="2021-01-01", end_date="2023-12-31", signatory="Owen Rasmussen",
                                        issue_date="2024-02-20", activity="committee_chair")]),
            ]}


def b06():
    n = "Shirley P. Monahan"
    return {"name": "b06-cassadaga-bend", "shape": "single",
            "description": "CMC, region 3, one scanned PDF: a certificate without the applicant's name "
                           "(MISSING_NAME), one without any date (MISSING_DATE), a committee letter naming no "
                           "committee (MISSING_TITLE), an arguable degree (business administration: points left "
                           "to a reviewer), business employment, a clerk letter denying administrative "
                           "responsibility (no row: reviewer), the 2016 annual conference, an agenda.",
            "manifest": manifest("CMC", n, 3, "2026-06-01", member="199035"),
            "files": [("x", [
                D("certificate", "landscape", ["MISSING_NAME"], {"signer_title": "Director"}, provider=w.INSTITUTES[3], title="Year 3",
                  start_date="2024-07-08", end_date="2024-07-12", hours=32, location="Red Alder College",
                  signatory="Beatrice Omondi", assessment=True, activity="institute"),
                D("certificate", "portrait", ["MISSING_DATE"], {"signer_title": "Education Chair"}, applicant_name=n, provider=w.ASSOCIATIONS[1],
                  title="Budget Basics for Clerks", hours=8, course_review=True, assessment=True,
                  signatory="Paul Ventimiglia", activity="state_course"),
                D("letter", "service", ["MISSING_TITLE"], {"signer_title": "President", "lines": ["Tri-Valley"]},
                  applicant_name=n, provider=w.ASSOCIATIONS[1], years=2, start_date="2022-03-01", end_date="2024-02-29",
                  signatory="Hollis Greer", issue_date="2024-05-06", activity="committee_member"),
                D("transcript", "transcript", p={"reg": 1, "courses": 8, "year0": 2006, "offset": 2}, applicant_name=n, provider=w.COLLEGES[3],
                  credit_units=120, degree="Bachelor of Business Administration", degree_date="2009-12-18",
                  issue_date="2026-04-20", activity="degree"),
                D("employment_letter", "hr_prose", p={"signer_title": "Vice President", "lines": ["Suite 400", "Cassadaga Bend"]},
                  applicant_name=n, provider="Delmont Title & Escrow Co.", position="Office Manager",
                  start_date="2008-01-07", end_date="2013-03-29", employment_type="full_time", administrative=True,
                  sector="business", signatory="Gordon Pike", issue_date="2026-02-10", activity="employment"),
                D("employment_letter", "hr_fields", p={"present": True, "signer_title": "Town Manager", "lines": ["Town Hall"]},
                  applicant_name=n, provider="Town of Cassadaga Bend", position="Town Clerk", start_date="2013-04-01",
                  end_date="2026-06-01", employment_type="full_time", administrative=False, sector="local",
                  signatory="Lydia Strand", issue_date="2026-05-11", activity="employment"),
                D("certificate", "landscape", p={"heading": "Certificate of Attendance", "attend": True, "signer_title": "President"},
                  applicant_name=n, provider=IIMC, title="70th Annual Conference", start_date="2016-05-22",
                  end_date="2016-05-25", location="Lakefront Convention Centre", signatory="Walter Pruitt",
                  activity="annual_conference"),
                D("agenda", "agenda", provider=IIMC, title="70th Annual Conference", start_date="2016-05-22",
                  end_date="2016-05-25", location="Lakefront Convention Centre"),
            ])]}


def b07():
    n = "Elin Vasquez"
    return {"name": "b07-lintonville", "shape": "folder",
            "description": "CMC, region 11: a blank scan (UNREADABLE), a text file named .pdf "
                           "(UNSUPPORTED_FILE), a 2-hour webinar with assessment (no minimum), a hybrid "
                           "institute 'Module B', an IIMC online course (points left to a reviewer), a City "
                           "Secretary letter that ended, a committee letter from the applicant's husband "
                           "(RELATIVE_AUTHOR).",
            "manifest": manifest("CMC", n, 11, "2026-10-01", member="340118"),
            "files": [
                ("blank-scan.pdf", [D("other", "blank", ["UNREADABLE"])]),
                ("hr.pdf", [D("employment_letter", "hr_memo", p={"signer_title": "City Manager"}, applicant_name=n,
                              provider="City of Lintonville", position="City Secretary", start_date="2020-01-06",
                              end_date="2025-12-31", employment_type="full_time", administrative=True, sector="local",
                              signatory="Abel Frye", issue_date="2026-01-20", activity="employment")]),
                ("hybrid.pdf", [D("certificate", "portrait", p={"signer_title": "Academy Director"}, applicant_name=n, provider=w.INSTITUTES[3],
                                  title="Module B", start_date="2025-02-03", end_date="2025-03-28", hours=20,
                                  delivery="hybrid", assessment=True, signatory="Beatrice Omondi", activity="institute")]),
                ("iimc-online.pdf", [D("certificate", "online", p={"platform": "IIMC Online Learning", "signer_title": "Education Director"},
                                       applicant_name=n, provider=IIMC, title="Introduction to Parliamentary Procedure",
                                       start_date="2025-06-02", end_date="2025-06-20", hours=6, delivery="online",
                                       assessment=True, signatory="Corinne Leclair", activity="iimc_online")]),
                ("letter.pdf", b"Committee letter - draft\r\nSaved from a word processor as text, not printed to PDF.\r\n"),
                ("relative.pdf", [D("letter", "service", ["RELATIVE_AUTHOR"], {"signer_title": "Member, Bylaws Committee",
                                  "org": "Tomas Reyes", "lines": ["22 Quayside Road", "Lintonville"],
                                  "body": "My wife, Elin Vasquez, served on the Bylaws Committee of the Northshore "
                                          "Association of Municipal Clerks and Treasurers for two years, from "
                                          "January 10, 2023 to January 9, 2025. I can vouch for her work."},
                                  applicant_name=n, provider=w.ASSOCIATIONS[3], title="Bylaws Committee",
                                  start_date="2023-01-10", end_date="2025-01-09", years=2, signatory="Tomas Reyes",
                                  issue_date="2025-03-03", relationship="wife", activity="committee_member")]),
                ("webinar.pdf", [D("certificate", "online", p={"platform": w.PLATFORMS[1]}, applicant_name=n, provider=w.ASSOCIATIONS[0],
                                   title="Webinar: Open Meetings Compliance", start_date="2025-09-17", end_date="2025-09-17",
                                   hours=2, delivery="webinar", assessment=True, course_review=True, activity="state_course")]),
            ]}


def ALL():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07()]
