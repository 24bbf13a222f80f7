"""MMC packets, continued: the rejected kinds, older conferences, a corrupt photo."""

from __future__ import annotations

from . import makers as mk
from .model import File, Packet
from .packets_cmc import manifest
from .world import IIMC, OUTSIDE_TRAINERS, RELATED_ASSOC, STATE_ASSOCIATIONS, TOWN_HALLS


def staubrey() -> Packet:
    """First person, a spouse, someone else, a copy, a pre-CMC Academy; publication and officer letters."""
    me = "Delphine Mouton-Abernathy"
    assoc = STATE_ASSOCIATIONS[4]
    parish = TOWN_HALLS[6]
    academy = "Bayou Clerks Academy"
    a = [mk.cert("institute", "Delphine Mouton-Abernathy", academy, f"MMC Academy, Part {p}", s, e, 20,
                 "Lafayette, Louisiana", "Ambroise Thibodaux-Vance", security=(i % 2 == 0),
                 layout=("classic" if i != 1 else "modern"), role="Academy Coordinator",
                 program_line="Gulf Meridian University, Office of Continuing Education", hours_text="20.0 Contact Hours")
         for i, (p, s, e) in enumerate([("I", "2021-02-22", "2021-02-24"), ("II", "2022-02-21", "2022-02-23"),
                                        ("III", "2023-02-20", "2023-02-22")])]
    pre = mk.cert("institute", "Delphine Mouton", academy, "Clerks Institute, Year 3", "2018-02-19", "2018-02-23", 30,
                  "Lafayette, Louisiana", "Ambroise Thibodaux-Vance", security=True, role="Academy Coordinator")
    fp = mk.letter("on_the_job", "Delphine Mouton-Abernathy", parish.name, "Hurricane Records Recovery Plan",
                   ["In the fall of 2024 I wrote the Hurricane Records Recovery Plan of the Parish of St. Aubrey Levee on my own time. "
                    "I estimate that I spent 40 hours researching and drafting the plan, which the Council "
                    "adopted in January 2025."],
                   "Delphine Mouton-Abernathy", "2026-08-04", start="2024-09-01", end="2024-12-31", hours=40,
                   first_person=True, org_name="Delphine Mouton-Abernathy, MMC candidate",
                   head_lines=["Belle Ordonne, Louisiana"], closing="Thank you,")
    sp = mk.letter("association_officer", "Delphine Mouton-Abernathy", assoc, "Treasurer",
                   ["As her husband and as a past member of the Association, I can attest that my wife Delphine "
                    "served as Treasurer of the Pelican Association of Municipal Clerks in 2023 and 2024."],
                   "Gaspard Lirette", "2026-08-05", start="2023-01-01", end="2024-12-31", years=2, relationship="husband",
                   org_name="Gaspard Lirette", head_lines=["412 Bayou Court, Belle Ordonne, LA"], salutation="Dear Sir or Madam:")
    sp.look["body"][0] = ("As her husband and as a past member of the Association, I can attest that "
                          "Delphine Mouton-Abernathy served as Treasurer of the Pelican Association of Municipal "
                          "Clerks in 2023 and 2024.")
    wrong = mk.cert("conference", "Yvette Broussard-Lang", assoc, "Spring Educational Conference", "2024-04-10",
                    "2024-04-12", 13, "Baton Rouge, LA", "Celestine Marchand", layout="plain", role="President",
                    heading="CERTIFICATE OF ATTENDANCE", title_label="Conference:", hours_text="13 hours")
    conf = mk.cert("conference", "Delphine Mouton-Abernathy", assoc, "Spring Educational Conference", "2024-04-10",
                   "2024-04-12", 15, "Baton Rouge, LA", "Celestine Marchand", layout="plain", role="President",
                   heading="CERTIFICATE OF ATTENDANCE", title_label="Conference:", hours_text="15 hours")
    conf2 = mk.cert("conference", "Delphine Mouton-Abernathy", assoc, "Spring Educational Conference", "2024-04-10",
                    "2024-04-12", 15, "Baton Rouge, LA", "Celestine Marchand", layout="plain", role="President",
                    heading="CERTIFICATE OF ATTENDANCE", title_label="Conference:", hours_text="15 hours",
                    stamp=["COPY", "RECEIVED AUG 11 2026"])
    mk.dup(conf, "spring24")
    mk.dup(conf2, "spring24")
    pub = mk.letter("personal_accomplishment", "Delphine Mouton-Abernathy", "The Municipal Record Quarterly",
                    "Ten Lessons from a Flooded Vault",
                    ["We are pleased to confirm that the article \u201cTen Lessons from a Flooded Vault\u201d by "
                     "Delphine Mouton-Abernathy appeared in the June 2025 issue of The Municipal Record Quarterly, "
                     "a peer-reviewed journal for records professionals."],
                    "Harriet Vesey-Lamontagne", "2025-09-02", start="2025-06-01", end="2025-06-30",
                    org_name="The Municipal Record Quarterly", head_style=1, head_lines=["Editorial Office"],
                    sig_lines=["Managing Editor"])
    off = mk.letter("association_officer", "Delphine Mouton-Abernathy", assoc, "Secretary",
                    ["The Pelican Association of Municipal Clerks confirms that Delphine Mouton-Abernathy held the "
                     "office of Secretary of the Association from May 1, 2021 to April 30, 2025."],
                    "Celestine Marchand", "2025-05-14", start="2021-05-01", end="2025-04-30", org_name=assoc,
                    head_style=0, head_lines=["Baton Rouge, Louisiana"], sig_lines=["President"])
    chair = mk.letter("committee_chair", "Delphine Mouton-Abernathy", assoc, "Legislative Committee",
                      ["Delphine Mouton-Abernathy chaired the Legislative Committee of the Pelican Association of "
                       "Municipal Clerks for two years, from 2021 through 2022."],
                      "Celestine Marchand", "2023-01-20", start="2021-01-01", end="2022-12-31", years=2,
                      org_name=assoc, head_style=2, head_lines=["Baton Rouge, Louisiana"], sig_lines=["President"])
    files = [
        File("academy.pdf", a),
        File("academy_2018.pdf", [pre]),
        File("chair_letter.jpeg", [chair], shape="jpeg"),
        File("conference-copy.pdf", [conf2], shape="photocopy"),
        File("conference.pdf", [conf]),
        File("conference_colleague.pdf", [wrong]),
        File("letter_delphine.pdf", [fp]),
        File("letter_gaspard.pdf", [sp]),
        File("officer.pdf", [off]),
        File("publication.pdf", [pub]),
    ]
    return Packet("mmc_staubrey", manifest(me, 3, "MMC", "2026-08-11", former=["Delphine Mouton"], member="102288",
                                           prior="2020-06-30"), files,
                  "MMC, Region 3: three Academy parts; a pre-CMC Institute year under the maiden name; a "
                  "first-person on-the-job letter; a letter by the applicant's husband (another family name, the "
                  "relationship stated); a colleague's certificate; a conference certificate whose stamped "
                  "photocopy sorts first ('-' before '.'), so the original is the DUPLICATE; a publication, an "
                  "officer term in dates and a committee chair in a phone photo.")


def vantreese() -> Packet:
    """Older conferences, Athenian, Academy sessions, IIMC online and study abroad, a blank image."""
    me = "Tobiah N. Esquivel-Rourke"
    inst = "Southwest Clerks Institute and Academy"
    mods = [mk.cert("institute", "Tobiah N. Esquivel-Rourke", inst, t, s, e, h, "Las Cruces, New Mexico",
                    "Araceli Montoya-Finch", layout=lay, security=sec, role="Academy Director",
                    program_line="Mesa Calderon College, Division of Continuing Studies")
            for t, s, e, h, lay, sec in [("Academy: Leadership Seminar", "2012-09-10", "2012-09-13", 24, "classic", True),
                                         ("Academy: Finance for Clerks", "2013-09-09", "2013-09-12", 24, "modern", False),
                                         ("Academy: Public Engagement", "2014-09-08", "2014-09-11", 12, "rotated", False),
                                         ("Academy: Strategic Planning", "2016-09-12", "2016-09-14", 18, "classic", True)]]
    ac_old = mk.cert("annual_conference", "Tobiah Esquivel-Rourke", IIMC, "62nd Annual Conference", "2008-05-18",
                     "2008-05-21", None, "Atlanta, Georgia", "Hollis Quarrington", layout="classic",
                     heading="Certificate of Attendance", verb="attended the", role="IIMC President", provider_in_header=True)
    ac = mk.cert("annual_conference", "Tobiah N. Esquivel-Rourke", IIMC, "77th Annual Conference", "2023-05-21",
                 "2023-05-24", 18, "Niagara Falls, New York", "Ramona Kettleby", layout="classic",
                 heading="Certificate of Attendance", verb="attended the", role="IIMC President", provider_in_header=True,
                 security=True, hours_text="18 education hours")
    ath = mk.cert("athenian_dialogue", "Tobiah N. Esquivel-Rourke", IIMC, "Athenian Dialogue: The Cheese and the Worms",
                  "2016-04-07", None, None, "Albuquerque, NM", "Ramona Kettleby", assessment=True, layout="modern",
                  heading="Athenian Leadership Society", lead="recognizes", verb="for completing the", role="Facilitator",
                  extra="Learning assessment completed and reviewed by the facilitator.")
    s1 = mk.cert("conference_academy", "Tobiah N. Esquivel-Rourke", IIMC, "Academy Session: Coaching Your Team",
                 "2023-05-21", None, None, "Niagara Falls, New York", "Ramona Kettleby", layout="plain",
                 heading="ANNUAL CONFERENCE ACADEMY", title_label="Session:", role="IIMC President")
    s2 = mk.cert("conference_academy", "Tobiah N. Esquivel-Rourke", IIMC, "Academy Session: Negotiation Skills",
                 "2023-05-22", None, None, "Niagara Falls, New York", "Ramona Kettleby", layout="plain",
                 heading="ANNUAL CONFERENCE ACADEMY", title_label="Session:", role="IIMC President")
    onl = mk.cert("iimc_online", "Tobiah N. Esquivel-Rourke", IIMC, "IIMC Online: Advanced Minutes Writing",
                  "2024-10-01", "2024-11-15", 12, None, None, delivery="online", assessment=True, layout="online",
                  assessment_text="Assessment completed", hours_text="12 hours")
    cd = mk.cert("cd_rom", "Tobiah N. Esquivel-Rourke", IIMC, "CD-ROM Course: Public Records Law", "2015-03-02", None,
                 None, None, None, layout="online", heading="IIMC CD-ROM Course", assessment=True,
                 assessment_text="Post-test passed")
    sa = mk.letter("study_abroad", "Tobiah N. Esquivel-Rourke", IIMC, "Study Abroad Program: Local Government in Portugal",
                   ["This confirms that Tobiah N. Esquivel-Rourke took part in the IIMC Study Abroad Program: Local "
                    "Government in Portugal, from October 5 to October 16, 2025, visiting the municipalities of "
                    "Braga and Évora."],
                   "Hollis Quarrington", "2025-11-03", start="2025-10-05", end="2025-10-16", org_name=IIMC,
                   head_style=1, head_lines=["International Programs"], sig_lines=["Executive Director"])
    rel = mk.letter("related_officer", "Tobiah N. Esquivel-Rourke", RELATED_ASSOC, "Treasurer",
                    ["Tobiah N. Esquivel-Rourke has served as Treasurer of the Association of Records Administrators "
                     "and Keepers, Lakes Chapter, for three years (2021, 2022 and 2023)."],
                    "Marisela Quintanar", "2024-02-02", start="2021-01-01", end="2023-12-31", years=3,
                    org_name=RELATED_ASSOC, head_style=0, head_lines=["Chapter Office"], sig_lines=["Chapter President"])
    cr = mk.transcript("Tobiah N. Esquivel-Rourke", "Mesa Calderon College", 9, "2026-03-30", pages=1, terms=2,
                       first_year=2024, registrar="Registrar's Office", student_id="MCC-3320917", style="grid",
                       total_label="CUMULATIVE EARNED")
    ag = mk.agenda(inst, "Academy: Strategic Planning", "2016-09-12", "2016-09-14", "Las Cruces, New Mexico",
                   [("8:00 - 8:30", "Check-in"), ("8:30 - 11:30", "Environmental scanning"),
                    ("12:30 - 3:30", "SWOT workshop"), ("Day 2, 8:30", "Goals and measures"),
                    ("Day 3, 8:30", "Presentations and assessment")])
    files = [
        File("1 academy modules.pdf", mods + [ag]),
        File("2 annual conferences.pdf", [ac_old, ac, s1, s2]),
        File("3 athenian.pdf", [ath]),
        File("4 iimc courses.pdf", [onl, cd]),
        File("5 study abroad.pdf", [sa]),
        File("6 records association.pdf", [rel]),
        File("7 transcript.pdf", [cr]),
        File("8 scan.png", [mk.blank()], shape="blank_png"),
    ]
    return Packet("mmc_vantreese", manifest(me, 8, "MMC", "2026-06-22", member="066204", prior="2011-11-15"), files,
                  "MMC, Region 8: four Academy modules (one rotated) and their agenda, a 2008 Annual Conference "
                  "before the CMC and a 2023 one, an Athenian Dialogue, two Annual Conference Academy sessions, an "
                  "IIMC online course, a CD-ROM course and the Study Abroad Program (the last two left to a reviewer "
                  "where the guidelines say points vary), an officer of a related association, college credits, "
                  "and a blank PNG scan.")


def marrowby() -> Packet:
    """Near complete: a certification, chair and Foundation board, teaching, a corrupt photo, a form."""
    me = "Ingrid-Marie Tolliver"
    assoc = "Evergreen Cascades Clerks Association"
    acad = "Cascadia Municipal Clerks Academy"
    a1 = mk.cert("institute", "Ingrid-Marie Tolliver", acad, "Academy Year 1", "2019-10-07", "2019-10-11", 40,
                 "Ellensburg, Washington", "Ptolemy Haverford", security=True, role="Academy Director")
    a2 = mk.cert("institute", "Ingrid-Marie Tolliver", acad, "Academy Year 2", "2020-10-05", "2020-10-09", 40,
                 "Ellensburg, Washington", "Ptolemy Haverford", layout="modern", role="Academy Director")
    sc = mk.cert("state_course", "Ingrid-Marie Tolliver", assoc, "Public Disclosure Deep Dive", "2021-04-20", "2021-04-21", 16,
                 "Wenatchee, WA", "Oriana Castellanos", course_review=True, layout="plain", heading="CERTIFICATE",
                 title_label="Course:", role="Education Chair", hours_text="16 contact hours",
                 review_text="This course was approved through IIMC Course Review.")
    crm = mk.cert("certification", "Ingrid-Marie Tolliver", "Institute of Certified Records Managers",
                  "Certified Records Manager (CRM)", None, None, 60, None, "Lysander Quayle", issue="2022-03-01",
                  layout="modern", heading="Certified Records Manager", lead="Be it known that",
                  verb="having completed 60 hours of training and the examinations, is hereby certified as",
                  role="President", hours_text="Training hours: 60")
    sem_nohours = mk.cert("course", "Ingrid-Marie Tolliver", OUTSIDE_TRAINERS[0], "Supervising Remote Teams",
                          "2023-02-15", None, None, "Seattle, WA", "Quentin Marchbanks", layout="modern",
                          heading="Certificate of Attendance", role="Seminar Leader")
    sem = mk.cert("course", "Ingrid-Marie Tolliver", OUTSIDE_TRAINERS[2], "Records Center Operations",
                  "2024-05-13", "2024-05-17", 30, "Portland, Oregon", "Fenella Strickland", layout="plain",
                  heading="CERTIFICATE OF COMPLETION", title_label="Seminar:", role="Instructor", hours_text="30 hours")
    ac = mk.cert("annual_conference", "Ingrid-Marie Tolliver", IIMC, "79th Annual Conference", "2025-05-18", "2025-05-21",
                 16, "Louisville, Kentucky", "Ramona Kettleby", layout="classic", heading="Certificate of Attendance",
                 verb="attended the", role="IIMC President", provider_in_header=True, hours_text="16 hours")
    chair = mk.letter("committee_chair", "Ingrid-Marie Tolliver", IIMC, "Education Committee",
                      ["Ingrid-Marie Tolliver chaired the IIMC Education Committee from June 2021 to June 2023."],
                      "Ramona Kettleby", "2023-07-11", start="2021-06-01", end="2023-06-30", org_name=IIMC,
                      head_style=1, head_lines=["Office of the President"], sig_lines=["IIMC President"])
    board = mk.letter("board_member", "Ingrid-Marie Tolliver", "IIMC Foundation", "Board of Directors",
                      ["Ingrid-Marie Tolliver was a member of the IIMC Foundation Board of Directors for two "
                       "years, 2023 and 2024."], "Montgomery Achterhof", "2025-01-30", start="2023-01-01",
                      end="2024-12-31", years=2, org_name="IIMC Foundation", head_style=2,
                      head_lines=["Board of Directors"], sig_lines=["Foundation Chair"])
    reg = mk.cert("conference", "Ingrid-Marie Tolliver", IIMC, "Region IX Meeting", "2024-03-06", "2024-03-08", None,
                  "Boise, Idaho", "Ramona Kettleby", days=3, layout="classic", heading="Certificate of Attendance",
                  verb="attended the", days_text="3 days", role="IIMC President", provider_in_header=True)
    otj = mk.letter("on_the_job", "Ingrid-Marie Tolliver", "City of Marrowby Creek", "Council Chamber Captioning Pilot",
                    ["Beyond her regular duties, Ingrid-Marie Tolliver organised the Council Chamber Captioning Pilot "
                     "in 2025, contributing 16 hours outside her daily work."],
                    "Caspian Whitlow", "2025-12-01", start="2025-01-01", end="2025-12-31", hours=16,
                    org_name="City of Marrowby Creek", head_style=0, head_lines=["City Hall, Marrowby Creek, WA"],
                    sig_lines=["City Manager"])
    teach = mk.letter("teaching_institute", "Ingrid-Marie Tolliver", acad, "Records Management Fundamentals",
                      ["Ingrid-Marie Tolliver taught Records Management Fundamentals at the Cascadia Municipal Clerks "
                       "Academy on October 6, 2025: 10 hours of instruction."],
                      "Ptolemy Haverford", "2025-10-20", start="2025-10-06", end="2025-10-06", hours=10,
                      org_name=acad, head_style=0, head_lines=["Ellensburg, Washington"], sig_lines=["Academy Director"])
    form = mk.form("Ingrid-Marie Tolliver", [("Applicant", "Ingrid-Marie Tolliver"), ("IIMC Member #", "140552"),
                                              ("Date of CMC", "04/02/2019"), ("Program", "MMC")],
                   ["Academy certificates", "Certification", "Letters of service", "Conference certificates"],
                   form_title="MMC APPLICATION - SUPPORTING DOCUMENTATION CHECKLIST")
    files = [
        File("00 form.pdf", [form]),
        File("01 academy.pdf", [a1, a2]),
        File("02 state course.pdf", [sc]),
        File("03 certification.pdf", [crm]),
        File("04 seminars.pdf", [sem_nohours, sem]),
        File("05 conferences.pdf", [ac, reg]),
        File("06 letters.pdf", [chair, board, otj, teach]),
        File("07 photo.jpg", [mk.unsupported()], shape="corrupt_jpeg"),
    ]
    return Packet("mmc_marrowby", manifest(me, 9, "MMC", "2026-12-01", member="140552", prior="2019-04-02"), files,
                  "MMC, Region 9: two Academy years, a reviewed state course, a CRM certification (no work dates, "
                  "an award date), an unreviewed seminar without hours, an Annual Conference and a 30-hour seminar "
                  "that may go on either side, a committee chair in dates and a Foundation board in years, a Region "
                  "meeting in days, on-the-job hours, teaching at the Academy, a truncated JPEG and the checklist form.")
