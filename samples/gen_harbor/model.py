"""One drawn document: its kind, its layout and the facts it prints (the truth fields)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Doc:
    kind: str  # interface.md kinds
    layout: str  # a renderer of layouts.RENDERERS
    f: dict[str, Any]  # the facts the document prints, normalized (conventions.md)
    x: dict[str, Any] = field(default_factory=dict)  # presentation only, never truth
    dup_of: Doc | None = None  # a second copy of the same paper (R12)
    source: str = ""  # file, relative to the packet (set when written)
    pages: list[int] = field(default_factory=list)  # 1-based pages of that file

    def copy(self, **x: Any) -> Doc:
        """Another copy of the same paper (a photocopy, a re-scan): same facts."""
        return Doc(self.kind, self.layout, dict(self.f), {**self.x, **x}, dup_of=self)


@dataclass
class Packet:
    name: str
    description: str
    manifest: dict[str, Any]
    single: bool = False  # one PDF of the whole packet (NAME.pdf, NAME.json, NAME.truth.json)
    files: list[tuple[str, list[Doc]]] = field(default_factory=list)


def manifest(name: str, program: str, region: int, received: str, member: str, *, prior: str | None = None,
             former: list[str] | None = None, membership: str = "full") -> dict[str, Any]:
    app: dict[str, Any] = {"name": name, "member_id": member, "region": region, "membership": membership}
    if former:
        app["former_names"] = former
    m: dict[str, Any] = {"applicant": app, "program": program, "received_date": received}
    if prior:
        m["prior_designation_date"] = prior
    return m
