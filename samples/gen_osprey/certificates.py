"""Certificates of completion and attendance, diplomas and webinar confirmations."""

from . import layouts as L
from . import wordings as W
from .model import Doc

HEADINGS = {
    "completion": "Certificate of Completion",
    "attendance": "Certificate of Attendance",
    "achievement": "Certificate of Achievement",
    "participation": "Award of Participation",
    "recognition": "Certificate of Recognition",
}
PRESENTS = ["This is to certify that", "Be it known that", "is proudly presented to",
            "This certificate is awarded to", "We hereby recognize"]
DID = {
    "completion": "has satisfactorily completed the program",
    "attendance": "attended and participated in",
    "achievement": "has successfully fulfilled all requirements of",
    "participation": "for full participation in",
    "recognition": "in recognition of the completion of",
}


def cert(*, name, provider, title=None, start=None, end=None, hours=None, days=None,
         location=None, signatory=None, role="", second=None, issue=None, activity=None,
         delivery=None, assessment=None, course_review=None, review_no="",
         variant=0, heading="completion", date_style="long", hours_style="plain",
         extra=(), seal_text=None, flags=(), printed_name=None, orientation="landscape",
         stamp=None, dates_text=None):
    """A certificate. Truth fields are the keyword values that are not None."""
    f = {"applicant_name": name, "provider": provider, "title": title,
         "start_date": start, "end_date": end, "hours": hours, "days": days,
         "location": location, "signatory": signatory, "issue_date": issue,
         "delivery": delivery, "assessment": assessment, "course_review": course_review,
         "activity": activity}
    f = {k: v for k, v in f.items() if v is not None}

    def draw(c):
        c.setPageSize(L.LANDSCAPE if orientation == "landscape" else L.PORTRAIT)
        w, h = c._pagesize
        L.border(c, ["double", "rope", "plain"][variant % 3])
        y = h - 90
        L.centred(c, provider.upper() if variant % 2 == 0 else provider, y,
                  "Times-Bold", 17)
        y -= 40
        L.centred(c, HEADINGS[heading], y, "Times-BoldItalic" if variant % 2 else
                  "Helvetica-Bold", 26)
        y -= 34
        L.centred(c, PRESENTS[variant % len(PRESENTS)], y, "Times-Italic", 13)
        y -= 38
        shown = printed_name if printed_name is not None else name
        if shown:
            L.centred(c, shown, y, "Times-BoldItalic", 28)
        else:
            c.line(w / 2 - 150, y - 4, w / 2 + 150, y - 4)
        y -= 30
        if title:
            L.centred(c, DID[heading], y, "Times-Roman", 13)
            y -= 24
            L.centred(c, title, y, "Times-Bold", 17)
            y -= 26
        else:
            L.centred(c, DID[heading].replace(" the program", "").replace(" in", "")
                      .replace(" of", ""), y, "Times-Roman", 13)
            y -= 26
        bits = []
        if dates_text:
            bits.append(dates_text)
        elif start:
            bits.append(("held " if variant % 2 else "on ") + W.span(start, end, date_style))
        if location:
            bits.append(("at " if variant % 2 else "in ") + location)
        if bits:
            L.centred(c, ", ".join(bits), y, "Times-Roman", 12.5)
            y -= 20
        if hours is not None:
            L.centred(c, "for a total of " + W.hours(hours, hours_style), y,
                      "Times-Roman", 12.5)
            y -= 20
        if days is not None:
            L.centred(c, f"for {W.NUMBERS[days]} ({days}) days of attendance", y,
                      "Times-Roman", 12.5)
            y -= 20
        for line in extra:
            L.centred(c, line, y, "Helvetica", 9.5)
            y -= 14
        if review_no:
            L.centred(c, review_no, y, "Helvetica-Oblique", 9)
            y -= 14
        if issue:
            L.centred(c, "Awarded " + W.date(issue, "formal") if variant % 2 else
                      "Issued " + W.date(issue, date_style), y - 4, "Times-Italic", 11)
        if signatory:
            if second:
                L.signature(c, 110, 95, signatory, role)
                L.signature(c, w - 300, 95, second[0], second[1])
            else:
                L.signature(c, w / 2 - 95, 95, signatory, role)
        if seal_text:
            L.seal(c, w - 110 if not second else w / 2, 120, 44, seal_text)
        if stamp:
            L.stamp(c, 70, h - 150, stamp)
        c.showPage()
        return 1

    return Doc("certificate", f, draw, list(flags))


def diploma(*, name, college, degree, conferred, president, registrar, place, flags=()):
    """A diploma: the college confers the degree in full words."""
    f = {"applicant_name": name, "provider": college, "degree": degree,
         "degree_date": conferred, "activity": "degree"}

    def draw(c):
        c.setPageSize(L.LANDSCAPE)
        w, h = c._pagesize
        L.border(c, "double", grey=0.2)
        L.centred(c, college, h - 100, "Times-Bold", 30)
        L.centred(c, "upon the recommendation of the Faculty has conferred upon", h - 150,
                  "Times-Italic", 14)
        L.centred(c, name, h - 195, "Times-BoldItalic", 30)
        L.centred(c, "the degree of", h - 235, "Times-Italic", 14)
        L.centred(c, degree, h - 270, "Times-Bold", 22)
        L.centred(c, "with all the rights, privileges and honors thereto appertaining.",
                  h - 300, "Times-Italic", 12)
        L.centred(c, f"Given at {place} on {W.date(conferred, 'formal')}.", h - 325,
                  "Times-Roman", 12)
        L.signature(c, 110, 90, president, "President")
        L.signature(c, w - 300, 90, registrar, "University Registrar")
        L.seal(c, w / 2, 110, 48, f"{college.upper()} * SIGILLUM * ")
        c.showPage()
        return 1

    return Doc("certificate", f, draw, list(flags))
