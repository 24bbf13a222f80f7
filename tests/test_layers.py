"""The import stack (docs/architecture.md): importing the model, the extractors or the
scoring never imports or configures Prefect, and the contracts of `lint-imports` hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_lower_layers_never_import_prefect() -> None:
    done = _run("import sys, os\n"
                "import core.models, core.names, core.settings, core.errors\n"
                "import extractors.extract, extractors.read, scoring, pipeline.stages\n"
                "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
                "{'prefect', 'fastapi', 'sqlalchemy'})\n"
                "print(bad, 'PREFECT_HOME' in os.environ)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] False"


def test_the_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "Contracts: 6 kept, 0 broken." in done.stdout
