"""Scoring: one case per guideline row (named by its citation), caps, allocation, totals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import (
    Applicant,
    Category,
    Document,
    FieldValue,
    Flag,
    FlagCode,
    Kind,
    Manifest,
    Program,
    Severity,
)
from scoring.engine import ScoreResult, score
from scoring.rules import RuleFileError, default_rules, load_rules

RECEIVED = dt.date(2026, 11, 2)
PRIOR = dt.date(2018, 3, 15)


def manifest(program: str = "CMC", region: int = 3, used_degree: bool = False) -> Manifest:
    return Manifest(
        applicant=Applicant(name="Maria L. Gonzalez", former_names=["Maria Lopez"], region=region),
        program=Program(program),
        prior_designation_date=PRIOR if program == "MMC" else None,
        received_date=RECEIVED,
        cmc_used_degree=used_degree,
    )


def make_doc(activity: str | None, n: int = 1, kind: Kind = Kind.certificate,
             **fields: Any) -> Document:
    values: dict[str, Any] = {"applicant_name": "Maria L. Gonzalez", "title": "Session",
                              "start_date": "2024-03-04", "activity": activity}
    values.update(fields)
    return Document(
        id=f"d{n}", source=f"f{n:03d}.pdf", pages=[1], kind=kind,
        fields={k: FieldValue(value=v, confidence=1.0) for k, v in values.items() if v is not None},
    )


def one(result: ScoreResult) -> tuple[str, float | None]:
    assert len(result.proposals) == 1, result.proposals
    p = result.proposals[0]
    return p.rule, p.points


# (id, program, region, activity, kind, fields, expected rule, expected points)
EMP = Kind.employment_letter
LET = Kind.letter
TRN = Kind.transcript
CASES: list[tuple[str, str, int, str, Kind, dict[str, Any], str, float | None]] = [
    # ---------------------------------------------------------- CMC Education (Regions 1-9)
    ("CMC Education: Institute 1 point per 2 hours: 13 hours earns 6.5", "CMC", 3, "institute",
     Kind.certificate, {"hours": 13.0}, "cmc.education.institute", 6.5),
    ("CMC Education: Institute: 0.5 contact hour earns nothing (R1 minimum 1 hour)", "CMC", 3,
     "institute", Kind.certificate, {"hours": 0.5}, "cmc.education.institute", 0.0),
    ("CMC Education: Bachelor's in Public Administration or related field earns 20", "CMC", 3,
     "degree", TRN, {"degree": "Bachelor of Arts in Public Administration",
                     "degree_date": "2010-05-15"}, "cmc.education.bachelor_related", 20.0),
    ("CMC Education: Bachelor's or higher: Master of Public Administration earns 20", "CMC", 3,
     "degree", TRN, {"degree": "Master of Public Administration"},
     "cmc.education.bachelor_related", 20.0),
    ("CMC Education: Bachelor's in an unrelated field (Biology) earns 10", "CMC", 3, "degree",
     TRN, {"degree": "Bachelor of Science in Biology"}, "cmc.education.bachelor_unrelated", 10.0),
    ("CMC Education: Bachelor's in Business Administration is arguable: reviewer (R7)", "CMC",
     3, "degree", TRN, {"degree": "Bachelor of Business Administration"},
     "cmc.education.bachelor_related", None),
    ("CMC Education: Associate of Arts in Public Administration earns 5", "CMC", 3, "degree", TRN,
     {"degree": "Associate of Arts in Public Administration"},
     "cmc.education.associate_related", 5.0),
    ("CMC Education: State course with course review 1 per 4 hours: 13 hours earns 3", "CMC", 3,
     "state_course", Kind.certificate, {"hours": 13.0}, "cmc.education.state_course", 3.0),
    ("CMC Education: IIMC Annual Conference 2009 earns 8", "CMC", 3, "annual_conference",
     Kind.certificate, {"start_date": "2009-05-17", "hours": 20.0},
     "cmc.education.annual_conference", 8.0),
    ("CMC Education: IIMC Annual Conference 2008 (prior to 2009) earns 4", "CMC", 3,
     "annual_conference", Kind.certificate, {"start_date": "2008-05-18", "hours": 20.0},
     "cmc.education.annual_conference", 4.0),
    ("CMC Education: Athenian Dialogue 2013-11-22 (prior to November 23, 2013) earns 2", "CMC", 3,
     "athenian_dialogue", Kind.certificate, {"start_date": "2013-11-22"},
     "cmc.education.athenian_dialogue", 2.0),
    ("CMC Education: Athenian Dialogue 2013-11-23 (on or after November 23, 2013) earns 3",
     "CMC", 3, "athenian_dialogue", Kind.certificate, {"start_date": "2013-11-23"},
     "cmc.education.athenian_dialogue", 3.0),
    ("CMC Education: IIMC CD Rom Courses 1 point each", "CMC", 3, "cd_rom", Kind.certificate, {},
     "cmc.education.cd_rom", 1.0),
    ("CMC Education: IIMC Online Courses points vary: reviewer", "CMC", 3, "iimc_online",
     Kind.certificate, {"hours": 6.0}, "cmc.education.iimc_online", None),
    ("CMC Education: IIMC Annual Conference Academy Sessions 2 points each", "CMC", 3,
     "conference_academy", Kind.certificate, {"hours": 3.0},
     "cmc.education.conference_academy", 2.0),
    ("CMC Education: IIMC Study Abroad Program points vary: reviewer", "CMC", 3, "study_abroad",
     Kind.certificate, {}, "cmc.education.study_abroad", None),
    # ---------------------------------------------------------- CMC Education (Regions 10-11)
    ("CMC Education R10-11: college credits not used for a degree 1 per unit: 3 units earn 3",
     "CMC", 10, "college_credits", TRN, {"credit_units": 3.0},
     "cmc.education.r10_college_credits", 3.0),
    ("CMC Education R10-11: vocational courses 1 per 10 hours: 25 hours earn 2.5", "CMC", 11,
     "vocational", Kind.certificate, {"hours": 25.0}, "cmc.education.r10_vocational", 2.5),
    ("CMC Education R10-11: miscellaneous courses 1 per 6 hours: 13 hours earn 2 (R9 tie)",
     "CMC", 10, "course", Kind.certificate, {"hours": 13.0}, "cmc.education.r10_course", 2.0),
    # ---------------------------------------------------------- CMC Experience
    ("CMC Experience: Full-Time Clerk with administrative responsibility 4/yr: 5 years earn 20",
     "CMC", 3, "employment", EMP, {"position": "City Clerk", "start_date": "2015-03-01",
                                   "end_date": "2020-02-29"},
     "cmc.experience.clerk_full_time_admin", 20.0),
    ("CMC Experience: Full-Time Clerk: a day short of 5 years counts 4 years (R2): 16", "CMC", 3,
     "employment", EMP, {"position": "City Clerk", "start_date": "2015-03-01",
                         "end_date": "2020-02-28"}, "cmc.experience.clerk_full_time_admin", 16.0),
    ("CMC Experience: Full-Time Clerk maximum 40 points: 12 years earn 40", "CMC", 3,
     "employment", EMP, {"position": "Town Clerk", "start_date": "2010-01-01",
                         "end_date": "2021-12-31"}, "cmc.experience.clerk_full_time_admin", 40.0),
    ("CMC Experience: Full-Time Clerk without administrative responsibility has no row", "CMC",
     3, "employment", EMP, {"position": "Deputy Clerk", "administrative": False,
                            "start_date": "2015-01-01", "end_date": "2019-12-31"},
     "cmc.experience.clerk_full_time_admin", None),
    ("CMC Experience: Part-time Clerk with administrative responsibility 2/yr: 3 years earn 6",
     "CMC", 3, "employment", EMP, {"position": "Deputy Clerk", "employment_type": "part_time",
                                   "start_date": "2020-01-01", "end_date": "2022-12-31"},
     "cmc.experience.clerk_part_time_admin", 6.0),
    ("CMC Experience: Part-time Clerk with no administrative responsibility 1/yr: 3 years earn 3",
     "CMC", 3, "employment", EMP, {"position": "Deputy Clerk", "employment_type": "part_time",
                                   "administrative": False, "start_date": "2020-01-01",
                                   "end_date": "2022-12-31"}, "cmc.experience.clerk_part_time", 3.0),
    ("CMC Experience: Other administrative position in local government 2/yr: 3 years earn 6",
     "CMC", 3, "employment", EMP, {"position": "Assistant to the City Manager", "sector": "local",
                                   "start_date": "2020-01-01", "end_date": "2022-12-31"},
     "cmc.experience.local_admin", 6.0),
    ("CMC Experience: Administrative position in state government 1/yr: 3 years earn 3", "CMC",
     3, "employment", EMP, {"position": "Program Manager", "sector": "state_federal",
                            "start_date": "2020-01-01", "end_date": "2022-12-31"},
     "cmc.experience.state_admin", 3.0),
    ("CMC Experience: Administrative position in business 1/yr: 3 years earn 3", "CMC", 3,
     "employment", EMP, {"position": "Office Manager", "sector": "business",
                         "start_date": "2020-01-01", "end_date": "2022-12-31"},
     "cmc.experience.business_admin", 3.0),
    ("CMC Experience: Conference 1 point per 4 verifiable hours: 13 hours earn 3", "CMC", 3,
     "conference", Kind.certificate, {"hours": 13.0}, "cmc.experience.conference", 3.0),
    ("CMC Experience: Conference 1 point per day of attendance: 2 days earn 2 (R4)", "CMC", 3,
     "conference", Kind.certificate, {"days": 2.0}, "cmc.experience.conference", 2.0),
    ("CMC Experience: Conference days counted from dates: April 3-5 earns 3 (R4)", "CMC", 3,
     "conference", Kind.certificate, {"start_date": "2024-04-03", "end_date": "2024-04-05"},
     "cmc.experience.conference", 3.0),
    ("CMC Experience: Other courses without Course Review 1 per 6 hours: 13 hours earn 2", "CMC",
     3, "course", Kind.certificate, {"hours": 13.0}, "cmc.experience.course", 2.0),
    ("CMC Experience: Business or Vocational courses 1 per 10 hours: 25 hours earn 2.5", "CMC",
     3, "vocational", Kind.certificate, {"hours": 25.0}, "cmc.experience.vocational", 2.5),
    ("CMC Experience: College credits not used for education 1 per unit: 4.5 units earn 4.5",
     "CMC", 3, "college_credits", TRN, {"credit_units": 4.5}, "cmc.experience.college_credits",
     4.5),
    ("CMC Experience: Committee member 1 point per year: three terms earn 3 (R8)", "CMC", 3,
     "committee_member", LET, {"years": 3.0}, "cmc.experience.committee_member", 3.0),
    ("CMC Experience: Committee chair takes the committee member row", "CMC", 3,
     "committee_chair", LET, {"start_date": "2021-01-01", "end_date": "2022-12-31"},
     "cmc.experience.committee_member", 2.0),
    ("CMC Experience: online state course without assessment takes the experience row (R6)",
     "CMC", 3, "state_course", Kind.certificate,
     {"hours": 8.0, "delivery": "online", "assessment": False},
     "cmc.experience.state_course", 2.0),
    # ---------------------------------------------------------- MMC Advanced Education
    ("MMC Advanced 1: IIMC-approved Academy 1 per 2 hours: 13 hours earn 6.5", "MMC", 3,
     "institute", Kind.certificate, {"hours": 13.0}, "mmc.advanced.academy", 6.5),
    ("MMC Advanced 2: Bachelor's in a related field earns 20 (unused degree, R13)", "MMC", 3,
     "degree", TRN, {"degree": "BA, Political Science", "degree_date": "2001-05-20"},
     "mmc.advanced.bachelor_related", 20.0),
    ("MMC Advanced 3: Bachelor's in an unrelated field (Music) earns 10", "MMC", 3, "degree", TRN,
     {"degree": "Bachelor of Music"}, "mmc.advanced.bachelor_unrelated", 10.0),
    ("MMC Advanced 4: Associate of Arts in a related field earns 5", "MMC", 3, "degree", TRN,
     {"degree": "Associate of Arts, Records Management"}, "mmc.advanced.associate_related", 5.0),
    ("MMC Advanced 5: Certification (minimum 50 hours) earns 7", "MMC", 3, "certification",
     Kind.certificate, {"hours": 60.0}, "mmc.advanced.certification", 7.0),
    ("MMC Advanced 5: Certification with 40 training hours earns nothing", "MMC", 3,
     "certification", Kind.certificate, {"hours": 40.0}, "mmc.advanced.certification", 0.0),
    ("MMC Advanced 6: State course with course review 1 per 4 hours: 13 hours earn 3", "MMC", 3,
     "state_course", Kind.certificate, {"hours": 13.0}, "mmc.advanced.state_course", 3.0),
    ("MMC Advanced 7: Teaching at an Institute 1 per 2 hours: 5 hours earn 2.5 (R9 tie)", "MMC",
     3, "teaching_institute", LET, {"hours": 5.0}, "mmc.advanced.teaching_institute", 2.5),
    ("MMC Advanced 7: Teaching a State course 1 per 4 hours: 10 hours earn 2.5 (R9 tie)", "MMC",
     3, "teaching_state", LET, {"hours": 10.0}, "mmc.advanced.teaching_state", 2.5),
    ("MMC Advanced 8: IIMC Annual Conference 2019 earns 8 (R9 tie)", "MMC", 3,
     "annual_conference", Kind.certificate, {"start_date": "2019-05-19"},
     "mmc.advanced.annual_conference", 8.0),
    ("MMC Advanced 9: Professionally-related seminars 1 per 6 hours: 13 hours earn 2", "MMC", 3,
     "course", Kind.certificate, {"hours": 13.0}, "mmc.advanced.seminar", 2.0),
    ("MMC Advanced 10: Athenian Leadership Society Dialogue 2024 earns 3", "MMC", 3,
     "athenian_dialogue", Kind.certificate, {}, "mmc.advanced.athenian_dialogue", 3.0),
    ("MMC Advanced 11: IIMC Online Courses points vary: reviewer", "MMC", 3, "iimc_online",
     Kind.certificate, {}, "mmc.advanced.iimc_online", None),
    ("MMC Advanced 12: IIMC CD Rom Courses 1 point each", "MMC", 3, "cd_rom", Kind.certificate,
     {}, "mmc.advanced.cd_rom", 1.0),
    ("MMC Advanced 13: IIMC Annual Conference Academy Sessions 2 points each", "MMC", 3,
     "conference_academy", Kind.certificate, {}, "mmc.advanced.conference_academy", 2.0),
    ("MMC Advanced 14: IIMC Study Abroad Program points vary: reviewer", "MMC", 3,
     "study_abroad", Kind.certificate, {}, "mmc.advanced.study_abroad", None),
    # ---------------------------------------------------------- MMC Professional Contribution
    ("MMC Professional 1: Board of Directors 2 points per year: 2 years earn 4", "MMC", 3,
     "board_member", LET, {"years": 2.0}, "mmc.professional.board_member", 4.0),
    ("MMC Professional 2: Committee chairperson 2 points per year: 2 years earn 4", "MMC", 3,
     "committee_chair", LET, {"years": 2.0}, "mmc.professional.committee_chair", 4.0),
    ("MMC Professional 3: Officer of a Municipal Clerks Association 2 per year: 2 years earn 4",
     "MMC", 3, "association_officer", LET, {"years": 2.0},
     "mmc.professional.association_officer", 4.0),
    ("MMC Professional 4: Conference 1 point per 4 verifiable hours: 9 hours earn 2", "MMC", 3,
     "conference", Kind.certificate, {"hours": 9.0}, "mmc.professional.conference", 2.0),
    ("MMC Professional 7: Committee member 1 point per year: 2 years earn 2", "MMC", 3,
     "committee_member", LET, {"years": 2.0}, "mmc.professional.committee_member", 2.0),
    ("MMC Professional 8: On-the-job achievement 1 per 8 hours: 44 hours earn 5.5", "MMC", 3,
     "on_the_job", LET, {"hours": 44.0}, "mmc.professional.on_the_job", 5.5),
    ("MMC Professional 8: On-the-job achievement 12 point maximum: 120 hours earn 12", "MMC", 3,
     "on_the_job", LET, {"hours": 120.0}, "mmc.professional.on_the_job", 12.0),
    ("MMC Professional 9: Personal accomplishment 1 point per accomplishment", "MMC", 3,
     "personal_accomplishment", LET, {}, "mmc.professional.personal_accomplishment", 1.0),
    ("MMC Professional 10: Officer in a related professional association 1 per year: 3 earn 3",
     "MMC", 3, "related_officer", LET, {"years": 3.0}, "mmc.professional.related_officer", 3.0),
    ("MMC Professional 11: College credits not used for Education 1 per unit: 6 units earn 6",
     "MMC", 3, "college_credits", TRN, {"credit_units": 6.0},
     "mmc.professional.college_credits", 6.0),
    ("MMC Professional 12: online course without assessment takes Other courses 1 per 6 (R6)",
     "MMC", 3, "course", Kind.certificate,
     {"hours": 12.0, "delivery": "hybrid", "assessment": False},
     "mmc.professional.other_courses", 2.0),
]


@pytest.mark.parametrize(
    ("program", "region", "activity", "kind", "fields", "rule", "points"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_rule_row(program: str, region: int, activity: str, kind: Kind, fields: dict[str, Any],
                  rule: str, points: float | None) -> None:
    result = score([make_doc(activity, kind=kind, **fields)], manifest(program, region))
    assert one(result) == (rule, points)


def test_every_rule_has_a_case_or_is_reached_through_another() -> None:
    tested = {c[6] for c in CASES}
    either_sides = {"cmc.experience.annual_conference", "cmc.experience.iimc_online",
                    "cmc.experience.study_abroad", "mmc.professional.annual_conference",
                    "mmc.professional.teaching_institute", "mmc.professional.teaching_state",
                    "mmc.advanced.cmc_recertification"}  # manifest-only: tests/test_rules.py
    assert {r.id for r in default_rules().rules} - tested <= either_sides


def test_rule_ids_match_conventions() -> None:
    ids = {r.id for r in default_rules().rules}
    assert "cmc.education.institute" in ids and len(ids) == 58


@pytest.mark.parametrize(
    ("degree", "activity", "no_proposal"),
    [pytest.param("Associate of Science in Nursing", "degree", True,
                  id="CMC Education: associate in an unrelated field has no row")],
)
def test_no_row(degree: str, activity: str, no_proposal: bool) -> None:
    result = score([make_doc(activity, kind=TRN, degree=degree)], manifest())
    assert (result.proposals == []) is no_proposal


@pytest.mark.parametrize(
    ("activity", "fields", "program"),
    [
        pytest.param("employment", {"position": "City Clerk", "start_date": "2019-01-01",
                                    "end_date": "2024-12-31"}, "MMC",
                     id="MMC: no credit for time on the job"),
        pytest.param("certification", {"hours": 60.0}, "CMC", id="CMC: certification has no row"),
        pytest.param("course", {"hours": 3.0, "delivery": "online", "assessment": True}, "CMC",
                     id="R6: online course under 4 hours earns nothing"),
        pytest.param("course", {"hours": 6.0, "delivery": "webinar"}, "CMC",
                     id="R6: webinar without assessment earns nothing"),
        pytest.param(None, {}, "CMC", id="R15: no activity earns nothing"),
    ],
)
def test_earns_nothing(activity: str | None, fields: dict[str, Any], program: str) -> None:
    assert score([make_doc(activity, **fields)], manifest(program)).proposals == []


def test_agenda_earns_nothing() -> None:
    doc = make_doc("institute", kind=Kind.agenda, hours=10.0)
    assert score([doc], manifest()).proposals == []


def test_webinar_with_assessment_earns() -> None:
    doc = make_doc("course", hours=6.0, delivery="webinar", assessment=True)
    assert one(score([doc], manifest())) == ("cmc.experience.course", 1.0)


def test_region_10_online_course_without_assessment_goes_to_experience() -> None:
    doc = make_doc("course", hours=12.0, delivery="online", assessment=False)
    assert one(score([doc], manifest(region=10))) == ("cmc.experience.course", 2.0)


# ---------------------------------------------------------------- caps

def athenians(n: int, start: str = "2020-01-01") -> list[Document]:
    return [make_doc("athenian_dialogue", i, start_date=start) for i in range(1, n + 1)]


def test_athenian_18_point_maximum() -> None:
    result = score(athenians(7), manifest())
    assert [p.points for p in result.proposals] == [3, 3, 3, 3, 3, 3, 0]
    assert result.totals[Category.cmc_education].raw == 18
    assert result.proposals[-1].trace.cap_category == 18


def test_athenian_cap_mixes_dated_amounts() -> None:
    docs = athenians(6, "2012-06-01") + [make_doc("athenian_dialogue", 9 + i) for i in range(3)]
    result = score(docs, manifest("MMC"))
    assert [p.points for p in result.proposals] == [2] * 6 + [3, 3, 0]


def test_on_the_job_12_point_maximum_across_documents() -> None:
    docs = [make_doc("on_the_job", i, hours=40.0) for i in (1, 2, 3)]
    assert [p.points for p in score(docs, manifest("MMC")).proposals] == [5, 5, 2]


def test_employment_row_maximum_across_letters() -> None:
    docs = [make_doc("employment", i, kind=EMP, position="City Clerk", start_date=s, end_date=e)
            for i, (s, e) in enumerate([("2005-01-01", "2010-12-31"),
                                        ("2011-01-01", "2016-12-31")], start=1)]
    assert [p.points for p in score(docs, manifest()).proposals] == [24, 16]


# ---------------------------------------------------------------- totals (R10)

def institute_hours(hours: float, n: int = 1) -> Document:
    return make_doc("institute", n, hours=hours)


def test_cmc_education_capped_at_60_excess_spills_to_experience() -> None:
    docs = [institute_hours(140.0), make_doc("course", 2, hours=60.0)]
    totals = score(docs, manifest()).totals
    edu, exp = totals[Category.cmc_education], totals[Category.cmc_experience]
    assert (edu.points, edu.raw, edu.needed) == (60, 70, 0)
    assert (exp.points, exp.raw, exp.needed) == (20, 10, 30)


def test_mmc_combination_up_to_20_of_advanced_excess() -> None:
    docs = [institute_hours(180.0), make_doc("committee_chair", 2, kind=LET, years=5.0)]
    result = score(docs, manifest("MMC"))
    adv = result.totals[Category.mmc_advanced_education]
    prof = result.totals[Category.mmc_professional_contribution]
    assert (adv.points, adv.raw) == (60, 90)
    assert (prof.points, prof.raw, prof.needed) == (30, 10, 10)
    assert not result.requirements_met
    assert result.still_needed == [
        "MMC Professional Contribution: 10 more points needed (30 of 40 credited)."]


def test_requirements_met() -> None:
    docs = [institute_hours(120.0), make_doc("employment", 2, kind=EMP, position="City Clerk",
                                             start_date="2010-01-01", end_date="2022-12-31"),
            make_doc("conference", 3, hours=40.0)]
    result = score(docs, manifest())
    assert result.requirements_met and result.still_needed == []


def test_null_points_count_zero() -> None:
    result = score([make_doc("iimc_online")], manifest())
    assert result.proposals[0].points is None
    assert result.totals[Category.cmc_education].raw == 0


# ---------------------------------------------------------------- allocation (R9)

def test_r9_tie_goes_to_education_side() -> None:
    result = score([make_doc("annual_conference", start_date="2019-05-19")], manifest())
    assert result.proposals[0].rule == "cmc.education.annual_conference"
    placement = result.proposals[0].trace.placement
    assert placement is not None
    assert placement.instead_of == ["cmc.experience.annual_conference"]


def test_r9_places_where_the_packet_comes_closest() -> None:
    docs = [institute_hours(160.0), make_doc("committee_chair", 2, kind=LET, years=5.0),
            make_doc("annual_conference", 3, start_date="2019-05-19")]
    result = score(docs, manifest("MMC"))
    conf = next(p for p in result.proposals if p.document_id == "d3")
    assert conf.rule == "mmc.professional.annual_conference"
    assert result.totals[Category.mmc_professional_contribution].points == 38


def test_r9_many_either_items_exact_and_fast() -> None:
    """40 items of 2 points: every split leaves the same shortfall until advanced is full;
    ties go to the education side, whose excess reaches Professional Contribution as
    combination points (R10)."""
    docs = [make_doc("teaching_state", i, kind=LET, hours=8.0) for i in range(1, 41)]
    result = score(docs, manifest("MMC"))
    assert sum(p.points or 0 for p in result.proposals) == 80
    assert result.totals[Category.mmc_advanced_education].raw == 80
    assert result.totals[Category.mmc_professional_contribution].points == 20


# ---------------------------------------------------------------- rejection, proposals

def rejected(doc: Document) -> Document:
    flag = Flag(code=FlagCode.FIRST_PERSON, severity=Severity.reject, message="x")
    return doc.model_copy(update={"flags": [flag]})


def test_rejected_document_gets_no_proposal() -> None:
    assert score([rejected(institute_hours(10.0))], manifest()).proposals == []


def test_review_flag_keeps_proposal() -> None:
    flag = Flag(code=FlagCode.NO_ASSESSMENT, severity=Severity.review, message="x")
    doc = institute_hours(10.0).model_copy(update={"flags": [flag]})
    assert score([doc], manifest()).proposals[0].points == 5


def test_proposal_explanation_citation_trace() -> None:
    doc = make_doc("degree", kind=TRN, degree="Bachelor's degree in Public Administration")
    p = score([doc], manifest()).proposals[0]
    assert p.explanation == ("Bachelor's degree in Public Administration: 20 points "
                             "(Education Guidelines, CMC Education table).")
    assert "row 'A Bachelor's degree or higher in Public Administration" in p.citation
    assert "RULINGS.md 7" in p.citation
    hours = score([institute_hours(13.0)], manifest()).proposals[0]
    assert hours.trace.hours == 13 and hours.trace.raw == 6.5
    assert "13 hours at 1 point per 2 hours" in hours.explanation


def test_trace_writes_the_entries_the_rule_used() -> None:
    """The rule, its sources, inputs and numbers; nothing the rule did not use, and a null
    where it looked for a number the document does not state."""
    p = score([institute_hours(13.0)], manifest()).proposals[0]
    assert p.model_dump(mode="json")["trace"] == {
        "rule": "cmc.education.institute",
        "citations": [
            "Education Guidelines, CMC Education table (Regions 1-9), row 'Satisfactory "
            "completion of a 120-hour (60 points of course work at an on-land IIMC approved "
            "Municipal Institute or Academy'",
            "THE IIMC COURSE REVIEW PROCESS AND REQUIREMENTS, Institutes",
            "ONLINE LEARNING GUIDELINES", "RULINGS.md 1"],
        "inputs": {"activity": "institute"}, "unit": "hours", "hours": 13.0,
        "rate": "1 point per 2 hours", "raw": 6.5, "floored": 6.5, "points": 6.5}
    missing = score([make_doc("institute")], manifest()).proposals[0]
    dumped = missing.model_dump(mode="json")["trace"]
    assert dumped["hours"] is None and dumped["points"] is None and "raw" not in dumped


def test_trace_is_in_the_result_schema() -> None:
    from core.models import PacketResult

    defs = PacketResult.model_json_schema(mode="serialization")["$defs"]
    assert defs["Proposal"]["properties"]["trace"] == {"$ref": "#/$defs/ProposalTrace"}
    fields = defs["ProposalTrace"]["properties"]
    assert {"rule", "citations", "inputs", "hours", "raw", "placement", "points"} <= set(fields)
    assert fields["placement"]["anyOf"][0] == {"$ref": "#/$defs/Placement"}


def test_trace_read_back_from_json_is_the_same() -> None:
    from core.models import Proposal

    p = score([make_doc("annual_conference", start_date="2019-05-19")], manifest()).proposals[0]
    again = Proposal.model_validate_json(p.model_dump_json())
    assert again.model_dump(mode="json") == p.model_dump(mode="json")


def test_score_is_pure() -> None:
    docs = athenians(8)
    before = [d.model_dump() for d in docs]
    first = score(docs, manifest())
    assert [d.model_dump() for d in docs] == before
    assert score(docs, manifest()) == first


# ---------------------------------------------------------------- rule file

def test_bad_rule_file_names_file_and_key(tmp_path: Any) -> None:
    text = default_rules_path().read_text().replace("unit: hours, points: 1, per: 2,",
                                                    "unit: hours, points: 1, per: 2, bogus: 1,", 1)
    bad = tmp_path / "rules.yaml"
    bad.write_text(text)
    with pytest.raises(RuleFileError, match=r"rules\.yaml: key rules\.0\.bogus \(rule "
                                            r"cmc\.education\.institute\)"):
        load_rules(bad)


def default_rules_path() -> Any:
    from scoring.rules import RULES_PATH
    return RULES_PATH


# ---------------------------------------------------------------- properties

ACTIVITIES = ["institute", "state_course", "course", "annual_conference", "conference",
              "athenian_dialogue", "cd_rom", "on_the_job", "teaching_state", "committee_chair",
              "college_credits", "iimc_online", "conference_academy", "certification"]


@st.composite
def documents(draw: st.DrawFn, n: int) -> Document:
    activity = draw(st.sampled_from(ACTIVITIES))
    year = draw(st.integers(2005, 2025))
    fields = {"hours": draw(st.sampled_from([0.5, 1.0, 3.0, 13.0, 40.0, 120.0])),
              "start_date": f"{year}-06-01", "credit_units": 3.0, "years": 2.0}
    doc = make_doc(activity, n, title=f"Session {n}", **fields)  # distinct sessions: I14
    return rejected(doc) if draw(st.booleans()) and n % 3 == 0 else doc


@st.composite
def packets(draw: st.DrawFn) -> list[Document]:
    size = draw(st.integers(0, 12))
    return [draw(documents(i)) for i in range(1, size + 1)]


@settings(max_examples=150, deadline=None)
@given(packets(), st.sampled_from(["CMC", "MMC"]))
def test_property_caps_hold(docs: list[Document], program: str) -> None:
    result = score(docs, manifest(program))
    book = default_rules()
    for rule in book.rules:
        pts = [p.points or 0 for p in result.proposals if p.rule == rule.id]
        if rule.cap_category is not None:
            assert sum(pts) <= rule.cap_category
        if rule.cap_item is not None:
            assert all(x <= rule.cap_item for x in pts)
    credit = book.credit[Program(program)]
    assert result.totals[credit.capped].points <= credit.cap


@settings(max_examples=150, deadline=None)
@given(packets(), st.sampled_from(["CMC", "MMC"]))
def test_property_rejected_documents_earn_nothing(docs: list[Document], program: str) -> None:
    result = score(docs, manifest(program))
    bad = {d.id for d in docs if d.rejected}
    assert not bad & {p.document_id for p in result.proposals}


@settings(max_examples=200, deadline=None)
@given(packets(), documents(99), st.sampled_from(["CMC", "MMC"]))
def test_property_adding_a_document_never_leaves_more_needed(
    docs: list[Document], extra: Document, program: str
) -> None:
    """What R9 optimises is the shortfall, not the credited sum: with the requirements met
    either way, the tie goes to the education side (R9) even where the other placement
    would have reported more points beyond a requirement (a packet at 60 + 46 becomes
    60 + 40 when a committee letter frees an annual conference for the education side)."""
    m = manifest(program)
    before, after = score(docs, m), score([*docs, extra], m)
    assert shortfall(after) <= shortfall(before) + 1e-9
    assert after.requirements_met or not before.requirements_met


def shortfall(result: ScoreResult) -> float:
    return sum(t.needed for t in result.totals.values())
