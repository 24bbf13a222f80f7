from __future__ import annotations

import datetime as dt

import pytest

from pipeline.models import Applicant, Manifest


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
