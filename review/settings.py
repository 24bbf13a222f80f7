"""What the web app is configured with: where its data lives and the key that signs its cookies.

The secret comes from `INTAKE_SECRET_KEY`, or else from `<data dir>/secret_key`, generated
on first start with mode 0600 so sessions survive a restart without a key in any file of
the repository. The data dir is `INTAKE_DATA_DIR` (default `.data`, as the store's).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

SECRET_FILE = "secret_key"


@dataclass(frozen=True)
class ReviewSettings:
    secret_key: str
    data_dir: Path
    page_dpi: int = 110
    session_max_age_s: int = 12 * 3600
    cookie_secure: bool = False  # true behind TLS; the loopback default is plain HTTP
    login_max_failures: int = 5
    login_window_s: float = 300.0

    @property
    def image_cache(self) -> Path:
        return self.data_dir / "page-images"


def data_dir_default() -> Path:
    return Path(os.environ.get("INTAKE_DATA_DIR") or ".data")


def load_secret(data_dir: Path) -> str:
    """The signing key: the environment's, else the data dir's file (created 0600)."""
    env = os.environ.get("INTAKE_SECRET_KEY")
    if env:
        return env
    path = data_dir / SECRET_FILE
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key + "\n")
    return key


def review_settings(data_dir: Path | None = None, **overrides: object) -> ReviewSettings:
    """The settings of a run from the environment, with `overrides` (tests, the CLI)."""
    root = data_dir or data_dir_default()
    secret = str(overrides.pop("secret_key", None) or load_secret(root))
    return ReviewSettings(secret_key=secret, data_dir=root, **overrides)  # type: ignore[arg-type]
