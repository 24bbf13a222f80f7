"""The people and organisations of the ledger set (all invented)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Org:
    name: str
    address: tuple[str, ...] = ()
    short: str = ""          # initials printed in a seal or logo
    colour: tuple[float, float, float] = (0.1, 0.2, 0.45)
    sector: str = ""         # employment letters: local / state_federal / business


IIMC = Org("International Institute of Municipal Clerks",
           ("8331 Utica Avenue, Suite 200", "Rancho Cucamonga, CA 91730"), "IIMC",
           (0.05, 0.25, 0.5))

# institutes and academies (IIMC-approved)
PRAIRIE_INSTITUTE = Org("Prairie Lakes Municipal Clerks Institute",
                        ("School of Public Affairs, North Plains State University",
                         "410 Campus Loop, Bismarck Falls, ND 58505"), "PLMCI", (0.35, 0.1, 0.1))
SONORAN_INSTITUTE = Org("Sonoran Desert Clerks Institute",
                        ("Office of Continuing Studies", "Arroyo State College, Tucson Ridge, AZ 85701"),
                        "SDCI", (0.55, 0.3, 0.05))
OZARK_ACADEMY = Org("Ozark Highlands Academy for Advanced Education",
                    ("Center for Local Government, Ozark Highlands University",
                     "12 College Row, Harrison Hill, MO 65601"), "OHA", (0.1, 0.35, 0.2))
MAPLE_INSTITUTE = Org("Red River Valley Municipal Clerks Institute",
                      ("Continuing Education Division", "Assiniboine Polytechnic, Winnipeg, MB R3C 0V8"),
                      "RRVMCI", (0.5, 0.05, 0.1))

# state / provincial associations
KANSAS_ASSN = Org("Kansas Association of City Clerks and Municipal Finance Officers",
                  ("PO Box 1127", "Salina, KS 67401"), "KACCMFO", (0.05, 0.3, 0.55))
NEWMEX_ASSN = Org("New Mexico Clerks and Recorders Association",
                  ("1710 Paseo Lomas NW", "Albuquerque, NM 87104"), "NMCRA", (0.6, 0.2, 0.05))
IOWA_ASSN = Org("Iowa Municipal Clerks Guild", ("PO Box 88", "Ames, IA 50010"), "IMCG",
                (0.2, 0.2, 0.5))
MANITOBA_ASSN = Org("Association of Manitoba Municipal Administrators",
                    ("Unit 4 - 1200 Portage Avenue", "Winnipeg, MB R3G 0T5"), "AMMA", (0.45, 0.0, 0.15))
SASK_ASSN = Org("Saskatchewan Urban Clerks Society", ("PO Box 311", "Regina, SK S4P 3A1"),
                "SUCS", (0.1, 0.4, 0.3))
OKLA_LEAGUE = Org("Oklahoma Municipal League", ("201 NE 23rd Street", "Oklahoma City, OK 73105"),
                  "OML", (0.3, 0.1, 0.4))

# outside course providers
KEYSTONE = Org("Keystone Workplace Learning, LLC", ("55 Commerce Park Drive", "Omaha, NE 68114"),
               "KWL", (0.0, 0.35, 0.35))
DISTRICT = Org("Tri-Rivers Community College District",
               ("Office of Workforce and Community Education", "900 College Parkway, Joplin, MO 64801"),
               "TRCCD", (0.2, 0.3, 0.1))
RECORDS_INST = Org("Heartland Records and Information Management Council",
                   ("2 Union Square", "Lincoln, NE 68508"), "HRIMC", (0.4, 0.3, 0.0))
CPM_PROGRAM = Org("Arizona Certified Public Manager Program",
                  ("School of Public Management, Arroyo State College", "Tucson Ridge, AZ 85701"),
                  "CPM", (0.5, 0.2, 0.2))
BUSINESS_SCHOOL = Org("Prairie Business College", ("77 Main Street", "Brandon, MB R7A 1A1"), "PBC",
                      (0.2, 0.2, 0.2))

# colleges and universities (transcripts, diploma)
NPSU = Org("North Plains State University", ("Office of the Registrar", "Bismarck Falls, ND 58505"),
           "NPSU", (0.1, 0.25, 0.45))
MESA_CC = Org("Mesa Grande Community College", ("Records and Registration",
                                                "3300 Camino Real, Las Cruces, NM 88001"),
              "MGCC", (0.55, 0.25, 0.05))
LAKEHEAD = Org("University of the Northern Lakes", ("Office of the University Registrar",
                                                     "Thunder Cove, ON P7B 5E1"), "UNL", (0.25, 0.0, 0.35))
OZARK_U = Org("Ozark Highlands University", ("Registrar's Office", "Harrison Hill, MO 65601"),
              "OHU", (0.1, 0.35, 0.2))

# employers
CEDAR_BLUFF = Org("City of Cedar Bluff", ("City Hall, 100 Main Street", "Cedar Bluff, KS 67432"),
                  "CB", (0.1, 0.3, 0.2), "local")
RANSOM_COUNTY = Org("Ransom County", ("Human Resources Department, 204 Court Street",
                                      "Lisbon Springs, ND 58054"), "RC", (0.3, 0.2, 0.1), "local")
RED_MESA = Org("Town of Red Mesa", ("Town Hall, 15 Plaza Mayor", "Red Mesa, NM 87420"), "RM",
               (0.6, 0.25, 0.1), "local")
PINE_RIDGE_TWP = Org("Charter Township of Pine Hollow", ("5400 Hollow Road", "Pine Hollow, MI 48843"),
                     "PH", (0.1, 0.4, 0.1), "local")
SELKIRK = Org("Rural Municipality of Selkirk Plains", ("Box 160", "Selkirk Plains, MB R1A 2B3"),
              "RMSP", (0.2, 0.2, 0.5), "local")
AZ_REVENUE = Org("Arizona Department of Revenue", ("Human Resources Section, 1600 W Monroe Street",
                                                    "Phoenix, AZ 85007"), "ADOR", (0.5, 0.3, 0.1),
                 "state_federal")
MB_MINISTRY = Org("Province of Manitoba, Department of Municipal Relations",
                  ("Human Resource Services, 450 Broadway", "Winnipeg, MB R3C 0V8"), "MB",
                  (0.0, 0.3, 0.5), "state_federal")
TITLE_CO = Org("Ozark Title & Escrow Company", ("310 Commercial Street", "Springfield, MO 65806"),
               "OTE", (0.3, 0.3, 0.3), "business")
TULSA_CITY = Org("City of Osage Springs", ("Office of Human Resources, 200 Civic Center",
                                           "Osage Springs, OK 74103"), "OS", (0.2, 0.1, 0.4), "local")


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""


@dataclass
class Applicant:
    name: str
    program: str
    region: int
    received: str
    member_id: str
    prior: str | None = None
    former_names: list[str] = field(default_factory=list)
    membership: str = "full"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


SIGNERS = {
    "prairie_dir": Person("Dr. Lorraine Vetsch", "Institute Director"),
    "sonoran_dir": Person("Ramon Quintana-Ellis", "Program Director"),
    "ozark_dir": Person("Dr. Beverly Okafor", "Academy Director"),
    "maple_dir": Person("Gisèle Arsenault", "Coordinator, Clerks Institute"),
    "kansas_pres": Person("Todd Wehmeier, CMC", "President"),
    "kansas_ed": Person("Marisol Baca", "Education Chair"),
    "newmex_pres": Person("Yolanda Chee, MMC", "President"),
    "iowa_ed": Person("Brent Halvorsen", "Education Director"),
    "manitoba_ed": Person("Colette Beaulieu", "Executive Director"),
    "sask_pres": Person("Harpreet Sandhu", "President"),
    "okla_dir": Person("Dwayne Pickering", "Director of Member Services"),
    "keystone_ceo": Person("Alicia Mbeki", "Director of Training"),
    "district_dean": Person("Curtis Lindqvist", "Dean, Workforce Education"),
    "records_chair": Person("Patrice Fonoti", "Certification Board Chair"),
    "cpm_dir": Person("Dr. Helen Whitehorse", "CPM Program Director"),
    "bizschool": Person("Nadia Petrov", "Registrar"),
    "iimc_exec": Person("Marian Karr", "Executive Director"),
    "iimc_pres": Person("Julio Fuentes, MMC", "IIMC President"),
    "iimc_educ": Person("Dana Whitcombe", "Education Manager"),
    "cedar_hr": Person("Gregory Ostrander", "Human Resources Manager"),
    "ransom_hr": Person("Kimberly Two Bulls", "HR Director"),
    "redmesa_mgr": Person("Eliseo Trujillo", "Town Manager"),
    "pine_hr": Person("Janet Szymanski", "Township Supervisor"),
    "selkirk_cao": Person("Roland Fiedler", "Chief Administrative Officer"),
    "azdor_hr": Person("Priya Natarajan", "Human Resources Analyst"),
    "mb_hr": Person("Denise Moar", "Senior Human Resource Consultant"),
    "title_hr": Person("Wade Castellano", "Vice President, Operations"),
    "osage_hr": Person("LaTonya Greer", "Human Resources Director"),
    "region_dir": Person("Sheila Oberholtzer, MMC", "Region VI Director"),
}
