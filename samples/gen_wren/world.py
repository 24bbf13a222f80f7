"""Invented organisations, people and towns of the wren set (no real clerk is named)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Org:
    name: str
    street: str
    city: str
    state: str
    phone: str = ""


@dataclass
class Person:
    first: str
    middle: str
    last: str
    suffix: str = ""
    former: list[str] = field(default_factory=list)

    @property
    def full(self) -> str:
        mid = f" {self.middle}" if self.middle else ""
        return f"{self.first}{mid} {self.last}"


# Municipal employers (local sector)
TOWN_HALLS = [
    Org("Town of Quillhaven", "14 Ferrule Street", "Quillhaven", "ME", "(207) 555-0144"),
    Org("City of Bramblecourt", "300 Osgood Avenue", "Bramblecourt", "OH", "(614) 555-0190"),
    Org("Village of Lorrimer Falls", "2 Millrace Lane", "Lorrimer Falls", "WI", "(920) 555-0117"),
    Org("Borough of Cindervale", "81 Tanner Row", "Cindervale", "PA", "(570) 555-0162"),
    Org("Township of Okenshaw", "5090 County Road 12", "Okenshaw", "MI", "(989) 555-0108"),
    Org("City of Vantreese", "1 Plaza Civica", "Vantreese", "NM", "(575) 555-0135"),
    Org("Parish of St. Aubrey Levee", "410 Bayou Court", "Belle Ordonne", "LA", "(337) 555-0171"),
    Org("County of Harrowgate", "77 Assize Road", "Penwick", "VA", "(540) 555-0129"),
    Org("Town of Fennimoor", "9 Heron Green", "Fennimoor", "NH", "(603) 555-0183"),
    Org("City of Kestrel Bluff", "1200 Escarpment Drive", "Kestrel Bluff", "IA", "(319) 555-0156"),
    Org("Municipality of Westmarch Bay", "3 Harbourfront Way", "Westmarch Bay", "NS", "(902) 555-0121"),
]

# Education providers
UNIVERSITY_INSTITUTES = [
    ("Northern Tidewater University", "Tidewater Municipal Clerks Institute", "Center for Civic Leadership"),
    ("Ostrander State University", "Great Lakes Clerks & Finance Officers Institute", "College of Public Service"),
    ("Mesa Calderon College", "Southwest Clerks Institute and Academy", "Division of Continuing Studies"),
    ("University of the Pinewood Coast", "Pinewood Coast Institute for Municipal Clerks", "Ferrand School of Government"),
]
STATE_ASSOCIATIONS = [
    "Maine Town & City Clerks' Association",
    "Buckeye Association of Municipal Clerks",
    "Badger State Clerks and Treasurers Association",
    "Keystone Municipal Clerks Guild",
    "Pelican Association of Municipal Clerks",
    "Old Dominion Clerks Association",
]
OUTSIDE_TRAINERS = [
    "Harlow Brightmere Seminars, Inc.",
    "Corvane Professional Learning",
    "Meridale Records Academy LLC",
    "Emergency Management Institute (FEMA)",
]
VOCATIONAL = "Stonebridge Business & Technical School"
COLLEGES = [
    ("Calloway Ridge Community College", "Office of the Registrar"),
    ("Ostrander State University", "Office of the University Registrar"),
    ("Saint Ignatius Varre College", "Registrar's Office"),
    ("Western Plains University", "Office of Records and Registration"),
]
IIMC = "International Institute of Municipal Clerks"
FOUNDATION = "IIMC Foundation"
RELATED_ASSOC = "Association of Records Administrators and Keepers, Lakes Chapter"
