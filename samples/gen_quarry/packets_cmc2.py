"""CMC packets 5-7: unacceptable documents (relative, first person, incomplete), a
re-issued certificate, employers of every sector, IIMC programmes, a UK member."""

from __future__ import annotations

import io
import zipfile
from random import Random

from reportlab.lib.pagesizes import A4

from . import layouts as L
from . import letters as T
from . import records as R
from .build import Packet, unreadable
from .packets_cmc import IIMC, man, sig
from .world import ASSOCIATIONS, INSTITUTES, TRAINERS


def docx_bytes() -> bytes:
    """A Word document saved under a .pdf name: UNSUPPORTED_FILE (fixed zip timestamps)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [("[Content_Types].xml", "<Types/>"),
                           ("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Resume of "
                            "Theodora J. Marchetti</w:t></w:r></w:p></w:body></w:document>")]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 9, 1, 8, 0, 0)), body)
    return buf.getvalue()


def cmc_05(rng: Random) -> Packet:
    """Region 7: diploma and transcript of one degree, relative's and first-person letters,
    certificates without a name and without a title, a Word file named .pdf."""
    who = "Theodora J. Marchetti"
    m = man(who, 7, "2026-09-30", member="125530")
    inst, _, inst_loc = INSTITUTES["prairie"]
    assoc = ASSOCIATIONS["mn"]
    deg = {"applicant_name": who, "provider": "Sablewood College",
           "degree": "Bachelor of Science in Public Administration", "degree_date": "2012-05-12",
           "activity": "degree", "_degree_row": "bachelor_related"}
    files = [
        # diploma: related bachelor's, 20 (EG CMC Education row 2)
        ("a-diploma.pdf", [L.diploma(deg, rng, major_line="Major: Public Administration",
                                     seal_text="SABLEWOOD COLLEGE  SIGILLUM  1887",
                                     signers=[("Evangeline R. Toft", "President of the College"),
                                              ("Darnell Q. Easterbrook", "Registrar")],
                                     evidence="degree:sablewood")]),
        # the transcript conferring the same degree: the later copy, DUPLICATE (conventions)
        ("b-transcript.pdf", [R.transcript(
            dict(deg, credit_units=124.0, issue_date="2026-07-21"), rng, "C",
            [("2010-2011", [("PAD 301", "Public Administration Theory", 3, "A"),
                            ("PAD 315", "Public Budgeting", 3, "A-"),
                            ("PAD 322", "Administrative Law", 3, "B+"),
                            ("PAD 330", "Local Government Management", 3, "A"),
                            ("STA 210", "Applied Statistics", 3, "B")]),
             ("2011-2012", [("PAD 401", "Human Resources in Government", 3, "A"),
                            ("PAD 412", "Records and Archives Administration", 3, "A"),
                            ("PAD 420", "Intergovernmental Relations", 3, "A-"),
                            ("PAD 488", "Internship: City of Sablewood", 3, "P"),
                            ("PAD 499", "Capstone Seminar", 3, "A")])],
            transfer=[("TRF", "Transfer credit accepted (lower division)", 94, "T")],
            student_id="SC-2010-44871", registrar=sig("registrar_b"),
            major="Public Administration", evidence="degree:sablewood")]),
        # certificate without the participant's name: MISSING_NAME
        ("certificate-noname.pdf", [L.certificate(
            {"provider": assoc, "title": "Minutes and Meeting Management", "start_date":
             "2025-04-17", "end_date": "2025-04-17", "hours": 8, "location": "Sablewood, Minnesota",
             "signatory": "Delphine K. Awolowo, CMC", "course_review": True,
             "_review_no": "2025-052", "activity": "state_course"}, rng, 0,
            sig_title="Education Chair")]),
        # certificate of attendance naming no course: MISSING_TITLE
        ("certificate-notitle.pdf", [L.certificate(
            {"applicant_name": who, "provider": TRAINERS["pryor_like"],
             "start_date": "2024-10-22", "end_date": "2024-10-22", "hours": 6,
             "location": "Sablewood, Minnesota", "signatory": "Felicity Orenstein",
             "activity": "course"}, rng, 5, attendance=True, sig_title="Seminar Leader")]),
        # committee member, three years stated: 3 (EG CMC Experience, Committee Work; R8)
        ("committee-letter.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Legislative Committee",
             "start_date": "2022-01-01", "end_date": "2024-12-31", "years": 3,
             "signatory": "Harriet Vossberg, MMC", "issue_date": "2026-03-09",
             "activity": "committee_member"}, rng,
            f"It is my pleasure to confirm that {who} served as a member of the Legislative "
            f"Committee of the {assoc} for three (3) years, from 2022 through 2024. The "
            "committee tracks bills affecting city clerks and testifies before the "
            "Legislature each session.", head_org=assoc,
            head_lines=["PO Box 4410, Sablewood MN 56278", "www.northstarclerks.example"],
            sig_title="Chair, Legislative Committee",
            sidebar=["OFFICERS 2026", "President", "Marguerite Szabo, MMC", "Vice President",
                     "Lionel Oyelaran, CMC", "Secretary", "Bettina Kraus", "", "COMMITTEES",
                     "Education", "Legislative", "Elections", "Bylaws"])]),
        # her husband's letter: RELATIVE_AUTHOR (EG: a document from a relative or spouse)
        ("elections-committee.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Elections Committee",
             "start_date": "2023-01-01", "end_date": "2024-12-31",
             "signatory": "Anthony Marchetti", "issue_date": "2026-08-30",
             "relationship": "wife", "activity": "committee_member"}, rng,
            f"I am writing to confirm that my wife, {who}, served on the Elections Committee "
            f"of the {assoc} in 2023 and 2024. She attended every meeting and drafted the "
            "committee's poll-worker guide.", head_org="Anthony Marchetti",
            head_lines=["118 Larch Court, Sablewood, MN 56278"], sig_title="",
            salutation="Dear Certification Reviewer,")]),
        # the applicant's own account: FIRST_PERSON
        ("my-statement.pdf", [T.service_letter(
            {"applicant_name": who, "provider": assoc, "title": "Bylaws Committee",
             "start_date": "2025-01-01", "end_date": "2025-12-31",
             "signatory": who, "issue_date": "2026-09-02", "first_person": True,
             "activity": "committee_member"}, rng,
            f"I, {who}, served as recording secretary of the Bylaws Committee of the {assoc} "
            "during 2025. I prepared the minutes of all six meetings and I presented the "
            "revised bylaws at the annual business meeting.", head_org="City of Sablewood",
            head_lines=["Office of the City Clerk"], sig_title="City Clerk")]),
        ("resume.pdf", docx_bytes()),
        # City Clerk full-time since 2019-02-11 to present (2026-09-30): 7 years x 4 = 28
        ("hr-verification.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "City of Sablewood", "position": "City Clerk",
             "start_date": "2019-02-11", "end_date": "2026-09-30", "employment_type": "full_time",
             "administrative": True, "sector": "local", "signatory": "Rosalind Petrakis",
             "issue_date": "2026-09-14", "activity": "employment"}, rng, 2, present=True,
            head_lines=["Human Resources Department", "501 Main St. N, Sablewood, MN 56278"],
            sig_title="Director of Human Resources",
            admin_words="The City Clerk is a department head position with administrative "
            "responsibility.", received="SEP 30 2026")]),
        # Institute years: 36 h = 18, 40 h = 20
        ("institute-1.pdf", [L.certificate(
            {"applicant_name": who, "provider": inst, "title": "Clerks Institute, First Year",
             "start_date": "2021-06-07", "end_date": "2021-06-11", "hours": 36,
             "location": inst_loc, "signatory": "Dr. Halvard N. Ostrowe", "activity": "institute"},
            rng, 3, sig_title="Institute Director", second_signer=sig("dean"))]),
        ("institute-2.pdf", [L.certificate(
            {"applicant_name": who, "provider": inst, "title": "Clerks Institute, Second Year",
             "start_date": "2022-06-06", "end_date": "2022-06-10", "hours": 40,
             "location": inst_loc, "signatory": "Dr. Halvard N. Ostrowe", "activity": "institute"},
            rng, 0, sig_title="Institute Director")]),
    ]
    return Packet("cmc_05_sablewood", m, files,
                  "CMC region 7: a diploma and the transcript of the same degree (the "
                  "transcript is the DUPLICATE), a committee letter with a sidebar, a "
                  "husband's letter (RELATIVE_AUTHOR), the applicant's own letter "
                  "(FIRST_PERSON), certificates without name (MISSING_NAME) and without "
                  "title (MISSING_TITLE), a Word file named .pdf (UNSUPPORTED_FILE).")


def cmc_06(rng: Random) -> Packet:
    """Region 9: a re-issued certificate, a certificate without dates, four employers of
    three sectors, IIMC's CD-ROM, Academy session and online course, a receipt."""
    who = "Priyanka S. Ames"
    m = man(who, 9, "2026-10-01", member="127004")
    inst, _, inst_loc = INSTITUTES["cascade"]
    base = {"applicant_name": who, "provider": inst, "location": inst_loc,
            "signatory": "Prof. Cressida Amadi-Lund", "activity": "institute"}
    y1 = dict(base, title="Institute Year One", start_date="2021-03-15", end_date="2021-03-19",
              hours=40)
    files = [
        # the original (no issue date) and the re-issue of 2025: "cascade-year1-reissued.pdf"
        # sorts before "cascade-year1.pdf" ('-' < '.'), so the original is the DUPLICATE
        ("cascade-year1.pdf", [L.certificate(y1, rng, 0, sig_title="Director")]),
        ("cascade-year1-reissued.pdf", [L.certificate(
            dict(y1, issue_date="2025-01-08"), rng, 2, heading="Certificate of Completion "
            "(Re-issued)", sig_title="Director", fine_print="This certificate replaces the "
            "original issued in 2021, reported lost. Certificate no. CR-21-0447.")]),
        # no date anywhere: MISSING_DATE
        ("cascade-year2.pdf", [L.certificate(
            {k: v for k, v in dict(base, title="Institute Year Two", hours=40).items()},
            rng, 4, sig_title="Director")]),
        # business administrative position: 2008-05-01 .. 2012-04-30, 4 x 1 = 4
        ("employer-escrow.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "Northfork Title & Escrow Co.",
             "position": "Office Manager", "start_date": "2008-05-01", "end_date": "2012-04-30",
             "employment_type": "full_time", "administrative": True, "sector": "business",
             "signatory": "Wendell J. Okonkwo-Hart", "issue_date": "2026-06-04",
             "activity": "employment"}, rng, 0, present=False,
            head_lines=["2200 Harbor Way, Suite 4", "Hollis Bay, OR 97389"],
            sig_title="Vice President, Operations", admin_words="As Office Manager she "
            "supervised five staff and administered the firm's records.")]),
        # state agency administrative position: 2012-05-14 .. 2016-09-30, 4 x 1 = 4
        ("employer-state.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "State of Oregon Department of Public Archives",
             "position": "Administrative Specialist 2", "start_date": "2012-05-14",
             "end_date": "2016-09-30", "employment_type": "full_time", "administrative": True,
             "sector": "state_federal", "signatory": "Ines Valdés-Ruark",
             "issue_date": "2026-05-19", "activity": "employment"}, rng, 1, present=False,
            head_lines=["Human Resources Section"], sig_title="HR Generalist II",
            admin_words="The classification is administrative.")]),
        # part-time deputy recorder without administrative responsibility:
        # 2016-10-03 .. 2019-10-02 = 3 years x 1 = 3 (EG CMC Experience row 3)
        ("city-recorder-parttime.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "City of Hollis Bay",
             "position": "Deputy City Recorder", "start_date": "2016-10-03",
             "end_date": "2019-10-02", "employment_type": "part_time", "administrative": False,
             "sector": "local", "signatory": "Rosalind Petrakis", "issue_date": "2026-09-10",
             "activity": "employment"}, rng, 2, present=False,
            head_lines=["Human Resources", "1 Civic Plaza, Hollis Bay, OR 97389"],
            sig_title="Director of Human Resources",
            admin_words="This position did not carry administrative or supervisory "
            "responsibility.")]),
        # City Recorder full-time 2019-10-03 to present (2026-10-01): 6 years x 4 = 24
        ("city-recorder.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "City of Hollis Bay", "position": "City Recorder",
             "start_date": "2019-10-03", "end_date": "2026-10-01", "employment_type": "full_time",
             "sector": "local", "signatory": "Rosalind Petrakis", "issue_date": "2026-09-10",
             "activity": "employment"}, rng, 0, present=True,
            head_lines=["Human Resources", "1 Civic Plaza, Hollis Bay, OR 97389"],
            sig_title="Director of Human Resources", duties="council agendas and minutes, "
            "elections, records and the city seal.")]),
        # IIMC Region IX meeting stated in days: 2 (R4)
        ("region-meeting.pdf", [L.certificate(
            {"applicant_name": who, "provider": IIMC, "title": "Region IX Meeting",
             "start_date": "2025-03-26", "end_date": "2025-03-27", "days": 2,
             "location": "Quillan, Arizona", "signatory": "Oscar Lindqvist-Maur, MMC",
             "activity": "conference"}, rng, 3, attendance=True, sig_title="Region Director")]),
        # IIMC CD-ROM course: 1 (EG CMC Education row 8)
        ("cdrom-course.pdf", [L.certificate(
            {"applicant_name": who, "provider": IIMC,
             "title": "CD-ROM Course: Parliamentary Procedure Made Simple",
             "start_date": "2020-11-18", "end_date": "2020-11-18",
             "signatory": "Ramona J. Delacroix-Whitby, MMC", "activity": "cd_rom"}, rng, 5,
            sig_title="Director of Education")]),
        # IIMC Annual Conference Academy session: 2 (EG CMC Education row 10)
        ("conference-academy.pdf", [L.certificate(
            {"applicant_name": who, "provider": IIMC,
             "title": "Annual Conference Academy: Strategic Planning for Clerks",
             "start_date": "2024-05-19", "end_date": "2024-05-19", "hours": 3,
             "location": "Marlow Heights, Georgia", "signatory": "Ramona J. Delacroix-Whitby, MMC",
             "activity": "conference_academy"}, rng, 1, sig_title="Director of Education")]),
        # IIMC's own online course: points vary, left to a reviewer (R6)
        ("iimc-online.pdf", [L.certificate(
            {"applicant_name": who, "provider": IIMC,
             "title": "Online Course: Introduction to Records Management",
             "start_date": "2025-07-01", "end_date": "2025-07-29", "hours": 6,
             "delivery": "online", "assessment": True, "signatory": "Ramona J. Delacroix-Whitby, MMC",
             "activity": "iimc_online"}, rng, 2, sig_title="Director of Education")]),
        ("receipt.pdf", [T.receipt({"applicant_name": who, "issue_date": "2026-09-24"}, rng,
                                   "For: CMC application fee", "$50.00", "000871")]),
    ]
    return Packet("cmc_06_hollis_bay", m, files,
                  "CMC region 9: a re-issued Institute certificate (the original is the "
                  "DUPLICATE), a certificate without dates (MISSING_DATE), business, state "
                  "agency, part-time non-administrative and full-time recorder letters, a "
                  "region meeting in days, IIMC CD-ROM, Conference Academy and online course "
                  "(points left to a reviewer), a receipt.")


def cmc_07(rng: Random) -> Packet:
    """Region 11 (UK): unrelated bachelor's, national association course with review,
    study abroad, college credits on the education side, part-time clerk, blank scan."""
    who = "Imogen R. Fairbrother"
    m = man(who, 11, "2026-11-12", member="140211")
    inst, _, inst_loc = INSTITUTES["wessex"]
    files = [
        ("application.pdf", [T.application_form({"applicant_name": who}, rng, "CMC", 11,
                                                 "140211")]),
        # Bachelor of Music: clearly unrelated field, 10 (EG CMC Education row 3, R7)
        ("degree-certificate.pdf", [L.diploma(
            {"applicant_name": who, "provider": "University of Wexcombe",
             "degree": "Bachelor of Music", "degree_date": "2006-07-14", "activity": "degree",
             "_degree_row": "bachelor_unrelated"}, rng, major_line="with Second Class Honours",
            seal_text="UNIVERSITAS WEXCOMBIENSIS", signers=[("Sir Malcolm Dunstable",
                                                             "Vice-Chancellor")])]),
        # national association course with IIMC course review, 16 h: 4
        ("spbc-course.pdf", [L.certificate(
            {"applicant_name": who, "provider": ASSOCIATIONS["uk"],
             "title": "Certificate in Council Administration, Unit 3: Meetings and Minutes",
             "start_date": "2024-02-06", "end_date": "2024-02-08", "hours": 16,
             "location": "Wexcombe, Wiltshire", "course_review": True, "_review_no": "2024-203",
             "assessment": True, "signatory": "Perpetua Njoroge",
             "activity": "state_course"}, rng, 1, sig_title="Head of Training",
            watermark="SPBC")]),
        # IIMC Study Abroad Program: points vary, left to a reviewer
        ("study-abroad.pdf", [L.certificate(
            {"applicant_name": who, "provider": IIMC,
             "title": "Study Abroad Program: Local Government in the Low Countries",
             "start_date": "2025-09-14", "end_date": "2025-09-20",
             "location": "Utrecht, Netherlands", "signatory": "Ramona J. Delacroix-Whitby, MMC",
             "activity": "study_abroad"}, rng, 3, sig_title="Director of Education")]),
        # 12 credit units without a degree: Regions 10-11 CMC Education row 1, 12
        ("open-college-record.pdf", [R.transcript(
            {"applicant_name": who, "provider": "Wexcombe Open College", "credit_units": 12.0,
             "issue_date": "2026-10-01", "activity": "college_credits"}, rng, "C",
            [("2023-2024", [("LGV101", "Introduction to Local Government Law", 4, "Merit"),
                            ("LGV110", "Public Sector Finance", 4, "Pass"),
                            ("LGV120", "Information Governance", 4, "Distinction")])],
            student_id="WOC/23/0915", registrar=("Agnes P. Mulcahy", "Academic Registrar"))]),
        # part-time Town Clerk with administrative responsibility since 2017-04-01 to
        # present (2026-11-12): 9 years x 2 = 18
        ("council-letter.pdf", [T.employment_letter(
            {"applicant_name": who, "provider": "Wexcombe Town Council",
             "position": "Town Clerk and Responsible Financial Officer",
             "start_date": "2017-04-01", "end_date": "2026-11-12", "employment_type": "part_time",
             "administrative": True, "sector": "local", "signatory": "Cllr. Hugo Penhaligon",
             "issue_date": "2026-10-19", "activity": "employment"}, rng, 1, present=True,
            head_lines=["The Guildhall, Market Place, Wexcombe SN9 4QD"],
            sig_title="Chairman of the Council", admin_words="The Clerk is the Council's "
            "proper officer with administrative responsibility for its business.",
            page_size=A4)]),
        # Institute first year, 36 h: 18
        ("wessex-year1.pdf", [L.certificate(
            {"applicant_name": who, "provider": inst, "title": "Year 1 Residential Programme",
             "start_date": "2025-04-07", "end_date": "2025-04-11", "hours": 36,
             "location": inst_loc, "signatory": "Dr. Tobiah R. Fenwick", "activity": "institute"},
            rng, 0, sig_title="Programme Director")]),
        # two white pages from the scanner: UNREADABLE
        ("scan0007.pdf", [unreadable(2)]),
    ]
    return Packet("cmc_07_wexcombe", m, files,
                  "CMC region 11: an unrelated bachelor's degree (10), a national "
                  "association course with course review, IIMC Study Abroad (reviewer), "
                  "college credits on the education side, a part-time town clerk on A4, an "
                  "Institute year, a file of white pages (UNREADABLE).")


MAKERS = [cmc_05, cmc_06, cmc_07]
