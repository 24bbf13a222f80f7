"""Generate the born-digital sample packets with their ground truth.

    .venv/bin/python -m samples.generate [--out samples/born_digital] [--seed N]

Each packet is drawn from a seeded `random.Random`, rendered with reportlab (real text
layers) and scored by `samples.truth` (docs/conventions.md, shared/RULINGS.md) from the
values that were drawn. Output is byte-for-byte deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from samples import pools
from samples.factory import PacketBuilder, new_person
from samples.render import draw
from samples.truth import Doc, score_packet

D = dt.date
PACKETS: list[Callable[[int], PacketBuilder]] = []


def packet(fn: Callable[[int], PacketBuilder]) -> Callable[[int], PacketBuilder]:
    PACKETS.append(fn)
    return fn


# ---------------------------------------------------------------- CMC packets


@packet
def cmc_r3_institute(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r3-institute-track",
        "CMC",
        3,
        seed,
        received=D(2025, 9, 15),
        description="CMC Region 3: three institute years in one certificates.pdf, a 2-page "
        "bachelor transcript (public administration, related), a full-time deputy clerk HR letter "
        "'to present', an IIMC Annual Conference certificate (education side, R9) and its agenda.",
    )
    y1 = b.cert("institute", when=D(2019, 3, 11), title="Year I Program")
    y2 = b.cert("institute", when=D(2020, 3, 9), title="Year II Program")
    y3 = b.cert("institute", when=D(2021, 3, 8), title="Year III Program")
    b.add("certificates.pdf", y1, y2, y3)
    b.add(
        "transcript_bpa.pdf",
        b.transcript(
            "degree", "Bachelor of Arts in Public Administration", when=D(2012, 5, 1), two_page=True
        ),
    )
    b.add(
        "hr_verification.pdf", b.employment("Deputy City Clerk", D(2016, 6, 1), administrative=True)
    )
    ac = b.cert("annual_conference", when=D(2023, 5, 21))
    b.add("iimc_annual_conference_2023.pdf", ac, b.agenda(ac))
    return b


@packet
def cmc_r8_texas(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r8-texas-mixed",
        "CMC",
        8,
        seed,
        received=D(2025, 6, 2),
        description="CMC Region 8: institute letter of verification, state association course with "
        "IIMC course review, an outside (Fred Pryor style) seminar on the experience side, a "
        "state association conference rated by hours, a committee-member letter with years in words, "
        "and a 2-page HR letter (city secretary, full time).",
    )
    b.add(
        "tmccp_letter.pdf",
        b.service_letter(
            "institute",
            provider="Texas Municipal Clerks Certification Program",
            span=(D(2022, 7, 18), D(2022, 7, 22)),
            hours=30,
            title="Certification Program Year II",
        ),
    )
    b.add(
        "tmca_course.pdf",
        b.cert("state_course", provider="Texas Municipal Clerks Association", hours=6.5),
    )
    b.add("seminar.pdf", b.cert("course", hours=13))
    b.add(
        "conference.pdf",
        b.cert(
            "conference",
            hours=12.5,
            provider="Texas Municipal League",
            title="Annual Conference & Exhibition",
        ),
    )
    b.add(
        "committee.pdf",
        b.service_letter(
            "committee_member", years_words=3, provider="Texas Municipal Clerks Association"
        ),
    )
    b.add(
        "employment.pdf",
        b.employment("City Secretary", D(2014, 2, 3), two_page=True, administrative=True),
    )
    return b


@packet
def cmc_r9_iimc_programs(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r9-iimc-programs",
        "CMC",
        9,
        seed,
        received=D(2025, 3, 10),
        window=(2010, 2024),
        description="CMC Region 9: Northwest Clerks Institute sessions table, Athenian Dialogues "
        "before and after 2013-11-23 (2 vs 3 points), Conference Academy sessions, CD-ROM course, "
        "IIMC online course (points null), a 2008 annual conference (4 points) and part-time clerk "
        "employment with administrative duties.",
    )
    nw = ("Northwest Clerks Institute", "University of Washington", "Tacoma", "Washington")
    inst = b.cert("institute", when=D(2018, 3, 19), provider=nw[0], layout="sessions")
    inst.opts["host"] = "University of Washington"
    b.add("nw_institute.pdf", inst)
    b.add(
        "athenian.pdf",
        b.cert("athenian_dialogue", when=D(2012, 10, 4)),
        b.cert("athenian_dialogue", when=D(2016, 4, 14)),
        b.cert("athenian_dialogue", when=D(2019, 9, 26)),
    )
    b.add(
        "academy_sessions.pdf",
        b.cert("conference_academy", when=D(2017, 8, 27)),
        b.cert("conference_academy", when=D(2022, 5, 15)),
    )
    b.add("cdrom.pdf", b.cert("cd_rom", when=D(2020, 11, 3)))
    b.add("iimc_online.pdf", b.cert("iimc_online", when=D(2021, 2, 9)))
    b.add("annual_conf_2008.pdf", b.cert("annual_conference", when=D(2008, 5, 18)))
    b.add(
        "employment_part_time.pdf",
        b.employment(
            "Deputy Clerk", D(2017, 9, 5), employment_type="part_time", administrative=True
        ),
    )
    return b


@packet
def cmc_r10_canada(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r10-canada",
        "CMC",
        10,
        seed,
        received=D(2025, 10, 20),
        description="CMC Region 10: the Regions 10-11 education rows (r10_course, r10_college_credits "
        "for a transcript without degree, r10_vocational), a Canadian institute, and a non-clerk "
        "local-government administrative position (local_admin).",
    )
    b.add("institute.pdf", b.cert("institute", when=D(2022, 6, 13)))
    b.add("course_certificates.pdf", b.cert("course", hours=12), b.cert("vocational", hours=30))
    b.add(
        "college_transcript.pdf",
        b.transcript("college_credits", when=D(2019, 12, 15), university=pools.UNIVERSITIES[8]),
    )
    b.add(
        "employment.pdf",
        b.employment(
            "Administrative Services Manager",
            D(2016, 4, 4),
            administrative=True,
            employer=f"City of {b.city}",
            sector="local",
            month_only=True,
        ),
    )
    return b


@packet
def cmc_r11_international(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r11-international",
        "CMC",
        11,
        seed,
        received=D(2025, 8, 1),
        description="CMC Region 11: outside courses and a vocational course on the education side "
        "(R5), IIMC Study Abroad (points null), an associate degree in a related field and clerk "
        "employment with month-only dates.",
    )
    b.add("study_abroad.pdf", b.cert("study_abroad", when=D(2019, 6, 3)))
    b.add(
        "courses.pdf",
        b.cert("course", hours=14),
        b.cert("course", hours=7),
        b.cert("vocational", hours=45),
    )
    b.add(
        "associate_degree.pdf",
        b.transcript("degree", "Associate of Arts in Public Administration", when=D(2013, 6, 1)),
    )
    b.add(
        "employment.pdf",
        b.employment("Town Clerk", D(2018, 1, 8), D(2024, 12, 31), month_only=True),
    )
    return b


@packet
def cmc_r1_letters(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r1-letter-flags",
        "CMC",
        1,
        seed,
        received=D(2025, 4, 7),
        description="CMC Region 1: a first-person letter by the applicant (FIRST_PERSON), an "
        "employment letter signed by a same-surname relative (RELATIVE_AUTHOR), plus good "
        "institute and committee-chair evidence.",
    )
    b.add("01_institute.pdf", b.cert("institute"))
    b.add("02_my_conference_letter.pdf", b.first_person_letter("conference"))
    rel = new_person(b.rng, female=not b.person.female, last=b.person.last)
    emp = b.employment("Town Clerk", D(2015, 7, 1), administrative=True, signatory=rel.full())
    emp.opts["sig_display"] = rel.full()
    emp.opts["sig_lines"] = ["Town Administrator", emp.fields["provider"]]
    b.add("03_employment.pdf", emp)
    b.add(
        "04_committee_chair.pdf",
        b.service_letter("committee_chair", span=(D(2021, 1, 1), D(2023, 12, 31))),
    )
    return b


@packet
def cmc_r7_names(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r7-name-checks",
        "CMC",
        7,
        seed,
        received=D(2025, 2, 24),
        former_last="Delacroix",
        description="CMC Region 7: a certificate under the applicant's former (maiden) name (no "
        "flag, R14), a certificate made out to another person (NAME_MISMATCH), surname-first names, "
        "and a 2-page transcript in a clearly unrelated field (bachelor_unrelated).",
    )
    b.add(
        "certs.pdf",
        b.cert("institute", former=True),
        b.cert("institute", person=new_person(b.rng)),
        b.cert("state_course"),
    )
    b.add(
        "transcript.pdf",
        b.transcript("degree", "Bachelor of Science in Biology", when=D(2004, 5, 1), two_page=True),
    )
    b.add("employment.pdf", b.employment("City Clerk", D(2012, 10, 15), administrative=True))
    return b


@packet
def cmc_r2_missing(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r2-missing-facts",
        "CMC",
        2,
        seed,
        received=D(2025, 7, 14),
        description="CMC Region 2: incomplete documentation: a certificate without a name "
        "(MISSING_NAME), one without any date (MISSING_DATE), an institute certificate without "
        "hours (MISSING_HOURS), a certificate without a title (MISSING_TITLE), plus good ones.",
    )
    b.add(
        "certificates.pdf",
        b.cert(
            "state_course",
            drop=("applicant_name",),
            provider="Municipal Clerks Association of New Jersey",
        ),
        b.cert("institute", drop=("start_date", "end_date", "issue_date")),
        b.cert("institute", drop=("hours",)),
        b.cert("course", drop=("title",)),
    )
    b.add("good_institute.pdf", b.cert("institute"))
    b.add("employment.pdf", b.employment("Borough Clerk", D(2011, 5, 2), administrative=True))
    return b


@packet
def cmc_r5_duplicates(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r5-duplicates",
        "CMC",
        5,
        seed,
        received=D(2025, 5, 5),
        description="CMC Region 5: the same institute certificate twice (page 2 of "
        "certificates.pdf and again as its own later file: DUPLICATE on the later copy, R12), and a "
        "conference certificate rated by days.",
    )
    a = b.cert("institute")
    c2 = b.cert("institute")
    b.add("certificates.pdf", a, c2, b.cert("conference", hours=None, days=2))
    b.add("institute_copy.pdf", b.copy_of(c2))
    b.add("employment.pdf", b.employment("Village Clerk", D(2018, 3, 1), administrative=True))
    return b


@packet
def cmc_r4_unreadable(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r4-unreadable-pages",
        "CMC",
        4,
        seed,
        received=D(2025, 1, 27),
        description="CMC Region 4: a page with no text at all in the middle of a multi-document "
        "PDF and a whole file without text (UNREADABLE, review), an application form page, a "
        "membership receipt (other) and creditable certificates.",
    )
    b.add("application.pdf", b.application_form())
    b.add("packet_docs.pdf", b.cert("institute"), b.unreadable(), b.cert("state_course"), b.other())
    b.add("scan_photo.pdf", b.unreadable())
    b.add("employment.pdf", b.employment("Clerk-Treasurer", D(2013, 8, 19), administrative=True))
    return b


@packet
def cmc_r6_long_career(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r6-long-career",
        "CMC",
        6,
        seed,
        received=D(2025, 11, 3),
        description="CMC Region 6: 14 years as full-time city clerk (capped at 40), earlier "
        "part-time clerk without administrative duty (clerk_part_time), a state agency position "
        "(state_admin) and a business position (business_admin); business administration degree "
        "(arguable, points null).",
    )
    b.add(
        "employment_current.pdf",
        b.employment("City Clerk", D(2011, 7, 11), administrative=True, two_page=True),
    )
    b.add(
        "employment_previous.pdf",
        b.employment(
            "Assistant Town Clerk",
            D(2006, 1, 9),
            D(2011, 6, 30),
            employment_type="part_time",
            administrative=False,
        ),
    )
    b.add(
        "employment_state.pdf",
        b.employment(
            "Records Coordinator",
            D(2001, 3, 1),
            D(2005, 12, 31),
            employer=pools.STATE_EMPLOYERS[1],
            sector="state_federal",
            administrative=True,
        ),
    )
    b.add(
        "employment_business.pdf",
        b.employment(
            "Office Manager",
            D(1998, 6, 1),
            D(2001, 2, 15),
            employer=pools.BUSINESS_EMPLOYERS[0],
            sector="business",
            administrative=True,
        ),
    )
    b.add(
        "transcript.pdf",
        b.transcript("degree", "Bachelor of Business Administration", when=D(1998, 5, 1)),
    )
    return b


@packet
def cmc_r3_spill(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r3-education-spill",
        "CMC",
        3,
        seed,
        received=D(2025, 9, 29),
        description="CMC Region 3: education above 60 (master's in public administration + "
        "institute years + academy sessions): the excess spills to experience (R10). Includes a "
        "1-day institute session and an IIMC annual conference without hours.",
    )
    b.add(
        "mpa_transcript.pdf",
        b.transcript(
            "degree", "Master of Public Administration", when=D(2015, 12, 1), two_page=True
        ),
    )
    b.add(
        "institute_years.pdf",
        *[b.cert("institute", when=D(2018 + i, 4, 8), hours=h) for i, h in enumerate((32, 30, 28))],
    )
    b.add("academy.pdf", b.cert("conference_academy"), b.cert("cd_rom"))
    b.add("annual_conference.pdf", b.cert("annual_conference", when=D(2024, 9, 21), hours=None))
    b.add("employment.pdf", b.employment("Deputy City Clerk", D(2017, 1, 3), administrative=True))
    return b


@packet
def cmc_r2_forms(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r2-forms-and-agendas",
        "CMC",
        2,
        seed,
        received=D(2025, 12, 1),
        description="CMC Region 2: application form, a course outline and a conference brochure "
        "(agenda: earn nothing, no flags), an online course without assessment (NO_ASSESSMENT, "
        "experience side), a webinar without assessment (NO_ASSESSMENT, nothing), board-member letter.",
    )
    b.add("a_application_form.pdf", b.application_form())
    course = b.cert("state_course")
    b.add("b_course_and_outline.pdf", course, b.agenda(course, outline=True))
    b.add("c_online.pdf", b.fema(hours=8, assessment=None))
    b.add("d_webinar.pdf", b.webinar(hours=1.5, assessment=None))
    conf = b.cert("conference", days=None, hours=11)
    b.add("e_conference.pdf", conf, b.agenda(conf))
    b.add(
        "f_board.pdf",
        b.service_letter(
            "board_member",
            span=(D(2020, 6, 1), D(2023, 5, 31)),
            provider="International Institute of Municipal Clerks",
        ),
    )
    b.add("g_employment.pdf", b.employment("Township Recorder", D(2019, 4, 15)))
    return b


# ---------------------------------------------------------------- MMC packets


@packet
def mmc_r2_standard(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r2-nj-standard",
        "MMC",
        2,
        seed,
        received=D(2025, 10, 6),
        prior=D(2019, 5, 20),
        description="MMC Region 2: academy sessions and a state course on advanced education; "
        "board, committee-chair, association-officer letters on professional contribution; "
        "a conference; one item dated before the CMC (PREDATES_DESIGNATION) and an older "
        "unused bachelor degree that is not flagged (R13).",
    )
    b.add(
        "academy_certs.pdf",
        b.cert("institute"),
        b.cert("institute"),
        b.cert("state_course", provider="Municipal Clerks Association of New Jersey"),
    )
    b.add("old_course.pdf", b.cert("institute", when=D(2018, 10, 2)))
    b.add(
        "bachelor.pdf",
        b.transcript("degree", "Bachelor of Science in Political Science", when=D(2009, 5, 1)),
    )
    b.add(
        "officer.pdf",
        b.service_letter(
            "association_officer",
            years_words=2,
            provider="Municipal Clerks Association of New Jersey",
            title="Treasurer",
        ),
    )
    b.add("chair.pdf", b.service_letter("committee_chair", span=(D(2021, 1, 1), D(2022, 12, 31))))
    b.add(
        "league_conference.pdf",
        b.cert(
            "conference",
            provider="New Jersey State League of Municipalities",
            title="Annual Conference",
            hours=None,
            days=3,
        ),
    )
    return b


@packet
def mmc_r4_predates(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r4-predates",
        "MMC",
        4,
        seed,
        received=D(2025, 3, 31),
        prior=D(2020, 9, 1),
        cmc_used_degree=True,
        description="MMC Region 4: several items dated before the CMC designation "
        "(PREDATES_DESIGNATION), including a degree the manifest says was used for the CMC "
        "(cmc_used_degree: flagged) and an agenda dated before it (R15), beside current items.",
    )
    old = b.cert("state_course", when=D(2019, 4, 16))
    b.add("2019_course.pdf", old, b.agenda(old))
    b.add("2020_institute.pdf", b.cert("institute", when=D(2020, 6, 8)))
    b.add(
        "degree.pdf",
        b.transcript("degree", "Bachelor of Arts in Political Science", when=D(2006, 5, 1)),
    )
    b.add(
        "current.pdf",
        b.cert("institute", when=D(2022, 2, 14)),
        b.cert("athenian_dialogue", when=D(2023, 10, 5)),
        b.cert("course", when=D(2024, 3, 7), hours=12),
    )
    b.add(
        "committee.pdf", b.service_letter("committee_member", span=(D(2021, 1, 1), D(2024, 12, 31)))
    )
    return b


@packet
def mmc_r5_professional(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r5-professional",
        "MMC",
        5,
        seed,
        received=D(2025, 8, 18),
        prior=D(2018, 2, 12),
        description="MMC Region 5: on-the-job letters (64 h and 48 h, capped at 12 points), a "
        "personal accomplishment (published article), an officer of a related association, "
        "teaching at an institute and for a state course (R9 placement), a Certified Public "
        "Manager certification (7) and college credits on professional contribution.",
    )
    b.add(
        "on_the_job_1.pdf",
        b.service_letter("on_the_job", hours=64, span=(D(2021, 3, 1), D(2021, 8, 31))),
    )
    b.add(
        "on_the_job_2.pdf",
        b.service_letter(
            "on_the_job", hours=48, span=(D(2023, 1, 9), D(2023, 6, 30)), two_page=True
        ),
    )
    b.add(
        "article.pdf",
        b.service_letter("personal_accomplishment", span=(D(2022, 4, 1), D(2022, 4, 30))),
    )
    b.add("related_officer.pdf", b.service_letter("related_officer", years_words=2))
    b.add(
        "teaching.pdf",
        b.service_letter("teaching_institute", hours=6, span=(D(2022, 7, 12), D(2022, 7, 12))),
        b.service_letter("teaching_state", hours=8, span=(D(2023, 9, 20), D(2023, 9, 20))),
    )
    b.add("cpm.pdf", b.cert("certification", when=D(2020, 1, 15)))
    b.add("credits.pdf", b.transcript("college_credits", when=D(2022, 12, 16)))
    return b


@packet
def mmc_r6_online(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r6-online-learning",
        "MMC",
        6,
        seed,
        received=D(2025, 6, 23),
        prior=D(2017, 11, 1),
        description="MMC Region 6: online course without assessment (NO_ASSESSMENT, professional "
        "other_courses), a 2-hour online course (BELOW_MINIMUM_HOURS), a 0.5-hour session "
        "(BELOW_MINIMUM_HOURS), a hybrid course with assessment (advanced seminar) and a webinar "
        "with assessment, IIMC online course (null).",
    )
    b.add("fema_no_assessment.pdf", b.fema(hours=12, assessment=None))
    b.add("fema_short.pdf", b.fema(hours=2, assessment=True))
    b.add("session_half_hour.pdf", b.cert("state_course", hours=0.5))
    b.add("hybrid.pdf", b.webinar(hours=12, assessment=True, delivery="hybrid"))
    b.add("webinar.pdf", b.webinar(hours=6, assessment=True))
    b.add("iimc_online.pdf", b.cert("iimc_online"))
    b.add("academy.pdf", b.cert("institute"), b.cert("institute"))
    b.add("committee.pdf", b.service_letter("committee_member", years_words=4))
    return b


@packet
def mmc_r3_missing(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r3-missing-and-relatives",
        "MMC",
        3,
        seed,
        received=D(2025, 5, 19),
        prior=D(2016, 8, 8),
        description="MMC Region 3: on-the-job letter written by the applicant's spouse stating the "
        "relationship (RELATIVE_AUTHOR), a teaching letter without hours (MISSING_HOURS), a "
        "committee letter without a committee name (MISSING_TITLE), a certificate without name "
        "(MISSING_NAME) and one without dates (MISSING_DATE), a first-person course letter "
        "(FIRST_PERSON).",
    )
    spouse = new_person(b.rng, female=not b.person.female, last=b.person.last)
    rel = "wife" if b.person.female else "husband"
    rel_author = "husband" if b.person.female else "wife"
    b.add(
        "letters.pdf",
        b.service_letter(
            "on_the_job",
            hours=40,
            span=(D(2022, 2, 1), D(2022, 5, 31)),
            signer=spouse.full(),
            relationship=rel_author,
            sig_role="Mayor",
        ),
        b.service_letter("teaching_state", hours=None, span=(D(2021, 10, 6), D(2021, 10, 6))),
        b.service_letter("committee_member", drop=("title",), years_words=2),
    )
    _ = rel
    b.add(
        "certs.pdf",
        b.cert("institute", drop=("applicant_name",)),
        b.cert("state_course", drop=("start_date", "end_date", "issue_date")),
    )
    b.add("my_letter.pdf", b.first_person_letter("state_course"))
    b.add("good.pdf", b.cert("institute"), b.cert("conference_academy"))
    return b


@packet
def mmc_r7_duplicates(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r7-duplicates",
        "MMC",
        7,
        seed,
        received=D(2025, 9, 2),
        prior=D(2018, 4, 30),
        description="MMC Region 7: a state course certificate in certificates.pdf re-submitted as "
        "its own later file (DUPLICATE), an Athenian Dialogue printed twice in one file "
        "(DUPLICATE on page 3), an annual conference placed on advanced education (R9), "
        "and an employment letter (no MMC row: no proposal).",
    )
    sc = b.cert("state_course")
    ath = b.cert("athenian_dialogue")
    b.add("certificates.pdf", sc, ath, b.copy_of(ath), b.cert("institute"))
    b.add("state_course_rescan.pdf", b.copy_of(sc))
    b.add("annual_conference.pdf", b.cert("annual_conference", when=D(2022, 8, 27)))
    b.add("employment.pdf", b.employment("City Clerk", D(2015, 5, 4), administrative=True))
    return b


@packet
def mmc_r9_athenian_cap(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r9-athenian-cap",
        "MMC",
        9,
        seed,
        received=D(2025, 11, 17),
        prior=D(2014, 6, 2),
        description="MMC Region 9: seven Athenian Leadership Dialogues in one PDF (3 each, capped "
        "at 18: the seventh earns 0), conference academy sessions, a study abroad certificate "
        "(null) and professional committee service.",
    )
    b.add(
        "athenian_dialogues.pdf",
        *[b.cert("athenian_dialogue", when=D(2015 + i, 3 + i, 10 + i)) for i in range(7)],
    )
    b.add(
        "academy.pdf", b.cert("conference_academy"), b.cert("conference_academy"), b.cert("cd_rom")
    )
    b.add("study_abroad.pdf", b.cert("study_abroad", when=D(2019, 9, 9)))
    b.add(
        "committee.pdf",
        b.service_letter("committee_chair", years_words=3),
        b.service_letter("committee_member", span=(D(2016, 1, 1), D(2019, 12, 31))),
    )
    return b


@packet
def mmc_r8_spill(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r8-combination-spill",
        "MMC",
        8,
        seed,
        received=D(2025, 7, 7),
        prior=D(2015, 3, 16),
        description="MMC Region 8: advanced education far above 60 (degree + six academy "
        "certificates + certification): only 20 of the excess counts toward professional "
        "contribution (R10); outside courses therefore go to professional other_courses (R9).",
    )
    b.add(
        "mpa.pdf",
        b.transcript(
            "degree", "Master of Public Administration", when=D(2017, 5, 1), two_page=True
        ),
    )
    b.add("academy.pdf", *[b.cert("institute", hours=h) for h in (24, 24, 20, 18, 24, 24)])
    b.add("certification.pdf", b.cert("certification"))
    b.add("seminars.pdf", b.cert("course", hours=12), b.cert("course", hours=13))
    b.add("officer.pdf", b.service_letter("association_officer", years_words=3, title="President"))
    return b


@packet
def mmc_r10_canada(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "mmc-r10-canada",
        "MMC",
        10,
        seed,
        received=D(2025, 4, 28),
        prior=D(2019, 11, 4),
        description="MMC Region 10: courses without course review on advanced education "
        "(seminar, R9), a teaching letter, an annual conference, a letter verifying institute "
        "attendance and a 2-page on-the-job letter.",
    )
    b.add("courses.pdf", b.cert("course", hours=14), b.cert("course", hours=6))
    b.add("annual_conference.pdf", b.cert("annual_conference", when=D(2024, 8, 24)))
    b.add(
        "institute_letter.pdf",
        b.service_letter("institute", hours=21, span=(D(2021, 5, 3), D(2021, 5, 6))),
    )
    b.add(
        "teaching.pdf",
        b.service_letter("teaching_institute", hours=4, span=(D(2023, 5, 9), D(2023, 5, 9))),
    )
    b.add(
        "project.pdf",
        b.service_letter(
            "on_the_job", hours=30, span=(D(2022, 9, 1), D(2023, 2, 28)), two_page=True
        ),
    )
    return b


@packet
def bad_files(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "bad-files",
        "CMC",
        5,
        seed,
        received=D(2025, 10, 13),
        description="Files the pipeline cannot open (UNSUPPORTED_FILE, review): a truncated PDF, an "
        "encrypted PDF, an empty .pdf, a zip (docx) named .pdf, a text file named .png; beside two "
        "good documents.",
    )
    b.add("a_good_certificate.pdf", b.cert("institute"))
    b.bad("b_truncated.pdf", "truncated")
    b.bad("c_encrypted.pdf", "encrypted")
    b.bad("d_empty.pdf", "empty")
    b.bad("e_letter.docx.pdf", "zip")
    b.bad("f_scan.png", "text")
    b.add("g_employment.pdf", b.employment("Deputy Clerk", D(2019, 8, 1), administrative=True))
    return b


# ---------------------------------------------------------------- single-PDF packets


@packet
def scan_cmc_r4(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "scan-cmc-r4",
        "CMC",
        4,
        seed,
        received=D(2025, 9, 8),
        single=True,
        description="Single scanned-shape PDF (CMC Region 4): application form, institute "
        "certificate, 2-page transcript, employment letter, committee letter, agenda.",
    )
    inst = b.cert("institute")
    b.add(
        "scan-cmc-r4.pdf",
        b.application_form(),
        inst,
        b.transcript(
            "degree", "Bachelor of Science in Urban Planning", when=D(2010, 5, 1), two_page=True
        ),
        b.employment("Deputy Clerk", D(2015, 3, 1), administrative=True),
        b.service_letter("committee_member", years_words=2),
        b.agenda(inst),
    )
    return b


@packet
def scan_mmc_r6(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "scan-mmc-r6",
        "MMC",
        6,
        seed,
        received=D(2025, 12, 8),
        prior=D(2020, 1, 21),
        single=True,
        description="Single PDF (MMC Region 6): application form, academy certificates, a 2-page "
        "board letter, a duplicate certificate later in the scan, a text-less page.",
    )
    a1 = b.cert("institute")
    b.add(
        "scan-mmc-r6.pdf",
        b.application_form(),
        a1,
        b.cert("state_course"),
        b.service_letter(
            "board_member",
            span=(D(2021, 6, 1), D(2024, 5, 31)),
            two_page=True,
            provider="International Institute of Municipal Clerks",
        ),
        b.unreadable(),
        b.copy_of(a1),
        b.cert("athenian_dialogue"),
    )
    return b


@packet
def scan_cmc_r11(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "scan-cmc-r11",
        "CMC",
        11,
        seed,
        received=D(2025, 2, 10),
        single=True,
        description="Single PDF (CMC Region 11): college credits (education row in Regions 10-11), "
        "an outside course, a certificate for another person (NAME_MISMATCH), a clerk employment "
        "letter and a membership receipt.",
    )
    b.add(
        "scan-cmc-r11.pdf",
        b.transcript("college_credits", when=D(2016, 12, 15)),
        b.cert("course", hours=18),
        b.cert("state_course", person=new_person(b.rng)),
        b.employment("Municipal Clerk", D(2013, 9, 2), administrative=True),
        b.other(),
    )
    return b


# ---------------------------------------------------------------- writing


def render_file(path: Path, docs: list[Doc], canvas: type[Canvas] = Canvas,
                before: Callable[[Canvas, Doc], None] | None = None) -> None:
    """The documents into one PDF, page numbers recorded on each; `canvas` and `before`
    (called before each document is drawn) let a variant print on other paper."""
    c = canvas(str(path), invariant=1, pageCompression=1)
    c.setTitle(path.stem.replace("_", " "))
    c.setAuthor("")
    page = 1
    for d in docs:
        if before is not None:
            before(c, d)
        n = draw(c, d)
        d.pages = list(range(page, page + n))
        page += n
    c.save()


def sample_pdf_bytes(b: PacketBuilder) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1, pageCompression=1)
    draw(c, b.cert("institute"))
    c.save()
    return buf.getvalue()


def write_bad(path: Path, how: str, b: PacketBuilder) -> None:
    if how == "truncated":
        data = sample_pdf_bytes(b)
        path.write_bytes(data[: len(data) * 2 // 5])
    elif how == "encrypted":
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(sample_pdf_bytes(b))))
        w.encrypt(user_password="clerk2025", owner_password="owner-secret", algorithm="RC4-128")
        buf = io.BytesIO()
        w.write(buf)
        data = buf.getvalue()
        path.write_bytes(data)
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name in ("[Content_Types].xml", "word/document.xml"):
                zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
                z.writestr(
                    zi,
                    "<?xml version='1.0'?><w:document><w:body><w:p>Letter of verification</w:p></w:body></w:document>",
                )
        path.write_bytes(buf.getvalue())
    elif how == "text":
        path.write_text("This is not an image. Scanner output was saved as text by mistake.\n")


def build(
    b: PacketBuilder, out: Path, render: Callable[[Path, list[Doc]], None] = render_file
) -> tuple[Path, dict]:
    """Write one packet (its files, manifest and truth) under `out`; `render` draws the
    documents of one PDF file (samples/security_paper.py passes one with security paper)."""
    if b.single:
        folder = out
        ((fname, docs, _),) = b.files
        render(out / fname, docs)
        for d in docs:
            d.source = fname
        all_docs = docs
        stem = fname[:-4]
        (out / f"{stem}.json").write_text(json.dumps(b.manifest, indent=2) + "\n")
        truth_path = out / f"{stem}.truth.json"
    else:
        folder = out / b.name
        folder.mkdir(parents=True, exist_ok=True)
        all_docs = []
        for fname, docs, how in b.files:
            if docs is None:
                write_bad(folder / fname, how, b)
                d = Doc("other", {}, bad=how, source=fname, pages=[1])
                all_docs.append(d)
                continue
            render(folder / fname, docs)
            for d in docs:
                d.source = fname
            all_docs.extend(docs)
        (folder / "packet.json").write_text(json.dumps(b.manifest, indent=2) + "\n")
        truth_path = folder / "truth.json"
    all_docs.sort(key=lambda d: (d.source, d.pages[0]))
    for d in all_docs:
        if d.duplicate_of is not None:
            o = d.duplicate_of
            assert (o.source, o.pages[0]) < (d.source, d.pages[0]), (
                f"{b.name}: duplicate before its original"
            )
    totals = score_packet(all_docs, b.manifest)
    truth = {
        "description": b.description,
        "documents": [d.as_truth() for d in all_docs],
        "totals": totals,
    }
    truth_path.write_text(json.dumps(truth, indent=2) + "\n")
    return truth_path, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="samples/born_digital", type=Path)
    ap.add_argument("--seed", default=2025, type=int)
    args = ap.parse_args(argv)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for fn in PACKETS:
        b = fn(args.seed)
        path, truth = build(b, out)
        tot = ", ".join(
            f"{k.split('_', 1)[1]} {v['points']:g}/{v['required']}"
            for k, v in truth["totals"].items()
        )
        print(f"{b.name:32s} {len(truth['documents']):3d} docs  {tot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
