from __future__ import annotations

import datetime as dt

import pytest

from core.models import Applicant, Manifest


@pytest.fixture
def cmc_manifest() -> Manifest:
    return Manifest(
        applicant=Applicant(name="Maria L. Gonzalez", former_names=["Maria Lopez"], region=3),
        program="CMC", received_date=dt.date(2026, 11, 2),
    )


@pytest.fixture
def mmc_manifest() -> Manifest:
    return Manifest(
        applicant=Applicant(name="Maria L. Gonzalez", former_names=["Maria Lopez"], region=3),
        program="MMC", prior_designation_date=dt.date(2018, 3, 15),
        received_date=dt.date(2026, 11, 2),
    )


@pytest.fixture(autouse=True, scope="session")
def _own_ocr_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests OCR for real: a fresh OCR cache per test session, never the developer's."""
    import os

    from core.settings import get_settings

    os.environ["INTAKE_CACHE_DIR"] = str(tmp_path_factory.mktemp("ocr-cache"))
    get_settings.cache_clear()


@pytest.fixture(autouse=True, scope="session")
def _own_data_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """`intake process` stores what it processed: into a database of the test session's
    own, never the developer's `.data/` (unless a test names another)."""
    import os

    os.environ["INTAKE_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    os.environ.pop("INTAKE_DATABASE_URL", None)


# the store's fixtures: a store on each backend (SQLite file, PostgreSQL cluster), users;
# the review app's: a served site on each backend, Debian's chromium through Playwright
from tests.pg_cluster import postgres_cluster  # noqa: E402, F401
from tests.review_site import browser, site  # noqa: E402, F401
from tests.store_fixtures import reviewer, second_reviewer, store, store_url  # noqa: E402, F401
