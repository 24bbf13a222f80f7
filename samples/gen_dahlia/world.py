"""The invented world of the dahlia set: applicants, towns, colleges, institutes,
associations, outside trainers and the people who sign their paper.

Every name here was made up for this set; none is taken from another sample set."""

# IIMC regions as the dahlia set uses them (approximate; only the number matters).
REGION_PLACES = {
    1: [("Town of Alder Cove", "Maine", "ME"), ("Town of Pellham Falls", "Vermont", "VT")],
    2: [
        ("Borough of Lindenhurst Ridge", "New Jersey", "NJ"),
        ("Township of Marrowfield", "Pennsylvania", "PA"),
    ],
    3: [("City of Sawgrass Point", "Florida", "FL"), ("City of Oconee Bluff", "Georgia", "GA")],
    4: [
        ("Village of Kettle Run", "Wisconsin", "WI"),
        ("City of Tamarack Harbor", "Michigan", "MI"),
    ],
    5: [("City of Prairie Lode", "Iowa", "IA"), ("City of Bison Crossing", "Nebraska", "NE")],
    6: [("Town of Silver Fork", "Colorado", "CO"), ("City of Granite Wells", "Utah", "UT")],
    7: [("City of Mesa Verdura", "Arizona", "AZ"), ("Village of Piñon Flats", "New Mexico", "NM")],
    8: [("City of Caddo Springs", "Texas", "TX"), ("City of Red Mesa", "Oklahoma", "OK")],
    9: [("City of Fernhollow", "Oregon", "OR"), ("City of Quillayute Bay", "Washington", "WA")],
    10: [
        ("Town of Birchmouth", "Nova Scotia", "NS"),
        ("Township of Upper Kinnear", "Ontario", "ON"),
    ],
    11: [
        ("Municipality of Port Sorrel", "Bermuda", ""),
        ("Borough Council of Wexley", "England", ""),
    ],
}

# IIMC-approved institutes and academies of the dahlia world (program, host, place).
INSTITUTES = {
    1: (
        "Northern Pines Municipal Clerks Institute",
        "Kennebec Highlands College",
        "Augusta, Maine",
    ),
    2: (
        "Delaware Valley Clerks Institute & Academy",
        "Marrowfield State University",
        "Glassboro, New Jersey",
    ),
    3: ("Tidewater-Gulf Clerks Institute", "Sawgrass State College", "Tallahassee, Florida"),
    4: (
        "Lakeshore Municipal Clerks Institute",
        "Tamarack Harbor University",
        "Green Bay, Wisconsin",
    ),
    5: ("Prairie Heartland Clerks Institute", "Bison Plains University", "Ames, Iowa"),
    6: ("Front Range Clerks Institute", "Silver Fork College", "Golden, Colorado"),
    7: ("Sonoran Clerks Academy", "Mesa Verdura University", "Tempe, Arizona"),
    8: ("Brazos & Red River Clerks Institute", "Caddo Springs State University", "Waco, Texas"),
    9: ("Cascadia Clerks Institute and Academy", "Fernhollow University", "Eugene, Oregon"),
    10: (
        "Atlantic Canada Municipal Clerks Institute",
        "Birchmouth University",
        "Halifax, Nova Scotia",
    ),
    11: (
        "Commonwealth Civic Records Academy",
        "Wexley College of Public Service",
        "Wexley, England",
    ),
}

# State / provincial associations (with course-review courses and conferences).
ASSOCIATIONS = {
    1: "Pine Tree Town Clerks & Registrars Association",
    2: "Garden State Association of Borough Clerks",
    3: "Sunshine Coast Municipal Clerks Association",
    4: "Badger Lakes Municipal Clerks Association",
    5: "Hawkeye Prairie City Clerks Association",
    6: "Colorado High Country Clerks Association",
    7: "Arizona Desert Municipal Clerks Association",
    8: "Texas Hill Country City Secretaries Association",
    9: "Oregon Coast & Valley Recorders Association",
    10: "Association of Municipal Clerks of the Maritimes",
    11: "Society of Local Council Clerks (Atlantic Isles)",
}

LEAGUES = {
    1: "Maine Towns League",
    5: "Iowa Municipal League of Cities",
    8: "Hill Country League of Cities",
    9: "Oregon Cities Alliance",
    3: "Florida Gulf League of Municipalities",
    2: "New Jersey Borough League",
}

OUTSIDE = [
    "Keel & Compass Professional Seminars",
    "Meridian Workplace Learning, Inc.",
    "BrightPath Online Academy",
    "Harrowgate Leadership Group",
    "Northfield Community College Continuing Education",
    "Civic Data Stewards Network",
]
VOCATIONAL = [
    "Summit Business & Secretarial School",
    "Bayline Technical Institute",
    "Carraway Career College",
]

COLLEGES = [
    ("Harwick State University", "Office of the Registrar"),
    ("Coldwater Valley Community College", "Records & Enrollment Services"),
    ("St. Brendan's College", "Registry"),
    ("University of the Upper Marches", "Office of the University Registrar"),
    ("Lowland Polytechnic University", "Student Records Office"),
    ("Quillayute Bay Community College", "Enrollment Services"),
]

IIMC = "International Institute of Municipal Clerks"
IIMC_SHORT = "IIMC"

# Signers: fictional.
SIGNERS = [
    "Rosalind T. Okafor",
    "Edmund Vashti",
    "Priya Venkataraman",
    "Leopold Drummond",
    "Hattie McClennan",
    "Anselm Kowalczyk",
    "Bernadette Achterberg",
    "Marcus J. Oyelaran",
    "Ilse Marchetti",
    "Thaddeus Brightwater",
    "Consuelo Ibarra-Wendt",
    "Gideon Pettibone",
    "Noor Al-Haddad",
    "Winifred Szabo",
    "Cormac Delahunt",
    "Ottoline Ferreira",
    "Rupert Nkemelu",
    "Jolene Bascombe",
    "Solveig Arneson",
    "Desmond Aukett",
]

HR_TITLES = [
    "Director of Human Resources",
    "Human Resources Manager",
    "HR Generalist",
    "Personnel Officer",
    "Chief Administrative Officer",
    "Human Resources Coordinator",
]
