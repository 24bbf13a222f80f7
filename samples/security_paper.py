"""Security-paper twins of born-digital packets (samples/security_paper/).

Real transcripts and certificates are printed on security paper. This writes chosen
packets twice with the same seed, so the same documents and the same truth:

- `plain/<packet>/`: as samples/generate.py draws them;
- `security/<packet>/`: every transcript and certificate page printed over a security
  background: a guilloche (vector curves), tiled background text ("UNIVERSITY OF IOWA
  UNIVERSITY OF IOWA ...": tiny, rotated or light, by document), a microprint border and,
  on some, a diagonal watermark ("COPY", "UNOFFICIAL"). Letters, agendas and forms stay
  on plain paper.

`intake eval samples/security_paper` then gives both variants side by side. The
background is drawn first on each page (under the document's ink), as paper is printed
before the document is. `background_words` sets how many words of tiled text a page
carries (bench/scaling.py draws the same document with 100 to 20,000).

    .venv/bin/python -m samples.security_paper                 # writes samples/security_paper/
    .venv/bin/python -m samples.security_paper --out /tmp/sp   # elsewhere
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from samples import generate
from samples.factory import PacketBuilder
from samples.truth import Doc

ON_SECURITY_PAPER = ("transcript", "certificate")  # Doc.render values printed on it


@dataclass(frozen=True)
class Paper:
    """One security paper: what its background looks like."""

    issuer: str  # the tiled phrase: "UNIVERSITY OF IOWA"
    size: float = 3.5  # points, of the tiled text
    grey: tuple[float, float, float] = (0.78, 0.85, 0.96)  # its colour
    angle: float = 0.0  # degrees the tiled rows are turned
    watermark: str | None = None  # a diagonal word ("COPY"), very light
    words: int = 2000  # words of tiled text on a page (about)
    look: int | None = None  # one of the four looks of `variant` for every document

    def variant(self, seed: int) -> Paper:
        """One of four looks, by document: tiny and light, light only (5.5 pt), rotated
        (30 degrees, mid grey), tiny only (dark grey); every other one with a watermark."""
        r = random.Random(seed)
        look = r.randrange(4)
        mark = r.choice([None, "COPY", "UNOFFICIAL", None])
        look = look if self.look is None else self.look
        styles: list[dict[str, Any]] = [
            {},
            {"size": 5.5},
            {"size": 6.0, "grey": (0.77, 0.77, 0.8), "angle": 30.0},
            {"size": 3.0, "grey": (0.75, 0.75, 0.75)},
        ]
        return Paper(self.issuer, watermark=mark, words=self.words, look=self.look,
                     **{"size": self.size, "grey": self.grey, "angle": self.angle,
                        **styles[look]})


class SecurityCanvas(Canvas):
    """A reportlab canvas whose pages, while `paper` is set, get a security background
    drawn beneath whatever the page already holds (the code is moved to the page's start
    when the page is closed, as reportlab does for its crop marks)."""

    paper: Paper | None = None
    rng: random.Random = random.Random(0)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        if self.paper is not None:
            code = self._code  # type: ignore[attr-defined]
            mark = len(code)
            self.saveState()
            draw_background(self, self.paper, self.rng, *self._pagesize)  # type: ignore[attr-defined]
            self.restoreState()
            background = code[mark:]
            del code[mark:]
            code[0:0] = background
        super().showPage()


def draw_background(c: Canvas, paper: Paper, rng: random.Random, w: float, h: float) -> None:
    guilloche(c, rng, w, h)
    tiled_text(c, paper, w, h)
    microprint_border(c, paper.issuer, w, h)
    if paper.watermark:
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.setFont("Helvetica-Bold", 96 if len(paper.watermark) < 6 else 72)
        c.saveState()
        c.translate(w / 2, h / 2)
        c.rotate(math.degrees(math.atan2(h, w)))
        c.drawCentredString(0, -30, paper.watermark)
        c.restoreState()


def guilloche(c: Canvas, rng: random.Random, w: float, h: float) -> None:
    """Interlaced sine bands across the page and a rosette: curves, no text."""
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.7, 0.8, 0.75)
    phase = rng.uniform(0, math.tau)
    for band in range(14):
        y0 = h * (band + 0.5) / 14
        p = c.beginPath()
        p.moveTo(0, y0)
        steps = 48
        for i in range(1, steps + 1):
            x = w * i / steps
            p.lineTo(x, y0 + 9 * math.sin(phase + band * 0.7 + x / 23) * math.cos(x / 71))
        c.drawPath(p, stroke=1, fill=0)
    cx, cy, r = w / 2, h / 2, min(w, h) / 4
    p = c.beginPath()
    for i in range(721):
        t = i * math.tau / 720
        rad = r * (0.75 + 0.25 * math.cos(7 * t + phase))
        x, y = cx + rad * math.cos(t), cy + rad * math.sin(t)
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    c.drawPath(p, stroke=1, fill=0)


def tiled_text(c: Canvas, paper: Paper, w: float, h: float) -> None:
    """Rows of the issuer's name repeated, about `paper.words` words in all, over the page
    (over a square around it when the rows are turned, so the page stays covered)."""
    phrase = paper.issuer.upper() + "  "
    font = "Helvetica"
    per_phrase = len(paper.issuer.split())
    c.setFont(font, paper.size)
    c.setFillColorRGB(*paper.grey)
    width = c.stringWidth(phrase, font, paper.size)
    span = math.hypot(w, h) if paper.angle else w
    per_row = max(1, int(span // width))
    rows = max(1, round(paper.words / (per_row * per_phrase)))
    c.saveState()
    if paper.angle:
        c.translate(w / 2, h / 2)
        c.rotate(paper.angle)
        c.translate(-span / 2, -span / 2)
    height = span if paper.angle else h
    gap = height / rows
    for row in range(rows):
        # each row starts a little further into the phrase, as a tiled pattern does
        shift = (row * width / 3) % width
        c.drawString(-shift + width / 2 if row % 2 else 0, gap * (row + 0.5), phrase * per_row)
    c.restoreState()


def microprint_border(c: Canvas, issuer: str, w: float, h: float) -> None:
    """A frame of 2-point text ("UNIVERSITYOFIOWAOFFICIALRECORD...") 18 points inside the
    edge: upright along the top and bottom, turned along the sides."""
    text = (issuer.replace(" ", "") + "OFFICIALRECORD").upper()
    size, inset = 2.0, 18.0
    c.setFont("Helvetica", size)
    c.setFillColorRGB(0.35, 0.35, 0.4)
    unit = c.stringWidth(text, "Helvetica", size)
    across = text * int((w - 2 * inset) // unit)
    along = text * int((h - 2 * inset) // unit)
    c.drawString(inset, inset, across)
    c.drawString(inset, h - inset, across)
    for x, angle in ((inset, 90), (w - inset, -90)):
        c.saveState()
        c.translate(x, inset if angle == 90 else h - inset)
        c.rotate(angle)
        c.drawString(0, 0, along)
        c.restoreState()


def security_render(paper: Paper) -> Callable[[Path, list[Doc]], None]:
    """A `generate.render_file` that prints transcripts and certificates on `paper` (its
    look varied by document)."""

    def paper_for(c: Canvas, d: Doc) -> None:
        assert isinstance(c, SecurityCanvas)
        on_paper = d.render in ON_SECURITY_PAPER
        issuer = d.opts.get("university") or d.fields.get("provider") or paper.issuer
        c.paper = replace(paper, issuer=_issuer(str(issuer))).variant(d.seed) \
            if on_paper else None
        c.rng = random.Random(d.seed)

    return partial(generate.render_file, canvas=SecurityCanvas, before=paper_for)


def _issuer(name: str) -> str:
    """The tiled phrase: the issuer's name, at most four words."""
    return " ".join(name.upper().split()[:4])


# ---------------------------------------------------------------- the packets


def long_transcript(seed: int) -> PacketBuilder:
    b = PacketBuilder(
        "cmc-r5-long-transcript",
        "CMC",
        5,
        seed,
        received=dt.date(2025, 6, 2),
        description="CMC Region 5: a 20-page bachelor transcript (public administration, "
        "related) and an institute certificate.",
    )
    b.add("transcript.pdf", b.transcript(
        "degree", "Bachelor of Arts in Public Administration", when=dt.date(2014, 5, 1),
        pages=20))
    b.add("institute.pdf", b.cert("institute", when=dt.date(2021, 3, 8)))
    return b


TWINS: list[Callable[[int], PacketBuilder]] = [
    generate.cmc_r3_institute,
    generate.cmc_r7_names,
    generate.mmc_r8_spill,
    long_transcript,
]


def write(out: Path, seed: int = 2025, words: int = 2000,
          packets: list[Callable[[int], PacketBuilder]] | None = None,
          look: int | None = None) -> list[Path]:
    """Write `plain/` and `security/` twins of the packets under `out` (`look`: the same
    look of `Paper.variant` for every document); the truth files."""
    truths = []
    paper = Paper("UNIVERSITY", words=words, look=look)
    for fn in packets or TWINS:
        for variant, render in (("plain", generate.render_file),
                                ("security", security_render(paper))):
            folder = out / variant
            folder.mkdir(parents=True, exist_ok=True)
            path, _ = generate.build(fn(seed), folder, render)
            truths.append(path)
    return truths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="samples/security_paper", type=Path)
    ap.add_argument("--seed", default=2025, type=int)
    ap.add_argument("--words", default=2000, type=int,
                    help="words of tiled background text on a page (about)")
    args = ap.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    for path in write(args.out, args.seed, args.words):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
