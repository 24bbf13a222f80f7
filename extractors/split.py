"""Splitting a multi-page file into documents.

A page continues the document before it when it says so ("Page 2 of 3", "continued"),
when the page before is a letter not yet signed off, or when it carries on a transcript
with no new heading of its own. Otherwise each page starts a document: certificates,
the most common evidence, are one page each.
"""

from __future__ import annotations

import re

from core.models import Kind, Page
from extractors.classify import classify
from extractors.fields.letter_marks import CLOSING, OPENING

PAGE_OF = re.compile(r"\bpage[.,:]?\s*(\d{1,3})[.,]?\s*(?:of|/)\s*(\d{1,3})\b", re.I)  # OCR: "Page. 2 of 2"
PAGE_N = re.compile(r"^\s*(?:-\s*)?(?:page\s+)?(\d{1,3})(?:\s*-)?\s*$", re.I)
PAGE_TAIL = re.compile(r"\S\s*(?:[-–—,|]\s*)?\bpage\s+(\d{1,3})\s*$", re.I)
CONTINUED = re.compile(r"\(?\bcontinued\b\)?|\bcont(?:'|’)?d\b|\bcont\.\s", re.I)
STANDALONE = (Kind.certificate, Kind.application_form, Kind.transcript)
TRANSCRIPT_HEAD = re.compile(r"\b(?:official|academic|unofficial) (?:transcript|record)\b", re.I)


def page_number_marker(page: Page) -> tuple[int, int | None] | None:
    """(n, of) from "Page n of m" anywhere on the page, or a bare page number at the
    top or bottom."""
    m = PAGE_OF.search(page.text)
    if m:
        return int(m.group(1)), int(m.group(2))
    edge = page.lines[:2] + page.lines[-2:]
    for line in edge:
        bare = PAGE_N.match(line.text)
        if bare and line.text.lower().startswith("page"):
            return int(bare.group(1)), None
    for line in page.lines[:2]:  # a continuation header: "City of Marlow Heights - page 2"
        tail = PAGE_TAIL.search(line.text)
        if tail:
            return int(tail.group(1)), None
    return None


def continues(prev: Page, prev_kind: Kind, page: Page, kind: Kind) -> bool:
    marker = page_number_marker(page)
    if marker is not None:
        return marker[0] > 1
    head = "\n".join(line.text for line in page.lines[:4])
    if CONTINUED.search(head):
        return True
    if kind in STANDALONE and kind != prev_kind:
        return False  # a certificate or a form of its own, whatever came before
    letter_begun = prev_kind in (Kind.letter, Kind.employment_letter) or (
        prev_kind == Kind.other and OPENING.search(prev.text))  # a salutation, its body cut
    if letter_begun and not CLOSING.search(prev.text):
        return not OPENING.search(page.text)
    if prev_kind == Kind.transcript and kind in (Kind.transcript, Kind.other):
        return not TRANSCRIPT_HEAD.search(head)
    return False


def split_pages(pages: list[Page]) -> list[list[Page]]:
    """Group a file's readable pages into documents, in page order."""
    groups: list[list[Page]] = []
    prev_kind = Kind.other
    for page in pages:
        kind, _ = classify(page.text)
        if groups and continues(groups[-1][-1], prev_kind, page, kind):
            groups[-1].append(page)
            if prev_kind == Kind.other:
                prev_kind = kind
        else:
            groups.append([page])
            prev_kind = kind
    return groups
