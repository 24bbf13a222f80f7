"""The one data model that travels the whole pipeline (shared/INTERFACE.md).

Ingest creates `SourceFile`s, reading fills `Page`s, splitting groups pages into
`Document`s, extraction fills `Document.fields`, validation adds `Flag`s, scoring
adds `Proposal`s and `Total`s to the `PacketResult`. Internal working data (words,
lines, file hashes) is excluded from the result JSON.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
)

SCHEMA_VERSION = "1"

BBox = tuple[float, float, float, float]


class Program(StrEnum):
    CMC = "CMC"
    MMC = "MMC"


class Membership(StrEnum):
    full = "full"
    additional_full = "additional_full"
    associate = "associate"
    retired = "retired"


class Kind(StrEnum):
    certificate = "certificate"
    transcript = "transcript"
    employment_letter = "employment_letter"
    letter = "letter"
    agenda = "agenda"
    application_form = "application_form"
    other = "other"


class TextSource(StrEnum):
    pdf_text = "pdf_text"
    ocr = "ocr"


class Severity(StrEnum):
    reject = "reject"
    review = "review"


class FlagCode(StrEnum):
    FIRST_PERSON = "FIRST_PERSON"
    RELATIVE_AUTHOR = "RELATIVE_AUTHOR"
    NAME_MISMATCH = "NAME_MISMATCH"
    MISSING_NAME = "MISSING_NAME"
    MISSING_DATE = "MISSING_DATE"
    MISSING_HOURS = "MISSING_HOURS"
    MISSING_TITLE = "MISSING_TITLE"
    PREDATES_DESIGNATION = "PREDATES_DESIGNATION"
    NO_ASSESSMENT = "NO_ASSESSMENT"
    BELOW_MINIMUM_HOURS = "BELOW_MINIMUM_HOURS"
    DUPLICATE = "DUPLICATE"
    UNREADABLE = "UNREADABLE"
    UNSUPPORTED_FILE = "UNSUPPORTED_FILE"


class Category(StrEnum):
    cmc_education = "cmc_education"
    cmc_experience = "cmc_experience"
    mmc_advanced_education = "mmc_advanced_education"
    mmc_professional_contribution = "mmc_professional_contribution"


class ProposalStatus(StrEnum):
    proposed = "proposed"
    confirmed = "confirmed"
    adjusted = "adjusted"
    rejected = "rejected"


FIELD_NAMES: tuple[str, ...] = (
    "applicant_name", "provider", "title", "location", "start_date", "end_date",
    "issue_date", "hours", "credit_units", "degree", "degree_date", "position",
    "employment_type", "administrative", "signatory", "delivery", "assessment",
)
DATE_FIELDS = frozenset({"start_date", "end_date", "issue_date", "degree_date"})
NUMBER_FIELDS = frozenset({"hours", "credit_units"})
BOOL_FIELDS = frozenset({"administrative", "assessment"})


# ---------------------------------------------------------------- manifest

class Applicant(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    former_names: list[str] = Field(default_factory=list)
    member_id: str | None = None
    region: int = Field(ge=1, le=11, description="IIMC region 1-11")
    membership: Membership = Membership.full

    @field_validator("member_id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) else v


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    applicant: Applicant
    program: Program
    prior_designation_date: dt.date | None = None
    received_date: dt.date
    cmc_used_degree: bool = Field(
        default=False,
        description="Extension: the packet says its college degree was used for the CMC "
        "(RULINGS.md 13).",
    )
    cmc_recertification_date: dt.date | None = Field(
        default=None,
        description="Extension (MMC): date of the CMC Recertification designation, where the "
        "applicant completed it: 20 points of Advanced Education, and materials are accepted "
        "from this date (docs/interpretations.md I11).",
    )
    cmc_application_pending_since: dt.date | None = Field(
        default=None,
        description="Extension (MMC): the day the CMC application went to headquarters for "
        "review; Policy E-3 (effective 2011-01-01) accepts MMC points earned from then on "
        "(docs/interpretations.md I12).",
    )


# ---------------------------------------------------------------- reading

class Word(BaseModel):
    text: str
    bbox: BBox  # PDF points, origin top-left
    confidence: float = 1.0
    size: float = 0.0  # font size in points where known
    bold: bool = False
    upright: BBox | None = Field(
        default=None,  # kept in the OCR cache; pages never reach the result JSON
        description="the box on the straightened page (OCR): rows and columns line up there",
    )


class Line(BaseModel):
    text: str
    words: list[Word]
    bbox: BBox

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=1.0)


class Page(BaseModel):
    """One page of one source file, as read."""

    source: str
    number: int  # 1-based page of the source file
    width: float
    height: float
    text_source: TextSource
    lines: list[Line] = Field(default_factory=list)
    error: str | None = None
    blank: bool = Field(False, description="a blank page (separator sheet): not a document")
    rotation: int = Field(0, description="clockwise quarter turn that made the scan upright")

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class SourceFile(BaseModel):
    """A file of the packet, as found on disk; never moved or changed."""

    path: str  # relative to the packet
    sha256: str
    size: int
    media_type: str | None  # sniffed from content, None when not supported
    problem: str | None = None  # why it cannot be opened, where known


# ---------------------------------------------------------------- results

class Review(BaseModel):
    """A person's decision on a value, flag or proposal (the reviewed result only: a
    result as read has none, and its JSON no `review` key)."""

    by: str = Field(description="the reviewer's user name")
    at: dt.datetime = Field(description="when (UTC)")
    decision: str | None = Field(None, description="flags: accepted or overridden")
    note: str | None = Field(None, description="a flag's note, a proposal's reason")
    read_value: str | float | bool | None = Field(
        None, description="fields: the value as read, where the reviewer changed it")
    reread_value: str | float | bool | None = Field(
        None, description="fields: a later reading that disagrees with the reviewer's value "
                          "(shown, not applied)")
    proposed_points: float | None = Field(
        None, description="proposals: the points as scored, where the reviewer adjusted them")


class _Reviewable(BaseModel):
    review: Review | None = None

    # No return annotation: the JSON Schema of the result then keeps these fields.
    @model_serializer(mode="wrap")
    def _no_empty_review(self, handler: SerializerFunctionWrapHandler):
        data = handler(self)
        if isinstance(data, dict) and "review" in data:
            review = data.pop("review")  # last, and only where there is one
            if review is not None:
                data["review"] = review
        return data


class FieldValue(_Reviewable):
    value: str | float | bool
    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = None
    bbox: BBox | None = None


class Flag(_Reviewable):
    code: FlagCode
    severity: Severity
    message: str


class Document(BaseModel):
    id: str
    source: str
    pages: list[int]
    kind: Kind = Kind.other
    kind_confidence: float = 0.0
    text_source: TextSource | None = None
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    flags: list[Flag] = Field(default_factory=list)
    content_hash: str | None = Field(default=None, description="hash of the normalized text")
    unread: dict[str, str] = Field(
        default_factory=dict,
        description="fields the document seems to state that were not read, each with what "
                    "was seen (`date` for the date of the work): no MISSING_* flag for them, "
                    "the document goes to a reviewer instead",
    )
    page_data: list[Page] = Field(default_factory=list, exclude=True)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.page_data)

    def value(self, name: str) -> Any:
        f = self.fields.get(name)
        return None if f is None else f.value

    def date(self, name: str) -> dt.date | None:
        v = self.value(name)
        return dt.date.fromisoformat(v) if isinstance(v, str) else None

    @property
    def rejected(self) -> bool:
        return any(f.severity == Severity.reject for f in self.flags)

    def has_flag(self, code: FlagCode) -> bool:
        return any(f.code == code for f in self.flags)


class Placement(BaseModel):
    """RULINGS.md 9: the row an either-side item was placed on, and the rows it was not."""

    chosen: str
    instead_of: list[str]
    ruling: int = Field(9, description="the RULINGS.md number that decided the placement")


_Num = float | None


class ProposalTrace(BaseModel):
    """How a proposal's points were reached: the rule and its sources, the document's
    inputs, every number the rule used, and the choices made on the way.

    Only the entries the rule used are written: an absent entry was not used, a null one
    was looked for and not stated (e.g. `hours` of an hour-rated course without hours).
    """

    rule: str | None = Field(None, description="the rule id (as the proposal's `rule`)")
    citations: list[str] = Field(
        default_factory=list, description="the guideline row, its footnotes and rulings")
    inputs: dict[str, str | float | bool] = Field(
        default_factory=dict, description="the document's activity, delivery, assessment")
    unit: str | None = Field(None, description="the rule's unit (scoring/rules.yaml)")
    hours: _Num = Field(None, description="contact hours")
    days: _Num = Field(None, description="days of attendance")
    credit_units: _Num = None
    years: int | float | None = Field(None, description="years or terms counted")
    years_stated: _Num = Field(None, description="years or terms stated in words")
    start: dt.date | None = Field(None, description="start of a span of service")
    end: dt.date | None = Field(None, description="end of a span of service")
    end_from: str | None = Field(None, description="the field the end was read from")
    completed_years: int | None = Field(None, description="whole years of the span")
    work_date: dt.date | None = Field(None, description="the date of the work (RULINGS.md 13)")
    amount: _Num = Field(None, description="the row's amount for that date")
    dated: list[str] | None = Field(None, description="the row's dated amounts")
    min_contact_hours: _Num = Field(None, description="the session minimum (RULINGS.md 1)")
    min_hours: _Num = Field(None, description="the row's minimum training hours")
    rate: str | None = Field(None, description="e.g. '1 point per 2 hours'")
    raw: _Num = Field(None, description="points before flooring")
    floored: _Num = Field(None, description="points floored to the half point (RULINGS.md 1)")
    cap_item: _Num = Field(None, description="the most one document earns under the rule")
    before_cap_item: _Num = None
    cap_category: _Num = Field(None, description="the packet cap that reduced the points")
    computed: _Num = Field(None, description="the amount computed before it was left to a "
                                             "reviewer")
    route: str | None = Field(None, description="how the row was chosen")
    review: str | None = Field(None, description="why the amount is left to a reviewer")
    placement: Placement | None = None
    points: _Num = Field(None, description="the proposal's points")

    # No return annotation: the JSON Schema of the result then keeps these fields.
    @model_serializer(mode="wrap")
    def _used_entries(self, handler: SerializerFunctionWrapHandler):
        return {k: v for k, v in handler(self).items() if k in self.model_fields_set}

    def updated(self, other: ProposalTrace) -> ProposalTrace:
        """This trace with the entries `other` used added (theirs win)."""
        return self.model_copy(update={k: getattr(other, k) for k in other.model_fields_set})


class Proposal(_Reviewable):
    document_id: str
    category: Category
    points: float | None
    rule: str
    explanation: str
    status: ProposalStatus = ProposalStatus.proposed
    citation: str = ""
    trace: ProposalTrace = Field(default_factory=ProposalTrace)


class Total(BaseModel):
    points: float
    required: int
    raw: float
    needed: float = Field(description="points still needed to meet the requirement")


class CategoryStatus(BaseModel):
    """One requirement of the program: credited points against the requirement."""

    category: Category
    label: str
    earned: float = Field(description="credited points (RULINGS.md 10)")
    raw: float = Field(description="the sum of the category's proposals before RULINGS.md 10")
    required: int
    still_needed: float


class CountedDocument(BaseModel):
    document_id: str
    category: Category
    points: float | None = Field(description="null: the amount is left to a reviewer")
    rule: str
    why: str


class NotCountedDocument(BaseModel):
    document_id: str
    why: str
    flags: list[FlagCode] = Field(default_factory=list, description="reject flags, if any")
    rule: str | None = Field(default=None, description="the rule that gave nothing, if any")


class StatusUpdate(BaseModel):
    """What a clerk tells the applicant: per requirement, what counted, what did not."""

    categories: list[CategoryStatus] = Field(default_factory=list)
    counted: list[CountedDocument] = Field(default_factory=list)
    not_counted: list[NotCountedDocument] = Field(default_factory=list)
    awaiting_review: int = Field(0, description="counted items whose amount a reviewer sets")
    requirements_met: bool = False
    determination: str = ""


class PacketResult(BaseModel):
    schema_version: Literal["1"] = "1"
    packet_id: str
    program: Program
    applicant: Applicant
    prior_designation_date: dt.date | None = None
    received_date: dt.date
    files: list[SourceFile] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    totals: dict[Category, Total] = Field(default_factory=dict)
    requirements_met: bool = False
    still_needed: list[str] = Field(default_factory=list)
    status: StatusUpdate | None = Field(
        default=None, description="the status update for the applicant (scoring/status.py)")
