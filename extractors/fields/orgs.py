"""Organizations and places: the provider, where the work took place, the employer's sector."""

from __future__ import annotations

import re

from core.models import Kind
from extractors.fields import candidates, shapes
from extractors.fields.base import Context, Found
from extractors.fields.labels import _is_label
from extractors.fields.people import NOT_NAME_WORDS, looks_like_person
from extractors.fields.places import PLACE, STATES, VENUE_AFTER_DATE, VENUE_BEFORE, VENUE_LINE
from extractors.fields.text import clean

BY_CUE = re.compile(r"\bon behalf of\s+|\b(?:offered|presented|sponsored|hosted|held|provided|conducted|issued|"
                    r"administered|awarded|delivered|organi[sz]ed|produced|authori[sz]ed|"
                    r"authored|created|developed)\s+by\s+(?:the\s+)?", re.I)
# Who made the course, not the platform that carries it ("an online course authorized by
# X and offered through Y": X; "delivered via Y" names only the platform).
MADE_BY = re.compile(r"\b(?:offered|presented|sponsored|hosted|provided|conducted|issued|"
                     r"administered|awarded|organi[sz]ed|produced|authori[sz]ed|authored|"
                     r"created|developed)\s+by\s+(?:(?-i:the)\s+)?", re.I)  # "The X" stays
# Who held the course, said in so many words: it outranks the heading, which may be the
# host ("NORTHERN PRAIRIE STATE COLLEGE" above "offered by Prairie Lakes Municipal Clerks
# Academy") or a short form ("SOUTHERN CROSS ACADEMY"); not "sponsored" or "hosted" by.
OFFERED_BY = re.compile(r"\b(?:offered|conducted|organi[sz]ed|provided|delivered)\s+by\s+"
                        r"(?:the\s+)?", re.I)
EMPLOYER_CUE = re.compile(r"\b(?:employed|hired|worked|works)\s+(?:by|with|for|at)\s+(?:the\s+)?|"
                          r"\b(?:has|have|had)\s+served\s+(?:with\s+|for\s+|at\s+|in\s+)?(?:the\s+)?|"
                          r"\bemployment\s+of\s+[^\n]{3,60}?\s+(?:with|by|at)\s+(?:the\s+)?|"
                          r"\b(?:internship|interned|intern|traineeship|placement)\s+"
                          r"(?:program(?:me)?\s+)?(?:at|with)\s+(?:the\s+)?[\"“]?", re.I)
# A company named with its legal form: "X Pvt. Ltd.", "X Inc.", "X GmbH".
COMPANY = re.compile(r"(?<![\w.])((?:[A-Z][\w&'’.-]*[ \t]+){1,5}(?:(?i:pvt|private)\.?[ \t]+)?"
                     r"(?i:ltd|limited|inc|llc|llp|corp|corporation|gmbh|plc)\b\.?)")
ACADEMIC = re.compile(r"\b(?:university|college|community college|polytechnic)\b", re.I)
NOT_PROVIDER = re.compile(r"^(?:certificate|department of human resources$|human resources$|"
                          r"office of the registrar|registrar)", re.I)
LOCAL = re.compile(r"\b(?:city|town|village|county|borough|township|parish|municipality|"
                   r"municipal|district|metropolitan|shire|(?:unified|consolidated) government)\b",
                   re.I)
STATE = re.compile(r"\b(?:state of|commonwealth of|^commonwealth\b|province of|provincial|federal|"
                   r"state (?:department|government|agency|office|board|commission|division|"
                   r"bureau|authority)|"
                   r"department of (?:state|revenue|transportation)|u\.s\.|united states)\b", re.I)
# a state's or province's own agency: "Virginia Department of Elections", "Ontario Ministry
# of ...", "Texas Workforce Commission" (a county's or city's name comes first otherwise)
STATE_AGENCY = re.compile(rf"^(?:the\s+)?(?:{STATES})\s+(?:[A-Z][a-z]+\s+){{0,2}}?(?:department|"
                          r"ministry|office|agency|commission|board|division|bureau|authority)\b",
                          re.I)
ADDRESS_TAIL = re.compile(r"\s*(?:\d{5}|[A-Z]\d[A-Z])")
STREET = re.compile(r"\d+\s+\w+.*\b(?:street|st|avenue|ave|road|rd|blvd|boulevard|drive|dr|way|"
                    r"plaza|suite|lane|ln|court|ct)\b|\btel\.|\bphone\b|\bwww\.", re.I)
LOCATION_CUE = re.compile(r"(?:held\s+(?:at|in)|location\s*:|venue\s*:|site\s*:|place\s*:|"
                          r"\bin\b|\bat\b)\s*[^\n]{0,60}$", re.I)


def _orgs(ctx: Context) -> list[tuple[str, int, int]]:
    """The organisations spaCy's rules found, except on a salutation's line: "Dear IIMC
    Education Staff" names the reader, never who held the work."""
    out = []
    readers = {clean(re.sub(r"(?i)^\W*(?:dear|to whom[^,]*|to the|to)\s+(?:the\s+)?", "", m.group()))
               .rstrip(",:;").lower() for m in SALUTATION.finditer(ctx.raw)}
    for ent in ctx.spacy.ents:
        if ent.label_ == "ORG":
            text = re.sub(r"^(?:the|The|THE)\s+", "", ent.text)
            if any(r and r.endswith(text.lower()) for r in readers):
                continue  # "... ask that the Education Department credit": the reader
            start = ent.end_char - len(text)
            glued = HYPHEN_PREFIX.search(ctx.raw, max(0, start - 40), start)
            if glued and text == ent.text:  # "Tri-" of "Tri-Valley Association": the rules
                # see the hyphen as a word of its own
                text, start = glued.group() + text, glued.start()
            line_start = ctx.raw.rfind("\n", 0, start) + 1
            if not NOT_PROVIDER.match(text) and not STAGE_NAMED.match(text) and \
                    not SALUTATION.match(ctx.raw, line_start, ent.end_char):  # "First Year Program"
                end = ent.end_char
                wrapped = HEAD_WRAPPED.match(ctx.raw, end)
                if wrapped is None and MODIFIER_LAST.search(text):
                    wrapped = NAME_WRAPPED.match(ctx.raw, end)
                if wrapped:
                    text, end = f"{text} {wrapped.group(1)}", wrapped.end()
                out.append(_whole_line(ctx, clean(text), start, end))
    return out


# the document's own name set after the issuer's on one line, in capitals
DOC_TITLE_AFTER = re.compile(r"(?<=[a-z.])\s+(?:(?:OFFICIAL|UNOFFICIAL|ACADEMIC|STUDENT|PERMANENT)\s+)*"
                             r"(?:TRANSCRIPT|RECORD|CERTIFICATE|DIPLOMA)\b[A-Z\s]*$")
HYPHEN_PREFIX = re.compile(r"(?<![\w-])(?:[A-Z][\w'’]*-)+$")
ORG_FIRST = re.compile(r"^(?:The\s+)?(?:Association|Institute|Academy|League|Society|Guild|Council|"
                       r"Federation|Alliance|Network)\s+(?:of|for)\s+[A-Z]")


def _whole_line(ctx: Context, text: str, start: int, end: int) -> tuple[str, int, int]:
    """An organisation standing on a line of its own is the whole line, where spaCy's
    rules cut it short ("New Hampshire City and Town Clerks" of "... Clerks' Association",
    "MMC Academy" of "Keystone MMC Academy", "Association of Municipal Administrators" of
    "... of Nova Scotia"): the line is named like an organisation, with no sentence, date
    or figure in it."""
    line_start = ctx.raw.rfind("\n", 0, start) + 1
    line_end = ctx.raw.find("\n", end)
    line_end = len(ctx.raw) if line_end < 0 else line_end
    raw = ctx.raw[line_start:line_end]
    line = raw.strip()
    if line == text or text not in line or len(line.split()) > 10 or re.search(r"\d|[:;,]", line) \
            or not re.match(r"[A-Z]", line) or PARTNER.match(line) \
            or SENTENCE.search(line) or looks_like_person(line) or STAGE_NAMED.match(line) \
            or not (shapes.ends_like_organisation(line) or ORG_FIRST.match(line)):
        return text, start, end
    offset = line_start + raw.find(line)
    return line, offset, offset + len(line)


# a name cut after a modifier where its line wrapped ("... Association of Municipal" /
# "Clerks and Treasurers for two years"): the capitalised words that carry it on
MODIFIER_LAST = re.compile(r"\b(?:Municipal|Public|Local|City|Town|County|State|Government|"
                           r"Records|Regional)$")
NAME_WRAPPED = re.compile(r"[ \t]*\n[ \t]*([A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|&)[ \t]+)?[A-Z][\w'’-]*){0,4})"
                          r"(?=[ \t.,;:]|$)", re.M)
# a name whose head noun wrapped onto the next line ("... Municipal Clerks" / "Association,")
HEAD_WRAPPED = re.compile(r"[ \t]*\n[ \t]*((?:Association|Institute|Academy|League|Society|Guild|"
                          r"Council|Foundation|Network|Federation)\b(?:[ \t]+of[ \t]+(?:the[ \t]+)?"
                          r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)?)")


def _after_cue(ctx: Context, cue: re.Pattern[str]) -> Found | None:
    orgs = _orgs(ctx)
    for m in cue.finditer(ctx.raw):
        for i, (name, s, e) in enumerate(orgs):
            if 0 <= s - m.end() <= 2:
                later = orgs[i + 1] if i + 1 < len(orgs) else None
                if later and re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", ctx.raw[e:later[1]]):
                    # "the Association of City" + "and" + "Town Clerks": one name, split
                    # by the rules at its "and"
                    name, e = clean(ctx.raw[s:later[2]]), later[2]
                return Found(name, s, e, 0.9)
    return None


PARTNER = re.compile(r"^\s*(?:in\s+(?:partnership|cooperation|association|collaboration)\s+with|"
                     r"hosted\s+by|sponsored\s+by|presented\s+by|a\s+program\s+of|through|"
                     r"attn|attention)\b", re.I)
HEADING = re.compile(r"^(?:certificate|record|official|unofficial|academic|transcript|this|re:|"
                     r"to whom|dear|date|page|office of the registrar|human resources|"
                     r"(?:office|department|division) of (?:human resources|personnel)|"
                     r"department of human|personnel|application)\b", re.I)
ORG_WORD = re.compile(r"\b(?:university|college|institute|academy|association|league|city|town|"
                      r"village|county|borough|township|municipality|parish|district|shire|foundation|"
                      r"school|center|centre|agency|council|commission|society|board|inc|llc|"
                      r"corporation|company|fema|iimc|government|program|seminars?|training|"
                      r"international|clerks|chapter|services|group|partners|ltd|co|guild|"
                      r"workshops|webinars|network|alliance|consortium|registry|federation|"
                      r"quarterly|journal|magazine|newsletter|gazette|press)\b", re.I)
# head nouns that name an organisation only at the end of its name ("Hartwell Workplace
# Learning", "Northgate Continuing Studies"; not "Learning ArcGIS Python Scripting")
TRAILING_HEAD = re.compile(r"\b(?:e-?learning|learning|studies|education|solutions|consulting|consultants|"
                           r"associates)\s*$", re.I)
# an organisation's head noun standing alone, as a seal or a logo letters it
HEAD_ALONE = re.compile(r"(?i)(?:the\s+)?(?:clerks?|institute|academy|association|league|college|"
                        r"university|society|council|board|chapter|guild|training|seminars?|"
                        r"program|school|center|centre|services|foundation)\W*")
SEPARATOR = re.compile(r"\s+(?:•|\||\(cid:127\)|·|\*)\s+")  # "X COLLEGE * ACADEMIC RECORD"
NO_PROVIDER_KINDS = (Kind.application_form, Kind.other)


ADDRESS_START = re.compile(r"\s+\d+\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
                           r"Boulevard|Blvd|Drive|Dr|Way|Plaza|Lane|Ln|Court|Ct|Place|Pl|"
                           r"Parkway|Square|Suite)\b.*$")  # "... Association 942 Main Plaza, ..."
EVENT_LINE = re.compile(r"\b(?:conference|convention|meeting|summit|symposium|forum|expo|retreat|"
                        r"workshop|seminar|webinar|track|agenda|schedule|session)\b", re.I)
EVENT_DAY = re.compile(r"(?i)\b(?:day|days)$")  # "ODMCA Spring Institute Day": a day's event
STAGE_NAMED = re.compile(r"(?i)^(?:[a-z][\w-]*\s+){0,2}?(?:(?:year|level|module|unit|part|phase|session|"
                         r"course)\s+(?:[IVX]{1,4}|\d{1,2}|[A-F]|one|two|three|four|five|six)\s*"
                         r"(?:[-–—:]\s*\S|$)|(?:first|second|third|fourth|fifth|final)[- ]"
                         r"(?:year|level|session|module)\b)")  # "Year III - ...", "Academy Year 1 -
# Programme", "First Year Program"
BODY_BEGINS = re.compile(r"\b(?:has|have)\s+(?:successfully\s+|satisfactorily\s+)?(?:completed|"
                         r"attended|participated)\b", re.I)
# where a letter's inside address ends: its salutation or its subject line
LETTER_OPENING = re.compile(r"^\s*(?:dear\b|re\s*:|subject\s*:|to whom\b)", re.I)
ADDRESSEE = re.compile(r"^\s*(?:to\s*:|to the\b|attn\b|attention\b)", re.I)


def _inside_address(ctx: Context, lines: list[tuple[int, str]]) -> set[int]:
    """The lines of a letter's inside address: after its date line, before the
    salutation (the addressee is not who wrote it)."""
    dated = next((i for i, (_, t) in enumerate(lines) if shapes.date_share(t) > 0.6), None)
    if dated is None:
        return set()
    end = next((i for i in range(dated + 1, len(lines)) if LETTER_OPENING.match(lines[i][1])), None)
    return set(range(dated + 1, end)) if end is not None and end - dated <= 6 else set()


# prose, not a name: three lower-case words running (names link theirs by of/the/and/for),
# or the writer's "I"/"we" ("I trained three staff members and wrote the City's policy")
SENTENCE = re.compile(r"(?-i:\b(?:I|We|we)\b)|(?:\b(?!(?:of|the|and|for|in|on|at|de|du|la|le)\b)"
                      r"[a-z][a-z'’-]*\s+){2}(?!(?:of|the|and|for|in|on|at)\b)[a-z][a-z'’-]*\b")


ADDRESS_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?=(?:[^,\n]+,\s*){2,}[^,\n]+$)")
PROGRAMME_OF = re.compile(r"\s[-–—:|]\s*(?:program(?:me)?|agenda|schedule|itinerary|timetable)\s*$", re.I)
LABELLED = re.compile(r"^[A-Za-z][A-Za-z /]{1,24}:\s+\S")  # "Position title: Deputy Clerk ..."


def _header_org(ctx: Context, academic: bool = False) -> Found | None:
    """The organization named at the top of the page: a letterhead or a certificate's
    issuer, the whole line (a partner or host line below it, an event's name, an inside
    address are not the provider). Failing a line named like an organisation, a first
    line in larger or bold type shaped like a name ("ClerkLearn Online")."""
    lines = ctx.lines()[:8]
    skip = _inside_address(ctx, lines)
    first_name: Found | None = None
    for i, (start, text) in enumerate(lines[:6]):
        if BODY_BEGINS.search(text):
            break  # below "has completed" is the work, not the letterhead
        line = HR_UNIT.sub("", ADDRESS_START.sub("", SEPARATOR.split(text.strip())[0]).rstrip(" ,-–—|"))
        line = ADDRESS_AFTER_DASH.split(line)[0]  # "X Town Council - The Guildhall, Market Place, ..."
        if i and MEMO_LABEL.match(lines[i - 1][1]):
            continue  # the value beside a memo's "TO:" names the addressee
        if not line or PARTNER.match(line) or HEADING.match(line) or ADDRESSEE.match(line) \
                or len(line.split()) > 12 or i in skip or _not_a_name_line(ctx, line) \
                or _is_label(line) or SENTENCE.search(line) or LABELLED.match(line) \
                or PROGRAMME_OF.search(line) or not re.match(r"[A-Z0-9“\"(&]", line):
            # "Program", "Location": a label whose value is beside it; a line of prose; an
            # event's name over its programme ("Conflict and Consensus - Program")
            continue
        if re.search(r"\d{3}", line) or (academic and not ACADEMIC.search(line)):
            continue
        if HEAD_ALONE.fullmatch(line) and _wrapped(ctx, i) is None:
            continue  # a seal's or a logo's lone "CLERKS", "ACADEMY": a head noun names no one
        if not ORG_WORD.search(line) and TRAILING_HEAD.search(line) and i + 1 < len(lines) \
                and ACADEMIC.search(lines[i + 1][1]):
            continue  # "Continuing Studies" over "OSTRANDER BUSINESS COLLEGE": the college's unit
        line = DOC_TITLE_AFTER.sub("", line)  # "Kestrel Valley College OFFICIAL TRANSCRIPT"
        offset = start + text.find(line)
        wrapped = _wrapped(ctx, i)
        if wrapped is not None and line == text.strip():
            line, end = clean(f"{line} {wrapped[0]}"), wrapped[1]
        else:
            end = offset + len(line)
        if looks_like_person(line.split(",")[0]) or STAGE_NAMED.match(line) or \
                EVENT_DAY.search(line) or (
                EVENT_LINE.search(line) and not shapes.ends_like_organisation(line)
                and not TRAILING_HEAD.search(line)):
            continue  # a person, a program's stage ("Year III - Leadership in Local
            # Government"), an event
        if wrapped is not None and ORG_WORD.search(line):
            return Found(line, offset, end, 0.8)
        if ORG_WORD.search(line) or TRAILING_HEAD.search(line) or STATE_AGENCY.match(line):
            unit = _unit_below(ctx, lines, i, line)
            if unit:
                return Found(clean(f"{line} {unit}"), offset, lines[i + 1][0] + len(unit), 0.8)
            return Found(clean(line), offset, offset + len(line), 0.85)
        if first_name is None and i <= 1 and _prominent_name(ctx, i, line):
            first_name = Found(clean(line), offset, offset + len(line), 0.7)
    return first_name


UNIT = re.compile(r"^(?:office|department|division|bureau|agency)\s+of\s+\S", re.I)
# the employer's personnel office after its name ("Barlow County  Human Resources",
# "Shire of Wattle Creek  People and Culture"): the employer is the organisation
HR_UNIT = re.compile(r"\s+(?:[-–—,]\s*)?(?:(?:office|department|division) of )?(?:human resources|"
                     r"personnel|people (?:and|&) culture|human capital|payroll)"
                     r"(?:\s+(?:bureau|department|division|office|services|section))?\s*$", re.I)
MEMO_LABEL = re.compile(r"^\s*(?:to|attn|attention|cc)\s*:\s*$", re.I)


def _wrapped(ctx: Context, i: int) -> tuple[str, int] | None:
    """The lines that carry line i's name on in a narrow block (a name set in a side bar
    or a logo's column, wrapped over two or three lines: "International" / "Institute of"
    / "Municipal Clerks"): the next lines, in reading order within a few, that start at
    the same left edge in the same type just below it, with a headline beside them read
    in between. Their text and the end offset of the last; None when none carries on."""
    doc = ctx.text
    first = doc.words_on_line(i)
    if not first:
        return None
    x0, size, bold, page = first[0].bbox[0], first[0].size, first[0].bold, doc.lines[i][2]
    bottom, height = max(w.bbox[3] for w in first), first[0].bbox[3] - first[0].bbox[1]
    # a scan's type sizes are estimates from the word boxes (a word's size varies with its
    # letters) and it has no weights: compare lines by their largest word, more loosely
    if ctx.ocr:
        size = max(w.size for w in first)
    x_slack, size_slack = (6.0, 0.3 * size) if ctx.ocr else (2.0, 0.5)
    parts: list[str] = []
    end = None
    for j in range(i + 1, min(i + 6, len(doc.lines))):
        words = doc.words_on_line(j)
        if not words or doc.lines[j][2] != page:
            break
        w = words[0]
        s, e, _ = doc.lines[j]
        if re.search(r"\d|[|•·]", doc.text[s:e]):
            break  # a date, an address or a separated line: the name has ended
        so_far = parts[-1] if parts else doc.text[doc.lines[i][0]:doc.lines[i][1]]
        if ctx.ocr and (PARTNER.match(doc.text[s:e]) or
                        shapes.ORG_HEAD.fullmatch(so_far.split()[-1] if so_far.split() else "")):
            break  # on a scan, where the type cannot tell: a name ended by its head noun
        w_size = max(x.size for x in words) if ctx.ocr else w.size
        if abs(w.bbox[0] - x0) <= x_slack and abs(w_size - size) <= size_slack \
                and (ctx.ocr or w.bold == bold) and 0 <= w.bbox[1] - bottom <= 0.6 * height:
            parts.append(doc.text[s:e])
            end, bottom = e, max(x.bbox[3] for x in words)
        elif w.bbox[1] - bottom > 0.6 * height:
            break
    return (" ".join(parts), end) if parts and end is not None else None


AFFILIATION = re.compile(r"^(?:from|of|at|with|for|by|to|in)\s", re.I)


def _not_a_name_line(ctx: Context, line: str) -> bool:
    """A line that is no issuer's name: it begins with a preposition ("from X University":
    the person's affiliation), is a label ("School:"), or names a person found already
    ("Congratulations, Jane Doe")."""
    if AFFILIATION.match(line) or line.rstrip().endswith(":"):
        return True
    people = [str(ctx.found[k].value).lower() for k in ("applicant_name", "signatory")
              if k in ctx.found]
    return any(p and p in line.lower() for p in people)


def _unit_below(ctx: Context, lines: list[tuple[int, str]], i: int, line: str) -> str | None:
    """A local government's name with its office on the next line in the same type
    ("OSCEOLA COUNTY" over "OFFICE OF EMERGENCY MANAGEMENT"): the office held the course,
    and its name is both lines."""
    if i + 1 >= len(lines) or not LOCAL.search(" ".join(line.split()[-1:])):
        return None
    below = lines[i + 1][1].strip()
    infos = candidates.line_infos(ctx)
    same = abs(infos[i].size - infos[i + 1].size) <= 0.1 * infos[i].size and \
        infos[i].bold == infos[i + 1].bold
    return below if same and UNIT.match(below) and len(below.split()) <= 8 else None


def _prominent_name(ctx: Context, index: int, line: str) -> bool:
    info = candidates.line_infos(ctx)[index]
    words = line.split()
    capitalised = sum(w[:1].isupper() for w in words) == len(words)
    return (info.bold or info.rel_size > 0.15) and capitalised and 2 <= len(words) <= 6 \
        and shapes.date_share(line) == 0 and not shapes.is_place(line)


ADDRESSEE = re.compile(r"^\s*(?:to|attn|attention)\b|:\s*$", re.I)
STREET_TAIL = re.compile(r"\s+(?:\d{2,}\b|P\.?\s*O\.?\s+Box\b|[-–•|*·]\s)")
SUB_UNIT = re.compile(r"^(?:the\s+)?office\s+of\s+[^,]+,\s*(?=\S)", re.I)
SENDER_WORD = re.compile(rf"{ORG_WORD.pattern}|\b(?:department|ministry|agency|bureau|authority|"
                         r"office|state)\b", re.I)
# the body whose records vouch for the service: "The records of the New York Village and
# Town Clerks Guild show ..." (in a letter on a village's paper)
RECORDS_OF = re.compile(r"\b(?:the\s+)?(?:official\s+)?records\s+of\s+(?:the\s+)?(?=[A-Z])")
ON_BEHALF = re.compile(r"\bon behalf of\s+(?:the\s+)?", re.I)
EVENT_OF = re.compile(r"\b(?:Conference|Meeting|Convention|Institute|Academy|Seminar|Workshop|"
                      r"Course|Program|Project|Initiative)\s+of\s+(?:the\s+)?")


NAME_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:(?:\s+(?:of|the|and|for|&))+\s+[A-Z][\w&'’.-]*|"
                      r"[ \t]+[A-Z][\w&'’.-]*)*")
SALUTATION = re.compile(r"^[ \t]*(?:dear|to whom|to the)\b[^\n]*$", re.I | re.M)
# an office held in an organisation ("I was Treasurer of the Heartland Records and
# Information Management Council"): the organisation named in full, "and" included
SERVED_IN = re.compile(r"\b(?:president|vice[- ]president|treasurer|secretary|chair(?:man|woman|"
                       r"person)?|director|member|officer|trustee|delegate)\s+of\s+(?:the\s+)?",
                       re.I)
# the employer one's own work was done for: "the records disaster plan that I wrote for
# the City of Olwen"
DONE_FOR = re.compile(r"\bI\s+(?:wrote|developed|created|built|prepared|drafted|designed|led|managed|"
                      r"coordinated|organi[sz]ed|planned|completed|did)\b[^.]{0,60}?\bfor\s+(?:the\s+)?"
                      r"(?=(?:City|Town|Village|County|Borough|Township|Parish|Municipality)\s+of\b)")
ATTENDED = re.compile(r"\b(?:attendance at|attended|participation in|participated in)\s+(?:the\s+)?",
                      re.I)


# the body a committee or board belongs to, written as its owner: "my service on the
# Bayshore Guild's Membership Committee"
OWNED_BODY = re.compile(r"\b((?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*)['’]s\s+(?:[A-Z][\w-]*\s+){0,3}"
                        r"(?:Committee|Board|Council|Commission|Task\s+Force)\b")


# a committee named after the body it belongs to: "served on the Maine Town Clerks
# Association Legislative Committee"
COMMITTEE_OF_BODY = re.compile(r"\b((?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|&|for)\s+)?){1,6}?"
                               r"(?:Association|League|Society|Guild|Council|Institute|Foundation))"
                               r"\s+(?:[A-Z][\w&-]*\s+){0,4}(?:Committee|Task Force|Work(?:ing)? Group)\b")


# or after it: "the Municipal Clerks Week Committee of the Garden Coast Municipal Clerks'
# Association"
COMMITTEE_OF = re.compile(r"\b(?:Committee|Task Force|Work(?:ing)? Group)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _committee_owner(ctx: Context) -> Found | None:
    """The body a committee the letter names belongs to."""
    after = _named_after(ctx, COMMITTEE_OF)
    if after is not None:
        return after
    m = COMMITTEE_OF_BODY.search(ctx.raw)
    return Found(clean(m.group(1)), m.start(1), m.end(1), 0.8) if m else None


def _owner(ctx: Context) -> Found | None:
    m = OWNED_BODY.search(ctx.raw)
    if m and ORG_WORD.search(m.group(1)) and not looks_like_person(m.group(1)):
        return Found(clean(m.group(1)), m.start(1), m.end(1), 0.8)
    return None


def _named_after(ctx: Context, cue: re.Pattern[str]) -> Found | None:
    """The organisation named right after a cue, as written (capitalized words joined by
    of/the/and, also across a line break), when it reads as an organisation."""
    salutation = SALUTATION.search(ctx.raw)
    for m in cue.finditer(ctx.raw, salutation.end() if salutation else 0):
        run = NAME_RUN.match(ctx.raw, m.end())
        if not run:
            continue
        start, end = run.start(), run.end()
        wrapped = HEAD_WRAPPED.match(ctx.raw, end)  # "... Municipal Clerks" / "Association"
        end = wrapped.end() if wrapped else end
        end = _run_wrapped(ctx, start, end)
        part = PART_OF.match(ctx.raw, start, end)  # "the Technology Committee of the X": X's
        start = part.end() if part else start
        name = clean(ctx.raw[start:end])
        if ORG_WORD.search(name) and len(name.split()) >= 2 and not looks_like_person(name):
            return Found(name, start, end, 0.85)
    return None


def _run_wrapped(ctx: Context, start: int, end: int) -> int:
    """Where a name that a line break cut ends ("held by the Maritime Municipal" / "Clerks
    and Administrators Association in Halifax"): the next line's capitalised run, when the
    name before the break does not end like an organisation and the joined one does."""
    words = ctx.raw[start:end].split()
    gap = re.match(r"[ \t]*\n[ \t]*", ctx.raw[end:])
    if not words or gap is None or shapes.ends_like_organisation(words[-1]):
        return end
    more = NAME_RUN.match(ctx.raw, end + gap.end())
    if more and more.group().split() and shapes.ends_like_organisation(more.group().split()[-1]) \
            and len(words) + len(more.group().split()) <= 12:
        return more.end()
    return end


# a body within an organisation, named before it: the organisation held the work
PART_OF = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){0,5}(?:Committee|Subcommittee|Task\s+Force|"
                     r"Working\s+Group)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")


def _letterhead(ctx: Context) -> Found | None:
    """A letter's sender: the first organisation line above its date or salutation (the
    addressee's lines come after the date), in type no smaller than the body's (not a
    logo's lettering or fine print), without an address run on after it or the office it
    comes from ("Office of the Mayor, City of X": the city). Where the body names the
    sender in full ("On behalf of the X Association of Y"), that name."""
    body = ctx.body_size
    for i, (start, text) in enumerate(ctx.lines()[:8]):
        line = text.strip()
        if re.match(r"(?i)\s*(?:dear|to whom|re\b|memorandum)", line) or _dated(ctx, start, line):
            break
        line = re.sub(r"^[.,:;'`’_~*•·-]+\s*", "", STREET_TAIL.split(line)[0])  # a speck before it
        unit = SUB_UNIT.match(line)
        line = line[unit.end():] if unit else line
        if not line or ADDRESSEE.search(line) or PARTNER.match(line) or HEADING.match(line) \
                or len(line.split()) > 12 or re.search(r"\d{3}", line) \
                or not re.match(r"[A-Z0-9“\"(]", line):  # body text running on, not a name
            continue
        if not SENDER_WORD.search(line) or looks_like_person(line.split(",")[0]):
            continue
        if max((w.size for w in ctx.text.words_on_line(i)), default=body) < 0.95 * body:
            continue
        offset = start + text.find(line)
        found = Found(clean(line), offset, offset + len(line), 0.85)
        named = _named_after(ctx, ON_BEHALF)
        if named and str(named.value).lower().startswith(str(found.value).lower()):
            return named
        return found
    return None


def _dated(ctx: Context, start: int, line: str) -> bool:
    """The line is a date standing alone (a letter's date ends its letterhead)."""
    return any(m.start_char <= start + len(line) and m.end_char >= start and
               len(line) - (m.end_char - m.start_char) <= 3 for m in ctx.dates
               if start <= m.start_char <= start + len(line))


def find_provider(ctx: Context) -> Found | None:
    found = _find_provider(ctx)
    if found is not None and ctx.kind == Kind.certificate and HOSTED.search(
            ctx.raw[max(0, found.start - 40):found.start]):
        # "hosted by the Maritime Institute of Local Government" above "Atlantic Municipal
        # Clerks Institute": the host gave the room, the clerks' institute held the work
        body = _clerks_body(_orgs(ctx), other_than=found.start)
        found = Found(body[0], body[1], body[2], found.confidence) if body else found
    return _in_full(ctx, _spelled_out(ctx, found)) if found is not None else None


def _in_full(ctx: Context, found: Found) -> Found:
    """A provider cut short where its letterhead wraps ("Sunflower State City / Clerks &
    Finance / Officers Association", the date beside the second line; "Garden State /
    Municipal Clerks / Association" in a narrow column) is the longer name the body gives
    it, word for word, ending on an organisation's head noun, every word of it standing in
    the letterhead around the name found."""
    name = str(found.value)
    head = ctx.raw[max(0, found.start - 160):found.end + 160]
    for m in re.finditer(re.escape(name).replace(r"\ ", r"\s+"), ctx.raw):
        if m.start() == found.start:
            continue
        lead = LEAD_RUN.search(ctx.raw, max(0, m.start() - 80), m.start())
        start = lead.start() if lead else m.start()
        run = NAME_RUN.match(ctx.raw, start)
        if run is None or run.end() < m.end():
            continue
        longer = clean(run.group())
        if longer.startswith("The ") and not name.startswith("The "):
            longer, start = longer[4:], start + 4  # a sentence's first word
        extra = [w for w in longer.split() if w not in name.split()]
        # the extra words stand in the letterhead, not only in the sentence that names it
        around = head.replace(ctx.raw[start:run.end()], " ")
        if extra and len(longer.split()) <= 12 and (shapes.ends_like_organisation(longer.split()[-1])
                                                    or GOVERNMENT_OF.match(longer)) \
                and not HR_UNIT.search(longer) \
                and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", around) for w in extra):
            return Found(longer, start, run.end(), found.confidence)
    return found


GOVERNMENT_OF = re.compile(r"^(?:City|Town|Village|County|Borough|Township|Parish|Municipality|"
                           r"District|State|Commonwealth|Province)\s+of\s+[A-Z]")
# capitalised words that end where a name starts ("the Garden State | Municipal Clerks ...")
LEAD_RUN = re.compile(r"(?:[A-Z][\w&'’.-]*[ \t]+(?:(?:of|the|and|for|&)[ \t]+)?)+$")


HOSTED = re.compile(r"(?i)\b(?:hosted\s+(?:by|at)|host\s*:|at|in\s+(?:partnership|cooperation)\s+with)"
                    r"[ \t]+(?:the[ \t]+)?$")


ACRONYM = re.compile(r"^[A-Z]{2,6}$")
NAME_WORDS = re.compile(r"(?:[A-Z][\w'’&-]*|of|and|for|the|on|in|&)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|"
                        r"for|the|on|in|&)){1,8}")
LINKS = {"of", "and", "for", "the", "on", "in", "&"}


def _spelled_out(ctx: Context, found: Found) -> Found:
    """A provider read as its acronym ("IIMC") is the name the document spells out whose
    initials make it ("International Institute of Municipal Clerks"), where there is one."""
    short = str(found.value)
    if not ACRONYM.match(short):
        return found
    for m in NAME_WORDS.finditer(ctx.raw):
        words = m.group().split()
        for i in range(len(words)):
            initials, j = "", i
            while j < len(words) and len(initials) < len(short):
                if words[j].lower() not in LINKS:
                    initials += words[j][0]
                j += 1
            if initials == short and words[i].lower() not in LINKS:
                name = " ".join(words[i:j])
                start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                return Found(name, start, start + len(name), found.confidence)
    return found


def _find_provider(ctx: Context) -> Found | None:
    if ctx.kind in NO_PROVIDER_KINDS:
        return None
    label = ctx.labels.get("provider")
    if label is not None and len(str(label.value)) > 3:
        return label
    if ctx.kind == Kind.transcript:
        return _header_org(ctx, academic=True) or _header_org(ctx)
    if ctx.kind == Kind.employment_letter:
        return _labelled_employer(ctx) or _letterhead(ctx) or _header_org(ctx) or \
            _after_cue(ctx, EMPLOYER_CUE) or _employer(ctx)
    if ctx.kind == Kind.letter:  # one's own letter names who held the work, not the sender
        first = ctx.found.get("first_person") is not None
        found = (_named_after(ctx, BY_CUE) or _named_after(ctx, ATTENDED) or \
                 _named_after(ctx, SERVED_IN) or _committee_owner(ctx) or
                 _named_after(ctx, EVENT_OF) or _owner(ctx) or
                 _named_after(ctx, DONE_FOR) or _letterhead(ctx)) \
            if first else (
            _named_after(ctx, RECORDS_OF) or _letterhead(ctx) or _named_after(ctx, ON_BEHALF)
            or _after_cue(ctx, BY_CUE))
        if found:
            return found
    found = _after_cue(ctx, OFFERED_BY) or _made_by(ctx, OFFERED_BY) or _header_org(ctx) or \
        _after_cue(ctx, MADE_BY) or _made_by(ctx) or \
        _after_cue(ctx, BY_CUE) or _employer(ctx) or _above_address(ctx) or _wordmark(ctx)
    if found:
        return found
    signatory = ctx.found.get("signatory")  # "Deputy County Clerk" under the signer: an office
    office = ctx.text.line_at(signatory.start) + 1 if signatory is not None else -1
    orgs = [o for o in _orgs(ctx) if ctx.text.line_at(o[1]) != office]
    if not orgs:
        return None
    name, s, e = orgs[0]
    if ACADEMIC.search(name):  # the host ("at the Northern Tidewater University"), where the
        # clerks' institute it hosts is named too: the institute held the work
        name, s, e = _clerks_body(orgs) or orgs[0]
    return Found(name, s, e, 0.7)


CLERKS_BODY = re.compile(r"\bclerks?['’]?\s+(?:[\w&'’-]+\s+){0,3}?(?:institute|academy|association|"
                         r"league|guild)\b", re.I)


def _clerks_body(orgs: list[tuple[str, int, int]],
                 other_than: int | None = None) -> tuple[str, int, int] | None:
    """The first organisation named like a clerks' institute, academy or association (not
    the one starting at `other_than`): who held the work a host only housed."""
    return next((o for o in orgs if CLERKS_BODY.search(o[0]) and o[1] != other_than), None)


MARKS = re.compile(r"[*®™©]")
MADE_NAME = re.compile(r"(?:The[ \t]+)?[A-Z][\w&'’.*®™-]*(?:(?:[ \t]+(?:of|the|and|for|&))*"
                       r"[ \t]+[A-Z][\w&'’.*®™-]*)*")


def _made_by(ctx: Context, cue: re.Pattern[str] = MADE_BY) -> Found | None:
    """The name right after "authorized by", "produced by", ... as printed (capitalised
    words; a trademark sign dropped), when it is no person and no place: "an online
    course authorized by X and offered through Y" names X, "Produced by The X Program"
    names The X Program; "Course offered by Civic Skills Online" names a body no rule
    knows by its head noun."""
    for m in cue.finditer(ctx.raw):
        run = MADE_NAME.match(ctx.raw, m.end())
        if not run:
            continue
        name = clean(MARKS.sub("", run.group()))
        if name and not _a_person(ctx, name, run.start(), run.end()) and \
                not shapes.is_place(name) and len(name.split()) <= 8:
            return Found(name, run.start(), run.end(), 0.8)
    return None


def _a_person(ctx: Context, name: str, start: int, end: int) -> bool:
    """Shaped like a person's name and not read as an organisation: an initial or an
    honorific, a person found already, or a person's name to the language model ("Jane
    Doe"; "Northwind Analytics" is shaped like a name too), or a couple ("Erik & Ana Brandt")."""
    couple = re.fullmatch(r"((?:Mr\.?|Mrs\.?|Dr\.?|[A-Z][a-z]+)(?:\s+[A-Z]\.)?)\s+(?:&|and)\s+(.+)",
                          name.strip())
    if couple and looks_like_person(couple.group(2)) and \
            couple.group(1).split()[0].strip(".").lower() not in NOT_NAME_WORDS:
        return True
    if not looks_like_person(name):
        return False
    if shapes.INITIAL.search(name) or candidates._is_someone(ctx, name):
        return True
    return any(e.label_ == "PERSON" and e.start_char < end and e.end_char > start
               for e in ctx.spacy.ents)


def _labelled_employer(ctx: Context) -> Found | None:
    """A verification form's own line for the employer ("Employer: Kessock County", the
    value beside or under its label): it names the organisation without the personnel
    office whose letterhead the form is on."""
    label = ctx.labels.get("employer")
    if label is None:
        return None
    value = HR_UNIT.sub("", str(label.value).rstrip(" .;,"))
    if not ORG_WORD.search(value) and not shapes.ends_like_organisation(value):
        return None  # "Employer: see above", a person's name
    return Found(clean(value), label.start, label.start + len(value), 0.85)


def _employer(ctx: Context) -> Found | None:
    """Where the person worked: the name after "internship at" (as printed, quoted or
    not), else the first company named with its legal form ("X Pvt. Ltd.")."""
    for m in EMPLOYER_CUE.finditer(ctx.raw):
        run = MADE_NAME.match(ctx.raw, m.end())
        if run and not shapes.is_place(run.group()) and len(run.group().split()) <= 8:
            name = clean(MARKS.sub("", run.group()))
            if len(name) > 2:
                return Found(name, run.start(), run.end(), 0.75)
    company = COMPANY.search(ctx.raw)
    return Found(clean(company.group(1)), company.start(1), company.end(1), 0.75) \
        if company else None


ADDRESS_LINE = re.compile(r"^\s*\d+[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w.]*[ \t]+){1,3}"
                          r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Way|Plaza|"
                          r"Lane|Ln|Court|Ct|Place|Pl|Parkway|Pkwy|Square|Sq)\b\.?")


def _above_address(ctx: Context) -> Found | None:
    """An issuer printed as a name over its street address ("X Learning" / "1000 W Main
    Ave" / "Town, ST 00000"): the name line right above the first address line."""
    lines = ctx.lines()
    for i in range(1, len(lines)):
        if not ADDRESS_LINE.match(lines[i][1]):
            continue
        start, text = lines[i - 1]
        name = text.strip()
        if 1 <= len(name.split()) <= 6 and name[:1].isupper() and not re.search(r"\d", name) \
                and not _a_person(ctx, name, offset := start + text.find(name),
                                  offset + len(name)) and not shapes.is_place(name) \
                and not _not_a_name_line(ctx, name) and not HEADING.match(name):
            return Found(clean(name), offset, offset + len(name), 0.7)
        return None
    return None


def _wordmark(ctx: Context) -> Found | None:
    """A logo's lettering: one capitalised word a line, stacked in one small type
    ("FEDERAL" / "VIRTUAL" / "TRAINING" / "ENVIRONMENT"), read as one name when it is
    named like an organisation."""
    infos = candidates.line_infos(ctx)
    lines = ctx.lines()
    stacks: dict[float, list[int]] = {}
    for i, (_, text) in enumerate(lines):
        word = text.strip()
        if re.fullmatch(r"[A-Z][A-Z&'-]{2,}", word) and infos[i].size > 0:
            stacks.setdefault(round(infos[i].size, 1), []).append(i)
    def y(i: int) -> float:
        box = ctx.text.upright(lines[i][0], lines[i][0] + len(lines[i][1].rstrip()))
        return box[1][1] if box else 0.0

    for size, members in stacks.items():
        run = [members[0]]
        for i in members[1:]:
            if i - run[-1] <= 2 and 0 < y(i) - y(run[-1]) <= 2.5 * size:  # the next line down
                run.append(i)
                continue
            if len(run) >= 3:
                break
            run = [i]
        if len(run) >= 3:
            name = " ".join(lines[i][1].strip() for i in run)
            if ORG_WORD.search(name) or shapes.ends_like_organisation(name):
                # located by its first line: the stack's lines are not contiguous in the
                # text (other marks of the logo are read between them)
                start, first = lines[run[0]]
                return Found(name, start, start + len(first.rstrip()), 0.6)
    return None


NO_LOCATION_KINDS = (Kind.transcript, Kind.employment_letter)  # conventions: not carried
DIPLOMA = re.compile(r"\b(?:the degree of|has conferred|conferred (?:up)?on)\b", re.I)


def find_location(ctx: Context) -> Found | None:
    if ctx.kind in NO_LOCATION_KINDS or DIPLOMA.search(ctx.raw):
        return None  # a diploma's "given at" is the college's town, not where work was done
    label = ctx.labels.get("location")
    if label is not None:
        value = str(label.value)
        m = PLACE.search(value)
        if m is None:
            return label
        venue = VENUE_BEFORE.search(value[:m.start()])  # "Location: Samoset Lodge, Rockport, ME"
        first = venue.start("venue") if venue else m.start()
        return Found(clean(value[first:m.end()]), label.start + first, label.start + m.end(), 0.9)
    best: Found | None = None
    for m in PLACE.finditer(ctx.raw):
        line_start = ctx.raw.rfind("\n", 0, m.start()) + 1
        before = ctx.raw[line_start:m.start()]
        looks_like_address = bool(ADDRESS_TAIL.match(ctx.raw[m.end():m.end() + 12])) or \
            bool(STREET.search(before))
        if LOCATION_CUE.search(before) and not looks_like_address:
            return Found(clean(m.group()), m.start(), m.end(), 0.85)
        line_end = ctx.raw.find("\n", m.end())
        line = ctx.raw[line_start:line_end if line_end >= 0 else None]
        footer = bool(STREET.search(line)) or line_end < 0 or line_end >= len(ctx.raw.rstrip())
        if best is None and not looks_like_address and not footer and ctx.kind != Kind.letter:
            after = line[m.end() - line_start:].strip(" ,|•-–—")
            dated = shapes.date_share(before) > 0.2 or shapes.date_share(after) > 0.5
            venue = VENUE_BEFORE.search(before) if dated else None
            start = line_start + venue.start("venue") if venue else m.start()
            best = Found(clean(ctx.raw[start:m.end()]), start, m.end(), 0.6)
    if best is None and ctx.kind in (Kind.certificate, Kind.agenda):
        venue = VENUE_AFTER_DATE.search(ctx.raw)
        if venue is not None:
            group = next(g for g in ("venue", "dashed", "alone", "held") if venue.group(g))
            return Found(clean(venue.group(group)), venue.start(group), venue.end(group), 0.8)
        return _venue_beside_date(ctx)
    return best


def _venue_beside_date(ctx: Context) -> Found | None:
    """A venue's own line just under or over the line that dates the work ("June 12-16,
    2023" / "Ashby Hall, Tallwood University"), which is not the issuer's name."""
    lines = ctx.lines()
    provider = ctx.found.get("provider")
    issuer = str(provider.value).lower() if provider is not None else ""
    for i, (start, text) in enumerate(lines):
        m = VENUE_LINE.match(text)
        if m is None or clean(m.group("venue")).lower() == issuer or _is_label(text.strip()):
            continue
        near = [lines[j][1] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(shapes.date_share(line) > 0.5 for line in near):
            return Found(clean(m.group("venue")), start + m.start("venue"), start + m.end("venue"), 0.7)
    return None


def find_sector(ctx: Context) -> Found | None:
    if ctx.kind != Kind.employment_letter:
        return None
    provider = ctx.found.get("provider")
    if provider is None:
        return None
    name = str(provider.value)
    if STATE.search(name) or STATE_AGENCY.search(name):
        sector = "state_federal"
    elif LOCAL.search(name):
        sector = "local"
    else:
        sector = "business"
    return Found(sector, provider.start, provider.end, 0.8)
