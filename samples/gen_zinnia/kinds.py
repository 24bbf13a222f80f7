"""Constructors of document specs (what a document states, and how it is drawn)."""

from __future__ import annotations

from . import world as Wd


def _doc(kind, layout, fields, x=None, marks=None):
    return {"kind": kind, "layout": layout, "fields": dict(fields), "x": dict(x or {}),
            "marks": dict(marks or {})}


def cert(layout, marks=None, **f):
    x = f.pop("x", {})
    return _doc("certificate", layout, f, x, marks)


def institute(key, title, start, end, hours, name, layout="guilloche", **extra):
    inst = Wd.INSTITUTES[key]
    x = {"color": inst["color"], "partner": "in partnership with " + inst["campus"], "role": "Institute Director"}
    x.update(extra.pop("x", {}))
    f = {"applicant_name": name, "provider": inst["name"], "title": title, "start_date": start,
         "end_date": end, "hours": hours, "location": extra.pop("location", inst["city"]),
         "signatory": inst["director"], "activity": extra.pop("activity", "institute")}
    f.update(extra)
    for k in [k for k, v in f.items() if v is None]:
        del f[k]
    return _doc("certificate", layout, f, x, extra.pop("marks", None))


def iimc(activity, title, start, end, name, layout="band", **extra):
    f = {"applicant_name": name, "provider": Wd.IIMC, "title": title, "start_date": start,
         "end_date": end, "signatory": extra.pop("signatory", "Aurelia Montgomery-Pike"),
         "activity": activity}
    x = {"role": "Director of Education, IIMC", "color": (0.05, 0.22, 0.45)}
    x.update(extra.pop("x", {}))
    f.update(extra)
    for k in [k for k, v in f.items() if v is None]:
        del f[k]
    return _doc("certificate", layout, f, x)


def employment(layout, employer, name, position, start, end, etype, admin, signatory, role,
               issue, present=False, x=None, marks=None):
    emp_name, sector, address = Wd.EMPLOYERS[employer]
    f = {"applicant_name": name, "provider": emp_name, "position": position, "start_date": start,
         "end_date": end, "employment_type": etype, "administrative": admin, "sector": sector,
         "signatory": signatory, "issue_date": issue, "activity": "employment"}
    for k in [k for k, v in f.items() if v is None]:
        del f[k]
    xx = {"address": address, "present": present, "role": role,
          "role_lines": [role, emp_name]}
    xx.update(x or {})
    return _doc("employment_letter", layout, f, xx, marks)


def letter(activity, name, provider, title, signatory, role_lines, issue, layout="service",
           x=None, marks=None, **f):
    ff = {"applicant_name": name, "provider": provider, "title": title, "signatory": signatory,
          "issue_date": issue, "activity": activity}
    ff.update(f)
    for k in [k for k, v in ff.items() if v is None]:
        del ff[k]
    xx = {"role_lines": role_lines, "office": provider}
    xx.update(x or {})
    return _doc("letter", layout, ff, xx, marks)


def transcript(college, name, credits, issue, degree=None, degree_date=None, x=None, marks=None):
    col = Wd.COLLEGES[college]
    f = {"applicant_name": name, "provider": col["name"], "credit_units": credits, "issue_date": issue,
         "activity": "degree" if degree else "college_credits"}
    if degree:
        f["degree"] = degree
        f["degree_date"] = degree_date
    xx = {"registrar": col["registrar"], "city": col["city"]}
    xx.update(x or {})
    return _doc("transcript", "transcript", f, xx, marks)


def diploma(college, name, degree, degree_date, marks=None):
    col = Wd.COLLEGES[college]
    f = {"applicant_name": name, "provider": col["name"], "degree": degree, "degree_date": degree_date,
         "activity": "degree"}
    return _doc("certificate", "diploma", f, {"city": col["city"].split(",")[0],
                                              "president": "Evander Quist-Mallory",
                                              "dean": "Henrike Oduya"}, marks)


def agenda(provider, title, start, end, location, sessions, marks=None):
    f = {"provider": provider, "title": title, "start_date": start, "end_date": end, "location": location}
    return _doc("agenda", "agenda", f, {"sessions": sessions}, marks)


def application(name, x):
    return _doc("application_form", "application", {"applicant_name": name}, x)


def cover(name, issue, x=None):
    return _doc("other", "cover", {"applicant_name": name, "issue_date": issue}, x or {})


def blank(separator=False):
    return _doc("other", "blank", {}, {}, {"separator": True} if separator else {"unreadable": True})


def dup(doc):
    d = {k: (dict(v) if isinstance(v, dict) else v) for k, v in doc.items()}
    d["marks"] = dict(d["marks"], duplicate=True)
    return d
