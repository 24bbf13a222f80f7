"""Letters: HR verifications, committee and teaching letters, memos, first-person notes."""

from reportlab.lib import colors

from . import layouts as L


def draw_letter(c, s, rnd):
    """s: org, org_lines, align (left/center/right/none), date, ref, to [lines], salutation,
    paras [..], closing, signer, role, memo {to, from, re}, stamp, face."""
    w, h = L.PORTRAIT
    c.setPageSize((w, h))
    ink = rnd.choice(L.INKS)
    face = L.FACES[s.get("face", rnd.randrange(2))]
    reg, bold, ital = face
    size = s.get("size", rnd.choice([10.5, 11, 11.5]))
    if s.get("align", "left") == "none":
        y = h - 80
    else:
        y = L.letterhead(
            c, w, h, s["org"], s.get("org_lines", []), ink, s.get("align", "left"), face
        )
    c.setFillColor(colors.black)
    if s.get("memo"):
        c.setFont(bold, 18)
        c.drawString(72, y, "MEMORANDUM")
        y -= 28
        for k, v in s["memo"]:
            c.setFont(bold, size)
            c.drawString(72, y, f"{k}:")
            c.setFont(reg, size)
            c.drawString(140, y, v)
            y -= size * 1.6
        c.setLineWidth(0.8)
        c.line(72, y + 4, w - 72, y + 4)
        y -= 18
    else:
        if s.get("date"):
            c.setFont(reg, size)
            if s.get("date_right"):
                c.drawRightString(w - 72, y, s["date"])
            else:
                c.drawString(72, y, s["date"])
            y -= size * 2.4
        for line in s.get("to", []):
            c.setFont(reg, size)
            c.drawString(72, y, line)
            y -= size * 1.3
        if s.get("to"):
            y -= size
        if s.get("ref"):
            c.setFont(bold, size)
            c.drawString(72, y, s["ref"])
            y -= size * 2.2
        if s.get("salutation"):
            c.setFont(reg, size)
            c.drawString(72, y, s["salutation"])
            y -= size * 2
    for p in s.get("paras", []):
        y = L.wrap(c, p, 72, y, w - 144, reg, size) - size * 0.8
    if s.get("closing"):
        c.setFont(reg, size)
        c.drawString(72, y, s["closing"])
        y -= 46
    if s.get("signer"):
        if s.get("scrawl", True):
            L.signature(c, 72, y + 6, 170, "", "", rnd, ink)
        c.setFont(reg, size)
        c.drawString(72, y - 8, s["signer"])
        for i, r in enumerate(s.get("role", "").split("\n")):
            if r:
                c.drawString(72, y - 8 - size * 1.3 * (i + 1), r)
    if s.get("stamp"):
        L.stamp(c, w - 250, 120, s["stamp"], rnd)
    if s.get("footer"):
        c.setFont(ital, 7.5)
        c.setFillColor(ink)
        c.drawCentredString(w / 2, 40, s["footer"])
    c.showPage()
    return 1
