"""Transcripts (several registrars, multi-page), agendas and application forms."""

from reportlab.lib import colors

from . import layouts as L


def draw_transcript(c, s, rnd):
    """s: college, office, address, name, student_id, terms [(term, [(code, title, cr, grade)])],
    cum_credits, gpa, degree (or None), degree_date_text, issued_text, per_page."""
    w, h = L.PORTRAIT
    ink = rnd.choice(L.INKS)
    shade = colors.HexColor("#eef1f6") if rnd.random() < 0.5 else None
    pages, terms, per_page = 0, list(s["terms"]), s.get("per_page", 3)
    npages = (len(terms) + per_page - 1) // per_page
    while terms or pages == 0:
        chunk, terms = terms[:per_page], terms[per_page:]
        pages += 1
        c.setPageSize((w, h))
        c.setFillColor(ink)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 54, s["college"])
        c.setFont("Helvetica", 9)
        c.drawCentredString(w / 2, h - 68, f"{s['office']}  -  {s['address']}")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 88, "OFFICIAL ACADEMIC TRANSCRIPT")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawString(60, h - 112, f"Student Name: {s['name']}")
        c.drawString(60, h - 124, f"Student ID: {s['student_id']}")
        c.drawRightString(w - 60, h - 112, f"Date Issued: {s['issued_text']}")
        c.drawRightString(w - 60, h - 124, f"Page {pages} of {npages}")
        c.setLineWidth(0.8)
        c.line(60, h - 132, w - 60, h - 132)
        y = h - 152
        for term, courses in chunk:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(60, y, term)
            y -= 15
            rows = [(a, b, f"{cr:.1f}", g) for a, b, cr, g in courses]
            y = L.table(
                c,
                64,
                y,
                ["Course", "Title", "Credits", "Grade"],
                rows,
                [80, 300, 60, 50],
                shade=shade,
            )
            tc = sum(cr for _, _, cr, _ in courses)
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(380, y, f"Term credits: {tc:.1f}")
            y -= 22
        if not terms:
            c.setLineWidth(0.8)
            c.line(60, y + 6, w - 60, y + 6)
            y -= 10
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(60, y, f"Cumulative Credits Earned: {s['cum_credits']:.1f}")
            c.drawString(330, y, f"Cumulative GPA: {s['gpa']}")
            y -= 18
            if s.get("degree"):
                c.drawString(60, y, f"Degree Conferred: {s['degree']}")
                y -= 13
                c.setFont("Helvetica", 9.5)
                c.drawString(60, y, f"Date Conferred: {s['degree_date_text']}")
                y -= 13
            else:
                c.setFont("Helvetica", 9.5)
                c.drawString(60, y, "No degree awarded.  Non-degree seeking student.")
                y -= 13
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(60, 70, "*** END OF TRANSCRIPT ***")
        c.setFont("Helvetica", 7)
        c.drawCentredString(
            w / 2,
            40,
            "This transcript is official only when it bears the registrar's seal. "
            "Issued to the student.",
        )
        L.seal(c, w - 110, 95, 30, s["college"].upper()[:34], colors.HexColor("#55607a"))
        c.showPage()
    return pages


def draw_agenda(c, s, rnd):
    """s: provider, title, dates_text, location, slots [(time, session)], note."""
    w, h = L.PORTRAIT
    c.setPageSize((w, h))
    ink = rnd.choice(L.INKS)
    c.setFillColor(ink)
    c.rect(0, h - 95, w, 95, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(60, h - 45, s["title"])
    c.setFont("Helvetica", 10.5)
    c.drawString(60, h - 63, s["provider"])
    c.drawString(60, h - 80, f"{s['dates_text']}  |  {s['location']}")
    c.setFillColor(colors.black)
    y = h - 125
    for day, slots in s["days"]:
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(ink)
        c.drawString(60, y, day)
        y -= 17
        c.setFillColor(colors.black)
        for t, sess in slots:
            c.setFont(
                "Helvetica-Bold"
                if sess in ("Break", "Lunch") or sess.startswith("Lunch")
                else "Helvetica",
                9.5,
            )
            c.drawString(70, y, t)
            c.drawString(190, y, sess)
            y -= 14
        y -= 10
    if s.get("note"):
        L.wrap(c, s["note"], 60, y - 6, w - 120, "Helvetica-Oblique", 8.5)
    c.showPage()
    return 1


def draw_form(c, s, rnd):
    """An application cover form filled in by hand (typed)."""
    w, h = L.PORTRAIT
    c.setPageSize((w, h))
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 60, s["title"])
    c.setFont("Helvetica", 9)
    c.drawCentredString(
        w / 2, h - 75, "International Institute of Municipal Clerks - Education Department"
    )
    y = h - 115
    for label, val in s["rows"]:
        c.setFont("Helvetica", 9)
        c.drawString(72, y, label)
        c.setFont("Courier", 10.5)
        c.drawString(250, y, val)
        c.setLineWidth(0.4)
        c.line(245, y - 3, w - 72, y - 3)
        y -= 24
    c.showPage()
    return 1
