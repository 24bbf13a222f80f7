"""CMC packets of the cedar set (and the helpers the MMC packets share)."""
from __future__ import annotations

import io
import zipfile

from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from . import certificates as C
from . import drawing as g
from . import letters as L
from . import records as R
from . import world as Wd
from .truth import BLANK, Doc, File, Packet, per, whole_years

EDU, EXP = "cmc_education", "cmc_experience"
GRADES = ["A", "B+", "A-", "B", "A", "A-", "B+", "A"]


# ---------------------------------------------------------------- helpers
def manifest(name, program, region, received, member_id, former=None, prior=None, membership="full"):
    a = {"name": name}
    if former:
        a["former_names"] = former
    a.update({"member_id": member_id, "region": region, "membership": membership})
    m = {"applicant": a, "program": program}
    if prior:
        m["prior_designation_date"] = prior
    m["received_date"] = received
    return m


def cert(credit=(), flags=(), stamps=(), **k):
    d = C.certificate(**k)
    d.credit = list(credit)
    d.flag(*flags)
    for s in stamps:
        stamp(d, *s)
    return d


def stamp(d, label, sub="", page=0, x=0.78, y=0.9, angle=12, color=g.RED):
    d.stamps.append((page, label, sub, x, y, angle, color))
    return d


def single(*alts):
    return [alts] if alts and isinstance(alts[0], str) else list(alts)


def unsupported(name, raw):
    return File(name, raw=raw, raw_doc=Doc("other", {}, [], flags=["UNSUPPORTED_FILE"]))


def docx_bytes(text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, body in (("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                        ("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>')):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(zi, body)
    return b.getvalue()


def _simple_pdf(lines, encrypt=None):
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1, encrypt=encrypt)
    y = 700
    for ln in lines:
        c.drawString(72, y, ln)
        y -= 16
    c.showPage()
    c.save()
    return b.getvalue()


def corrupt_pdf(lines):
    data = _simple_pdf(lines)
    return data[: len(data) // 3] + b"\x00\x13garbled-transfer\x00" * 4


def encrypted_pdf(lines):
    return _simple_pdf(lines, pdfencrypt.StandardEncryption("clerk2026", "owner-cedar", canPrint=0, strength=40))


def tiny_png():
    from PIL import Image
    b = io.BytesIO()
    Image.new("L", (1, 1), 255).save(b, "PNG")
    return b.getvalue()


def blank_doc(pages=1):
    return Doc("other", {}, [lambda c, w, h, rng: None] * pages, flags=["UNREADABLE"], text_source="ocr")


def app_form(person, program, member_id, town_key, position, region, email):
    return R.application_form(person.full, program, member_id, Wd.TOWNS[town_key][0], position, region, email)


def sched(days, titles, hours_each):
    out = []
    i = 0
    for d in days:
        for _ in range(len(titles) // len(days)):
            out.append((d, titles[i], hours_each[i]))
            i += 1
    return out


# ---------------------------------------------------------------- packets
def c01():
    P = Wd.ROSALIND
    inst, host = Wd.INSTITUTES["cascadia"]
    dir_a = Wd.SIGNERS["inst_dir_a"]
    y1_titles = ["Roles of the Municipal Clerk", "Records Management I", "Ethics and the Public Trust",
                 "Meeting Administration", "Parliamentary Procedure", "Budget Fundamentals",
                 "Communication Skills", "Election Basics", "Open Public Meetings Law", "Capstone Review"]
    y1 = cert([(EDU, "cmc.education.institute", per(30, 2))], style="classic", border="guilloche",
              applicant_name=P.full, provider=inst, provider_sub=f"in partnership with {host}",
              title="Year 1", verb="has completed the curriculum of", location="Greywillow, Vermont",
              start_date="2021-07-12", end_date="2021-07-16", hours=30, hours_style="contact",
              signatory=dir_a[0], office=dir_a[1], activity="institute",
              schedule=sched(["2021-07-12", "2021-07-13", "2021-07-14", "2021-07-15", "2021-07-16"], y1_titles,
                             [3] * 10))
    y2 = cert([(EDU, "cmc.education.institute", per(30, 2))], style="modern", color=g.NAVY,
              applicant_name=P.full, provider=inst, heading="Certificate of Completion",
              lead="This certificate is presented to", verb="for completing", title="Year 2",
              location="Greywillow, Vermont", location_prefix="in ", start_date="2022-07-11",
              end_date="2022-07-15", date_style="abbr", hours=30, hours_style="earned",
              signatory=dir_a[0], office=dir_a[1], activity="institute", cert_no="No. CMCI-22-0417")
    y3 = cert([(EDU, "cmc.education.institute", per(30, 2))], style="grid", paper="wave",
              applicant_name=P.full, provider=inst, provider_lines=[host, "Greywillow, Vermont"],
              title="Year 3", title_label="Program level", location="Greywillow State University, Greywillow, Vermont",
              start_date="2023-07-10", end_date="2023-07-14", hours=30, hours_style="contact",
              signatory=dir_a[0], office=dir_a[1], second_signer=("Ansel Gutierrez-Moore", "Dean of Continuing Studies"),
              activity="institute")
    col, office, place = Wd.COLLEGES["tamsin_cc"]
    tr = R.transcript(P.full, col, office, place, [
        ("Fall Quarter 2006", [("PS 101", "American Government", 5.0, "A"), ("EN 110", "College Composition", 5.0, "B+"),
                               ("MA 105", "College Algebra", 5.0, "B")]),
        ("Winter Quarter 2007", [("PS 120", "State and Local Government", 5.0, "A-"), ("HI 201", "United States History", 5.0, "B"),
                                 ("CO 115", "Public Speaking", 4.0, "A")]),
        ("Spring Quarter 2007", [("PS 210", "Introduction to Public Policy", 5.0, "A"), ("EC 201", "Principles of Economics", 5.0, "B+"),
                                 ("BI 100", "Survey of Biology", 5.0, "B-")]),
        ("Fall Quarter 2007", [("PS 230", "Comparative Politics", 5.0, "A-"), ("SO 101", "Introduction to Sociology", 5.0, "A"),
                               ("CS 110", "Computer Applications", 4.0, "A")]),
        ("Winter Quarter 2008", [("PS 240", "Constitutional Law", 5.0, "B+"), ("PH 120", "Ethics", 5.0, "A"),
                                 ("ST 210", "Statistics", 5.0, "B")]),
        ("Spring Quarter 2008", [("PS 290", "Political Science Seminar", 5.0, "A"), ("AR 101", "Art Appreciation", 5.0, "A"),
                                 ("PE 100", "Lifetime Fitness", 3.0, "P")]),
    ], "2026-09-08", style="quarter", degree="Associate of Arts in Political Science", degree_date="2008-06-13",
        student_id="TV-0081735", unit="Quarter Hours", rows_per_page=16)
    tr.credit = [(EDU, "cmc.education.associate_related", 5.0)]
    town, _, state = Wd.TOWNS["tamsin"]
    hr_name, hr_off = Wd.SIGNERS["hr_a"]
    hr = L.employment(P.full, town, ["Human Resources Department", "410 Harbor Street, Tamsin Harbor, Oregon 97141",
                                     "Tel. (503) 555-0142"],
                      "Deputy City Recorder", "2016-03-14", None, "2026-10-19", hr_name, hr_off, "2026-09-30",
                      employment_type="full_time", type_phrase="This is a regular full-time position of forty hours per week.",
                      administrative=True, admin_phrase="In this role Ms. Okafor-Brandt supervises two records technicians and manages the office's public records requests.",
                      duties=("preparing council agendas and minutes", "administering municipal elections", "maintaining the city's official records"),
                      footer="City of Tamsin Harbor \u2022 An Equal Opportunity Employer \u2022 www.tamsinharbor.example",
                      two_pages=True)
    hr.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2016-03-14", "2026-10-19"))]
    exec_ = Wd.SIGNERS["iimc_exec"]
    ac = cert([(EDU, "cmc.education.annual_conference", 8.0), (EXP, "cmc.experience.annual_conference", 8.0)],
              style="classic", landscape=True, applicant_name=P.full, provider=Wd.IIMC, heading="Certificate of Attendance",
              verb="attended the", title="77th Annual Conference", location="Pinecrest Landing, Arizona",
              start_date="2023-05-20", end_date="2023-05-24", hours=18.5, hours_style="inclass",
              signatory=exec_[0], office=exec_[1], second_signer=Wd.SIGNERS["iimc_pres"], seal_text="International Institute of Municipal Clerks",
              activity="annual_conference")
    rm = cert([(EXP, "cmc.experience.conference", per(10, 4))], style="letterform",
              applicant_name=P.full, provider=Wd.ASSOCIATIONS["oregon"],
              provider_lines=["Host of the IIMC Region IX Meeting", "PO Box 2280, Salem, Oregon"],
              heading="CERTIFICATE OF ATTENDANCE", verb="attended the", title="IIMC Region IX Meeting",
              location="Tamsin Harbor, Oregon", start_date="2024-03-07", end_date="2024-03-08",
              date_prefix_span="on ", hours=10, hours_style="credit",
              signatory=Wd.SIGNERS["assoc_pres_a"][0], office=Wd.SIGNERS["assoc_pres_a"][1],
              activity="conference", issue_date="2024-03-15")
    ag = R.agenda(Wd.ASSOCIATIONS["oregon"], "IIMC Region IX Meeting", "2024-03-07", "2024-03-08", "Tamsin Harbor, Oregon", [
        ("2024-03-07", [("8:00 AM", "Registration and Breakfast", ""), ("9:00 AM", "Welcome and Region Report", "Region IX Director"),
                        ("10:15 AM", "Public Records in the Cloud", "Marisol Eberhardt"), ("1:30 PM", "Elections Security Roundtable", "Panel")]),
        ("2024-03-08", [("8:30 AM", "Motivating Your Team", "Rupert Oyelaran"), ("10:00 AM", "Legislative Update", "Hollis Greer"),
                        ("11:30 AM", "Closing Remarks", "")]),
    ], style="table")
    chair = Wd.SIGNERS["comm_a"]
    cm = L.service_letter(P.full, Wd.ASSOCIATIONS["oregon"], ["PO Box 2280", "Salem, Oregon 97308"], "Membership Committee",
                          chair[0], chair[1], "2025-01-20", "committee_member",
                          [f"It is my pleasure to confirm that {P.full} served as a member of the Association's Membership Committee "
                           "from January 2022 through December 2024, a period of three years.",
                           "Her work on our mentoring program for new clerks was especially valued."],
                          start_date="2022-01-01", end_date="2024-12-31", years=3)
    cm.credit = [(EXP, "cmc.experience.committee_member", 3.0)]
    stamp(tr, "CERTIFIED COPY", "REGISTRAR", 0, 0.8, 0.2, -8, g.STAMP_BLUE)
    stamp(hr, "RECEIVED", "OCT 19 2026", 0, 0.8, 0.93, 6)
    files = [File("02-institute-year1.pdf", [y1]), File("03-institute-year2.pdf", [y2]),
             File("04-institute-year3.pdf", [y3]), File("05-transcript.pdf", [tr]), File("06-hr-letter.pdf", [hr]),
             File("07-annual-conference.pdf", [ac]), File("08-region-meeting.pdf", [rm]), File("09-agenda.pdf", [ag]),
             File("10-committee.pdf", [cm])]
    return Packet("c01-tamsin-harbor", manifest(P.full, "CMC", 9, "2026-10-19", "311904"), files,
                  "CMC, region 9: a three-year institute in three certificate styles (one with a session table), an "
                  "associate degree on a three-page quarter-hour transcript, a two-page HR letter 'to present' hitting the 40-point "
                  "cap, an Annual Conference placed by R9, a region meeting by hours, a committee letter.")


def c02():
    P = Wd.DMITRI
    inst = Wd.INSTITUTES["sonoran"][0]
    dir_b = Wd.SIGNERS["inst_dir_b"]
    app = app_form(P, "CMC", "298812", "fallow", "City Secretary", 6, "dvhale@fallowcreek.example")
    sc = cert([(EDU, "cmc.education.state_course", per(12, 4))], style="grid", applicant_name=P.full,
              provider=Wd.ASSOCIATIONS["texas"], provider_lines=["Austin, Texas"], mark="LSMCA",
              title="Records Retention and Disposition", title_label="Course", start_date="2023-02-09", end_date="2023-02-10",
              location="Fallow Creek, Texas", hours=12, hours_style="contact",
              course_review_line="IIMC Course Review No. 2023-118", course_review=True,
              signatory=Wd.SIGNERS["assoc_pres_b"][0], office=Wd.SIGNERS["assoc_pres_b"][1], activity="state_course")
    col, office, place = Wd.COLLEGES["harrowfield"]
    terms = []
    cat = [("PAD", "Public Administration"), ("POL", "Political Science"), ("ECO", "Economics"), ("ENG", "English"),
           ("HIS", "History"), ("MTH", "Mathematics")]
    titles = ["Foundations of Public Administration", "Introduction to Political Science", "Microeconomics",
              "Academic Writing", "World Civilizations", "Finite Mathematics", "Public Budgeting", "Urban Politics",
              "Macroeconomics", "Technical Writing", "American History since 1877", "Statistics for Social Science",
              "Public Personnel Management", "Administrative Law", "Public Finance", "Research Methods",
              "Intergovernmental Relations", "Geography of Cities", "Organizational Behavior", "Policy Analysis",
              "Ethics in Government", "Records and Information Management", "Nonprofit Management",
              "Senior Capstone in Public Administration"]
    sems = ["Fall 2008", "Spring 2009", "Fall 2009", "Spring 2010", "Fall 2010", "Spring 2011", "Fall 2011", "Spring 2012"]
    k = 0
    for s in sems:
        cs = []
        for j in range(3):
            pre = cat[(k + j) % 6][0]
            cs.append((f"{pre} {200 + k * 3 + j}", titles[k % len(titles)], 3.0 if k % 7 else 4.0, GRADES[k % 8]))
            k += 1
        terms.append((s, cs))
    tr = R.transcript(P.full, col, office, place, terms, "2026-08-21", style="semester",
                      degree="Bachelor of Science in Public Administration", degree_date="2012-05-19", student_id="H-44019822",
                      unit="Credits", major="Public Administration", rows_per_page=20)
    tr.credit = [(EDU, "cmc.education.bachelor_related", 20.0)]
    town = Wd.TOWNS["fallow"][0]
    hr_name, hr_off = Wd.SIGNERS["hr_b"]
    hr = L.employment(P.full, town, ["Human Resources", "200 W. Mesquite Avenue", "Fallow Creek, Texas 76401"],
                      "City Secretary", "2014-08-01", "2022-07-31", "2026-11-09", hr_name, hr_off, "2026-10-02",
                      employment_type="full_time", type_phrase="Mr. Vasquez-Hale held this position on a full-time basis.",
                      administrative=True, admin_phrase="As City Secretary he directed the City Secretary's Office and supervised a staff of three.",
                      duties=("custodian of the city seal and official records", "election administrator for all city elections",
                              "clerk to the City Council", "coordinator of public information requests", "records management officer"),
                      lh_style="band", color=g.MAROON, two_pages=True, date_fmt="us",
                      footer="200 W. Mesquite Avenue \u2022 Fallow Creek, TX 76401 \u2022 (940) 555-0170")
    hr.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2014-08-01", "2022-07-31"))]
    l1 = cert([(EDU, "cmc.education.institute", per(24, 2))], style="classic", applicant_name=P.full, provider=inst,
              provider_sub="Pinecrest Community College", title="Level 1", verb="has successfully completed",
              location="Pinecrest Landing, Arizona", start_date="2015-01-26", end_date="2015-01-30", hours=24,
              hours_style="words", signatory=dir_b[0], office=dir_b[1], activity="institute", border="double", color=g.MAROON)
    l2 = cert([(EDU, "cmc.education.institute", per(26, 2))], style="classic", applicant_name=P.full, provider=inst,
              provider_sub="Pinecrest Community College", title="Level 2", verb="has successfully completed",
              location="Pinecrest Landing, Arizona", start_date="2016-01-25", end_date="2016-01-29", hours=26,
              hours_style="words", signatory=dir_b[0], office=dir_b[1], activity="institute", border="double", color=g.MAROON,
              schedule=[("2016-01-25", "Leadership and Change", 6), ("2016-01-26", "Advanced Records Management", 6),
                        ("2016-01-27", "Financial Oversight for Clerks", 5), ("2016-01-28", "Conflict Resolution", 5),
                        ("2016-01-29", "Legislative Process", 4)])
    wb = cert([(EDU, "cmc.education.state_course", per(2, 4))], style="modern", applicant_name=P.full,
              provider=Wd.ASSOCIATIONS["texas"], heading="Webinar Certificate", lead="Awarded to",
              verb="for completing the live webinar", title="Texas Public Information Act Update",
              start_date="2024-04-17", end_date="2024-04-17", hours=2, hours_style="contact",
              delivery_line="Delivered as a live interactive webinar", delivery="webinar",
              assessment_line="Learning assessment completed: score 90%", assessment=True,
              course_review_line="Approved through IIMC Course Review", course_review=True,
              signatory=Wd.SIGNERS["assoc_pres_b"][0], office=Wd.SIGNERS["assoc_pres_b"][1], activity="state_course")
    ag = R.agenda(Wd.ASSOCIATIONS["texas"], "Records Retention and Disposition", "2023-02-09", "2023-02-10", "Fallow Creek, Texas", [
        ("2023-02-09", [("8:30", "Retention schedules explained", "Beatriz Holloway"), ("10:30", "Disposition and destruction logs", "Beatriz Holloway"),
                        ("1:00", "Electronic records and e-mail", "Nolan Fitzhugh")]),
        ("2023-02-10", [("8:30", "Imaging standards", "Nolan Fitzhugh"), ("10:30", "Course assessment", "")]),
    ], style="twocol", landscape_page=True)
    items = [app, sc, BLANK, tr, hr, l1, l2, wb, ag]
    return Packet("c02-fallow-creek", manifest(P.full, "CMC", 6, "2026-11-09", "298812"),
                  [File("c02-fallow-creek.pdf", items, image_only=True)],
                  "CMC, region 6, one scanned PDF of the whole envelope (image only, with a blank separator sheet): "
                  "a course-reviewed state course, a three-page degree transcript, a two-page HR letter with an end "
                  "date, institute levels 1 and 2 (one with a session page), a webinar with assessment, a two-column agenda.",
                  single_pdf=True)


def c03():
    P = Wd.ANNELIESE
    former = "Anneliese M. Brask"
    inst, host = Wd.INSTITUTES["lakes"]
    dir_c = Wd.SIGNERS["inst_dir_c"]
    s3 = cert([(EDU, "cmc.education.institute", per(28, 2))], style="classic", applicant_name=former, provider=inst,
              provider_sub=host, title="Session 3", verb="has completed", location="Larkhaven, Wisconsin",
              start_date="2019-10-14", end_date="2019-10-18", hours=28, hours_style="inclass",
              assessment_line="Assessment completed and reviewed by the instructors", assessment=True,
              signatory=dir_c[0], office=dir_c[1], activity="institute", color=g.FOREST, seal_color=g.FOREST,
              schedule=[("2019-10-14", "Conflict Management", 6), ("2019-10-15", "Records Technology", 6),
                        ("2019-10-16", "Budgeting", 6), ("2019-10-17", "Public Relations", 6), ("2019-10-18", "Assessment Day", 4)])
    edu = Wd.SIGNERS["iimc_edu"]
    aca = cert([(EDU, "cmc.education.conference_academy", 2.0)], style="modern", applicant_name=P.full, provider=Wd.IIMC,
               heading="Academy Certificate", lead="Awarded to", verb="for completing the Annual Conference Academy session",
               title="Records Management in a Digital Age", location="Larkhaven, Wisconsin", start_date="2022-05-14",
               end_date="2022-05-14", hours=3, hours_style="contact", signatory=edu[0], office=edu[1],
               activity="conference_academy")
    ath = cert([(EDU, "cmc.education.athenian_dialogue", 3.0)], style="classic", applicant_name=P.full, provider=Wd.IIMC,
               heading="Athenian Leadership Society", lead="certifies that", verb="has participated in the Dialogue",
               title="Team of Rivals", location="North Ashcombe, Illinois", start_date="2021-02-10", end_date="2021-02-10",
               assessment_line="with completed assessment", assessment=True, signatory=edu[0], office=edu[1],
               activity="athenian_dialogue", border="corners")
    col, office, place = Wd.COLLEGES["prairie"]
    tr = R.transcript(P.full, col, office, place, [
        ("Spring Semester 2017", [("POLS 1100", "American National Government", 3, "A"), ("PADM 2100", "Introduction to Public Service", 3, "A-")]),
        ("Fall Semester 2017", [("PADM 2300", "Local Government Administration", 3, "B+"), ("COMM 1010", "Business Communication", 3, "A")]),
        ("Spring Semester 2018", [("PADM 3200", "Public Records and Privacy", 3, "A"), ("ACCT 1200", "Governmental Accounting I", 3, "B")]),
    ], "2026-07-14", style="ledger", student_id="PL-5529", unit="Semester Hours", rows_per_page=8, printed_name=None)
    tr.credit = [(EXP, "cmc.experience.college_credits", 18.0)]
    town = Wd.TOWNS["ashcombe"][0]
    hr_name, hr_off = Wd.SIGNERS["hr_c"]
    hr = L.employment(P.full, town, [], "Village Clerk", "2015-05-01", "2025-04-30", "2026-10-05", hr_name, hr_off,
                      "2026-08-12", employment_type="part_time", type_phrase="Part-time, 24 hours per week",
                      administrative=True, admin_phrase="The Village Clerk is responsible for the administration of the Clerk's Office and supervises the office's part-time receptionist.",
                      style="memo", date_fmt="us", footer="Village of North Ashcombe \u2022 15 Mill Pond Road \u2022 North Ashcombe, IL 60095")
    hr.credit = [(EXP, "cmc.experience.clerk_part_time_admin", 2.0 * whole_years("2015-05-01", "2025-04-30"))]
    ol = cert([], ["BELOW_MINIMUM_HOURS"], style="grid", applicant_name=P.full, provider=Wd.ASSOCIATIONS["illinois"],
              provider_lines=["Springfield, Illinois"], title="Freedom of Information Basics", title_label="Online course",
              start_date="2023-03-01", end_date="2023-03-01", hours=3, hours_style="contact",
              delivery_line="Fully online, self-paced", delivery="online", assessment_line="Passed (final quiz)", assessment=True,
              course_review_line="IIMC Course Review approved", course_review=True,
              signatory=Wd.SIGNERS["assoc_pres_c"][0], office=Wd.SIGNERS["assoc_pres_c"][1], activity="state_course", color=g.NAVY)
    ol2 = cert([(EXP, "cmc.experience.state_course", per(8, 4))], ["NO_ASSESSMENT"], style="modern",
               applicant_name=P.full, provider=Wd.ASSOCIATIONS["illinois"], heading="Certificate of Completion",
               verb="for completing the online course", title="Open Meetings Act Refresher", start_date="2023-09-05",
               end_date="2023-09-28", date_style="abbr", hours=8, hours_style="contact",
               delivery_line="Online course (no learning assessment was administered)", delivery="online", assessment=False,
               course_review_line="IIMC Course Review No. 2023-207", course_review=True,
               signatory=Wd.SIGNERS["assoc_pres_c"][0], office=Wd.SIGNERS["assoc_pres_c"][1], activity="state_course")
    rm_photo = cert([(EXP, "cmc.experience.conference", 2.0)], style="classic", applicant_name=P.full,
                    provider=Wd.ASSOCIATIONS["illinois"], heading="Certificate of Attendance", verb="attended the",
                    title="IIMC Region V Meeting", location="Springfield, Illinois", start_date="2022-04-21",
                    end_date="2022-04-22", extra_lines=["two (2) days of attendance"], days=2,
                    signatory=Wd.SIGNERS["assoc_pres_c"][0], office=Wd.SIGNERS["assoc_pres_c"][1], activity="conference")
    io_ = cert([(EDU, "cmc.education.iimc_online", None)], style="grid", applicant_name=P.full, provider=Wd.IIMC,
               provider_lines=[Wd.IIMC_ADDR], heading="Online Course Certificate", title="Ethics in Local Government",
               title_label="IIMC online course", start_date="2024-01-08", end_date="2024-02-16", hours=6, hours_style="contact",
               delivery_line="IIMC online learning", delivery="online", assessment_line="Completed (88%)", assessment=True,
               signatory=edu[0], office=edu[1], activity="iimc_online")
    files = [File("02-certificates.pdf", [s3, aca, ath]),
             File("03-transcript.pdf", [tr]), File("04-hr-memo.pdf", [hr]), File("05-online-course.pdf", [ol]),
             File("06-online-course.pdf", [ol2]), File("07-region-meeting.jpg", photo=rm_photo),
             File("08-iimc-online.pdf", [io_])]
    return Packet("c03-north-ashcombe", manifest(P.full, "CMC", 5, "2026-10-05", "277410", former=[former]), files,
                  "CMC, region 5: three certificates in one file (one under a former name, with a session page), college credits on a "
                  "two-page ledger transcript, a memo-style part-time HR record, an online course under 4 hours, an "
                  "online course without assessment, a phone photo of a region-meeting certificate stating days, "
                  "an IIMC online course (points for a reviewer).")



def c04():
    P = Wd.KWAME
    col, office, place = Wd.COLLEGES["stbrendan"]
    dip = C.diploma(P.full, col, "Bachelor of Arts in Music", "2004-05-22", "Sr. Margaret Keogh-Ibarra", "President",
                    place, g.MAROON)
    dip.credit = [(EDU, "cmc.education.bachelor_unrelated", 10.0)]
    terms, k = [], 0
    names = ["Music Theory", "Aural Skills", "Applied Voice", "Music History", "Composition", "Choral Ensemble",
             "Conducting", "Orchestration", "English Literature", "Philosophy", "Theology", "Biology for Non-Majors"]
    for yr in range(2000, 2004):
        for sem in ("Fall", "Spring"):
            y = yr if sem == "Fall" else yr + 1
            cs = [(f"MUS {100 + k * 10 + j}", f"{names[(k + j) % len(names)]} {['I', 'II', 'III'][j % 3]}", 3.0, GRADES[(k + j) % 8])
                  for j in range(4)]
            terms.append((f"{sem} {y}", cs))
            k += 1
    tr = R.transcript(P.full, col, office, place, terms, "2026-09-29", style="semester", degree="Bachelor of Arts in Music",
                      degree_date="2004-05-22", student_id="SB-0042-771", major="Music", rows_per_page=22, color=g.MAROON)
    tr.credit = [(EDU, "cmc.education.bachelor_unrelated", 10.0)]
    tr.flag("DUPLICATE")
    inst = Wd.INSTITUTES["piedmont"][0]
    dir_a = Wd.SIGNERS["inst_dir_a"]

    def module_b():
        return cert([(EDU, "cmc.education.institute", per(18, 2))], style="modern", applicant_name=P.full, provider=inst,
                    heading="Certificate of Completion", lead="This certifies that", verb="completed",
                    title="Module B", location="Bellweather, North Carolina", start_date="2021-03-15",
                    end_date="2021-03-19", hours=18, hours_style="ceu", signatory=dir_a[0], office=dir_a[1],
                    activity="institute", color=g.MAROON, cert_no="PCA-2021-B-0093")
    mb_copy = module_b()
    mb = module_b().flag("DUPLICATE")
    town = Wd.TOWNS["kestrel"][0]
    hr_name, hr_off = Wd.SIGNERS["hr_d"]
    hr = L.employment(P.full, town, ["Office of Human Resources", "1 Borough Hall Plaza", "Kestrel Point, New Jersey 08736"],
                      "Borough Clerk", "2017-01-03", None, "2026-11-16", hr_name, hr_off, "2026-11-02",
                      employment_type="full_time", type_phrase="He is employed full-time.",
                      administrative=True, admin_phrase="As Borough Clerk, Mr. Asante oversees a staff of three in the Clerk's Office.",
                      lh_style="right", date_fmt="abbr", color=g.FOREST, two_pages=True,
                      duties=("clerk to the Borough Council", "custodian of records", "elections", "licensing"),
                      footer="Borough of Kestrel Point • Human Resources • Confidential personnel information")
    hr.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2017-01-03", "2026-11-16"))]
    files = [File("02-diploma.pdf", [dip]), File("03-transcript.pdf", [tr]),
             File("05-module-b-copy.pdf", [mb_copy]), File("05-module-b.pdf", [mb]),
             File("06-hr-letter.pdf", [hr]),
             unsupported("07-notes.pdf", docx_bytes("Notes for my CMC application")),
             unsupported("08-empty.pdf", b""),
             unsupported("09-transfer.pdf", corrupt_pdf(["Certificate of Completion", P.full, "Module C"])),
             unsupported("10-secured.pdf", encrypted_pdf(["Certificate of Attendance", P.full]))]
    return Packet("c04-kestrel-point", manifest(P.full, "CMC", 2, "2026-11-16", "305561"), files,
                  "CMC, region 2: an unrelated bachelor's degree as a diploma and again on a three-page transcript "
                  "(the later is the duplicate), institute module B sent twice ('-copy' sorts first), a two-page HR "
                  "letter to present, and four files that cannot be opened: a Word "
                  "document named .pdf, an empty file, a truncated PDF, an encrypted PDF.")


def c05():
    P = Wd.TEODORO
    county = Wd.TOWNS["saddle"][0]
    hr_name, hr_off = Wd.SIGNERS["hr_e"]
    lines = ["Courthouse Annex, 220 Main Street", "Saddle Rock, Montana 59301"]
    h1 = L.employment(P.full, county, lines, "Administrative Services Coordinator", "2009-06-01", "2015-05-31", "2026-10-26",
                      hr_name, hr_off, "2026-09-14", sector="local", employment_type="full_time",
                      type_phrase="The position was full-time.", administrative=True,
                      admin_phrase="In this administrative position he supervised the county's front office staff.",
                      lh_style="centered", color=g.SLATE)
    h1.credit = [(EXP, "cmc.experience.local_admin", 2.0 * whole_years("2009-06-01", "2015-05-31"))]
    h2 = L.employment(P.full, "Bitterroot Title & Escrow Company", ["44 Railway Avenue, Saddle Rock, Montana 59301", "(406) 555-0119"],
                      "Office Manager", "2004-02-01", "2009-04-30", "2026-10-26", "Marisa Tollefsen", "Owner and President",
                      "2026-08-30", sector="business", employment_type="full_time",
                      type_phrase="Teodoro worked for us full-time.", administrative=True,
                      admin_phrase="He managed the office and supervised three escrow assistants.", lh_style="band", color=g.FOREST,
                      opening=(f"Please accept this letter as verification that {P.full} was employed by Bitterroot Title & Escrow "
                               "Company as Office Manager from February 1, 2004 until April 30, 2009."))
    h2.credit = [(EXP, "cmc.experience.business_admin", 1.0 * whole_years("2004-02-01", "2009-04-30"))]
    h3 = L.employment(P.full, county, lines, "Deputy County Clerk", "2015-06-01", None, "2026-10-26", hr_name, hr_off,
                      "2026-09-14", employment_type="full_time", type_phrase="This is a full-time position.",
                      duties=("recording of deeds and plats", "county commission minutes", "election administration",
                              "marriage licenses", "custody of the county seal"),
                      lh_style="centered", color=g.SLATE, two_pages=True,
                      footer="Saddle Rock County is an equal opportunity employer")
    h3.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2015-06-01", "2026-10-26"))]
    inst, host = Wd.INSTITUTES["rockies"]
    d = Wd.SIGNERS["inst_dir_b"]
    years = [("First Year Program", "2016-09-12", "2016-09-16", 32), ("Second Year Program", "2017-09-11", "2017-09-15", 32),
             ("Third Year Program", "2018-09-10", "2018-09-14", 30)]
    acad = [cert([(EDU, "cmc.education.institute", per(h, 2))], style=("classic", "grid", "modern")[i], applicant_name=P.full,
                 provider=inst, provider_sub=host, provider_lines=[host], title=t, location="Saddle Rock, Montana",
                 start_date=s, end_date=e, hours=h, hours_style=("contact", "contact", "earned")[i], date_style="long",
                 signatory=d[0], office=d[1], activity="institute", color=(g.NAVY, g.FOREST, g.MAROON)[i],
                 schedule=[(s, "Foundations of the Clerk's Office", 8), ("2016-09-13", "Records Management", 8),
                           ("2016-09-14", "Elections", 8), (e, "Public Meetings", 8)] if i == 0 else None)
            for i, (t, s, e, h) in enumerate(years)]
    sc = cert([(EDU, "cmc.education.state_course", per(6.5, 4))], style="letterform", applicant_name=P.full,
              provider=Wd.ASSOCIATIONS["montana"], provider_lines=["Helena, Montana"], title="Budget Basics for Clerks",
              verb="successfully completed the course", location="Helena, Montana", start_date="2024-04-11",
              end_date="2024-04-11", hours=6.5, hours_style="contact", course_review_line="This course was approved through IIMC Course Review.",
              course_review=True, signatory=Wd.SIGNERS["assoc_pres_c"][0], office=Wd.SIGNERS["assoc_pres_c"][1],
              issue_date="2024-04-18", activity="state_course")
    vo = cert([(EXP, "cmc.experience.vocational", per(20, 10))], style="modern", applicant_name=P.full,
              provider="Big Sky Business College", heading="Certificate of Training", lead="Awarded to",
              verb="for completing", title="Records Management Software", location="Billings, Montana",
              start_date="2022-02-07", end_date="2022-03-14", date_style="abbr", hours=20, hours_style="earned",
              signatory="Ingrid Solheim-Park", office="Dean of Workforce Programs", activity="vocational", color=g.SLATE)
    mis = cert([], ["NAME_MISMATCH"], style="classic", applicant_name="Delphine Ashworth", provider=Wd.ASSOCIATIONS["montana"],
               heading="Certificate of Attendance", verb="attended the", title="Annual Summer Conference",
               location="Whitefish, Montana", start_date="2024-06-18", end_date="2024-06-20", hours=14, hours_style="contact",
               signatory=Wd.SIGNERS["assoc_pres_c"][0], office=Wd.SIGNERS["assoc_pres_c"][1], activity="conference")
    files = [File("01-hr-county.pdf", [h1]), File("02-hr-business.pdf", [h2]), File("03-hr-clerk.pdf", [h3]),
             File("04-academy.pdf", acad), File("05-state-course.pdf", [sc]),              File("07-vocational.pdf", [vo]), File("08-conference.pdf", [mis])]
    return Packet("c05-saddle-rock", manifest(P.full, "CMC", 8, "2026-10-26", "290077"), files,
                  "CMC, region 8: three HR letters (local administrative, business, a deputy clerk to present over "
                  "the 40-point cap, two pages), a three-year academy in one file (a session page on the first), a state "
                  "course of 6.5 hours, a vocational course on the Experience side, another person's certificate.")


def c06():
    P = Wd.HARUTO
    col, office, place = Wd.COLLEGES["quillan_u"]
    tr = R.transcript(P.full, col, office, place, [
        ("Fall Term 2019", [("PUBA 1001", "Introduction to Canadian Public Administration", 3, "A-"),
                            ("POLS 1100", "Canadian Government", 3, "B+")]),
        ("Winter Term 2020", [("PUBA 2205", "Municipal Governance", 3, "A"), ("PUBA 2210", "Information Management", 3, "A")]),
    ], "2026-10-01", style="semester", student_id="B00873321", unit="Credit Hours", rows_per_page=6, color=g.FOREST)
    tr.credit = [(EDU, "cmc.education.r10_college_credits", 12.0), (EXP, "cmc.experience.college_credits", 12.0)]
    inst, host = Wd.INSTITUTES["atlantic"]
    d = Wd.SIGNERS["inst_dir_c"]
    l1 = cert([(EDU, "cmc.education.institute", 15.0)], style="classic", landscape=True, paper="rosette",
              applicant_name=P.full, provider=inst, provider_sub=host, title="Level 1", location="Quillan Bay, Nova Scotia",
              start_date="2022-05-16", end_date="2022-05-20", date_style="dmy", hours=30, hours_style="contact",
              signatory=d[0], office=d[1], activity="institute")
    l2 = cert([(EDU, "cmc.education.institute", 15.0)], style="classic", landscape=True, paper="rosette",
              applicant_name=P.full, provider=inst, provider_sub=host, title="Level 2", location="Quillan Bay, Nova Scotia",
              start_date="2023-05-15", end_date="2023-05-19", date_style="dmy", hours=30, hours_style="contact",
              signatory=d[0], office=d[1], activity="institute")
    assoc = Wd.ASSOCIATIONS["maritime"]
    ws = cert([(EDU, "cmc.education.r10_course", per(12, 6)), (EXP, "cmc.experience.course", per(12, 6))], style="letterform",
              applicant_name=P.full, provider=assoc, provider_lines=["Halifax, Nova Scotia"], heading="CERTIFICATE OF PARTICIPATION",
              verb="participated in the workshop", title="Minute Taking Essentials", location="Truro, Nova Scotia",
              start_date="2024-02-20", end_date="2024-02-21", hours=12, hours_style="contact",
              signatory="Roisin MacAskill", office="Executive Director", issue_date="2024-02-28", activity="course", color=g.FOREST)
    town = Wd.TOWNS["quillan"][0]
    hr = L.employment(P.full, town, ["Corporate Services – Human Resources", "1 Harbourfront Way, Quillan Bay, NS"],
                      "Municipal Clerk", "2018-04-09", None, "2026-11-02", "Genevieve Thibodeau-Nash", "Manager of Human Resources",
                      "2026-10-20", employment_type="full_time", type_phrase="Mr. Nakagawa is a full-time, permanent employee.",
                      administrative=True, admin_phrase="The Municipal Clerk leads the Legislative Services team of five employees.",
                      date_fmt="dmy", lh_style="rule", color=g.FOREST, two_pages=True,
                      duties=("council and committee agendas and minutes", "municipal elections", "by-law registry", "access to information requests"))
    hr.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2018-04-09", "2026-11-02"))]
    cf = cert([(EXP, "cmc.experience.conference", per(18, 4))], style="modern", applicant_name=P.full, provider=assoc,
              verb="for attending the", title="Annual Conference and Trade Show", location="Quillan Bay, Nova Scotia",
              start_date="2025-06-11", end_date="2025-06-13", date_style="long", hours=18, hours_style="earned",
              signatory="Roisin MacAskill", office="Executive Director", activity="conference", color=g.FOREST)
    ag = R.agenda(assoc, "Annual Conference and Trade Show", "2025-06-11", "2025-06-13", "Quillan Bay, Nova Scotia", [
        ("2025-06-11", [("09:00", "Opening plenary", "Mayor of Quillan Bay"), ("10:30", "Council-staff relations", "Dr. Ewan Lachance"),
                        ("14:00", "Trade show", "")]),
        ("2025-06-12", [("09:00", "Bylaw drafting clinic", "Siobhan Ferreira"), ("13:30", "Access to information", "Marc-Andre Boyle")]),
        ("2025-06-13", [("09:00", "Emergency planning for clerks", "Panel"), ("11:00", "Annual general meeting", "")]),
    ], style="slots")
    fp = L.first_person(P.full, ["27 Lighthouse Lane", "Quillan Bay, Nova Scotia"], "2026-10-15", "Atlantic Records Forum",
                        assoc, "2024-10-03", "2024-10-03", 6, "Halifax, Nova Scotia",
                        [f"I am writing to confirm that I attended the Atlantic Records Forum held by the {assoc} in Halifax, "
                         "Nova Scotia on October 3, 2024.",
                         "I was present for the full day, six hours of sessions, but did not receive a certificate of attendance. "
                         "I would be grateful if these hours could be counted toward my designation."], "conference")
    files = [File("02-transcript.pdf", [tr]), File("03-level-1.pdf", [l1]),
             File("04-level-2.pdf", [l2]), File("05-workshop.pdf", [ws]),
             File("07-hr-letter.pdf", [hr]), File("08-conference.pdf", [cf]), File("09-agenda.pdf", [ag]),
             File("10-letter.pdf", [fp])]
    return Packet("c06-quillan-bay", manifest(P.full, "CMC", 10, "2026-11-02", "320118"), files,
                  "CMC, region 10: college credits on two pages and a workshop without course review, each "
                  "of which region 10 may count on the Education side; landscape institute levels on security paper, "
                  "a two-page HR letter in day-month dates, a three-page agenda, a first-person letter.")


def c07():
    P = Wd.BEATRIX
    rm = cert([(EXP, "cmc.experience.conference", per(11, 4))], style="grid", applicant_name=P.full, provider=Wd.IIMC,
              provider_lines=[Wd.IIMC_ADDR], heading="Certificate of Attendance", title="Region XI Meeting",
              title_label="Meeting", start_date="2024-09-18", end_date="2024-09-19", location="Hamilton, Bermuda", hours=11,
              hours_style="contact", signatory=Wd.SIGNERS["iimc_pres"][0], office=Wd.SIGNERS["iimc_pres"][1],
              activity="conference", color=g.NAVY)
    ac = cert([(EDU, "cmc.education.annual_conference", 4.0), (EXP, "cmc.experience.annual_conference", 4.0)], style="classic",
              applicant_name=P.full, provider=Wd.IIMC, heading="Certificate of Attendance", verb="attended the",
              title="62nd Annual Conference", location="Kestrel Point, New Jersey", start_date="2008-05-18",
              end_date="2008-05-21", signatory=Wd.SIGNERS["iimc_exec"][0], office=Wd.SIGNERS["iimc_exec"][1],
              activity="annual_conference", border="double")
    inst, host = Wd.INSTITUTES["atlantic"]
    d = Wd.SIGNERS["inst_dir_c"]
    mc = cert([(EDU, "cmc.education.institute", per(24, 2))], style="modern", applicant_name=P.full, provider=inst,
              heading="Certificate of Completion", verb="for completing", title="Module C", location="Quillan Bay, Nova Scotia",
              start_date="2023-11-06", end_date="2023-11-10", hours=24, hours_style="earned", signatory=d[0], office=d[1],
              activity="institute", color=g.NAVY)
    council = Wd.TOWNS["eastwick"][0]
    hr = L.employment(P.full, council, ["The Parish Office, 3 Church Lane", "Eastwick Vale, Bermuda"], "Clerk to the Council",
                      "2019-01-07", None, "2026-10-12", "Anthea Brightwater", "Head of Personnel", "2026-09-25",
                      employment_type="full_time", type_phrase="The post is full-time.", administrative=True,
                      admin_phrase="The Clerk to the Council manages the council office and its staff of four.",
                      date_fmt="dmy", lh_style="centered", color=g.MAROON, two_pages=True,
                      duties=("clerk to the Council and its committees", "custody of the Council's seal and records", "elections to the Council"))
    hr.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2019-01-07", "2026-10-12"))]
    rel = L.relative_letter(P.full, council, ["The Parish Office, 3 Church Lane", "Eastwick Vale, Bermuda"],
                            "Records Modernisation Committee", "Declan O'Callahan", "Chairman of the Council", "2026-09-28",
                            "husband",
                            ["As Chairman of the Council, and as Beatrix's husband, I am pleased to confirm that she served on the "
                             "Council's Records Modernisation Committee from 2022 to 2024, two years of diligent service."],
                            "committee_member", start_date="2022-01-01", end_date="2024-12-31", years=2,
                            lh_style="centered", color=g.MAROON)
    oc = cert([(EDU, "cmc.education.r10_course", per(9, 6)), (EXP, "cmc.experience.course", per(9, 6))], style="letterform",
              applicant_name=P.full, provider="Island Public Service College", provider_lines=["Hamilton, Bermuda"],
              verb="completed the short course", title="Freedom of Information Fundamentals", location="Hamilton, Bermuda",
              start_date="2025-03-04", end_date="2025-03-06", hours=9, hours_style="contact", signatory="Kendra Outerbridge",
              office="Principal", issue_date="2025-03-10", activity="course", color=g.SLATE)
    tr = R.transcript(P.full, "Eastwick College of the Atlantic", "Academic Registry", "Eastwick Vale, Bermuda", [
        ("Semester 1, 2009", [("PA101", "Principles of Public Administration", 3, "A"), ("EN101", "English Composition", 3, "B"),
                              ("MA110", "Quantitative Methods", 3, "B+"), ("HI120", "Caribbean History", 3, "A-")]),
        ("Semester 2, 2010", [("PA150", "Local Government Law", 3, "A"), ("AC101", "Principles of Accounting", 3, "B"),
                              ("PS110", "Introduction to Politics", 3, "A"), ("IT100", "Information Technology", 3, "A")]),
        ("Semester 1, 2010", [("PA210", "Public Sector Management", 3, "A-"), ("PA220", "Records Management", 3, "A"),
                              ("EC201", "Economics", 3, "B+"), ("SO101", "Sociology", 3, "B")]),
        ("Semester 2, 2011", [("PA250", "Public Policy", 3, "A"), ("PA260", "Ethics in Public Service", 3, "A"),
                              ("PA290", "Internship", 6, "P")]),
    ], "2026-08-03", style="ledger", degree="Associate of Arts in Public Administration", degree_date="2011-06-24",
        student_id="EC-09-1187", unit="Credits", rows_per_page=14, color=g.MAROON)
    tr.credit = [(EDU, "cmc.education.associate_related", 5.0)]
    items = [rm, ac, mc, hr, rel, oc, tr]
    return Packet("c07-eastwick-vale", manifest(P.full, "CMC", 11, "2026-10-12", "333090"),
                  [File("c07-eastwick-vale.pdf", items, image_only=True)],
                  "CMC, region 11, one scanned PDF of the envelope (image only): a region meeting, a 2008 Annual "
                  "Conference (4 points), an institute module, a two-page HR letter to present, a committee letter signed by "
                  "the applicant's husband, an outside course region 11 may count as Education, a two-page associate "
                  "degree transcript.", single_pdf=True)


def c08():
    P = Wd.SIOBHAN
    assoc = Wd.ASSOCIATIONS["arizona"]
    pres = Wd.SIGNERS["assoc_pres_b"]
    inst, host = Wd.INSTITUTES["sonoran"]
    d = Wd.SIGNERS["inst_dir_b"]
    nn = cert([], ["MISSING_NAME"], style="classic", provider=assoc, title="Elections Canvass Procedures",
              location="Phoenix, Arizona", start_date="2024-02-15", end_date="2024-02-15", hours=6, hours_style="contact",
              course_review_line="IIMC Course Review approved", course_review=True, signatory=pres[0], office=pres[1],
              activity="state_course", verb="has completed the course")
    nd = cert([], ["MISSING_DATE"], style="grid", applicant_name=P.full, provider=inst, provider_lines=[host],
              title="Year Three", title_label="Program", location="Pinecrest Landing, Arizona", hours=30, hours_style="contact",
              signatory=d[0], office=d[1], activity="institute", color=g.MAROON)
    nh = cert([], ["MISSING_HOURS"], style="modern", applicant_name=P.full, provider=assoc, verb="for completing",
              title="Elections Law Update", location="Tucson, Arizona", start_date="2024-08-22", end_date="2024-08-22",
              course_review_line="IIMC Course Review No. 2024-061", course_review=True, signatory=pres[0], office=pres[1],
              activity="state_course", color=g.MAROON)
    nt = cert([], ["MISSING_TITLE"], style="letterform", applicant_name=P.full, provider=inst, provider_lines=[host],
              verb="attended and completed 12 contact hours of instruction", start_date="2023-01-23", end_date="2023-01-24",
              location="Pinecrest Landing, Arizona", hours=12, signatory=d[0], office=d[1], activity="institute",
              issue_date="2023-02-01")
    y1 = cert([(EDU, "cmc.education.institute", 15.0)], style="classic", applicant_name=P.full, provider=inst,
              provider_sub=host, title="Year One", location="Pinecrest Landing, Arizona", start_date="2021-06-07",
              end_date="2021-06-11", hours=30, hours_style="contact", signatory=d[0], office=d[1], activity="institute",
              schedule=[("2021-06-07", "The Clerk as Administrator", 6), ("2021-06-08", "Records and Archives", 6),
                        ("2021-06-09", "Elections Administration", 6), ("2021-06-10", "Public Meetings", 6),
                        ("2021-06-11", "Ethics and Professionalism", 6)], border="guilloche", color=g.MAROON)
    col, office, place = Wd.COLLEGES["harrowfield"]
    tr = R.transcript(P.full, col, "Graduate School Records", place, [
        ("Fall 2014", [("MPA 601", "Foundations of Public Administration", 3, "A"), ("MPA 610", "Public Budgeting and Finance", 3, "A-"),
                       ("MPA 615", "Research Methods", 3, "B+")]),
        ("Spring 2015", [("MPA 620", "Public Personnel Administration", 3, "A"), ("MPA 630", "Administrative Law", 3, "A"),
                         ("MPA 640", "Local Government Management", 3, "A-")]),
        ("Fall 2015", [("MPA 650", "Policy Analysis", 3, "B+"), ("MPA 660", "Urban Planning Principles", 3, "A")]),
        ("Spring 2016", [("MPA 670", "Ethics and Leadership", 3, "A"), ("MPA 680", "Performance Management", 3, "A")]),
        ("Fall 2016", [("MPA 690", "Capstone Project", 6, "A")]),
    ], "2026-11-02", style="semester", degree="Master of Public Administration", degree_date="2016-12-17",
        student_id="G-20149931", major="Public Administration", rows_per_page=16)
    tr.credit = [(EDU, "cmc.education.bachelor_related", 20.0)]
    town = Wd.TOWNS["pinecrest"][0]
    hr = L.employment(P.full, town, ["Human Resources Division", "5100 N. Ironwood Road", "Pinecrest Landing, Arizona 85390"],
                      "Assistant City Clerk", "2019-02-25", "2026-02-24", "2026-11-23", "Rutger Vandersloot", "Personnel Officer",
                      "2026-10-30", employment_type="full_time", type_phrase="Ms. Delacroix was a full-time employee.",
                      style="memo", date_fmt="long", footer="City of Pinecrest Landing, Arizona")
    hr.credit = [(EXP, "cmc.experience.clerk_full_time_admin", 4.0 * whole_years("2019-02-25", "2026-02-24"))]
    wb = cert([], ["NO_ASSESSMENT"], style="grid", applicant_name=P.full, provider=assoc, provider_lines=["Phoenix, Arizona"],
              heading="Webinar Attendance", title="Public Records Requests and Social Media", title_label="Webinar",
              start_date="2025-05-14", end_date="2025-05-14", hours=1.5, hours_style="contact",
              delivery_line="Live webinar (no assessment)", delivery="webinar", assessment=False,
              course_review_line="IIMC Course Review approved", course_review=True, signatory=pres[0], office=pres[1],
              activity="state_course", color=g.NAVY)
    files = [File("01-course.pdf", [nn]), File("02-institute.pdf", [nd]), File("03-course.pdf", [nh]),
             File("04-institute.pdf", [nt]), File("05-year-one.pdf", [y1]), File("07-transcript.pdf", [tr]),
             File("08-hr-memo.pdf", [hr]), File("09-webinar.pdf", [wb])]
    return Packet("c08-pinecrest-landing", manifest(P.full, "CMC", 9, "2026-11-23", "312245"), files,
                  "CMC, region 9: incomplete certificates (no name, no date, no hours, no title), institute year one "
                  "with a session page, a master's degree over two pages, an HR memo with an end date exactly seven "
                  "years on, a webinar without assessment.")


def packets():
    return [c01(), c02(), c03(), c04(), c05(), c06(), c07(), c08()]
