"""Documents of a packet (one builder method each) and the packet definitions."""
from __future__ import annotations

import datetime as dt

from . import layouts as L
from . import wordings as Wd
from .world import (
    ASSOCIATIONS,
    COMMITTEES,
    CONFERENCES,
    COURSE_PROVIDERS,
    COURSE_TITLES,
    COURSES,
    GRADES,
    HR_TITLES,
    INSTITUTE_SESSIONS,
    INSTITUTES,
    REGISTRARS,
    World,
    full,
)

D = dt.date


class Packet:
    def __init__(self, world: World, name: str, program: str, region: int, received: D,
                 prior: D | None = None, former: list[str] | None = None) -> None:
        self.w, self.rng, self.name = world, world.rng, name
        self.person = world.person()
        self.applicant = full(self.person)
        self.town, self.state = world.place(region)
        self.canada = region == 10
        self.received = received
        self.man = {"applicant": {"name": self.applicant, "former_names": former or [],
                                  "member_id": str(self.rng.randint(100000, 199999)),
                                  "region": region, "membership": "full"},
                    "program": program, "received_date": received.isoformat()}
        if prior:
            self.man["prior_designation_date"] = prior.isoformat()
        self.docs: list[dict] = []

    # ---------------------------------------------------------------- helpers
    def _doc(self, file: str, kind: str, fields: dict, draw, data: dict, **meta) -> dict:
        d = {"file": file, "kind": kind, "fields": fields, "draw": draw, "data": data, **meta}
        self.docs.append(d)
        return d

    def _printed(self, name: str, style: str) -> tuple[str, str]:
        """(printed, truth) forms of a name."""
        parts = name.split()
        first, last = parts[0], parts[-1]
        mid = " ".join(parts[1:-1])
        if style == "registrar":
            s = f"{last.upper()}, {first.upper()}{' ' + mid.upper().rstrip('.') if mid else ''}"
            return s, s
        if style == "honorific":
            return f"{self.rng.choice(['Ms.', 'Mr.', 'Mx.'])} {name}, CMC", name
        return name, name

    def _family(self) -> str:
        return self.rng.choice(["helv", "times", "cour", "times", "helv"])

    # ---------------------------------------------------------------- transcripts
    def transcript(self, file: str, field: str | None, level: str, conferred: D | None, reg: int,
                   first_term: int, n_terms: int, name: str | None = None, **meta) -> dict:
        prov, city, state, units, style = REGISTRARS[reg]
        pname, tname = self._printed(name or self.applicant, "registrar")
        pool = {"Political Science": "polisci", "Public Administration": "pubadm",
                "Biology": "bio", "Business Administration": "bus"}.get(field or "", "pubadm")
        terms, total = [], 0.0
        season = ["Fall", "Winter", "Spring"] if units == "quarter" else ["Fall", "Spring"]
        per = 4.0 if units == "quarter" else (3.0 if units == "semester" else 0.5)
        y = first_term
        for t in range(n_terms):
            s = season[t % len(season)]
            if s == "Fall" and t:
                y += 1
            k = self.rng.randint(3, 4)
            picks = self.rng.sample(COURSES[pool] + COURSES["gen"], k)
            rows = [(code, title, per, self.rng.choice(GRADES)) for code, title in picks]
            tu = per * k
            total += tu
            terms.append({"name": f"{s} {y + (1 if s != 'Fall' else 0)}"
                          if units != "credit" else f"{s} Term {y + (1 if s != 'Fall' else 0)}",
                          "rows": rows, "units": tu, "gpa": self.rng.uniform(2.9, 3.95)})
        issued = self.received - dt.timedelta(days=self.rng.randint(20, 90))
        degree = (f"{level} {field}" if level.endswith(" of") else f"{level} in {field}") if field else None
        f = {"applicant_name": tname, "provider": prov, "credit_units": total,
             "issue_date": issued}
        dl = None
        if degree and conferred:
            f.update(degree=degree, degree_date=conferred, activity="degree")
            dl = self.rng.choice([
                [f"{degree} conferred {Wd.MONTHS[conferred.month - 1]} {conferred.day}, {conferred.year}"],
                [f"Degree: {degree}", f"Date Conferred: {conferred.strftime('%m/%d/%Y')}"],
                [f"{degree}", f"Awarded {Wd.long_date(conferred)}  -  Major: {field}"]])
        else:
            f["activity"] = "college_credits"
        data = {"family": self._family(), "provider": prov, "city": city, "state": state,
                "style": style, "units": units, "terms": terms, "name_printed": pname,
                "student_id": f"{self.rng.randint(100, 999)}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}",
                "issued_printed": Wd.date_style(self.rng, issued, self.canada),
                "headline": self.rng.choice(["OFFICIAL ACADEMIC TRANSCRIPT", "Academic Record",
                                             "Transcript of Academic Record", "STUDENT PERMANENT RECORD"]),
                "unit_word": {"quarter": "Quarter Units", "semester": "Credit Hours", "credit": "Credits"}[units],
                "total_units": total, "gpa": self.rng.uniform(3.0, 3.9), "degree_line": dl,
                "terms_per_page": self.rng.choice([2, 3]), "legend_page": self.rng.random() < 0.7,
                "registrar": self.w.other_name(),
                "footer": f"{prov}  *  Office of the Registrar  *  {city}, {state}"}
        return self._doc(file, "transcript", f, L.transcript, data,
                         dup_key=("deg", degree, prov) if degree else None, **meta)

    def diploma(self, file: str, t: dict) -> dict:
        f = t["fields"]
        prov = f["provider"]
        city, state = next((r[1], r[2]) for r in REGISTRARS if r[0] == prov)
        fields = {"applicant_name": self.applicant, "provider": prov, "degree": f["degree"],
                  "degree_date": f["degree_date"], "activity": "degree"}
        data = {"provider": prov, "name_printed": self.applicant, "degree": f["degree"],
                "city": city, "state": state, "date_printed": Wd.formal_day(f["degree_date"])}
        return self._doc(file, "certificate", fields, L.diploma, data, dup_key=t["dup_key"])

    # ---------------------------------------------------------------- letters
    def _letterhead(self, org: str, dept: str) -> dict:
        return {"org": org, "dept": dept, "org_short": org.split()[-1],
                "address": f"{self.rng.randint(10, 990)} {self.rng.choice(['Main', 'Civic Centre', 'Court', 'Market'])} "
                           f"{self.rng.choice(['Street', 'Plaza', 'Avenue'])}, {self.town}, {self.state}",
                "phone": f"Tel. ({self.rng.randint(201, 989)}) 555-{self.rng.randint(1000, 9999)}",
                "head": self.rng.choice(["seal", "band", "block"]), "family": self._family(),
                "color": self.rng.choice([(0.1, 0.3, 0.45), (0.35, 0.1, 0.1), (0.15, 0.35, 0.15)])}

    def employment(self, file: str, position: str, start: D, end: D | None, etype: str | None,
                   admin: bool | None, style: str, employer: str | None = None, clerk: bool = True,
                   sector: str = "local", signer: str | None = None, **meta) -> dict:
        employer = employer or self.rng.choice([f"City of {self.town}", f"Town of {self.town}",
                                                f"County of {self.town}"])
        end_v = end or self.received
        issued = self.received - dt.timedelta(days=self.rng.randint(10, 60))
        signer = signer or self.w.other_name()
        pron = self.rng.choice(["she", "he"])
        f = {"applicant_name": self.applicant, "provider": employer, "position": position,
             "start_date": start, "end_date": end_v, "sector": sector, "activity": "employment",
             "signatory": signer, "issue_date": issued}
        if etype:
            f["employment_type"] = etype
        if admin is not None:
            f["administrative"] = admin
        body = Wd.employment_body(self.rng, f, employer, pron, end is None, style)
        lh = self._letterhead(employer, "Department of Human Resources")
        ttl = self.rng.choice(HR_TITLES)
        data = {**lh, "body": body, "date_printed": Wd.date_style(self.rng, issued, self.canada),
                "salutation": "To Whom It May Concern:" if style == "twimc" else "Dear Education Director:",
                "inside": [] if style == "twimc" else ["IIMC Education Department", "8331 Utica Avenue, Suite 200",
                                                        "Rancho Cucamonga, CA 91730"],
                "re": f"Employment Verification - {self.applicant}" if style != "twimc" else None,
                "sig": [signer, ttl, employer], "footer": f"{employer} is an Equal Opportunity Employer",
                "stamp": "HR VERIFIED" if self.rng.random() < 0.5 else None}
        if style in ("memo", "table"):
            status = {"full_time": "Full-Time", "part_time": "Part-Time"}.get(etype or "", "Regular")
            data["table"] = [(position, "Office of the Clerk", status, start.strftime("%m/%d/%Y"),
                              "Present" if end is None else end_v.strftime("%m/%d/%Y"))]
        if style == "memo":
            data["memo"] = [("TO:", "IIMC Education Department"), ("FROM:", f"{signer}, {ttl}"),
                            ("DATE:", Wd.long_date(issued)), ("RE:", f"Verification of Employment - {self.applicant}")]
            data["closing"] = ""
        return self._doc(file, "employment_letter", f, L.letter_doc, data, clerk=clerk, **meta)

    def service(self, file: str, role: str, act: str, start: D, end: D, years_word: str | None = None,
                **meta) -> dict:
        committee, assoc = self.rng.choice(COMMITTEES), self.rng.choice(ASSOCIATIONS)
        signer = self.w.other_name()
        issued = end + dt.timedelta(days=self.rng.randint(20, 200))
        f = {"applicant_name": self.applicant, "provider": assoc, "start_date": start, "end_date": end,
             "activity": act, "signatory": signer, "issue_date": issued, "title": committee}
        if years_word:
            f["years"] = Wd.NUMW.index(years_word)
        body = Wd.service_body(self.rng, f, committee, assoc, years_word, role)
        data = {**self._letterhead(assoc, "Office of the President"), "body": body,
                "date_printed": Wd.long_date(issued), "salutation": "To the IIMC Education Department:",
                "sig": [signer, "President", assoc], "footer": f"{assoc} - serving clerks since 1972"}
        return self._doc(file, "letter", f, L.letter_doc, data, **meta)

    def first_person(self, file: str, start: D, end: D) -> dict:
        committee = self.rng.choice(COMMITTEES)
        issued = self.received - dt.timedelta(days=30)
        f = {"applicant_name": self.applicant, "start_date": start, "end_date": end,
             "activity": "committee_member", "signatory": self.applicant, "issue_date": issued,
             "first_person": True, "title": committee}
        data = {**self._letterhead(f"{self.applicant}", f"Deputy Clerk, Town of {self.town}"),
                "head": "block", "body": Wd.first_person_body(f, committee), "salutation": "",
                "date_printed": Wd.long_date(issued), "sig": [self.applicant], "footer": ""}
        return self._doc(file, "letter", f, L.letter_doc, data)

    def resolution(self, file: str, years: int, position: str) -> dict:
        town = f"{self.rng.choice(['City', 'Town', 'Village'])} of {self.town}"
        adopted = self.received - dt.timedelta(days=self.rng.randint(40, 300))
        mayor, clerk = self.w.other_name(), self.w.other_name()
        f = {"applicant_name": self.applicant, "issue_date": adopted}
        data = {"town": town, "town_short": self.town, "number": f"{adopted.year}-{self.rng.randint(10, 140)}",
                "subject": f"A Resolution Honouring {self.applicant} for {years} Years of Service",
                "whereas": Wd.resolution_whereas(self.applicant, town, years, position),
                "adopted": Wd.formal_day(adopted), "signers": [(mayor, "Mayor"), (clerk, "Council Secretary")]}
        return self._doc(file, "other", f, L.resolution, data)

    # ---------------------------------------------------------------- certificates
    def certificate(self, file: str, act: str, start: D, end: D | None = None, hours: float | None = None,
                    days: int | None = None, delivery: str | None = None, assessment: bool | None = None,
                    drop: tuple = (), **meta) -> dict:
        end = end or start
        if "hours" in drop:
            hours, meta["missing"] = None, "MISSING_HOURS"
        if act == "institute":
            prov, host = self.rng.choice(INSTITUTES)
            title, headline = self.rng.choice(INSTITUTE_SESSIONS), "Certificate of Completion"
        elif act == "annual_conference":
            prov, host = "International Institute of Municipal Clerks", ""
            title, headline = f"{start.year} IIMC Annual Conference", "Certificate of Attendance"
        elif act == "conference":
            prov, host = self.rng.choice(ASSOCIATIONS), ""
            title, headline = self.rng.choice(CONFERENCES), "Certificate of Participation"
        else:
            prov, host = self.rng.choice(COURSE_PROVIDERS), ""
            title, headline = self.rng.choice(COURSE_TITLES), "Certificate of Achievement"
        pname, tname = self._printed(self.applicant, self.rng.choice(["plain", "honorific"]))
        f = {"applicant_name": tname, "provider": prov, "title": title, "start_date": start,
             "end_date": end, "activity": act}
        lines = [f"has successfully completed {title}" if act in ("institute", "course")
                 else f"attended the {title}"]
        when = Wd.span(self.rng, start, end)
        if "dates" in drop:
            f.pop("start_date")
            f.pop("end_date")
            meta["missing"] = "MISSING_DATE"
        if hours is not None:
            f["hours"] = hours
            lines.append(f"{'held ' + when + ', ' if 'dates' not in drop else ''}{Wd.hours_phrase(self.rng, hours)}")
        elif days:
            f["days"] = days
            lines.append(f"held {when} ({days} days of attendance)")
        elif "dates" not in drop:
            lines.append(f"held {when}")
        if host:
            lines.append(f"in cooperation with {host}")
        if delivery:
            f["delivery"] = delivery
            lines.append({"online": "Delivered online (self-paced)", "hybrid": "Hybrid delivery",
                          "webinar": "Live webinar"}[delivery] +
                         (" - final assessment passed" if assessment else ""))
            if assessment is not None and assessment:
                f["assessment"] = True
        data = {"family": self._family(), "provider": prov, "headline": headline,
                "present": self.rng.choice(["This certifies that", "is hereby presented to", "Be it known that"]),
                "name_printed": pname, "lines": lines, "seal": prov.split()[0],
                "signers": [(self.w.other_name(), "Program Director"), (self.w.other_name(), "President")],
                "number": f"No. {self.rng.randint(1000, 99999)}" if self.rng.random() < 0.6 else "",
                "color": self.rng.choice([(0.45, 0.3, 0.05), (0.1, 0.2, 0.45), (0.3, 0.05, 0.2)])}
        f["signatory"] = data["signers"][0][0]  # the first signer in reading order (conventions)
        return self._doc(file, "certificate", f, L.certificate, data,
                         dup_key=("cert", title, prov, start, hours), **meta)

    def copy(self, file: str, doc: dict) -> dict:
        meta = {k: v for k, v in doc.items() if k not in ("file", "kind", "fields", "draw", "data")}
        return self._doc(file, doc["kind"], dict(doc["fields"]), doc["draw"], doc["data"], **meta)
