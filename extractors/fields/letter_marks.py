"""Where a letter opens and where it is signed off: one list for the splitter (a letter
not yet signed off carries on onto the next page), the signatory finder (the name under
the closing) and the readers of a letter's body (between the two). No spaCy here: the
splitter imports it before the language model is loaded."""

from __future__ import annotations

import re

CLOSING = re.compile(r"^\s*(?:sincerely|respectfully(?: submitted)?|regards|best regards|"
                     r"kind(?:est)? regards|warm(?:est)? regards|cordially|"
                     r"yours(?: (?:truly|sincerely|faithfully))?|"
                     r"with (?:gratitude|appreciation|thanks|best wishes)|many thanks|"
                     r"thank you)\b[^\n]*$", re.I | re.M)
# a salutation: "Dear ...", "To whom it may concern", or an addressee line ending in a
# colon ("To the IIMC Education Department:")
OPENING = re.compile(r"^\s*(?:dear\b|to whom it may concern|to (?:the |all )?(?!whom\b)[^\n:]{2,60}:\s*$)",
                     re.I | re.M)
