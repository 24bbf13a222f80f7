"""Reading the project's data files (rules, kinds, activities) with libyaml's C loader where
PyYAML has it: ten times faster than the pure-Python loader, which was a third of a
one-page packet's start-up beyond the libraries' own imports (bench/startup.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # a PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe loader)
