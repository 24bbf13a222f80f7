"""People, towns and organisations of the osprey set (all invented)."""

# Associations of clerks (state and regional), with their mailing addresses.
ASSOCIATIONS = {
    "tamarack": ("Tamarack State Association of Municipal Clerks",
                 "P.O. Box 1187, Larchmont Falls, TS 40211"),
    "bayshore": ("Bayshore Clerks and Recorders Guild",
                 "22 Harbor Row, Suite 4, Port Ellery, BY 30815"),
    "highplains": ("High Plains Municipal Clerks Association",
                   "410 Granary Street, Dunmore Flats, HP 68440"),
    "cascade": ("Cascadia Region Clerks Council",
                "1900 Fir Terrace, Olwen, CR 97702"),
}

# Universities and colleges: registrars and institute hosts.
COLLEGES = {
    "vandermeer": ("Vandermeer State University", "Office of the University Registrar",
                   "Kessler Hall, 300 College Avenue, Northbrook, TS 40390"),
    "saltmarsh": ("Saltmarsh Community College", "Records and Registration",
                  "8 Causeway Drive, Port Ellery, BY 30822"),
    "ridgeline": ("Ridgeline University", "Registrar's Office",
                  "1 University Circle, Alder Park, HP 68501"),
}

# Institutes held at host universities.
INSTITUTES = {
    "northbrook": ("Northbrook Institute for Municipal Clerks",
                   "held at Vandermeer State University, Northbrook"),
    "tidewater": ("Tidewater Clerks Academy for Advanced Education",
                  "held at Ridgeline University, Alder Park"),
}

# Outside trainers and platforms.
TRAINERS = {
    "brightpath": ("BrightPath Professional Learning", "brightpathlearning.example"),
    "civicskill": ("CivicSkill Online Academy", "civicskill.example"),
    "ems": ("Emergency Management Studies Institute", "Federal Training Campus, Emmitsburg"),
    "ledgerline": ("Ledgerline Seminars, Inc.", "77 Commerce Plaza, Dunmore Flats"),
}

# Employers (towns, counties, agencies, firms).
TOWNS = {
    "larchmont": ("Town of Larchmont Falls", "Office of the Town Clerk",
                  "14 Commons Square, Larchmont Falls, TS 40211"),
    "okafor": ("Village of Okafor Springs", "Human Resources",
               "5 Mill Race Road, Okafor Springs, TS 40288"),
    "pellham": ("City of Pellham", "Department of Human Resources",
                "200 Civic Center Plaza, Pellham, BY 30841"),
    "drummond": ("Drummond County", "Personnel Office",
                 "County Building, 1 Court Street, Drummond, HP 68455"),
    "stavros": ("Borough of Stavros Heights", "Borough Administrator",
                "62 Orchard Lane, Stavros Heights, TS 40301"),
    "marrow": ("Township of Marrow Creek", "Township Clerk",
               "9 Creamery Road, Marrow Creek, HP 68470"),
    "state_rev": ("Tamarack Department of Revenue", "Bureau of Personnel",
                  "State Office Tower, Larchmont Falls, TS 40200"),
    "hollis": ("Hollis & Wren Title Company", "Office of the President",
               "480 Depot Street, Port Ellery, BY 30815"),
}
