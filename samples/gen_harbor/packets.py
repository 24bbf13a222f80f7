"""The fourteen harbor packets: what each applicant mailed, file by file."""

from __future__ import annotations

import random
from collections.abc import Callable

from samples.gen_harbor import build as B
from samples.gen_harbor import world as Wd
from samples.gen_harbor.late_packets import p08, p09, p10, p11, p12, p13, p14
from samples.gen_harbor.model import Packet, manifest
from samples.gen_harbor.more_packets import p05, p06, p07

INST, ASSN, COLL = Wd.INSTITUTES, Wd.ASSOCIATIONS, Wd.COLLEGES


def loc(inst: tuple[str, ...]) -> str:
    return f"{inst[-2]}, {inst[-1]}"


def p01(r: random.Random) -> Packet:
    n, ins = "Rosalind T. Achterberg", INST[4]
    years = [B.cert(r, "institute", n, ins[0], f"Year {i + 1}", s, e, hours=h, location=loc(ins),
                    host=f"held at {ins[1]}", layout=lay, cosign=True)
             for i, (s, e, h, lay) in enumerate([("2023-07-17", "2023-07-21", 32, "cert_classic"),
                                                ("2024-07-15", "2024-07-19", 30, "cert_sidebar"),
                                                ("2025-07-14", "2025-07-18", 28, "cert_classic")])]
    state = B.cert(r, "state_course", n, ASSN[4][0], "Municipal Finance for Clerks", "2024-03-08", hours=12,
                   location=loc(ASSN[4]), role="association", review="2024-0311", layout="cert_band",
                   footer="P.O. Box 4410, Bowling Green, KY 42102")
    job = B.job(r, "employment_letter", n, "City of Sandusky Point", "local", "City Clerk", "2017-06-01",
                "2026-10-19", issue="2026-09-30", present=True, etype="full_time", admin=True,
                address="222 Meigs Street, Sandusky Point, Ohio 44870  \u2022  (419) 555-0140")
    return Packet("cmc-r4-sandusky-institute", "CMC, Region 4: three institute years, a state course with "
                  "IIMC course review, a city clerk 'to the present', an institute agenda and the form.",
                  manifest(n, "CMC", 4, "2026-10-19", "208311"),
                  files=[("Achterberg certificates.pdf", years), ("state course.pdf", [state]),
                         ("employment verification.pdf", [job]),
                         ("year 3 agenda.pdf", [B.agenda(r, ins[0], "Year 3 Program", "2025-07-14", "2025-07-18",
                                                         loc(ins))]),
                         ("application.pdf", [B.form(n, "CMC", "208311", "City of Sandusky Point", 4)])])


def p02(r: random.Random) -> Packet:
    n = "Marisol Quintanilla-Reyes"
    docs = [
        B.cert(r, "annual_conference", n, Wd.IIMC, "77th Annual Conference", "2024-05-19", "2024-05-22",
               hours=14.5, location="Grand Rapids, Michigan", role="iimc", layout="cert_classic",
               headline="Certificate of Attendance", seal="IIMC"),
        B.cert(r, "conference", n, ASSN[5][0], "IIMC Region VII Meeting", "2025-03-06", "2025-03-07", hours=9,
               location="Prescott, Arizona", role="association", layout="cert_band"),
        B.cert(r, "conference", n, ASSN[5][0], "2025 Annual Conference", "2025-10-01", "2025-10-03", days=3,
               location="Sedona, Arizona", role="association", layout="cert_sidebar"),
        B.cert(r, "conference", n, Wd.LEAGUES[2][0], "Annual Conference and Exhibit", "2025-06-11", "2025-06-13",
               hours=10.5, location="Waco, Texas", role="association", layout="cert_classic"),
        B.cert(r, "institute", n, INST[5][0], "Session 3", "2025-01-13", "2025-01-16", hours=24,
               location="Flagstaff, Arizona", layout="cert_sidebar", stamp="SEP 08 2026"),
    ]
    memo = B.job(r, "employment_memo", n, "Town of Silver Creek", "local", "Deputy Town Clerk", "2019-03-15",
                 "2024-08-31", issue="2026-08-20", etype="part_time", admin=True,
                 address="Town Hall, 9 Assay Row, Silver Creek, Colorado 81657")
    return Packet("cmc-r7-conference-season", "CMC, Region 7: the IIMC Annual Conference (placed by R9), a "
                  "Region meeting with hours, a state conference stating days, a league conference, an "
                  "institute session with a RECEIVED stamp, a part-time deputy clerk memo, a receipt.",
                  manifest(n, "CMC", 7, "2026-09-08", "311902"),
                  files=[(f"0{i + 1} certificate.pdf", [d]) for i, d in enumerate(docs)]
                  + [("06 hr memo.pdf", [memo]),
                     ("07 receipt.pdf", [B.receipt(n, "2026-08-28", "CMC application fee", "R-20931")])])


def p03(r: random.Random) -> Packet:
    n, ins, pa = "Theodora K. Lindqvist", INST[1], ASSN[1]
    modA = B.cert(r, "institute", n, ins[0], "Academy Module A", "2021-06-07", "2021-06-09", hours=15,
                  location="Altoona, Pennsylvania", layout="cert_classic", cosign=True)
    docs = [
        ("academy module A.pdf", [modA]),
        ("academy module B.pdf", [B.cert(r, "institute", n, ins[0], "Academy Module B", "2022-06-06", "2022-06-08",
                                         hours=12, location="Altoona, Pennsylvania", layout="cert_band")]),
        ("course review cert.pdf", [B.cert(r, "state_course", n, pa[0], "Right-to-Know Law in Practice",
                                           "2020-10-15", hours=8, location="Harrisburg, Pennsylvania",
                                           role="association", review="2020-0877")]),
        ("seminar.pdf", [B.cert(r, "course", n, Wd.TRAINERS[0], "Managing Difficult Conversations at the "
                                "Counter", "2023-04-12", hours=6.5, location="Scranton, Pennsylvania",
                                role="trainer", layout="cert_band")]),
        ("old certificate.pdf", [B.cert(r, "state_course", n, pa[0], "Minutes and Meeting Records",
                                        "2018-09-20", hours=6, location="State College, Pennsylvania",
                                        role="association", review="2018-0412", layout="cert_sidebar")]),
        ("committee chair.pdf", [B.service(r, "committee_chair", n, pa[0], "Education Committee", "2020-01-01",
                                           "2022-12-31", issue="2023-01-20", years=3, head_style=0)]),
        ("officer letter.pdf", [B.service(r, "association_officer", n, pa[0], "Secretary", "2021-01-01",
                                          "2023-12-31", issue="2024-02-02", years=2, unit="term",
                                          month_only=True, head_style=1)]),
        ("module A agenda.pdf", [B.agenda(r, ins[0], "Academy Module A", "2021-06-07", "2021-06-09",
                                          "Altoona, Pennsylvania")]),
    ]
    return Packet("mmc-r2-millbrook-academy", "MMC, Region 2: academy modules, a course-reviewed state course, "
                  "an outside seminar (R9), a state course dated before the CMC (PREDATES_DESIGNATION), "
                  "committee chair and officer letters, an agenda.",
                  manifest(n, "MMC", 2, "2026-10-05", "187440", prior="2019-05-10"), files=docs)


def p04(r: random.Random) -> Packet:
    n = "Cornelius A. Whitby"
    bs = B.transcript(r, "WHITBY, CORNELIUS A", COLL[0], ["Fall 2009", "Spring 2010", "Fall 2010", "Spring 2011",
                      "Fall 2011", "Spring 2012"], issue="2026-08-04",
                      degree="Bachelor of Science in Public Administration", degree_date="2012-05-12",
                      transfer=("Credit from Upper Valley Junior College", 45.0), security=True,
                      terms_per_page=3, legend=True, registrar="Office of the University Registrar")
    cc = B.transcript(r, "Whitby, Cornelius A.", COLL[2], ["Summer 2014", "Fall 2014"], issue="2026-08-11",
                      transfer=None, terms_per_page=1, mono=True)
    return Packet("cmc-r5-bardstown-transcripts", "CMC, Region 5: a related bachelor's transcript on security "
                  "paper with a legend page, community-college credits, an associate diploma, county and city "
                  "employment (table with 'Present'), a state webinar with assessment, a 3-hour online course.",
                  manifest(n, "CMC", 5, "2026-11-02", "220517"),
                  files=[("transcript MSU.pdf", [bs]), ("transcript PVCC.pdf", [cc]),
                         ("diploma.pdf", [B.diploma(r, n, COLL[3][0], "Associate of Arts in Political Science",
                                                    "2009-05-15")]),
                         ("county letter.pdf", [B.job(r, "employment_letter", n, "Harlan County Fiscal Court",
                                                      "local", "Records Coordinator", "2010-02-01", "2016-04-30",
                                                      issue="2026-07-14", etype="full_time",
                                                      address="Courthouse Square, Harlan, Kentucky 40831")]),
                         ("city letter.pdf", [B.job(r, "employment_table", n, "City of Bardstown Springs", "local",
                                                    "City Clerk", "2016-05-02", "2026-11-02", issue="2026-10-01",
                                                    present=True, etype="full_time", admin=True,
                                                    address="110 Court Street, Bardstown Springs, KY 40004")]),
                         ("webinar.pdf", [B.cert(r, "state_course", n, ASSN[4][0], "Open Records Decisions Update",
                                                 "2025-11-18", hours=2, delivery="webinar", assessment=True,
                                                 platform="Zoom Webinar", role="association",
                                                 review="2025-1190", layout="cert_band")]),
                         ("online course.pdf", [B.cert(r, "course", n, Wd.TRAINERS[1], "Email Etiquette for "
                                                       "Public Offices", "2026-02-03", hours=3, delivery="online",
                                                       assessment=True, platform="LearnDash Online Campus",
                                                       role="trainer", layout="cert_sidebar")])])


PACKETS: list[Callable[[random.Random], Packet]] = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11,
                                                    p12, p13, p14]
