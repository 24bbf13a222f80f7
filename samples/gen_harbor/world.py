"""The invented world of the harbor set: organisations, people and places.

Nothing here names a real registrar or employer; IIMC itself is real and named as the
issuer of its own conferences, dialogues and online courses.
"""

from __future__ import annotations

IIMC = "International Institute of Municipal Clerks"
IIMC_ADDRESS = "Education Department, 8331 Utica Avenue, Suite 200, Rancho Cucamonga, CA 91730"

# IIMC-approved institutes and academies (activity "institute"):
# (program name, host university, city, state)
INSTITUTES = [
    ("Tidewater Municipal Clerks Institute", "Old Point Comfort University", "Norfolk", "Virginia"),
    ("Keystone Clerks Institute", "Allegheny Ridge College", "Altoona", "Pennsylvania"),
    ("Prairie Lakes Municipal Clerks Institute", "Red Cedar State University", "Mankato", "Minnesota"),
    ("Cascadia Clerks Institute & Academy", "Salish Sound University", "Bellingham", "Washington"),
    ("Bluegrass Institute for Municipal Clerks", "Harrodsburg College", "Frankfort", "Kentucky"),
    ("Desert Southwest Clerks Academy", "Mesa Verde State University", "Flagstaff", "Arizona"),
    ("Gulf Coast Municipal Clerks Institute", "Bayou Teche University", "Lafayette", "Louisiana"),
    ("Ontario Municipal Administration Institute", "Lakehead Shores College", "Kingston", "Ontario"),
    ("Pacific Rim Clerks Institute", "Tasman Bay Polytechnic", "Nelson", "New Zealand"),
]

# State/provincial associations (course review, annual conferences).
ASSOCIATIONS = [
    ("Old Dominion Clerks Association", "Williamsburg", "Virginia"),
    ("Pennsylvania Association of Borough and City Secretaries", "Harrisburg", "Pennsylvania"),
    ("North Star Municipal Clerks & Finance Officers", "St. Cloud", "Minnesota"),
    ("Evergreen Clerks Association", "Olympia", "Washington"),
    ("Kentucky Municipal Recorders Guild", "Bowling Green", "Kentucky"),
    ("Copper State Clerks Association", "Prescott", "Arizona"),
    ("Acadiana Clerks & Secretaries Association", "Baton Rouge", "Louisiana"),
    ("Association of Municipal Clerks and Treasurers of the Lakes", "Peterborough", "Ontario"),
    ("Southern Cross Local Government Officers Society", "Wellington", "New Zealand"),
    ("Granite State City & Town Clerks Association", "Concord", "New Hampshire"),
    ("Lone Prairie Municipal Clerks Association", "Abilene", "Texas"),
]

LEAGUES = [
    ("Virginia Cities and Counties League", "Roanoke", "Virginia"),
    ("League of Minnesota Towns", "Duluth", "Minnesota"),
    ("Texas Municipal Officials League", "Waco", "Texas"),
]

# Outside trainers (activity "course", no IIMC course review).
TRAINERS = [
    "Meridian Professional Seminars",
    "Hartwell Workplace Learning",
    "Civic Ledger Training Group",
    "Northgate Continuing Studies, Brennan University",
    "Stonebridge Leadership Workshops",
    "Records & Information Society of the Plains",
]

PLATFORMS = ["Zoom Webinar", "GoToWebinar", "LearnDash Online Campus", "Canvas Catalog", "Microsoft Teams"]

# Registrars (transcripts, diplomas): (college, city, state)
COLLEGES = [
    ("Marrowbone State University", "Cookeville", "Tennessee"),
    ("Saint Brendan's College", "Duluth", "Minnesota"),
    ("Piedmont Valley Community College", "Danville", "Virginia"),
    ("University of the Upper Cumberland", "Somerset", "Kentucky"),
    ("Riverbend Technical & Community College", "Yakima", "Washington"),
    ("Northumberland College of Applied Arts", "Cobourg", "Ontario"),
    ("Westhaven University", "Hamilton", "New Zealand"),
]

VOCATIONAL = ["Pinecrest Business College", "Fraser Valley School of Office Administration"]

# Employers: (name, sector kind word, city, state)
CITIES = {
    1: [("Town of Salem Harbor", "Massachusetts"), ("City of Nashua Falls", "New Hampshire")],
    2: [("Borough of Millbrook", "Pennsylvania"), ("Village of Cold Spring Landing", "New York")],
    3: [("City of Cape Fear Crossing", "North Carolina"), ("Town of Shenandoah Gap", "Virginia")],
    4: [("City of Sandusky Point", "Ohio"), ("Village of Oak Lawn Park", "Illinois")],
    5: [("City of Bardstown Springs", "Kentucky"), ("Town of Elk River", "Tennessee")],
    6: [("City of Mankato Heights", "Minnesota"), ("Village of Prairie du Lac", "Wisconsin")],
    7: [("City of Red Mesa", "Arizona"), ("Town of Silver Creek", "Colorado")],
    8: [("City of Bayou Vista", "Louisiana"), ("City of Cedar Bluff", "Texas")],
    9: [("City of Port Alder", "Washington"), ("City of Klamath Rapids", "Oregon")],
    10: [("Township of Rideau Lakes North", "Ontario"), ("Town of Qualicum Shores", "British Columbia")],
    11: [("Nelson Bays District Council", "New Zealand"), ("Shire of Mount Beckworth", "Victoria, Australia")],
}

COUNTIES = ["Harlan County", "Pender County", "Blue Earth County", "Skagit County", "Yavapai County"]
STATE_AGENCIES = [
    "Minnesota Department of Administration",
    "Virginia Department of Elections",
    "Kentucky Secretary of State, Records Division",
]
COMPANIES = ["Tideline Freight Services, Inc.", "Harborview Title & Escrow LLC", "Kowhai Engineering Ltd"]

# People who sign things.
SIGNERS = [
    "Dr. Evangeline Marsh", "Thaddeus R. Whitcombe", "Priya Raghunathan", "Colm O'Donoghue",
    "Beatrix L. Sandoval", "Harold J. Pemberton III", "Ngozi Adeyemi-Clarke", "Lucien Beaulieu",
    "Margarethe Voss", "Desmond K. Ashby", "Tamsin Okonkwo", "Rafael Quintero-Lind",
    "Winifred Abernathy", "Yusuf Haddad", "Corinne Delaplane", "Ignatius Mbeki-Rowe",
]

HR_SIGNERS = ["Janelle Foss-Marquardt", "Oscar Villanueva", "Bettina Kraus", "Leland P. Osgood",
              "Mereana Tuhoe", "Claudette Brassard", "Garrison Welles", "Imelda Castellanos"]

SIGNER_TITLES = {
    "institute": ["Institute Director", "Program Director", "Dean, School of Public Service"],
    "association": ["President", "Education Chair", "Executive Director"],
    "trainer": ["Lead Facilitator", "Director of Programs", "Registrar"],
    "hr": ["Director of Human Resources", "HR Generalist", "Personnel Officer", "Human Resources Manager"],
    "iimc": ["IIMC President", "Executive Director", "Director of Education"],
}

OTHER_PEOPLE = ["Patrick D. Delancey", "Sharon Whitlock-Baines", "Gordon F. Ruiz"]

# College courses for transcripts: (code stem, title)
COURSES = [
    ("PADM", "Introduction to Public Administration"), ("PADM", "Public Budgeting and Finance"),
    ("PADM", "Administrative Law"), ("POLS", "American Government"), ("POLS", "State and Local Politics"),
    ("ENGL", "Composition I"), ("ENGL", "Technical Writing"), ("MATH", "College Algebra"),
    ("STAT", "Elementary Statistics"), ("ACCT", "Governmental Accounting"), ("COMM", "Public Speaking"),
    ("HIST", "United States History since 1877"), ("URBN", "Urban Planning Principles"),
    ("RMGT", "Records and Information Management"), ("PSYC", "General Psychology"),
    ("MUSC", "Music Theory I"), ("MUSC", "Applied Piano"), ("MUSC", "History of Western Music"),
    ("BIOL", "Principles of Biology"), ("ECON", "Principles of Macroeconomics"),
    ("HRMT", "Personnel Administration"), ("CISC", "Spreadsheet Applications"),
]
