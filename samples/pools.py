"""Value pools the sample generator draws from (names, places, providers, titles).

Everything here is invented but modelled on how real IIMC-approved institutes, state
clerk associations, universities, HR departments and outside trainers word things.
"""

from __future__ import annotations

FIRST_F = [
    "Maria",
    "Jennifer",
    "Patricia",
    "Linda",
    "Deborah",
    "Karen",
    "Angela",
    "Tonya",
    "Rebecca",
    "Heather",
    "Michelle",
    "Sandra",
    "Denise",
    "Lorraine",
    "Yolanda",
    "Kimberly",
    "Shannon",
    "Teresa",
    "Aiko",
    "Priya",
    "Colleen",
    "Rosalind",
    "Janelle",
]
FIRST_M = [
    "James",
    "Robert",
    "Michael",
    "David",
    "Thomas",
    "Daniel",
    "Anthony",
    "Marcus",
    "Kevin",
    "Brian",
    "Gregory",
    "Luis",
    "Raymond",
    "Dwayne",
    "Peter",
    "Samuel",
]
LAST = [
    "Gonzalez",
    "Whitaker",
    "Okafor",
    "Nguyen",
    "Kowalski",
    "Brennan",
    "Delgado",
    "Hutchins",
    "Ferreira",
    "McAllister",
    "Sorensen",
    "Abernathy",
    "Castellano",
    "Pruitt",
    "Lindqvist",
    "Oyelaran",
    "Tanaka",
    "Vasquez",
    "Whitfield",
    "Holloway",
    "Marchetti",
    "Dubois",
    "Kaminski",
    "Redbird",
    "Fairbanks",
    "Goldstein",
    "Novak",
]
MIDDLE = "ABCDEGHJKLMNPRSTW"

# (city, state/province, postal code, region) - regions 1..11; 10 Canada, 11 international
CITIES = {
    1: [
        ("Nashua", "New Hampshire", "NH", "03060"),
        ("Warwick", "Rhode Island", "RI", "02886"),
        ("Burlington", "Vermont", "VT", "05401"),
    ],
    2: [
        ("Princeton", "New Jersey", "NJ", "08540"),
        ("Saratoga Springs", "New York", "NY", "12866"),
        ("Lancaster", "Pennsylvania", "PA", "17602"),
    ],
    3: [
        ("Marietta", "Georgia", "GA", "30060"),
        ("Greenville", "South Carolina", "SC", "29601"),
        ("Boca Raton", "Florida", "FL", "33432"),
    ],
    4: [
        ("Kettering", "Ohio", "OH", "45429"),
        ("Bowling Green", "Kentucky", "KY", "42101"),
        ("Franklin", "Tennessee", "TN", "37064"),
    ],
    5: [
        ("Ann Arbor", "Michigan", "MI", "48104"),
        ("Waukesha", "Wisconsin", "WI", "53186"),
        ("Naperville", "Illinois", "IL", "60540"),
    ],
    6: [
        ("Ames", "Iowa", "IA", "50010"),
        ("Lawrence", "Kansas", "KS", "66044"),
        ("Rochester", "Minnesota", "MN", "55901"),
    ],
    7: [
        ("Norman", "Oklahoma", "OK", "73069"),
        ("Lafayette", "Louisiana", "LA", "70501"),
        ("Fayetteville", "Arkansas", "AR", "72701"),
    ],
    8: [
        ("Denton", "Texas", "TX", "76201"),
        ("Las Cruces", "New Mexico", "NM", "88001"),
        ("Grand Junction", "Colorado", "CO", "81501"),
    ],
    9: [
        ("Springfield", "Oregon", "OR", "97477"),
        ("Tempe", "Arizona", "AZ", "85281"),
        ("Bellingham", "Washington", "WA", "98225"),
    ],
    10: [
        ("Kingston", "Ontario", "ON", "K7L 2Z3"),
        ("Red Deer", "Alberta", "AB", "T4N 3T4"),
        ("Moncton", "New Brunswick", "NB", "E1C 1E8"),
    ],
    11: [
        ("Hamilton", "Pembroke Parish, Bermuda", "", "HM 12"),
        ("Ballarat", "Victoria, Australia", "VIC", "3350"),
    ],
}

LOCAL_UNITS = [
    "City of {c}",
    "Town of {c}",
    "Village of {c}",
    "Borough of {c}",
    "Township of {c}",
    "{c} County",
]

INSTITUTES = [
    # (program name, host university, city, state)
    ("Northwest Clerks Institute", "University of Washington", "Tacoma", "Washington"),
    (
        "Texas Municipal Clerks Certification Program",
        "University of North Texas",
        "Denton",
        "Texas",
    ),
    (
        "Municipal Clerks Certification Program",
        "Carl Vinson Institute of Government, University of Georgia",
        "Athens",
        "Georgia",
    ),
    (
        "Michigan Municipal Clerks Institute",
        "Central Michigan University",
        "Mount Pleasant",
        "Michigan",
    ),
    (
        "New England Municipal Clerks' Institute & Academy",
        "Plymouth State University",
        "Plymouth",
        "New Hampshire",
    ),
    ("Municipal Clerks' Institute", "Northern Arizona University", "Flagstaff", "Arizona"),
    (
        "Florida Municipal Clerks Institute & Academy",
        "Florida Atlantic University",
        "Boca Raton",
        "Florida",
    ),
    (
        "Ohio Municipal Clerks Institute",
        "The Ohio State University, John Glenn College of Public Affairs",
        "Columbus",
        "Ohio",
    ),
    (
        "Rocky Mountain Municipal Clerks Institute",
        "University of Colorado Denver",
        "Denver",
        "Colorado",
    ),
    ("Municipal Clerks Institute", "Kansas State University", "Manhattan", "Kansas"),
]
CANADIAN_INSTITUTES = [
    ("Municipal Administration Program", "University of Western Ontario", "London", "Ontario"),
    ("Clerks' Institute of Atlantic Canada", "Dalhousie University", "Halifax", "Nova Scotia"),
]

ASSOCIATIONS = [
    "Municipal Clerks Association of New Jersey",
    "Arizona Municipal Clerks' Association",
    "Texas Municipal Clerks Association",
    "Georgia Municipal Clerks Association",
    "Ohio Municipal Clerks Association",
    "Washington Municipal Clerks Association",
    "Michigan Association of Municipal Clerks",
    "Florida Association of City Clerks",
    "New York State Town Clerks Association",
    "Colorado Municipal Clerks Association",
    "Kansas City Clerks and Municipal Finance Officers Association",
    "Association of Municipal Managers, Clerks and Treasurers of Ontario",
]

LEAGUES = [
    "Texas Municipal League",
    "New Jersey State League of Municipalities",
    "Georgia Municipal Association",
    "Michigan Municipal League",
    "League of Arizona Cities and Towns",
]

INSTITUTE_SESSIONS = [
    "Records Management and Retention",
    "Parliamentary Procedure",
    "Ethics in Local Government",
    "Open Meetings and Public Records Law",
    "Elections Administration",
    "Minutes Writing",
    "Budgeting and Municipal Finance for Clerks",
    "Customer Service in the Public Sector",
    "Leadership and Team Building",
    "Time and Stress Management",
    "Intergovernmental Relations",
    "Legal Notices and Ordinances",
    "Strategic Planning",
    "Conflict Resolution",
    "Emergency Management for the Clerk's Office",
    "Media Relations",
    "Contract Administration",
    "The Role of the Municipal Clerk",
    "Personnel Management",
    "Codification",
]
STATE_COURSES = [
    "Advanced Minutes Taking",
    "Public Records Compliance Workshop",
    "Election Law Update",
    "Municipal Law for Clerks",
    "Agenda Management Best Practices",
    "Records Retention Schedules",
    "Conducting Municipal Elections",
    "Licensing and Permits Workshop",
    "Meeting Management Seminar",
]
OUTSIDE_COURSES = [
    (
        "Fred Pryor Seminars / CareerTrack",
        [
            "Managing Multiple Priorities, Projects and Deadlines",
            "How to Supervise People",
            "Excel Essentials",
            "Conflict Management Skills for Women",
        ],
    ),
    (
        "National Seminars Training",
        [
            "Business Writing and Grammar Skills",
            "The Effective Administrative Professional",
            "Customer Service Excellence",
        ],
    ),
    (
        "SkillPath Seminars",
        ["Organizing and Managing Records", "Project Management for the Non-Project Manager"],
    ),
    (
        "University of Wisconsin-Madison Continuing Studies",
        ["Public Sector Communication", "Grant Writing Basics"],
    ),
    (
        "Dale Carnegie Training",
        ["Effective Communications & Human Relations", "Leadership Training for Managers"],
    ),
    (
        "ARMA International",
        ["Information Governance Fundamentals", "Electronic Records Management"],
    ),
]
FEMA_COURSES = [
    "IS-100.c: Introduction to the Incident Command System",
    "IS-700.b: An Introduction to the National Incident Management System",
    "IS-230.e: Fundamentals of Emergency Management",
    "IS-200.c: Basic Incident Command System for Initial Response",
]
WEBINAR_PROVIDERS = [
    "Government Finance Officers Association",
    "National League of Cities",
    "Granicus",
    "CivicPlus Academy",
    "Municipal Code Corporation",
]
VOCATIONAL = [
    ("Lakeshore Technical College", "Microsoft Excel - Level II"),
    ("Central Business College", "Office Administration: Advanced Word Processing"),
    ("Red Deer Polytechnic", "Bookkeeping Fundamentals"),
    ("Bermuda College", "Records and Information Management Certificate Course"),
    ("Southern Alberta Institute of Technology", "Business Communications"),
]
CERTIFICATIONS = [
    ("Certified Public Manager\u00ae Program", "Kennesaw State University", 300),
    ("Certified Records Manager (CRM)", "Institute of Certified Records Managers", 120),
    ("Certified Public Manager Program", "Texas State University", 300),
    ("Public Information Officer Certification", "Emergency Management Institute", 80),
]

ATHENIAN_TITLES = [
    "The Speed of Trust",
    "Start with Why",
    "Team of Rivals",
    "Dare to Lead",
    "The Five Dysfunctions of a Team",
    "Emotional Intelligence 2.0",
    "Leaders Eat Last",
    "Grit: The Power of Passion and Perseverance",
    "Crucial Conversations",
    "The Servant as Leader",
]
ACADEMY_SESSIONS = [
    "Social Media and the Clerk's Office",
    "Navigating Public Records Requests",
    "Succession Planning",
    "Building Civic Engagement",
    "Records Disaster Recovery",
    "Communicating with Elected Officials",
    "Cybersecurity for Local Government",
]
CDROM_TITLES = [
    "Records Management",
    "Parliamentary Procedure",
    "Ethics for Municipal Clerks",
    "Minutes Writing",
]
IIMC_ONLINE = [
    "Effective Communication in the Clerk's Office",
    "Managing Public Meetings Online",
    "Leadership Essentials for Clerks",
]
ANNUAL_CONF_CITIES = {
    2006: "Anchorage, Alaska",
    2007: "Reno, Nevada",
    2008: "Atlanta, Georgia",
    2010: "Sacramento, California",
    2012: "Portland, Oregon",
    2014: "Fort Worth, Texas",
    2016: "Grand Rapids, Michigan",
    2017: "Spokane, Washington",
    2018: "Buffalo-Niagara, New York",
    2019: "Raleigh, North Carolina",
    2022: "Grand Rapids, Michigan",
    2023: "Nashville, Tennessee",
    2024: "Halifax, Nova Scotia",
}
COMMITTEES = [
    "Education Committee",
    "Legislative Committee",
    "Membership Committee",
    "Awards Committee",
    "Professional Development Committee",
    "Bylaws Committee",
    "Scholarship Committee",
    "Conference Planning Committee",
]
OFFICES = [
    "President",
    "First Vice President",
    "Second Vice President",
    "Secretary",
    "Treasurer",
    "Trustee",
]
RELATED_ASSOCS = [
    ("Government Finance Officers Association of Ohio", "Secretary"),
    ("ARMA International, Greater Phoenix Chapter", "Treasurer"),
    ("Tennessee Association of Notaries", "Vice President"),
]

UNIVERSITIES = [
    ("Arizona State University", "Tempe, Arizona 85287", "Office of the University Registrar"),
    (
        "Rutgers, The State University of New Jersey",
        "New Brunswick, NJ 08901",
        "Office of the Registrar",
    ),
    ("Kennesaw State University", "Kennesaw, Georgia 30144", "Registrar's Office"),
    ("University of Central Florida", "Orlando, FL 32816", "Registrar's Office"),
    ("Texas State University", "San Marcos, Texas 78666", "Office of the University Registrar"),
    ("Portland State University", "Portland, OR 97201", "Office of the Registrar"),
    ("Grand Valley State University", "Allendale, MI 49401", "Registrar"),
    ("The University of Akron", "Akron, Ohio 44325", "Office of the Registrar"),
    ("Carleton University", "Ottawa, Ontario K1S 5B6", "Registrar's Office"),
    ("Western Michigan University", "Kalamazoo, MI 49008", "Office of the Registrar"),
]
DEGREES_RELATED = [
    "Bachelor of Arts in Public Administration",
    "Bachelor of Science in Political Science",
    "Master of Public Administration",
    "Bachelor of Science in Urban Planning",
    "Bachelor of Arts in Political Science",
]
ASSOC_RELATED = [
    "Associate of Arts in Public Administration",
    "Associate of Arts in Political Science",
]
DEGREES_UNRELATED = [
    "Bachelor of Science in Biology",
    "Bachelor of Music",
    "Bachelor of Science in Nursing",
    "Bachelor of Fine Arts in Art",
    "Bachelor of Science in Chemistry",
]
DEGREES_ARGUABLE = [
    "Bachelor of Business Administration",
    "Bachelor of Arts in Communication",
    "Bachelor of Science in Criminal Justice",
    "Bachelor of Arts in Sociology",
]
COURSE_CATALOG = {
    "POS": [
        "American National Government",
        "State and Local Government",
        "Public Policy Analysis",
        "Constitutional Law",
        "Urban Politics",
        "Political Theory",
    ],
    "PAD": [
        "Introduction to Public Administration",
        "Public Budgeting",
        "Public Personnel Administration",
        "Administrative Law",
        "Municipal Management",
        "Records Management in Government",
        "Ethics in Public Service",
        "Intergovernmental Relations",
    ],
    "ENG": ["English Composition I", "English Composition II", "Technical Writing"],
    "MAT": ["College Algebra", "Introductory Statistics"],
    "HIS": ["United States History to 1877", "United States History since 1877"],
    "ACC": ["Principles of Accounting I", "Governmental Accounting"],
    "COM": ["Public Speaking", "Interpersonal Communication"],
    "BIO": ["General Biology I", "Microbiology", "Genetics"],
    "PSY": ["General Psychology"],
    "SOC": ["Introduction to Sociology"],
    "ECO": ["Principles of Macroeconomics", "Principles of Microeconomics"],
}
GRADES = ["A", "A-", "B+", "B", "B+", "A", "B-", "A", "C+", "A-"]

HR_TITLES = [
    "Human Resources Director",
    "Director of Human Resources",
    "HR Manager",
    "Human Resources Generalist",
    "Personnel Officer",
    "Assistant Director, Human Resources",
]
EXEC_TITLES = [
    "City Manager",
    "Town Administrator",
    "Mayor",
    "Village Manager",
    "County Administrator",
]
CLERK_POSITIONS = [
    "City Clerk",
    "Deputy City Clerk",
    "Town Clerk",
    "Assistant Town Clerk",
    "Village Clerk",
    "Deputy Clerk",
    "City Secretary",
    "Borough Clerk",
    "Township Recorder",
    "Clerk-Treasurer",
    "Deputy Borough Clerk",
]
NONCLERK_POSITIONS = [
    "Administrative Services Manager",
    "Executive Assistant to the City Manager",
    "Records Coordinator",
    "Permit Center Supervisor",
    "Office Manager",
]
STATE_EMPLOYERS = [
    "State of Ohio, Department of Administrative Services",
    "Arizona Department of Revenue",
    "New Jersey Department of Community Affairs",
]
BUSINESS_EMPLOYERS = [
    "Harbor Title & Escrow, Inc.",
    "Meridian Property Management LLC",
    "Lakeside Insurance Agency",
]
