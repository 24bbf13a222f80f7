"""The invented world of the `quarry` set: people, places and organisations.

Every name here is made up for this set (no real institute, college or city clerk is
meant), so that nothing in the product can have been tuned to it. Organisations are
grouped by the role they play in a packet; the packets pick from them by name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    city: str
    region_name: str  # state or province as printed
    abbr: str
    postal: str


PLACES = {
    "tallow": Place("Tallow Springs", "Vermont", "VT", "05742"),
    "brackwater": Place("Brackwater", "New Jersey", "NJ", "08318"),
    "ossining_ferry": Place("Corran Ferry", "Pennsylvania", "PA", "17563"),
    "marlow": Place("Marlow Heights", "Georgia", "GA", "31092"),
    "keelby": Place("Keelby", "Ohio", "OH", "43719"),
    "dunmore": Place("Dunmore Plains", "Kansas", "KS", "67461"),
    "sablewood": Place("Sablewood", "Minnesota", "MN", "56278"),
    "redan": Place("Redan Crossing", "Texas", "TX", "76651"),
    "quillan": Place("Quillan", "Arizona", "AZ", "85643"),
    "hollis": Place("Hollis Bay", "Oregon", "OR", "97389"),
    "pelham": Place("Pelham Lake", "Ontario", "ON", "P0H 2K4"),
    "aubry": Place("Saint-Aubry", "New Brunswick", "NB", "E4R 1T6"),
    "wexcombe": Place("Wexcombe", "Wiltshire", "UK", "SN9 4QD"),
}

# People of the set: applicants and signatories.  Signatories are chosen so that none of
# them shares an applicant's family name unless a packet means it to (RELATIVE_AUTHOR).
SIGNERS = {
    "inst_dir_a": ("Dr. Halvard N. Ostrowe", "Institute Director"),
    "inst_dir_b": ("Prof. Cressida Amadi-Lund", "Director, Clerks Institute"),
    "dean": ("Dr. Tobiah R. Fenwick", "Dean, School of Civic Affairs"),
    "assoc_pres": ("Marguerite Szabo, MMC", "President"),
    "assoc_edu": ("Delphine K. Awolowo, CMC", "Education Chair"),
    "hr_a": ("Rosalind Petrakis", "Director of Human Resources"),
    "hr_b": ("Wendell J. Okonkwo-Hart", "Personnel Officer"),
    "hr_c": ("Ines Valdés-Ruark", "HR Generalist II"),
    "mgr": ("Barnaby Thistlewood", "Town Manager"),
    "mayor": ("Hon. Lucinda Farraday", "Mayor"),
    "region_dir": ("Oscar Lindqvist-Maur, MMC", "Region V Director"),
    "trainer": ("Felicity Orenstein", "Lead Facilitator"),
    "registrar_a": ("Agnes P. Mulcahy", "University Registrar"),
    "registrar_b": ("Darnell Q. Easterbrook", "Registrar"),
    "cert_board": ("Yusuf Tamberlane, CPM", "Program Administrator"),
    "comm_chair": ("Harriet Vossberg, MMC", "Chair, Records Committee"),
    "board_sec": ("Leopold Ainsworth-Kray", "Secretary, Board of Directors"),
    "editor": ("Perpetua Njoroge", "Managing Editor"),
}

# Institutes and academies (IIMC-approved, fictitious).
INSTITUTES = {
    "northmark": ("Northmark University Municipal Clerks Institute",
                  "Northmark University", "Tallow Springs, Vermont"),
    "coastal": ("Coastal Plains Institute for Municipal Clerks",
                "Halberd State College", "Marlow Heights, Georgia"),
    "prairie": ("Prairie Commonwealth Clerks Academy",
                "University of Dunmore Plains", "Dunmore Plains, Kansas"),
    "cascade": ("Cascade Range Municipal Clerks Institute",
                "Hollis Bay College of Public Service", "Hollis Bay, Oregon"),
    "laurentide": ("Laurentide Institute of Municipal Clerks",
                   "Université de Saint-Aubry", "Saint-Aubry, New Brunswick"),
    "wessex": ("Wessex Institute for Local Council Clerks", "University of Wexcombe",
               "Wexcombe, Wiltshire"),
}

ASSOCIATIONS = {
    "vt": "Green Hollow Municipal Clerks & Treasurers Association",
    "nj": "Pinebarren Municipal Clerks Association",
    "pa": "Keystone Borough Secretaries and Clerks Association",
    "oh": "Buckeye Valley Association of Municipal Clerks",
    "tx": "Lone Mesa City Secretaries Association",
    "az": "Saguaro Municipal Clerks Association",
    "on": "Ontario Lakelands Clerks & Treasurers Association",
    "mn": "North Star Municipal Clerks Association",
    "uk": "Society of Parish and Borough Clerks",
    "ga": "Piedmont Municipal Clerks Association",
    "ks": "Sunflower Plains City Clerks Association",
}

TRAINERS = {
    "pryor_like": "Meridian Professional Seminars, Inc.",
    "records": "ArchiveWise Records Training Group",
    "fema_like": "Emergency Management Learning Center",
    "league": "Heartland Municipal League",
    "vocational": "Keelby Business & Technical School",
    "online": "CivicCompass Learning",
    "platform": "LearnHub360",
    "cpm": "Tri-State Certified Public Manager Program",
    "vocational_on": "Lakehead Business & Secretarial College",
}

COLLEGES = {
    "ashcombe": "Ashcombe State University",
    "redan": "Redan Community College",
    "quillan": "University of Quillan",
    "sablewood": "Sablewood College",
}
