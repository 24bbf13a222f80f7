"""Restore the real-document set's files (samples/real/SOURCES.md) beside their truth.

    .venv/bin/python -m samples.restore_real                  # clones each repository from GitHub
    .venv/bin/python -m samples.restore_real --mirror DIR     # or reads DIR/<owner>+<name>/repo

Each file is taken from its repository at the commit `sources.json` records and kept only
if its SHA-256 is the recorded one; the files stay out of git (.gitignore)."""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import tempfile
from pathlib import Path

REAL = Path(__file__).resolve().parent / "real"


def _git_dir(repository: str, mirror: Path | None, scratch: Path) -> Path:
    if mirror is not None:
        return mirror / repository.replace("/", "+") / "repo"
    target = scratch / repository.replace("/", "+")
    if not target.exists():
        subprocess.run(["git", "clone", "-q", "--bare", f"https://github.com/{repository}", str(target)],
                       check=True)
    return target


def restore(mirror: Path | None = None) -> tuple[int, list[str]]:
    """Restore every file: how many there are, and the names of those not restored."""
    sources = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
    missing = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, src in sources.items():
            try:
                blob = subprocess.run(["git", "-C", str(_git_dir(src["repository"], mirror, Path(scratch))),
                                       "show", f"{src['commit']}:{src['path']}"],
                                      capture_output=True, check=True).stdout
            except (subprocess.CalledProcessError, OSError):
                missing.append(name)
                continue
            if hashlib.sha256(blob).hexdigest() != src["sha256"]:
                missing.append(name)
                continue
            (REAL / name).write_bytes(blob)
    return len(sources), missing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, help="folder of bare mirrors named <owner>+<name>/repo")
    total, missing = restore(ap.parse_args().mirror)
    print(f"{total - len(missing)} restored"
          + (f"; not restored: {', '.join(missing)}" if missing else ""))
    raise SystemExit(1 if missing else 0)


if __name__ == "__main__":
    main()
