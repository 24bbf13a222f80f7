"""Names read by OCR (RULINGS.md 14 with one OCR slip allowed)."""

from __future__ import annotations

import pytest

from core.names import names_match


@pytest.mark.parametrize(("a", "b", "fuzzy", "same"), [
    ("DAVID FE. OKAFOR", "David E. Okafor", False, True),  # middle initials never decide
    ("Dav1d Okafor", "David E. Okafor", True, False),  # too short a word to forgive
    ("Rebecca Hutchlns", "Rebecca Hutchins", True, True),
    ("Rebecca Hutchlns", "Rebecca Hutchins", False, False),
    ("Rebecca Hutchinson", "Rebecca Hutchins", True, False),
    ("Karen Ostrowski", "Maria Gonzalez", True, False),
    # a phone photo slips twice in a long name: one slip per six letters is forgiven
    ("Odecca Esterhaus", "Odessa Esterhaus", True, True),
    ("Odessa Esiernaus", "Odessa Esterhaus", True, True),
    ("Odessa Esiernaus", "Odessa Esterhaus", False, False),
    ("Maria Gomez", "Maria Gonzalez", True, False),
    ("Jon Smith", "Jan Smyth", True, False),  # too short for two
])
def test_ocr_slips(a: str, b: str, fuzzy: bool, same: bool) -> None:
    assert names_match(a, b, fuzzy) is same


@pytest.mark.parametrize(("line", "known", "torn"), [
    # OCR tears a script name inside a word: the letters still spell the applicant's name
    ("Rosalind Ache e- Whitlock", "Rosalind Achebe-Whitlock", True),
    ("Henrike A. Sza ai-Munroe", "Henrike A. Szalai-Munroe", True),
    ("Rosalind Acheson", "Rosalind Achebe-Whitlock", False),  # another person
    ("Rosalind Ache", "Rosalind Achebe-Whitlock", False),  # too little of it
])
def test_a_name_torn_by_ocr_is_the_applicants_when_its_letters_agree(
        line: str, known: str, torn: bool) -> None:
    from extractors.fields.people import _torn_name
    assert (_torn_name(known, line, 0) is not None) is torn
