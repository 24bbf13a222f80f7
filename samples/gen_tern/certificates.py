"""Certificates: landscape bordered, portrait, modern band, conference attendance, diplomas."""

from reportlab.lib import colors

from . import layouts as L


def draw_certificate(c, s, rnd):
    """s: dict with name, header, lead, body, title, provider, sub, date, hours, location,
    number, signers [(name, role)], extra [lines], style, seal."""
    style = s.get("style", "landscape")
    ink = rnd.choice(L.INKS)
    face = L.FACES[s.get("face", rnd.randrange(2))]
    reg, bold, ital = face
    if style in ("landscape", "conference"):
        w, h = L.LANDSCAPE
    else:
        w, h = L.PORTRAIT
    c.setPageSize((w, h))
    if style == "modern":
        L.border(c, w, h, ink, "band")
        x0, width, align = 90, w - 160, "left"
    else:
        L.border(c, w, h, ink, rnd.choice(["double", "corners", "guilloche"]))
        x0, width, align = 80, w - 160, "center"
    y = h - (95 if style != "portrait" else 120)
    c.setFillColor(ink)
    y = L.wrap(c, s["provider"], x0, y, width, bold, rnd.choice([15, 17, 19]), align=align)
    c.setFillColor(colors.black)
    if s.get("sub"):
        y = L.wrap(c, s["sub"], x0, y + 2, width, ital, 10.5, align=align)
    y -= 18
    c.setFillColor(ink)
    y = L.wrap(
        c,
        s.get("header", "Certificate of Completion"),
        x0,
        y,
        width,
        rnd.choice([bold, "Times-BoldItalic"]),
        rnd.choice([26, 30, 34]),
        align=align,
    )
    c.setFillColor(colors.black)
    y -= 8
    y = L.wrap(c, s.get("lead", "This is to certify that"), x0, y, width, ital, 12, align=align)
    y -= 10
    if s.get("name"):
        y = L.wrap(c, s["name"], x0, y, width, bold, rnd.choice([22, 24, 26]), align=align)
    else:
        c.setLineWidth(0.7)
        c.line(
            w / 2 - 150 if align == "center" else x0,
            y,
            (w / 2 + 150) if align == "center" else x0 + 300,
            y,
        )
        y -= 24
    y -= 6
    for line in s.get("body", ["has satisfactorily completed"]):
        y = L.wrap(c, line, x0, y, width, reg, 12.5, align=align)
    if s.get("title"):
        y -= 4
        c.setFillColor(ink)
        y = L.wrap(c, s["title"], x0, y, width, bold, rnd.choice([15, 16, 18]), align=align)
        c.setFillColor(colors.black)
    y -= 6
    for line in s.get("detail", []):
        y = L.wrap(c, line, x0, y, width, reg, 11.5, align=align)
    for line in s.get("extra", []):
        y = L.wrap(c, line, x0, y, width, ital, 9.5, align=align)
    signers = s.get("signers", [])
    sy = 92 if style != "portrait" else 130
    if len(signers) == 1:
        L.signature(
            c,
            (w - 200) / 2 if align == "center" else x0,
            sy,
            200,
            signers[0][0],
            signers[0][1],
            rnd,
            ink,
        )
    elif signers:
        L.signature(
            c, 90 if align == "center" else x0, sy, 190, signers[0][0], signers[0][1], rnd, ink
        )
        L.signature(c, w - 280, sy, 190, signers[1][0], signers[1][1], rnd, ink)
    if s.get("seal"):
        if style == "modern":
            sx, sy2 = w - 110, sy + 95
        elif style == "portrait":
            sx, sy2 = w / 2, sy + 80
        else:
            sx, sy2 = w / 2, sy + 66
        L.seal(c, sx, sy2, 38, s["seal"], colors.HexColor("#a07d1c"))
    c.setFont("Helvetica", 7.5)
    if s.get("number"):
        c.drawString(50 if style != "modern" else 70, 44, s["number"])
    if s.get("footer"):
        c.drawRightString(w - 50, 44, s["footer"])
    c.showPage()
    return 1


def draw_diploma(c, s, rnd):
    w, h = L.LANDSCAPE
    c.setPageSize((w, h))
    ink = rnd.choice(L.INKS)
    L.border(c, w, h, ink, "guilloche")
    c.setFillColor(ink)
    c.setFont("Times-Bold", 30)
    c.drawCentredString(w / 2, h - 110, s["provider"])
    c.setFillColor(colors.black)
    c.setFont("Times-Italic", 13)
    c.drawCentredString(
        w / 2,
        h - 150,
        "upon the recommendation of the Faculty and by virtue of the authority vested in it",
    )
    c.drawCentredString(w / 2, h - 168, "has conferred upon")
    c.setFont("Times-Bold", 26)
    c.drawCentredString(w / 2, h - 215, s["name"])
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 250, "the degree of")
    c.setFont("Times-Bold", 20)
    c.drawCentredString(w / 2, h - 285, s["degree"])
    c.setFont("Times-Roman", 12)
    c.drawCentredString(
        w / 2, h - 320, "with all the rights, privileges and honors thereunto appertaining."
    )
    c.drawCentredString(w / 2, h - 345, f"Given at {s['city']} on {s['date']}.")
    L.signature(c, 110, 100, 190, s["signers"][0][0], s["signers"][0][1], rnd, ink)
    L.signature(c, w - 300, 100, 190, s["signers"][1][0], s["signers"][1][1], rnd, ink)
    L.seal(c, w / 2, 110, 44, s["provider"].upper(), colors.HexColor("#7a1f1f"))
    c.showPage()
    return 1
