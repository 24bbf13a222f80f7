"""The spaCy pipeline: a blank English tokenizer with an EntityRuler for organizations,
people's honorifics and amounts, and a Matcher for hours and credit units.

No trained model is needed (none can be downloaded here); the patterns are the model.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

ORG_HEADS = [
    "university", "college", "institute", "academy", "association", "league", "department",
    "city", "town", "village", "county", "borough", "township", "municipality", "parish",
    "district", "foundation", "school", "center", "centre", "agency", "council", "commission",
    "society", "office", "board", "inc", "inc.", "llc", "corporation", "company", "fema",
    "iimc", "government", "state", "program", "seminars", "pryor", "network", "clerks",
]
CONNECT = ["of", "the", "for", "and", "&", "de"]

HOUR_WORDS = ["hour", "hours", "hrs", "hrs.", "hr", "hr."]
HOUR_QUALIFIERS = ["contact", "clock", "instructional", "instruction", "training", "class",
                   "classroom", "in-class", "ce", "cpe", "education", "continuing", "total",
                   "seat", "education", "of", "in", "-", "class", "approved", "ceu", "cle", "cpe"]


Token = dict[str, Any]  # one token of a spaCy pattern


def _org_patterns() -> list[dict]:
    cap: Token = {"IS_TITLE": True}
    upper: Token = {"IS_UPPER": True, "LENGTH": {">=": 2}}
    head: Token = {"LOWER": {"IN": ORG_HEADS}}
    link: Token = {"LOWER": {"IN": CONNECT}}
    poss: Token = {"ORTH": {"IN": ["'", "’"]}, "OP": "?"}  # "Municipal Clerks' Association"
    amp: Token = {"ORTH": "&"}  # "Keel & Compass Leadership Institute"
    the: Token = {"LOWER": "the", "OP": "?"}
    pats: list[list[Token]] = []
    for w in (cap, upper):
        # "Municipal Clerks Association of New Jersey", "City of Springfield"
        pats.append([w, {"OP": "*", **w}, poss, head, link, {"OP": "?", **link}, w,
                     {"OP": "*", **w}])
        pats.append([head, link, {"OP": "?", **link}, w, {"OP": "*", **w}])
        pats.append([w, {"OP": "*", **w}, poss, head])
        pats.append([w, {"OP": "*", **w}, amp, w, {"OP": "*", **w}, poss, head])
    # an acronym before a name in capitals and small letters: "IIMC Foundation"
    pats.append([the, upper, {"OP": "*", **cap}, head])
    return [{"label": "ORG", "pattern": p} for p in pats]


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipeline = spacy.blank("en")
    # emoticons that are a figure and a bracket ("8)", "(-8", "8-)"): in "eight (8) hours"
    # the 8 is a number
    tokenizer: Tokenizer = pipeline.tokenizer  # type: ignore[assignment]
    tokenizer.rules = {k: v for k, v in (tokenizer.rules or {}).items()
                       if k not in ("8)", "8-)", "(-8", "8-D", "8D", "0.0", ":0", ":1",
                                    ":3", "=3")}
    ruler = pipeline.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(_org_patterns())  # type: ignore[attr-defined]
    return pipeline


@lru_cache(maxsize=1)
def amount_matcher() -> Matcher:
    matcher = Matcher(nlp().vocab)
    num = {"LIKE_NUM": True}
    hours = {"LOWER": {"IN": HOUR_WORDS}}
    qual = {"LOWER": {"IN": HOUR_QUALIFIERS}, "OP": "*"}
    matcher.add("HOURS", [
        [num, {"ORTH": {"IN": ["(", "-", ")"]}, "OP": "?"}, qual, hours],   # 12 contact hours, (12) hours
        [num, {"ORTH": ")"}, {"IS_SPACE": True}, qual, hours],             # "thirty (30)" / "hours" over a line break
        [num, {"IS_SPACE": True}, hours],                                  # "took 36" / "hours." over a line break
        [num, {"IS_ALPHA": True, "IS_LOWER": True}, hours],                # 30 nominal hours
        [hours, {"IS_PUNCT": True, "OP": "?"}, num],                          # Hours: 12
        [{"LOWER": {"IN": HOUR_QUALIFIERS}, "OP": "+"}, hours,
         {"IS_PUNCT": True, "OP": "?"}, {"IS_SPACE": True, "OP": "?"}, num],  # Contact Hours: 6.5
        # professional credits counted in (50-minute) hours: "1.5 CPE credits", "3 PDHs"
        [num, {"LOWER": {"IN": ["cpe", "cle", "cpd", "pdh", "pdhs"]}},
         {"LOWER": {"IN": ["credit", "credits", "hour", "hours", "units"]}, "OP": "?"}],
    ])
    matcher.add("CREDITS", [
        [num, {"LOWER": {"IN": ["semester", "quarter", "credit", "credits", "units", "unit"]}},
         {"LOWER": {"IN": ["credit", "credits", "hours", "units", "hrs"]}, "OP": "?"}],
        [{"LOWER": {"IN": ["credits", "units"]}}, {"IS_PUNCT": True, "OP": "?"}, num],
    ])
    return matcher


def parse(text: str) -> Doc:
    return nlp()(text)
