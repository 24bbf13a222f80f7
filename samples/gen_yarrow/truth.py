"""The ground truth: flags, proposals and totals, by this author's reading of the Education
Guidelines, docs/rulings.md and docs/interpretations.md (no product code consulted)."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass

from .model import Doc

POSTNOMINALS = {"cmc", "mmc", "mpa", "mba", "crm", "cpm", "jr", "sr", "ii", "iii", "phd", "dr", "ms", "mrs", "mr"}
HOURS_ACTS = {"institute", "state_course", "course", "vocational", "conference", "teaching_institute",
              "teaching_state", "on_the_job", "certification"}
ONLINE_ACTS = {"institute", "state_course", "course", "vocational", "athenian_dialogue", "cd_rom",
               "iimc_online", "conference_academy", "certification"}
PER_HOUR = {"institute", "state_course", "course", "vocational", "teaching_institute", "teaching_state", "on_the_job"}
RELATED = ("public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration")
UNRELATED = ("biology", "music", "chemistry", "art", "nursing")
CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
        "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18,
        "mmc.professional.on_the_job": 12}


@dataclass
class Manifest:
    program: str
    name: str
    former: list[str]
    region: int
    received: dt.date
    prior: dt.date | None = None


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def name_key(name: str) -> frozenset[str]:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    toks = re.split(r"[^a-z]+", s)
    return frozenset(t for t in toks if len(t) > 1 and t not in POSTNOMINALS)


def same_person(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def completed_years(start: dt.date, end: dt.date) -> int:
    e = end + dt.timedelta(days=1)
    return e.year - start.year - ((e.month, e.day) < (start.month, start.day))


def _date(f: dict[str, object], key: str) -> dt.date | None:
    v = f.get(key)
    return dt.date.fromisoformat(v) if isinstance(v, str) else None


def work_date(f: dict[str, object]) -> dt.date | None:
    for k in ("end_date", "start_date", "degree_date", "issue_date"):
        d = _date(f, k)
        if d:
            return d
    return None


def flags_of(doc: Doc, m: Manifest, seen: set[str]) -> list[str]:
    f = doc.fields
    out = list(doc.flags)
    if doc.same_as:
        if doc.same_as in seen and "DUPLICATE" not in out:
            out.append("DUPLICATE")
        seen.add(doc.same_as)
    if doc.flags:
        return out
    act = f.get("activity")
    wd = work_date(f)
    if doc.kind == "agenda":
        if m.program == "MMC" and m.prior and wd and wd < m.prior:
            out.append("PREDATES_DESIGNATION")
        return out
    if not act:
        return out
    if f.get("first_person"):
        out.append("FIRST_PERSON")
    sig = f.get("signatory")
    if f.get("relationship") or (isinstance(sig, str) and not same_person(sig, m.name)
                                 and _surname(sig) == _surname(m.name)):
        out.append("RELATIVE_AUTHOR")
    nm = f.get("applicant_name")
    if isinstance(nm, str) and not any(same_person(nm, n) for n in [m.name, *m.former]):
        out.append("NAME_MISMATCH")
    if not nm:
        out.append("MISSING_NAME")
    if not wd:
        out.append("MISSING_DATE")
    if act in HOURS_ACTS and f.get("hours") is None and not (act == "conference" and (f.get("days") or f.get("start_date"))):
        out.append("MISSING_HOURS")
    if doc.kind in ("certificate", "letter") and act != "degree" and not f.get("title"):
        out.append("MISSING_TITLE")
    if doc.kind == "employment_letter" and not f.get("position"):
        out.append("MISSING_TITLE")
    if m.program == "MMC" and m.prior and wd and wd < m.prior and act != "degree":
        out.append("PREDATES_DESIGNATION")
    hours = f.get("hours")
    delivery = f.get("delivery")
    if delivery in ("online", "hybrid") and act in ONLINE_ACTS:
        if isinstance(hours, (int, float)) and hours < 4:
            out.append("BELOW_MINIMUM_HOURS")
        elif f.get("assessment") is not True:
            out.append("NO_ASSESSMENT")
    elif delivery == "webinar" and f.get("assessment") is not True:
        out.append("NO_ASSESSMENT")
    if act in PER_HOUR and isinstance(hours, (int, float)) and hours < 1 and "BELOW_MINIMUM_HOURS" not in out:
        out.append("BELOW_MINIMUM_HOURS")
    if act == "certification" and isinstance(hours, (int, float)) and hours < 50:
        out.append("BELOW_MINIMUM_HOURS")
    return out


def _surname(n: str) -> str:
    toks = [t for t in re.split(r"[^A-Za-z\u00c0-\u017f-]+", n.split(",")[0] if "," in n else n) if t]
    toks = [t for t in toks if t.lower() not in POSTNOMINALS]
    return toks[0].lower() if "," in n else toks[-1].lower()


REVIEW = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
Option = tuple[str, str, float | None]  # category, rule, points


def _service_years(f: dict[str, object], received: dt.date) -> int:
    if isinstance(f.get("years"), (int, float)):
        return max(1, math.floor(float(f["years"])))  # type: ignore[arg-type]
    s, e = _date(f, "start_date"), _date(f, "end_date") or received
    return max(1, completed_years(s, e)) if s else 1


def _degree(f: dict[str, object], prog: str) -> Option | None:
    deg = str(f.get("degree", "")).lower()
    side = ("cmc_education", "cmc.education") if prog == "CMC" else ("mmc_advanced_education", "mmc.advanced")
    assoc = deg.startswith("associate")
    if any(r in deg for r in RELATED):
        return (side[0], f"{side[1]}.{'associate' if assoc else 'bachelor'}_related", 5.0 if assoc else 20.0)
    if any(re.search(rf"\b{u}\b", deg) for u in UNRELATED) and not assoc:
        return (side[0], f"{side[1]}.bachelor_unrelated", 10.0)
    return None


def options(doc: Doc, m: Manifest, flags: list[str]) -> list[Option]:
    """The rows a document may take (two for either-side items); [] for none."""
    if any(fl not in REVIEW for fl in flags) or doc.flags:
        return []
    f = doc.fields
    act = f.get("activity")
    h = f.get("hours")
    hours = float(h) if isinstance(h, (int, float)) else 0.0
    no_assess = "NO_ASSESSMENT" in flags
    if no_assess and f.get("delivery") == "webinar":
        return []
    wd = work_date(f)
    cmc = m.program == "CMC"
    if act == "annual_conference":
        pts = 4.0 if wd and wd < dt.date(2009, 1, 1) else 8.0
        if cmc:
            return [("cmc_education", "cmc.education.annual_conference", pts),
                    ("cmc_experience", "cmc.experience.annual_conference", pts)]
        return [("mmc_advanced_education", "mmc.advanced.annual_conference", pts),
                ("mmc_professional_contribution", "mmc.professional.annual_conference", pts)]
    if act == "conference":
        s, e = _date(f, "start_date"), _date(f, "end_date")
        if isinstance(h, (int, float)):
            pts = floor_half(hours / 4)
        elif isinstance(f.get("days"), (int, float)):
            pts = float(f["days"])  # type: ignore[arg-type]
        else:
            pts = float((e - s).days + 1) if s and e else 1.0
        return [("cmc_experience", "cmc.experience.conference", pts)] if cmc else [
            ("mmc_professional_contribution", "mmc.professional.conference", pts)]
    if act == "degree":
        opt = _degree(f, m.program)
        return [opt] if opt else []
    if cmc:
        table: dict[str, Option] = {
            "institute": ("cmc_experience", "cmc.experience.course", floor_half(hours / 6)) if no_assess
            else ("cmc_education", "cmc.education.institute", floor_half(hours / 2)),
            "state_course": ("cmc_experience", "cmc.experience.state_course", floor_half(hours / 4)) if no_assess
            else ("cmc_education", "cmc.education.state_course", floor_half(hours / 4)),
            "course": ("cmc_experience", "cmc.experience.course", floor_half(hours / 6)),
            "vocational": ("cmc_experience", "cmc.experience.vocational", floor_half(hours / 10)),
            "conference_academy": ("cmc_education", "cmc.education.conference_academy", 2.0),
            "athenian_dialogue": ("cmc_education", "cmc.education.athenian_dialogue",
                                  2.0 if wd and wd < dt.date(2013, 11, 23) else 3.0),
            "cd_rom": ("cmc_education", "cmc.education.cd_rom", 1.0),
            "iimc_online": ("cmc_education", "cmc.education.iimc_online", None),
            "college_credits": ("cmc_experience", "cmc.experience.college_credits", float(f.get("credit_units", 0))),  # type: ignore[arg-type]
        }
        if act in ("committee_member", "committee_chair", "board_member"):
            return [("cmc_experience", "cmc.experience.committee_member", float(_service_years(f, m.received)))]
        if act == "employment":
            return [_employment(f, m)]
        return [table[act]] if act in table else []
    if act == "course":
        pts = floor_half(hours / 6)
        if no_assess:
            return [("mmc_professional_contribution", "mmc.professional.other_courses", pts)]
        return [("mmc_advanced_education", "mmc.advanced.seminar", pts),
                ("mmc_professional_contribution", "mmc.professional.other_courses", pts)]
    if act in ("teaching_institute", "teaching_state"):
        pts = floor_half(hours / (2 if act == "teaching_institute" else 4))
        return [("mmc_advanced_education", f"mmc.advanced.{act}", pts),
                ("mmc_professional_contribution", f"mmc.professional.{act}", pts)]
    yrs = float(_service_years(f, m.received))
    mtable: dict[str, Option] = {
        "institute": ("mmc_professional_contribution", "mmc.professional.other_courses", floor_half(hours / 6)) if no_assess
        else ("mmc_advanced_education", "mmc.advanced.academy", floor_half(hours / 2)),
        "state_course": ("mmc_professional_contribution", "mmc.professional.other_courses", floor_half(hours / 6)) if no_assess
        else ("mmc_advanced_education", "mmc.advanced.state_course", floor_half(hours / 4)),
        "certification": ("mmc_advanced_education", "mmc.advanced.certification", 7.0),
        "conference_academy": ("mmc_advanced_education", "mmc.advanced.conference_academy", 2.0),
        "athenian_dialogue": ("mmc_advanced_education", "mmc.advanced.athenian_dialogue",
                              2.0 if wd and wd < dt.date(2013, 11, 23) else 3.0),
        "cd_rom": ("mmc_advanced_education", "mmc.advanced.cd_rom", 1.0),
        "iimc_online": ("mmc_advanced_education", "mmc.advanced.iimc_online", None),
        "college_credits": ("mmc_professional_contribution", "mmc.professional.college_credits", float(f.get("credit_units", 0))),  # type: ignore[arg-type]
        "board_member": ("mmc_professional_contribution", "mmc.professional.board_member", 2 * yrs),
        "committee_chair": ("mmc_professional_contribution", "mmc.professional.committee_chair", 2 * yrs),
        "association_officer": ("mmc_professional_contribution", "mmc.professional.association_officer", 2 * yrs),
        "committee_member": ("mmc_professional_contribution", "mmc.professional.committee_member", yrs),
        "related_officer": ("mmc_professional_contribution", "mmc.professional.related_officer", yrs),
        "on_the_job": ("mmc_professional_contribution", "mmc.professional.on_the_job", floor_half(hours / 8)),
        "personal_accomplishment": ("mmc_professional_contribution", "mmc.professional.personal_accomplishment", 1.0),
    }
    return [mtable[act]] if act in mtable else []  # type: ignore[index]


def _employment(f: dict[str, object], m: Manifest) -> Option:
    s, e = _date(f, "start_date"), _date(f, "end_date") or m.received
    yrs = completed_years(s, e) if s else 0
    pos = str(f.get("position", "")).lower()
    clerk = any(k in pos for k in ("clerk", "city secretary", "recorder"))
    part = f.get("employment_type") == "part_time"
    admin = f.get("administrative")
    if clerk:
        if part:
            return ("cmc_experience", "cmc.experience.clerk_part_time" if admin is False
                    else "cmc.experience.clerk_part_time_admin", float(yrs if admin is False else 2 * yrs))
        if admin is False:
            return ("cmc_experience", "cmc.experience.clerk_full_time_admin", None)
        return ("cmc_experience", "cmc.experience.clerk_full_time_admin", float(4 * yrs))
    rate = {"local": ("local_admin", 2), "state_federal": ("state_admin", 1), "business": ("business_admin", 1)}
    rid, r = rate[str(f.get("sector", "local"))]
    return ("cmc_experience", f"cmc.experience.{rid}", float(r * yrs))


def totals(prog: str, chosen: list[Option]) -> tuple[dict[str, dict[str, float]], float]:
    a_cat, b_cat = ("cmc_education", "cmc_experience") if prog == "CMC" else (
        "mmc_advanced_education", "mmc_professional_contribution")
    req_a, req_b = (60, 50) if prog == "CMC" else (60, 40)
    a = sum(p or 0.0 for c, _, p in chosen if c == a_cat)
    b = sum(p or 0.0 for c, _, p in chosen if c == b_cat)
    excess = max(0.0, a - 60)
    a_c = min(60.0, a)
    b_c = b + (excess if prog == "CMC" else min(20.0, excess))
    short = max(0.0, req_a - a_c) + max(0.0, req_b - b_c)
    out = {a_cat: {"points": a_c, "raw": a, "required": req_a}, b_cat: {"points": b_c, "raw": b, "required": req_b}}
    return out, short


def packet_truth(m: Manifest, placed: list[tuple[str, list[int], Doc, str]], description: str) -> dict[str, object]:
    """placed: (source, pages, doc, text_source) in packet order."""
    seen: set[str] = set()
    docs = []
    opts = []
    used: dict[str, float] = {}
    for _, _, doc, _ in placed:
        fl = flags_of(doc, m, seen)
        op = options(doc, m, fl)
        capped = []
        for cat, rule, pts in op:
            if pts is not None and rule in CAPS:
                pts = max(0.0, min(pts, CAPS[rule] - used.get(rule, 0.0)))
            capped.append((cat, rule, pts))
        if len(capped) == 1 and capped[0][2] is not None and capped[0][1] in CAPS:
            used[capped[0][1]] = used.get(capped[0][1], 0.0) + capped[0][2]  # type: ignore[operator]
        docs.append(fl)
        opts.append(capped)
    either = [i for i, o in enumerate(opts) if len(o) == 2]
    best: tuple[tuple[float, float, tuple[int, ...]], list[Option]] | None = None
    for combo in itertools.product((0, 1), repeat=len(either)):
        chosen = {i: o[0] for i, o in enumerate(opts) if len(o) == 1}
        chosen.update({i: opts[i][c] for i, c in zip(either, combo, strict=True)})
        _, short = totals(m.program, list(chosen.values()))
        edu = sum(opts[i][c][2] or 0.0 for i, c in zip(either, combo, strict=True) if c == 0)
        key = (short, -edu, combo)
        if best is None or key < best[0]:
            best = (key, [chosen[i] for i in sorted(chosen)])
    final = best[1] if best else []
    tot, _ = totals(m.program, final)
    out_docs = []
    k = 0
    for (src, pages, doc, ts), fl, op in zip(placed, docs, opts, strict=True):
        props = []
        if op:
            cat, rule, pts = final[k]
            k += 1
            props.append({"category": cat, "points": pts, "rule": rule})
        out_docs.append({"source": src, "pages": pages, "kind": doc.kind, "text_source": ts,
                         "fields": doc.fields, "flags": fl, "proposals": props})
    return {"description": description, "documents": out_docs, "totals": tot}
