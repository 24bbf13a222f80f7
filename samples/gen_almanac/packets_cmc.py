"""CMC packets c01-c04: institutes, HR letters, degrees, online courses, duplicates.

Each packet's description says what it exercises; truth is computed in `truth.py`.
"""

from __future__ import annotations

from .forms import Agenda, ApplicationForm
from .kit import PA_COURSES, d, seed, terms
from .layouts import Cert, Diploma
from .letters import Employment
from .model import File, Packet
from .records import Transcript
from .world import (
    ASSN_KENTUCKY,
    ASSN_MICHIGAN,
    ASSN_NEWMEXICO,
    ASSN_OREGON,
    CITY_JUNIPER,
    CITY_MAPLEHURST,
    CITY_PECAN,
    COL_LAKESHORE,
    COL_SANTAFE,
    COMPANY,
    COUNTY_BARLOW,
    IIMC,
    INST_BLUEGRASS,
    INST_CASCADE,
    INST_LAKES,
    INST_MESA,
    PLATFORM_LEARNGRID,
    STATE_AGENCY,
    TRAIN_CIVICPOINT,
    TRAIN_ELMWOOD,
    TRAIN_SUMMIT,
)

IN_COOP = "in cooperation with the International Institute of Municipal Clerks"


def c01() -> Packet:
    """A plain, complete packet: two institute years, an HR letter, association work."""
    nm, rec = "Rosalind M. Achterberg", d(2026, 10, 14)
    y1 = Cert(nm, INST_CASCADE, "Institute Year One", d(2022, 6, 13), d(2022, 6, 17), "institute",
              hours=40, location="Bend Ridge, Oregon", extra=[IN_COOP], layout=0, wording=0,
              signers=[("Lorraine Ebbesen", "Institute Director"), ("Marcus Tillinghast", "President")],
              seed=seed("c01", 1))
    y2 = Cert(nm, INST_CASCADE, "Institute Year Two", d(2023, 6, 12), d(2023, 6, 16), "institute",
              hours=40, location="Bend Ridge, Oregon", layout=0, wording=1, date_style="abbr",
              hours_style=2, signers=[("Lorraine Ebbesen", "Institute Director")], seed=seed("c01", 2),
              security=True)
    hr = Employment(nm, CITY_JUNIPER, "Deputy City Clerk", d(2019, 8, 5), None, rec, "local",
                    d(2026, 9, 30), ("Judith Okereke", "Human Resources Director"), "full_time", True,
                    style=0, wording=0, seed=seed("c01", 3),
                    duties="Her duties include records management, election administration and the "
                    "preparation of council agendas and minutes.")
    course = Cert(nm, ASSN_OREGON, "Public Records Law Update", d(2024, 3, 8), d(2024, 3, 8),
                  "state_course", hours=6, location="Salem Heights, Oregon", review_no="2024-0311",
                  layout=3, wording=2, signers=[("Samuel Brannigan", "Education Chair")],
                  seed=seed("c01", 4))
    conf = Cert(nm, ASSN_OREGON, "2024 OAMRC Spring Conference", d(2024, 4, 23), d(2024, 4, 25),
                "conference", days=3, location="Seaside Point, Oregon", layout=4, wording=3,
                signers=[("Nora Kettleworth", "Conference Chair")], seed=seed("c01", 5))
    agenda = Agenda(ASSN_OREGON, "2024 OAMRC Spring Conference", d(2024, 4, 23), d(2024, 4, 25),
                    "Seaside Point, Oregon", [
                        ("Tue 8:30 AM", "Opening General Session", "Nora Kettleworth"),
                        ("Tue 10:00 AM", "Minutes That Hold Up in Court", "Felix Aguirre-Moss"),
                        ("Tue 1:30 PM", "Election Security Roundtable", "Panel"),
                        ("Wed 9:00 AM", "Public Records Requests: Timelines", "Yvonne Delacroix"),
                        ("Wed 2:00 PM", "Clerk as Parliamentarian", "Colm Dunleavy"),
                        ("Thu 9:00 AM", "Closing Session and Awards", "Board of Directors")])
    return Packet("c01-achterberg", "CMC, Region 8: two institute years, an HR letter (to present), "
                  "a reviewed association course, a conference certificate stating days, its agenda "
                  "in the same file after a blank separator sheet.", "CMC",
                  {"name": nm, "member_id": "118402", "region": 8, "membership": "full"}, rec,
                  files=[File("01_institute_year1.pdf", [y1.doc()]),
                         File("02_institute_year2.pdf", [y2.doc()]),
                         File("03_hr_letter.pdf", [hr.doc()]),
                         File("04_oamrc.pdf", [course.doc(), None, conf.doc(), agenda.doc()])])


def c02() -> Packet:
    """Missing hours, a county memo capped at 40, business years, a vocational course, a copy."""
    nm, rec = "Delphine R. Castellanos", d(2026, 9, 21)
    y1 = Cert(nm, INST_BLUEGRASS, "Year I \u2013 Foundations of the Clerk's Office", d(2024, 7, 15),
              d(2024, 7, 19), "institute", hours=38.5, location="Harlan Springs, Kentucky", layout=1,
              wording=1, signers=[("Beatrice Lomax", "Director"), ("Leonard Pike", "Dean")],
              seed=seed("c02", 1))
    y2 = Cert(nm, INST_BLUEGRASS, "Year II \u2013 Leadership and Management", d(2025, 7, 14),
              d(2025, 7, 18), "institute", location="Harlan Springs, Kentucky", layout=2, wording=0,
              signers=[("Beatrice Lomax", "Director")], seed=seed("c02", 2))
    memo = Employment(nm, COUNTY_BARLOW, "Deputy County Clerk", d(2014, 1, 6), None, rec, "local",
                      d(2026, 8, 28), ("Raymond Osterhout", "Director of Human Resources"),
                      "full_time", None, style=1, wording=1, seed=seed("c02", 3),
                      duties="She maintains the fiscal court's minutes, land records and election filings.")
    biz = Employment(nm, COMPANY, "Office Manager", d(2009, 3, 2), d(2013, 12, 20), rec, "business",
                     d(2026, 8, 15), ("Patricia Wainwright", "Human Resources Manager"), "full_time",
                     True, style=0, wording=2, seed=seed("c02", 4))
    voc = Cert(nm, TRAIN_ELMWOOD, "Microsoft Excel for Office Professionals", d(2021, 2, 1),
               d(2021, 3, 22), "vocational", hours=24, location="Paducah Falls, Kentucky", layout=3,
               wording=0, extra=["Continuing Education Division"],
               signers=[("Trevor Hollins", "Registrar")], seed=seed("c02", 5))
    summit = Cert(nm, TRAIN_SUMMIT, "Managing Multiple Priorities and Deadlines", d(2025, 2, 11),
                  d(2025, 2, 11), "course", hours=6, location="Lexington, Kentucky", layout=5,
                  wording=0, signers=[("Agnes Whitlock", "Seminar Leader")], seed=seed("c02", 6)).doc()
    region = Cert(nm, ASSN_KENTUCKY, "IIMC Region III Meeting", d(2025, 4, 6), d(2025, 4, 8),
                  "conference", hours=10, location="Bowling Green Flats, Kentucky", layout=1, wording=3,
                  extra=["Hosted by the Kentucky Clerks and Treasurers League"],
                  signers=[("Leonard Pike", "League President")], stamp=rec, seed=seed("c02", 7))
    return Packet("c02-castellanos", "CMC, Region 3: an institute year without hours (MISSING_HOURS), "
                  "a county memo whose years pass the 40-point cap, years in business, a vocational "
                  "course (1 per 10 h), a region meeting stating hours, an outside seminar sent twice as the same file (the second, "
                  "'summit_priorities.pdf', sorts after 'summit_priorities (1).pdf': DUPLICATE).", "CMC",
                  {"name": nm, "member_id": "120977", "region": 3, "membership": "full"}, rec,
                  files=[File("bluegrass_y1.pdf", [y1.doc()]), File("bluegrass_y2.pdf", [y2.doc()]),
                         File("county_memo.pdf", [memo.doc()]), File("harbison_letter.pdf", [biz.doc()]),
                         File("elmwood_excel.pdf", [voc.doc()]),
                         File("region3_meeting.pdf", [region.doc()]),
                         File("summit_priorities (1).pdf", [summit], title="summit_priorities"),
                         File("summit_priorities.pdf", [summit], title="summit_priorities")])


def c03() -> Packet:
    """One scanner PDF: form, associate degree, three institute years, conference, letter, two odd ones."""
    nm, rec = "Priya N. Ramaswamy", d(2026, 8, 3)
    form = ApplicationForm(nm, "CMC", "114560", 4, "City of Maplehurst", d(2026, 7, 28), seed("c03", 0))
    aa = Transcript(nm, COL_LAKESHORE, "L00482213", terms(
        ["FALL 2008", "WINTER 2009", "FALL 2009", "WINTER 2010", "FALL 2010", "WINTER 2011"],
        PA_COURSES[:21], 4), d(2026, 6, 2), style=1,
        degree="Associate of Arts in Public Administration", degree_date=d(2011, 5, 14),
        seed=seed("c03", 1), rows_per_page=26)
    years = []
    for k, (title, y, lay) in enumerate([("Institute Year 1", 2021, 0), ("Institute Year 2", 2022, 2),
                                         ("Institute Year 3", 2023, 4)]):
        years.append(Cert(nm, INST_LAKES, title, d(y, 7, 12), d(y, 7, 16), "institute", hours=40,
                          location="Port Aldous, Michigan", layout=lay, wording=k + 2,
                          date_style=["long", "us", "abbr"][k], hours_style=k,
                          signers=[("Desmond Achebe", "Institute Director")], seed=seed("c03", 2, k)))
    ac = Cert(nm, IIMC, "IIMC 78th Annual Conference", d(2024, 5, 19), d(2024, 5, 22),
              "annual_conference", hours=16, location="Riverside Landing, California", layout=1,
              wording=2, signers=[("Mirela Popescu", "IIMC President")], seed=seed("c03", 3))
    hr = Employment(nm, CITY_MAPLEHURST, "City Clerk", d(2016, 4, 18), None, rec, "local",
                    d(2026, 7, 20), ("Gordon McTavish", "HR Generalist"), "full_time", True, style=2,
                    seed=seed("c03", 4))
    web = Cert(nm, ASSN_MICHIGAN, "Social Media and the Open Meetings Act", d(2025, 3, 12),
               d(2025, 3, 12), "course", hours=1.5, delivery="webinar", platform=PLATFORM_LEARNGRID,
               layout=3, wording=3, signers=[("Ingrid Solberg", "Education Coordinator")],
               seed=seed("c03", 5))
    other = Cert("Harold J. Whitcombe", ASSN_MICHIGAN, "Election Inspector Certification Refresher",
                 d(2025, 9, 9), d(2025, 9, 9), "state_course", hours=8, location="Lansing Falls, Michigan",
                 review_no="2025-0456", layout=0, wording=4,
                 signers=[("Ingrid Solberg", "Education Coordinator")], seed=seed("c03", 6))
    parts = [form.doc(), aa.doc(), None, *[y.doc() for y in years], ac.doc(), hr.doc(), web.doc(),
             other.doc()]
    return Packet("c03-ramaswamy", "CMC, Region 4, one PDF of the whole packet: form, a two-page "
                  "transcript conferring an associate degree (5), a blank separator, three institute "
                  "years (Education passes 60: the excess goes to Experience), an IIMC Annual "
                  "Conference (8 whatever hours), an HR table with 'Present', a webinar without "
                  "assessment (NO_ASSESSMENT, nothing), a colleague's certificate (NAME_MISMATCH).",
                  "CMC", {"name": nm, "member_id": "114560", "region": 4, "membership": "full"}, rec,
                  files=[File("scan.pdf", parts)], single_pdf=True)


def c04() -> Packet:
    """Former name on a degree, diploma plus transcript, online rules, state years, IIMC online."""
    nm, old, rec = "Esperanza Q. Marlowe", "Esperanza Quintana", d(2026, 7, 15)
    ba = "Bachelor of Arts in Political Science"
    dip = Diploma(old, COL_SANTAFE, ba, d(2008, 5, 17), [("Arturo Benavidez", "President"),
                                                         ("Lucille Boudreaux", "Registrar")],
                  seed("c04", 1), evidence="ba")
    tr = Transcript(old, COL_SANTAFE, "900-21-7781", terms(
        ["Fall 2004", "Spring 2005", "Fall 2005", "Spring 2006", "Fall 2006", "Spring 2007",
         "Fall 2007", "Spring 2008"], PA_COURSES, 3), d(2026, 5, 1), style=0, degree=ba,
        degree_date=d(2008, 5, 17), seed=seed("c04", 2), evidence="ba", rows_per_page=18,
        transfer=[("Taos Valley Community College (2003-2004)", 12.0)])
    rec_online = Cert(nm, ASSN_NEWMEXICO, "Records Retention Schedules", d(2025, 1, 6), d(2025, 2, 14),
                      "state_course", hours=8, delivery="online", assessment=True,
                      platform=PLATFORM_LEARNGRID, review_no="2024-0987", layout=2, wording=1,
                      signers=[("Vikram Desai", "Training Director")], seed=seed("c04", 3))
    elec = Cert(nm, ASSN_NEWMEXICO, "Election Law Essentials", d(2025, 3, 3), d(2025, 3, 31),
                "state_course", hours=6, delivery="online", assessment=False, review_no="2025-0102",
                layout=0, wording=0, signers=[("Vikram Desai", "Training Director")], seed=seed("c04", 4))
    budget = Cert(nm, TRAIN_CIVICPOINT, "Budget Basics for Clerks", d(2025, 4, 10), d(2025, 4, 10),
                  "course", hours=3, delivery="online", assessment=True, layout=5, wording=1,
                  signers=[("Owen Tremblay", "Program Manager")], seed=seed("c04", 5))
    y1 = Cert(nm, INST_MESA, "Institute Year 1", d(2023, 9, 18), d(2023, 9, 22), "institute", hours=36,
              location="Alamillo, New Mexico", layout=1, wording=3, extra=[IN_COOP],
              signers=[("Rosa Villase\u00f1or", "Institute Director")], seed=seed("c04", 6))
    state = Employment(old, STATE_AGENCY, "Program Specialist, Local Government Division",
                       d(2009, 7, 1), d(2013, 6, 30), rec, "state_federal", d(2026, 6, 10),
                       ("Ellen Fairchild", "Personnel Bureau Chief"), "full_time", True, style=1,
                       wording=2, date_style="us", dept="Personnel Bureau", seed=seed("c04", 7))
    city = Employment(nm, CITY_PECAN, "City Secretary", d(2013, 8, 12), None, rec, "local",
                      d(2026, 6, 22), ("Hugo Castellane", "City Manager"), "full_time", True, style=0,
                      wording=3, seed=seed("c04", 8))
    iimc = Cert(nm, IIMC, "Parliamentary Procedure for Clerks", d(2025, 10, 1), d(2025, 10, 31),
                "iimc_online", hours=6, delivery="online", assessment=True, layout=3, wording=0,
                extra=["IIMC Online Learning Program"], signers=[("Mirela Popescu", "IIMC President")],
                seed=seed("c04", 9))
    return Packet("c04-marlowe", "CMC, Region 6: a degree under a former name (diploma, then the "
                  "transcript of the same degree: DUPLICATE), online state courses with and without "
                  "assessment (NO_ASSESSMENT: Experience at 1 per 4 h), an online course under 4 h "
                  "(BELOW_MINIMUM_HOURS), state-agency years, city-secretary years capped at 40, an "
                  "IIMC online course (points left to a reviewer).", "CMC",
                  {"name": nm, "former_names": [old], "member_id": "109931", "region": 6,
                   "membership": "full"}, rec,
                  files=[File("degree_diploma.pdf", [dip.doc()]), File("degree_transcript.pdf", [tr.doc()]),
                         File("nmcfoa_records_online.pdf", [rec_online.doc()]),
                         File("nmcfoa_election_online.pdf", [elec.doc()]),
                         File("civicpoint_budget.pdf", [budget.doc()]),
                         File("highmesa_year1.pdf", [y1.doc()]), File("hr_state.pdf", [state.doc()]),
                         File("hr_pecan.pdf", [city.doc()]), File("iimc_online.pdf", [iimc.doc()])])


PACKETS = [c01, c02, c03, c04]
