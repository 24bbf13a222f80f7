"""Agendas and programmes: tables, time-slot lists, two columns, landscape."""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import landscape, letter

from . import paper
from . import wordings as W


def agenda(c, doc):
    rng = doc.rng("ag")
    f, s = doc.f, doc.s
    style = s.get("style") or rng.choice(["table", "slots", "two_col", "landscape"])
    size = landscape(letter) if style == "landscape" else letter
    c.setPageSize(size)
    w, h = size
    fam = s.get("fam") or paper.family(rng)
    ink = s.get("ink") or rng.choice(paper.INKS)
    items = s["items"]  # [(time, text)]
    pages = s.get("npages", 1)
    per = -(-len(items) // pages)
    for pi in range(pages):
        c.setFillColor(ink)
        y = h - 60
        if pi == 0:
            if "provider" in f:
                c.setFont(fam[1], 12)
                c.drawCentredString(w / 2, y, f["provider"])
                y -= 22
            if "title" in f:
                c.setFont(fam[1], 20)
                c.drawCentredString(w / 2, y, f["title"])
                y -= 22
            c.setFont(fam[0], 11)
            line = []
            if "start_date" in f:
                line.append(
                    W.span(
                        f["start_date"],
                        f.get("end_date", f["start_date"]),
                        s.get("date_style", "long"),
                    )
                )
            if "location" in f:
                line.append(f["location"])
            if line:
                c.drawCentredString(w / 2, y, "  \u2022  ".join(line))
                y -= 14
            c.setFont(fam[1], 13)
            c.drawCentredString(w / 2, y - 8, s.get("heading", "AGENDA"))
            y -= 36
        else:
            c.setFont(fam[0], 9)
            c.drawString(60, y, (f.get("title", "Agenda")) + " \u2013 continued")
            y -= 30
        c.setFillColor(Color(0, 0, 0))
        chunk = items[pi * per : (pi + 1) * per]
        if style == "two_col":
            half = -(-len(chunk) // 2)
            for col, part in enumerate((chunk[:half], chunk[half:])):
                yy = y
                x = 50 + col * (w / 2 - 20)
                for t, text in part:
                    c.setFont(fam[1], 9)
                    c.drawString(x, yy, t)
                    yy = paper.para(c, x, yy - 11, text, fam[0], 9, w / 2 - 90) - 6
        elif style == "table":
            c.setStrokeColor(Color(0.5, 0.5, 0.5))
            for t, text in chunk:
                lines = paper.wrap(c, text, fam[0], 10, w - 230)
                hh = 8 + 12 * len(lines)
                c.rect(60, y - hh + 10, 110, hh)
                c.rect(170, y - hh + 10, w - 230, hh)
                c.setFont(fam[1], 9.5)
                c.drawString(66, y - 2, t)
                c.setFont(fam[0], 10)
                for i, ln in enumerate(lines):
                    c.drawString(176, y - 2 - 12 * i, ln)
                y -= hh
        else:
            for t, text in chunk:
                c.setFont(fam[1], 10)
                c.drawString(70, y, t)
                y = paper.para(c, 190, y, text, fam[0], 10, w - 260) - 7
        if s.get("stamp") and pi == 0:
            paper.stamp(c, w - 130, h - 40, s["stamp"], rng)
        c.showPage()
