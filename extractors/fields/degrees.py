"""The degree a transcript or a diploma states, and whether a certificate is a diploma.

Candidates are gathered from the whole document and ranked: the value under a degree
label ("Degree Conferred:", "Degree Awarded:") first, then a degree spelled out in full
("Associate of Arts in Political Science"), and an abbreviation ("MPA", "B.S.") only when
nothing spells the degree out. A date glued to the degree ("... - May 12, 2012") is cut
off; the date itself is the degree date (when.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Kind
from extractors.fields.base import Context, Found
from extractors.fields.text import clean

NOT_DEGREE_WORD = (r"(?!(?:Date|Conferred|Awarded|Major|Minor|Honors|With|Cum|Magna|Summa|GPA|"
                   r"Degree|Granted|On|Page|Total|Student|Program|January|February|March|April|"
                   r"May|June|July|August|September|October|November|December)\b)")
FIELD_WORDS = (rf"{NOT_DEGREE_WORD}[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+|&[ \t]+|of[ \t]+)?"
               rf"{NOT_DEGREE_WORD}[A-Z][a-z]+)*")  # on one line: a diploma's next line is not it
SPELLED = re.compile(
    r"\b((?:Bachelor|Master|Associate|Doctor)(?:'s|’s)?[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?"
    rf"{FIELD_WORDS}(?:[ \t]*(?:\bin\b|,|-|–)[ \t]*{FIELD_WORDS})?)")
ABBREVIATED = re.compile(
    r"\b((?:B\.?A\.?|B\.?S\.?|B\.?B\.?A\.?|M\.?P\.?A\.?|M\.?B\.?A\.?|M\.?A\.?|M\.?S\.?|A\.?A\.?|"
    r"A\.?A\.?S\.?|A\.?S\.?|Ph\.?D\.?)(?=[\s,])(?:,?\s*(?:in\s+)?[A-Z][A-Za-z]+"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+)*)?)")
DEGREE_LABEL = re.compile(r"^[ \t]*(?:degree(?:\s+(?:conferred|awarded|granted|earned|received))?|"
                          r"(?:conferred|awarded)\s+degree)[ \t]*:[ \t]*", re.I | re.M)
DIPLOMA_CUE = re.compile(r"\b(?:the\s+degree\s+of|conferred\s+(?:up)?on|confers\s+(?:up)?on|"
                         r"has\s+conferred|diploma)\b", re.I)
GLUED_DATE = re.compile(r"\s*(?:[-–—,]|\bon\b|\bin\b)\s*(?=(?:[A-Z][a-z]+\.?\s+\d|\d))")
# A diploma carries these and no others (docs/conventions.md, "Which fields a document
# carries"): no title, no dates of attendance, no location, no signatory.
DIPLOMA_FIELDS = {"applicant_name", "provider", "degree", "degree_date", "activity"}


@dataclass(frozen=True)
class Candidate:
    value: str
    start: int
    rank: float  # higher is better


def _trimmed(value: str) -> str:
    """The degree without a date glued after it ("Bachelor of Music - December 13")."""
    m = GLUED_DATE.search(value)
    return clean(value[:m.start()] if m else value)


def _candidates(ctx: Context) -> list[Candidate]:
    raw = ctx.raw
    out: list[Candidate] = []
    labelled_lines = {m.end() for m in DEGREE_LABEL.finditer(raw)}
    for m in SPELLED.finditer(raw):
        line_start = raw.rfind("\n", 0, m.start()) + 1
        labelled = any(line_start <= at <= m.start() for at in labelled_lines)
        out.append(Candidate(_trimmed(m.group(1)), m.start(1), 3.0 if labelled else 2.0))
    for m in ABBREVIATED.finditer(raw):
        out.append(Candidate(_trimmed(m.group(1)), m.start(1), 1.0))
    return [c for c in out if len(c.value) >= 2]


def find_degree(ctx: Context) -> Found | None:
    if ctx.kind not in (Kind.transcript, Kind.certificate):
        return None
    candidates = _candidates(ctx)
    if ctx.kind == Kind.certificate:  # a diploma: spelled out, beside a degree cue
        candidates = [c for c in candidates if c.rank >= 2.0]
        if not candidates or not DIPLOMA_CUE.search(ctx.raw):
            return None
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.rank, -c.start))
    confidence = {3.0: 0.9, 2.0: 0.85}.get(best.rank, 0.6)
    value = best.value
    major = MAJOR.search(ctx.raw)
    if major and best.rank >= 2.0 and not re.search(r"\s(?:in|,|-|–)\s", value):
        value = f"{value} in {clean(major.group(1))}"  # "Bachelor of Arts" + "Major: ..."
    return Found(value, best.start, best.start + len(best.value), confidence)


# the field of a degree printed apart from it: "Degree Awarded: Bachelor of Arts" over
# "Major: Public Administration"
MAJOR = re.compile(r"^[ \t]*(?i:major|field of study|concentration|program of study|discipline)"
                   r"[ \t]*:[ \t]*([A-Z][A-Za-z&,' -]{2,60}?)[ \t]*$", re.M)


def is_diploma(ctx: Context) -> bool:
    """A certificate that confers a degree (its degree was found)."""
    return ctx.kind == Kind.certificate and "degree" in ctx.found
