"""Harbor packets 5 to 14 (the first four are in packets.py)."""

from __future__ import annotations

import random

from samples.gen_harbor import build as B
from samples.gen_harbor import world as Wd
from samples.gen_harbor.model import Packet, manifest

INST, ASSN, COLL, TR = Wd.INSTITUTES, Wd.ASSOCIATIONS, Wd.COLLEGES, Wd.TRAINERS


def p05(r: random.Random) -> Packet:
    n, ev = "Annelise M. Brandvold", ASSN[3][0]
    city = "City of Port Alder"
    files = [
        ("board letter.pdf", [B.service(r, "board_member", n, Wd.IIMC, "Board of Directors", "2021-05-01",
                                        "2024-04-30", issue="2024-06-10", years=3, head_style=0,
                                        address=Wd.IIMC_ADDRESS)]),
        ("committee letter.pdf", [B.service(r, "committee_member", n, ev, "Legislative Committee", "2022-01-01",
                                            "2022-12-31", issue="2023-01-15", head_style=2,
                                            address="P.O. Box 2215, Olympia, WA 98507")]),
        ("teaching institute.pdf", [B.service(r, "teaching_institute", n, INST[3][0], "Records Management "
                                              "Fundamentals", "2023-07-18", "2023-07-18", issue="2023-08-01",
                                              hours=6, head_style=1, address="Bellingham, Washington")]),
        ("teaching state.pdf", [B.service(r, "teaching_state", n, ev, "Minutes That Matter", "2024-04-10",
                                          "2024-04-10", issue="2024-04-22", hours=8, head_style=0)]),
        ("on the job.pdf", [B.service(r, "on_the_job", n, city, "Council Records Digitization Project",
                                      "2023-01-09", "2023-06-30", issue="2023-07-12", hours=36,
                                      signatory="Reginald T. Ambrose", signer_title="City Manager",
                                      head_style=1, address="500 Harbor Loop, Port Alder, WA 98368")]),
        ("letter from Erik.pdf", [B.service(r, "on_the_job", n, city, "Emergency Operations Records Plan",
                                            "2024-02-01", "2024-05-31", issue="2024-06-03", hours=20,
                                            signatory="Erik Brandvold", signer_title="", relationship="husband",
                                            pronoun="her", letterhead="Erik & Annelise Brandvold",
                                            address="14 Madrona Lane, Port Alder, WA", head_style=0)]),
        ("my statement.pdf", [B.service(r, "on_the_job", n, city, "Election Worker Training Program",
                                        "2024-08-01", "2024-10-31", issue="2024-11-12", hours=16, signatory=n,
                                        signer_title="City Clerk", first_person=True, head_style=2,
                                        address="500 Harbor Loop, Port Alder, WA 98368")]),
        ("IIMC conference.pdf", [B.cert(r, "annual_conference", n, Wd.IIMC, "75th Annual Conference", "2022-05-22",
                                        "2022-05-25", location="Louisville, Kentucky", role="iimc",
                                        layout="cert_classic", seal="IIMC")]),
        ("officer related.pdf", [B.service(r, "related_officer", n, "Cascade Chapter, Records & Information "
                                           "Professionals Guild", "Treasurer", "2023-01-01", "2024-12-31",
                                           issue="2025-01-08", years=2, head_style=1)]),
    ]
    return Packet("mmc-r9-port-alder-service", "MMC, Region 9: board, committee, related-officer, teaching and "
                  "on-the-job letters, a letter by the applicant's husband (RELATIVE_AUTHOR), a first-person "
                  "statement (FIRST_PERSON), the IIMC Annual Conference (R9).",
                  manifest(n, "MMC", 9, "2026-09-21", "154008", prior="2017-11-02"), files=files)


def p06(r: random.Random) -> Packet:
    n, on = "Geneviève M. Lachance", ASSN[7]
    files = [
        ("institute unit 2.pdf", [B.cert(r, "institute", n, INST[7][0], "Unit 2", "2024-05-06", "2024-05-10",
                                         hours=30, location="Kingston, Ontario", layout="cert_classic",
                                         host=f"in partnership with {INST[7][1]}")]),
        ("workshop.pdf", [B.cert(r, "course", n, TR[4], "Plain Language for Municipal Notices", "2025-02-12",
                                 "2025-02-13", hours=12, location="Ottawa, Ontario", role="trainer")]),
        ("business college.pdf", [B.cert(r, "vocational", n, Wd.VOCATIONAL[0], "Advanced Spreadsheet Skills",
                                         "2023-10-02", "2023-11-20", hours=20, location="Brockville, Ontario",
                                         role="trainer", layout="cert_band")]),
        ("transcript.pdf", [B.transcript(r, "LACHANCE, GENEVIEVE M", COLL[5], ["Winter 2019"], issue="2026-06-30",
                                         terms_per_page=2, mono=True)]),
        ("township letter.pdf", [B.job(r, "employment_letter", n, "Township of Rideau Lakes North", "local",
                                       "Deputy Clerk-Treasurer", "2018-01-08", "2026-10-26", issue="2026-10-02",
                                       present=True, etype="full_time",
                                       address="1 Municipal Lane, Elgin, Ontario K0G 1E0")]),
        ("provincial course.pdf", [B.cert(r, "state_course", n, on[0], "Procedural By-law Essentials",
                                          "2025-04-01", "2025-04-29", hours=8, delivery="hybrid", assessment=True,
                                          location="Peterborough, Ontario", role="association",
                                          review="2025-0402", layout="cert_sidebar")]),
    ]
    return Packet("cmc-r10-rideau", "CMC, Region 10: an institute unit, an outside workshop and a business-college "
                  "course (education rows of Regions 10-11), college credits, a clerk-treasurer to the present, "
                  "a hybrid provincial course with assessment.",
                  manifest(n, "CMC", 10, "2026-10-26", "400913"), files=files)


def p07(r: random.Random) -> Packet:
    n, od = "Deborah J. Ellison", ASSN[0]
    acad = B.cert(r, "institute", n, INST[0][0], "Academy Module C", "2019-10-14", "2019-10-16", hours=18,
                  location="Norfolk, Virginia", layout="cert_classic", cosign=True)
    docs = [
        acad,
        B.transcript(r, "ELLISON, DEBORAH JEAN", COLL[1], ["Fall 2013", "Spring 2014", "Fall 2014"],
                     issue="2026-05-19", degree="Master of Public Administration", degree_date="2014-12-19",
                     terms_per_page=2, security=True),
        B.cert(r, "conference", n, od[0], "2023 Annual Conference", "2023-04-24", "2023-04-25", days=2,
               location="Williamsburg, Virginia", role="association", layout="cert_sidebar"),
        B.service(r, "committee_member", n, od[0], "Scholarship Committee", "2022-01-01", "2024-12-31",
                  issue="2025-01-30", years=2, head_style=0),
        acad.copy(),
        B.receipt(n, "2026-08-30", "MMC application fee", "20260830-7"),
    ]
    return Packet("mmc-r3-ellison-scan", "MMC, Region 3, one PDF of the whole packet: an academy module, an MPA "
                  "conferred before the CMC (unused-degree exception), a state conference stating days, a "
                  "committee letter, a second copy of the academy certificate (DUPLICATE), a receipt.",
                  manifest(n, "MMC", 3, "2026-09-14", "119277", prior="2016-04-20"), single=True,
                  files=[("", docs)])
