"""One settings model for the whole run; every bound declared (env prefix INTAKE_)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
