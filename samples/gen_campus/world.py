"""Invented people, places, registrars and employers, drawn with a seeded random."""
from __future__ import annotations

import datetime as dt
import random

FIRST = ["Renata", "Owen", "Priya", "Marcus", "Colleen", "Tobias", "Yolanda", "Declan",
         "Imani", "Garrett", "Solange", "Henrik", "Lucinda", "Ravi", "Bernadette", "Emeka",
         "Harriet", "Quinn", "Delphine", "Anselm", "Noreen", "Kwame", "Rosalind", "Florian"]
MIDDLE = ["A.", "J.", "M.", "T.", "E.", "R.", "K.", "L.", ""]
LAST = ["Ashcombe", "Vandermeer", "Okafor", "Lindqvist", "Trevino", "Halvorsen", "Baptiste",
        "Kowalczyk", "Marchetti", "Thibodeaux", "Nakagawa", "Pemberton", "Oyelaran",
        "Strickland", "Delacroix", "Fairweather", "Abernathy", "Rasmussen", "Quintero",
        "Whitlock", "Castellanos", "Brightwater", "Mbeki", "Sørensen"]

# region -> (places, province/state name, country)
PLACES = {
    2: [("Millbrook", "New York"), ("Harlan Falls", "Pennsylvania")],
    3: [("Cedar Bluff", "Virginia"), ("Port Amity", "North Carolina")],
    5: [("Oak Prairie", "Illinois"), ("Tamarack", "Michigan")],
    7: [("Red Mesa", "Arizona"), ("Lone Cedar", "Texas")],
    8: [("Silverado Springs", "California"), ("Bayview Heights", "Oregon")],
    10: [("Kettle Lake", "Ontario"), ("Fraserdale", "British Columbia"),
         ("Prairie Rose", "Alberta")],
    11: [("Whitcombe", "Canterbury, New Zealand"), ("Grantham Vale", "Western Cape")],
}

# registrars: name, city, state, unit system, style key
REGISTRARS = [
    ("Cascade Ridge Community College", "Bayview Heights", "Oregon", "quarter", "cc"),
    ("Northgate State University", "Tamarack", "Michigan", "semester", "state"),
    ("University of the Piedmont at Cedar Bluff", "Cedar Bluff", "Virginia", "semester", "univ"),
    ("Mesa Verde College", "Red Mesa", "Arizona", "semester", "cc"),
    ("Kettle Lake University", "Kettle Lake", "Ontario", "credit", "canada"),
    ("Okanagan Shores College", "Fraserdale", "British Columbia", "credit", "canada"),
    ("St. Brendan's College of Liberal Studies", "Harlan Falls", "Pennsylvania", "semester", "univ"),
]

COURSES = {
    "polisci": [("POLS 101", "Introduction to American Government"), ("POLS 210", "State and Local Politics"),
                ("POLS 235", "Public Opinion and Elections"), ("POLS 310", "Constitutional Law I"),
                ("POLS 342", "Legislative Process")],
    "pubadm": [("PADM 200", "Foundations of Public Administration"), ("PADM 315", "Public Budgeting"),
               ("PADM 330", "Municipal Management"), ("PADM 410", "Records and Information Management"),
               ("PADM 425", "Ethics in Public Service")],
    "gen": [("ENGL 101", "College Composition I"), ("MATH 112", "College Algebra"),
            ("HIST 121", "World Civilizations"), ("COMM 105", "Public Speaking"),
            ("BIOL 100", "Concepts of Biology"), ("PSYC 101", "General Psychology"),
            ("ECON 201", "Principles of Macroeconomics"), ("ACCT 211", "Financial Accounting")],
    "bio": [("BIOL 151", "Cell Biology"), ("BIOL 262", "Genetics"), ("CHEM 121", "General Chemistry I"),
            ("BIOL 340", "Ecology"), ("BIOL 415", "Field Botany")],
    "bus": [("BUSN 101", "Introduction to Business"), ("MGMT 301", "Organizational Behavior"),
            ("MKTG 300", "Principles of Marketing"), ("FIN 310", "Corporate Finance")],
}

GRADES = ["A", "A-", "B+", "B", "A", "B+", "A-", "CR"]

INSTITUTES = [
    ("Piedmont Municipal Clerks Institute", "University of the Piedmont at Cedar Bluff"),
    ("Great Lakes Clerks Institute and Academy", "Northgate State University"),
    ("Pacific Northwest Clerks Institute", "Cascade Ridge Community College"),
    ("Association of Municipal Clerks and Treasurers of Ontario Municipal Administration Program",
     "Kettle Lake University"),
]
INSTITUTE_SESSIONS = ["Year I: Foundations of the Clerk's Office", "Year II: Public Records Law",
                      "Year III: Parliamentary Procedure in Practice", "Advanced Academy: Leading Change",
                      "Elections Administration Intensive", "Minutes That Stand Up in Court"]
CONFERENCES = ["Spring Conference of the Tri-County Clerks Association",
               "Annual Conference of the Municipal Clerks Association of the Prairies",
               "Region V Regional Meeting", "Municipal League Annual Convention"]
COURSE_PROVIDERS = ["Westbrook Continuing Education Centre", "Civic Skills Online Academy",
                    "Pathfinder Training Group"]
COURSE_TITLES = ["Plain Language Writing for Government", "Conflict Resolution at the Counter",
                 "Freedom of Information Requests", "Budget Basics for Non-Financial Staff"]
COMMITTEES = ["Professional Development Committee", "Records Management Committee",
              "Membership Committee", "Legislative Affairs Committee"]
ASSOCIATIONS = ["Tri-County Clerks Association", "Municipal Clerks Association of the Prairies",
                "Clerks and Recorders Association of the Piedmont"]

HR_TITLES = ["Human Resources Director", "Personnel Officer", "HR Generalist",
             "Director of Human Resources and Risk Management", "Human Resources Manager"]


class World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._used: set[str] = set()

    def person(self) -> tuple[str, str, str]:
        while True:
            f, m, last = (self.rng.choice(FIRST), self.rng.choice(MIDDLE), self.rng.choice(LAST))
            if last not in self._used:
                self._used.add(last)
                return f, m, last

    def other_name(self) -> str:
        f, m, last = self.person()
        return f"{f} {last}"

    def place(self, region: int) -> tuple[str, str]:
        return self.rng.choice(PLACES[region])

    def date(self, y0: int, y1: int) -> dt.date:
        d0 = dt.date(y0, 1, 1).toordinal()
        return dt.date.fromordinal(self.rng.randint(d0, dt.date(y1, 12, 28).toordinal()))


def full(p: tuple[str, str, str]) -> str:
    f, m, last = p
    return f"{f} {m} {last}" if m else f"{f} {last}"
