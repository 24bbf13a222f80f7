"""The seven CMC packets of the wren set."""

from __future__ import annotations

import random
from typing import Any

from . import makers as mk
from .model import File, Packet
from .world import IIMC, OUTSIDE_TRAINERS, STATE_ASSOCIATIONS, TOWN_HALLS


def manifest(name: str, region: int, program: str, received: str, former: list[str] | None = None,
             member: str = "", prior: str | None = None, membership: str = "full") -> dict[str, Any]:
    appl: dict[str, Any] = {"name": name}
    if former:
        appl["former_names"] = former
    appl["member_id"] = member
    appl["region"] = region
    appl["membership"] = membership
    out: dict[str, Any] = {"applicant": appl, "program": program}
    if prior:
        out["prior_designation_date"] = prior
    out["received_date"] = received
    return out


def quillhaven() -> Packet:
    """Institute years, a rescan that sorts first, a tie on the Annual Conference."""
    me = "Odalys R. Penhallow"
    inst = "Tidewater Municipal Clerks Institute"
    u = "Northern Tidewater University"
    y1 = mk.cert("institute", "Odalys R. Penhallow", inst, "Year I", "2022-07-11", "2022-07-15", 40,
                 "Castine Hall, Northern Tidewater University, Brackett, ME", "Imelda Sorrowfield",
                 heading="Certificate of Completion", program_line=f"at the {u}",
                 role="Institute Director", security=True, seal="TIDEWATER INSTITUTE * 1971 * ",
                 cosigners=[("Prof. Anselm Dreyfuss-Oake", "Dean, Center for Civic Leadership")],
                 hours_text="40 Contact Hours")
    y1copy = mk.cert("institute", "Odalys R. Penhallow", inst, "Year I", "2022-07-11", "2022-07-15", 40,
                     "Castine Hall, Northern Tidewater University, Brackett, ME", "Imelda Sorrowfield",
                     heading="Certificate of Completion", program_line=f"at the {u}",
                     role="Institute Director", security=True, seal="TIDEWATER INSTITUTE * 1971 * ",
                     cosigners=[("Prof. Anselm Dreyfuss-Oake", "Dean, Center for Civic Leadership")],
                     hours_text="40 Contact Hours")
    y2 = mk.cert("institute", "PENHALLOW, ODALYS R.", inst, "Year II", "2023-07-10", "2023-07-14", 40,
                 "Brackett, Maine", "Imelda Sorrowfield", layout="modern",
                 subhead="A program of the Center for Civic Leadership, Northern Tidewater University",
                 heading="Certificate of Achievement", lead="Awarded to", verb="for completing",
                 role="Director", hours_text="forty (40) in-class contact hours")
    y3 = mk.cert("institute", "Odalys Penhallow", inst, "Year III - Leadership and the Clerk",
                 "2024-07-15", "2024-07-19", 38.5, "Brackett, ME", "Imelda Sorrowfield", issue="2024-08-02",
                 layout="classic", security=True, role="Institute Director",
                 issue_prefix="Awarded ", hours_text="38.5 hours of instruction")
    emp = mk.employment("Odalys R. Penhallow", TOWN_HALLS[0].name, "Town Clerk", "2017-06-12",
                        "2026-10-19", "2026-09-28", "Bertrand Achterberg", "local", "clerk", "full_time",
                        style="prose", to_present=True, voice=0,
                        head_lines=[TOWN_HALLS[0].street, "Quillhaven, Maine 04611", TOWN_HALLS[0].phone],
                        org_name=TOWN_HALLS[0].name,
                        duties="As Town Clerk she keeps the vital records, runs all municipal elections, "
                               "prepares the Select Board's agendas and minutes and supervises the two "
                               "assistant clerks of the office.",
                        sig_lines=["Town Manager"], cursive=True)
    emp.fields["administrative"] = True
    assoc = STATE_ASSOCIATIONS[0]
    conf = mk.cert("conference", "Odalys Penhallow", assoc, "2025 Annual Fall Conference",
                   "2025-10-08", "2025-10-10", 12, "Samoset Lodge, Rockport, ME", "Gwendolyn Ashgrove",
                   layout="plain", head_lines=["Established 1958", "P.O. Box 442, Augusta, ME 04332"],
                   heading="CERTIFICATE OF ATTENDANCE", title_label="Conference:", role="President",
                   hours_text="12 hours")
    ag = mk.agenda(assoc, "2025 Annual Fall Conference", "2025-10-08", "2025-10-10", "Samoset Lodge, Rockport, ME",
                   [("Wed 8:30 AM", "Registration and coffee"), ("Wed 9:00 AM", "Vital Records Update (2.0 hrs)"),
                    ("Wed 1:00 PM", "Open Meeting Law Roundtable (3.0 hrs)"), ("Thu 8:30 AM", "Election Audits in Practice (3.0 hrs)"),
                    ("Thu 1:30 PM", "Dog Licensing and Fees (1.0 hr)"), ("Fri 9:00 AM", "Ethics for Clerks (3.0 hrs)"),
                    ("Fri 12:00 PM", "Closing luncheon and awards")])
    ac = mk.cert("annual_conference", "Odalys R. Penhallow", IIMC, "79th Annual Conference", "2025-05-18",
                 "2025-05-21", 14.5, "Louisville, Kentucky", "Ramona Kettleby", layout="classic",
                 heading="Certificate of Attendance", verb="attended the", role="IIMC President",
                 provider_in_header=True, security=True, hours_text="14.5 education hours")
    form = mk.form("Odalys R. Penhallow", [("Name", "Odalys R. Penhallow"), ("Member No.", "117702"),
                                            ("Municipality", "Town of Quillhaven, ME"), ("Designation", "CMC")],
                   ["Institute certificates (Years I-III)", "Employment verification", "Conference certificates"],
                   form_title="IIMC APPLICATION FOR CMC DESIGNATION - CHECKLIST")
    files = [
        File("01_institute_y1-rescan.pdf", [mk.dup(y1copy, "y1")], shape="photocopy"),
        File("01_institute_y1.pdf", [mk.dup(y1, "y1")]),
        File("02_institute_y2.pdf", [y2]),
        File("03_institute_y3.pdf", [y3]),
        File("04_employment.pdf", [emp]),
        File("05_conference.pdf", [conf, ag]),
        File("06_iimc_annual.pdf", [ac]),
        File("00_application.pdf", [form]),
    ]
    return Packet("cmc_quillhaven", manifest(me, 1, "CMC", "2026-10-19", member="117702"), files,
                  "CMC, Region 1: three institute years (a photocopied re-scan sorts before the original, so the "
                  "born-digital one is the DUPLICATE), a prose HR letter to present, an association conference "
                  "with its agenda, and an IIMC Annual Conference that ties between the sides (education preferred).")


def bramblecourt() -> Packet:
    """Scanner shape: employment history of three sectors, a degree, courses, a webinar."""
    me = "Marisol Vantongeren"
    town = TOWN_HALLS[1]
    assoc = STATE_ASSOCIATIONS[1]
    rng = random.Random("bramblecourt")
    emp1 = mk.employment("Marisol Vantongeren", town.name, "Deputy City Clerk", "2012-03-01", "2019-08-30",
                         "2026-08-14", "Lucinda Ferrabosco", "local", "clerk", "full_time", style="labels",
                         org_name=f"{town.name} - Department of Human Resources",
                         head_lines=[town.street, "Bramblecourt, OH 43201"], head_style=1,
                         form_title="EMPLOYMENT VERIFICATION", date_style="us",
                         duties="Duties included records management, legal advertising of ordinances and "
                                "supervision of the front-counter staff of the Clerk's office.",
                         sig_lines=["HR Generalist II"], cursive=False)
    emp1.fields["administrative"] = True
    emp2 = mk.employment("Marisol Vantongeren", town.name, "Administrative Assistant to the Finance Director",
                         "2008-05-01", "2012-02-29", "2026-08-14", "Lucinda Ferrabosco", "local", "local_admin",
                         "full_time", style="table", org_name=town.name, head_lines=[town.street, town.phone],
                         duties="In this role she managed the accounts payable office and supervised three "
                                "account clerks.", sig_lines=["HR Generalist II"], rng=rng)
    emp2.fields["administrative"] = True
    biz = "Tessaly & Marrow Title Company"
    emp3 = mk.employment("Marisol Vantongeren", biz, "Escrow Office Manager", "2004-01-05", "2008-04-18",
                         "2026-07-30", "Desmond Okafor-Hale", "business", "business_admin", "full_time",
                         style="prose", voice=1, org_name=biz, head_style=2,
                         head_lines=["88 Larkspur Ave., Suite 4", "Bramblecourt, Ohio 43204"],
                         duties="Ms. Vantongeren managed the escrow office and supervised four escrow assistants.",
                         sig_lines=["Principal"], rng=rng)
    emp3.fields["administrative"] = True
    tr = mk.transcript("Marisol Vantongeren", "Ostrander State University", 124, "2026-06-03",
                       "Bachelor of Science in Public Administration", "2003-05-10", pages=2, terms=8,
                       first_year=1999, registrar="Office of the University Registrar", student_id="OSU-448120",
                       style="grid", total_label="Cumulative Earned Credits")
    inst = mk.cert("institute", "Marisol Vantongeren", "Great Lakes Clerks & Finance Officers Institute",
                   "Session 1: Foundations", "2021-06-14", "2021-06-17", 24, "Ostrander, Ohio", "Phineas Coldwater",
                   security=True, role="Director", program_line="Ostrander State University, College of Public Service")
    sc = mk.cert("state_course", "Marisol Vantongeren", assoc, "Parliamentary Procedure for Clerks",
                 "2023-03-09", None, 9.5, "Columbus, OH", "Henrietta Blakeslee", course_review=True,
                 layout="plain", heading="Certificate of Completion", title_label="Course:", role="Education Chair",
                 hours_text="9.5 contact hours", review_text="IIMC Course Review No. 2023-117")
    onl = mk.cert("state_course", "Marisol Vantongeren", assoc, "Public Records Requests Online", "2024-02-20",
                  None, 6, None, None, delivery="online", assessment=True, course_review=True, layout="online",
                  assessment_text="Final quiz passed (88%)", hours_text="6.0 contact hours",
                  extra="This course was approved through IIMC Course Review.")
    web = mk.cert("course", "Marisol Vantongeren", OUTSIDE_TRAINERS[1], "Handling Difficult Public Comment",
                  "2024-09-12", None, 1.5, None, None, delivery="webinar", layout="online",
                  heading="Certificate of Participation", hours_text="1.5 hours")
    acad = mk.cert("conference_academy", "Marisol Vantongeren", IIMC,
                   "Annual Conference Academy: Strategic Communication", "2022-05-22", None, 4,
                   "Grand Rapids, MI", "Ramona Kettleby", layout="modern", role="IIMC President",
                   heading="Academy Certificate")
    com = mk.letter("committee_member", "Marisol Vantongeren", assoc, "Legislative Committee",
                    ["On behalf of the Buckeye Association of Municipal Clerks, I am pleased to confirm that "
                     "Marisol Vantongeren served as a member of the Association's Legislative Committee from "
                     "January 2022 through December 2023.",
                     "Her work on the committee's bill-tracking reports was of great value to our members."],
                    "Henrietta Blakeslee", "2026-07-22", start="2022-01-01", end="2023-12-31",
                    org_name=assoc, head_lines=["Serving Ohio's clerks since 1949"], head_style=0,
                    sig_lines=["President"], salutation="To the IIMC Education Department:")
    f = File("bramblecourt.pdf", [emp1, emp2, emp3, tr, inst, sc, onl, web, acad, com], separators=[0, 2, 3, 8])
    return Packet("cmc_bramblecourt", manifest(me, 5, "CMC", "2026-09-01", member="120455"), [f],
                  "CMC, Region 5, the scanner's single PDF with blank separator sheets: three HR letters "
                  "(label form, table, prose; clerk, local administrative, business), a two-page transcript "
                  "with a related bachelor's degree, institute, reviewed state courses (in person, online with a "
                  "quiz), a webinar without assessment, an Academy session and a committee letter.",
                  single_pdf=True)


def all_cmc() -> list[Packet]:
    from .packets_cmc2 import fennimoor, harrowgate, lorrimer, okenshaw, westmarch

    return [quillhaven(), bramblecourt(), lorrimer(), okenshaw(), westmarch(), harrowgate(), fennimoor()]
