"""A document of a packet: what it prints (its truth fields) and how it is drawn."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Doc:
    kind: str
    fields: dict
    draw: Callable  # draw(canvas) -> number of pages drawn (each ends with showPage)
    flags: list = field(default_factory=list)  # flags the author put there on purpose
    note: str = ""


@dataclass
class RawFile:
    """A file that is not a drawn PDF: an image or broken bytes, with its one document."""
    name: str
    data: Callable  # () -> bytes
    doc: Doc


@dataclass
class Packet:
    name: str
    manifest: dict
    files: list  # [(filename, [Doc, ...]) | RawFile]
    description: str
    exercises: str
    single_pdf: bool = False
