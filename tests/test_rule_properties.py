"""Rule knowledge as properties of the rows of rules.yaml, and the routing's reasons.

Which activities are rated per hour and which follow the Online Learning Guidelines
(RULINGS.md 6) come from their rows; a document that takes no row carries the reason
(the status update reads it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.online import online_course
from scoring.routing import Routed, Unrouted, route
from scoring.rules import RULES_PATH, RuleFileError, default_rules, load_rules
from tests.test_scoring import make_doc, manifest

BOOK = default_rules()


@pytest.mark.parametrize(("activity", "needs_hours", "online"), [
    ("institute", True, True),        # EG Institutes: 1 point per 2 contact hours
    ("course", True, True),           # EG courses outside IIMC review: 1 per 6 hours
    ("conference", True, False),      # R4 hours or days; not a course
    ("certification", True, True),    # MMC Advanced Education row 5: min 50 hours
    ("teaching_state", True, False),  # MMC rows 7 / PC 6: per hour taught; not a course
    ("athenian_dialogue", False, True),
    ("annual_conference", False, False),
    ("committee_member", False, False),
    ("degree", False, False),         # rows chosen from fields, not routes
])
def test_activity_properties_come_from_its_rows(activity: str, needs_hours: bool,
                                                online: bool) -> None:
    assert BOOK.needs_hours(activity) is needs_hours
    assert BOOK.online_rule(activity) is online


def test_a_certification_is_not_rated_per_hour() -> None:
    """Its 50 hours are a minimum (row 5), not a rate: no 1-contact-hour session minimum."""
    assert BOOK.needs_hours("certification") and not BOOK.per_hour("certification")


def test_rows_of_one_activity_must_agree_on_the_online_rule(tmp_path: Path) -> None:
    text = RULES_PATH.read_text().replace(
        "- {id: cmc.experience.course, online_rule: true,", "- {id: cmc.experience.course,", 1)
    bad = tmp_path / "rules.yaml"
    bad.write_text(text)
    with pytest.raises(RuleFileError, match=r"routes\.CMC\.course: its rows disagree"):
        load_rules(bad)


def test_the_online_rule_reads_the_rows_not_the_activity_name(tmp_path: Path) -> None:
    """Taking `online_rule` off every row of `course` takes courses out of R6."""
    text = RULES_PATH.read_text()
    for row in ("cmc.education.r10_course", "cmc.experience.course", "mmc.advanced.seminar",
                "mmc.professional.other_courses"):
        text = text.replace(f"- {{id: {row}, online_rule: true,", f"- {{id: {row},", 1)
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    book = load_rules(path)
    doc = make_doc("course", hours=2.0, delivery="online")
    assert online_course(doc, BOOK) is not None
    assert online_course(doc, book) is None


@pytest.mark.parametrize(("fields", "program", "why"), [
    ({"activity": "course", "hours": 2.0, "delivery": "online", "assessment": True}, "CMC",
     "online course of 2 hours: online and hybrid courses must meet a minimum of 4 hours"),
    ({"activity": "course", "hours": 8.0, "delivery": "webinar"}, "CMC",
     "webinar without a learning assessment earns nothing"),
    ({"activity": "employment"}, "MMC", "no row of the MMC tables for time on the job"),
    ({"activity": "vocational", "hours": 10.0}, "MMC", "no row of the MMC tables for vocational"),
    ({"activity": None}, "CMC", "no creditable activity was recognized"),
    ({"activity": "degree", "degree": "Associate of Arts in Music"}, "CMC",
     "an associate degree in an unrelated field has no row"),
])
def test_unrouted_documents_say_why(fields: dict[str, object], program: str, why: str) -> None:
    doc = make_doc(**fields)  # type: ignore[arg-type]
    routing = route(doc, manifest(program), BOOK)
    assert isinstance(routing, Unrouted) and why in routing.why


def test_an_assessed_online_course_of_four_hours_is_routed() -> None:
    doc = make_doc("course", hours=4.0, delivery="online", assessment=True)
    assert isinstance(route(doc, manifest(), BOOK), Routed)
