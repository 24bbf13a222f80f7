"""The invented world of the zinnia set: organisations, towns, people, trainers.

Every name here is made up for this set (none is meant to be a real body), except the
International Institute of Municipal Clerks itself, whose own programmes (Annual
Conference, region meetings, Athenian Dialogue, CD-ROM and online courses) are named as
IIMC names them.
"""

from __future__ import annotations

IIMC = "International Institute of Municipal Clerks"
IIMC_ADDRESS = "Rancho Cucamonga, California"

# IIMC-approved institutes (CMC) and academies (MMC), each with its partner campus.
INSTITUTES = {
    "marrowstone": {
        "name": "Marrowstone Institute for Municipal Clerks",
        "campus": "Vashon Ridge University",
        "city": "Port Ellery, Washington",
        "director": "Odalys Ferreira-Quint",
        "color": (0.12, 0.30, 0.22),
    },
    "bellhaven": {
        "name": "Bellhaven Clerks Institute",
        "campus": "Quillan State College",
        "city": "Quillan, Tennessee",
        "director": "Dr. Thaddeus Oyelaran",
        "color": (0.36, 0.12, 0.14),
    },
    "sagebrush": {
        "name": "Sagebrush Basin Municipal Clerks Institute",
        "campus": "Ordway Technical University",
        "city": "Ordway, Nevada",
        "director": "Rosalind Achterberg",
        "color": (0.45, 0.30, 0.08),
    },
    "tidewater_academy": {
        "name": "Lantern Point Academy for Advanced Municipal Leadership",
        "campus": "Corbel University School of Public Affairs",
        "city": "Lantern Point, Virginia",
        "director": "Imogen Baptiste-Rourke",
        "color": (0.10, 0.18, 0.42),
    },
    "kestrel_academy": {
        "name": "Kestrel Bluffs Master Clerks Academy",
        "campus": "Halvorsen University",
        "city": "Kestrel Bluffs, Minnesota",
        "director": "Gunnar Solheim-Baptiste",
        "color": (0.25, 0.10, 0.35),
    },
}

# State/provincial clerks associations (invented names).
ASSOCIATIONS = {
    "cumberland": {
        "name": "Cumberland Plateau Clerks and Recorders Association",
        "short": "CPCRA",
        "state": "Tennessee",
        "president": "Wendell Ashby-Marsh",
        "education_chair": "Priya Raghunathan",
    },
    "chesapeake": {
        "name": "Lower Chesapeake Municipal Clerks Guild",
        "short": "LCMCG",
        "state": "Maryland",
        "president": "Cordelia Fairbanks",
        "education_chair": "Lionel Weatherspoon",
    },
    "silverlode": {
        "name": "Silver Lode Association of City and Town Clerks",
        "short": "SLACTC",
        "state": "Nevada",
        "president": "Marisela Quintanar",
        "education_chair": "Hollis Vandermeer",
    },
    "northwoods": {
        "name": "Northwoods Lakes Clerks Federation",
        "short": "NLCF",
        "state": "Wisconsin",
        "president": "Birgitta Lindahl",
        "education_chair": "Ozias Kettleborough",
    },
    "fraser": {
        "name": "Fraser Delta Municipal Officers Society",
        "short": "FDMOS",
        "state": "British Columbia",
        "president": "Harjit Dhaliwal-Rowe",
        "education_chair": "Genevieve Okonkwo-Lamb",
    },
}

LEAGUES = {
    "tennessee": "Tennessee Valley League of Towns and Cities",
    "maryland": "Tidemark League of Maryland Municipalities",
    "wisconsin": "Driftless Municipal League",
}

COLLEGES = {
    "halvorsen": {"name": "Halvorsen University", "city": "Kestrel Bluffs, Minnesota",
                  "registrar": "Office of the University Registrar"},
    "brendan": {"name": "St. Brendan's College of Dunmore", "city": "Dunmore, Pennsylvania",
                "registrar": "Office of Academic Records"},
    "tolliver": {"name": "Tolliver Community College", "city": "Tolliver, Tennessee",
                 "registrar": "Enrollment Services - Records"},
    "eastbrook": {"name": "Eastbrook Polytechnic University", "city": "Eastbrook, Ohio",
                  "registrar": "Registrar's Office"},
    "corbel": {"name": "Corbel University", "city": "Lantern Point, Virginia",
               "registrar": "University Registrar"},
    "fraser_u": {"name": "Coquihalla Bay University", "city": "Coquihalla Bay, British Columbia",
                 "registrar": "Office of the Registrar and Student Records"},
}

TRAINERS = {
    "lindqvist": "Lindqvist Governance Training LLC",
    "clearminute": "ClearMinute Civic Learning",
    "brightwater": "Brightwater Records Academy",
    "osgood": "Osgood & Pell Professional Seminars",
    "tallyhall": "Tally Hall Vocational Institute",
    "cpm_board": "Interstate Council for Certified Public Managers",
}

# Employers: (name, sector, address line).
EMPLOYERS = {
    "quenby": ("Town of Quenby Falls", "local", "14 Millrace Street, Quenby Falls, TN 37891"),
    "larkspur": ("City of Larkspur Junction", "local", "200 Depot Avenue, Larkspur Junction, NV 89432"),
    "ottersburg": ("Village of Ottersburg", "local", "3 Ferry Lane, Ottersburg, WI 54961"),
    "fennimore": ("Borough of Fennimore Hill", "local", "88 Kiln Road, Fennimore Hill, PA 18512"),
    "kessock": ("Kessock County", "local", "Kessock County Courthouse, 1 Court Square, Aldine, MD 21650"),
    "marisol": ("City of Marisol Bay", "local", "500 Seawall Boulevard, Marisol Bay, VA 23419"),
    "aldergrove": ("Township of Aldergrove Flats", "local", "9150 Township Line Road, Aldergrove Flats, MN 55609"),
    "stategov": ("Tennessee Department of Revenue Collections", "state_federal",
                 "Cordell Annex, 7th Floor, Nashville, TN 37243"),
    "business": ("Pell & Quarrington Title Company", "business",
                 "41 Commerce Row, Suite 3, Ordway, NV 89015"),
    "mapleridge": ("District of Sumas Crossing", "local", "33 Haverly Road, Sumas Crossing, BC V2S 7K1"),
}

FAMILY_NAMES = ["Okafor", "Brannigan", "Thistlewood", "Valderrama", "Pietrowski",
                "Haverkamp", "Nakashima", "Delacroix", "Stroud", "Abernethy"]
