"""The packets: each a manifest and files of documents, built with a seeded Builder."""

from __future__ import annotations

import datetime as dt

from .build import Builder

D = dt.date


def _copy(doc):
    from copy import deepcopy
    d = deepcopy(doc)
    d.duplicate = True
    return d


def p01(b: Builder):
    """CMC, three institute years at a university, state conference, HR letter, related degree, agenda."""
    y1, y2, y3 = (b.institute("Year 1: Foundations of the Clerk's Office", D(2021, 7, 12), D(2021, 7, 16), 30,
                              year_label="Year 1 of 3"),
                  b.institute("Year 2: Records, Elections and Legislative Process", D(2022, 7, 11), D(2022, 7, 15),
                              31.5, year_label="Year 2 of 3"),
                  b.institute("Year 3: Leadership and Management", D(2023, 7, 17), D(2023, 7, 21), 28,
                              year_label="Year 3 of 3"))
    conf = b.conference("assoc", D(2024, 4, 9), D(2024, 4, 12), hours=17.5)
    ag = b.agenda(conf.fields["title"], conf.fields["provider"], D(2024, 4, 9), 3)
    hr = b.employment("City Clerk", D(2017, 3, 6), D.fromisoformat(b.m["received_date"]), to_present=True,
                      part_time=False)
    tr = b.transcript("Bachelor of Arts in Political Science", D(2012, 5, 12))
    return {"institute_years.pdf": [y1, y2, y3], "conference.pdf": [conf, ag], "employment.pdf": [hr],
            "transcript.pdf": [tr]}


def p02(b: Builder):
    """CMC, Module A-D, League conference stating days, webinar with and without assessment, online short."""
    mods = [b.institute(f"Module {m}: {t}", d, d + dt.timedelta(days=2), h)
            for m, t, d, h in (("A", "Roles and Responsibilities", D(2022, 3, 7), 20),
                               ("B", "Public Records and Open Meetings", D(2022, 9, 12), 19.5),
                               ("C", "Budgeting and Finance for Clerks", D(2023, 3, 6), 18),
                               ("D", "Communication and Ethics", D(2023, 9, 11), 21))]
    league = b.conference("league", D(2023, 10, 18), D(2023, 10, 20), days=3, ordinal=98)
    web1 = b.online("Session 3: Minutes that Matter", D(2024, 2, 14), 1.5, assessment=True, delivery="webinar")
    web2 = b.online("Navigating Public Records Requests", D(2024, 5, 2), 1.5, assessment=False, delivery="webinar")
    onl = b.online("Election Security Essentials", D(2024, 6, 20), 3, assessment=True)
    hr = b.employment("Deputy City Clerk", D(2019, 1, 14), D(2024, 8, 30), part_time=True)
    return {"modules.pdf": mods, "league.pdf": [league], "webinars.pdf": [web1, web2], "online.pdf": [onl],
            "hr_letter.pdf": [hr]}


def p03(b: Builder):
    """MMC: 77th Annual Conference, academy sessions, committee and officer letters, teaching, predates."""
    ac = b.annual_conf(2025, 77, D(2025, 5, 17), D(2025, 5, 21))
    a1 = b.academy("Advanced Parliamentary Procedure", D(2025, 5, 17), 2025)
    a2 = b.academy("Strategic Leadership for Clerks", D(2025, 5, 18), 2025)
    com = b.service("committee_chair", "Education Committee", D(2021, 1, 1), D(2023, 12, 31), 3, D(2024, 1, 15))
    off = b.service("association_officer", "Secretary", D(2022, 6, 1), D(2024, 5, 31), 2, D(2024, 6, 10))
    tch = b.teaching("Minutes: Capturing the Official Record", D(2024, 7, 16), 3)
    old = b.seminar("Customer Service in the Clerk's Office", D(2017, 4, 4), 6)
    return {"annual_conference.pdf": [ac], "academy.pdf": [a1, a2], "letters.pdf": [com, off, tch],
            "older_seminar.pdf": [old]}


def p04(b: Builder):
    """MMC: first-person letter, relative as author, a duplicate certificate, regional IIMC meeting."""
    reg = b.conference("region", D(2024, 3, 20), D(2024, 3, 22), hours=13)
    sem = b.seminar("Conflict Resolution and Difficult Conversations", D(2024, 9, 10), 7)
    fp = b.first_person("Emergency Management for Clerks", "County Emergency Services Office", D(2024, 10, 3), 8)
    rel = b.relative("Digital Agenda Conversion Project", D(2024, 11, 15), 40, "husband")
    ag = b.agenda("Conflict Resolution Workshop", sem.fields["provider"], D(2024, 9, 10), 1)
    cert = b.certification("Certified Public Manager", "Public Management Program, " + b.r.choice(
        ["Brightwater State University", "Western Lakes University"]), D(2023, 12, 8), 300)
    return {"a_region_meeting.pdf": [reg], "b_seminar.pdf": [sem, ag], "c_letters.pdf": [fp, rel],
            "d_cpm.pdf": [cert], "e_seminar_copy.pdf": [_copy(sem)]}


def p05(b: Builder):
    """CMC: missing hours, missing date, name mismatch, online course without assessment (region 10)."""
    nohours = b.institute("Session 2: Records Management", D(2023, 4, 17), D(2023, 4, 19), 12, drop=("hours",))
    nodate = b.institute("Session 4: Elections", D(2023, 10, 2), D(2023, 10, 4), 14,
                         drop=("start_date", "end_date"))
    other = b.seminar("Time Management and Priorities", D(2024, 1, 23), 6)
    other.fields["applicant_name"] = b.w.person()
    other.extras["p"]["name"] = other.fields["applicant_name"]
    na = b.online("Social Media and Public Trust", D(2024, 3, 8), 6, assessment=False)
    r10 = b.seminar("Legislative Process and Resolutions", D(2024, 5, 14), 12)
    hr = b.employment("Clerk-Treasurer", D(2015, 9, 1), D(2024, 9, 1), part_time=False)
    return {"certs.pdf": [nohours, nodate, other], "online_na.pdf": [na], "seminar.pdf": [r10],
            "hr.pdf": [hr]}


def p06(b: Builder):
    """MMC with a former name: certificates in the maiden name, seminars on both sides, officer letter."""
    former = b.m["applicant"]["former_names"][0]
    c1 = b.seminar("Risk Management for Municipalities", D(2022, 6, 7), 12)
    c1.fields["applicant_name"] = former
    c1.extras["p"]["name"] = former
    c2 = b.state_course("Codification of Ordinances", D(2023, 2, 21), D(2023, 2, 22), 16)
    conf = b.conference("assoc", D(2023, 9, 26), D(2023, 9, 29), hours=19)
    onl = b.online("Personnel Law Update", D(2024, 1, 30), 6, assessment=True)
    com = b.service("committee_member", "Scholarship Committee", D(2022, 1, 1), D(2024, 12, 31), 3,
                    D(2025, 1, 20))
    tr = b.transcript("Master of Public Administration", D(2015, 12, 14))
    return {"1_seminar_former_name.pdf": [c1], "2_seminar.pdf": [c2], "3_conference.pdf": [conf],
            "4_online.pdf": [onl], "5_committee.pdf": [com], "6_transcript.pdf": [tr]}


def p07(b: Builder):
    """CMC: annual conference before 2009, regional meeting, committee member, HR letter of a town."""
    ac = b.annual_conf(2008, 62, D(2008, 5, 18), D(2008, 5, 21))
    reg = b.conference("region", D(2022, 4, 6), D(2022, 4, 8), days=3)
    com = b.service("committee_member", "Membership Committee", D(2020, 7, 1), D(2022, 6, 30), 2,
                    D(2022, 8, 1))
    y1 = b.institute("Year I", D(2019, 6, 3), D(2019, 6, 7), 32, year_label="First-Year Program")
    y2 = b.institute("Year II", D(2020, 6, 1), D(2020, 6, 5), 32, year_label="Second-Year Program")
    hr = b.employment("Town Clerk", D(2006, 2, 1), D(2025, 10, 31), part_time=False)
    tr = b.transcript("Bachelor of Science in Nursing", D(2001, 5, 19))
    return {"transcript.pdf": [tr], "conference_2008.pdf": [ac], "region.pdf": [reg], "committee.pdf": [com],
            "institute.pdf": [y1, y2], "employment.pdf": [hr]}


def p08(b: Builder):
    """MMC: teaching for a state course, a league conference, academy session, a predating agenda."""
    t1 = b.teaching("Election Administration Fundamentals", D(2023, 8, 22), 4, institute=False)
    t2 = b.teaching("Agenda Management Systems", D(2024, 2, 6), 2.5)
    lg = b.conference("league", D(2024, 10, 8), D(2024, 10, 11), hours=22, ordinal=104)
    ag = b.agenda("Clerks Track, Annual Convention", lg.fields["provider"], D(2019, 10, 8), 2)
    ac = b.academy("Ethics in Local Government", D(2024, 5, 19), 2024)
    sem = b.seminar("Strategic Planning", D(2024, 4, 16), 18)
    return {"teaching.pdf": [t1, t2], "league.pdf": [lg], "older_agenda.pdf": [ag], "academy.pdf": [ac],
            "seminar.pdf": [sem]}


def p09(b: Builder):
    """CMC: a packet in one file: certificates, a two-page transcript, an HR letter back to back."""
    i1 = b.institute("Level I: Clerk Fundamentals", D(2023, 1, 23), D(2023, 1, 27), 33)
    i2 = b.institute("Level II: Advanced Clerk Practice", D(2024, 1, 22), D(2024, 1, 26), 34.5)
    sem = b.seminar("Communicating with Elected Officials", D(2024, 8, 13), 6.5)
    tr = b.transcript("Associate of Applied Science in Public Administration", D(2010, 5, 14))
    hr = b.employment("Assistant City Secretary", D(2018, 4, 2), D.fromisoformat(b.m["received_date"]),
                      to_present=True)
    return {"packet_scan.pdf": [i1, i2, sem, tr, hr]}


def p10(b: Builder):
    """MMC: a duplicate webinar (re-submitted), webinar without assessment, online course with assessment."""
    w1 = b.online("Records Retention and Disposition", D(2025, 2, 11), 2, assessment=True, delivery="webinar")
    w2 = b.online("Open Meetings and Public Records Law", D(2025, 3, 12), 1.5, assessment=False,
                  delivery="webinar")
    o1 = b.online("Leadership in the Public Sector", D(2025, 4, 3), 8, assessment=True)
    o2 = b.online("Municipal Budgeting Basics", D(2025, 4, 24), 5, assessment=False)
    conf = b.conference("assoc", D(2025, 6, 3), D(2025, 6, 6), hours=20)
    ag = b.agenda(conf.fields["title"], conf.fields["provider"], D(2025, 6, 3), 4)
    ac = b.academy("Records Management in the Digital Age", D(2025, 5, 18), 2025)
    return {"academy.pdf": [ac], "agenda.pdf": [ag], "webinar_a.pdf": [w1], "webinar_b.pdf": [w2], "webinar_a_again.pdf": [_copy(w1)],
            "online.pdf": [o1, o2], "conference.pdf": [conf]}


def p11(b: Builder):
    """MMC: Athenian Dialogues, an IIMC online course, on-the-job letter, state course, HR letter (no credit)."""
    a1 = b.athenian("Team of Rivals", D(2023, 3, 15))
    a2 = b.athenian("The Wisdom of Crowds", D(2024, 4, 10))
    io = b.iimc_online("Navigating Local Government Finance", D(2024, 8, 1), 6)
    oj = b.on_the_job("Citywide Records Digitization", D(2024, 12, 9), 36)
    sc = b.state_course("Parliamentary Procedure for Clerks", D(2025, 2, 19), D(2025, 2, 20), 12)
    ag = b.agenda("Parliamentary Procedure Workshop", sc.fields["provider"], D(2025, 2, 19), 2)
    hr = b.employment("City Clerk", D(2012, 8, 6), D.fromisoformat(b.m["received_date"]), to_present=True)
    return {"athenian.pdf": [a1, a2], "iimc_online.pdf": [io], "on_the_job.pdf": [oj],
            "state_course.pdf": [sc, ag], "employment.pdf": [hr]}


def p12(b: Builder):
    """CMC: state courses with review, arguable degree, state-agency and city letters, conference."""
    s1 = b.state_course("Municipal Budgeting Basics", D(2022, 5, 10), D(2022, 5, 11), 13)
    s2 = b.state_course("Election Administration Fundamentals", D(2023, 5, 9), D(2023, 5, 10), 14.5)
    conf = b.conference("assoc", D(2024, 9, 17), D(2024, 9, 20), hours=21.5)
    tr = b.transcript("Bachelor of Music", D(2008, 12, 13))
    st = b.employment("Administrative Services Officer", D(2009, 2, 2), D(2014, 6, 30),
                      employer="State Department of Revenue", sector="state_federal")
    ci = b.employment("Deputy Town Clerk", D(2014, 7, 7), D.fromisoformat(b.m["received_date"]),
                      to_present=True, part_time=False)
    ac = b.annual_conf(2024, 76, D(2024, 5, 18), D(2024, 5, 22))
    return {"courses.pdf": [s1, s2], "conference.pdf": [conf], "degree.pdf": [tr],
            "employment_state.pdf": [st], "employment_town.pdf": [ci], "iimc_conference.pdf": [ac]}


PACKETS = [
    ("civic_01_cmc_institute_years", p01, "CMC", 6, None, []),
    ("civic_02_cmc_modules_webinars", p02, "CMC", 5, None, []),
    ("civic_03_mmc_annual_committees", p03, "MMC", 2, "2019-09-30", []),
    ("civic_04_mmc_flags_letters", p04, "MMC", 4, "2021-05-14", []),
    ("civic_05_cmc_missing_mismatch", p05, "CMC", 10, None, []),
    ("civic_06_mmc_former_name", p06, "MMC", 9, "2020-11-20", ["former"]),
    ("civic_07_cmc_pre2009_region", p07, "CMC", 1, None, []),
    ("civic_08_mmc_teaching_league", p08, "MMC", 3, "2022-02-01", []),
    ("civic_09_cmc_single_file", p09, "CMC", 6, None, []),
    ("civic_10_mmc_online_duplicate", p10, "MMC", 7, "2023-03-10", []),
    ("civic_11_mmc_athenian_online", p11, "MMC", 5, "2022-10-01", []),
    ("civic_12_cmc_state_courses", p12, "CMC", 8, None, []),
]
