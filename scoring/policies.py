"""Dated and conditional rules that are not a single row (`rules.yaml` `policies`).

- the MMC cut-off date (EG MMC requirement 7; CMC Recertification Note),
- what may still be used from before it (RULINGS.md 13 unused degree, Policy E-3, Policy 5.15),
- items that earn nothing because of another item or of the manifest (teaching the same
  session; a degree used for the CMC).

Each choice cites docs/interpretations.md. This module reads the document facts
(`facts.py`) only; `validate.py` flags, `routing.py` restricts placements and `engine.py`
excludes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.models import Document, Manifest, Program
from scoring.facts import activity, is_degree, work_date
from scoring.rules import RuleBook


def mmc_cutoff(manifest: Manifest) -> dt.date | None:
    """EG MMC requirement 7: materials must be dated after any prior designation, CMC
    Recertification included: the later of the two manifest dates (interpretations I11)."""
    if manifest.program != Program.MMC:
        return None
    days = [d for d in (manifest.prior_designation_date, manifest.cmc_recertification_date) if d]
    return max(days, default=None)


def qualifies_for_advanced(activity: str | None, book: RuleBook) -> bool:
    """The activity has a row in the category Policy 5.15 grants (degrees always do)."""
    if activity is None:
        return False
    if activity == "degree":
        return True
    route = book.routes[Program.MMC].get(activity)
    category = book.policies.policy_5_15.category
    return route is not None and any(
        book.rule(i).category == category for i in route.first + route.either)


def policy_515(doc: Document, day: dt.date | None, manifest: Manifest, book: RuleBook) -> bool:
    """Policy 5.15.060: Regions 10-11, an Advanced-Education program completed 2011-01-01 ..
    2014-12-31 before the cut-off still counts, in Advanced Education only
    (interpretations I13)."""
    policy, cutoff = book.policies.policy_5_15, mmc_cutoff(manifest)
    if cutoff is None or day is None or day >= cutoff:
        return False
    return (manifest.applicant.region in policy.regions and policy.from_ <= day <= policy.to
            and qualifies_for_advanced(activity(doc), book))


def pending_cmc(day: dt.date | None, manifest: Manifest, book: RuleBook) -> bool:
    """Policy E-3: work done while the CMC application was pending at headquarters, from
    `cmc_application_pending_since` but not before the policy's effective date, up to the
    CMC designation (interpretations I12)."""
    since, prior = manifest.cmc_application_pending_since, manifest.prior_designation_date
    if since is None or prior is None or day is None:
        return False
    if manifest.cmc_recertification_date and manifest.cmc_recertification_date > prior:
        return False  # the cut-off is the recertification; E-3 concerns the CMC application
    return max(since, book.policies.pending_cmc.effective) <= day < prior


def predates_exemption(doc: Document, day: dt.date | None, manifest: Manifest,
                       book: RuleBook) -> str | None:
    """Why an MMC document dated before the cut-off is still accepted (None: it is not)."""
    if is_degree(doc):  # a degree used for the CMC has no exception (EG footnotes *)
        return None if manifest.cmc_used_degree else (
            "a completely unused college degree (RULINGS.md 13)")
    if pending_cmc(day, manifest, book):
        return "earned while the CMC application was pending (Policy E-3)"
    if policy_515(doc, day, manifest, book):
        return "Regions 10-11 program of 2011-2014 (Policy 5.15.060)"
    return None


# ---------------------------------------------------------------- exclusions


@dataclass(frozen=True)
class Exclusion:
    why: str
    citation: str


def _norm(value: object) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(value).lower()).strip()


def exclusions(docs: Sequence[Document], manifest: Manifest,
               book: RuleBook) -> dict[str, Exclusion]:
    """Document id -> why it earns nothing although it is a valid document."""
    out: dict[str, Exclusion] = {}
    used = book.policies.used_for_cmc
    if manifest.program in used.programs and manifest.cmc_used_degree:
        for doc in docs:
            if activity(doc) in used.activities:
                out[doc.id] = Exclusion(
                    "the packet states its college degree was used for the CMC; education "
                    "units may not be credited to both programs", book.cite(used.footnotes))
    out |= _taught_sessions(docs, manifest, book)
    return out


def _taught_sessions(docs: Sequence[Document], manifest: Manifest,
                     book: RuleBook) -> dict[str, Exclusion]:
    """MMC PC footnote **: the teacher of a session earns for teaching, not for attending it.
    Same session: same normalized title and same work date (interpretations I14)."""
    rule = book.policies.teaching_not_attendance
    if manifest.program not in rule.programs:
        return {}
    taught: dict[tuple[str, dt.date], Document] = {}
    for doc in docs:
        title, day = doc.value("title"), work_date(doc)
        if activity(doc) in rule.teaching and title and day:
            taught.setdefault((_norm(title), day), doc)
    out: dict[str, Exclusion] = {}
    for doc in docs:
        title, day = doc.value("title"), work_date(doc)
        teacher = taught.get((_norm(title), day)) if title and day else None
        if activity(doc) in rule.attendance and teacher is not None:
            out[doc.id] = Exclusion(
                f"the applicant taught this session (document {teacher.id}): points for "
                "teaching, not for attendance at the same session", book.cite(rule.footnotes))
    return out
