"""Place names as documents write them ("Tucson, Arizona", "Athens, GA"): read by the
location finder and by the name finders, which must not take a place for a person."""

from __future__ import annotations

import re

STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
          "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
          "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
          "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
          "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
          "Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|"
          "Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|"
          "Prince Edward Island|Newfoundland(?: and Labrador)?|Yukon|Northwest Territories|Nunavut|"
          # IIMC Region 11 (international members): countries written after the city
          "New Zealand|Australia|South Africa|United Kingdom|England|Scotland|Wales|Ireland|"
          "Netherlands|Bermuda|Jamaica|Bahamas|Philippines|Nigeria|Kenya|Canada|"
          "New South Wales|Queensland|Tasmania|Western Australia|South Australia")
ABBR = (r"A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|"
        r"S[CD]|T[NX]|UT|V[TA]|W[AVIY]|DC|ON|BC|AB|QC|MB|SK|NS|NB|PE|NL|YT|NT|NU|NZ|NSW")
PLACE = re.compile(rf"\b((?:[A-Z][a-z]+\.?[ \t]){{0,2}}[A-Z][a-z]+),[ \t]*(?:{STATES}|(?:{ABBR})\b)"
                   rf"(?![ \t]*\d{{5}})")
