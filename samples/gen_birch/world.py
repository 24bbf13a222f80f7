"""Invented towns, organisations and people. Only IIMC and its programmes are real names."""

IIMC = "International Institute of Municipal Clerks"

INSTITUTES = [
    "Northern Prairie Municipal Clerks Institute",
    "Tallwood University Institute for Municipal Clerks",
    "Coastal Ranges Clerks Institute and Academy",
    "Red Alder College Municipal Clerks Academy",
]
ASSOCIATIONS = [
    "Lakeshore Municipal Clerks Association",
    "Tri-Valley Association of Municipal Clerks",
    "Western Uplands Clerks and Treasurers Association",
    "Northshore Association of Municipal Clerks and Treasurers",
]
LEAGUES = ["Heartland League of Municipalities", "Bayside Municipal League"]
COLLEGES = [
    "Ashcombe State University",
    "Kestrel Valley College",
    "University of Marrowby",
    "Greyhaven Community College",
]
TRAINERS = ["Meridian Professional Seminars", "Civic Skills Online", "Bramble & Co. Training"]
PLATFORMS = ["LearnBridge", "CourseHarbor"]
CERTIFIERS = ["Society of Public Records Managers", "Board for Certified Public Managers"]
VENUES = ["Riverside Conference Centre", "Hotel Marisol", "Pinecrest Lodge", "Civic Hall Annex"]
