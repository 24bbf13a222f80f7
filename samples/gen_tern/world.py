"""Invented issuers, people and towns (none of them real)."""

INSTITUTES = [
    (
        "Prairie Ridge Municipal Clerks Institute",
        "hosted by Redbluff State University, Center for Public Service",
        "Redbluff, Kansas",
    ),
    (
        "Tidewater Clerks Institute & Academy",
        "at Chesapeake Shoals Community College",
        "Port Mallow, Virginia",
    ),
    (
        "Great Basin Municipal Clerks Institute",
        "University of Silver Flats, School of Government",
        "Silver Flats, Nevada",
    ),
    (
        "Northwoods Clerks Institute",
        "Lakehead Pines College, Continuing Studies",
        "Pinebrook, Minnesota",
    ),
    (
        "Mesa Verde Institute for Municipal Clerks",
        "Cañon Valley University Extension",
        "Cañon Valley, New Mexico",
    ),
    (
        "Maritime Municipal Administrators Academy",
        "Fundy Coast University",
        "Saint-Amable, New Brunswick",
    ),
]
ASSOCIATIONS = [
    ("Kansas Association of City & Town Clerks", "KACTC"),
    ("Old Dominion Municipal Clerks Association", "ODMCA"),
    ("Sagebrush State Clerks Association", "SSCA"),
    ("Minnesota Municipal Clerks & Finance Officers Association", "MMCFOA"),
    ("Land of Enchantment Clerks Association", "LECA"),
    ("Ohio Valley Association of Municipal Clerks", "OVAMC"),
    ("Atlantic Provinces Municipal Clerks Association", "APMCA"),
    ("Peach State Clerks & Recorders League", "PSCRL"),
]
TRAINERS = [
    "Keystone Professional Seminars, Inc.",
    "CivicLearn Online",
    "Brightpath Workforce Training",
    "National Records Academy LLC",
    "Summit Leadership Workshops",
    "GovSkills eLearning",
    "Harlow County Technical College",
    "Eastfield Business School",
]
EMPLOYERS = [
    ("City of Redbluff", "Human Resources Department", "local"),
    ("Town of Port Mallow", "Office of the Town Manager", "local"),
    ("Village of Elm Hollow", "Village Administration", "local"),
    ("Larch County", "Department of Human Resources", "local"),
    ("Township of Kestrel Falls", "Clerk's Office", "local"),
    ("City of Silver Flats", "Personnel Division", "local"),
    ("State of Sagebrush Department of Revenue", "Personnel Office", "state_federal"),
    ("Meridian Title & Escrow Co.", "Human Resources", "business"),
]
COLLEGES = [
    ("Redbluff State University", "Office of the Registrar"),
    ("Chesapeake Shoals Community College", "Records and Registration"),
    ("University of Silver Flats", "Office of the University Registrar"),
    ("Lakehead Pines College", "Registrar's Office"),
    ("Saint Brendan University", "Office of Academic Records"),
]
SIGNERS = [
    "Dr. Helen R. Osterberg",
    "Marcus T. Delacroix",
    "Patricia Nwosu-Hale, MMC",
    "Gordon L. Fairweather",
    "Dr. Anjali Raman",
    "Theresa M. Quill, CMC",
    "Victor Szabo",
    "Rosalind Achebe, MMC",
    "Dwayne K. Pettibone",
    "Carmen Ybarra, CMC",
    "Lionel Bertrand",
    "Susan J. Whitlock",
    "Dr. Everett Mbeki",
    "Naomi Fairchild, MMC",
]
