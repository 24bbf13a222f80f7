"""The five MMC packets of the osprey set."""

from . import letters as LT
from . import records as R
from . import world as WD
from .certificates import cert
from .common import IIMC, assoc, service, town
from .model import Packet

TW = WD.INSTITUTES["tidewater"][0]


def acad(name, title, s, e, h, v=0, ds="long", hs="plain", **kw):
    return cert(name=name, provider=TW, title=title, start=s, end=e, hours=h,
                location="Ridgeline University, Alder Park", signatory="Cyrus L. Navarre",
                role="Academy Director", second=("Hattie B. Lomax", "Dean of Continuing Studies"),
                variant=v, date_style=ds, hours_style=hs, activity="institute",
                seal_text="TIDEWATER ACADEMY * ADVANCED EDUCATION * ", **kw)


def man(n, mid, region, prior, received, former=()):
    return {"applicant": {"name": n, "former_names": list(former), "member_id": mid,
                          "region": region, "membership": "full"},
            "program": "MMC", "prior_designation_date": prior, "received_date": received}


def body_lines(key):
    return [WD.ASSOCIATIONS[key][1]]


def m01():
    n = "Bernadette L. Okonkwo-Hale"
    vd = WD.COLLEGES["vandermeer"]
    files = [
        ("academy.pdf", [
            acad(n, "Advanced Academy: Strategic Planning", "2021-10-04", "2021-10-06", 24),
            acad(n, "Advanced Academy: Public Finance for Clerks", "2023-10-02", "2023-10-05",
                 30, v=1, hs="words"),
            acad(n, "Advanced Academy: Leading Change", "2024-03-11", "2024-03-14", 28, v=2,
                 ds="dmy"),
        ]),
        ("certification.pdf", [cert(
            name=n, provider="Tamarack Center for Public Management",
            title="Certified Public Manager Program", start="2022-01-10", end="2023-06-30",
            hours=300, location="Larchmont Falls", activity="certification",
            signatory="Octavia R. Lund", role="Program Director", heading="achievement",
            variant=0, seal_text="CERTIFIED PUBLIC MANAGER * TAMARACK * ")]),
        ("seminar.pdf", [cert(
            name=n, provider=WD.TRAINERS["ledgerline"][0], title="Negotiation for Public Managers",
            start="2024-11-18", end="2024-11-19", hours=12, location="Dunmore Flats",
            activity="course", signatory="Wendell Y. Krause", role="Seminar Leader",
            variant=1)]),
        ("letters.pdf", [
            service(name=n, body=IIMC, body_lines=["8331 Utica Avenue, Suite 200"],
                    title="Board of Directors", activity="board_member", dated="2025-06-30",
                    years=2, years_text="for two years", signatory="Ines P. Mallory",
                    role="IIMC President", style="banner",
                    start=("2023-07-01", "July 2023"), end=("2025-06-30", "June 2025")),
            service(name=n, body=assoc("tamarack"), body_lines=body_lines("tamarack"),
                    title="Education Committee", activity="committee_chair",
                    dated="2024-12-20", years=2, years_text="two years",
                    signatory="Rory D. Quintrell", role="President"),
            service(name=n, body=WD.INSTITUTES["northbrook"][0],
                    body_lines=[WD.INSTITUTES["northbrook"][1]],
                    title="Records Retention in Practice", activity="teaching_institute",
                    dated="2025-07-01", hours=6, signatory="Edith R. Sorensen",
                    role="Institute Director"),
        ]),
        ("old-course.pdf", [cert(
            name=n, provider=assoc("tamarack"), title="Advanced Minute Taking",
            start="2018-04-10", end="2018-04-11", hours=8, course_review=True,
            review_no="IIMC Course Review approved", activity="state_course",
            location="Larchmont Falls", signatory="Rory D. Quintrell",
            role="Association President", variant=2)]),
        ("transcript.pdf", [R.transcript(
            seed=101, name=n, student_id="V-552-0193", college=vd[0], office=vd[1],
            address=vd[2], terms=["Fall 2001", "Spring 2002", "Fall 2002", "Spring 2003",
                                  "Fall 2003", "Spring 2004", "Fall 2004", "Spring 2005"],
            degree="Bachelor of Science in Public Administration", conferred="2005-05-14",
            issued="2026-02-18", style=0, registrar="Honora J. Pike")]),
        ("zz-conference.pdf", [cert(
            name=n, provider=IIMC, title="77th Annual Conference", start="2023-05-21",
            end="2023-05-24", location="Tacoma, Washington", signatory="Ines P. Mallory",
            role="IIMC President", heading="attendance", variant=1,
            activity="annual_conference")]),
    ]
    return Packet("osprey_m01_academy_and_board", man(n, "118820", 2, "2019-05-10",
                                                      "2026-10-01"), files,
                  "MMC: academy, CPM certification, board and chair, an old course.",
                  "academy hours, certification (7), either-side seminar, teaching and "
                  "annual conference placed by R9, pre-CMC course PREDATES, unused degree "
                  "before the CMC (no flag)")


def m02():
    n = "Cornelius T. Vasquez-Lindqvist Sr."
    sm = WD.COLLEGES["saltmarsh"]
    files = [
        ("01-service.pdf", [
            service(name=n, body=assoc("bayshore"), body_lines=body_lines("bayshore"),
                    title="Treasurer", activity="association_officer", dated="2025-10-10",
                    years=3, years_text="for three terms", signatory="Tomasz E. Vrabel",
                    role="Guild President"),
            service(name=n, body="Bayshore Records Managers Society",
                    body_lines=["41 Quay Street, Port Ellery"], title="Vice President",
                    activity="related_officer", dated="2025-09-01", years=2,
                    years_text="two years", signatory="Ottilie F. Brandt",
                    role="Society President", style="classic"),
            service(name=n, body="City of Pellham", body_lines=["200 Civic Center Plaza"],
                    title="Digitization of the Permanent Minute Books",
                    activity="on_the_job", dated="2025-03-31", hours=40,
                    signatory="Ava-Marie Lindgren", role="Director of Human Resources",
                    extra="The project was outside his daily duties."),
            service(name=n, body="Bayshore Clerk Quarterly",
                    body_lines=["Journal of the Bayshore Clerks and Recorders Guild"],
                    title="\"Ten Lessons from a Records Flood\"",
                    activity="personal_accomplishment", dated="2024-08-15",
                    signatory="Philippa J. Ng", role="Editor", style="banner"),
        ]),
        ("02-online.pdf", [
            cert(name=n, provider=WD.TRAINERS["civicskill"][0],
                 title="Leading Hybrid Public Meetings", start="2025-01-06", end="2025-02-14",
                 hours=10, delivery="online", activity="course", assessment=False,
                 extra=["Online, self-paced.", "No learning assessment was administered."],
                 signatory="Nadia Feldspar", role="Program Manager", variant=2,
                 orientation="portrait", date_style="us"),
            cert(name=n, provider=assoc("bayshore"), title="Webinar: Ethics Refresher",
                 start="2025-04-09", end="2025-04-09", hours=2, delivery="webinar",
                 assessment=True, course_review=True, activity="state_course",
                 review_no="IIMC Course Review No. 2025-019",
                 extra=["Interactive webinar with post-session assessment."],
                 signatory="Tomasz E. Vrabel", role="Guild President", variant=1),
        ]),
        ("03-conference.pdf", [
            R.agenda(provider=assoc("bayshore"), title="2019 Guild Conference",
                     start="2019-04-24", end="2019-04-26", location="Port Ellery Marine Hall",
                     slots=[("Day 1", [("9:00 - 10:30", "Welcome and Keynote", "P. Ng")])]),
            cert(name=n, provider=assoc("bayshore"), title="2025 Guild Conference",
                 start="2025-04-29", end="2025-05-01", days=3, location="Port Ellery",
                 activity="conference", signatory="Tomasz E. Vrabel", role="Guild President",
                 variant=0, heading="attendance"),
            cert(name=n, provider=IIMC, title="Athenian Dialogue: Lincoln's Team of Rivals",
                 start="2021-11-05", end="2021-11-05", assessment=True,
                 extra=["Assessment completed."], activity="athenian_dialogue",
                 signatory="Beatrix N. Olafsdottir", role="Facilitator", variant=1,
                 location="Port Ellery"),
        ]),
        ("04-credits.pdf", [R.transcript(
            seed=202, name=n, student_id="S0090231", college=sm[0], office=sm[1],
            address=sm[2], terms=["Fall 2021", "Spring 2022"], issued="2025-12-01", style=2,
            credits_per=2)]),
    ]
    return Packet("osprey_m02_contribution", man(n, "260177", 5, "2020-09-15",
                                                 "2026-01-10"), files,
                  "MMC: professional contribution of many kinds, online and webinar.",
                  "officer terms, related officer, on-the-job hours, publication, online "
                  "without assessment (PC only), webinar, days-only conference, agenda "
                  "before the CMC, credits without degree, Athenian Dialogue")


def m03():
    n = "Yvonne E. de la Cruz"
    files = [
        ("academy.pdf", [
            acad(n, "Academy Module A", "2018-02-05", "2018-02-08", 36),
            acad(n, "Academy Module B", "2019-02-04", "2019-02-07", 36, v=1, ds="us"),
            acad(n, "Academy Module C", "2020-02-03", "2020-02-04", 20, v=2),
        ]),
        ("iimc.pdf", [
            cert(name=n, provider=IIMC, title="Annual Conference Academy: Crisis Communication",
                 start="2022-05-15", end="2022-05-15", hours=3, location="Reno, Nevada",
                 activity="conference_academy", signatory="Ines P. Mallory",
                 role="IIMC President", variant=0),
            cert(name=n, provider=IIMC, title="76th Annual Conference", start="2022-05-15",
                 end="2022-05-18", location="Reno, Nevada", activity="annual_conference",
                 signatory="Ines P. Mallory", role="IIMC President", variant=1,
                 heading="attendance"),
            cert(name=n, provider=IIMC, title="78th Annual Conference", start="2024-05-19",
                 end="2024-05-22", location="Orlando, Florida", activity="annual_conference",
                 signatory="Ines P. Mallory", role="IIMC President", variant=2,
                 heading="attendance"),
            cert(name=n, provider=IIMC, title="CD-ROM: Ethics for Clerks", issue="2021-08-30",
                 activity="cd_rom", signatory="Ines P. Mallory", role="IIMC President",
                 variant=1, orientation="portrait"),
        ]),
        ("letters.pdf", [
            service(name=n, body=assoc("cascade"), body_lines=body_lines("cascade"),
                    title="Professional Development Committee", activity="committee_member",
                    dated="2025-02-01", years=4, years_text="four years",
                    signatory="Fergus T. O'Halloran", role="Council Chair"),
            service(name=n, body=assoc("cascade"), body_lines=body_lines("cascade"),
                    title="Public Records Fundamentals", activity="teaching_state",
                    dated="2025-05-30", hours=8, signatory="Fergus T. O'Halloran",
                    role="Council Chair", style="classic"),
            service(name=n, body="City of Olwen", body_lines=["City Hall, Olwen"],
                    title="the Olwen Centennial Archive", activity="on_the_job",
                    dated="2025-06-10", hours=24, signatory="Raymond J. de la Cruz",
                    role="Deputy Mayor", relationship="husband", flags=["RELATIVE_AUTHOR"],
                    extra="As her husband I watched her give many evenings to it."),
            LT.letter(org=None, org_lines=[], style="plain", dated="2025-07-01",
                      paragraphs=["I would like to describe the records disaster plan that I "
                                  "wrote for the City of Olwen in 2024. I spent 30 hours on it "
                                  "outside my daily duties."],
                      signatory=n, role="City Clerk, CMC", flags=["FIRST_PERSON"],
                      fields={"applicant_name": n, "provider": "City of Olwen",
                              "title": "records disaster plan", "hours": 30,
                              "first_person": True, "activity": "on_the_job"},
                      salutation="To whom it may concern,"),
        ]),
    ]
    return Packet("osprey_m03_family_and_self", man(n, "301266", 7, "2017-02-01",
                                                    "2025-09-01"), files,
                  "MMC: three academy modules, two annual conferences, a husband's letter.",
                  "academy, conference academy, two annual conferences placed by R9, CD-ROM, "
                  "committee years, teaching state course, RELATIVE_AUTHOR (husband), "
                  "first-person letter")


def m04():
    n = "Lucinda F. Abernathy-Osei"
    old = "Lucinda F. Abernathy"
    rl = WD.COLLEGES["ridgeline"]
    same = dict(title="Academy Year 2: Policy Analysis", s="2022-04-04", e="2022-04-08", h=40)
    files = [
        ("a.pdf", [
            acad(old, "Academy Year 1: Governance", "2017-04-03", "2017-04-07", 40),
            acad(n, same["title"], same["s"], same["e"], same["h"], v=1),
            acad("Lucas F. Abernethy", "Academy Year 3: Capstone", "2023-04-03", "2023-04-06",
                 32, v=2, flags=["NAME_MISMATCH"]),
        ]),
        ("b.pdf", [
            acad(n, same["title"], same["s"], same["e"], same["h"], v=1,
                 flags=["DUPLICATE"]),
            cert(name=n, provider=WD.TRAINERS["brightpath"][0],
                 title="Performance Budgeting Workshop", start="2024-06-03",
                 end="2024-06-03", location="Alder Park", activity="course",
                 signatory="Colm Arbuthnot", role="Lead Instructor", variant=0,
                 flags=["MISSING_HOURS"]),
            cert(name=n, provider=WD.TRAINERS["civicskill"][0],
                 title="Quick Guide to Social Media Policy", start="2024-08-12",
                 end="2024-08-12", hours=2, delivery="online", assessment=True,
                 extra=["Online module with knowledge check (assessment)."],
                 activity="course", signatory="Nadia Feldspar", role="Program Manager",
                 variant=1, orientation="portrait"),
            cert(name=n, provider=WD.TRAINERS["ems"][0],
                 title="IS-230: Fundamentals of Emergency Management", start="2024-10-21",
                 end="2024-10-25", hours=24, delivery="online", assessment=True,
                 extra=["Online independent study course; final examination passed."],
                 activity="course", signatory="Marcus D. Tellinger",
                 role="Superintendent", variant=2, date_style="us"),
        ]),
        ("c.pdf", [
            R.transcript(seed=404, name=old, student_id="RU-10-7733", college=rl[0],
                         office=rl[1], address=rl[2],
                         terms=["Fall 2010", "Spring 2011", "Fall 2011", "Spring 2012"],
                         degree="Master of Public Administration", conferred="2012-05-12",
                         issued="2026-03-03", style=2, registrar="Quentin A. Farrow"),
            service(name=n, body="Town of Larchmont Falls",
                    body_lines=["14 Commons Square, Larchmont Falls"],
                    title="Records Center Relocation", activity="on_the_job",
                    dated="2025-01-31", hours=120, signatory="Harlan B. Moss",
                    role="Town Supervisor",
                    extra="The relocation went far beyond her daily duties."),
            service(name=n, body=assoc("tamarack"), body_lines=body_lines("tamarack"),
                    title="Bylaws Committee", activity="committee_chair", dated="2024-11-11",
                    start=("2022-01-01", "January 1, 2022"),
                    end=("2023-12-31", "December 31, 2023"), signatory="Rory D. Quintrell",
                    role="President"),
        ]),
    ]
    return Packet("osprey_m04_mismatch_and_copy", man(n, "144590", 9, "2016-06-20",
                                                      "2026-04-01", former=[old]), files,
                  "MMC: former name, a near-miss name, a duplicate across files, a master's.",
                  "former name, NAME_MISMATCH (similar name), DUPLICATE across files, "
                  "MISSING_HOURS, online under 4 h, FEMA-style online course, MPA before "
                  "the CMC, on-the-job over the 12 cap, chair years from dates")


def m05():
    n = "Augustin N. Ferreira-Blum"
    dr, dr_lines = town("drummond")
    files = [
        ("certificates.pdf", [
            acad(n, "Executive Academy Session I", "2024-09-09", "2024-09-13", 34,
                 stamp=["RECEIVED", "OCT 02 2026"]),
            acad(n, "Executive Academy Session II", "2025-03-10", "2025-03-14", 34, v=1),
            acad(n, "Executive Academy Session III", "2025-09-08", "2025-09-12", 34, v=2,
                 ds="dmy"),
            cert(name=n, provider=assoc("highplains"), title="2025 Annual Clerks Conference",
                 start="2025-08-25", end="2025-08-27", hours=15, hours_style="short",
                 location="Alder Park", activity="conference", signatory="Ignatius V. Pelletier",
                 role="Executive Director", variant=1, heading="attendance"),
            cert(name=n, provider="IIMC Region VI", title="Region VI Spring Meeting",
                 start="2015-03-26", end="2015-03-27", hours=10, location="Dunmore Flats",
                 activity="conference", signatory="Fergus T. O'Halloran",
                 role="Region Director", variant=0, heading="attendance"),
        ]),
        ("employment.pdf", [LT.employment(
            employer=dr, employer_lines=dr_lines, style="two_column", dated="2026-09-15",
            name=n, position="County Clerk", start="2009-02-02", end="2026-10-02",
            present=True, ftype="full_time", admin=None, sector="local",
            signatory="Marisol T. Quayle", role="Personnel Director", wording=0)]),
        ("service.pdf", [
            service(name=n, body=assoc("highplains"), body_lines=body_lines("highplains"),
                    title="Second Vice President", activity="association_officer",
                    dated="2026-01-05", years=2, years_text="two terms",
                    signatory="Ignatius V. Pelletier", role="Executive Director"),
            service(name=n, body=IIMC, body_lines=["Education Department"],
                    title="Membership Committee", activity="committee_member",
                    dated="2025-12-01", start=("2023-01-01", "January 2023"),
                    end=("2025-12-31", "December 2025"), signatory="Ines P. Mallory",
                    role="IIMC President", style="banner"),
            service(name=n, body=WD.INSTITUTES["tidewater"][0],
                    body_lines=[WD.INSTITUTES["tidewater"][1]],
                    title="Records Law for Executives", activity="teaching_institute",
                    dated="2025-09-20", hours=4, signatory="Cyrus L. Navarre",
                    role="Academy Director"),
        ]),
    ]
    return Packet("osprey_m05_long_service", man(n, "099318", 6, "2016-11-30",
                                                 "2026-10-02"), files,
                  "MMC: academy sessions, conferences, officer terms, a taught session.",
                  "employment letter earns nothing for MMC, region meeting before the CMC, "
                  "hours as 'hrs.', officer terms, committee years from dates, teaching at an "
                  "academy, RECEIVED stamp")


PACKETS = [m01, m02, m03, m04, m05]
