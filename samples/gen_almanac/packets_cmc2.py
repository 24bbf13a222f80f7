"""CMC packets c05-c07: Region 10 extras, first-person and relative letters, missing facts.

c05 is Canadian (Region 10): courses without review, vocational courses and college
credits earn in CMC Education (EG "Education Requirements for CMC (Regions 10-11)").
"""

from __future__ import annotations

from .forms import Receipt
from .kit import PA_COURSES, d, seed, terms
from .layouts import Cert
from .letters import Employment, Service
from .model import File, Packet
from .records import Transcript
from .unusual import unsupported, word_file
from .world import (
    ASSN_GEORGIA,
    ASSN_KANSAS,
    ASSN_NOVASCOTIA,
    CITY_ATHENS,
    COL_STCLAIR,
    IIMC,
    INST_BLUEGRASS,
    INST_MARITIME,
    INST_PRAIRIE,
    PLATFORM_CLASSNEST,
    TOWN_LUNENBURG,
    TOWN_WILLOW,
    TRAIN_CIVICPOINT,
    TRAIN_REDCEDAR,
    TRAIN_VALLEY,
    VILLAGE_OAK,
)


def c05() -> Packet:
    nm, rec = "Callum F. MacIsaac", d(2026, 6, 30)
    y1 = Cert(nm, INST_MARITIME, "Year 1 \u2013 Municipal Administration Foundations", d(2021, 5, 17),
              d(2021, 5, 21), "institute", hours=40, location="Port Lorne, Nova Scotia", layout=0,
              wording=4, date_style="dmy", signers=[("Annette Gallant", "Institute Director"),
                                                    ("Bernard Ashworth", "Dean of Continuing Studies")],
              seed=seed("c05", 1))
    foip = Cert(nm, TRAIN_REDCEDAR, "Freedom of Information and Protection of Privacy Workshop",
                d(2023, 11, 7), d(2023, 11, 8), "course", hours=12, location="Halewood, Nova Scotia",
                no_review_line=True, layout=3, wording=1, date_style="dmy",
                signers=[("Siobhan Kerrigan", "Lead Facilitator")], seed=seed("c05", 2))
    credits = Transcript(nm, COL_STCLAIR, "SCV-2019-04417", terms(
        ["Fall Term 2019", "Winter Term 2020"], PA_COURSES[:6], 3), d(2026, 4, 14), style=2,
        seed=seed("c05", 3))
    voc = Cert(nm, TRAIN_VALLEY, "Business Writing for the Public Sector", d(2022, 1, 10),
               d(2022, 3, 28), "vocational", hours=30, location="Kentville Ridge, Nova Scotia",
               layout=1, wording=0, date_style="dmy", signers=[("Pierre Arsenault", "Principal")],
               seed=seed("c05", 4))
    hr = Employment(nm, TOWN_LUNENBURG, "Municipal Clerk", d(2017, 2, 1), None, rec, "local",
                    d(2026, 5, 19), ("Heather Doucette", "Chief Administrative Officer"), "part_time",
                    True, style=0, wording=1, date_style="dmy", seed=seed("c05", 5),
                    duties="He attends and records all meetings of Council and administers municipal elections.")
    committee = Service(nm, ASSN_NOVASCOTIA, "Professional Development Committee", "committee_member",
                        ("Annette Gallant", "President"), d(2025, 2, 3), d(2022, 1, 1), d(2024, 12, 31),
                        month_dates=True, style=3, seed=seed("c05", 6))
    mine = Service(nm, ASSN_NOVASCOTIA, "Bylaw Review Working Group", "committee_member",
                   (nm, "Municipal Clerk"), d(2026, 6, 1), d(2023, 3, 1), d(2024, 2, 29),
                   month_dates=True, first_person=True, style=1, letterhead=TOWN_LUNENBURG,
                   seed=seed("c05", 7))
    return Packet("c05-macisaac", "CMC, Region 10 (Nova Scotia): an institute year, a course without "
                  "IIMC review, a vocational course and college credits without a degree, all three "
                  "in CMC Education as Regions 10-11 allow; a part-time clerk with administrative "
                  "responsibility (2 per year); a committee letter with month-only dates; the "
                  "applicant's own letter about a working group (FIRST_PERSON).", "CMC",
                  {"name": nm, "member_id": "131207", "region": 10, "membership": "full"}, rec,
                  files=[File("maritime_year1.pdf", [y1.doc()]), File("foip_workshop.pdf", [foip.doc()]),
                         File("stclair_transcript.pdf", [credits.doc()]),
                         File("business_writing.pdf", [voc.doc()]), File("westlorne_hr.pdf", [hr.doc()]),
                         File("amcns_committee.pdf", [committee.doc()]),
                         File("my_service_letter.pdf", [mine.doc()])])


def c06() -> Packet:
    nm, rec = "Marguerite D. Fairweather", d(2026, 5, 20)
    ac = Cert(nm, IIMC, "IIMC 61st Annual Conference", d(2007, 5, 20), d(2007, 5, 23),
              "annual_conference", hours=14, location="Harbor Point, Maryland", layout=2, wording=2,
              signers=[("Clement Ashby", "IIMC President")], seed=seed("c06", 1))
    ath = Cert(nm, IIMC, "Athenian Leadership Society Dialogue: Lincoln on Leadership", d(2023, 10, 12),
               d(2023, 10, 12), "athenian_dialogue", assessment=True, location="Savannah Bluff, Georgia",
               layout=1, wording=3, signers=[("Mirela Popescu", "IIMC President")], seed=seed("c06", 2))
    academy = Cert(nm, IIMC, "Annual Conference Academy: Strategic Planning for the Clerk's Office",
                   d(2024, 5, 18), d(2024, 5, 18), "conference_academy", hours=3,
                   location="Riverside Landing, California", layout=3, wording=0,
                   signers=[("Mirela Popescu", "IIMC President")], seed=seed("c06", 3))
    notary = Cert(nm, INST_BLUEGRASS, "Elective Session: Notary Refresher", d(2022, 7, 20), d(2022, 7, 20),
                  "institute", hours=0.75, location="Harlan Springs, Kentucky", layout=5, wording=2,
                  signers=[("Beatrice Lomax", "Director")], seed=seed("c06", 4))
    minutes = dict(name=nm, provider=ASSN_GEORGIA, title="Minutes and Meeting Management",
                   start=d(2022, 10, 3), end=d(2022, 10, 4), activity="state_course", hours=12,
                   location="Athens Grove, Georgia", review_no="2022-0620", evidence="minutes",
                   signers=[("Lydia Pemble", "Education Director")])
    first = Cert(**minutes, layout=0, wording=1, seed=seed("c06", 5))  # type: ignore[arg-type]
    again = Cert(**minutes, layout=2, wording=4, issue=d(2025, 1, 10), watermark="REISSUED",  # type: ignore[arg-type]
                 extra=["Replacement certificate issued at the member's request"], seed=seed("c06", 6))
    hr = Employment(nm, CITY_ATHENS, "Deputy Clerk of Commission", d(2015, 9, 14), None, rec, "local",
                    d(2026, 4, 30), ("Cedric Wynfield", "Human Resources Director"), "full_time", True,
                    style=1, wording=3, seed=seed("c06", 7))
    early = Employment(nm, TOWN_WILLOW, "Assistant Town Clerk", d(2010, 3, 1), d(2015, 8, 31), rec, "local",
                       d(2026, 3, 18), ("Garrett Lindell", "Town Manager"), "part_time", False, style=0,
                       wording=0, seed=seed("c06", 10),
                       duties="She worked twenty hours a week at the public counter, issuing licenses "
                       "and filing records under the Town Clerk's direction.")
    spouse = Service(nm, ASSN_GEORGIA, "Legislative Committee", "committee_member",
                     ("Theodore Fairweather", "Past President"), d(2026, 4, 2), d(2019, 1, 1),
                     d(2023, 12, 31), month_dates=True, relationship="wife", style=0,
                     extra="I am proud of my wife and of the work she has done for our members.",
                     seed=seed("c06", 8))
    noname = Cert(None, TRAIN_CIVICPOINT, "Customer Service for the Public Counter", d(2024, 8, 6),
                  d(2024, 8, 6), "course", hours=6, location="Macon Ridge, Georgia", layout=0, wording=2,
                  signers=[("Owen Tremblay", "Program Manager")], seed=seed("c06", 9))
    return Packet("c06-fairweather", "CMC, Region 3: an IIMC Annual Conference before 2009 (4 points), "
                  "an Athenian Dialogue (3), a Conference Academy session (2), an institute session "
                  "under 1 contact hour (BELOW_MINIMUM_HOURS), a reviewed course and its re-issued "
                  "certificate (DUPLICATE on the re-issue), a memo, earlier part-time clerk years without "
                  "administrative responsibility (1 per year), a committee letter signed by the "
                  "applicant's husband (RELATIVE_AUTHOR), a certificate without a name (MISSING_NAME).",
                  "CMC", {"name": nm, "member_id": "103388", "region": 3, "membership": "full"}, rec,
                  files=[File("ac_2007.pdf", [ac.doc()]), File("athenian_2023.pdf", [ath.doc()]),
                         File("academy_session.pdf", [academy.doc()]),
                         File("bluegrass_notary.pdf", [notary.doc()]),
                         File("piedmont_minutes.pdf", [first.doc()]),
                         File("piedmont_minutes_reissue.pdf", [again.doc()]),
                         File("hr_athens.pdf", [hr.doc()]), File("hr_willow_shoals.pdf", [early.doc()]),
                         File("letter_from_theodore.pdf", [spouse.doc()]),
                         File("civicpoint_counter.pdf", [noname.doc()])])


def c07() -> Packet:
    nm, rec = "Wilhelmina J. Strand", d(2026, 4, 27)
    y1 = Cert(nm, INST_PRAIRIE, "Clerks Institute, First Year", d(2024, 3, 11), d(2024, 3, 15),
              "institute", hours=40, location="Keeler, Kansas", layout=4, wording=0, date_style="us",
              signers=[("Dorothea Quill", "Academy Director")], seed=seed("c07", 1))
    kora = Cert(nm, ASSN_KANSAS, "Kansas Open Records Act Update", d(2025, 1, 22), d(2025, 1, 22), "course",
                hours=4, location="Topeka Junction, Kansas", no_review_line=True, layout=1, wording=1,
                signers=[("Ruth Ann Beckwith", "Education Chair")], seed=seed("c07", 2))
    hybrid = Cert(nm, ASSN_KANSAS, "The Municipal Budget Cycle", d(2025, 2, 3), d(2025, 3, 3), "state_course",
                  hours=10, delivery="hybrid", assessment=True, review_no="2024-1130", layout=2, wording=3,
                  stamp=rec,
                  signers=[("Ruth Ann Beckwith", "Education Chair")], seed=seed("c07", 3))
    web = Cert(nm, TRAIN_CIVICPOINT, "Cybersecurity Awareness for Clerks", d(2025, 6, 18), d(2025, 6, 18),
               "course", hours=3, delivery="webinar", assessment=True, platform=PLATFORM_CLASSNEST,
               layout=5, wording=4, signers=[("Owen Tremblay", "Program Manager")], seed=seed("c07", 4))
    undated = Cert(nm, ASSN_KANSAS, "Election Officials Training", None, None, "state_course", hours=8,
                   review_no="2025-0088", layout=0, wording=0,
                   signers=[("Ruth Ann Beckwith", "Education Chair")], seed=seed("c07", 5))
    untitled = Cert(nm, ASSN_KANSAS, None, d(2025, 9, 15), d(2025, 9, 15), "state_course", hours=6,
                    location="Hays Crossing, Kansas", review_no="2025-0311", layout=1, wording=4,
                    signers=[("Ruth Ann Beckwith", "Education Chair")], seed=seed("c07", 6))
    clerk = Employment(nm, VILLAGE_OAK, "Village Clerk/Treasurer", d(2018, 1, 2), None, rec, "local",
                       d(2026, 4, 6), ("Franklin Ostrowski", "Village Administrator"), "full_time", True,
                       style=2, seed=seed("c07", 7))
    prior = Employment(nm, VILLAGE_OAK, "Administrative Assistant to the Village Administrator",
                       d(2014, 5, 12), d(2017, 12, 29), rec, "local", d(2026, 4, 6),
                       ("Franklin Ostrowski", "Village Administrator"), "full_time", True, style=0,
                       wording=2, seed=seed("c07", 8))
    receipt = Receipt(nm, ASSN_KANSAS, d(2025, 1, 5), "Registration: The Municipal Budget Cycle (hybrid)",
                      "$145.00", "R-2025-00318")
    return Packet("c07-strand", "CMC, Region 5: an institute year, an association course without IIMC "
                  "review (1 per 6 h, Experience), a hybrid reviewed course with assessment, a 3-hour "
                  "webinar with assessment (no hour minimum), certificates without dates (MISSING_DATE) "
                  "and without a course title (MISSING_TITLE), clerk years and earlier local-government "
                  "administrative years, a Word file saved as .pdf (UNSUPPORTED_FILE), a receipt.",
                  "CMC", {"name": nm, "member_id": "125644", "region": 5, "membership": "full"}, rec,
                  files=[File("prairie_institute_y1.pdf", [y1.doc()]), File("kora_update.pdf", [kora.doc()]),
                         File("budget_cycle_hybrid.pdf", [hybrid.doc()]),
                         File("cyber_webinar.pdf", [web.doc()]),
                         File("election_training.pdf", [undated.doc()]),
                         File("ce_certificate.pdf", [untitled.doc()]),
                         File("oakprairie_hr.pdf", [clerk.doc()]),
                         File("oakprairie_hr_prior.pdf", [prior.doc()]),
                         File("scan_of_letter.pdf", raw=word_file(), raw_doc=unsupported()),
                         File("registration_receipt.pdf", [receipt.doc()])])


PACKETS = [c05, c06, c07]
