"""Fixtures of the store's tests: a store on each backend (an SQLite file in the test's
folder, a database of its own on the session's PostgreSQL cluster), processed sample
packets (each read once per session), and a reviewer."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.models import Manifest, PacketResult
from store import Store, User, add_user, connect, upgrade
from tests.pg_cluster import Cluster

ROOT = Path(__file__).resolve().parent.parent
BORN_DIGITAL = ROOT / "samples" / "born_digital"


@dataclass(frozen=True)
class Processed:
    result: PacketResult
    manifest: Manifest
    root: Path


_processed: dict[Path, Processed] = {}


def processed(packet: Path) -> Processed:
    """The pipeline's result for a packet, read once per session (the store never changes
    the result it is given)."""
    if packet not in _processed:
        from pipeline import stages

        intake = stages.ingest(packet)
        _processed[packet] = Processed(stages.run_packet(intake), intake.manifest, intake.root)
    return _processed[packet]


def sample(name: str) -> Processed:
    return processed(BORN_DIGITAL / name)


def copy_packet(name: str, to: Path, files: list[str] | None = None,
                manifest_text: str | None = None) -> Path:
    """A new packet made of some of a sample's files (a later submission of the applicant)."""
    src = BORN_DIGITAL / name
    to.mkdir(parents=True)
    for f in files or [p.name for p in src.iterdir() if p.suffix == ".pdf"]:
        shutil.copy(src / f, to / f)
    (to / "packet.json").write_text(manifest_text or (src / "packet.json").read_text())
    return to


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.db'}"
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


@pytest.fixture
def store(store_url: str, tmp_path: Path) -> Iterator[Store]:
    s = connect(store_url, tmp_path / "files")
    upgrade(s)
    yield s
    s.close()


@pytest.fixture
def reviewer(store: Store) -> User:
    return add_user(store, "rita", "reviewer", "correct horse battery")


@pytest.fixture
def second_reviewer(store: Store) -> User:
    return add_user(store, "sam", "reviewer", "tr0ub4dor and 3")
