"""Document builders: each returns a Doc whose truth fields are exactly what its render prints."""

from __future__ import annotations

import datetime as dt
import random

from . import layouts as L
from . import wordings as W
from . import world as WD
from .truth import Doc

D = dt.date


class Builder:
    def __init__(self, rng: random.Random, manifest: dict, world: WD.World):
        self.r, self.m, self.w = rng, manifest, world
        self.name = manifest["applicant"]["name"]
        self.city, self.state, _ = world.place(manifest["applicant"]["region"])

    def _fonts(self):
        return self.r.choice(L.FAMILIES)

    def _signers(self, n, titles=WD.SIGNER_TITLES):
        return [(self.w.person(), t) for t in self.r.sample(titles, n)]

    def _cert(self, fields, org, headline, achieved, title, lines, suborg=None, seal_text=None,
              signers=None, orient=None, footer=None):
        r = self.r
        p = dict(org=org, suborg=suborg, headline=headline, phrase=r.choice(W.PRESENT),
                 name=fields.get("applicant_name", " "), achieved=achieved, title=title, lines=lines,
                 signers=signers or self._signers(r.choice([1, 2])), fonts=self._fonts(),
                 ink=r.choice(L.INKS), border=r.randrange(3),
                 orient=orient or r.choice(["landscape", "portrait"]), seal=seal_text, footer=footer)
        # the first signer in reading order (the left one of two), per the conventions
        fields["signatory"] = p["signers"][0][0]
        return Doc("certificate", fields, "cert", {"p": p})

    # ------------------------------------------------------------------ certificates
    def institute(self, title, start, end, hours, year_label=None, host=None, drop=()):
        r = self.r
        host = host or r.choice(WD.UNIV)
        inst = f"{self.state} {r.choice(WD.INSTITUTE)}"
        f = {"applicant_name": self.name, "provider": inst, "title": title, "start_date": start.isoformat(),
             "end_date": end.isoformat(), "hours": hours, "activity": "institute"}
        for k in drop:
            f.pop(k, None)
        lines = []
        if year_label:
            lines.append(year_label)
        if "start_date" in f:
            lines.append(f"held at {host}, {W.span(start, end, r.randrange(4))}")
        if "hours" in f:
            lines.append(f"and is awarded {W.hours(hours, r.randrange(5))}")
        lines.append("An IIMC-approved Institute for the Certified Municipal Clerk program")
        kind = r.choice(["completion", "attendance"])
        return self._cert(f, inst, r.choice(W.HEADLINES[kind]), r.choice(W.ACHIEVED["completion"]),
                          f.get("title"), lines, suborg=f"in cooperation with {host}",
                          seal_text=host.upper()[:24], footer=f"Certificate No. {r.randint(1000, 9999)}-{r.choice('ABCDEFG')}")

    def conference(self, kind, start, end, hours=None, days=None, ordinal=None, drop=()):
        r = self.r
        assoc, short = WD.ASSOC[self.state]
        if kind == "league":
            org = WD.LEAGUE[self.state]
        elif kind == "region":
            org = f"International Institute of Municipal Clerks, {r.choice(WD.IIMC_REGION_HOST)}"
        else:
            org = assoc
        n = ordinal or r.randint(40, 90)
        title = (f"{W.ordinal(n)} Annual Conference" if kind != "region" else
                 f"{org.split(', ')[1]} Regional Meeting")
        f = {"applicant_name": self.name, "provider": org, "title": title, "start_date": start.isoformat(),
             "end_date": end.isoformat(), "activity": "conference"}
        lines = [f"{self.city}, {self.state}  -  {W.span(start, end, r.choice([0, 2, 4]))}"]
        if hours is not None:
            f["hours"] = hours
            lines.append(W.hours(hours, r.choice([0, 1, 3])))
        if days is not None:
            f["days"] = days
            lines.append(f"{W.yearword(days).capitalize()} ({days}) days of attendance")
        f["location"] = f"{self.city}, {self.state}"
        for k in drop:
            f.pop(k, None)
        return self._cert(f, org, r.choice(W.HEADLINES["attendance"]), r.choice(W.ACHIEVED["attendance"]),
                          title, lines, seal_text=short if kind != "region" else "IIMC", orient="landscape")

    def annual_conf(self, year, n, start, end):
        r = self.r
        org = "International Institute of Municipal Clerks"
        title = f"{W.ordinal(n)} Annual Conference"
        f = {"applicant_name": self.name, "provider": org, "title": title, "start_date": start.isoformat(),
             "end_date": end.isoformat(), "activity": "annual_conference"}
        h = r.choice([14, 16.5, 18])
        f["hours"] = h
        lines = [f"{W.span(start, end, 0)}", f"Education sessions attended: {W.hours(h, 0)}"]
        return self._cert(f, org, "Certificate of Attendance", "attended the", title, lines,
                          seal_text="IIMC", orient="landscape",
                          signers=[(self.w.person(), "IIMC President"), (self.w.person(), "Executive Director")])

    def online(self, title, d, hours, assessment, delivery="online", trainer=None):
        r = self.r
        plat = trainer or r.choice(WD.PLATFORMS)
        f = {"applicant_name": self.name, "provider": plat, "title": title, "start_date": d.isoformat(),
             "end_date": d.isoformat(), "hours": hours, "activity": "course", "delivery": delivery}
        lines = [f"Completed {W.day(d, r.choice([0, 1, 4]))}",
                 ("Live webinar" if delivery == "webinar" else "Self-paced online course") +
                 f"  |  {W.hours(hours, r.choice([0, 3]))}"]
        if assessment:
            f["assessment"] = True
            lines.append(f"Final assessment passed with a score of {r.randint(80, 100)}%")
        return self._cert(f, plat, r.choice(["Certificate of Completion", "CERTIFICATE OF COMPLETION"]),
                          "has completed", title, lines, orient="landscape",
                          signers=[(self.w.person(), "Director of Learning")],
                          footer=f"Verification code {r.randint(10**7, 10**8 - 1):X}")

    def seminar(self, title, d, hours, trainer=None):
        r = self.r
        org = trainer or r.choice(WD.TRAINERS)
        f = {"applicant_name": self.name, "provider": org, "title": title, "start_date": d.isoformat(),
             "end_date": d.isoformat(), "hours": hours, "activity": "course"}
        lines = [f"{self.city}, {self.state}", W.day(d, r.choice([0, 2, 3])), W.hours(hours, r.choice([1, 2, 4]))]
        f["location"] = f"{self.city}, {self.state}"
        return self._cert(f, org, r.choice(W.HEADLINES["completion"]), r.choice(W.ACHIEVED["completion"]),
                          title, lines, orient="portrait")

    def state_course(self, title, start, end, hours):
        r = self.r
        assoc, short = WD.ASSOC[self.state]
        f = {"applicant_name": self.name, "provider": assoc, "title": title, "start_date": start.isoformat(),
             "end_date": end.isoformat(), "hours": hours, "activity": "state_course", "course_review": True}
        lines = [W.span(start, end, r.choice([0, 1])), W.hours(hours, r.choice([0, 2, 4])),
                 f"IIMC Course Review No. {start.year}-{r.randint(100, 199)}"]
        return self._cert(f, assoc, r.choice(W.HEADLINES["completion"]), r.choice(W.ACHIEVED["completion"]),
                          title, lines, seal_text=short, orient="portrait")

    def academy(self, title, d, year):
        org = "International Institute of Municipal Clerks"
        f = {"applicant_name": self.name, "provider": org, "title": title, "start_date": d.isoformat(),
             "end_date": d.isoformat(), "activity": "conference_academy"}
        lines = ["IIMC Annual Conference Academy", W.day(d, 0)]
        return self._cert(f, org, "Certificate of Participation", "participated in the Academy session",
                          title, lines, seal_text="IIMC ACADEMY", orient="portrait")

    def athenian(self, title, d):
        org = "International Institute of Municipal Clerks"
        f = {"applicant_name": self.name, "provider": org, "title": title, "start_date": d.isoformat(),
             "end_date": d.isoformat(), "activity": "athenian_dialogue"}
        lines = ["an Athenian Leadership Society Dialogue", f"facilitated {W.day(d, 0)}"]
        return self._cert(f, org, "Certificate of Participation", "took part in the Athenian Dialogue",
                          title, lines, seal_text="ATHENIAN DIALOGUE", orient="landscape")

    def iimc_online(self, title, d, hours):
        org = "International Institute of Municipal Clerks"
        f = {"applicant_name": self.name, "provider": org, "title": title, "end_date": d.isoformat(),
             "hours": hours, "activity": "iimc_online", "delivery": "online", "assessment": True}
        lines = ["IIMC Online Learning", f"Course completed {W.day(d, 1)}", W.hours(hours, 0),
                 "Post-course assessment: Passed"]
        return self._cert(f, org, "Certificate of Completion", "has completed the online course", title,
                          lines, orient="landscape", signers=[(self.w.person(), "Director of Education")])

    def on_the_job(self, title, d, hours):
        sig = self.w.person()
        f = {"applicant_name": self.name, "provider": f"City of {self.city}", "title": title,
             "end_date": d.isoformat(), "hours": hours, "activity": "on_the_job", "signatory": sig}
        paras = [f"I am pleased to recognize {self.name} for leading the project \"{title}\", completed "
                 f"{W.day(d, 0)}. The work went well beyond daily duties and required approximately "
                 f"{hours:g} hours of research, planning and training of staff.",
                 "The Council formally commended this achievement at its regular meeting."]
        return self._letter("letter", f, f"Office of the City Manager, City of {self.city}", paras,
                            (sig, "City Manager"), date=d + dt.timedelta(days=12))

    def certification(self, title, org, d, hours):
        f = {"applicant_name": self.name, "provider": org, "title": title, "end_date": d.isoformat(),
             "hours": hours, "activity": "certification"}
        lines = [f"having completed {W.hours(hours, 1)} of required coursework and examination",
                 f"Awarded {W.day(d, 0)}"]
        return self._cert(f, org, "Certificate of Achievement", "has earned the designation", title, lines,
                          seal_text="CERTIFIED", orient="landscape")

    # ------------------------------------------------------------------ letters
    def _letter(self, kind, fields, org, paras, signer, subject=None, date=None, table=(), short="SEAL"):
        r = self.r
        if date is not None:
            fields["issue_date"] = date.isoformat()
        p = dict(lh={"org": org, "address": f"P.O. Box {r.randint(100, 9999)}  -  {self.city}, {self.state}",
                     "short": short, "ink": r.choice(L.INKS)},
                 lh_style=r.randrange(3), fonts=self._fonts(), date=W.day(date, 0) if date else None,
                 inside=["Education Department", "International Institute of Municipal Clerks",
                         "8331 Utica Avenue, Suite 200", "Rancho Cucamonga, CA 91730"] if r.random() < 0.5 else [],
                 subject=subject, paras=paras, signer=signer, table=list(table))
        if "signatory" not in fields:
            fields["signatory"] = signer[0]
        return Doc(kind, fields, "letter", {"p": p})

    def service(self, act, committee_or_office, start, end, years, issue):
        assoc, short = WD.ASSOC[self.state]
        f = {"applicant_name": self.name, "provider": assoc, "title": committee_or_office,
             "start_date": start.isoformat(), "end_date": end.isoformat(), "years": years, "activity": act}
        if act == "association_officer":
            paras = W.officer_letter(self.r, self.name, committee_or_office, assoc, years, start, end)
        else:
            paras = W.committee_letter(self.r, self.name, committee_or_office, assoc, years, start, end,
                                       act == "committee_chair")
        signer = (self.w.person(), f"President, {short}")
        return self._letter("letter", f, assoc, paras, signer, subject=f"RE: {committee_or_office}",
                            date=issue, short=short)

    def teaching(self, title, d, hours, institute=True):
        inst = f"{self.state} {self.r.choice(WD.INSTITUTE)}" if institute else WD.ASSOC[self.state][0]
        f = {"applicant_name": self.name, "provider": inst, "title": title, "start_date": d.isoformat(),
             "end_date": d.isoformat(), "hours": hours,
             "activity": "teaching_institute" if institute else "teaching_state"}
        paras = W.teaching_letter(self.r, self.name, title, inst, hours, d)
        return self._letter("letter", f, inst, paras, (self.w.person(), "Institute Director"),
                            date=d + dt.timedelta(days=9))

    def first_person(self, title, provider, d, hours):
        f = {"applicant_name": self.name, "provider": provider, "title": title, "start_date": d.isoformat(),
             "end_date": d.isoformat(), "hours": hours, "activity": "course", "first_person": True,
             "signatory": self.name}
        paras = W.first_person_letter(self.name, title, provider, d, hours)
        doc = self._letter("letter", f, f"Office of the City Clerk, City of {self.city}", paras,
                           (self.name, "City Clerk"), date=d + dt.timedelta(days=30))
        return doc

    def relative(self, title, d, hours, relation):
        sig = self.w.person(last=WD.surname(self.name))
        f = {"applicant_name": self.name, "provider": f"City of {self.city}", "title": title,
             "start_date": d.isoformat(), "end_date": d.isoformat(), "hours": hours, "activity": "on_the_job",
             "relationship": relation, "signatory": sig}
        paras = [f"As Mayor of {self.city}, and as {self.name}'s {relation}, I can attest that she led the "
                 f"project \"{title}\", completed {W.day(d, 0)}, which took {hours:g} hours beyond regular duties.",
                 "The project has since been adopted by neighboring municipalities."]
        return self._letter("letter", f, f"Office of the Mayor, City of {self.city}", paras, (sig, "Mayor"),
                            date=d + dt.timedelta(days=20))

    def employment(self, position, start, end, to_present=False, part_time=None, employer=None, sector="local"):
        r = self.r
        employer = employer or r.choice([f"City of {self.city}", f"Town of {self.city}", f"Village of {self.city}"])
        f = {"applicant_name": self.name, "provider": employer, "position": position,
             "start_date": start.isoformat(), "end_date": end.isoformat(), "activity": "employment",
             "sector": sector}
        end_txt = "present" if to_present else W.day(end, 0)
        status = ""
        if part_time is not None:
            f["employment_type"] = "part_time" if part_time else "full_time"
            status = " part-time" if part_time else " full-time"
        style = r.randrange(3)
        if style == 0:
            paras = [f"This letter will verify that {self.name} has been employed by the {employer} as{status} "
                     f"{position} from {W.day(start, 0)} to {end_txt}.",
                     "Duties include preparing agendas and minutes, maintaining official records, "
                     "administering elections and supervising office staff.",
                     "This information is provided at the employee's request."]
            table = ()
            f["administrative"] = True  # supervising staff: administrative responsibility
        elif style == 1:
            paras = ["In response to your request for employment verification, our records show the following:"]
            table = [("Employee:", self.name), ("Position Title:", position),
                     ("Date of Hire:", W.day(start, 1)), ("End Date:", "Current" if to_present else W.day(end, 1))]
            if status:
                table.append(("Status:", status.strip().capitalize()))
            paras2 = ["Please contact Human Resources if you need anything further."]
            paras += paras2
            if to_present:
                end_txt = "present"
        else:
            paras = [f"Please accept this as confirmation that {self.name} served{status} as {position} "
                     f"with the {employer} from {W.day(start, 2)} until {end_txt}.",
                     "The position carries administrative responsibility, including the supervision "
                     "of support staff and the management of the office's records."]
            table = ()
            f["administrative"] = True
        issue = self.m["received_date"]
        doc = self._letter("employment_letter", f, employer, paras,
                           (self.w.person(), r.choice(WD.HR_TITLES)), subject="Employment Verification",
                           date=D.fromisoformat(issue) - dt.timedelta(days=r.randint(5, 40)),
                           table=table)
        return doc

    # ------------------------------------------------------------------ transcript, agenda
    def transcript(self, degree, conferred, school=None):
        r = self.r
        school = school or r.choice(WD.UNIV)
        f = {"applicant_name": self.name, "provider": school, "degree": degree,
             "degree_date": conferred.isoformat(), "activity": "degree"}
        terms = []
        y0 = conferred.year - 4
        for i in range(r.choice([4, 6])):
            season = ["Fall", "Spring"][i % 2]
            yr = y0 + (i + 1) // 2
            rows = [(f"{r.choice(['PAD', 'POL', 'ENG', 'MTH', 'HIS', 'ECO'])} {r.randint(100, 499)}",
                     r.choice(["Intro to Public Administration", "American Government", "Composition II",
                               "Statistics", "Public Budgeting", "Urban Politics", "State and Local Govt",
                               "Organizational Behavior", "Research Methods"]), 3.0,
                     r.choice(["A", "A-", "B+", "B", "A"])) for _ in range(r.randint(3, 5))]
            terms.append((f"{season} {yr}", rows))
        issued = D.fromisoformat(self.m["received_date"]) - dt.timedelta(days=60)
        f["issue_date"] = issued.isoformat()
        p = dict(school=school, address=f"Office of the Registrar  -  {r.choice(WD.PLACES)[0]}", name=self.name,
                 student_id=f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                 issued=W.day(issued, 1), terms=terms,
                 degree_line=f"Degree Conferred: {degree}  -  {W.day(conferred, 0)}",
                 total_line=f"Cumulative GPA {r.uniform(3.0, 3.9):.2f}", fonts=self._fonts(),
                 registrar=f"{self.w.person()}, {r.choice(WD.REGISTRAR_TITLES)}")
        return Doc("transcript", f, "transcript", {"p": p})

    def agenda(self, title, org, start, n_days):
        r = self.r
        days = []
        for k in range(n_days):
            d = start + dt.timedelta(days=k)
            rows, hh = [], 8
            for s in self.w.sessions(r.randint(4, 6)):
                rows.append((f"{hh}:00 - {hh + 1}:15 {'a.m.' if hh < 12 else 'p.m.'}"
                             if hh < 12 else f"{hh - 12 if hh > 12 else 12}:00 - {hh - 11}:15 p.m.", s,
                             r.choice(["Ballroom A", "Salon 2", "Room 104", "Cedar Room", "Main Hall"])))
                hh += 2 if hh == 10 else 1
            days.append((f"{W.MONTHS[d.month - 1]} {d.day}, {d.year}", rows))
        f = {"provider": org, "title": title, "start_date": start.isoformat(),
             "end_date": (start + dt.timedelta(days=n_days - 1)).isoformat(), "location": f"{self.city}, {self.state}"}
        p = dict(org=org, title=title, dates_line=W.span(start, start + dt.timedelta(days=n_days - 1), 0),
                 location=f"{self.city}, {self.state}", days=days, fonts=self._fonts(), ink=r.choice(L.INKS[:4]))
        return Doc("agenda", f, "agenda", {"p": p})


def render(c, doc: Doc, rng: random.Random) -> int:
    fn = {"cert": L.certificate, "letter": L.letter_page, "transcript": L.transcript, "agenda": L.agenda}
    return fn[doc.style](c, doc.extras["p"], rng)
