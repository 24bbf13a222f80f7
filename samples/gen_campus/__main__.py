"""python -m samples.gen_campus [--seed S] [--packets N] [--scanned] [--out DIR]"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
from pathlib import Path

from reportlab.pdfgen import canvas

from . import truth as T
from .packets import Packet
from .world import World

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


def p01(w):
    p = Packet(w, "p01-cmc-r3-associate-hr", "CMC", 3, D(2026, 10, 19))
    p.transcript("01-transcript.pdf", "Political Science", "Associate of Arts", D(2014, 5, 17), 2, 2011, 5)
    p.employment("02-hr-letter.pdf", "Deputy City Clerk", D(2017, 3, 6), None, "full_time", True, "twimc")
    for s, h in ((D(2019, 7, 14), 12.0), (D(2020, 7, 12), 18.0), (D(2021, 7, 11), 10.5)):
        p.certificate("03-certificates.pdf", "institute", s, s + dt.timedelta(days=3), hours=h)
    p.certificate("03-certificates.pdf", "annual_conference", D(2023, 5, 20), D(2023, 5, 24), hours=16.0)
    p.resolution("04-resolution.pdf", 9, "Deputy City Clerk")
    return p, "Associate degree in a related field on a multi-page transcript, HR letter 'to present', institute certificates, annual conference, council resolution."


def p02(w):
    p = Packet(w, "p02-cmc-r10-ontario-credits-memo", "CMC", 10, D(2026, 9, 8))
    p.transcript("01-transcript.pdf", None, "", None, 4, 2015, 6)
    p.employment("02-hr-memo.pdf", "Deputy Clerk", D(2019, 2, 4), D(2025, 8, 29), "part_time", True, "memo",
                 employer=f"County of {p.town}")
    p.certificate("03-course.pdf", "course", D(2022, 4, 5), D(2022, 4, 7), hours=18.0)
    p.certificate("04-conference.pdf", "conference", D(2023, 9, 24), D(2023, 9, 26), days=3)
    p.resolution("05-resolution.pdf", 6, "Deputy Clerk")
    return p, "Region 10 (Canada): college credits without a degree count in Education; HR memo with a position table (part-time); course without review in Education; conference by days."


def p03(w):
    p = Packet(w, "p03-mmc-r5-bachelor-diploma", "MMC", 5, D(2026, 11, 2), prior=D(2019, 6, 1))
    t = p.transcript("01-transcript.pdf", "Public Administration", "Bachelor of Arts", D(2012, 12, 15), 1, 2008, 8)
    p.diploma("02-diploma.pdf", t)
    p.service("03-committee-chair.pdf", "Chair", "committee_chair", D(2020, 1, 1), D(2022, 12, 31), "three")
    p.certificate("04-certificates.pdf", "institute", D(2021, 3, 8), D(2021, 3, 10), hours=14.0)
    p.certificate("04-certificates.pdf", "annual_conference", D(2018, 5, 19), D(2018, 5, 23))
    p.certificate("04-certificates.pdf", "conference", D(2024, 10, 2), D(2024, 10, 4), hours=10.0)
    return p, "MMC: unused bachelor's degree dated before the CMC (no flag), its diploma as a duplicate, committee chair for three years, an annual conference before the designation."


def p04(w):
    p = Packet(w, "p04-mmc-r11-biology-online", "MMC", 11, D(2026, 8, 17), prior=D(2016, 4, 11))
    p.transcript("01-transcript.pdf", "Biology", "Bachelor of Science", D(2009, 6, 5), 5, 2005, 8)
    p.service("02-committee.pdf", "a member", "committee_member", D(2018, 3, 1), D(2021, 2, 28))
    p.service("03-officer.pdf", "Treasurer", "association_officer", D(2022, 1, 1), D(2023, 12, 31), "two")
    p.certificate("04-course.pdf", "course", D(2023, 2, 13), D(2023, 2, 16), hours=24.0)
    p.certificate("05-online.pdf", "course", D(2024, 5, 1), D(2024, 6, 15), hours=12.0, delivery="online")
    return p, "MMC, international region: unrelated bachelor's degree, committee and officer letters, a seminar, an online course without assessment."


def p05(w):
    p = Packet(w, "p05-cmc-r8-quarter-firstperson", "CMC", 8, D(2026, 10, 5))
    p.transcript("01-transcript.pdf", "Public Administration", "Associate of Science", D(2016, 6, 10), 0, 2013, 7)
    p.employment("02-hr-letter.pdf", "City Clerk", D(2018, 9, 17), None, "full_time", None, "table")
    p.first_person("03-my-service.pdf", D(2021, 1, 1), D(2023, 12, 31))
    p.certificate("04-institute.pdf", "institute", D(2022, 7, 17), D(2022, 7, 21), hours=24.0)
    p.certificate("04-institute.pdf", "institute", D(2023, 7, 16), D(2023, 7, 20), hours=22.0)
    return p, "Quarter-unit transcript with an associate degree, HR letter with a positions table, a first-person service letter."


def p06(w):
    p = Packet(w, "p06-cmc-r7-relative-prior-admin", "CMC", 7, D(2026, 7, 27))
    last = p.person[2]
    p.employment("01-hr-clerk.pdf", "Town Clerk", D(2016, 1, 4), None, "full_time", True, "body",
                 employer=f"Town of {p.town}", signer=f"Douglas {last}", relative=True)
    p.employment("02-hr-prior.pdf", "Administrative Assistant to the City Manager", D(2010, 5, 3),
                 D(2015, 12, 18), "full_time", True, "twimc", employer=f"City of {p.town}", clerk=False)
    p.transcript("03-transcript.pdf", None, "", None, 3, 2012, 4)
    p.certificate("04-certificates.pdf", "institute", D(2017, 7, 9), D(2017, 7, 13), hours=30.0)
    p.certificate("04-certificates.pdf", "conference", D(2019, 3, 6), D(2019, 3, 8), hours=15.0)
    return p, "HR letter signed by a relative (same family name), a prior local-government administrative position, credits without a degree."


def p07(w):
    p = Packet(w, "p07-mmc-r2-former-name-mismatch", "MMC", 2, D(2026, 11, 16), prior=D(2017, 9, 20))
    maiden = f"{p.person[0]} {p.person[1] + ' ' if p.person[1] else ''}{w.person()[2]}"
    p.man["applicant"]["former_names"] = [maiden]
    p.transcript("01-transcript-maiden.pdf", "Political Science", "Bachelor of Arts", D(2006, 5, 20), 6, 2002, 8,
                 name=maiden)
    p.transcript("02-transcript-other.pdf", "Urban Planning", "Associate of Arts", D(2019, 12, 14), 3, 2017, 4,
                 name=w.other_name(), mismatch=True)
    p.certificate("03-conference.pdf", "annual_conference", D(2024, 5, 18), D(2024, 5, 22))
    p.certificate("04-institute.pdf", "institute", D(2020, 10, 5), D(2020, 10, 8), hours=20.0)
    return p, "A transcript under the applicant's former name (no flag) and one under another person's name (NAME_MISMATCH)."


def p08(w):
    p = Packet(w, "p08-cmc-r5-business-missing-hours", "CMC", 5, D(2026, 6, 22))
    p.transcript("01-transcript.pdf", "Business Administration", "Bachelor of Science", D(2008, 5, 3), 1, 2004, 8)
    p.employment("02-hr-state.pdf", "Administrative Services Manager", D(2009, 6, 1), D(2014, 8, 15), None,
                 True, "body", employer="State Department of Revenue", clerk=False, sector="state_federal")
    p.employment("03-hr-clerk.pdf", "Village Clerk", D(2014, 9, 2), None, "full_time", True, "memo",
                 employer=f"Village of {p.town}")
    p.certificate("04-certificates.pdf", "institute", D(2021, 7, 11), D(2021, 7, 15), drop=("hours",))
    p.certificate("04-certificates.pdf", "institute", D(2022, 7, 10), D(2022, 7, 14), hours=26.0)
    return p, "Business administration degree (left to a reviewer), state administrative position, memo-style HR letter, a certificate without hours."


def p09(w):
    p = Packet(w, "p09-cmc-r10-bc-diploma-resolution", "CMC", 10, D(2026, 9, 28))
    t = p.transcript("01-transcript.pdf", "Political Science", "Bachelor of Arts", D(2011, 6, 10), 5, 2007, 8)
    p.diploma("01-transcript.pdf", t)
    p.employment("02-hr-letter.pdf", "Deputy Clerk", D(2013, 4, 15), None, "full_time", True, "table",
                 employer=f"Town of {p.town}")
    p.certificate("03-certificates.pdf", "annual_conference", D(2022, 8, 20), D(2022, 8, 24))
    p.certificate("03-certificates.pdf", "course", D(2024, 2, 1), D(2024, 3, 1), hours=8.0,
                  delivery="online", assessment=True)
    p.resolution("04-resolution.pdf", 12, "Deputy Clerk")
    return p, "Region 10: bachelor's transcript with the diploma behind it in the same file (duplicate), HR positions table, online course with assessment."


def p10(w):
    p = Packet(w, "p10-mmc-r3-mpa-duplicate-webinar", "MMC", 3, D(2026, 10, 26), prior=D(2015, 2, 27))
    p.transcript("01-transcript.pdf", "Public Administration", "Master of", D(2018, 8, 11), 2, 2016, 5)
    c = p.certificate("02-certificates.pdf", "institute", D(2019, 3, 11), D(2019, 3, 14), hours=16.0)
    p.certificate("02-certificates.pdf", "course", D(2020, 9, 9), hours=1.5, delivery="webinar")
    p.copy("03-copy-of-certificate.pdf", c)
    p.service("04-committee.pdf", "a member", "committee_member", D(2016, 6, 1), D(2020, 5, 31), "four")
    return p, "MMC: master's degree after the CMC, a certificate sent twice (DUPLICATE), a webinar without assessment."


def p11(w):
    p = Packet(w, "p11-cmc-r2-parttime-missing-date", "CMC", 2, D(2026, 5, 11))
    p.transcript("01-transcript.pdf", "Music", "Associate of Arts", D(2003, 5, 24), 6, 2001, 4)
    p.employment("02-hr-letter.pdf", "Assistant Town Clerk", D(2015, 8, 3), D(2024, 12, 31), "part_time", False,
                 "twimc", employer=f"Town of {p.town}")
    p.certificate("03-certificates.pdf", "institute", D(2020, 7, 12), hours=8.0, drop=("dates",))
    p.certificate("03-certificates.pdf", "conference", D(2021, 4, 14), D(2021, 4, 16), hours=13.0)
    p.resolution("04-resolution.pdf", 9, "Assistant Town Clerk")
    return p, "Part-time clerk without administrative responsibility, an associate degree in an unrelated field (no row), a certificate without dates."


def p12(w):
    p = Packet(w, "p12-mmc-r10-alberta-officer", "MMC", 10, D(2026, 11, 23), prior=D(2018, 10, 4))
    p.transcript("01-transcript.pdf", None, "", None, 4, 2019, 6)
    p.service("02-officer.pdf", "Vice-President", "association_officer", D(2020, 1, 1), D(2022, 12, 31), "three")
    p.certificate("03-institute.pdf", "institute", D(2021, 5, 3), D(2021, 5, 6), hours=21.0)
    p.certificate("04-conference.pdf", "conference", D(2023, 4, 18), D(2023, 4, 20), days=3)
    p.certificate("05-conference.pdf", "conference", D(2017, 4, 19), D(2017, 4, 21), days=3)
    return p, "MMC, region 10: credits without a degree in Professional Contribution, officer letter, a conference before the designation."


def p13(w):
    p = Packet(w, "p13-cmc-r8-institute-years-hr", "CMC", 8, D(2026, 10, 12))
    p.transcript("01-transcript.pdf", "Urban Planning", "Bachelor of Science", D(2010, 12, 18), 0, 2006, 9)
    p.employment("02-hr-letter.pdf", "City Clerk", D(2012, 1, 9), None, "full_time", True, "body",
                 employer=f"City of {p.town}")
    for i, (s, h) in enumerate(((D(2018, 7, 15), 28.0), (D(2019, 7, 14), 27.5), (D(2020, 7, 12), 26.0),
                                (D(2021, 3, 22), 6.0), (D(2022, 9, 12), 7.5))):
        p.certificate(f"03-institute-{i + 1}.pdf", "institute", s, s + dt.timedelta(days=4 if h > 20 else 0),
                      hours=h)
    p.certificate("04-conference.pdf", "conference", D(2023, 10, 16), D(2023, 10, 18), hours=12.0)
    p.resolution("05-resolution.pdf", 14, "City Clerk")
    return p, "A long-serving clerk: bachelor's in a related field (Education capped at 60, the excess spills to Experience), five institute certificates, the employment row at its cap of 40."


def p14(w):
    p = Packet(w, "p14-mmc-r5-seminars-officer", "MMC", 5, D(2026, 11, 9), prior=D(2020, 2, 14))
    p.service("01-officer.pdf", "Secretary", "association_officer", D(2021, 1, 1), D(2024, 12, 31), "four")
    p.service("02-committee-chair.pdf", "Chair", "committee_chair", D(2022, 6, 1), D(2024, 5, 31), "two")
    for i, (s, h) in enumerate(((D(2021, 4, 12), 12.0), (D(2022, 4, 11), 18.0), (D(2023, 5, 8), 9.0))):
        p.certificate(f"03-seminar-{i + 1}.pdf", "course", s, s + dt.timedelta(days=1), hours=h)
    p.certificate("04-academy.pdf", "institute", D(2023, 11, 6), D(2023, 11, 9), hours=24.0)
    p.certificate("04-academy.pdf", "institute", D(2024, 11, 4), D(2024, 11, 7), hours=24.0)
    p.certificate("05-conference.pdf", "annual_conference", D(2025, 5, 17), D(2025, 5, 21), hours=18.0)
    p.certificate("06-conference.pdf", "conference", D(2024, 9, 25), D(2024, 9, 27), hours=14.0)
    return p, "MMC: officer and chair letters, seminars without course review, academy certificates, an annual conference placed where the packet needs it."


PACKETS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14]


def write(p: Packet, desc: str, out: Path) -> None:
    d = out / p.name
    d.mkdir(parents=True)
    files: dict[str, list[dict]] = {}
    for doc in p.docs:
        files.setdefault(doc["file"], []).append(doc)
    for name in sorted(files):
        c = canvas.Canvas(str(d / name), invariant=1)
        c.setTitle(name)
        page = 1
        for doc in files[name]:
            n = doc["draw"](c, p.rng, doc["data"])
            doc["source"], doc["pages"] = name, list(range(page, page + n))
            page += n
        c.save()
    docs = sorted(p.docs, key=lambda x: (x["source"], x["pages"][0]))
    (d / "packet.json").write_text(json.dumps(p.man, indent=2) + "\n")
    (d / "truth.json").write_text(json.dumps(T.truth_json(desc, docs, p.man), indent=2) + "\n")


def generate(out: Path, seed: int = 2026, packets: int | None = None) -> list[str]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    names = []
    for i, fn in enumerate(PACKETS[:packets]):
        p, desc = fn(World(seed * 100 + i))
        write(p, desc, out)
        names.append(p.name)
    return names


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_campus")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--packets", type=int, default=None)
    ap.add_argument("--scanned", action="store_true", help="also write scanned variants")
    ap.add_argument("--out", type=Path, default=ROOT / "campus")
    a = ap.parse_args()
    generate(a.out, a.seed, a.packets)
    if a.scanned:
        from .scan import scan_set
        scan_set(a.out, a.out.parent / (a.out.name + "_scanned"), a.seed)


if __name__ == "__main__":
    main()
