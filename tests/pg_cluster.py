"""A throwaway PostgreSQL cluster for the store's tests: Debian's server binaries, a data
folder and socket folder in the test's temporary folder, loopback only, on a free port,
started once per test session (per xdist worker) and stopped at its end.

As root the server runs as an unprivileged user (PostgreSQL refuses root). Skipped, with
the reason, only where the server binaries are not installed (scripts/bootstrap.sh
installs Debian's `postgresql`; the cluster Debian creates stays stopped and unused).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

RUN_AS = ("intake-test", "nobody")  # the first that exists, when the tests run as root


def server_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin folder (15 on Debian 12)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    port: int
    socket_dir: Path
    _names: itertools.count[int]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """An empty database of its own (each test gets one: no state leaks between tests)."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _user() -> tuple[list[str], int | None, int | None]:
    """The command prefix to run the server as an unprivileged user, and its ids."""
    if os.geteuid() != 0:
        return [], None, None
    for name in RUN_AS:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"], entry.pw_uid, entry.pw_gid
    pytest.fail("running as root and no unprivileged user to run PostgreSQL as")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    bin_dir = server_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin; "
                    "Debian package postgresql, installed by scripts/bootstrap.sh)")
    prefix, uid, gid = _user()
    # not under pytest's temporary folder: that is private to the user running the tests
    root = Path(tempfile.mkdtemp(prefix="intake-test-pg-"))
    data, sockets, log = root / "data", root / "sockets", root / "server.log"
    sockets.mkdir()
    if uid is not None:
        os.chmod(root, 0o755)  # the server's user must reach its folders
        for p in (root, sockets):
            os.chown(p, uid, gid or -1)
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"],
                   check=True, capture_output=True)
    port = _free_port()
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    start = subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                            "-l", str(log), "-w", "-t", "60", "start"], capture_output=True,
                           text=True)
    if start.returncode != 0:
        text = log.read_text() if log.exists() else ""
        pytest.fail(f"PostgreSQL did not start: {start.stderr}\n{text}")
    try:
        yield Cluster(port, sockets, itertools.count(1))
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
