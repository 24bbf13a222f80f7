"""Finding and loading a packet's manifest (`packet.json`, or `NAME.json` beside `NAME.pdf`).

Every problem of a manifest is reported at once, each naming its key (or the command-line
option it came from) and, for an unknown key, the known key it is closest to.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from core.errors import ManifestError
from core.models import Applicant, Manifest

# The command-line options that give a manifest's keys (`intake process --region 3`).
OPTION_FOR_KEY = {
    "program": "--program", "applicant.name": "--name", "applicant.region": "--region",
    "prior_designation_date": "--prior-designation-date", "received_date": "--received-date",
    "applicant.member_id": "--member-id",
}
DATE_KEYS = ("prior_designation_date", "received_date", "cmc_recertification_date",
             "cmc_application_pending_since")
US_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
DATE_FORMS = "YYYY-MM-DD or MM/DD/YYYY"


def manifest_path_for(packet: Path) -> Path:
    """`packet.json` inside a packet folder; `NAME.json` beside a single file `NAME.pdf`
    (or `NAME.jpg`, `NAME.tif`, …)."""
    return packet / "packet.json" if packet.is_dir() else packet.with_suffix(".json")


def parse_date(text: str) -> dt.date:
    """A date as people type it: ISO `2026-11-02` or the US form `11/02/2026`."""
    us = US_DATE.match(text)
    try:
        if us:
            month, day, year = (int(g) for g in us.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a date ({DATE_FORMS})") from None


def load_manifest(packet: Path, overrides: dict[str, Any] | None = None,
                  path: Path | None = None) -> Manifest:
    """Read the manifest, apply command-line overrides, validate it.

    Overrides use dotted keys (`applicant.name`); with overrides only (no file) the
    manifest is built from them.
    """
    path = path or manifest_path_for(packet)
    data: dict[str, Any] = {}
    if path.exists():
        data = _read_json(path)
        where = str(path)
    elif not overrides:
        raise ManifestError(
            f"No manifest: expected {path} (or give --manifest, or the manifest's values as "
            "--program, --name, --region, --received-date options).",
            key=None,
        )
    else:
        where = f"from the command-line options (there is no {path})"
    for dotted, value in (overrides or {}).items():
        _set_dotted(data, dotted, value)
    from_options = set(OPTION_FOR_KEY) if not path.exists() else set(overrides or ())
    return validate_manifest(data, where, from_options)


def validate_manifest(data: dict[str, Any], where: str,
                      from_options: set[str] | None = None) -> Manifest:
    """The manifest, or a ManifestError listing every problem of `data` at once;
    `from_options`: the keys given as command-line options (named as such)."""
    data = _normalized(data)
    problems: list[tuple[str, str]] = []
    manifest: Manifest | None = None
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as e:
        problems = [_problem(err) for err in e.errors()]
    if str(data.get("program")) == "MMC" and not data.get("prior_designation_date"):
        problems.append(("prior_designation_date", "required for MMC (the date of the CMC "
                         "designation, recertification or last level)"))
    if problems or manifest is None:
        raise ManifestError(_report(problems, where, from_options or set()),
                            key=problems[0][0] if problems else None)
    return manifest


def _normalized(data: dict[str, Any]) -> dict[str, Any]:
    """What people write, made what the model reads: `cmc` for CMC, US dates."""
    data = dict(data)
    if isinstance(data.get("program"), str):
        data["program"] = data["program"].strip().upper()
    for key in DATE_KEYS:
        value = data.get(key)
        if isinstance(value, str) and US_DATE.match(value):
            try:
                data[key] = parse_date(value).isoformat()
            except ValueError:
                pass  # left for the model to report, with the key
    return data


def _problem(err: Any) -> tuple[str, str]:
    """(dotted key, what is wrong with it) for one pydantic error."""
    loc = [str(p) for p in err["loc"]]
    key = ".".join(loc)
    if err["type"] == "extra_forbidden":
        close = difflib.get_close_matches(loc[-1], _known_keys(loc[:-1]), n=1, cutoff=0.6)
        hint = f"; did you mean '{'.'.join([*loc[:-1], close[0]])}'?" if close else \
            f" (known keys: {', '.join(_known_keys(loc[:-1]))})"
        return key, "not a manifest key" + hint
    if err["type"] == "missing":
        return key, "missing (required)"
    given = err.get("input")
    shown = f" (got {json.dumps(given, default=str)})" if isinstance(given, str | int | float) \
        else ""
    return key, err["msg"][0].lower() + err["msg"][1:] + shown


def _known_keys(parents: list[str]) -> list[str]:
    model: type[BaseModel] = Applicant if parents == ["applicant"] else Manifest
    return list(model.model_fields)


def _report(problems: list[tuple[str, str]], where: str, from_options: set[str]) -> str:
    def named(key: str) -> str:
        option = OPTION_FOR_KEY.get(key)
        return f"option {option} (key '{key}')" if key in from_options and option else \
            f"key '{key}'"

    lines = [f"{named(key)}: {what}" for key, what in problems]
    head = f"Bad manifest {where}"
    if len(lines) == 1:
        return f"{head}: {lines[0]}."
    return f"{head}: {len(lines)} problems:\n" + "\n".join(f"  - {line}" for line in lines)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as e:
        raise ManifestError(f"Cannot read manifest {path}: it is not UTF-8 text ({e.reason} "
                            f"at byte {e.start}); save it as UTF-8") from e
    except OSError as e:
        raise ManifestError(f"Cannot read manifest {path}: {e.strerror or e}") from e
    except json.JSONDecodeError as e:
        raise ManifestError(f"Manifest {path} is not valid JSON: line {e.lineno} column "
                            f"{e.colno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise ManifestError(f"Manifest {path} must be a JSON object ({{...}}), not "
                            f"{_json_kind(data)}")
    return data


def _json_kind(value: Any) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), "null")


def _set_dotted(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = data
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[last] = value
