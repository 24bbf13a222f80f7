"""Document factories: draw the values of one document and say how to render it.

A `PacketBuilder` holds one applicant, program and region; its methods return `Doc`s
whose `fields` are the normalized truth and whose `opts` carry the rendering choices
(wording, layout, letter paragraphs). Keyword `drop=` removes stated facts (for the
MISSING_* flags) before any wording is built, so the document never prints them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from samples import pools
from samples.render import fdate, fmonth, fnum, frange, hours_phrase
from samples.truth import Doc

IIMC = "International Institute of Municipal Clerks"
IIMC_ADDR = "8331 Utica Avenue, Suite 200 | Rancho Cucamonga, CA 91730 | (909) 944-4162"


@dataclass
class Person:
    first: str
    middle: str
    last: str
    female: bool

    def full(self) -> str:
        return f"{self.first} {self.middle}. {self.last}"

    def plain(self) -> str:
        return f"{self.first} {self.last}"

    def variant(self, rng: random.Random, prose: bool = False) -> tuple[str, str, str]:
        """(printed core name, prefix, suffix): the truth is the core name."""
        forms = [self.full(), self.plain(), self.full(), self.plain()]
        if not prose:
            forms += [
                f"{self.last}, {self.first} {self.middle}.",
                f"{self.last.upper()}, {self.first.upper()} {self.middle}",
                self.full().upper(),
            ]
        core = rng.choice(forms)
        prefix = (
            rng.choice(["", "", "", "Ms. " if self.female else "Mr. "]) if "," not in core else ""
        )
        suffix = rng.choice(["", "", "", ", CMC"]) if "," not in core else ""
        return core, prefix, suffix

    @property
    def hon(self) -> str:
        return "Ms." if self.female else "Mr."

    @property
    def she(self) -> str:
        return "she" if self.female else "he"

    @property
    def her(self) -> str:
        return "her" if self.female else "his"


def new_person(rng: random.Random, female: bool | None = None, last: str | None = None) -> Person:
    female = rng.random() < 0.75 if female is None else female
    first = rng.choice(pools.FIRST_F if female else pools.FIRST_M)
    return Person(first, rng.choice(pools.MIDDLE), last or rng.choice(pools.LAST), female)


def month_end(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


class PacketBuilder:
    def __init__(
        self,
        name: str,
        program: str,
        region: int,
        seed: int,
        *,
        received: dt.date,
        prior: dt.date | None = None,
        window: tuple[int, int] | None = None,
        former_last: str | None = None,
        membership: str = "full",
        cmc_used_degree: bool = False,
        description: str = "",
        single: bool = False,
    ) -> None:
        self.name, self.program, self.region, self.single = name, program, region, single
        self.rng = random.Random(f"{seed}:{name}")
        self.person = new_person(self.rng)
        self.received, self.prior = received, prior
        lo = prior.year if prior else received.year - 8
        self.window = window or (lo, received.year)
        city = self.rng.choice(pools.CITIES[region])
        self.city, self.state, self.st, self.zip = city
        self.unit = self.rng.choice(pools.LOCAL_UNITS).format(c=self.city)
        self.former = None
        if former_last:
            self.former = f"{self.person.first} {former_last}"
        self.manifest: dict[str, Any] = {
            "applicant": {
                "name": self.person.full(),
                "former_names": [self.former] if self.former else [],
                "member_id": str(self.rng.randint(100000, 199999)),
                "region": region,
                "membership": membership,
            },
            "program": program,
            **({"prior_designation_date": prior.isoformat()} if prior else {}),
            "received_date": received.isoformat(),
            **({"cmc_used_degree": True} if cmc_used_degree else {}),
        }
        self.description = description
        self.files: list[tuple[str, list[Doc] | None, str | None]] = []

    # ------------------------------------------------------------ packet contents

    def add(self, filename: str, *docs: Doc) -> list[Doc]:
        self.files.append((filename, list(docs), None))
        return list(docs)

    def bad(self, filename: str, how: str) -> None:
        self.files.append((filename, None, how))

    # ------------------------------------------------------------ drawing helpers

    def seed(self) -> int:
        return self.rng.randint(0, 2**31)

    def date_in(self, years: tuple[int, int] | None = None) -> dt.date:
        lo, hi = years or self.window
        while True:
            d = dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))
            if (not self.prior or d > self.prior) and d < self.received - dt.timedelta(days=20):
                return d

    def name_for(
        self,
        doc_opts: dict[str, Any],
        person: Person | None = None,
        former: bool = False,
        prose: bool = False,
    ) -> str:
        p = person or self.person
        core, pre, suf = p.variant(self.rng, prose)
        if self.program == "CMC":
            suf = ""  # a CMC applicant does not hold the CMC yet
        if former and self.former:
            core = self.former
        doc_opts["name_prefix"], doc_opts["name_suffix"] = pre, suf
        return core

    def signer(self) -> str:
        q = new_person(self.rng, female=self.rng.random() < 0.6)
        while q.last == self.person.last:
            q = new_person(self.rng)
        return self.rng.choice(
            [q.full(), q.plain(), f"Dr. {q.plain()}" if self.rng.random() < 0.3 else q.plain()]
        )

    def here(self) -> str:
        return f"{self.city}, {self.state}"

    @staticmethod
    def finish(doc: Doc, drop: tuple[str, ...]) -> Doc:
        for k in drop:
            doc.fields.pop(k, None)
        doc.fields = {k: v for k, v in doc.fields.items() if v is not None}
        return doc

    # ------------------------------------------------------------ certificates

    def cert(
        self,
        activity: str,
        *,
        drop: tuple[str, ...] = (),
        when: dt.date | None = None,
        person: Person | None = None,
        former: bool = False,
        **over: Any,
    ) -> Doc:
        r = self.rng
        opts: dict[str, Any] = {}
        start = when or self.date_in()
        days = 1
        f: dict[str, Any] = {
            "activity": activity,
            "applicant_name": self.name_for(opts, person, former),
        }
        sig_title = "Program Director"
        if activity == "institute":
            prog, host, city, state = r.choice(
                pools.CANADIAN_INSTITUTES if self.region == 10 else pools.INSTITUTES
            )
            opts["host"] = r.choice([host, f"in partnership with {host}", f"Hosted by {host}"])
            f["provider"] = prog
            f["title"] = r.choice(
                [
                    f"Year {r.choice(['I', 'II', 'III'])} Program",
                    "Institute Year One",
                    "Professional Development Academy, Session " + str(r.randint(1, 4)),
                    r.choice(pools.INSTITUTE_SESSIONS),
                    "Clerks Institute \u2013 Level II",
                    "Second Year Curriculum",
                ]
            )
            days = r.choice([1, 3, 4, 5])
            f["hours"] = (
                r.choice([12, 13, 14.5, 18, 20, 24, 27, 30, 32])
                if days > 1
                else r.choice([3, 6, 6.5, 7])
            )
            f["location"] = f"{city}, {state}" if r.random() < 0.7 else None
            sig_title = r.choice(["Institute Director", "Director, " + prog, "Program Director"])
            if r.random() < 0.35 and days > 1:
                sess = r.sample(pools.INSTITUTE_SESSIONS, k=min(8, max(3, int(f["hours"] // 4))))
                hs = [r.choice([1.5, 2, 2.5, 3, 3.5, 4]) for _ in sess]
                opts["sessions"] = list(zip(sess, hs, strict=True))
                f["hours"] = float(sum(hs))
                opts["layout"] = "sessions"
        elif activity == "state_course":
            f["provider"] = r.choice(pools.ASSOCIATIONS)
            f["title"] = r.choice(pools.STATE_COURSES) + (
                f" {start.year}" if r.random() < 0.3 else ""
            )
            f["hours"] = r.choice([3, 4, 6, 6.5, 8, 12])
            days = 1 if f["hours"] <= 8 else 2
            f["course_review"] = True
            opts["review_no"] = f"{start.year}-{r.randint(100, 399)}"
            f["location"] = self.here() if r.random() < 0.6 else None
            sig_title = r.choice(["President", "Education Chair", "Executive Director"])
        elif activity == "course":
            prov, titles = r.choice(pools.OUTSIDE_COURSES)
            f["provider"], f["title"] = prov, r.choice(titles)
            f["hours"] = r.choice([6, 6.5, 7, 12, 13, 14])
            days = 1 if f["hours"] < 8 else 2
            f["location"] = self.here() if r.random() < 0.5 else None
            sig_title = r.choice(["President", "Seminar Leader", "Director of Training"])
        elif activity == "vocational":
            f["provider"], f["title"] = r.choice(pools.VOCATIONAL)
            f["hours"] = r.choice([20, 24, 30, 36, 45])
            days = r.choice([30, 45, 60])
            sig_title = "Registrar"
        elif activity == "annual_conference":
            year = start.year
            f["provider"] = IIMC
            f["title"] = f"{ordinal_n(year - 1946)} Annual Conference"
            f["location"] = pools.ANNUAL_CONF_CITIES.get(year)
            start = dt.date(year, 5, r.randint(12, 22)) if not when else when
            days = 4
            f["hours"] = r.choice([None, None, 16, 18.5])
            sig_title = "IIMC President"
        elif activity == "conference":
            org = r.choice(pools.ASSOCIATIONS + pools.LEAGUES)
            f["provider"] = org
            f["title"] = r.choice(
                [
                    f"{start.year} Annual Conference",
                    "Annual Conference & Exhibition",
                    f"IIMC Region {roman(self.region)} Meeting",
                    "Spring Professional Development Conference",
                ]
            )
            days = r.choice([2, 3])
            if r.random() < 0.5:
                f["hours"] = r.choice([8, 11, 12.5, 15])
            elif r.random() < 0.5:
                f["days"] = days
            f["location"] = self.here() if r.random() < 0.6 else None
            sig_title = r.choice(["President", "Conference Chair"])
        elif activity == "conference_academy":
            f["provider"] = IIMC
            f["title"] = f"Annual Conference Academy: {r.choice(pools.ACADEMY_SESSIONS)}"
            f["location"] = pools.ANNUAL_CONF_CITIES.get(start.year)
            sig_title = "Education Director"
        elif activity == "athenian_dialogue":
            f["provider"] = IIMC
            f["title"] = f"Athenian Leadership Dialogue: {r.choice(pools.ATHENIAN_TITLES)}"
            f["assessment"] = True
            f["location"] = self.here() if r.random() < 0.4 else None
            sig_title = "Athenian Dialogue Facilitator"
        elif activity == "iimc_online":
            f["provider"] = IIMC
            f["title"] = r.choice(pools.IIMC_ONLINE)
            f["delivery"], f["assessment"] = "online", True
            f["hours"] = r.choice([4, 6, 8])
            sig_title = "Director of Education"
        elif activity == "cd_rom":
            f["provider"] = IIMC
            f["title"] = f"IIMC CD-ROM Course: {r.choice(pools.CDROM_TITLES)}"
            sig_title = "Director of Education"
        elif activity == "study_abroad":
            f["provider"] = IIMC
            f["title"] = (
                f"IIMC Study Abroad Program \u2013 {r.choice(['United Kingdom', 'Ireland', 'The Netherlands'])}"
            )
            days = 10
            sig_title = "Study Abroad Coordinator"
        elif activity == "certification":
            title, prov, hrs = r.choice(pools.CERTIFICATIONS)
            f.update(provider=prov, title=title, hours=hrs)
            days = r.choice([180, 270, 365])
            sig_title = "Program Director"
        f["start_date"] = start.isoformat()
        end = start + dt.timedelta(days=days - 1)
        f["end_date"] = end.isoformat()
        if r.random() < 0.3 or activity in ("certification", "vocational"):
            f["issue_date"] = iso(end + dt.timedelta(days=r.choice([0, 0, 3, 14])))
        f["signatory"] = self.signer() if r.random() < 0.85 else None
        opts["signatory_title"] = sig_title
        opts["footer"] = r.choice(
            ["", "www.iimc.com", f"{f.get('provider', '')} \u2022 {self.here()}"]
        )
        if "layout" in over:
            opts["layout"] = over.pop("layout")
        f.update(over)
        if "sessions" in opts and f.get("hours") != sum(h for _, h in opts["sessions"]):
            opts.pop("sessions")
            opts.pop("layout", None)
        if opts.get("layout") == "sessions" and "sessions" not in opts:
            opts.pop("layout")
        if activity in ("conference_academy", "athenian_dialogue", "cd_rom") and r.random() < 0.6:
            f["end_date"] = f["start_date"]
        return self.finish(Doc("certificate", f, "certificate", self.seed(), opts), drop)

    def fema(
        self, hours: float, assessment: bool | None, delivery: str = "online", **kw: Any
    ) -> Doc:
        d = self.cert("course", **kw)
        d.fields.update(
            provider="FEMA Emergency Management Institute",
            title=self.rng.choice(pools.FEMA_COURSES),
            hours=hours,
            delivery=delivery,
        )
        d.fields.pop("location", None)
        d.fields["end_date"] = d.fields["start_date"]
        if assessment is None:
            d.fields.pop("assessment", None)
        else:
            d.fields["assessment"] = assessment
        d.opts["signatory_title"] = "Superintendent, Emergency Management Institute"
        return d

    def webinar(
        self, hours: float, assessment: bool | None, delivery: str = "webinar", **kw: Any
    ) -> Doc:
        d = self.cert("course", **kw)
        d.fields.update(
            provider=self.rng.choice(pools.WEBINAR_PROVIDERS), delivery=delivery, hours=hours
        )
        d.fields["title"] = self.rng.choice(
            [
                "Records Retention in the Cloud",
                "Public Meeting Law Update",
                "Budget Transparency for Clerks",
                "Managing Agenda Workflows",
            ]
        )
        d.fields.pop("location", None)
        d.fields["end_date"] = d.fields["start_date"]
        if assessment is not None:
            d.fields["assessment"] = assessment
        return d

    # ------------------------------------------------------------ transcripts

    def transcript(
        self,
        activity: str = "degree",
        degree: str | None = None,
        *,
        when: dt.date | None = None,
        credits: int | None = None,
        two_page: bool = False,
        drop: tuple[str, ...] = (),
        university: tuple[str, str, str] | None = None,
        pages: int = 0,
    ) -> Doc:
        """A transcript: 2-8 terms on one or two pages, or two terms a page on `pages`
        pages (a long record)."""
        r = self.rng
        opts: dict[str, Any] = {}
        uni, uaddr, reg = university or r.choice(pools.UNIVERSITIES)
        f: dict[str, Any] = {"activity": activity, "provider": uni}
        core = self.person.full()
        style = r.randint(0, 3)
        f["applicant_name"] = [
            core,
            f"{self.person.last.upper()}, {self.person.first.upper()} {self.person.middle}",
            f"{self.person.last}, {self.person.first} {self.person.middle}.",
            self.person.plain(),
        ][style]
        opts["name_display"] = f["applicant_name"]
        end = when or self.date_in()
        n_terms = 8 if activity == "degree" else r.choice([2, 3, 4])
        if activity == "degree" and degree and degree.startswith("Associate"):
            n_terms = 4
        if activity == "degree" and degree and degree.startswith("Master"):
            n_terms = 4
        if pages:
            n_terms = 2 * pages
        terms = []
        y, season = end.year - (n_terms + 1) // 2, "Fall"
        subjects = [k for k in pools.COURSE_CATALOG if k != "BIO"]
        if activity == "degree" and degree and "Biology" in degree:
            subjects = ["BIO", "BIO", "ENG", "MAT", "PSY", "HIS"]
        total = 0.0
        for _t in range(n_terms):
            label = f"{season} {y}"
            rows = []
            for _ in range(r.choice([3, 4, 4, 5]) if activity == "degree" else r.choice([2, 3])):
                subj = r.choice(subjects if activity == "degree" else ["PAD", "POS", "ACC", "COM"])
                title = r.choice(pools.COURSE_CATALOG[subj])
                cr = r.choice([3.0, 3.0, 3.0, 4.0]) if subj != "COM" else 3.0
                rows.append((f"{subj} {r.randint(101, 499)}", title, cr, r.choice(pools.GRADES)))
                total += cr
            terms.append((label, rows))
            if season == "Fall":
                season, y = "Spring", y + 1
            else:
                season = "Fall"
        transfer = 0.0
        if activity == "degree" and degree and degree.startswith("Bachelor") and total < 120:
            transfer = 120.0 - total
        elif activity == "degree" and degree and degree.startswith("Associate") and total < 60:
            transfer = 60.0 - total
        elif activity == "degree" and degree and degree.startswith("Master") and total < 36:
            transfer = 0.0
        opts.update(
            terms=terms,
            university=uni,
            uaddr=uaddr,
            registrar=reg,
            transfer=transfer,
            student_id=f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
            cr_label=r.choice(["Credits", "Cr Hrs", "Units", "Attempted"]),
            total_label=r.choice(
                [
                    "Cumulative Credits Earned",
                    "Total Credit Hours",
                    "Total Units Earned",
                    "Overall Hours Earned",
                ]
            ),
            dstyle=r.choice(["num", "long", "num_short"]),
            degree_style=r.randint(0, 1),
            lab_name=r.random() < 0.5,
            gpa=f"{r.uniform(2.9, 3.9):.2f}",
            registrar_name=self.signer() if r.random() < 0.5 else None,
            doc_head=r.choice(
                ["OFFICIAL TRANSCRIPT", "ACADEMIC RECORD", "Official Academic Transcript"]
            ),
        )
        if two_page:
            opts["split"] = (n_terms + 1) // 2
        if pages:
            opts["per_page"] = 2
        f["credit_units"] = total + transfer
        if activity == "degree":
            f["degree"] = degree
            dd = dt.date(end.year, r.choice([5, 5, 12, 8]), r.choice([10, 14, 15, 18, 20]))
            f["degree_date"] = dd.isoformat()
            opts["honors"] = r.choice([None, "Cum Laude", "Dean's List: 3 terms"])
            opts["program_line"] = f"Program: {degree}" if r.random() < 0.3 else None
            if opts["program_line"]:
                opts["program_line"] = None  # keep the degree named once (unambiguous)
        issue = (dd if activity == "degree" else end) + dt.timedelta(days=r.randint(30, 900))
        f["issue_date"] = min(issue, self.received - dt.timedelta(days=10)).isoformat()
        if credits is not None:
            pass
        return self.finish(Doc("transcript", f, "transcript", self.seed(), opts), drop)

    # ------------------------------------------------------------ letters

    def _letter(
        self, kind: str, f: dict[str, Any], opts: dict[str, Any], drop: tuple[str, ...]
    ) -> Doc:
        d = self.finish(Doc(kind, f, "letter", self.seed(), opts), drop)
        return d

    def letter_opts(
        self, org: str, sig: str, sig_title: str, dept: str = "", addr: str = ""
    ) -> dict[str, Any]:
        r = self.rng
        return {
            "letterhead": org,
            "department": dept,
            "address": addr
            or f"{r.randint(100, 999)} {r.choice(['Main Street', 'Civic Center Drive', 'W. Broadway', 'Municipal Plaza'])} | {self.city}, {self.st} {self.zip} | Tel. ({r.randint(201, 989)}) 555-{r.randint(1000, 9999)}",
            "sig_lines": [sig_title, org if r.random() < 0.5 else ""],
            "signatory": sig,
            "family": r.choice(["times", "helv", "times", "courier"]),
        }

    def employment(
        self,
        position: str,
        start: dt.date,
        end: dt.date | None = None,
        *,
        employment_type: str | None = "full_time",
        administrative: bool | None = None,
        employer: str | None = None,
        sector: str = "local",
        month_only: bool = False,
        two_page: bool = False,
        drop: tuple[str, ...] = (),
        **over: Any,
    ) -> Doc:
        r, pp = self.rng, self.person
        employer = employer or self.unit
        sig = self.signer()
        opts = self.letter_opts(
            employer,
            sig,
            r.choice(pools.HR_TITLES),
            dept=r.choice(
                [
                    "Human Resources Department",
                    "Department of Human Resources",
                    "Office of Human Resources",
                    "Personnel Department",
                ]
            )
            if sector != "business"
            else "",
        )
        if month_only:
            start = start.replace(day=1)
            if end:
                end = month_end(end)
        issue = self.received - dt.timedelta(days=r.randint(15, 120))
        f: dict[str, Any] = {
            "activity": "employment",
            "applicant_name": self.name_for(opts, prose=self.rng.random() < 0.8),
            "provider": employer,
            "position": position,
            "start_date": start.isoformat(),
            "end_date": (end or self.received).isoformat(),
            "employment_type": employment_type,
            "administrative": administrative,
            "sector": sector,
            "signatory": sig,
            "issue_date": issue.isoformat(),
        }
        f.update(over)
        f = {k: v for k, v in f.items() if v is not None and k not in drop}
        name = opts["name_prefix"] + f.get("applicant_name", "the employee") + opts["name_suffix"]
        ds = r.choice(["long", "num", "abbr", "intl"])
        sd = fmonth(start) if month_only else fdate(start, ds)
        ed = (fmonth(end) if month_only else fdate(end, ds)) if end else None
        pos = f.get("position")
        emp_t = f.get("employment_type")
        typ = {
            "full_time": r.choice(
                [
                    "a full-time position",
                    "on a full-time basis (40 hours per week)",
                    "in a regular full-time capacity",
                ]
            ),
            "part_time": r.choice(
                [
                    "a part-time position",
                    "on a part-time basis (20 hours per week)",
                    "in a regular part-time capacity",
                ]
            ),
        }.get(emp_t or "", "")
        pos_s = f"as {pos}" if pos else "in our office"
        if end:
            span = r.choice(
                [f"from {sd} to {ed}", f"from {sd} through {ed}", f"between {sd} and {ed}"]
            )
        else:
            span = r.choice(
                [f"from {sd} to present", f"since {sd}", f"from {sd} to the present date"]
            )
        v = r.randint(0, 3)
        if v == 0:
            p1 = (
                f"This letter is to verify that {name} {'was' if end else 'has been'} employed by the {employer} {span} {pos_s}"
                + (f", {typ}." if typ else ".")
            )
        elif v == 1:
            p1 = (
                f"Please accept this letter as verification of employment for {name}. Our records show that {pp.she} {'was' if end else 'has been'} employed with the {employer} {pos_s} {span}"
                + (f", {typ}." if typ else ".")
            )
        elif v == 2:
            p1 = (
                f"Our records indicate that {name} was hired by the {employer} on {sd}"
                + (f" and separated on {ed}." if end else ".")
                + (
                    f" {pp.she.capitalize()} {'held' if end else 'holds'} the position of {pos}"
                    + (f", {typ}." if typ else ".")
                    if pos
                    else ""
                )
            )
        else:
            p1 = f"{name} has served the {employer} {pos_s} {span}." + (
                f" This is {typ}." if typ else ""
            )
        paras = [p1]
        adm = f.get("administrative")
        duties = r.sample(
            [
                "records management",
                "municipal elections",
                "preparation of council agendas and minutes",
                "codification of ordinances",
                "custody of the corporate seal",
                "public records requests",
                "business licensing",
                "supervision of two staff members",
            ],
            k=4,
        )
        if adm is not True:  # supervising staff is administrative (docs/conventions.md, R2)
            duties = ["notary services" if d.startswith("supervision") else d for d in duties]
        if adm is True:
            paras.append(
                r.choice(
                    [
                        f"In this capacity {pp.she} carries administrative and supervisory responsibility for {', '.join(duties[:-1])} and {duties[-1]}.",
                        f"The position is administrative in nature, with management responsibility for {', '.join(duties)}.",
                    ]
                )
            )
        elif adm is False:
            paras.append(
                f"This position is clerical in nature and does not carry administrative or supervisory responsibility. Duties include assisting with {duties[0]} and {duties[1]}."
            )
        else:
            paras.append(
                f"{pp.her.capitalize()} duties include {', '.join(duties[:-1])}, and {duties[-1]}."
            )
        if two_page:
            paras.append(
                f"{pp.hon} {pp.last} has been a dependable member of our organization. Over the years {pp.she} has taken part in numerous projects, including the migration of the {employer}'s legacy records to an electronic content management system, the redesign of the public meeting calendar, and the training of new staff in the department's retention schedules."
            )
            paras.append(
                "Additional duties, as described in the current job description on file with this office, include: maintaining the official minute books; processing liquor, peddler and special event permits; administering oaths of office; publishing legal notices; coordinating responses to records requests within statutory deadlines; and serving as the filing officer for campaign finance and statements of economic interest."
            )
            opts["break_before"] = 3
            opts["cont"] = "- Employment Verification"
        paras.append(
            r.choice(
                [
                    "Should you require any additional information, please do not hesitate to contact our office.",
                    "If you have questions regarding this verification, please contact Human Resources at the number above.",
                    "This information is provided at the employee's request for the purpose of IIMC certification.",
                ]
            )
        )
        opts["paragraphs"] = paras
        opts["re"] = r.choice(
            [
                f"RE: Employment Verification \u2013 {f.get('applicant_name', '')}",
                "Re: Verification of Employment",
                None,
            ]
        )
        if "applicant_name" not in f and opts["re"] and "\u2013" in opts["re"]:
            opts["re"] = "Re: Verification of Employment"
        return Doc("employment_letter", f, "letter", self.seed(), opts)

    def service_letter(
        self,
        activity: str,
        *,
        drop: tuple[str, ...] = (),
        when: dt.date | None = None,
        years_words: int | None = None,
        span: tuple[dt.date, dt.date] | None = None,
        hours: float | None = None,
        signer: str | None = None,
        relationship: str | None = None,
        provider: str | None = None,
        title: str | None = None,
        two_page: bool = False,
        person: Person | None = None,
        **over: Any,
    ) -> Doc:
        """Committee, board, officer, teaching, on-the-job, accomplishment and institute letters."""
        r, pp = self.rng, self.person
        opts: dict[str, Any] = {}
        f: dict[str, Any] = {
            "activity": activity,
            "applicant_name": self.name_for(opts, person, prose=True),
        }
        issue = when or self.date_in()
        if span and not when:  # a letter is written after the work it verifies
            issue = min(
                span[1] + dt.timedelta(days=r.randint(10, 120)),
                self.received - dt.timedelta(days=10),
            )
        assoc = provider or r.choice(pools.ASSOCIATIONS)
        if activity in ("board_member",):
            assoc = provider or IIMC
        sig = signer or self.signer()
        sig_title = "President"
        if activity in ("committee_member", "committee_chair"):
            title = title or r.choice(pools.COMMITTEES)
        elif activity == "board_member":
            title = title or "Board of Directors"
        elif activity == "association_officer":
            title = title or r.choice(pools.OFFICES)
        elif activity == "related_officer":
            assoc, t = (
                pools.RELATED_ASSOCS[r.randrange(len(pools.RELATED_ASSOCS))]
                if not provider
                else (provider, "Secretary")
            )
            title = title or t
        elif activity in ("teaching_institute", "institute"):
            prog, host, city, state = r.choice(pools.INSTITUTES)
            assoc = provider or prog
            title = title or r.choice(pools.INSTITUTE_SESSIONS)
            sig_title = "Institute Director"
        elif activity == "teaching_state":
            title = title or r.choice(pools.STATE_COURSES)
            sig_title = "Education Chair"
        elif activity == "on_the_job":
            assoc = provider or self.unit
            title = title or r.choice(
                [
                    "Electronic Agenda Management Implementation",
                    "Records Center Relocation Project",
                    "Citywide Records Retention Schedule Update",
                    "Voter Outreach Initiative",
                ]
            )
            sig_title = r.choice(pools.EXEC_TITLES)
        elif activity == "personal_accomplishment":
            assoc = provider or IIMC
            title = title or r.choice(
                [
                    "Building Trust Through Transparent Minutes",
                    "Ten Lessons from a Records Audit",
                    "Engaging Residents in Local Elections",
                ]
            )
            sig_title = "Editor, IIMC News Digest"
        f.update(
            provider=assoc, title=title, signatory=sig, issue_date=issue.isoformat(), hours=hours
        )
        if years_words:
            f["years"] = years_words
        if span:
            f["start_date"], f["end_date"] = span[0].isoformat(), span[1].isoformat()
        if relationship:
            f["relationship"] = relationship
        f.update(over)
        f = {k: v for k, v in f.items() if v is not None and k not in drop}
        name = opts["name_prefix"] + f.get("applicant_name", "this member") + opts["name_suffix"]
        t = f.get("title")
        words = {1: "one year", 2: "two years", 3: "three years", 4: "four years", 5: "five years"}
        terms_w = {1: "one term", 2: "two terms", 3: "three terms", 4: "four consecutive terms"}
        s, e = span or (None, None)
        if "start_date" not in f:
            s = None
        if "end_date" not in f:
            e = None
        ms = r.random() < 0.5
        when_s = ""
        if s and e:
            when_s = (
                f"from {fmonth(s)} through {fmonth(e)}"
                if ms and s.day == 1 and e == month_end(e)
                else f"from {fdate(s, 'long')} to {fdate(e, 'long')}"
            )
        elif s:
            when_s = f"on {fdate(s, r.choice(['long', 'abbr']))}"
        dur = ""
        if f.get("years"):
            dur = (
                r.choice([words[f["years"]], terms_w.get(f["years"], words[f["years"]])])
                if f["years"] in words
                else ""
            )
        paras: list[str] = []
        if activity in (
            "committee_member",
            "committee_chair",
            "board_member",
            "association_officer",
            "related_officer",
        ):
            role = {
                "committee_member": f"a member of the {t}" if t else "a committee member",
                "committee_chair": f"Chair of the {t}" if t else "a committee chair",
                "board_member": f"a member of the {t} (Region {roman(self.region)} Director)"
                if t
                else "a director",
                "association_officer": f"{t}" if t else "an officer",
                "related_officer": f"{t}" if t else "an officer",
            }[activity]
            org = (
                f"of the {assoc}"
                if activity != "committee_member" or r.random() < 0.5
                else f"of the {assoc}"
            )
            if dur:
                paras.append(
                    f"It is my pleasure to confirm that {name} served as {role} {org} for {dur}"
                    + (f", {when_s}." if when_s else ".")
                )
            else:
                paras.append(
                    f"On behalf of the {assoc}, I am pleased to confirm that {name} served as {role} {when_s}.".replace(
                        " .", "."
                    )
                )
            paras.append(
                r.choice(
                    [
                        f"During {pp.her} service {pp.she} attended regular meetings, contributed to the annual work plan and helped organize educational programs for our members.",
                        f"{pp.hon} {pp.last}'s leadership and dedication to the profession have been an asset to our association.",
                        "The committee met monthly by conference call and in person at the annual conference.",
                    ]
                )
            )
        elif activity in ("teaching_institute", "teaching_state"):
            hrs = f"{fnum(f['hours'], r)} hours" if f.get("hours") is not None else "a session"
            venue = (
                f"at the {assoc}"
                if activity == "teaching_institute"
                else f"for the {assoc} education program"
            )
            paras.append(
                f"Thank you for serving as an instructor {venue}. This letter confirms that {name} taught "
                + (f"\u201c{t}\u201d " if t else "")
                + (f"{when_s}, " if when_s else "")
                + f"for a total of {hrs} of instruction"
                + (" including preparation." if activity == "teaching_state" else ".")
            )
            paras.append(
                "Evaluations from participants were excellent, and we hope you will join our faculty again."
            )
        elif activity == "on_the_job":
            hrs = (
                f"approximately {fnum(f['hours'], r)} hours"
                if f.get("hours") is not None
                else "many hours"
            )
            if relationship:
                paras.append(
                    f"As {pp.her} {relationship}, and as {over.get('sig_role', 'Mayor')} of the {assoc}, I am writing to recognize the work of {name}."
                )
            paras.append(
                f"{name} led the "
                + (f"{t}" if t else "project")
                + (f" {when_s}" if when_s else "")
                + f", devoting {hrs} outside {pp.her} regular duties."
            )
            paras.append(
                "The project has improved access to public information for residents and has been shared with neighboring municipalities as a model."
            )
        elif activity == "personal_accomplishment":
            paras.append(
                "I am pleased to confirm that the article "
                + (f"\u201c{t}\u201d" if t else "")
                + f" written by {name} was published in the IIMC News Digest"
                + (f" ({fmonth(s)} issue)." if s else ".")
            )
            paras.append(
                "The article has been used by several state associations as reading material for their education programs."
            )
        elif activity == "institute":
            hrs = hours_phrase(f["hours"], r, style=2) if f.get("hours") is not None else ""
            paras.append(
                f"This letter verifies that {name} attended the {assoc}"
                + (f" \u201c{t}\u201d program" if t else "")
                + (f" {when_s}" if when_s else "")
                + (f", {hrs}." if hrs else ".")
            )
            paras.append(
                "A learning assessment was completed for each session. Official records are maintained by the Institute office."
            )
        opts.update(self.letter_opts(assoc, sig, over.get("sig_role", sig_title)))
        opts["signatory"] = sig
        opts["paragraphs"] = paras
        opts["sig_display"] = sig
        opts["salutation"] = r.choice(
            [
                "To Whom It May Concern:",
                "Dear IIMC Education Department:",
                f"Dear {pp.hon} {pp.last}:",
            ]
        )
        if two_page:
            paras.insert(
                1,
                "Over the period described above the work included regular reporting to the governing body, coordination with department heads, and a series of public presentations. "
                * 3,
            )
            opts["break_before"] = 2
            opts["cont"] = "- letter continued"
        f.pop("sig_role", None)
        return Doc("letter", f, "letter", self.seed(), opts)

    def first_person_letter(self, activity: str = "conference", **over: Any) -> Doc:
        r, pp = self.rng, self.person
        s = self.date_in()
        e = s + dt.timedelta(days=2)
        org = r.choice(pools.ASSOCIATIONS)
        title = (
            f"{s.year} Annual Conference"
            if activity == "conference"
            else r.choice(pools.STATE_COURSES)
        )
        hours = r.choice([12, 14, 16])
        f = {
            "activity": activity,
            "applicant_name": pp.full(),
            "provider": org,
            "title": title,
            "start_date": s.isoformat(),
            "end_date": e.isoformat(),
            "hours": hours,
            "signatory": pp.full(),
            "first_person": True,
            "issue_date": (e + dt.timedelta(days=r.randint(20, 200))).isoformat(),
            "location": self.here(),
        }
        f.update(over)
        opts = self.letter_opts(
            f"{pp.full()}, {self.rng.choice(['City Clerk', 'Deputy Clerk'])}",
            pp.full(),
            f"{self.unit}",
        )
        opts["lh_style"] = "left"
        opts["department"] = self.unit
        opts["paragraphs"] = [
            f"I am writing to document my attendance at the {org} {title}, held {frange(s, e, 'long', r)} in {self.here()}.",
            f"I attended all general sessions and workshops, for a total of {hours} hours. Unfortunately the association did not issue certificates this year, so I am submitting this letter in place of a certificate.",
            "Please contact me if you need anything further to process my application.",
        ]
        opts["salutation"] = "Dear Education Department:"
        opts["inside"] = True
        return Doc("letter", f, "letter", self.seed(), opts)

    # ------------------------------------------------------------ non-credit documents

    def agenda(
        self,
        of: Doc | None = None,
        *,
        when: dt.date | None = None,
        title: str | None = None,
        provider: str | None = None,
        outline: bool = False,
    ) -> Doc:
        r = self.rng
        f: dict[str, Any] = {}
        if of is not None:
            f.update(
                {
                    k: of.fields[k]
                    for k in ("provider", "title", "start_date", "end_date", "location")
                    if k in of.fields
                }
            )
        if title:
            f["title"] = title
        if provider:
            f["provider"] = provider
        if when:
            f["start_date"] = f["end_date"] = when.isoformat()
        sched: list[Any] = []
        s, e = f.get("start_date"), f.get("end_date")
        ndays = (
            1 if not s else min((dt.date.fromisoformat(e) - dt.date.fromisoformat(s)).days + 1, 3)
        )
        for d in range(ndays):
            sched.append(f"Day {d + 1}")
            t = 8
            for sess in r.sample(
                pools.INSTITUTE_SESSIONS + pools.ACADEMY_SESSIONS, k=r.randint(3, 5)
            ):
                who = (
                    f"{self.signer()}, {r.choice(['CMC', 'MMC', 'J.D.', 'Ph.D.', 'MPA'])}"
                    if r.random() < 0.7
                    else ""
                )
                sched.append((f"{clock(t)} \u2013 {clock(t + 1.5)}", sess, who))
                t = t + 2 if t != 10 else t + 3
        opts = {
            "schedule": sched,
            "subhead": r.choice(
                ["Program Agenda", "Schedule of Sessions", "Course Outline", "Conference Brochure"]
            )
            if not outline
            else "Course Outline",
            "note": r.choice(
                [
                    "Sessions are subject to change. Continuing education credit is available for full attendance.",
                    "Registration includes breakfast and lunch. Please silence cell phones during sessions.",
                    "",
                ]
            ),
        }
        return Doc("agenda", f, "agenda", self.seed(), opts)

    def application_form(self) -> Doc:
        pp, r = self.person, self.rng
        prog = self.program
        rows = [
            ("NAME (as it should appear on the certificate)", pp.full()),
            ("TITLE", r.choice(pools.CLERK_POSITIONS)),
            ("MUNICIPALITY", self.unit),
            (
                "MAILING ADDRESS",
                f"{r.randint(100, 999)} Civic Center Drive, {self.city}, {self.st} {self.zip}",
            ),
            ("IIMC MEMBER ID", self.manifest["applicant"]["member_id"]),
            ("REGION", roman(self.region)),
            (
                "E-MAIL / PHONE",
                f"{pp.first[0].lower()}{pp.last.lower()}@example.gov  /  (555) 555-{r.randint(1000, 9999)}",
            ),
        ]
        if prog == "MMC" and self.prior:
            rows.append(("DATE CMC DESIGNATION RECEIVED", fdate(self.prior, "num")))
        cats = (
            ["Education (60 points)", "Experience (50 points)"]
            if prog == "CMC"
            else ["Advanced Education (60 points)", "Professional Contribution (40 points)"]
        )
        opts = {
            "form_title": f"APPLICATION FOR {'CERTIFIED' if prog == 'CMC' else 'MASTER'} MUNICIPAL CLERK ({prog}) DESIGNATION",
            "rows": rows,
            "cats": cats,
            "sign_date": fdate(self.received - dt.timedelta(days=9), "num"),
        }
        return Doc("application_form", {"applicant_name": pp.full()}, "form", self.seed(), opts)

    def other(self) -> Doc:
        pp, r = self.person, self.rng
        d = self.received - dt.timedelta(days=r.randint(30, 300))
        opts = {
            "org": IIMC,
            "org_addr": IIMC_ADDR.replace(" | ", ", "),
            "head": "MEMBERSHIP DUES RECEIPT",
            "lines": [
                ("Member", pp.full()),
                ("Member ID", self.manifest["applicant"]["member_id"]),
                ("Membership type", "Full Member"),
                ("Date paid", fdate(d, "num")),
                ("Amount", f"${r.choice([195, 220, 245])}.00"),
                ("Payment method", "Visa ****4417"),
                "Thank you for renewing your membership. Your membership is current through the end of the membership year.",
            ],
        }
        return Doc(
            "other",
            {"applicant_name": pp.full(), "issue_date": d.isoformat()},
            "other",
            self.seed(),
            opts,
        )

    def unreadable(self) -> Doc:
        return Doc("other", {}, "unreadable", self.seed(), unreadable=True)

    def copy_of(self, doc: Doc) -> Doc:
        return Doc(
            doc.kind, dict(doc.fields), doc.render, doc.seed, dict(doc.opts), duplicate_of=doc
        )


def ordinal_n(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def clock(t: float) -> str:
    h, m = int(t), int(round((t - int(t)) * 60))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"][n]
