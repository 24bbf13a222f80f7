"""The MMC packets of the yarrow set."""

from __future__ import annotations

from . import world as W
from .certificates import certificate, online_record
from .letters import service_letter
from .model import Doc, File, Packet
from .records import agenda, application_form, transcript
from .wordings import d


def amberlane() -> Packet:
    p = "Ilse Marchetti-Lund"
    inst, host = W.INSTITUTES["cascade"]
    rec = d("2026-11-06")
    acad = "Cascade Advanced Academy"
    files = [
        File("01_form.pdf", [application_form(person=p, program="MMC", member_id="174420", items=[
            "Academy certificates", "Degree transcript", "Board and committee letters", "Teaching letter"])]),
        File("02_academy_2018.pdf", [certificate(
            activity="institute", provider=acad, host=host, title="Academy Track: Conflict and Consensus", person=p,
            start=d("2018-09-10"), end=d("2018-09-12"), hours=18, location="Tollmere, Oregon",
            signer=W.SIGNERS[0], signer_role="Academy Director", layout="security")]),
        File("03_academy_agenda_2018.pdf", [agenda(
            provider=acad, title="Conflict and Consensus - Program", start=d("2018-09-10"), end=d("2018-09-12"),
            location="Tollmere, Oregon", slots=[("Mon 8:30 a.m.", "Welcome and assessment overview"),
                                                ("Mon 10:00 a.m.", "Mapping a dispute"),
                                                ("Tue 9:00 a.m.", "Facilitating a contentious hearing"),
                                                ("Wed 1:00 p.m.", "Capstone exercise and assessment")])]),
        File("04_academy_2021.pdf", [certificate(
            activity="institute", provider=acad, host=host, title="Academy Track: Strategic Planning for Clerks",
            person=p, start=d("2021-09-13"), end=d("2021-09-16"), hours=24, location="Tollmere, Oregon",
            signer=W.SIGNERS[0], signer_role="Academy Director", layout="ornate")]),
        File("05_academy_2023.pdf", [certificate(
            activity="institute", provider=acad, host=host, title="Academy Track: Budget Stewardship", person=p,
            start=d("2023-09-11"), end=d("2023-09-14"), hours=24, location="Tollmere, Oregon",
            signer=W.SIGNERS[0], signer_role="Academy Director", layout="classic")]),
        File("06_mpa_transcript.pdf", [transcript(
            person_printed="Ilse Marchetti-Lund", college=W.UNIVERSITIES["cassvalley"], registrar=W.SIGNERS[1],
            issued=d("2026-08-01"), field="pa", terms=["Fall 2009", "Winter 2010", "Spring 2010", "Fall 2010", "Spring 2011"],
            degree="Master of Public Administration", conferred=d("2011-06-11"))]),
        File("07_foundation_board.pdf", [service_letter(
            activity="board_member", person=p, provider=W.IIMC_FOUNDATION, title="Board of Directors",
            start=d("2022-07-01"), end=d("2024-06-01"), years=2, years_text="two years", signer=W.SIGNERS[2],
            signer_role="Foundation Chair", issued=d("2024-08-15"), head="centered")]),
        File("08_committee_chair.pdf", [service_letter(
            activity="committee_chair", person=p, provider=W.ASSOCIATIONS["wa"], title="Professional Development Committee",
            start=d("2020-01-01"), end=d("2023-12-01"), signer=W.SIGNERS[3], signer_role="Association President",
            issued=d("2024-01-20"), head="band")]),
        File("09_teaching.pdf", [service_letter(
            activity="teaching_institute", person=p, provider=inst, title="Records Retention for New Clerks",
            start=d("2024-06-11"), end=d("2024-06-11"), months=False, hours=6, signer=W.SIGNERS[0],
            signer_role="Institute Director", issued=d("2024-07-01"), head="left")]),
        File("10_iimc_2025.pdf", [certificate(
            activity="annual_conference", provider=W.IIMC, title="79th Annual Conference", person=p,
            start=d("2025-05-18"), end=d("2025-05-21"), location="Grand Rapids, Michigan", signer=W.SIGNERS[4],
            signer_role="IIMC President", verb="attended", layout="classic")]),
    ]
    return Packet("mmc_amberlane", "MMC", {"name": p, "member_id": "174420", "region": 9, "membership": "full"},
                  rec.isoformat(), files, "An academy certificate and its agenda dated before the CMC "
                  "(PREDATES_DESIGNATION on both), an unused MPA earned before the CMC (exempt), board, chair and "
                  "teaching letters, an Annual Conference placed by R9.", "PREDATES x2, degree exemption, board, chair, teaching",
                  prior="2019-04-12")


def saltmeadow() -> Packet:
    p = "Oluwaseun Tarrant"
    rec = d("2026-10-21")
    docs = [
        service_letter(activity="association_officer", person=p, provider=W.ASSOCIATIONS["me"], title="Vice President",
                       start=d("2022-06-01"), end=d("2024-05-01"), signer=W.SIGNERS[5], signer_role="Council President",
                       issued=d("2024-06-10"), head="sidebar"),
        service_letter(activity="related_officer", person=p, provider="Downeast Records & Archives Society",
                       title="Secretary", start=d("2021-01-01"), end=d("2023-12-01"), signer=W.SIGNERS[6],
                       signer_role="Society President", issued=d("2024-02-02"), head="left"),
        service_letter(activity="on_the_job", person=p, provider=W.TOWNS["saltmeadow"].name,
                       title="Digitization of the Town Meeting Records 1890-1990", start=d("2023-03-01"),
                       end=d("2023-11-01"), hours=44, signer=W.SIGNERS[7], signer_role="Town Manager",
                       issued=d("2024-01-09"), head="centered"),
        service_letter(activity="personal_accomplishment", person=p, provider="The Maine Clerk Quarterly",
                       title="Ten Lessons from a Contested Recount", start=d("2025-03-01"), end=d("2025-03-01"),
                       signer=W.SIGNERS[8], signer_role="Managing Editor", issued=d("2025-04-04"), head="band"),
        certificate(activity="course", provider=W.TRAINERS["brisk"], title="Managing Difficult Conversations",
                    person=p, start=d("2024-04-16"), end=d("2024-04-17"), hours=12, location="Portland, Maine",
                    signer=W.SIGNERS[9], signer_role="Facilitator", layout="modern"),
        certificate(activity="certification", provider="National Registry of Public Managers",
                    title="Certified Public Manager", person=p, start=d("2023-01-09"), end=d("2024-05-30"), hours=300,
                    location="Augusta, Maine", signer=W.SIGNERS[10], signer_role="Program Director",
                    issued=d("2024-06-14"), layout="ornate"),
        certificate(activity="conference", provider=W.ASSOCIATIONS["me"], title="Annual Convention 2025", person=p,
                    start=d("2025-10-15"), end=d("2025-10-17"), days=3, location="Bar Harbor, Maine",
                    signer=W.SIGNERS[5], signer_role="Council President", verb="attended", layout="security"),
        certificate(activity="institute", provider=W.INSTITUTES["northeast"][0], host=W.INSTITUTES["northeast"][1],
                    title="Advanced Academy: Leading the Clerk's Office", person=p, start=d("2024-09-23"),
                    end=d("2024-09-27"), hours=30, location="Northgate, New York", signer=W.SIGNERS[11],
                    signer_role="Academy Director", layout="classic"),
        certificate(activity="institute", provider=W.INSTITUTES["northeast"][0], host=W.INSTITUTES["northeast"][1],
                    title="Advanced Academy: Policy Writing", person=p, start=d("2025-09-22"),
                    end=d("2025-09-26"), hours=30, location="Northgate, New York", signer=W.SIGNERS[11],
                    signer_role="Academy Director", layout="security"),
    ]
    return Packet("mmc_saltmeadow", "MMC", {"name": p, "member_id": "205996", "region": 1, "membership": "full"},
                  rec.isoformat(), [File("mmc_saltmeadow.pdf", docs, separators=True)],
                  "Scanner shape: officer, related-officer, on-the-job and publication letters, an outside course placed "
                  "by R9, a CPM certification, a convention by days, two academy weeks.",
                  "single PDF, officer rows, on_the_job, publication, certification", prior="2021-11-30", single=True)


def vireo() -> Packet:
    p = "Dashiell Okonkwo"
    rec = d("2026-11-16")
    files = [
        File("aa_iimc_2024.pdf", [certificate(
            activity="annual_conference", provider=W.IIMC, title="78th Annual Conference", person=p,
            start=d("2024-05-19"), end=d("2024-05-22"), hours=15, location="Denver, Colorado", signer=W.SIGNERS[12],
            signer_role="IIMC President", verb="attended", layout="ornate")]),
        File("ab_iimc_2025.pdf", [certificate(
            activity="annual_conference", provider=W.IIMC, title="79th Annual Conference", person=p,
            start=d("2025-05-18"), end=d("2025-05-21"), location="Grand Rapids, Michigan", signer=W.SIGNERS[4],
            signer_role="IIMC President", verb="attended", layout="classic")], mode="photocopy"),
        File("ac_athenian.pdf", [certificate(
            activity="athenian_dialogue", provider=W.IIMC, title="Athenian Dialogue: Lincoln and the Union", person=p,
            start=d("2023-03-09"), hours=4, location="Minneapolis, Minnesota", signer=W.SIGNERS[13],
            signer_role="Facilitator", assessment=True, layout="rotated")]),
        File("ad_academy_sessions.pdf", [certificate(
            activity="conference_academy", provider=W.IIMC, title=f"Conference Academy: {t}", person=p, start=d(day),
            location="Denver, Colorado", signer=W.SIGNERS[14], signer_role="Education Director", layout="modern")
            for t, day in (("Strategic Communication", "2024-05-18"), ("Leading Volunteers", "2024-05-18"),
                           ("Measuring Performance", "2024-05-19"))]),
        File("ae_webinar.pdf", [online_record(
            activity="course", provider=W.TRAINERS["civic"], title="Cybersecurity for Records Custodians", person=p,
            end=d("2025-02-20"), hours=6, delivery="webinar", assessment=True, score="9/10")]),
        File("af_certification.pdf", [certificate(
            activity="certification", provider="Upper Midwest Records Managers Alliance",
            title="Certified Records Specialist", person=p, start=d("2024-02-01"), end=d("2024-04-30"), hours=32,
            location="St. Paul, Minnesota", signer=W.SIGNERS[15], signer_role="Credentialing Chair", layout="classic")]),
        File("ag_credits.pdf", [transcript(
            person_printed="Okonkwo, Dashiell", college=W.UNIVERSITIES["bellweather"], registrar=W.SIGNERS[16],
            issued=d("2026-06-15"), field="pa", terms=["Spring 2023", "Fall 2023", "Spring 2024"])]),
        File("ah_committee.pdf", [service_letter(
            activity="committee_member", person=p, provider=W.IIMC, title="Membership Committee",
            start=d("2022-09-01"), end=d("2025-09-01"), signer=W.SIGNERS[17], signer_role="Committee Chair",
            issued=d("2025-10-02"), head="band")], mode="photocopy"),
        File("ai_state_course.pdf", [certificate(
            activity="state_course", provider=W.ASSOCIATIONS["mn"], title="Annual Education Day: Election Law", person=p,
            start=d("2025-03-13"), end=d("2025-03-14"), hours=13, location="Brainerd, Minnesota", signer=W.SIGNERS[18],
            signer_role="Education Chair", course_review="IIMC Course Review approved", assessment=True,
            layout="modern")]),
    ]
    return Packet("mmc_vireo", "MMC", {"name": p, "member_id": "233870", "region": 5, "membership": "full"},
                  rec.isoformat(), files, "Two Annual Conferences (one photocopied), an Athenian Dialogue, three "
                  "Conference Academy sessions in one file, a webinar with an assessment, a certification under 50 "
                  "hours (BELOW_MINIMUM_HOURS), college credits, a photocopied committee letter, a reviewed state course.",
                  "R9 allocation, academy sessions, certification minimum, credits, photocopies", prior="2021-06-01")


def featherstonehaugh() -> Packet:
    p = "Rosalind Q. Featherstonehaugh"
    rec = d("2026-12-01")
    inst, host = W.INSTITUTES["prairie"]
    seminar = dict(activity="course", provider=W.TRAINERS["ops"], title="Public Finance for Non-Finance Managers",
                   person=p, start=d("2024-08-05"), end=d("2024-08-07"), hours=18, location="Topeka, Kansas",
                   signer=W.SIGNERS[19], signer_role="Training Manager", layout="modern", same_as="pfnfm")
    files = [
        File("academy_2022.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Academy for Advanced Education, Session 1", person=p,
            start=d("2022-04-11"), end=d("2022-04-14"), hours=26, location="Cass Valley, Kansas", signer=W.SIGNERS[12],
            signer_role="Academy Director", layout="ornate")]),
        File("academy_2023.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Academy for Advanced Education, Session 2", person=p,
            start=d("2023-04-10"), end=d("2023-04-13"), hours=26, location="Cass Valley, Kansas", signer=W.SIGNERS[12],
            signer_role="Academy Director", layout="security")]),
        File("seminar.pdf", [certificate(**seminar)]),  # type: ignore[arg-type]
        File("seminar_rescan.pdf", [certificate(**seminar)], mode="photocopy"),  # type: ignore[arg-type]
        File("teaching_letter.pdf", [service_letter(
            activity="teaching_state", person=p, provider=W.ASSOCIATIONS["ks"], title="Minutes That Matter",
            start=d("2025-04-02"), end=d("2025-04-02"), months=False, hours=None, signer=W.SIGNERS[13],
            signer_role="Education Chair", issued=d("2025-04-30"), head="sidebar")]),
        File("teaching_letter_2.pdf", [service_letter(
            activity="teaching_state", person=p, provider=W.ASSOCIATIONS["ks"], title="Parliamentary Procedure Clinic",
            start=d("2025-10-08"), end=d("2025-10-08"), months=False, hours=8, signer=W.SIGNERS[13],
            signer_role="Education Chair", issued=d("2025-10-30"), head="sidebar")]),
        File("officer_2019.pdf", [service_letter(
            activity="association_officer", person=p, provider=W.ASSOCIATIONS["ks"], title="Treasurer",
            start=d("2017-01-01"), end=d("2019-12-01"), signer=W.SIGNERS[14], signer_role="Association Secretary",
            issued=d("2020-01-15"), head="left")]),
        File("officer_2024.pdf", [service_letter(
            activity="association_officer", person=p, provider=W.ASSOCIATIONS["ks"], title="President",
            start=d("2023-01-01"), end=d("2025-12-01"), years=3, years_text="three one-year terms",
            signer=W.SIGNERS[14], signer_role="Association Secretary", issued=d("2026-01-12"), head="left")]),
        File("wrong_person.pdf", [certificate(
            activity="state_course", provider=W.ASSOCIATIONS["ks"], title="Spring Clerks School", person="Everett J. Pruneau",
            start=d("2024-03-05"), end=d("2024-03-06"), hours=12, location="Salina, Kansas", signer=W.SIGNERS[15],
            signer_role="Education Chair", course_review="IIMC Course Review No. 2024-031", assessment=True,
            layout="security")]),
        File("online_noassess.pdf", [online_record(
            activity="course", provider=W.TRAINERS["lumen"], title="Project Management Essentials", person=p,
            end=d("2025-06-11"), hours=9, delivery="online", assessment=False)]),
    ]
    return Packet("mmc_featherstonehaugh", "MMC", {"name": p, "member_id": "166218", "region": 6, "membership": "full"},
                  rec.isoformat(), files, "A seminar certificate and its re-scan (DUPLICATE), a teaching letter without "
                  "hours (MISSING_HOURS), officer terms before (PREDATES) and after the CMC, a colleague's certificate "
                  "(NAME_MISMATCH), an online course without assessment (Professional side only).",
                  "DUPLICATE, MISSING_HOURS, PREDATES, NAME_MISMATCH, NO_ASSESSMENT", prior="2020-09-18")


def ashdown() -> Packet:
    p = "Marguerite Ashdown"
    rec = d("2026-11-25")
    files = [
        File("IMG_20260911_0932.jpg", [service_letter(
            activity="committee_member", provider=W.IIMC, title="Resolutions Committee", person=p,
            start=d("2023-06-01"), end=d("2025-05-01"), signer=W.SIGNERS[16], signer_role="IIMC President",
            issued=d("2025-06-02"), head="centered")], mode="jpeg"),
        File("academy.pdf", [certificate(
            activity="institute", provider=W.INSTITUTES["desert"][0], host=W.INSTITUTES["desert"][1],
            title="Master Academy Week", person="Marguerite Ashdown, CMC", start=d("2024-02-26"),
            end=d("2024-03-01"), hours=28, location="Flagstaff, Arizona", signer=W.SIGNERS[17],
            signer_role="Academy Director", layout="classic")]),
        File("academy_b.pdf", [certificate(
            activity="institute", provider=W.INSTITUTES["desert"][0], host=W.INSTITUTES["desert"][1],
            title="Master Academy: Civic Engagement", person=p, start=d("2025-02-24"),
            end=d("2025-02-28"), hours=28, location="Flagstaff, Arizona", signer=W.SIGNERS[17],
            signer_role="Academy Director", layout="rotated")]),
        File("cdrom.pdf", [certificate(activity="cd_rom", provider=W.IIMC, title="CD-ROM: Municipal Clerk Ethics",
                                       person=p, start=d("2024-11-19"), signer=W.SIGNERS[8],
                                       signer_role="Education Director", layout="modern")]),
        File("empty.tif", [Doc("other", {}, lambda c, r: 0, flags=["UNSUPPORTED_FILE"])], mode="corrupt"),
        File("seminars.pdf", [certificate(
            activity="course", provider=W.TRAINERS["brisk"], title=t, person=p, start=d(day), hours=hh,
            location="Phoenix, Arizona", signer=W.SIGNERS[9], signer_role="Facilitator", layout="modern")
            for t, day, hh in (("Leading Hybrid Teams", "2025-05-06", 7), ("Budget Narratives", "2025-08-12", 6.5))],
            separators=True),
        File("related_officer.pdf", [service_letter(
            activity="related_officer", person=p, provider="Southwest Association of Records Professionals",
            title="Treasurer", start=d("2023-01-01"), end=d("2025-12-01"), signer=W.SIGNERS[10],
            signer_role="Chapter President", issued=d("2026-01-20"), head="band")]),
        File("state_course.pdf", [certificate(
            activity="state_course", provider=W.ASSOCIATIONS["az"], title="Records Law Intensive", person=p,
            start=d("2025-10-01"), end=d("2025-10-02"), hours=14, location="Mesa, Arizona", signer=W.SIGNERS[3],
            signer_role="Education Chair", course_review="Course Review No. AZ-2025-88", assessment=True,
            layout="security")], mode="photocopy"),
    ]
    return Packet("mmc_ashdown", "MMC", {"name": p, "member_id": "199731", "region": 8, "membership": "retired"},
                  rec.isoformat(), files, "A phone photo of a committee appreciation certificate; an academy certificate "
                  "with a suffix after the name; a CD-ROM course; an empty TIFF (UNSUPPORTED_FILE); two seminars in one "
                  "file with a blank sheet between; a related-association officer letter; a photocopied state course.",
                  "JPEG, post-nominal text, empty file, separators, related officer", prior="2022-12-09")
