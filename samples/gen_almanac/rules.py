"""The guidelines' point rows as this generator reads them (its own copy, written blind).

Each entry cites the table and row of the IIMC Education Guidelines ("EG") it encodes;
rule ids are those the product's proposals use. `truth.py` applies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Row:
    """One row: its category, unit, rate and limits."""

    category: str
    unit: str  # hours, hours_or_days, years, each, fixed, credit_units, review
    points: float = 0.0
    per: float = 1.0
    cap_category: float | None = None
    before: date | None = None  # the dated amount (pre-2009 conferences, pre-2013 Dialogues)
    before_points: float = 0.0
    min_hours: float = 0.0


E, X = "cmc_education", "cmc_experience"
A, P = "mmc_advanced_education", "mmc_professional_contribution"
Y2009 = date(2009, 1, 1)  # EG footnote ***: "Prior to 2009 ... up to 4 points"
ATHENIAN = date(2013, 11, 23)  # EG footnote ****

ROWS: dict[str, Row] = {
    # EG CMC Education table (Regions 1-9)
    "cmc.education.institute": Row(E, "hours", 1, 2),  # "1 point per 2 in-class contact hours"
    "cmc.education.bachelor_related": Row(E, "fixed", 20),
    "cmc.education.bachelor_unrelated": Row(E, "fixed", 10),
    "cmc.education.associate_related": Row(E, "fixed", 5),
    "cmc.education.state_course": Row(E, "hours", 1, 4),  # with course review
    "cmc.education.annual_conference": Row(E, "fixed", 8, before=Y2009, before_points=4),
    "cmc.education.athenian_dialogue": Row(E, "each", 3, cap_category=18, before=ATHENIAN,
                                           before_points=2),
    "cmc.education.cd_rom": Row(E, "each", 1),
    "cmc.education.iimc_online": Row(E, "review"),  # "Points vary by course"
    "cmc.education.conference_academy": Row(E, "each", 2),
    "cmc.education.study_abroad": Row(E, "review"),
    # EG Education Requirements for CMC (Regions 10-11), as of January 1, 2011
    "cmc.education.r10_college_credits": Row(E, "credit_units", 1, 1),
    "cmc.education.r10_vocational": Row(E, "hours", 1, 10),
    "cmc.education.r10_course": Row(E, "hours", 1, 6),
    # EG CMC Experience table, Work Experience
    "cmc.experience.clerk_full_time_admin": Row(X, "years", 4, 1, cap_category=40),
    "cmc.experience.clerk_part_time_admin": Row(X, "years", 2, 1, cap_category=40),
    "cmc.experience.clerk_part_time": Row(X, "years", 1, 1, cap_category=30),
    "cmc.experience.local_admin": Row(X, "years", 2, 1, cap_category=30),
    "cmc.experience.state_admin": Row(X, "years", 1, 1, cap_category=30),
    "cmc.experience.business_admin": Row(X, "years", 1, 1, cap_category=30),
    # EG CMC Experience, Municipal Clerks Conferences
    "cmc.experience.annual_conference": Row(X, "fixed", 8, before=Y2009, before_points=4),
    "cmc.experience.conference": Row(X, "hours_or_days", 1, 4),  # or 1 per day (R4)
    # EG CMC Experience, Continuing Education / Vocational / College / Committee Work
    "cmc.experience.state_course": Row(X, "hours", 1, 4),
    "cmc.experience.iimc_online": Row(X, "review"),
    "cmc.experience.course": Row(X, "hours", 1, 6),
    "cmc.experience.vocational": Row(X, "hours", 1, 10),
    "cmc.experience.college_credits": Row(X, "credit_units", 1, 1),
    "cmc.experience.committee_member": Row(X, "years", 1, 1),
    # EG MMC Advanced Education table, rows 1-14
    "mmc.advanced.academy": Row(A, "hours", 1, 2),  # row 1
    "mmc.advanced.bachelor_related": Row(A, "fixed", 20),  # row 2
    "mmc.advanced.bachelor_unrelated": Row(A, "fixed", 10),  # row 3
    "mmc.advanced.associate_related": Row(A, "fixed", 5),  # row 4
    "mmc.advanced.certification": Row(A, "fixed", 7, min_hours=50),  # row 5
    "mmc.advanced.state_course": Row(A, "hours", 1, 4),  # row 6
    "mmc.advanced.teaching_institute": Row(A, "hours", 1, 2),  # row 7
    "mmc.advanced.teaching_state": Row(A, "hours", 1, 4),  # row 7
    "mmc.advanced.annual_conference": Row(A, "fixed", 8, before=Y2009, before_points=4),  # 8
    "mmc.advanced.seminar": Row(A, "hours", 1, 6),  # row 9
    "mmc.advanced.athenian_dialogue": Row(A, "each", 3, cap_category=18, before=ATHENIAN,
                                          before_points=2),  # row 10
    "mmc.advanced.iimc_online": Row(A, "review"),  # row 11
    "mmc.advanced.cd_rom": Row(A, "each", 1),  # row 12
    "mmc.advanced.conference_academy": Row(A, "each", 2),  # row 13
    # EG MMC Professional Contribution table, rows 1-12
    "mmc.professional.board_member": Row(P, "years", 2, 1),  # row 1
    "mmc.professional.committee_chair": Row(P, "years", 2, 1),  # row 2
    "mmc.professional.association_officer": Row(P, "years", 2, 1),  # row 3
    "mmc.professional.conference": Row(P, "hours_or_days", 1, 4),  # row 4
    "mmc.professional.annual_conference": Row(P, "fixed", 8, before=Y2009, before_points=4),
    "mmc.professional.teaching_institute": Row(P, "hours", 1, 2),  # row 6
    "mmc.professional.teaching_state": Row(P, "hours", 1, 4),  # row 6
    "mmc.professional.committee_member": Row(P, "years", 1, 1),  # row 7
    "mmc.professional.on_the_job": Row(P, "hours", 1, 8, cap_category=12),  # row 8
    "mmc.professional.personal_accomplishment": Row(P, "each", 1),  # row 9
    "mmc.professional.related_officer": Row(P, "years", 1, 1),  # row 10
    "mmc.professional.college_credits": Row(P, "credit_units", 1, 1),  # row 11
    "mmc.professional.other_courses": Row(P, "hours", 1, 6),  # row 12
}

# Where an activity goes (docs/conventions.md "Which row an activity takes"): a list of
# alternatives, all of which apply are either-side placements (R9); "first:" takes the
# first that applies to the region.
ROUTES: dict[str, dict[str, tuple[str, list[str]]]] = {
    "CMC": {
        "institute": ("first", ["cmc.education.institute"]),
        "state_course": ("first", ["cmc.education.state_course"]),
        "course": ("either", ["cmc.education.r10_course", "cmc.experience.course"]),
        "vocational": ("first", ["cmc.education.r10_vocational", "cmc.experience.vocational"]),
        "annual_conference": ("either", ["cmc.education.annual_conference",
                                         "cmc.experience.annual_conference"]),
        "conference": ("first", ["cmc.experience.conference"]),
        "conference_academy": ("first", ["cmc.education.conference_academy"]),
        "athenian_dialogue": ("first", ["cmc.education.athenian_dialogue"]),
        "iimc_online": ("first", ["cmc.education.iimc_online"]),
        "cd_rom": ("first", ["cmc.education.cd_rom"]),
        "college_credits": ("first", ["cmc.education.r10_college_credits",
                                      "cmc.experience.college_credits"]),
        "committee_member": ("first", ["cmc.experience.committee_member"]),
        "committee_chair": ("first", ["cmc.experience.committee_member"]),
        "board_member": ("first", ["cmc.experience.committee_member"]),
    },
    "MMC": {
        "institute": ("first", ["mmc.advanced.academy"]),
        "state_course": ("first", ["mmc.advanced.state_course"]),
        "course": ("either", ["mmc.advanced.seminar", "mmc.professional.other_courses"]),
        "annual_conference": ("either", ["mmc.advanced.annual_conference",
                                         "mmc.professional.annual_conference"]),
        "conference": ("first", ["mmc.professional.conference"]),
        "conference_academy": ("first", ["mmc.advanced.conference_academy"]),
        "athenian_dialogue": ("first", ["mmc.advanced.athenian_dialogue"]),
        "iimc_online": ("first", ["mmc.advanced.iimc_online"]),
        "cd_rom": ("first", ["mmc.advanced.cd_rom"]),
        "certification": ("first", ["mmc.advanced.certification"]),
        "college_credits": ("first", ["mmc.professional.college_credits"]),
        "committee_member": ("first", ["mmc.professional.committee_member"]),
        "committee_chair": ("first", ["mmc.professional.committee_chair"]),
        "board_member": ("first", ["mmc.professional.board_member"]),
        "association_officer": ("first", ["mmc.professional.association_officer"]),
        "related_officer": ("first", ["mmc.professional.related_officer"]),
        "teaching_institute": ("either", ["mmc.advanced.teaching_institute",
                                          "mmc.professional.teaching_institute"]),
        "teaching_state": ("either", ["mmc.advanced.teaching_state",
                                      "mmc.professional.teaching_state"]),
        "on_the_job": ("first", ["mmc.professional.on_the_job"]),
        "personal_accomplishment": ("first", ["mmc.professional.personal_accomplishment"]),
    },
}
R10_ONLY = {"cmc.education.r10_college_credits", "cmc.education.r10_vocational",
            "cmc.education.r10_course"}  # EG "Regions 10-11"

# EG Online Learning Guidelines (R6): course-like activities; without an assessment they
# take only the Experience / Professional Contribution row (interpretations I9).
ONLINE_RULE = {"institute", "state_course", "course", "vocational", "athenian_dialogue",
               "cd_rom", "iimc_online", "conference_academy", "certification"}
NO_ASSESSMENT_ROW = {
    "CMC": {"institute": "cmc.experience.course", "state_course": "cmc.experience.state_course",
            "course": "cmc.experience.course", "vocational": "cmc.experience.vocational",
            "iimc_online": "cmc.experience.iimc_online"},
    "MMC": {"*": "mmc.professional.other_courses"},
}
HOURLY = {"institute", "state_course", "course", "vocational", "teaching_institute",
          "teaching_state", "on_the_job", "certification"}  # need hours (MISSING_HOURS)
DEGREE_RELATED = ("public administration", "political science", "urban affairs",
                  "municipal management", "records management", "urban planning",
                  "municipal finance", "governmental accounting", "personnel administration")
DEGREE_UNRELATED = ("biology", "music", "chemistry", "nursing", "fine arts", "geology")
