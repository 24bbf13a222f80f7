"""What a packet is made of: documents (truth + how to draw them), files, packets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Doc:
    kind: str
    fields: dict[str, Any]
    draw: Callable[..., None] | None = None  # draw(canvas, doc, rng): draws its pages
    look: dict[str, Any] = field(default_factory=dict)  # presentation choices
    score: dict[str, Any] = field(default_factory=dict)  # what the scorer must know (degree field, role)
    flags: list[str] = field(default_factory=list)  # flags given, not derived (DUPLICATE, UNREADABLE, ...)
    pages: list[int] = field(default_factory=list)  # filled by the build
    source: str = ""
    text_layer: bool = True


@dataclass
class File:
    name: str
    docs: list[Doc]
    shape: str = "pdf"  # pdf | photocopy | jpeg | blank_png | blank_scan | fake_pdf
    separators: list[int] = field(default_factory=list)  # blank sheet after these doc indexes


@dataclass
class Packet:
    name: str
    manifest: dict[str, Any]
    files: list[File]
    description: str
    single_pdf: bool = False  # scanner shape: NAME.pdf + NAME.json + NAME.truth.json
