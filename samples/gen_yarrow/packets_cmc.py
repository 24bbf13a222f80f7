"""The CMC packets of the yarrow set."""

from __future__ import annotations

from . import world as W
from .certificates import certificate, diploma, online_record
from .letters import employment_letter, service_letter
from .model import Doc, File, Packet
from .records import agenda, application_form, cover_note, transcript
from .wordings import d


def _unsupported() -> Doc:
    return Doc("other", {}, lambda c, r: 0, flags=["UNSUPPORTED_FILE"])


def _blank() -> Doc:
    return Doc("other", {}, lambda c, r: 0, flags=["UNREADABLE"])


def quillhaven() -> Packet:
    p = "Henrietta V. Oyelaran-Scott"
    inst, host = W.INSTITUTES["cascade"]
    rec = d("2026-10-19")
    years = [("Year I - Foundations of the Clerk's Office", "2019-06-10", "2019-06-14", 36, "classic"),
             ("Year II - Legislative and Records Practice", "2020-06-08", "2020-06-12", 36, "security"),
             ("Year III - Leadership in Local Government", "2021-06-14", "2021-06-18", 30, "ornate")]
    files = [File("01_application.pdf", [application_form(person=p, program="CMC", member_id="228104", items=[
        "Institute certificates (3)", "College transcript", "Employment verification", "Conference certificates"])])]
    for i, (t, a, b, h, lay) in enumerate(years):
        files.append(File(f"0{i + 2}_institute_year{i + 1}.pdf", [certificate(
            activity="institute", provider=inst, host=host, title=t, person=p, start=d(a), end=d(b), hours=h,
            location="Tollmere, Oregon", signer=W.SIGNERS[0], signer_role="Institute Director", layout=lay)]))
    files += [
        File("05_transcript_tollmere.pdf", [transcript(
            person_printed="OYELARAN-SCOTT, HENRIETTA V", college=W.UNIVERSITIES["tollmere"], registrar=W.SIGNERS[1],
            issued=d("2026-09-02"), field="pa", terms=[f"{s} {y + k}" for y in (2008, 2009, 2010, 2011) for k, s in ((0, "Fall"), (1, "Spring"))],
            degree="Bachelor of Science in Public Administration", conferred=d("2012-06-16"))]),
        File("06_hr_letter.pdf", [employment_letter(
            person=p, employer=W.TOWNS["quillhaven"], sector="local", position="Deputy City Recorder",
            start=d("2016-03-14"), end=None, received=rec, etype="full_time", admin=True, signer=W.SIGNERS[2],
            signer_role="Human Resources Director", issued=d("2026-09-28"), style="prose", head="centered")]),
        File("07_oamrc_conference.pdf", [certificate(
            activity="conference", provider=W.ASSOCIATIONS["or"], title="2024 Fall Professional Conference",
            person=p, start=d("2024-10-02"), end=d("2024-10-04"), days=3, location="Sunriver, Oregon",
            signer=W.SIGNERS[3], signer_role="President", verb="attended", layout="modern")]),
        File("08_iimc_annual_conference.pdf", [certificate(
            activity="annual_conference", provider=W.IIMC, title="79th Annual Conference", person=p,
            start=d("2025-05-18"), end=d("2025-05-21"), hours=17.5, location="Grand Rapids, Michigan",
            signer=W.SIGNERS[4], signer_role="IIMC President", verb="attended", layout="classic")]),
        File("09_institute_agenda.pdf", [agenda(
            provider=inst, title="Year III Program Schedule", start=d("2021-06-14"), end=d("2021-06-18"),
            location="Tollmere, Oregon", two_column=True, slots=[
                ("8:00 - 8:30", "Registration"), ("8:30 - 10:00", "Leading Through Change"),
                ("10:15 - 12:00", "Council-Staff Relations"), ("1:00 - 2:45", "Ethics Case Clinic"),
                ("3:00 - 4:30", "Assessment and Reflection"), ("Fri 9:00", "Closing Session")])]),
        File("10_committee_letter.pdf", [service_letter(
            activity="committee_member", person=p, provider=W.ASSOCIATIONS["or"], title="Education Committee",
            start=d("2022-01-01"), end=d("2024-12-01"), signer=W.SIGNERS[5], signer_role="Committee Chair",
            issued=d("2025-02-11"), head="band")]),
        File("11_fax_cover.pdf", [cover_note(person=p, issued=d("2026-10-14"),
                                            body="Enclosed please find my CMC application with supporting records.")]),
    ]
    return Packet("cmc_quillhaven", "CMC", {"name": p, "member_id": "228104", "region": 9, "membership": "full"},
                  rec.isoformat(), files, "Complete CMC packet: three institute years, a PA degree, a clerk's HR letter "
                  "to present, a state conference by days, an IIMC Annual Conference placed by R9, an agenda, "
                  "a committee letter, a fax cover.", "institute years, degree, spill-over, days, R9 tie, agenda")


def marrowby() -> Packet:
    p = "Kwabena Thorsby"
    inst, host = W.INSTITUTES["keystone"]
    rec = d("2026-11-02")
    docs = [
        certificate(activity="institute", provider=inst, host=host, title="Session A: The Clerk as Records Custodian",
                    person=p, start=d("2022-07-11"), end=d("2022-07-15"), hours=32, location="Bellweather, Pennsylvania",
                    signer=W.SIGNERS[6], signer_role="Director", layout="security"),
        certificate(activity="institute", provider=inst, host=host, title="Session B: Elections and Public Meetings",
                    person=p, start=d("2023-07-10"), end=d("2023-07-14"), hours=32, location="Bellweather, Pennsylvania",
                    signer=W.SIGNERS[6], signer_role="Director", layout="classic"),
        certificate(activity="state_course", provider=W.ASSOCIATIONS["pa"], title="Right-to-Know Law Boot Camp",
                    person=p, start=d("2024-03-21"), hours=12, location="Harrisburg, PA", signer=W.SIGNERS[7],
                    signer_role="Education Chair", course_review="IIMC Course Review No. 2024-0177",
                    assessment=True, layout="modern"),
        online_record(activity="course", provider=W.TRAINERS["lumen"], title="Minute-Taking for Public Bodies",
                      person=p, end=d("2025-01-29"), hours=6, delivery="online", assessment=None),
        online_record(activity="course", provider=W.TRAINERS["civic"], title="Open Meetings Update 2025",
                      person=p, end=d("2025-04-08"), hours=1.5, delivery="webinar", assessment=False),
        certificate(activity="conference_academy", provider=W.IIMC, title="Annual Conference Academy - Budget Basics for Clerks",
                    person=p, start=d("2024-05-19"), location="Pittsburgh, Pennsylvania", signer=W.SIGNERS[8],
                    signer_role="Education Director", layout="modern"),
        certificate(activity="conference_academy", provider=W.IIMC, title="Annual Conference Academy - Parliamentary Procedure Lab",
                    person=p, start=d("2024-05-20"), location="Pittsburgh, Pennsylvania", signer=W.SIGNERS[8],
                    signer_role="Education Director", layout="modern"),
        employment_letter(person=p, employer=W.TOWNS["marrowby"], sector="local", position="Assistant Township Clerk",
                          start=d("2017-09-05"), end=None, received=rec, etype="part_time", admin=None,
                          signer=W.SIGNERS[9], signer_role="Township Manager", issued=d("2026-10-01"),
                          style="table", head="left", pronoun="he"),
        employment_letter(person=p, employer=W.BUSINESSES["wexcombe"], sector="business", position="Office Administrator",
                          start=d("2009-02-02"), end=d("2015-08-28"), received=rec, etype="full_time", admin=True,
                          signer=W.SIGNERS[10], signer_role="Benefits & HR Specialist", issued=d("2026-08-19"),
                          style="labels", head="sidebar", pronoun="he"),
        transcript(person_printed="Kwabena Thorsby", college=W.UNIVERSITIES["hollin"], registrar=W.SIGNERS[11],
                   issued=d("2026-07-07"), field="bus", terms=["Fall 2006", "Spring 2007"], layout="plain"),
    ]
    return Packet("cmc_marrowby", "CMC", {"name": p, "member_id": "301877", "region": 2, "membership": "full"},
                  rec.isoformat(), [File("cmc_marrowby.pdf", docs, separators=True)],
                  "Scanner shape: one PDF, ten documents back to back with blank separator sheets: institute sessions, "
                  "a reviewed state course, an online course without assessment, a webinar without one, academy "
                  "sessions, a part-time clerk and a business HR letter, credits without a degree.",
                  "single PDF, separators, NO_ASSESSMENT x2, part-time, business, credits", single=True)


def tessendale() -> Packet:
    p = "Priyanka Dunleavy"
    inst, host = W.INSTITUTES["prairie"]
    rec = d("2026-10-26")
    y1 = dict(activity="institute", provider=inst, host=host, title="First-Year Clerks Institute", start=d("2015-05-04"),
              end=d("2015-05-08"), hours=34, location="Cass Valley, Kansas", signer=W.SIGNERS[12],
              signer_role="Program Coordinator", layout="security", same_as="heartland_y1")
    files = [
        File("heartland_y1.pdf", [certificate(person="Priyanka Rao", **y1)]),  # type: ignore[arg-type]
        File("heartland_y1_copy.pdf", [certificate(person="Priyanka Rao", **y1)], mode="photocopy"),  # type: ignore[arg-type]
        File("heartland_y2.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Second-Year Clerks Institute", person="Priyanka R. Dunleavy",
            start=d("2016-05-02"), end=d("2016-05-06"), hours=34, location="Cass Valley, Kansas", signer=W.SIGNERS[12],
            signer_role="Program Coordinator", layout="ornate")]),
        File("heartland_y3.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Third-Year Clerks Institute", person="Winifred Castellanos",
            start=d("2017-05-01"), end=d("2017-05-05"), hours=34, location="Cass Valley, Kansas", signer=W.SIGNERS[12],
            signer_role="Program Coordinator", layout="classic")]),
        File("hr_county.pdf", [employment_letter(
            person=p, employer=W.TOWNS["tessendale"], sector="local", position="Deputy County Clerk",
            start=d("2019-01-07"), end=None, received=rec, etype="full_time", admin=True, signer=W.SIGNERS[13],
            signer_role="County Administrator", issued=d("2026-10-05"), style="labels", head="band")]),
        File("hr_state.pdf", [employment_letter(
            person="Priyanka Rao", employer=W.STATE_AGENCIES["ks_revenue"], sector="state_federal",
            position="Administrative Specialist", start=d("2012-04-16"), end=d("2018-12-21"), received=rec,
            etype="full_time", admin=True, signer=W.SIGNERS[14], signer_role="Personnel Officer",
            issued=d("2026-06-30"), style="memo", head="left")]),
        File("vocational.pdf", [certificate(
            activity="vocational", provider="Flint Hills Technical School", title="Business Records & Office Software",
            person=p, start=d("2021-02-01"), end=d("2021-03-15"), hours=24, location="Emporia, Kansas",
            signer=W.SIGNERS[15], signer_role="Dean of Continuing Education", layout="modern")]),
        File("athenian.pdf", [certificate(
            activity="athenian_dialogue", provider=W.IIMC, title="Athenian Leadership Dialogue: The Federalist Papers",
            person=p, start=d("2022-11-03"), hours=4, location="online via live video", signer=W.SIGNERS[16],
            signer_role="Dialogue Facilitator", assessment=True, layout="security")]),
        File("conference_league.pdf", [certificate(
            activity="conference", provider="League of Kansas Municipalities", title="Annual Conference 2023",
            person=p, start=d("2023-10-07"), end=d("2023-10-09"), hours=13, location="Wichita, Kansas",
            signer=W.SIGNERS[17], signer_role="Executive Director", verb="attended", layout="modern")]),
    ]
    return Packet("cmc_tessendale", "CMC", {"name": p, "former_names": ["Priyanka Rao"], "member_id": "190233",
                                            "region": 6, "membership": "full"},
                  rec.isoformat(), files, "Former names on institute and HR records; a photocopied re-scan of the same "
                  "certificate (DUPLICATE on the later path); a colleague's certificate sent by mistake (NAME_MISMATCH); "
                  "state and county HR letters; vocational school; Athenian Dialogue; league conference by hours.",
                  "former names, DUPLICATE (photocopy), NAME_MISMATCH, state_admin, vocational")


def brackwater() -> Packet:
    p = "Teodoro Balcázar"
    inst, host = W.INSTITUTES["northeast"]
    rec = d("2026-09-30")
    files = [
        File("IMG_4471.jpg", [certificate(
            activity="institute", provider=inst, host=host, title="Clerks Institute Level 1", person=p,
            start=d("2020-08-03"), end=d("2020-08-07"), hours=30, location="Northgate, New York",
            signer=W.SIGNERS[18], signer_role="Institute Director", layout="classic")], mode="jpeg"),
        File("institute_level2.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Clerks Institute Level 2", person=p,
            start=d("2021-08-02"), end=d("2021-08-06"), hours=None, location="Northgate, New York",
            signer=W.SIGNERS[18], signer_role="Institute Director", layout="security")]),
        File("institute_level3.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Clerks Institute Level 3", person="Balcazar, Teodoro",
            start=d("2022-08-01"), end=d("2022-08-05"), hours=31.5, location="Northgate, New York",
            signer=W.SIGNERS[18], signer_role="Institute Director", layout="ornate")]),
        File("records_course.pdf", [certificate(
            activity="course", provider=W.TRAINERS["records"], title="Retention Schedules in Practice", person=p,
            start=None, hours=12, location="Syracuse, New York", signer=W.SIGNERS[19], signer_role="Lead Trainer",
            layout="modern")]),
        File("hr_village.pdf", [employment_letter(
            person=p, employer=W.TOWNS["brackwater"], sector="local", position="Village Clerk-Treasurer",
            start=d("2018-05-29"), end=None, received=rec, etype=None, admin=True, signer="Ottoline Parkhurst",
            signer_role="Mayor", issued=d("2026-09-09"), style="labels", head="centered", pronoun="he")]),
        File("letter.pdf", [_unsupported()], mode="corrupt"),
        File("mayor_letter.pdf", [service_letter(
            activity="committee_member", person=p, provider=W.ASSOCIATIONS["ny"], title="Legislative Committee",
            start=d("2021-04-01"), end=d("2024-04-01"), signer="Lucinda Balcázar", signer_role="Deputy Mayor",
            issued=d("2026-08-22"), relationship="husband", head="left",
            letterhead_name="Office of the Deputy Mayor, Village of Upper Brackwater")]),
        File("nyvtcg_conference.pdf", [certificate(
            activity="conference", provider=W.ASSOCIATIONS["ny"], title="Spring Training School", person=p,
            start=d("2025-04-27"), end=d("2025-04-30"), hours=22, location="Saratoga Springs, New York",
            signer=W.SIGNERS[1], signer_role="Guild President", verb="attended", layout="modern")]),
    ]
    return Packet("cmc_brackwater", "CMC", {"name": p, "member_id": "255310", "region": 1, "membership": "full"},
                  rec.isoformat(), files, "A phone photo (JPEG) of a certificate; an institute certificate without hours "
                  "(MISSING_HOURS); a course certificate without a date (MISSING_DATE); a Word file saved as letter.pdf "
                  "(UNSUPPORTED_FILE); a committee letter from the applicant's wife (RELATIVE_AUTHOR); accents and "
                  "a surname-first name.", "JPEG, MISSING_HOURS, MISSING_DATE, UNSUPPORTED_FILE, RELATIVE_AUTHOR")


def castellan() -> Packet:
    p = "Evangelina Pruitt"
    inst, host = W.INSTITUTES["desert"]
    rec = d("2026-11-12")
    files = [
        File("a_institute_online.pdf", [online_record(
            activity="institute", provider=inst, title="Online Module: Public Records Requests", person=p,
            end=d("2023-02-17"), hours=8, delivery="online", assessment=True, score="92%")]),
        File("b_institute.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Summer Institute 2023", person=p,
            start=d("2023-06-05"), end=d("2023-06-09"), hours=35, location="Flagstaff, Arizona",
            signer=W.SIGNERS[2], signer_role="Director", layout="classic"),
            certificate(activity="institute", provider=inst, host=host, title="Summer Institute 2024", person=p,
                        start=d("2024-06-03"), end=d("2024-06-07"), hours=35, location="Flagstaff, Arizona",
                        signer=W.SIGNERS[2], signer_role="Director", layout="ornate")]),
        File("c_hybrid.pdf", [online_record(
            activity="state_course", provider=W.ASSOCIATIONS["az"], title="Election Canvass Procedures (blended)",
            person=p, end=d("2024-09-12"), hours=3, delivery="hybrid", assessment=True)]),
        File("d_short_session.pdf", [certificate(
            activity="state_course", provider=W.ASSOCIATIONS["az"], title="Lunch & Learn: Notary Refresher", person=p,
            start=d("2024-11-06"), hours=0.5, location="Phoenix, Arizona", signer=W.SIGNERS[3],
            signer_role="Education Chair", course_review="Course Review approved by IIMC", layout="modern")]),
        File("e_iimc_online.pdf", [online_record(
            activity="iimc_online", provider=W.IIMC, title="IIMC Online: Roberts Rules Essentials", person=p,
            end=d("2025-03-03"), hours=5, delivery="online", assessment=True)]),
        File("f_cdrom.pdf", [certificate(
            activity="cd_rom", provider=W.IIMC, title="CD-ROM Course: Records Disaster Recovery", person=p,
            start=d("2019-10-10"), signer=W.SIGNERS[8], signer_role="Education Director", layout="modern")]),
        File("g_blank_scan.pdf", [_blank()], mode="blank"),
        File("h_hr_city.pdf", [employment_letter(
            person=p, employer=W.TOWNS["castellan"], sector="local", position="City Clerk",
            start=d("2014-01-13"), end=d("2025-12-31"), received=rec, etype="full_time", admin=True,
            signer=W.SIGNERS[4], signer_role="Human Resources Manager", issued=d("2026-01-15"), style="table",
            head="sidebar")]),
        File("i_region_meeting.pdf", [certificate(
            activity="conference", provider="IIMC Region VIII", title="Region VIII Meeting", person=p,
            start=d("2025-09-18"), end=d("2025-09-19"), location="Tucson, Arizona", signer=W.SIGNERS[5],
            signer_role="Region VIII Director", verb="attended", layout="classic")]),
    ]
    return Packet("cmc_castellan", "CMC", {"name": p, "member_id": "276551", "region": 8, "membership": "full"},
                  rec.isoformat(), files, "Online institute module with assessment; two certificates in one file; a hybrid "
                  "course under 4 hours and a half-hour session (BELOW_MINIMUM_HOURS); an IIMC online course (points "
                  "left to a reviewer); a CD-ROM course; a blank scan (UNREADABLE); an ended HR letter; a region "
                  "meeting by its dates.", "online rule, BELOW_MINIMUM_HOURS x2, null points, UNREADABLE, ended job")


def oriel() -> Packet:
    p = "Bartholomew Nakashima"
    inst, host = W.INSTITUTES["keystone"]
    rec = d("2026-10-08")
    docs = [
        application_form(person=p, program="CMC", member_id="288002", items=["Certificates", "HR letter", "Letters"]),
        certificate(activity="institute", provider=inst, host=host, title="Clerks Institute - Part One", person=p,
                    start=d("2021-10-18"), end=d("2021-10-22"), hours=36, location="Bellweather, Pennsylvania",
                    signer=W.SIGNERS[6], signer_role="Director", layout="ornate"),
        certificate(activity="institute", provider=inst, host=host, title="Clerks Institute - Part Two", person=None,
                    start=d("2022-10-17"), end=d("2022-10-21"), hours=36, location="Bellweather, Pennsylvania",
                    signer=W.SIGNERS[6], signer_role="Director", layout="classic"),
        certificate(activity="institute", provider=inst, host=host, title=None, person=p,
                    start=d("2023-10-16"), end=d("2023-10-20"), hours=36, location="Bellweather, Pennsylvania",
                    signer=W.SIGNERS[6], signer_role="Director", layout="security"),
        transcript(person_printed="Bartholomew Nakashima", college=W.UNIVERSITIES["ambrose"], registrar=W.SIGNERS[7],
                   issued=d("2026-05-20"), field="pa", terms=[f"{s} {y + k}" for y in (2003, 2004, 2005, 2006) for k, s in ((0, "Autumn"), (1, "Spring"))],
                   degree="Bachelor of Arts in Political Science", conferred=d("2007-05-12")),
        employment_letter(person=p, employer=W.TOWNS["oriel"], sector="local", position="Borough Clerk",
                          start=d("2013-02-04"), end=None, received=rec, etype="full_time", admin=None,
                          signer=W.SIGNERS[9], signer_role="Borough Administrator", issued=d("2026-09-14"),
                          style="prose", head="band", pronoun="he"),
        service_letter(activity="on_the_job", person=p, provider=W.TOWNS["oriel"].name, title="Codification of the Borough Code",
                       start=d("2024-01-01"), end=d("2024-09-01"), hours=60, signer=p, signer_role="Borough Clerk",
                       issued=d("2026-09-01"), first_person=True, head="centered"),
        certificate(activity="conference", provider=W.ASSOCIATIONS["nj"], title="Annual Clerks Conference", person=p,
                    start=d("2025-09-23"), end=d("2025-09-25"), hours=14, location="Atlantic City, New Jersey",
                    signer=W.SIGNERS[10], signer_role="President", verb="attended", layout="modern"),
        service_letter(activity="committee_chair", person=p, provider=W.ASSOCIATIONS["nj"], title="Technology Committee",
                       start=d("2023-01-01"), end=d("2025-12-01"), years=3, years_text="three terms", signer=W.SIGNERS[11],
                       signer_role="Association President", issued=d("2026-02-03"), head="sidebar"),
    ]
    return Packet("cmc_oriel", "CMC", {"name": p, "member_id": "288002", "region": 2, "membership": "full"},
                  rec.isoformat(), [File("cmc_oriel.pdf", docs)],
                  "Scanner shape without separators: an application form, an institute certificate with a blank name "
                  "line (MISSING_NAME), one without a title (MISSING_TITLE), a PS degree, a clerk letter silent on "
                  "administration, the applicant's own letter (FIRST_PERSON), a conference by hours, a chair letter "
                  "counted as committee service.", "single PDF, MISSING_NAME, MISSING_TITLE, FIRST_PERSON", single=True)


def halbrook() -> Packet:
    p = "Sunniva Halloran"
    rec = d("2026-11-20")
    inst, host = W.INSTITUTES["prairie"]
    files = [
        File("diploma.pdf", [diploma(person=p, college=W.UNIVERSITIES["northgate"], degree="Bachelor of Science in Biology",
                                     conferred=d("2009-05-16"), same_as="bs_bio")]),
        File("transcript.pdf", [transcript(
            person_printed="Halloran, Sunniva", college=W.UNIVERSITIES["northgate"], registrar=W.SIGNERS[12],
            issued=d("2026-03-03"), field="bio", terms=[f"{s} {y + k}" for y in (2005, 2006, 2007, 2008) for k, s in ((0, "Fall"), (1, "Spring"))],
            degree="Bachelor of Science in Biology", conferred=d("2009-05-16"), layout="plain", same_as="bs_bio")]),
        File("hr_parish_1.pdf", [employment_letter(
            person=p, employer=W.TOWNS["halbrook"], sector="local", position="Administrative Assistant to the Parish Administrator",
            start=d("2010-07-01"), end=d("2016-06-30"), received=rec, etype="full_time", admin=True,
            signer=W.SIGNERS[13], signer_role="Parish Administrator", issued=d("2026-04-02"), style="table", head="centered")]),
        File("hr_parish_2.pdf", [employment_letter(
            person=p, employer=W.TOWNS["halbrook"], sector="local", position="Deputy Clerk of the Police Jury",
            start=d("2016-07-01"), end=None, received=rec, etype="part_time", admin=False,
            signer=W.SIGNERS[13], signer_role="Parish Administrator", issued=d("2026-04-02"), style="labels", head="centered")]),
        File("iimc_2007.pdf", [certificate(
            activity="annual_conference", provider=W.IIMC, title="61st Annual Conference", person=p,
            start=d("2007-05-20"), end=d("2007-05-23"), location="Reno, Nevada", signer=W.SIGNERS[14],
            signer_role="IIMC President", verb="attended", layout="ornate")]),
        File("iimc_2023.pdf", [certificate(
            activity="annual_conference", provider=W.IIMC, title="77th Annual Conference", person=p,
            start=d("2023-05-21"), end=d("2023-05-24"), hours=16, location="Niagara Falls, New York",
            signer=W.SIGNERS[15], signer_role="IIMC President", verb="attended", layout="classic")]),
        File("region_iv.pdf", [certificate(
            activity="conference", provider="IIMC Region IV", title="Region IV Spring Meeting", person=p,
            start=d("2024-03-14"), end=d("2024-03-15"), days=2, location="Biloxi, Mississippi",
            signer=W.SIGNERS[16], signer_role="Region IV Director", verb="attended", layout="modern")]),
        File("state_course.pdf", [certificate(
            activity="state_course", provider=W.ASSOCIATIONS["la"], title="Public Bid Law for Clerks", person=p,
            start=d("2025-02-12"), end=d("2025-02-13"), hours=10, location="Baton Rouge, Louisiana",
            signer=W.SIGNERS[17], signer_role="Education Chair", course_review="IIMC Course Review #LA-25-014",
            layout="security")]),
        File("institute_y1.pdf", [certificate(
            activity="institute", provider=inst, host=host, title="Clerks Institute Year One", person=p,
            start=d("2024-05-06"), end=d("2024-05-10"), hours=33, location="Cass Valley, Kansas",
            signer=W.SIGNERS[12], signer_role="Program Coordinator", layout="classic")], mode="photocopy"),
    ]
    return Packet("cmc_halbrook", "CMC", {"name": p, "member_id": "310045", "region": 4, "membership": "full"},
                  rec.isoformat(), files, "A diploma and the transcript of the same biology degree (the later path is the "
                  "DUPLICATE); two parish HR letters (local non-clerk full-time, part-time deputy clerk without "
                  "administration); a 2007 and a 2023 Annual Conference (4 and 8) placed by R9; a region meeting by days; "
                  "a photocopied institute certificate.", "diploma+transcript DUPLICATE, unrelated degree, pre-2009 conference")
