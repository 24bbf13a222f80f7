"""The work itself: title, activity, delivery, assessment, course review; employment
position, type and responsibility (the degree: degrees.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from core.models import Kind
from core.names import plain_letters
from core.yaml_files import load_yaml
from extractors.dates import date_coverage, find_dates
from extractors.fields import candidates, shapes
from extractors.fields.base import Context, Found
from extractors.fields.degrees import is_diploma
from extractors.fields.employment import find_employment_type_in_table
from extractors.fields.labels import _is_label
from extractors.fields.letter_marks import CLOSING
from extractors.fields.orgs import LINKS
from extractors.fields.people import written_out
from extractors.fields.text import clean

ACTIVITIES_FILE = Path(__file__).resolve().parent.parent / "activities.yaml"

TITLE_CUE = re.compile(
    r"(?:successfully\s+)?(?:completed|attended|completion\s+of|participat\w+\s+in|"
    r"for\s+attending|for\s+completing|attendance\s+(?:at|in)|participation\s+in|"
    r"requirements\s+(?:of|for)|fulfilled\s+the\s+requirements\s+of|course\s+entitled|"
    r"session\s+entitled|entitled|titled|course\s+of\s+study\s+(?:for|in))\s*:?\s*(?:the\s+)?",
    re.I)
DATEISH = r"(?=(?:[A-Z][a-z]+\.?\s+\d|\d))"
# a month after the name's comma begins its dates ("Refresher, Sept. 5-28", "Boot Camp,
# October" / "2-20, 2023"), never its words ("Level 2" has no comma and no month)
MONTH_AFTER = (r",\s+(?=(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
               r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
               r"(?:\s+\d|\s*$))")  # not "Maryland" nor "Augusta"
TITLE_STOP = re.compile(
    rf"{MONTH_AFTER}|,?\s+(?:held|offered|presented|sponsored|conducted|hosted|consisting|totaling|totalling|"
    rf"comprising)\b|\s+(?:on|from|at)\s+{DATEISH}|\s+for\s+a\s+total\b|"
    r"\s+in\s+(?=[A-Z][a-z]+,)|\s*\((?=\d)|;|,\s+(?=(?:in|at|on)\b)|"
    r"\s+of\s+the\s+(?=[^\n]*\b(?:Association|League|Society)\b)|$", re.M)
SUBTITLED = re.compile(r"^[ \t]*(?:[A-Z][\w'’&-]*[ \t]+){0,5}(?:Dialogue|Course|Workshop|Seminar|Session|"
                       r"Academy|Program|Programme|Conference|Webinar)[ \t]*:[ \t]*[A-Z0-9\"“‘'(][^\n]{2,100}$", re.M)
QUOTED = re.compile(r"[\"“]([^\"”\n]{4,120}(?:\n[^\"”\n]{1,60})?)[\"”]")  # may wrap once
COMMITTEE = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w&'’-]*\s+){1,8}(?:Committee|Subcommittee|"
                       r"Working Group|Work Group|Task Force|Steering Group|Advisory Group))\b")
HEADINGS = re.compile(r"^(?:certificate(?: of \w+)?|this (?:is to )?certif(?:y|ies)(?: that)?|"
                      r"presented to|awarded to|in recognition of|has successfully completed|"
                      r"official transcript|to whom it may concern)$", re.I)
DELIVERY = [
    ("webinar", re.compile(r"\bwebinar\b|\bwebcast\b", re.I)),
    ("hybrid", re.compile(r"\bhybrid\b|\bblended\b", re.I)),
    ("online", re.compile(r"\bonline\b|\bon-line\b|\bweb-based\b|\be-learning\b|\bself-paced\b|"
                          r"\bvirtual(?:ly)?\b|\bdistance learning\b|"
                          r"\b(?:via|over|on|through)\s+(?:zoom|microsoft teams|teams|webex|go ?to ?meeting|"
                          r"live video|video ?conference)\b", re.I)),
    ("in_person", re.compile(r"\bin[- ]person\b|\bclassroom\b|\bon-site\b|\bface[- ]to[- ]face\b",
                             re.I)),
]
NO_ASSESSMENT = re.compile(r"\b(?:no|without(?: an?)?|did not (?:include|require|complete)(?: an?)?|"
                           r"does not (?:include|require)(?: an?)?|not include(?: an?)?)\s+"
                           r"(?:learning\s+|final\s+)?(?:assessment|exam|examination|test|quiz)|"
                           r"assessment\s*:\s*(?:none|no|n/a|not required)|not assessed", re.I)
ASSESSMENT = re.compile(r"(?:passed|completed|successfully completed|including|included|includes|"
                        r"with|satisfied|"
                        r"achieved a (?:passing )?score on)\s+(?:the\s+|a\s+|an\s+)?(?:final\s+|"
                        r"required\s+|learning\s+|post[- ]course\s+|online\s+|written\s+)?"
                        r"(?:learning\s+)?(?:assessment|exam|examination|test|quiz)|"
                        r"assessment\s*:\s*(?:passed|completed|yes|satisfactory)|"
                        r"\b(?:assessment|exam|examination|test|quiz)\s+(?:was\s+)?(?:passed|completed)\b|"
                        # "Final assessment score: 88% (passing)", "Exam result: Pass"
                        r"\b(?:assessment|exam|examination|test|quiz)\s+(?:score|result|grade)s?\s*:?\s*"
                        r"(?:\d|pass)|"
                        r"\bcompletion of (?:the |a |an )?(?:\w+\s+)?(?:assessment|exam|examination|"
                        r"test|quiz)\b|"
                        # "passed the end-of-course learning assessment": any two or three words
                        r"\b(?:passed|successfully completed)\s+(?:the\s+|a\s+|an\s+)?"
                        r"(?:[a-z][\w-]*\s+){1,3}?(?:assessment|exam|examination|test|quiz)\b|"
                        # "webinar with post-session assessment", "module with knowledge check",
                        # "written reflection completed (assessment)"
                        r"\bwith\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:assessment|exam|"
                        r"examination|quiz|knowledge\s+checks?)\b|\(\s*(?:graded\s+)?assessment\s*\)|"
                        # work the learner handed in and had marked: "Reflection paper accepted.",
                        # "Capstone essay accepted", "Post-webinar quiz: 5 of 5"
                        r"\bcompleted\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:assessment|exam|"
                        r"examination|test|quiz)\b|"  # "completed the Dialogue's assessment"
                        r"\b(?:essay|paper|reflection|assignment|project|quiz|exam|test)\s+(?:was\s+)?"
                        r"(?:accepted|graded|marked|approved)\b|"
                        r"\b(?:quiz|test|exam|assessment)\s*:\s*\d+\s*(?:of|/|out of)\s*\d+",
                        re.I)
NO_REVIEW = re.compile(r"\b(?:without|no|not (?:gone|been) through|has not (?:gone|been) through)"
                       r"\s+(?:the\s+|an?\s+)?(?:iimc\s+)?course review", re.I)
REVIEW = re.compile(r"\bcourse review\b|\biimc[- ]approved course\b|\bpre-approved by iimc\b", re.I)
FULL = re.compile(r"\bfull[- ]time\b", re.I)
PART = re.compile(r"\bpart[- ]time\b", re.I)
NO_ADMIN = re.compile(r"\b(?:no|without|not (?:have|hold|carry|include))\s+(?:any\s+)?"
                      r"administrative\b|\bnon-administrative\b|"
                      # a form's answer: "Administrative duties: none", "Supervisory/administrative: No"
                      r"\b(?:supervisory\s*/\s*)?administrative(?:\s*/\s*supervisory)?"
                      r"(?:\s+(?:duties|responsibilit\w+|authority|role|position))?\s*[:?]\s*"
                      r"(?:no|none|n/?a)\b", re.I)
ADMIN = re.compile(r"\badministrative (?:and \w+ )?(?:responsibilit\w+|duties|capacity|authority|"
                   r"position)\b|\bsupervisory\b|\b(?:is|are|was) administrative\b|"
                   r"\badministrative in nature\b|\bmanagement responsibilit\w+|"
                   r"\b(?:was|is|were|are) an? administrative (?:one|role|post|job)\b|"
                   r"\b(?:duties|role|work|position) (?:were|was|is|are) administrative\b|"
                   # what the holder does: supervises staff, manages an office, leads a team
                   r"\bsupervis(?:es|ed|ing)\b|\b(?:leads|led) a team\b|"
                   r"\bsupervision of\b[^.]{0,60}?\b(?:staff|employees|personnel|team|assistants)\b|"
                   r"\b(?:is|was)\s+an?\s+(?:[\w,-]+\s+){0,3}administrative\s+(?:office|post|role|job)\b|"
                   r"\b(?:manages|managed|oversees|oversaw|heads|headed|directs|directed|leads|led)\s+(?:the\s+|a\s+|an\s+|"
                   r"(?:his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?(?:office|department|division|"
                   r"staff|team|employees|personnel|unit|section|crew|technicians|assistants)\b", re.I)


class ActivityRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    activity: str
    kinds: list[Kind]
    cue: str
    require: str | None = None
    unless: str | None = None


@lru_cache(maxsize=1)
def activity_rules() -> list[tuple[ActivityRule, re.Pattern[str], re.Pattern[str] | None,
                                   re.Pattern[str] | None]]:
    data = load_yaml(ACTIVITIES_FILE)
    try:
        rules = [ActivityRule.model_validate(r) for r in data["rules"]]
    except Exception as e:
        raise ValueError(f"Bad activity rules in {ACTIVITIES_FILE}: {e}") from e
    flags = re.I | re.M
    return [(r, re.compile(r.cue, flags), re.compile(r.require, flags) if r.require else None,
             re.compile(r.unless, flags) if r.unless else None) for r in rules]


IIMC_NAME = re.compile(r"\bInternational\s+Institute\s+of\s+Municipal\s+Clerks\b", re.I)
INSIDE_ADDRESS = re.compile(r"^[^\n]*(?:IIMC|International Institute of Municipal Clerks)[^\n]*\n"
                            r"(?:[^\n]*\n){0,3}?[^\n]*\b(?:Attn|Attention|Education Department|"
                            r"Utica Avenue|Rancho Cucamonga)\b[^\n]*\n(?:[^\n]*\d{5}[^\n]*\n)?",
                            re.I | re.M)


def activity_text(raw: str) -> str:
    """The text the activity cues read: no inside address to the IIMC, the IIMC's name
    shortened, lines joined (same length as the original so offsets still hold)."""
    text = INSIDE_ADDRESS.sub(lambda m: " " * len(m.group()), raw)
    text = IIMC_NAME.sub(lambda m: "IIMC".ljust(len(m.group())), text)
    # accents folded letter for letter: OCR writes "Conferénce Academy"
    text = plain_letters(text) if not text.isascii() else text
    return text.replace("\n", " ")


def find_activity(ctx: Context) -> Found | None:
    if ctx.kind == Kind.certificate and "degree" in ctx.found:  # a diploma
        return Found("degree", ctx.found["degree"].start, ctx.found["degree"].end, 0.85)
    if ctx.kind == Kind.transcript:
        basis = ctx.found.get("degree") or ctx.found.get("credit_units")
        start, end = (basis.start, basis.end) if basis else (0, 0)
        return Found("degree" if "degree" in ctx.found else "college_credits", start, end, 0.85)
    text = activity_text(ctx.raw)
    stage = _institute_stage(ctx)
    if stage is not None:
        return stage
    provider = ctx.found.get("provider")
    by_iimc = provider is not None and bool(
        IIMC_NAME.search(str(provider.value)) or re.search(r"\bIIMC\b", str(provider.value)))
    for rule, cue, require, unless in activity_rules():
        if ctx.kind not in rule.kinds:
            continue
        m = cue.search(text)
        # the IIMC's own annual conference or online course, its name set apart from the
        # headline (a side bar, a wordmark in two columns)
        required = require is None or bool(require.search(text)) or (
            rule.activity in ("annual_conference", "iimc_online") and by_iimc)
        if m and required and not (unless and unless.search(text)):
            return Found(rule.activity, m.start(), m.end(), 0.8)
    return None


# a title that is a stage of an institute's programme, or opens with one: "Year 2", "Level
# II", "Year 1 — Municipal Administration Foundations"
STAGE_LED = re.compile(r"^(?:year|level|unit|module|part|phase)\s+(?:[IVX]{1,3}|[1-6]|one|two|three|"
                       r"four)(?:\s*[-–—:]\s|$)", re.I)
NOT_IN_PERSON = re.compile(r"\b(?:online|webinar|web-based|self-paced|not (?:an )?iimc[- ]approved)\b",
                           re.I)


def _institute_stage(ctx: Context) -> Found | None:
    """A certificate whose title is a stage of a programme, from an institute (its name may
    stand apart from the headline, in a side bar): the institute row (EG CMC Education,
    Institute attendance)."""
    title = ctx.found.get("title")
    provider = ctx.found.get("provider")
    if ctx.kind != Kind.certificate or title is None or not STAGE_LED.match(str(title.value)):
        return None
    if not re.search(r"\binstitute\b", f"{provider.value if provider else ''} {ctx.raw}", re.I) \
            or NOT_IN_PERSON.search(ctx.raw):
        return None
    return Found("institute", title.start, title.end, 0.8)


NO_TITLE_KINDS = (Kind.transcript, Kind.employment_letter, Kind.application_form, Kind.other)
OFFICE = re.compile(r"\b(?:(?:served|serves|serving|elected|appointed|installed)\s+(?:[\w-]+\s+){0,4}?as|"
                    r"\b(?:was|is|has\s+been|had\s+been|became)\b(?=\s+(?:the\s+)?[A-Z])|"
                    r"\b(?:elected|appointed|installed|named)\b(?=\s+(?:the\s+|its\s+)?[A-Z])|"
                    r"\bas\b(?=\s+(?:its|the|our)\s+(?:elected\s+)?[A-Z])|"
                    r"(?:held|holds|holding)\s+the\s+(?:elected\s+)?(?:office|post|position)\s+of)\s+"
                    r"(?:an?\s+(?:officer|member)\s*[,:—–-]\s*)?(?:the\s+|its\s+|our\s+)?(?:[a-z]+\s+)?"
                    r"((?:(?:Chapter|Association|Recording|Corresponding|Executive|Financial|Regional|"
                    r"Region|District|Division|Section)\s+)?"
                    r"(?:(?:First|Second|Third|1st|2nd|3rd)\s+)?(?:Vice[- ])?(?:President|Treasurer|Secretary|Chair(?:person|man|woman)?|"
                    r"Trustee|Director|Officer|President[- ]Elect|Past President|Parliamentarian|"
                    r"Historian)(?:[- ]Elect|[-/](?:Treasurer|Secretary))?)\b")  # "Secretary-Treasurer"
BOARD = re.compile(r"\b((?:IIMC\s+|Foundation\s+)?Board of (?:Directors|Trustees))\b")
NAMED_WORK = re.compile(r"\b(?:led|leading|managed|managing|coordinated|coordinating|completed|"
                        r"directed|directing|oversaw|overseeing|spearheaded|developed|developing|"
                        r"implemented|organized|organizing|wrote|authored|drafted|prepared|piloted|"
                        r"work(?:ed)?\s+on)\s+(?:the|our|a|an)\s+((?:[A-Z0-9][\w&'’-]*\s+)"
                        r"{0,8}(?:Project|Initiative|Program|Plan|Update|System|Study|Review|"
                        r"Campaign|Conversion|Migration|Implementation|Relocation|Audit|Pilot|"
                        r"Manual|Handbook|Policy|Schedule))\b")


# the work a letter thanks or recognises someone for: "I write to recognise X for the
# Council Chambers Records Digitization Project, carried out from ..."
WORK_THANKED = re.compile(r"\b(?:recogni[sz]e|thank|commend|honou?r|acknowledge)\w*\s+(?:[^.]|(?<=\b[A-Z])\.){0,60}?"
                          r"\bfor\s+"
                          r"(?:the|her|his|their|our)\s+((?:[A-Z0-9][\w&'’-]*\s+){0,8}"
                          r"(?:Project|Initiative|Program|Plan|Study|Review|Campaign|Conversion|"
                          r"Migration|Implementation|Audit|Pilot|Manual|Handbook|Policy))\b")


# a details table's headings read onto the title's line by OCR ("Managing Difficult
# Conversations Item Detail")
TABLE_HEADINGS_AFTER = re.compile(r"\s+(?:Item|Field)\s+(?:Details?|Descriptions?|Values?)\s*$")


AGENDA_SUFFIX = re.compile(r"(?i)\s+[-–—:|]\s*(?:agenda|(?:program(?:me)?\s+)?at\s+a\s+glance|"
                          r"schedule(?:\s+of\s+events)?|itinerary|timetable)\s*$")


# a programme's stage named with its programme: "Year One of the Marrowstone Institute for
# Municipal Clerks" is the stage (conventions: "Year 2", "Module A"); the programme is the
# provider
STAGE_OF = re.compile(r"^(?:Year|Level|Module|Part|Phase|Unit|Stage)\s+(?:\d{1,2}|[IVX]{1,4}|"
                      r"One|Two|Three|Four|Five|Six|First|Second|Third|Fourth|[A-F])"
                      r"(\s+of\s+(?:the\s+)?[A-Z].*)$")


def find_title(ctx: Context) -> Found | None:
    found = _find_title(ctx)
    if found is None:
        return None
    stage = STAGE_OF.match(str(found.value))
    if stage:
        value = str(found.value)[:stage.start(1)]
        return Found(value, found.start, found.start + len(value), found.confidence)
    cut = TABLE_HEADINGS_AFTER.search(str(found.value))
    if ctx.kind == Kind.agenda and cut is None:
        cut = AGENDA_SUFFIX.search(str(found.value))  # "Fall Seminar 2017 - Program at a Glance"
    if cut is None or cut.start() == 0:
        return found
    value = str(found.value)[:cut.start()]
    return Found(value, found.start, found.start + len(value), found.confidence)


def _find_title(ctx: Context) -> Found | None:
    if ctx.kind in NO_TITLE_KINDS:
        return None
    label = ctx.labels.get("title")
    provider = ctx.found.get("provider")
    if label is not None and provider is not None and \
            clean(str(label.value)).lower() == str(provider.value).lower():
        label = None  # "PROGRAM" over the issuer's name: a heading, not a label
    if label is not None and candidates.beside_time(ctx, candidates.line_infos(ctx),
                                                    ctx.text.line_at(label.start)):
        label = None  # a schedule's "Time | Session" columns: one slot, not the event's name
    if label is not None and len(str(label.value)) >= 3 and not HEADINGS.match(
            clean(str(label.value))) and (
            _colon_before(ctx.raw, label.start) or len(str(label.value).split()) >= 2):
        return label  # a lone word under a bare label ("TRAINING" above "ENVIRONMENT" in a
        # logo) is only a candidate
    m = next((q for q in QUOTED.finditer(ctx.raw) if not _names_organisation(ctx, q.group(1))),
             None)
    if m:
        return Found(clean(m.group(1)), m.start(1), m.end(1), 0.85)
    m = SUBTITLED.search(ctx.raw)  # "Athenian Dialogue: Team of Rivals"
    if m and ctx.kind != Kind.agenda:  # an agenda's "General Session: X" is one slot of it
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        head, _, named = m.group().partition(":")
        if len(head.split()) == 1 and head.strip().lower() in named.lower():
            start += len(m.group().lstrip()) - len(named.lstrip())  # "Conference: 2025 Annual
            # Fall Conference" is a label and its value, not a subtitled name
        value = _subtitle_wrapped(ctx, start) or ctx.raw[start:m.end()]
        return Found(clean(value), start, start + len(value.strip()), 0.85)
    if ctx.kind == Kind.letter:
        return _letter_title(ctx) or _after_cue(ctx)
    if is_diploma(ctx):
        return None  # a diploma names a degree, not a course (conventions: no title)
    return candidates.best(ctx, title_candidates(ctx))




def _same_type(a: candidates.LineInfo, b: candidates.LineInfo) -> bool:
    """Two lines set in the same type: sizes within half a point, both bold or neither."""
    return abs(a.size - b.size) <= 0.5 and a.bold == b.bold


def _subtitle_wrapped(ctx: Context, start: int) -> str | None:
    """A subtitled name wrapped onto the next line in the same type ("Study Abroad
    Program: Local" / "Government in the Low Countries"; "... Planning for" / "Clerks"):
    both lines, joined as the raw text joins them, when the next is a name's words (no
    date, hours or place)."""
    lines = ctx.lines()
    i = ctx.text.line_at(start)
    if i + 1 >= len(lines):
        return None
    infos = candidates.line_infos(ctx)
    line, following = lines[i][1], lines[i + 1][1]
    same = _same_type(infos[i], infos[i + 1])
    if same and _name_line(following) and not candidates.shapes.is_place(following.strip()) \
            and len(following.split()) <= 8:
        return f"{line[start - lines[i][0]:]}\n{following}"
    return None


def _colon_before(raw: str, start: int) -> bool:
    """The value follows its label's colon ("Course: X", or "Course:" on the line above)."""
    return raw[max(0, start - 40):start].rstrip().endswith(":")


LEGAL_FORM = re.compile(r"\b(?:ltd|limited|inc|llc|llp|corp|corporation|pvt|gmbh|plc|s\.?a)\.?$",
                        re.I)


def _names_organisation(ctx: Context, text: str) -> bool:
    """Quoted words that name a company or the provider ("completed the internship at
    \"X Pvt. Ltd.\"") are not the work's title."""
    provider = ctx.found.get("provider")
    t = clean(text)
    return bool(LEGAL_FORM.search(t)) or provider is not None and \
        t.lower() == str(provider.value).lower()


CONNECTOR = re.compile(r"(?:\b(?:and|of|for|the|in|to|on|with|&)|[,:—–-])\s*$", re.I)
CUE_AT_END = re.compile(rf"(?:{TITLE_CUE.pattern})\s*$|(?-i:\b(?:course|program|programme|"
                        r"session|workshop|seminar|webinar|conference)\s*:?\s*$)|"
                        r"(?:has|have)\s+(?:successfully\s+)?(?:completed|attended)\b.*$",
                        re.I)


def title_candidates(ctx: Context) -> list[candidates.Candidate]:
    """Every piece of the document that could be its title: a labelled title, a quoted
    name, a "Course: Name" line, the words after a completion cue, and every line (joined
    with the next when the name runs on in the same type)."""
    out: list[candidates.Candidate] = []
    text = ctx.text
    issuer = _issuer_names(ctx)
    people = [str(ctx.found[k].value) for k in ("applicant_name", "signatory") if k in ctx.found]

    def add(value: str, start: int, source: str, after_cue: bool = False,
            introduces: bool = False) -> None:
        lead = len(value) - len(value.lstrip())
        trimmed = _trim_title(ctx, value)
        value = clean(trimmed)
        if value.count("(") > value.count(")") and trimmed.rstrip().endswith(")"):
            value += ")"  # "Specialist (GISP)": the closing bracket belongs to the name
        if len(value) >= 3 and re.search(r"[A-Za-z]{2}", value) and value.lower() != issuer[0] \
                and not KIND_ALONE.match(value) \
                and value != issuer[1] and not NOT_A_NAME.match(value) \
                and not any(p in value or written_out(value, p) for p in people) \
                and "~" not in value and not RUN_OF_ONE.search(value) \
                and not DANGLES.search(value):  # "... completion of coursework by": prose
            out.append(candidates.Candidate(value, start + lead, text.line_at(start + lead),
                                            source, after_cue, introduces))

    label = ctx.labels.get("title")
    if label is not None:
        add(str(label.value), label.start, "label")
    for m in QUOTED.finditer(ctx.raw):
        add(m.group(1), m.start(1), "quoted")
    for m in SUBTITLED.finditer(ctx.raw):
        add(m.group(), m.start(), "subtitled")
    lines = ctx.lines()
    infos = candidates.line_infos(ctx)
    cue_before = False
    for i, (start, line) in enumerate(lines):
        cues = list(TITLE_CUE.finditer(line))
        carried = line + _wrapped_on(lines, infos, i) if cues else line  # only a cue's words use it
        if cues and line[cues[-1].end():].strip() and not KIND_THEN_NAME.match(
                carried[cues[-1].end():]):  # the name after the kind is _named_later's
            rest_at = cues[-1].end()
            tail = "" if len(carried) > len(line) else _sentence_end(lines, infos, i)
            add(carried[rest_at:] + tail, start + rest_at, "cue_rest",
                introduces=line.rstrip().endswith(":"))
        add(_block(lines, infos, i, cue_before), start, "line",
            after_cue=cue_before and ctx.kind != Kind.agenda)  # an agenda's "SWOT workshop" cues nothing
        cue_before = (bool(CUE_AT_END.search(line)) or bool(cues) and (not re.search(
            r"\b[A-Z0-9]", line[cues[-1].end():]) or bool(KIND_ALONE.match(
                line[cues[-1].end():].strip())))) and not ASSESSED.search(line)
        # "... the curriculum and assessments of" ends on a cue; "Learning assessment
        # completed and passed" tells of the test, not of what follows
        if cues:
            _named_later(carried, start, cues[-1].end(), add)
    return out


# what kind of work it was, with no name: "participated in the Dialogue" / "Team of
# Rivals", "completed the IIMC online course" / "Ethics ..."; the name is on the next line
KIND_ALONE = re.compile(r"(?i)^(?:the\s+|an?\s+)?(?:(?:iimc|athenian|online|hybrid|live|"
                        r"cd-rom|self-paced|virtual|in-person)\s+){0,2}(?:dialogue|course|"
                        r"workshop|seminar|session|program|programme|webinar|class|training|"
                        r"module)(?:\s+(?:certificate|completion|attendance|participation))?\.?$|"
                        r"^(?:(?:iimc|online|annual|regional)\s+){0,2}(?:academy|conference|"
                        r"institute|meeting)\s+(?:certificate|attendance|participation)$")
# ... and the headings made of it: "WEBINAR CERTIFICATE", "CD-ROM COURSE COMPLETION",
# "Webinar Attendance", "ACADEMY CERTIFICATE": what kind of paper, not the work's name
ASSESSED = re.compile(r"(?i)^\W*(?:[\w-]+\s+){0,2}(?:assessment|exam(?:ination)?|quiz|test)\s+"
                      r"(?:was\s+)?(?:successfully\s+)?(?:completed|passed|taken)\b")
# lines that say when, how or with what result, never what: "Conducted 10/22/2024 in X",
# "Post-course assessment: PASSED", "Delivery: Online"
NOT_A_NAME = re.compile(r"(?i)^(?:(?:held|conducted|presented|offered|given|hosted|sponsored)\s+"
                        r"(?:on\s+|in\s+|at\s+|by\s+)?(?=[A-Z0-9])|[\w -]{0,20}\b(?:assessment|exam(?:ination)?|"
                        r"test|quiz|result|score|delivery|format|status)\s*:)")
RUN_OF_ONE = re.compile(r"([A-Za-z0-9])\1{4}")  # "ODDDDDDDDO": a border's pattern read as letters
DANGLES = re.compile(r"\s(?:by|of|for|to|the|and|in|on|with|at|from|(?-i:a|an))$", re.I)


def _issuer_names(ctx: Context) -> tuple[str, str]:
    """The provider's own name (lower-cased) and its initials in capitals (a logo's "OML"
    over "Oklahoma Municipal League"): they name who held the work, not the work. Empty
    strings where there is no provider, or no initials of two to six letters."""
    provider = ctx.found.get("provider")
    if provider is None:
        return "", ""
    name = str(provider.value)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name)
                       if w.lower() not in LINKS).upper()
    return name.lower(), initials if 2 <= len(initials) <= 6 else ""


def _sentence_end(lines: list[tuple[int, str]], infos: list[candidates.LineInfo], i: int) -> str:
    """The end of a sentence that wraps a name onto the next line ("... completion of
    Annual Conference Academy: Budget" / "Leadership."): that line's words, without the
    full stop, when they are a few words of a name in the same type that end the
    sentence; otherwise nothing."""
    if i + 1 >= len(lines) or abs(infos[i].size - infos[i + 1].size) > max(0.5, infos[i].size / 6):
        return ""
    following = lines[i + 1][1].strip()
    if not re.fullmatch(r"(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*\.", following) or \
            find_dates(following) or candidates.shapes.is_place(following[:-1]):
        return ""
    return " " + following[:-1]


# a line that begins with when, where or by whom, not with more of a name
TOLD_AFTER = re.compile(r"\s*(?:held|offered|presented|sponsored|conducted|hosted|given|on|from|"
                        r"at|in|during|between|dated|issued|awarded|for a total)\b", re.I)


def _wrapped_on(lines: list[tuple[int, str]], infos: list[candidates.LineInfo], i: int) -> str:
    """The next line, after one space, when a sentence in body type breaks inside a name
    ("... completed the course Budget Basics for" / "Clerks, in Helena, ...", "... Academy
    session Records" / "Management in a Digital Age, in ..."): this line ends on a
    connecting word, or is a line of prose without its full stop, and the next, in the
    same body type, goes on with a capital.
    Otherwise nothing. The name's own end (", in Helena") is cut later, as on one line."""
    if i + 1 >= len(lines):
        return ""
    line, following = lines[i][1].rstrip(), lines[i + 1][1]
    prose = len(line.split()) >= 6 and not re.search(r"[.:;!?]$", line)
    if not (DANGLES.search(line) or prose) or TOLD_AFTER.match(following):
        return ""
    if not _same_type(infos[i], infos[i + 1]) or infos[i].rel_size > 0.1 \
            or not re.match(r"\s*[A-Z]", following):
        return ""
    return " " + following


KIND_THEN_NAME = re.compile(r"(?:[\w'’-]+\s+){0,5}?(?:course|program|programme|workshop|"
                            r"seminar|session|webinar|module|class|training)\s+(?:entitled\s+|"
                            r"titled\s+|on\s+|in\s+)?(?=[A-Z0-9])")


def _named_later(line: str, start: int, at: int, add: Callable[..., None]) -> None:
    """The name that a cue reaches through a few lowercase words: "attended all three
    (3) days of the 2024 Annual Conference" names "2024 Annual Conference"."""
    m = re.match(r"(?:[a-z(][\w()-]*\s+){1,6}?(?:of|in|at|for)\s+(?:the\s+)?(?=[A-Z0-9])",
                 line[at:]) or KIND_THEN_NAME.match(line[at:])
    # "the Annual Conference Academy session Records Management ...", "the IIMC CD-ROM
    # course Advanced Minutes Writing": the kind in lower case, the name after it
    if m:
        add(line[at + m.end():], start + at + m.end(), "cue_rest")


# A course's code standing alone on its line, its name on the next: "IS-00103", "G-300:",
# "IS-700.B:", "CS 2150".
CODE_ALONE = re.compile(r"^\s*[A-Z]{1,6}[- ]?\d[\w.-]*:?\s*$")
CARRIES_ON = re.compile(r"^\s*(?:and|of|for|the|in|to|on|with|&)\s", re.I)


def _block(lines: list[tuple[int, str]], infos: list[candidates.LineInfo], i: int,
           after_cue: bool) -> str:
    """Line i and the lines that carry its name on (joined with one space: the same span
    as the raw text, whose lines are joined by one line break). A code alone on its line
    takes the next line as its name; a block a completion cue points to may be in body
    type."""
    joined = lines[i][1]
    j = i
    if CODE_ALONE.match(joined) and j + 1 < len(lines) and _name_line(lines[j + 1][1]):
        j += 1
        joined = f"{joined} {lines[j][1]}"
        after_cue = True  # the code introduces its name: the same block
    while j + 1 < len(lines) and j - i < 3 and _runs_on(
            lines[j][1], lines[j + 1][1], infos[j], infos[j + 1], after_cue):
        j += 1
        joined = f"{joined} {lines[j][1]}"
        if j - i >= 1 and not after_cue:
            break  # outside a cue's block, one line on at most (as before)
    return joined


def _name_line(text: str) -> bool:
    t = text.strip()
    return bool(re.match(r"[A-Z(“\"]", t)) and not find_dates(t) and \
        not candidates.shapes.HOURS_PHRASE.search(t)


def _runs_on(line: str, following: str, info: candidates.LineInfo,
             next_info: candidates.LineInfo, after_cue: bool = False) -> bool:
    """The next line carries on this one's name: the same type, and this line ends on a
    connecting word, the next begins with one ("and Vector Spaces") or is a short tail
    ("Process", "Level II", "(GISP)"). Large type only, unless a completion cue points at
    the block."""
    same = _same_type(info, next_info)
    tail = len(following.split()) <= 2 and not find_dates(following) and \
        not candidates.shapes.HOURS_PHRASE.search(following)
    prominent = info.rel_size > 0.1 or after_cue and info.rel_size > -0.1 and \
        _name_line(following)  # not the date or hours under the name
    return same and prominent and bool(CONNECTOR.search(line) or tail or
                                       CARRIES_ON.match(following))


def _trim_title(ctx: Context, value: str) -> str:
    """The name without what follows it on the line (when, where, how long); "of the
    Association" stays when it names the body whose conference it was and that body is
    not the provider ("Spring Conference of the Tri-County Clerks Association")."""
    provider = ctx.found.get("provider")
    value = _without_restated_tail(value)
    for stop in TITLE_STOP.finditer(value):
        if stop.group().lstrip().startswith("of the") and _other_body(ctx, value, stop):
            continue
        value = value[:stop.start()]
        break
    for m in re.finditer(r"\s+of\s+the\s+", value):  # "of the" and the provider's name
        rest = value[m.end():].lower()
        name = str(provider.value).lower() if provider is not None else ""
        if name and (name in rest or len(rest.split()) >= 2 and name.startswith(rest)):
            return value[:m.start()]
    return value


def _without_restated_tail(value: str) -> str:
    """"X Ideathon of X": the event's name once, without its series named again."""
    words = value.split()
    m = re.search(r"\s+of\s+(\S+)\s*$", value)
    if m and len(words) >= 4 and words[0].lower() == m.group(1).lower():
        return value[:m.start()]
    return value


def _other_body(ctx: Context, value: str, stop: re.Match[str]) -> bool:
    provider = ctx.found.get("provider")
    if not candidates.shapes.CONFERENCE.search(value[:stop.start()]):
        return False
    return provider is None or str(provider.value).lower() not in value[stop.end():].lower()


# the course one taught, named without its kind: "Thank you for teaching Parliamentary
# Procedure for Advanced Clerks at the ...", "serving as an instructor for the
# Association's course Open Records Act Essentials on ..."
TEACHING = re.compile(r"\b(?:(?:teaching|taught)\s+(?:the\s+)?(?=[A-Z])|"
                      r"(?:instructor|presenter|faculty|trainer)\s+(?:for|of|in|at)\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,3}?(?:course|session|class|workshop|seminar|module)\s+"
                      r"(?:on\s+|entitled\s+|titled\s+|called\s+)?(?=[A-Z]))"
                      r"((?:[A-Z][\w'’&:-]*(?:\s+(?:of|and|for|the|in|to|&))?\s*)+)")
TAUGHT = re.compile(r"\b(?:taught|presented|instructed|led)\s+(?:the\s+|a\s+|an\s+)?(?:[\w()-]+\s+){0,3}?"
                    r"(?:session|course|class|workshop|seminar|module)s?\s+(?:on\s+|entitled\s+|"
                    r"titled\s+|called\s+)?((?:[A-Z][\w'’&:-]*(?:\s+(?:of|and|for|the|in|to|&))?\s*)+)")


# the work a letter names after what the applicant did with it: "led the Village's Records
# digitization project from ...", "taught Session III: Records Management at the ...",
# "planned and launched the Council chamber livestream project for ...": from a capital
# to the first word that begins the dates, the place, the body or the next clause
_STOP = r"(?:from|for|between|in|during|which|that|on|at|since|through|until|to|with|by|as|and\s+(?:was|is|has|her|his))\b"
_DID = (r"\b(?:(?:planned|designed|organized|developed|created)\s+and\s+)?"
        r"(?:led|leading|directed|directing|managed|coordinated|oversaw|spearheaded|headed|"
        r"launched|launching|presenting|presented|taught|teaching|instructed|implemented|"
        r"organized|designing|designed|creating|created|building|built|developing|developed|"
        r"establishing|established)\s+")
# a date right after the work's name ends it too: "led the Digitization of the Town
# Meeting Records 1890-1990 March 2023 through November 2023"
_DATE_NEXT = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
              r"(?:19|20)\d\d\b|\d{1,2}/\d{1,2}/\d{2,4}\b")
_WORK_TAIL = (rf"(?:\s+(?!{_STOP}|{_DATE_NEXT})[\w&'’:-]+){{0,7}}?)"
              rf"(?=\s+(?:{_STOP}|{_DATE_NEXT})|\s*[,.;(]|\s*$)")
WORK_NAMED = re.compile(rf"{_DID}(?:the\s+|our\s+|a\s+|an\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                        rf"(?![A-Z][\w-]*['’]s\s)([A-Z][\w&'’:-]*{_WORK_TAIL}")
# after its owner the work may be written small: "designing the Township's bilingual
# council agenda system between January and June"
WORK_OWNED = re.compile(rf"{_DID}the\s+[A-Z][\w-]*['’]s\s+([a-z][\w&'’:-]*{_WORK_TAIL}")
# the work written small, by what it made: "designed and launched an online records
# request portal for the Township"
WORK_DESCRIBED = re.compile(rf"{_DID}(?:an?|the|its|our)\s+((?:[a-z][\w-]*\s+){{0,5}}?"
                            r"(?:portal|system|database|website|manual|handbook|guide|toolkit|"
                            r"index|archive|policy|procedures?|plan|program|project|initiative|"
                            r"schedule|ordinance|code|process))\b")
# the project by its name after the word: "led the project Digitization of the Permanent
# Minute Books.", "managed a project called "Records to the Cloud""
PROJECT_NAMED = re.compile(rf"{_DID}(?:the|a|an)\s+project\s+(?:(?:called|named|entitled|titled|"
                           rf"known\s+as)\s+)?[\"“]?((?:the\s+)?[A-Z][\w&'’:-]*{_WORK_TAIL}")
# a first-person letter telling of its own work: "to describe the records disaster plan
# that I wrote for the City"
WORK_TOLD = re.compile(r"\b(?:describe|tell you about|share|present)\s+(?:the|my|our)\s+"
                       r"([a-z][\w&'’-]*(?:\s+[a-z][\w&'’-]*){0,5}?)\s+(?:that|which)\s+I\s+"
                       r"(?:wrote|developed|created|led|designed|built|prepared|drafted|managed|"
                       r"coordinated|organized|organised|planned)\b")


# an event or programme one took part in, by its name: "took part in the IIMC Study Abroad
# Program in Utrecht", "I attended the Clerks' Roundtable on Public Records in Albuquerque"
_EVENT_HEAD = (r"(?:Program|Programme|Conference|Institute|Academy|Seminar|Workshop|Course|"
               r"Meeting|Roundtable|Summit|Symposium|Forum|Retreat|Dialogue|Session|Webinar)")
_CAP = r"[A-Z][\w&'’-]*"
TOOK_PART = re.compile(rf"\b(?:took part in|participated in|attended|completed)\s+(?:the\s+)?"
                       rf"({_CAP}(?:\s+(?:of|for|and|&|the|{_CAP}))*?\s+{_EVENT_HEAD}"
                       rf"(?:\s+(?:on|of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:of|and|&|{_CAP})){{0,5}}"
                       rf"(?<!\sof)(?<!\sand)(?<!\s&))?)\b")


# the salutation and the addressee's lines name the reader, not the work ("Dear Members
# of the Review Committee:", "To the Credentials Board:")
SALUTATION = re.compile(r"(?im)^[ \t]*(?:dear\b|to\b|attn\b|attention\b)[^\n]*$")


def _letter_title(ctx: Context) -> Found | None:
    flat = SALUTATION.sub(lambda m: " " * len(m.group()), ctx.raw).replace("\n", " ")
    for pattern in (COMMITTEE, BOARD, OFFICE, PROJECT_NAMED, TEACHING, NAMED_WORK, WORK_THANKED, TAUGHT,
                    WORK_NAMED, WORK_OWNED, WORK_TOLD, TOOK_PART, WORK_DESCRIBED):
        m = pattern.search(flat)
        if m:
            start = m.start(1)
            if pattern in (COMMITTEE, BOARD):  # its own name, not its body's (the provider)
                owner = BODY_PREFIX.match(m.group(1))
                start += owner.end() if owner else _issuer_prefix(ctx, m.group(1))
            return Found(clean(flat[start:m.end(1)]), start, m.end(1), 0.8)
    return None


# the body a committee or board belongs to, before its name (docs/conventions.md: "the
# Association's Education Committee" is the Education Committee)
BODY_PREFIX = re.compile(r"(?:(?:IIMC|Foundation|(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*['’]s)\s+)+(?=[A-Z])")


def _issuer_prefix(ctx: Context, name: str) -> int:
    """The length of the issuer's name or initials before a committee's own name ("the
    KACTC Scholarship Committee", "the Sagebrush State Clerks Association Legislative
    Committee" in the Association's letter), where a name of two words or more is left."""
    full, initials = _issuer_names(ctx)
    for owner in (full if shapes.ends_like_organisation(full) else "", initials):
        if owner and (name.lower() if owner is full else name).startswith(owner + " "):
            rest = name[len(owner):].lstrip()
            if len(rest.split()) >= 2:
                return len(name) - len(rest)
    return 0


def _title_like(ctx: Context, text: str) -> bool:
    t = text.strip()
    if not 3 <= len(t) <= 120 or not re.match(r"[A-Z0-9“\"]", t) or t.endswith(":"):
        return False
    if HEADINGS.match(t) or _is_label(t) or re.match(r"(?i)^(?:held|on|at|in|for|from)\b", t) \
            or CLOSING.match(t):
        return False
    if date_coverage(t) > 0.5:
        return False
    people = {str(ctx.found[k].value).lower() for k in ("applicant_name", "signatory")
              if k in ctx.found}
    return clean(t).lower() not in people


def _after_cue(ctx: Context) -> Found | None:
    lines = ctx.lines()
    for i, (start, text) in enumerate(lines):
        cues = list(TITLE_CUE.finditer(text))
        if not cues:
            continue
        rest_at = cues[-1].end()
        if i + 1 < len(lines) and _title_like(ctx, lines[i + 1][1]):
            nstart, ntext = lines[i + 1]
            if re.search(r"\s[—–-]\s*$", ntext) and i + 2 < len(lines) \
                    and _title_like(ctx, lines[i + 2][1]):  # "Clerks Institute —" / "Level II"
                ntext = f"{ntext} {lines[i + 2][1]}"  # the same span as the raw text
            stop = TITLE_STOP.search(ntext)
            ntext = ntext[:stop.start()] if stop else ntext
            return Found(clean(ntext), nstart, nstart + len(ntext.rstrip()), 0.85)
        rest = text[rest_at:]
        stop = TITLE_STOP.search(rest)
        value = clean(rest[:stop.start()] if stop else rest)
        if re.search(r"[A-Z0-9]", value[:1]) and len(value.split()) >= 2 \
                and not _is_noise(ctx, value):
            return Found(value, start + rest_at, start + rest_at + len(value), 0.8)
    return None


def _is_noise(ctx: Context, value: str) -> bool:
    name = ctx.found.get("applicant_name")
    if name and str(name.value).lower() in value.lower():
        return True
    return bool(re.match(r"(?i)^(?:a total|\d+(?:\.\d+)? (?:hours|contact)|the requirements|this|all)", value))


def find_delivery(ctx: Context) -> Found | None:
    label = ctx.labels.get("delivery")
    if label is not None:
        for value, pattern in DELIVERY:
            if pattern.search(str(label.value)):
                return Found(value, label.start, label.end, 0.9)
    names = _name_spans(ctx)
    title = ctx.found.get("title")
    titled = [(title.start, title.end)] if title is not None else []
    # what the document says of the course outside its name: "Leading Hybrid Public
    # Meetings" is a course on hybrid meetings, given "Online, self-paced" or in person
    skip = names + titled
    for value, pattern in DELIVERY:
        for m in pattern.finditer(ctx.raw):
            if not any(s <= m.start() < e for s, e in skip):
                return Found(value, m.start(), m.end(), 0.85)
    return None


def _name_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where the document names its provider (and any line that repeats that name): an
    organisation called "... Online Academy" says nothing of how a course was given."""
    provider = ctx.found.get("provider")
    if provider is None:
        return []
    name = str(provider.value)
    spans = [(provider.start, provider.end)]
    spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), ctx.raw, re.I)]
    return spans


def find_assessment(ctx: Context) -> Found | None:
    label = ctx.labels.get("assessment")
    if label is not None:
        said = str(label.value).lower()
        if re.search(r"\b(?:passed|completed|yes|satisfactory|pass|successful)", said):
            return Found(True, label.start, label.end, 0.9)
        if re.search(r"\b(?:none|no|not|n/a|failed)\b", said):
            return Found(False, label.start, label.end, 0.9)
    return _yes_or_no(ctx, NO_ASSESSMENT, ASSESSMENT)


def _yes_or_no(ctx: Context, no: re.Pattern[str], yes: re.Pattern[str],
               yes_confidence: float = 0.85) -> Found | None:
    """False where the document says no, else True where it says yes, else not stated."""
    m = no.search(ctx.raw)
    if m:
        return Found(False, m.start(), m.end(), 0.85)
    m = yes.search(ctx.raw)
    return Found(True, m.start(), m.end(), yes_confidence) if m else None


def find_course_review(ctx: Context) -> Found | None:
    return _yes_or_no(ctx, NO_REVIEW, REVIEW)


def find_employment_type(ctx: Context) -> Found | None:
    """A positions table's status column, else the letter's words."""
    if ctx.kind != Kind.employment_letter:
        return None
    in_table = find_employment_type_in_table(ctx)
    if in_table is not None:
        return in_table
    for value, pattern in (("part_time", PART), ("full_time", FULL)):
        m = pattern.search(ctx.raw)
        if m:
            return Found(value, m.start(), m.end(), 0.9)
    weekly = WEEKLY_HOURS.search(ctx.raw)  # "worked 40 hours per week", "20 hrs/week"
    if weekly:
        hours = float(weekly.group(1))
        if hours < 30 or hours >= 35:
            return Found("part_time" if hours < 30 else "full_time", weekly.start(), weekly.end(), 0.75)
    return None


WEEKLY_HOURS = re.compile(r"\b(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?\.?)\s*(?:per|a|each|/)\s*week\b", re.I)


def find_administrative(ctx: Context) -> Found | None:
    if ctx.kind != Kind.employment_letter:
        return None
    return _yes_or_no(ctx, NO_ADMIN, ADMIN, yes_confidence=0.8)
