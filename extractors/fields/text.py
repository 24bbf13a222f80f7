"""A value's text as it stands on the page, trimmed for use."""

from __future__ import annotations

import re


def clean(text: str) -> str:
    """Trim spaces and the punctuation that surrounds a value on a page (the period of a
    closing initial or abbreviation stays: "Maria L.", "Inc.")."""
    edge = " \t\n,;:-–—\"'“”‘’[]{}|_=«»"
    text = _parens_trimmed(re.sub(r"\s+", " ", text).strip(edge), edge)
    keep_period = re.search(r"(?:\b[A-Z]|\bInc|\bJr|\bSr|\bLtd|\bCo)\.$", text)
    return text if keep_period else text.rstrip(".").rstrip()


def _parens_trimmed(text: str, edge: str) -> str:
    """Brackets at a value's edges go when they are unmatched or hold the whole value
    ("(8 hours)"); a closing one that matches stays ("Fundamentals (CD-ROM course)")."""
    while text:
        opened, closed = text.count("("), text.count(")")
        if text[0] == "(" and text[-1] == ")" and opened == closed == 1:
            text = text[1:-1]
        elif text[-1] == ")" and closed > opened or text[-1] == "(":
            text = text[:-1]
        elif text[0] == "(" and opened > closed or text[0] == ")":
            text = text[1:]
        elif opened > closed:  # cut inside its brackets: "Department (Desert Sun Region"
            text = text[:text.rindex("(")]
        else:
            return text
        text = text.strip(edge)
    return text
