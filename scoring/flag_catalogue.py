"""The flag catalogue: each code's severity and the guideline sentence it enforces
(docs/conventions.md "Flags"; RULINGS.md 11-15).

Every message quotes the sentence and the values involved; `make_flag` builds them.
"""

from __future__ import annotations

from core.models import Flag, FlagCode, Severity

# RULINGS.md 11: the one severity mapping.
REVIEW_CODES = frozenset({FlagCode.NO_ASSESSMENT, FlagCode.UNREADABLE, FlagCode.UNSUPPORTED_FILE})


def severity_of(code: FlagCode) -> Severity:
    return Severity.review if code in REVIEW_CODES else Severity.reject


_EG = "Education Guidelines"
_DOCS = f"{_EG}, supporting documentation"
_ONLINE = f"{_EG}, Online Learning Guidelines"
GUIDELINE: dict[FlagCode, str] = {
    FlagCode.FIRST_PERSON: f"“IIMC cannot accept: A first person letter” ({_DOCS})",
    FlagCode.RELATIVE_AUTHOR: (
        f"“IIMC cannot accept: A document from a relative or spouse of the applicant” ({_DOCS})"
    ),
    FlagCode.NAME_MISMATCH: (
        f"“Supporting documentation contains: The name of the applicant” ({_DOCS}; "
        "RULINGS.md 14)"
    ),
    FlagCode.MISSING_NAME: (
        f"“Supporting documentation contains: The name of the applicant”; “IIMC cannot accept: "
        f"Incomplete documentation” ({_DOCS})"
    ),
    FlagCode.MISSING_DATE: (
        f"“Supporting documentation contains: The date of the work”; “IIMC cannot accept: "
        f"Incomplete documentation” ({_DOCS})"
    ),
    FlagCode.MISSING_HOURS: (
        f"“Supporting documentation contains: The date, location, and the hours spent”; “IIMC "
        f"cannot accept: Incomplete documentation” ({_DOCS})"
    ),
    FlagCode.MISSING_TITLE: (
        f"“Supporting documentation contains: The title/description/or nature of the work”; "
        f"“IIMC cannot accept: Incomplete documentation” ({_DOCS})"
    ),
    FlagCode.PREDATES_DESIGNATION: (
        "“IIMC cannot accept: Documentation dated prior to the CMC designation, or if "
        "applicable, prior to CMC Recertification or the last Level obtained” "
        f"({_EG}, MMC supporting documentation; RULINGS.md 13)"
    ),
    FlagCode.NO_ASSESSMENT: (
        "“Fully online courses that do not contain a learning assessment will only be eligible "
        "for CMC Experience or MMC Professional Contribution points”; webinars: “To be given "
        "credit by IIMC, these webinars must include a learning assessment” "
        f"({_ONLINE}; RULINGS.md 6)"
    ),
    FlagCode.BELOW_MINIMUM_HOURS: "",  # the sentence depends on the minimum; see validate.minimum
    FlagCode.DUPLICATE: (
        "“DUPLICATE goes on the later copy (packet order: file path, then page); the first "
        "copy keeps its points. A re-scan of the same paper is a duplicate too” (RULINGS.md 12)"
    ),
    FlagCode.UNREADABLE: (
        f"“Supporting documentation must be included with each CMC Application” ({_DOCS})"
    ),
    FlagCode.UNSUPPORTED_FILE: (
        f"“Supporting documentation must be included with each CMC Application” ({_DOCS})"
    ),
}
MIN_SESSION = (
    "“A session will need a minimum of 1 in-class contact hour to earn the minimum ½ point” "
    f"({_EG}, Institutes; RULINGS.md 1)"
)
MIN_ONLINE = f"“Fully online courses must meet a minimum of four hours” ({_ONLINE}; RULINGS.md 6)"
MIN_CERT = (
    "“Certification from another organization relevant to your responsibilities as a Municipal "
    f"Clerk (Minimum 50 hours of Training)” ({_EG}, MMC Advanced Education table, row 5)"
)


def make_flag(code: FlagCode, detail: str, guideline: str | None = None) -> Flag:
    quote = guideline if guideline is not None else GUIDELINE[code]
    return Flag(code=code, severity=severity_of(code), message=f"{detail} {quote}.")


def quote(value: object) -> str:
    """A value as a message shows it to a clerk: in quotation marks, never a Python repr."""
    return f"\u201c{value}\u201d"


def pages_text(pages: list[int]) -> str:
    """"page 3", "pages 1-2", "pages 1, 3": never a Python list."""
    if len(pages) == 1:
        return f"page {pages[0]}"
    if pages == list(range(pages[0], pages[-1] + 1)):
        return f"pages {pages[0]}-{pages[-1]}"
    return "pages " + ", ".join(str(p) for p in pages)

