"""Candidates for a field gathered from the whole document and ranked by features any
issuer's document shares: the type's size and weight relative to the page, where the line
stands, the cue words before it, and the shape of the value. The weights are data
(title_ranker.yaml); the best candidate wins only when its score clears the threshold, so
a document with no good candidate gets no value rather than a guess."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from statistics import median

from pydantic import BaseModel, ConfigDict, Field

from core.yaml_files import load_yaml
from extractors.fields import shapes
from extractors.fields.base import Context, Found
from extractors.fields.labels import _BY_LABEL, INLINE, _is_label, _label
from extractors.fields.text import clean

RANKER_FILE = Path(__file__).resolve().parent.parent / "title_ranker.yaml"


class Ranker(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bias: float
    threshold: float
    floor: float = Field(description="a best candidate between floor and threshold is kept "
                                     "with a low confidence (a reviewer confirms it); below "
                                     "the floor the field is absent")
    weights: dict[str, float]


@lru_cache(maxsize=1)
def title_ranker() -> Ranker:
    try:
        return Ranker.model_validate(load_yaml(RANKER_FILE))
    except Exception as e:
        raise ValueError(f"Bad ranker weights in {RANKER_FILE}: {e}") from e


@dataclass
class Candidate:
    text: str
    start: int
    line: int  # index of the line it starts on
    source: str  # label, quoted, subtitled, cue_rest, line
    after_cue: bool = False  # the line before ends with a cue ("has completed", "attended")
    introduces: bool = False  # ends on a colon: it announces the name that follows
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


@dataclass(frozen=True)
class LineInfo:
    """What a line is on its page: its type size against the body text, its weight, where
    it stands."""

    size: float
    rel_size: float  # (size - body size) / body size
    bold: bool
    top: float  # 0 at the top of the page, 1 at the bottom
    rank: int  # 0 for the largest type on the page, 1 for the next size down, ...


def line_infos(ctx: Context) -> list[LineInfo]:
    doc = ctx.text
    sizes: list[float] = []
    tops: list[float] = []
    bolds: list[bool] = []
    pages: list[int] = []
    page_bottom: dict[int, float] = {}
    for i, (_s, _e, page) in enumerate(doc.lines):
        words = doc.words_on_line(i)
        sizes.append(max((w.size for w in words), default=0.0))
        bolds.append(bool(words) and sum(w.bold for w in words) * 2 >= len(words))
        y = min((w.bbox[1] for w in words), default=0.0)
        tops.append(y)
        pages.append(page)
        page_bottom[page] = max(page_bottom.get(page, 0.0),
                                max((w.bbox[3] for w in words), default=0.0))
    known = [s for s in sizes if s > 0]
    body = median(known) if known else 0.0
    by_page: dict[int, list[float]] = {}
    for s, p in zip(sizes, pages, strict=True):
        by_page.setdefault(p, []).append(round(s, 1))
    ranks = {p: sorted(set(v), reverse=True) for p, v in by_page.items()}
    out = []
    for s, y, b, p in zip(sizes, tops, bolds, pages, strict=True):
        rel = (s - body) / body if body else 0.0
        bottom = page_bottom[p] or 1.0
        out.append(LineInfo(s, rel, b, y / bottom, ranks[p].index(round(s, 1))))
    return out


def features(ctx: Context, cand: Candidate, info: LineInfo) -> dict[str, float]:
    t = cand.text
    words = t.split()
    f: dict[str, float] = {f"source_{cand.source}": 1.0}
    f["rel_size"] = max(-0.5, min(1.5, info.rel_size))
    f["largest"] = 1.0 if info.rank == 0 else 0.0
    f["second_largest"] = 1.0 if info.rank == 1 else 0.0
    f["bold"] = 1.0 if info.bold else 0.0
    f["top_third"] = 1.0 if info.top < 0.33 else 0.0
    f["bottom"] = 1.0 if info.top > 0.85 and not cand.after_cue else 0.0  # a cue's object is no footer
    f["introduces"] = 1.0 if cand.introduces else 0.0
    f["after_cue"] = 1.0 if cand.after_cue else 0.0
    f["date"] = shapes.date_share(t)
    f["place"] = 1.0 if shapes.is_place(t) else 0.0
    f["time_slot"] = 1.0 if shapes.is_time_slot(t) else 0.0
    f["hours"] = 1.0 if shapes.HOURS_PHRASE.search(t) else 0.0
    person = shapes.is_person_name(t)
    f["person_known"] = 1.0 if _is_someone(ctx, t) else 0.0
    f["person_initial"] = 1.0 if person and shapes.INITIAL.search(t) else 0.0
    f["person_shape"] = 1.0 if person else 0.0
    f["organisation"] = 1.0 if shapes.is_organisation(t) else 0.0
    f["event"] = 1.0 if shapes.EVENT.search(t) else 0.0
    f["conference"] = 1.0 if shapes.CONFERENCE.search(t) else 0.0
    f["short_program"] = 1.0 if shapes.SHORT_PROGRAM.search(t) else 0.0
    f["sentence"] = 1.0 if shapes.SENTENCE.search(t) or t.endswith(".") else 0.0
    f["code"] = 1.0 if shapes.CODE.search(t) else 0.0
    f["label"] = 1.0 if _is_label(t) or _other_label(t) else 0.0
    f["heading"] = 1.0 if HEADING.match(t) else 0.0
    f["partner"] = 1.0 if PARTNER.match(t) else 0.0
    f["one_word"] = 1.0 if len(words) == 1 else 0.0
    f["long"] = 1.0 if len(words) > 14 else 0.0
    f["lower_start"] = 1.0 if not re.match(r"[A-Z0-9“\"]", t) else 0.0
    f["is_provider"] = 1.0 if _is_provider(ctx, t) else 0.0
    f["caps_ratio"] = sum(w[:1].isupper() or w[:1].isdigit() for w in words) / max(1, len(words))
    # the words after a cue that only say what kind of thing follows ("completed the IIMC
    # Conference Academy session" / "Leading Through Change")
    f["generic_rest"] = 1.0 if cand.source == "cue_rest" and words and all(
        w.strip(".,:;").lower() in GENERIC_WORDS for w in words) else 0.0
    return f


GENERIC_WORDS = frozenset({"the", "a", "an", "iimc", "conference", "academy", "session", "sessions",
                           "course", "program", "programme", "workshop", "seminar", "webinar",
                           "online", "training", "class", "module", "live", "virtual",
                           "following", "entitled", "titled", "of", "study"})


HEADING = re.compile(r"(?i)^(?:(?:certificate|certification|record|statement|verification|letter|"
                     r"diploma|award)(?:\s+of\s+[\w ]+)?|"
                     r"(?:attendance|completion|training|participation|employment|education|course|"
                     r"learning)\s+(?:verification|confirmation|record|certificate|statement|summary|"
                     r"report)|this (?:is to )?certif(?:y|ies)(?: that)?|"
                     r"(?:[\w-]+\s+){0,3}letter(?:\s+of\s+\w+(?:\s+for\s+[\w .-]+)?)?|"
                     r"(?:re|subject|concern)\s*:.*|"
                     r"presented to|awarded to|(?:for\s+)?(?:(?:his|her|their|your)\s+)?(?:successfully\s+)?"
                     r"(?:completing|attending|participating\s+in|participation\s+in|completion\s+of)"
                     r"(?:\s+the)?|in recognition of(?: (?:your |his |her )?(?:attendance|participation|"
                     r"completion|achievement|service|commitment|dedication))?|has successfully completed|"
                     r"official transcript|to whom it may concern|agenda|program|schedule|"
                     r"(?:(?:conference|event|course|program|meeting|session|training)\s+)?"
                     r"(?:agenda|schedule|brochure|outline)|be it known"
                     r"(?: that)?|know all (?:men|persons) by these presents)$")


PARTNER = re.compile(r"(?i)^(?:in\s+(?:partnership|cooperation|association|collaboration)\s+with|"
                     r"hosted\s+by|sponsored\s+by|presented\s+by|offered\s+by|a\s+program\s+of|"
                     r"through|approved\s+(?:by|through|for)|accredited\s+by)\b")


def _other_label(text: str) -> bool:
    """A labelled value of another field ("Date: 26-May-26", "Location: Pune")."""
    m = INLINE.match(text)
    return m is not None and _BY_LABEL.get(_label(m.group(1)), "title") != "title"


def _is_someone(ctx: Context, text: str) -> bool:
    people = {str(ctx.found[k].value).lower() for k in ("applicant_name", "signatory")
              if k in ctx.found}
    return clean(text).lower() in people


def _is_provider(ctx: Context, text: str) -> bool:
    provider = ctx.found.get("provider")
    return provider is not None and clean(text).lower() == str(provider.value).lower()


def _restated(cand: Candidate, cands: list[Candidate]) -> bool:
    """The words after a cue are the start of a longer name on a line of their own
    ("... the Study Abroad Program" above "Study Abroad Program – Netherlands")."""
    if cand.source != "cue_rest":
        return False
    head = cand.text.lower()
    return any(o.source == "line" and o.line > cand.line and len(o.text) > len(cand.text)
               and head in o.text.lower() for o in cands)


def beside_time(ctx: Context, infos: list[LineInfo], i: int) -> bool:
    """The line stands in an agenda's row, right of its time slot ("8:00 a.m. - 12:00 p.m."
    | "Leadership Track I"): one session of the day, not the event's name."""
    if i == 0:
        return False
    lines = ctx.text.lines
    before = ctx.lines()[i - 1][1].strip()
    return lines[i - 1][2] == lines[i][2] and abs(infos[i - 1].top - infos[i].top) < 0.01 \
        and shapes.is_time_slot(before) and len(before) <= 30


# a street address ("55 Shore Road, Cambridge, MD") and a course review's approval line
# ("IIMC Course Review Approved, No. 2022-140") name no work
STREET_ADDRESS = re.compile(r"^\d+\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|"
                            r"Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Square|Sq|"
                            r"Highway|Hwy|Circle|Terrace)\b\.?")
COURSE_REVIEW = re.compile(r"(?i)\bcourse\s+review\b")
# an amount's label, whatever OCR made of its first word ("Verified hours", "\\ventioa hours")
AMOUNT_LABEL = re.compile(r"(?i)^\W*(?:[\w-]+\s+){0,2}(?:hours|hrs|credits|ceus?)\s*:?\s*$")


def _signer_line(ctx: Context) -> set[int]:
    """The two lines under the signer's name (the office, the organisation)."""
    signatory = ctx.found.get("signatory")
    if signatory is None:
        return set()
    i = ctx.text.line_at(signatory.start)
    return {i + 1, i + 2}


def score(cand: Candidate) -> float:
    ranker = title_ranker()
    return ranker.bias + sum(ranker.weights.get(k, 0.0) * v for k, v in cand.features.items())


def best(ctx: Context, cands: list[Candidate]) -> Found | None:
    """The highest-scoring candidate, if it clears the floor; its confidence grows with its
    score (a logistic curve, capped below certainty), so one under the threshold is kept
    only as a low-confidence reading for a reviewer to confirm."""
    if not cands:
        return None
    infos = line_infos(ctx)
    for cand in cands:
        cand.features = features(ctx, cand, infos[cand.line])
        cand.features["cut_short"] = 1.0 if _restated(cand, cands) else 0.0
        cand.features["beside_time"] = 1.0 if beside_time(ctx, infos, cand.line) else 0.0
        cand.score = score(cand)
    # a line that is mostly a date names no work, whatever cue stands before it
    # ("participated in" / "September 15, 2025": the title left blank)
    # nor does a signer's office under the signer's name ("Ruth Beck" / "Education Chair")
    signer = _signer_line(ctx)
    cands = [c for c in cands if c.features["date"] < 0.6 and c.line not in signer
             and not STREET_ADDRESS.match(c.text) and not COURSE_REVIEW.search(c.text)
             and not AMOUNT_LABEL.match(c.text)]
    if not cands:
        return None
    top = max(cands, key=lambda c: c.score)
    ranker = title_ranker()
    if top.score < ranker.floor:
        return None
    confidence = 0.95 / (1.0 + math.exp(-(top.score - ranker.threshold - 1.0)))
    return Found(top.text, top.start, top.start + len(top.text), round(confidence, 3))
