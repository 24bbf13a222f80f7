"""People: whom the document is about, who signed it, and how they are related."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.models import Kind
from core.names import names_match, one_slip_apart, plain_letters, prefix_distances
from extractors.dates import date_coverage
from extractors.fields.base import Context, Found
from extractors.fields.letter_marks import CLOSING
from extractors.fields.places import PLACE, VENUE_LINE
from extractors.fields.text import clean

HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Cllr|Councillor|Hon|Honorable|The Honorable)\.?\s+)"
POSTNOMINAL = (r"(?:,?\s*(?:CMC|MMC|RMC|CMCA|MMCA|MPA|MBA|CPA|CPM|CRM|MCC|PMP|SPHR|PHR|"
               r"SHRM-(?:CP|SCP)|CPFO|JD|PhD|Ph\.D\.|Ed\.D\.|EdD|Jr\.?|Sr\.?|II|III|IV|Esq\.?)\b)")
# letters of names beyond ASCII ("Villaseñor", "Gisèle", "Łukasz"): Latin-1 and Latin
# Extended-A (whose block mixes cases, so it counts on both sides)
UP = "A-ZÀ-ÖØ-ÞĀ-ž"
LO = "a-zß-öø-ÿĀ-ž"
# surname particles: "d'Entremont", "D'Angelo", "de la Cruz", "van der Berg"
PARTICLE = (r"(?:(?:de|del|della|di|da|du|van|von|le|la|ter)(?:[ \t]+(?:la|der|den|los|las))?[ \t]+|"
            r"(?:St|Ste)\.[ \t]*)")  # "St. Clair-Obi", "Ste. Marie"
WORD = (rf"(?:Ma?c[{UP}][{LO}]+|[{UP}][{LO}]{{1,2}}[{UP}][{LO}]{{2,}}|[OoDd]['’][{UP}][{LO}]+|"
        rf"{PARTICLE}[{UP}][{LO}]+(?:[-'’][{UP}]?[{LO}]+)*|"
        rf"[{UP}][{LO}]+(?:[-'’][{UP}]?[{LO}]+)*|[{UP}]\.?(?![{LO}]))")
UWORD = rf"(?:[A-Z]{{2,}}(?:[-'’][A-Z]+)*|[A-Z]\.?(?![{LO}]))"  # an initial is no word's first letter
SUFFIX = r"(?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV)"  # "Vance III, Harold P."
PERSON = re.compile(
    rf"(?<![\w'’-]){HONORIFIC}?(?:{WORD}[ \t]+{SUFFIX},[ \t]*{WORD}(?:[ \t]+{WORD})?|"
    rf"{WORD}(?:[ \t]+{WORD}){{1,3}}|{UWORD}(?:[ \t]+{UWORD}){{1,3}}|"
    rf"{WORD},[ \t]*{WORD}(?:[ \t]+{WORD})?|{UWORD}(?:[ \t]+{SUFFIX})?,[ \t]*{UWORD}(?:[ \t]+{UWORD})?)"
    rf"{POSTNOMINAL}*"
)
NOT_NAME_WORDS = {
    "certificate", "completion", "attendance", "university", "college", "institute", "city",
    "county", "town", "association", "department", "program", "academy", "clerk", "clerks",
    "municipal", "director", "committee", "annual", "conference", "of", "the", "and", "human",
    "resources", "office", "state", "transcript", "course", "hours", "dear", "sincerely",
    "date", "this", "that", "has", "is", "for", "with", "league", "school", "village",
    "official", "records", "public", "administration", "management", "executive", "president",
    "foundation", "international", "seminar", "workshop", "training", "council", "board",
    "center", "government", "services", "service", "registrar", "achievement", "recognition",
    "leadership", "region", "regional", "contact", "total", "signature", "member", "chair",
    "deputy", "secretary", "manager", "coordinator", "page", "agenda", "borough", "township",
    "verification", "employment", "to", "whom", "it", "may", "concern", "in", "on", "at",
    "dean", "facilitator", "instructor", "trainer", "leader", "administrator", "officer", "supervisor", "specialist", "treasurer", "trustee", "mayor",
    "associate", "assistant", "professor", "society", "dialogue", "session", "participant",
    "final", "exam", "examination", "assessment", "result", "passed", "score", "grade",
    # rubber stamps between a closing and the signature ("HR VERIFIED", "RECEIVED")
    "verified", "received", "approved", "copy", "original", "paid", "void", "filed",
    "confidential", "draft", "certified", "true", "hr", "entered", "scanned",
    # organisations' head nouns and legal forms ("Keystone Workplace Learning, LLC")
    "learning", "studies", "education", "educational", "workplace", "solutions", "consulting",
    "associates", "partners", "group", "company", "corporation", "inc", "llc", "ltd", "network",
    "alliance", "guild", "chapter", "agency", "commission", "authority", "district",
    "seminars", "workshops", "webinars", "programs", "institutes", "academies", "consultants",
    # local and state governments' own names ("Halbrook Parish Police Jury")
    "parish", "municipality", "commonwealth", "province", "jury", "police", "library",
    # a details table's column headings ("Item  Detail"); a seal's lettering ("SEAL A")
    "item", "detail", "details", "description", "seal",
    # a venue's head noun ("Lakefront Convention Centre"); "Hall" and "Lodge" are surnames too
    "centre", "convention", "campus", "hotel", "resort", "auditorium", "pavilion", "arena",
    "plaza",
}
DONE_LINE = re.compile(r"^\s*(?:(?:has\s+|have\s+)?(?:successfully\s+|satisfactorily\s+)?"
                       r"(?:completed|attended|participated|earned|fulfilled|served|finished|"
                       r"taken|took|passed)|is\s+hereby\s+(?:designated|certified|recogni[sz]ed|"
                       r"named|declared)|(?:was|were)\s+in\s+attendance)\b", re.I)
DONE_AT_LINE = re.compile(r"(?:^|\n)" + DONE_LINE.pattern.removeprefix("^"), re.I)
SUBJECT_CUES = re.compile(
    r"(?:certif(?:y|ies)\s+that|(?:presented|awarded|granted|issued|conferred\s+up)on?\s+to|"
    r"(?:presented|awarded|granted|issued)\s+to|recogni[sz]es|congratulat\w+|acknowledges\s+that|"
    r"(?:student|employee|participant|attendee|member|applicant|candidate)?\s*name\s*:|"
    r"\b(?:student|employee|participant|attendee|re|subject)\s*:|"
    r"(?:verify|verifies|confirm|confirms|certify|attest)\s+that|on behalf of|"
    r"this is to certify|recognition of|be it known that|know (?:all|ye)[\w ]{0,30} that)\s*",
    re.I,
)
ROLE_WORDS = ("director", "registrar", "president", "chair", "chairperson", "chairman",
              "chairwoman", "coordinator", "manager", "executive", "clerk", "dean",
              "administrator", "secretary", "officer", "instructor", "supervisor", "specialist",
              "generalist", "analyst", "treasurer", "trustee", "mayor", "superintendent", "head",
              "commissioner", "vice", "chief", "presenter", "facilitator", "leader", "consultant",
              "trainer", "advisor", "representative", "principal", "owner", "founder",
              "provost", "recorder", "auditor", "editor", "publisher", "liaison", "convener",
              "organizer", "moderator", "comptroller", "controller")
ROLE = re.compile(rf"\b(?:{'|'.join(ROLE_WORDS)})\b", re.I)
RELATIONS = (r"wife|husband|spouse|mother|father|daughter|son|sister|brother|aunt|uncle|niece|"
             r"nephew|cousin|mother-in-law|father-in-law|sister-in-law|brother-in-law|"
             r"grandmother|grandfather|grandson|granddaughter|partner|stepmother|stepfather")
RELATION = re.compile(rf"\b(?:my|our|his|her)\s+(?:beloved\s+|dear\s+|loving\s+)?({RELATIONS})\b",
                      re.I)
# "as Jane Doe's husband", "the applicant's mother": the author names the tie to a person
POSSESSED_RELATION = re.compile(rf"(?:\b(?:as|am|being)\s+(?:{WORD}[ \t]+){{0,2}}[A-Z][a-z]+|"
                                rf"\bthe\s+applicant)['’]s\s+({RELATIONS})\b")
FIRST_PERSON_WORDS = re.compile(r"\b(?:I|my|me|myself)\b")
FIRST_PERSON_ACTS = re.compile(r"\bI\s+(?:have\s+)?(?:attended|completed|served|participated|"
                               r"taught|earned|took|am\s+submitting|am\s+requesting|was)\b|"
                               r"\bmy\s+(?:attendance|participation|service|completion|"
                               r"application|CMC|MMC)\b")


def fold(text: str) -> str:
    """Accents removed, one character for one, so offsets still match the original."""
    return plain_letters(text)


def is_person(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.split()]
    words = [w for w in words if w not in {"mr", "mrs", "ms", "dr", "miss", "hon", "prof", "rev",
                                            "cllr", "professor", "councillor"}]
    return 2 <= len(words) <= 6 and not any(w in NOT_NAME_WORDS for w in words)


def looks_like_person(text: str) -> bool:
    """Shaped like a person's name (capitalized words or initials) and not an organization."""
    return bool(PERSON.fullmatch(text.strip())) and is_person(text)


def person_at(text: str, offset: int, span: int = 80,
              legible: Callable[[int, int], bool] = lambda s, e: True
              ) -> tuple[str, int, int] | None:
    """The first person-shaped name starting near offset (same line, or the next line)
    that is legible (not a signature's scrawl read as letters)."""
    window = text[offset:offset + span]
    done = DONE_AT_LINE.search(window)  # the name stands before "has completed", never after
    window = window[:done.start()] if done else window
    for m in PERSON.finditer(window):
        if window[:m.start()].count("\n") > 1:
            return None
        if is_person(m.group()) and legible(offset + m.start(), offset + m.end()):
            return clean(m.group()), offset + m.start(), offset + m.end()
    return None


def name_variants(name: str) -> list[re.Pattern[str]]:
    parts = [p for p in re.split(r"[\s,]+", fold(name)) if p and not re.fullmatch(
        r"(?i)cmc|mmc|mpa|jr\.?|sr\.?|ii|iii|mr\.?|mrs\.?|ms\.?|dr\.?", p)]
    if len(parts) < 2:
        return []
    first, last = re.escape(parts[0]), re.escape(parts[-1])
    middle = r"(?:[A-Za-z][A-Za-z.'-]*\s+){0,3}"  # "Yvonne E. de la Cruz"
    return [
        re.compile(rf"\b{first}\s+{middle}{last}\b", re.I),
        re.compile(rf"\b{last}\s*,\s*{first}\b(?:\s+[A-Za-z]\.?\b)?", re.I),
    ]


def _applicant_mentions(ctx: Context) -> list[tuple[str, int, int]]:
    folded = fold(ctx.raw)
    names = [ctx.manifest.applicant.name, *ctx.manifest.applicant.former_names]
    hits = []
    for name in names:
        for pattern in name_variants(name):
            for m in pattern.finditer(folded):
                start = m.start()
                hon = re.search(rf"{HONORIFIC}$", ctx.raw[max(0, start - 16):start])
                if hon:
                    start -= len(hon.group())
                end = _extend_postnominals(ctx.raw, m.end())
                hits.append((clean(ctx.raw[start:end]), start, end))
    return sorted(hits, key=lambda h: h[1])


def _extend_postnominals(text: str, end: int) -> int:
    m = re.match(rf"{POSTNOMINAL}+", text[end:end + 20])
    return end + m.end() if m else end


# a sentence whose subject is the person the letter is about ("Gordon F. Ruiz served as a
# member of ...", "Ana Ruiz has been employed by ...")
ACTED = re.compile(r"[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+|was[ \t]+|is[ \t]+)?(?:been[ \t]+)?"
                   r"(?:served|serves|worked|works|employed|attended|completed|participated|"
                   r"taught|chaired|led)\b")


def _sentence_subjects(ctx: Context) -> list[tuple[str, int, int]]:
    """Names that open a sentence and act in it: at a line's start or after a full stop."""
    found = []
    for m in PERSON.finditer(ctx.raw):
        before = ctx.raw[max(0, m.start() - 3):m.start()]
        opens = m.start() == 0 or before.endswith("\n") or re.search(r"[.:]\s+$", before)
        if opens and ACTED.match(ctx.raw, m.end()) and is_person(m.group()):
            found.append((clean(m.group()), m.start(), m.end()))
    return found


def _cued_people(ctx: Context) -> list[tuple[str, int, int]]:
    found = []
    label = ctx.labels.get("applicant_name")
    if label is not None:
        person = person_at(ctx.raw, label.start)
        if person:
            found.append(person)
    for m in SUBJECT_CUES.finditer(ctx.raw):
        person = person_at(ctx.raw, m.end())
        if person:
            found.append(person)
    lines = ctx.lines()
    for (start, text), (_, following) in zip(lines, lines[1:], strict=False):
        if DONE_LINE.match(following) and looks_like_person(text):
            lead = len(text) - len(text.lstrip())
            found.append((clean(text), start + lead, start + len(text.rstrip())))
    return found + _sentence_subjects(ctx)


def is_applicant(ctx: Context, name: str) -> bool:
    names = [ctx.manifest.applicant.name, *ctx.manifest.applicant.former_names]
    return any(names_match(name, n, fuzzy=ctx.ocr) for n in names)


def find_applicant_name(ctx: Context) -> Found | None:
    cued = _cued_people(ctx)
    signer = ctx.found.get("signatory")
    for name, s, e in cued:
        if is_applicant(ctx, name):
            return Found(name, s, e, 0.95)
    mentions = [h for h in _applicant_mentions(ctx)
                if not (signer and signer.start <= h[1] < signer.end) or ctx.found.get("first_person")]
    if mentions:
        name, s, e = mentions[0]
        return Found(name, s, e, 0.9)
    slipped = _ocr_slipped_mention(ctx) if ctx.ocr else None
    if slipped is not None:
        return slipped
    others = [c for c in cued if not (signer and c[1] == signer.start)]
    if others:
        name, s, e = others[0]
        return Found(name, s, e, 0.75)
    return _addressed(ctx)


ADDRESSED = re.compile(rf"(?im)^[ \t]*dear[ \t]+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Councillor|Alderman)\.?[ \t]+"
                       rf"((?:{PARTICLE})?[{UP}][\w'’-]+(?:[ \t]+[{UP}][\w'’-]+)?)[ \t]*[:,]")


def _addressed(ctx: Context) -> Found | None:
    """A letter written to the applicant, who is named only as its salutation names them
    ("Dear Ms. Eze-Lindqvist:" thanking her for teaching): the applicant of the packet,
    whose surname that is. The name given is the manifest's; the span, the salutation's."""
    if ctx.kind != Kind.letter:
        return None
    m = ADDRESSED.search(ctx.raw)
    if m is None:
        return None
    names = [ctx.manifest.applicant.name, *ctx.manifest.applicant.former_names]
    said = fold(m.group(1)).lower()
    for name in names:
        parts = [p for p in re.split(r"[\s,]+", fold(name)) if p and not re.fullmatch(
            r"(?i)cmc|mmc|mpa|jr\.?|sr\.?|ii|iii|iv", p)]
        if len(parts) >= 2 and f" {' '.join(parts).lower()}".endswith(f" {said}"):
            return Found(clean(name), m.start(1), m.end(1), 0.8)
    return None


def _ocr_slipped_mention(ctx: Context) -> Found | None:
    """The applicant's given and family names on one line, each at most one OCR slip off
    ("Rebccca Hutchins", "TERESA K TANAKA,"): the line's name-shaped stretch."""
    signer = ctx.found.get("signatory")
    for name in [ctx.manifest.applicant.name, *ctx.manifest.applicant.former_names]:
        parts = [p for p in re.split(r"[\s,]+", fold(name).lower()) if len(p) > 1]
        if len(parts) < 2:
            continue
        first, last = parts[0].strip("."), parts[-1].strip(".")
        for start, text in ctx.lines():
            words = [(m.start(), m.end(), m.group().lower()) for m in
                     re.finditer(r"[A-Za-z][A-Za-z'’-]+", fold(text))]
            hit_first = [w for w in words if one_slip_apart(w[2], first)]
            hit_last = [w for w in words if one_slip_apart(w[2], last)]
            if signer and signer.start <= start < signer.end:
                continue
            if hit_first and hit_last:
                lo = min(hit_first[0][0], hit_last[0][0])
                hi = max(hit_first[0][1], hit_last[0][1])
                return Found(clean(text[lo:hi]), start + lo, start + hi, 0.7)
            if hit_first:
                torn = _torn_name(name, text, hit_first[0][0])
                if torn is not None:  # the name as the packet spells it: the letters agree
                    return Found(name, start + hit_first[0][0], start + torn, 0.65)
    return None


def _torn_name(name: str, text: str, at: int) -> int | None:
    """Where a name torn by OCR inside a word ends ("Rosalind Ache e- Whitlock" for
    Rosalind Achebe-Whitlock, "Henrike A. Sza ai-Munroe"): the letters from the given name
    on, spaces and marks aside, are the name's letters at most one slip per seven apart.
    One edit-distance pass over the rest of the line (names are short: bounded at 60
    letters)."""
    want = re.sub(r"[^a-z]", "", fold(name).lower())[:40]
    letters = [(i, c) for i, c in enumerate(fold(text[:at + 60]).lower()) if i >= at and c.isalpha()]
    allowed = len(want) // 7
    if allowed < 1 or len(letters) < len(want) - allowed:
        return None
    row = prefix_distances(want, [c for _, c in letters])
    best = min(range(len(row)), key=lambda j: (row[j], -j))
    if row[best] > allowed or best == 0:
        return None
    return letters[best - 1][0] + 1


SCRAWL_CONFIDENCE = 0.6  # OCR words below this on average: a signature read as letters


def _after_closing(ctx: Context) -> int | None:
    """Where the letter's last closing ("Sincerely,") ends; None without one."""
    closings = list(CLOSING.finditer(ctx.raw))
    return closings[-1].end() if closings else None


def find_signatory(ctx: Context) -> Found | None:
    after = _after_closing(ctx)
    if after is not None:
        person = person_at(ctx.raw, after + 1, span=160, legible=lambda s, e:
                           ctx.text.mean_confidence(s, e) >= SCRAWL_CONFIDENCE)
        if person is None:
            person = _name_below_closing(ctx, after)
        if person:
            person = _typed_under(ctx, person) or person
            return Found(person[0], person[1], person[2], 0.9)
    return _memo_sender(ctx) or _signature_block(ctx)  # a memo is signed by its FROM line


NAME_ROLE_APART = re.compile(r",\s*(?=[A-Z][a-z])|\s+[-–—]\s+")


def name_before_role(line: str) -> str:
    """A signature line's name, before its role ("Jane Doe, Director", "Jane Doe - Chair")."""
    return NAME_ROLE_APART.split(line)[0]


def _typed_under(ctx: Context, scrawl: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The typed name under a signature drawn as text ("HB Moss~" over "Harlan B. Moss"):
    the line or two below naming the same person written out in full."""
    lines = ctx.lines()
    here = ctx.text.line_at(scrawl[2])
    for start, text in lines[here + 1:here + 3]:
        name = name_before_role(text.strip())
        lead = start + text.find(name)
        bare = re.sub(rf"(?:{POSTNOMINAL})+\.?$", "", name)
        if PERSON.fullmatch(bare) and is_person(bare) and len(name) > len(scrawl[0]) \
                and written_out(scrawl[0], name):
            name = bare
            end = _extend_postnominals(ctx.raw, lead + len(name))
            return clean(ctx.raw[lead:end]), lead, end
    return None


def written_out(short: str, full: str) -> bool:
    """Whether full is short written out: the same initials ("HB M" ~ "Harlan B. Moss"),
    or a surname cut short ("A Lind" ~ "Ava-Marie Lindgren")."""
    suffix = re.compile(r"(?i)jr|sr|ii|iii|iv|cmc|mmc")
    tokens = [t for t in re.findall(r"[A-Za-z][A-Za-z'’]*", fold(full)) if not suffix.fullmatch(t)]
    have = re.findall(r"[A-Za-z][A-Za-z'’]*", fold(short))
    if not tokens or not have or not re.fullmatch(r"[A-Z]{1,4}[a-z]{0,3}", have[0]) \
            or len(have) > 3:
        return False  # a scrawl opens with initials: "HB", "A", "RJdl"
    initials = "".join(t[0] for t in tokens).lower()
    if len(have[0]) >= 2 and have[0].isupper() and initials.startswith(have[0].lower()):
        return True
    last = have[-1].lower()
    return len(last) >= 3 and any(t.lower().startswith(last) for t in tokens[1:]
                                  if not t.isupper())


LEAD_MARKS = re.compile(r"^(?:[^\w\s]|_)+\s*")  # a scan's speck or a pen's stroke: "“Wendell", "_ Priya"
WORD_STOP = re.compile(r"(?<=[a-z]{3})(?<!\bProf)(?<!\bMsgr)(?<!\bCapt)(?<!\bSupt)(?<!\bAsst)\.(?=[ \t]+[A-Z])"
                       r"|(?<=[a-z]{3})[.,;:~]+$")  # "Lionel. Weatherspoon", but "Prof. Cressida"


def unmarked(text: str) -> tuple[int, str]:
    """A signature line as OCR reads it, without the marks before the name and the speck
    read as a full stop after a word of it: (characters dropped in front, the line). The
    full stop of an initial ("Maria L.") or a suffix ("Jr.") stays."""
    m = LEAD_MARKS.match(text)
    lead = m.end() if m and text[m.end():m.end() + 1].isupper() else 0
    return lead, WORD_STOP.sub("", text[lead:])


def _name_below_closing(ctx: Context, after: int) -> tuple[str, int, int] | None:
    """The first line that is a person's name within a few short lines under the closing:
    a side column's words ("COMMITTEES", "Education", "Bylaws") may stand between."""
    lines = ctx.lines()
    first = ctx.text.line_at(after)
    for start, text in lines[first + 1:first + 9]:
        if len(text.split()) > 6:
            return None  # prose again: no signature here
        skip, bare = unmarked(text.strip())
        name = name_before_role(bare)
        m = PERSON.fullmatch(name)
        lead = start + text.find(text.strip()) + skip
        if m and is_person(name) and \
                ctx.text.mean_confidence(lead, lead + len(name)) >= SCRAWL_CONFIDENCE:
            if name != ctx.raw[lead:lead + len(name)]:
                return clean(name), lead, lead + len(name)  # a speck left out
            end = _extend_postnominals(ctx.raw, lead + len(name))
            return clean(ctx.raw[lead:end]), lead, end
    return None


MEMO_FROM = re.compile(r"^[ \t]*from[ \t]*:[ \t]*\n?[ \t]*([^\n]+)$", re.I | re.M)  # value beside or below
MEMO = re.compile(r"\bm\s?e\s?m\s?o\s?r\s?a\s?n\s?d\s?u\s?m\b|^\s*to\s*:", re.I | re.M)


def _memo_sender(ctx: Context) -> Found | None:
    """A memorandum is signed by its sender: the person on its "FROM:" line ("FROM: Jane
    Doe, Director of Human Resources"), when the line names a person before the role."""
    if not MEMO.search(ctx.raw):
        return None
    m = MEMO_FROM.search(ctx.raw)
    if m is None:
        return None
    value = m.group(1)
    name = re.split(r",\s*|\s+[-–—]\s+", value)[0].strip()
    if PERSON.fullmatch(name) and is_person(name):
        start = m.start(1) + value.find(name)
        return Found(clean(name), start, start + len(name), 0.85)
    return None


ROLE_AFTER_NAME = re.compile(rf"[^,]{{3,40}},\s*(?:[A-Z][\w.-]*\s+){{0,2}}?(?:{'|'.join(ROLE_WORDS)})\b",
                             re.I)


def _signature_block(ctx: Context) -> Found | None:
    """A name beside its role ("Jane Doe, Program Director", or the role on the next line)
    in the lower half of the document. A certificate may be signed in a corner at the top
    (the name over its role beside the heading), or by a name alone in small type low on
    a wallet card: those when nothing lower down is."""
    lines = ctx.lines()
    half = len(lines) // 2
    found = _signed_line(ctx, lines, range(half, len(lines)), near=(-1, 1, 2),
                         others_only=ctx.kind == Kind.certificate)  # no one signs their own
    if found is None and ctx.kind == Kind.certificate:
        found = _signed_line(ctx, lines, range(0, half), near=(1,), others_only=True) or \
            _lone_name(ctx, lines, half)
    return found


def _signed_line(ctx: Context, lines: list[tuple[int, str]], rows: range,
                 near: tuple[int, ...], others_only: bool = False) -> Found | None:
    for i in rows:
        start, text = lines[i]
        body = re.sub(r"^\s*(?:/s/|signed:?|signature:?|by:?)\s*", "", text, flags=re.I)
        front = len(text) - len(body)
        body = re.sub(r"\s+[^\w\s]+\s*$", "", body)  # a speck after the name: "Feeney ."
        skip, body = unmarked(body)
        if len(body.split()) > 8 and not ROLE_AFTER_NAME.match(body):
            continue  # prose, not a signature line ("Jane Doe, Instructor of AI at X" is one)
        if ctx.text.mean_confidence(start, start + len(text)) < SCRAWL_CONFIDENCE:
            continue  # a signature's scrawl read as letters
        if PLACE.fullmatch(body.strip().rstrip(".")):
            continue  # "Grand Rapids, Michigan": where, not who
        if VENUE_LINE.match(body) and i and date_coverage(lines[i - 1][1]) > 0.5:
            continue  # "Bayfront Hall" under the dates: where the work was done
        if i and _sentence_tail(lines[i - 1][1], text):
            continue  # "... completed the course Advanced" / "Minutes Writing.": prose
        offset = start + front + skip
        name_part = name_before_role(body)
        m = PERSON.fullmatch(name_part.strip())
        if not m or not is_person(name_part) or (others_only and is_applicant(ctx, name_part)):
            continue
        role_here = ROLE.search(body[len(name_part):])
        role_near = any(ROLE.search(lines[j][1]) and len(lines[j][1].split()) <= 8
                        for j in (i + d for d in near) if 0 <= j < len(lines))  # not prose
        if role_here or role_near or (near != (1,) and _role_below(ctx, lines, i)):
            signed = (clean(name_part), offset, offset + len(name_part.rstrip()))
            signed = _typed_under(ctx, signed) or signed  # a scrawl ("N Feld~") over the typed name
            return Found(signed[0], signed[1], signed[2], 0.85)
    return None


def _sentence_tail(above: str, body: str) -> bool:
    """The line ends the sentence the line above left open: that line is prose (six words
    or more, no closing mark) and this one ends on a full stop after a word."""
    above = above.rstrip()
    return len(above.split()) >= 6 and not re.search(r"[.:;!?,]$", above) and \
        bool(re.search(rf"[{LO}]{{3}}\.$", body.rstrip()))


def _lone_name(ctx: Context, lines: list[tuple[int, str]], half: int) -> Found | None:
    """The only line low on the page that is nothing but someone's name, in type smaller
    than the body's, not the applicant's: a signature without a role."""
    body = ctx.body_size
    hits = []
    for i in range(half, len(lines)):
        start, text = lines[i]
        name = text.strip()
        words = ctx.text.words_on_line(i)
        if 2 <= len(name.split()) <= 4 and PERSON.fullmatch(name) and is_person(name) \
                and not is_applicant(ctx, name) and not PLACE.search(name) and words \
                and max(w.size for w in words) < body:
            lead = start + text.find(name)
            hits.append(Found(clean(name), lead, lead + len(name), 0.6))
    return hits[0] if len(hits) == 1 else None


def _role_below(ctx: Context, lines: list[tuple[int, str]], i: int) -> bool:
    """The line right under line i in its column names a role. Two signatures side by
    side put both names on one row and both roles on the next, so in reading order a
    name's role can be three lines on; and OCR may have misspelt it ("Di-ector")."""
    start, text = lines[i]
    name = ctx.text.upright(start, start + len(text))
    if name is None:
        return False
    page, (x0, y0, x1, y1) = name
    h = y1 - y0
    for s, t in lines[i + 1:i + 6]:
        other = ctx.text.upright(s, s + len(t))
        if other is None or other[0] != page:
            continue
        b = other[1]
        if y1 - h / 2 <= b[1] <= y1 + 2 * h and b[0] < x1 and b[2] > x0:
            return is_role(t)
    return False


def is_role(text: str) -> bool:
    """A role, also with one OCR slip in a long role word ("Exenutive Di-ector")."""
    if ROLE.search(text):
        return True
    words = re.findall(r"[a-z][a-z-]{5,}", text.lower())
    return any(one_slip_apart(w, r) for w in words for r in ROLE_WORDS if len(r) >= 6)


def find_relationship(ctx: Context) -> Found | None:
    m = RELATION.search(ctx.raw) or POSSESSED_RELATION.search(ctx.raw)
    return Found(m.group(1).lower(), m.start(), m.end(), 0.9) if m else None


def _signed_by_applicant(ctx: Context) -> bool:
    """The applicant's name on a line of its own after the letter's closing (the signer
    found may be the scrawl above it, read as letters)."""
    after = _after_closing(ctx)
    if after is None:
        return False
    tail = ctx.raw[after:].splitlines()[:6]
    return any(PERSON.fullmatch(line.strip()) and is_applicant(ctx, line.strip())
               for line in tail if line.strip())


def find_first_person(ctx: Context) -> Found | None:
    """A letter in the applicant's own voice: first-person words, and signed by the applicant
    or telling of the applicant's own activities."""
    words = len(FIRST_PERSON_WORDS.findall(ctx.raw))
    if words == 0:
        return None
    signer = ctx.found.get("signatory")
    by_applicant = signer is not None and is_applicant(ctx, str(signer.value)) \
        or _signed_by_applicant(ctx)
    acts = FIRST_PERSON_ACTS.search(ctx.raw)
    # one "I served ..." is enough in a letter the applicant signed; otherwise the voice
    # must be plain (three first-person words and an act told of oneself)
    if (by_applicant and (words >= 3 or acts)) or (signer is None and acts and words >= 3):
        where = acts or FIRST_PERSON_WORDS.search(ctx.raw)
        assert where is not None
        return Found(True, where.start(), where.end(), 0.85)
    return None
