"""Kind of document (INTERFACE.md `kind`) from weighted cue phrases kept in kinds.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from core.models import Kind
from core.yaml_files import load_yaml

KINDS_FILE = Path(__file__).with_name("kinds.yaml")


class Cue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cue: str
    weight: float = Field(gt=0)
    repeat: int = Field(1, ge=1, description="count up to this many matches")


class KindRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_score: float
    kinds: dict[Kind, list[Cue]]


@lru_cache(maxsize=1)
def kind_rules() -> tuple[float, dict[Kind, list[tuple[re.Pattern[str], float, int]]]]:
    try:
        rules = KindRules.model_validate(load_yaml(KINDS_FILE))
    except Exception as e:
        raise ValueError(f"Bad kind rules in {KINDS_FILE}: {e}") from e
    compiled = {
        kind: [(re.compile(c.cue, re.I | re.M), c.weight, c.repeat) for c in cues]
        for kind, cues in rules.kinds.items()
    }
    return rules.min_score, compiled


# a scan's speck or a rule's end read as a mark before a line's first word ("| Learner",
# "- Course", "‘annual"): the cues that start a line must still find it
LEADING_MARKS = re.compile(r"(?m)^[ \t]*[|\-–—•·.,'‘’`~_]+[ \t]+(?=\w)")


def kind_scores(text: str) -> dict[Kind, float]:
    text = LEADING_MARKS.sub("", text)
    _, rules = kind_rules()
    return {
        kind: sum(w * min(len(p.findall(text)), rep) for p, w, rep in cues)
        for kind, cues in rules.items()
    }


def classify(text: str) -> tuple[Kind, float]:
    """The best-scoring kind and a confidence from its margin over the runner-up."""
    min_score, _ = kind_rules()
    scores = sorted(kind_scores(text).items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = scores[0], scores[1]
    if top < min_score:
        return Kind.other, 0.5
    return best, round(min(1.0, 0.5 + (top - second) / (2 * top)), 2)
