"""The seven CMC packets of the osprey set."""

from . import letters as LT
from . import paper
from . import records as R
from . import world as WD
from .build import render_pdf
from .certificates import cert, diploma
from .common import IIMC, assoc, service, town
from .model import Doc, Packet, RawFile

NB = WD.INSTITUTES["northbrook"][0]


def app(name, mid, prog, region, dated):
    return R.application_form(name=name, member_id=mid, program=prog, region=region,
                              dated=dated)


def inst(name, title, s, e, h, v=0, hs="plain", ds="long", **kw):
    return cert(name=name, provider=NB, title=title, start=s, end=e, hours=h,
                location="Vandermeer State University, Northbrook", signatory="Edith R. Sorensen",
                role="Institute Director", variant=v, hours_style=hs, date_style=ds,
                activity="institute", seal_text="NORTHBROOK INSTITUTE * MUNICIPAL CLERKS * ",
                **kw)


def c01():
    n = "Dolores A. Whitcombe-Reyes"
    lar, lar_lines = town("larchmont")
    files = [
        ("01-application.pdf", [app(n, "208114", "CMC", 2, "2026-10-09")]),
        ("02-institute.pdf", [
            inst(n, "Year I - Foundations of the Clerk's Office", "2023-06-12", "2023-06-16", 36),
            inst(n, "Year II - Records, Elections and Meetings", "2024-06-10", "2024-06-14", 38,
                 v=1, hs="words"),
            inst(n, "Year III - Leadership in Local Government", "2025-06-09", "2025-06-13",
                 34, v=2, ds="us"),
            R.agenda(provider=NB, title="Year III - Leadership in Local Government",
                     start="2025-06-09", end="2025-06-13",
                     location="Kessler Hall, Vandermeer State University",
                     slots=[("Monday, June 9", [("8:00 - 8:30 a.m.", "Registration", ""),
                                                ("8:30 - 11:45 a.m.", "Leading Teams",
                                                 "Dr. A. Quist")]),
                            ("Tuesday, June 10", [("9:00 - 12:00", "Ethics Case Studies",
                                                   "J. Marlow, MMC")])]),
        ]),
        ("03-conferences.pdf", [
            cert(name=n, provider=IIMC, title="79th Annual Conference", start="2025-05-18",
                 end="2025-05-21", location="Grand Rapids, Michigan", hours=14.5,
                 signatory="Ines P. Mallory", role="IIMC President", variant=1,
                 heading="attendance", activity="annual_conference",
                 seal_text="IIMC * ANNUAL CONFERENCE * "),
            cert(name=n, provider=assoc("tamarack"), title="2025 Spring Conference",
                 start="2025-04-02", end="2025-04-04", days=3, location="Larchmont Falls",
                 signatory="Rory D. Quintrell", role="Association President", variant=2,
                 heading="participation", activity="conference"),
        ]),
        ("04-employment.pdf", [LT.employment(
            employer=lar, employer_lines=lar_lines, style="two_column", dated="2026-09-30",
            name=n, position="Town Clerk", start="2016-03-01", end="2026-10-15", present=True,
            ftype="full_time", admin=True, sector="local", signatory="Harlan B. Moss",
            role="Town Supervisor", wording=0,
            duties="As Town Clerk she supervises a staff of three and administers elections, "
                   "records management and the official seal of the Town.")]),
        ("05-committee.pdf", [service(
            name=n, body=assoc("tamarack"), body_lines=[WD.ASSOCIATIONS["tamarack"][1]],
            title="Legislative Committee", activity="committee_member", dated="2025-12-01",
            start=("2023-01-01", "January 2023"), end=("2024-12-31", "December 2024"),
            years=2, years_text="a period of two years", signatory="Rory D. Quintrell",
            role="President")]),
    ]
    return Packet("osprey_c01_three_years", {
        "applicant": {"name": n, "former_names": [], "member_id": "208114", "region": 2,
                      "membership": "full"},
        "program": "CMC", "received_date": "2026-10-15"}, files,
        "CMC: three institute years, annual conference over the 60 cap, clerk to present.",
        "institute years with hours in figures/words, agenda, annual conference spill-over, "
        "days-only conference, clerk full-time to present, committee years")


def c02():
    n = "Marcus J. Oyelaran Jr."
    sm = WD.COLLEGES["saltmarsh"]
    pel, pel_lines = town("pellham")
    deg = "Associate of Arts in Public Administration"
    files = [
        ("diploma.pdf", [diploma(name=n, college=sm[0], degree=deg, conferred="2014-05-16",
                                 president="Lorna V. Ashby", registrar="Peter K. Imbert",
                                 place="Port Ellery")]),
        ("transcript.pdf", [R.transcript(seed=22, name=n, student_id="S0041187", college=sm[0],
                                         office=sm[1], address=sm[2],
                                         terms=["Fall 2012", "Spring 2013", "Summer 2013",
                                                "Fall 2013", "Spring 2014"],
                                         degree=deg, conferred="2014-05-16",
                                         issued="2026-08-03", style=1, flags=["DUPLICATE"],
                                         credits_per=3)]),
        ("courses.pdf", [
            cert(name=n, provider=assoc("bayshore"), title="Parliamentary Procedure for Clerks",
                 start="2025-02-20", end="2025-02-21", hours=12, hours_style="words",
                 location="Port Ellery", signatory="Tomasz E. Vrabel", role="Education Chair",
                 course_review=True, review_no="IIMC Course Review approved No. 2025-041",
                 activity="state_course", variant=0, assessment=True,
                 extra=["A learning assessment was completed."]),
            cert(name=n, provider=WD.TRAINERS["civicskill"][0],
                 title="Open Records Requests Online", start="2025-09-01", end="2025-09-30",
                 hours=8, delivery="online", activity="course", variant=2,
                 extra=["Self-paced online course (100% web-based).",
                        "This course did not include a learning assessment."],
                 assessment=False, heading="completion", orientation="portrait",
                 signatory="Nadia Feldspar", role="Program Manager", date_style="us"),
            cert(name=n, provider=WD.TRAINERS["brightpath"][0], title="Minutes That Matter",
                 start="2025-10-07", end="2025-10-07", hours=3, delivery="online",
                 assessment=True, activity="course", variant=1,
                 extra=["Delivered online. Final quiz passed (learning assessment)."],
                 signatory="Colm Arbuthnot", role="Lead Instructor"),
            cert(name=n, provider=IIMC, title="Academy Session: Budget Basics for Clerks",
                 start="2024-05-20", end="2024-05-20", hours=2,
                 location="Orlando, Florida", activity="conference_academy", variant=2,
                 signatory="Ines P. Mallory", role="IIMC President"),
        ]),
        ("employment.pdf", [LT.employment(
            employer=pel, employer_lines=pel_lines, style="banner", dated="2025-08-01",
            name=n, position="Deputy City Clerk", start="2019-07-15", end="2025-07-14",
            ftype="part_time", sector="local", signatory="Ava-Marie Lindgren",
            role="Director of Human Resources", wording=1, hours_week=20)]),
        ("letter.pdf", [LT.letter(
            org=None, org_lines=[], style="plain", dated="2026-07-15",
            paragraphs=["I am writing to tell you about my service on the Bayshore Guild's "
                        "Membership Committee. I attended every meeting in 2024 and 2025 "
                        "and I prepared the new-member packet myself.",
                        "I hope this letter can count toward my Experience points."],
            signatory=n, role="Deputy City Clerk", flags=["FIRST_PERSON"],
            fields={"applicant_name": n, "provider": "Bayshore Guild",
                    "title": "Membership Committee", "first_person": True,
                    "activity": "committee_member", "start_date": "2024-01-01",
                    "end_date": "2025-12-31"},
            salutation="Dear IIMC,", closing="Respectfully,")]),
    ]
    return Packet("osprey_c02_deputy_part_time", {
        "applicant": {"name": n, "former_names": [], "member_id": "311902", "region": 4,
                      "membership": "full"},
        "program": "CMC", "received_date": "2026-08-10"}, files,
        "CMC: associate degree by diploma and transcript, online courses, first-person letter.",
        "diploma + transcript of one degree (DUPLICATE), course review, online without "
        "assessment, online under 4 h, part-time deputy, first-person letter")


def c03():
    n = "Priscilla M. van der Hoek"
    old = "Priscilla M. Dunleavy"
    rl = WD.COLLEGES["ridgeline"]
    pel, pel_lines = town("pellham")
    ok, ok_lines = town("okafor")
    conf = cert(name=n, provider=IIMC, title="78th Annual Conference", start="2024-05-19",
                end="2024-05-22", location="Orlando, Florida", signatory="Ines P. Mallory",
                role="IIMC President", heading="attendance", variant=0,
                activity="annual_conference", seal_text="IIMC * 1947 * CLERKS * ")
    conf_pdf, _ = render_pdf([conf], "copy")
    files = [
        ("a-institute.pdf", [
            inst(old, "Year 1 Program", "2012-07-09", "2012-07-13", 30, v=1),
            inst("Patricia M. Van Horn", "Year 2 Program", "2013-07-08", "2013-07-12", 30,
                 v=1, flags=["NAME_MISMATCH"]),
            inst(None, "Year 3 Program", "2014-07-07", "2014-07-09", 12, v=2,
                 flags=["MISSING_NAME"]),
        ]),
        ("b-transcript.pdf", [R.transcript(
            seed=33, name=n, student_id="RU-88-1043", college=rl[0], office=rl[1],
            address=rl[2], terms=["Fall 2006", "Spring 2007", "Fall 2007", "Spring 2008",
                                  "Fall 2008", "Spring 2009", "Fall 2009"],
            degree="Bachelor of Science in Biology", conferred="2009-12-19",
            issued="2026-05-11", style=2, registrar="Quentin A. Farrow")]),
        ("c-employment.pdf", [
            LT.employment(employer=pel, employer_lines=pel_lines, style="classic",
                          dated="2014-07-02", name=old,
                          position="Administrative Assistant to the City Manager",
                          start="2010-01-04", end="2014-06-30", ftype="full_time",
                          admin=True, sector="local", signatory="Ava-Marie Lindgren",
                          role="Director of Human Resources", wording=2,
                          duties="She supervised two clerical staff in the City Manager's "
                                 "office."),
            LT.employment(employer=ok, employer_lines=ok_lines, style="two_column",
                          dated="2026-09-01", name=n, position="Village Clerk",
                          start="2014-07-01", end="2026-09-20", present=True,
                          ftype="full_time", admin=None, sector="local",
                          signatory="Selwyn O. Adeyemi", role="Village Manager", wording=0,
                          stamp=["RECEIVED", "SEP 03 2026"]),
        ]),
        RawFile("d-conference-copy.jpg", lambda: paper.photocopy(conf_pdf, 303), conf),
        ("e-athenian.pdf", [cert(
            name=n, provider=IIMC, title="Athenian Leadership Dialogue: Civility in Public Life",
            start="2022-10-14", end="2022-10-15", location="Pellham", assessment=True,
            extra=["Reading and written reflection completed (assessment)."],
            signatory="Beatrix N. Olafsdottir", role="Dialogue Facilitator", variant=1,
            activity="athenian_dialogue", heading="achievement")]),
    ]
    return Packet("osprey_c03_former_name", {
        "applicant": {"name": n, "former_names": [old], "member_id": "190355", "region": 6,
                      "membership": "full"},
        "program": "CMC", "received_date": "2026-09-20"}, files,
        "CMC: documents under a former name, a stranger's certificate, an unnamed one.",
        "former name, NAME_MISMATCH, MISSING_NAME, unrelated bachelor, local admin then "
        "clerk over the 40 cap, photocopy (JPG), Athenian Dialogue, RECEIVED stamp")


def c04():
    n = "Theodore R. Blackwood III"
    st, st_lines = town("stavros")
    files = [
        ("certificates.pdf", [
            cert(name=n, provider=assoc("tamarack"), title="Election Law Update",
                 hours=6, location="Larchmont Falls", course_review=True,
                 review_no="IIMC Course Review No. 2024-113", activity="state_course",
                 signatory="Rory D. Quintrell", role="Association President",
                 flags=["MISSING_DATE"]),
            cert(name=n, provider=WD.TRAINERS["ledgerline"][0],
                 title="Managing Difficult Conversations", start="2025-03-03",
                 end="2025-03-05", location="Dunmore Flats", activity="course", variant=1,
                 signatory="Wendell Y. Krause", role="Seminar Leader",
                 flags=["MISSING_HOURS"]),
            inst(n, None, "2024-08-05", "2024-08-09", 32, v=2, flags=["MISSING_TITLE"]),
            inst(n, "Clerks Institute, Year One", "2023-08-07", "2023-08-11", 40, v=0,
                 hs="ceu"),
            cert(name=n, provider=assoc("tamarack"), title="Webinar: Retention Schedules 101",
                 start="2025-11-12", end="2025-11-12", hours=2, delivery="webinar",
                 assessment=True, course_review=True, activity="state_course",
                 extra=["Live interactive webinar; post-test completed."],
                 review_no="Course Review No. 2025-207", variant=1, orientation="portrait",
                 signatory="Rory D. Quintrell", role="Association President",
                 date_style="dmy"),
            cert(name=n, provider=IIMC, title="CD-ROM Course: The Clerk as Communicator",
                 issue="2022-02-14", activity="cd_rom", variant=2,
                 signatory="Ines P. Mallory", role="IIMC President"),
        ]),
        ("employment.pdf", [LT.employment(
            employer=st, employer_lines=st_lines, style="classic", dated="2026-02-10",
            name=n, position="Deputy Borough Clerk", start="2018-02-05", end="2026-02-04",
            ftype="full_time", admin=True, sector="local", signatory="Greta M. Haverford",
            role="Borough Administrator", wording=2, hours_week=40,
            duties="He manages the office of the Borough Clerk and supervises one assistant.")]),
        ("family-letter.pdf", [service(
            name=n, body=assoc("tamarack"), body_lines=[WD.ASSOCIATIONS["tamarack"][1]],
            title="Scholarship Committee", activity="committee_member", dated="2026-01-20",
            years=1, years_text="one year", signatory="Margaret A. Blackwood",
            role="Committee Secretary", relationship="wife", flags=["RELATIVE_AUTHOR"],
            extra="I can vouch for this personally, as his wife.")]),
        RawFile("scan-0007.pdf", lambda: b"PK\x03\x04 not really a pdf \x00\x01" * 40,
                Doc("other", {}, None, ["UNSUPPORTED_FILE"])),
    ]
    return Packet("osprey_c04_incomplete", {
        "applicant": {"name": n, "former_names": [], "member_id": "274460", "region": 1,
                      "membership": "full"},
        "program": "CMC", "received_date": "2026-03-01"}, files,
        "CMC: incomplete certificates, a webinar, a letter from the applicant's wife.",
        "MISSING_DATE, MISSING_HOURS, MISSING_TITLE, CEUs, webinar with assessment, CD-ROM, "
        "deputy full-time, RELATIVE_AUTHOR, UNSUPPORTED_FILE")


def c05():
    n = "Alistair P. Fennimore-Gault"
    vd = WD.COLLEGES["vandermeer"]
    mc, mc_lines = town("marrow")
    hw, hw_lines = town("hollis")
    files = [
        ("credits.pdf", [R.transcript(
            seed=55, name=n, student_id="00-771-204", college=vd[0], office=vd[1],
            address=vd[2], terms=["Autumn 2019", "Winter 2020"], issued="2026-04-02",
            style=0, registrar="Honora J. Pike", credits_per=3)]),
        ("training.pdf", [
            cert(name=n, provider="Cascadia Business College",
                 title="Office Records and Filing Systems", start="2024-01-08",
                 end="2024-02-26", hours=30, hours_style="clock", location="Olwen",
                 activity="vocational", signatory="Lydia S. Marchetti", role="Registrar",
                 variant=2, heading="completion", orientation="portrait", date_style="dmy"),
            cert(name=n, provider=WD.TRAINERS["ledgerline"][0],
                 title="Budget Hearings and Public Notice", start="2024-09-16",
                 end="2024-09-18", hours=18, location="Olwen", activity="course",
                 signatory="Wendell Y. Krause", role="Seminar Leader", variant=1,
                 date_style="dmy"),
            cert(name=n, provider="IIMC Region X", title="Region X Meeting",
                 start="2025-09-28", end="2025-09-30", hours=7.5, location="Olwen",
                 activity="conference", signatory="Fergus T. O'Halloran",
                 role="Region X Director", variant=0, heading="attendance"),
            inst(n, "Clerks Institute, Levels I and II", "2023-04-24", "2023-05-05", 44, v=1,
                 ds="dmy"),
        ]),
        ("employment-a.pdf", [LT.employment(
            employer=hw, employer_lines=hw_lines, style="banner", dated="2015-01-09",
            name=n, position="Escrow Office Manager", start="2008-06-01", end="2014-12-31",
            ftype="full_time", admin=True, sector="business", signatory="Corinne Wren",
            role="President", wording=1,
            duties="He managed the office and supervised four escrow assistants.")]),
        ("employment-b.pdf", [LT.employment(
            employer=mc, employer_lines=mc_lines, style="classic", dated="2025-01-15",
            name=n, position="Township Clerk", start="2015-01-01", end="2024-12-31",
            ftype="part_time", admin=False, sector="local", signatory="Jonas E. Brightwater",
            role="Township Chair", wording=0, hours_week=15,
            duties="The position carries no administrative responsibility; the Township "
                   "Administrator supervises the office.")]),
        RawFile("phone-photo.png", lambda: paper.blank_smudge(505),
                Doc("other", {}, None, ["UNREADABLE"])),
    ]
    return Packet("osprey_c05_region_ten", {
        "applicant": {"name": n, "former_names": [], "member_id": "402277", "region": 10,
                      "membership": "full"},
        "program": "CMC", "received_date": "2026-04-20"}, files,
        "CMC Region 10: credits, vocational and unreviewed courses on the Education side.",
        "Region 10 rows (credits, vocational, course), region meeting hours, business "
        "admin, part-time clerk without admin duties, UNREADABLE photo")


def c06():
    n = "Rosalind K. Achterberg"
    rv, rv_lines = town("state_rev")
    dr, dr_lines = town("drummond")
    y2 = dict(title="Year 2 - Advanced Records", s="2021-09-13", e="2021-09-17", h=36)
    files = [
        ("year2-again.pdf", [inst(n, y2["title"], y2["s"], y2["e"], y2["h"], v=1)]),
        ("year2.pdf", [inst(n, y2["title"], y2["s"], y2["e"], y2["h"], v=1,
                            flags=["DUPLICATE"])]),
        ("year1.pdf", [inst(n, "Year 1 - The Clerk's Office", "2020-09-14", "2020-09-18", 50,
                            v=0, ds="abbr")]),
        ("zz-others.pdf", [
            cert(name=n, provider=IIMC, title="62nd Annual Conference", start="2008-05-18",
                 end="2008-05-21", location="Atlanta, Georgia", hours=12,
                 signatory="Walter G. Pruitt", role="IIMC President", variant=2,
                 heading="attendance", activity="annual_conference"),
            cert(name=n, provider=IIMC, title="Online Course: Electronic Records Essentials",
                 start="2025-02-03", end="2025-03-14", hours=10, delivery="online",
                 assessment=True, activity="iimc_online", variant=1,
                 extra=["IIMC online learning program; final assessment passed."],
                 signatory="Ines P. Mallory", role="IIMC President", date_style="us"),
            service(name=n, body=assoc("highplains"),
                    body_lines=[WD.ASSOCIATIONS["highplains"][1]],
                    title="Education Committee", activity="committee_chair",
                    dated="2025-11-03", years=3, years_text="three years",
                    start=("2022-01-01", "January 1, 2022"),
                    end=("2024-12-31", "December 31, 2024"),
                    signatory="Ignatius V. Pelletier", role="Executive Director"),
            service(name=n, body=assoc("highplains"),
                    body_lines=[WD.ASSOCIATIONS["highplains"][1]],
                    title="Agenda Management Essentials", activity="teaching_state",
                    dated="2025-04-11", hours=3, signatory="Ignatius V. Pelletier",
                    role="Executive Director", style="banner"),
            LT.employment(employer=rv, employer_lines=rv_lines, style="two_column",
                          dated="2017-09-01", name=n, position="Revenue Program Supervisor",
                          start="2011-09-01", end="2017-08-31", ftype="full_time",
                          admin=True, sector="state_federal", signatory="Delphine U. Kray",
                          role="Personnel Officer", wording=2,
                          duties="She supervised a unit of six tax examiners."),
            LT.employment(employer=dr, employer_lines=dr_lines, style="banner",
                          dated="2026-07-20", name=n, position="County Recorder",
                          start="2017-09-05", end="2026-08-01", present=True,
                          ftype="full_time", admin=None, sector="local",
                          signatory="Marisol T. Quayle", role="Personnel Director",
                          wording=1),
        ]),
    ]
    return Packet("osprey_c06_again_and_again", {
        "applicant": {"name": n, "former_names": [], "member_id": "155083", "region": 8,
                      "membership": "retired"},
        "program": "CMC", "received_date": "2026-08-01"}, files,
        "CMC: the same institute certificate in two files, a 2008 annual conference.",
        "DUPLICATE by file order, pre-2009 annual conference (4), IIMC online (null), "
        "committee chair years, teaching (no CMC row), state admin, recorder to present")


def c07():
    n = "Gwendolyn O. Castellanos-Pike"
    rl = WD.COLLEGES["ridgeline"]
    dr, dr_lines = town("drummond")
    docs = [
        app(n, "377120", "CMC", 3, "2026-06-15"),
        inst(n, "First Year Curriculum", "2021-03-15", "2021-03-19", 40, v=2, ds="us"),
        R.transcript(seed=77, name=n, student_id="7719-2040", college=rl[0], office=rl[1],
                     address=rl[2], terms=["Fall 2001", "Spring 2002", "Fall 2002",
                                           "Spring 2003", "Fall 2003"],
                     degree="Bachelor of Arts in Political Science", conferred="2004-05-08",
                     issued="2026-05-30", style=1, registrar="Quentin A. Farrow"),
        R.agenda(provider=assoc("highplains"), title="Fall Clerks Conference",
                 start="2025-10-29", end="2025-11-01", location="Dunmore Flats Civic Center",
                 slots=[("Wednesday", [("1:00 - 4:00 p.m.", "Open Meetings Law", "K. Osei")]),
                        ("Thursday", [("8:30 - 10:00", "Keynote", "L. Marchetti"),
                                      ("10:15 - 12:00", "Records Disposal", "T. Vrabel")])]),
        cert(name=n, provider=assoc("highplains"), title="Fall Clerks Conference",
             start="2025-10-29", end="2025-11-01", hours=12, location="Dunmore Flats",
             activity="conference", signatory="Ignatius V. Pelletier",
             role="Executive Director", variant=1, heading="attendance"),
        LT.employment(employer=dr, employer_lines=dr_lines, style="classic",
                      dated="2026-06-01", name=n, position="Deputy County Clerk",
                      start="2020-01-13", end="2026-06-30", present=True, sector="local",
                      signatory="Marisol T. Quayle", role="Personnel Director", wording=2),
        service(name=n, body=assoc("highplains"), body_lines=[WD.ASSOCIATIONS["highplains"][1]],
                title="Nominating Committee", activity="committee_member",
                dated="2025-12-15", years=1, years_text="for a one-year term",
                signatory="Ignatius V. Pelletier", role="Executive Director"),
    ]
    return Packet("osprey_c07_scanner_bundle", {
        "applicant": {"name": n, "former_names": [], "member_id": "377120", "region": 3,
                      "membership": "additional_full"},
        "program": "CMC", "received_date": "2026-06-30"}, [("bundle", docs)],
        "CMC single PDF: seven documents back to back.",
        "single-PDF shape, related bachelor with a reversed upper-case name, conference "
        "across months with agenda, deputy with no stated type", single_pdf=True)


PACKETS = [c01, c02, c03, c04, c05, c06, c07]
