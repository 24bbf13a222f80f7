"""Person-name matching (RULINGS.md 14).

Names match regardless of order ("Gonzalez, Maria L."), middle names and initials, accents,
case, punctuation, honorifics (Ms., Mr., Mrs., Dr.) and post-nominals (CMC, MMC, MPA, CPM,
Jr.). A document under one of the applicant's former names is the applicant's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.models import Applicant

HONORIFICS = frozenset({"ms", "mr", "mrs", "miss", "mx", "dr", "hon", "honorable", "rev"})
POST_NOMINALS = frozenset({
    "cmc", "mmc", "mpa", "cpm", "jr", "sr", "ii", "iii", "iv", "phd", "mba", "esq", "crm",
    "cpa", "naa", "pmp", "ccm",
})
_SKIP = HONORIFICS | POST_NOMINALS


@dataclass(frozen=True)
class ParsedName:
    """Given-to-family ordered tokens; `full` are words, `initials` single letters."""

    tokens: tuple[str, ...]

    @property
    def full(self) -> Counter[str]:
        return Counter(t for t in self.tokens if len(t) > 1)

    @property
    def initials(self) -> frozenset[str]:
        return frozenset(t for t in self.tokens if len(t) == 1)

    @property
    def letters(self) -> frozenset[str]:
        return frozenset(t[0] for t in self.tokens)


# Letters that Unicode does not decompose into a base letter and an accent ("Sørensen",
# "Łukasz", "Đorđe"): mapped one for one to the letter a scan or a keyboard gives instead.
UNDECOMPOSED = str.maketrans("øØłŁđĐðÐıħĦŧŦþÞæÆœŒß", "oOlLdDdDihHtTtTaAoOs")


def plain_letters(text: str) -> str:
    """Accents stripped and undecomposed letters mapped, one character for one (so offsets
    into the text stay true)."""
    text = text.translate(UNDECOMPOSED)
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in text)


def _fold(text: str) -> str:
    """Lower-case, strip accents, keep letters, spaces and commas."""
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub(r"[.'\u2019`]", "", plain.replace(".", ". "))
    return re.sub(r"[^a-z,]+", " ", plain)


def _words(part: str) -> list[str]:
    return [w for w in part.split() if w not in _SKIP]


def parse_name(name: str) -> ParsedName:
    """Tokens in given-name-first order; "Family, Given M." is turned around."""
    parts = [_words(p) for p in _fold(name).split(",")]
    parts = [p for p in parts if p]
    if len(parts) >= 2:
        parts = parts[1:] + parts[:1]
    return ParsedName(tuple(w for p in parts for w in p))


def _covers(small: ParsedName, large: ParsedName) -> bool:
    """Every word of `small` is in `large` (as often), every initial of `small` starts a
    token of it."""
    if len(small.tokens) < 2 or not small.full:
        return False
    return not small.full - large.full and small.initials <= large.letters


def _ends(name: ParsedName) -> tuple[str, str] | None:
    words = [t for t in name.tokens if len(t) > 1]
    return (name.tokens[0], words[-1]) if len(words) >= 2 and len(name.tokens[0]) > 1 else None


def one_slip_apart(a: str, b: str) -> bool:
    """Equal, or one OCR slip apart (one letter changed, added or dropped) in a long word."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def names_match(a: str, b: str, fuzzy: bool = False) -> bool:
    """Same person by RULINGS.md 14; middle names and initials never decide. With `fuzzy`
    (names read by OCR) the given and family names may each be one slip off."""
    pa, pb = parse_name(a), parse_name(b)
    if _covers(pa, pb) or _covers(pb, pa):
        return True
    ea, eb = _ends(pa), _ends(pb)
    if ea is None or eb is None:
        return False
    if fuzzy:
        return (one_slip_apart(ea[0], eb[0]) and one_slip_apart(ea[1], eb[1])) or (
            all(abs(len(x) - len(y)) <= 1 for x, y in zip(ea, eb, strict=True))
            and _few_slips(ea[0] + ea[1], eb[0] + eb[1]))  # "Hutchinson" is not "Hutchins"
    return ea == eb


def _few_slips(a: str, b: str) -> bool:
    """A phone photo's OCR slips twice in a name ("Odecca Esterhaus", "Odessa Esiernaus"):
    given and family name together at most one slip per six letters apart (edit distance),
    so "Gomez" is never "Gonzalez". Names are short: the table is bounded (40 letters)."""
    a, b = a[:40], b[:40]
    allowed = len(min(a, b, key=len)) // 6
    if allowed < 2 or abs(len(a) - len(b)) > allowed:
        return False
    return prefix_distances(a, b)[-1] <= allowed


def prefix_distances(a: str, b: Sequence[str]) -> list[int]:
    """The edit distance of `a` to every prefix of `b` (the last one: to all of `b`), in
    one pass of the classic table, len(a) x len(b)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row


def applicant_names(applicant: Applicant) -> list[str]:
    return [applicant.name, *applicant.former_names]


def matches_applicant(name: str, applicant: Applicant, fuzzy: bool = False) -> bool:
    return any(names_match(name, known, fuzzy) for known in applicant_names(applicant))


def family_name(name: str) -> str | None:
    """The family name, folded (lower-case, no accents); None when there is no word."""
    words = [t for t in parse_name(name).tokens if len(t) > 1]
    return words[-1] if words else None
