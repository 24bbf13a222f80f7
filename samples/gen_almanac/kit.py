"""Shortcuts the packet definitions share: seeds, course lists for transcripts."""

from __future__ import annotations

import zlib
from datetime import date

from .records import Course


def seed(*parts: object) -> int:
    """A stable seed from names (crc32, not Python's salted hash)."""
    return zlib.crc32("|".join(map(str, parts)).encode())


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


PA_COURSES: list[Course] = [
    ("POLS 101", "American Government", 3.0, "A"), ("PADM 110", "Intro to Public Administration", 3.0, "A-"),
    ("ENGL 101", "Composition I", 3.0, "B+"), ("MATH 120", "College Algebra", 3.0, "B"),
    ("PADM 210", "Public Budgeting", 3.0, "A"), ("POLS 230", "State and Local Government", 3.0, "A"),
    ("COMM 105", "Public Speaking", 3.0, "B+"), ("HIST 201", "U.S. History since 1877", 3.0, "B"),
    ("PADM 240", "Records and Information Management", 3.0, "A"), ("ECON 201", "Macroeconomics", 3.0, "B-"),
    ("PADM 250", "Ethics in Public Service", 3.0, "A"), ("SOCI 101", "Introduction to Sociology", 3.0, "B+"),
    ("PADM 260", "Municipal Law", 3.0, "A-"), ("BIOL 105", "Environmental Science", 4.0, "B"),
    ("PADM 270", "Human Resources in Government", 3.0, "A"), ("STAT 210", "Statistics", 3.0, "B"),
    ("POLS 310", "Public Policy Analysis", 3.0, "A-"), ("PADM 320", "Urban Planning Principles", 3.0, "A"),
    ("POLS 340", "Constitutional Law", 3.0, "B+"), ("PADM 350", "Intergovernmental Relations", 3.0, "A"),
    ("POLS 360", "Legislative Process", 3.0, "A"), ("PADM 380", "Administrative Law", 3.0, "B+"),
    ("POLS 410", "Seminar in Local Politics", 3.0, "A"), ("PADM 490", "Capstone in Public Service", 3.0, "A"),
]


def terms(names: list[str], courses: list[Course], per: int) -> list[tuple[str, list[Course]]]:
    """Spread courses over named terms, `per` a term."""
    return [(n, courses[i * per:(i + 1) * per]) for i, n in enumerate(names) if courses[i * per:(i + 1) * per]]
