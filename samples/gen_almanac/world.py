"""The invented world the almanac packets come from: places, bodies, people.

Every organisation, town and person here is made up for these samples (no real clerk,
institute or employer); real states and provinces are used only as places. Surnames are
unique across the set so that only the intended relative shares an applicant's.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Org:
    """An organisation as its paper names it, with a mailing address."""

    name: str
    street: str
    city: str
    phone: str = ""
    web: str = ""

    def address_lines(self) -> list[str]:
        lines = [self.street, self.city]
        if self.phone:
            lines.append(self.phone)
        if self.web:
            lines.append(self.web)
        return lines


# ------------------------------------------------------------------ institutes, academies
INST_CASCADE = Org("Cascade Range Municipal Clerks Institute", "Halvorsen Hall, 2100 Fir Loop",
                   "Bend Ridge, Oregon 97709", "(541) 555-0148", "crmci.example.org")
INST_BLUEGRASS = Org("Bluegrass Clerks Institute at Danforth College", "118 Commonwealth Row",
                     "Harlan Springs, Kentucky 40921", "(606) 555-0172")
INST_LAKES = Org("Three Lakes Institute for Municipal Clerks", "University of Marquand, 40 Shore Dr.",
                 "Port Aldous, Michigan 49001", "(269) 555-0101", "threelakesclerks.example.edu")
INST_MESA = Org("High Mesa Municipal Clerks Institute", "Coronado State University, Box 1903",
                "Alamillo, New Mexico 87020", "(505) 555-0133")
INST_PRAIRIE = Org("Prairie Wind Clerks Academy", "Holloway Center, 77 Campus Way",
                   "Keeler, Kansas 67401", "(785) 555-0190")
INST_MARITIME = Org("Maritime Municipal Administration Institute", "Fundy College, 9 Quay Street",
                    "Port Lorne, Nova Scotia B0S 1A0", "(902) 555-0117")
INST_GRANITE = Org("Granite State Clerks Institute", "Wentworth Hall, 12 College Rd.",
                   "North Hollis, New Hampshire 03049", "(603) 555-0160")

# ------------------------------------------------------------------ associations
ASSN_OREGON = Org("Oregon Association of Municipal Recorders and Clerks", "PO Box 4410",
                  "Salem Heights, Oregon 97301", "(503) 555-0124")
ASSN_KENTUCKY = Org("Kentucky Clerks and Treasurers League", "310 Capitol Annex Way",
                    "Frankfort Mill, Kentucky 40601")
ASSN_MICHIGAN = Org("Great Lakes Municipal Clerks Association", "1500 Riverbend Pkwy, Suite 7",
                    "Lansing Falls, Michigan 48906", "(517) 555-0185")
ASSN_NEWMEXICO = Org("New Mexico Clerks and Finance Officers Association", "62 Calle Ocotillo",
                     "Santa Rita, New Mexico 87501")
ASSN_KANSAS = Org("Sunflower Municipal Clerks Association", "210 Prairie Plaza",
                  "Topeka Junction, Kansas 66603")
ASSN_NOVASCOTIA = Org("Association of Municipal Clerks of Nova Scotia", "1 Harbourfront Lane",
                      "Halewood, Nova Scotia B3J 2K9")
ASSN_NEWENGLAND = Org("New England Association of City and Town Clerks", "88 Commons Street",
                      "Concord Mills, New Hampshire 03301")
ASSN_GEORGIA = Org("Georgia Piedmont Clerks Association", "45 Magnolia Court",
                   "Athens Grove, Georgia 30601")
ASSN_TEXAS = Org("Texas Hill Country City Secretaries Association", "701 Pecan St.",
                 "San Marcos Bend, Texas 78666")
ASSN_AUSTRALIA = Org("Local Government Clerks Network of Victoria", "Level 3, 150 Collins Lane",
                     "Ballarat Vale VIC 3350, Australia")
ASSN_NEWJERSEY = Org("Garden State Municipal Clerks Association", "19 Ferry Road",
                     "Trenton Landing, New Jersey 08608")
RELATED_ASSN = Org("Northwest Records and Information Managers Society", "PO Box 2207",
                   "Tacoma Narrows, Washington 98402")

IIMC = Org("International Institute of Municipal Clerks", "8331 Utica Avenue, Suite 200",
           "Rancho Cucamonga, California 91730", "(909) 944-4162", "www.iimc.com")
IIMC_FOUNDATION = Org("IIMC Foundation", "8331 Utica Avenue, Suite 200",
                      "Rancho Cucamonga, California 91730")

# ------------------------------------------------------------------ trainers, platforms
TRAIN_SUMMIT = Org("Summit Skills Seminars, LLC", "4400 Commerce Blvd.", "Omaha Flats, Nebraska 68102")
TRAIN_CIVICPOINT = Org("CivicPoint Training Group", "230 Enterprise Ave.", "Dayton Mills, Ohio 45402")
TRAIN_ELMWOOD = Org("Elmwood Business College", "1 College Square", "Paducah Falls, Kentucky 42001")
TRAIN_REDCEDAR = Org("Red Cedar Public Sector Learning", "55 Water Street", "Bellingham Bay, Washington 98225")
PLATFORM_LEARNGRID = "LearnGrid"
PLATFORM_CLASSNEST = "ClassNest Online"
CERT_BODY = Org("Association of Public Records Professionals", "900 Archive Way",
                "Richmond Hill, Virginia 23219")
UNIV_CPM = Org("Coronado State University Center for Public Management", "Box 1910",
               "Alamillo, New Mexico 87020")

# ------------------------------------------------------------------ colleges (registrars)
COL_WILLAMETTE = Org("Northbridge State University", "Office of the Registrar, 1 University Plaza",
                     "Corvallis Heights, Oregon 97331")
COL_LAKESHORE = Org("Lakeshore Community College", "Records and Registration, 3300 Beach Rd.",
                    "Muskegon Point, Michigan 49442")
COL_STCLAIR = Org("St. Clair Valley College", "Office of the Registrar, 45 Abbey Road",
                  "Windermere, Ontario N9A 5K7")
COL_PIEDMONT = Org("University of the Piedmont", "Registrar's Office, 600 Oak Ave.",
                   "Athens Grove, Georgia 30602")
COL_SANTAFE = Org("Rio Chama University", "Office of the University Registrar", "Taos Mesa, New Mexico 87571")

# ------------------------------------------------------------------ employers
CITY_JUNIPER = Org("City of Juniper Falls", "City Hall, 300 Main Street", "Juniper Falls, Oregon 97760",
                   "(541) 555-0199")
CITY_MAPLEHURST = Org("City of Maplehurst", "Human Resources Department, 50 Civic Center Dr.",
                      "Maplehurst, Michigan 49010", "(269) 555-0111")
TOWN_EASTON = Org("Town of East Harwick", "Town Offices, 14 Green Road", "East Harwick, New Hampshire 03245")
COUNTY_BARLOW = Org("Barlow County", "Office of Human Resources, 1 Courthouse Square",
                    "Barlow, Kentucky 41002", "(606) 555-0150")
VILLAGE_OAK = Org("Village of Oak Prairie", "Village Hall, 9 Depot Street", "Oak Prairie, Kansas 67501")
STATE_AGENCY = Org("New Mexico Department of Local Affairs", "Bataan Annex, 407 Galisteo Way",
                   "Santa Rita, New Mexico 87501")
COMPANY = Org("Harbison Title & Escrow Co.", "1200 Market Street, Suite 400", "Bend Ridge, Oregon 97701")
CITY_PECAN = Org("City of Pecan Crossing", "201 W. Travis St.", "Pecan Crossing, Texas 78640")
TOWN_LUNENBURG = Org("Municipality of the District of West Lorne", "Municipal Office, 77 King St.",
                     "West Lorne, Nova Scotia B0J 2C0")
CITY_ATHENS = Org("Unified Government of Athens Grove", "Human Resources, 120 Hancock Ave.",
                  "Athens Grove, Georgia 30601")
SHIRE_AUS = Org("Shire of Wattle Creek", "Civic Centre, 2 Mitchell Street", "Wattle Creek VIC 3364, Australia")
TOWNSHIP_NJ = Org("Township of Cranbury Pines", "Municipal Building, 23 N. Main St.",
                  "Cranbury Pines, New Jersey 08512")
TRAIN_VALLEY = Org("Annapolis Valley Business Academy", "410 Commercial Street",
                   "Kentville Ridge, Nova Scotia B4N 1K2")
COL_CONSERVATORIUM = Org("Eastern Victoria Conservatorium", "Registry, 8 Lyre Street",
                         "Sale Downs VIC 3850, Australia")
CITY_ALAMILLO = Org("City of Alamillo", "Office of the City Manager, 1 Plaza Mayor",
                    "Alamillo, New Mexico 87020", "(505) 555-0102")
TOWN_WILLOW = Org("Town of Willow Shoals", "Town Hall, 5 Depot Square", "Willow Shoals, Georgia 30650")
