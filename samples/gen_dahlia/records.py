"""Academic transcripts: term tables over several pages, semester or quarter systems,
degree conferred or not, a registrar's key on the last page."""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import letter

from . import paper
from . import wordings as W

GRADES = ["A", "A-", "B+", "B", "A", "B+", "A-", "C+", "B-", "A"]
SUBJECTS = {
    "pa": [
        ("PAD", "Foundations of Public Administration"),
        ("PAD", "Public Budgeting and Finance"),
        ("PAD", "Administrative Law"),
        ("POL", "State and Local Government"),
        ("PAD", "Public Personnel Management"),
        ("PAD", "Records and Information Governance"),
        ("POL", "American Constitutional Politics"),
        ("PAD", "Ethics in Public Service"),
        ("URB", "Urban Planning Principles"),
        ("PAD", "Program Evaluation"),
        ("ENG", "Technical Writing"),
        ("STA", "Statistics for the Social Sciences"),
    ],
    "bio": [
        ("BIO", "General Biology I"),
        ("BIO", "General Biology II"),
        ("CHM", "General Chemistry"),
        ("BIO", "Genetics"),
        ("BIO", "Field Ecology"),
        ("BIO", "Cell Physiology"),
        ("MTH", "Calculus I"),
        ("ENG", "Composition"),
        ("BIO", "Microbiology"),
        ("BIO", "Vertebrate Zoology"),
    ],
    "bus": [
        ("BUS", "Principles of Management"),
        ("ACC", "Financial Accounting"),
        ("BUS", "Business Law"),
        ("MKT", "Marketing Principles"),
        ("ECO", "Microeconomics"),
        ("BUS", "Organizational Behavior"),
        ("FIN", "Corporate Finance"),
        ("BUS", "Operations Management"),
    ],
    "gen": [
        ("ENG", "English Composition I"),
        ("HIS", "United States History"),
        ("PSY", "Introduction to Psychology"),
        ("MTH", "College Algebra"),
        ("SOC", "Introduction to Sociology"),
        ("CIS", "Computer Applications"),
        ("COM", "Public Speaking"),
        ("POL", "Introduction to Government"),
        ("OFT", "Office Procedures"),
    ],
}


def transcript(c, doc):
    rng = doc.rng("tr")
    c.setPageSize(letter)
    w, h = letter
    f, s = doc.f, doc.s
    fam = s.get("fam") or rng.choice(
        [
            ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
            ("Courier", "Courier-Bold", "Courier"),
            ("LibNarrow", "LibNarrow-Bold", "LibNarrow"),
            ("Times-Roman", "Times-Bold", "Times-Italic"),
        ]
    )
    terms = s["terms"]  # [(term label, [(code, title, credits, grade)])]
    npages = s.get("npages", 2)
    per = -(-len(terms) // npages)
    total = f.get("credit_units", sum(cr for t in terms for (_, _, cr, _) in t[1]))
    name = s.get("name_print", f.get("applicant_name", ""))
    page = 0
    cum = 0.0
    for pi in range(npages):
        page += 1
        if s.get("security", True):
            paper.security(c, w, h, rng, rng.choice(["micro", "waves", "tint_waves"]))
        c.setFillColor(Color(0.05, 0.1, 0.3))
        c.setFont(fam[1], 14)
        c.drawString(50, h - 50, f["provider"].upper())
        c.setFont(fam[0], 8.5)
        c.drawString(
            50,
            h - 63,
            s.get("office", "Office of the Registrar") + "  \u2022  " + s.get("addr", ""),
        )
        c.setFont(fam[1], 11)
        c.drawRightString(w - 50, h - 50, s.get("doc_title", "OFFICIAL ACADEMIC TRANSCRIPT"))
        c.setFont(fam[0], 8.5)
        c.drawRightString(w - 50, h - 63, f"Page {page} of {npages}")
        c.setFillColor(Color(0, 0, 0))
        c.setFont(fam[0], 9)
        c.drawString(50, h - 84, "Student: " + name)
        c.drawString(300, h - 84, "Student ID: " + s.get("sid", "0048-2211"))
        if "issue_date" in f:
            c.drawString(
                50,
                h - 96,
                s.get("issued_label", "Date Issued: ")
                + W.date(f["issue_date"], s.get("date_style", "us")),
            )
        c.line(50, h - 102, w - 50, h - 102)
        y = h - 120
        for label, courses in terms[pi * per : (pi + 1) * per]:
            c.setFont(fam[1], 9.5)
            c.drawString(50, y, label)
            y -= 13
            c.setFont(fam[0], 8.5)
            tc = 0
            for code, title, cr, gr in courses:
                c.drawString(60, y, code)
                c.drawString(130, y, title)
                c.drawRightString(w - 130, y, f"{cr:.1f}" if s.get("decimals", True) else W.num(cr))
                c.drawString(w - 100, y, gr)
                y -= 11.5
                tc += cr
            cum += tc
            c.setFont(fam[2] or fam[0], 8.5)
            c.drawString(130, y, f"Term credits {tc:.1f}    Cumulative {cum:.1f}")
            y -= 18
        if pi == npages - 1:
            y -= 6
            c.line(50, y + 8, w - 50, y + 8)
            c.setFont(fam[1], 9.5)
            c.drawString(
                50,
                y - 6,
                s.get("total_label", "TOTAL CREDITS EARNED") + f": {total:.1f}"
                if s.get("decimals", True)
                else s.get("total_label", "TOTAL CREDITS EARNED") + f": {W.num(total)}",
            )
            y -= 26
            if "degree" in f:
                c.drawString(50, y, "DEGREE CONFERRED: " + f["degree"])
                y -= 13
                c.setFont(fam[0], 9)
                c.drawString(
                    50,
                    y,
                    "Date conferred: " + W.date(f["degree_date"], s.get("date_style", "long")),
                )
                y -= 13
            elif s.get("no_degree_note"):
                c.setFont(fam[0], 9)
                c.drawString(50, y, s["no_degree_note"])
                y -= 13
            c.setFont(fam[0], 7)
            c.drawString(
                50,
                60,
                "Key: A 4.0  B 3.0  C 2.0  D 1.0  F 0.0  W withdrawn  I incomplete.  "
                "This transcript is official only when it bears the registrar's seal.",
            )
            paper.seal(c, w - 100, 100, 30, rng, f["provider"])
        else:
            c.setFont(fam[2] or fam[0], 8)
            c.drawString(50, 60, "continued on next page")
        c.showPage()


def make_terms(rng, field, start_year, nterms, quarter=False, per_term=(4, 5)):
    """Terms Fall Y, Spring Y+1, ... (quarters: Fall, Winter, Spring) with drawn courses."""
    subj = list(SUBJECTS[field]) + list(SUBJECTS["gen"])
    rng.shuffle(subj)
    labels = ["Fall", "Winter", "Spring"] if quarter else ["Fall", "Spring"]
    out, year, k = [], start_year, 0
    for i in range(nterms):
        lab = labels[i % len(labels)]
        if i > 0 and lab == labels[1]:
            year += 1
        courses = []
        for _ in range(rng.randint(*per_term)):
            code, title = subj[k % len(subj)]
            k += 1
            cr = float(rng.choice([4, 5, 3] if quarter else [3, 3, 3, 4]))
            courses.append((f"{code} {rng.randint(100, 499)}", title, cr, rng.choice(GRADES)))
        out.append((f"{lab} {year}", courses))
    return out
