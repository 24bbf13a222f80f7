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
# a town's word: "Emporia", "St.", "Cañon", "Saint-Amable", "Sainte-Anne-des-Monts"
_TOWN = r"[A-ZÀ-Ý][a-zß-ÿ]+(?:-(?:[A-ZÀ-Ý][a-zß-ÿ]+|des|de|du|la|le|sur|en))*"
PLACE = re.compile(rf"(?<![\w-])((?:{_TOWN}\.?[ \t]){{0,2}}{_TOWN}),[ \t]*(?:{STATES}|(?:{ABBR})\b)"
                   rf"(?![ \t]*\d{{5}})")
# a venue named before the town on the line that says when and where: "April 17-19, 2024 |
# Flint Hills Convention Center, Emporia, Kansas"; a hall, hotel, lodge or campus
VENUE_HEAD = (r"(?:Center|Centre|Hall|Hotel|Lodge|Inn|Resort|University|College|Campus|"
              r"Library|Auditorium|Chambers|Building|Club|Pavilion|Arena|Plaza|Suites|"
              r"Conference Room|Civic Center|Convention Center|Casino|Conference Centre)")
_VENUE_PART = (rf"(?:[A-ZÀ-Ý][\w'’&.-]*[ \t]+(?:(?:of|the|and|at|on)[ \t]+)?){{1,6}}{VENUE_HEAD}")
VENUE_BEFORE = re.compile(rf"(?:^|[|•–—]|\s-|,)[ \t]*(?P<venue>{_VENUE_PART}(?:,[ \t]*{_VENUE_PART})?),"
                          rf"[ \t]*$")  # "Castine Hall, Northern Tidewater University, Brackett, ME"


# A venue named where a certificate says when and where: "on June 12-16, 2023, in Kessler
# Hall, Vandermeer State University", "held March 3-5, 2025, at Dunmore Flats", a line of
# its own "in Port Ellery", or an agenda's "April 24-26, 2019 - Port Ellery Marine Hall".
# Proper nouns to the line's end; never a month, a weekday, a time or a year.
_WORD = r"(?!(?:January|February|March|April|May|June|July|August|September|October|" \
        r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)" \
        r"[A-Z][\w'’&.-]*"
_JOIN = r"[ \t]+(?:(?:of|the|and|for|de|la|du|on|upon|&)[ \t]+)?"
VENUE = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,7}}(?:,[ \t]*{_WORD}(?:{_JOIN}{_WORD}){{0,5}}){{0,3}}"
_WHEN = r"(?<![\w-])(?:(?:19|20)\d\d|\d{1,2}/\d{1,2}/\d{2,4})(?![\w-])"
VENUE_AFTER_DATE = re.compile(
    rf"{_WHEN}[^\n]*?(?:,[ \t]*|[ \t]+)(?:in|at)[ \t]+(?:the[ \t]+)?(?P<venue>{VENUE})[ \t]*\.?[ \t]*$"
    rf"|{_WHEN}[ \t]+[-–—|•][ \t]+(?P<dashed>{VENUE})[ \t]*$"
    rf"|^[ \t]*(?:(?:held|hosted|conducted)[ \t]+)?(?:in|at)[ \t]+(?:the[ \t]+)?(?P<alone>{VENUE})[ \t]*\.?[ \t]*$"
    rf"|\b(?:held|took[ \t]+place|hosted|conducted)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?P<held>{VENUE})[ \t]*\.?[ \t]*$",
    re.M)


# A venue on a line of its own beside the line that says when ("June 12-16, 2023" /
# "Ashby Hall, Tallwood University"; "Pinecrest Lodge"): a hall, lodge, campus or centre,
# perhaps with its town or the university it stands in, and nothing else on the line.
VENUE_LINE = re.compile(rf"^[ \t]*(?P<venue>{_VENUE_PART}(?:,[ \t]*{_WORD}(?:{_JOIN}{_WORD}){{0,4}})?)"
                        rf"[ \t]*\.?[ \t]*$")
