"""Validation and scoring of a packet's documents against the IIMC Education Guidelines."""

from __future__ import annotations

from core.names import family_name, matches_applicant, names_match
from scoring.duplicates import find_duplicates
from scoring.engine import ScoreResult, score
from scoring.flag_catalogue import severity_of
from scoring.rules import RuleBook, RuleFileError, default_rules, load_rules
from scoring.validate import validate

__all__ = [
    "RuleBook", "RuleFileError", "ScoreResult", "default_rules", "family_name",
    "find_duplicates", "load_rules", "matches_applicant", "names_match", "score",
    "severity_of", "validate",
]
