"""The real `intake` command line in its own process, for the tests that need stdout and
stderr apart or an environment of their own; and the conference-certificate packet the
command-line tests run on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.render import render_pdf, write_manifest

ROOT = Path(__file__).resolve().parent.parent
CONFERENCE = ["Certificate of Attendance", "This certifies that Maria L. Gonzalez",
              "attended the Arizona Municipal Clerks Association Annual Conference",
              "held May 1-3, 2024 in Tucson, Arizona", "Total contact hours: 12"]


def intake(*args: str, env: dict[str, str] | None = None,
           timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`python -m pipeline.cli ARGS` with no terminal and no Prefect server configured
    (unless `env` names one); `env` is added to this process's environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT,
                          env={**base, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout)


def conference_packet(folder: Path) -> Path:
    """A packet folder with a manifest and one conference certificate (12 hours)."""
    write_manifest(folder)
    render_pdf(folder / "conf.pdf", [CONFERENCE])
    return folder
