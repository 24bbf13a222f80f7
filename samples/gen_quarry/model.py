"""What a generated document is: its kind, the facts it prints (its truth fields), and how
to draw its pages.

The truth fields are the single source of both the drawing and the ground truth: a
layout prints exactly the fields it is given (in its own wording), so a value can never
be in the truth without being on the paper, nor the reverse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas

Draw = Callable[[Canvas], None]


@dataclass
class Doc:
    kind: str
    fields: dict[str, Any]
    pages: list[Draw]  # one drawing function per page
    sizes: list[tuple[float, float]] = field(default_factory=list)
    evidence: str | None = None  # same value = same evidence (DUPLICATE on the later)
    separator: bool = False  # a blank sheet between documents: not a document
    note: str = ""

    def size(self, i: int) -> tuple[float, float]:
        from reportlab.lib.pagesizes import letter

        return self.sizes[i] if i < len(self.sizes) else letter
