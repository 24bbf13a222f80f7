"""The `intake` commands of the database of record: storing what `process` and `batch`
produced, `intake users …` and `intake db …`.

Nothing of the store (SQLAlchemy, Alembic, argon2) is imported until a command stores or
reads the database: `intake --help` and the commands that never store start as fast as
before.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from core.errors import IntakeError, StoreError
from pipeline.guard import err, guarded

if TYPE_CHECKING:
    from core.models import Manifest, PacketResult
    from store import Store

users_app = typer.Typer(no_args_is_help=True, add_completion=False,
                        help="Reviewers and administrators of the workbench.")
db_app = typer.Typer(no_args_is_help=True, add_completion=False,
                     help="The database of record (INTAKE_DATABASE_URL, default "
                          ".data/intake.db).")
out = Console()


def shown_url(url: str) -> str:
    from store.db import shown_url as shown

    return shown(url)


@contextmanager
def opened(migrate: bool = True) -> Iterator[Store]:
    """The database of record, brought up to the newest schema; any failure to reach or
    migrate it is one StoreError (exit 75) naming the database."""
    from store import connect, upgrade
    from store.db import DatabaseError, default_url

    url = default_url()
    try:
        store = connect(url)
        if migrate:
            upgrade(store)
    except (DatabaseError, OSError) as e:
        raise StoreError(f"Cannot open the database {shown_url(url)}: "
                         f"{str(e).splitlines()[0]}") from None
    try:
        yield store
    except DatabaseError as e:
        raise StoreError(f"Cannot store in the database {shown_url(url)}: "
                         f"{str(e).splitlines()[0]}") from None
    finally:
        store.close()


def store_results(items: list[tuple[PacketResult, Manifest, Path]], quiet: bool = False) -> None:
    """Store processed packets (idempotent: a packet stored before is not stored twice)."""
    from store import store_result

    with opened() as store:
        where = shown_url(store.url)
        for result, manifest, root in items:
            stored = store_result(store, result, manifest, root)
            if quiet:
                continue
            what = "new" if stored.created else "read again" if stored.reread else \
                "stored before, unchanged"
            err.print(f"stored {result.packet_id} in {where}: packet {stored.packet_id} ({what})",
                      soft_wrap=True, highlight=False)


# ---------------------------------------------------------------- intake users

Role = Annotated[str, typer.Option("--role", help="reviewer or admin")]
PasswordStdin = Annotated[bool, typer.Option(
    "--password-stdin", help="read the password from the first line of standard input")]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise IntakeError("No password on standard input")
        return line
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _user_error(e: Exception) -> IntakeError:
    return IntakeError(f"Cannot do that: {e}")


@users_app.command("add")
@guarded
def users_add(name: Annotated[str, typer.Argument(help="the login name")],
              role: Role = "reviewer", password_stdin: PasswordStdin = False) -> None:
    """Add a user (the password is asked for, or read with --password-stdin)."""
    from store import UserError, add_user

    password = _password(password_stdin)
    with opened() as store:
        try:
            user = add_user(store, name, role, password)
        except UserError as e:
            raise _user_error(e) from None
    out.print(f"added {user.role} {user.name}", highlight=False)


@users_app.command("passwd")
@guarded
def users_passwd(name: Annotated[str, typer.Argument(help="the login name")],
                 password_stdin: PasswordStdin = False) -> None:
    """Set a user's password (their open sessions end)."""
    from store import UserError, set_password

    password = _password(password_stdin)
    with opened() as store:
        try:
            set_password(store, name, password)
        except UserError as e:
            raise _user_error(e) from None
    out.print(f"password of {name} changed", highlight=False)


@users_app.command("list")
@guarded
def users_list() -> None:
    """List the users: name, role, whether active, since when."""
    from rich.table import Table

    from store import list_users

    with opened() as store:
        users = list_users(store)
    table = Table("name", "role", "active", "created")
    for u in users:
        table.add_row(u.name, u.role, "yes" if u.active else "no", f"{u.created_at:%Y-%m-%d}")
    out.print(table)


@users_app.command("deactivate")
@guarded
def users_deactivate(name: Annotated[str, typer.Argument(help="the login name")]) -> None:
    """Deactivate a user: they can no longer log in, their sessions end; their changes
    stay in the audit trail."""
    from store import UserError, deactivate_user

    with opened() as store:
        try:
            deactivate_user(store, name)
        except UserError as e:
            raise _user_error(e) from None
    out.print(f"{name} deactivated", highlight=False)


# ---------------------------------------------------------------- intake db

@db_app.command("upgrade")
@guarded
def db_upgrade() -> None:
    """Create the database or bring it to the newest schema (Alembic upgrade head)."""
    from store import current_revision

    with opened() as store:
        revision = current_revision(store)
        where = shown_url(store.url)
    out.print(f"{where} is at revision {revision}", highlight=False, soft_wrap=True)


@db_app.command("history")
@guarded
def db_history(
    packet: Annotated[str, typer.Argument(help="the packet: its name (packet_id) or number")],
    fmt: Annotated[str, typer.Option("--format", help="json or csv")] = "json",
) -> None:
    """Print a packet's audit trail: who changed what, when, before, after and why."""
    from store import export_history
    from store.history import find_packet

    if fmt not in ("json", "csv"):
        raise IntakeError(f"--format {fmt}: give json or csv")
    with opened() as store:
        pk = find_packet(store, packet)
        if pk is None:
            raise IntakeError(f"No packet {packet!r} in {shown_url(store.url)}")
        sys.stdout.write(export_history(store, pk, fmt))
