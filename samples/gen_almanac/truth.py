"""Ground truth of a packet, worked out from the facts its documents print.

Flags follow docs/conventions.md "Flags (R11-R15)"; points follow `rules.py` (the
guidelines' rows). Judgement calls, each following the rulings:

- R1 / I1: points are floored to the half point; an hourly session under 1 contact hour
  earns nothing and is BELOW_MINIMUM_HOURS.
- R9 / I10: an either-side item goes where the packet's total shortfall after R10 is
  least; ties put more points on the education side, then earlier documents there. For
  the CMC this is always Education (excess spills to Experience in full).
- R12: DUPLICATE on the later copy in packet order (path by code points, then page).
- R15: agendas, forms and receipts earn nothing and carry no flags, except an agenda's
  PREDATES_DESIGNATION (MMC).
- A clerk position is administrative unless the letter says otherwise; a missing
  employment type is full-time (docs/conventions.md "Employment").
- Caps per rule id (I7) are applied in packet order, before either-side placement; the
  sets keep either-side items clear of capped rows.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .model import Doc, Packet
from .rules import (
    DEGREE_RELATED,
    DEGREE_UNRELATED,
    HOURLY,
    NO_ASSESSMENT_ROW,
    ONLINE_RULE,
    R10_ONLY,
    ROUTES,
    ROWS,
)

REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}
POSTNOMINALS = {"cmc", "mmc", "mpa", "jr", "sr", "ii", "iii"}
CREDITABLE = {"certificate", "transcript", "employment_letter", "letter"}


def floor_half(x: float) -> float:
    """R1: floor to the nearest half point."""
    return math.floor(2 * x + 1e-9) / 2


def name_tokens(name: str) -> frozenset[str]:
    """R14: order, initials, accents, punctuation and post-nominals do not matter."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return frozenset(w for w in words if len(w) > 1 and w not in POSTNOMINALS)


def completed_years(start: date, end: date) -> int:
    """R2 / I3: whole years of start .. end + 1 day."""
    stop = end + timedelta(days=1)
    years = stop.year - start.year
    if (stop.month, stop.day) < (start.month, start.day):
        years -= 1
    return max(0, years)


def iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


@dataclass
class Item:
    """One document's claim on the tables: a fixed row, or either-side alternatives."""

    index: int
    options: list[tuple[str, float | None]]
    chosen: int = 0
    extra: list[str] = field(default_factory=list)


class PacketTruth:
    """Flags, proposals and totals of one packet, in packet order."""

    def __init__(self, packet: Packet, ordered: list[tuple[str, int, Doc]]) -> None:
        self.p = packet
        self.ordered = ordered
        names = [packet.applicant["name"], *packet.applicant.get("former_names", [])]
        self.names = [name_tokens(n) for n in names]
        self.surnames = {n.split()[-1].lower() for n in names}
        self.own = name_tokens(packet.applicant["name"])

    # ------------------------------------------------------------------ flags
    def flags(self, i: int, doc: Doc, seen: list[Doc]) -> list[str]:
        f = doc.fields
        if doc.flags:
            return list(doc.flags)
        out: list[str] = []
        if doc.kind == "agenda":
            return self._predates(f, doc)
        if doc.kind not in CREDITABLE:
            return out
        act = f.get("activity", "")
        if f.get("first_person"):
            out.append("FIRST_PERSON")
        if self._relative(f):
            out.append("RELATIVE_AUTHOR")
        name = f.get("applicant_name")
        if name is None:
            out.append("MISSING_NAME")
        elif name_tokens(name) not in self.names:
            out.append("NAME_MISMATCH")
        if not any(k in f for k in ("start_date", "end_date", "degree_date", "issue_date")):
            out.append("MISSING_DATE")
        if act in HOURLY and "hours" not in f:
            out.append("MISSING_HOURS")
        if doc.kind in ("certificate", "letter") and act != "degree" and "title" not in f:
            out.append("MISSING_TITLE")
        if doc.kind == "employment_letter" and "position" not in f:
            out.append("MISSING_TITLE")
        out += self._predates(f, doc)
        out += self._online(f)
        if act in HOURLY and "hours" in f and f["hours"] < 1:
            out.append("BELOW_MINIMUM_HOURS")
        if act == "certification" and f.get("hours", 50) < 50 and "BELOW_MINIMUM_HOURS" not in out:
            out.append("BELOW_MINIMUM_HOURS")
        if any(s is doc or (doc.evidence and s.evidence == doc.evidence) for s in seen):
            out.append("DUPLICATE")
        return out

    def _relative(self, f: dict[str, Any]) -> bool:
        if f.get("relationship"):
            return True
        sig = f.get("signatory")
        if not sig or name_tokens(sig) == self.own or f.get("first_person"):
            return False
        return sig.split()[-1].lower().strip(",.") in self.surnames

    def _predates(self, f: dict[str, Any], doc: Doc) -> list[str]:
        cut = self.p.prior_designation
        if self.p.program != "MMC" or cut is None or f.get("activity") == "degree":
            return []
        when = f.get("end_date") or f.get("start_date") or f.get("issue_date")
        return ["PREDATES_DESIGNATION"] if when is not None and when < cut else []

    def _online(self, f: dict[str, Any]) -> list[str]:
        delivery = f.get("delivery")
        if f.get("activity") not in ONLINE_RULE or delivery not in ("online", "hybrid", "webinar"):
            return []
        if delivery != "webinar" and f.get("hours", 0) < 4:
            return ["BELOW_MINIMUM_HOURS"]
        return [] if f.get("assessment") is True else ["NO_ASSESSMENT"]

    # ------------------------------------------------------------------ points
    def options(self, doc: Doc, flags: list[str]) -> list[str]:
        f = doc.fields
        act = f.get("activity", "")
        prog = self.p.program
        if any(x not in ("NO_ASSESSMENT",) for x in flags):
            return []
        if act == "degree":
            return [self._degree_rule(f["degree"])]
        if act == "employment":
            return [self._employment_rule(f)] if prog == "CMC" else []
        if "NO_ASSESSMENT" in flags:
            if f.get("delivery") == "webinar":
                return []  # R6: webinars earn nothing without an assessment
            table = NO_ASSESSMENT_ROW[prog]
            return [table.get(act, table.get("*", ""))]
        how, rules = ROUTES[prog].get(act, ("first", []))
        region = self.p.applicant["region"]
        ok = [r for r in rules if r not in R10_ONLY or region in (10, 11)]
        return ok[:1] if how == "first" else ok

    def _degree_rule(self, degree: str) -> str:
        d = degree.lower()
        base = "cmc.education" if self.p.program == "CMC" else "mmc.advanced"
        related = any(k in d for k in DEGREE_RELATED)
        if d.startswith("associate"):
            assert related, degree
            return f"{base}.associate_related"
        assert related or any(k in d for k in DEGREE_UNRELATED), degree
        return f"{base}.bachelor_{'related' if related else 'unrelated'}"

    def _employment_rule(self, f: dict[str, Any]) -> str:
        pos = f["position"].lower()
        if any(k in pos for k in ("clerk", "city secretary", "recorder")):
            if f.get("employment_type", "full_time") == "full_time":
                assert f.get("administrative", True), "full-time non-admin clerk has no row"
                return "cmc.experience.clerk_full_time_admin"
            if f.get("administrative") is False:
                return "cmc.experience.clerk_part_time"
            return "cmc.experience.clerk_part_time_admin"
        return {"local": "cmc.experience.local_admin", "state_federal": "cmc.experience.state_admin",
                "business": "cmc.experience.business_admin"}[f["sector"]]

    def amount(self, rule: str, f: dict[str, Any]) -> float | None:
        pts = self._amount(rule, f)
        return None if pts is None else float(pts)

    def _amount(self, rule: str, f: dict[str, Any]) -> float | None:
        row = ROWS[rule]
        work = f.get("end_date") or f.get("start_date") or f.get("issue_date")
        pts = row.points
        if row.before and work and work < row.before:
            pts = row.before_points
        if row.unit == "review":
            return None
        if row.unit in ("fixed", "each"):
            return pts
        if row.unit == "hours":
            return floor_half(f["hours"] / row.per * pts)
        if row.unit == "hours_or_days":
            if "hours" in f:
                return floor_half(f["hours"] / row.per * pts)
            return float(f["days"])  # R4: 1 point per day
        if row.unit == "credit_units":
            return floor_half(f["credit_units"] * pts)
        if row.unit == "years":
            if "years" in f:
                n = math.floor(f["years"])
            else:
                n = max(1, completed_years(f["start_date"], f["end_date"]))
            if f.get("activity") == "employment":
                n = completed_years(f["start_date"], f["end_date"])
            return n * pts
        raise ValueError(row.unit)

    # ------------------------------------------------------------------ packet
    def build(self) -> dict[str, Any]:
        docs_out: list[dict[str, Any]] = []
        items: list[Item] = []
        seen: list[Doc] = []
        for i, (src, page, doc) in enumerate(self.ordered):
            flags = self.flags(i, doc, seen)
            seen.append(doc)
            rules = self.options(doc, flags)
            if rules:
                items.append(Item(i, [(r, self.amount(r, doc.fields)) for r in rules]))
            docs_out.append({"source": src, "pages": list(range(page, page + doc.pages)),
                             "kind": doc.kind,
                             "fields": {k: iso(v) for k, v in doc.fields.items()},
                             "flags": flags, "proposals": []})
        self._apply_caps(items)
        self._allocate(items)
        for it in items:
            rule, pts = it.options[it.chosen]
            docs_out[it.index]["proposals"].append(
                {"category": ROWS[rule].category, "points": pts, "rule": rule})
        return {"description": self.p.description, "documents": docs_out,
                "totals": self._totals(items)}

    def _apply_caps(self, items: list[Item]) -> None:
        used: dict[str, float] = {}
        for it in items:
            if len(it.options) != 1:
                continue
            rule, pts = it.options[0]
            cap = ROWS[rule].cap_category
            if cap is None or pts is None:
                continue
            room = max(0.0, cap - used.get(rule, 0.0))
            it.options[0] = (rule, min(pts, room))
            used[rule] = used.get(rule, 0.0) + min(pts, room)

    def _raw(self, items: list[Item], choice: dict[int, int]) -> dict[str, float]:
        raw = dict.fromkeys(REQUIRED[self.p.program], 0.0)
        for it in items:
            rule, pts = it.options[choice.get(it.index, it.chosen)]
            raw[ROWS[rule].category] += pts or 0.0
        return raw

    def _credited(self, raw: dict[str, float]) -> dict[str, float]:
        """R10: Education capped at 60, the excess to Experience (MMC: at most 20)."""
        (edu, e_raw), (other, o_raw) = list(raw.items())
        spill = max(0.0, e_raw - 60)
        if self.p.program == "MMC":
            spill = min(20.0, spill)
        return {edu: min(60.0, e_raw), other: o_raw + spill}

    def _allocate(self, items: list[Item]) -> None:
        either = [it for it in items if len(it.options) > 1]
        best: tuple[Any, ...] | None = None
        for combo in itertools.product(*[range(len(it.options)) for it in either]):
            choice = {it.index: c for it, c in zip(either, combo, strict=True)}
            raw = self._raw(items, choice)
            cred = self._credited(raw)
            short = sum(max(0.0, REQUIRED[self.p.program][k] - v) for k, v in cred.items())
            key = (short, -list(raw.values())[0], combo)
            if best is None or key < best:
                best = key
        if best is not None:
            for it, c in zip(either, best[2], strict=True):
                it.chosen = c

    def _totals(self, items: list[Item]) -> dict[str, Any]:
        raw = self._raw(items, {})
        cred = self._credited(raw)
        return {k: {"points": cred[k], "raw": raw[k], "required": REQUIRED[self.p.program][k]}
                for k in raw}
