"""Connecting to the database of record and bringing its schema up to date.

An SQLite file by default (`<data dir>/intake.db`, the data dir `.data/` under the working
folder or `INTAKE_DATA_DIR`), any SQLAlchemy URL by `INTAKE_DATABASE_URL` (PostgreSQL:
`postgresql+psycopg://user@host/db`). The schema is Alembic's (store/migrations): `upgrade`
runs `alembic upgrade head` in-process, so a new release migrates the file it finds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

# what a caller above the store catches when the database fails (unreachable, locked, full)
DatabaseError = SQLAlchemyError

# PostgreSQL's SQLSTATEs of a database that is busy or briefly away, not of a bad statement
# or bad data: serialization failure, deadlock, lock not available, too many connections,
# the server shutting down or not yet accepting connections (class 08: connection errors)
BUSY_SQLSTATES = frozenset({"40001", "40P01", "55P03", "53300", "57P01", "57P02", "57P03"})
SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def data_dir() -> Path:
    """Where the SQLite file and the stored originals live (`INTAKE_DATA_DIR`, else .data)."""
    return Path(os.environ.get("INTAKE_DATA_DIR") or ".data")


def shown_url(url: str) -> str:
    """The URL as a message shows it: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def default_url() -> str:
    return os.environ.get("INTAKE_DATABASE_URL") or f"sqlite:///{data_dir() / 'intake.db'}"


@dataclass
class Store:
    """An open database: its engine, and the folder of the stored originals."""

    url: str
    engine: Engine
    files_dir: Path
    _sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on an error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the one writer
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def database_busy(exc: BaseException) -> bool:
    """True when `exc` is the database being busy or briefly unreachable (SQLite's lock
    held by another writer past the busy timeout; PostgreSQL's serialization failures,
    deadlocks and lost or refused connections): the same statement may succeed a moment
    later. Constraint violations, bad SQL and missing tables are never busy."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate in BUSY_SQLSTATES or str(sqlstate).startswith("08")
    if isinstance(exc, OperationalError):
        text = str(orig).lower()
        # psycopg's connection failures carry no SQLSTATE ("connection failed: ...")
        return any(m in text for m in SQLITE_BUSY) or "connection" in text
    return False


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":  # psycopg 3, not the psycopg2 default
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True)


def connect(url: str | None = None, files_dir: Path | None = None) -> Store:
    """The database at `url` (default: `INTAKE_DATABASE_URL`, else the SQLite file in the
    data dir, its folder created). The schema is not touched: call `upgrade` for that."""
    url = url or default_url()
    engine = make_engine(url)
    files = files_dir or data_dir() / "files"
    return Store(url, engine, files, sessionmaker(engine, expire_on_commit=False))


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(store: Store, revision: str = "head") -> None:
    """`alembic upgrade head` on the store's database, in this process."""
    from alembic import command

    config = _alembic_config(store.url)
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_url(url: str | None = None, revision: str = "head") -> Store:
    store = connect(url)
    upgrade(store, revision)
    return store


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
