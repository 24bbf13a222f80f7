"""One settings model for the whole run; every bound declared (env prefix INTAKE_)."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_", extra="forbid")

    max_file_mb: float = Field(200.0, gt=0, le=4096, description="larger files are not opened")
    max_pages: int = Field(500, ge=1, le=10000, description="pages read per file at most")
    ocr_dpi: int = Field(300, ge=100, le=600, description="rasterization for OCR")
    ocr_lang: str = Field("eng", description="Tesseract language(s)")
    ocr_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, le=64)
    ocr_timeout_s: float = Field(
        120.0, gt=0, le=3600,
        description="a Tesseract run taking longer (per page) is stopped, the page flagged",
    )
    min_text_chars: int = Field(
        20, ge=0, description="a text layer with fewer characters is not trusted"
    )
    cache_dir: Path = Field(PROJECT_ROOT / ".cache", description="OCR cache")
    database_url: str | None = Field(
        None, description="the database of record (SQLAlchemy URL); none: "
                          "sqlite:///<data_dir>/intake.db (store/db.py)",
    )
    data_dir: Path = Field(
        Path(".data"), description="the database file and the stored copies of the "
                                   "originals (relative to the working folder)",
    )
    secret_key: SecretStr | None = Field(
        None, description="signs the workbench's session cookies (review/); none: the key "
                          "in <data_dir>/secret_key, generated on first start (mode 0600)",
    )
    calibration: bool = Field(
        True, description="fields' confidences through extractors/calibration.json; off: "
                          "the raw scores (rule × OCR confidence), which `make calibrate` fits",
    )


ENV_PREFIX = "INTAKE_"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of the run; a bad INTAKE_* value raises SettingsError naming it."""
    try:
        return Settings()
    except ValidationError as e:
        raise SettingsError(_settings_problem(e), name=_env_name(e)) from None


def _env_name(e: ValidationError) -> str:
    return ENV_PREFIX + str(e.errors()[0]["loc"][0]).upper()


def _settings_problem(e: ValidationError) -> str:
    parts = []
    for err in e.errors():
        name = ENV_PREFIX + str(err["loc"][0]).upper() if err["loc"] else "a setting"
        parts.append(f"{name}={err.get('input')!s}: {err['msg']}")
    return "Bad setting: " + "; ".join(parts)


# variables only the tests set (a hook that pauses a batch where a test kills it): not
# settings, and no typo either
TEST_HOOKS = ("INTAKE_TEST_PAUSE_AFTER_STORE",)


def unknown_settings(environ: Mapping[str, str] | None = None) -> list[tuple[str, str | None]]:
    """INTAKE_* variables that name no setting, each with the closest known name (or None):
    a typo would otherwise be silently ignored."""
    environ = os.environ if environ is None else environ
    known = [ENV_PREFIX + name.upper() for name in Settings.model_fields] + list(TEST_HOOKS)
    out = []
    for var in sorted(environ):
        if var.upper().startswith(ENV_PREFIX) and var.upper() not in known:
            close = difflib.get_close_matches(var.upper(), known, n=1, cutoff=0.6)
            out.append((var, close[0] if close else None))
    return out
