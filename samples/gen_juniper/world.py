"""The invented world the packets come from: issuers, places and people.

Nothing here names a real institute, college or person; names were made up so that a
reader cannot lean on a list of known providers.
"""

# IIMC-approved institutes and academies (fictitious), with the college that hosts them.
INSTITUTES = {
    "thornbury": ("Thornbury Municipal Clerks Institute", "Thornbury State University", "Alder Falls, Ohio"),
    "cascadia": ("Cascade Ridge Clerks Institute & Academy", "Cascade Ridge College", "Merriton, Oregon"),
    "gulfcoast": ("Gulf Shores Institute for Municipal Clerks", "Pelican Bay University", "Port Lavaca Bend, Texas"),
    "prairie": ("Prairie Lakes Municipal Clerks Academy", "Northern Prairie State College", "Osgood Flats, Minnesota"),
    "maritime": ("Atlantic Maritime Clerks Institute", "Brackenhurst University", "Halden Cove, Nova Scotia"),
    "piedmont": ("Piedmont Clerks' Institute", "Carrow Hill University", "Beckford, North Carolina"),
}

# State/provincial/national clerk associations (fictitious).
ASSOCIATIONS = {
    "oh": "Buckeye Association of Municipal Clerks",
    "or": "Oregon Valley City Recorders Association",
    "tx": "Lone Prairie Municipal Clerks Association",
    "mn": "North Star Clerks & Finance Officers Association",
    "ns": "Association of Municipal Clerks of the Maritimes",
    "nc": "Carolina Piedmont Municipal Clerks Association",
    "nj": "Garden Coast Municipal Clerks' Association",
    "az": "Saguaro State Municipal Clerks Association",
}

# Outside training companies and platforms (fictitious).
TRAINERS = {
    "larkspur": "Larkspur Professional Seminars",
    "meridian": "Meridian Civic Learning, Inc.",
    "brightwell": "Brightwell Public Sector Training",
    "keel": "Keel & Compass Leadership Institute",
}
PLATFORMS = ["CivicStream", "Lumenhall Live", "ClassCanopy", "Webinaria"]

COLLEGES = {
    "ashgrove": ("Ashgrove State University", "Office of the University Registrar", "Ashgrove, Kansas"),
    "millbrook": ("Millbrook Community College", "Records & Registration", "Millbrook, New Jersey"),
    "sunmesa": ("Sun Mesa University", "Registrar's Office", "Tempe Vista, Arizona"),
    "harrowgate": ("Harrowgate College", "Office of Academic Records", "Lunenburg Point, Nova Scotia"),
    "kestrel": ("Kestrel Valley University", "University Registrar", "Kestrel Valley, Oregon"),
}

IIMC_LONG = "International Institute of Municipal Clerks"
