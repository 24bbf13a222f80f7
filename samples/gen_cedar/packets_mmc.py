"""MMC packets of the cedar set."""
from __future__ import annotations

from . import certificates as C
from . import drawing as g
from . import letters as L
from . import records as R
from . import world as Wd
from .packets_cmc import GRADES, blank_doc, cert, manifest, stamp
from .truth import BLANK, File, Packet, per

ADV, PRO = "mmc_advanced_education", "mmc_professional_contribution"


def m01():
    P = Wd.PRIYA
    inst, host = Wd.INSTITUTES["cascadia"]
    d = Wd.SIGNERS["inst_dir_a"]
    a1 = cert([(ADV, "mmc.advanced.academy", per(24, 2))], style="classic", applicant_name=P.full, provider=inst,
              provider_sub=host, title="Master Academy, Year 1", location="Greywillow, Vermont", start_date="2020-08-03",
              end_date="2020-08-07", hours=24, hours_style="contact", signatory=d[0], office=d[1], activity="institute",
              schedule=[("2020-08-03", "Strategic Leadership", 5), ("2020-08-04", "Advanced Records Law", 5),
                        ("2020-08-05", "Negotiation", 5), ("2020-08-06", "Public Finance for Clerks", 5),
                        ("2020-08-07", "Capstone and Assessment", 4)], border="guilloche")
    a2 = cert([(ADV, "mmc.advanced.academy", per(24, 2))], style="grid", applicant_name=P.full, provider=inst,
              provider_lines=[host, "Greywillow, Vermont"], title="Master Academy, Year 2", title_label="Program",
              location="Greywillow, Vermont", start_date="2021-08-02", end_date="2021-08-06", hours=24, hours_style="contact",
              signatory=d[0], office=d[1], activity="institute", paper="wave", color=g.NAVY)
    cpm = cert([(ADV, "mmc.advanced.certification", 7.0)], style="classic", landscape=True, applicant_name=P.full,
               provider="Vermont Certified Public Manager Program", provider_sub="Greywillow State University",
               heading="Certification", lead="Be it known that", verb="has been designated a", title="Certified Public Manager",
               extra_lines=["having completed 300 hours of training"], hours=300, start_date="2022-12-09", end_date="2022-12-09",
               date_prefix="conferred ", signatory="Dr. Oswin Trelawney", office="Program Director", activity="certification",
               color=g.FOREST, seal_color=g.FOREST)
    ch = Wd.SIGNERS["comm_b"]
    chair = L.service_letter(P.full, Wd.IIMC, [Wd.IIMC_ADDR], "Education Committee", Wd.SIGNERS["iimc_pres"][0],
                             Wd.SIGNERS["iimc_pres"][1], "2025-02-03", "committee_chair",
                             [f"On behalf of the International Institute of Municipal Clerks, I thank {P.full} for her service as "
                              "Chair of the IIMC Education Committee from January 2022 through December 2023, two years in which "
                              "the committee revised the course review template."],
                             start_date="2022-01-01", end_date="2023-12-31", years=2, lh_style="centered", color=g.NAVY)
    chair.credit = [(PRO, "mmc.professional.committee_chair", 4.0)]
    gm = "Green Mountain Clerks and Treasurers Association"
    off = L.service_letter(P.full, gm, ["PO Box 511", "Montpelier, Vermont 05601"], "Secretary-Treasurer", ch[0], "Past President",
                           "2025-06-30", "association_officer",
                           [f"This letter confirms that {P.full} was elected Secretary-Treasurer of the {gm} and served four "
                            "consecutive one-year terms, from July 1, 2021 to June 30, 2025.",
                            "During her terms she kept the minutes of every board meeting, prepared the annual budget and "
                            "reconciled the Association's accounts, and she led the move of our records to a shared archive.",
                            "The board is grateful for her careful stewardship."],
                           start_date="2021-07-01", end_date="2025-06-30", years=4, lh_style="rule", color=g.FOREST,
                           two_pages=True, footer=f"{gm} \u2022 Montpelier, Vermont")
    off.credit = [(PRO, "mmc.professional.association_officer", 8.0)]
    tl = L.service_letter(P.full, inst, [host, "Greywillow, Vermont 05345"], "Records Management II", d[0], d[1], "2023-08-01",
                          "teaching_institute",
                          [f"Thank you for teaching Records Management II at the {inst} on July 18, 2023.",
                           f"{P.full} taught the session for six (6) hours to our second-year class."],
                          start_date="2023-07-18", end_date="2023-07-18", hours=6, lh_style="right", color=g.NAVY,
                          salutation="Dear Ms. Raman-Whitcombe:")
    tl.credit = [(ADV, "mmc.advanced.teaching_institute", 3.0), (PRO, "mmc.professional.teaching_institute", 3.0)]
    old = cert([(ADV, "mmc.advanced.state_course", per(6, 4))], ["PREDATES_DESIGNATION"], style="modern",
               applicant_name=P.full, provider=gm, verb="for completing", title="Municipal Budget Workshop",
               location="Montpelier, Vermont", start_date="2018-10-04", end_date="2018-10-04", hours=6, hours_style="contact",
               course_review_line="IIMC Course Review approved", course_review=True, signatory=ch[0], office=ch[1],
               activity="state_course", color=g.FOREST)
    ag = R.agenda(gm, "Spring Training Day", "2019-04-11", "2019-04-12", "Stowe, Vermont", [
        ("2019-04-11", [("9:00", "Welcome", ""), ("9:30", "Vital records update", "Lorna Pettigrew"), ("13:00", "Tax sale procedures", "Gideon Marsh")]),
        ("2019-04-12", [("9:00", "Town meeting day review", "Panel"), ("11:00", "Adjourn", "")]),
    ], style="table")
    ag.flag("PREDATES_DESIGNATION")
    col, office, place = Wd.COLLEGES["stbrendan"]
    terms = []
    t = ["Introduction to Urban Planning", "Land Use Law", "Urban Geography", "Statistics", "Planning History",
         "Housing Policy", "Transportation Planning", "GIS for Planners", "Environmental Planning", "Planning Studio",
         "Community Development", "Public Finance", "Zoning Administration", "Senior Thesis"]
    k = 0
    for yr in (2006, 2007, 2008, 2009):
        for sem in ("Fall", "Spring"):
            cs = [(f"URP {110 + k * 10 + j}", t[(k + j) % len(t)], 3, GRADES[(k + j) % 8]) for j in range(3)]
            terms.append((f"{sem} {yr if sem == 'Fall' else yr + 1}", cs))
            k += 1
    tr = R.transcript(P.full, col, office, place, terms[:8], "2026-09-17", style="ledger",
                      degree="Bachelor of Science in Urban Planning", degree_date="2010-05-15", student_id="SB-06-3301",
                      unit="Credits", rows_per_page=30, color=g.NAVY)
    tr.credit = [(ADV, "mmc.advanced.bachelor_related", 20.0)]
    files = [File("01-academy-year1.pdf", [a1]), File("02-academy-year2.pdf", [a2]), File("03-certification.pdf", [cpm]),
             File("04-committee-chair.pdf", [chair]), File("05-officer.pdf", [off]), File("06-teaching.pdf", [tl]),
             File("07-workshop-2018.pdf", [old]), File("08-agenda-2019.pdf", [ag]), File("09-transcript.pdf", [tr])]
    return Packet("m01-greywillow", manifest(P.full, "MMC", 1, "2026-10-07", "288341", prior="2019-06-14"), files,
                  "MMC, region 1: two academy years (one with a session page), a Certified Public Manager certification, "
                  "a committee chair, four officer terms (two pages), teaching at an institute placed by R9, a course "
                  "and an agenda dated before the CMC, an unused bachelor's degree from before the CMC (no flag).")


def m02():
    P = Wd.LUCINDA
    inst, host = Wd.INSTITUTES["rockies"]
    d = Wd.SIGNERS["inst_dir_c"]
    sess = [("MMC Academy Session 1", "2020-09-14", "2020-09-16", 20), ("MMC Academy Session 2", "2021-09-13", "2021-09-15", 20),
            ("MMC Academy Session 3", "2022-09-12", "2022-09-13", 16)]
    acad = []
    for i, (t, s, e, h) in enumerate(sess):
        acad.append(cert([(ADV, "mmc.advanced.academy", per(h, 2))], style=("modern", "classic", "letterform")[i],
                         applicant_name=P.full, provider=inst, provider_sub=host, provider_lines=[host, "Saddle Rock, Montana"],
                         title=t, location="Saddle Rock, Montana", start_date=s, end_date=e, date_style="abbr",
                         hours=h, hours_style=("earned", "ceu", "contact")[i], signatory=d[0], office=d[1],
                         activity="institute", color=(g.MAROON, g.NAVY, g.FOREST)[i],
                         schedule=[(s, "Executive Leadership Lab", 8), ("2020-09-15", "Ethics Case Studies", 6),
                                   (e, "Strategic Communication", 6)] if i == 0 else None))
    ac = cert([(ADV, "mmc.advanced.annual_conference", 8.0), (PRO, "mmc.professional.annual_conference", 8.0)],
              style="grid", applicant_name=P.full, provider=Wd.IIMC, provider_lines=[Wd.IIMC_ADDR],
              heading="Certificate of Attendance", title="76th Annual Conference", title_label="Conference",
              start_date="2022-05-21", end_date="2022-05-25", location="Oriel Springs, Colorado", hours=21,
              hours_style="contact", hours_label="Education hours", signatory=Wd.SIGNERS["iimc_exec"][0],
              office=Wd.SIGNERS["iimc_exec"][1], second_signer=Wd.SIGNERS["iimc_pres"], activity="annual_conference",
              color=g.NAVY)
    ag = R.agenda(Wd.IIMC, "76th Annual Conference", "2022-05-21", "2022-05-25", "Oriel Springs, Colorado", [
        ("2022-05-21", [("1:00 PM", "Registration opens", ""), ("4:00 PM", "First-timers orientation", "Membership Committee")]),
        ("2022-05-22", [("8:00 AM", "Opening general session", "IIMC President"), ("10:30 AM", "Leading through change", "Dr. Imani Castellane"),
                        ("2:00 PM", "Records in the age of AI", "Tomasz Vukovich")]),
        ("2022-05-23", [("8:30 AM", "Annual business meeting", ""), ("1:30 PM", "Election law roundtable", "Panel")]),
        ("2022-05-24", [("9:00 AM", "Ethics for the experienced clerk", "Hon. Reuben Oyelowo"), ("2:00 PM", "Region meetings", "")]),
        ("2022-05-25", [("9:00 AM", "Closing session", "")]),
    ], style="slots", color=g.NAVY, subtitle="Program at a glance")
    hy = cert([(PRO, "mmc.professional.other_courses", per(12, 6))], ["NO_ASSESSMENT"], style="modern",
              applicant_name=P.full, provider=Wd.ASSOCIATIONS["colorado"], verb="for completing the hybrid course",
              title="Records Retention Boot Camp", start_date="2023-10-02", end_date="2023-10-20", date_style="long",
              hours=12, hours_style="contact", delivery_line="Hybrid: four online modules and one classroom day in Denver",
              delivery="hybrid", assessment_line="No learning assessment was part of this course.", assessment=False,
              signatory="Ximena Aldana-Ross", office="Education Coordinator", activity="course", color=g.NAVY)
    oriel = Wd.TOWNS["oriel"][0]
    mgr = Wd.SIGNERS["mgr_a"]
    oj = L.service_letter(P.full, oriel, ["Office of the City Manager", "100 Civic Plaza, Oriel Springs, Colorado 80819"],
                          "electronic agenda management system", mgr[0], mgr[1], "2025-03-12", "on_the_job",
                          [f"I am pleased to recognize {P.full}, City Clerk, for leading the City's implementation of an "
                           "electronic agenda management system, a project well outside her daily duties.",
                           "Between September 2024 and January 2025 she devoted forty (40) hours beyond her regular work to "
                           "designing the workflow, training staff in every department and drafting the City's agenda policy.",
                           "The new system has cut the preparation time of each council packet by half, and neighbouring "
                           "municipalities have asked to study it."],
                          start_date="2024-09-01", end_date="2025-01-31", hours=40, lh_style="band", color=g.SLATE,
                          two_pages=True, footer="City of Oriel Springs \u2022 100 Civic Plaza \u2022 Oriel Springs, CO 80819")
    oj.credit = [(PRO, "mmc.professional.on_the_job", per(40, 8))]
    art = L.service_letter(P.full, "The Front Range Clerk", ["Quarterly journal of the Colorado Front Range Clerks Association"],
                           "Minutes That Matter: Writing Action Minutes", "Harland Oduya", "Managing Editor", "2024-07-08",
                           "personal_accomplishment",
                           [f"This letter confirms that the article \u201cMinutes That Matter: Writing Action Minutes\u201d by "
                            f"{P.full} was published in the Summer 2024 issue of The Front Range Clerk.",
                            "The article has since been used as a handout in the Association's new-clerk workshops."],
                           lh_style="rule", color=g.MAROON)
    art.credit = [(PRO, "mmc.professional.personal_accomplishment", 1.0)]
    rel = L.relative_letter(P.full, oriel, ["Office of the Mayor", "100 Civic Plaza, Oriel Springs, Colorado 80819"],
                            "Centennial Records Project", "Samuel Mbeki-Farrow", "Mayor", "2025-11-03", "wife",
                            ["I write to commend my wife, City Clerk Lucinda Mbeki-Farrow, for the Centennial Records Project, "
                             "for which she catalogued a century of council minutes in twenty-four (24) hours of her own time "
                             "between March and May 2025."],
                            "on_the_job", start_date="2025-03-01", end_date="2025-05-31", hours=24)
    files = [File("01-academy.pdf", acad), File("02-annual-conference.pdf", [ac]), File("03-agenda.pdf", [ag]),
             File("04-hybrid-course.pdf", [hy]), File("05-on-the-job.pdf", [oj]), File("06-article.pdf", [art]),
             File("07-mayor-letter.pdf", [rel])]
    return Packet("m02-oriel-springs", manifest(P.full, "MMC", 8, "2026-11-30", "301276", prior="2020-03-02"), files,
                  "MMC, region 8: three academy sessions in one file (the first with a session page), an Annual "
                  "Conference placed by R9 with a five-page time-slot program, a hybrid course without assessment (Professional "
                  "Contribution only), a two-page on-the-job letter, a published article, a letter by the applicant's husband.")


def m03():
    P = Wd.CASPIAN
    col, office, place = Wd.COLLEGES["prairie"]
    t = ["Foundations of Public Administration", "Public Budgeting", "Organization Theory", "Quantitative Analysis",
         "Human Resource Management", "Public Sector Ethics", "Administrative Law", "Local Government Management",
         "Program Evaluation", "Intergovernmental Relations", "Information Management", "Capstone Seminar"]
    terms = [(f"{s} {y}", [(f"PADM {500 + i * 10 + j}", t[(i * 2 + j) % 12], 3, GRADES[(i + j) % 8]) for j in range(2)])
             for i, (s, y) in enumerate([("Fall", 2018), ("Spring", 2019), ("Summer", 2019), ("Fall", 2019), ("Spring", 2020),
                                          ("Fall", 2020), ("Spring", 2021)])]
    tr = R.transcript(P.full, col, office, place, terms, "2026-09-01", style="semester",
                      degree="Master of Public Administration", degree_date="2021-05-08", student_id="PL-118204",
                      major="Public Administration", rows_per_page=12, unit="Semester Hours")
    tr.credit = [(ADV, "mmc.advanced.bachelor_related", 20.0)]
    dip = C.diploma(P.full, col, "Master of Public Administration", "2021-05-08", "Dr. Cornelia Vantongeren", "President", place)
    dip.credit = [(ADV, "mmc.advanced.bachelor_related", 20.0)]
    dip.flag("DUPLICATE")
    inst, host = Wd.INSTITUTES["lakes"]
    d = Wd.SIGNERS["inst_dir_b"]
    mods = []
    for i, (m, s, e) in enumerate([("A", "2019-03-04", "2019-03-06"), ("B", "2019-10-07", "2019-10-09"), ("C", "2020-03-02", "2020-03-04")]):
        mods.append(File(f"03-module-{m.lower()}.pdf", [cert(
            [(ADV, "mmc.advanced.academy", per(24, 2))], style=("classic", "grid", "modern")[i], applicant_name=P.full,
            provider=inst, provider_sub=host, provider_lines=[host], title=f"Advanced Academy Module {m}",
            location="Larkhaven, Wisconsin", start_date=s, end_date=e, date_style=("long", "us", "abbr")[i], hours=24,
            hours_style=("inclass", "contact", "earned")[i], signatory=d[0], office=d[1], activity="institute",
            color=(g.FOREST, g.FOREST, g.NAVY)[i],
            schedule=[(s, "Advanced Parliamentary Law", 8), ("2019-03-05", "Managing Elections Change", 8),
                      (e, "Leadership Assessment", 8)] if i == 0 else None)]))
    edu = Wd.SIGNERS["iimc_edu"]
    ath = [cert([(ADV, "mmc.advanced.athenian_dialogue", 3.0)], style="classic", applicant_name=P.full, provider=Wd.IIMC,
                heading="Athenian Leadership Society", lead="certifies that", verb="completed the Dialogue",
                title=ti, location=loc, start_date=dt, end_date=dt, assessment_line="Assessment completed", assessment=True,
                signatory=edu[0], office=edu[1], activity="athenian_dialogue", border="corners")
           for ti, loc, dt in (("The Federalist Debates", "Larkhaven, Wisconsin", "2018-11-15"),
                               ("Lincoln and Leadership", "Madison, Wisconsin", "2019-05-09"))]
    board = L.service_letter(P.full, Wd.IIMC, [Wd.IIMC_ADDR], "Board of Directors", Wd.SIGNERS["iimc_pres"][0],
                             Wd.SIGNERS["iimc_pres"][1], "2025-06-10", "board_member",
                             [f"{P.full} served on the IIMC Board of Directors as Region V Director from May 2022 to May 2025, "
                              "a term of three years.", "We thank him for his leadership and his counsel."],
                             start_date="2022-05-01", end_date="2025-05-31", years=3, lh_style="centered", color=g.NAVY)
    board.credit = [(PRO, "mmc.professional.board_member", 6.0)]
    soc = "Wisconsin Government Records Society"
    ro = L.service_letter(P.full, soc, ["1200 Capitol Square, Madison, Wisconsin"], "Vice President", "Annelie Rostova",
                          "Secretary", "2023-01-15", "related_officer",
                          [f"The {soc} confirms that {P.full} served as its Vice President for two years, 2021 and 2022."],
                          start_date="2021-01-01", end_date="2022-12-31", years=2, lh_style="rule", color=g.SLATE)
    ro.credit = [(PRO, "mmc.professional.related_officer", 2.0)]
    col2, off2, place2 = Wd.COLLEGES["harrowfield"]
    cr = R.transcript(P.full, col2, "Continuing Studies Records", place2, [
        ("Spring 2023", [("PAD 410", "Records and Information Governance", 3, "A")]),
        ("Fall 2023", [("PAD 415", "Public Meeting Law", 3, "A-")]),
    ], "2026-08-11", style="quarter", unit="Credits", student_id="HU-CS-7701", rows_per_page=5)
    cr.credit = [(PRO, "mmc.professional.college_credits", 6.0)]
    files = [File("01-transcript.pdf", [tr]), File("02-diploma.pdf", [dip])] + mods + [
        File("04-athenian.pdf", ath), File("05-board.pdf", [board]), File("06-officer.pdf", [ro]),
        File("07-credits.pdf", [cr]), File("08-scan.pdf", [blank_doc(2)])]
    return Packet("m03-larkhaven", manifest(P.full, "MMC", 5, "2026-10-14", "276630", prior="2017-09-20"), files,
                  "MMC, region 5: a master's degree on a four-page transcript and again as a diploma (duplicate), "
                  "academy modules A-C, two Athenian Dialogues in one file, Advanced Education over 60 (the excess "
                  "counts as combination points), board service, a related-association officer, college credits, "
                  "a two-page blank scan.")


def m04():
    P = Wd.NGOZI
    inst = Wd.INSTITUTES["piedmont"][0]
    d = Wd.SIGNERS["inst_dir_a"]
    l3 = cert([(ADV, "mmc.advanced.academy", per(18, 2))], style="classic", applicant_name=P.full, provider=inst,
              provider_sub="University of Bellweather", title="MMC Academy Level 3", location="Bellweather, North Carolina",
              start_date="2022-04-04", end_date="2022-04-06", hours=18, hours_style="contact", signatory=d[0], office=d[1],
              activity="institute", color=g.MAROON,
              schedule=[("2022-04-04", "Crisis Communication", 6), ("2022-04-05", "Budget Policy", 6),
                        ("2022-04-06", "Leading Teams", 6)])
    edu = Wd.SIGNERS["iimc_edu"]
    aca = cert([(ADV, "mmc.advanced.conference_academy", 2.0)], style="grid", applicant_name=P.full, provider=Wd.IIMC,
               provider_lines=[Wd.IIMC_ADDR], heading="Annual Conference Academy", title="Succession Planning for Clerks",
               title_label="Academy session", start_date="2023-05-13", end_date="2023-05-13", location="Dunmore Junction, Georgia",
               hours=4, hours_style="contact", signatory=edu[0], office=edu[1], activity="conference_academy", color=g.NAVY)
    cd = cert([(ADV, "mmc.advanced.cd_rom", 1.0)], style="letterform", applicant_name=P.full, provider=Wd.IIMC,
              provider_lines=[Wd.IIMC_ADDR], heading="CD-ROM COURSE COMPLETION", verb="completed the IIMC CD-ROM course",
              title="Advanced Minutes Writing", issue_date="2022-08-19", signatory=edu[0], office=edu[1], activity="cd_rom")
    assoc = Wd.ASSOCIATIONS["georgia"]
    tl = L.service_letter(P.full, assoc, ["PO Box 1870", "Macon, Georgia 31202"], "Open Records Act Essentials",
                          "Cordelia Brantley-Moss, MMC", "Education Chair", "2023-03-20", "teaching_state",
                          ["Thank you for serving as an instructor for the Association's course Open Records Act Essentials "
                           "on March 9, 2023, in Macon.",
                           "Your eight (8) hours of teaching and preparation were evaluated very highly by the participants."],
                          start_date="2023-03-09", end_date="2023-03-09", hours=8, lh_style="rule", color=g.FOREST,
                          salutation="Dear Ms. Eze-Lindqvist:")
    tl.credit = [(ADV, "mmc.advanced.teaching_state", per(8, 4)), (PRO, "mmc.professional.teaching_state", per(8, 4))]
    cm = L.service_letter(P.full, Wd.IIMC, [Wd.IIMC_ADDR], "Membership Committee", Wd.SIGNERS["comm_a"][0],
                          Wd.SIGNERS["comm_a"][1], "2025-01-06", "committee_member",
                          [f"The IIMC Membership Committee thanks {P.full} for two years of service as a committee member, "
                           "2023 and 2024."], start_date="2023-01-01", end_date="2024-12-31", years=2, lh_style="centered",
                          color=g.NAVY)
    cm.credit = [(PRO, "mmc.professional.committee_member", 2.0)]
    conf = cert([(PRO, "mmc.professional.conference", 3.0)], style="modern", applicant_name=P.full, provider=assoc,
                verb="for attending the", title="2023 Annual Conference", location="Savannah, Georgia",
                start_date="2023-09-20", end_date="2023-09-22", extra_lines=[], assessment_line="Three (3) days of attendance",
                days=3, signatory="Cordelia Brantley-Moss, MMC", office="Education Chair", activity="conference", color=g.FOREST)
    town = Wd.TOWNS["dunmore"][0]
    hr = L.employment(P.full, f"City of {town}", ["Department of Human Resources", "88 Depot Street, Dunmore Junction, Georgia 31733"],
                      "City Clerk", "2012-10-01", None, "2026-11-04", "Lamar Whitfield-Oduya", "Human Resources Director",
                      "2026-10-15", employment_type="full_time", type_phrase="Ms. Eze-Lindqvist is a full-time employee.",
                      administrative=True, admin_phrase="The City Clerk manages the Clerk's Office and supervises two deputy clerks.",
                      duties=("council minutes and agendas", "municipal elections", "records management", "official seal"),
                      two_pages=True, lh_style="band", color=g.FOREST)
    fp = L.first_person(P.full, ["14 Magnolia Court", "Dunmore Junction, Georgia 31733"], "2026-10-01",
                        "Ordinance Codification Project", f"City of {town}", "2024-01-08", "2024-06-28", 30, "",
                        [f"I led the Ordinance Codification Project of the City of {town} from January 8, 2024 to June 28, 2024.",
                         "I spent thirty (30) hours on this project outside my regular duties, and I ask that it be credited as "
                         "an on-the-job achievement."], "on_the_job")
    wb = cert([(ADV, "mmc.advanced.state_course", per(2, 4))], style="modern", applicant_name=P.full, provider=assoc,
              heading="Webinar Certificate", verb="for completing the webinar", title="Social Media and the Open Records Act",
              start_date="2024-11-07", end_date="2024-11-07", hours=2, hours_style="contact", delivery="webinar",
              delivery_line="Live webinar", assessment_line="Post-webinar assessment passed", assessment=True,
              course_review_line="IIMC Course Review No. 2024-233", course_review=True, signatory="Cordelia Brantley-Moss, MMC",
              office="Education Chair", activity="state_course", color=g.NAVY)
    short = cert([], ["BELOW_MINIMUM_HOURS"], style="grid", applicant_name=P.full, provider=inst,
                 provider_lines=["University of Bellweather"], heading="Session Attendance", title="Lunch-and-Learn: Records Apps",
                 title_label="Session", start_date="2022-04-05", end_date="2022-04-05", location="Bellweather, North Carolina",
                 hours=0.75, hours_style="contact", signatory=d[0], office=d[1], activity="institute", color=g.MAROON)
    files = [File("01-bundle.pdf", [l3, aca, cd, tl, BLANK, cm]), File("02-conference.jpg", photo=conf),
             File("03-hr-letter.pdf", [hr]), File("04-letter.pdf", [fp]), File("05-webinar.pdf", [wb]),
             File("06-session.pdf", [short])]
    return Packet("m04-dunmore-junction", manifest(P.full, "MMC", 3, "2026-11-04", "309958", prior="2021-01-15"), files,
                  "MMC, region 3: five documents in one file with a blank separator (academy with a session page, "
                  "conference academy session, CD-ROM course, teaching for an association course, committee letter), "
                  "a phone photo of a conference certificate stating days, a two-page HR letter (no MMC row), a "
                  "first-person letter, a webinar with assessment, a session under one contact hour.")


def m05():
    P = Wd.YOLANDA
    inst = Wd.INSTITUTES["piedmont"][0]
    d = Wd.SIGNERS["inst_dir_c"]
    y1 = cert([(ADV, "mmc.advanced.academy", 12.0)], style="classic", landscape=True, paper="microtext", applicant_name=P.full,
              provider=inst, provider_sub="University of Bellweather", title="Academy for Advanced Education, Year 1",
              location="Bellweather, North Carolina", start_date="2019-03-11", end_date="2019-03-15", hours=24,
              hours_style="words", signatory=d[0], office=d[1], activity="institute", border="guilloche", color=g.MAROON)
    y2 = cert([(ADV, "mmc.advanced.academy", 12.0)], style="classic", landscape=True, paper="microtext", applicant_name=P.full,
              provider=inst, provider_sub="University of Bellweather", title="Academy for Advanced Education, Year 2",
              location="Bellweather, North Carolina", start_date="2020-03-09", end_date="2020-03-13", hours=24,
              hours_style="words", signatory=d[0], office=d[1], activity="institute", border="guilloche", color=g.MAROON,
              schedule=[("2020-03-09", "Governance and the Clerk", 5), ("2020-03-10", "Advanced Budget Analysis", 5),
                        ("2020-03-11", "Mediation Skills", 5), ("2020-03-12", "Records Law Seminar", 5),
                        ("2020-03-13", "Assessment and Graduation", 4)])
    assoc = Wd.ASSOCIATIONS["carolina"]

    def state_course():
        return cert([(ADV, "mmc.advanced.state_course", per(12, 4))], style="grid", applicant_name=P.full, provider=assoc,
                    provider_lines=["Raleigh, North Carolina"], mark="CPCA", title="Budget Oversight for Clerks",
                    title_label="Course", start_date="2023-04-19", end_date="2023-04-20", location="Raleigh, North Carolina",
                    hours=12, hours_style="contact", course_review_line="IIMC Course Review No. 2023-145", course_review=True,
                    signatory="Eulalie Hargrove, MMC", office="President", activity="state_course", color=g.FOREST)
    sc = state_course()
    rescan = state_course().flag("DUPLICATE")
    ac = cert([(ADV, "mmc.advanced.annual_conference", 8.0), (PRO, "mmc.professional.annual_conference", 8.0)],
              style="modern", applicant_name=P.full, provider=Wd.IIMC, verb="for attending the", title="79th Annual Conference",
              location="Tamsin Harbor, Oregon", start_date="2025-05-17", end_date="2025-05-21", hours=19.5,
              hours_style="contact", signatory=Wd.SIGNERS["iimc_exec"][0], office=Wd.SIGNERS["iimc_exec"][1],
              activity="annual_conference", color=g.NAVY)
    edu = Wd.SIGNERS["iimc_edu"]
    io_ = cert([(ADV, "mmc.advanced.iimc_online", None)], style="letterform", applicant_name=P.full, provider=Wd.IIMC,
               provider_lines=[Wd.IIMC_ADDR], heading="ONLINE COURSE CERTIFICATE", verb="completed the IIMC online course",
               title="Strategic Planning for Municipal Clerks", start_date="2024-02-05", end_date="2024-03-15",
               date_prefix_span="from ", hours=8, hours_style="contact", delivery="online",
               assessment_line="The final assessment was completed successfully.", assessment=True,
               signatory=edu[0], office=edu[1], issue_date="2024-03-18", activity="iimc_online")
    sa = cert([(ADV, "mmc.advanced.study_abroad", None)], style="classic", applicant_name=P.full, provider=Wd.IIMC,
              heading="Study Abroad Program", lead="This certifies that", verb="participated in the", title="Study Abroad Program: Local Government in the Netherlands",
              location="Utrecht, Netherlands", start_date="2023-09-10", end_date="2023-09-20", signatory=edu[0], office=edu[1],
              activity="study_abroad", border="double", color=g.NAVY)
    ch = L.service_letter(P.full, assoc, ["PO Box 30140", "Raleigh, North Carolina 27622"], "Professional Development Committee",
                          "Eulalie Hargrove, MMC", "President", "2026-01-12", "committee_chair",
                          [f"It is my privilege to confirm that {P.full} chaired the Association's Professional Development "
                           "Committee for three years, from January 2023 through December 2025.",
                           "Under her leadership the committee planned six regional training days, reviewed the Association's "
                           "course review submissions to IIMC and started a mentoring circle for new clerks.",
                           "Please do not hesitate to contact me should you need anything further."],
                          start_date="2023-01-01", end_date="2025-12-31", years=3, lh_style="centered", color=g.FOREST,
                          two_pages=True, footer=f"{assoc} \u2022 Raleigh, North Carolina")
    ch.credit = [(PRO, "mmc.professional.committee_chair", 6.0)]
    tl = L.service_letter(P.full, inst, ["University of Bellweather", "Bellweather, North Carolina 27701"],
                          "Parliamentary Procedure for Advanced Clerks", "Dr. Harriet Quillfeather", "Institute Director",
                          "2024-03-29", "teaching_institute",
                          [f"Thank you for teaching Parliamentary Procedure for Advanced Clerks at the {inst} during our "
                           "academy week of March 11-15, 2024.",
                           "You taught ten (10) hours of instruction across the week."],
                          start_date="2024-03-11", end_date="2024-03-15", hours=10, lh_style="right", color=g.MAROON,
                          salutation="Dear Ms. Fairweather-Cruz:")
    tl.credit = [(ADV, "mmc.advanced.teaching_institute", per(10, 2)), (PRO, "mmc.professional.teaching_institute", per(10, 2))]
    stamp(sc, "RECEIVED", "OCT 21 2026", 0, 0.8, 0.92, -7)
    files = [File("01-academy-year1.pdf", [y1]), File("02-academy-year2.pdf", [y2]), File("03-state-course.pdf", [sc]),
             File("04-annual-conference.pdf", [ac]), File("05-iimc-online.pdf", [io_]), File("06-study-abroad.pdf", [sa]),
             File("07-committee-chair.pdf", [ch]), File("08-teaching.pdf", [tl]), File("09-rescan.png", photo=rescan)]
    return Packet("m05-bellweather", manifest(P.full, "MMC", 3, "2026-10-21", "294417", prior="2018-02-09"), files,
                  "MMC, region 3: landscape academy certificates on microtext paper (one with a session page), a state "
                  "course and its re-scan as an image (duplicate), an Annual Conference and institute teaching placed by "
                  "R9, an IIMC online course and the Study Abroad Program (left to a reviewer), a two-page chair letter.")


def packets():
    return [m01(), m02(), m03(), m04(), m05()]
