"""Document makers: facts in, a drawing spec and its truth fields out."""

from . import wordings as W
from .certificates import draw_certificate, draw_diploma
from .letters import draw_letter
from .records import draw_agenda, draw_form, draw_transcript
from .truth import Doc, whole_years

LEADS = [
    "This is to certify that",
    "Be it known that",
    "This certificate is presented to",
    "In recognition of the successful completion of the program, we certify that",
    "Awarded to",
]
BODIES = {
    "course": [
        ["has successfully completed the course"],
        ["has satisfactorily completed"],
        ["successfully completed all requirements of"],
    ],
    "attend": [
        ["attended and participated in"],
        ["was in attendance at"],
        ["registered for and attended"],
    ],
}


def cert(
    rnd,
    who,
    provider,
    title,
    start,
    end,
    hours,
    activity,
    *,
    sub=None,
    location=None,
    signers=(),
    style=None,
    date_style=None,
    hours_style=None,
    name_style="plain",
    delivery=None,
    assessment=None,
    course_review=None,
    review_no=None,
    number=None,
    issue=None,
    header=None,
    body=None,
    detail_extra=(),
    flags=(),
    days=None,
    days_counted=None,
    print_name=True,
    print_date=True,
    print_hours=True,
    print_title=True,
    seal=None,
    extra_lines=(),
    lead=None,
):
    style = style or rnd.choice(["landscape", "portrait", "modern", "landscape"])
    ds = date_style or rnd.choice(["long", "long", "num", "dmy", "abbr"])
    hs = hours_style or rnd.choice(["contact", "words", "hrs", "clock", "ceu"])
    printed = W.name(who, name_style) if print_name else None
    detail = []
    when = W.span(start, end, ds) if start else None
    if print_date and when:
        detail.append(("held " if start != end else "on ") + when if rnd.random() < 0.5 else when)
    if location:
        detail.append(location if rnd.random() < 0.5 else f"at {location}")
    if print_hours and hours is not None:
        detail.append(
            f"{W.hours(hours, hs)}"
            if rnd.random() < 0.6
            else f"for a total of {W.hours(hours, hs)}"
        )
    if days is not None:
        detail.append(f"{W.WORDS.get(days, days)} ({days}) days of attendance".capitalize())
    if delivery:
        dl = {
            "online": "Delivered online (self-paced, instructor supported)",
            "hybrid": "Hybrid format: online modules and in-class sessions",
            "webinar": "Live webinar",
        }[delivery]
        detail.append(dl)
    if assessment:
        detail.append(
            rnd.choice(
                [
                    "Learning assessment completed and passed",
                    "Final assessment: passed",
                    "Post-course assessment completed",
                ]
            )
        )
    extra = list(extra_lines)
    if course_review:
        extra.append(review_no or "Approved through the IIMC Course Review process")
    detail += list(detail_extra)
    if issue:
        extra.append(f"Issued {W.date(issue, ds)}")
    spec = dict(
        style=style,
        provider=provider,
        sub=sub,
        header=header
        or rnd.choice(
            [
                "Certificate of Completion",
                "Certificate of Achievement",
                "Certificate",
                "Certificate of Attendance",
            ]
            if activity in ("conference", "annual_conference")
            else ["Certificate of Completion", "Certificate of Achievement", "Certificate"]
        ),
        lead=lead or rnd.choice(LEADS),
        name=printed,
        body=body
        or rnd.choice(
            BODIES["attend" if activity in ("conference", "annual_conference") else "course"]
        ),
        title=title if print_title else None,
        detail=detail,
        extra=extra,
        signers=list(signers),
        number=number,
        seal=seal,
    )
    fields = dict(
        applicant_name=printed,
        provider=provider,
        title=title if print_title else None,
        start_date=start if print_date else None,
        end_date=end if print_date else None,
        issue_date=issue,
        hours=hours if print_hours else None,
        days=days,
        location=location,
        signatory=signers[0][0] if signers else None,
        delivery=delivery,
        assessment=assessment,
        course_review=course_review,
        activity=activity,
    )
    return Doc(
        "certificate", draw_certificate, spec, fields, flags, days_counted=days_counted or days
    )


def diploma(rnd, who, college, degree, date, city, signers, field, flags=(), associate=False):
    spec = dict(
        provider=college,
        name=who,
        degree=degree,
        date=W.date(date, "formal"),
        city=city,
        signers=signers,
    )
    fields = dict(
        applicant_name=who, provider=college, degree=degree, degree_date=date, activity="degree"
    )
    return Doc("certificate", draw_diploma, spec, fields, flags, field=field, associate=associate)


def transcript(
    rnd,
    who,
    college,
    office,
    address,
    terms,
    gpa,
    issued,
    degree=None,
    degree_date=None,
    field=None,
    flags=(),
    per_page=3,
    associate=False,
):
    cum = sum(cr for _, cs in terms for _, _, cr, _ in cs)
    spec = dict(
        college=college,
        office=office,
        address=address,
        name=who,
        student_id=f"{rnd.randrange(100, 999)}-{rnd.randrange(10, 99)}-{rnd.randrange(1000, 9999)}",
        terms=terms,
        cum_credits=cum,
        gpa=gpa,
        degree=degree,
        degree_date_text=W.date(degree_date, rnd.choice(["long", "num"])) if degree_date else None,
        issued_text=W.date(issued, rnd.choice(["long", "num", "abbr"])),
        per_page=per_page,
    )
    fields = dict(
        applicant_name=who,
        provider=college,
        credit_units=cum,
        degree=degree,
        degree_date=degree_date,
        issue_date=issued,
        activity="degree" if degree else "college_credits",
    )
    return Doc("transcript", draw_transcript, spec, fields, flags, field=field, associate=associate)


def letter(
    rnd,
    kind,
    fields,
    org,
    paras,
    *,
    org_lines=(),
    align=None,
    date=None,
    date_style=None,
    ref=None,
    to=(),
    salutation=None,
    closing=None,
    signer=None,
    role="",
    memo=None,
    stamp=None,
    flags=(),
    footer=None,
    scrawl=True,
    **extra,
):
    spec = dict(
        org=org,
        org_lines=list(org_lines),
        align=align or rnd.choice(["left", "center", "right"]),
        date=W.date(date, date_style or rnd.choice(["long", "long", "num", "dmy"]))
        if date
        else None,
        date_right=rnd.random() < 0.3,
        ref=ref,
        to=list(to),
        salutation=salutation
        or rnd.choice(
            [
                "To Whom It May Concern:",
                "Dear Committee:",
                "Dear Education Department:",
                "Dear Review Committee,",
            ]
        ),
        paras=paras,
        closing=closing or rnd.choice(["Sincerely,", "Respectfully,", "Regards,", "Yours truly,"]),
        signer=signer,
        role=role,
        memo=memo,
        stamp=stamp,
        footer=footer,
        scrawl=scrawl,
    )
    if memo:
        spec["salutation"] = None
    f = dict(fields)
    if date and "issue_date" not in f:
        f["issue_date"] = date
    if signer and "signatory" not in f:
        f["signatory"] = signer
    return Doc(kind, draw_letter, spec, f, flags, **extra)


EMP_ROWS = {  # (rule id, points per year, cap) from the CMC Experience table
    "clerk_ft": ("cmc.experience.clerk_full_time_admin", 4, 40),
    "clerk_pt": ("cmc.experience.clerk_part_time_admin", 2, 40),
    "clerk_pt_noadmin": ("cmc.experience.clerk_part_time", 1, 30),
    "local": ("cmc.experience.local_admin", 2, 30),
    "state_federal": ("cmc.experience.state_admin", 1, 30),
    "business": ("cmc.experience.business_admin", 1, 30),
}


def employment(
    rnd,
    who,
    employer,
    position,
    start,
    end,
    row,
    paras,
    *,
    present=False,
    etype=None,
    admin=None,
    signer,
    role,
    date,
    org_lines=(),
    flags=(),
    **kw,
):
    rid, per, cap = EMP_ROWS[row]
    yrs = whole_years(start, end)
    fields = dict(
        applicant_name=who,
        provider=employer[0],
        position=position,
        start_date=start,
        end_date=end,
        employment_type=etype,
        administrative=admin,
        sector=employer[2],
        activity="employment",
    )
    return letter(
        rnd,
        "employment_letter",
        fields,
        employer[0],
        paras,
        org_lines=org_lines or [employer[1]],
        date=date,
        signer=signer,
        role=role,
        flags=flags,
        emp_points=float(min(cap, per * yrs)),
        emp_rule=rid,
        **kw,
    )


def agenda(rnd, provider, title, start, end, location, days, note=None, flags=()):
    spec = dict(
        provider=provider,
        title=title,
        dates_text=W.span(start, end, "long"),
        location=location,
        days=days,
        note=note,
    )
    fields = dict(provider=provider, title=title, start_date=start, end_date=end, location=location)
    return Doc("agenda", draw_agenda, spec, fields, flags)


def form(rnd, who, program, rows):
    spec = dict(
        title=f"Application for the {program} Designation - Supporting Documentation Checklist",
        rows=[("Applicant name", who)] + rows,
    )
    return Doc("application_form", draw_form, spec, dict(applicant_name=who))


def blank(n=1):
    """A file whose pages are all blank (a white scan)."""
    return Doc("other", "blank", {"pages": n}, {}, ["UNREADABLE"])


def unsupported(payload):
    """A file that is not a PDF or image whatever its name says."""
    return Doc("other", "raw", {"bytes": payload}, {}, ["UNSUPPORTED_FILE"])


def day_slots(start_hour, sessions):
    """Agenda time slots from a list of (minutes, session)."""
    out, t = [], start_hour * 60
    for mins, sess in sessions:
        a = f"{t // 60 % 12 or 12}:{t % 60:02d} {'a.m.' if t < 720 else 'p.m.'}"
        t += mins
        b = f"{t // 60 % 12 or 12}:{t % 60:02d} {'a.m.' if t < 720 else 'p.m.'}"
        out.append((f"{a} - {b}", sess))
    return out
