"""A value's text as it stands on the page, trimmed for use."""

from __future__ import annotations

import re


def clean(text: str) -> str:
    """Trim spaces and the punctuation that surrounds a value on a page (the period of a
    closing initial or abbreviation stays: "Maria L.", "Inc.")."""
    text = re.sub(r"\s+", " ", text).strip(" \t\n,;:-–—\"'“”‘’()[]{}|_=«»")
    keep_period = re.search(r"(?:\b[A-Z]|\bInc|\bJr|\bSr|\bLtd|\bCo)\.$", text)
    return text if keep_period else text.rstrip(".").rstrip()
