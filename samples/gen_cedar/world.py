"""The invented world of the cedar set: applicants, towns, institutes, associations,
colleges and signers.  Every name here is new (none is taken from another sample set)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str = ""
    suffix: str = ""

    @property
    def full(self):
        parts = [self.first] + ([self.middle] if self.middle else []) + [self.last]
        s = " ".join(parts)
        return f"{s} {self.suffix}" if self.suffix else s

    @property
    def plain(self):
        return f"{self.first} {self.last}"

    @property
    def last_first(self):
        mid = f" {self.middle}" if self.middle else ""
        suf = f" {self.suffix}" if self.suffix else ""
        return f"{self.last.upper()}, {self.first.upper()}{mid.upper()}{suf.upper()}"


# applicants (one per packet)
ROSALIND = Person("Rosalind", "Okafor-Brandt", "T.")
DMITRI = Person("Dmitri", "Vasquez-Hale")
ANNELIESE = Person("Anneliese", "Thorvaldsen", "M.")
KWAME = Person("Kwame", "Asante", "B.", "Jr.")
PRIYA = Person("Priya", "Raman-Whitcombe")
TEODORO = Person("Teodoro", "Marchetti", "L.", "III")
SIOBHAN = Person("Siobhan", "Delacroix", "E.")
HARUTO = Person("Haruto", "Nakagawa")
BEATRIX = Person("Beatrix", "O'Callahan", "J.")
LUCINDA = Person("Lucinda", "Mbeki-Farrow")
CASPIAN = Person("Caspian", "Wolcott", "R.")
NGOZI = Person("Ngozi", "Eze-Lindqvist", "A.")
MAGNUS = Person("Magnus", "Strandberg", "", "Sr.")
YOLANDA = Person("Yolanda", "Fairweather-Cruz", "P.")

# signers
SIGNERS = {
    "inst_dir_a": ("Dr. Harriet Quillfeather", "Institute Director"),
    "inst_dir_b": ("Professor Emeka Dunsmore", "Director, Clerks Institute"),
    "inst_dir_c": ("Marguerite St. Clair-Obi", "Academy Coordinator"),
    "assoc_pres_a": ("Tobias Renwick, MMC", "President"),
    "assoc_pres_b": ("Celestine Achterberg, CMC", "Education Chair"),
    "assoc_pres_c": ("Wendell Farquharson, MMC", "President"),
    "iimc_exec": ("Leontyne Barrowclough", "Executive Director"),
    "iimc_pres": ("Javier Ostrowski-Bell, MMC", "IIMC President"),
    "iimc_edu": ("Fenella Adeyemi-Rourke", "Education Director"),
    "hr_a": ("Gordon P. Halvorsen", "Director of Human Resources"),
    "hr_b": ("Imelda Castellanos-Reyes", "Human Resources Manager"),
    "hr_c": ("Rutger Vandersloot", "Personnel Officer"),
    "hr_d": ("Bernadette Okonkwo", "HR Generalist"),
    "hr_e": ("Lionel Featherstonehaugh", "County Administrator"),
    "mgr_a": ("Octavia Pemberton-Lacy", "City Manager"),
    "mgr_b": ("Desmond Achebe-Hart", "Village Administrator"),
    "comm_a": ("Philippa Grunewald, MMC", "Chair, Membership Committee"),
    "comm_b": ("Augustin Leclair, CMC", "Chair, Education Committee"),
    "reg_a": ("Office of the University Registrar", ""),
    "teach_a": ("Sunniva Haugland", "Program Director"),
}

TOWNS = {
    "tamsin": ("City of Tamsin Harbor", "Tamsin Harbor", "Oregon"),
    "greywillow": ("Town of Greywillow", "Greywillow", "Vermont"),
    "ashcombe": ("Village of North Ashcombe", "North Ashcombe", "Illinois"),
    "fallow": ("City of Fallow Creek", "Fallow Creek", "Texas"),
    "kestrel": ("Borough of Kestrel Point", "Kestrel Point", "New Jersey"),
    "mercer": ("Mercer Flats Township", "Mercer Flats", "Michigan"),
    "oriel": ("City of Oriel Springs", "Oriel Springs", "Colorado"),
    "dunmore": ("Dunmore Junction", "Dunmore Junction", "Georgia"),
    "larkhaven": ("City of Larkhaven", "Larkhaven", "Wisconsin"),
    "saddle": ("Saddle Rock County", "Saddle Rock", "Montana"),
    "bellweather": ("Town of Bellweather", "Bellweather", "North Carolina"),
    "quillan": ("Municipality of Quillan Bay", "Quillan Bay", "Nova Scotia"),
    "eastwick": ("Eastwick Vale Parish Council", "Eastwick Vale", "Bermuda"),
    "pinecrest": ("City of Pinecrest Landing", "Pinecrest Landing", "Arizona"),
}

INSTITUTES = {
    "cascadia": ("Cascadia Municipal Clerks Institute", "Greywillow State University"),
    "piedmont": ("Piedmont Clerks Academy", "University of Bellweather"),
    "lakes": ("Great Lakes Institute for Municipal Clerks", "Larkhaven College"),
    "sonoran": ("Sonoran Desert Clerks Institute", "Pinecrest Community College"),
    "atlantic": ("Atlantic Provinces Municipal Clerks Institute", "Quillan Bay University"),
    "rockies": ("High Plains Municipal Clerks Academy", "Saddle Rock State College"),
}

ASSOCIATIONS = {
    "oregon": "Oregon Association of Municipal Recorders and Clerks",
    "texas": "Lone Star Municipal Clerks Association",
    "illinois": "Prairie State Municipal Clerks Association",
    "michigan": "Michigan Township Clerks Guild",
    "georgia": "Georgia Clerks and Recorders Association",
    "colorado": "Colorado Front Range Clerks Association",
    "njersey": "Garden State Municipal Clerks Association",
    "carolina": "Carolina Piedmont Clerks Association",
    "maritime": "Maritime Municipal Clerks and Administrators Association",
    "wisconsin": "Badger Municipal Clerks Association",
    "montana": "Big Sky Clerks and Treasurers Association",
    "arizona": "Arizona Association of City Clerks and Recorders",
}

COLLEGES = {
    "harrowfield": ("Harrowfield University", "Office of the Registrar", "Harrowfield, Ohio"),
    "tamsin_cc": ("Tamsin Valley Community College", "Records and Enrollment Services", "Tamsin Harbor, Oregon"),
    "stbrendan": ("St. Brendan's College", "Registrar's Office", "Kestrel Point, New Jersey"),
    "prairie": ("Prairie Lakes State University", "Office of Academic Records", "Normanton, Illinois"),
    "coastal": ("Coastal Georgia Technical College", "Student Records", "Dunmore Junction, Georgia"),
    "quillan_u": ("Quillan Bay University", "Office of the University Registrar", "Quillan Bay, Nova Scotia"),
}

IIMC = "International Institute of Municipal Clerks"
IIMC_ADDR = "8331 Utica Avenue, Suite 200, Rancho Cucamonga, California"
