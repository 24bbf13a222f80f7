"""What a piece of text is shaped like, whoever wrote it: a date, a "City, State" place, an
agenda's time slot, an amount of hours, a person's name, an organisation, an event or a
program's own name. The candidate rankers read these shapes as features."""

from __future__ import annotations

import re

from extractors.dates import date_coverage
from extractors.fields.people import fold, looks_like_person
from extractors.fields.places import PLACE

_SLOT_DAY = r"(?:(?:day\s+\d{1,2}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[,.]?\s+)?"  # "Day 2, 8:30"
TIME_SLOT = re.compile(rf"^\W*{_SLOT_DAY}\d{{1,2}}(?::\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[-–—]|to\b|\s\d)|"
                       rf"^\W*{_SLOT_DAY}\d{{1,2}}:\d{{2}}\b", re.I)
HOURS_PHRASE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:\(\w+\)\s*)?(?:[\w-]+\s+){0,3}?"
                          r"(?:hours?|hrs?|CEUs?|credits?|units?|minutes?)\b|"
                          r"\b(?:hours?|hrs|CEUs?)\s*:?\s*\d", re.I)
# The head noun of an organisation's name ("... Association", "League of ...").
ORG_HEAD = re.compile(r"\b(?:association|league|society|institute|university|college|academy|"
                      r"council|department|office|ministry|bureau|agency|commission|foundation|"
                      r"school|center|centre|city|town|village|county|borough|township|"
                      r"municipality|parish|district|chapter|inc|llc|ltd|corporation|company|"
                      r"group|federation|board|authority|guild|network|alliance|consortium|"
                      r"workshops|seminars|webinars)\b\.?", re.I)
# Words that name an event or a unit of study, not who held it.
EVENT = re.compile(r"\b(?:conference|convention|meeting|summit|symposium|forum|workshop|seminar|"
                   r"webinar|session|course|class|module|track|training|institute|academy|"
                   r"program|programme|series|retreat|expo|exhibition|dialogue|year|level|"
                   r"orientation|boot\s?camp|clinic|lecture)\b", re.I)
# A program's own short name: "Module A", "Session 3", "Year II", "Level 1", "Part 2".
SHORT_PROGRAM = re.compile(r"\b(?:Module|Session|Year|Level|Part|Unit|Track|Phase|Day|Block|"
                           r"Course)s?\s+(?:[A-Z]\b|\d{1,2}\b|[IVX]{1,4}\b|One|Two|Three|Four|"
                           r"Five|First|Second|Third|Fourth|Fifth)|\b(?:First|Second|Third|Fourth|"
                           r"Fifth|Final)\s+(?:Year|Level|Session|Module)\b")
CONFERENCE = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?(?:annual\s+)?"
                        r"(?:conference|convention|meeting|summit)\b", re.I)
# Body text, not a name: names of things capitalise their words, sentences do not.
SENTENCE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|shall|be|been|this|that|"
                      r"certif(?:y|ies)|presented|awarded|completed|attended|given|hereby)\b|"
                      r"(?i:\b(?:signature|verification|verified)\b)")
CODE = re.compile(r"\b(?:no\.|number|#|code|id|serial|page)\s*:?\s*[\w-]*\d", re.I)


INITIAL = re.compile(r"(?:^|\s)[A-Z]\.?(?:\s|$)|^(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s|,\s*(?:CMC|MMC|Jr|Sr)\b")


# an agenda's day heading, with no year: "Monday, May 12", "Tuesday - Friday, May 13-16",
# "Wednesday 17 April"
WEEKDAY_DATE = re.compile(
    r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s*(?:[-–—]|to|&|and)\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day))?,?\s+(?:(?:[a-z]{3,9}\.?\s+\d{1,2}"
    r"(?:\s*[-–—]\s*\d{1,2})?)|(?:\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s+[a-z]{3,9}))\.?")


def date_share(text: str) -> float:
    """How much of the text its dates cover (0 to 1)."""
    t = text.strip()
    if not t:
        return 0.0
    if WEEKDAY_DATE.fullmatch(t):
        return 1.0
    return date_coverage(t)


def is_place(text: str) -> bool:
    """A place, perhaps with a date or a venue: "Tucson, Arizona", "Athens, GA, May 2"."""
    t = text.strip().rstrip(".")
    m = PLACE.search(t)
    if not m:
        return False
    rest = (t[:m.start()] + t[m.end():]).strip(" ,|•-–—")
    return not rest or date_share(rest) > 0.5 or len(rest.split()) <= 2 and not EVENT.search(rest)


def is_time_slot(text: str) -> bool:
    return bool(TIME_SLOT.match(text))


def is_person_name(text: str) -> bool:
    shape = re.sub(r"[^\x00-\x7f]", "a", fold(text.strip().rstrip(",")))  # "Sørensen"
    return looks_like_person(shape)


def ends_like_organisation(text: str) -> bool:
    """The name's last words are an organisation's head noun ("... Training, LLC")."""
    return bool(ORG_HEAD.search(" ".join(text.split()[-2:])))


def is_organisation(text: str) -> bool:
    """Named like an organisation, not like an event held by one."""
    t = text.strip()
    return bool(ORG_HEAD.search(t)) and not CONFERENCE.search(t) and not SHORT_PROGRAM.search(t)
