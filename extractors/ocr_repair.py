"""Repairs to Tesseract's words that hold for any page, applied whenever an OCR'd page is
handed out (fresh or from the cache, which keeps Tesseract's own reading).

- A capital letter split off its word ("J uly", "New J ersey", "64th Annual C onference",
  "First- Y ear"): in some serif faces Tesseract puts a word break after a wide capital.
  A lone capital other than "A" and "I" (English words of one letter) followed by a word
  that starts in lower case is one word.
- A capital I read as a lower-case l before an n ("lnformation", "lnstitute", "lnc."): no
  English word starts with "ln".

- A zero read as the letter O among a number's digits ("4O contact hours", "2O24").
- A capital I read as a lower-case l inside a word of capitals ("lIMC", "IlMC"): a word of
  three letters or more, all capitals but its l's, is an acronym; the IIMC's own acronym
  with its first I read as T, l or 1 ("TIMC") is the IIMC.
- A speck read as a tick between a number and its unit ("30'CEU"): two words.
- A month's name with one letter misread before a day ("Tune 8-12", "Joly 15"): a word of
  four letters or more that differs from a month's name in one letter, followed by a
  number, is that month.
- The spaces lost between a figure, its kind of hour and the hours ("12clockhours",
  "6.5hrs.", "contacthours"): Tesseract runs tightly set words together.
- A capital C read as G at the head of a cue word ("Gontact hours", "Gertificate"): a
  word of CUE_WORDS with its C read as G is that word.

Linear in the words of the page.
"""

from __future__ import annotations

import re

from core.models import Line, Page, Word
from extractors.layout import make_line, union

ONE_LETTER_WORDS = frozenset("AI")
L_FOR_I = re.compile(r"^([^\w]*)ln(?=[a-z])")


def _split_capital(word: Word, following: Word) -> bool:
    t = word.text
    return (len(t) == 1 and t.isupper() and t not in ONE_LETTER_WORDS
            and following.text[:1].islower() and following.text[:1].isalpha())


DIGITS_WITH_O = re.compile(r"^(?=[^\n]*\d)[\dOo]{2,6}([.,:;)]?)$")


def _digits_o(text: str) -> str | None:
    """"4O" → "40", "2O24" → "2024": a letter O among a number's digits is a zero."""
    if not DIGITS_WITH_O.match(text) or not re.search(r"[Oo]", text):
        return None
    return text.replace("O", "0").replace("o", "0")


def _acronym_l(text: str) -> str | None:
    """"lIMC" → "IIMC"; None where the word is no acronym with an l for its I."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or "l" not in letters or sum(c.isupper() for c in letters) < 2 \
            or not all(c.isupper() or c == "l" for c in letters):
        return None
    return text.replace("l", "I")


IIMC_SLIP = re.compile(r"^([^\w]*)[TlI1|][IlT1|]MC(?=[^\w]*$|['’]s$)")
TICK_BEFORE_UNIT = re.compile(r"^(\d+(?:\.\d+)?)['’‘`]([A-Za-z]{2,})$")


# the words of labels and kind cues that start with a C; none of them is a word with a G
CUE_WORDS = frozenset({
    "contact", "certificate", "certificates", "certify", "certifies", "certified",
    "certification", "conference", "course", "courses", "completion", "completed", "clerk",
    "clerks", "credit", "credits", "credited", "city", "county", "council", "committee",
    "college", "continuing", "clock", "class", "chair", "chairperson"})
G_FOR_C = re.compile(r"^([^\w]*)G([a-z]+)(\W*)$")


def _g_for_c(text: str) -> str | None:
    """"Gontact" → "Contact", "GERTIFICATE" stays (capitals are read well enough)."""
    m = G_FOR_C.match(text)
    if not m or ("c" + m.group(2)) not in CUE_WORDS:
        return None
    return f"{m.group(1)}C{m.group(2)}{m.group(3)}"


MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December")  # "May" has too few letters to mend
MONTH_WORD = re.compile(r"^([A-Z][a-z]{3,8})(\.?,?)$")


def _month(word: str, following: str) -> str | None:
    """"Tune" → "June" before "8-12,": one letter apart from a month, a day after it."""
    m = MONTH_WORD.match(word)
    if not m or not following[:1].isdigit() or m.group(1) in MONTHS:
        return None
    name = m.group(1)
    for month in MONTHS:
        if len(month) == len(name) and sum(a != b for a, b in zip(month, name, strict=True)) == 1:
            return month + m.group(2)
    return None


def _iimc(text: str) -> str | None:
    """"TIMC", "lIMC", "1IMC" → "IIMC": the institute's own name, the one acronym every
    packet prints."""
    if not IIMC_SLIP.match(text) or text.lstrip("“\"'(").startswith("IIMC"):
        return None
    return IIMC_SLIP.sub(r"\1IIMC", text)


def _tick(text: str) -> str | None:
    """"30'CEU" → "30 CEU": a speck read as a tick between a number and its unit."""
    m = TICK_BEFORE_UNIT.match(text)
    return f"{m.group(1)} {m.group(2)}" if m else None


GLUED_HOURS = re.compile(r"^(\d+(?:\.\d+)?)?(clock|contact|credit|class|training)?(hours?|hrs?)(\W*)$", re.I)


def _glued_hours(text: str) -> str | None:
    """"12clockhours" → "12 clock hours", "6.5hrs." → "6.5 hrs.": the words an hours
    statement is made of, run together."""
    m = GLUED_HOURS.match(text)
    if not m or not (m.group(1) or m.group(2)):
        return None  # "hours" alone is one word already
    return " ".join(g for g in (m.group(1), m.group(2), m.group(3) + m.group(4)) if g)


def _joined(a: Word, b: Word) -> Word:
    upright = union([a.upright, b.upright]) if a.upright and b.upright else a.upright
    return a.model_copy(update={"text": a.text + b.text, "bbox": union([a.bbox, b.bbox]),
                                "confidence": min(a.confidence, b.confidence),
                                "size": max(a.size, b.size), "upright": upright})


def _line(line: Line) -> Line:
    words: list[Word] = []
    i = 0
    changed = False
    while i < len(line.words):
        w = line.words[i]
        if L_FOR_I.match(w.text):
            w = w.model_copy(update={"text": L_FOR_I.sub(r"\1In", w.text)})
            changed = True
        mended = (_iimc(w.text) or _acronym_l(w.text) or _digits_o(w.text) or _tick(w.text)
                  or _g_for_c(w.text) or _glued_hours(w.text))
        if mended is None and i + 1 < len(line.words):
            mended = _month(w.text, line.words[i + 1].text)
        if mended is not None:
            w = w.model_copy(update={"text": mended})
            changed = True
        if i + 1 < len(line.words) and _split_capital(w, line.words[i + 1]):
            words.append(_joined(w, line.words[i + 1]))
            i += 2
            changed = True
            continue
        words.append(w)
        i += 1
    return make_line(words) if changed else line


def repaired(page: Page) -> Page:
    if not page.lines:
        return page
    return page.model_copy(update={"lines": [_line(line) for line in page.lines]})


__all__ = ["repaired"]
