"""Invented places, organisations and people of the yarrow set (none copied from elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Org:
    name: str
    street: str
    town: str
    phone: str = ""


TOWNS = {
    "quillhaven": Org("City of Quillhaven", "40 Ferrier Row", "Quillhaven, OR 97388", "(541) 330-0192"),
    "marrowby": Org("Township of Marrowby", "7 Kestle Lane", "Marrowby, PA 16933", "(570) 212-4471"),
    "tessendale": Org("Tessendale County", "1 Courthouse Square, Suite 200", "Tessendale, KS 66720"),
    "brackwater": Org("Village of Upper Brackwater", "212 Mill Dam Road", "Upper Brackwater, NY 13684"),
    "castellan": Org("City of Castellan Springs", "900 Orrin Avenue", "Castellan Springs, AZ 85933"),
    "oriel": Org("Borough of Oriel Bluff", "15 Ridgecap Street", "Oriel Bluff, NJ 08877"),
    "saltmeadow": Org("Town of Saltmeadow", "3 Heron Causeway", "Saltmeadow, ME 04686"),
    "amberlane": Org("City of Port Amberlane", "600 Wharfside Boulevard", "Port Amberlane, WA 98599"),
    "vireo": Org("Vireo Township", "11820 County Road 9", "Vireo, MN 56799"),
    "halbrook": Org("Halbrook Parish Police Jury", "77 Levee Street", "Halbrook, LA 70799"),
}

BUSINESSES = {
    "tallis": Org("Tallis & Quorn Title Company", "88 Lintel Street", "Quillhaven, OR 97388"),
    "wexcombe": Org("Wexcombe Mutual Insurance Group", "2100 Plover Parkway", "Tessendale, KS 66720"),
}

STATE_AGENCIES = {
    "ks_revenue": Org("Kansas Department of Revenue, Division of Vehicles", "915 SW Harrison", "Topeka, KS 66612"),
}

UNIVERSITIES = {
    "tollmere": "Tollmere State University",
    "cassvalley": "University of Cass Valley",
    "bellweather": "Bellweather College",
    "hollin": "Hollin Community College",
    "northgate": "Northgate Polytechnic University",
    "ambrose": "St. Ambrose of the Pines University",
}

# Institutes and academies hosted by universities (IIMC-approved).
INSTITUTES = {
    "cascade": ("Cascade Municipal Clerks Institute", "Tollmere State University"),
    "prairie": ("Heartland Clerks Institute & Academy", "University of Cass Valley"),
    "keystone": ("Allegheny Ridge Municipal Clerks Institute", "Bellweather College"),
    "northeast": ("North Atlantic Clerks Academy for Advanced Education", "Northgate Polytechnic University"),
    "desert": ("Sonoran Basin Municipal Clerks Institute", "St. Ambrose of the Pines University"),
}

ASSOCIATIONS = {
    "or": "Oregon Association of Municipal Recorders and Clerks",
    "ks": "Sunflower State City Clerks & Finance Officers Association",
    "pa": "Pennsylvania Township Secretaries & Clerks Association",
    "ny": "New York Village and Town Clerks Guild",
    "az": "Arizona Clerks and Recorders Society",
    "nj": "Garden State Municipal Clerks Association",
    "me": "Maine Town Clerks Council",
    "wa": "Puget Sound Municipal Clerks Association",
    "mn": "Minnesota Township Clerks League",
    "la": "Louisiana Parish Clerks Association",
}

TRAINERS = {
    "lumen": "Lumenfield Professional Seminars, Inc.",
    "brisk": "BriskPath Workplace Learning",
    "records": "Granary Records Management Consortium",
    "ops": "Orchard Hill Public Service Training Center",
    "civic": "CivicLedger Online Academy",
}

IIMC = "International Institute of Municipal Clerks"
IIMC_FOUNDATION = "IIMC Foundation"

# People who sign things (none of them applicants).
SIGNERS = [
    "Corwin T. Abernathy-Lisle", "Dr. Hyacinth Obuya", "Ferris Langwith", "Marisol Etxeberria",
    "Anselm K. Rudd", "Philippa Quarrington", "Desmond Achterberg", "Wilhelmina Szabo-Ferrante",
    "Ignatius Moorcroft", "Leocadia Brandt", "Thaddeus Wynnegate", "Ottoline Parkhurst",
    "Rafferty Olawale", "Genevieve Strand-Kohler", "Augustin Pelletreau", "Noor Haddad-Lindgren",
    "Bettina Kowalczyk", "Cyprian Halvorsen", "Imogen Tregarthen", "Lazarus Oduya-Fenn",
]

OTHER_PEOPLE = ["Winifred Castellanos", "Everett J. Pruneau", "Solveig Marrakesh-Doyle"]
