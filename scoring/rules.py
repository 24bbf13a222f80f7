"""The point rules of the Education Guidelines, loaded from `rules.yaml`.

A rule file that does not fit the models below fails loudly, naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.models import Category, Program
from core.yaml_files import load_yaml

RULES_PATH = Path(__file__).with_name("rules.yaml")


class RuleFileError(ValueError):
    """The rule file is malformed; the message names the file and the key."""


class Unit(StrEnum):
    hours = "hours"
    credit_units = "credit_units"
    years = "years"
    each = "each"
    fixed = "fixed"
    hours_or_days = "hours_or_days"
    review = "review"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatedAmount(Strict):
    before: dt.date
    points: float


class Rule(Strict):
    id: str
    category: Category
    table: str
    row: str
    description: str = Field(min_length=10, description="the row in plain words")
    footnotes: list[str] = Field(default_factory=list)
    rulings: list[int] = Field(default_factory=list)
    unit: Unit
    points: float | None = None
    per: float = Field(default=1.0, gt=0)
    per_day: float | None = None
    cap_item: float | None = None
    cap_category: float | None = None
    min_hours: float | None = None
    dated: list[DatedAmount] = Field(default_factory=list)
    regions: list[int] | None = None
    valid_from: dt.date | None = None
    no_assessment: str | None = None
    online_rule: bool = Field(
        default=False, description="a course under the Online Learning Guidelines (RULINGS.md 6)")

    @model_validator(mode="after")
    def _amount_present(self) -> Rule:
        if (self.unit == Unit.review) != (self.points is None):
            raise ValueError("`points` is required unless unit is `review`, and only then absent")
        return self

    @property
    def citation(self) -> str:
        text = f"Education Guidelines, {self.table}, row '{self.row}'"
        if self.rulings:
            text += "; " + ", ".join(f"RULINGS.md {n}" for n in self.rulings)
        return text

    @property
    def per_hour(self) -> bool:
        """Rated per contact hour (a session under 1 hour earns nothing; RULINGS.md 1)."""
        return self.unit in {Unit.hours, Unit.hours_or_days}

    @property
    def needs_hours(self) -> bool:
        """The amount depends on stated hours: rated per hour, or a minimum of training
        hours (MISSING_HOURS without them)."""
        return self.per_hour or self.min_hours is not None

    def amount_on(self, day: dt.date | None) -> float | None:
        """The row's amount for work completed on `day` (dated amounts first)."""
        for dated in self.dated:
            if day is not None and day < dated.before:
                return dated.points
        return self.points

    def applies_to(self, region: int, received: dt.date) -> bool:
        """Region and "as of" date (docs/interpretations.md I8)."""
        if self.regions is not None and region not in self.regions:
            return False
        return self.valid_from is None or received >= self.valid_from


class Footnote(Strict):
    where: str
    text: str


class PendingCmc(Strict):
    """Policy E-3."""

    effective: dt.date
    footnotes: list[str]


class Policy515(Strict):
    """Policy 5.15 - Section 5.15.060."""

    regions: list[int]
    from_: dt.date = Field(alias="from")
    to: dt.date
    category: Category
    footnotes: list[str]


class TeachingNotAttendance(Strict):
    programs: list[Program]
    teaching: list[str]
    attendance: list[str]
    footnotes: list[str]


class UsedForCmc(Strict):
    programs: list[Program]
    activities: list[str]
    footnotes: list[str]


class Policies(Strict):
    recertification_rule: str
    pending_cmc: PendingCmc
    policy_5_15: Policy515
    teaching_not_attendance: TeachingNotAttendance
    used_for_cmc: UsedForCmc

    def footnote_refs(self) -> list[str]:
        return [*self.pending_cmc.footnotes, *self.policy_5_15.footnotes,
                *self.teaching_not_attendance.footnotes, *self.used_for_cmc.footnotes]


class CategoryInfo(Strict):
    label: str
    short: str
    required: int


class Credit(Strict):
    """RULINGS.md 10: `capped` is credited up to `cap`; the excess (up to `spill_max`)
    counts toward `into`."""

    capped: Category
    cap: float
    into: Category
    spill_max: float | None = None


class Route(Strict):
    first: list[str] = Field(default_factory=list)
    either: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_mode(self) -> Route:
        if bool(self.first) == bool(self.either):
            raise ValueError("a route has exactly one of `first` or `either`")
        return self


class DegreeFields(Strict):
    related: list[str]
    arguable: list[str]
    unrelated: list[str]


class DegreeLevels(Strict):
    associate: list[str]
    bachelor: list[str]


class RuleBook(Strict):
    min_contact_hours: float
    online_min_hours: float
    categories: dict[Category, CategoryInfo]
    credit: dict[Program, Credit]
    degree_fields: DegreeFields
    degree_levels: DegreeLevels
    degree_rules: dict[Program, str]
    clerk_positions: list[str]
    routes: dict[Program, dict[str, Route]]
    footnotes: dict[str, Footnote]
    policies: Policies
    tables: dict[str, str]
    rules: list[Rule]

    @model_validator(mode="after")
    def _references_exist(self) -> RuleBook:
        ids = {r.id for r in self.rules}
        if len(ids) != len(self.rules):
            raise ValueError("rule ids must be unique")
        refs = [r.no_assessment for r in self.rules if r.no_assessment]
        refs += [i for p in self.routes.values() for rt in p.values() for i in rt.first + rt.either]
        refs.append(self.policies.recertification_rule)
        missing = sorted(set(refs) - ids)
        if missing:
            raise ValueError(f"unknown rule ids referenced: {missing}")
        notes = [n for r in self.rules for n in r.footnotes] + self.policies.footnote_refs()
        unknown = sorted(set(notes) - set(self.footnotes))
        if unknown:
            raise ValueError(f"unknown footnotes referenced: {unknown}")
        return self._online_rule_agrees()

    def _online_rule_agrees(self) -> RuleBook:
        """An activity is a course under the online rule on all its rows or on none."""
        by_id = {r.id: r for r in self.rules}
        for program, routes in self.routes.items():
            for activity, route in routes.items():
                marks = {by_id[i].online_rule for i in route.first + route.either}
                if len(marks) > 1:
                    raise ValueError(f"routes.{program}.{activity}: its rows disagree on "
                                     "`online_rule`")
        return self

    def citation(self, rule: Rule) -> str:
        """The row, its footnotes and rulings: 'Education Guidelines, TABLE, row 'ROW';
        footnote WHERE; RULINGS.md N'."""
        row, *notes = self.sources(rule, rulings=False)
        text = "; ".join([row, *notes])
        if rule.rulings:
            text += "; " + ", ".join(f"RULINGS.md {n}" for n in rule.rulings)
        return text

    def sources(self, rule: Rule, rulings: bool = True) -> list[str]:
        """The row, each footnote that qualifies it and each ruling, one source apiece."""
        out = [f"Education Guidelines, {rule.table}, row '{rule.row}'"]
        out += [self.footnotes[n].where for n in rule.footnotes]
        return out + ([f"RULINGS.md {n}" for n in rule.rulings] if rulings else [])

    def cite(self, names: list[str]) -> str:
        return "; ".join(f"Education Guidelines, {self.footnotes[n].where}" for n in names)

    def rule(self, rule_id: str) -> Rule:
        return self._by_id[rule_id]

    @cached_property
    def _by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}

    @cached_property
    def _rows_of(self) -> dict[str, tuple[Rule, ...]]:
        """Activity -> every row its routes name, in either program."""
        rows: dict[str, dict[str, Rule]] = {}
        for routes in self.routes.values():
            for activity, route in routes.items():
                mine = rows.setdefault(activity, {})
                mine |= {i: self.rule(i) for i in route.first + route.either}
        return {activity: tuple(mine.values()) for activity, mine in rows.items()}

    def rows_of(self, activity: str | None) -> tuple[Rule, ...]:
        """The rows an activity may take in either program (none for `degree` and
        `employment`, whose rows are chosen from fields)."""
        return self._rows_of.get(activity or "", ())

    def needs_hours(self, activity: str | None) -> bool:
        return any(r.needs_hours for r in self.rows_of(activity))

    def per_hour(self, activity: str | None) -> bool:
        return any(r.per_hour for r in self.rows_of(activity))

    def online_rule(self, activity: str | None) -> bool:
        """The activity is a course under the Online Learning Guidelines (RULINGS.md 6)."""
        return any(r.online_rule for r in self.rows_of(activity))

    def required(self, category: Category) -> int:
        return self.categories[category].required

    def program_categories(self, program: Program) -> tuple[Category, Category]:
        credit = self.credit[program]
        return credit.capped, credit.into


def load_rules(path: Path = RULES_PATH) -> RuleBook:
    """Read and check a rule file; raise `RuleFileError` naming the file and the key."""
    try:
        data = load_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {exc}") from exc
    try:
        return RuleBook.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(f"{path}: {_describe(exc, data)}") from exc


def _describe(exc: ValidationError, data: object) -> str:
    parts = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        parts.append(f"key {_name_rule(key, data)}: {err['msg']}")
    return "; ".join(parts)


def _name_rule(key: str, data: object) -> str:
    """Add the rule id to a `rules.N....` location."""
    bits = key.split(".")
    if len(bits) > 1 and bits[0] == "rules" and bits[1].isdigit() and isinstance(data, dict):
        rules = data.get("rules") or []
        idx = int(bits[1])
        if idx < len(rules) and isinstance(rules[idx], dict) and "id" in rules[idx]:
            return f"{key} (rule {rules[idx]['id']})"
    return key


@cache
def default_rules() -> RuleBook:
    return load_rules()
