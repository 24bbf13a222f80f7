"""Invented people, organisations and places (no real person's data), drawn with a seeded Random."""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Rosalind", "Dwayne", "Henrietta", "Marisol", "Quentin", "Odessa", "Leland", "Priya",
         "Thaddeus", "Yolanda", "Corbin", "Evangeline", "Lucinda", "Marcus", "Noreen", "Ignacio",
         "Delphine", "Garrison", "Imogen", "Wendell", "Bettina", "Ruben", "Sigrid", "Tobias"]
MIDDLE = ["A.", "B.", "J.", "K.", "L.", "M.", "R.", "T.", "E.", "W."]
LAST = ["Abernathy", "Vasquez-Orr", "Lindqvist", "Okonkwo", "Pemberton", "Castellano", "Haverford",
        "Nakamura", "Delacroix", "Brightwater", "Szymanski", "Oyelaran", "Fairbanks", "Quintero",
        "Wexley", "Marchetti", "Halvorsen", "Trombley", "Esterhaus", "Galloway", "Ruckert", "Tanaka-Bell"]

# (city, state, region) -- invented towns in real states, IIMC region numbers by plausibility
PLACES = [("Cedar Bluff", "Alabama", 4), ("Millbrook Falls", "Tennessee", 4), ("Harlan Springs", "Texas", 6),
          ("Port Saltash", "Oregon", 9), ("Westerloo", "Michigan", 5), ("North Ardmore", "Pennsylvania", 2),
          ("Kestrel Point", "Florida", 3), ("Lake Orvis", "Minnesota", 7), ("Sagebrush Flats", "Arizona", 8),
          ("Fernhill", "Vermont", 1), ("Amberton", "Ohio", 5), ("Rio Alameda", "New Mexico", 8),
          ("Greyhaven", "New Jersey", 2), ("Bellwood Crossing", "Georgia", 3), ("Tillman", "Iowa", 7),
          ("Bracken Ridge", "Ontario", 10), ("Saint-Ours-du-Lac", "Quebec", 10)]

ASSOC = {  # state -> (association, short)
    "Alabama": ("Alabama Association of Municipal Clerks and Administrators", "AAMCA"),
    "Tennessee": ("Tennessee Association of Municipal Clerks & Recorders", "TAMCAR"),
    "Texas": ("Texas Municipal Clerks Association, Inc.", "TMCA"),
    "Oregon": ("Oregon Association of Municipal Recorders", "OAMR"),
    "Michigan": ("Michigan Association of Municipal Clerks", "MAMC"),
    "Pennsylvania": ("Pennsylvania Municipal Clerks Association", "PMCA"),
    "Florida": ("Florida Association of City Clerks", "FACC"),
    "Minnesota": ("Minnesota Municipal Clerks & Finance Officers Association", "MCFOA"),
    "Arizona": ("Arizona Municipal Clerks' Association", "AMCA"),
    "Vermont": ("Vermont Municipal Clerks' and Treasurers' Association", "VMCTA"),
    "Ohio": ("Ohio Municipal Clerks Association", "OMCA"),
    "New Mexico": ("New Mexico Municipal Clerks and Finance Officers Association", "NMMCFOA"),
    "New Jersey": ("Municipal Clerks' Association of New Jersey", "MCANJ"),
    "Georgia": ("Georgia Municipal Clerks Association", "GMCA"),
    "Iowa": ("Iowa Municipal Finance Officers & Clerks Association", "IMFOCA"),
    "Ontario": ("Association of Municipal Managers, Clerks and Treasurers of Ontario", "AMCTO"),
    "Quebec": ("Association des greffiers de municipalites du Quebec", "AGMQ"),
}
LEAGUE = {s: f"{s} League of Municipalities" for s in ASSOC}
LEAGUE["Texas"] = "Texas Municipal League"
LEAGUE["Georgia"] = "Georgia Municipal Association"
UNIV = ["Brightwater State University", "University of Kestrel Bay", "Ardmore Valley College",
        "Northern Plains University", "Sagebrush Polytechnic University", "Halvorsen College",
        "Western Lakes University", "Cumberland Ridge University", "Fernhill State College"]
INSTITUTE = ["Municipal Clerks Institute", "Clerks Certification Institute", "Municipal Clerks Academy",
             "Institute for Municipal Clerks", "Professional Clerks Institute"]
PLATFORMS = ["ClerkLearn Online", "CivicCampus eLearning", "GovSkills Academy", "MuniTrain Webinars",
             "PublicSector LearnHub"]
TRAINERS = ["Keystone Professional Seminars", "Meridian Leadership Group", "Summit Public Training, LLC"]
IIMC_REGION_HOST = ["Region II", "Region III", "Region IV", "Region V", "Region VI", "Region VIII"]

SESSIONS = ["Parliamentary Procedure for Clerks", "Records Retention and Disposition",
            "Open Meetings and Public Records Law", "Ethics in Local Government",
            "Minutes: Capturing the Official Record", "Municipal Budgeting Basics",
            "Election Administration Fundamentals", "Customer Service in the Clerk's Office",
            "Conflict Resolution and Difficult Conversations", "Agenda Management Systems",
            "Leadership in the Public Sector", "Emergency Management for Clerks",
            "Social Media and Public Trust", "Codification of Ordinances", "Time Management and Priorities",
            "Legislative Process and Resolutions", "Risk Management for Municipalities",
            "Communicating with Elected Officials", "Personnel Law Update", "Strategic Planning"]
COMMITTEES = ["Education Committee", "Membership Committee", "Legislative Committee",
              "Scholarship Committee", "Bylaws and Resolutions Committee", "Conference Planning Committee",
              "Technology Committee"]

SIGNER_TITLES = ["President", "Executive Director", "Institute Director", "Program Coordinator",
                 "Education Chair", "Dean, College of Continuing Studies"]
HR_TITLES = ["Human Resources Director", "HR Generalist", "Personnel Officer", "Director of Human Resources",
             "Human Resources Manager"]
REGISTRAR_TITLES = ["University Registrar", "Registrar", "Associate Registrar"]


class World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self.reserved: set[str] = set()

    def person(self, last: str | None = None, middle: bool | None = None) -> str:
        r = self.rng
        while True:
            first = r.choice(FIRST)
            lname = last or r.choice(LAST)
            mid = r.choice(MIDDLE) if (middle if middle is not None else r.random() < 0.5) else None
            name = f"{first} {mid} {lname}" if mid else f"{first} {lname}"
            if name not in self.used and (last or lname not in self.reserved):
                self.used.add(name)
                return name

    def place(self, region: int | None = None):
        opts = [p for p in PLACES if region is None or p[2] == region]
        return self.rng.choice(opts or PLACES)

    def sessions(self, n: int) -> list[str]:
        return self.rng.sample(SESSIONS, n)

    def date_in(self, year: int, months=(1, 12)) -> dt.date:
        m = self.rng.randint(*months)
        return dt.date(year, m, self.rng.randint(1, 27))


def surname(name: str) -> str:
    return name.split()[-1]


def add_days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)
