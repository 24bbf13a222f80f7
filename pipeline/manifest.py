"""Finding and loading a packet's manifest (`packet.json`, or `NAME.json` beside `NAME.pdf`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from core.errors import ManifestError
from core.models import Manifest


def manifest_path_for(packet: Path) -> Path:
    """`packet.json` inside a packet folder; `NAME.json` beside a single `NAME.pdf`."""
    return packet / "packet.json" if packet.is_dir() else packet.with_suffix(".json")


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
    elif not overrides:
        raise ManifestError(
            f"No manifest: expected {path} (or give --manifest / --program / --name options).",
            key=None,
        )
    for dotted, value in (overrides or {}).items():
        _set_dotted(data, dotted, value)
    return validate_manifest(data, str(path))


def validate_manifest(data: dict[str, Any], where: str) -> Manifest:
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ManifestError(f"Bad manifest {where}: key '{key}': {err['msg']}", key=key) from e
    if manifest.program == "MMC" and manifest.prior_designation_date is None:
        raise ManifestError(
            f"Bad manifest {where}: key 'prior_designation_date' is required for MMC "
            "(the date of the CMC designation, recertification or last level).",
            key="prior_designation_date",
        )
    return manifest


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(f"Cannot read manifest {path}: {e}") from e
    except json.JSONDecodeError as e:
        raise ManifestError(f"Manifest {path} is not valid JSON: line {e.lineno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise ManifestError(f"Manifest {path} must be a JSON object, not {type(data).__name__}")
    return data


def _set_dotted(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value
