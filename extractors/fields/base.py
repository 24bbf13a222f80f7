"""What every field finder gets and gives."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc as SpacyDoc

from core.models import Kind, Manifest
from extractors.dates import DateMention, find_dates
from extractors.doctext import DocText
from extractors.fields.labels import Labelled, labelled_values
from extractors.nlp import parse


@dataclass(frozen=True)
class Found:
    """A value found in the text: the span it came from and how sure the rule is."""

    value: str | float | bool
    start: int
    end: int
    confidence: float = 0.9


@dataclass
class Context:
    text: DocText
    kind: Kind
    manifest: Manifest
    found: dict[str, Found] = field(default_factory=dict)

    @property
    def raw(self) -> str:
        return self.text.text

    @cached_property
    def spacy(self) -> SpacyDoc:
        return parse(self.raw)

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.raw, today=self.manifest.received_date)

    @cached_property
    def labelled(self) -> list[Labelled]:
        """Every labelled value of the document, found once ("Contact Hours: 12", a label
        and its value to the right or below)."""
        return labelled_values(self.text)

    @cached_property
    def labels(self) -> dict[str, Found]:
        """The first labelled value per field."""
        out: dict[str, Found] = {}
        for item in self.labelled:
            out.setdefault(item.field, Found(item.value, item.start, item.end, 0.9))
        return out

    @cached_property
    def ocr(self) -> bool:
        """The text was read by OCR (its words carry confidences below 1)."""
        return any(w.confidence < 1.0 for _, _, _, w in self.text.words)

    @cached_property
    def body_size(self) -> float:
        """The body text's type size: the (upper) median size of the document's words."""
        sizes = sorted(w.size for _, _, _, w in self.text.words)
        return sizes[len(sizes) // 2] if sizes else 0.0

    @property
    def today(self) -> dt.date:
        return self.manifest.received_date

    def search(self, pattern: re.Pattern[str], group: int | str = 0) -> Found | None:
        m = pattern.search(self.raw)
        if not m or m.group(group) is None:
            return None
        return Found(m.group(group).strip(), m.start(group), m.end(group))

    def lines(self) -> list[tuple[int, str]]:
        return self.text.line_texts()
